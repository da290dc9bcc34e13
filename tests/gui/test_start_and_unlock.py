"""The first window: create a vault, unlock one (wrong passphrase, in use), the demo practice."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt

from vp_desktop.domain.messages import message
from vp_desktop.services.clients import clients
from vp_desktop.services.demo.practice_vault import DemoSpec, create_demo_vault
from vp_desktop.store.vault import Vault
from vp_desktop.ui.shared.passphrase_widgets import UnlockDialog
from vp_desktop.ui.shell.create_vault_dialog import CreateVaultDialog
from vp_desktop.ui.shell.start_screen import LAST_VAULT_KEY, StartScreen

GOOD = "paarse fiets langs de gracht"
SMALL_DEMO = DemoSpec(seed=7, clients=3, cases=15, today=dt.date(2026, 6, 15))


@pytest.fixture
def closed_vault(vault_path: Path, passphrase: str) -> Path:
    Vault.create(vault_path, passphrase).close()
    return vault_path


def make_start(qtbot, prompts, qsettings, tmp_path: Path, **options) -> StartScreen:
    screen = StartScreen(
        prompts, qsettings, default_path=lambda: tmp_path / "data" / "praktijk.vpvault", **options
    )
    qtbot.addWidget(screen)
    screen.show()
    return screen


def test_start_screen_offers_open_create_and_demo(
    qtbot, prompts, qsettings, tmp_path, closed_vault, screenshot_dir
) -> None:
    qsettings.setValue(LAST_VAULT_KEY, str(closed_vault))
    screen = make_start(qtbot, prompts, qsettings, tmp_path)
    names = [b.accessibleName() for b in (screen.open_button, screen.create_button)]
    assert names == ["Kluis openen", "Nieuwe kluis maken"]
    assert screen.demo_button.accessibleName() == "Demopraktijk bekijken"
    assert closed_vault.name in screen.open_button.description()
    assert screen.open_button.toolTip() == str(closed_vault)
    screen.grab().save(str(screenshot_dir / "start_screen.png"))


def test_open_without_a_remembered_vault_asks_for_the_file(
    qtbot, prompts, qsettings, tmp_path, closed_vault
) -> None:
    screen = make_start(qtbot, prompts, qsettings, tmp_path)
    prompts.queue(closed_vault)
    qtbot.mouseClick(screen.open_button, Qt.MouseButton.LeftButton)
    assert prompts.kinds() == ["open_file"]
    assert isinstance(screen.dialog, UnlockDialog)
    assert screen.dialog.path == closed_vault


def test_wrong_passphrase_gets_a_message_and_another_try(
    qtbot, prompts, qsettings, tmp_path, closed_vault, passphrase, screenshot_dir
) -> None:
    qsettings.setValue(LAST_VAULT_KEY, str(closed_vault))
    screen = make_start(qtbot, prompts, qsettings, tmp_path)
    screen.open_last()
    dialog = screen.dialog
    assert isinstance(dialog, UnlockDialog)

    dialog.passphrase.setText("dit is niet de goede zin")
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "klopt niet" in dialog.message.text()
    assert dialog.passphrase.text() == ""
    dialog.grab().save(str(screenshot_dir / "unlock_dialog.png"))

    dialog.passphrase.setText(passphrase)
    with qtbot.waitSignal(screen.vault_opened) as opened:
        qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    vault = opened.args[0]
    try:
        assert vault.is_open and vault.path == closed_vault
    finally:
        vault.close()
    reread = QSettings(qsettings.fileName(), QSettings.Format.IniFormat)
    assert reread.value(LAST_VAULT_KEY) == str(closed_vault)
    assert passphrase not in Path(qsettings.fileName()).read_text()


def test_a_vault_open_elsewhere_gets_a_clear_message(qtbot, vault: Vault, passphrase) -> None:
    dialog = UnlockDialog(vault.path)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.passphrase.setText(passphrase)
    with qtbot.assertNotEmitted(dialog.unlocked):
        qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    assert "al geopend in een ander venster" in dialog.message.text()
    assert dialog.isVisible()


def test_create_vault_refuses_weak_and_mismatched_passphrases(qtbot, prompts, tmp_path) -> None:
    target = tmp_path / "nieuw.vpvault"
    dialog = CreateVaultDialog(prompts, target)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "vergeten wachtzin kan niemand herstellen" in dialog.warning.text()

    dialog.passphrase.setText("kort")
    dialog.repeat.setText("kort")
    assert dialog.meter.verdict.text() == "Sterkte: Te zwak"
    with qtbot.assertNotEmitted(dialog.created):
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.passphrase_message.text() == message("passphrase_too_short")
    assert not target.exists()

    dialog.passphrase.setText(GOOD)
    dialog.repeat.setText(GOOD + "!")
    assert dialog.meter.verdict.text() in ("Sterkte: Sterk", "Sterkte: Zeer sterk")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.passphrase_message.isHidden()
    assert dialog.repeat_message.text() == message("passphrase_mismatch")
    assert not target.exists()

    dialog.repeat.setText(GOOD)
    with qtbot.waitSignal(dialog.created) as created:
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    created.args[0].close()
    assert target.exists()


def test_create_vault_refuses_an_existing_file(qtbot, prompts, closed_vault) -> None:
    before = closed_vault.read_bytes()
    dialog = CreateVaultDialog(prompts, closed_vault)
    qtbot.addWidget(dialog)
    dialog.passphrase.setText(GOOD)
    dialog.repeat.setText(GOOD)
    dialog.try_create()
    assert "staat al een bestand" in dialog.location_message.text()
    assert closed_vault.read_bytes() == before


def test_demo_practice_is_built_off_the_ui_thread(qtbot, prompts, qsettings, tmp_path) -> None:
    def build(path: Path, passphrase: str, progress) -> object:
        return create_demo_vault(path, passphrase, SMALL_DEMO, progress=progress)

    screen = make_start(qtbot, prompts, qsettings, tmp_path, demo_builder=build)
    screen.open_demo()
    dialog = screen.dialog
    assert isinstance(dialog, CreateVaultDialog)
    assert dialog.location.text() == str(tmp_path / "data" / "demopraktijk.vpvault")
    dialog.passphrase.setText(GOOD)
    dialog.repeat.setText(GOOD)
    with qtbot.waitSignal(screen.vault_opened, timeout=20_000) as opened:
        dialog.try_create()
        assert dialog.busy and dialog.progress.isVisible()
        assert not dialog.passphrase.isEnabled()
    vault = opened.args[0]
    try:
        with vault.session() as session:
            assert len(clients.list_clients(session)) == 3
    finally:
        vault.close()
    assert qsettings.value(LAST_VAULT_KEY) is None  # the demo never becomes "last used"

    screen.open_demo()  # made before: now it is unlocked, not rebuilt
    assert isinstance(screen.dialog, UnlockDialog)


def test_the_first_window_unlocks_the_demo_practice_and_lists_its_clients(
    qtbot, prompts, qsettings, tmp_path, passphrase, qtmodeltester
) -> None:
    from vp_desktop.ui.app import Shell
    from vp_desktop.ui.shell.sidebar import ClientListModel

    path = tmp_path / "demo.vpvault"
    create_demo_vault(path, passphrase, SMALL_DEMO)
    with Vault.open(path, passphrase) as vault, vault.session() as session:
        expected = [(c.name, c.open_cases) for c in clients.list_clients(session)]
    assert any(open_cases for _name, open_cases in expected)
    qsettings.setValue(LAST_VAULT_KEY, str(path))

    shell = Shell(qsettings, prompts=prompts, idle_ms=600_000)
    qtbot.addWidget(shell.start_screen)
    shell.start()
    assert shell.start_screen.isVisible()
    shell.start_screen.open_last()
    dialog = shell.start_screen.dialog
    dialog.passphrase.setText(passphrase)
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)

    window = shell.window
    assert window is not None
    qtbot.addWidget(window)
    assert window.isVisible() and not shell.start_screen.isVisible()
    assert set(window.sections) >= {"dashboard", "cases", "activities", "pe", "reports", "settings"}
    model = window.sidebar.model
    qtmodeltester.check(model)
    shown = [
        (model.index(r).data(), model.index(r).data(ClientListModel.OpenCasesRole))
        for r in range(model.rowCount())
    ]
    assert shown == expected
    assert window.client_name.text() == expected[0][0]
