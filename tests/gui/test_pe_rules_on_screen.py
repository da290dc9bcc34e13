"""The PE section shows the rules as they count: the panel survives repeated refreshes, the
overview can be saved without a selected row, planned and unaccredited activities say so, the
log imports from a spreadsheet, and the standards editor edits the new rule properties."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox

from tests.gui.conftest import ScriptedPrompts
from vp_desktop.services import settings
from vp_desktop.services.professional_development import pe_progress
from vp_desktop.services.professional_development.pe import (
    PeData,
    add_evidence,
    add_pe_activity,
    list_pe_activities,
)
from vp_desktop.store.vault import Vault
from vp_desktop.ui.professional_development.pe_section import PeSection
from vp_desktop.ui.shell.workspace import Workspace

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

TODAY = dt.date(2025, 7, 2)


@pytest.fixture
def section(qtbot, workspace: Workspace) -> PeSection:
    widget = PeSection(workspace, today=lambda: TODAY)
    qtbot.addWidget(widget)
    widget.resize(1200, 760)
    widget.show()
    widget.refresh()
    return widget


def test_progress_survives_repeated_refreshes_without_a_cycle_start(
    qtbot, section: PeSection, vault: Vault
):
    # A new vault: the LVV cycle waits for its start date, so the notice shows.
    for _ in range(5):
        section.refresh()
        qtbot.wait(1)  # let deleteLater run between refreshes, as the event loop does
        assert section.progress.notice.isVisibleTo(section)
        assert section.progress.notice.text()
    section.clear()
    qtbot.wait(1)
    section.refresh()
    assert section.progress.notice.isVisibleTo(section)
    with vault.transaction() as s:
        pe_progress.save_rule_set_choice(s, ["yearly", "lvv_cycle"], dt.date(2023, 9, 1))
    for _ in range(3):
        section.refresh()
        qtbot.wait(1)
    assert not section.progress.notice.isVisibleTo(section)
    assert ("lvv_cycle", "total", "hours") in section.progress.lines


def test_overview_can_be_saved_without_a_selected_row(
    section: PeSection, prompts: ScriptedPrompts, tmp_path: Path, vault: Vault
):
    with vault.transaction() as s:
        add_pe_activity(s, PeData("course", dt.date(2025, 3, 1), 120))
    section.refresh()
    assert section.selected_activity_id() is None
    assert section.report_button.isEnabled()
    section.period.setCurrentIndex(section.period.findData(2025))
    target = tmp_path / "pe.pdf"
    prompts.queue(target)
    assert section.export_report() == target


def test_planned_unaccredited_and_missing_evidence_are_shown(section: PeSection, vault: Vault):
    with vault.transaction() as s:
        pe_progress.save_rule_set_choice(s, ["yearly", "lvv_cycle"], dt.date(2023, 9, 1))
        add_pe_activity(s, PeData("course", dt.date(2025, 9, 1), 8 * 60, accreditation_number="A"))
        add_pe_activity(s, PeData("congress", dt.date(2025, 3, 1), 6 * 60))
        add_pe_activity(s, PeData("intervision", dt.date(2025, 2, 1), 15))
    section.refresh()
    assert section.model.index(0, 0).data() == "01-09-2025 (gepland)"
    assert section.model.index(0, 6).data() == ""  # planned: no evidence expected yet
    assert section.model.index(1, 6).data() == "ontbreekt"
    courses = section.progress.lines[("lvv_cycle", "courses", "hours")]
    assert courses.bar.format() == "0 u van 24 u"
    assert "8 u gepland" in courses.status.text()
    yearly = section.progress.lines[("yearly", "courses", "hours")]
    assert yearly.bar.format() == "6 u van 8 u"  # the yearly standard asks no accreditation
    sessions = section.progress.lines[("yearly", "intervision", "sessions")]
    assert sessions.bar.format() == "0 van 4 bijeenkomsten"
    texts = " ".join(label.text() for label in section.progress.findChildren(type(sessions.status)))
    assert "Een bijeenkomst telt mee vanaf 60 minuten." in texts
    assert "6 u zonder accreditatie telt niet mee voor geaccrediteerde bijscholing." in texts
    assert "1 bijeenkomst was te kort om als bijeenkomst te tellen." in texts


def test_a_finished_year_is_not_met_rather_than_behind(qtbot, workspace: Workspace):
    section = PeSection(workspace, today=lambda: dt.date(2025, 12, 31))
    qtbot.addWidget(section)
    section.refresh()
    status = section.progress.lines[("yearly", "courses", "hours")].status.text()
    assert status == "niet behaald"


def test_the_activity_form_marks_accredited_and_planned(section: PeSection, vault: Vault):
    dialog = section.add_activity()
    dialog.kind.set_code("course")
    dialog.occurred_on.setText("01-10-2025")
    assert dialog.planned_hint.isVisibleTo(dialog)
    dialog.occurred_on.setText("01-06-2025")
    assert not dialog.planned_hint.isVisibleTo(dialog)
    dialog.hours.setValue(3)
    dialog.accredited.setChecked(True)
    assert dialog.save() is not None
    with vault.session() as s:
        (activity,) = list_pe_activities(s)
        assert activity.accredited and activity.is_accredited
    dialog.reject()


def test_import_from_the_section(section: PeSection, prompts: ScriptedPrompts, tmp_path: Path):
    sheet = tmp_path / "logboek.csv"
    sheet.write_text("Datum;Soort;Uren\n01-02-2025;intervisie;2\n01-03-2025;webinar;1\n", "utf-8")
    assert section.import_button.isEnabled()
    prompts.queue(sheet)
    assert section.import_log() is None
    kind, _title, text = prompts.asked[-1]
    assert kind == "warn" and "Er is niets geïmporteerd" in text and "rij 3" in text
    assert section.model.rowCount() == 0
    sheet.write_text("Datum;Soort;Uren\n01-02-2025;intervisie;2\n01-03-2025;cursus;1\n", "utf-8")
    prompts.queue(sheet, True)
    assert section.import_log() == 2
    assert (
        prompts.asked[-1][0] == "info"
        and "2 activiteiten zijn geïmporteerd." in prompts.asked[-1][2]
    )
    assert section.model.rowCount() == 2


def test_standards_editor_edits_cap_year_accreditation_and_session_minimum(
    section: PeSection, vault: Vault
):
    dialog = section.open_rule_sets()
    dialog.choices["lvv_capped"].setChecked(True)
    dialog.cycle_start.setText("01-09-2023")
    editor = dialog.editors["lvv_capped"]
    assert editor.accredited["courses"].isChecked()
    assert editor.cap_year.currentData() == "cycle_year"
    editor.cap_year.setCurrentIndex(editor.cap_year.findData("calendar_year"))
    editor.session_minutes.setValue(45)
    editor.accredited["courses"].setChecked(False)
    assert dialog.save()
    with vault.session() as s:
        capped = next(r for r in pe_progress.load_setup(s).rule_sets if r.code == "lvv_capped")
    assert capped.cap_year == "calendar_year" and capped.min_session_minutes == 45
    assert not capped.requirement("courses").accredited_only
    assert not dialog.editors["yearly"].cap_year.isEnabled()  # a year has one kind of year
    dialog.reject()


def test_dossier_from_the_section(
    section: PeSection, workspace: Workspace, prompts: ScriptedPrompts, tmp_path: Path
):
    assert section.dossier_button.isEnabled()
    prompts.queue(tmp_path)
    assert section.export_dossier() is None  # no cycle start yet: a warning, no folder
    assert prompts.asked[-1][0] == "warn" and "startdatum" in prompts.asked[-1][2]
    with workspace.transaction() as s:
        pe_progress.save_rule_set_choice(s, ["lvv_cycle"], dt.date(2023, 9, 1))
    prompts.queue(tmp_path)
    folder = section.export_dossier()
    assert folder is not None and (folder / "herregistratiedossier.pdf").is_file()
    assert prompts.asked[-1][0] == "info" and str(folder) in prompts.asked[-1][2]


def test_capped_total_is_not_met_while_a_requirement_is_not(qtbot, workspace: Workspace):
    with workspace.transaction() as s:
        pe_progress.save_rule_set_choice(s, ["lvv_capped"], dt.date(2021, 9, 1))
        for year in (2021, 2022, 2023, 2024):
            for kind in ("course", "intervision"):
                on = dt.date(year, 10, 1)
                add_pe_activity(s, PeData(kind, on, 16 * 60, accreditation_number="A-1"))
        add_pe_activity(s, PeData("extra", dt.date(2022, 2, 1), 4 * 60))
    # 4 x (16 + 16) + 4 = 132 h counted, more than 72 h; the extra activities miss 4 of 8 h.
    running = PeSection(workspace, today=lambda: dt.date(2025, 3, 1))
    qtbot.addWidget(running)
    running.refresh()
    total = running.progress.lines[("lvv_capped", "total", "hours")]
    assert total.bar.format() == "132 u van 72 u"
    assert total.status.text() == "niet elk onderdeel behaald"
    finished = PeSection(workspace, today=lambda: dt.date(2025, 8, 31))
    qtbot.addWidget(finished)
    finished.refresh()
    assert finished.progress.lines[("lvv_capped", "total", "hours")].status.text() == "niet behaald"


def test_lock_and_unlock_with_the_pe_section_on_screen(
    qtbot, workspace: Workspace, qsettings, passphrase: str
):
    from PySide6.QtCore import Qt

    from vp_desktop.ui.shell.main_window import MainWindow

    pe = PeSection(workspace, today=lambda: TODAY)
    window = MainWindow(workspace, [pe], qsettings, idle_ms=600_000)
    qtbot.addWidget(window)
    window.start()
    window.show()
    window.show_section("pe")
    assert pe.progress.notice.isVisibleTo(pe)  # a new vault: no cycle start yet
    for _ in range(2):
        assert window.lock.lock()
        assert window.lock.is_locked and pe.progress.lines == {}
        qtbot.wait(1)  # deleteLater runs while locked
        dialog = window.lock.dialog
        assert dialog is not None
        dialog.passphrase.setText(passphrase)
        with qtbot.waitSignal(window.lock.unlocked):
            qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
        assert window.current_section_key() == "pe"
        pe.refresh()
        assert pe.progress.notice.isVisibleTo(pe)
        assert ("yearly", "courses", "hours") in pe.progress.lines


def test_the_import_button_asks_for_the_file(
    qtbot, section: PeSection, prompts: ScriptedPrompts, tmp_path: Path
):
    # The button's checked flag must not arrive as the file path: the file is asked for.
    sheet = tmp_path / "logboek.csv"
    sheet.write_text("Datum;Soort;Uren\n01-02-2025;intervisie;2\n", "utf-8")
    prompts.queue(sheet, True)
    qtbot.mouseClick(section.import_button, Qt.MouseButton.LeftButton)
    assert [kind for kind, _t, _x in prompts.asked] == ["open_file", "confirm", "info"]
    assert section.model.rowCount() == 1


def test_import_problems_speak_the_language_of_the_dutch_ui(
    section: PeSection, prompts: ScriptedPrompts, tmp_path: Path, vault: Vault
):
    # The vault's label language may be English while the window speaks Dutch.
    with vault.transaction() as s:
        settings.update(s, language="en")
    section.refresh()
    sheet = tmp_path / "logboek.csv"
    sheet.write_text("Datum;Soort;Uren\n01-02-2025;webinar;2\n01-03-2025;congres;1\n", "utf-8")
    prompts.queue(sheet)
    assert section.import_log() is None
    kind, _title, text = prompts.asked[-1]
    assert kind == "warn" and "Er is niets geïmporteerd" in text
    assert "rij 2, kolom kind: Onbekende soort “webinar”. Kies uit:" in text
    assert "congres" not in text.split("Kies uit:")[0]


def test_the_planned_hint_is_not_cut_off_by_the_buttons(qtbot, section: PeSection):
    dialog = section.add_activity()
    qtbot.waitExposed(dialog)
    dialog.occurred_on.setText("01-10-2025")
    hint = dialog.planned_hint
    qtbot.waitUntil(lambda: hint.isVisible())
    qtbot.wait(1)  # the layout settles on the next turn of the event loop
    buttons = dialog.findChild(QDialogButtonBox)
    hint_bottom = hint.mapTo(dialog, QPoint(0, hint.height())).y()
    assert hint.height() >= hint.heightForWidth(hint.width())  # every line of the text shows
    assert hint_bottom <= buttons.mapTo(dialog, QPoint(0, 0)).y()
    dialog.reject()


def test_the_dossier_message_counts_its_evidence_in_good_dutch(
    section: PeSection, prompts: ScriptedPrompts, tmp_path: Path, workspace: Workspace
):
    with workspace.transaction() as s:
        pe_progress.save_rule_set_choice(s, ["lvv_cycle"], dt.date(2023, 9, 1))
        activity = add_pe_activity(s, PeData("course", dt.date(2024, 3, 1), 120))
    said = []
    for files in (0, 1, 2):
        out = tmp_path / str(files)
        out.mkdir()
        if files:
            with workspace.transaction() as s:
                add_evidence(s, activity.id, f"certificaat{files}.pdf", b"%PDF-1.4\n")
        prompts.queue(out)
        folder = section.export_dossier()
        assert folder is not None
        said.append(prompts.asked[-1][2].replace(str(folder), "MAP"))
    assert said == [
        "Het dossier staat in de map MAP. Er zijn nog geen bewijsstukken.",
        "Het dossier en 1 bewijsstuk staan in de map MAP.",
        "Het dossier en 2 bewijsstukken staan in de map MAP.",
    ]
