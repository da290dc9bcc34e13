"""The sidebar: every section title and client name reads whole, the count badge beside it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QStyleOptionViewItem

from vp_desktop.services.clients import clients
from vp_desktop.services.clients.clients import ClientSummary
from vp_desktop.ui import i18n
from vp_desktop.ui.app import SECTIONS
from vp_desktop.ui.shell.main_window import MainWindow
from vp_desktop.ui.shell.sidebar import MAX_WIDTH, ClientDelegate, Sidebar

CLIENTS = [
    ClientSummary(1, "SOOW", "Stichting Openbaar Onderwijs", 2, 9),
    ClientSummary(2, "VDTL", "Van Dijk Transport & Logistiek", 1, 4),
    ClientSummary(3, "ZGL", "Zorggroep De Lindehof", 17, 40),
]


def shown_names(sidebar: Sidebar) -> list[str]:
    """Each client's name as the delegate paints it in its row."""
    view = sidebar.clients
    delegate = view.itemDelegate()
    assert isinstance(delegate, ClientDelegate)
    names = []
    for row in range(sidebar.model.rowCount()):
        index = sidebar.model.index(row)
        option = QStyleOptionViewItem()
        option.initFrom(view)
        option.rect = view.visualRect(index)
        option.widget = view
        names.append(delegate.shown_text(option, index))
    return names


def build(qtbot, workspace) -> Sidebar:
    sidebar = Sidebar()
    qtbot.addWidget(sidebar)
    for factory in SECTIONS:
        section = factory(workspace)
        qtbot.addWidget(section)
        sidebar.add_section(section.key, section.title())
    sidebar.set_clients(CLIENTS, 1)
    sidebar.resize(sidebar.minimumWidth(), 700)  # as narrow as the window lets it be
    sidebar.show()
    qtbot.waitExposed(sidebar)
    return sidebar


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_longest_title_and_name_with_its_badge_fit(
    qtbot, workspace, translations: Path, language: str, screenshot_dir
) -> None:
    assert i18n.install_language(language, translations)
    sidebar = build(qtbot, workspace)
    pe_button = sidebar.section_button("pe")
    pe_button.click()  # a chosen title is drawn bold: the widest it gets
    bold = QFont(pe_button.font())
    bold.setWeight(QFont.Weight.DemiBold)
    assert pe_button.width() >= QFontMetrics(bold).horizontalAdvance(pe_button.text()) + 24
    assert shown_names(sidebar) == [client.name for client in CLIENTS]
    sidebar.grab().save(str(screenshot_dir / f"sidebar_{language}.png"))


def test_a_very_long_name_is_shortened_before_its_badge(qtbot, workspace) -> None:
    sidebar = build(qtbot, workspace)
    long_name = "Stichting Openbaar Onderwijs Waterveen en Omstreken"
    sidebar.set_clients([ClientSummary(9, "SMD", long_name, 3, 3)], 9)
    assert sidebar.minimumWidth() == MAX_WIDTH  # the window still fits a 1280 px screen
    sidebar.resize(sidebar.minimumWidth(), 700)
    shown = shown_names(sidebar)[0]
    assert shown != long_name and shown.endswith("…")
    # the text stops before the badge: it is no wider than the row minus the badge
    view = sidebar.clients
    row = view.visualRect(sidebar.model.index(0))
    assert view.fontMetrics().horizontalAdvance(shown) < row.width() - 22 - 8
    assert long_name in sidebar.model.index(0).data(0x0003)  # ToolTipRole names it whole


def test_the_window_with_every_section_still_fits_a_1280_screen(
    qtbot, workspace, vault, qsettings
) -> None:
    with vault.transaction() as s:
        clients.create_client(
            s,
            clients.ClientData(
                code="SOOW", name="Stichting Openbaar Onderwijs Waterveen en Omstreken"
            ),
        )
    window = MainWindow(workspace, [factory(workspace) for factory in SECTIONS], qsettings)
    qtbot.addWidget(window)
    window.start()
    window.show()
    for key in ("dashboard", "cases", "pe"):
        window.show_section(key)
        assert window.minimumSizeHint().width() <= 1280 - 20, key  # and a window frame
