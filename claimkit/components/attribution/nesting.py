"""Nesting: which claim reports which (a cue inside another claim's content)."""

from __future__ import annotations

from claimkit.components.records import Attribution

__all__ = ["link_nested"]


def link_nested(claims: list[Attribution]) -> None:
    """Set ``reported_by`` (an index into ``claims``): the innermost other claim whose
    content holds this claim's cue.

    One sweep in text order with a stack of open contents, so a chain of thousands of
    nested reports ("he said that she said that ...") costs O(n log n), not O(n²).
    """
    contents = sorted(
        (a, -b, j) for j, c in enumerate(claims) if c.cue is not None for a, b in c.pieces()
    )
    queries = sorted((c.cue[0], c.cue[1], i) for i, c in enumerate(claims) if c.cue is not None)
    stack: list[tuple[int, int]] = []  # (content end, claim index), innermost on top
    k = 0
    for cue_start, cue_end, i in queries:
        while k < len(contents) and contents[k][0] <= cue_start:
            stack.append((-contents[k][1], contents[k][2]))
            k += 1
        while stack and stack[-1][0] < cue_end:
            stack.pop()  # closed before this cue, so before every later one too
        holder = next((j for end, j in reversed(stack) if j != i and end >= cue_end), None)
        claims[i].reported_by = holder
