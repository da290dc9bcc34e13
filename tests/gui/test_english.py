"""Switching to English shows English: every section built after the switch speaks it, down to
accessible names, table headings, the questions the prompt service asks and the store's errors."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.gui.cases_helpers import add_case, add_client
from vp_desktop.services import settings
from vp_desktop.store.errors import DiskFull, VaultClosed
from vp_desktop.store.vault import Vault
from vp_desktop.ui import i18n
from vp_desktop.ui.activities.activities_section import ActivitiesSection
from vp_desktop.ui.annual_report.reports_section import ReportsSection
from vp_desktop.ui.casework.cases_section import CasesSection
from vp_desktop.ui.clients.dashboard_section import DashboardSection
from vp_desktop.ui.professional_development.pe_section import PeSection
from vp_desktop.ui.shared.error_texts import vault_error_text
from vp_desktop.ui.shared.prompts import Prompts
from vp_desktop.ui.shell.section import Section
from vp_desktop.ui.shell.settings_section import SettingsSection
from vp_desktop.ui.shell.workspace import Workspace

TS_FILE = Path(__file__).resolve().parents[2] / "resources" / "i18n" / "vp_desktop_en.ts"


# Language pickers name each language in its own words, whatever the UI language.
ENDONYMS = {"Nederlands", "English"}


def _dutch_only() -> set[str]:
    """UI source texts whose English differs: none of these may show once English is chosen."""
    texts = set()
    for message in ET.parse(TS_FILE).getroot().iter("message"):
        source = message.findtext("source") or ""
        translated = source != message.findtext("translation")
        if translated and "%" not in source and source not in ENDONYMS:
            texts.add(source)
    return texts


def _model_texts(model: QAbstractItemModel) -> list[str]:
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount()
    found = [
        str(model.headerData(column, Qt.Orientation.Horizontal) or "") for column in range(columns)
    ]
    for row in range(model.rowCount()):
        found += [str(model.index(row, column).data() or "") for column in range(columns)]
    return found


def _shown_texts(root: QWidget) -> list[str]:
    """What a widget tree shows or announces: texts, names, titles, tabs, items and headings."""
    found: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        found += [widget.accessibleName(), widget.toolTip(), widget.windowTitle()]
        if isinstance(widget, QLabel | QAbstractButton | QLineEdit):
            found.append(widget.text())
        if isinstance(widget, QLineEdit | QPlainTextEdit):
            found.append(widget.placeholderText())
        if isinstance(widget, QGroupBox):
            found.append(widget.title())
        if isinstance(widget, QTabWidget):
            found += [widget.tabText(i) for i in range(widget.count())]
        if isinstance(widget, QComboBox):
            found += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            found += _model_texts(widget.model())
    return [text for text in found if text]


@pytest.fixture
def english(translations: Path, vault: Vault) -> Iterator[None]:
    """English as the settings section sets it: the UI's translator and the vault's labels."""
    with vault.transaction() as session:
        settings.update(session, language="en")
    assert i18n.install_language("en", translations)
    yield
    i18n.install_language(i18n.SOURCE_LANGUAGE)


@pytest.fixture
def client_id(vault: Vault) -> int:
    client = add_client(vault, "ACME", "Acme Zorg")
    add_case(vault, client)
    return client


def test_every_section_speaks_english(
    qtbot: QtBot, workspace: Workspace, client_id: int, english: None, screenshot_dir: Path
) -> None:
    sections: list[Section] = [
        DashboardSection(workspace),
        CasesSection(workspace),
        ActivitiesSection(workspace),
        ReportsSection(workspace),
        PeSection(workspace),
        SettingsSection(workspace),
    ]
    for section in sections:
        qtbot.addWidget(section)
        section.set_client(client_id)

    assert [section.title() for section in sections] == [
        "Dashboard",
        "Cases",
        "Activities",
        "Annual report",
        "Professional development",
        "Settings",
    ]
    cases = sections[1]
    assert isinstance(cases, CasesSection)
    assert cases.new_button.text() == "New case"
    assert cases.table.accessibleName() == "List of cases"
    headings = [cases.proxy.headerData(c, Qt.Orientation.Horizontal) for c in range(3)]
    assert headings == ["Number", "Opened", "Status"]
    cases.table.selectRow(0)
    assert cases.editor.tabs.tabText(0) == "Registration"
    reports = sections[3]
    assert isinstance(reports, ReportsSection)
    assert reports.check.title() == "Check for identifying details"
    assert reports.check.checked_box.text() == "I have checked the text"

    dutch = _dutch_only()
    for section in sections:
        leftover = sorted({text for text in _shown_texts(section) if text in dutch})
        assert leftover == [], f"{type(section).__name__} still says {leftover}"

    cases.resize(1400, 800)
    cases.show()
    qtbot.waitExposed(cases)
    cases.grab().save(str(screenshot_dir / "cases_section_english.png"))


def test_the_english_ui_opens_the_english_guide(english: None) -> None:
    from vp_desktop.ui.shared.passphrase_widgets import language
    from vp_desktop.ui.shell.help_menu import user_guide_path

    english_guide, dutch_guide = user_guide_path(language()), user_guide_path("nl")
    assert english_guide is not None and english_guide.name == "end-users.md"
    assert dutch_guide is not None and dutch_guide.name == "gebruikershandleiding.md"
    assert english_guide.read_text(encoding="utf-8").startswith("# VP Desktop for advisers")


def test_store_errors_read_in_english(english: None) -> None:
    assert vault_error_text(VaultClosed()) == "The vault is locked; unlock it and try again."
    assert vault_error_text(DiskFull()).startswith("The disk is full")


@pytest.mark.parametrize(
    ("destructive", "expected"), [(False, ["Yes", "No"]), (True, ["Continue", "Cancel"])]
)
def test_the_prompt_service_answers_in_english(
    qtbot: QtBot, english: None, destructive: bool, expected: list[str]
) -> None:
    """The real dialogs, answered by a timer: their buttons are the app's own, in English."""
    seen: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.extend(button.text() for button in box.buttons())
        accept = next(b for b in box.buttons() if b.text() == expected[0])
        accept.click()

    QTimer.singleShot(0, answer)
    assert Prompts().confirm("Title", "Question?", destructive=destructive)
    assert sorted(seen) == sorted(expected)
