"""The data-safety dialogs: backup, restore, destroying due files, offboarding, new passphrase."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.conftest import PASSPHRASE
from tests.gui.conftest import ScriptedPrompts
from vp_desktop.services import settings
from vp_desktop.services.casework import cases
from vp_desktop.services.clients import clients
from vp_desktop.services.data_safety import backup
from vp_desktop.store import errors
from vp_desktop.store.vault import Vault
from vp_desktop.ui.data_safety.backup_dialogs import BackupDialog, RestoreDialog
from vp_desktop.ui.data_safety.offboard_dialog import OffboardDialog
from vp_desktop.ui.data_safety.passphrase_change_dialog import PassphraseChangeDialog
from vp_desktop.ui.data_safety.retention_dialog import RetentionDialog

TODAY = dt.date(2026, 6, 1)
NEW_PASSPHRASE = "zeven blauwe reigers boven het veen"
SIGNAL_TIMEOUT = 20_000


def _practice(vault: Vault) -> int:
    with vault.transaction() as s:
        client = clients.create_client(s, clients.ClientData(code="ACME", name="Acme Zorg"))
        for n, closed in enumerate((dt.date(2025, 1, 10), dt.date(2025, 2, 3), None)):
            cases.create_case(
                s,
                client.id,
                cases.CaseData(
                    opened_on=dt.date(2025, 1, 6),
                    closed_on=closed,
                    outcome="referred" if closed else None,
                    track="integrity",
                    categories=["fraud"],
                    melder_name=f"Melder {n}",
                ),
                today=TODAY,
            )
    return client.id


def _idle(qtbot: QtBot, dialog: object) -> None:
    qtbot.waitUntil(lambda: not dialog.busy, timeout=SIGNAL_TIMEOUT)  # type: ignore[attr-defined]


def _shot(dialog: object, folder: Path, name: str) -> None:
    dialog.grab().save(str(folder / f"{name}.png"))  # type: ignore[attr-defined]


# -- backup -----------------------------------------------------------------------------------


def test_backup_dialog_makes_a_verified_backup(
    qtbot: QtBot, vault: Vault, prompts: ScriptedPrompts, tmp_path: Path, screenshot_dir: Path
) -> None:
    _practice(vault)
    dialog = BackupDialog(vault, prompts, start_folder=tmp_path, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.last_backup.text() == "Er is nog nooit een back-up gemaakt."
    prompts.queue(tmp_path / "stick-backup")
    dialog.browse.click()
    assert dialog.target.text() == str(tmp_path / "stick-backup.vpvault")

    dialog.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(dialog.backup_made, timeout=SIGNAL_TIMEOUT) as made:
        dialog.make_button.click()
    _idle(qtbot, dialog)
    assert made.args[0].path == tmp_path / "stick-backup.vpvault"
    assert "Back-up gemaakt en gecontroleerd" in dialog.message.text()
    assert "1 opdrachtgever, 3 casussen" in dialog.message.text()
    assert dialog.last_backup.text().startswith("Laatste back-up: ")
    assert dialog.passphrase.text() == ""
    _shot(dialog, screenshot_dir, "safety_backup_done")
    with vault.session() as s:
        assert settings.load(s).last_backup_at is not None


def test_backup_dialog_explains_a_wrong_passphrase_and_stays_open(
    qtbot: QtBot, vault: Vault, prompts: ScriptedPrompts, tmp_path: Path
) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    dialog = BackupDialog(vault, prompts, start_folder=stick, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.make_button.click()
    assert dialog.message.text() == "Vul uw wachtzin in."
    dialog.passphrase.setText("niet de goede wachtzin")
    dialog.make_button.click()
    _idle(qtbot, dialog)
    assert dialog.message.text() == "Deze wachtzin past niet bij de kluis of de back-up."
    assert dialog.isVisible() and dialog.make_button.isEnabled()
    assert list(stick.iterdir()) == []


def test_backup_to_a_folder_that_does_not_exist_says_so(
    qtbot: QtBot, vault: Vault, prompts: ScriptedPrompts, passphrase: str, tmp_path: Path
) -> None:
    dialog = BackupDialog(vault, prompts, start_folder=tmp_path, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.target.setText(str(tmp_path / "x-nonexistent" / "sub" / "backup.vpvault"))
    dialog.passphrase.setText(passphrase)
    dialog.make_button.click()
    _idle(qtbot, dialog)
    assert dialog.message.text().startswith("Deze map bestaat niet.")
    assert "alleen-lezen" not in dialog.message.text()


# -- restore ----------------------------------------------------------------------------------


@pytest.fixture
def made_backup(vault: Vault, tmp_path: Path) -> Path:
    _practice(vault)
    target = tmp_path / "usb-backup.vpvault"
    backup.make_backup(vault, target, PASSPHRASE)
    with vault.transaction() as s:
        clients.create_client(s, clients.ClientData(code="LATER", name="Na de back-up"))
    vault.close()
    return target


def test_restore_dialog_checks_first_and_restores_on_confirmation(
    qtbot: QtBot,
    vault_path: Path,
    made_backup: Path,
    prompts: ScriptedPrompts,
    screenshot_dir: Path,
) -> None:
    dialog = RestoreDialog(vault_path, prompts)
    qtbot.addWidget(dialog)
    dialog.show()
    prompts.queue(made_backup)
    dialog.browse.click()
    dialog.passphrase.setText(PASSPHRASE)
    assert not dialog.restore_button.isEnabled()
    dialog.check_button.click()
    _idle(qtbot, dialog)
    assert dialog.summary.isVisible() and dialog.restore_button.isEnabled()
    assert "1 opdrachtgever, 3 casussen, waarvan 1 lopend." in dialog.summary.text()
    _shot(dialog, screenshot_dir, "safety_restore_checked")

    prompts.queue(False)  # not yet
    dialog.restore_button.click()
    assert backup.replaced_copies(vault_path) == []

    prompts.queue(True)
    with qtbot.waitSignal(dialog.restored, timeout=SIGNAL_TIMEOUT) as restored:
        dialog.restore_button.click()
    _idle(qtbot, dialog)
    replaced = restored.args[0].replaced_path
    assert replaced is not None and replaced.name in dialog.message.text()
    with Vault.open(vault_path, PASSPHRASE) as opened, opened.session() as s:
        assert [c.code for c in clients.list_clients(s)] == ["ACME"]


def test_closing_after_the_check_changes_nothing(
    qtbot: QtBot, vault_path: Path, made_backup: Path, prompts: ScriptedPrompts
) -> None:
    before = vault_path.read_bytes()
    dialog = RestoreDialog(vault_path, prompts)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.source.setText(str(made_backup))
    dialog.passphrase.setText(PASSPHRASE)
    dialog.check_button.click()
    _idle(qtbot, dialog)
    assert dialog.restore_button.isEnabled()
    dialog.close_button.click()
    assert vault_path.read_bytes() == before
    Vault.open(vault_path, PASSPHRASE).close()  # the lock was let go


def test_restore_dialog_names_what_is_wrong(
    qtbot: QtBot, vault_path: Path, made_backup: Path, prompts: ScriptedPrompts
) -> None:
    dialog = RestoreDialog(vault_path, prompts)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.check_button.click()
    assert dialog.message.text() == "Kies eerst een back-upbestand."
    dialog.source.setText(str(made_backup))
    dialog.passphrase.setText("verkeerde wachtzin")
    dialog.check_button.click()
    _idle(qtbot, dialog)
    assert dialog.message.text() == "Deze wachtzin past niet bij de kluis of de back-up."
    assert not dialog.restore_button.isEnabled()


# -- retention --------------------------------------------------------------------------------


def test_retention_dialog_lists_and_destroys_after_confirmation(
    qtbot, qtmodeltester, vault: Vault, prompts: ScriptedPrompts, screenshot_dir: Path
) -> None:
    _practice(vault)
    dialog = RetentionDialog(vault, prompts, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtmodeltester.check(dialog.model)
    assert dialog.model.rowCount() == 2
    assert dialog.model.index(0, 1).data() == "ACME-2025-001"
    assert dialog.model.index(0, 0).data() == "Acme Zorg (ACME)"
    assert dialog.model.index(0, 3).data() == "10-01-2026"
    dialog.purge_selected_button.click()
    assert dialog.message.text() == "Kies eerst een of meer casussen in de lijst."
    _shot(dialog, screenshot_dir, "safety_retention_due")

    dialog.table.selectRow(0)
    prompts.queue(False)
    dialog.purge_selected_button.click()
    assert dialog.model.rowCount() == 2

    prompts.queue(True)
    with qtbot.waitSignal(dialog.purged, timeout=SIGNAL_TIMEOUT) as purged:
        dialog.purge_selected_button.click()
    _idle(qtbot, dialog)
    assert purged.args[0].purged == ("ACME-2025-001",)
    assert "voorgoed vernietigd" in prompts.asked[-1][2] and "ACME-2025-001" in prompts.asked[-1][2]
    assert dialog.model.rowCount() == 1
    assert dialog.message.text().startswith("1 dossier is vernietigd.")

    prompts.queue(True)
    with qtbot.waitSignal(dialog.purged, timeout=SIGNAL_TIMEOUT):
        dialog.purge_all_button.click()
    _idle(qtbot, dialog)
    assert dialog.model.rowCount() == 0 and dialog.empty.isVisible()
    assert not dialog.purge_all_button.isEnabled()
    assert not dialog.purge_selected_button.isEnabled()
    qtmodeltester.check(dialog.model)


# -- offboarding ------------------------------------------------------------------------------


def test_offboard_dialog_needs_a_folder_and_the_exact_code(
    qtbot: QtBot, vault: Vault, prompts: ScriptedPrompts, tmp_path: Path, screenshot_dir: Path
) -> None:
    client_id = _practice(vault)
    dialog = OffboardDialog(vault, prompts, client_id, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.offboard_button.isEnabled()
    prompts.queue(tmp_path)
    dialog.browse.click()
    dialog.code.setText("acme")
    assert not dialog.offboard_button.isEnabled()
    dialog.code.setText("ACME")
    assert dialog.offboard_button.isEnabled()
    _shot(dialog, screenshot_dir, "safety_offboard_ready")

    prompts.queue(True)
    with qtbot.waitSignal(dialog.offboarded, timeout=SIGNAL_TIMEOUT) as done:
        dialog.offboard_button.click()
    _idle(qtbot, dialog)
    result = done.args[0]
    assert result.client_code == "ACME" and result.export.folder.parent == tmp_path
    assert "uit de kluis verwijderd" in dialog.message.text()
    assert dialog.close_button.text() == "Sluiten"
    with vault.session() as s:
        assert clients.list_clients(s) == []


# -- passphrase -------------------------------------------------------------------------------


def test_passphrase_change_checks_the_current_and_the_new(
    qtbot: QtBot, vault: Vault, prompts: ScriptedPrompts
) -> None:
    dialog = PassphraseChangeDialog(vault, prompts, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.current.setText(PASSPHRASE)
    dialog.new.setText("kort")
    dialog.repeat.setText("kort")
    dialog.change_button.click()
    assert "minstens 12 tekens" in dialog.new_message.text()
    dialog.current.setText("niet de huidige wachtzin")
    dialog.new.setText(NEW_PASSPHRASE)
    dialog.repeat.setText(NEW_PASSPHRASE + "!")
    dialog.change_button.click()
    assert dialog.repeat_message.text() == "De twee wachtzinnen zijn niet gelijk."
    dialog.repeat.setText(NEW_PASSPHRASE)
    dialog.change_button.click()
    assert dialog.current_message.text() == "Dit is niet de huidige wachtzin."
    assert prompts.asked == []
    assert vault.passphrase_matches(PASSPHRASE)


def test_passphrase_change_with_a_backup_first(
    qtbot: QtBot,
    vault: Vault,
    vault_path: Path,
    prompts: ScriptedPrompts,
    tmp_path: Path,
    screenshot_dir: Path,
) -> None:
    _practice(vault)
    dialog = PassphraseChangeDialog(vault, prompts, start_folder=tmp_path, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.current.setText(PASSPHRASE)
    dialog.new.setText(NEW_PASSPHRASE)
    dialog.repeat.setText(NEW_PASSPHRASE)
    _shot(dialog, screenshot_dir, "safety_passphrase_change")
    prompts.queue(tmp_path / "voor-de-wissel")
    with qtbot.waitSignal(dialog.passphrase_changed, timeout=SIGNAL_TIMEOUT):
        dialog.change_button.click()
    _idle(qtbot, dialog)
    assert prompts.kinds() == ["save_file"]
    assert "gewijzigd" in dialog.message.text()
    vault.close()
    with pytest.raises(errors.WrongPassphrase):
        Vault.open(vault_path, PASSPHRASE)
    Vault.open(vault_path, NEW_PASSPHRASE).close()
    Vault.open(tmp_path / "voor-de-wissel.vpvault", PASSPHRASE).close()  # the old one opens it


def test_cancelling_the_backup_choice_changes_nothing(
    qtbot: QtBot, vault: Vault, prompts: ScriptedPrompts
) -> None:
    dialog = PassphraseChangeDialog(vault, prompts, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.current.setText(PASSPHRASE)
    dialog.new.setText(NEW_PASSPHRASE)
    dialog.repeat.setText(NEW_PASSPHRASE)
    prompts.queue(None)
    dialog.change_button.click()
    assert not dialog.busy and vault.passphrase_matches(PASSPHRASE)


def test_retention_dialog_shows_case_numbers_whole_beside_a_long_client_name(
    qtbot, vault: Vault, prompts: ScriptedPrompts, screenshot_dir: Path
) -> None:
    with vault.transaction() as s:
        client = clients.create_client(
            s, clients.ClientData(code="BRKH", name="Brandweer Regio Kennemerland en Haarlem")
        )
        cases.create_case(
            s,
            client.id,
            cases.CaseData(
                opened_on=dt.date(2024, 1, 8),
                closed_on=dt.date(2024, 3, 1),
                outcome="referred",
                track="integrity",
                categories=["fraud"],
            ),
            today=TODAY,
        )
    dialog = RetentionDialog(vault, prompts, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    table, header = dialog.table, dialog.table.horizontalHeader()
    metrics = table.fontMetrics()
    for column in range(dialog.model.columnCount()):
        assert header.sectionSize(column) >= header.sectionSizeHint(column), column
    for column in (1, 2, 3):  # the case number and the dates read whole
        text = dialog.model.index(0, column).data()
        assert header.sectionSize(column) > metrics.horizontalAdvance(text), text
    assert header.length() <= table.viewport().width()  # no sideways scrolling
    client_text = dialog.model.index(0, 0).data()
    assert "Brandweer Regio Kennemerland en Haarlem" in dialog.model.index(0, 0).data(
        Qt.ItemDataRole.ToolTipRole
    ), client_text
    _shot(dialog, screenshot_dir, "safety_retention_long_client")
