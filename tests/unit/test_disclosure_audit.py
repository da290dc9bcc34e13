"""The disclosure guarantee, checked by an exact reader who has every report of a client.

For random caseloads over three years and k = 3, 5 and 10, every report a client receives goes
through the real protection and json; the independent auditor (`tests.support.
disclosure_auditor`) then looks for any hidden or unpublished figure whose claimed range it can
narrow. The default run is bounded (a few dozen caseloads); set VP_AUDIT_EXAMPLES for more.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from tests.support.caseloads import ALWAYS_SET, Client, SimCase, sim_case
from tests.support.disclosure_auditor import Auditor

EXAMPLES = int(os.environ.get("VP_AUDIT_EXAMPLES", "30"))
_settings = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    derandomize=True,
    # No shrinking: a failure is printed as found, rather than minutes later.
    phases=[Phase.explicit, Phase.generate],
)
caseloads = st.lists(sim_case(), min_size=0, max_size=28)


def _audit(client: Client) -> None:
    complete = set(ALWAYS_SET) & set(client.breakdowns) | {"track"}
    violations = Auditor(client.published, complete).check()
    assert violations == []


@_settings
@given(cases=caseloads, k=st.sampled_from((3, 5, 10)))
def test_three_years_in_a_row_leave_every_hidden_figure_its_whole_range(
    cases: list[SimCase], k: int
) -> None:
    client = Client(cases)
    for year in (2024, 2025, 2026):
        client.issue(year, k)
    _audit(client)


@_settings
@given(cases=caseloads)
def test_lowering_k_between_years_republishes_nothing(cases: list[SimCase]) -> None:
    client = Client(cases)
    client.issue(2024, 10)
    client.issue(2025, 5)
    client.issue(2026, 3)
    _audit(client)


@_settings
@given(cases=caseloads, extra=sim_case(years=(2025,)), k=st.sampled_from((3, 5)))
def test_a_year_reissued_after_one_more_case_reveals_no_small_difference(
    cases: list[SimCase], extra: SimCase, k: int
) -> None:
    client = Client(cases)
    client.issue(2024, k)
    client.issue(2025, k)
    client.cases.append(extra)
    client.issue(2025, k)
    client.issue(2026, k)
    _audit(client)


@_settings
@given(cases=caseloads, k=st.sampled_from((3, 5)))
def test_gender_and_age_breakdowns_never_describe_every_melder(
    cases: list[SimCase], k: int
) -> None:
    client = Client(cases, ("relation", "melder_role", "gender", "age_band", "outcome"))
    for year in (2025, 2026):
        client.issue(year, k)
    _audit(client)


def _case(year: int, track: str = "unwanted_behaviour", category: str = "bullying",
          closed: bool = False, **single: str) -> SimCase:  # fmt: skip
    values: dict[str, str | None] = {"relation": "colleague", "melder_role": "employee",
                                     "gender": "female", "age_band": "25_34",
                                     "came_in_via": "self", "outcome": None}  # fmt: skip
    values.update(single)
    if closed:
        values["outcome"] = values["outcome"] or "resolved_informally"
    return SimCase(dt.date(year, 3, 1), dt.date(year, 9, 1) if closed else None, track,
                   (category,), values)  # fmt: skip


@pytest.mark.parametrize("k", [3, 5, 10])
def test_a_client_with_exactly_k_cases(k: int) -> None:
    client = Client([_case(2025) for _ in range(k)], ("relation", "gender", "age_band", "outcome"))
    client.issue(2025, k)
    client.issue(2026, k)
    _audit(client)


def test_one_dominant_category_and_a_single_rare_case() -> None:
    cases = [_case(2025) for _ in range(14)]
    cases.append(_case(2025, "integrity", "fraud"))
    cases += [_case(2025, "outside_scope", "work_pressure") for _ in range(6)]
    client = Client(cases)
    report = client.issue(2025, 5)
    _audit(client)
    assert report.total_cases.value == 21
    category = next(t for t in report.breakdowns if t.key == "category")
    assert category.row("fraud").display == "<5"


def test_one_closed_case_is_not_derivable_from_the_next_year() -> None:
    cases = [_case(2025) for _ in range(11)] + [_case(2025, closed=True)]
    client = Client(cases)
    client.issue(2025, 5)
    client.issue(2026, 5)
    _audit(client)


def test_homogeneous_small_year_withholds_the_sensitive_breakdowns() -> None:
    client = Client([_case(2025) for _ in range(5)], ("relation", "gender", "age_band", "outcome"))
    report = client.issue(2025, 5)
    keys = {t.key for t in report.breakdowns}
    assert not keys & {"relation", "gender", "age_band"}
    assert len(report.withheld) >= 3


def test_the_auditor_finds_the_old_cross_year_leak() -> None:
    """The auditor is not blind: a 2025 closed "<5" next to the 2026 trend and carried over."""
    first = {"client": "A", "year": 2025, "threshold": 5,
             "total_cases": {"value": 12, "display": "12"},
             "tables": [{"key": "closure", "rows": [
                 {"code": "closed", "value": None, "display": "<5"},
                 {"code": "open_at_year_end", "value": None, "display": "x"}]}]}  # fmt: skip
    second = {"client": "A", "year": 2026, "threshold": 5,
              "total_cases": {"value": 14, "display": "14"},
              "tables": [{"key": "intake", "rows": [
                  {"code": "new", "value": 4 + 0, "display": "4"},
                  {"code": "carried_over", "value": 10, "display": "10"}]}]}  # fmt: skip
    violations = Auditor([first, second], {"track"}).check()
    assert any(v.cell == (2025, "key", "closed") for v in violations)


def test_a_changed_k_keeps_earlier_markers_in_the_trend() -> None:
    cases = [_case(2024) for _ in range(3)] + [_case(2025) for _ in range(9)]
    client = Client(cases)
    client.issue(2024, 5)
    later = client.issue(2025, 3)
    year_2024 = next(y for y in later.trend if y.year == 2024)
    assert year_2024.handled.display == "<5"
    _audit(client)


def test_reissue_keeps_hidden_what_was_hidden() -> None:
    # Contractors: their group ("inhuur, ... of anders") is as rare as they are, so the table
    # keeps its own codes (a tie keeps the finer layout) and the re-issue keeps that layout.
    cases = [_case(2025) for _ in range(12)] + [_case(2025, melder_role="contractor")] * 4
    client = Client(cases)
    before = client.issue(2025, 5)
    client.cases.append(_case(2025, melder_role="contractor"))
    after = client.issue(2025, 5)
    role = {t.key: t for t in before.breakdowns}["melder_role"]
    assert role.row("contractor").display == "<5"
    role_after = {t.key: t for t in after.breakdowns}.get("melder_role")
    assert role_after is None or role_after.row("contractor").value is None
    _audit(client)


def test_property_runs_count_what_they_check() -> None:
    """A fixed caseload, to make sure the audit sees hidden cells at all (cannot pass empty)."""
    cases = [dataclasses.replace(_case(2025), track="integrity", categories=("fraud",))] * 2
    cases += [_case(2025) for _ in range(10)]
    client = Client(cases)
    client.issue(2025, 5)
    assert client.hidden_cells > 0
    _audit(client)
