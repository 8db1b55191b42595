"""Character ranges with payloads, for overlap queries in O(log n + k)."""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator
from typing import Generic, TypeVar

__all__ = ["Intervals"]

T = TypeVar("T")


class Intervals(Generic[T]):
    """Character ranges with payloads, sorted, for overlap queries in O(log n + k).

    Any range overlapping [a, b) starts at or after ``a - longest``, so a bisect on the
    starts bounds the scan exactly.
    """

    def __init__(self, items: Iterable[tuple[int, int, T]]) -> None:
        self._items = sorted(items, key=lambda x: (x[0], x[1]))
        self._starts = [x[0] for x in self._items]
        self._longest = max((b - a for a, b, _ in self._items), default=0)

    def overlapping(self, a: int, b: int) -> Iterator[tuple[int, int, T]]:
        """Ranges that share at least one character with [a, b) (or touch a point a == b)."""
        lo = bisect.bisect_left(self._starts, a - self._longest)
        hi = bisect.bisect_right(self._starts, b)
        for item in self._items[lo:hi]:
            if item[1] > a and (item[0] < b or a == b):
                yield item
