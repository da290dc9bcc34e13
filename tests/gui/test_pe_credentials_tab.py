"""The "Registratie en VOG" tab, the client form's PE norm and VOG fields, and the dashboard
lines they give."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.gui.conftest import ScriptedPrompts
from vp_desktop.services.clients import clients
from vp_desktop.services.professional_development import credentials as service
from vp_desktop.store.vault import Vault
from vp_desktop.ui.clients.client_dialog import ClientDialog
from vp_desktop.ui.clients.dashboard_section import DashboardSection
from vp_desktop.ui.professional_development.pe_section import PeSection
from vp_desktop.ui.shell.workspace import Workspace

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")
TODAY = dt.date(2025, 7, 2)


def test_credentials_tab_with_evidence_and_warning(
    qtbot, workspace: Workspace, prompts: ScriptedPrompts, tmp_path: Path, vault: Vault,
    screenshot_dir: Path,
):  # fmt: skip
    section = PeSection(workspace, today=lambda: TODAY)
    qtbot.addWidget(section)
    section.resize(1100, 700)
    section.show()
    section.refresh()
    section.navigate({"tab": "credentials"})
    panel = section.credentials
    assert section.tabs.currentWidget() is panel
    assert not panel.edit_button.isEnabled()
    dialog = panel.add()
    dialog.kind.setCurrentIndex(dialog.kind.findData("registration"))
    dialog.number.setText("LVV-0815")
    dialog.body.setText("LVV")
    dialog.valid_until.setText("01-09-2025")
    dialog.accept()
    assert panel.table.rowCount() == 1 and panel.selected_id() is not None
    assert "Registratie verloopt op 01-09-2025." in panel.warnings.text()
    certificate = tmp_path / "registratie.pdf"
    certificate.write_bytes(b"%PDF-1.4\n%%EOF\n")
    assert panel.add_file(certificate)
    assert panel.files.count() == 1
    panel.files.setCurrentRow(0)
    target = tmp_path / "kopie.pdf"
    prompts.queue(target)
    assert panel.export_file() == target and target.read_bytes().startswith(b"%PDF")
    panel.warn_months.setValue(1)
    assert panel.warn_months.text() == "1 maand"
    assert panel.save_warning_months()
    assert not panel.warnings.isVisibleTo(panel)  # 1 September is more than a month away
    section.grab().save(str(screenshot_dir / "pe_credentials.png"))
    prompts.queue(True)
    assert panel.delete()
    with vault.session() as s:
        assert service.list_credentials(s) == []


def test_client_form_norm_and_vog_reach_the_dashboard(qtbot, workspace: Workspace, vault: Vault):
    dialog = ClientDialog(workspace, None)
    qtbot.addWidget(dialog)
    dialog.code.setText("ACME")
    dialog.name.setText("Acme")
    dialog.pe_fields.norm_hours.setValue(16)
    dialog.pe_fields.norm_sessions.setValue(2)
    assert not dialog.pe_fields.vog_months.isEnabled()
    dialog.pe_fields.vog_required.setChecked(True)
    dialog.pe_fields.vog_months.setValue(12)
    client_id = dialog.save()
    assert client_id is not None
    with vault.session() as s:
        data = clients.ClientData.of(clients.get_client(s, client_id))
    assert (data.pe_norm_minutes, data.pe_norm_sessions) == (16 * 60, 2)
    assert (data.vog_required, data.vog_max_age_months) == (True, 12)
    again = ClientDialog(workspace, client_id)
    qtbot.addWidget(again)
    assert again.pe_fields.norm_hours.minutes() == 16 * 60
    board = DashboardSection(workspace, today=lambda: TODAY)
    qtbot.addWidget(board)
    board.show()
    board.refresh()
    model = board.cards["pe"].model
    texts = [model.line(row).text for row in range(model.rowCount())]
    assert (
        "Acme vraagt 16 u en 2 intervisiebijeenkomsten per jaar; "
        "in 2025 hebt u 0 u en 0 bijeenkomsten." in texts
    )
    assert "Acme vraagt een VOG; er is nog geen VOG vastgelegd." in texts
