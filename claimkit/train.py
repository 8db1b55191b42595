"""Train the attribution tagger of hybrid attribution from gold JSON Lines.

Run ``python -m claimkit.train TRAIN.jsonl [--out DIR]``: it reads the rules' claims and
the gold attributions (with ``content_start``/``content_end`` and, where known,
``speaker_start``/``speaker_end``) of every article, trains a CRF on one article in six
held back, fits the calibration of its confidence on those held-back articles, then
trains the final CRF on every article. It writes ``attribution.crfsuite`` and
``attribution.json`` into ``DIR`` (the package's own ``trained/`` folder by default).
The same file and settings give the same weights: L-BFGS has no random start.

The shipped tagger was trained on PolNeAR's training split (see ``docs/attribution.md``).
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from spacy.tokens import Doc

from claimkit.components.attribution.tagger import (
    MODEL_DIR,
    Tagger,
    gold_labels,
    token_features,
)
from claimkit.extractor import Extractor

__all__ = ["fit_calibration", "main", "train"]

HELD_BACK = 6  # every sixth article calibrates the confidence
THRESHOLD = 0.5  # keep a tagger attribution that is more likely right than wrong


def _parsed(extractor: Extractor, article: dict[str, Any]) -> Doc:
    """The article through the rules pipeline, as ``Extractor.extract`` reads it."""
    job = extractor._job(
        {"text": article["text"], "published": article.get("published"), "id": article.get("id")}
    )
    if len(job.docs) != 1:
        raise ValueError(f"article {article.get('id')!r} is too long to train on in one piece")
    return extractor._run(job.docs[0])


def _fit(
    rows: Sequence[tuple[list[list[str]], list[str]]], path: Path, params: dict[str, Any]
) -> None:
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    for features, labels in rows:
        trainer.append(features, labels)
    trainer.set_params({**params, "feature.possible_transitions": True})
    trainer.train(str(path))


def fit_calibration(pairs: Sequence[tuple[float, bool]], steps: int = 50) -> tuple[float, float]:
    """Platt scaling: ``a``, ``b`` of P(right) = 1 / (1 + exp(-(a * raw + b))), fitted by
    Newton's method on (raw confidence, was it right) pairs, with Platt's smoothed targets
    and a small ridge so that a few or separable pairs still give finite values."""
    positives = sum(1 for _, y in pairs if y)
    hi = (positives + 1) / (positives + 2)
    lo = 1 / (len(pairs) - positives + 2)
    a, b, ridge = 1.0, 0.0, 1e-3
    for _ in range(steps):
        ga, gb, haa, hab, hbb = ridge * a, ridge * b, ridge, 0.0, ridge
        for x, y in pairs:
            p = 1.0 / (1.0 + math.exp(-(a * x + b)))
            t = hi if y else lo
            ga += (p - t) * x
            gb += p - t
            w = p * (1 - p)
            haa += w * x * x
            hab += w * x
            hbb += w
        det = haa * hbb - hab * hab
        da, db = (hbb * ga - hab * gb) / det, (haa * gb - hab * ga) / det
        a, b = a - da, b - db
        if abs(da) + abs(db) < 1e-8:
            break
    return a, b


def _right(claim_content: tuple[int, int], gold: Sequence[dict[str, Any]]) -> bool:
    """Does a content span match a gold attribution (half of its characters covered)?"""
    for g in gold:
        s, e = g.get("content_start"), g.get("content_end")
        if s is None or e is None:
            continue
        cover = max(0, min(e, claim_content[1]) - max(s, claim_content[0]))
        if cover * 2 >= e - s > 0:
            return True
    return False


def train(
    gold: str | Path,
    out: str | Path = MODEL_DIR,
    *,
    c1: float = 3.0,
    c2: float = 0.01,
    iterations: int = 100,
    limit: int | None = None,
    alone: bool = False,
    data: str | None = None,
) -> dict[str, Any]:
    """Train, calibrate and write the tagger; returns the settings written. ``alone``
    trains it without the rules' claims as features, for ``attribution="model"`` (the
    tagger on its own, to compare with the rules and the hybrid). ``data`` describes the
    training data in the settings (the file's name when None)."""
    started = time.monotonic()
    articles = [json.loads(line) for line in Path(gold).read_text(encoding="utf-8").splitlines()]
    articles = [a for a in articles if a.get("claims")][:limit]
    extractor = Extractor()
    rows, held = [], []
    for k, article in enumerate(articles):
        doc = _parsed(extractor, article)
        rules = [] if alone else doc._.ck_attributions or []
        rows.append((token_features(doc, rules), gold_labels(doc, article["claims"])))
        if k % HELD_BACK == HELD_BACK - 1:
            held.append((doc, rules, article["claims"]))
    params = {"c1": c1, "c2": c2, "max_iterations": iterations}
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        trial = Path(tmp) / "attribution.crfsuite"
        _fit([r for k, r in enumerate(rows) if k % HELD_BACK != HELD_BACK - 1], trial, params)
        probe = Tagger(trial, 0.0, 1.0, 0.0, {})
        pairs = [
            (raw, _right(claim.content, claims))
            for doc, rules, claims in held
            for claim, raw in probe.candidates(doc, rules)
        ]
    a, b = fit_calibration(pairs) if pairs else (1.0, 0.0)
    _fit(rows, out / "attribution.crfsuite", params)
    settings = {
        "threshold": THRESHOLD,
        "calibration": {"a": round(a, 4), "b": round(b, 4), "pairs": len(pairs)},
        "trained_on": {"data": data or Path(gold).name, "articles": len(articles)},
        "crf": params,
        "alone": alone,
        "minutes": round((time.monotonic() - started) / 60, 1),
    }
    (out / "attribution.json").write_text(json.dumps(settings, indent=1) + "\n", encoding="utf-8")
    return settings


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: train the tagger and print the settings written."""
    ap = argparse.ArgumentParser(
        prog="python -m claimkit.train", description=__doc__.split("\n")[0]
    )
    ap.add_argument("gold", help="gold JSONL with content (and speaker) offsets")
    ap.add_argument("--out", default=str(MODEL_DIR), help="folder for the weights and settings")
    ap.add_argument("--c1", type=float, default=3.0, help="L1 penalty (smaller: more features)")
    ap.add_argument("--c2", type=float, default=0.01, help="L2 penalty")
    ap.add_argument("--iterations", type=int, default=100, help="L-BFGS iterations")
    ap.add_argument("--limit", type=int, default=None, help="the first N articles only")
    ap.add_argument("--alone", action="store_true", help="without the rules' claims as features")
    args = ap.parse_args(argv)
    if not Path(args.gold).is_file():
        print(f"python -m claimkit.train: error: no such gold file: {args.gold}", file=sys.stderr)
        return 2
    settings = train(
        args.gold,
        args.out,
        c1=args.c1,
        c2=args.c2,
        iterations=args.iterations,
        limit=args.limit,
        alone=args.alone,
        data=args.data,
    )
    json.dump(settings, sys.stdout, indent=1)
    print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
