"""Signals, advice and the jaarplan against a real vault: scoped per client, purged references
gone, follow-ups for the dashboard, plan against realisation for the report, and the CLI."""

from __future__ import annotations

import datetime as dt
import io
import json
import sys
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from vp_desktop.cli import main
from vp_desktop.cli.common import EXIT_INVALID
from vp_desktop.services.activities import activities
from vp_desktop.services.activities.activities import ActivityData
from vp_desktop.services.caseload_io import caseload_rows, import_caseload, read_caseload
from vp_desktop.services.casework import cases
from vp_desktop.services.clients import clients
from vp_desktop.services.data_safety import retention
from vp_desktop.services.errors import NotFound, ValidationError
from vp_desktop.services.signals import SignalKind, client_signals
from vp_desktop.services.signals import advice as advice_service
from vp_desktop.services.signals import plan as plan_service
from vp_desktop.services.signals.advice import AdviceData
from vp_desktop.services.signals.plan import PlanItemData
from vp_desktop.services.signals.report_parts import plan_report
from vp_desktop.store.vault import Vault

TODAY = dt.date(2026, 11, 24)


def _case(
    session, client_id: int, opened_on: dt.date, ref: str | None, *, closed: bool = False
) -> int:
    data = cases.CaseData(
        opened_on=opened_on,
        track="unwanted_behaviour",
        categories=["bullying"],
        respondent_ref=ref,
        department="Keuken",
        support=["listening"],
        closed_on=opened_on + dt.timedelta(days=20) if closed else None,
        outcome="resolved_informally" if closed else None,
    )
    return cases.create_case(session, client_id, data, today=TODAY).id


@pytest.fixture
def two_clients(vault: Vault) -> tuple[int, int]:
    with vault.transaction() as s:
        a = clients.create_client(s, clients.ClientData(code="ACME", name="Acme")).id
        b = clients.create_client(s, clients.ClientData(code="BETA", name="Beta")).id
    return a, b


def test_another_clients_signals_never_appear(vault: Vault, two_clients: tuple[int, int]) -> None:
    a, b = two_clients
    with vault.transaction() as s:
        _case(s, a, dt.date(2026, 2, 1), "De kok")
        for month in (3, 4, 5):
            _case(s, b, dt.date(2026, month, 1), "De kok")
    with vault.session() as s:
        of_a = client_signals(s, a, 2026, TODAY)
        of_b = client_signals(s, b, 2026, TODAY)
    assert of_a.client_code == "ACME"
    assert [s.kind for s in of_a.signals] == []  # one case of A: no repeat, no hotspot
    kinds = {s.kind for s in of_b.signals}
    assert {SignalKind.REPEATED_REFERENCE, SignalKind.HOTSPOT} <= kinds
    b_numbers = {n for s in of_b.signals for n in s.case_numbers}
    assert b_numbers and all(n.startswith("BETA-") for n in b_numbers)
    with vault.session() as s, pytest.raises(NotFound):
        client_signals(s, 999, 2026, TODAY)


def test_a_reference_purged_with_its_case_ends_the_signal(
    vault: Vault, two_clients: tuple[int, int]
) -> None:
    a, _ = two_clients
    with vault.transaction() as s:
        old = _case(s, a, dt.date(2024, 1, 10), "J.K.", closed=True)
        _case(s, a, dt.date(2026, 1, 10), "jk")
    with vault.session() as s:
        (signal,) = [x for x in client_signals(s, a, 2026, TODAY).signals]
        assert signal.kind is SignalKind.REPEATED_REFERENCE and old in signal.case_ids
    retention.purge_cases(vault, [(a, old)])
    with vault.session() as s:
        assert cases.get_case(s, a, old).respondent_ref is None
        assert client_signals(s, a, 2026, TODAY).signals == ()


def test_the_reference_is_an_identifying_column_of_the_caseload(
    vault: Vault, two_clients: tuple[int, int], tmp_path: Path
) -> None:
    a, _ = two_clients
    with vault.transaction() as s:
        _case(s, a, dt.date(2026, 1, 10), "Hoofd inkoop")
    with vault.session() as s:
        columns, rows, _ = caseload_rows(s, a)
        assert "respondent_ref" not in [c.name for c in columns]
        columns, rows, _ = caseload_rows(s, a, with_identifying=True)
        assert rows[0][[c.name for c in columns].index("respondent_ref")] == "Hoofd inkoop"
    sheet = tmp_path / "in.csv"
    sheet.write_text(
        "opdrachtgever;geopend;spoor;onderwerp;beklaagde\n"
        "ACME;01-02-2026;oo;pesten;T.L. nachtdienst\n",
        encoding="utf-8",
    )
    with vault.transaction() as s:
        import_caseload(s, read_caseload(sheet), today=TODAY)
    with vault.session() as s:
        columns, rows, _ = caseload_rows(s, a, with_identifying=True)
        index = [c.name for c in columns].index("respondent_ref")
        assert sorted(r[index] for r in rows) == ["Hoofd inkoop", "T.L. nachtdienst"]


