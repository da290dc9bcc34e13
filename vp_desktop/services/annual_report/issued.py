"""The record of issued annual reports, inside the vault.

Every annual report that leaves the vault (GUI or CLI export) is recorded with its figures as
published: table key, row code, value (None when hidden) and display, plus k, language, format
and date. Never any text. Later reports of the client read this record: what a client has
received, its readers know for good. Withdrawing a report from the record is an explicit act of
the adviser (it was never handed over), and is audited.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from vp_desktop.reports.data import AnnualReport
from vp_desktop.reports.formats import report_tables
from vp_desktop.services import audit
from vp_desktop.services.annual_report.facts import year_counts
from vp_desktop.services.errors import NotFound
from vp_desktop.store.models import Client, IssuedReport, utcnow

#: Tables of case figures; time, activities and development are not protected counts of cases.
_NOT_CASE_TABLES = frozenset({"time", "activities", "professional_development"})


@dataclass(frozen=True, slots=True)
class PublishedFigure:
    table: str
    code: str
    value: int | None
    display: str


@dataclass(frozen=True, slots=True)
class IssuedFigures:
    """One issued report as the reader has it."""

    year: int
    threshold: int
    issued_at: dt.datetime
    figures: tuple[PublishedFigure, ...]
    truth: tuple[tuple[str, int], ...] = ()  # the year's true key figures at the time


@dataclass(frozen=True, slots=True)
class IssuedSummary:
    id: int
    client_code: str
    client_name: str
    year: int
    issued_at: dt.datetime
    threshold: int
    language: str
    format: str


def published_figures(report: AnnualReport) -> list[PublishedFigure]:
    """The case figures of a report exactly as it prints them."""
    total = report.total_cases
    figures = [PublishedFigure("total_cases", "total", total.value, total.display)]
    for table in report_tables(report):
        if table.key in _NOT_CASE_TABLES:
            continue
        figures += [PublishedFigure(table.key, r.code, r.value, r.display) for r in table.rows]
    return figures


def _encode(figures: list[PublishedFigure]) -> str:
    rows = [{"table": f.table, "code": f.code, "value": f.value, "display": f.display}
            for f in figures]  # fmt: skip
    return json.dumps(rows, ensure_ascii=False, separators=(",", ":"))


def _decode(raw: str) -> tuple[PublishedFigure, ...]:
    rows: list[dict[str, Any]] = json.loads(raw)
    return tuple(
        PublishedFigure(str(r["table"]), str(r["code"]), r["value"], str(r["display"]))
        for r in rows
    )


def record_issue(session: Session, client_id: int, report: AnnualReport, fmt: str) -> int:
    """Record that `report` left the vault as `fmt`; returns the record's id."""
    counts = year_counts(session, client_id, [report.year])[report.year]
    truth = {"handled": counts.handled, "new": counts.new, "carried_over": counts.carried_over,
             "closed": counts.closed, "open_at_year_end": counts.open_at_year_end}  # fmt: skip
    row = IssuedReport(
        truth=json.dumps(truth),
        client_id=client_id,
        year=report.year,
        issued_at=utcnow(),
        threshold=report.threshold,
        language=report.lang,
        format=fmt,
        figures=_encode(published_figures(report)),
    )
    session.add(row)
    session.flush()
    return row.id


def issued_figures(session: Session, client_id: int) -> list[IssuedFigures]:
    """The client's issued reports still on record, oldest first."""
    rows = session.scalars(
        select(IssuedReport)
        .where(IssuedReport.client_id == client_id, IssuedReport.withdrawn_at.is_(None))
        .order_by(IssuedReport.issued_at, IssuedReport.id)
    )
    return [
        IssuedFigures(
            r.year, r.threshold, r.issued_at, _decode(r.figures),
            tuple(sorted(json.loads(r.truth).items())) if r.truth else (),
        )
        for r in rows
    ]  # fmt: skip


def list_issued(session: Session, client_id: int | None = None) -> list[IssuedSummary]:
    """Issued reports on record (of one client, or all), newest first."""
    query = (
        select(IssuedReport, Client.code, Client.name)
        .join(Client, Client.id == IssuedReport.client_id)
        .where(IssuedReport.withdrawn_at.is_(None))
        .order_by(IssuedReport.issued_at.desc(), IssuedReport.id.desc())
    )
    if client_id is not None:
        query = query.where(IssuedReport.client_id == client_id)
    return [
        IssuedSummary(r.id, code, name, r.year, r.issued_at, r.threshold, r.language, r.format)
        for r, code, name in session.execute(query)
    ]


def withdraw_issue(session: Session, issued_id: int) -> None:
    """Take one issued report out of the record (the adviser confirmed it never went out)."""
    row = session.get(IssuedReport, issued_id)
    if row is None or row.withdrawn_at is not None:
        raise NotFound("issued report")
    row.withdrawn_at = utcnow()
    code = session.get(Client, row.client_id)
    audit.record(
        session,
        "issued_report_withdrawn",
        client_code=code.code if code else None,
        detail=f"{row.year} {row.format}",
    )
    session.flush()
