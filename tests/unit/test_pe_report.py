"""The PE report PDF and the evidence exported beside it."""

from __future__ import annotations

import datetime as dt
import shutil
import stat
import subprocess
from pathlib import Path

import pytest

from tests.support.audit_log import audit_entries
from vp_desktop.reports.pe_data import PeReportData
from vp_desktop.reports.pe_report import render_pe_report
from vp_desktop.services import settings as settings_service
from vp_desktop.services.errors import ValidationError
from vp_desktop.services.professional_development import pe_export, pe_progress
from vp_desktop.services.professional_development.pe import PeData, add_evidence, add_pe_activity
from vp_desktop.store.vault import Vault

TODAY = dt.date(2025, 11, 20)
ARTIFACTS = Path(__file__).resolve().parents[1] / "_artifacts" / "pe_report"
PDF = b"%PDF-1.4\n% bewijs van deelname\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32

needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) is not installed"
)


def pdf_text(path: Path, *, layout: bool = True) -> str:
    """The PDF's text; with layout=False as one line, so wrapped table cells read whole."""
    mode = ["-layout"] if layout else []
    out = subprocess.run(
        ["pdftotext", *mode, str(path), "-"], check=True, capture_output=True, text=True
    )
    return out.stdout if layout else " ".join(out.stdout.split())


@pytest.fixture
def practice(vault: Vault) -> Vault:
    """A year and a cycle of development, with evidence."""
    entries = [
        ("2023-10-05", "course", 6 * 60, "Academie Vertrouwenswerk", "LVV-2023-118", "Signaleren"),
        ("2024-04-11", "congress", 5 * 60, "LVV", "LVV-2024-007", "Jaarcongres"),
        ("2025-02-03", "intervision", 120, "Intervisiegroep Utrecht", None, None),
        ("2025-03-14", "course", 150, "Zwaluw Opleidingen", "ZO-5521", "Omgaan met agressie"),
        ("2025-03-14", "course", 90, "Zwaluw Opleidingen", "ZO-5522", "Omgaan met agressie"),
        ("2025-06-19", "extra", 45, None, None, "Artikel in vakblad — ĳverig <schrijven>"),
        ("2025-09-30", "supervision", 60, "M. de Wit", None, "Grenzen"),
    ]
    with vault.transaction() as s:
        settings_service.update(s, adviser_name="Anna de Vries", registration_number="VP-1234")
        pe_progress.save_rule_set_choice(s, ["yearly", "lvv_capped"], dt.date(2023, 9, 1))
        for on, kind, minutes, provider, accreditation, theme in entries:
            activity = add_pe_activity(
                s,
                PeData(kind, dt.date.fromisoformat(on), minutes, provider, accreditation, theme),
            )
            if kind == "course" and on.startswith("2025"):
                add_evidence(s, activity.id, "certificaat.pdf", PDF)
                add_evidence(s, activity.id, "foto.png", PNG)
    return vault


def export(vault: Vault, target: Path, *, year: int | None, evidence: bool, lang="nl"):
    with vault.transaction() as s:
        period = pe_export.year_period(s, year) if year else pe_export.cycle_period(s, TODAY)
        return pe_export.export_pe_report(
            s, period, target, TODAY, lang=lang, with_evidence=evidence
        )


@needs_poppler
def test_year_report_lists_every_activity_and_the_totals(practice: Vault, tmp_path: Path):
    result = export(practice, tmp_path / "pe_2025.pdf", year=2025, evidence=False)
    text = pdf_text(result.report)
    assert "Deskundigheidsbevordering" in text and "Overzicht over 2025" in text
    assert "Anna de Vries" in text and "VP-1234" in text
    for fragment in (
        "14-03-2025",
        "Zwaluw Opleidingen",
        "ZO-5521",
        "Omgaan met agressie",
        "Intervisiegroep Utrecht",
        "ĳverig <schrijven>",
        "30-09-2025",
    ):
        assert fragment in pdf_text(result.report, layout=False)
    assert "05-10-2023" not in text  # another year
    # Courses: 2,5 + 1,5 = 4 of 8 hours; intervision: 1 of 4 sessions.
    assert "Jaarlijkse norm" in text
    courses = next(line for line in text.splitlines() if line.strip().startswith("Bijscholing "))
    assert "".join(courses.split()) == "Bijscholing8u4u4uAchteropschema"
    assert "1 bijeenkomst " in text and "3 bijeenkomsten" in text
    assert "LVV" not in text.split("Uren per soort")[0].replace("LVV-", "")  # no cycle standard
    assert stat.S_IMODE(result.report.stat().st_mode) == 0o600
    assert result.evidence_folder is None and not result.evidence_files


@needs_poppler
def test_cycle_report_in_english_with_caps_and_missing_hours(practice: Vault, tmp_path: Path):
    result = export(practice, tmp_path / "cycle.pdf", year=None, evidence=False, lang="en")
    text = pdf_text(result.report)
    assert "Record for the cycle 01-09-2023 to 31-08-2027" in text
    assert "Certification scheme with yearly caps" in text
    assert "05-10-2023" in text and "11-04-2024" in text
    # 6 + 5 + 2,5 + 1,5 = 15 h of the 32 h courses counted; 17 h still needed.
    accredited = next(line for line in text.splitlines() if "Accredited courses" in line)
    assert "".join(accredited.split()).startswith("Accreditedcourses32h15h17h")
    assert "Total" in text and "72 h" in text


