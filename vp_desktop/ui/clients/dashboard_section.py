"""The dashboard: what needs the adviser's attention today, across every client.

Each card is a list; every line leads to its item (`navigate_requested`). Lines name a client and
a case number, never any case text. Long lists name their first cases and count the rest.

The dashboard reads across every client, so it is built only while it is on screen: a refresh
while hidden waits for the next time it is shown.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QLabel,
    QListView,
    QScrollArea,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from vp_desktop.domain.hours import hours_label
from vp_desktop.domain.pe_rules import Evaluation
from vp_desktop.domain.vocab import Lang
from vp_desktop.services.clients.dashboard import LIST_LIMIT, CaseDate, Dashboard, build_dashboard
from vp_desktop.ui.professional_development.dashboard_lines import pe_dashboard_lines
from vp_desktop.ui.shared.code_pickers import format_date, lang_of
from vp_desktop.ui.shared.style import HEADING, Role, apply_style, colour, text_role
from vp_desktop.ui.shell.section import Section
from vp_desktop.ui.shell.workspace import Workspace
from vp_desktop.ui.signals.dashboard_lines import with_advice_follow_ups

Index = QModelIndex | QPersistentModelIndex
TONE_ROLES = {"alert": Role.ERROR, "good": Role.SUCCESS}


@dataclass(frozen=True, slots=True)
class Line:
    text: str
    section_key: str | None = None  # None: a remark that leads nowhere
    client_id: int | None = None
    target: dict[str, Any] = field(default_factory=dict)
    tone: str = ""  # "", "alert" or "good"


class LineModel(QAbstractListModel):
    TargetRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lines: list[Line] = []

    def set_lines(self, lines: list[Line]) -> None:
        self.beginResetModel()
        self._lines = list(lines)
        self.endResetModel()

    def line(self, row: int) -> Line:
        return self._lines[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._lines)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._lines):
            return None
        line = self._lines[index.row()]
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.AccessibleTextRole,
            Qt.ItemDataRole.ToolTipRole,  # the whole line where a narrow card shortens it
        ):
            return line.text
        if role == Qt.ItemDataRole.ForegroundRole and line.tone:
            return colour(TONE_ROLES[line.tone])
        if role == self.TargetRole:
            return (line.section_key, line.client_id, dict(line.target))
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self._lines[index.row()].section_key is None:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


_UNIT = re.compile(r"(\d) (u|h)\b")  # "26 u", "8.25 h"
_OF = re.compile(r"(\d\u00a0[uh]|\d) (van|of) (\d)")  # "58 u van 24 u", "6 of 4"


def keep_together(text: str) -> str:
    """`text` with the phrases that must not break across lines joined by no-break spaces: a
    number with its unit, and the last part of a case line ("te laat, was 05-11-2026")."""
    text = _UNIT.sub("\\1\u00a0\\2", text)
    text = _OF.sub("\\1\u00a0\\2\u00a0\\3", text)
    head, dot, tail = text.rpartition(" · ")
    if dot and len(tail) <= 40:
        text = head + dot + tail.replace(" ", "\u00a0")
    return text


class LineDelegate(QStyledItemDelegate):
    """Wraps a line between its parts, never inside a date's phrase or between hours and "u"."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:
        super().initStyleOption(option, index)
        option.text = keep_together(option.text)


class Card(QFrame):
    """A titled list of dashboard lines."""

    MAX_VISIBLE_ROWS = 8

    def __init__(self, key: str, on_activate: Callable[[Line], None]) -> None:
        super().__init__()
        self.key = key
        self.setObjectName("dashboardCard")
        self.title = QLabel()
        text_role(self.title, Role.TEXT, "font-weight: 600; font-size: 11pt;")
        self.model = LineModel(self)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setItemDelegate(LineDelegate(self.view))
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setFrameShape(QFrame.Shape.NoFrame)
        # A line wraps at word boundaries rather than losing its middle; a card lists at most
        # LIST_LIMIT lines and a count, so measuring each line is cheap.
        self.view.setWordWrap(True)
        self.view.setUniformItemSizes(False)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Only a single word wider than the card is shortened; the tooltip has the whole line.
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.viewport().installEventFilter(self)
        self.view.setCursor(Qt.CursorShape.PointingHandCursor)
        self.view.activated.connect(lambda index: on_activate(self.model.line(index.row())))
        self.view.clicked.connect(lambda index: on_activate(self.model.line(index.row())))
        self.title.setBuddy(self.view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 12)
        layout.setSpacing(8)
        layout.addWidget(self.title)
        layout.addWidget(self.view)
        layout.addStretch(1)  # cards side by side keep their titles level

    def set_title(self, title: str) -> None:
        self.title.setText(title)
        self.view.setAccessibleName(title)

    def set_lines(self, lines: list[Line]) -> None:
        self.model.set_lines(lines)
        self._fit_height()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._fit_height()  # a narrower card wraps more lines
        return False

    def line_height(self, row: int) -> int:
        """The height of line `row` wrapped to the list's present width."""
        option = QStyleOptionViewItem()
        option.initFrom(self.view)
        option.widget = self.view
        option.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
        option.rect = QRect(0, 0, max(self.view.viewport().width(), 1), 1)
        hint = self.view.itemDelegate().sizeHint(option, self.model.index(row))
        return max(hint.height(), 22)

    def _fit_height(self) -> None:
        rows = min(self.model.rowCount(), self.MAX_VISIBLE_ROWS)
        height = sum(self.line_height(row) for row in range(rows)) if rows else 22
        self.view.setFixedHeight(height + 6)


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
