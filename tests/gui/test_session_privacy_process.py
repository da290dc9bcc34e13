"""What the GUI session leaves in the process and the desktop: no core dump can be written while
the app runs (the hardening of the real start, `vp-desktop` → `cli.main` → the window), and after
a lock neither the clipboard nor the X11 primary selection holds text of a case.

Both run the app in a child process: the core-dump limits cannot be raised again once lowered,
and the primary selection needs a real X server (Xvfb), which the offscreen tests lack.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CANARY = "Kanarie7719selectie"

# The real start of the app, with the window's event loop running when the limits are read.
HARDENING_CHILD = r"""
import ctypes, ctypes.util, json, resource
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

PR_GET_DUMPABLE = 3
libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
soft, hard = resource.getrlimit(resource.RLIMIT_CORE)
resource.setrlimit(resource.RLIMIT_CORE, (hard, hard))  # as a shell with `ulimit -c unlimited`

def state():
    return [list(resource.getrlimit(resource.RLIMIT_CORE)), libc.prctl(PR_GET_DUMPABLE, 0, 0, 0, 0)]

seen = {"before": state()}
app = QApplication([])

def look():
    seen["window"] = [type(w).__name__ for w in app.topLevelWidgets() if w.isVisible()]
    seen["running"] = state()
    app.quit()

QTimer.singleShot(0, look)
from vp_desktop.cli import main
seen["exit"] = main([])
print(json.dumps(seen))
"""

# A session under X11: a case's notes selected with the keyboard (which fills the primary
# selection) and copied, then the lock.
SELECTION_CHILD = r"""
import datetime as dt, json, sys
from pathlib import Path
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QClipboard
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

app = QApplication([])
from vp_desktop.services.casework import cases
from vp_desktop.services.clients import clients
from vp_desktop.services.data_safety import vaults
from vp_desktop.ui.app import Shell

folder, canary = Path(sys.argv[1]), sys.argv[2]
passphrase = "paarse fiets langs de gracht"
vault = vaults.create_vault(folder / "praktijk.vpvault", passphrase, passphrase)
with vault.transaction() as s:
    client = clients.create_client(s, clients.ClientData(code="ACME", name="Acme Zorg"))
    case = cases.create_case(s, client.id, cases.CaseData(
        opened_on=dt.date(2026, 1, 2), track="integrity", categories=["fraud"], notes=canary))
qsettings = QSettings(str(folder / "vp-desktop.ini"), QSettings.Format.IniFormat)
shell = Shell(qsettings, idle_ms=600_000)
shell.open_vault(vault)
window = shell.window
window.request_client(client.id)
window.show_section("cases")
window.navigate("cases", client.id, {"case_id": case.id})
notes = window.sections["cases"].editor.fields.notes
window.activateWindow()
notes.setFocus()
QTest.keyClick(notes, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
QTest.keyClick(notes, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
app.processEvents()
board, mode = app.clipboard(), QClipboard.Mode
seen = {"supports": board.supportsSelection(),
        "before": [board.text(mode.Clipboard), board.text(mode.Selection)]}
window.lock.lock()
app.processEvents()
seen["locked"] = window.lock.is_locked
seen["after"] = [board.text(mode.Clipboard), board.text(mode.Selection)]
print(json.dumps(seen))
window.close()
"""


def _sandboxed_env(tmp_path: Path, platform: str) -> dict[str, str]:
    home, temp = tmp_path / "home", tmp_path / "tmp"
    home.mkdir()
    temp.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")}
    env.update(
        HOME=str(home),
        TMPDIR=str(temp),
        PYTHONPATH=str(ROOT),
        QT_QPA_PLATFORM=platform,
        VP_DESKTOP_STATE_DIR=str(tmp_path / "state"),
    )
    return env


def _run(command: list[str], env: dict[str, str]) -> dict[str, object]:
    done = subprocess.run(
        command, capture_output=True, text=True, env=env, cwd=ROOT, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr[-2000:]
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="prctl is Linux only")
def test_no_core_dump_can_be_written_while_the_app_runs(tmp_path: Path) -> None:
    seen = _run([sys.executable, "-c", HARDENING_CHILD], _sandboxed_env(tmp_path, "offscreen"))
    before_limits, before_dumpable = seen["before"]  # type: ignore[misc]
    # What the app starts from: a process that could dump core (where the machine allows it).
    assert before_dumpable == 1
    assert before_limits[0] == before_limits[1]
    assert seen["window"] == ["StartScreen"]  # the app itself was running
    assert seen["running"] == [[0, 0], 0]  # RLIMIT_CORE (0, 0), PR_GET_DUMPABLE 0
    assert seen["exit"] == 0


@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="no Xvfb for a real X11 selection")
def test_after_lock_neither_the_clipboard_nor_the_x11_selection_holds_case_text(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    command = ["xvfb-run", "-a", sys.executable, "-c", SELECTION_CHILD, str(folder), CANARY]
    seen = _run(command, _sandboxed_env(tmp_path, "xcb"))
    if not seen["supports"]:
        pytest.skip("this X server offers no primary selection")
    assert seen["before"] == [CANARY, CANARY]  # copied and selected: the check below means it
    assert seen["locked"] is True
    assert seen["after"] == ["", ""]
