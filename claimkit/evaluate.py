"""Score claimkit against gold JSON Lines (the format in ``docs/evaluation.md``).

A predicted claim matches a gold claim when their content spans overlap by at least half
of the gold span's characters (one-to-one, largest overlaps first). Printed figures:
content P/R/F1 (overlap and exact span), attributed P/R/F1 (match and right speaker),
speaker accuracy, kind, cue, ``when`` and ``source`` accuracy on matched claims, and the
value accuracy of time expressions. Gold files with only speech attributions marked by
their cue are scored twice: all attributions, and speech attributions only.

Run ``python -m claimkit.evaluate GOLD.jsonl [GOLD2.jsonl ...] [--limit N]``.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from claimkit.lexicons import cues
from claimkit.models import Claim, Document
from claimkit.scores import Scores

__all__ = ["Scores", "evaluate_file", "main", "score_article"]

PUNCT = " \t\r\n\"'“”‘’`,.;:!?—–-"
DASHES = {"―", "—", "–", "-", "--"}


def _norm(text: str | None) -> str:
    text = " ".join((text or "").lower().replace("’", "'").split()).strip(PUNCT)
    for det in ("the ", "a ", "an ", "their ", "its ", "his ", "her "):
        if text.startswith(det):
            text = text[len(det) :]
    return text


def _timex(value: str | None) -> str | None:
    """TimeML week numbers are written both ways in the gold: 2000-W7 and 2000-W07."""
    return re.sub(r"-W0(\d)\b", r"-W\1", value) if value else value


def name_key(name: str | None) -> str:
    """A speaker name compared as a name: case, "the", a possessive and the order of a
    group's members ("Trump and Putin" = "Putin and Trump") do not count."""
    text = _norm(name).replace("'s ", " ")
    if text.endswith("'s"):
        text = text[:-2]
    parts = re.split(r"\s*(?:,|\band\b|&)\s*", text)
    return " and ".join(sorted(p for p in parts if p))


def _name_right(c: Claim, g: dict[str, Any]) -> bool:
    """Is the predicted speaker's canonical name one of the gold names ("; " between
    alternatives)?"""
    gold = g.get("speaker")
    if c.speaker is None or not gold:
        return c.speaker is None and not gold
    return name_key(c.speaker.name) in {name_key(n) for n in gold.split("; ")}


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _gold_span(
    text: str, g: dict[str, Any], key: str, field_: str, doc: Document | None = None
) -> tuple[int, int] | None:
    """The gold span: its offsets, or where its text occurs; of several occurrences (a
    headline repeated), the one a predicted claim covers best."""
    if g.get(f"{key}_start") is not None and g.get(f"{key}_end") is not None:
        return int(g[f"{key}_start"]), int(g[f"{key}_end"])
    needle = g.get(field_)
    if not needle:
        return None
    found = [(m.start(), m.start() + len(needle)) for m in re.finditer(re.escape(needle), text)]
    if not found:
        return None
    if doc is None:
        return found[0]
    return max(
        found,
        key=lambda s: max(
            (_overlap(s, (c.content.start, c.content.end)) for c in doc.claims), default=0
        ),
    )


def _speaker_right(c: Claim, g: dict[str, Any], text: str) -> bool:
    if c.speaker is None:
        return g.get("speaker") is None
    span = _gold_span(text, g, "speaker", "speaker_mention")
    if (
        span
        and c.speaker.mention
        and _overlap(span, (c.speaker.mention.start, c.speaker.mention.end))
    ):
        return True
    names = {_norm(g.get("speaker")), _norm(g.get("speaker_mention"))} - {""}
    return _norm(c.speaker.name) in names or (
        c.speaker.mention is not None and _norm(c.speaker.mention.text) in names
    )


def _source_right(c: Claim, gold: str) -> bool:
    """The predicted source names the gold medium: one holds the other ("an interview with
    Screen Daily" and "Screen Daily")."""
    pred = _norm(c.source.name) if c.source else ""
    return bool(pred) and (pred in _norm(gold) or _norm(gold) in pred)


def _cue_right(c: Claim, gold_cue: str) -> bool:
    if c.cue is None:
        return False
    pred, gold = _norm(c.cue.text), _norm(gold_cue)
    return bool(pred) and (
        pred == gold or pred in gold.split() or gold in pred.split() or pred in gold or gold in pred
    )


def is_speech(g: dict[str, Any]) -> bool:
    """Is a gold attribution speech: a speech verb, "according to", a colon or a dash cue?"""
    cue = (g.get("cue") or "").strip().lower()
    if not cue or cue.endswith(":") or cue in DASHES or cue.startswith("according"):
        return True
    speech = cues().speech
    words = cue.replace(":", " ").split()
    return any(_lemma(w) in speech for w in words)


