"""Continuing-education rule sets: presets, periods, caps, progress and (de)serialisation."""

from __future__ import annotations

import dataclasses
import json
import random
from collections import defaultdict
from datetime import date, datetime, timedelta
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vp_desktop.domain.pe_rules import (
    PERIODS,
    PRESETS,
    Evaluation,
    PeRecord,
    Period,
    Requirement,
    RuleSet,
    YearTally,
    anniversary,
    cap_year_start,
    evaluate,
    hours_label,
    period_bounds,
)
from vp_desktop.domain.vocab import PE_KINDS, UnknownCode

H = 60
YEARLY = PRESETS["yearly"]
LVV = PRESETS["lvv_cycle"]
CAPPED = PRESETS["lvv_capped"]


def rec(on: str, kind: str, hours: float, *, accredited: bool = True) -> PeRecord:
    """A done or planned activity; accredited unless a test says otherwise."""
    return PeRecord(date.fromisoformat(on), kind, round(hours * H), accredited)


def run(
    rule_set: RuleSet,
    records: list[PeRecord],
    today: str,
    cycle_start: str = "2024-01-01",
    on: str | None = None,
) -> Evaluation:
    return evaluate(
        rule_set,
        records,
        cycle_start=date.fromisoformat(cycle_start),
        today=date.fromisoformat(today),
        on=None if on is None else date.fromisoformat(on),
    )


def bounds(rule_set: RuleSet, cycle_start: str, on: str) -> tuple[str, str]:
    start, end = period_bounds(rule_set, date.fromisoformat(cycle_start), date.fromisoformat(on))
    return start.isoformat(), end.isoformat()


def cycle(years: int) -> RuleSet:
    """A cycle rule set of any length, for period tests."""
    return dataclasses.replace(LVV, code=f"cycle{years}", cycle_years=years)


# ---------------------------------------------------------------------------------------------
# Presets


def test_preset_keys_match_codes() -> None:
    assert list(PRESETS) == ["yearly", "lvv_cycle", "lvv_capped"]
    assert all(code == rs.code for code, rs in PRESETS.items())


def numbers(rs: RuleSet) -> dict[str, tuple[set[str], int, int, int | None]]:
    return {
        r.code: (set(r.kinds), r.min_minutes, r.min_sessions, r.yearly_cap_minutes)
        for r in rs.requirements
    }


def test_yearly_preset_numbers() -> None:
    assert (YEARLY.period, YEARLY.cycle_years, YEARLY.total_min_minutes) == ("year", 1, 0)
    assert numbers(YEARLY) == {
        "courses": ({"course", "congress"}, 8 * H, 0, None),
        "intervision": ({"intervision"}, 0, 4, None),
    }


def test_lvv_cycle_preset_numbers() -> None:
    assert (LVV.period, LVV.cycle_years, LVV.total_min_minutes) == ("cycle", 4, 72 * H)
    assert numbers(LVV) == {
        "courses": ({"course", "congress"}, 24 * H, 0, None),
        "intervision": ({"intervision", "supervision"}, 32 * H, 0, None),
        "extra": ({"extra"}, 16 * H, 0, None),
    }


def test_lvv_capped_preset_numbers() -> None:
    assert (CAPPED.period, CAPPED.cycle_years, CAPPED.total_min_minutes) == ("cycle", 4, 72 * H)
    assert numbers(CAPPED) == {
        "courses": ({"course", "congress"}, 32 * H, 0, 16 * H),
        "intervision": ({"intervision", "supervision"}, 32 * H, 0, 16 * H),
        "extra": ({"extra"}, 8 * H, 0, 4 * H),
    }


def test_preset_labels_are_dutch_and_english() -> None:
    assert [rs.label("nl") for rs in PRESETS.values()] == [
        "Jaarlijkse norm",
        "LVV-herregistratie (4 jaar)",
        "Certificeringsschema met jaarmaxima",
    ]
    assert YEARLY.label("en") == "Yearly standard"
    assert [r.label() for r in YEARLY.requirements] == ["Bijscholing", "Intervisie"]
    assert [r.label("en") for r in LVV.requirements] == [
        "Accredited courses",
        "Intervision and supervision",
        "Extra activities",
    ]
    assert LVV.requirement("extra").nl == "Extra activiteiten"


def test_presets_cannot_be_replaced() -> None:
    with pytest.raises(TypeError):
        PRESETS["yearly"] = LVV  # type: ignore[index]


