"""The trained part of hybrid attribution: a CRF that tags attribution parts per token.

PolNeAR annotates every attribution (speech, but also beliefs, intentions, "X wants",
"polls show") as three spans: source, cue and content. The tagger labels each token
``B-``/``I-`` of ``SRC``, ``CUE`` or ``CON`` (or ``O``) from the parse around it and from
what the rules found there (a stacked model: the rules' claims are features). Hybrid
attribution keeps every rule claim and adds the tagger's attributions that no rule found,
when the tagger is sure enough of both their content and their cue.

The weights (``trained/attribution.crfsuite``) and their settings
(``trained/attribution.json``: decision threshold, calibration, training data) ship in
the package; ``python -m claimkit.train`` makes them again.
"""

from __future__ import annotations

import bisect
import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from spacy.tokens import Doc

from claimkit.components.attribution.spans import overlap_len
from claimkit.components.attribution.subjects import subject_of
from claimkit.components.records import Attribution, text_of
from claimkit.lexicons import cues

__all__ = ["MODEL_DIR", "RULE_ID", "Tagger", "gold_labels", "load_tagger", "token_features"]

MODEL_DIR = Path(__file__).resolve().parents[2] / "trained"
RULE_ID = "model:tagger"
QUOTE_MARKS = frozenset("\"“”‘’'")
TRIM_START = " \n\"“”‘’'"
TRIM_END = " \n,.;:\"“”‘’'"
WINDOW_KEYS = ("w=", "pos=", "dep=", "r=", "iq=", "p=")
WINDOW = tuple((d, f"{d}:") for d in (-2, -1, 1, 2))


def _token_range(starts: Sequence[int], doc: Doc, start: int, end: int) -> range:
    """The tokens of ``doc`` that a character span touches."""
    i = bisect.bisect_left(starts, start)
    if i > 0 and starts[i - 1] + len(doc[i - 1]) > start:
        i -= 1
    return range(i, bisect.bisect_left(starts, end))


def _rule_labels(doc: Doc, claims: Sequence[Attribution]) -> tuple[list[str], list[str]]:
    """What the rules found at each token (``BC``/``C`` content, ``Q`` cue, ``S`` speaker)
    and the family of the rule behind a content token."""
    starts = [t.idx for t in doc]
    labels, families = ["O"] * len(doc), [""] * len(doc)
    for a in sorted(claims, key=lambda a: a.content[0] - a.content[1]):  # outermost first
        for k, i in enumerate(_token_range(starts, doc, *a.content)):
            if labels[i] == "O":
                labels[i] = "C" if k else "BC"
                families[i] = a.evidence.split("+")[0].split(":")[0]
        if a.cue is not None:
            for i in _token_range(starts, doc, *a.cue):
                labels[i] = "Q"
        if a.speaker_token is not None and a.speaker_token < len(doc):
            labels[a.speaker_token] = "S"
    return labels, families


def token_features(doc: Doc, claims: Sequence[Attribution]) -> list[list[str]]:
    """One list of ``name=value`` features per token of a parsed Doc whose quotations are
    known, given the rules' claims."""
    verbs = cues().verbs
    rule, family = _rule_labels(doc, claims)
    tokens = list(doc)
    n = len(tokens)
    starts = [t.idx for t in tokens]
    quoted = [False] * n
    for q in doc._.ck_quotes or []:
        for i in _token_range(starts, doc, q.start, q.end):
            quoted[i] = True
    # every attribute read once per token: a Token object costs more than the feature
    texts = [t.text for t in tokens]
    lemmas = [t.lemma_.lower() for t in tokens]
    deps = [t.dep_ for t in tokens]
    heads = [t.head.i for t in tokens]
    pos = [t.pos_ for t in tokens]
    firsts = [bool(t.is_sent_start) for t in tokens]
    own: list[dict[str, str]] = []
    for i, t in enumerate(tokens):
        h = heads[i]
        child, cue, depth = i, -1, 0
        while h != child:  # the nearest cue verb above the token
            depth += 1
            if lemmas[h] in verbs:
                cue = h
                break
            child, h = h, heads[h]
        nxt = i + 1 < n
        f = {
            "w=": t.lower_[:20],
            "lem=": lemmas[i][:20],
            "pos=": pos[i],
            "tag=": t.tag_,
            "dep=": deps[i],
            "hlem=": lemmas[heads[i]][:20],
            "hdep=": deps[heads[i]],
            "hpos=": pos[heads[i]],
            "side=": "L" if i < heads[i] else "R" if i > heads[i] else "0",
            "cue=": str(lemmas[i] in verbs),
            "iq=": str(quoted[i]),
            "r=": rule[i],
            "rf=": family[i],
            "bos=": str(firsts[i]),
            "eos=": str(not nxt or firsts[i + 1]),
            "p=": str(t.is_punct),
            "qm=": str(texts[i] in QUOTE_MARKS),
            "nl=": str("\n" in t.whitespace_ or (nxt and "\n" in texts[i + 1])),
            "rxdep=": rule[i] + deps[i],
        }
        if cue < 0:
            f["acue="] = "NONE"
        else:
            side = "L" if i < cue else "R"
            f["acue="] = lemmas[cue]
            f["apath="] = deps[child] + side
            f["adepth="] = str(min(depth, 4))
            f["apath_r="] = deps[child] + side + rule[i]
        own.append(f)
    window = [[k + f[k] for k in WINDOW_KEYS] for f in own]
    out = []
    for i, f in enumerate(own):
        feats = [k + v for k, v in f.items()]
        for d, prefix in WINDOW:
            j = i + d
            if 0 <= j < n:
                feats.extend([prefix + x for x in window[j]])
            else:
                feats.append(prefix + "PAD")
        feats.append(f"rr={rule[i - 1]}>{rule[i]}" if i else "rr=START")
        out.append(feats)
    return out


