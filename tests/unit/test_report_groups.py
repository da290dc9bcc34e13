"""Breakdowns printed in groups of related codes: chosen where they hide less, kept on re-issue,
counted per case, labelled in both languages, and as safe as the finer layout."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from tests.support.caseloads import ALWAYS_SET, Client, SimCase
from tests.support.disclosure_auditor import Auditor
from vp_desktop.domain import vocab
from vp_desktop.domain.report_groups import GROUP_LABELS, GROUPINGS, members_of
from vp_desktop.reports.data import check_label
from vp_desktop.services.annual_report.build import case_sections


def _case(relation: str = "colleague", support: tuple[str, ...] = ("listening",),
          **single: str) -> SimCase:  # fmt: skip
    values: dict[str, str | None] = {"relation": relation, "melder_role": "employee",
                                     "came_in_via": "self", "outcome": None}  # fmt: skip
    values.update(single)
    return SimCase(dt.date(2025, 3, 1), None, "unwanted_behaviour", ("bullying",), values,
                   support)  # fmt: skip


def _table(client: Client, key: str) -> dict[str, object]:
    report = client.published[-1]
    tables = {t["key"]: t for t in report["tables"]}  # type: ignore[index]
    return tables[key]  # type: ignore[no-any-return]


def _audit(client: Client) -> None:
    complete = set(ALWAYS_SET) & set(client.breakdowns) | {"track"}
    assert Auditor(client.published, complete).check() == []


def test_every_layout_counts_each_code_once() -> None:
    for key, layouts in GROUPINGS.items():
        for layout in layouts:
            codes = [c for members in layout.members.values() for c in members]
            assert sorted(codes) == sorted(vocab.ALL[key].codes), key


def test_group_labels_are_report_labels_in_both_languages() -> None:
    for labels in GROUP_LABELS.values():
        for term in labels:
            assert check_label(term.nl) and check_label(term.en)
            assert term.nl != term.en or term.nl in ("Mediator",)


def test_two_rare_relations_are_printed_as_their_group_instead_of_hidden() -> None:
    # Colleague 3 and subordinate 3 would both be "<5" and need a third figure hidden; as
    # "collega of ondergeschikte" they are one figure of 6, and the manager row shows 6.
    cases = [_case("colleague") for _ in range(3)] + [_case("subordinate") for _ in range(3)]
    cases += [_case("manager") for _ in range(6)]
    client = Client(cases)
    client.issue(2025, 5)
    relation = _table(client, "relation")
    rows = {r["code"]: r["display"] for r in relation["rows"]}  # type: ignore[attr-defined]
    assert rows == {"g_manager": "6", "g_colleague": "6", "g_other": "0"}
    assert relation["groups"]["g_colleague"] == ["colleague", "subordinate"]  # type: ignore[index]
    _audit(client)


def test_a_layout_that_hides_nothing_more_keeps_the_codes() -> None:
    cases = [_case("colleague") for _ in range(6)] + [_case("manager") for _ in range(6)]
    client = Client(cases)
    client.issue(2025, 5)
    relation = _table(client, "relation")
    assert "groups" not in relation
    codes = {r["code"] for r in relation["rows"]}  # type: ignore[attr-defined]
    assert codes == set(vocab.RELATIONS.codes)


def test_a_multi_valued_group_counts_cases_not_answers() -> None:
    # Each case had both listening and advice: 6 cases, 12 answers, and the group says 6.
    cases = [_case(support=("listening", "advice")) for _ in range(6)]
    cases += [_case(support=("listening", "informal_solution")) for _ in range(3)]
    cases += [_case(support=("listening", "formal_complaint")) for _ in range(3)]
    client = Client(cases)
    client.issue(2025, 5)
    support = _table(client, "support")
    rows = {r["code"]: r["value"] for r in support["rows"]}  # type: ignore[attr-defined]
    assert rows["g_listening"] == 12
    assert sum(v or 0 for v in rows.values()) < 2 * 12  # not the 24 answers
    _audit(client)


def test_a_reissue_repeats_a_grouped_table_that_did_not_change() -> None:
    # Formal complaint 3 and whistleblowing 3 would each be "<5": together, support with a
    # complaint or report is 6. One more case without support leaves that table as it was.
    cases = [_case() for _ in range(6)]
    cases += [_case(support=("formal_complaint",)) for _ in range(3)]
    cases += [_case(support=("whistleblowing",)) for _ in range(3)]
    client = Client(cases)
    client.issue(2025, 5)
    before = _table(client, "support")
    assert "g_formal" in before["groups"]  # type: ignore[operator]
    client.cases.append(_case(support=()))
    client.issue(2025, 5)
    assert _table(client, "support") == before
    _audit(client)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_report_names_the_groups_in_its_language(lang: vocab.Lang) -> None:
    cases = [_case("colleague") for _ in range(3)] + [_case("subordinate") for _ in range(3)]
    cases += [_case("manager") for _ in range(6)]
    sections = case_sections(Client(cases).protect(2025, 5), lang)
    table = next(t for t in sections["breakdowns"] if t.key == "relation")
    labels = {r.code: r.label for r in table.rows}
    assert labels["g_colleague"] == GROUP_LABELS["relation"].label("g_colleague", lang)
    assert dict(table.groups)["g_colleague"] == members_of("relation", "g_colleague")


def test_grouped_outcomes_stay_tied_to_the_closed_cases() -> None:
    closed = [dataclasses.replace(_case(outcome=o), closed=dt.date(2025, 9, 1))
              for o in ("resolved_informally",) * 3 + ("behaviour_stopped",) * 3]  # fmt: skip
    client = Client([*closed, *(_case() for _ in range(6))])
    client.issue(2025, 5)
    outcome = _table(client, "outcome")
    rows = {r["code"]: r["display"] for r in outcome["rows"]}  # type: ignore[attr-defined]
    assert rows["g_resolved"] == "6"
    _audit(client)


def test_the_list_of_changes_before_a_reissue_names_a_group_by_its_label() -> None:
    from vp_desktop.services.annual_report.export import _names

    assert _names("relation", "g_colleague", "nl") == (
        "Relatie beklaagde tot melder",
        "Collega of ondergeschikte",
    )
    assert _names("outcome", "g_resolved", "en")[1] == "Resolved or behaviour stopped"
