"""Offboarding a client: everything exported to a folder, then nothing of the client left in the
vault file (proved on the decrypted pages), while the other clients keep everything."""

from __future__ import annotations

import datetime as dt
import stat
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from tests.support.audit_log import audit_entries
from tests.support.sqlcipher_pages import plaintext_of_vault
from vp_desktop.services.activities import activities
from vp_desktop.services.annual_report import report_texts
from vp_desktop.services.casework import attachments, cases, contacts
from vp_desktop.services.clients import clients
from vp_desktop.services.data_safety import offboarding
from vp_desktop.services.errors import ValidationError
from vp_desktop.services.signals import advice, plan
from vp_desktop.store.errors import LocationUnwritable
from vp_desktop.store.models import Activity, AdviceEntry, Attachment, Case, Contact, PlanItem
from vp_desktop.store.vault import Vault

TODAY = dt.date(2026, 6, 1)
LEAVING = {
    "client_name": "qxvertrekkendbedrijf",
    "contact_person": "qxcontactpersoon",
    "melder_name": "qxmeldervertrek",
    "notes": "qxcasusnotitie",
    "open_notes": "qxlopendenotitie",
    "contact_notes": "qxgesprekvertrek",
    "attachment": "qxbijlagevertrek",
    "activity": "qxtrainingvertrek",
    "report_text": "qxjaarverslagtekst",
    "respondent_ref": "qxbeklaagdevertrek",
    "advice": "qxadviesvertrek",
    "plan": "qxjaarplanvertrek",
}
STAYING = {
    "client_name": "zqblijvendbedrijf",
    "notes": "zqblijvendenotitie",
    "activity": "zqblijvendetraining",
}


def _populate(vault: Vault) -> tuple[int, int]:
    with vault.transaction() as s:
        leaving = clients.create_client(
            s,
            clients.ClientData(
                code="ACME",
                name=f"Acme {LEAVING['client_name']}",
                contact_name=LEAVING["contact_person"],
            ),
        )
        closed = cases.create_case(
            s,
            leaving.id,
            cases.CaseData(
                opened_on=dt.date(2024, 11, 4),
                closed_on=dt.date(2025, 2, 1),
                outcome="referred",
                track="unwanted_behaviour",
                categories=["bullying"],
                melder_name=LEAVING["melder_name"],
                respondent_ref=LEAVING["respondent_ref"],
                notes=LEAVING["notes"],
            ),
            today=TODAY,
        )
        contacts.add_contact(
            s,
            leaving.id,
            closed.id,
            contacts.ContactData(dt.date(2024, 11, 4), 45, "phone", LEAVING["contact_notes"]),
            today=TODAY,
        )
        attachments.add_attachment(
            s, leaving.id, closed.id, "brief.txt", LEAVING["attachment"].encode()
        )
        cases.create_case(
            s,
            leaving.id,
            cases.CaseData(
                opened_on=dt.date(2026, 3, 2),
                track="integrity",
                categories=["fraud"],
                notes=LEAVING["open_notes"],
            ),
            today=TODAY,
        )
        activities.add_activity(
            s,
            leaving.id,
            activities.ActivityData(
                "manager_training", dt.date(2025, 5, 1), 120, LEAVING["activity"]
            ),
        )
        report_texts.save_texts(
            s, leaving.id, 2025, report_texts.ReportTexts(introduction=LEAVING["report_text"])
        )
        advice.add_advice(
            s, leaving.id, advice.AdviceData(dt.date(2025, 6, 1), "culture", LEAVING["advice"])
        )
        plan.add_plan_item(
            s, leaving.id, plan.PlanItemData(2026, "annual_meeting", None, LEAVING["plan"])
        )

        staying = clients.create_client(
            s, clients.ClientData(code="BETA", name=f"Beta {STAYING['client_name']}")
        )
        cases.create_case(
            s,
            staying.id,
            cases.CaseData(
                opened_on=dt.date(2026, 1, 5),
                track="integrity",
                categories=["fraud"],
                notes=STAYING["notes"],
            ),
            today=TODAY,
        )
        activities.add_activity(
            s,
            staying.id,
            activities.ActivityData(
                "manager_training", dt.date(2026, 2, 1), 60, STAYING["activity"]
            ),
        )
    return leaving.id, staying.id


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "overdracht"
    folder.mkdir()
    return folder


