"""After unlocking, the due integrity check runs in the background; damage is said at once."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from tests.conftest import PASSPHRASE, add_client_with_cases
from tests.gui.conftest import ScriptedPrompts
from tests.unit.test_background_check import _damage_second_half
from vp_desktop.store.vault import Vault
from vp_desktop.ui.shell.integrity_watch import IntegrityWatch


@pytest.mark.parametrize("damaged", [False, True])
def test_the_background_check_warns_only_about_damage(
    qtbot: QtBot,
    vault: Vault,
    vault_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    damaged: bool,
) -> None:
    add_client_with_cases(vault, closed_long_ago=5, still_open=30)
    vault.close()
    if damaged:
        _damage_second_half(vault_path)
    monkeypatch.setattr(Vault, "defer_integrity_checks", True)
    window = QWidget()
    qtbot.addWidget(window)
    prompts = ScriptedPrompts()
    with Vault.open(vault_path, PASSPHRASE) as opened:
        watch = IntegrityWatch(opened, prompts, window)
        with qtbot.waitSignal(watch.finished, timeout=60_000) as finished:
            assert watch.start()
        assert finished.args == [not damaged]
        qtbot.waitUntil(lambda: bool(prompts.asked) or not damaged, timeout=5_000)
        if damaged:
            ((kind, title, text),) = prompts.asked
            assert kind == "warn" and "back-up" in text
            assert opened.blocked is not None
        else:
            assert prompts.asked == []
            assert not watch.start()  # nothing pending any more
