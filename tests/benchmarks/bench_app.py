"""The app as the adviser meets it after unlocking: the Shell's main window over a vault.

Imported by the benchmarks, and run as a script in a fresh interpreter for the peak-memory figure:

    python tests/benchmarks/bench_app.py VAULT CLIENT_CODE

opens the vault, shows the main window, shows that client's cases, and prints the peak resident
memory in MB.
"""

from __future__ import annotations

import os
import resource
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from tests.benchmarks.bench_vaults import client_id  # noqa: E402
from vp_desktop.store.vault import Vault  # noqa: E402
from vp_desktop.ui.app import Shell  # noqa: E402
from vp_desktop.ui.shell.main_window import MainWindow  # noqa: E402

HOUR_MS = 3_600_000  # no auto-lock during a measurement


def settings_in(folder: Path) -> QSettings:
    """Window settings of their own, so a run never reads or changes the user's."""
    return QSettings(str(folder / "bench.ini"), QSettings.Format.IniFormat)


def show_main_window(shell: Shell, vault: Vault) -> MainWindow:
    """What unlocking does after the key check: build, fill and paint the main window."""
    shell.open_vault(vault)
    window = shell.window
    assert window is not None
    window.resize(1400, 860)
    QApplication.processEvents()
    window.repaint()
    return window


def close_window(shell: Shell) -> None:
    if shell.window is not None:
        shell.window.close_without_asking()
        shell.window = None
    QApplication.processEvents()


def _peak_of_this_process_mb() -> float:
    """The highest resident memory of this process's own address space.

    Not `getrusage(...).ru_maxrss` alone: on Linux it survives `exec`, so a process started by a
    large one (the test runner, after the case-list benchmarks) reports the parent's peak.
    """
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1024 / (1024 if sys.platform == "darwin" else 1)  # bytes on macOS


def peak_rss_mb(vault_path: Path, passphrase: str, code: str) -> float:
    """Peak resident memory of this process after showing `code`'s cases in the main window."""
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        shell = Shell(settings_in(Path(folder)), idle_ms=HOUR_MS)
        vault = Vault.open(vault_path, passphrase)
        window = show_main_window(shell, vault)
        window.navigate("cases", client_id(vault, code), {})
        QApplication.processEvents()
        window.repaint()
        assert window.sections["cases"].model.rowCount() > 0
        close_window(shell)
        vault.close()
    del app
    return _peak_of_this_process_mb()


if __name__ == "__main__":
    from tests.benchmarks.bench_vaults import PASSPHRASE

    print(f"{peak_rss_mb(Path(sys.argv[1]), PASSPHRASE, sys.argv[2]):.1f}")
