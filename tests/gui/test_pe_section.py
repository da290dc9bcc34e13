"""The professional-development section: log, evidence, progress bars, standards and report."""

from __future__ import annotations

import datetime as dt
import stat
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QIODevice, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QDialog
from reportlab.pdfgen import canvas

from tests.gui.conftest import ScriptedPrompts
from tests.support.audit_log import audit_entries
from vp_desktop.services.professional_development import pe_progress
from vp_desktop.services.professional_development.pe import (
    PeData,
    add_pe_activity,
    list_pe_activities,
)
from vp_desktop.store.vault import Vault
from vp_desktop.ui.professional_development.pe_dialogs import PeActivityDialog, RuleSetDialog
from vp_desktop.ui.professional_development.pe_rule_set_editor import HoursSpinBox
from vp_desktop.ui.professional_development.pe_section import PeSection
from vp_desktop.ui.professional_development.pe_table_model import (
    PROVIDER,
    THEME,
    PeTableModel,
    make_row,
)
from vp_desktop.ui.shell.workspace import Workspace

# The offscreen platform says this about every shown dialog; it is no fault of ours.
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

TODAY = dt.date(2025, 7, 2)


def certificate_pdf(path: Path) -> Path:
    pdf = canvas.Canvas(str(path))
    pdf.setFont("Helvetica-Bold", 22)
    pdf.drawString(72, 760, "Certificaat van deelname")
    pdf.setFont("Helvetica", 13)
    pdf.drawString(72, 730, "Omgaan met agressie - 2,5 uur - ZO-5521")
    pdf.save()
    return path


def photo_png() -> bytes:
    image = QImage(120, 80, QImage.Format.Format_RGB32)
    image.fill(QColor("#2f5d8a"))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data().data())


@pytest.fixture
def section(qtbot, workspace: Workspace) -> PeSection:
    widget = PeSection(workspace, today=lambda: TODAY)
    qtbot.addWidget(widget)
    widget.resize(1200, 760)
    widget.refresh()
    return widget


def fill(dialog: PeActivityDialog, kind: str, on: str, hours: float, theme: str = "") -> None:
    dialog.kind.set_code(kind)
    dialog.occurred_on.setText(on)
    dialog.hours.setValue(hours)
    dialog.provider.setText("Zwaluw Opleidingen")
    dialog.accreditation_number.setText("ZO-5521")
    dialog.theme.setText(theme)


def test_the_table_model_is_sound(qtmodeltester, vault: Vault):
    with vault.transaction() as s:
        for day in (1, 2, 3):
            add_pe_activity(s, PeData("course", dt.date(2025, 3, day), 90, "Zoë", None, "ĳs"))
    model = PeTableModel()
    with vault.session() as s:
        model.set_rows([make_row(a, "nl", dt.date(2025, 6, 1)) for a in list_pe_activities(s)])
    qtmodeltester.check(model)
    assert model.index(0, 0).data() == "03-03-2025"
    assert model.index(0, 2).data() == "1,5 u"
    assert model.headerData(4, Qt.Orientation.Horizontal) == "Accreditatienummer"


def test_adding_activities_with_evidence_moves_the_progress_bars(
    qtbot, section: PeSection, tmp_path: Path, vault: Vault, screenshot_dir: Path
):
    # The default standards: the yearly one, and the LVV cycle that still needs its start date.
    assert section.progress.notice.isVisibleTo(section)
    courses = section.progress.lines[("yearly", "courses", "hours")]
    assert courses.bar.value() == 0 and courses.bar.format() == "0 u van 8 u"
    assert "achter op schema" in courses.status.text()

    dialog = section.add_activity()
    assert dialog.occurred_on.text() == "02-07-2025"  # a new activity starts today
    fill(dialog, "course", "14-03-2025", 2.5, "Omgaan met agressie")
    assert dialog.hours.text() == "2,5 u"  # hours shown the Dutch way, as everywhere else
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    courses = section.progress.lines[("yearly", "courses", "hours")]
    assert courses.bar.value() == 150 and courses.bar.format() == "2,5 u van 8 u"
    assert section.model.rowCount() == 1 and section.selected_activity_id() is not None

    assert section.evidence.add_file(certificate_pdf(tmp_path / "certificaat.pdf"))
    assert section.evidence.viewer.shown_kind() == "pdf"
    png = tmp_path / "foto.png"
    png.write_bytes(photo_png())
    assert section.evidence.add_file(png)
    assert section.evidence.viewer.shown_kind() == "image"
    assert section.evidence.files.count() == 2
    assert section.model.index(0, 6).data() == "2"

    for on in ("01-02-2025", "01-04-2025", "01-06-2025", "20-06-2025"):
        dialog = section.add_activity()
        fill(dialog, "intervision", on, 2)
        assert dialog.save() is not None
        dialog.accept()
    sessions = section.progress.lines[("yearly", "intervision", "sessions")]
    assert sessions.bar.format() == "4 van 4 bijeenkomsten" and sessions.status.text() == "behaald"
    section.table.selectRow(3)  # the course, with its certificate on screen
    assert section.evidence.view() and section.evidence.viewer.shown_kind() == "pdf"
    section.show()
    qtbot.wait(300)  # QPdfView renders its pages asynchronously
    section.grab().save(str(screenshot_dir / "pe_section.png"))


