"""The pattern rules of the signals at their edges: two cases against one, a trend against too few
cases, the first integrity report of the year, hotspots at the threshold."""

from __future__ import annotations

import datetime as dt
import itertools

from vp_desktop.services.signals import rules
from vp_desktop.services.signals.rules import CaseFact, SignalKind, Subject
from vp_desktop.services.signals.wording import describe

TODAY = dt.date(2026, 11, 24)
_ids = itertools.count(1)


def case(
    opened_on: dt.date,
    *,
    ref: str | None = None,
    department: str | None = None,
    categories: tuple[str, ...] = ("bullying",),
    relation: str | None = "colleague",
    track: str = "unwanted_behaviour",
    support: tuple[str, ...] = ("listening",),
    outcome: str | None = None,
) -> CaseFact:
    n = next(_ids)
    return CaseFact(
        case_id=n,
        number=f"ACME-{opened_on.year}-{n:03d}",
        opened_on=opened_on,
        track=track,
        categories=categories,
        relation=relation,
        department=department,
        respondent_ref=ref,
        support=support,
        outcome=outcome,
    )


def d(year: int, month: int = 3, day: int = 1) -> dt.date:
    return dt.date(year, month, day)


# -- the same person complained about ---------------------------------------------------------


def test_a_reference_in_two_cases_is_a_signal_and_in_one_case_is_not() -> None:
    first = case(d(2025), ref="J.K. (teamleider)", outcome="resolved_informally")
    second = case(d(2026), ref="jk  (Teamleider)", support=("advice", "signal_employer"))
    alone = case(d(2026), ref="P.V.")
    found = rules.repeated_references([first, second, alone])
    assert len(found) == 1
    signal = found[0]
    assert signal.kind is SignalKind.REPEATED_REFERENCE
    assert signal.case_ids == (first.case_id, second.case_id)
    assert signal.subject == "jk  (Teamleider)"
    assert rules.repeated_references([first, alone]) == []


def test_a_reference_purged_with_its_case_no_longer_counts() -> None:
    kept = case(d(2026), ref="De kok")
    purged = case(d(2024), ref=None)  # the purge cleared its reference
    assert rules.repeated_references([kept, purged]) == []


def test_the_reference_signal_says_what_the_adviser_did() -> None:
    a = case(d(2025), ref="X", support=("listening",), outcome="resolved_informally")
    b = case(d(2026, 5, 4), ref="x", support=("advice", "formal_complaint"))
    text = describe(rules.repeated_references([a, b])[0], 2026, "nl")
    assert text.title == "Beklaagde “x” komt voor in 2 casussen"
    assert text.case_lines[0].endswith("opvang en luisterend oor · informeel opgelost")
    assert text.case_lines[1].startswith(f"{b.number} · geopend 04-05-2026")
    assert text.case_lines[1].endswith("nog open")


# -- hotspots ---------------------------------------------------------------------------------


def test_a_department_is_a_hotspot_from_the_threshold_on_in_the_period() -> None:
    n = rules.HOTSPOT_MIN_CASES
    in_year = [case(d(2026, 1 + i), department="Afdeling Zonnehof ") for i in range(n)]
    found = rules.hotspots(in_year, d(2026, 1, 1), d(2026, 12, 31))
    assert [s.subject for s in found] == ["Afdeling Zonnehof"]
    assert found[0].count == n and set(found[0].case_ids) == {c.case_id for c in in_year}
    # One fewer in the period (the oldest was last year) is no hotspot.
    moved = [case(d(2025), department="afdeling zonnehof"), *in_year[1:]]
    assert rules.hotspots(moved, d(2026, 1, 1), d(2026, 12, 31)) == []


# -- changes ----------------------------------------------------------------------------------