def _lemma(word: str) -> str:
    for suffix, repl in (
        ("ied", "y"),
        ("ies", "y"),
        ("ing", ""),
        ("ed", ""),
        ("es", ""),
        ("s", ""),
        ("d", ""),
    ):
        if word.endswith(suffix) and word[: -len(suffix)] + repl in cues().speech:
            return word[: -len(suffix)] + repl
    irregular = {"said": "say", "told": "tell", "wrote": "write", "says": "say", "tells": "tell"}
    return irregular.get(word, word)


def score_article(
    doc: Document, gold: dict[str, Any], keep: Callable[[dict[str, Any]], bool] | None = None
) -> Scores:
    """Score one predicted Document against one gold article.

    ``keep`` selects the gold claims that count for recall (e.g. speech only); a prediction
    that matches any gold claim is never a false positive.
    """
    text = gold["text"]
    s = Scores(articles=1)
    annotates_unattributed = any(g.get("kind") == "unattributed" for g in gold.get("claims") or [])
    all_gold = gold.get("claims") or []
    spans = [_gold_span(text, g, "content", "content", doc) for g in all_gold]
    counted = [i for i, g in enumerate(all_gold) if spans[i] and (keep is None or keep(g))]
    s.gold = len(counted)
    # a gold file that annotates no claim in the outlet's own voice (PolNeAR) cannot judge them
    judged = [c for c in doc.claims if c.kind != "unattributed" or annotates_unattributed]
    s.predicted = len(judged)
    pairs = sorted(
        (
            (_overlap(spans[i] or (0, 0), (c.content.start, c.content.end)), i, j)
            for i in range(len(all_gold))
            if spans[i]
            for j, c in enumerate(judged)
        ),
        reverse=True,
    )
    # a gold file judges given values only where it annotates them: ``annotates`` in the
    # record, else any claim of the article with the field
    judges = {
        f: f in gold["annotates"] if "annotates" in gold else any(g.get(f) for g in all_gold)
        for f in ("when", "source")
    }
    used_g: set[int] = set()
    used_p: set[int] = set()
    for ov, i, j in pairs:
        span = spans[i]
        if span is None or ov * 2 < span[1] - span[0] or i in used_g or j in used_p:
            continue
        used_g.add(i)
        used_p.add(j)
        s.matched_precision += 1
        if i not in counted:
            continue
        g, c = all_gold[i], judged[j]
        s.matched += 1
        s.exact += _norm(c.content.text) == _norm(g["content"])
        right = _speaker_right(c, g, text)
        s.speaker_right += right
        named = _name_right(c, g)
        s.name_right += named
        if g.get("speaker_type"):
            s.type_total += 1
            typed = c.speaker.type if c.speaker is not None else None
            s.type_right += typed == g["speaker_type"]
            if typed != g["speaker_type"]:
                s.failures.append(f"{gold['id']}: type {typed!r} for {g['speaker_type']!r}")
        if c.when is not None and judges["when"]:
            s.when_given += 1
            s.when_given_right += c.when.value == g.get("when")
        s.kind_right += c.kind == g.get("kind")
        if g.get("cue"):
            s.cue_total += 1
            s.cue_right += _cue_right(c, g["cue"])
        if g.get("when"):
            s.when_total += 1
            s.when_right += c.when is not None and c.when.value == g["when"]
        before_source = s.source_right
        if c.source is not None and judges["source"]:
            s.source_given += 1
            s.source_given_right += bool(g["source"]) and _source_right(c, g["source"])
        if g.get("source"):
            s.source_total += 1
            s.source_right += _source_right(c, g["source"])
        if not (right and named):
            who = c.speaker.name if c.speaker else None
            want = g.get("speaker")
            s.failures.append(f"{gold['id']}: speaker {who!r} for {want!r}: {g['content'][:60]!r}")
        if (g.get("source") or c.source) and not s.source_right - before_source:
            got = c.source.name if c.source else None
            s.failures.append(f"{gold['id']}: source {got!r} for {g.get('source')!r}")
        if judges["when"] and (c.when.value if c.when else None) != g.get("when"):
            got_when = c.when.value if c.when else None
            s.failures.append(f"{gold['id']}: when {got_when} for {g.get('when')}")
    for j, c in enumerate(judged):
        tenth = min(int(c.confidence * 10), 9)
        for key, table in (
            (c.evidence or "(none)", s.by_rule),
            (f"{tenth / 10:.1f}-{(tenth + 1) / 10:.1f}", s.by_confidence),
        ):
            counts = table.setdefault(key, [0, 0])
            counts[0] += 1
            counts[1] += j in used_p
    for i in counted:
        if i not in used_g:
            s.failures.append(
                f"{gold['id']}: missed {all_gold[i].get('cue')!r} {all_gold[i]['content'][:70]!r}"
            )
    for t in gold.get("times") or []:
        span = (
            (t["start"], t["end"])
            if t.get("start") is not None
            else _gold_span(text, t, "", "text")
        )
        if span is None:
            continue
        s.times_total += 1
        hit = [
            r
            for r in doc.times
            if r.span is not None and _overlap(span, (r.span.start, r.span.end))
        ]
        right = any(_timex(r.value) == _timex(t["value"]) for r in hit)
        s.times_right += right
        if not right:
            got = (
                ", ".join(f"{r.span.text if r.span else ''!r}={r.value}" for r in hit) or "no time"
            )
            s.failures.append(
                f"{gold['id']}: time {text[span[0] : span[1]]!r} is {t['value']}, got {got}"
            )
    return s


