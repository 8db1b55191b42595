"""claimkit's spaCy components, one per module, each usable alone via ``nlp.add_pipe``.

They talk to each other only through ``Doc._`` extensions (see :mod:`.records`), which
spaCy's serialisation writes and reads (see :mod:`.state`).
"""

from claimkit.components import state  # noqa: F401  (registers the msgpack codec)
from claimkit.components.attribution import make_attribution
from claimkit.components.occasions import make_sources
from claimkit.components.paragraphs import make_paragraphs
from claimkit.components.quotes import make_quotes
from claimkit.components.speakers import make_speakers
from claimkit.components.times import make_times

__all__ = [
    "make_attribution",
    "make_paragraphs",
    "make_quotes",
    "make_sources",
    "make_speakers",
    "make_times",
]