def test_bad_input_is_explained_next_to_the_field_and_nothing_is_saved(
    section: PeSection, vault: Vault, screenshot_dir: Path
):
    dialog = section.add_activity()
    fill(dialog, "course", "", 1.3)
    assert dialog.save() is None
    assert dialog.messages.text_of("occurred_on") == "Dit veld is verplicht."
    dialog.occurred_on.setText("31-02-2025")
    assert dialog.save() is None
    assert "dd-mm-jjjj" in dialog.messages.text_of("occurred_on")
    dialog.occurred_on.setText("01-03-2025")
    assert dialog.save() is None
    assert "kwartier" in dialog.messages.text_of("minutes")
    dialog.provider.setText("x" * 501)
    dialog.hours.setValue(1.25)
    assert dialog.save() is None
    assert "te lang" in dialog.messages.text_of("provider")
    assert dialog.isVisible()
    dialog.grab().save(str(screenshot_dir / "pe_activity_dialog.png"))
    with vault.session() as s:
        assert list_pe_activities(s) == []


def test_evidence_limits_are_clear(section: PeSection, tmp_path: Path, vault: Vault):
    with vault.transaction() as s:
        add_pe_activity(s, PeData("course", dt.date(2025, 3, 1), 60))
    section.refresh()
    section.table.selectRow(0)
    huge = tmp_path / "scan.pdf"
    with huge.open("wb") as fh:
        fh.truncate(21 * 1024 * 1024)
    assert not section.evidence.add_file(huge)
    assert "groter dan 20 MB" in section.evidence.problem.text()
    fake = tmp_path / "certificaat.pdf"
    fake.write_bytes(b"MZ not a pdf")
    assert not section.evidence.add_file(fake)
    assert "niet ondersteund" in section.evidence.problem.text()
    assert section.evidence.files.count() == 0


def test_standards_dialog_sets_the_cycle_and_edited_numbers(
    section: PeSection, vault: Vault, screenshot_dir: Path
):
    with vault.transaction() as s:
        add_pe_activity(s, PeData("extra", dt.date(2024, 5, 1), 6 * 60))
    dialog = section.open_rule_sets()
    assert isinstance(dialog, RuleSetDialog)
    assert dialog.choices["yearly"].isChecked() and dialog.choices["lvv_cycle"].isChecked()
    dialog.choices["lvv_cycle"].setChecked(False)
    dialog.choices["lvv_capped"].setChecked(True)
    assert not dialog.save()  # a cycle needs its start date
    assert "startdatum" in dialog.messages.text_of("cycle_start")
    dialog.cycle_start.setText("01-09-2023")
    dialog.editors["lvv_capped"].minimums["extra"].setValue(10)
    dialog.tabs.setCurrentIndex(2)
    dialog.grab().save(str(screenshot_dir / "pe_rule_sets.png"))
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    with vault.session() as s:
        setup = pe_progress.load_setup(s)
    assert [r.code for r in setup.rule_sets] == ["yearly", "lvv_capped"]
    assert setup.rule_sets[1].requirement("extra").min_minutes == 10 * 60
    extra = section.progress.lines[("lvv_capped", "extra", "hours")]
    # 6 h logged in 2024, but at most 4 h a year count; 10 h are needed.
    assert extra.bar.format() == "4 u van 10 u"
    assert not section.progress.notice.isVisibleTo(section)
    section.progress.grab().save(str(screenshot_dir / "pe_progress_cycle.png"))


def test_delete_export_and_report(
    section: PeSection, prompts: ScriptedPrompts, tmp_path: Path, vault: Vault
):
    dialog = section.add_activity()
    fill(dialog, "course", "14-03-2025", 2.5, "Omgaan met agressie")
    dialog.accept()
    assert section.evidence.add_file(certificate_pdf(tmp_path / "c.pdf"))

    target = tmp_path / "copy.pdf"
    prompts.queue(target)
    assert section.evidence.export() == target
    assert prompts.asked[-1][2].endswith("2025-03-14_bijscholing_omgaan-met-agressie_1.pdf")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600

    section.period.setCurrentIndex(section.period.findData(2025))
    section.with_evidence.setChecked(True)
    report = tmp_path / "pe.pdf"
    prompts.queue(report)
    assert section.export_report() == report
    assert report.read_bytes().startswith(b"%PDF")
    assert (tmp_path / "pe_bewijsstukken").is_dir()
    assert prompts.kinds()[-1] == "info"
    folder = tmp_path / "pe_bewijsstukken"
    assert prompts.asked[-1][2].endswith(f" 1 bewijsstuk staat in de map {folder}.")

    # The running cycle cannot be reported before its start date is set: a warning, no file.
    section.period.setCurrentIndex(section.period.findData("cycle"))
    assert section.export_report() is None
    assert prompts.asked[-1][0] == "warn" and "startdatum" in prompts.asked[-1][2]

    prompts.queue(False)
    assert not section.delete_activity()
    prompts.queue(True)
    assert section.delete_activity()
    assert section.model.rowCount() == 0
    assert section.progress.lines[("yearly", "courses", "hours")].bar.value() == 0
    with vault.session() as s:
        actions = [e.action for e in audit_entries(s)]
    assert actions.count("evidence_exported") == 2 and "report_exported" in actions


