"""The advice log, the jaarplan and the RI&E and MTO dates of one client as a workbook, for the
handover when a contract ends (offboarding). Text cells stay text, never a formula, and no sheet
is written to a temporary folder."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from vp_desktop.domain import vocab
from vp_desktop.domain.advice_themes import ADVICE_THEMES
from vp_desktop.domain.vocab import Lang
from vp_desktop.reports.spreadsheet import new_workbook, write_cell
from vp_desktop.services.clients.clients import get_client
from vp_desktop.services.safe_files import write_private_file
from vp_desktop.services.signals import advice
from vp_desktop.store.models import Activity, PlanItem

Cell = str | int | dt.date | None

_HEADERS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "advice": (
        ("Datum", "Gevraagd", "Thema", "Advies", "Opvolgen op", "Opvolging gedaan"),
        ("Date", "Asked for", "Theme", "Advice", "Follow up on", "Followed up"),
    ),
    "plan": (
        ("Jaar", "Activiteit", "Streefdatum", "Omschrijving", "Gehouden op"),
        ("Year", "Activity", "Target date", "Description", "Held on"),
    ),
    "surveys": (("Onderzoek", "Datum"), ("Survey", "Date")),
}
_SHEETS = {
    "advice": ("Adviezen", "Advice"),
    "plan": ("Jaarplan", "Annual plan"),
    "surveys": ("RI&E en MTO", "Risk inventory and survey"),
}


def suggested_file_name(client_code: str) -> str:
    return f"adviezen-en-jaarplan-{client_code}.xlsx"


def handover_rows(session: Session, client_id: int, lang: Lang) -> dict[str, list[list[Cell]]]:
    yes, no = ("ja", "nee") if lang == "nl" else ("yes", "no")
    client = get_client(session, client_id)
    rows: dict[str, list[list[Cell]]] = {
        "advice": [
            [
                e.given_on,
                yes if e.solicited else no,
                ADVICE_THEMES.label(e.theme, lang),
                e.summary,
                e.follow_up_on,
                yes if e.follow_up_done else no,
            ]
            for e in reversed(advice.list_advice(session, client_id))
        ],
        "plan": [
            [
                item.year,
                vocab.ACTIVITY_KINDS.label(item.kind, lang),
                item.target_on,
                item.description,
                held_on,
            ]
            for item, held_on in session.execute(
                select(PlanItem, Activity.occurred_on)
                .outerjoin(Activity, Activity.id == PlanItem.activity_id)
                .where(PlanItem.client_id == client_id)
                .order_by(PlanItem.year, PlanItem.target_on, PlanItem.id)
            )
        ],  # fmt: skip
        "surveys": [["RI&E", client.rie_on], ["MTO", client.mto_on]],
    }
    return rows


def export_handover(session: Session, client_id: int, target: Path, lang: Lang = "nl") -> Path:
    """The workbook, built wholly in memory (`spreadsheet.new_workbook`), as a private file."""
    buffer = io.BytesIO()
    workbook = new_workbook(buffer)
    date_format = workbook.add_format({"num_format": "DD-MM-YYYY"})
    for key, rows in handover_rows(session, client_id, lang).items():
        sheet = workbook.add_worksheet(_SHEETS[key][0 if lang == "nl" else 1])
        for column, heading in enumerate(_HEADERS[key][0 if lang == "nl" else 1]):
            sheet.write_string(0, column, heading)
        for number, row in enumerate(rows, start=1):
            for column, value in enumerate(row):
                write_cell(sheet, number, column, value, date_format=date_format)
    workbook.close()
    write_private_file(target, buffer.getvalue())
    return target
