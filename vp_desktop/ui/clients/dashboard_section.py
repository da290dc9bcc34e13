"""The dashboard: what needs the adviser's attention today, across every client.

Each card is a list; every line leads to its item (`navigate_requested`). Lines name a client and
a case number, never any case text. Long lists name their first cases and count the rest.

The dashboard reads across every client, so it is built only while it is on screen: a refresh
while hidden waits for the next time it is shown.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from vp_desktop.domain.hours import hours_label
from vp_desktop.domain.pe_rules import Evaluation
from vp_desktop.domain.vocab import Lang
from vp_desktop.services.clients.dashboard import LIST_LIMIT, CaseDate, Dashboard, build_dashboard
from vp_desktop.ui.clients.dashboard_cards import Card, Line
from vp_desktop.ui.professional_development.dashboard_lines import pe_dashboard_lines
from vp_desktop.ui.shared.code_pickers import format_date, lang_of
from vp_desktop.ui.shared.style import HEADING, Role, apply_style, text_role
from vp_desktop.ui.shell.section import Section
from vp_desktop.ui.shell.workspace import Workspace
from vp_desktop.ui.signals.dashboard_lines import with_advice_follow_ups


class DashboardSection(Section):
    key = "dashboard"

    def __init__(
        self,
        workspace: Workspace,
        parent: QWidget | None = None,
        *,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._today = today
        apply_style(
            self,
            "#dashboardCard { background: $surface; border: 1px solid $border;"
            " border-radius: 10px; }"
            "#dashboardCard QListView { background: $surface; }"
            "#dashboardCard QListView::item { padding: 4px 2px; }",
        )
        self.heading = QLabel(self.title())
        apply_style(self.heading, HEADING)
        self.today_label = QLabel()
        text_role(self.today_label, Role.MUTED)
        self.today_label.setAccessibleName(self.tr("Datum van vandaag"))
        self.cards: dict[str, Card] = {}
        grid = QGridLayout()
        grid.setSpacing(16)
        titles = {
            "caseload": self.tr("Open casussen per opdrachtgever"),
            "follow_ups": self.tr("Opvolging"),
            "retention": self.tr("Bewaartermijn verstreken"),
            "hours": self.tr("Uren dit jaar"),
            "pe": self.tr("Deskundigheidsbevordering"),
            "backup": self.tr("Back-up"),
        }
        for number, (key, title) in enumerate(titles.items()):
            card = Card(key, self._activate)
            card.set_title(title)
            self.cards[key] = card
            grid.addWidget(card, number // 2, number % 2)
        grid.setRowStretch(len(titles) // 2, 1)
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(24, 20, 24, 24)
        body_layout.setSpacing(12)
        body_layout.addWidget(self.heading)
        body_layout.addWidget(self.today_label)
        body_layout.addLayout(grid)
        body_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        scroll.setAccessibleName(self.tr("Dashboard"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def title(self) -> str:
        return self.tr("Dashboard")

    # -- Section contract ----------------------------------------------------------------------

    def refresh(self) -> None:
        if not self._workspace.is_open:
            self.clear()
            return
        if not self.isVisible():
            return  # showEvent builds it when the adviser looks
        today = self._today()
        with self._workspace.session() as session:
            board = build_dashboard(session, today=today)
        lang = lang_of(self._workspace)
        self.today_label.setText(self.tr("Vandaag: %1").replace("%1", format_date(today)))
        self.cards["caseload"].set_lines(self._caseload_lines(board))
        follow_ups = self._follow_up_lines(board, lang)
        follow_ups = with_advice_follow_ups(follow_ups, self._workspace, today)  # signals feature
        self.cards["follow_ups"].set_lines(follow_ups)
        self.cards["retention"].set_lines(self._retention_lines(board, lang))
        self.cards["hours"].set_lines(self._hours_lines(board, lang))
        self.cards["pe"].set_lines(
            self._pe_lines(board, lang) + pe_dashboard_lines(self._workspace, today, lang)
        )
        self.cards["backup"].set_lines(self._backup_lines(board))

    def showEvent(self, event: Any) -> None:  # always current when the adviser looks
        if self._workspace.is_open:
            self.mark_stale()  # the base class reloads a stale section once it is shown
        super().showEvent(event)

    def clear(self) -> None:
        self.today_label.clear()
        for card in self.cards.values():
            card.set_lines([])

    # -- lines ---------------------------------------------------------------------------------

    def _activate(self, line: Line) -> None:
        if line.section_key is not None:
            self.navigate_requested.emit(line.section_key, line.client_id, dict(line.target))

    def _caseload_lines(self, board: Dashboard) -> list[Line]:
        if not board.caseload:
            return [Line(self.tr("Nog geen opdrachtgevers."))]
        lines = []
        for client in board.caseload:
            if client.open_cases == 1:
                text = self.tr("%1: 1 open casus")
            else:
                text = self.tr("%1: %2 open casussen").replace("%2", str(client.open_cases))
            lines.append(Line(text.replace("%1", client.name), "cases", client.client_id))
        return lines

    def _follow_up_lines(self, board: Dashboard, lang: Lang) -> list[Line]:
        overdue, due = board.follow_ups_overdue, board.follow_ups_due
        lines = [
            self._case_line(self.tr("%1 · %2 · te laat, was %3"), item, "alert")
            for item in overdue.items
        ]
        lines += [
            self._case_line(self.tr("%1 · %2 · opvolgen op %3"), item)
            for item in due.items[: LIST_LIMIT - len(lines)]
        ]
        more = overdue.total + due.total - len(lines)
        if more == 1:
            lines.append(Line(self.tr("… en nog 1 casus om op te volgen")))
        elif more > 1:
            text = self.tr("… en nog %1 casussen om op te volgen")
            lines.append(Line(text.replace("%1", _count(more, lang))))
        return lines or [Line(self.tr("Geen opvolging in de komende twee weken."))]

    def _retention_lines(self, board: Dashboard, lang: Lang) -> list[Line]:
        due = board.retention_due
        lines = [
            self._case_line(self.tr("%1 · %2 · vernietigen sinds %3"), item, "alert")
            for item in due.items
        ]
        if due.more:
            # Leads to the retention dialog, which lists them all and destroys them.
            text = (
                self.tr("… en nog 1 dossier")
                if due.more == 1
                else self.tr("… en nog %1 dossiers").replace("%1", _count(due.more, lang))
            )
            lines.append(Line(text, self.key, None, {"retention": True}, "alert"))
        return lines or [Line(self.tr("Geen dossiers om te vernietigen."))]

    def _case_line(self, template: str, item: CaseDate, tone: str = "") -> Line:
        text = (
            template.replace("%1", item.number)
            .replace("%2", item.client_name)
            .replace("%3", format_date(item.due_on))
        )
        return Line(text, "cases", item.client_id, {"case_id": item.case_id}, tone)

    def _hours_lines(self, board: Dashboard, lang: Lang) -> list[Line]:
        lines = [
            Line(
                self.tr("%1: %2 (gesprekken %3, activiteiten %4)")
                .replace("%1", item.name)
                .replace("%2", hours_label(item.total_minutes, lang))
                .replace("%3", hours_label(item.contact_minutes, lang))
                .replace("%4", hours_label(item.activity_minutes, lang)),
                "activities",
                item.client_id,
            )
            for item in board.hours
        ]
        return lines or [Line(self.tr("Nog geen opdrachtgevers."))]

    def _pe_lines(self, board: Dashboard, lang: Lang) -> list[Line]:
        lines = [line for evaluation in board.pe_progress for line in self._pe(evaluation, lang)]
        if board.pe_needs_cycle_start:
            lines.append(
                Line(self.tr("Vul de startdatum van uw registratiecyclus in."), "pe", None, {})
            )
        return lines or [Line(self.tr("Kies in Deskundigheid welke normen u volgt."), "pe")]

    def _pe(self, evaluation: Evaluation, lang: Lang) -> list[Line]:
        lines = []
        target = {"rule_set": evaluation.rule_set.code}
        for progress in evaluation.requirements:
            parts = []
            if progress.min_minutes:
                parts.append(
                    self.tr("%1 van %2")
                    .replace("%1", hours_label(progress.counted_minutes, lang))
                    .replace("%2", hours_label(progress.min_minutes, lang))
                )
            if progress.min_sessions:
                parts.append(
                    self.tr("%1 van %2 bijeenkomsten")
                    .replace("%1", str(progress.sessions))
                    .replace("%2", str(progress.min_sessions))
                )
            tone = "good" if progress.met else "alert" if progress.behind else ""
            text = f"{evaluation.rule_set.label(lang)} · {progress.label(lang)}: {', '.join(parts)}"
            lines.append(Line(text, "pe", None, target, tone))
        return lines

    def _backup_lines(self, board: Dashboard) -> list[Line]:
        backup = board.backup
        if backup.last_backup_at is None:
            text = self.tr("Er is nog nooit een back-up gemaakt. Maak er nu een.")
        elif backup.due:
            text = self.tr("Laatste back-up op %1. Tijd voor een nieuwe.").replace(
                "%1", format_date(backup.last_backup_at.date())
            )
        else:
            text = self.tr("Laatste back-up op %1.").replace(
                "%1", format_date(backup.last_backup_at.date())
            )
        tone = "alert" if backup.due else "good"
        return [Line(text, "settings", None, {"backup": True}, tone)]


def _count(number: int, lang: Lang) -> str:
    """A count with the thousands separator of the language: 38.808 (nl), 38,808 (en)."""
    grouped = f"{number:,}"
    return grouped.replace(",", ".") if lang == "nl" else grouped
