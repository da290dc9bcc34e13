"""Disclosure control: examples and properties checked against an independent reader model.

The checker below (`reader_feasible`) reconstructs what a reader can deduce from the *displayed*
table only (display strings, total display, k) by exhaustive subset-sum enumeration; it shares
no code with the module's interval arithmetic.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import FrozenInstanceError
from itertools import combinations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vp_desktop.domain.disclosure import (
    DEFAULT_THRESHOLD,
    MAX_THRESHOLD,
    MIN_THRESHOLD,
    ProtectedCell,
    ProtectedTable,
    Visibility,
    below_threshold,
    check_threshold,
    protect_count,
    protect_table,
)

# --------------------------------------------------------------------------- independent checker

Bounds = tuple[int, int]  # inclusive range a reader knows an unknown lies in


def _reachable(ranges: Sequence[Bounds]) -> int:
    """Bitset (bit s set <=> sum s reachable) of the sums of one value from each range."""
    reach = 1
    for lo, hi in ranges:
        nxt = 0
        for v in range(lo, hi + 1):
            nxt |= reach << v
        reach = nxt
    return reach


def reader_feasible(
    displays: Sequence[str],
    total_display: str | None,
    k: int,
    *,
    known_sum: int | None = None,
    extra: Sequence[Bounds] = (),
) -> list[set[int]]:
    """For each unknown (hidden displayed cells in order, then ``extra``), the values a reader
    cannot rule out.

    ``total_display`` None means a non-additive table whose cells' sum the reader is assumed to
    know (``known_sum``). ``extra`` are undisplayed unknowns (an unregistered remainder) with the
    bounds the reader is assumed to know.
    """
    small = f"<{k}"
    shown = 0
    bounds: list[Bounds | None] = []  # None = secondary, bounded later
    for d in displays:
        if d.isdigit():
            shown += int(d)
        elif d == small:
            bounds.append((1, k - 1))
        elif d == "x":
            bounds.append(None)
        else:
            raise AssertionError(f"unexpected display {d!r}")
    if total_display is None:
        assert known_sum is not None
        t_lo = t_hi = known_sum
    elif total_display.isdigit():
        t_lo = t_hi = int(total_display)
    else:
        assert total_display == small, total_display
        t_lo, t_hi = 1, k - 1
    s_lo, s_hi = t_lo - shown, t_hi - shown
    ranges = [b if b is not None else (k, max(k, s_hi)) for b in bounds] + list(extra)
    result: list[set[int]] = []
    for i, (lo, hi) in enumerate(ranges):
        others = _reachable(ranges[:i] + ranges[i + 1 :])
        feasible = {
            v
            for v in range(lo, hi + 1)
            if any(others >> s & 1 for s in range(max(0, s_lo - v), s_hi - v + 1))
        }
        result.append(feasible)
    return result


def reader_safe(
    displays: Sequence[str],
    total_display: str | None,
    k: int,
    *,
    known_sum: int | None = None,
    extra: Sequence[Bounds] = (),
    extra_protected: Sequence[bool] = (),
) -> bool:
    """No protected unknown pinned to a single value, and no hidden figure alone."""
    feasible = reader_feasible(displays, total_display, k, known_sum=known_sum, extra=extra)
    n_hidden = len(feasible) - len(extra)
    protected = [True] * n_hidden + list(extra_protected)
    if not any(protected):
        return True
    if len(feasible) < 2:
        return False
    return all(len(f) >= 2 for f, p in zip(feasible, protected, strict=True) if p)


def displays(table: ProtectedTable) -> list[str]:
    return [c.display for c in table.cells]


def total_display(table: ProtectedTable) -> str | None:
    return None if table.total is None else table.total.display


# ------------------------------------------------------------------------- the checker can fail


def test_checker_detects_a_lone_hidden_cell() -> None:
    assert reader_feasible(["12", "<5", "9"], "24", 5) == [{3}]
    assert not reader_safe(["12", "<5", "9"], "24", 5)


def test_checker_detects_pinned_pairs() -> None:
    # 1 and 5 hidden, total 6: "<5" >= 1 and "x" >= 5 leaves exactly 1 and 5.
    assert reader_feasible(["<5", "x"], "6", 5) == [{1}, {5}]
    # two "<5" cells summing to 2 are both 1.
    assert not reader_safe(["<5", "<5", "10"], "12", 5)
    assert reader_safe(["<5", "x", "12"], "24", 5)


def test_checker_handles_hidden_total_and_remainder() -> None:
    # four cells "<5", total "<5": every cell must be 1.
    assert not reader_safe(["<5"] * 4, "<5", 5)
    assert reader_safe(["<5", "<5"], "<5", 5)
    # a shown table whose total exceeds the cells by a small remainder reveals it.
    assert not reader_safe(["12", "9"], "24", 5, extra=[(1, 4)], extra_protected=[True])


# ------------------------------------------------------------------------------------ threshold


def test_threshold_bounds() -> None:
    assert DEFAULT_THRESHOLD == 5
    assert check_threshold(MIN_THRESHOLD) == 3
    assert check_threshold(MAX_THRESHOLD) == 10
    for bad in (2, 11, 0, -5):
        with pytest.raises(ValueError):
            check_threshold(bad)
    with pytest.raises(TypeError):
        check_threshold(True)
    with pytest.raises(ValueError):
        protect_table([("a", 3)], 2)
    with pytest.raises(ValueError):
        protect_count(3, 11)
    with pytest.raises(ValueError):
        below_threshold(3, 1)


def test_below_threshold() -> None:
    assert below_threshold(4, 5)
    assert below_threshold(0, 5)
    assert not below_threshold(5, 5)
    assert below_threshold(9, 10)
    assert not below_threshold(3, 3)


def test_protect_count() -> None:
    assert protect_count(0, 5) == ProtectedCell("", Visibility.SHOWN, 0, "0")
    assert protect_count(4, 5, code="new") == ProtectedCell("new", Visibility.PRIMARY, None, "<5")
    assert protect_count(1, 3).display == "<3"
    assert protect_count(5, 5) == ProtectedCell("", Visibility.SHOWN, 5, "5")
    with pytest.raises(ValueError):
        protect_count(-1, 5)


def test_cells_are_frozen_and_consistent() -> None:
    cell = protect_count(7, 5)
    with pytest.raises(FrozenInstanceError):
        cell.value = 3  # type: ignore[misc]
    with pytest.raises(ValueError):
        ProtectedCell("a", Visibility.SHOWN, None, "x")
    with pytest.raises(ValueError):
        ProtectedCell("a", Visibility.PRIMARY, 3, "<5")


# ------------------------------------------------------------------------------------- examples


def test_brief_example() -> None:
    t = protect_table([("a", 12), ("b", 3), ("c", 9)], 5)
    assert [(c.code, c.visibility, c.value, c.display) for c in t.cells] == [
        ("a", Visibility.SHOWN, 12, "12"),
        ("b", Visibility.PRIMARY, None, "<5"),
        ("c", Visibility.SECONDARY, None, "x"),
    ]
    assert t.total == ProtectedCell("total", Visibility.SHOWN, 24, "24")
    assert not t.dropped
    assert t.hidden_count == 2
    assert (t.primary_count, t.secondary_count) == (1, 1)
    assert t.cell("c").display == "x"
    with pytest.raises(KeyError):
        t.cell("zzz")


def test_nothing_hidden_when_nothing_small() -> None:
    t = protect_table([("a", 0), ("b", 7), ("c", 8)], 5)
    assert displays(t) == ["0", "7", "8"]
    assert total_display(t) == "15"
    assert t.hidden_count == 0


def test_zeros_stay_shown() -> None:
    t = protect_table([("a", 0), ("b", 2), ("c", 8), ("d", 9), ("e", 0)], 5)
    assert displays(t) == ["0", "<5", "x", "9", "0"]
    assert t.cell("a").value == 0


def test_ties_broken_by_input_order() -> None:
    t = protect_table([("a", 3), ("b", 7), ("c", 7)], 5)
    assert displays(t) == ["<5", "x", "7"]


def test_two_primaries_can_protect_each_other() -> None:
    t = protect_table([("a", 2), ("b", 3), ("c", 20)], 5)
    assert displays(t) == ["<5", "<5", "20"]


def test_two_primaries_pinned_at_the_edge_need_more() -> None:
    # 1 + 1 = 2: each "<5" must be 1, so the smallest large cell is hidden too.
    t = protect_table([("a", 1), ("b", 1), ("c", 20), ("d", 6)], 5)
    assert displays(t) == ["<5", "<5", "20", "x"]
    # 4 + 4 = 8 = 2 * (k - 1): each must be 4.
    t = protect_table([("a", 4), ("b", 4), ("c", 20), ("d", 6)], 5)
    assert displays(t) == ["<5", "<5", "20", "x"]


def test_dropped_when_nothing_helps() -> None:
    t = protect_table([("a", 1), ("b", 5), ("c", 0)], 5)
    assert t.dropped
    assert all(c.hidden for c in t.cells)
    assert t.hidden_count == 3


def test_all_small_table_hides_total() -> None:
    t = protect_table([("a", 1), ("b", 2), ("c", 1)], 5)
    assert displays(t) == ["<5", "<5", "<5"]
    assert t.total == ProtectedCell("total", Visibility.PRIMARY, None, "<5")
    assert not t.dropped
    # four ones under a hidden total of at most 4 are all 1: drop.
    t = protect_table([("a", 1), ("b", 1), ("c", 1), ("d", 1)], 5)
    assert t.dropped


def test_total_below_k_with_one_nonzero_cell_is_dropped() -> None:
    # "<5" under a total "<5" with zeros elsewhere says every case was 'a'.
    t = protect_table([("a", 3), ("b", 0)], 5)
    assert t.dropped
    assert total_display(t) == "<5"


def test_zero_total() -> None:
    t = protect_table([("a", 0), ("b", 0)], 5)
    assert displays(t) == ["0", "0"]
    assert total_display(t) == "0"
    assert not t.dropped


def test_remainder_small_is_protected() -> None:
    # total 24 over 12 + 9: a reader deduces 3 unregistered unless another cell is hidden.
    t = protect_table([("a", 12), ("c", 9)], 5, total=24)
    assert displays(t) == ["12", "x"]
    assert total_display(t) == "24"


def test_remainder_large_partners_a_primary() -> None:
    t = protect_table([("a", 12), ("b", 1), ("c", 9)], 5, total=30)
    assert displays(t) == ["12", "<5", "9"]


def test_total_smaller_than_cells_rejected() -> None:
    with pytest.raises(ValueError):
        protect_table([("a", 12), ("b", 3)], 5, total=14)


def test_non_additive() -> None:
    t = protect_table([("a", 12), ("b", 3), ("c", 9)], 5, additive=False)
    assert t.total is None
    assert displays(t) == ["12", "<5", "x"]
    t = protect_table([("a", 3), ("b", 0)], 5, additive=False)
    assert t.dropped
    t = protect_table([("a", 3), ("b", 2)], 5, additive=False)
    assert displays(t) == ["<5", "<5"]
    with pytest.raises(ValueError):
        protect_table([("a", 3)], 5, additive=False, total=3)


def test_invalid_counts() -> None:
    with pytest.raises(ValueError):
        protect_table([("a", -1)], 5)
    with pytest.raises(ValueError):
        protect_table([("a", 1), ("a", 2)], 5)
    with pytest.raises(TypeError):
        protect_table([("a", 1.0)], 5)  # type: ignore[list-item]


def test_merge_small_into_other() -> None:
    counts = [("a", 12), ("b", 2), ("c", 1), ("overig", 0), ("d", 9), ("e", 0)]
    t = protect_table(counts, 5, merge_small_into="overig")
    assert [c.code for c in t.cells] == ["a", "overig", "d", "e"]
    assert t.merged == ("b", "c")
    # overig = 3 is still small: primary, and d is hidden to protect it.
    assert displays(t) == ["12", "<5", "x", "0"]
    assert total_display(t) == "24"


def test_merge_can_lift_other_above_k() -> None:
    counts = [("a", 12), ("b", 3), ("c", 4), ("overig", 1)]
    t = protect_table(counts, 5, merge_small_into="overig")
    assert [(c.code, c.display) for c in t.cells] == [("a", "12"), ("overig", "8")]
    assert t.hidden_count == 0
    assert t.merged == ("b", "c")


def test_merge_target_must_exist() -> None:
    with pytest.raises(ValueError):
        protect_table([("a", 1)], 5, merge_small_into="overig")


# ----------------------------------------------------------------------------------- properties

# Mixed tables, plus tiny ones (total often below k, where the total itself is hidden).
values_st = st.lists(st.integers(0, 12) | st.integers(0, 40), min_size=1, max_size=8) | st.lists(
    st.integers(0, 3), min_size=1, max_size=4
)
k_st = st.integers(MIN_THRESHOLD, MAX_THRESHOLD)
PROPS = settings(max_examples=300, deadline=None)


def _table(
    values: Sequence[int], k: int, additive: bool, total: int | None = None
) -> ProtectedTable:
    counts = [(f"c{i}", v) for i, v in enumerate(values)]
    return protect_table(counts, k, additive=additive, total=total)


@PROPS
@given(values_st, k_st, st.booleans())
def test_prop_no_small_figure_shown(values: list[int], k: int, additive: bool) -> None:
    t = _table(values, k, additive)
    figures = [*t.cells, *([t.total] if t.total is not None else [])]
    for c in figures:
        if c.display.isdigit():
            n = int(c.display)
            assert n == 0 or n >= k
        else:
            assert c.display in (f"<{k}", "x")


@PROPS
@given(values_st, k_st, st.booleans())
def test_prop_hidden_cells_unrecoverable(values: list[int], k: int, additive: bool) -> None:
    t = _table(values, k, additive)
    if t.dropped:
        return
    known_sum = None if additive else sum(values)
    feasible = reader_feasible(displays(t), total_display(t), k, known_sum=known_sum)
    hidden_true = [v for v, c in zip(values, t.cells, strict=True) if c.hidden]
    assert len(feasible) == len(hidden_true)
    for true, f in zip(hidden_true, feasible, strict=True):
        assert true in f  # the display is truthful
        assert len(f) >= 2  # and does not pin the cell
    assert len(feasible) != 1  # a hidden cell is never alone


@PROPS
@given(values_st, k_st, st.booleans())
def test_prop_value_none_iff_hidden(values: list[int], k: int, additive: bool) -> None:
    t = _table(values, k, additive)
    for v, c in zip(values, t.cells, strict=True):
        assert (c.value is None) == (c.visibility is not Visibility.SHOWN)
        if c.visibility is Visibility.PRIMARY:
            assert 0 < v < k and c.display == f"<{k}"
        elif c.visibility is Visibility.SECONDARY:
            assert c.display == "x"
            assert v >= k or t.dropped
    assert t.hidden_count == sum(1 for c in t.cells if c.value is None)


@PROPS
@given(values_st, k_st, st.booleans())
def test_prop_shown_values_equal_input(values: list[int], k: int, additive: bool) -> None:
    t = _table(values, k, additive)
    assert [c.code for c in t.cells] == [f"c{i}" for i in range(len(values))]
    for v, c in zip(values, t.cells, strict=True):
        if not c.hidden:
            assert c.value == v and c.display == str(v)
    if additive:
        assert t.total is not None
        assert t.total.hidden == (0 < sum(values) < k)
        if not t.total.hidden:
            assert t.total.value == sum(values)
    else:
        assert t.total is None


@PROPS
@given(values_st, k_st, st.booleans())
def test_prop_dropped_only_when_no_choice_is_safe(
    values: list[int], k: int, additive: bool
) -> None:
    t = _table(values, k, additive)
    known_sum = None if additive else sum(values)
    tot = total_display(t)
    if not t.dropped:
        return
    assert all(c.hidden for c in t.cells)
    # No set of extra hidden cells (on top of the primaries) makes the table safe.
    small = f"<{k}"
    large = [i for i, v in enumerate(values) if v >= k]
    for n in range(len(large) + 1):
        for extra in combinations(large, n):
            shown = [
                small if 0 < v < k else "x" if i in extra else str(v) for i, v in enumerate(values)
            ]
            assert not reader_safe(shown, tot, k, known_sum=known_sum)


@PROPS
@given(values_st, k_st, st.booleans())
def test_prop_greedy_smallest_first_and_minimal(values: list[int], k: int, additive: bool) -> None:
    t = _table(values, k, additive)
    if t.dropped:
        return
    secondary = [i for i, c in enumerate(t.cells) if c.visibility is Visibility.SECONDARY]
    shown_large = [i for i, c in enumerate(t.cells) if not c.hidden and values[i] > 0]
    order = {i: (values[i], i) for i in range(len(values))}
    for s in secondary:
        assert all(order[s] < order[j] for j in shown_large)
    if secondary:
        # Revealing the last cell hidden would make the table unsafe: no over-suppression.
        last = max(secondary, key=order.__getitem__)
        shown = displays(t)
        shown[last] = str(values[last])
        known_sum = None if additive else sum(values)
        assert not reader_safe(shown, total_display(t), k, known_sum=known_sum)
    elif t.primary_count == 0:
        assert t.hidden_count == 0


@PROPS
@given(values_st, k_st, st.integers(0, 40))
def test_prop_remainder_unrecoverable(values: list[int], k: int, remainder: int) -> None:
    total = sum(values) + remainder
    t = _table(values, k, True, total=total)
    if t.dropped:
        assert all(c.hidden for c in t.cells)
        return
    assert t.total is not None
    assert t.total.hidden == (0 < total < k)
    # The reader is assumed to know the remainder's size class (more than a real reader knows).
    extra: list[Bounds] = []
    protected: list[bool] = []
    if remainder:
        extra = [(1, k - 1)] if remainder < k else [(k, max(k, total))]
        protected = [remainder < k]
    assert reader_safe(displays(t), total_display(t), k, extra=extra, extra_protected=protected)
    # And against a real reader, who only knows the remainder is >= 0.
    if remainder:
        feasible = reader_feasible(displays(t), total_display(t), k, extra=[(0, total)])
        for f in feasible[:-1]:
            assert len(f) >= 2
        if remainder < k:
            assert len(feasible[-1]) >= 2


@PROPS
@given(values_st, k_st, st.booleans(), st.data())
def test_prop_merge_small(values: list[int], k: int, additive: bool, data: st.DataObject) -> None:
    target = data.draw(st.integers(0, len(values) - 1))
    counts = [(f"c{i}", v) for i, v in enumerate(values)]
    t = protect_table(counts, k, additive=additive, merge_small_into=f"c{target}")
    merged = [i for i, v in enumerate(values) if i != target and 0 < v < k]
    assert t.merged == tuple(f"c{i}" for i in merged)
    kept = [i for i in range(len(values)) if i not in merged]
    assert [c.code for c in t.cells] == [f"c{i}" for i in kept]
    other = t.cell(f"c{target}")
    merged_value = values[target] + sum(values[i] for i in merged)
    assert other.value in (None, merged_value)
    if additive and t.total is not None and not t.total.hidden:
        assert t.total.value == sum(values)
    for i, c in zip(kept, t.cells, strict=True):
        if i != target:
            assert c.visibility is not Visibility.PRIMARY
