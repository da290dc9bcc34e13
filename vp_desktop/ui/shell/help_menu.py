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
from vp_desktop.ui.shared.passphrase_widgets import language
from vp_desktop.ui.shell.workspace import Workspace

LICENCE = "MIT"


#: the guide in each UI language: (file in docs/, file beside a Linux bundle's executable)
GUIDES = {
    "nl": ("gebruikershandleiding.md", "HANDLEIDING.md"),
    "en": ("end-users.md", "README.md"),
}


def user_guide_path(lang: str = "nl") -> Path | None:
    """The guide in the UI language: docs/ in a checkout, `_resources/docs` in a wheel or bundle,
    or beside a Linux bundle's executable; the other language's guide when that one is missing."""
    found = _guide_in(lang)
    if found is None:
        found = _guide_in("en" if lang == "nl" else "nl")
    return found


def _guide_in(lang: str) -> Path | None:
    in_docs, beside_executable = GUIDES.get(lang, GUIDES["nl"])
    candidates = [Path(sys.executable).resolve().parent / beside_executable]
    if not getattr(sys, "frozen", False):
        candidates = []
    candidates += [
        resources_root() / "docs" / in_docs,
        Path(__file__).resolve().parents[3] / "docs" / in_docs,
    ]
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
        guide = user_guide_path(language())
        if guide is None:
            self._workspace.prompts.info(
                self.tr("Gebruikershandleiding"),
                self.tr("De handleiding is niet meegeleverd met deze installatie."),
            )
            return
        if self.guide is None:
            self.guide = UserGuide(guide, self.parentWidget())
        self.guide.show()
