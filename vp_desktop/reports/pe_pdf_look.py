"""The look of the professional-development PDFs (the report and the recertification dossier).

They share the annual report's font, colours and table look (`pdf_layout`), so the documents in
the adviser's dossier read as one family: the PE styles, the PE table, the date as printed, and
the A4 document with its footer and page numbers.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Table

from vp_desktop.domain.vocab import Lang
from vp_desktop.reports import pdf_layout as layout
from vp_desktop.reports.pe_wording import text as word


def date_text(value: dt.date) -> str:
    return value.strftime("%d-%m-%Y")


# --------------------------------------------------------------------------------------------
# Styles: the annual report's font, colours and table look (`pdf_layout`), so both reports
# in the adviser's dossier read as one family.

GOOD = colors.HexColor("#2e7d32")
WARN = colors.HexColor("#b3261e")
_W = layout.CONTENT_WIDTH / (166 * mm)  # widths below are mm of a 166 mm wide text column


def pe_styles() -> dict[str, ParagraphStyle]:
    shared = layout.styles()
    cell = ParagraphStyle("pe_cell", parent=shared.cell, fontSize=8.3, leading=10.5)

    def derive(name: str, parent: ParagraphStyle, **changes: Any) -> ParagraphStyle:
        return ParagraphStyle(f"pe_{name}", parent=parent, **changes)

    return {
        "title": shared.h1,
        "subtitle": derive(
            "subtitle", shared.body, fontSize=12, leading=16, textColor=layout.ACCENT
        ),
        # Headings stay with what follows them, never alone at the foot of a page.
        "h2": derive("h2", shared.h2, textColor=layout.ACCENT, fontSize=12, keepWithNext=1),
        "h3": derive("h3", shared.h2, keepWithNext=1),
        "intro": derive("intro", shared.body, keepWithNext=1),
        "body": shared.body,
        "label": derive("label", shared.body, fontName=layout.FONT_BOLD, spaceAfter=0),
        "value": derive("value", shared.body, spaceAfter=0),
        "note": shared.note,
        "cell": cell,
        "bold": derive("bold", cell, fontName=layout.FONT_BOLD),
        "num": derive("num", cell, alignment=TA_RIGHT),
        "head": shared.cell_head,
        "numhead": shared.cell_head_right,
    }


def pe_table(
    rows: list[list[Any]], widths: Sequence[float], *, numeric_from: int, total_row: bool = False
) -> Table:
    # Padding 4 + 4 pt (see below); dates and headings never break inside a word.
    fitted = layout.fit_widths(rows, [w * _W * mm for w in widths], padding=8)
    table = Table(rows, colWidths=fitted, repeatRows=1, hAlign="LEFT")
    style = layout.grid_style(len(rows), numeric_from)
    style.add("VALIGN", (0, 0), (-1, -1), "TOP")
    # Narrower padding than the annual report's: this table has seven columns on portrait A4.
    style.add("LEFTPADDING", (0, 0), (-1, -1), 4)
    style.add("RIGHTPADDING", (0, 0), (-1, -1), 4)
    if total_row:
        style.add("BACKGROUND", (0, -1), (-1, -1), layout.TINT)
        style.add("LINEABOVE", (0, -1), (-1, -1), 0.8, layout.ACCENT)
    table.setStyle(style)
    return table


def build_document(story: list[Any], title: str, adviser_name: str, lang: Lang) -> bytes:
    """A4 pages in the PE report's layout, with its footer and page numbers."""
    layout.register_fonts()
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=layout.MARGIN_X,
        rightMargin=layout.MARGIN_X,
        topMargin=layout.MARGIN_BOTTOM,
        bottomMargin=layout.MARGIN_BOTTOM,
        title=title,
        author=adviser_name,
        creator="VP Desktop",
    )
    footer = f"{word('title', lang)} · {adviser_name}".rstrip(" ·")

    def decorate(canvas: Any, document: Any) -> None:
        # The annual report's footer: a thin rule, muted text, the page number on the right.
        canvas.saveState()
        canvas.setFont(layout.FONT, 7.8)
        canvas.setFillColor(layout.MUTED)
        canvas.setStrokeColor(layout.RULE)
        canvas.setLineWidth(0.6)
        bottom = 12 * mm
        canvas.line(layout.MARGIN_X, bottom + 4 * mm, A4[0] - layout.MARGIN_X, bottom + 4 * mm)
        canvas.drawString(layout.MARGIN_X, bottom, footer)
        canvas.drawRightString(A4[0] - layout.MARGIN_X, bottom, word("page", lang, n=document.page))
        canvas.restoreState()

    doc.build(story, onFirstPage=decorate, onLaterPages=decorate)
    return buffer.getvalue()
