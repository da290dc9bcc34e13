"""Settings: values load and save, problems show next to their field, nothing half-saved."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from vp_desktop.domain.messages import message
from vp_desktop.services import settings as settings_service
from vp_desktop.store.vault import Vault
from vp_desktop.ui.shell.settings_section import SettingsSection


@pytest.fixture
def section(qtbot, workspace) -> SettingsSection:
    with workspace.transaction() as session:
        settings_service.update(session, adviser_name="Sanne de Vries", disclosure_threshold=6)
    section = SettingsSection(workspace)
    qtbot.addWidget(section)
    section.resize(760, 900)
    section.show()
    return section


def stored(workspace):
    return workspace.settings()


def test_loads_the_vault_settings(section, screenshot_dir) -> None:
    assert section.texts["adviser_name"].text() == "Sanne de Vries"
    assert section.numbers["disclosure_threshold"].value() == 6
    assert section.numbers["disclosure_threshold"].minimum() == 3
    assert section.numbers["disclosure_threshold"].maximum() == 10
    assert section.language.currentData() == "nl"
    assert not section.has_unsaved_changes() and not section.save_button.isEnabled()
    section.grab().save(str(screenshot_dir / "settings.png"))


def test_saving_stores_every_field(qtbot, section, workspace) -> None:
    section.numbers["auto_lock_minutes"].setValue(12)
    section.numbers["retention_months"].setValue(18)
    section.switches["report_gender"].setChecked(True)
    section.texts["practice_name"].setText("Praktijk Vertrouwd")
    section.texts["registration_number"].setText("  RVP-0042 ")
    assert section.has_unsaved_changes() and section.save_button.isEnabled()
    with qtbot.waitSignal(section.settings_saved) as saved:
        qtbot.mouseClick(section.save_button, Qt.MouseButton.LeftButton)
    now = stored(workspace)
    assert saved.args[0] == now
    assert (now.auto_lock_minutes, now.retention_months, now.report_gender) == (12, 18, True)
    assert (now.practice_name, now.registration_number) == ("Praktijk Vertrouwd", "RVP-0042")
    assert section.status.text() == "Opgeslagen."
    assert not section.has_unsaved_changes()


def test_a_problem_shows_next_to_its_field_and_nothing_is_saved(section, workspace) -> None:
    section.texts["adviser_email"].setText("x" * 201)
    section.numbers["disclosure_threshold"].setValue(8)
    assert not section.save_changes()
    assert section.messages.text_of("adviser_email") == message("too_long", limit=200)
    assert "verbeter" in section.status.text()
    assert stored(workspace).disclosure_threshold == 6  # not half-saved
    section.texts["adviser_email"].setText("sanne@praktijk.nl")
    assert section.save_changes()
    assert section.messages.text_of("adviser_email") == ""
    assert stored(workspace).disclosure_threshold == 8


def test_undo_and_drafts(section) -> None:
    section.texts["adviser_phone"].setText("06-12345678")
    draft = section.take_draft()
    assert draft == {"values": section.values()}
    section.discard_changes()
    assert section.texts["adviser_phone"].text() == ""
    assert section.take_draft() is None
    section.restore_draft(draft)
    assert section.texts["adviser_phone"].text() == "06-12345678"
    section.clear()
    assert section.texts["adviser_name"].text() == ""


def test_every_control_has_an_accessible_name(section) -> None:
    controls = [section.language, *section.numbers.values(), *section.switches.values()]
    controls += [*section.texts.values(), section.save_button, section.revert_button]
    assert all(control.accessibleName() for control in controls)


def test_switching_language_rebuilds_the_window_and_keeps_its_state(
    qtbot, prompts, qsettings, vault, passphrase, translations, notes_section
) -> None:
    from vp_desktop.services.casework import cases
    from vp_desktop.services.clients import clients
    from vp_desktop.ui.app import Shell
    from vp_desktop.ui.clients.dashboard_section import DashboardSection

    with vault.transaction() as s:
        clients.create_client(s, clients.ClientData(code="ACME", name="Acme BV"))
        bolt = clients.create_client(s, clients.ClientData(code="BOLT", name="Bolt NV"))
        cases.create_case(
            s,
            bolt.id,
            cases.CaseData(
                opened_on=cases.dt.date(2026, 1, 5),
                track="unwanted_behaviour",
                categories=["bullying"],
                notes="oud",
            ),
        )
    path = vault.path
    vault.close()
    stub_class = type(notes_section)
    shell = Shell(
        qsettings,
        prompts=prompts,
        sections=(DashboardSection, stub_class, SettingsSection),
        idle_ms=600_000,
        translations=translations,
    )
    shell.open_vault(Vault.open(path, passphrase))
    first = shell.window
    # (the first window deletes itself on the switch; only its successor is closed at the end)
    first.request_client(bolt.id)
    stub = first.sections["cases"]
    stub.edit.setText("half getypt")
    first.show_section("settings")
    settings = first.sections["settings"]
    assert first.sidebar.section_button("settings").text() == "Instellingen"

    settings.language.setCurrentIndex(settings.language.findData("en"))
    assert settings.save_changes()

    window = shell.window
    assert window is not first
    qtbot.addWidget(window, before_close_func=lambda w: w.sections["cases"].discard_changes())
    assert window.sidebar.section_button("settings").text() == "Settings"
    assert window.sections["settings"].save_button.text() == "Save"
    assert window.current_section_key() == "settings"
    assert window.client_name.text() == "Bolt NV"
    assert window.sections["cases"].edit.text() == "half getypt"
    assert window.sections["settings"].language.currentData() == "en"
    assert qsettings.value("ui/language") == "en"
