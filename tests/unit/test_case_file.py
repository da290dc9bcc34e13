"""The melder's file as a PDF: everything of one case, in words, scoped to its client."""

from __future__ import annotations

import datetime as dt
import shutil
import stat
import subprocess
from pathlib import Path

import pytest

from tests.support.audit_log import audit_entries
from vp_desktop.services import settings
from vp_desktop.services.casework import attachments, case_file, cases, contacts
from vp_desktop.services.clients import clients
from vp_desktop.services.data_safety import retention
from vp_desktop.services.errors import NotFound
from vp_desktop.store.vault import Vault

TODAY = dt.date(2026, 6, 1)
needs_pdftotext = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="no pdftotext")


def _pdf_text(data: bytes, tmp_path: Path) -> str:
    pdf = tmp_path / "out.pdf"
    pdf.write_bytes(data)
    return subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout


@pytest.fixture
def case_ids(vault: Vault) -> tuple[int, int]:
    with vault.transaction() as s:
        client = clients.create_client(s, clients.ClientData(code="ACME", name="Acme Zorg"))
        case = cases.create_case(
            s,
            client.id,
            cases.CaseData(
                opened_on=dt.date(2026, 1, 5),
                closed_on=dt.date(2026, 3, 2),
                outcome="resolved_informally",
                track="unwanted_behaviour",
                categories=["bullying", "sexual_harassment"],
                relation="manager",
                melder_role="employee",
                came_in_via="self",
                support=["listening", "advice"],
                referrals=["gp"],
                melder_name="Zoë van IJsselstein",
                melder_contact="06-12345678",
                others_involved="Teamleider <B>",
                department="Inkoop & Logistiek",
                notes="Eerste gesprek in de kantine.\nTweede regel.",
                consents=[cases.ConsentData("keep_file", dt.date(2026, 1, 5), "mondeling")],
            ),
            today=TODAY,
        )
        contacts.add_contact(
            s,
            client.id,
            case.id,
            contacts.ContactData(dt.date(2026, 1, 5), 60, "in_person", "Verhaal gehoord."),
            today=TODAY,
        )
        attachments.add_attachment(s, client.id, case.id, "verslag.txt", b"x" * 3000)
    return client.id, case.id


@needs_pdftotext
def test_the_file_holds_everything_in_words(
    vault: Vault, case_ids: tuple[int, int], tmp_path: Path
) -> None:
    with vault.session() as s:
        data = case_file.render_case_file(s, *case_ids, today=TODAY)
    assert data.startswith(b"%PDF")
    text = _pdf_text(data, tmp_path)
    for expected in (
        "Dossier ACME-2026-001",
        "01-06-2026",
        "Acme Zorg",
        "05-01-2026",
        "02-03-2026",
        "Pesten, Seksuele intimidatie",
        "Leidinggevende",
        "Zoë van IJsselstein",
        "06-12345678",
        "Teamleider <B>",
        "Inkoop & Logistiek",
        "Eerste gesprek in de kantine.",
        "Tweede regel.",
        "Dossier bijhouden",
        "mondeling",
        "Verhaal gehoord.",
        "Persoonlijk",
        "verslag.txt",
        "Informeel opgelost",
        "Huisarts",
    ):
        assert expected in text, expected
    assert "bullying" not in text  # labels, never codes


@needs_pdftotext
def test_the_relation_reads_as_in_the_editor_and_pages_are_counted(
    vault: Vault, case_ids: tuple[int, int], tmp_path: Path
) -> None:
    with vault.session() as s:
        text = _pdf_text(case_file.render_case_file(s, *case_ids, today=TODAY), tmp_path)
    assert "Relatie beklaagde tot melder" in text  # the person complained about is the manager
    assert "Relatie tot de beklaagde" not in text
    assert "pagina 1 van 1" in text
    assert "DEMO" not in text  # a real practice's file carries no demo marking