def test_requirement_lookup_by_kind() -> None:
    assert LVV.requirement_for_kind("supervision") is LVV.requirement("intervision")
    assert YEARLY.requirement_for_kind("supervision") is None
    with pytest.raises(KeyError):
        LVV.requirement("nope")


# ---------------------------------------------------------------------------------------------
# Records


@pytest.mark.parametrize("minutes", [0, -15, True])
def test_record_needs_positive_minutes(minutes: int) -> None:
    with pytest.raises(ValueError, match="minutes must be positive"):
        PeRecord(date(2024, 1, 1), "course", minutes)


def test_record_needs_known_kind() -> None:
    with pytest.raises(UnknownCode):
        PeRecord(date(2024, 1, 1), "reading", 60)


def test_record_needs_a_plain_date() -> None:
    with pytest.raises(TypeError):
        PeRecord(datetime(2024, 1, 1, 9, 0), "course", 60)


def test_evaluate_rejects_non_positive_minutes_even_when_validation_was_bypassed() -> None:
    bad = rec("2024-03-01", "course", 1)
    object.__setattr__(bad, "minutes", 0)
    with pytest.raises(ValueError, match="minutes must be positive"):
        run(YEARLY, [rec("2024-02-01", "course", 1), bad], today="2024-06-01")


# ---------------------------------------------------------------------------------------------
# Periods


@pytest.mark.parametrize("on", ["2024-01-01", "2024-07-15", "2024-12-31"])
def test_yearly_period_is_the_calendar_year(on: str) -> None:
    assert bounds(YEARLY, "2019-09-01", on) == ("2024-01-01", "2024-12-31")


@pytest.mark.parametrize(
    ("on", "expected"),
    [
        ("2023-09-01", ("2023-09-01", "2027-08-31")),
        ("2025-01-01", ("2023-09-01", "2027-08-31")),
        ("2027-08-31", ("2023-09-01", "2027-08-31")),
        ("2027-09-01", ("2027-09-01", "2031-08-31")),
        ("2040-03-15", ("2039-09-01", "2043-08-31")),
        # Before the first cycle: the first cycle.
        ("2023-08-31", ("2023-09-01", "2027-08-31")),
        ("1999-01-01", ("2023-09-01", "2027-08-31")),
    ],
)
def test_cycle_period_across_year_ends(on: str, expected: tuple[str, str]) -> None:
    assert bounds(LVV, "2023-09-01", on) == expected


@pytest.mark.parametrize(
    ("years", "on", "expected"),
    [
        # Four-year cycles from a leap day stay on leap days ...
        (4, "2024-02-29", ("2024-02-29", "2028-02-28")),
        (4, "2028-02-28", ("2024-02-29", "2028-02-28")),
        (4, "2028-02-29", ("2028-02-29", "2032-02-28")),
        # ... until a century year that is no leap year: then 1 March.
        (4, "2100-02-28", ("2096-02-29", "2100-02-28")),
        (4, "2100-03-01", ("2100-03-01", "2104-02-28")),
        (4, "2104-02-29", ("2104-02-29", "2108-02-28")),
        # One-year cycles: 1 March in non-leap years, back to 29 February in the next leap year.
        (1, "2025-02-28", ("2024-02-29", "2025-02-28")),
        (1, "2025-03-01", ("2025-03-01", "2026-02-28")),
        (1, "2027-06-01", ("2027-03-01", "2028-02-28")),
        (1, "2028-02-29", ("2028-02-29", "2029-02-28")),
        (3, "2027-02-28", ("2024-02-29", "2027-02-28")),
        (3, "2027-03-01", ("2027-03-01", "2030-02-28")),
    ],
)
def test_cycle_starting_on_a_leap_day(years: int, on: str, expected: tuple[str, str]) -> None:
    start = "2096-02-29" if on >= "2096" else "2024-02-29"
    assert bounds(cycle(years), start, on) == expected


def test_anniversary() -> None:
    assert anniversary(date(2024, 2, 29), 4) == date(2028, 2, 29)
    assert anniversary(date(2024, 2, 29), 1) == date(2025, 3, 1)
    assert anniversary(date(2023, 9, 1), 4) == date(2027, 9, 1)
    assert anniversary(date(2023, 9, 1), 0) == date(2023, 9, 1)


