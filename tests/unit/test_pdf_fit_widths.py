"""Table columns wide enough for their widest word, the table as wide as asked."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics

from vp_desktop.reports.pdf_layout import Label, fit_widths, styles


def test_a_narrow_date_column_takes_room_from_a_wide_one() -> None:
    s = styles()
    rows = [
        [Label("Afgegeven", s.cell_head), Label("Omschrijving", s.cell_head)],
        [Label("15-02-2027", s.cell), Label("korte woorden hier", s.cell)],
    ]
    widths = fit_widths(rows, [12 * mm, 80 * mm], padding=8)
    date = pdfmetrics.stringWidth("15-02-2027", s.cell.fontName, s.cell.fontSize)
    head = pdfmetrics.stringWidth("Afgegeven", s.cell_head.fontName, s.cell_head.fontSize)
    assert widths[0] >= max(date, head) + 8
    assert abs(sum(widths) - 92 * mm) < 0.01


def test_columns_that_fit_keep_their_width_and_huge_words_may_still_split() -> None:
    s = styles()
    rows = [["12", Label("x" * 200, s.cell), "tekst"]]
    widths = fit_widths(rows, [20 * mm, 50 * mm, 40 * mm], padding=8, longest=40 * mm)
    assert widths[0] == 20 * mm and widths[1] == 50 * mm and widths[2] == 40 * mm
