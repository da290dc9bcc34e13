"""A restore that stopped between its two renames is finished or undone in the app: from the start
screen (the last vault, one chosen with "open", `vp-desktop PATH`), from an unlock dialog that
meets it, and from the lock screen. Afterwards the vault unlocks as always; a failure moves
nothing."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from tests.conftest import PASSPHRASE
from tests.support.restore_steps import interrupt_between_the_renames
from vp_desktop.services.casework import cases
from vp_desktop.services.clients import clients
from vp_desktop.services.data_safety import backup, restore_recovery
from vp_desktop.store import side_files
from vp_desktop.store.lock import VaultLock
from vp_desktop.store.models import Case
from vp_desktop.store.vault import Vault
from vp_desktop.ui.app import Shell
from vp_desktop.ui.data_safety.interrupted_restore_dialog import InterruptedRestoreDialog
from vp_desktop.ui.shared.passphrase_widgets import UnlockDialog
from vp_desktop.ui.shell.main_window import MainWindow
from vp_desktop.ui.shell.settings_section import SettingsSection
from vp_desktop.ui.shell.start_screen import LAST_VAULT_KEY, StartScreen

IN_THE_BACKUP = "stond al in de back-up"
ONLY_IN_THE_OLD_VAULT = "kwam na de back-up"


def _add_case(vault: Vault, notes: str) -> None:
    with vault.transaction() as s:
        found = [c for c in clients.list_clients(s) if c.code == "ACME"]
        client = (
            found[0]
            if found
            else clients.create_client(s, clients.ClientData(code="ACME", name="Acme BV"))
        )
        cases.create_case(
            s,
            client.id,
            cases.CaseData(
                opened_on=dt.date(2026, 1, 5), track="integrity", categories=["fraud"], notes=notes
            ),
        )


def _notes(vault: Vault) -> set[str]:
    with vault.session() as s:
        return {n or "" for n in s.scalars(select(Case.notes))}


def _folder_state(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in folder.iterdir()
        if p.is_file() and not p.name.endswith(".lock")
    }


@pytest.fixture
def interrupted(vault: Vault, vault_path: Path, tmp_path: Path) -> Path:
    """The vault holds two cases, its backup one; the restore of that backup stopped between its
    renames. Returns where the replaced vault waits."""
    _add_case(vault, IN_THE_BACKUP)
    made = tmp_path / "usb" / "back-up.vpvault"
    made.parent.mkdir()
    backup.make_backup(vault, made, PASSPHRASE)
    _add_case(vault, ONLY_IN_THE_OLD_VAULT)
    vault.close()
    aside = interrupt_between_the_renames(made, vault_path, PASSPHRASE)
    assert restore_recovery.restore_was_interrupted(vault_path)
    return aside


def _start(qtbot, prompts, qsettings, tmp_path: Path) -> StartScreen:
    screen = StartScreen(
        prompts, qsettings, default_path=lambda: tmp_path / "data" / "praktijk.vpvault"
    )
    qtbot.addWidget(screen)
    screen.show()
    return screen


def _recovery(screen: StartScreen) -> InterruptedRestoreDialog:
    dialog = screen.dialog
    assert isinstance(dialog, InterruptedRestoreDialog) and dialog.isVisible()
    return dialog


def _unlock(qtbot, screen: StartScreen, path: Path) -> Vault:
    dialog = screen.dialog
    assert isinstance(dialog, UnlockDialog) and dialog.path == path
    dialog.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(screen.vault_opened) as opened:
        qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    vault = opened.args[0]
    assert isinstance(vault, Vault)
    return vault


def test_the_last_vault_offers_to_finish_the_restore_and_then_opens_the_backup(
    qtbot, prompts, qsettings, tmp_path, vault_path, interrupted, screenshot_dir
) -> None:
    qsettings.setValue(LAST_VAULT_KEY, str(vault_path))
    screen = _start(qtbot, prompts, qsettings, tmp_path)
    assert vault_path.name in screen.open_button.description()  # still offered as last used
    qtbot.mouseClick(screen.open_button, Qt.MouseButton.LeftButton)
    dialog = _recovery(screen)
    assert "onderbroken" in dialog.explanation.text()
    assert "01-03-2026 12:00" in dialog.explanation.text()
    assert dialog.location.text() == str(vault_path)
    names = [b.text() for b in (dialog.finish_button, dialog.undo_button, dialog.cancel_button)]
    assert names == ["Herstel afmaken", "Herstel ongedaan maken", "Annuleren"]
    dialog.grab().save(str(screenshot_dir / "interrupted_restore_dialog.png"))

    with qtbot.waitSignal(dialog.resolved) as resolved:
        qtbot.mouseClick(dialog.finish_button, Qt.MouseButton.LeftButton)
    assert resolved.args == ["finished"]
    assert prompts.asked == []
    vault = _unlock(qtbot, screen, vault_path)
    try:
        assert _notes(vault) == {IN_THE_BACKUP}
    finally:
        vault.close()
    assert interrupted.exists()  # the replaced vault stays aside, as after any restore
    assert not side_files.staged_restore_path(vault_path).exists()


def test_a_vault_chosen_with_open_can_be_put_back_as_it_was(
    qtbot, prompts, qsettings, tmp_path, vault_path, interrupted
) -> None:
    screen = _start(qtbot, prompts, qsettings, tmp_path)
    prompts.queue(vault_path)
    qtbot.mouseClick(screen.other_button, Qt.MouseButton.LeftButton)
    dialog = _recovery(screen)
    with qtbot.waitSignal(dialog.resolved) as resolved:
        qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    assert resolved.args == ["undone"]
    vault = _unlock(qtbot, screen, vault_path)
    try:
        assert _notes(vault) == {IN_THE_BACKUP, ONLY_IN_THE_OLD_VAULT}
    finally:
        vault.close()
    assert not interrupted.exists()
    assert not side_files.staged_restore_path(vault_path).exists()
    assert backup.replaced_copies(vault_path) == []


def test_cancel_moves_nothing(qtbot, prompts, qsettings, tmp_path, vault_path, interrupted) -> None:
    before = _folder_state(vault_path.parent)
    screen = _start(qtbot, prompts, qsettings, tmp_path)
    screen.unlock(vault_path)
    dialog = _recovery(screen)
    with qtbot.assertNotEmitted(dialog.resolved):
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert screen.dialog is None
    assert _folder_state(vault_path.parent) == before
    assert restore_recovery.restore_was_interrupted(vault_path)


def test_starting_the_app_with_the_vault_path_offers_the_way_out(
    qtbot, prompts, qsettings, tmp_path, vault_path, interrupted
) -> None:
    shell = Shell(qsettings, prompts=prompts, default_path=lambda: tmp_path / "x.vpvault")
    qtbot.addWidget(shell.start_screen)
    shell.start(vault_path)  # `vp-desktop PATH`
    dialog = _recovery(shell.start_screen)
    assert dialog.vault_path == vault_path


def test_an_unlock_dialog_that_meets_the_state_hands_over_to_the_way_out(
    qtbot, prompts, qsettings, tmp_path, vault, vault_path
) -> None:
    screen = _start(qtbot, prompts, qsettings, tmp_path)
    screen.unlock(vault_path)  # the vault was still in its place
    unlock = screen.dialog
    assert isinstance(unlock, UnlockDialog)
    _add_case(vault, IN_THE_BACKUP)
    made = tmp_path / "back-up.vpvault"
    backup.make_backup(vault, made, PASSPHRASE)
    vault.close()
    interrupt_between_the_renames(made, vault_path, PASSPHRASE)  # e.g. from the command line
    unlock.passphrase.setText(PASSPHRASE)
    qtbot.mouseClick(unlock.unlock_button, Qt.MouseButton.LeftButton)
    assert not unlock.isVisible()
    dialog = _recovery(screen)
    qtbot.mouseClick(dialog.finish_button, Qt.MouseButton.LeftButton)
    _unlock(qtbot, screen, vault_path).close()


def test_a_file_gone_meanwhile_gets_a_clear_message_and_nothing_moves(
    qtbot, prompts, qsettings, tmp_path, vault_path, interrupted, screenshot_dir
) -> None:
    screen = _start(qtbot, prompts, qsettings, tmp_path)
    screen.unlock(vault_path)
    dialog = _recovery(screen)
    moved = tmp_path / "elders.vpvault"
    interrupted.rename(moved)  # the adviser moved the replaced vault away meanwhile
    before = _folder_state(vault_path.parent)
    with qtbot.assertNotEmitted(dialog.resolved):
        qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "niet meer naast de kluis" in dialog.message.text()
    assert "niets verplaatst" in dialog.message.text()
    assert not dialog.undo_button.isEnabled() and not dialog.finish_button.isEnabled()
    dialog.grab().save(str(screenshot_dir / "interrupted_restore_failed.png"))
    assert _folder_state(vault_path.parent) == before
    assert not vault_path.exists()


def test_a_restore_busy_elsewhere_is_said_and_can_be_tried_again(
    qtbot, prompts, qsettings, tmp_path, vault_path, interrupted
) -> None:
    screen = _start(qtbot, prompts, qsettings, tmp_path)
    screen.unlock(vault_path)
    dialog = _recovery(screen)
    before = _folder_state(vault_path.parent)
    with VaultLock(vault_path), qtbot.assertNotEmitted(dialog.resolved):
        qtbot.mouseClick(dialog.finish_button, Qt.MouseButton.LeftButton)
    assert "opnieuw proberen" in dialog.message.text()
    assert _folder_state(vault_path.parent) == before
    assert dialog.finish_button.isEnabled()
    with qtbot.waitSignal(dialog.resolved):
        qtbot.mouseClick(dialog.finish_button, Qt.MouseButton.LeftButton)
    assert isinstance(screen.dialog, UnlockDialog)


def test_the_lock_screen_offers_the_way_out_and_then_unlocks(
    qtbot, workspace, qsettings, vault, vault_path, tmp_path
) -> None:
    _add_case(vault, IN_THE_BACKUP)
    made = tmp_path / "back-up.vpvault"
    backup.make_backup(vault, made, PASSPHRASE)
    window = MainWindow(workspace, [SettingsSection(workspace)], qsettings, idle_ms=600_000)
    qtbot.addWidget(window)
    window.start()
    window.show()
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.lock.is_locked and window.lock.dialog is not None
    window.lock.dialog.reject()  # Esc: the locked page stays
    interrupt_between_the_renames(made, vault_path, PASSPHRASE)  # from the command line
    qtbot.mouseClick(window.locked_page.unlock_button, Qt.MouseButton.LeftButton)
    dialog = window.lock.recovery_dialog
    assert isinstance(dialog, InterruptedRestoreDialog) and dialog.isVisible()
    qtbot.mouseClick(dialog.finish_button, Qt.MouseButton.LeftButton)
    unlock = window.lock.dialog
    assert isinstance(unlock, UnlockDialog) and window.lock.recovery_dialog is None
    unlock.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(window.lock.unlocked):
        unlock.try_unlock()
    assert workspace.vault is not None and _notes(workspace.vault) == {IN_THE_BACKUP}


def test_without_the_replaced_vault_the_unlock_dialog_says_what_to_do(
    qtbot, prompts, qsettings, tmp_path, vault_path, interrupted
) -> None:
    moved = tmp_path / "elders.vpvault"
    interrupted.rename(moved)  # nothing to undo to: the way out cannot be offered
    screen = _start(qtbot, prompts, qsettings, tmp_path)
    screen.unlock(vault_path)
    dialog = screen.dialog
    assert isinstance(dialog, UnlockDialog)
    dialog.passphrase.setText(PASSPHRASE)
    with qtbot.assertNotEmitted(dialog.restore_interrupted):
        qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    assert "terugzetten van een back-up is onderbroken" in dialog.message.text()
    assert "zet hem dan terug naast de kluis" in dialog.message.text()
    moved.rename(interrupted)  # put back: now the way out is offered
    dialog.reject()
    screen.unlock(vault_path)
    assert isinstance(screen.dialog, InterruptedRestoreDialog)
