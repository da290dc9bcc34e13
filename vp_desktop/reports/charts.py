"""Bar charts for the annual report, drawn with reportlab.graphics.

A hidden figure is never drawn as a number or a bar length: its place shows only its marker
("<5" or "x"), exactly as in the tables.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth

from vp_desktop.reports.pdf_layout import ACCENT, ACCENT_SOFT, FONT, INK, MUTED, RULE, TINT


@dataclass(frozen=True, slots=True)
class Bar:
    label: str
    value: int | None  # None when hidden
    display: str


def _nice_step(top: int, ticks: int = 4) -> int:
    raw = max(1.0, top / ticks)
    magnitude: int = 10 ** (len(str(int(raw))) - 1)
    for factor in (1, 2, 2.5, 5, 10):
        step = int(factor * magnitude)
        if step >= raw and step == factor * magnitude:
            return step
    return 10 * magnitude


def horizontal_bars(bars: Sequence[Bar], width: float, font_size: float = 8) -> Drawing | None:
    """One bar per row, labels on the left; None when no figure could be drawn."""
    shown = [b.value for b in bars if b.value is not None]
    if not bars or not any(shown):
        return None
    label_width = width * 0.42
    lines = [simpleSplit(b.label, FONT, font_size, label_width - 8) for b in bars]
    row_heights = [max(16.0, len(ls) * (font_size + 2) + 6) for ls in lines]
    height = sum(row_heights) + 6
    drawing = Drawing(width, height)
    scale = (width - label_width - 34) / max(shown)
    y = height - 3
    for bar, label_lines, row_height in zip(bars, lines, row_heights, strict=True):
        y -= row_height
        middle = y + row_height / 2
        text_top = middle + (len(label_lines) - 1) * (font_size + 2) / 2 - font_size / 3
        for i, line in enumerate(label_lines):
            drawing.add(
                String(0, text_top - i * (font_size + 2), line, fontName=FONT, fontSize=font_size,
                       fillColor=INK)
            )  # fmt: skip
        x0 = label_width
        if bar.value is None:
            drawing.add(
                Rect(x0, middle - 5, 22, 10, fillColor=TINT, strokeColor=RULE, strokeWidth=0.5,
                     strokeDashArray=[1.5, 1.5])
            )  # fmt: skip
            drawing.add(_text(x0 + 11, middle - 3, bar.display, font_size, MUTED, "middle"))
            continue
        length = bar.value * scale
        if length:
            drawing.add(Rect(x0, middle - 5, length, 10, fillColor=ACCENT, strokeColor=None))
        drawing.add(_text(x0 + length + 4, middle - 3, bar.display, font_size, INK))
    drawing.add(Line(label_width, 2, label_width, height - 2, strokeColor=RULE, strokeWidth=0.6))
    return drawing


@dataclass(frozen=True, slots=True)
class Series:
    label: str
    bars: tuple[Bar, ...]  # one per category on the x axis, labels are the x labels
    dark: bool


def grouped_columns(series: Sequence[Series], width: float, height: float) -> Drawing | None:
    """Columns per x label (e.g. per year), one per series, with a y axis and a legend."""
    values = [b.value for s in series for b in s.bars if b.value is not None]
    if not series or not any(values):
        return None
    drawing = Drawing(width, height)
    left, bottom, top_pad = 26.0, 30.0, 8.0
    plot_w, plot_h = width - left - 4, height - bottom - top_pad
    step = _nice_step(max(values))
    top = step * -(-max(values) // step)
    for tick in range(0, top + 1, step):
        y = bottom + plot_h * tick / top
        drawing.add(Line(left, y, left + plot_w, y, strokeColor=RULE, strokeWidth=0.4))
        drawing.add(_text(left - 4, y - 2.5, str(tick), 7, MUTED, "end"))
    labels = [b.label for b in series[0].bars]
    group_w = plot_w / len(labels)
    bar_w = min(22.0, group_w * 0.7 / len(series))
    for g, label in enumerate(labels):
        centre = left + group_w * (g + 0.5)
        drawing.add(_text(centre, bottom - 12, label, 8, INK, "middle"))
        start = centre - bar_w * len(series) / 2
        for s_index, s in enumerate(series):
            bar = s.bars[g]
            x = start + s_index * bar_w
            colour = ACCENT if s.dark else ACCENT_SOFT
            if bar.value is None:
                drawing.add(_text(x + bar_w / 2, bottom + 3, bar.display, 7, MUTED, "middle"))
                continue
            h = plot_h * bar.value / top
            if h:
                drawing.add(Rect(x + 1, bottom, bar_w - 2, h, fillColor=colour, strokeColor=None))
            drawing.add(_text(x + bar_w / 2, bottom + h + 2.5, bar.display, 7, INK, "middle"))
    legend_x = left
    for s in series:
        colour = ACCENT if s.dark else ACCENT_SOFT
        drawing.add(Rect(legend_x, 4, 8, 8, fillColor=colour, strokeColor=None))
        drawing.add(_text(legend_x + 12, 5, s.label, 8, INK))
        legend_x += 24 + stringWidth(s.label, FONT, 8)
    return drawing


def _text(
    x: float, y: float, text: str, size: float, colour: object, anchor: str = "start"
) -> String:
    return String(x, y, text, fontName=FONT, fontSize=size, fillColor=colour, textAnchor=anchor)