def test_a_wrong_code_changes_nothing_and_writes_nothing(vault: Vault, out: Path) -> None:
    leaving, _ = _populate(vault)
    for typed in ("", "acme", "BETA", "ACM"):
        with pytest.raises(ValidationError) as refused:
            offboarding.offboard_client(vault, leaving, out, typed, today=TODAY)
        assert refused.value.problems[0].code == "confirm_code_mismatch"
    assert list(out.iterdir()) == []
    with vault.session() as s:
        assert clients.get_client(s, leaving).code == "ACME"


def test_everything_is_exported_before_the_client_is_deleted(vault: Vault, out: Path) -> None:
    leaving, staying = _populate(vault)
    result = offboarding.offboard_client(vault, leaving, out, " ACME ", today=TODAY)

    folder = out / "ACME-overdracht-2026-06-01"
    assert result.export.folder == folder
    names = sorted(p.name for p in folder.iterdir())
    assert names == [
        "adviezen-en-jaarplan-ACME.xlsx",
        "casussen-ACME.xlsx",
        "dossier-ACME-2026-001.pdf",
        "jaarverslag-ACME-2024.pdf",
        "jaarverslag-ACME-2025.pdf",
        "jaarverslag-ACME-2026.pdf",
    ]
    handover = openpyxl.load_workbook(folder / "adviezen-en-jaarplan-ACME.xlsx")
    assert handover.sheetnames == ["Adviezen", "Jaarplan", "RI&E en MTO"]
    assert handover["Adviezen"]["D2"].value == LEAVING["advice"]
    assert handover["Jaarplan"]["D2"].value == LEAVING["plan"]
    for path in folder.iterdir():
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert path.stat().st_size > 0
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert result.deleted_cases == 2 and result.client_code == "ACME"

    with vault.session() as s:
        assert [c.code for c in clients.list_clients(s)] == ["BETA"]
        for model in (Case, Contact, Attachment, Activity, AdviceEntry, PlanItem):
            left = s.scalar(
                select(func.count()).select_from(model).where(model.client_id == leaving)
            )
            assert left == 0, model.__name__
        assert s.scalar(select(func.count()).select_from(Case)) == 1
        assert len(activities.list_activities(s, staying)) == 1
        actions = [e.action for e in audit_entries(s)]
        assert actions[0] == "client_deleted"
        assert {"client_exported", "report_exported", "case_exported"} <= set(actions)


def test_nothing_of_the_client_remains_in_the_file(
    vault: Vault, out: Path, passphrase: str
) -> None:
    leaving, _ = _populate(vault)
    vault.checkpoint()
    before = plaintext_of_vault(vault.path, passphrase)
    for word in [*LEAVING.values(), *STAYING.values()]:
        assert word.encode() in before, f"{word} not found before: the proof is blind"

    offboarding.offboard_client(vault, leaving, out, "ACME", today=TODAY)
    vault.checkpoint()

    after = plaintext_of_vault(vault.path, passphrase)
    assert [name for name, word in LEAVING.items() if word.encode() in after] == []
    for word in STAYING.values():
        assert word.encode() in after


def test_a_missing_folder_stops_before_anything_is_deleted(vault: Vault, tmp_path: Path) -> None:
    leaving, _ = _populate(vault)
    with pytest.raises(LocationUnwritable):
        offboarding.offboard_client(vault, leaving, tmp_path / "weg", "ACME", today=TODAY)
    with vault.session() as s:
        assert clients.get_client(s, leaving).code == "ACME"


def test_report_years_cover_open_cases_and_activities(vault: Vault) -> None:
    leaving, staying = _populate(vault)
    with vault.session() as s:
        assert offboarding.report_years(s, leaving, TODAY) == [2024, 2025, 2026]
        assert offboarding.report_years(s, staying, TODAY) == [2026]
