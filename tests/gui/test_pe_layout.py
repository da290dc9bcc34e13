"""The PE log in the window at its default size: every column in view, no sideways scrolling."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from vp_desktop.services.clients import clients
from vp_desktop.services.professional_development.pe import PeData, add_pe_activity
from vp_desktop.ui import i18n
from vp_desktop.ui.app import SECTIONS
from vp_desktop.ui.professional_development.pe_section import PeSection
from vp_desktop.ui.shell.main_window import MainWindow


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_log_does_not_scroll_sideways_at_the_default_window_size(
    qtbot, workspace, vault, qsettings, translations: Path, language: str, screenshot_dir
) -> None:
    assert i18n.install_language(language, translations)
    long_provider = "Intervisiegroep vertrouwenspersonen Utrecht en omstreken"
    with vault.transaction() as s:
        clients.create_client(s, clients.ClientData(code="SOOW", name="Stichting Openbaar"))
        add_pe_activity(s, PeData("congress", dt.date(2025, 3, 4), 360, long_provider, "LV-1"))
        add_pe_activity(s, PeData("course", dt.date(2025, 5, 1), 90, "Zwaluw", None, "Agressie"))
    window = MainWindow(workspace, [factory(workspace) for factory in SECTIONS], qsettings)
    qtbot.addWidget(window)
    window.start()
    window.show()
    window.show_section("pe")
    section = window.sections["pe"]
    assert isinstance(section, PeSection)
    table, header = section.table, section.table.horizontalHeader()
    qtbot.waitUntil(lambda: header.length() > 0 and table.viewport().width() > 0)
    window.grab().save(str(screenshot_dir / f"pe_default_window_{language}_before.png"))
    qtbot.waitUntil(lambda: table.horizontalScrollBar().maximum() == 0)
    assert header.length() <= table.viewport().width()
    for column in range(section.model.columnCount()):
        assert header.sectionSize(column) >= header.sectionSizeHint(column), column
    for button in section.evidence.buttons():  # the evidence buttons read whole too
        assert button.width() >= button.sizeHint().width(), button.text()
    window.grab().save(str(screenshot_dir / f"pe_default_window_{language}.png"))
    assert table.horizontalScrollBar().maximum() == 0
