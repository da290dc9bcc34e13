"""The record of issued annual reports: what left the vault, and what later reports make of it."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.support.audit_log import audit_entries
from tests.support.report_fixture import TODAY, YEAR, populate_known_client
from tests.unit.test_report_pdf import POPPLER, page_count, pdf_text
from vp_desktop.reports.overview import OverviewRow, overview_csv, overview_xlsx
from vp_desktop.reports.pdf import render_annual_report
from vp_desktop.services import settings as settings_service
from vp_desktop.services.annual_report.build import build_annual_report
from vp_desktop.services.annual_report.export import export_annual_report
from vp_desktop.services.annual_report.issued import issued_figures, list_issued, withdraw_issue
from vp_desktop.services.errors import NotFound
from vp_desktop.store.vault import Vault


@pytest.fixture
def acme(vault: Vault) -> int:
    with vault.transaction() as session:
        return populate_known_client(session)


def test_an_export_records_the_figures_as_published_and_no_text(
    vault: Vault, acme: int, tmp_path: Path
) -> None:
    with vault.transaction() as session:
        result = export_annual_report(session, acme, YEAR, tmp_path / "r.csv", "csv", today=TODAY)
    with vault.session() as session:
        [issue] = issued_figures(session, acme)
        entry = audit_entries(session, limit=1)[0]
    assert result.issued_id and issue.year == YEAR and issue.threshold == 5
    figures = {(f.table, f.code): f.display for f in issue.figures}
    assert figures[("total_cases", "total")] == "16"
    assert figures[("track", "integrity")] == "<5"
    assert all("KANARIE" not in f.display for f in issue.figures)
    assert (entry.action, entry.detail) == ("report_exported", f"{YEAR} csv")


def test_a_lowered_k_repeats_what_was_issued(vault: Vault, acme: int, tmp_path: Path) -> None:
    with vault.transaction() as session:
        export_annual_report(session, acme, YEAR - 1, tmp_path / "r.json", "json", today=TODAY)
        settings_service.update(session, disclosure_threshold=3)
    with vault.session() as session:
        report = build_annual_report(session, acme, YEAR, today=TODAY)
    earlier = next(y for y in report.trend if y.year == YEAR - 1)
    with vault.session() as session:
        [issue] = issued_figures(session, acme)
    published = {(f.table, f.code): f.display for f in issue.figures}
    assert earlier.handled.display == published[("total_cases", "total")]


def test_withdrawing_takes_a_report_out_of_the_record(
    vault: Vault, acme: int, tmp_path: Path
) -> None:
    with vault.transaction() as session:
        result = export_annual_report(session, acme, YEAR, tmp_path / "r.json", "json")
    with vault.transaction() as session:
        withdraw_issue(session, result.issued_id)
    with vault.session() as session:
        assert list_issued(session, acme) == []
        assert audit_entries(session, limit=1)[0].action == "issued_report_withdrawn"
    with vault.transaction() as session, pytest.raises(NotFound):
        withdraw_issue(session, result.issued_id)


@pytest.mark.skipif(not POPPLER, reason="needs poppler-utils")
def test_a_demo_practice_report_says_so_on_every_page(
    vault: Vault, acme: int, tmp_path: Path
) -> None:
    with vault.transaction() as session:
        settings_service.mark_demo_practice(session)
    with vault.session() as session:
        assert settings_service.is_demo_practice(session)
        report = build_annual_report(session, acme, YEAR, today=TODAY)
    assert report.demo
    pdf = render_annual_report(report)
    pages = pdf_text(pdf, tmp_path).split("\f")
    pages = [p for p in pages if p.strip()]
    assert len(pages) == page_count(pdf, tmp_path)
    assert all("DEMO – fictieve praktijk" in page for page in pages)


def test_the_overview_writes_a_formula_like_name_as_text() -> None:
    rows = [OverviewRow("X1", '=HYPERLINK("http://example.org","klik")', 2025, 1, 2, 1, 3, 60, 0)]
    assert overview_csv(rows).decode().splitlines()[1].startswith("\"'=HYPERLINK(")
    cell = load_workbook(io.BytesIO(overview_xlsx(rows))).active["A2"]
    assert cell.data_type == "s" and cell.value.startswith("=HYPERLINK")


def test_the_overview_workbook_never_touches_a_temporary_folder(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import tempfile

    # Writers that bound tempfile's functions at import still find no folder to write in.
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "no-such-folder"))

    def refused(*args: object, **kwargs: object) -> None:
        raise AssertionError("the overview wrote to a temporary folder")

    for name in (
        "mkstemp",
        "mkdtemp",
        "TemporaryFile",
        "NamedTemporaryFile",
        "SpooledTemporaryFile",
    ):
        monkeypatch.setattr(tempfile, name, refused)
    rows = [OverviewRow("X1", "Zorggroep Canary-7f3c", 2025, 4, 9, 5, 12, 600, 90)]
    sheet = load_workbook(io.BytesIO(overview_xlsx(rows))).active
    assert [c.value for c in sheet[2]][:4] == ["Zorggroep Canary-7f3c", "X1", 2025, 4]
    assert sheet["J2"].value == 11.5
