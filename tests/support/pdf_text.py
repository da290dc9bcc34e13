"""The text of a PDF, via poppler's pdftotext (a test dependency, like in the report tests)."""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path


def pdf_text(pdf: bytes) -> str:
    """The text of `pdf` without layout, whitespace collapsed to single spaces."""
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "in.pdf"
        source.write_bytes(pdf)
        out = subprocess.run(
            ["pdftotext", str(source), "-"], check=True, capture_output=True, text=True
        ).stdout
    return " ".join(out.split())
