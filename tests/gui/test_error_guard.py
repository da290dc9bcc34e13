"""An unexpected error shows a calm message and logs where it happened, never what it said."""

from __future__ import annotations

import logging
import sys

from vp_desktop.ui.shell.error_guard import ErrorGuard

SECRET = "melder Jansen-7781 vertelde"


def _raise_with_content() -> None:
    raise ValueError(f"could not save {SECRET}")


def test_unexpected_error_is_reported_without_content(qapp, caplog) -> None:
    shown: list[tuple[str, str]] = []
    guard = ErrorGuard(lambda title, text: shown.append((title, text)))
    guard.install()
    try:
        assert sys.excepthook == guard.handle
        try:
            _raise_with_content()
        except ValueError:
            with caplog.at_level(logging.ERROR, logger="vp_desktop"):
                sys.excepthook(*sys.exc_info())  # type: ignore[arg-type]
    finally:
        guard.uninstall()
    assert shown and shown[0][0] == "Er ging iets mis"
    assert SECRET not in shown[0][1]
    logged = caplog.text
    assert "ValueError" in logged and "_raise_with_content" in logged
    assert SECRET not in logged and "Jansen" not in logged


def test_a_failing_reporter_does_not_raise(qapp) -> None:
    def broken(_title: str, _text: str) -> None:
        raise RuntimeError("no screen")

    guard = ErrorGuard(broken)
    try:
        _raise_with_content()
    except ValueError:
        guard.handle(*sys.exc_info())  # type: ignore[arg-type]
