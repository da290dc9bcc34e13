"""The last line of defence: an unexpected error becomes a calm message, never a traceback.

Only the exception's type and the code locations are logged — an exception's message can carry
what the adviser typed, so it never reaches the log.
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QCoreApplication

log = logging.getLogger("vp_desktop")

Reporter = Callable[[str, str], None]


def describe_without_content(exc_type: type[BaseException], tb: TracebackType | None) -> str:
    """`ValueError at vp_desktop/x.py:12 in f <- …` — where it happened, not what it said."""
    frames = traceback.extract_tb(tb)
    where = " <- ".join(
        f"{frame.filename.rsplit('vp_desktop', 1)[-1].lstrip('/')}:{frame.lineno} in {frame.name}"
        for frame in reversed(frames[-6:])
    )
    return f"{exc_type.__name__} at {where or 'unknown location'}"


class ErrorGuard:
    def __init__(self, report: Reporter) -> None:
        self._report = report
        self._previous = sys.excepthook

    def install(self) -> None:
        sys.excepthook = self.handle

    def uninstall(self) -> None:
        sys.excepthook = self._previous

    def handle(
        self,
        exc_type: type[BaseException],
        exc: BaseException,
        tb: TracebackType | None,
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            self._previous(exc_type, exc, tb)
            return
        log.error("unexpected error: %s", describe_without_content(exc_type, tb))
        title = QCoreApplication.translate("ErrorGuard", "Er ging iets mis")
        text = QCoreApplication.translate(
            "ErrorGuard",
            "VP Desktop kon deze handeling niet afmaken. Wat al was opgeslagen, staat veilig in "
            "de kluis. Probeer het nog eens; blijft het misgaan, sla dan uw werk op en start "
            "VP Desktop opnieuw.",
        )
        try:
            self._report(title, text)
        except Exception:  # noqa: BLE001 - the guard itself must never raise
            log.error("could not show the error message")
