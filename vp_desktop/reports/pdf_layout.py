"""The look of the annual report: font, colours, paragraph styles, labels, tiles and tables.

The font is DejaVu Sans (open licence, full coverage of Dutch, ĳ included), embedded from
`resources/fonts`. The pages themselves (frames, header, footer, cover) are in `pdf_pages`.
Table cells hold `Label`s: most labels fit one line, and a plain line costs a fraction of a
`Paragraph` (markup parser, line breaker) while looking exactly the same.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any
from xml.sax.saxutils import escape, unescape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from vp_desktop.resources import resource_path

FONT = "VPSans"
FONT_BOLD = "VPSans-Bold"

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 22 * mm
MARGIN_TOP = 26 * mm
MARGIN_BOTTOM = 22 * mm
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN_X

INK = colors.HexColor("#1d2b36")
MUTED = colors.HexColor("#5f6f7a")
ACCENT = colors.HexColor("#1f5f73")
ACCENT_SOFT = colors.HexColor("#8fb8c4")
TINT = colors.HexColor("#edf4f6")
STRIPE = colors.HexColor("#f6f8f9")
RULE = colors.HexColor("#cfd8dd")


@cache
def register_fonts() -> None:
    """Register the embedded font once per process."""
    pdfmetrics.registerFont(TTFont(FONT, str(resource_path("fonts", "DejaVuSans.ttf"))))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(resource_path("fonts", "DejaVuSans-Bold.ttf"))))
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD
    )


@dataclass(frozen=True, slots=True)
class Styles:
    body: ParagraphStyle
    small: ParagraphStyle
    note: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_head: ParagraphStyle
    cell_head_right: ParagraphStyle
    cell_group: ParagraphStyle
    tile_value: ParagraphStyle
    tile_label: ParagraphStyle
    cover_title: ParagraphStyle
    cover_client: ParagraphStyle
    cover_year: ParagraphStyle
    cover_label: ParagraphStyle
    cover_value: ParagraphStyle


@cache
def styles() -> Styles:
    register_fonts()
    body = ParagraphStyle(
        "body", fontName=FONT, fontSize=9.5, leading=14.5, textColor=INK, alignment=TA_LEFT,
        spaceAfter=6,
    )  # fmt: skip

    def derive(name: str, **changes: Any) -> ParagraphStyle:
        return ParagraphStyle(name, parent=body, **changes)

    return Styles(
        body=body,
        small=derive("small", fontSize=8.5, leading=12),
        note=derive("note", fontSize=8, leading=11, textColor=MUTED, spaceBefore=3, spaceAfter=10),
        h1=derive(
            "h1",
            fontName=FONT_BOLD,
            fontSize=17,
            leading=22,
            textColor=ACCENT,
            spaceBefore=4,
            spaceAfter=10,
        ),  # fmt: skip
        h2=derive(
            "h2", fontName=FONT_BOLD, fontSize=10.5, leading=14, spaceBefore=12, spaceAfter=5
        ),
        cell=derive("cell", fontSize=8.8, leading=11.5, spaceAfter=0),
        cell_bold=derive("cell_bold", fontName=FONT_BOLD, fontSize=8.8, leading=11.5, spaceAfter=0),
        cell_head=derive(
            "cell_head",
            fontName=FONT_BOLD,
            fontSize=8.3,
            leading=11,
            textColor=colors.white,
            spaceAfter=0,
        ),  # fmt: skip
        cell_head_right=derive(
            "cell_head_right",
            fontName=FONT_BOLD,
            fontSize=8.3,
            leading=11,
            textColor=colors.white,
            alignment=TA_RIGHT,
            spaceAfter=0,
        ),  # fmt: skip
        cell_group=derive(
            "cell_group",
            fontName=FONT_BOLD,
            fontSize=8,
            leading=11,
            textColor=ACCENT,
            spaceAfter=0,
        ),  # fmt: skip
        tile_value=derive(
            "tile_value",
            fontName=FONT_BOLD,
            fontSize=20,
            leading=24,
            textColor=ACCENT,
            spaceAfter=0,
        ),  # fmt: skip
        tile_label=derive("tile_label", fontSize=7.8, leading=10, textColor=MUTED, spaceAfter=0),
        cover_title=derive(
            "cover_title", fontName=FONT_BOLD, fontSize=24, leading=30, spaceAfter=6
        ),
        cover_client=derive(
            "cover_client", fontSize=17, leading=22, textColor=ACCENT, spaceAfter=0
        ),
        cover_year=derive(
            "cover_year",
            fontName=FONT_BOLD,
            fontSize=54,
            leading=60,
            textColor=ACCENT_SOFT,
            spaceAfter=0,
        ),  # fmt: skip
        cover_label=derive("cover_label", fontSize=8.5, leading=12, textColor=MUTED, spaceAfter=0),
        cover_value=derive("cover_value", fontSize=10, leading=13, spaceAfter=0),
    )


class Label(Flowable):  # type: ignore[misc]
    """Plain text in a paragraph style: drawn as one line where it fits, wrapped where not.

    A one-line label is placed exactly where a `Paragraph` of the same style would put it
    (baseline one font size below the top, height one leading, aligned within the full width),
    so tables look the same whichever way a cell is drawn. Text that needs wrapping, or that a
    `Paragraph` would reflow (runs of spaces, line breaks), is handed to a `Paragraph`.
    Meant for table cells: like any cell content, it is never split across pages.
    """

    def __init__(self, text: str, style: ParagraphStyle) -> None:
        super().__init__()
        self.text = text
        self.style = style
        self.spaceBefore = style.spaceBefore
        self.spaceAfter = style.spaceAfter
        self._text_width = pdfmetrics.stringWidth(text, style.fontName, style.fontSize)
        self._plain = bool(text) and " ".join(text.split()) == text and _unindented(style)
        self._paragraph: Paragraph | None = None

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        if self._plain and self._text_width <= avail_width:
            self._paragraph = None
            self.width, self.height = avail_width, self.style.leading
            return self.width, self.height
        if self._paragraph is None:
            self._paragraph = Paragraph(escape(self.text), self.style)
        self.width, self.height = self._paragraph.wrap(avail_width, avail_height)
        return self.width, self.height

    def draw(self) -> None:
        if self._paragraph is not None:
            self._paragraph.drawOn(self.canv, 0, 0)
            return
        style, canvas = self.style, self.canv
        canvas.setFillColor(style.textColor)
        canvas.setFont(style.fontName, style.fontSize, style.leading)
        baseline = self.height - style.fontSize
        if style.alignment == TA_RIGHT:
            canvas.drawRightString(self.width, baseline, self.text)
        elif style.alignment == TA_CENTER:
            canvas.drawCentredString(self.width / 2, baseline, self.text)
        else:
            canvas.drawString(0, baseline, self.text)


def _unindented(style: ParagraphStyle) -> bool:
    indents = style.leftIndent or style.rightIndent or style.firstLineIndent
    return not (indents or style.backColor or style.borderWidth)


def tile_grid(tiles: Sequence[tuple[str, str]], per_row: int = 4) -> Table:
    """Key figures as tiles: a big number over its label, `per_row` to a row."""
    s = styles()
    cells: list[object] = [
        [Label(value, s.tile_value), Label(label, s.tile_label)] for value, label in tiles
    ]
    while len(cells) % per_row:
        cells.append("")
    grid = [cells[i : i + per_row] for i in range(0, len(cells), per_row)]
    gap = 3 * mm
    width = (CONTENT_WIDTH - gap * (per_row - 1)) / per_row
    widths: list[float] = []
    for i in range(per_row):
        widths += [width] + ([gap] if i < per_row - 1 else [])
    rows = [sum(([c, ""] for c in row), [])[:-1] for row in grid]
    table = Table(rows, colWidths=widths, rowHeights=None)
    commands: list[tuple[object, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 7),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 9),
        ("LEFTPADDING", (0, 0), (-1, -1), 8),
    ]
    for y, row in enumerate(grid):
        for x, cell in enumerate(row):
            if cell != "":
                commands.append(("BACKGROUND", (2 * x, y), (2 * x, y), TINT))
                commands.append(("LINEABOVE", (2 * x, y), (2 * x, y), 2, ACCENT))
    table.setStyle(TableStyle(commands))
    table.spaceAfter = 6
    return table


def head_row(headings: Sequence[str], numeric_from: int) -> list[object]:
    """A table's heading row; columns from `numeric_from` on hold figures (right-aligned)."""
    return [
        Label(h, styles().cell_head_right if i >= numeric_from else styles().cell_head)
        for i, h in enumerate(headings)
    ]


