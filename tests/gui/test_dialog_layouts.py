"""Dialogs and panes that make room for what they say: nothing overlaps, is cut off or stays
behind after it stopped being true."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from vp_desktop.store.errors import VaultInUse
from vp_desktop.ui.casework.case_editor import CaseEditor
from vp_desktop.ui.shared.error_texts import vault_error_text
from vp_desktop.ui.shared.passphrase_widgets import UnlockDialog, say
from vp_desktop.ui.shell.create_vault_dialog import CreateVaultDialog
from vp_desktop.ui.shell.sidebar import Sidebar

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def test_first_start_dialog_grows_and_drops_a_stale_error(qtbot, prompts, tmp_path: Path):
    dialog = CreateVaultDialog(prompts, tmp_path / "kluis.vpvault")
    qtbot.addWidget(dialog)
    dialog.show()
    labels = [label.text() for label in dialog.findChildren(QLabel)]
    location = next(label for label in dialog.findChildren(QLabel) if "Locatie" in label.text())
    assert location.buddy() is dialog.location  # shown as "Locatie:" with L underlined
    assert "&Locatie:" in labels
    qtbot.keyClicks(dialog.passphrase, "kort")
    dialog.try_create()
    assert dialog.passphrase_message.isVisible() and dialog.passphrase_message.text()
    assert dialog.meter.hint.isHidden()  # the tip is not repeated above the same red sentence
    qtbot.waitUntil(lambda: dialog.height() >= dialog.minimumSizeHint().height())
    meter_bottom = dialog.meter.geometry().bottom()
    assert dialog.passphrase_message.geometry().top() > meter_bottom  # nothing overlaps
    dialog.grab().save(str(tmp_path / "first-start.png"))

    qtbot.keyClicks(dialog.passphrase, " maar nu een lange zin van vele woorden")
    assert dialog.passphrase_message.isHidden()  # no red error next to "Zeer sterk"


def test_the_in_use_message_gets_room(qtbot, vault_path) -> None:
    dialog = UnlockDialog(vault_path)
    qtbot.addWidget(dialog)
    dialog.show()
    before = dialog.height()
    say(dialog.message, vault_error_text(VaultInUse()))
    qtbot.waitUntil(lambda: dialog.height() > before)
    assert dialog.height() >= dialog.minimumSizeHint().height()


def test_sidebar_titles_are_never_cut_and_the_client_list_has_no_side_scrollbar(qtbot):
    sidebar = Sidebar()
    qtbot.addWidget(sidebar)
    sidebar.add_section("pe", "Deskundigheidsbevordering")
    button = sidebar.section_button("pe")
    assert sidebar.minimumWidth() >= button.sizeHint().width()
    policy = sidebar.clients.horizontalScrollBarPolicy()
    assert policy == Qt.ScrollBarPolicy.ScrollBarAlwaysOff


def test_case_tabs_never_hide_behind_scroll_arrows(qtbot, workspace) -> None:
    editor = CaseEditor(workspace, "nl")
    qtbot.addWidget(editor)
    assert not editor.tabs.usesScrollButtons()