def evaluate_file(
    path: str | Path, *, limit: int | None = None, extract: Callable[..., Document] | None = None
) -> dict[str, Scores]:
    """Score every article of a gold JSONL file; returns {"all": ..., "speech": ...}."""
    if extract is None:
        from claimkit.extractor import default_extractor

        extract = default_extractor().extract
    articles = _read(path, limit)
    total, speech = Scores(), Scores()
    for gold in articles:
        # an article whose page prints its own date is read without one, as a scraper would
        in_text = bool(gold.get("published_in_text"))
        doc = extract(
            gold["text"],
            published=None if in_text else gold.get("published"),
            publisher=gold.get("publisher"),
            id=gold.get("id"),
        )
        for scores, keep in ((total, None), (speech, is_speech)):
            s = score_article(doc, gold, keep=keep)
            if in_text:
                s.dates_total = 1
                found = doc.published.isoformat() if doc.published else None
                s.dates_right = found == gold["published"]
                if not s.dates_right:
                    s.failures.append(f"{gold['id']}: date {found} for {gold['published']}")
            scores.add(s)
    return {"all": total, "speech": speech}


def _read(path: str | Path, limit: int | None) -> list[dict[str, Any]]:
    out = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                out.append(json.loads(line))
            if limit is not None and len(out) >= limit:
                break
    return out


def _print(name: str, results: dict[str, Scores], show_failures: int) -> None:
    print(f"== {name}")
    keys = list(results["all"].table())
    print("| scope | " + " | ".join(keys) + " |")
    print("|" + "---|" * (len(keys) + 1))
    for scope, s in results.items():
        row = s.table()
        print(
            f"| {scope} | "
            + " | ".join("–" if row[k] is None else str(row[k]) for k in keys)
            + " |"
        )
    for line in results["all"].failures[:show_failures]:
        print("  ", line)


def _print_rules(
    rows: list[tuple[str, int, int, float]],
    *,
    as_json: bool,
    into: dict[str, Any] | None,
    key: str = "rule",
) -> None:
    """Which rules (or confidences) make the claims, and how many of them match gold."""
    if as_json and into is not None:
        into[f"by_{key}"] = {r: {"predicted": n, "matched": hit} for r, n, hit, _ in rows}
        return
    print(f"| {key} | predicted | matched | precision |")
    print("|---|---|---|---|")
    for rule, n, hit, precision in rows:
        print(f"| {rule} | {n} | {hit} | {precision:.3f} |")


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: score one or more gold files and print the figures."""
    ap = argparse.ArgumentParser(
        prog="python -m claimkit.evaluate", description=__doc__.split("\n")[0]
    )
    ap.add_argument("gold", nargs="+", help="gold JSONL file(s)")
    ap.add_argument("--limit", type=int, default=None, help="score the first N articles only")
    ap.add_argument("--failures", type=int, default=0, help="print N misses and wrong speakers")
    ap.add_argument("--json", action="store_true", help="print JSON instead of a table")
    ap.add_argument(
        "--reliability",
        action="store_true",
        help="also print predictions, matches and precision per tenth of confidence",
    )
    ap.add_argument(
        "--attribution",
        choices=("rules", "hybrid", "model"),
        default="rules",
        help="score the hand rules (default), rules with the trained tagger, or the tagger",
    )
    ap.add_argument("--tagger", default=None, help="folder of a tagger of your own")
    ap.add_argument(
        "--by-rule",
        action="store_true",
        help="also print predictions, matches and precision per rule (the claim's evidence)",
    )
    args = ap.parse_args(argv)
    missing = [p for p in args.gold if not Path(p).is_file()]
    if missing:
        print(
            f"python -m claimkit.evaluate: error: no such gold file: {missing[0]}", file=sys.stderr
        )
        return 2
    report: dict[str, Any] = {}
    extract = None
    if args.attribution != "rules":
        from claimkit.extractor import Extractor

        extract = Extractor(attribution=args.attribution, tagger=args.tagger).extract
    for path in args.gold:
        results = evaluate_file(path, limit=args.limit, extract=extract)
        if args.json:
            report[str(path)] = {k: v.table() for k, v in results.items()}
        else:
            _print(str(path), results, args.failures)
        if args.by_rule:
            _print_rules(results["all"].rules(), as_json=args.json, into=report.get(str(path)))
        if args.reliability:
            rows = results["all"].reliability()
            _print_rules(rows, as_json=args.json, into=report.get(str(path)), key="confidence")
    if args.json:
        json.dump(report, sys.stdout, indent=2)
        print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