def test_a_reference_longer_than_a_short_tag_is_refused(
    vault: Vault, two_clients: tuple[int, int]
) -> None:
    a, _ = two_clients
    with vault.transaction() as s, pytest.raises(ValidationError) as info:
        _case(s, a, dt.date(2026, 1, 10), "x" * 101)
    assert info.value.for_field("respondent_ref")


def test_advice_log_follow_ups_for_the_dashboard(
    vault: Vault, two_clients: tuple[int, int]
) -> None:
    a, b = two_clients
    with vault.transaction() as s:
        due = advice_service.add_advice(
            s,
            a,
            AdviceData(dt.date(2026, 10, 1), "culture", "Teamsessies", True, dt.date(2026, 11, 30)),
        ).id
        advice_service.add_advice(
            s, b, AdviceData(dt.date(2026, 10, 1), "policy", "Gedragscode", False)
        )
        done = advice_service.add_advice(
            s,
            b,
            AdviceData(dt.date(2026, 9, 1), "policy", "Herzien", False, dt.date(2026, 10, 1), True),
        ).id
        far = AdviceData(dt.date(2026, 9, 1), "policy", "Later", False, dt.date(2027, 3, 1))
        advice_service.add_advice(s, b, far)
    with vault.session() as s:
        follow_ups = advice_service.due_follow_ups(s, TODAY)
        assert [(f.client_code, f.advice_id, f.theme) for f in follow_ups] == [
            ("ACME", due, "culture")
        ]
        assert [e.id for e in advice_service.list_advice(s, a)] == [due]
        with pytest.raises(NotFound):
            advice_service.get_advice(s, a, done)  # another client's advice
    with vault.transaction() as s, pytest.raises(ValidationError) as info:
        advice_service.add_advice(
            s, a, AdviceData(dt.date(2026, 10, 1), "nonsense", " ", False, dt.date(2026, 9, 1))
        )
    fields = {p.field for p in info.value.problems}
    assert fields == {"theme", "summary", "follow_up_on"}


def test_plan_against_realisation_and_next_year(vault: Vault, two_clients: tuple[int, int]) -> None:
    a, b = two_clients
    with vault.transaction() as s:
        training = plan_service.add_plan_item(
            s, a, PlanItemData(2026, "manager_training", dt.date(2026, 5, 1), "Teamleiders")
        ).id
        plan_service.add_plan_item(s, a, PlanItemData(2026, "annual_meeting", None, "Jaargesprek"))
        plan_service.add_plan_item(s, a, PlanItemData(2027, "information_session"))
        held = activities.add_activity(
            s, a, ActivityData("manager_training", dt.date(2026, 5, 12), 120)
        ).id
        extra = activities.add_activity(
            s, a, ActivityData("partner_consultation", dt.date(2026, 6, 1), 60)
        ).id
        last_year = activities.add_activity(
            s, a, ActivityData("manager_training", dt.date(2025, 5, 12), 60)
        ).id
        other_client = activities.add_activity(
            s, b, ActivityData("manager_training", dt.date(2026, 5, 12), 60)
        ).id
        plan_service.link_activity(s, a, training, held)
        advice_service.add_advice(s, a, AdviceData(dt.date(2026, 3, 1), "culture", "x", True))
        advice_service.add_advice(s, a, AdviceData(dt.date(2026, 4, 1), "culture", "y", False))
        advice_service.add_advice(s, a, AdviceData(dt.date(2025, 4, 1), "policy", "z", False))
    with vault.transaction() as s:
        with pytest.raises(ValidationError):
            plan_service.link_activity(s, a, training, last_year)
        with pytest.raises(NotFound):
            plan_service.link_activity(s, a, training, other_client)
        with pytest.raises(ValidationError):
            plan_service.add_plan_item(s, a, PlanItemData(2026, "other", dt.date(2027, 1, 5)))
    with vault.session() as s:
        assert plan_service.planned_activity_ids(s, a) == {held}
        part = plan_report(s, a, 2026, "nl", dt.date(2027, 1, 10))
    assert [(p.kind, p.done_on) for p in part.planned] == [
        ("Training leidinggevenden", dt.date(2026, 5, 12)),
        ("Jaargesprek", None),
    ]
    assert part.done == 1 and part.year_over
    assert [u.occurred_on for u in part.unplanned] == [dt.date(2026, 6, 1)]
    assert [p.kind for p in part.next_year] == ["Voorlichting"]
    assert [(t.theme, t.solicited, t.unsolicited) for t in part.advice] == [
        ("Cultuur en omgangsvormen", 1, 1)
    ]
    # Deleting the activity held makes the planned item open again.
    with vault.transaction() as s:
        activities.delete_activity(s, a, held)
    with vault.session() as s:
        assert plan_service.planned_activity_ids(s, a) == set()
        assert extra not in plan_service.planned_activity_ids(s, a)


