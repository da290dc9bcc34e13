"""Export one annual report: the use case the GUI and the CLI share.

It builds the report (against everything already issued to the client), refuses texts that
match identifying data unless the adviser accepted them, writes the file privately, records the
issued figures in the vault and audits the export, all in the caller's transaction.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from vp_desktop.domain import vocab
from vp_desktop.domain.report_groups import GROUP_LABELS
from vp_desktop.domain.vocab import Lang
from vp_desktop.reports import wording
from vp_desktop.reports.data import AnnualReport
from vp_desktop.reports.formats import to_csv, to_json
from vp_desktop.services import audit
from vp_desktop.services.annual_report import report_texts
from vp_desktop.services.annual_report.build import build_annual_report
from vp_desktop.services.annual_report.identifiers import IdentifierHit, find_identifiers
from vp_desktop.services.annual_report.issued import (
    issued_figures,
    published_figures,
    record_issue,
)
from vp_desktop.services.clients.clients import get_client
from vp_desktop.services.safe_files import write_private_file

FORMATS = ("pdf", "json", "csv")


class IdentifierWarnings(Exception):
    """The report texts match identifying data of cases; the adviser has not accepted that."""

    def __init__(self, hits: list[IdentifierHit]) -> None:
        super().__init__(f"{len(hits)} place(s) in the report texts match identifying data")
        self.hits = hits


@dataclass(frozen=True, slots=True)
class Change:
    """One figure a re-issue would print differently from the issue on record."""

    table: str
    code: str
    before: str
    after: str
    title: str = ""  # the table's title and the row's label, in the report's language
    label: str = ""


def _names(table: str, code: str, lang: Lang) -> tuple[str, str]:
    """The table's title and the row's label ("" for a change of the whole table)."""
    if table == "total_cases":
        return wording.text("handled", lang), ""
    if table in ("intake", "closure"):
        return wording.text(f"table_{table}", lang), wording.text(code, lang) if code else ""
    if table in ("trend_new", "trend_handled"):
        return wording.text(f"table_{table}", lang), code
    vocabulary = vocab.ALL.get(table)
    if vocabulary is None:
        return table, code
    title = wording.text("table_outcome", lang) if table == "outcome" else vocabulary.title(lang)
    if not code:
        return title, ""
    if code in vocabulary:
        return title, vocabulary.label(code, lang)
    groups = GROUP_LABELS.get(table)
    if groups is not None and code in groups:  # a row of a breakdown printed in groups
        return title, groups.label(code, lang)
    return table, code


@dataclass(frozen=True, slots=True)
class ExportResult:
    path: Path
    fmt: str
    issued_id: int
    identifier_hits: int


def render(report: AnnualReport, fmt: str) -> bytes:
    if fmt == "json":
        return to_json(report)
    if fmt == "csv":
        return to_csv(report)
    from vp_desktop.reports.pdf import render_annual_report  # reportlab: loaded on first use

    return render_annual_report(report)


def reissue_changes(
    session: Session,
    client_id: int,
    year: int,
    lang: Lang = "nl",
    *,
    report: AnnualReport | None = None,
) -> list[Change]:
    """What exporting this year again would print differently from the last issue on record
    (empty when the year was never issued or nothing changed). `report`: the report about to
    be exported, when the caller has built it already."""
    earlier = [issue for issue in issued_figures(session, client_id) if issue.year == year]
    if not earlier:
        return []
    before = {(f.table, f.code): f.display for f in earlier[-1].figures}
    if report is None:
        report = build_annual_report(session, client_id, year, lang=lang)
    after = {(f.table, f.code): f.display for f in published_figures(report)}
    # A table left out as a whole is one change, not a dash for each of its figures (a "0 → –"
    # would read as a zero now hidden, while zeros are always shown).
    tables_after = {table for table, _ in after}
    gone = {table for table, _ in before} - tables_after
    changes = [
        Change(table, "", wording.text("table_shown", lang), wording.text("table_left_out", lang),
               *_names(table, "", lang))
        for table in sorted(gone)
    ]  # fmt: skip
    return changes + [
        Change(
            table,
            code,
            before.get((table, code), "–"),
            after.get((table, code), "–"),
            *_names(table, code, lang),
        )
        for table, code in sorted(before.keys() | after.keys())
        if table not in gone and before.get((table, code), "–") != after.get((table, code), "–")
    ]


def export_annual_report(
    session: Session,
    client_id: int,
    year: int,
    target: Path,
    fmt: str,
    *,
    lang: Lang = "nl",
    accept_identifier_warnings: bool = False,
    today: dt.date | None = None,
    report: AnnualReport | None = None,
) -> ExportResult:
    """Write the report to `target` and record it as issued. `report`: that year's report when
    the caller has built it already in this vault state (`build_annual_report`). Raises
    `IdentifierWarnings` when the saved texts match identifying data and the adviser did not
    accept that, `NotFound` for an unknown client, and the file errors of
    `write_private_file`."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown report format {fmt!r}")
    client = get_client(session, client_id)
    texts = report_texts.get_texts(session, client_id, year)
    hits = find_identifiers(session, client_id, texts)
    if hits and not accept_identifier_warnings:
        raise IdentifierWarnings(hits)
    if report is None:
        report = build_annual_report(session, client_id, year, lang=lang, today=today)
    elif (report.client.code, report.year, report.lang) != (client.code, year, lang):
        raise ValueError("the report given is not the one to export")
    write_private_file(target, render(report, fmt))
    issued_id = record_issue(session, client_id, report, fmt)
    audit.record(session, "report_exported", client_code=client.code, detail=f"{year} {fmt}")
    return ExportResult(target, fmt, issued_id, len(hits))


__all__ = [
    "FORMATS",
    "Change",
    "ExportResult",
    "IdentifierWarnings",
    "export_annual_report",
    "reissue_changes",
    "render",
]
