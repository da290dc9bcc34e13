"""Disclosure control for the annual report: no reader at a client can work out a small number.

The annual report goes to a client's top management and must never let a reader recognise a
melder. Every figure that reaches a report passes through this package first.

* `table`: the threshold k (default 5, 3 to 10), the markers ``"<k"`` and ``"x"``, and the
  protection of one lone breakdown;
* `model`: everything a client receives as cells and the relations a reader knows between them
  (key-figure identities, the trend, tracks and categories, earlier issued reports);
* `solver`: the suppression pattern that hides least while every small figure keeps its whole
  range possible, chosen by integer programming (HiGHS);
* `reader`: the exact range a reader can work out for one figure.

Pure: no database, no files, no clock.
"""

from vp_desktop.domain.disclosure.table import (
    DEFAULT_THRESHOLD,
    MAX_THRESHOLD,
    MIN_THRESHOLD,
    SECONDARY_MARKER,
    TOTAL_CODE,
    ProtectedCell,
    ProtectedTable,
    Visibility,
    below_threshold,
    check_threshold,
    primary_display,
    protect_count,
    protect_table,
)

__all__ = [
    "DEFAULT_THRESHOLD",
    "MAX_THRESHOLD",
    "MIN_THRESHOLD",
    "SECONDARY_MARKER",
    "TOTAL_CODE",
    "ProtectedCell",
    "ProtectedTable",
    "Visibility",
    "below_threshold",
    "check_threshold",
    "primary_display",
    "protect_count",
    "protect_table",
]
