"""Logging for the app and the commands: warnings to the terminal, and for the app a small,
private log file in the platform's log folder.

What VP Desktop logs is content-free by design (event names, error types, code locations; never
case text, names or passphrases), so the file can be sent to support as it is.
"""

from __future__ import annotations

import logging
import os
from logging.handlers import RotatingFileHandler
from pathlib import Path

from vp_desktop.app_dirs import log_file

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
MAX_BYTES = 512 * 1024
KEPT_FILES = 2


def configure_terminal() -> None:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")


def configure_file(path: Path | None = None) -> Path | None:
    """Add the private log file (0600 in a 0700 folder); None when the folder cannot be made:
    a missing log is no reason to keep the adviser from working."""
    path = path or log_file()
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600))
        handler = RotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=KEPT_FILES, encoding="utf-8"
        )
    except OSError:
        return None
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.setLevel(logging.INFO)
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(min(root.level or logging.WARNING, logging.INFO))
    return path
