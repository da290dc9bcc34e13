"""File dialogs keep no history: Qt's own dialog (never the platform's, which records every file
in the desktop's recently-used list), and Qt's remembered folders are removed after it closes."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from vp_desktop.ui.shared.file_dialogs import Pick, choose_path
from vp_desktop.ui.shared.prompts import Prompts


@pytest.fixture
def settings_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    folder = tmp_path / "config"
    folder.mkdir()
    monkeypatch.setenv("HOME", str(tmp_path))
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(folder))
    yield folder
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(Path.home() / ".config"))


def _accept_when_shown(seen: list[bool]) -> None:
    """Accept the dialog once it is shown, noting whether it was Qt's own; it is always closed,
    so a failure cannot hang the test."""

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(50, answer)
            return
        seen.append(dialog.testOption(QFileDialog.Option.DontUseNativeDialog))
        dialog.accept()

    QTimer.singleShot(50, answer)


def test_a_save_dialog_is_qts_own_and_forgets_the_folder(
    qtbot: QtBot, tmp_path: Path, settings_folder: Path
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    exports = tmp_path / "exports"
    exports.mkdir()
    seen: list[bool] = []
    _accept_when_shown(seen)
    suggested = exports / "ACME-casussen.xlsx"
    chosen = Prompts(parent).save_file("Exporteren", suggested, "Excel (*.xlsx)")
    assert seen == [True]  # Qt's own dialog
    assert chosen == suggested
    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    assert settings.value("FileDialog/lastVisited") is None
    assert settings.value("FileDialog/history") is None
    written = "".join(
        p.read_text(errors="replace") for p in settings_folder.rglob("*") if p.is_file()
    )
    assert "exports" not in written
    assert not list(tmp_path.rglob("recently-used.xbel"))


def test_a_folder_dialog_is_qts_own_too(qtbot: QtBot, tmp_path: Path, settings_folder: Path):
    seen: list[bool] = []
    _accept_when_shown(seen)
    assert choose_path(None, Pick.FOLDER, "Map kiezen", tmp_path) == tmp_path
    assert seen == [True]
