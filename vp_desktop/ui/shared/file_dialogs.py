"""Every file dialog of the app, in one function: Qt's own dialog, keeping no history.

The platform's dialog (GTK on Linux) records every chosen file in the desktop's "recently used"
list (`~/.local/share/recently-used.xbel`), where an export's name (a client code, a case number)
outlives the file. Qt's own dialog records nothing there, but on closing writes its history and
last folder to `QtProject.conf`: those entries are removed again at once.
"""

from __future__ import annotations

import contextlib
from enum import Enum
from pathlib import Path

import shiboken6
from PySide6.QtCore import QSettings, QSize
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from vp_desktop.ui.shared.file_dialog_columns import use_local_columns

#: What Qt's dialog writes to its own settings when it closes (QFileDialogPrivate::saveSettings).
_REMEMBERED = ("history", "lastVisited", "shortcuts", "sidebarWidth", "treeViewHeader")


class Pick(Enum):
    OPEN = "open"
    SAVE = "save"
    FOLDER = "folder"


def choose_path(
    parent: QWidget | None, pick: Pick, title: str, start: Path | None = None, filters: str = ""
) -> Path | None:
    """Ask for a file to open or save, or a folder; None when the adviser cancels."""
    dialog = QFileDialog(parent, title, str(start or ""), filters)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setHistory([])
    use_local_columns(dialog)  # sizes, types and dates in the app's language
    # Room for the name and the date beside it (Qt's default shows about two columns).
    dialog.resize(dialog.sizeHint().expandedTo(QSize(880, 520)))
    if pick is Pick.SAVE:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        if start is not None and start.name:
            dialog.selectFile(start.name)
    elif pick is Pick.OPEN:
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    else:
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    try:
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        chosen = dialog.selectedFiles() if accepted else []
    finally:
        shiboken6.delete(dialog)  # now, so its settings are written before they are cleaned
        forget_dialog_history()
    return Path(chosen[0]) if chosen else None


def forget_dialog_history() -> None:
    """Remove what Qt's file dialog remembers about where the adviser saved and opened files."""
    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    settings.beginGroup("FileDialog")
    for key in _REMEMBERED:
        settings.remove(key)
    settings.endGroup()
    with contextlib.suppress(RuntimeError):
        settings.sync()