def gold_labels(doc: Doc, gold: Sequence[dict[str, Any]]) -> list[str]:
    """The training labels of a Doc from gold claims with offsets: one label per token,
    outer attributions first (a nested attribution's tokens keep the outer content)."""
    starts = [t.idx for t in doc]
    labels = ["O"] * len(doc)

    def paint(span: range, kind: str) -> bool:
        if not span or any(labels[i] != "O" for i in span):
            return False
        for k, i in enumerate(span):
            labels[i] = ("I-" if k else "B-") + kind
        return True

    def size(g: dict[str, Any]) -> int:
        return int(g.get("content_end") or 0) - int(g.get("content_start") or 0)

    for g in sorted(gold, key=size, reverse=True):
        cs, ce = g.get("content_start"), g.get("content_end")
        if cs is None or ce is None or not paint(_token_range(starts, doc, cs, ce), "CON"):
            continue
        if g.get("speaker_start") is not None and g.get("speaker_end") is not None:
            paint(_token_range(starts, doc, g["speaker_start"], g["speaker_end"]), "SRC")
        cue = _cue_offset(text_of(doc), g.get("cue") or "", cs, ce)
        if cue is not None:
            paint(_token_range(starts, doc, *cue), "CUE")
    return labels


def _cue_offset(text: str, cue: str, start: int, end: int) -> tuple[int, int] | None:
    """Where a gold cue (given as words, without offsets) is: its occurrence outside the
    content and nearest to it, within 300 characters."""
    if not cue.strip(" :—–-"):
        return None
    best: tuple[int, int] | None = None
    pos = text.find(cue, max(0, start - 300))
    while pos != -1 and pos < end + 300:
        gap = min(abs(pos - end), abs(start - pos - len(cue)))
        if not start <= pos < end and (best is None or gap < best[0]):
            best = (gap, pos)
        pos = text.find(cue, pos + 1)
    return None if best is None else (best[1], best[1] + len(cue))


def spans(labels: Sequence[str], kind: str) -> list[tuple[int, int]]:
    """Token spans tagged ``kind`` (an ``I-`` after anything else starts one)."""
    out, start = [], None
    for i, label in enumerate([*labels, "O"]):
        if start is not None and label != "I-" + kind:
            out.append((start, i))
            start = None
        if label == "B-" + kind or (label == "I-" + kind and start is None):
            start = i
    return out


