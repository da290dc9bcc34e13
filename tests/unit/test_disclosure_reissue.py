"""Re-issuing a year: unchanged data publish exactly what was published; one more case touches
only the tables whose figures changed; a zero stays a zero."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path
from typing import Any

from tests.support.caseloads import ALWAYS_SET, Client, SimCase, facts_of
from tests.support.disclosure_auditor import Auditor
from tests.support.report_fixture import _case as add_case
from vp_desktop.domain.report_groups import members_of
from vp_desktop.reports.data import AnnualReport
from vp_desktop.services.annual_report.export import export_annual_report, reissue_changes
from vp_desktop.services.annual_report.figures import OMITTED_MARKER
from vp_desktop.services.clients import clients
from vp_desktop.services.demo.practice_vault import DemoSpec, populate_demo
from vp_desktop.store.vault import Vault

TODAY = dt.date(2026, 3, 1)


def _tables(report: dict[str, Any]) -> dict[str, Any]:
    return {t["key"]: t for t in report["tables"]}


def test_exporting_an_unchanged_year_again_publishes_the_same_report(
    vault: Vault, tmp_path: Path
) -> None:
    with vault.transaction() as session:
        populate_demo(session, DemoSpec(clients=4, today=TODAY))
    with vault.session() as session:
        ids = [c.id for c in clients.list_clients(session)]
    merged = 0
    for client_id in ids:
        first, second = tmp_path / f"{client_id}-1.json", tmp_path / f"{client_id}-2.json"
        with vault.transaction() as session:
            export_annual_report(session, client_id, 2025, first, "json", today=TODAY,
                                 accept_identifier_warnings=True)  # fmt: skip
        with vault.session() as session:
            assert reissue_changes(session, client_id, 2025) == []
        with vault.transaction() as session:
            export_annual_report(session, client_id, 2025, second, "json", today=TODAY,
                                 accept_identifier_warnings=True)  # fmt: skip
        before, after = json.loads(first.read_bytes()), json.loads(second.read_bytes())
        assert after == before
        merged += sum(1 for t in before["tables"] if t.get("merged"))
    assert merged  # the layout with merged rows, which a re-issue used to lose, was tested


def test_the_changes_of_a_changed_year_never_turn_a_zero_into_a_dash(
    vault: Vault, tmp_path: Path
) -> None:
    with vault.transaction() as session:
        populate_demo(session, DemoSpec(clients=2, today=TODAY))
    with vault.session() as session:
        client_id = clients.list_clients(session)[0].id
    with vault.transaction() as session:
        export_annual_report(session, client_id, 2025, tmp_path / "r.json", "json", today=TODAY,
                             accept_identifier_warnings=True)  # fmt: skip
        add_case(session, client_id, opened=dt.date(2025, 5, 1))
    with vault.session() as session:
        changes = reissue_changes(session, client_id, 2025)
    assert changes  # one more case: something changes
    assert not [c for c in changes if c.before == "0" and c.after == OMITTED_MARKER]
    for change in changes:
        if not change.code:  # a table left out as a whole is named once
            assert (change.before, change.after) == ("getoond", "weggelaten")
            assert not [c for c in changes if c.table == change.table and c.code]


def _case(track: str = "unwanted_behaviour", category: str = "bullying", **single: Any) -> SimCase:
    values: dict[str, str | None] = {"relation": "colleague", "melder_role": "employee",
                                     "gender": "female", "age_band": "25_34",
                                     "came_in_via": "self", "outcome": None}  # fmt: skip
    values.update(single)
    support = ("listening",)
    return SimCase(dt.date(2025, 3, 1), None, track, (category,), values, support, ("hr",))


def _caseload() -> list[SimCase]:
    cases = [_case() for _ in range(14)]
    cases += [_case(category="sexual_harassment"), _case(category="discrimination")]
    cases += [_case("integrity", "fraud", melder_role="manager") for _ in range(6)]
    # Rare ways in, printed together in the "other" row.
    for way, n in (("hr", 2), ("manager", 2), ("occupational_physician", 1)):
        cases += [_case(came_in_via=way, relation="manager") for _ in range(n)]
    return cases


def _rows(report: AnnualReport) -> dict[str, dict[str, str]]:
    return {t.key: {r.code: r.display for r in t.rows} for t in report.breakdowns}


def test_one_more_case_touches_only_the_tables_whose_figures_changed() -> None:
    client = Client(_caseload())
    before = client.issue(2025, 5)
    # No way in, no support, no referral: those tables keep their figures.
    extra = dataclasses.replace(_case(came_in_via=None), support=(), referral=())
    client.cases.append(extra)
    after = client.issue(2025, 5)
    rows_before, rows_after = _rows(before), _rows(after)
    assert before.total_cases.display != after.total_cases.display
    for key in ("came_in_via", "support", "referral"):
        assert rows_after[key] == rows_before[key], key
    # The ways in are printed in groups (the rare ones as separate rows would narrow each
    # other); the re-issue keeps every layout as issued.
    assert dict(next(t for t in before.breakdowns if t.key == "came_in_via").groups)
    assert {t.key: (t.merged, t.groups) for t in after.breakdowns if t.key in rows_before} == {
        t.key: (t.merged, t.groups) for t in before.breakdowns if t.key in rows_after
    }
    complete = set(ALWAYS_SET) & set(client.breakdowns) | {"track"}
    assert Auditor(client.published, complete).check() == []


def test_a_zero_is_never_shown_as_a_dash() -> None:
    client = Client(_caseload())
    client.issue(2025, 5)
    client.cases.append(_case())
    client.issue(2025, 5)
    client.issue(2025, 5)
    facts = facts_of(client.cases, 2025)
    zeros = 0
    for report in client.published:
        for table in _tables(report).values():
            for row in table["rows"]:
                if row["code"] in table.get("merged", {}):
                    continue  # holds the rare figures of other rows too
                true = _true_count(facts, table["key"], row["code"])
                if true == 0:
                    zeros += 1
                    assert row["display"] == "0" != OMITTED_MARKER, (table["key"], row)
    assert zeros


def _true_count(facts: Any, table: str, code: str) -> int | None:
    if code.startswith("g_"):  # a group of codes
        members = set(members_of(table, code))
        if table in facts.codes:
            return sum(n for codes, n in facts.combinations[table].items() if codes & members)
        return sum(1 for c in facts.cases if c.single[table] in members)
    if table in facts.codes:
        return int(facts.codes[table][code])
    if table in ("relation", "melder_role", "gender", "age_band", "came_in_via"):
        return sum(1 for c in facts.cases if c.single[table] == code)
    return None
