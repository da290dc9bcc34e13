"""The recertification dossier of the running cycle: PDF per requirement with the evidence files
beside it, from the services and the CLI."""

from __future__ import annotations

import datetime as dt
import io
import stat
import sys
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.support.pdf_text import pdf_text
from vp_desktop.cli import main
from vp_desktop.services.errors import ValidationError
from vp_desktop.services.professional_development import credentials, pe_progress
from vp_desktop.services.professional_development.dossier import export_dossier
from vp_desktop.services.professional_development.pe import PeData, add_evidence, add_pe_activity
from vp_desktop.store.vault import Vault

TODAY = dt.date(2025, 7, 2)


@pytest.fixture
def practice(vault: Vault) -> Vault:
    with vault.transaction() as s:
        pe_progress.save_rule_set_choice(s, ["yearly", "lvv_cycle"], dt.date(2023, 9, 1))
        course = add_pe_activity(
            s, PeData("course", dt.date(2024, 3, 14), 150, "Zwaluw", "ZO-5521", "Agressie")
        )
        add_evidence(s, course.id, "certificaat.pdf", b"%PDF-1.4\n")
        add_pe_activity(s, PeData("congress", dt.date(2024, 5, 1), 360, "NVVP", None, "Congres"))
        add_pe_activity(s, PeData("intervision", dt.date(2024, 6, 1), 120, "Groep Noord"))
        add_pe_activity(s, PeData("course", dt.date(2025, 9, 1), 480, "Later", "X-1"))  # planned
        registration = credentials.add_credential(
            s, credentials.CredentialData("registration", "LVV-0815", "LVV")
        )
        credentials.add_credential_evidence(s, registration.id, "inschrijving.pdf", b"%PDF-1.4\n")
    return vault


def test_dossier_lists_activities_per_requirement_with_their_evidence(
    practice: Vault, tmp_path: Path
) -> None:
    with practice.transaction() as s:
        result = export_dossier(s, tmp_path, TODAY)
    assert result.folder.name == "herregistratiedossier_2023-09-01_2027-08-31"
    assert stat.S_IMODE(result.folder.stat().st_mode) == 0o700
    names = sorted(p.name for p in result.evidence_files)
    assert names == [
        "2024-03-14_bijscholing_agressie_1.pdf",
        f"registratie_registration_{1}_1.pdf",
    ]
    text = pdf_text(result.report.read_bytes())
    packed = text.replace(" ", "")  # long file names wrap inside their cell
    assert "Herregistratiedossier" in text
    assert "Geaccrediteerde bijscholing · 2,5 u / 24 u" in text
    assert "ZO-5521" in text and "2024-03-14_bijscholing_agressie_1.pdf" in packed
    assert "telt niet mee: geen accreditatie" in text  # the congress without a number
    assert "Intervisie en supervisie · 2 u / 32 u" in text
    # Planned: not under a requirement, but listed as the standards' note says, marked planned.
    planned = text.split("Geplande activiteiten (tellen nog niet mee)")[1]
    assert "Later" not in text.split("Geplande activiteiten (tellen nog niet mee)")[0]
    assert planned.startswith(" Datum") and "01-09-2025 (gepland)" in planned and "Later" in planned
    assert "staan in de lijst maar tellen nog niet mee: 8 u" in text
    assert "De bewijsstukken staan in de map “bewijsstukken”" in text
    assert "LVV-0815" in text and "registratie_registration_1_1.pdf" in packed


def test_dossier_needs_a_cycle(vault: Vault, tmp_path: Path) -> None:
    out = tmp_path / "uit"
    out.mkdir()
    with vault.transaction() as s, pytest.raises(ValidationError):
        export_dossier(s, out, TODAY)
    assert list(out.iterdir()) == []


def test_dossier_from_the_cli(practice: Vault, vault_path: Path, tmp_path: Path, monkeypatch):
    practice.close()
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASSPHRASE + "\n"))
    out = tmp_path / "uit"
    out.mkdir()
    code = main(["pe-dossier", "--db", str(vault_path), "--out", str(out), "--passphrase-stdin"])
    assert code == 0
    (folder,) = out.iterdir()
    assert (folder / "herregistratiedossier.pdf").read_bytes().startswith(b"%PDF")
    assert len(list((folder / "bewijsstukken").iterdir())) >= 1


def test_a_dossier_without_evidence_says_so_and_keeps_words_whole(
    vault: Vault, tmp_path: Path
) -> None:
    with vault.transaction() as s:
        pe_progress.save_rule_set_choice(s, ["lvv_cycle"], dt.date(2023, 9, 1))
        add_pe_activity(
            s,
            PeData("intervision", dt.date(2024, 6, 1), 120, "Intervisiegroep vertrouwenspersonen"),
        )
        credentials.add_credential(
            s,
            credentials.CredentialData(
                "registration",
                "LVV-0815",
                "LVV",
                dt.date(2023, 2, 15),
                dt.date(2027, 2, 15),
                dt.date(2027, 2, 15),
            ),
        )
    with vault.transaction() as s:
        result = export_dossier(s, tmp_path, TODAY)
    assert result.evidence_files == ()
    assert not (result.folder / "bewijsstukken").exists()
    text = pdf_text(result.report.read_bytes())
    assert "map “bewijsstukken”" not in text
    assert "Er zijn nog geen bewijsstukken vastgelegd" in text
    # Dates and headings are never broken inside a word (pdftotext puts a piece on a new line).
    assert "15-02-2023" in text and text.count("15-02-2027") == 2
    for whole in ("Afgegeven", "Herregistratie", "Accreditatienr.", "vertrouwenspersonen"):
        assert whole in text
