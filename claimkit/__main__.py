"""``python -m claimkit`` runs the ``claimkit`` command."""

from claimkit.cli import main

raise SystemExit(main())