def grid_style(n_rows: int, numeric_from: int = 1) -> TableStyle:
    """The report's table look: accent heading row, light stripes, figures on the right."""
    commands: list[tuple[object, ...]] = [
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
        ("FONT", (0, 1), (-1, -1), "VPSans", 8.8),
        ("ALIGN", (numeric_from, 0), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 6),
        ("RIGHTPADDING", (0, 0), (-1, -1), 8),
        ("LINEBELOW", (0, -1), (-1, -1), 0.6, RULE),
    ]
    commands += [("BACKGROUND", (0, i), (-1, i), STRIPE) for i in range(2, n_rows, 2)]
    return TableStyle(commands)


def _longest_word(cell: object, default: ParagraphStyle) -> float:
    """Width of the widest word in a cell: a table cell wraps at spaces, never inside a word."""
    if isinstance(cell, Label | Paragraph):
        text, style = unescape(str(cell.text)), cell.style
    elif isinstance(cell, str):
        text, style = cell, default
    else:
        return 0.0
    words = text.split()
    return max(
        (pdfmetrics.stringWidth(w, style.fontName, style.fontSize) for w in words), default=0
    )


def fit_widths(
    rows: Sequence[Sequence[object]],
    widths: Sequence[float],
    *,
    padding: float,
    longest: float = 40 * mm,
) -> list[float]:
    """Column widths near `widths` (same total) in which no word has to be split: a column too
    narrow for its widest word (a date, a heading) takes room from columns with room to spare.
    Words wider than `longest` (file names, long codes) may still be split; they would not fit
    a sensible column anyway."""
    default = styles().cell
    need = [0.0] * len(widths)
    for row in rows:
        for i, cell in enumerate(row[: len(widths)]):
            need[i] = max(need[i], min(_longest_word(cell, default) + padding + 0.5, longest))
    fitted = [max(w, n) for w, n in zip(widths, need, strict=True)]
    excess = sum(fitted) - sum(widths)
    slack = [f - n if f > n else 0.0 for f, n in zip(fitted, need, strict=True)]
    spare = sum(slack)
    if excess > 0 and spare > 0:
        share = min(excess / spare, 1.0)
        fitted = [f - s * share for f, s in zip(fitted, slack, strict=True)]
    scale = sum(widths) / sum(fitted)
    return [f * scale for f in fitted] if scale < 1 else fitted
