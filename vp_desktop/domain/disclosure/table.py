"""Small-cell suppression of one lone breakdown, and the thresholds and markers of every figure.

The annual report protects all of its figures together (`vp_desktop.domain.disclosure.solver`);
this module keeps the basic rules and the protection of a single table on its own, for figures
that are linked to nothing else.

Rules (DOMAIN.md, "Disclosure control"):

* a threshold ``k``: default 5, settable from 3 to 10 (`check_threshold`);
* every non-zero count below ``k`` is hidden and shown as ``"<k"`` (*primary* suppression);
  zeros are shown as ``"0"`` (a zero identifies nobody);
* if a cell of a breakdown is hidden, more cells are hidden (the next smallest first) so that no
  hidden cell can be recovered from the total (*secondary* suppression, shown as ``"x"``), or the
  breakdown is dropped;
* rare categories may be merged into "overig" (``merge_small_into``);
* when a client's total for the year is below ``k`` the report gives "fewer than k" and no
  breakdown at all (`below_threshold`);
* no percentages: this module never computes any, and callers must not either.

The reader model used for secondary suppression (`protect_table`). A reader of a table knows:

* the value of every shown cell and of the total, if shown;
* that a ``"<k"`` cell (or total) lies in ``[1, k-1]``;
* that an ``"x"`` cell lies in ``[k, ∞)``: every smaller non-zero cell is already primary;
* that the hidden cells (plus any unregistered remainder, see below) add up to the total minus
  the shown cells.

A table is *safe* when, under that knowledge, every hidden cell can still take at least two
integer values, and a hidden figure is never alone (at least two unknowns). Because the sum of
integer intervals is an integer interval, the feasible values of one unknown form exactly the
interval ``[max(lo, S_lo - Σ others' hi), min(hi, S_hi - Σ others' lo)]``, where ``[S_lo, S_hi]`` is
what the unknowns may add up to. Hiding one more cell only widens the intervals of the cells
already hidden. Cells are hidden greedily (smallest shown non-zero cell first, ties by input order)
up to the first safe table; when hiding every non-zero cell is still unsafe the breakdown is
dropped (``dropped=True``; every cell hidden; the report must omit it).

Caveats: suppression is per table. The annual report does not use this for linked figures: it
protects everything a client receives at once with `solver.protect`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

DEFAULT_THRESHOLD = 5
MIN_THRESHOLD = 3
MAX_THRESHOLD = 10

#: Display of a secondarily suppressed cell.
SECONDARY_MARKER = "x"
#: Code of the total cell of an additive table.
TOTAL_CODE = "total"


def check_threshold(k: int) -> int:
    """Return ``k`` when it is a valid threshold (an int from 3 to 10), else raise.

    Raises `ValueError` outside ``MIN_THRESHOLD..MAX_THRESHOLD`` and `TypeError` for a non-int
    (``bool`` included).
    """
    if isinstance(k, bool) or not isinstance(k, int):
        raise TypeError(f"threshold must be an int, not {type(k).__name__}")
    if not MIN_THRESHOLD <= k <= MAX_THRESHOLD:
        raise ValueError(f"threshold must be between {MIN_THRESHOLD} and {MAX_THRESHOLD}, not {k}")
    return k


def primary_display(k: int) -> str:
    """The display of a primarily suppressed figure: ``"<k"``."""
    return f"<{check_threshold(k)}"


def below_threshold(total: int, k: int) -> bool:
    """True when a client's total for the year is below ``k``.

    The report then says "fewer than k" and shows no breakdown at all. Zero counts as below the
    threshold (the domain rule is literal: "below k"); a caller may still print "0" for an empty
    year, since zero identifies nobody.
    """
    check_threshold(k)
    _check_count("total", total)
    return total < k


class Visibility(StrEnum):
    SHOWN = "shown"
    PRIMARY = "primary"  # a non-zero count below k, displayed "<k"
    SECONDARY = "secondary"  # hidden so that a primary cell cannot be recovered, displayed "x"
    OMITTED = "omitted"  # left out of the report altogether (a key-figure pair that cannot show)


@dataclass(frozen=True, slots=True)
class ProtectedCell:
    """One figure after disclosure control. ``value`` is None exactly when the cell is hidden."""

    code: str
    visibility: Visibility
    value: int | None
    display: str

    def __post_init__(self) -> None:
        if (self.value is None) != self.hidden:
            raise ValueError(f"cell {self.code!r}: value must be None exactly when hidden")

    @property
    def hidden(self) -> bool:
        return self.visibility is not Visibility.SHOWN


@dataclass(frozen=True, slots=True)
class ProtectedTable:
    """A breakdown after disclosure control.

    ``cells`` are in input order (minus cells merged away, listed in ``merged``); ``total`` is
    present only for additive tables; ``dropped`` means the breakdown could not be made safe and
    the report must omit it (all its cells are hidden).
    """

    cells: tuple[ProtectedCell, ...]
    total: ProtectedCell | None
    dropped: bool
    merged: tuple[str, ...] = ()

    @property
    def hidden_count(self) -> int:
        """Number of hidden cells (primary and secondary); the total is not counted."""
        return sum(1 for c in self.cells if c.hidden)

    @property
    def primary_count(self) -> int:
        return sum(1 for c in self.cells if c.visibility is Visibility.PRIMARY)

    @property
    def secondary_count(self) -> int:
        return sum(1 for c in self.cells if c.visibility is Visibility.SECONDARY)

    def cell(self, code: str) -> ProtectedCell:
        """The cell with ``code``; `KeyError` when absent (e.g. merged away)."""
        for c in self.cells:
            if c.code == code:
                return c
        raise KeyError(code)


def _check_count(code: str, value: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"count {code!r} must be an int, not {type(value).__name__}")
    if value < 0:
        raise ValueError(f"count {code!r} is negative: {value}")


def _shown(code: str, value: int) -> ProtectedCell:
    return ProtectedCell(code, Visibility.SHOWN, value, str(value))


def _primary(code: str, k: int) -> ProtectedCell:
    return ProtectedCell(code, Visibility.PRIMARY, None, primary_display(k))


def _secondary(code: str) -> ProtectedCell:
    return ProtectedCell(code, Visibility.SECONDARY, None, SECONDARY_MARKER)


def protect_count(value: int, k: int, *, code: str = "") -> ProtectedCell:
    """Protect a lone figure: a non-zero value below ``k`` is hidden as ``"<k"``; others shown."""
    check_threshold(k)
    _check_count(code, value)
    return _primary(code, k) if 0 < value < k else _shown(code, value)


@dataclass(frozen=True, slots=True)
class _Unknown:
    """A figure the reader does not see, with the bounds the reader knows it lies in."""

    lo: int
    hi: int
    protect: bool  # must not be recoverable exactly


def _is_safe(unknowns: Sequence[_Unknown], sum_lo: int, sum_hi: int) -> bool:
    """Whether no protected unknown is pinned when the unknowns add up to [sum_lo, sum_hi]."""
    if not any(u.protect for u in unknowns):
        return True
    if len(unknowns) < 2:  # a hidden figure is never alone
        return False
    total_lo = sum(u.lo for u in unknowns)
    total_hi = sum(u.hi for u in unknowns)
    for u in unknowns:
        if not u.protect:
            continue
        lo = max(u.lo, sum_lo - (total_hi - u.hi))
        hi = min(u.hi, sum_hi - (total_lo - u.lo))
        if hi - lo < 1:
            return False
    return True


def _validated(counts: Sequence[tuple[str, int]]) -> list[tuple[str, int]]:
    rows: list[tuple[str, int]] = []
    seen: set[str] = set()
    for code, value in counts:
        _check_count(code, value)
        if code in seen:
            raise ValueError(f"duplicate code {code!r} in table")
        seen.add(code)
        rows.append((code, value))
    return rows


def _merge_small(
    rows: list[tuple[str, int]], k: int, into: str
) -> tuple[list[tuple[str, int]], tuple[str, ...]]:
    if into not in {code for code, _ in rows}:
        raise ValueError(f"merge_small_into: no cell {into!r} in table")
    merged = tuple(code for code, v in rows if code != into and 0 < v < k)
    extra = sum(v for code, v in rows if code in merged)
    kept = [(code, v + extra if code == into else v) for code, v in rows if code not in merged]
    return kept, merged


def protect_table(
    counts: Sequence[tuple[str, int]],
    k: int,
    *,
    additive: bool = True,
    total: int | None = None,
    merge_small_into: str | None = None,
) -> ProtectedTable:
    """Apply primary and secondary suppression to one breakdown.

    ``counts`` are ``(code, count)`` pairs; codes must be unique and counts non-negative.

    *Additive* tables (one value per case, cells add up to the total): the total is ``total`` or,
    by default, the sum of the counts. A larger ``total`` means an unregistered remainder
    (``total - sum``) that the reader can deduce; it is modelled as an extra, never displayed cell
    that the reader is assumed to know the size class of (``[1, k-1]`` or ``[k, ∞)``, which is
    more than a real reader knows, so conservative), and it is protected like a hidden cell when
    it is below ``k``. The remainder must not be published elsewhere; if it is, pass it as a cell.
    A total below ``k`` is itself hidden as ``"<k"`` (the reader then knows only that it lies in
    ``[1, k-1]``); a zero total is shown.

    *Non-additive* tables (multi-valued breakdowns: one case may count in several cells) get no
    total (``total`` must be None, `ProtectedTable.total` is None), but secondary suppression is
    applied as if the reader knew the exact sum of the cells, so a hidden cell is never alone.

    ``merge_small_into`` names an "overig" cell: before suppression, every other cell with
    ``0 < count < k`` is removed from the table and its count added to that cell (the removed codes
    are listed in `ProtectedTable.merged`). The merged cell is then protected like any other and
    may itself be hidden. In a non-additive table the merged figure is a number of mentions, not
    of cases (a case in two merged categories counts twice). Zeros are never merged.

    Secondary suppression hides the smallest shown non-zero cells (ties by input order) until the
    table is safe (see the module docstring); if hiding every non-zero cell is not enough, the
    table is ``dropped``: every cell is hidden, zeros included, and the report must omit it.
    """
    check_threshold(k)
    rows = _validated(counts)
    merged: tuple[str, ...] = ()
    if merge_small_into is not None:
        rows, merged = _merge_small(rows, k, merge_small_into)

    values = [v for _, v in rows]
    cell_sum = sum(values)
    total_cell: ProtectedCell | None
    if additive:
        grand = cell_sum if total is None else total
        _check_count(TOTAL_CODE, grand)
        if grand < cell_sum:
            raise ValueError(f"total {grand} is smaller than the sum of the cells {cell_sum}")
        total_cell = protect_count(grand, k, code=TOTAL_CODE)
        total_lo, total_hi = (grand, grand) if not total_cell.hidden else (1, k - 1)
        remainder = grand - cell_sum
    else:
        if total is not None:
            raise ValueError("a non-additive table has no total")
        total_cell = None
        total_lo = total_hi = cell_sum
        remainder = 0

    primary = {i for i, v in enumerate(values) if 0 < v < k}
    candidates = sorted((i for i, v in enumerate(values) if v >= k), key=lambda i: (values[i], i))
    secondary: list[int] = []

    def safe() -> bool:
        hidden = primary.union(secondary)
        shown_sum = sum(v for i, v in enumerate(values) if i not in hidden)
        sum_lo, sum_hi = total_lo - shown_sum, total_hi - shown_sum
        unknowns = [_Unknown(1, k - 1, True) for _ in primary]
        unknowns += [_Unknown(k, sum_hi, True) for _ in secondary]
        if remainder > 0:
            small = remainder < k
            unknowns.append(_Unknown(1, k - 1, True) if small else _Unknown(k, sum_hi, False))
        return _is_safe(unknowns, sum_lo, sum_hi)

    dropped = False
    for nxt in [*candidates, None]:
        if safe():
            break
        if nxt is None:
            dropped = True
            break
        secondary.append(nxt)

    cells: list[ProtectedCell] = []
    for i, (code, v) in enumerate(rows):
        if i in primary:
            cells.append(_primary(code, k))
        elif dropped or i in secondary:
            cells.append(_secondary(code))
        else:
            cells.append(_shown(code, v))
    return ProtectedTable(tuple(cells), total_cell, dropped, merged)
