"""The dashboard: each card's lines, and every line leads to its item."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from PySide6.QtCore import QRect, Qt

from vp_desktop.services import settings
from vp_desktop.services.activities import activities
from vp_desktop.services.casework import cases
from vp_desktop.services.clients import clients
from vp_desktop.services.clients import dashboard as dashboard_service
from vp_desktop.services.clients.dashboard import LIST_LIMIT, CaseDate, CaseDates, Dashboard
from vp_desktop.services.professional_development import pe
from vp_desktop.ui.clients import dashboard_cards, dashboard_section
from vp_desktop.ui.clients.dashboard_section import DashboardSection
from vp_desktop.ui.shell.main_window import MainWindow
from vp_desktop.ui.shell.settings_section import SettingsSection

TODAY = dt.date(2026, 6, 15)


def _case(session, client_id: int, **extra) -> int:
    data = cases.CaseData(
        opened_on=dt.date(2026, 1, 5),
        track="unwanted_behaviour",
        categories=["bullying"],
        notes="vertrouwelijk",
    )
    for name, value in extra.items():
        setattr(data, name, value)
    return cases.create_case(session, client_id, data, today=TODAY).id


@pytest.fixture
def practice(vault) -> dict[str, int]:
    with vault.transaction() as s:
        acme = clients.create_client(s, clients.ClientData(code="ACME", name="Acme BV"))
        bolt = clients.create_client(s, clients.ClientData(code="BOLT", name="Bolt NV"))
        ids = {"acme": acme.id, "bolt": bolt.id}
        ids["late"] = _case(s, bolt.id, follow_up_on=dt.date(2026, 6, 1))
        ids["soon"] = _case(s, acme.id, follow_up_on=dt.date(2026, 6, 20))
        ids["old"] = _case(
            s,
            acme.id,
            opened_on=dt.date(2024, 11, 1),
            closed_on=dt.date(2025, 2, 1),
            outcome="resolved_informally",
        )
        activities.add_activity(s, acme.id, activities.ActivityData("annual_meeting", TODAY, 90))
        pe.add_pe_activity(s, pe.PeData("course", dt.date(2026, 3, 1), 4 * 60))
        settings.update(s, pe_rule_sets=("yearly",))
    return ids


@pytest.fixture
def dashboard(qtbot, workspace, practice) -> DashboardSection:
    section = DashboardSection(workspace, today=lambda: TODAY)
    qtbot.addWidget(section)
    section.resize(1000, 820)
    section.show()
    section.refresh()
    return section


def lines(section: DashboardSection, card: str) -> list[str]:
    model = section.cards[card].model
    return [model.index(row).data() for row in range(model.rowCount())]


def test_every_card_says_what_needs_attention(dashboard, qtmodeltester, screenshot_dir) -> None:
    for card in dashboard.cards.values():
        qtmodeltester.check(card.model)
    assert lines(dashboard, "caseload") == ["Acme BV: 1 open casus", "Bolt NV: 1 open casus"]
    assert lines(dashboard, "follow_ups") == [
        "BOLT-2026-001 · Bolt NV · te laat, was 01-06-2026",
        "ACME-2026-001 · Acme BV · opvolgen op 20-06-2026",
    ]
    assert lines(dashboard, "retention") == [
        "ACME-2024-001 · Acme BV · vernietigen sinds 01-02-2026"
    ]
    assert lines(dashboard, "hours")[0] == "Acme BV: 1,5 u (gesprekken 0 u, activiteiten 1,5 u)"
    assert lines(dashboard, "pe") == [
        "Jaarlijkse norm · Bijscholing: 4 u van 8 u",
        "Jaarlijkse norm · Intervisie: 0 van 4 bijeenkomsten",
    ]
    assert lines(dashboard, "backup") == ["Er is nog nooit een back-up gemaakt. Maak er nu een."]
    assert "vertrouwelijk" not in "".join(
        text for card in dashboard.cards for text in lines(dashboard, card)
    )
    dashboard.grab().save(str(screenshot_dir / "dashboard.png"))


def test_a_line_leads_to_its_case(qtbot, dashboard, practice) -> None:
    card = dashboard.cards["follow_ups"]
    with qtbot.waitSignal(dashboard.navigate_requested) as sent:
        card.view.activated.emit(card.model.index(0))
    assert sent.args == ["cases", practice["bolt"], {"case_id": practice["late"]}]
    hours = dashboard.cards["hours"]
    with qtbot.waitSignal(dashboard.navigate_requested) as sent:
        hours.view.clicked.emit(hours.model.index(1))
    assert sent.args == ["activities", practice["bolt"], {}]


def test_a_remark_leads_nowhere(qtbot, workspace) -> None:
    section = DashboardSection(workspace, today=lambda: TODAY)
    qtbot.addWidget(section)
    section.show()
    assert lines(section, "caseload") == ["Nog geen opdrachtgevers."]
    card = section.cards["caseload"]
    with qtbot.assertNotEmitted(section.navigate_requested):
        card.view.activated.emit(card.model.index(0))


def test_in_the_window_a_line_switches_client_and_section(
    qtbot, workspace, qsettings, practice, notes_section
) -> None:
    dashboard = DashboardSection(workspace, today=lambda: TODAY)
    window = MainWindow(
        workspace, [dashboard, notes_section, SettingsSection(workspace)], qsettings
    )
    qtbot.addWidget(window)
    window.start()
    window.show()
    window.show_section("dashboard")
    window.request_client(practice["acme"])
    card = dashboard.cards["follow_ups"]
    card.view.activated.emit(card.model.index(0))  # Bolt's overdue follow-up
    assert window.current_client_id() == practice["bolt"]
    assert window.client_name.text() == "Bolt NV"
    assert window.current_section_key() == "cases"
    assert notes_section.calls[-1] == ("navigate", {"case_id": practice["late"]})


def test_lock_empties_the_dashboard(dashboard) -> None:
    dashboard.clear()
    assert all(card.model.rowCount() == 0 for card in dashboard.cards.values())
    assert dashboard.today_label.text() == ""


@pytest.fixture
def builds(monkeypatch) -> list[Dashboard]:
    """Every dashboard the section builds, in order."""
    built: list[Dashboard] = []

    def build(session, **options) -> Dashboard:
        built.append(dashboard_service.build_dashboard(session, **options))
        return built[-1]

    monkeypatch.setattr(dashboard_section, "build_dashboard", build)
    return built


def test_a_hidden_dashboard_is_built_when_shown(qtbot, workspace, practice, builds) -> None:
    section = DashboardSection(workspace, today=lambda: TODAY)
    qtbot.addWidget(section)
    section.refresh()  # e.g. another section saved while the dashboard is not on screen
    assert builds == [] and lines(section, "caseload") == []
    section.show()
    assert len(builds) == 1 and lines(section, "caseload")[0] == "Acme BV: 1 open casus"
    section.refresh()
    assert len(builds) == 2


def test_the_window_builds_the_dashboard_once_at_start(
    qtbot, workspace, qsettings, practice, notes_section, builds
) -> None:
    dashboard = DashboardSection(workspace, today=lambda: TODAY)
    window = MainWindow(workspace, [dashboard, notes_section], qsettings)
    qtbot.addWidget(window)
    window.start()
    window.show()
    assert window.current_section_key() == "dashboard"
    assert len(builds) == 1


def _many(first: CaseDate, count: int) -> tuple[CaseDate, ...]:
    return tuple(
        dataclasses.replace(first, due_on=first.due_on + dt.timedelta(days=n)) for n in range(count)
    )


def test_long_lists_end_with_a_count(
    qtbot, monkeypatch, workspace, practice, builds, screenshot_dir
) -> None:
    def crowded(session, **options) -> Dashboard:
        board = dashboard_service.build_dashboard(session, **options)
        overdue, retention = board.follow_ups_overdue.items[0], board.retention_due.items[0]
        return dataclasses.replace(
            board,
            follow_ups_overdue=CaseDates(_many(overdue, LIST_LIMIT), 6_597),
            retention_due=CaseDates(_many(retention, LIST_LIMIT), 38_808),
        )

    monkeypatch.setattr(dashboard_section, "build_dashboard", crowded)
    section = DashboardSection(workspace, today=lambda: TODAY)
    qtbot.addWidget(section)
    section.resize(1000, 820)
    section.show()
    follow_ups, retention = lines(section, "follow_ups"), lines(section, "retention")
    assert len(follow_ups) == len(retention) == LIST_LIMIT + 1
    # the overdue ones fill the card; the one due soon is counted with the rest
    assert follow_ups[-1] == "… en nog 6.573 casussen om op te volgen"
    assert retention[-1] == "… en nog 38.783 dossiers"
    card = section.cards["follow_ups"]
    with qtbot.assertNotEmitted(section.navigate_requested):
        card.view.activated.emit(card.model.index(LIST_LIMIT))
    card = section.cards["retention"]
    with qtbot.waitSignal(section.navigate_requested) as sent:
        card.view.activated.emit(card.model.index(LIST_LIMIT))
    assert sent.args == ["dashboard", None, {"retention": True}]
    card.view.scrollToBottom()
    section.grab().save(str(screenshot_dir / "dashboard_long_lists.png"))


def test_the_count_of_files_to_destroy_opens_the_retention_dialog(
    qtbot, monkeypatch, workspace, qsettings, practice, notes_section
) -> None:
    dashboard = DashboardSection(workspace, today=lambda: TODAY)
    window = MainWindow(workspace, [dashboard, notes_section], qsettings)
    qtbot.addWidget(window)
    opened: list[str] = []
    monkeypatch.setattr(window.data_menu, "open_retention", lambda: opened.append("retention"))
    window.navigate("dashboard", None, {"retention": True})
    assert opened == ["retention"]


def test_aftercare_of_a_closed_case_is_on_the_dashboard(qtbot, workspace, vault) -> None:
    with vault.transaction() as s:
        client = clients.create_client(s, clients.ClientData(code="CARE", name="Care BV"))
        closed = _case(
            s,
            client.id,
            closed_on=dt.date(2026, 5, 1),
            outcome="resolved_informally",
            follow_up_on=dt.date(2026, 6, 18),  # the aftercare conversation (nazorg)
        )
    section = DashboardSection(workspace, today=lambda: TODAY)
    qtbot.addWidget(section)
    section.show()
    section.refresh()
    assert lines(section, "follow_ups") == ["CARE-2026-001 · Care BV · opvolgen op 18-06-2026"]
    card = section.cards["follow_ups"]
    with qtbot.waitSignal(section.navigate_requested) as sent:
        card.view.activated.emit(card.model.index(0))
    assert sent.args == ["cases", client.id, {"case_id": closed}]


def test_long_lines_wrap_whole_words_and_every_line_shows_in_full(
    qtbot, workspace, vault, screenshot_dir
) -> None:
    long_name = "Stichting Openbaar Onderwijs Waterveen en Omstreken"
    with vault.transaction() as s:
        client = clients.create_client(s, clients.ClientData(code="SOOW", name=long_name))
        _case(s, client.id, follow_up_on=dt.date(2026, 6, 1))
        _case(s, client.id, follow_up_on=dt.date(2026, 6, 20))
        activities.add_activity(s, client.id, activities.ActivityData("annual_meeting", TODAY, 75))
    section = DashboardSection(workspace, today=lambda: TODAY)
    qtbot.addWidget(section)
    section.resize(830, 760)  # what the window leaves beside the sidebar at 1200 px
    section.show()
    section.refresh()
    for key in ("caseload", "follow_ups", "hours"):
        view = section.cards[key].view
        qtbot.waitUntil(lambda view=view: view.visualRect(view.model().index(0, 0)).height() > 0)
        metrics = view.fontMetrics()
        bottom = 0
        for row in range(view.model().rowCount()):
            index = view.model().index(row, 0)
            text = index.data()
            assert long_name in text
            rect = view.visualRect(index)
            assert index.data(Qt.ItemDataRole.ToolTipRole) == text
            width = view.viewport().width()
            # no line runs out of sight (beyond the item's own 2 px padding)
            assert rect.right() <= width + 2
            # every word fits the line's width: nothing is elided, the line wraps instead
            assert max(metrics.horizontalAdvance(word) for word in text.split()) < width
            wrapped = metrics.boundingRect(
                QRect(0, 0, width - 8, 10_000),
                Qt.TextFlag.TextWordWrap,
                dashboard_cards.keep_together(text),
            )
            assert rect.height() >= wrapped.height(), text
            bottom = max(bottom, rect.bottom())
        assert view.height() >= bottom, key  # all lines show, no scrolling for a few
    assert (
        section.cards["hours"].view.visualRect(section.cards["hours"].model.index(0)).height()
        > 1.5 * section.cards["hours"].view.fontMetrics().height()
    )  # it did wrap
    section.grab().save(str(screenshot_dir / "dashboard_long_names.png"))


def test_a_line_breaks_between_its_parts_not_inside_a_date_or_hours() -> None:
    keep = dashboard_cards.keep_together
    nbsp = "\u00a0"
    assert keep("SOOW-2026-006 · Stichting Openbaar Onderwijs · te laat, was 20-11-2026") == (
        f"SOOW-2026-006 · Stichting Openbaar Onderwijs · te{nbsp}laat,{nbsp}was{nbsp}20-11-2026"
    )
    assert keep("Acme BV: 26 u (gesprekken 15,25 u, activiteiten 10,75 u)") == (
        f"Acme BV: 26{nbsp}u (gesprekken 15,25{nbsp}u, activiteiten 10,75{nbsp}u)"
    )
    assert keep("Acme: 8.25 h") == f"Acme: 8.25{nbsp}h"
    assert keep("LVV · Bijscholing: 58 u van 24 u, 6 van 4 bijeenkomsten") == (
        f"LVV · Bijscholing: 58{nbsp}u{nbsp}van{nbsp}24{nbsp}u, 6{nbsp}van{nbsp}4 bijeenkomsten"
    )


def test_a_new_client_shows_on_the_dashboard_at_once(qtbot, workspace, qsettings) -> None:
    from vp_desktop.ui.clients.client_dialog import ClientDialog

    dashboard = DashboardSection(workspace, today=lambda: TODAY)
    window = MainWindow(workspace, [dashboard, SettingsSection(workspace)], qsettings)
    qtbot.addWidget(window)
    window.start()
    window.show()
    window.show_section("dashboard")
    assert lines(dashboard, "caseload") == ["Nog geen opdrachtgevers."]
    window.edit_client(None)
    dialog = window.findChild(ClientDialog)
    assert dialog is not None
    dialog.code.setText("ACME")
    dialog.name.setText("Acme BV")
    with qtbot.waitSignal(dialog.saved):
        dialog.accept()
    assert lines(dashboard, "caseload") == ["Acme BV: 0 open casussen"]
