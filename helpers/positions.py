"""Lookups by position among sorted spans or points.

Each is one bisection, so an article of thousands of sentences, names or figures is
never read once per item.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Sequence


def inside(spans: Sequence[tuple[int, int]], pos: int) -> bool:
    """Whether pos lies in one of the spans ([start, end), sorted, not overlapping)."""
    i = bisect.bisect_right(spans, (pos, math.inf)) - 1
    return i >= 0 and pos < spans[i][1]


def overlaps(spans: Sequence[tuple[int, int]], a: int, b: int) -> bool:
    """Whether [a, b) overlaps one of the spans (sorted, not overlapping)."""
    i = bisect.bisect_left(spans, (b, b))
    return i > 0 and spans[i - 1][1] > a


def any_within(points: Sequence[int], a: int, b: int) -> bool:
    """Whether one of the sorted points lies in [a, b)."""
    i = bisect.bisect_left(points, a)
    return i < len(points) and points[i] < b
