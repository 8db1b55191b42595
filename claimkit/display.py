"""HTML views of claims for notebooks and reports: self-contained, and every piece of
article text escaped (a ``<script>`` in an article is shown as text, never run).

The article is shown with each claim's content, speaker mention, cue, time and source
highlighted in their own colours; hovering a highlight names its claim, and a table below
lists every claim, linked to its highlights by id.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from html import escape
from pathlib import Path

from claimkit.models import Claim, ClaimCluster, Document, TextSpan
from claimkit.wording import WORD, stems

__all__ = ["fragment", "highlight", "page", "render", "render_claim", "render_cluster", "table"]

#: Highlight roles, in the order they nest when two spans start at the same character.
ROLES = ("content", "source", "speaker", "cue", "when")

STYLE = """
.ck{font:15px/1.6 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1f2328;max-width:60em}
.ck .ck-text{white-space:pre-wrap;border:1px solid #d0d7de;border-radius:6px;padding:1em}
.ck mark{padding:0 1px;border-radius:3px;color:inherit}
.ck mark.ck-content{background:#fff3b0}
.ck mark.ck-speaker{background:#b6dcfe;font-weight:600}
.ck mark.ck-cue{background:#c2f0c2}
.ck mark.ck-when{background:#ffd8a8}
.ck mark.ck-source{background:#e5d4ff}
.ck .ck-legend mark{margin-right:.5em}
.ck table{border-collapse:collapse;margin-top:1em;font-size:13px}
.ck th,.ck td{border:1px solid #d0d7de;padding:3px 6px;text-align:left;vertical-align:top}
.ck tr:target{outline:2px solid #0969da}
.ck .ck-warn{color:#9a6700}
.ck mark.ck-diff{background:#ffd1d1}
"""


@dataclass(frozen=True, order=True)
class _Mark:
    start: int
    neg_end: int  # longer spans open first, so they enclose shorter ones
    rank: int
    claim: str
    role: str
    title: str

    @property
    def end(self) -> int:
        return -self.neg_end


def _marks(doc: Document) -> list[_Mark]:
    out = []
    for claim in doc.claims:
        title = _title(claim)
        spans: list[tuple[str, TextSpan | None]] = [
            *(("content", piece) for piece in claim.pieces()),
            ("speaker", claim.speaker.mention if claim.speaker else None),
            ("cue", claim.cue),
            ("when", claim.when.span if claim.when else None),
            ("source", claim.source.span if claim.source else None),
        ]
        for role, span in spans:
            if span is not None and span.end > span.start:
                out.append(_Mark(span.start, -span.end, ROLES.index(role), claim.id, role, title))
    return sorted(set(out))


def _title(claim: Claim) -> str:
    who = claim.speaker.name if claim.speaker else "no speaker"
    parts = [f"{claim.id}: {claim.kind}", who]
    if claim.when is not None:
        parts.append(claim.when.label)
    if claim.source is not None:
        parts.append(f"source: {claim.source.name}")
    return " · ".join(parts)


def _open(mark: _Mark) -> str:
    return (
        f'<mark class="ck-{mark.role}" data-claim="{escape(mark.claim)}" '
        f'title="{escape(mark.title)}">'
    )


def highlight(doc: Document) -> str:
    """The article text as HTML, escaped, with every claim's spans in ``<mark>`` elements.

    Elements nest properly: a span that crosses the end of an enclosing one is closed and
    reopened around that end (its pieces share ``data-claim``).

    >>> d = Document(id="d", text="<b> said it.", claims=[Claim(id="c1", kind="indirect",
    ...     content=TextSpan(text="it", start=9, end=11))])
    >>> highlight(d)  # doctest: +ELLIPSIS
    '&lt;b&gt; said <mark class="ck-content" data-claim="c1" ...>it</mark>.'
    """
    marks = _marks(doc)
    cuts = sorted({0, len(doc.text)} | {m.start for m in marks} | {m.end for m in marks})
    starting: dict[int, list[_Mark]] = {}
    for m in marks:
        starting.setdefault(m.start, []).append(m)
    out: list[str] = []
    stack: list[_Mark] = []
    for here, nxt in itertools.pairwise(cuts):
        ending = [k for k, m in enumerate(stack) if m.end == here]
        if ending:  # close down to the deepest span that ends here; reopen the others
            kept = [m for m in stack[ending[0] :] if m.end != here]
            out.append("</mark>" * (len(stack) - ending[0]))
            del stack[ending[0] :]
            for m in kept:
                out.append(_open(m))
                stack.append(m)
        for m in starting.get(here, []):
            out.append(_open(m))
            stack.append(m)
        out.append(escape(doc.text[here:nxt], quote=False))
    out.extend("</mark>" for _ in stack)
    return "".join(out)


def _cell(value: str | None) -> str:
    return f"<td>{escape(value)}</td>" if value else "<td></td>"


def _row(claim: Claim) -> str:
    when = claim.when.label if claim.when else None
    cells = (
        claim.kind,
        claim.speaker.name if claim.speaker else None,
        claim.speaker.type if claim.speaker else None,
        claim.cue.text if claim.cue else None,
        claim.said,
        when,
        claim.source.name if claim.source else None,
        claim.reported_by,
    )
    body = "".join(_cell(v) for v in cells)
    return f'<tr id="ck-{escape(claim.id)}"><td>{escape(claim.id)}</td>{body}</tr>'


_HEAD = ("id", "kind", "speaker", "type", "cue", "content", "when", "source", "reported by")


def table(claims: list[Claim]) -> str:
    """The claims as an HTML table, every cell escaped."""
    head = "".join(f"<th>{h}</th>" for h in _HEAD)
    rows = "".join(_row(c) for c in claims)
    return f'<table class="ck-claims"><tr>{head}</tr>{rows}</table>'


def _legend() -> str:
    return (
        '<div class="ck-legend">'
        + "".join(f'<mark class="ck-{r}">{r}</mark>' for r in ROLES)
        + "</div>"
    )


def fragment(doc: Document) -> str:
    """The view of a Document as an HTML fragment (what a notebook shows)."""
    head = []
    if doc.title:
        head.append(f"<h3>{escape(doc.title)}</h3>")
    meta = " · ".join(
        escape(str(v)) for v in (doc.publisher, doc.published, doc.agency, doc.url) if v
    )
    if meta:
        head.append(f"<p>{meta}</p>")
    if doc.error:
        head.append(f'<p class="ck-warn">error: {escape(doc.error)}</p>')
    head.extend(f'<p class="ck-warn">{escape(w)}</p>' for w in doc.warnings)
    return (
        f'<div class="ck"><style>{STYLE}</style>{"".join(head)}{_legend()}'
        f'<div class="ck-text">{highlight(doc)}</div>{table(doc.claims)}</div>'
    )


def render_claim(claim: Claim) -> str:
    """One claim as a small self-contained HTML table (``Claim._repr_html_``)."""
    return f'<div class="ck"><style>{STYLE}</style>{table([claim])}</div>'


def _differing(text: str, others: list[set[str]]) -> str:
    """``text`` escaped, its words that no other member uses in ``<mark class="ck-diff">``."""

    shared = set().union(*others) if others else set()
    out, last = [], 0
    for m in WORD.finditer(text):
        out.append(escape(text[last : m.start()], quote=False))
        word = escape(m.group(), quote=False)
        own = stems(m.group())
        out.append(f'<mark class="ck-diff">{word}</mark>' if own and not own & shared else word)
        last = m.end()
    out.append(escape(text[last:], quote=False))
    return "".join(out)


def render_cluster(cluster: ClaimCluster) -> str:
    """A cluster side by side: one column per member (outlet, date, kind, speaker, source,
    chain) with the words no other member uses highlighted."""

    words = [stems(m.content) for m in cluster.members]
    rows: dict[str, list[str]] = {
        "outlet": [m.publisher or m.doc_id for m in cluster.members],
        "date": [str(m.published or "") for m in cluster.members],
        "kind": [m.kind for m in cluster.members],
        "speaker": [m.speaker or "" for m in cluster.members],
        "source": [m.source or "" for m in cluster.members],
        "chain": [" → ".join(m.chain) for m in cluster.members],
    }
    body = "".join(
        f"<tr><th>{name}</th>" + "".join(f"<td>{escape(v)}</td>" for v in values) + "</tr>"
        for name, values in rows.items()
    )
    said = "".join(
        f"<td>{_differing(m.content, words[:i] + words[i + 1 :])}</td>"
        for i, m in enumerate(cluster.members)
    )
    head = escape(
        f"{cluster.id}: {cluster.speaker or 'unattributed'}, first seen "
        f"{cluster.first_seen or 'unknown'}, {len(cluster.publishers)} outlets"
    )
    return (
        f'<div class="ck"><style>{STYLE}</style><p><b>{head}</b></p><table>{body}'
        f"<tr><th>said</th>{said}</tr></table></div>"
    )


def render(doc: Document, path: str | Path | None = None) -> str:
    """A Document as a standalone HTML page (no external scripts, styles or fonts); with
    ``path``, the page is also written there (UTF-8). Returns the page.

    >>> page = render(Document(id="x", text="<script>alert(1)</script>"))
    >>> "<script>" in page, "&lt;script&gt;" in page
    (False, True)
    """
    if not isinstance(doc, Document):
        raise TypeError(f"render() takes a claimkit.Document, got {type(doc).__name__}")
    html = page([doc])
    if path is not None:
        Path(path).write_text(html, encoding="utf-8")
    return html


def page(docs: list[Document]) -> str:
    """One standalone HTML page showing every document in turn."""
    title = escape(docs[0].title or docs[0].id) if len(docs) == 1 else f"{len(docs)} documents"
    body = "<hr>".join(fragment(d) for d in docs)
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>{title} · claimkit</title></head><body>{body}</body></html>\n"
    )
