"""The Signalen section: signals lead to their cases, the advice log and the jaarplan are edited
in place, RI&E and MTO dates are kept, and nothing of another client shows."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.gui.cases_helpers import add_client, controls_without_name, widget_strings
from vp_desktop.services.activities import activities as activity_service
from vp_desktop.services.activities.activities import ActivityData
from vp_desktop.services.casework import cases as case_service
from vp_desktop.services.signals import advice as advice_service
from vp_desktop.services.signals import plan as plan_service
from vp_desktop.store.vault import Vault
from vp_desktop.ui.activities.activities_section import ActivitiesSection
from vp_desktop.ui.shell.workspace import Workspace
from vp_desktop.ui.signals.signals_section import ADVICE_TAB, PLAN_TAB, SignalsSection

TODAY = dt.date.today()
YEAR = TODAY.year


def add_case(vault: Vault, client_id: int, ref: str, month: int = 1) -> int:
    data = case_service.CaseData(
        opened_on=dt.date(YEAR, month, 1),
        track="unwanted_behaviour",
        categories=["bullying"],
        respondent_ref=ref,
    )
    with vault.transaction() as session:
        return case_service.create_case(session, client_id, data).id


@pytest.fixture
def clients(vault: Vault) -> tuple[int, int]:
    return add_client(vault, "ACME", "Acme"), add_client(vault, "BETA", "Beta")


@pytest.fixture
def section(qtbot, workspace: Workspace) -> SignalsSection:
    widget = SignalsSection(workspace)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()  # signals are read when the section is seen
    return widget


def test_a_signal_leads_to_its_cases_and_never_shows_another_client(
    section: SignalsSection, vault: Vault, clients: tuple[int, int], qtbot, qtmodeltester
) -> None:
    acme, beta = clients
    first, second = add_case(vault, acme, "J.K."), add_case(vault, acme, "jk")
    add_case(vault, beta, "Zq-Beta-Ref")
    add_case(vault, beta, "zq-beta-ref")
    section.set_client(acme)
    assert section.tabs.tabText(0) == "Signalen (1)"
    assert sorted(section.signal_list.case_ids_shown()) == sorted([first, second])
    assert not any("beta" in text.casefold() for text in widget_strings(section))
    section.signal_list.select_case_line(0, 0)
    with qtbot.waitSignal(section.navigate_requested) as blocker:
        section.signal_list.open_button.click()
    assert blocker.args == ["cases", acme, {"case_id": first}]
    assert controls_without_name(section) == []
    qtmodeltester.check(section.signal_list.model)
    section.grab().save("/tmp/signals-section.png")


def test_advice_is_added_changed_and_deleted(
    section: SignalsSection, vault: Vault, clients: tuple[int, int], prompts, qtmodeltester
) -> None:
    acme, beta = clients
    section.set_client(acme)
    section.tabs.setCurrentIndex(ADVICE_TAB)
    panel = section.advice
    panel.start_new()
    panel.given_on.setText(f"01-11-{YEAR}")
    panel.theme.set_code("leadership")
    panel.solicited.setChecked(True)
    panel.summary.setPlainText("Training voor teamleiders over het aanspreken van gedrag")
    panel.follow_up_on.setText(f"01-12-{YEAR}")
    assert section.has_unsaved_changes()
    draft = section.take_draft()
    assert draft is not None and draft["advice"]["fields"]["theme"] == "leadership"
    assert panel.save_changes()
    with vault.session() as session:
        (entry,) = advice_service.list_advice(session, acme)
        assert (entry.theme, entry.solicited) == ("leadership", True)
        assert advice_service.list_advice(session, beta) == []
    assert panel.model.rowCount() == 1
    qtmodeltester.check(panel.model)
    panel.edit_row(0)
    panel.summary.setPlainText("")
    assert not panel.save_changes()  # the text is required: said next to the field
    assert panel.messages.text_of("summary")
    panel.discard_changes()
    prompts.queue(True)
    assert panel.delete_row(0)
    with vault.session() as session:
        assert advice_service.list_advice(session, acme) == []


def test_plan_next_year_and_mark_done_shows_in_activities(
    section: SignalsSection,
    vault: Vault,
    clients: tuple[int, int],
    workspace: Workspace,
    qtbot,
    qtmodeltester,
) -> None:
    acme, _ = clients
    with vault.transaction() as session:
        held = activity_service.add_activity(
            session, acme, ActivityData("manager_training", dt.date(YEAR, 1, 2), 90)
        ).id
    section.set_client(acme)
    section.tabs.setCurrentIndex(PLAN_TAB)
    section.select_year(YEAR + 1)
    plan = section.plan
    plan.start_new()
    plan.kind.set_code("information_session")
    plan.target_on.setText(f"15-03-{YEAR + 1}")
    plan.description.setPlainText("Voorlichting nieuwe medewerkers")
    assert plan.save_changes()
    section.select_year(YEAR)
    plan.start_new()
    plan.kind.set_code("manager_training")
    plan.held.setCurrentIndex(plan.held.findData(held))
    assert plan.save_changes()
    assert plan.summary.text() == f"Jaarplan {YEAR}: 1 van 1 gedaan"
    qtmodeltester.check(plan.model)
    with vault.session() as session:
        assert [line.kind for line in plan_service.plan_lines(session, acme, YEAR + 1)] == [
            "information_session"
        ]
        assert plan_service.planned_activity_ids(session, acme) == {held}
    activities = ActivitiesSection(workspace)
    qtbot.addWidget(activities)
    activities.set_client(acme)
    assert activities.model.index(0, 4).data() == "gepland"
    activities.year_filter.setCurrentIndex(activities.year_filter.findData(YEAR))
    assert activities.plan_status.text() == "Jaarplan: 1 van 1 gedaan"
    activities.year_filter.setCurrentIndex(activities.year_filter.findData(None))
    assert activities.plan_status.text() == ""
    plan.grab().save("/tmp/signals-plan.png")


def test_survey_dates_are_kept_and_a_bad_date_is_said(
    section: SignalsSection, vault: Vault, clients: tuple[int, int]
) -> None:
    acme, beta = clients
    section.set_client(acme)
    section.rie_on.setText("31-02-2025")
    assert not section.save_survey_dates()
    assert section.messages.text_of("rie_on")
    section.rie_on.setText("10-06-2025")
    section.mto_on.setText("01-10-2024")
    assert section.save_survey_dates()
    assert not section.has_unsaved_changes()
    section.set_client(beta)
    assert section.rie_on.text() == ""
    section.set_client(acme)
    assert (section.rie_on.text(), section.mto_on.text()) == ("10-06-2025", "01-10-2024")
    section.clear()
    assert section.rie_on.text() == "" and section.signal_list.model.rowCount() == 0


def test_the_dashboard_reminds_of_an_advice_follow_up_and_leads_to_the_log(
    qtbot, vault: Vault, workspace: Workspace, clients: tuple[int, int]
) -> None:
    from vp_desktop.ui.clients.dashboard_section import DashboardSection

    acme, _ = clients
    today = dt.date(2026, 6, 10)
    with vault.transaction() as session:
        advice_service.add_advice(
            session,
            acme,
            advice_service.AdviceData(
                dt.date(2026, 5, 1), "culture", "Geheim advies qxadvies", True, dt.date(2026, 6, 1)
            ),
        )
    dashboard = DashboardSection(workspace, today=lambda: today)
    qtbot.addWidget(dashboard)
    dashboard.show()
    dashboard.refresh()
    card = dashboard.cards["follow_ups"]
    texts = [card.model.index(row).data() for row in range(card.model.rowCount())]
    # The quiet remark gives way; the advice text itself never shows.
    assert texts == ["Acme · advies · te laat, was 01-06-2026"]
    with qtbot.waitSignal(dashboard.navigate_requested) as blocker:
        card.view.activated.emit(card.model.index(0))
    assert blocker.args == ["signals", acme, {"tab": "advice"}]


def test_in_the_window_a_signal_opens_its_case_in_cases(
    qtbot, vault: Vault, workspace: Workspace, qsettings, clients: tuple[int, int]
) -> None:
    from vp_desktop.ui.casework.cases_section import CasesSection
    from vp_desktop.ui.shell.main_window import MainWindow

    acme, _ = clients
    first, second = add_case(vault, acme, "De kok", 1), add_case(vault, acme, "de kok", 2)
    cases_section, signals = CasesSection(workspace), SignalsSection(workspace)
    window = MainWindow(workspace, [cases_section, signals], qsettings, idle_ms=600_000)
    qtbot.addWidget(window)
    window.start()
    window.show()
    window.request_client(acme)
    window.show_section("signals")
    signals.signal_list.select_case_line(0, 1)
    signals.signal_list.open_button.click()
    assert window.current_section_key() == "cases"
    assert cases_section.editor.case_id == second
    assert first in signals.signal_list.case_ids_shown()
    window.lock.lock()
    assert "de kok" not in " ".join(widget_strings(signals)).casefold()


def test_the_case_editor_keeps_the_reference_to_the_person_complained_about(qtbot) -> None:
    from PySide6.QtWidgets import QWidget

    from vp_desktop.ui.casework.case_editor_fields import CaseFields

    host = QWidget()
    qtbot.addWidget(host)
    fields = CaseFields("nl", host)
    fields.opened_on.setText("02-03-2026")
    fields.categories.set_codes(["bullying"])
    fields.respondent_ref.setText("  T.L. nachtdienst ")
    assert fields.respondent_ref.accessibleName() == "Beklaagde (kenmerk)"
    data = fields.to_data(with_closure=False)
    assert data.respondent_ref == "  T.L. nachtdienst "  # the service trims it on saving
    fields.load(data)
    assert fields.state()["respondent_ref"] == "  T.L. nachtdienst "


def test_signals_are_read_only_when_the_section_is_seen(
    qtbot, vault: Vault, workspace: Workspace, clients: tuple[int, int]
) -> None:
    acme, _ = clients
    add_case(vault, acme, "De kok"), add_case(vault, acme, "de kok")
    hidden = SignalsSection(workspace)
    qtbot.addWidget(hidden)
    hidden.set_client(acme)
    assert hidden.signal_list.model.rowCount() == 0
    hidden.show()
    assert hidden.signal_list.model.rowCount() == 1


def test_an_unsaved_advice_and_plan_come_back_after_a_lock(
    section: SignalsSection, clients: tuple[int, int]
) -> None:
    acme, beta = clients
    section.set_client(acme)
    section.advice.start_new()
    section.advice.summary.setPlainText("Nog niet opgeslagen advies")
    section.select_year(YEAR + 1)
    section.plan.start_new()
    section.plan.description.setPlainText("Voorlichting volgend jaar")
    draft = section.take_draft()
    assert draft is not None
    section.clear()  # the lock
    assert "Nog niet opgeslagen advies" not in widget_strings(section)
    section.set_client(beta)
    section.restore_draft(draft)  # another client: nothing of Acme's comes back
    assert not section.has_unsaved_changes()
    section.set_client(acme)
    section.restore_draft(draft)
    assert section.advice.summary.toPlainText() == "Nog niet opgeslagen advies"
    assert section.selected_year() == YEAR + 1
    assert section.plan.description.toPlainText() == "Voorlichting volgend jaar"
    assert section.has_unsaved_changes()
    section.discard_changes()
    assert not section.has_unsaved_changes()


def test_a_planned_item_past_its_target_date_reads_not_realised(
    qtbot, workspace: Workspace, vault: Vault, clients: tuple[int, int]
) -> None:
    acme, _ = clients
    with vault.transaction() as session:
        for target, kind in ((dt.date(2026, 11, 1), "annual_meeting"),
                             (dt.date(2026, 12, 15), "information_session")):  # fmt: skip
            plan_service.add_plan_item(session, acme, plan_service.PlanItemData(2026, kind, target))
    section = SignalsSection(workspace, today=lambda: dt.date(2026, 12, 2))
    qtbot.addWidget(section)
    section.show()
    section.set_client(acme)
    section.select_year(2026)
    model = section.plan.model
    assert [model.index(r, 3).data() for r in range(model.rowCount())] == [
        "niet gerealiseerd",
        "gepland",
    ]


def test_advice_and_plan_keep_every_column_in_view(
    qtbot, workspace: Workspace, vault: Vault, clients: tuple[int, int]
) -> None:
    from PySide6.QtCore import Qt

    acme = clients[0]
    long_text = "Gesprek over de omgangsvormen in de nachtdienst; voorstel voor teamsessies " * 2
    with vault.transaction() as session:
        advice_service.add_advice(
            session,
            acme,
            advice_service.AdviceData(
                dt.date(YEAR, 3, 1), "leadership", long_text, True, dt.date(YEAR, 12, 1)
            ),
        )
        plan_service.add_plan_item(
            session,
            acme,
            plan_service.PlanItemData(YEAR, "partner_consultation", dt.date(YEAR, 5, 1), long_text),
        )
    widget = SignalsSection(workspace)
    qtbot.addWidget(widget)
    widget.resize(930, 700)  # what the 1200 px window leaves beside the sidebar
    widget.show()
    widget.set_client(acme)
    for tab, table in ((ADVICE_TAB, widget.advice.table), (PLAN_TAB, widget.plan.table)):
        widget.tabs.setCurrentIndex(tab)
        header = table.horizontalHeader()
        qtbot.waitUntil(lambda table=table: table.viewport().width() > 600)
        assert header.length() <= table.viewport().width(), tab  # nothing off to the side
        model = table.model()
        metrics = header.fontMetrics()
        for column in range(model.columnCount()):
            title = model.headerData(column, Qt.Orientation.Horizontal)
            assert header.sectionSize(column) >= metrics.horizontalAdvance(title) + 8, title