@settings(max_examples=300)
@given(
    years=st.integers(1, 6),
    cycle_start=st.dates(date(1990, 1, 1), date(2060, 12, 31)),
    on=st.dates(date(1980, 1, 1), date(2090, 12, 31)),
)
def test_cycles_tile_the_calendar(years: int, cycle_start: date, on: date) -> None:
    rs = cycle(years)
    start, end = period_bounds(rs, cycle_start, on)
    assert start <= end
    if on >= cycle_start:
        assert start <= on <= end
    else:
        assert start == cycle_start
    # A cycle starts on an anniversary of the cycle start and lasts `years` years.
    assert start == anniversary(cycle_start, start.year - cycle_start.year)
    assert (start.year - cycle_start.year) % years == 0
    assert 365 * years <= (end - start).days + 1 <= 366 * years + 1
    # The next cycle starts the day after this one ends; the previous one ends the day before.
    after = end + timedelta(days=1)
    assert period_bounds(rs, cycle_start, after)[0] == after
    if start > cycle_start:
        assert period_bounds(rs, cycle_start, start - timedelta(days=1))[1] == start - timedelta(
            days=1
        )


# ---------------------------------------------------------------------------------------------
# Evaluation: counting


def test_yearly_evaluation_complete() -> None:
    records = [
        rec("2024-02-10", "course", 5),
        rec("2024-11-03", "congress", 3),
        *(rec(f"2024-{m:02d}-15", "intervision", 2) for m in (1, 4, 7, 10)),
        rec("2024-05-01", "supervision", 1.5),
        # Outside the year: ignored.
        rec("2023-12-31", "course", 7),
        rec("2025-01-01", "intervision", 2),
    ]
    ev = run(YEARLY, records, today="2024-12-01")
    assert (ev.period_start, ev.period_end) == (date(2024, 1, 1), date(2024, 12, 31))
    courses, intervision = ev.requirements
    assert (courses.code, courses.counted_minutes, courses.sessions) == ("courses", 8 * H, 2)
    assert (courses.met, courses.missing_minutes) == (True, 0)
    assert (intervision.sessions, intervision.counted_minutes) == (4, 8 * H)
    assert (intervision.met, intervision.missing_sessions) == (True, 0)
    assert ev.other_minutes == 90
    assert ev.total_counted_minutes == 8 * H + 8 * H + 90
    assert ev.complete and not ev.behind


def test_yearly_evaluation_incomplete() -> None:
    records = [rec("2024-03-01", "course", 7.75)] + [
        rec(f"2024-0{m}-01", "intervision", 1) for m in (2, 3, 4)
    ]
    ev = run(YEARLY, records, today="2024-12-31")
    courses, intervision = ev.requirements
    assert (courses.met, courses.missing_minutes) == (False, 15)
    assert (intervision.met, intervision.sessions, intervision.missing_sessions) == (False, 3, 1)
    assert not ev.complete


def test_activities_on_the_cycle_start_and_end_days_count() -> None:
    records = [
        rec("2023-08-31", "course", 1),  # day before the cycle: ignored
        rec("2023-09-01", "course", 2),  # first day
        rec("2027-08-31", "course", 4),  # last day
        rec("2027-09-01", "course", 8),  # first day of the next cycle: ignored
    ]
    ev = run(LVV, records, cycle_start="2023-09-01", today="2027-08-31")
    assert (ev.period_start, ev.period_end) == (date(2023, 9, 1), date(2027, 8, 31))
    assert ev.progress("courses").logged_minutes == 6 * H
    assert ev.progress("courses").sessions == 2
    assert ev.total_logged_minutes == 6 * H
    # The day before the last day, the last day's course is still planned.
    ev = run(LVV, records, cycle_start="2023-09-01", today="2027-08-30")
    assert ev.progress("courses").logged_minutes == 2 * H
    assert ev.progress("courses").planned_minutes == 4 * H


def test_year_boundary_days_count() -> None:
    records = [rec("2024-01-01", "course", 1), rec("2024-12-31", "course", 2)]
    records += [rec("2023-12-31", "course", 4), rec("2025-01-01", "course", 8)]
    assert run(YEARLY, records, today="2024-12-31").progress("courses").logged_minutes == 3 * H
    # On the first day only the first day's course is done.
    first = run(YEARLY, records, today="2024-01-01").progress("courses")
    assert (first.logged_minutes, first.planned_minutes) == (1 * H, 2 * H)


