"""The annual report as PDF: content, isolation between clients, no case text, and a look."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.support.report_fixture import (
    TODAY,
    YEAR,
    populate_known_client,
    populate_other_client,
)
from vp_desktop.reports.formats import to_json
from vp_desktop.reports.pdf import render_annual_report
from vp_desktop.services.annual_report import report_texts
from vp_desktop.services.annual_report.build import build_annual_report
from vp_desktop.services.clients import clients
from vp_desktop.services.demo.practice_vault import DemoSpec, populate_demo
from vp_desktop.store.vault import Vault

ARTIFACTS = Path(__file__).resolve().parents[1] / "_artifacts" / "report_pages"
POPPLER = shutil.which("pdftotext") is not None and shutil.which("pdftoppm") is not None
needs_poppler = pytest.mark.skipif(
    not POPPLER, reason="poppler-utils (pdftotext, pdftoppm) is not installed"
)


def pdf_text(pdf: bytes, tmp_path: Path) -> str:
    source = tmp_path / "report.pdf"
    source.write_bytes(pdf)
    return subprocess.run(
        ["pdftotext", "-layout", str(source), "-"], check=True, capture_output=True, text=True
    ).stdout


def page_count(pdf: bytes, tmp_path: Path) -> int:
    source = tmp_path / "count.pdf"
    source.write_bytes(pdf)
    info = subprocess.run(["pdfinfo", str(source)], check=True, capture_output=True, text=True)
    return int(
        next(line for line in info.stdout.splitlines() if line.startswith("Pages:")).split()[1]
    )


@pytest.fixture
def acme(vault: Vault) -> int:
    with vault.transaction() as session:
        client_id = populate_known_client(session)
        report_texts.save_texts(
            session,
            client_id,
            YEAR,
            report_texts.ReportTexts(
                "In 2025 was ik vertrouwenspersoon voor Acme Zorg.\n\n"
                "De ĳverige teams wisten mij te vinden.",
                "Signaal: de werkdruk op de nachtdiensten is hoog.",
            ),
        )
        return client_id


def _pdf(vault: Vault, client_id: int, lang: str = "nl") -> bytes:
    with vault.session() as session:
        report = build_annual_report(session, client_id, YEAR, lang=lang, today=TODAY)  # type: ignore[arg-type]
    return render_annual_report(report)


@needs_poppler
def test_known_report_has_its_sections_and_figures(vault: Vault, acme: int, tmp_path: Path) -> None:
    pdf = _pdf(vault, acme)
    assert pdf.startswith(b"%PDF")
    text = pdf_text(pdf, tmp_path)
    sections = [
        "Inleiding", "Kerncijfers", "Verdeling van de meldingen", "Meerjarig overzicht",
        "Activiteiten voor de organisatie", "Signalen en aanbevelingen",
        "Deskundigheidsbevordering", "Over de cijfers",
    ]  # fmt: skip
    positions = [text.index(s) for s in sections]
    assert positions == sorted(positions)
    for expected in (
        "Acme Zorg", "Marieke de Graaf", "RVP-2019-0412", "01-02-2026", "De ĳverige teams",
        "werkdruk op de nachtdiensten", "Behandelde meldingen", "<5", "pagina 2 van",
        "Nieuwe meldingen", "35 u",
    ):  # fmt: skip
        assert expected in text, expected
    assert "%" not in text
    assert 5 <= page_count(pdf, tmp_path) <= 9


@needs_poppler
def test_metadata_names_the_report_and_the_adviser(vault: Vault, acme: int, tmp_path: Path) -> None:
    source = tmp_path / "meta.pdf"
    source.write_bytes(_pdf(vault, acme))
    info = subprocess.run(["pdfinfo", str(source)], check=True, capture_output=True, text=True)
    fields = dict(line.split(":", 1) for line in info.stdout.splitlines() if ":" in line)
    assert fields["Title"].strip() == "Jaarverslag vertrouwenspersoon 2025 – Acme Zorg"
    assert fields["Author"].strip() == "Marieke de Graaf"
    assert fields["Page size"].strip().startswith("595.276 x 841.89")


@needs_poppler
def test_no_canary_reaches_the_pdf(vault: Vault, acme: int, tmp_path: Path) -> None:
    with vault.transaction() as session:
        populate_other_client(session)
    for lang in ("nl", "en"):
        assert "KANARIE" not in pdf_text(_pdf(vault, acme, lang), tmp_path)


@needs_poppler
def test_reports_are_isolated_between_clients(vault: Vault, acme: int, tmp_path: Path) -> None:
    before_pdf, before_json = _pdf(vault, acme), _json(vault, acme)
    with vault.transaction() as session:
        populate_other_client(session)
    after_pdf, after_json = _pdf(vault, acme), _json(vault, acme)
    assert after_json == before_json
    assert pdf_text(after_pdf, tmp_path) == pdf_text(before_pdf, tmp_path)
    assert after_pdf == before_pdf  # invariant rendering: same data, same bytes


def _json(vault: Vault, client_id: int) -> bytes:
    with vault.session() as session:
        return to_json(build_annual_report(session, client_id, YEAR, today=TODAY))


@needs_poppler
def test_english_rendering(vault: Vault, acme: int, tmp_path: Path) -> None:
    text = pdf_text(_pdf(vault, acme, "en"), tmp_path)
    for expected in ("Annual report of the confidential adviser", "Key figures", "page 2 of",
                     "About the figures", "Cases handled", "35 h"):  # fmt: skip
        assert expected in text, expected
    assert "Kerncijfers" not in text


@needs_poppler
def test_fewer_than_k_says_so_and_has_no_breakdowns(vault: Vault, tmp_path: Path) -> None:
    from vp_desktop.services.casework import cases

    with vault.transaction() as session:
        client_id = clients.create_client(session, clients.ClientData("KLEIN", "Klein Bedrijf")).id
        for day in (1, 2):
            data = cases.CaseData(dt.date(YEAR, 5, day), "unwanted_behaviour", ["bullying"])
            cases.create_case(session, client_id, data, today=TODAY)
    text = pdf_text(_pdf(vault, client_id), tmp_path)
    assert "minder dan 5 meldingen" in text
    assert "Verdeling van de meldingen" not in text
    assert "Pesten" not in text


@needs_poppler
def test_demo_practice_reports_render_to_pages(vault: Vault, tmp_path: Path) -> None:
    """Render every demo client's report to PNG for a person to look at."""
    with vault.transaction() as session:
        populate_demo(session, DemoSpec(clients=4, today=dt.date(2026, 3, 1)))
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    norms = 0
    with vault.session() as session:
        summaries = clients.list_clients(session)
        for summary in summaries:
            report = build_annual_report(session, summary.id, 2025, today=dt.date(2026, 3, 1))
            target = ARTIFACTS / f"{summary.code}.pdf"
            pdf = render_annual_report(report)
            target.write_bytes(pdf)
            text = pdf_text(pdf, tmp_path)
            norms += "Jaarlijkse norm" in text
            # A dash reads as a hidden figure (the method note's "–"); an empty norm prints nothing.
            assert "—" not in text, summary.code
            subprocess.run(
                ["pdftoppm", "-png", "-r", "60", str(target), str(ARTIFACTS / summary.code)],
                check=True,
            )
    assert len(list(ARTIFACTS.glob("*.png"))) >= 3 * len(summaries)
    assert norms  # the yearly standard's table, with its total row, was looked at


def test_a_long_header_text_is_shortened_to_leave_room_beside_it() -> None:
    from reportlab.pdfbase import pdfmetrics

    from vp_desktop.reports.pdf_layout import FONT, register_fonts
    from vp_desktop.reports.pdf_pages import fit_text

    register_fonts()
    long = (
        "Jaarverslag vertrouwenspersoon 2025 · Stichting Openbaar Onderwijs Waterveen en Omstreken"
    )
    short = fit_text(long, 200, 7.8)
    assert short.endswith("…") and long.startswith(short[:-1])
    assert pdfmetrics.stringWidth(short, FONT, 7.8) <= 200
    assert fit_text("Kort", 200, 7.8) == "Kort"
