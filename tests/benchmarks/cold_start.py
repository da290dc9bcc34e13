"""Run in a fresh interpreter: start VP Desktop as `vp-desktop` does, up to the unlock screen
(the start screen) painted, then print the seconds since this script began, the heavy modules
that got loaded on the way, and quit.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

STARTED = time.perf_counter()
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))


def main() -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from vp_desktop import cli

    def shown() -> None:
        for window in QApplication.topLevelWidgets():
            if window.isVisible():
                window.repaint()
        print(f"{time.perf_counter() - STARTED:.4f}", flush=True)
        watched = ("reportlab", "openpyxl", "alembic", "PySide6.QtPdf")
        modules = ",".join(name for name in watched if name in sys.modules)
        print(modules or "-", flush=True)
        QApplication.instance().quit()  # type: ignore[union-attr]

    QTimer.singleShot(0, shown)
    cli.main([])


if __name__ == "__main__":
    main()