def test_yearly_cap_limits_counted_hours() -> None:
    records = [
        rec("2024-03-01", "course", 15),
        rec("2024-09-01", "congress", 10),  # 25 h of courses in 2024
        rec("2024-04-01", "extra", 6),
        rec("2024-05-01", "intervision", 10),
    ]
    ev = run(CAPPED, records, today="2024-12-31")
    courses = ev.progress("courses")
    assert (courses.logged_minutes, courses.counted_minutes) == (25 * H, 16 * H)
    assert courses.capped_minutes == 9 * H
    assert courses.by_year == (YearTally(date(2024, 1, 1), date(2024, 12, 31), 25 * H, 16 * H),)
    assert ev.progress("extra").counted_minutes == 4 * H
    assert ev.progress("intervision").counted_minutes == 10 * H
    assert ev.total_counted_minutes == (16 + 4 + 10) * H
    assert ev.total_logged_minutes == (25 + 6 + 10) * H
    # Without caps (lvv_cycle) everything counts.
    assert run(LVV, records, today="2024-12-31").progress("courses").counted_minutes == 25 * H


def test_caps_apply_per_cycle_year_across_calendar_year_ends() -> None:
    records = [
        rec("2023-10-01", "course", 20),
        rec("2024-03-01", "course", 20),  # same cycle year (Sep 2023 - Aug 2024): 40 h, 16 count
        rec("2024-11-01", "course", 1),
        # Sep 2025 - Aug 2026 is one cycle year: 6 h, of which the cap of 4 counts.
        rec("2025-10-01", "extra", 3),
        rec("2026-02-01", "extra", 3),
    ]
    ev = run(CAPPED, records, cycle_start="2023-09-01", today="2026-06-01")
    courses = ev.progress("courses")
    assert courses.by_year == (
        YearTally(date(2023, 9, 1), date(2024, 8, 31), 40 * H, 16 * H),
        YearTally(date(2024, 9, 1), date(2025, 8, 31), 1 * H, 1 * H),
    )
    assert (courses.counted_minutes, courses.met) == (17 * H, False)
    extra = ev.progress("extra")
    assert (extra.counted_minutes, extra.logged_minutes, extra.met) == (4 * H, 6 * H, False)


def test_december_and_january_share_one_cycle_year() -> None:
    # 16 h in December and 16 h in January do not meet 32 h in five weeks (cap 16 a cycle year).
    records = [rec("2023-12-10", "course", 16), rec("2024-01-15", "course", 16)]
    ev = run(CAPPED, records, cycle_start="2023-09-01", today="2024-02-01")
    courses = ev.progress("courses")
    assert (courses.counted_minutes, courses.capped_minutes, courses.met) == (16 * H, 16 * H, False)
    # Under a calendar-year cap (an explicit choice of the rule set) both years count in full.
    calendar_caps = dataclasses.replace(CAPPED, cap_year="calendar_year")
    ev = run(calendar_caps, records, cycle_start="2023-09-01", today="2024-02-01")
    assert ev.progress("courses").counted_minutes == 32 * H


def test_cap_year_boundary_days() -> None:
    # 31 August is the last day of a cycle year, 1 September the first day of the next.
    records = [
        rec("2024-08-31", "course", 16),
        rec("2024-09-01", "course", 16),
        rec("2023-09-01", "extra", 4),
        rec("2024-08-31", "extra", 1),  # same cycle year as 1 Sep 2023: over the cap of 4
    ]
    ev = run(CAPPED, records, cycle_start="2023-09-01", today="2024-09-01")
    assert ev.progress("courses").counted_minutes == 32 * H
    assert ev.progress("extra").counted_minutes == 4 * H
    assert [t.start for t in ev.progress("courses").by_year] == [date(2023, 9, 1), date(2024, 9, 1)]
    assert len(period_cap_years(CAPPED, "2023-09-01")) == 4


def period_cap_years(rule_set: RuleSet, cycle_start: str) -> set[date]:
    """The distinct cap years of every day of the cycle starting on `cycle_start`."""
    start, end = period_bounds(
        rule_set, date.fromisoformat(cycle_start), date.fromisoformat(cycle_start)
    )
    days = (start + timedelta(d) for d in range((end - start).days + 1))
    return {cap_year_start(rule_set, start, d) for d in days}


def test_kinds_outside_requirements_count_only_to_the_total() -> None:
    total_only = RuleSet(
        "t",
        "Totaal",
        "Total",
        "year",
        1,
        (Requirement("courses", "Bijscholing", "Courses", frozenset({"course"}), 4 * H),),
        total_min_minutes=10 * H,
    )
    records = [rec("2024-01-10", "course", 4), rec("2024-02-10", "extra", 5)]
    ev = run(total_only, records, today="2024-12-31")
    assert ev.progress("courses").counted_minutes == 4 * H
    assert ev.other_minutes == 5 * H
    assert (ev.total_counted_minutes, ev.total_missing_minutes) == (9 * H, 1 * H)
    assert ev.progress("courses").met and not ev.complete
    ev = run(total_only, [*records, rec("2024-03-01", "supervision", 1)], today="2024-12-31")
    assert ev.complete


