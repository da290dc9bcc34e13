"""The Reports section: texts in the vault, identifier warnings, live preview, guarded export."""

from __future__ import annotations

import datetime as dt
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from tests.gui.conftest import ScriptedPrompts
from tests.support.audit_log import audit_entries
from tests.support.report_fixture import TODAY, YEAR, populate_known_client
from vp_desktop.services.annual_report import report_texts
from vp_desktop.services.annual_report.issued import list_issued
from vp_desktop.services.casework import cases
from vp_desktop.store.vault import Vault
from vp_desktop.ui.annual_report.reports_section import DEBOUNCE_MS, ReportsSection
from vp_desktop.ui.shell.workspace import Workspace


@pytest.fixture(autouse=True)
def _no_remembered_year() -> Iterator[None]:
    ReportsSection.remembered_year = None
    yield
    ReportsSection.remembered_year = None


@pytest.fixture
def acme(vault: Vault) -> int:
    with vault.transaction() as session:
        client_id = populate_known_client(session)
        data = cases.CaseData(
            dt.date(YEAR, 6, 1), "unwanted_behaviour", ["bullying"], melder_name="Piet Pietersen"
        )
        cases.create_case(session, client_id, data, today=TODAY)
        report_texts.save_texts(
            session, client_id, YEAR, report_texts.ReportTexts("Opgeslagen inleiding.", "")
        )
    return client_id


@pytest.fixture
def section(qtbot: QtBot, workspace: Workspace, acme: int) -> ReportsSection:
    widget = ReportsSection(workspace)
    qtbot.addWidget(widget)
    widget.resize(1280, 820)
    widget.show()
    widget.set_client(acme)
    widget.year_combo.setCurrentIndex(widget.year_combo.findData(YEAR))
    qtbot.waitUntil(lambda: widget.preview.page_count() > 0)
    return widget


def test_texts_load_and_preview_renders_from_memory(section: ReportsSection) -> None:
    assert section.introduction_edit.toPlainText() == "Opgeslagen inleiding."
    assert section.preview.page_count() >= 5
    assert "Acme Zorg" in section.preview.page_text(0)
    assert not section.has_unsaved_changes()
    assert section.check.hits_list.count() == 0 and not section.check.checked_box.isEnabled()


def test_typing_rerenders_after_a_pause_and_flags_identifiers(
    qtbot: QtBot, section: ReportsSection
) -> None:
    section.introduction_edit.setPlainText("Dit jaar sprak ik met Pietersen over de sfeer.")
    assert section.has_unsaved_changes()
    assert section._debounce.isActive()
    qtbot.waitUntil(lambda: section.check.hits_list.count() == 1)
    assert "Pietersen" in section.check.hits_list.item(0).text()
    assert section.check.checked_box.isEnabled()
    assert any("sprak ik met Pietersen" in section.preview.page_text(p)
               for p in range(section.preview.page_count()))  # fmt: skip


