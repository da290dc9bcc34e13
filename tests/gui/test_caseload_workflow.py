"""A whole working day through the UI: a new vault, a client, a case with three contacts, closing
it with an outcome, reopening it, and finding it again by a word from a contact's note."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.gui.cases_helpers import TODAY, screenshot
from vp_desktop.services.casework import cases as case_service
from vp_desktop.services.data_safety.vaults import create_vault
from vp_desktop.store.vault import Vault
from vp_desktop.ui.casework import case_table_model as columns
from vp_desktop.ui.casework.cases_section import CasesSection
from vp_desktop.ui.clients.client_dialog import ClientDialog
from vp_desktop.ui.shell.workspace import Workspace


@pytest.fixture
def new_vault(tmp_path: Path, passphrase: str) -> Iterator[Vault]:
    vault = create_vault(tmp_path / "praktijk.vpvault", passphrase, passphrase)
    yield vault
    vault.close()


def test_full_caseload_workflow(qtbot, new_vault: Vault, prompts):
    workspace = Workspace(new_vault, prompts)

    dialog = ClientDialog(workspace, None)
    qtbot.addWidget(dialog)
    dialog.code.setText("HVB")
    dialog.name.setText("Hogeschool van Buiten")
    dialog.sector.set_code("education")
    dialog.headcount.setText("1200")
    client_id = dialog.save()
    assert client_id is not None

    section = CasesSection(workspace)
    qtbot.addWidget(section)
    section.resize(1400, 820)
    section.set_client(client_id)
    assert section.model.rowCount() == 0

    section.start_new_case()
    editor = section.editor
    opened = TODAY - dt.timedelta(days=30)
    editor.fields.opened_on.set_date(opened)
    editor.fields.categories.set_codes(["sexual_harassment"])
    editor.fields.relation.set_code("colleague")
    editor.fields.support.set_codes(["listening", "advice"])
    assert section.save_changes()
    case_id = editor.case_id
    assert case_id is not None
    number = f"HVB-{opened.year}-001"
    assert section.proxy.index(0, columns.NUMBER).data() == number

    notes = (
        "Kennismaking; melder vertelt over opmerkingen tijdens de lunch.",
        "Mogelijkheden besproken: informeel gesprek of klachtencommissie.",
        "Melder heeft met de teamleider gepraat; het gedrag is gestopt.",
    )
    for days_ago, note in zip((28, 14, 3), notes, strict=True):
        editor.contacts.start_new()
        editor.contacts.occurred_on.set_date(TODAY - dt.timedelta(days=days_ago))
        editor.contacts.notes.setPlainText(note)
        assert editor.contacts.save_pending()
    assert editor.contacts.model.rowCount() == 3
    last_contact = (TODAY - dt.timedelta(days=3)).strftime("%d-%m-%Y")
    assert section.proxy.index(0, columns.LAST_CONTACT).data() == last_contact

    editor.begin_closing()
    editor.fields.closed_on.set_date(TODAY)
    editor.fields.outcome.set_code("behaviour_stopped")
    assert editor.save()
    assert section.proxy.index(0, columns.STATUS).data() == "Gesloten"
    with new_vault.session() as session:
        case = case_service.get_case(session, client_id, case_id)
        assert (case.closed_on, case.outcome) == (TODAY, "behaviour_stopped")
        assert case.destroy_by == case_service.destroy_by_for(TODAY, 12)

    prompts.queue(True)
    assert editor.reopen()
    assert section.proxy.index(0, columns.STATUS).data() == "Open"

    section.search_box.setText("teamleider")
    section.apply_search()
    assert section.proxy.rowCount() == 1
    assert section.proxy.index(0, columns.NUMBER).data() == number
    section.search_box.setText("vakantie")
    section.apply_search()
    assert section.proxy.rowCount() == 0
    section.search_box.setText("lunch")
    section.apply_search()
    assert section.proxy.rowCount() == 1
    assert section.table.selectionModel().selectedRows()[0].data() == number

    section.show()
    qtbot.waitExposed(section)
    editor.tabs.setCurrentWidget(editor.contacts)
    screenshot(section, "caseload_workflow.png")
