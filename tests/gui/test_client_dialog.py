"""The client dialog: every client field, inline validation, saving without exec()."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.gui.cases_helpers import add_client, controls_without_name, screenshot
from vp_desktop.services.clients import clients as client_service
from vp_desktop.services.clients.clients import ClientData
from vp_desktop.store.vault import Vault
from vp_desktop.ui.clients.client_dialog import ClientDialog
from vp_desktop.ui.shell.workspace import Workspace


@pytest.fixture
def dialog(qtbot, workspace: Workspace) -> ClientDialog:
    widget = ClientDialog(workspace, None)
    qtbot.addWidget(widget)
    return widget


def stored(vault: Vault, client_id: int) -> ClientData:
    with vault.session() as session:
        return ClientData.of(client_service.get_client(session, client_id))


def test_new_client_with_every_field(qtbot, dialog: ClientDialog, vault: Vault):
    dialog.code.setText("zorg1")
    dialog.name.setText("Zorggroep Noord")
    dialog.sector.set_code("care")
    dialog.size_band.set_code("250_999")
    dialog.headcount.setText("420")
    dialog.contact_name.setText("M. de Boer")
    dialog.contact_email.setText("m.deboer@zorgnoord.nl")
    dialog.contract_start.setText("01-01-2025")
    dialog.contract_end.setText("31-12-2027")
    dialog.role_integrity.setChecked(True)

    with qtbot.waitSignal(dialog.saved) as saved:
        client_id = dialog.save()

    assert client_id is not None and saved.args == [client_id]
    data = stored(vault, client_id)
    assert data == ClientData(
        code="ZORG1",
        name="Zorggroep Noord",
        sector="care",
        size_band="250_999",
        headcount=420,
        contact_name="M. de Boer",
        contact_email="m.deboer@zorgnoord.nl",
        contract_start=dt.date(2025, 1, 1),
        contract_end=dt.date(2027, 12, 31),
        role_unwanted_behaviour=True,
        role_integrity=True,
    )
    assert dialog.code.text() == "ZORG1"


def test_validation_messages_next_to_the_fields(dialog: ClientDialog, vault: Vault):
    add_client(vault, "ACME", "Acme")
    dialog.code.setText("a")
    dialog.contract_start.setText("01-06-2026")
    dialog.contract_end.setText("01-01-2026")
    dialog.role_unwanted_behaviour.setChecked(False)
    assert dialog.save() is None
    messages = dialog.messages
    assert (
        messages.text_of("code") == "Gebruik 2 tot 12 hoofdletters of cijfers, bijvoorbeeld ACME."
    )
    assert messages.text_of("name") == "Dit veld is verplicht."
    assert messages.text_of("contract_end") == "Het einde van het contract ligt vóór het begin."
    assert "minstens één rol" in messages.text_of("roles")

    dialog.code.setText("acme")
    dialog.name.setText("Nog een Acme")
    dialog.contract_end.setText("")
    dialog.role_unwanted_behaviour.setChecked(True)
    assert dialog.save() is None
    assert messages.text_of("code") == "Deze code is al in gebruik."
    assert messages.text_of("name") == ""


def test_a_date_that_is_no_date_is_said(dialog: ClientDialog):
    dialog.code.setText("BETA")
    dialog.name.setText("Beta")
    dialog.contract_start.setText("1 januari")
    assert dialog.save() is None
    assert "geen geldige datum" in dialog.messages.text_of("contract_start")


def test_existing_client_is_loaded_and_changed(qtbot, workspace, vault: Vault):
    client_id = add_client(vault, "ACME", "Acme", sector="education", headcount=80)
    dialog = ClientDialog(workspace, client_id)
    qtbot.addWidget(dialog)
    assert (dialog.code.text(), dialog.name.text()) == ("ACME", "Acme")
    assert dialog.sector.code() == "education" and dialog.headcount.text() == "80"
    assert dialog.windowTitle() == "Opdrachtgever"
    dialog.name.setText("Acme Onderwijs")
    dialog.headcount.setText("")
    dialog.accept()
    assert dialog.result() == ClientDialog.DialogCode.Accepted
    data = stored(vault, client_id)
    assert (data.name, data.headcount) == ("Acme Onderwijs", None)


def test_accessible_names_and_screenshot(qtbot, dialog: ClientDialog):
    assert controls_without_name(dialog) == []
    assert dialog.windowTitle() == "Nieuwe opdrachtgever"
    dialog.code.setText("x")
    dialog.save()
    dialog.show()
    qtbot.waitExposed(dialog)
    screenshot(dialog, "client_dialog.png")