def test_sessions_count_activities_not_hours() -> None:
    records = [
        rec("2024-02-01", "intervision", 0.25),
        rec("2024-03-01", "intervision", 6),
        rec("2024-03-01", "supervision", 1),
        rec("2024-04-01", "intervision", 1.5),
        rec("2023-12-01", "intervision", 2),  # previous year
    ]
    # The 15-minute meeting is no session (minimum 60 minutes); its minutes still count.
    intervision = run(YEARLY, records, today="2024-12-31").progress("intervision")
    assert (intervision.sessions, intervision.short_sessions) == (2, 1)
    assert intervision.counted_minutes == round(7.75 * H)
    assert run(LVV, records, today="2024-12-31").progress("intervision").sessions == 3


@pytest.mark.parametrize(
    ("minutes", "is_session"), [(45, False), (59, False), (60, True), (61, True)]
)
def test_session_minimum_boundary(minutes: int, is_session: bool) -> None:
    records = [PeRecord(date(2024, 3, 1), "intervision", minutes)]
    assert run(YEARLY, records, today="2024-12-31").progress("intervision").sessions == is_session
    # A rule set may set its own minimum.
    short = dataclasses.replace(YEARLY, min_session_minutes=45)
    assert run(short, records, today="2024-12-31").progress("intervision").sessions == 1


def test_evaluation_of_a_past_period() -> None:
    records = [rec("2023-05-01", "course", 8), rec("2024-05-01", "course", 1)]
    ev = run(YEARLY, records, today="2024-06-01", on="2023-01-01")
    assert (ev.period_start, ev.elapsed_fraction) == (date(2023, 1, 1), 1.0)
    assert ev.progress("courses").counted_minutes == 8 * H
    intervision = ev.progress("intervision")
    assert intervision.expected_sessions_by_now == 4
    # The period is over: not met, never "behind schedule".
    assert ev.finished and not intervision.behind and not ev.behind
    assert (intervision.status, ev.status, ev.progress("courses").status) == (
        "not_met",
        "not_met",
        "met",
    )


def test_progress_lookup() -> None:
    ev = run(YEARLY, [], today="2024-01-01")
    assert ev.progress("intervision").min_sessions == 4
    with pytest.raises(KeyError):
        ev.progress("extra")


# ---------------------------------------------------------------------------------------------
# Evaluation: behind schedule

# 2024 has 366 days; on 2 July 183 days have passed: exactly half.
HALF_2024 = "2024-07-02"


def test_elapsed_fraction() -> None:
    assert run(YEARLY, [], today="2024-01-01").elapsed_fraction == 0.0
    assert run(YEARLY, [], today=HALF_2024).elapsed_fraction == 0.5
    assert run(YEARLY, [], today="2024-12-31").elapsed_fraction == 365 / 366
    ev = run(LVV, [], cycle_start="2023-09-01", today="2025-09-01")
    assert ev.elapsed_fraction == 731 / 1461


def test_nothing_is_expected_on_the_first_day() -> None:
    ev = run(YEARLY, [], today="2024-01-01")
    assert [p.expected_minutes_by_now for p in ev.requirements] == [0, 0]
    assert not ev.behind and not ev.complete


@pytest.mark.parametrize(
    ("course_hours", "sessions", "behind"),
    [
        (3.75, 2, ["courses"]),  # less than half the hours
        (4, 1, ["intervision"]),  # less than half the sessions
        (3.75, 1, ["courses", "intervision"]),
        (4, 2, []),  # exactly on schedule
        (6, 3, []),  # ahead
        (8, 4, []),  # done
    ],
)
def test_behind_at_half_year(course_hours: float, sessions: int, behind: list[str]) -> None:
    records = [rec("2024-03-01", "course", course_hours)] + [
        rec("2024-04-01", "intervision", 1) for _ in range(sessions)
    ]
    ev = run(YEARLY, records, today=HALF_2024)
    assert ev.progress("courses").expected_minutes_by_now == 4 * H
    assert ev.progress("intervision").expected_sessions_by_now == 2
    assert [p.code for p in ev.requirements if p.behind] == behind
    assert ev.behind == bool(behind)