def test_lock_clears_everything_shown(section: PeSection, tmp_path: Path):
    dialog = section.add_activity()
    fill(dialog, "course", "14-03-2025", 2, "Grenzen")
    dialog.accept()
    assert section.evidence.add_file(certificate_pdf(tmp_path / "c.pdf"))
    open_dialog = section.add_activity()
    section.clear()
    assert section.model.rowCount() == 0 and section.evidence.files.count() == 0
    assert section.evidence.viewer.shown_kind() == "" and section.progress.lines == {}
    assert section.active_dialog is None and not open_dialog.isVisible()


def test_the_overview_year_is_this_year_and_survives_lock_and_refresh(qtbot, workspace, vault):
    today = dt.date(2026, 12, 2)
    with vault.transaction() as s:
        add_pe_activity(s, PeData("course", dt.date(2025, 3, 1), 120))
        add_pe_activity(s, PeData("course", dt.date(2026, 3, 1), 120))
        add_pe_activity(s, PeData("course", dt.date(2027, 2, 1), 360))  # planned
    section = PeSection(workspace, today=lambda: today)
    qtbot.addWidget(section)
    section.refresh()
    assert section.period.currentData() == 2026  # not 2027, which only has a planned activity
    section.clear()  # the lock
    section.refresh()  # the unlock
    assert section.period.currentData() == 2026
    section.period.setCurrentIndex(section.period.findData(2025))
    section.refresh()
    assert section.period.currentData() == 2025
    section.clear()
    section.refresh()
    assert section.period.currentData() == 2025


def test_every_column_keeps_its_header_and_the_theme_takes_the_room(
    qtbot, workspace: Workspace, vault: Vault, screenshot_dir
) -> None:
    long_provider = "Intervisiegroep vertrouwenspersonen integriteit Utrecht en omstreken"
    with vault.transaction() as s:
        add_pe_activity(s, PeData("congress", dt.date(2025, 3, 4), 360, long_provider, "LV-1"))
        add_pe_activity(s, PeData("course", dt.date(2025, 5, 1), 90, "Zwaluw", None, "Agressie"))
    widget = PeSection(workspace, today=lambda: TODAY)
    qtbot.addWidget(widget)
    widget.resize(widget.minimumSizeHint().width(), 760)  # the narrowest the window allows
    widget.show()
    widget.refresh()
    table = widget.table
    header = table.horizontalHeader()
    metrics = header.fontMetrics()
    qtbot.waitUntil(lambda: header.sectionSize(THEME) > 0)
    for column in range(widget.model.columnCount()):
        title = widget.model.headerData(column, Qt.Orientation.Horizontal)
        assert header.sectionSize(column) >= metrics.horizontalAdvance(title) + 8, title
    # The long provider is shortened, the whole name is its tooltip.
    row = next(r for r in range(2) if widget.model.index(r, PROVIDER).data() == long_provider)
    assert header.sectionSize(PROVIDER) < metrics.horizontalAdvance(long_provider)
    assert widget.model.index(row, PROVIDER).data(Qt.ItemDataRole.ToolTipRole) == long_provider
    widget.grab().save(str(screenshot_dir / "pe_columns.png"))
    # Given room, the theme column takes it and the columns fill the table.
    widget.resize(1900, 760)
    qtbot.waitUntil(
        lambda: (
            sum(header.sectionSize(c) for c in range(header.count())) == table.viewport().width()
        )
    )
    assert header.sectionSize(THEME) > metrics.horizontalAdvance("Thema") + 40


@pytest.mark.parametrize(
    ("lang", "minutes", "shown"),
    [("nl", 60, "1 u"), ("nl", 150, "2,5 u"), ("nl", 45, "0,75 u"), ("en", 150, "2.5 h")],
)
def test_the_hours_box_writes_hours_as_everywhere_else(qtbot, lang, minutes, shown) -> None:
    box = HoursSpinBox(lang, 100)
    qtbot.addWidget(box)
    box.set_minutes(minutes)
    assert box.text() == shown
    assert box.minutes() == minutes


def test_the_hours_box_takes_typed_hours_with_a_comma(qtbot) -> None:
    box = HoursSpinBox("nl", 100)
    qtbot.addWidget(box)
    box.lineEdit().selectAll()
    qtbot.keyClicks(box, "3,25")
    box.interpretText()
    assert box.minutes() == 195
    assert box.text() == "3,25 u"


def test_the_evidence_viewer_speaks_of_evidence_and_its_own_button(section: PeSection) -> None:
    viewer = section.evidence.viewer
    assert viewer.message.text() == "Kies een bewijsstuk om het hier te bekijken."
    assert not viewer.show_attachment("application/zip", b"PK")
    assert "Met “Exporteren” kunt u het buiten de kluis openen" in viewer.message.text()
    assert section.evidence.export_button.text().startswith("Exporteren")
