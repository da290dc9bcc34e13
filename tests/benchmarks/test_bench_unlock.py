"""Items 1 and 2: unlocking against a bare SQLCipher open, and the main window after unlock."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
import sqlcipher3

from tests.benchmarks.bench_app import HOUR_MS, close_window, settings_in, show_main_window
from tests.benchmarks.bench_vaults import PASSPHRASE
from tests.benchmarks.timing import Figure, Recorder, compare, median_ms, sample
from vp_desktop.services import settings
from vp_desktop.services.clients import clients
from vp_desktop.store import integrity
from vp_desktop.store.vault import Vault
from vp_desktop.ui.app import Shell

UNLOCK_RATIO = 1.2


def bare_open(path: Path) -> None:
    """The baseline of the issue: connect, key, and one query that proves the key."""
    con = sqlcipher3.connect(str(path))
    try:
        con.execute("PRAGMA key = '" + PASSPHRASE.replace("'", "''") + "'")
        con.execute("SELECT count(*) FROM sqlite_master").fetchone()
    finally:
        con.close()


def app_open(path: Path) -> Vault:
    """What unlocking does before any widget: key check, vault checks, schema check, and the
    first screen's queries (settings and the client list)."""
    vault = Vault.open(path, PASSPHRASE)
    with vault.session() as session:
        settings.load(session)
        clients.list_clients(session)
    return vault


@pytest.mark.parametrize("size", ["S", "M", "L"])
def test_unlock_against_bare_sqlcipher(
    size: str,
    bench_vault: Callable[[str], Path],
    recorder: Recorder,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = bench_vault(size)

    def close(result: object) -> None:
        if isinstance(result, Vault):
            result.close()

    # A routine unlock: the integrity check ran at the first open (warm-up) and is not due again
    # for a week unless the vault was not closed cleanly.
    subject, baseline = compare(lambda: app_open(path), lambda: bare_open(path), after=close)
    ratio = median_ms(subject) / median_ms(baseline)
    recorder.add(
        Figure(1, "unlock vs bare open", size, median_ms(subject), len(subject),
               f"≤ {UNLOCK_RATIO}×", ratio <= UNLOCK_RATIO, median_ms(baseline), ratio)
    )  # fmt: skip
    # The weekly unlock, or the first after a crash: PRAGMA quick_check decrypts every page.
    monkeypatch.setattr(integrity, "integrity_check_due", lambda engine: True)
    checked, checked_baseline = compare(
        lambda: app_open(path), lambda: bare_open(path), after=close
    )
    recorder.add(
        Figure(1, "unlock with the weekly or after-crash check", size, median_ms(checked),
               len(checked), "reported", None, median_ms(checked_baseline),
               median_ms(checked) / median_ms(checked_baseline))
    )  # fmt: skip
    assert ratio <= UNLOCK_RATIO


@pytest.mark.parametrize("size", ["M", "L"])
def test_main_window_ready_after_unlock(
    size: str,
    bench_vault: Callable[[str], Path],
    recorder: Recorder,
    qapp: object,
    tmp_path: Path,
) -> None:
    path = bench_vault(size)
    shell = Shell(settings_in(tmp_path), idle_ms=HOUR_MS)
    vault = Vault.open(path, PASSPHRASE)
    try:
        times = sample(
            lambda: show_main_window(shell, vault), runs=5, after=lambda _w: close_window(shell)
        )
    finally:
        close_window(shell)
        vault.close()
    recorder.add(
        Figure(2, "main window ready after unlock", size, median_ms(times), len(times),
               "reported", None)
    )  # fmt: skip
