"""File dialogs keep no history: Qt's own dialog (never the platform's, which records every file
in the desktop's recently-used list), and Qt's remembered folders are removed after it closes."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QDateTime, QSettings, Qt, QTime, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QTreeView, QWidget
from pytestqt.qtbot import QtBot

from vp_desktop.ui import i18n
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


def test_in_dutch_the_file_list_has_dutch_headers_sizes_and_dates(
    qtbot: QtBot, tmp_path: Path, settings_folder: Path, screenshot_dir: Path
) -> None:
    assert i18n.install_language("nl")  # Qt's own words come from PySide6's qtbase_nl.qm
    folder = tmp_path / "stukken"
    folder.mkdir()
    report = folder / "jaarverslag.pdf"
    report.write_bytes(b"%PDF-1.4\n" + b"0" * 3000)
    stamp = QDateTime(QDate(2026, 3, 9), QTime(14, 5))
    os.utime(report, (stamp.toSecsSinceEpoch(), stamp.toSecsSinceEpoch()))
    seen: dict[str, object] = {}

    def inspect() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(50, inspect)
            return
        dialog.setViewMode(QFileDialog.ViewMode.Detail)
        view = dialog.findChild(QTreeView, "treeView")
        model = view.model()
        root = view.rootIndex()
        if model.rowCount(root) < 1:
            QTimer.singleShot(50, inspect)  # the folder is read in the background
            return
        seen["headers"] = [
            model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())
        ]
        seen["row"] = [model.index(0, c, root).data() for c in range(4)]
        widths = [view.header().sectionSize(c) for c in range(4)]
        metrics = view.fontMetrics()
        seen["fits"] = all(
            metrics.horizontalAdvance(str(text)) < width
            for text, width in zip(seen["row"][1:], widths[1:], strict=True)
        )
        dialog.grab().save(str(screenshot_dir / "file_dialog_nl.png"))
        dialog.reject()

    QTimer.singleShot(50, inspect)
    assert choose_path(None, Pick.OPEN, "Bestand kiezen", folder) is None
    assert seen["headers"] == ["Naam", "Grootte", "Type", "Datum gewijzigd"]
    name, size, kind, modified = seen["row"]
    assert name == "jaarverslag.pdf"
    assert size == "2,9 kB"  # a decimal comma, not "2.93 KiB"
    assert kind == "PDF-document"
    assert modified == "09-03-2026 14:05"
    assert seen["fits"]  # no value is elided
