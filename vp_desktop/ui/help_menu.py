"""The Help menu: the user guide (shown in the app, offline) and About (version, licence, and
where this vault is)."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMenu, QTextBrowser, QVBoxLayout, QWidget

from vp_desktop import __version__
from vp_desktop.resources import resources_root
from vp_desktop.ui.workspace import Workspace

LICENCE = "MIT"


def user_guide_path() -> Path | None:
    """docs/end-users.md in a checkout or wheel; README.md beside a bundle's executable."""
    candidates = [
        Path(sys.executable).resolve().parent / "README.md",
        resources_root().parent / "docs" / "end-users.md",
        Path(__file__).resolve().parents[2] / "docs" / "end-users.md",
    ]
    if not getattr(sys, "frozen", False):
        candidates = candidates[1:]
    return next((path for path in candidates if path.is_file()), None)


class UserGuide(QDialog):
    def __init__(self, guide: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Gebruikershandleiding"))
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(self.tr("Gebruikershandleiding"))
        self.browser.setOpenLinks(False)  # nothing leaves the app: no browser, no network
        self.browser.setMarkdown(guide.read_text(encoding="utf-8"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        self.resize(760, 640)


class HelpMenu(QMenu):
    def __init__(self, workspace: Workspace, parent: QWidget) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("&Help"))
        self._workspace = workspace
        self.guide: UserGuide | None = None
        self.guide_action = QAction(self.tr("&Gebruikershandleiding"), self)
        self.guide_action.setShortcut("F1")
        self.guide_action.triggered.connect(self.show_guide)
        self.addAction(self.guide_action)
        self.addSeparator()
        self.about_action = QAction(self.tr("&Over VP Desktop"), self)
        self.about_action.triggered.connect(self.show_about)
        self.addAction(self.about_action)

    def about_text(self) -> str:
        vault = self._workspace.vault
        where = str(vault.path) if vault is not None else self.tr("(geen kluis geopend)")
        return "\n".join(
            (
                self.tr("VP Desktop %1").replace("%1", __version__),
                self.tr(
                    "De dossiers van de externe vertrouwenspersoon, versleuteld op uw eigen laptop."
                ),  # fmt: skip
                "",
                self.tr("Licentie: %1").replace("%1", LICENCE),
                self.tr("Kluis: %1").replace("%1", where),
                self.tr("Gebouwd met Qt for Python %1").replace("%1", pyside_version),
            )
        )

    def show_about(self) -> None:
        self._workspace.prompts.info(self.tr("Over VP Desktop"), self.about_text())

    def show_guide(self) -> None:
        guide = user_guide_path()
        if guide is None:
            self._workspace.prompts.info(
                self.tr("Gebruikershandleiding"),
                self.tr("De handleiding is niet meegeleverd met deze installatie."),
            )
            return
        if self.guide is None:
            self.guide = UserGuide(guide, self.parentWidget())
        self.guide.show()