def test_a_rising_category_against_earlier_years() -> None:
    earlier = [case(d(y), categories=("discrimination",)) for y in (2024, 2025)]
    now = [case(d(2026, m), categories=("discrimination",)) for m in range(1, 7)]
    found = rules.changes([*earlier, *now], 2026, TODAY)
    rising = [s for s in found if s.kind is SignalKind.RISING]
    # Every case was about a colleague, so that relation rises as well.
    assert {s.subject_type for s in rising} == {Subject.CATEGORY, Subject.RELATION}
    rising = [s for s in rising if s.subject_type is Subject.CATEGORY]
    assert [(s.subject_type, s.subject, s.count, s.earlier) for s in rising] == [
        (Subject.CATEGORY, "discrimination", 6, 1.0)
    ]
    assert set(rising[0].case_ids) == {c.case_id for c in [*now, *earlier]}
    text = describe(rising[0], 2026, "nl")
    assert text.title == "Meer casussen over discriminatie"
    assert "6 casussen in 2026 tegen gemiddeld 1 per jaar" in text.detail


def test_a_change_in_small_numbers_is_too_few_to_call_a_trend() -> None:
    earlier = [case(d(2025), categories=("bullying",))]
    now = [case(d(2026, m), categories=("bullying",)) for m in (1, 2, 3)]
    found = rules.changes([*earlier, *now], 2026, TODAY)
    bullying = [s for s in found if s.subject == "bullying"]
    assert [s.kind for s in bullying] == [SignalKind.TOO_FEW]
    assert describe(bullying[0], 2026, "nl").detail == "Te weinig om een trend te noemen."
    assert describe(bullying[0], 2026, "en").detail == "Too few to call a trend."


def test_the_trend_threshold_edges() -> None:
    assert rules.trend_kind(5, 2) is SignalKind.RISING
    assert rules.trend_kind(4, 2) is SignalKind.TOO_FEW  # below TREND_MIN_CASES
    assert rules.trend_kind(6, 5) is None  # a difference of one is no trend
    assert rules.trend_kind(2, 6) is SignalKind.FALLING
    assert rules.trend_kind(3, 3) is None
    assert rules.trend_kind(1, 0) is SignalKind.FIRST_OF_KIND
    assert rules.trend_kind(0, 2) is None  # a small number that stayed away is no news


def test_a_running_year_is_compared_over_the_same_part_of_earlier_years() -> None:
    # Eight cases late in 2025 do not count against the first months of 2026.
    late = [case(d(2025, 12, 1), categories=("bullying",)) for _ in range(8)]
    early = [case(d(2025, 2, 1), categories=("bullying",))]
    now = [case(d(2026, 2, m), categories=("bullying",)) for m in range(1, 7)]
    found = rules.changes([*late, *early, *now], 2026, dt.date(2026, 3, 31))
    assert [(s.kind, s.count, s.earlier) for s in found if s.subject == "bullying"] == [
        (SignalKind.RISING, 6, 1.0)
    ]


def test_no_trend_without_earlier_years() -> None:
    now = [case(d(2026, m), categories=("discrimination",)) for m in range(1, 9)]
    assert [s.kind for s in rules.changes(now, 2026, TODAY)] == []


def test_the_first_integrity_report_of_the_year_and_a_new_category() -> None:
    earlier = [case(d(2025), categories=("bullying",))]
    fraud = case(d(2026, 4), track="integrity", categories=("fraud",), relation=None)
    later = case(d(2026, 9), track="integrity", categories=("theft",), relation=None)
    found = rules.changes([*earlier, fraud, later], 2026, TODAY)
    first = [s for s in found if s.subject_type is Subject.TRACK]
    assert [(s.kind, s.case_ids, s.count) for s in first] == [
        (SignalKind.FIRST_OF_KIND, (fraud.case_id,), 2)
    ]
    assert describe(first[0], 2026, "nl").title == "Eerste integriteitsmelding van 2026"
    new = {s.subject for s in found if s.kind is SignalKind.FIRST_OF_KIND}
    assert new == {"integrity", "fraud", "theft"}


def test_find_signals_puts_references_first_and_keeps_the_case_ids() -> None:
    a = case(d(2024), ref="R")
    b = case(d(2026), ref="R", department="Keuken")
    found = rules.find_signals([a, b], 2026, TODAY)
    assert found[0].kind is SignalKind.REPEATED_REFERENCE
    assert all(s.case_ids for s in found)