def test_met_requirement_is_never_behind() -> None:
    # Exactly a year passed: everything is expected; a met requirement is not behind.
    records = [rec("2024-01-05", "course", 8)]
    ev = run(YEARLY, records, today="2024-12-30", on="2024-06-01")
    assert ev.progress("courses").met and not ev.progress("courses").behind
    assert ev.progress("intervision").behind
    # On the last day the year is over: not met instead of behind.
    ev = run(YEARLY, records, today="2024-12-31")
    assert ev.progress("intervision").status == "not_met"


def test_behind_in_a_cycle() -> None:
    # Halfway through the cycle (2025-09-01) with a quarter of each part done.
    records = [
        rec("2024-01-01", "course", 6),
        rec("2024-02-01", "intervision", 8),
        rec("2024-03-01", "extra", 4),
    ]
    ev = run(LVV, records, cycle_start="2023-09-01", today="2025-09-01")
    assert all(p.behind for p in ev.requirements)
    assert ev.total_expected_minutes_by_now == 72 * H * 731 // 1461
    assert ev.behind
    # Same records at a quarter of the cycle: on schedule.
    ev = run(LVV, records, cycle_start="2023-09-01", today="2024-08-31")
    assert ev.elapsed_fraction < 0.25
    assert not any(p.behind for p in ev.requirements) and not ev.behind


def test_total_alone_can_be_behind() -> None:
    only_total = RuleSet("t", "Totaal", "Total", "cycle", 2, (), total_min_minutes=40 * H)
    ev = run(only_total, [rec("2024-06-01", "extra", 10)], today="2025-01-01")
    assert ev.total_expected_minutes_by_now == 40 * H * 366 // 731
    assert ev.behind
    ev = run(only_total, [rec("2024-06-01", "extra", 21)], today="2025-01-01")
    assert not ev.behind and not ev.complete


# ---------------------------------------------------------------------------------------------
# Evaluation: properties

_DAY0 = date(2020, 1, 1)

records_st = st.lists(
    st.builds(
        PeRecord,
        on=st.dates(date(2019, 1, 1), date(2031, 12, 31)),
        kind=st.sampled_from(PE_KINDS.codes),
        minutes=st.integers(1, 160).map(lambda q: q * 15),
    ),
    max_size=40,
)


@st.composite
def rule_sets(draw: st.DrawFn) -> RuleSet:
    if draw(st.booleans()):
        return draw(st.sampled_from(list(PRESETS.values())))
    kinds = draw(st.permutations(PE_KINDS.codes))
    n = draw(st.integers(0, 3))
    cuts = sorted(draw(st.lists(st.integers(1, len(kinds)), min_size=n, max_size=n)))
    requirements = []
    lo = 0
    for i, hi in enumerate(cuts):
        if hi <= lo:
            continue
        requirements.append(
            Requirement(
                f"r{i}",
                f"Eis {i}",
                f"Req {i}",
                frozenset(kinds[lo:hi]),
                min_minutes=draw(st.integers(0, 60)) * 60,
                min_sessions=draw(st.integers(0, 6)),
                yearly_cap_minutes=draw(st.none() | st.integers(1, 40).map(lambda h: h * 60)),
            )
        )
        lo = hi
    period: Period = draw(st.sampled_from(PERIODS))
    return RuleSet(
        "gen",
        "Gegenereerd",
        "Generated",
        period,
        1 if period == "year" else draw(st.integers(1, 5)),
        tuple(requirements),
        total_min_minutes=draw(st.integers(0 if requirements else 1, 100)) * 60,
    )


