"""A whole GUI session leaves no case content outside the vault and never touches the network.

Home and temp point into the test's own folders; the session opens the practice, shows a case,
previews an annual report, exports nothing and locks. Afterwards every file that appeared under
home or temp is read: only the encrypted vault (and its companions) may exist with case data, and
no file, log record or QSettings value holds a canary. Every socket use fails the test.
"""

from __future__ import annotations

import datetime as dt
import logging
import socket
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import NoReturn

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from tests.conftest import PASSPHRASE
from tests.gui.conftest import ScriptedPrompts
from vp_desktop.services.annual_report import report_texts
from vp_desktop.services.casework import cases, contacts
from vp_desktop.services.clients import clients
from vp_desktop.services.data_safety import vaults
from vp_desktop.ui.app import Shell

CANARIES = ("Kanarie7719meldernaam", "Kanarie7719notitie", "Kanarie7719gesprek")
TODAY = dt.date.today()


@pytest.fixture
def sandbox(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Path, Path]]:
    home, temp = tmp_path / "home", tmp_path / "tmp"
    home.mkdir()
    temp.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("TMPDIR", str(temp))
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_RUNTIME_DIR"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    yield home, temp


@pytest.fixture
def network_refused(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    attempts: list[str] = []

    def refuse(name: str) -> Callable[..., NoReturn]:
        def fail(*args: object, **kwargs: object) -> NoReturn:
            attempts.append(name)
            raise OSError(f"network use during a GUI session: {name}")

        return fail

    monkeypatch.setattr(socket, "socket", refuse("socket.socket"))
    for name in ("create_connection", "getaddrinfo", "gethostbyname", "socketpair"):
        monkeypatch.setattr(socket, name, refuse(f"socket.{name}"))
    return attempts


@pytest.fixture
def session_log() -> Iterator[list[str]]:
    """Every log line of the session, at every level."""
    lines: list[str] = []

    class Keep(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            lines.append(self.format(record))

    handler, root = Keep(logging.DEBUG), logging.getLogger()
    old_level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    yield lines
    root.removeHandler(handler)
    root.setLevel(old_level)


def _files(*folders: Path) -> set[Path]:
    return {p for folder in folders for p in folder.rglob("*") if p.is_file()}


def test_a_whole_session_keeps_everything_inside_the_vault(
    qtbot: QtBot,
    sandbox: tuple[Path, Path],
    network_refused: list[str],
    session_log: list[str],
    screenshot_dir: Path,
) -> None:
    home, temp = sandbox
    before = _files(home, temp)
    settings_file = home / ".config" / "vp-desktop.ini"
    settings_file.parent.mkdir()
    qsettings = QSettings(str(settings_file), QSettings.Format.IniFormat)
    prompts = ScriptedPrompts()
    shell = Shell(qsettings, prompts=prompts, idle_ms=600_000)
    qtbot.addWidget(shell.start_screen)

    # Create the practice, as the start screen does, in the user's data folder.
    vault_path = vaults.default_vault_path()
    vault_path.parent.mkdir(parents=True)
    vault = vaults.create_vault(vault_path, PASSPHRASE, PASSPHRASE)
    with vault.transaction() as s:
        client = clients.create_client(s, clients.ClientData(code="ACME", name="Acme Zorg"))
        case = cases.create_case(
            s,
            client.id,
            cases.CaseData(
                opened_on=dt.date(TODAY.year, 1, 2),
                track="unwanted_behaviour",
                categories=["bullying"],
                melder_name=CANARIES[0],
                notes=CANARIES[1],
            ),
        )
        contacts.add_contact(
            s,
            client.id,
            case.id,
            contacts.ContactData(dt.date(TODAY.year, 1, 2), 45, "phone", CANARIES[2]),
        )
        report_texts.save_texts(
            s, client.id, TODAY.year, report_texts.ReportTexts(introduction="Inleiding")
        )

    shell.open_vault(vault)
    window = shell.window
    assert window is not None
    qtbot.addWidget(window, before_close_func=lambda w: w.close_without_asking())
    window.request_client(client.id)
    window.show_section("cases")
    window.navigate("cases", client.id, {"case_id": case.id})
    window.show_section("reports")
    reports = window.sections["reports"]
    reports.update_preview()  # type: ignore[attr-defined]
    qtbot.wait(50)
    window.grab().save(str(screenshot_dir / "privacy_session.png"))
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.lock.is_locked and not vault.is_open
    qsettings.sync()

    created = _files(home, temp) - before
    vault_files = {vault_path, *(Path(f"{vault_path}{s}") for s in ("-wal", "-shm", ".lock"))}
    assert created - vault_files <= {settings_file}, sorted(map(str, created))
    for path in created:
        data = path.read_bytes()
        for canary in CANARIES:
            assert canary.encode() not in data, f"{canary} in {path}"
            assert canary.encode("utf-16-le") not in data, f"{canary} in {path}"
    for canary in CANARIES:
        assert all(canary not in line for line in session_log)
        for key in qsettings.allKeys():
            assert canary not in str(qsettings.value(key))
    assert network_refused == []
    assert "PySide6.QtNetwork" not in sys.modules