def test_cli_prints_the_same_signals_as_json(
    vault: Vault,
    vault_path: Path,
    two_clients: tuple[int, int],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    a, _ = two_clients
    with vault.transaction() as s:
        first = _case(s, a, dt.date(2026, 1, 10), "De kok")
        second = _case(s, a, dt.date(2026, 2, 10), "de kok")
        numbers = [cases.get_case(s, a, i).number for i in (first, second)]
    vault.close()
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASSPHRASE + "\n"))
    args = ["signals", "--db", str(vault_path), "--client", "acme", "--year", "2026"]
    assert main([*args, "--format", "json", "--passphrase-stdin"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed["client"] == "ACME"
    (signal,) = printed["signals"]
    assert signal["kind"] == "repeated_reference" and signal["case_numbers"] == numbers
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASSPHRASE + "\n"))
    assert main([*args, "--passphrase-stdin"]) == 0
    out = capsys.readouterr().out
    assert "[Dezelfde beklaagde] Beklaagde “de kok” komt voor in 2 casussen" in out
    assert numbers[0] in out
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASSPHRASE + "\n"))
    unknown = ["signals", "--db", str(vault_path), "--client", "NOPE", "--passphrase-stdin"]
    assert main(unknown) == EXIT_INVALID
    assert "client not found" in capsys.readouterr().err


def test_a_reference_in_the_report_texts_is_flagged_as_identifying(
    vault: Vault, two_clients: tuple[int, int]
) -> None:
    from vp_desktop.services.annual_report import identifiers, report_texts

    a, _ = two_clients
    with vault.transaction() as s:
        _case(s, a, dt.date(2026, 1, 10), "Qxteamleider Nachtdienst")
    texts = report_texts.ReportTexts("", "Veel meldingen over qxteamleider nachtdienst.")
    with vault.session() as s:
        hits = identifiers.find_identifiers(s, a, texts)
    assert {source.field for hit in hits for source in hit.sources} == {"respondent_ref"}


def test_a_reference_from_long_ago_still_counts(vault: Vault, two_clients: tuple[int, int]) -> None:
    a, _ = two_clients
    with vault.transaction() as s:
        old = _case(s, a, dt.date(2019, 5, 1), "Hoofd keuken")
        _case(s, a, dt.date(2019, 6, 1), None)  # outside every comparison: not read at all
        new = _case(s, a, dt.date(2026, 5, 1), "hoofd keuken")
    with vault.session() as s:
        (signal,) = client_signals(s, a, 2026, TODAY).signals
    assert signal.case_ids == (old, new)
    assert signal.cases[0].opened_on == dt.date(2019, 5, 1)
    assert signal.cases[0].support == ("listening",) and signal.cases[0].categories == ("bullying",)


def test_the_handover_workbook_keeps_text_as_text_and_never_touches_a_temporary_folder(
    vault: Vault, two_clients: tuple[int, int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tempfile

    from openpyxl import load_workbook

    from vp_desktop.services.signals.handover import export_handover

    a, _ = two_clients
    summary = '=HYPERLINK("http://x")\x01'
    with vault.transaction() as s:
        advice_service.add_advice(s, a, AdviceData(dt.date(2026, 10, 1), "culture", summary))

    # Any temporary file (openpyxl's writer puts each sheet in one) would fail in a missing folder.
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "no-such-folder"))
    target = tmp_path / "overdracht.xlsx"
    with vault.session() as s:
        export_handover(s, a, target)
    monkeypatch.undo()
    advice = load_workbook(target)["Adviezen"]
    assert [c.value for c in advice[1]][:4] == ["Datum", "Gevraagd", "Thema", "Advies"]
    assert advice["D2"].value == '=HYPERLINK("http://x")' and advice["D2"].data_type == "s"
    assert (
        advice["A2"].value == dt.datetime(2026, 10, 1)
        and advice["A2"].number_format == "DD-MM-YYYY"
    )