@settings(max_examples=200)
@given(
    rule_set=rule_sets(),
    records=records_st,
    cycle_start=st.dates(date(2019, 1, 1), date(2026, 12, 31)),
    today=st.dates(date(2019, 1, 1), date(2031, 12, 31)),
)
def test_counted_never_exceeds_logged_or_caps(
    rule_set: RuleSet, records: list[PeRecord], cycle_start: date, today: date
) -> None:
    ev = evaluate(rule_set, records, cycle_start=cycle_start, today=today)
    inside = [r for r in records if ev.period_start <= r.on <= min(ev.period_end, today)]
    assert 0.0 <= ev.elapsed_fraction <= 1.0
    for req, p in zip(rule_set.requirements, ev.requirements, strict=True):
        mine = [
            r for r in inside if r.kind in req.kinds and (r.accredited or not req.accredited_only)
        ]
        per_year: dict[date, int] = defaultdict(int)
        for r in mine:
            per_year[cap_year_start(rule_set, ev.period_start, r.on)] += r.minutes
        assert p.logged_minutes == sum(per_year.values())
        assert p.sessions == sum(r.minutes >= rule_set.min_session_minutes for r in mine)
        assert p.counted_minutes <= p.logged_minutes
        assert [(t.start, t.logged_minutes) for t in p.by_year] == [
            (max(k, ev.period_start), m) for k, m in sorted(per_year.items())
        ]
        assert p.counted_minutes == sum(t.counted_minutes for t in p.by_year)
        for t in p.by_year:
            assert t.counted_minutes <= t.logged_minutes
            if req.yearly_cap_minutes is not None:
                assert t.counted_minutes <= req.yearly_cap_minutes
                assert t.counted_minutes == min(t.logged_minutes, req.yearly_cap_minutes)
            else:
                assert t.counted_minutes == t.logged_minutes
        assert p.missing_minutes == max(0, p.min_minutes - p.counted_minutes)
        assert p.met == (p.missing_minutes == 0 and p.missing_sessions == 0)
        assert p.expected_minutes_by_now <= p.min_minutes
        assert not (p.met and p.behind)
    unaccredited = sum(p.unaccredited_minutes for p in ev.requirements)
    assert ev.total_logged_minutes == sum(r.minutes for r in inside) - unaccredited
    assert ev.total_counted_minutes <= ev.total_logged_minutes
    assert not (ev.complete and ev.behind)
    assert not (ev.finished and ev.behind)


@settings(max_examples=50)
@given(rule_set=rule_sets(), records=records_st, seed=st.integers(0, 2**16))
def test_record_order_does_not_matter(
    rule_set: RuleSet, records: list[PeRecord], seed: int
) -> None:
    shuffled = records[:]
    random.Random(seed).shuffle(shuffled)
    kw: dict[str, Any] = {"cycle_start": _DAY0, "today": date(2022, 5, 5)}
    assert evaluate(rule_set, records, **kw) == evaluate(rule_set, iter(shuffled), **kw)


# ---------------------------------------------------------------------------------------------
# Serialisation


@pytest.mark.parametrize("code", list(PRESETS))
def test_preset_round_trips_through_json(code: str) -> None:
    preset = PRESETS[code]
    data = json.loads(json.dumps(preset.to_dict()))
    again = RuleSet.from_dict(data)
    assert again == preset
    assert again.requirements == preset.requirements
    assert again.to_dict() == preset.to_dict()


def test_to_dict_layout() -> None:
    assert YEARLY.to_dict() == {
        "format": 2,
        "code": "yearly",
        "nl": "Jaarlijkse norm",
        "en": "Yearly standard",
        "period": "year",
        "cycle_years": 1,
        "total_min_minutes": 0,
        "cap_year": "cycle_year",
        "min_session_minutes": 60,
        "requirements": [
            {
                "code": "courses",
                "nl": "Bijscholing",
                "en": "Courses",
                "kinds": ["congress", "course"],
                "min_minutes": 480,
                "min_sessions": 0,
                "yearly_cap_minutes": None,
                "accredited_only": False,
            },
            {
                "code": "intervision",
                "nl": "Intervisie",
                "en": "Intervision",
                "kinds": ["intervision"],
                "min_minutes": 0,
                "min_sessions": 4,
                "yearly_cap_minutes": None,
                "accredited_only": False,
            },
        ],
    }


@settings(max_examples=100)
@given(rule_sets())
def test_any_rule_set_round_trips(rule_set: RuleSet) -> None:
    assert RuleSet.from_dict(json.loads(json.dumps(rule_set.to_dict()))) == rule_set


def test_from_dict_fills_optional_keys() -> None:
    data: dict[str, Any] = {
        "code": "mine",
        "nl": "Eigen",
        "en": "Own",
        "period": "year",
        "requirements": [{"code": "c", "nl": "C", "en": "C", "kinds": ["course"]}],
    }
    rs = RuleSet.from_dict(data)
    assert (rs.cycle_years, rs.total_min_minutes) == (1, 0)
    assert rs.requirements[0] == Requirement("c", "C", "C", frozenset({"course"}))


def test_edited_numbers_round_trip() -> None:
    edited = dataclasses.replace(
        CAPPED,
        requirements=(
            dataclasses.replace(CAPPED.requirements[0], min_minutes=30 * H, min_sessions=2),
            *CAPPED.requirements[1:],
        ),
    )
    assert RuleSet.from_dict(edited.to_dict()) == edited != CAPPED


def _req(**changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "code": "courses",
        "nl": "Bijscholing",
        "en": "Courses",
        "kinds": ["course"],
        "min_minutes": 480,
        "min_sessions": 0,
        "yearly_cap_minutes": None,
    }
    data.update(changes)
    return data


