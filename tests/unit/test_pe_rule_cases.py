"""The PE rule cases an adviser hands to a registration body: accreditation, planned activities,
finished periods and the capped scheme's total, each at its boundary."""

from __future__ import annotations

import dataclasses
from datetime import date

from vp_desktop.domain.pe_rules import PRESETS, PeRecord, RuleSet, evaluate

H = 60
YEARLY = PRESETS["yearly"]
LVV = PRESETS["lvv_cycle"]
CAPPED = PRESETS["lvv_capped"]


def rec(on: str, kind: str, hours: float, accredited: bool = True) -> PeRecord:
    return PeRecord(date.fromisoformat(on), kind, round(hours * H), accredited)


def run(rule_set: RuleSet, records: list[PeRecord], today: str, start: str = "2023-09-01"):  # type: ignore[no-untyped-def]
    return evaluate(
        rule_set, records, cycle_start=date.fromisoformat(start), today=date.fromisoformat(today)
    )


def test_unaccredited_courses_do_not_count_where_accreditation_is_asked() -> None:
    records = [rec("2024-03-01", "course", 20), rec("2024-04-01", "congress", 6, False)]
    courses = run(LVV, records, "2024-06-01").progress("courses")
    assert (courses.counted_minutes, courses.unaccredited_minutes) == (20 * H, 6 * H)
    assert courses.accredited_only
    # The yearly standard does not ask for accreditation: both count there.
    yearly = run(YEARLY, records, "2024-06-01").progress("courses")
    assert (yearly.counted_minutes, yearly.unaccredited_minutes) == (26 * H, 0)


def test_planned_activities_are_shown_and_never_counted() -> None:
    records = [rec("2024-05-01", "course", 8), rec("2024-05-02", "intervision", 2)]
    before = run(YEARLY, records, "2024-04-30")
    assert before.progress("courses").counted_minutes == 0
    assert before.progress("courses").planned_minutes == 8 * H
    assert before.progress("intervision").planned_sessions == 1
    assert before.planned_minutes == 10 * H
    # On its own date an activity is done.
    on_the_day = run(YEARLY, records, "2024-05-01")
    assert on_the_day.progress("courses").counted_minutes == 8 * H
    assert on_the_day.progress("courses").planned_minutes == 0
    assert on_the_day.progress("intervision").planned_minutes == 2 * H


def test_exactly_the_minimum_is_met() -> None:
    records = [rec("2024-01-01", "course", 8)]
    records += [rec(f"2024-0{m}-01", "intervision", 1) for m in (2, 3, 4, 5)]
    ev = run(YEARLY, records, "2024-06-01")
    assert ev.complete and ev.status == "met"
    ev = run(YEARLY, records[:-1] + [rec("2024-05-01", "intervision", 0.75)], "2024-12-31")
    assert ev.progress("intervision").sessions == 3
    assert ev.status == "not_met"


def test_capped_total_is_not_met_while_a_requirement_is_not() -> None:
    # 72 h in total after caps, but the extra activities miss 4 of their 8 h.
    records = []
    for year in (2023, 2024, 2025, 2026):
        records += [rec(f"{year}-10-01", "course", 8), rec(f"{year}-11-01", "intervision", 8)]
    records += [rec("2024-01-10", "extra", 4), rec("2024-02-10", "supervision", 4)]
    ev = run(CAPPED, records, "2027-08-31")
    assert ev.finished
    assert ev.total_counted_minutes >= ev.total_min_minutes
    assert ev.total_met and not ev.complete
    assert ev.progress("extra").status == "not_met"
    assert ev.total_status == "not_met"


def test_finished_cycle_is_met_or_not_met_never_behind() -> None:
    records = [rec("2024-01-01", "course", 2)]
    last_day = run(LVV, records, "2027-08-31")
    assert last_day.finished and not last_day.behind
    assert {p.status for p in last_day.requirements} == {"not_met"}
    day_before = run(LVV, records, "2027-08-30")
    assert not day_before.finished and day_before.behind
    assert {p.status for p in day_before.requirements} == {"behind"}


def test_first_day_of_a_cycle_counts_that_day() -> None:
    ev = run(LVV, [rec("2023-09-01", "extra", 16)], "2023-09-01")
    assert ev.progress("extra").met and ev.elapsed_fraction == 0


def test_version_1_rule_set_loads_with_defaults() -> None:
    data = LVV.to_dict()
    data["format"] = 1
    del data["cap_year"], data["min_session_minutes"]
    for req in data["requirements"]:  # type: ignore[attr-defined]
        del req["accredited_only"]
    loaded = RuleSet.from_dict(data)
    assert loaded.cap_year == "cycle_year" and loaded.min_session_minutes == 60
    assert loaded == dataclasses.replace(
        LVV,
        requirements=tuple(dataclasses.replace(r, accredited_only=False) for r in LVV.requirements),
    )
