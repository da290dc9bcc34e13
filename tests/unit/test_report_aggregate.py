"""Aggregation of one client-year into the annual-report data, with disclosure control."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from tests.support.report_fixture import TODAY, YEAR, add_client, populate_known_client
from vp_desktop.reports.data import AnnualReport, Row, Table
from vp_desktop.services import settings as settings_service
from vp_desktop.services.annual_report.build import build_annual_report
from vp_desktop.services.casework import case_list, cases
from vp_desktop.services.errors import NotFound
from vp_desktop.store.vault import Vault


def _report(vault: Vault, client_id: int, year: int = YEAR, **kwargs: object) -> AnnualReport:
    with vault.session() as session:
        return build_annual_report(session, client_id, year, today=TODAY, **kwargs)  # type: ignore[arg-type]


@pytest.fixture
def acme(vault: Vault) -> int:
    with vault.transaction() as session:
        return populate_known_client(session)


def _displays(table: Table) -> dict[str, str]:
    return {row.code: row.display for row in table.rows}


def _breakdown(report: AnnualReport, key: str) -> Table:
    return next(t for t in report.breakdowns if t.key == key)


def test_key_figures_follow_the_definitions(vault: Vault, acme: int) -> None:
    report = _report(vault, acme)
    assert report.total_cases.value == 16
    assert not report.below_threshold
    assert report.intake is not None and report.closure is not None
    assert _displays(report.intake) == {"new": "10", "carried_over": "6"}
    assert _displays(report.closure) == {"closed": "10", "open_at_year_end": "6"}
    time = {row.code: row.value for row in report.time.rows}
    assert time == {
        "contacts": 32,
        "case_work_minutes": 32 * 60,
        "activity_minutes": 180,
        "total_minutes": 32 * 60 + 180,
    }
    assert report.time.row("total_minutes").display == "35 u"


def test_small_cells_are_hidden_with_secondary_suppression(vault: Vault, acme: int) -> None:
    report = _report(vault, acme)
    track = _displays(_breakdown(report, "track"))
    assert track == {"unwanted_behaviour": "x", "integrity": "<5", "outside_scope": "0"}
    categories = _breakdown(report, "category")
    assert not categories.additive
    assert _displays(categories)["bullying"] == "x"
    assert _displays(categories)["fraud"] == "<5"
    # The outcomes in groups: "resolved informally" and "behaviour stopped" (x and <5 as
    # separate rows) are one row of 10, and nothing of the table is hidden.
    outcome = _displays(_breakdown(report, "outcome"))
    assert outcome == {"g_resolved": "10", "g_formal": "0", "g_referred": "0", "g_ended": "0",
                       "g_other": "0"}  # fmt: skip
    assert _displays(_breakdown(report, "relation"))["colleague"] == "16"
    roles = _displays(_breakdown(report, "melder_role"))
    assert (roles["employee"], roles["manager"]) == ("11", "5")
    # Two cases without "came in via": how many went unrecorded is no count of melders, so
    # "self" may show although the remainder of 2 follows from it.
    assert _displays(_breakdown(report, "came_in_via"))["self"] == "14"


def test_every_hidden_row_has_no_value_and_nothing_below_k_is_shown(
    vault: Vault, acme: int
) -> None:
    report = _report(vault, acme)
    for table in report.breakdowns:
        for row in table.rows:
            assert (row.value is None) == (row.display in {"<5", "x"})
            assert row.value is None or row.value == 0 or row.value >= 5


def test_breakdown_order_follows_the_domain_and_gender_age_only_when_enabled(
    vault: Vault, acme: int
) -> None:
    keys = [t.key for t in _report(vault, acme).breakdowns]
    assert keys == [
        "track", "category", "relation", "melder_role", "came_in_via", "support", "referral",
        "outcome",
    ]  # fmt: skip
    with vault.transaction() as session:
        settings_service.update(session, report_gender=True, report_age=True)
    keys = [t.key for t in _report(vault, acme).breakdowns]
    assert "gender" in keys and "age_band" in keys


def test_the_threshold_setting_is_respected(vault: Vault, acme: int) -> None:
    with vault.transaction() as session:
        settings_service.update(session, disclosure_threshold=3)
    report = _report(vault, acme)
    assert report.threshold == 3
    track = _displays(_breakdown(report, "track"))
    assert track == {"unwanted_behaviour": "12", "integrity": "4", "outside_scope": "0"}
    with vault.transaction() as session:
        settings_service.update(session, disclosure_threshold=7)
    report = _report(vault, acme)
    assert report.intake is not None
    assert _displays(report.intake) == {"new": "10", "carried_over": "x"} or (
        report.intake.row("carried_over").display == "<7"
    )
    assert _displays(_breakdown(report, "melder_role"))["manager"] == "<7"


def test_a_year_with_fewer_than_k_cases_has_no_breakdowns(vault: Vault) -> None:
    with vault.transaction() as session:
        client_id = add_client(session, "KLEIN", "Klein Bedrijf")
        for day in (1, 2, 3):
            data = cases.CaseData(dt.date(YEAR, 5, day), "unwanted_behaviour", ["bullying"])
            cases.create_case(session, client_id, data, today=TODAY)
    report = _report(vault, client_id)
    assert report.below_threshold
    assert report.total_cases.value is None and report.total_cases.display == "<5"
    assert report.intake is None and report.closure is None
    assert report.breakdowns == () and report.withheld == ()
    assert "contacts" not in {row.code for row in report.time.rows}
    # The trend's current year is protected like the total.
    assert report.trend[-1].handled.display == "<5"


def test_purged_cases_still_count(vault: Vault, acme: int) -> None:
    with vault.session() as session:
        purged = [c for c in case_list.list_cases(session, acme) if c.purged]
    assert len(purged) == 1
    assert _report(vault, acme).total_cases.value == 16


def test_trend_covers_years_with_cases_up_to_five(vault: Vault, acme: int) -> None:
    trend = _report(vault, acme).trend
    assert [t.year for t in trend] == [2024, 2025]
    assert trend[-1].handled.value == 16 and trend[-1].new.value == 10
    # 2024: the six cases opened in October and the one closed in June, all new that year.
    # Shown, 7 handled in 2024 and 6 carried over into 2025 would give "one case closed in
    # 2024" exactly, so the earlier year's figures are hidden instead of this year's.
    assert (trend[0].new.display, trend[0].handled.display) == ("x", "x")
    with vault.transaction() as session:
        settings_service.update(session, disclosure_threshold=7)
    trend = _report(vault, acme).trend
    assert (trend[0].new.display, trend[0].handled.display) == ("7", "7")


def test_activities_are_listed_without_their_descriptions(vault: Vault, acme: int) -> None:
    report = _report(vault, acme)
    assert [(a.kind, a.on, a.minutes) for a in report.activities] == [
        ("information_session", dt.date(YEAR, 4, 2), 90),
        ("annual_meeting", dt.date(YEAR, 11, 5), 90),
    ]
    assert "description" not in {f.name for f in dataclasses.fields(report.activities[0])}


def test_professional_development_of_the_year(vault: Vault, acme: int) -> None:
    development = _report(vault, acme).development
    assert {r.code: r.value for r in development.hours.rows} == {
        "course": 480,
        "intervision": 480,
    }
    assert development.intervision_sessions == 4
    yearly = development.rule_sets[0]
    assert yearly.complete
    assert (yearly.period_start, yearly.period_end) == (dt.date(YEAR, 1, 1), dt.date(YEAR, 12, 31))


def test_english_labels(vault: Vault, acme: int) -> None:
    report = _report(vault, acme, lang="en")
    assert _breakdown(report, "track").title == "Track"
    assert report.intake is not None and report.intake.row("new").label == "New cases"
    assert report.time.row("total_minutes").display == "35 h"


def test_an_unknown_client_is_not_found(vault: Vault) -> None:
    with vault.session() as session, pytest.raises(NotFound):
        build_annual_report(session, 999, YEAR)


@pytest.mark.parametrize(
    ("label", "display", "value"),
    [
        ("Jan Jansen is gepest", "3", 3),  # free text as a label
        ("Pesten", "Jan Jansen", 3),  # free text as a display
        ("Pesten", "Jan", None),  # free text as a hidden marker
    ],
)
def test_report_rows_refuse_anything_but_labels_and_figures(
    label: str, display: str, value: int | None
) -> None:
    with pytest.raises(ValueError):
        Row("bullying", label, value, display)