def _set(**changes: Any) -> dict[str, Any]:
    data = LVV.to_dict()
    data.update(changes)
    return data


def _without(data: dict[str, Any], key: str) -> dict[str, Any]:
    return {k: v for k, v in data.items() if k != key}


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (["not", "a", "mapping"], "expected a mapping"),
        (None, "expected a mapping"),
        (_without(_set(), "code"), "missing key.*'code'"),
        (_without(_set(), "requirements"), "missing key.*'requirements'"),
        (_set(colour="blue"), "unknown key.*'colour'"),
        (_set(format=3), "unsupported format"),
        (_set(format=True), "unsupported format"),
        (_set(code=""), r"rule set\.code"),
        (_set(nl="  "), r"rule set\.nl"),
        (_set(en=3), r"rule set\.en"),
        (_set(period="month"), "period"),
        (_set(cycle_years=0), "cycle_years"),
        (_set(cycle_years="4"), "cycle_years"),
        (_set(cycle_years=4.0), "cycle_years"),
        (_set(period="year"), "yearly rule set has cycle_years 1"),
        (_set(total_min_minutes=-60), "total_min_minutes"),
        (_set(total_min_minutes=None), "total_min_minutes"),
        (_set(requirements={"a": 1}), "requirements: expected a list"),
        (_set(requirements=[], total_min_minutes=0), "at least one requirement"),
        (_set(requirements=["courses"]), r"requirements\[0\]: expected a mapping"),
        (_set(requirements=[_req(kinds=["reading"])]), r"requirements\[0\].*'reading'"),
        (_set(requirements=[_req(kinds=[])]), "kinds must not be empty"),
        (_set(requirements=[_req(kinds="course")]), r"kinds: expected a list"),
        (_set(requirements=[_req(kinds=["course", 1])]), r"kinds: expected a list"),
        (_set(requirements=[_req(kinds=["course", "course"])]), "duplicate PE kind"),
        (_set(requirements=[_req(min_minutes=-15)]), r"requirements\[0\]\.min_minutes"),
        (_set(requirements=[_req(min_minutes="8")]), r"min_minutes"),
        (_set(requirements=[_req(min_sessions=True)]), r"min_sessions"),
        (_set(requirements=[_req(yearly_cap_minutes=0)]), "yearly_cap_minutes"),
        (_set(requirements=[_req(yearly_cap_minutes=-60)]), "yearly_cap_minutes"),
        (_set(requirements=[_req(yearly_cap_minutes="16")]), "yearly_cap_minutes"),
        (_set(requirements=[_req(), _without(_req(), "kinds")]), r"\[1\]: missing key.*'kinds'"),
        (_set(requirements=[_req(), _req(extra=1)]), r"\[1\]: unknown key.*'extra'"),
        (_set(requirements=[_req(), _req(kinds=["congress"])]), "duplicate requirement code"),
        (
            _set(requirements=[_req(), _req(code="more", kinds=["congress", "course"])]),
            "'course' belongs to both requirement 'courses' and 'more'",
        ),
    ],
)
def test_from_dict_rejects_invalid_data(data: object, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        RuleSet.from_dict(data)


def test_direct_construction_is_validated_too() -> None:
    with pytest.raises(ValueError, match="unknown PE kind 'reading'"):
        Requirement("r", "R", "R", frozenset({"reading"}))
    with pytest.raises(ValueError, match="kinds must be a set"):
        Requirement("r", "R", "R", "course")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="period"):
        dataclasses.replace(LVV, period="month")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="duplicate requirement code"):
        dataclasses.replace(LVV, requirements=LVV.requirements[:1] * 2)


# ---------------------------------------------------------------------------------------------
# Hours


@pytest.mark.parametrize(
    ("minutes", "nl", "en"),
    [
        (0, "0 u", "0 h"),
        (15, "0,25 u", "0.25 h"),
        (30, "0,5 u", "0.5 h"),
        (45, "0,75 u", "0.75 h"),
        (60, "1 u", "1 h"),
        (480, "8 u", "8 h"),
        (495, "8,25 u", "8.25 h"),
        (4320, "72 u", "72 h"),
        (10, "0,17 u", "0.17 h"),  # not a quarter: rounded to hundredths
        (-90, "-1,5 u", "-1.5 h"),
    ],
)
def test_hours_label(minutes: int, nl: str, en: str) -> None:
    assert hours_label(minutes) == nl
    assert hours_label(minutes, "en") == en