def test_a_hidden_section_renders_only_when_shown(
    qtbot: QtBot, workspace: Workspace, acme: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    widget = ReportsSection(workspace)
    qtbot.addWidget(widget)
    rendered: list[int] = []
    show_pdf = widget.preview.show_pdf

    def counted_show_pdf(data: bytes) -> None:
        rendered.append(1)
        show_pdf(data)

    monkeypatch.setattr(widget.preview, "show_pdf", counted_show_pdf)
    widget.set_client(acme)
    widget.refresh()  # another section changed data
    qtbot.wait(DEBOUNCE_MS + 100)
    assert rendered == [] and widget.preview.page_count() == 0
    widget.show()
    assert rendered == [1] and widget.preview.page_count() >= 5
    widget.hide()
    other_year = next(
        i for i in range(widget.year_combo.count()) if i != widget.year_combo.currentIndex()
    )
    widget.year_combo.setCurrentIndex(other_year)
    assert rendered == [1]
    widget.show()
    assert rendered == [1, 1]
    widget.show()  # already on screen and up to date: nothing to render
    assert rendered == [1, 1]
    expected = widget.year_combo.itemText(other_year)
    assert expected in widget.preview.page_text(0)


def test_texts_are_saved_in_the_vault(section: ReportsSection, vault: Vault, acme: int) -> None:
    section.signals_edit.setPlainText("Let op de werkdruk.")
    assert section.save_changes()
    with vault.session() as session:
        assert report_texts.get_texts(session, acme, YEAR).signals == "Let op de werkdruk."
    assert not section.has_unsaved_changes()


def test_export_requires_the_check_and_a_confirmation(
    qtbot: QtBot, section: ReportsSection, prompts: ScriptedPrompts, vault: Vault, tmp_path: Path,
    screenshot_dir: Path,
) -> None:  # fmt: skip
    section.introduction_edit.setPlainText("Dank aan Piet Pietersen.")
    target = tmp_path / "jaarverslag.pdf"
    section.export_report()
    assert prompts.kinds() == ["warn"] and not target.exists()

    section.check.checked_box.setChecked(True)
    prompts.queue(target, False)  # choose a file, then decline the confirmation
    section.export_report()
    assert not target.exists()

    prompts.queue(target, True)
    section.export_report()
    assert target.read_bytes().startswith(b"%PDF")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    with vault.session() as session:
        entry = audit_entries(session, limit=1)[0]
    assert (entry.action, entry.client_code, entry.detail) == (
        "report_exported",
        "ACME",
        "2025 pdf",
    )
    section.show()
    qtbot.wait(600)  # the PDF view renders its pages in the background
    section.grab().save(str(screenshot_dir / "reports_section.png"))


def test_json_export_and_overview(
    section: ReportsSection, prompts: ScriptedPrompts, tmp_path: Path
) -> None:
    prompts.queue(tmp_path / "acme.json", True)
    section.export_report()
    assert '"client": "ACME"' in (tmp_path / "acme.json").read_text(encoding="utf-8")
    prompts.queue(tmp_path / "overzicht.xlsx", True)
    section.export_overview()
    sheet = load_workbook(tmp_path / "overzicht.xlsx").active
    assert sheet["A1"].value == "Opdrachtgever"
    assert [c.value for c in sheet[3]][:5] == ["Acme Zorg", "ACME", 2025, 11, 17]


def test_draft_and_lock_keep_nothing_on_screen(section: ReportsSection, acme: int) -> None:
    section.signals_edit.setPlainText("Nog niet opgeslagen")
    draft = section.take_draft()
    assert draft == {"client_id": acme, "year": YEAR, "introduction": "Opgeslagen inleiding.",
                     "signals": "Nog niet opgeslagen"}  # fmt: skip
    section.clear()
    assert section.preview.page_count() == 0
    assert section.signals_edit.toPlainText() == "" and section.check.hits_list.count() == 0
    section.set_client(acme)
    section.year_combo.setCurrentIndex(section.year_combo.findData(YEAR))
    section.restore_draft(draft)
    assert section.signals_edit.toPlainText() == "Nog niet opgeslagen"


def test_without_a_client_nothing_can_be_exported(qtbot: QtBot, workspace: Workspace) -> None:
    widget = ReportsSection(workspace)
    qtbot.addWidget(widget)
    assert not widget.export_button.isEnabled()
    assert widget.overview_button.isEnabled()
    for child in (widget.year_combo, widget.introduction_edit, widget.signals_edit,
                  widget.check.checked_box, widget.export_button, widget.preview):  # fmt: skip
        assert child.accessibleName()


def test_an_export_is_listed_as_issued_and_withdrawn_only_after_confirmation(
    section: ReportsSection, prompts: ScriptedPrompts, vault: Vault, tmp_path: Path
) -> None:
    assert section.issued.list.count() == 1 and not section.issued.withdraw_button.isEnabled()
    prompts.queue(tmp_path / "acme.json", True)
    section.export_report()
    assert "geregistreerd als uitgebracht" in section.status_label.text()
    assert section.issued.list.count() == 1
    line = section.issued.list.item(0).text()
    assert line.startswith("ACME · 2025 · uitgebracht op") and line.endswith("JSON")
    section.issued.list.setCurrentRow(0)
    assert section.issued.withdraw_button.isEnabled()
    prompts.queue(False)  # the adviser thinks again
    section.issued.withdraw_selected()
    with vault.session() as session:
        assert len(list_issued(session)) == 1
    prompts.queue(True)
    section.issued.withdraw_selected()
    with vault.session() as session:
        assert list_issued(session) == []
    assert prompts.kinds()[-2:] == ["confirm", "confirm"]
    when = line.split("uitgebracht op ")[1].split(" · ")[0]  # date and time: which issue goes
    assert f"uitgebracht op {when} als JSON" in prompts.asked[-1][2]
    status = section.status_label.text()
    assert "uit de registratie gehaald" in status and "geregistreerd als uitgebracht" not in status
    assert section.status_label.height() > 0  # the layout leaves the status line its room


def test_the_chosen_year_is_kept_and_the_status_line_fits(
    qtbot: QtBot, section: ReportsSection, acme: int
) -> None:
    assert section.status_label.text() == ""
    section.year_combo.setCurrentIndex(section.year_combo.findData(YEAR + 1))
    section.set_client(acme)  # as after a client switch
    assert section.year_combo.currentData() == YEAR + 1
    rebuilt = ReportsSection(section._workspace)  # as after a language switch
    qtbot.addWidget(rebuilt)
    rebuilt.set_client(acme)
    assert rebuilt.year_combo.currentData() == YEAR + 1
    section.set_client(None)
    assert "Kies een opdrachtgever" in section.status_label.text()


def test_template_and_last_years_texts_start_a_new_year(
    section: ReportsSection, prompts: ScriptedPrompts
) -> None:
    section.year_combo.setCurrentIndex(section.year_combo.findData(YEAR + 1))
    assert section.introduction_edit.toPlainText() == ""
    section.reuse_previous_texts()
    assert section.introduction_edit.toPlainText() == "Opgeslagen inleiding."
    prompts.queue(True)  # replace what is there
    section.insert_template()
    text = section.introduction_edit.toPlainText()
    assert text.startswith(f"In {YEAR + 1} was ik extern vertrouwenspersoon voor Acme Zorg.")


def test_a_reissue_shows_what_would_change_before_asking(
    section: ReportsSection, prompts: ScriptedPrompts, vault: Vault, tmp_path: Path, acme: int
) -> None:
    prompts.queue(tmp_path / "eerste.json", True)
    section.export_report()
    with vault.transaction() as session:
        session.execute(text("UPDATE cases SET melder_role = 'manager' WHERE id = 3"))
    prompts.queue(tmp_path / "tweede.json", True)
    section.export_report()
    question = prompts.asked[-1][2]
    assert "al eerder uitgebracht" in question and "Rol van de melder" in question
    assert "Rol van de melder: getoond → weggelaten" in question
