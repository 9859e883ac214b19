"""Law 68/99 art. 3: how many posts a company must reserve for workers with disabilities."""

from __future__ import annotations

import math


def reserved_quota(computable_headcount: int) -> int:
    """Reserved posts by computable headcount: 15-35 -> 1, 36-50 -> 2, over 50 -> 7%.

    The extra 1% for the art. 18 protected categories is counted separately (art18_quota).
    """
    if computable_headcount < 15:
        return 0
    if computable_headcount <= 35:
        return 1
    if computable_headcount <= 50:
        return 2
    return math.floor(computable_headcount * 7 / 100)


def art18_quota(computable_headcount: int) -> int:
    """1% for the protected categories of art. 18 for companies over 50 (at least one post)."""
    if computable_headcount <= 50:
        return 0
    return max(1, math.floor(computable_headcount / 100))


def uncovered_posts(
    computable_headcount: int, disabled_employed: int, convention_posts: int
) -> int:
    """Quota minus workers with disabilities already employed minus posts covered by conventions."""
    return max(0, reserved_quota(computable_headcount) - disabled_employed - convention_posts)
