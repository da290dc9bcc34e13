"""The import wizard (file → check → import, on a worker thread) and the export dialog."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from sqlalchemy import func, select

from tests.gui.conftest import ScriptedPrompts
from vp_desktop.services.clients import clients
from vp_desktop.store.models import Case
from vp_desktop.store.vault import Vault
from vp_desktop.ui.caseload_io.export_dialog import ExportDialog
from vp_desktop.ui.caseload_io.import_models import PreviewModel, ProblemModel
from vp_desktop.ui.caseload_io.import_wizard import ImportWizard
from vp_desktop.ui.shell.workspace import Workspace

# The offscreen platform says so once when a window is first shown; it is not our warning.
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

GOOD = (
    "Opdrachtgever;Casusnummer;Geopend;Gesloten;Spoor;Onderwerpen;Afloop;Gesprekken;Minuten\n"
    "ACME;;03-02-2025;04-03-2025;Ongewenste omgangsvormen;Pesten, Intimidatie;"
    "Informeel opgelost;3;100\n"
    "ACME;;15-01-2024;;Integriteit;Fraude;;;45\n"
    "ACME;;01-06-2025;;oo;seksuele intimidatie;;1;30\n"
)  # fmt: skip
BAD = (
    "Opdrachtgever;Geopend;Spoor;Onderwerpen;Kleur\n"
    "ACME;31-02-2025;Integriteit;Fraude;rood\n"
    "NIEUW;01-01-2025;Integriteit;Fraude;\n"
)


@pytest.fixture
def acme(vault: Vault) -> int:
    with vault.transaction() as s:
        return clients.create_client(s, clients.ClientData(code="ACME", name="Acme Zorg")).id


def _cases(vault: Vault) -> int:
    with vault.session() as s:
        return s.scalar(select(func.count()).select_from(Case)) or 0


def _wizard(qtbot, workspace: Workspace) -> ImportWizard:
    wizard = ImportWizard(workspace)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def _choose(qtbot, wizard: ImportWizard, prompts: ScriptedPrompts, path: Path) -> None:
    prompts.queue(path)
    wizard.choose_page.choose_button.click()
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.next()
    page = wizard.check_page
    qtbot.waitUntil(lambda: not page._busy, timeout=10_000)


def test_choose_check_and_import(qtbot, workspace, prompts, vault, acme, tmp_path, screenshot_dir):
    path = tmp_path / "caseload.csv"
    path.write_bytes(GOOD.encode("cp1252"))
    wizard = _wizard(qtbot, workspace)
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.grab().save(str(screenshot_dir / "import_1_choose.png"))

    _choose(qtbot, wizard, prompts, path)
    check = wizard.check_page
    assert check.isComplete()
    assert wizard.button(QWizard.WizardButton.CommitButton).text() == "Importeren"
    assert "3 casussen en 5 gesprekken" in check.summary.text()
    assert "ACME — 2024: 1, 2025: 2" in check.summary.text()
    assert check.preview_model.rowCount() == 3 and check.problems.isHidden()
    assert not check.create_clients.isEnabled()
    wizard.grab().save(str(screenshot_dir / "import_2_check.png"))
    assert _cases(vault) == 0  # checking writes nothing

    with qtbot.waitSignal(wizard.data_changed, timeout=10_000):
        wizard.next()
    assert "3 casussen en 5 gesprekken geïmporteerd" in wizard.import_page.message.text()
    assert wizard.import_result is not None and wizard.import_result.cases == 3
    assert _cases(vault) == 3
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    wizard.grab().save(str(screenshot_dir / "import_3_done.png"))


def test_problems_are_listed_marked_and_block_the_import(
    qtbot, qtmodeltester, workspace, prompts, vault, acme, tmp_path, screenshot_dir
):
    path = tmp_path / "caseload.csv"
    path.write_text(BAD, encoding="utf-8")
    wizard = _wizard(qtbot, workspace)
    _choose(qtbot, wizard, prompts, path)
    check = wizard.check_page
    assert not check.isComplete()
    assert not wizard.button(QWizard.WizardButton.CommitButton).isEnabled()
    model = check.problem_model
    qtmodeltester.check(model)
    qtmodeltester.check(check.preview_model)
    rows = [[model.index(r, c).data() for c in range(4)] for r in range(model.rowCount())]
    assert [r[:3] for r in rows] == [
        ["1", "Kleur", "Kleur"],
        ["2", "Geopend", "31-02-2025"],
        ["3", "Opdrachtgever", "NIEUW"],
    ]
    assert rows[1][3].startswith("Geen geldige datum")
    assert check.problems_label.text() == "Gevonden problemen: 3"
    assert check.create_clients.isEnabled()
    wizard.grab().save(str(screenshot_dir / "import_2_problems.png"))

    bad_date = check.preview_model.index(0, 1)
    assert bad_date.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert "Geen geldige datum" in bad_date.data(Qt.ItemDataRole.ToolTipRole)
    assert check.preview_model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is None
    check.problems.clicked.emit(model.index(1, 0))
    assert check.preview.currentIndex() == bad_date

    # Creating unknown clients removes that one problem; the others remain.
    check.create_clients.setChecked(True)
    qtbot.waitUntil(lambda: not check._busy, timeout=10_000)
    assert model.rowCount() == 2 and not check.isComplete()
    assert _cases(vault) == 0


def test_creating_unknown_clients_makes_the_file_importable(
    qtbot, workspace, prompts, vault, tmp_path
):
    path = tmp_path / "caseload.csv"
    path.write_text(GOOD, encoding="utf-8")
    wizard = _wizard(qtbot, workspace)
    _choose(qtbot, wizard, prompts, path)
    check = wizard.check_page
    assert not check.isComplete() and check.problem_model.rowCount() == 1
    check.create_clients.setChecked(True)
    qtbot.waitUntil(check.isComplete, timeout=10_000)
    assert "ACME (nieuwe opdrachtgever)" in check.summary.text()
    with qtbot.waitSignal(wizard.data_changed, timeout=10_000):
        wizard.next()
    assert "Nieuwe opdrachtgevers: ACME" in wizard.import_page.message.text()
    assert _cases(vault) == 3


def test_an_unreadable_file_says_so(qtbot, qtmodeltester, workspace, prompts, tmp_path):
    path = tmp_path / "oud.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0 binary")
    wizard = _wizard(qtbot, workspace)
    _choose(qtbot, wizard, prompts, path)
    check = wizard.check_page
    assert check.summary.text() == "Dit bestand kan niet worden gelezen."
    assert check.problem_model.index(0, 3).data().startswith("Oude Excel-bestanden (.xls)")
    assert check.preview_model.rowCount() == 0
    qtmodeltester.check(check.preview_model)
    assert not check.isComplete()


def test_models_without_data(qtmodeltester):
    qtmodeltester.check(PreviewModel())
    qtmodeltester.check(ProblemModel())


# -- export dialog ---------------------------------------------------------------------------


@pytest.fixture
def dialog(qtbot, workspace, acme) -> ExportDialog:
    with workspace.transaction() as s:
        clients.create_client(s, clients.ClientData(code="BETA", name="Beta"))
    widget = ExportDialog(workspace, client_id=acme)
    qtbot.addWidget(widget)
    return widget


def test_export_one_client_as_xlsx(qtbot, dialog, prompts, tmp_path, screenshot_dir):
    assert dialog.client.currentText() == "Acme Zorg (ACME)"
    assert [dialog.client.itemText(i) for i in range(dialog.client.count())] == [
        "Alle opdrachtgevers",
        "Acme Zorg (ACME)",
        "Beta (BETA)",
    ]
    dialog.show()
    assert dialog.warning.isHidden()
    dialog.identifying.setChecked(True)
    assert dialog.warning.isVisible()
    dialog.xlsx.setChecked(True)
    qtbot.wait(10)  # let the layout make room for the warning
    dialog.grab().save(str(screenshot_dir / "export_dialog.png"))
    target = tmp_path / "acme"
    prompts.queue(target)
    dialog.export_button.click()
    written = tmp_path / "acme.xlsx"
    assert written.exists() and stat.S_IMODE(written.stat().st_mode) == 0o600
    kind, _title, suggested = prompts.asked[0]
    assert kind == "save_file" and Path(suggested).name.startswith("ACME-casussen-")
    assert prompts.asked[-1][0] == "info" and "0 casussen" in prompts.asked[-1][2]
    assert dialog.result() == dialog.DialogCode.Accepted


def test_cancelled_or_failed_export_keeps_the_dialog_open(dialog, prompts, tmp_path):
    dialog.client.setCurrentIndex(0)
    assert dialog.selected_client() == (None, None)
    prompts.queue(None)
    assert dialog.export() is None
    prompts.queue(tmp_path / "missing-folder" / "all.csv")
    assert dialog.export() is None
    kind, title, text = prompts.asked[-1]
    assert (kind, title) == ("error", "Exporteren niet gelukt")
    assert "Deze map bestaat niet" in text  # a missing folder is named as such


def test_going_back_and_choosing_again_while_checking_shows_the_new_file(
    qtbot, workspace, prompts, acme, tmp_path
):
    first, second = tmp_path / "first.csv", tmp_path / "second.csv"
    first.write_text(GOOD, encoding="utf-8")
    second.write_text(GOOD.split("\n", 2)[0] + "\n" + GOOD.split("\n")[2] + "\n", encoding="utf-8")
    wizard = _wizard(qtbot, workspace)
    prompts.queue(first, second)
    wizard.choose_page.choose_button.click()
    wizard.next()  # the check of the first file starts on the worker thread
    wizard.back()
    wizard.choose_page.choose_button.click()
    wizard.next()
    check = wizard.check_page
    qtbot.waitUntil(check.isComplete, timeout=10_000)
    assert wizard.path == second
    assert check.preview_model.rowCount() == 1
    assert "1 casussen" in check.summary.text()


def test_a_value_that_is_not_allowed_lists_the_allowed_values(
    qtbot, workspace, prompts, vault, acme, tmp_path
):
    path = tmp_path / "caseload.csv"
    path.write_text(
        "Opdrachtgever;Geopend;Spoor;Onderwerpen\nACME;01-02-2025;Integriteit;Roddel\n",
        encoding="utf-8",
    )
    wizard = _wizard(qtbot, workspace)
    _choose(qtbot, wizard, prompts, path)
    model = wizard.check_page.problem_model
    said = [model.index(r, 3).data() for r in range(model.rowCount())]
    assert any(
        text.startswith("Onbekende waarde “Roddel”. Toegestaan zijn: ") and "Fraude" in text
        for text in said
    ), said
