"""Table-cell labels of the reports: a plain line where it fits, drawn exactly like a Paragraph."""

from __future__ import annotations

import io
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from reportlab.lib.pagesizes import A6
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Table
from reportlab.platypus.paragraph import ParagraphStyle

from vp_desktop.reports.pdf_layout import Label, grid_style, styles

CELL_TEXTS = [
    "Ongewenste omgangsvormen",
    "Belangenverstrengeling bij het bestuur & (vermeende) nevenwerkzaamheden in één zin",
    "Privé",
    "Twee  spaties",
]
needs_poppler = pytest.mark.skipif(
    shutil.which("pdftoppm") is None, reason="poppler-utils (pdftoppm) is not installed"
)


def test_a_label_that_fits_takes_the_paragraphs_size_without_one() -> None:
    label = Label("Ongewenste omgangsvormen", styles().cell)

    assert label.wrap(200, 100) == Paragraph("Ongewenste omgangsvormen", styles().cell).wrap(
        200, 100
    )
    assert label._paragraph is None


@pytest.mark.parametrize(
    ("text", "style"),
    [
        ("Belangenverstrengeling bij het bestuur", styles().cell),  # too wide for 80 pt
        ("Twee  spaties", styles().cell),  # a Paragraph would reflow these
        ("Regel één\nregel twee", styles().cell),
        ("", styles().cell),  # an empty Paragraph has no height at all
        ("Kort", ParagraphStyle("indented", parent=styles().cell, leftIndent=6)),
    ],
)
def test_a_label_a_paragraph_would_reflow_is_a_paragraph(text: str, style: ParagraphStyle) -> None:
    label = Label(text, style)

    assert label.wrap(80, 100) == Paragraph(escape(text), style).wrap(80, 100)
    assert label._paragraph is not None


def test_markup_characters_are_text_not_markup() -> None:
    label = Label("A & B <b>", styles().cell)
    label.wrap(300, 100)

    assert label._paragraph is None
    assert label.text == "A & B <b>"


def _paragraph(text: str, style: ParagraphStyle) -> Flowable:
    return Paragraph(escape(text), style)


def _table_pdf(cell: Callable[[str, ParagraphStyle], Flowable], tmp_path: Path, name: str) -> Path:
    s = styles()
    rows: list[list[object]] = [[cell("Onderwerp", s.cell_head), cell("Aantal", s.cell_head_right)]]
    for text in CELL_TEXTS:
        rows.append([cell(text, s.cell_bold if text == "Privé" else s.cell), "12"])
    table = Table(rows, colWidths=[150, 60])
    table.setStyle(grid_style(len(rows)))
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A6, invariant=True).build([table])
    path = tmp_path / f"{name}.pdf"
    path.write_bytes(buffer.getvalue())
    return path


def _pixels(pdf: Path) -> bytes:
    subprocess.run(["pdftoppm", "-png", "-r", "150", "-singlefile", str(pdf), str(pdf)], check=True)
    return pdf.with_suffix(".pdf.png").read_bytes()


@needs_poppler
def test_a_table_of_labels_looks_exactly_like_one_of_paragraphs(tmp_path: Path) -> None:
    with_labels = _pixels(_table_pdf(Label, tmp_path, "labels"))
    with_paragraphs = _pixels(_table_pdf(_paragraph, tmp_path, "paragraphs"))

    assert with_labels == with_paragraphs
