"""The main window: clients with open-case counts, switching clients safely, closing, state."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from vp_desktop.services.casework import cases
from vp_desktop.services.clients import clients
from vp_desktop.ui.clients.dashboard_section import DashboardSection
from vp_desktop.ui.shared.prompts import Choice
from vp_desktop.ui.shell.main_window import MainWindow
from vp_desktop.ui.shell.settings_section import SettingsSection
from vp_desktop.ui.shell.sidebar import ClientListModel

TODAY = dt.date(2026, 6, 15)


def add_case(session, client_id: int, notes: str, closed: bool = False) -> int:
    data = cases.CaseData(
        opened_on=dt.date(2026, 2, 1),
        track="unwanted_behaviour",
        categories=["bullying"],
        notes=notes,
    )
    if closed:
        data.closed_on, data.outcome = dt.date(2026, 3, 1), "resolved_informally"
    return cases.create_case(session, client_id, data, today=TODAY).id


@pytest.fixture
def practice(vault) -> dict[str, int]:
    with vault.transaction() as s:
        acme = clients.create_client(s, clients.ClientData(code="ACME", name="Acme BV"))
        bolt = clients.create_client(s, clients.ClientData(code="BOLT", name="Bolt NV"))
        add_case(s, acme.id, "notitie acme 1")
        add_case(s, acme.id, "notitie acme 2")
        add_case(s, acme.id, "notitie acme 3", closed=True)
        add_case(s, bolt.id, "notitie bolt")
        return {"acme": acme.id, "bolt": bolt.id}


def build_window(qtbot, workspace, qsettings, stub, **options):
    sections = [DashboardSection(workspace), stub, SettingsSection(workspace)]
    window = MainWindow(workspace, sections, qsettings, idle_ms=options.pop("idle_ms", 600_000))
    # closing at teardown must not ask about edits a test left behind
    qtbot.addWidget(window, before_close_func=lambda _w: stub.discard_changes())
    window.start()
    window.show()
    return window, stub


@pytest.fixture
def window_and_stub(qtbot, workspace, qsettings, practice, notes_section):
    return build_window(qtbot, workspace, qsettings, notes_section)


def test_clients_are_listed_with_their_open_cases(window_and_stub, qtmodeltester) -> None:
    window, _stub = window_and_stub
    model = window.sidebar.model
    qtmodeltester.check(model)
    rows = [
        (
            model.index(r).data(),
            model.index(r).data(ClientListModel.CodeRole),
            model.index(r).data(ClientListModel.OpenCasesRole),
        )
        for r in range(model.rowCount())
    ]
    assert rows == [("Acme BV", "ACME", 2), ("Bolt NV", "BOLT", 1)]
    assert (
        model.index(0).data(Qt.ItemDataRole.AccessibleTextRole) == "Acme BV (ACME): 2 open casussen"
    )
    # the first client is active, in the sidebar and in the header
    assert window.sidebar.current_client() == window.current_client_id()
    assert window.client_name.text() == "Acme BV"


def test_switching_client_loads_the_sections_before_the_header_changes(
    qtbot, window_and_stub, practice
) -> None:
    window, stub = window_and_stub
    stub.calls.clear()
    window.sidebar.clients.setCurrentIndex(window.sidebar.model.index(1))
    assert stub.calls == [("set_client", (practice["bolt"], "Acme BV"))]
    assert window.client_name.text() == "Bolt NV"
    assert stub.edit.text() == "notitie bolt"


@pytest.mark.parametrize(
    ("answer", "client", "text"),
    [
        (Choice.CANCEL, "acme", "ongewijzigd gelaten"),
        (Choice.DISCARD, "bolt", "notitie bolt"),
        (Choice.SAVE, "bolt", "notitie bolt"),
    ],
)
def test_switching_with_unsaved_changes_asks_first(
    window_and_stub, prompts, practice, answer, client, text
) -> None:
    window, stub = window_and_stub
    stub.edit.setText("ongewijzigd gelaten")
    prompts.queue(answer)
    window.sidebar.clients.setCurrentIndex(window.sidebar.model.index(1))
    assert prompts.kinds() == ["save_discard_cancel"]
    assert "Casussen" in prompts.asked[0][2]
    assert window.current_client_id() == practice[client]
    assert window.sidebar.current_client() == practice[client]
    assert stub.client_id == practice[client]
    assert stub.edit.text() == text
    if answer is Choice.SAVE:
        assert ("save", "ongewijzigd gelaten") in stub.calls


def test_a_refused_save_keeps_the_old_client(window_and_stub, prompts, practice) -> None:
    window, stub = window_and_stub
    stub.edit.setText("iets")
    stub.save_result = False
    prompts.queue(Choice.SAVE)
    assert not window.request_client(practice["bolt"])
    assert window.client_name.text() == "Acme BV"
    assert stub.edit.text() == "iets"


def test_closing_with_unsaved_changes_asks(qtbot, window_and_stub, prompts, workspace) -> None:
    window, stub = window_and_stub
    stub.edit.setText("nog niet bewaard")
    prompts.queue(Choice.CANCEL)
    window.close()
    assert window.isVisible() and workspace.is_open
    prompts.queue(Choice.DISCARD)
    window.close()
    assert not window.isVisible()
    assert not workspace.is_open  # closing the window closes the vault


def test_window_state_is_remembered_without_case_data(
    qtbot, workspace, qsettings, practice, tmp_path, vault, passphrase, notes_section
) -> None:
    window, _stub = build_window(qtbot, workspace, qsettings, notes_section)
    window.show_section("settings")
    window.resize(760, 540)
    window.close()
    stored = (tmp_path / "vp-desktop.ini").read_text()
    assert "notitie" not in stored and "Acme" not in stored
    assert "settings" in stored

    from vp_desktop.store.vault import Vault

    workspace.vault = Vault.open(vault.path, passphrase)
    again, _ = build_window(qtbot, workspace, qsettings, type(notes_section)(workspace))
    assert again.current_section_key() == "settings"
    assert again.sidebar.section_button("settings").isChecked()
    assert (again.width(), again.height()) == (760, 540)


def test_sections_are_in_the_sidebar_and_menu(window_and_stub) -> None:
    window, _stub = window_and_stub
    assert [b.text() for b in window.sidebar._group.buttons()] == [
        "Dashboard",
        "Casussen",
        "Instellingen",
    ]
    assert window.lock_action.shortcut().toString() == "Ctrl+L"
    window.show_section("pe")  # not built yet: a message, no crash
    assert "nog niet beschikbaar" in window.statusBar().currentMessage()
