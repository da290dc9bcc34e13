"""The annual report as json and csv: the protected figures, stable for integrations.

json: ``{"client": CODE, "year": Y, "threshold": k, "total_cases": {"value", "display"},
"tables": [{"key", "title", "rows": [{"code", "label", "value", "display"}]}], "demo"}``, where a
``value`` is null exactly when the figure is hidden. The csv holds the same tables, one row per
figure. Neither holds anything the PDF does not: no texts, no dates, no case data.
"""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from vp_desktop.reports import wording
from vp_desktop.reports.data import AnnualReport, Row, Table

CSV_COLUMNS = ("table", "title", "code", "label", "value", "display")


def report_tables(report: AnnualReport) -> list[Table]:
    """Every table of the report that can be shown, in the order of the PDF."""
    lang = report.lang
    tables = [t for t in (report.intake, report.closure) if t is not None]
    tables += [*report.breakdowns, report.time]
    tables += [table for section in report.extra_sections for table in section.tables]
    for key, pick in (("trend_new", "new"), ("trend_handled", "handled")):
        rows = []
        for year in report.trend:
            figure = getattr(year, pick)
            rows.append(Row(str(year.year), str(year.year), figure.value, figure.display))
        tables.append(Table(key, wording.text(f"table_{key}", lang), tuple(rows)))
    tables.append(report.activity_kinds)
    development = report.development
    sessions = development.intervision_sessions
    label = wording.text("intervision_sessions", lang)
    session_row = Row("intervision_sessions", label, sessions, str(sessions))
    hours = development.hours
    tables.append(Table(hours.key, hours.title, (*hours.rows, session_row)))
    return tables


def report_dict(report: AnnualReport) -> dict[str, Any]:
    return {
        "client": report.client.code,
        "year": report.year,
        "threshold": report.threshold,
        "total_cases": {"value": report.total_cases.value, "display": report.total_cases.display},
        "tables": [_table_dict(table) for table in report_tables(report)],
        # Added fields (integrations keep working): made from the fictional demo practice.
        "demo": report.demo,
    }


def _table_dict(table: Table) -> dict[str, Any]:
    out: dict[str, Any] = {
        "key": table.key,
        "title": table.title,
        "rows": [
            {"code": r.code, "label": r.label, "value": r.value, "display": r.display}
            for r in table.rows
        ],
    }
    if table.merged:  # added field: rare figures printed together in an "other" row
        out["merged"] = {into: list(codes) for into, codes in table.merged}
    if table.groups:  # added field: rows that count a group of codes
        out["groups"] = {group: list(codes) for group, codes in table.groups}
    return out


def to_json(report: AnnualReport) -> bytes:
    """UTF-8 json, keys in schema order, indented for people who open it."""
    return (json.dumps(report_dict(report), ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def to_csv(report: AnnualReport) -> bytes:
    """UTF-8 csv with a heading row; the client-year total comes first as table "total_cases"."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    total = report.total_cases
    title = wording.text("handled", report.lang)
    writer.writerow(("total_cases", title, "total", title, _cell(total.value), total.display))
    for table in report_tables(report):
        for r in table.rows:
            writer.writerow((table.key, table.title, r.code, r.label, _cell(r.value), r.display))
    return out.getvalue().encode("utf-8")


def _cell(value: int | None) -> str:
    return "" if value is None else str(value)
