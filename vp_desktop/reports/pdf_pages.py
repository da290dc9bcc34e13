"""The annual report's pages: the cover and content frames, the cover's colour bands, the
running header and footer ("pagina X van Y"), and the cover page itself.

The footer needs the page count, which is known only after the last page: `numbered_canvas`
keeps each page's state and draws the header and footer of every page when saving.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Frame, PageTemplate, Paragraph, Spacer, Table, TableStyle

from vp_desktop.reports.page_count import counted_canvas
from vp_desktop.reports.pdf_layout import (
    ACCENT,
    CONTENT_WIDTH,
    FONT,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    MUTED,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    RULE,
    TINT,
    Label,
    styles,
)


@dataclass(frozen=True, slots=True)
class PageTexts:
    """What the running header and footer say (already in the report's language)."""

    header_left: str
    header_right: str
    footer_left: str
    page_of: Callable[[int, int], str]


def page_templates() -> list[PageTemplate]:
    """The cover (no header or footer) and the content pages."""
    cover = Frame(
        MARGIN_X, MARGIN_BOTTOM, CONTENT_WIDTH, PAGE_HEIGHT - 2 * MARGIN_BOTTOM, id="cover"
    )
    body = Frame(
        MARGIN_X,
        MARGIN_BOTTOM,
        CONTENT_WIDTH,
        PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM,
        id="body",
        leftPadding=0,
        rightPadding=0,
    )
    return [
        PageTemplate("cover", [cover], onPage=_draw_cover_band),
        PageTemplate("content", [body]),
    ]


def _draw_cover_band(canvas: Canvas, _doc: object) -> None:
    canvas.saveState()
    canvas.setFillColor(ACCENT)
    canvas.rect(0, PAGE_HEIGHT - 18 * mm, PAGE_WIDTH, 18 * mm, stroke=0, fill=1)
    canvas.setFillColor(TINT)
    canvas.rect(0, 0, PAGE_WIDTH, 14 * mm, stroke=0, fill=1)
    canvas.restoreState()


def numbered_canvas(texts: PageTexts) -> type[Canvas]:
    """A canvas class that draws header and footer on every page but the first (the cover)."""

    def draw(canvas: Canvas, number: int, total: int) -> None:
        if number > 1:
            _draw_running_texts(canvas, texts, number, total)

    return counted_canvas(draw)


def fit_text(text: str, width: float, size: float) -> str:
    """`text` shortened at the end with an ellipsis so that it fits `width` (a long client name
    must not run into the practice name beside it)."""
    if pdfmetrics.stringWidth(text, FONT, size) <= width:
        return text
    while text and pdfmetrics.stringWidth(text + "…", FONT, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def _draw_running_texts(canvas: Canvas, texts: PageTexts, number: int, total: int) -> None:
    canvas.saveState()
    top = PAGE_HEIGHT - 14 * mm
    canvas.setFont(FONT, 7.8)
    canvas.setFillColor(MUTED)
    right_width = pdfmetrics.stringWidth(texts.header_right, FONT, 7.8)
    room = PAGE_WIDTH - 2 * MARGIN_X - right_width - 6 * mm
    canvas.drawString(MARGIN_X, top, fit_text(texts.header_left, room, 7.8))
    canvas.drawRightString(PAGE_WIDTH - MARGIN_X, top, texts.header_right)
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.6)
    canvas.line(MARGIN_X, top - 2.6 * mm, PAGE_WIDTH - MARGIN_X, top - 2.6 * mm)
    bottom = 12 * mm
    canvas.line(MARGIN_X, bottom + 4 * mm, PAGE_WIDTH - MARGIN_X, bottom + 4 * mm)
    canvas.drawString(MARGIN_X, bottom, texts.footer_left)
    canvas.drawRightString(PAGE_WIDTH - MARGIN_X, bottom, texts.page_of(number, total))
    canvas.restoreState()


def cover_page(
    year: int, title: str, client: str, details: Sequence[tuple[str, str]], note: str
) -> list[Flowable]:
    """The cover: the year large, the title, the client, then a list of particulars."""
    s = styles()
    rows = [
        [Label(label, s.cover_label), Label(value, s.cover_value)]
        for label, value in details
        if value
    ]
    table = Table(rows, colWidths=[45 * mm, CONTENT_WIDTH - 45 * mm])
    table.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return [
        Spacer(1, 38 * mm),
        Paragraph(str(year), s.cover_year),
        Spacer(1, 4 * mm),
        Paragraph(escape(title), s.cover_title),
        Paragraph(escape(client), s.cover_client),
        Spacer(1, 30 * mm),
        table,
        Spacer(1, 14 * mm),
        Paragraph(escape(note), s.note),
    ]
