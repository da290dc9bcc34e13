"""The case editor: fields and vocabularies, validation next to fields, closing and reopening,
unsaved changes, drafts, purged cases."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from PySide6.QtCore import Qt

from tests.gui.cases_helpers import (
    TODAY,
    add_case,
    add_client,
    add_contact,
    screenshot,
)
from vp_desktop.domain import vocab
from vp_desktop.services.casework import cases as case_service
from vp_desktop.services.data_safety import retention
from vp_desktop.store.vault import Vault
from vp_desktop.ui.casework.case_editor import CaseEditor
from vp_desktop.ui.shared.prompts import Choice
from vp_desktop.ui.shell.workspace import Workspace


@pytest.fixture
def client_id(vault: Vault) -> int:
    return add_client(vault, "ACME", "Acme Zorg", role_integrity=True)


@pytest.fixture
def editor(qtbot, workspace: Workspace) -> CaseEditor:
    widget = CaseEditor(workspace, "nl")
    qtbot.addWidget(widget)
    widget.resize(900, 760)
    return widget


def stored(vault: Vault, client_id: int, case_id: int) -> case_service.CaseData:
    with vault.session() as session:
        return case_service.CaseData.of(case_service.get_case(session, client_id, case_id))


def test_new_case_is_saved_with_every_field(editor: CaseEditor, vault: Vault, client_id: int):
    editor.new_case(client_id)
    f = editor.fields
    opened = TODAY - dt.timedelta(days=10)
    f.opened_on.setText(opened.strftime("%-d/%-m/%Y"))  # typed loosely, read as a Dutch date
    f.track.set_code("integrity")
    f.categories.set_codes(["fraud", "abuse_of_power"])
    f.relation.set_code("manager")
    f.came_in_via.set_code("hr")
    f.melder_role.set_code("employee")
    f.gender.set_code("female")
    f.age_band.set_code("35_44")
    f.support.set_codes(["listening", "referral"])
    f.referrals.set_codes(["whistleblowers_authority"])
    f.follow_up_on.set_date(TODAY + dt.timedelta(days=14))
    f.melder_name.setText("Anouk de Vries")
    f.melder_alias.setText("A.")
    f.melder_contact.setPlainText("06-12345678")
    f.department.setText("Inkoop")
    f.others_involved.setPlainText("Beklaagde: hoofd inkoop")
    f.notes.setPlainText("Zorgen over facturen van één leverancier.")
    f.consent_rows[0].given.setChecked(True)
    f.consent_rows[0].given_on.set_date(TODAY - dt.timedelta(days=10))
    f.consent_rows[0].note.setText("mondeling")
    assert editor.has_unsaved_changes()

    assert editor.save()

    assert editor.case_id is not None
    assert editor.header.number_label.text() == f"ACME-{opened.year}-001"
    data = stored(vault, client_id, editor.case_id)
    assert data.track == "integrity"
    assert sorted(data.categories) == ["abuse_of_power", "fraud"]
    assert (data.relation, data.came_in_via, data.melder_role) == ("manager", "hr", "employee")
    assert (data.gender, data.age_band) == ("female", "35_44")
    assert sorted(data.support) == ["listening", "referral"]
    assert data.referrals == ["whistleblowers_authority"]
    assert data.follow_up_on == TODAY + dt.timedelta(days=14)
    assert data.melder_name == "Anouk de Vries"
    assert data.others_involved == "Beklaagde: hoofd inkoop"
    assert data.notes == "Zorgen over facturen van één leverancier."
    assert [(c.kind, c.note) for c in data.consents] == [("keep_file", "mondeling")]
    assert not editor.has_unsaved_changes()


def test_categories_follow_the_track(editor: CaseEditor, client_id: int):
    editor.new_case(client_id)
    fields = editor.fields
    offered = set(fields.categories.offered_codes())
    assert offered == {t.code for t in vocab.categories_of("unwanted_behaviour")}
    fields.categories.set_codes(["bullying"])
    fields.track.set_code("outside_scope")
    assert set(fields.categories.offered_codes()) == {
        t.code for t in vocab.categories_of("outside_scope")
    }
    assert fields.categories.codes() == []  # a category of another track does not stay behind


def test_labels_come_from_the_vocabularies(editor: CaseEditor, client_id: int):
    editor.new_case(client_id)
    relation = editor.fields.relation
    labels = [relation.itemText(i) for i in range(relation.count())]
    assert labels == ["—", *(t.nl for t in vocab.RELATIONS)]


def test_closing_before_opening_is_refused_next_to_the_field(
    editor: CaseEditor, vault: Vault, client_id: int
):
    case_id = add_case(vault, client_id, opened_on=TODAY - dt.timedelta(days=5))
    editor.show_case(client_id, case_id)
    editor.begin_closing()
    editor.fields.closed_on.set_date(TODAY - dt.timedelta(days=6))
    editor.fields.outcome.set_code("resolved_informally")

    assert not editor.save()

    assert "vóór de openingsdatum" in editor.fields.messages.text_of("closed_on")
    assert stored(vault, client_id, case_id).closed_on is None
    assert editor.has_unsaved_changes()  # nothing typed was lost


def test_closing_needs_an_outcome(editor: CaseEditor, vault: Vault, client_id: int):
    case_id = add_case(vault, client_id)
    editor.show_case(client_id, case_id)
    editor.begin_closing()
    assert not editor.closure.isHidden()

    assert not editor.save()

    assert editor.fields.messages.text_of("outcome") == "Kies een afloop om de casus te sluiten."
    assert stored(vault, client_id, case_id).closed_on is None


def test_future_dates_are_refused(editor: CaseEditor, vault: Vault, client_id: int):
    editor.new_case(client_id)
    editor.fields.opened_on.set_date(TODAY + dt.timedelta(days=3))
    assert not editor.save()
    assert editor.fields.messages.text_of("opened_on") == "Deze datum ligt in de toekomst."
    assert editor.case_id is None
    assert editor.tabs.currentWidget() is editor.fields.registration_page


def test_text_that_is_no_date_is_said_and_kept(editor: CaseEditor, client_id: int):
    editor.new_case(client_id)
    editor.fields.follow_up_on.setText("31-02-2026")
    assert not editor.save()
    assert "geen geldige datum" in editor.fields.messages.text_of("follow_up_on")
    assert editor.fields.follow_up_on.text() == "31-02-2026"


def test_close_then_reopen(editor: CaseEditor, vault: Vault, client_id: int, prompts):
    case_id = add_case(vault, client_id, opened_on=TODAY - dt.timedelta(days=40))
    editor.show_case(client_id, case_id)
    editor.begin_closing()
    editor.fields.closed_on.set_date(TODAY - dt.timedelta(days=1))
    editor.fields.outcome.set_code("behaviour_stopped")
    assert editor.save()

    data = stored(vault, client_id, case_id)
    assert (data.closed_on, data.outcome) == (TODAY - dt.timedelta(days=1), "behaviour_stopped")
    destroy_by = case_service.destroy_by_for(TODAY - dt.timedelta(days=1), 12)
    assert destroy_by.strftime("%d-%m-%Y") in editor.closure.destroy_by_label.text()
    assert "Gesloten op" in editor.header.status_label.text()
    assert editor.close_button.text() == "Heropenen…"

    prompts.queue(True)
    assert editor.reopen()
    data = stored(vault, client_id, case_id)
    assert (data.closed_on, data.outcome) == (None, None)
    assert editor.closure.isHidden()
    assert prompts.asked[-1][0] == "confirm"


def test_reopen_with_unsaved_changes_can_be_cancelled(
    editor: CaseEditor, vault: Vault, client_id: int, prompts
):
    case_id = add_case(
        vault,
        client_id,
        closed_on=TODAY - dt.timedelta(days=2),
        outcome="referred",
    )
    editor.show_case(client_id, case_id)
    editor.fields.notes.setPlainText("nog niet opgeslagen")
    prompts.queue(Choice.CANCEL)
    assert not editor.reopen()
    assert stored(vault, client_id, case_id).closed_on is not None
    assert editor.fields.notes.toPlainText() == "nog niet opgeslagen"


def test_unsaved_changes_are_tracked_and_reverted(editor: CaseEditor, vault, client_id):
    case_id = add_case(vault, client_id, notes="eerste versie")
    editor.show_case(client_id, case_id)
    assert not editor.has_unsaved_changes()
    assert not editor.save_button.isEnabled()
    editor.fields.notes.setPlainText("tweede versie")
    assert editor.has_unsaved_changes()
    assert editor.save_button.isEnabled()
    editor.fields.notes.setPlainText("eerste versie")
    assert not editor.has_unsaved_changes()
    editor.fields.gender.set_code("male")
    editor.revert()
    assert not editor.has_unsaved_changes()
    assert editor.fields.gender.code() is None


def test_draft_round_trip(qtbot, editor: CaseEditor, vault: Vault, client_id: int, workspace):
    case_id = add_case(vault, client_id, notes="opgeslagen tekst")
    editor.show_case(client_id, case_id)
    editor.fields.notes.setPlainText("half getypt … met ë")
    editor.fields.follow_up_on.setText("12-13-20")  # not a date yet: kept as typed
    editor.fields.support.set_codes(["advice"])
    editor.begin_closing()
    editor.fields.outcome.set_code("no_contact")

    draft = editor.take_draft()
    assert draft is not None
    payload = json.loads(json.dumps(draft))  # drafts are stored as JSON inside the vault
    assert payload["client_id"] == client_id and payload["case_id"] == case_id

    other = CaseEditor(workspace, "nl")
    qtbot.addWidget(other)
    assert other.restore_draft(payload)
    assert other.fields.notes.toPlainText() == "half getypt … met ë"
    assert other.fields.follow_up_on.text() == "12-13-20"
    assert other.fields.support.codes() == ["advice"]
    assert other.fields.outcome.code() == "no_contact"
    assert not other.closure.isHidden()
    assert other.has_unsaved_changes()
    assert other.state() == editor.state()


def test_draft_of_a_new_case_and_nothing_to_draft(qtbot, editor, client_id, workspace):
    assert editor.take_draft() is None
    editor.new_case(client_id)
    assert editor.take_draft() is None
    editor.fields.melder_alias.setText("K.")
    editor.fields.categories.set_codes(["discrimination"])
    draft = editor.take_draft()
    assert draft is not None and draft["case_id"] is None
    other = CaseEditor(workspace, "nl")
    qtbot.addWidget(other)
    assert other.restore_draft(json.loads(json.dumps(draft)))
    assert other.case_id is None and other.fields.melder_alias.text() == "K."
    assert other.save() and other.case_id is not None


def test_draft_of_a_deleted_case_is_not_restored(editor, vault, client_id):
    case_id = add_case(vault, client_id)
    editor.show_case(client_id, case_id)
    editor.fields.notes.setPlainText("x")
    draft = editor.take_draft()
    with vault.transaction() as session:
        case_service.delete_case(session, client_id, case_id)
    assert draft is not None
    assert not editor.restore_draft(draft)


def test_purged_case_is_read_only_with_a_note(editor: CaseEditor, vault: Vault, client_id: int):
    case_id = add_case(
        vault,
        client_id,
        opened_on=TODAY - dt.timedelta(days=400),
        closed_on=TODAY - dt.timedelta(days=380),
        outcome="resolved_informally",
        notes="wordt gewist",
    )
    retention.purge_cases(vault, [(client_id, case_id)])
    editor.show_case(client_id, case_id)
    assert "vernietigd" in editor.header.banner.text()
    assert not editor.header.banner.isHidden()
    assert not editor.fields.registration_page.isEnabled()
    assert not editor.fields.melder_page.isEnabled()
    assert editor.save_button.isHidden()
    assert editor.fields.notes.toPlainText() == ""
    assert not editor.has_unsaved_changes()
    assert not editor.contacts.add_button.isEnabled()


def test_consent_without_date_is_refused(editor: CaseEditor, vault: Vault, client_id: int):
    case_id = add_case(vault, client_id)
    editor.show_case(client_id, case_id)
    editor.fields.consent_rows[1].given.setChecked(True)
    assert not editor.save()
    assert "datum" in editor.fields.messages.text_of("consents")
    assert editor.tabs.currentWidget() is editor.fields.consent_page


def test_ctrl_s_saves(qtbot, editor: CaseEditor, vault: Vault, client_id: int):
    case_id = add_case(vault, client_id)
    editor.show_case(client_id, case_id)
    editor.show()
    qtbot.waitExposed(editor)
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    editor.tabs.setCurrentWidget(editor.fields.melder_page)
    editor.fields.department.setFocus()
    editor.fields.department.setText("Planning")
    qtbot.keyClick(editor.fields.department, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert stored(vault, client_id, case_id).department == "Planning"
    assert not editor.has_unsaved_changes()


def test_screenshot_of_a_filled_case(qtbot, editor: CaseEditor, vault: Vault, client_id: int):
    opened = TODAY - dt.timedelta(days=21)
    case_id = add_case(
        vault,
        client_id,
        opened_on=opened,
        categories=["bullying", "intimidation"],
        relation="manager",
        came_in_via="self",
        melder_role="employee",
        gender="female",
        age_band="25_34",
        support=["listening", "advice", "informal_solution"],
        referrals=["occupational_physician"],
        follow_up_on=TODAY + dt.timedelta(days=7),
        melder_alias="Sanne",
        department="Klantenservice",
        others_involved="Teamleider (beklaagde)",
        notes="Voelt zich buitengesloten in het team sinds de reorganisatie.",
    )
    add_contact(vault, client_id, case_id, "Eerste gesprek: verhaal gehoord.", days_ago=20)
    add_contact(vault, client_id, case_id, "Opties besproken.", days_ago=12, minutes=60)
    editor.show_case(client_id, case_id)
    editor.show()
    qtbot.waitExposed(editor)
    assert screenshot(editor, "case_editor.png").exists()
    editor.tabs.setCurrentWidget(editor.fields.melder_page)
    assert screenshot(editor, "case_editor_melder.png").exists()
    editor.tabs.setCurrentWidget(editor.contacts)
    assert editor.tabs.tabText(editor.tabs.currentIndex()) == "Gesprekken (2)"
    assert screenshot(editor, "case_editor_contacts.png").exists()
    editor.begin_closing()
    editor.tabs.setCurrentIndex(0)
    assert screenshot(editor, "case_editor_closing.png").exists()
