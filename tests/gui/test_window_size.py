"""The main window fits a 1280x800 screen with a taskbar, whichever section is shown."""

from __future__ import annotations

from vp_desktop.services.clients import clients
from vp_desktop.ui.annual_report.reports_section import ReportsSection
from vp_desktop.ui.app import SECTIONS
from vp_desktop.ui.shell.main_window import MainWindow

MAX_HEIGHT = 720  # 800 px less a taskbar and the window's title bar


def test_every_section_lets_the_window_fit_above_a_taskbar(
    qtbot, workspace, vault, qsettings, screenshot_dir
) -> None:
    with vault.transaction() as s:
        clients.create_client(s, clients.ClientData(code="SOOW", name="Stichting Openbaar"))
    window = MainWindow(workspace, [factory(workspace) for factory in SECTIONS], qsettings)
    qtbot.addWidget(window)
    window.start()
    window.show()
    for key in window.sections:
        window.show_section(key)
        assert window.minimumSizeHint().height() <= MAX_HEIGHT, key
        assert window.minimumSizeHint().width() <= 1280 - 20, key
        window.resize(window.minimumSizeHint())
        window.grab().save(str(screenshot_dir / f"window_minimum_{key}.png"))

    window.show_section("reports")
    window.resize(window.minimumSizeHint().width(), MAX_HEIGHT)
    qtbot.waitUntil(lambda: window.height() == MAX_HEIGHT)
    section = window.sections["reports"]
    assert isinstance(section, ReportsSection)
    scroll = section.controls_scroll
    # the column scrolls up and down, never sideways, and every control can be reached
    assert scroll.verticalScrollBar().maximum() > 0
    assert scroll.horizontalScrollBar().maximum() == 0
    assert scroll.viewport().width() >= scroll.widget().minimumSizeHint().width()
    scroll.ensureWidgetVisible(section.overview_button)
    button = section.overview_button
    top_left = button.mapTo(scroll.viewport(), button.rect().topLeft())
    assert top_left.y() >= 0 and top_left.y() + button.height() <= scroll.viewport().height()
    window.grab().save(str(screenshot_dir / "window_minimum_reports.png"))
