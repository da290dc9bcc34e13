"""Change notifications: a save refreshes what shows its data, a hidden section reloads only
when shown, and an unlock reloads only the section on screen."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest
from PySide6.QtCore import Qt

from tests.gui.cases_helpers import add_case, add_client
from vp_desktop.services.professional_development import pe as pe_service
from vp_desktop.ui.app import SECTIONS
from vp_desktop.ui.casework.cases_section import CasesSection
from vp_desktop.ui.shell.changes import Change, DataKind
from vp_desktop.ui.shell.main_window import MainWindow
from vp_desktop.ui.shell.section import Section


@pytest.fixture
def practice(vault) -> dict[str, int]:
    acme = add_client(vault, "ACME", "Acme Zorg")
    bolt = add_client(vault, "BOLT", "Bolt NV")
    case = add_case(vault, acme, notes="eerste gesprek")
    add_case(vault, bolt, notes="ander gesprek")
    return {"acme": acme, "bolt": bolt, "case": case}


@pytest.fixture
def refreshes(monkeypatch) -> Counter[str]:
    """How often each section reloaded from the vault, by section key."""
    counts: Counter[str] = Counter()
    for make in SECTIONS:
        original = make.refresh

        def counting(self: Section, original=original) -> None:
            counts[self.key] += 1
            original(self)

        monkeypatch.setattr(make, "refresh", counting)
    return counts


@pytest.fixture
def window(qtbot, workspace, qsettings, practice, refreshes) -> MainWindow:
    """The window as the app builds it, every section of the sidebar, the cases on screen."""
    window = MainWindow(workspace, [make(workspace) for make in SECTIONS], qsettings)

    def discard(w: MainWindow) -> None:
        if w.workspace.is_open:
            for section in w.sections.values():
                section.discard_changes()

    qtbot.addWidget(window, before_close_func=discard)
    window.start()
    window.show()
    window.request_client(practice["acme"])
    for key in window.sections:  # each has been seen once, so none is stale from the start
        window.show_section(key)
    window.show_section("cases")
    assert not any(section.is_stale() for section in window.sections.values())
    refreshes.clear()
    return window


def cases_of(window: MainWindow) -> CasesSection:
    section = window.sections["cases"]
    assert isinstance(section, CasesSection)
    return section


def save_a_case(qtbot, window: MainWindow, case_id: int, notes: str) -> None:
    cases = cases_of(window)
    cases.navigate({"case_id": case_id})
    cases.editor.fields.notes.setPlainText(notes)
    with qtbot.waitSignal(cases.data_changed) as saved:
        qtbot.mouseClick(cases.editor.save_button, Qt.MouseButton.LeftButton)
    assert saved.args == [Change(DataKind.CASES, window.current_client_id())]


def test_a_case_save_refreshes_the_list_and_the_dashboard_but_not_the_pe_section(
    qtbot, window, refreshes, practice
) -> None:
    save_a_case(qtbot, window, practice["case"], "tweede gesprek gepland")
    cases = cases_of(window)
    assert cases.model.rowCount() == 1  # the list shows the saved case
    assert window.sections["dashboard"].is_stale()  # hidden: it waits until it is seen
    assert not window.sections["pe"].is_stale()
    assert refreshes["pe"] == 0 and refreshes["dashboard"] == 0

    window.show_section("dashboard")
    assert refreshes["dashboard"] == 1
    assert not window.sections["dashboard"].is_stale()
    window.show_section("pe")
    assert refreshes["pe"] == 0  # a case is nothing the PE section shows


def test_everything_that_showed_the_cases_is_current_after_a_save(
    qtbot, window, refreshes, practice
) -> None:
    save_a_case(qtbot, window, practice["case"], "derde gesprek")
    # What used to reload after a case save still does, once it is seen.
    for key in ("dashboard", "signals", "reports"):
        assert window.sections[key].is_stale(), key
        window.show_section(key)
        assert not window.sections[key].is_stale(), key
        assert refreshes[key] == 1, key
    for key in ("pe", "settings", "activities"):  # none of them shows a case
        assert not window.sections[key].is_stale(), key
    # The sidebar's open-case count comes from the same save.
    assert window.sidebar.model.row_of(practice["acme"]) >= 0


def test_a_change_on_screen_refreshes_at_once_and_another_clients_change_leaves_it_alone(
    window, refreshes, practice
) -> None:
    window.show_section("activities")
    refreshes.clear()
    window.apply_change(Change(DataKind.ACTIVITIES, practice["bolt"]))
    assert refreshes["activities"] == 0  # the activities shown are Acme's
    window.apply_change(Change(DataKind.ACTIVITIES, practice["acme"]))
    assert refreshes["activities"] == 1
    assert not window.sections["activities"].is_stale()


def test_a_pe_change_reaches_the_pe_section_when_shown(qtbot, window, refreshes, vault) -> None:
    window.show_section("pe")
    pe = window.sections["pe"]
    before = pe.model.rowCount()  # type: ignore[attr-defined]
    window.show_section("cases")
    with vault.transaction() as session:  # as an import would, then the section says so
        pe_service.add_pe_activity(session, pe_service.PeData("course", dt.date(2026, 3, 1), 90))
    refreshes.clear()
    window.apply_change(Change(DataKind.PE))
    assert refreshes["pe"] == 0 and pe.is_stale()
    window.show_section("pe")
    assert refreshes["pe"] == 1
    assert pe.model.rowCount() == before + 1  # type: ignore[attr-defined]


def test_an_unlock_reloads_the_section_on_screen_only(
    qtbot, window, refreshes, workspace, passphrase
) -> None:
    window.show_section("dashboard")
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.lock.is_locked
    refreshes.clear()
    dialog = window.lock.dialog
    dialog.passphrase.setText(passphrase)
    with qtbot.waitSignal(window.lock.unlocked):
        qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    assert refreshes["pe"] == 0  # the PE log is not read at unlock unless it is shown
    assert refreshes["dashboard"] >= 1
    assert window.sections["pe"].is_stale()
    window.show_section("pe")
    assert refreshes["pe"] == 1


@pytest.mark.parametrize(
    ("kind", "stale"),
    [
        (DataKind.SETTINGS, {"dashboard", "activities", "signals", "pe", "reports", "settings"}),
        (DataKind.PE, {"dashboard", "pe", "reports"}),
        (DataKind.ACTIVITIES, {"dashboard", "activities", "signals", "reports"}),
        (DataKind.SIGNALS, {"dashboard", "activities", "signals", "reports"}),
    ],
)
def test_each_kind_of_change_reaches_the_sections_that_show_it(window, kind, stale) -> None:
    window.apply_change(Change(kind))  # the cases are on screen
    hidden = {key for key in window.sections if key != "cases"}
    assert {key for key in hidden if window.sections[key].is_stale()} == stale
