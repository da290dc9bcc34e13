"""From a case: the melder's own file, its destroy-by date, destroying it now; and searching
people across all clients, opening a hit at its own client."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from tests.gui.cases_helpers import add_case, add_client, screenshot
from vp_desktop.services.casework import cases as case_service
from vp_desktop.store.models import AuditEntry, Case
from vp_desktop.store.vault import Vault
from vp_desktop.ui.casework.case_editor import CaseEditor
from vp_desktop.ui.shared.background import running_operations

CLOSED = dt.date.today() - dt.timedelta(days=40)


@pytest.fixture
def ids(vault: Vault) -> dict[str, int]:
    client = add_client(vault, "ACME", "Acme Zorg")
    open_case = add_case(vault, client, melder_name="Anna de Vries")
    closed = add_case(
        vault,
        client,
        opened_on=CLOSED - dt.timedelta(days=30),
        closed_on=CLOSED,
        outcome="referred",
        melder_name="Piet Bakker",
    )
    return {"client": client, "open": open_case, "closed": closed}


@pytest.fixture
def editor(qtbot, workspace) -> CaseEditor:
    widget = CaseEditor(workspace, "nl")
    qtbot.addWidget(widget)
    widget.resize(900, 760)
    widget.show()
    return widget


def test_the_melder_file_is_saved_from_the_case(editor, ids, prompts, vault, tmp_path: Path):
    editor.show_case(ids["client"], ids["open"])
    actions = editor.file_actions
    assert actions.melder_file_button.isVisible()
    assert not actions.destroy_now_button.isVisible()  # an open case is never destroyed
    prompts.queue(True, tmp_path / "inzage")
    qtbot_click(actions.melder_file_button)
    kind, _title, text = prompts.asked[0]
    assert kind == "confirm" and "niet versleuteld" in text  # asked before anything is written
    assert "AVG art. 15 lid 4" in text and "anderen" in text
    written = tmp_path / "inzage.pdf"
    assert written.read_bytes().startswith(b"%PDF")
    assert str(written) in actions.message.text()
    with vault.session() as s:
        audit = s.scalars(
            select(AuditEntry.case_number).where(AuditEntry.action == "case_exported")
        )
        assert list(audit) == [f"ACME-{dt.date.today().year}-001"]


def test_declining_the_melder_file_warning_writes_nothing(editor, ids, prompts, tmp_path: Path):
    editor.show_case(ids["client"], ids["open"])
    prompts.queue(False)
    qtbot_click(editor.file_actions.melder_file_button)
    assert prompts.kinds() == ["confirm"]  # no file was even asked for
    assert list(tmp_path.glob("*.pdf")) == []


def test_the_destroy_by_date_is_seen_and_changed(qtbot, editor, ids, vault) -> None:
    editor.show_case(ids["client"], ids["closed"])
    assert "vernietigen vóór" in editor.header.status_label.text()
    actions = editor.file_actions
    qtbot_click(actions.destroy_by_button)
    dialog = actions.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.date.setDate(dialog.date.date().addYears(2))
    qtbot_click(dialog.save_button)  # without a reason: refused, said in the dialog
    assert dialog.isVisible() and dialog.message.text()
    qtbot.keyClicks(dialog.reason, "lopende klachtprocedure")
    assert dialog.message.text() == ""  # the refusal goes once a reason is typed
    with qtbot.waitSignal(editor.saved):
        qtbot_click(dialog.save_button)
    with vault.session() as s:
        case = s.get(Case, ids["closed"])
        assert case is not None and case.destroy_by_reason == "lopende klachtprocedure"
        wanted = case.destroy_by
    status = editor.header.status_label.text()
    assert wanted is not None and wanted.strftime("%d-%m-%Y") in status
    assert "lopende klachtprocedure" in status  # the reason is seen with the date
    screenshot(editor.header, "casework_destroy_by_reason.png")


def test_destroy_now_purges_the_file_like_the_purge(qtbot, editor, ids, prompts, vault) -> None:
    editor.show_case(ids["client"], ids["closed"])
    actions = editor.file_actions
    prompts.queue(False)
    qtbot_click(actions.destroy_now_button)  # cancelled: nothing happens
    assert prompts.kinds() == ["confirm"] and running_operations().running() == 0
    prompts.queue(True)
    with qtbot.waitSignal(editor.saved, timeout=20_000):
        qtbot_click(actions.destroy_now_button)
    with vault.session() as s:
        case = case_service.get_case(s, ids["client"], ids["closed"])
        assert case.purged_at is not None and case.melder_name is None
    assert "Vernietigd op" in editor.header.status_label.text()
    assert not actions.destroy_now_button.isVisible()
    assert actions.message.text() == "Het dossier is vernietigd."
    screenshot(editor, "casework_destroyed.png")


def qtbot_click(button) -> None:  # noqa: ANN001
    from PySide6.QtTest import QTest

    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def test_a_new_retention_period_is_offered_to_closed_cases(qtbot, workspace, ids, prompts, vault):
    from vp_desktop.ui.shell.settings_section import SettingsSection

    section = SettingsSection(workspace)
    qtbot.addWidget(section)
    section.refresh()
    with vault.session() as s:
        before = s.get(Case, ids["closed"]).destroy_by  # type: ignore[union-attr]
    section.numbers["retention_months"].setValue(24)
    prompts.queue(True)
    assert section.save_changes()
    kind, _title, text = prompts.asked[-1]
    assert kind == "confirm" and "de gesloten casus die nog niet is vernietigd" in text
    assert "Eén vernietigingsdatum is aangepast" in section.status.text()
    with vault.session() as s:
        after = s.get(Case, ids["closed"]).destroy_by  # type: ignore[union-attr]
    assert before is not None and after is not None and after.year == before.year + 1

    section.numbers["retention_months"].setValue(36)
    prompts.queue(False)  # declined: the dates stay
    assert section.save_changes()
    with vault.session() as s:
        assert s.get(Case, ids["closed"]).destroy_by == after  # type: ignore[union-attr]


def test_one_search_finds_people_in_every_client_and_opens_the_hit_there(
    qtbot, workspace, qsettings, ids, vault, qtmodeltester
) -> None:
    from vp_desktop.ui.app import SECTIONS
    from vp_desktop.ui.shell.main_window import MainWindow

    other = add_client(vault, "BOLT", "Bolt Bouw")
    wanted = add_case(vault, other, department="Inkoop", others_involved="teamleider Jansen")
    window = MainWindow(workspace, [make(workspace) for make in SECTIONS], qsettings)
    qtbot.addWidget(window)
    window.start()
    window.show()
    window.request_client(ids["client"])
    window.search_action.trigger()
    dialog = window.search_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.query, "jansen")
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1)
    qtmodeltester.check(dialog.model)
    shown = dialog.model.index(0).data()
    assert shown.startswith("BOLT-") and "Bolt Bouw" in shown and "andere betrokkenen" in shown
    assert "teamleider" not in shown  # where it was found, never the text
    assert dialog.count.text() == "1 casus gevonden."
    dialog.grab().save(str(Path(screenshot(dialog, "people_search.png"))))
    qtbot.keyClick(dialog.query, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert window.current_client_id() == other
    assert window.current_section_key() == "cases"
    assert window.sections["cases"].editor.case_id == wanted  # type: ignore[attr-defined]


def test_ticking_a_consent_fills_in_today(qtbot, editor, ids) -> None:
    from vp_desktop.ui.shared.code_pickers import format_date

    editor.show_case(ids["client"], ids["open"])
    row = editor.fields.consent_rows[0]
    assert not row.given.isChecked() and row.given_on.text() == ""
    editor.tabs.setCurrentWidget(editor.fields.consent_page)
    qtbot_click(row.given)
    assert row.given.isChecked()
    assert row.given_on.text() == format_date(dt.date.today())
    row.given_on.setText("01-03-2026")  # another day, chosen by the adviser, stays
    qtbot_click(row.given)
    qtbot_click(row.given)
    assert row.given_on.text() == "01-03-2026"


def test_one_month_and_one_day_are_written_singular(qtbot, workspace) -> None:
    from vp_desktop.ui.shell.settings_section import SettingsSection

    section = SettingsSection(workspace)
    qtbot.addWidget(section)
    section.refresh()
    months = section.numbers["retention_months"]
    days = section.numbers["backup_reminder_days"]
    months.setValue(1)
    days.setValue(1)
    assert (months.text(), days.text()) == ("1 maand", "1 dag")
    months.setValue(12)
    days.setValue(7)
    assert (months.text(), days.text()) == ("12 maanden", "7 dagen")


def test_a_checklist_names_each_choice_whole_in_its_tooltip(qtbot) -> None:
    from vp_desktop.domain import vocab
    from vp_desktop.ui.shared.code_pickers import CodeChecklist

    checklist = CodeChecklist(vocab.SUPPORT, "en")
    qtbot.addWidget(checklist)
    checklist.resize(220, checklist.height())  # narrow: long choices are shortened
    for row, term in enumerate(vocab.SUPPORT):
        assert checklist.item(row).toolTip() == term.label("en")