def test_cycle_report_needs_a_cycle_standard_and_its_start(vault: Vault):
    with vault.transaction() as s:
        pe_progress.save_rule_set_choice(s, ["yearly"], None)
    with vault.session() as s, pytest.raises(ValidationError) as exc:
        pe_export.cycle_period(s, TODAY)
    assert [(p.field, p.code) for p in exc.value.problems] == [
        ("rule_sets", "pe_no_cycle_rule_set")
    ]
    with vault.transaction() as s:  # as a vault from before the start date was asked for
        settings_service.update(s, pe_rule_sets=("lvv_cycle",), pe_cycle_start=None)
    with vault.session() as s, pytest.raises(ValidationError) as exc:
        pe_export.cycle_period(s, TODAY)
    assert [(p.field, p.code) for p in exc.value.problems] == [
        ("cycle_start", "pe_cycle_start_required")
    ]


def test_evidence_is_exported_beside_the_report_under_clear_names(practice: Vault, tmp_path: Path):
    result = export(practice, tmp_path / "pe_2025.pdf", year=2025, evidence=True)
    folder = tmp_path / "pe_2025_bewijsstukken"
    assert result.evidence_folder == folder
    assert sorted(p.name for p in folder.iterdir()) == [
        "2025-03-14_bijscholing_omgaan-met-agressie_1.pdf",
        "2025-03-14_bijscholing_omgaan-met-agressie_2.png",
        "2025-03-14_bijscholing_omgaan-met-agressie_3.pdf",
        "2025-03-14_bijscholing_omgaan-met-agressie_4.png",
    ]
    assert (folder / "2025-03-14_bijscholing_omgaan-met-agressie_1.pdf").read_bytes() == PDF
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in folder.iterdir())
    assert not any(p.name.endswith(".part") for p in tmp_path.rglob("*"))
    with practice.session() as s:
        actions = [(e.action, e.detail) for e in audit_entries(s)]
    assert ("evidence_exported", "4 files") in actions
    assert ("report_exported", "pe year") in actions
    if shutil.which("pdftotext"):
        text = pdf_text(result.report)
        assert "pe_2025_bewijsstukken" in text
        assert "2025-03-14_bijscholing_omgaan-met-agressie_4.png" in text


def test_slug_and_names_survive_odd_themes():
    assert pe_export.slug("Één <dag> over ĳs & Zoë's grenzen!") == "een-dag-over-ijs-zoe-s-grenzen"
    assert pe_export.slug(None) == ""
    assert len(pe_export.slug("woord " * 30)) <= 40


@needs_poppler
def test_report_pages_render_and_are_looked_at(practice: Vault, tmp_path: Path):
    """Renders the Dutch year and cycle reports as PNG pages for a person to look at."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    for name, year in (("year", 2025), ("cycle", None)):
        result = export(practice, tmp_path / f"{name}.pdf", year=year, evidence=True)
        subprocess.run(
            ["pdftoppm", "-png", "-r", "60", str(result.report), str(ARTIFACTS / name)],
            check=True,
        )
    assert sorted(ARTIFACTS.glob("year*.png")) and sorted(ARTIFACTS.glob("cycle*.png"))


def test_an_empty_period_still_renders():
    data = PeReportData(
        scope="year",
        period_start=dt.date(2026, 1, 1),
        period_end=dt.date(2026, 12, 31),
        adviser_name="",
        registration_number="",
        activities=(),
        evaluations=(),
        generated_on=TODAY,
    )
    pdf = render_pe_report(data, "en")
    assert pdf.startswith(b"%PDF") and len(pdf) > 1000


@needs_poppler
def test_a_past_year_is_final_and_planned_and_missing_evidence_are_named(
    practice: Vault, tmp_path: Path
):
    with practice.transaction() as s:
        add_pe_activity(s, PeData("course", TODAY + dt.timedelta(days=60), 240, "Later", "X-9"))
    past = export(practice, tmp_path / "pe_2024.pdf", year=2024, evidence=False)
    text = pdf_text(past.report, layout=False)
    assert "Niet behaald" in text and "Achter op schema" not in text
    assert "ontbreekt" in text and "1 activiteit heeft nog geen bewijsstuk." in text
    cycle = export(practice, tmp_path / "cycle.pdf", year=None, evidence=False)
    text = pdf_text(cycle.report, layout=False)
    assert "(gepland)" in text and "tellen nog niet mee: 4 u" in text
    assert "Voor geaccrediteerde bijscholing telt per cyclusjaar hoogstens 16 u mee." in text
    assert "Een bijeenkomst telt mee" not in text  # no session minimum in this scheme


@needs_poppler
def test_long_words_and_dates_are_never_split_inside_a_cell(vault: Vault, tmp_path: Path):
    with vault.transaction() as s:
        for on, provider, theme in (
            (dt.date(2025, 2, 3), "Intervisiegroep vertrouwenspersonen", "Integriteitsmelding"),
            (dt.date(2025, 4, 3), "Landelijke Vereniging", "Ongewenste omgangsvormen"),
        ):
            add_pe_activity(s, PeData("intervision", on, 120, provider, "LVV-2025-118", theme))
    result = export(vault, tmp_path / "pe_2025.pdf", year=2025, evidence=False)
    # pdftotext puts a piece of a split word on its own line, which joins with a space here.
    text = pdf_text(result.report, layout=False)
    for whole in ("vertrouwenspersonen", "Integriteitsmelding", "Accreditatienr.", "03-02-2025"):
        assert whole in text