@dataclass
class Tagger:
    """A loaded CRF with its settings: ``threshold`` (the least calibrated confidence at
    which an attribution of the tagger's own is kept) and the calibration ``a``, ``b``
    (confidence = 1 / (1 + exp(-(a * raw + b))))."""

    path: Path
    threshold: float
    a: float
    b: float
    meta: dict[str, Any]

    def __post_init__(self) -> None:
        import pycrfsuite

        self._crf = pycrfsuite.Tagger()
        self._crf.open(str(self.path))

    def __reduce__(self) -> tuple[Any, ...]:  # to worker processes: open the file again
        return (Tagger, (self.path, self.threshold, self.a, self.b, self.meta))

    def calibrated(self, raw: float) -> float:
        """A confidence from the tagger's raw marginal probability."""
        return round(1.0 / (1.0 + math.exp(-(self.a * raw + self.b))), 3)

    def claims(self, doc: Doc, rules: list[Attribution]) -> list[Attribution]:
        """The attributions the tagger finds in ``doc`` that no rule claim overlaps, with
        a calibrated confidence of at least ``threshold``."""
        found = []
        for claim, raw in self.candidates(doc, rules):
            claim.confidence = self.calibrated(raw)
            if claim.confidence >= self.threshold:
                found.append(claim)
        return found

    def candidates(self, doc: Doc, rules: list[Attribution]) -> list[tuple[Attribution, float]]:
        """Every attribution the tagger finds that no rule claim overlaps, with its raw
        confidence (the lesser of the mean marginals of its content and its cue)."""
        crf = self._crf
        crf.set(token_features(doc, rules))
        labels = crf.tag()
        cue_spans, sources = spans(labels, "CUE"), spans(labels, "SRC")
        found = []
        for a, b in spans(labels, "CON"):
            content = _trimmed(doc, a, b)
            if content is None or any(overlap_len(content, r.content) for r in rules):
                continue
            sent = doc[a].sent
            cues_here = [s for s in cue_spans if sent.start <= s[0] < sent.end]
            if not cues_here:
                continue
            cue = min(cues_here, key=lambda s: min(abs(s[0] - a), abs(s[0] - b)))
            raw = min(_marginal(crf, "CON", a, b), _marginal(crf, "CUE", *cue))
            cue_span = doc[cue[0] : cue[1]]
            speakers = [s for s in sources if sent.start <= s[0] < sent.end]
            speaker = None
            if speakers:
                s = min(speakers, key=lambda s: abs(s[0] - cue[0]))
                speaker = doc[s[0] : s[1]].root.i
            else:  # no source tagged: the cue's subject in the parse, as for a rule's cue
                subject = subject_of(cue_span.root)[0]
                speaker = subject.i if subject is not None else None
            quoted = any(ch in text_of(doc)[content[0] : content[1]] for ch in '"“”')
            claim = Attribution(
                kind="mixed" if quoted else "indirect",
                content=content,
                cue=(cue_span.start_char, cue_span.end_char),
                speaker_token=speaker,
                evidence=RULE_ID,
                sentence=(sent.start_char, sent.end_char),
                cue_token=cue_span.root.i,
            )
            found.append((claim, raw))
        return found


def _marginal(crf: Any, kind: str, start: int, end: int) -> float:
    """The mean marginal probability that tokens ``start:end`` are one ``kind`` span."""
    total = sum(crf.marginal(("I-" if i > start else "B-") + kind, i) for i in range(start, end))
    return float(total) / (end - start)


def _trimmed(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """The characters of tokens ``start:end`` without a leading complementizer ("that")
    or the quotation marks and punctuation at either edge (claimkit's content convention)."""
    first = doc[start]
    if first.lower_ == "that" and first.dep_ == "mark" and end - start > 1:
        first = doc[start + 1]
    text = text_of(doc)
    a, b = first.idx, doc[end - 1].idx + len(doc[end - 1])
    while a < b and text[a] in TRIM_START:
        a += 1
    while b > a and text[b - 1] in TRIM_END:
        b -= 1
    return (a, b) if b > a else None


@lru_cache(maxsize=4)
def load_tagger(directory: str | None = None) -> Tagger:
    """The tagger in ``directory`` (``attribution.crfsuite`` and ``attribution.json``;
    the one shipped in the package when None). ValueError when it is not there."""
    folder = Path(directory) if directory is not None else MODEL_DIR
    weights, settings = folder / "attribution.crfsuite", folder / "attribution.json"
    if not weights.is_file() or not settings.is_file():
        raise ValueError(
            f"no attribution tagger in {str(folder)!r}: it needs attribution.crfsuite and "
            "attribution.json, as `python -m claimkit.train` writes them"
        )
    meta = json.loads(settings.read_text(encoding="utf-8"))
    calibration = meta.get("calibration", {"a": 1.0, "b": 0.0})
    return Tagger(weights, float(meta["threshold"]), calibration["a"], calibration["b"], meta)
