"""Locking with the desktop: when the screen locks or the laptop goes to sleep, so does the vault.

On Linux the desktop says so on D-Bus: the screensaver's `ActiveChanged(true)` on the session bus
(`org.freedesktop.ScreenSaver` for KDE, Xfce and others, `org.gnome.ScreenSaver` for GNOME) and
logind's `PrepareForSleep(true)` on the system bus. Without a bus (a minimal session, a test, or
another platform) the watcher does nothing and says nothing: the idle lock still works.
Windows (WTS_SESSION_LOCK, PBT_APMSUSPEND) and macOS (com.apple.screenIsLocked, NSWorkspace
willSleep) are described in packaging/README.md.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import SLOT, QObject, Signal, Slot

log = logging.getLogger(__name__)

#: (service, path, interface, signal) on the session bus
SCREENSAVERS = (
    ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"),
    ("org.freedesktop.ScreenSaver", "/ScreenSaver", "org.freedesktop.ScreenSaver"),
    ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"),
)
LOGIND = ("org.freedesktop.login1", "/org/freedesktop/login1", "org.freedesktop.login1.Manager")


class SessionWatch(QObject):
    """Emits `lock_requested` when the desktop locks the screen or is about to sleep."""

    lock_requested = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.listening: list[str] = []  # what was connected (for the About box and tests)
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:  # a Qt without D-Bus (Windows and macOS builds)
            return
        session = QDBusConnection.sessionBus()
        if session.isConnected():
            for service, path, interface in SCREENSAVERS:
                if session.connect(
                    service, path, interface, "ActiveChanged", self, _slot("screensaver_changed")
                ):
                    self.listening.append(interface)
        system = QDBusConnection.systemBus()
        if system.isConnected():
            service, path, interface = LOGIND
            if system.connect(
                service, path, interface, "PrepareForSleep", self, _slot("sleep_coming")
            ):
                self.listening.append(interface)
        log.debug("locking with the desktop via %s", self.listening or "nothing")

    @Slot(bool)
    def screensaver_changed(self, active: bool) -> None:
        if active:
            self.lock_requested.emit()

    @Slot(bool)
    def sleep_coming(self, starting: bool) -> None:
        if starting:
            self.lock_requested.emit()


def _slot(name: str) -> Any:
    """Qt's SLOT() signature of a bool slot, as QtDBus wants it: "1name(bool)". Without the
    leading code Qt drops the first letter and connects nothing (the stubs say bytes, but
    PySide6 takes only the str that SLOT() returns)."""
    return SLOT(f"{name}(bool)")