@needs_pdftotext
def test_a_demo_vaults_file_is_marked_demo_on_every_page(
    vault: Vault, case_ids: tuple[int, int], tmp_path: Path
) -> None:
    with vault.transaction() as s:
        settings.mark_demo_practice(s)
        for day in range(1, 29):  # enough contacts for a second page
            contacts.add_contact(
                s,
                case_ids[0],
                case_ids[1],
                contacts.ContactData(dt.date(2026, 2, day), 30, "phone", "Gebeld. " * 30),
                today=TODAY,
            )
    with vault.session() as s:
        data = case_file.render_case_file(s, *case_ids, today=TODAY)
    text = _pdf_text(data, tmp_path)
    pages = text.split("\f")[:-1]
    assert len(pages) >= 2
    for number, page in enumerate(pages, start=1):
        assert "DEMO – fictieve praktijk" in page
        assert f"pagina {number} van {len(pages)}" in page


@needs_pdftotext
def test_english_and_purged_files(vault: Vault, case_ids: tuple[int, int], tmp_path: Path) -> None:
    retention.purge_cases(vault, [case_ids])
    with vault.session() as s:
        text = _pdf_text(case_file.render_case_file(s, *case_ids, lang="en", today=TODAY), tmp_path)
    assert "Case file ACME-2026-001" in text and "were destroyed on" in text
    assert "Bullying" in text
    assert "Zoë" not in text and "kantine" not in text and "verslag.txt" not in text


def test_export_is_private_and_recorded(
    vault: Vault, case_ids: tuple[int, int], tmp_path: Path
) -> None:
    out = tmp_path / "export"
    out.mkdir()
    target = out / case_file.suggested_file_name("ACME-2026-001")
    with vault.transaction() as s:
        case_file.export_case_file(s, *case_ids, target, today=TODAY)
    assert target.read_bytes().startswith(b"%PDF")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [p.name for p in out.iterdir()] == ["dossier-ACME-2026-001.pdf"]
    with vault.session() as s:
        entry = audit_entries(s)[0]
    assert (entry.action, entry.client_code, entry.case_number) == (
        "case_exported",
        "ACME",
        "ACME-2026-001",
    )


def test_another_clients_case_is_not_found(vault: Vault, case_ids: tuple[int, int]) -> None:
    with vault.transaction() as s:
        other = clients.create_client(s, clients.ClientData(code="BETA", name="Beta"))
    with vault.session() as s, pytest.raises(NotFound):
        case_file.render_case_file(s, other.id, case_ids[1])


def test_a_page_as_the_melder_sees_it(
    vault: Vault, case_ids: tuple[int, int], tmp_path: Path
) -> None:
    if shutil.which("pdftoppm") is None:
        pytest.skip("no pdftoppm")
    with vault.session() as s:
        data = case_file.render_case_file(s, *case_ids, today=TODAY)
    shots = Path("tests/_artifacts/screenshots")
    shots.mkdir(parents=True, exist_ok=True)
    pdf = tmp_path / "file.pdf"
    pdf.write_bytes(data)
    subprocess.run(
        ["pdftoppm", "-png", "-r", "70", "-f", "1", "-l", "1", str(pdf), str(shots / "case_file")],
        check=True,
    )
    assert list(shots.glob("case_file*.png"))


@needs_pdftotext
def test_the_file_renders_from_plain_data_without_a_vault(tmp_path: Path) -> None:
    from vp_desktop.reports.case_file_data import CaseFileContact, CaseFileData
    from vp_desktop.reports.case_file_pdf import render_case_file_pdf

    data = CaseFileData(
        number="ACME-2026-007",
        client_name="Acme Zorg",
        made_on=TODAY,
        adviser_name="",
        registration_number="",
        demo=False,
        opened_on=dt.date(2026, 1, 5),
        closed_on=None,
        track="unwanted_behaviour",
        categories=("bullying",),
        came_in_via=None,
        relation=None,
        melder_role=None,
        gender=None,
        age_band=None,
        follow_up_on=None,
        destroy_by=None,
        purged_on=None,
        personal=(("department", "Inkoop & Logistiek"),),
        notes=None,
        support=(),
        referrals=(),
        outcome=None,
        consents=(),
        contacts=(CaseFileContact(dt.date(2026, 1, 6), 45, "phone", "Gebeld <kort>."),),
        attachments=(),
    )
    text = _pdf_text(render_case_file_pdf(data, "en"), tmp_path)
    assert "Case file ACME-2026-007" in text and "Open" in text
    assert "Inkoop & Logistiek" in text and "Gebeld <kort>." in text
    assert "not recorded" in text
