"""Progress bars for the adviser's development standards: one group per standard and period.

Each requirement gets a bar of what counts against its minimum (hours, sessions, or both), what is
still missing or planned, and a warning when it lags behind the part of the period that has
passed; a period that is over says "behaald" or "niet behaald".

Lifetime: the groups are rebuilt on every refresh and deleted; the notice about the missing
cycle start lives as long as the panel (it is only shown and hidden), so a refresh never touches
a deleted widget.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vp_desktop.domain.pe_rules import Evaluation, RequirementProgress, hours_label
from vp_desktop.domain.vocab import Lang
from vp_desktop.ui.shared.code_pickers import format_date
from vp_desktop.ui.shared.style import Role, text_role

#: wide enough for "132,5 u van 72 u" with the fill edge clear of most of the text
BAR_MIN_WIDTH = 200
_GOOD = (Role.SUCCESS, "")
_BEHIND = (Role.ERROR, "font-weight: bold;")


class ProgressLine:
    """One bar with its caption and status, kept so tests and the dashboard can read them."""

    def __init__(self, caption: str, bar: QProgressBar, status: QLabel) -> None:
        self.caption = caption
        self.bar = bar
        self.status = status


class ProgressPanel(QWidget):
    #: the adviser wants to set the standards (e.g. the missing cycle start date)
    settings_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Voortgang deskundigheidsbevordering"))
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        #: (rule set code, requirement code or "total", "hours" or "sessions") -> line
        self.lines: dict[tuple[str, str, str], ProgressLine] = {}
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setAccessibleName(self.tr("Melding bij de voortgang"))
        self.settings_button = QPushButton(self.tr("Startdatum invullen…"))
        self.settings_button.setAccessibleName(self.tr("Startdatum van uw cyclus invullen"))
        self.settings_button.clicked.connect(self.settings_requested.emit)
        self._notice_box = QWidget(self)
        row = QHBoxLayout(self._notice_box)
        row.addWidget(self.notice, 1)
        row.addWidget(self.settings_button)
        self._layout.addWidget(self._notice_box, 1)
        self._groups: list[QWidget] = []
        self.clear()

    def clear(self) -> None:
        for group in self._groups:
            self._layout.removeWidget(group)
            group.setParent(None)  # gone from the screen now, not at the next event loop turn
            group.deleteLater()
        self._groups = []
        self.lines = {}
        self._notice_box.hide()

    def show_progress(
        self, evaluations: Sequence[Evaluation], needs_cycle_start: bool, lang: Lang
    ) -> None:
        self.clear()
        for evaluation in evaluations:
            self._add_group(self._group(evaluation, lang))
        if needs_cycle_start:
            self.notice.setText(
                self.tr(
                    "Vul de startdatum van uw cyclus in, dan ziet u hier ook de voortgang over "
                    "de hele cyclus."
                )
            )
            self._notice_box.show()

    def _add_group(self, widget: QWidget) -> None:
        self._groups.append(widget)
        # Before the notice, which stays last.
        self._layout.insertWidget(self._layout.count() - 1, widget, 1)

    def _group(self, evaluation: Evaluation, lang: Lang) -> QGroupBox:
        rule_set = evaluation.rule_set
        if rule_set.period == "year":
            period = str(evaluation.period_start.year)
        else:
            period = self.tr("%1 t/m %2").replace("%1", format_date(evaluation.period_start))
            period = period.replace("%2", format_date(evaluation.period_end))
        group = QGroupBox(f"{rule_set.label(lang)} · {period}")
        group.setAccessibleName(group.title())
        grid = QGridLayout(group)
        grid.setColumnStretch(1, 1)
        row = 0
        for req in evaluation.requirements:
            if req.min_minutes or not req.min_sessions:
                self._line(grid, row, rule_set.code, req, "hours", lang)
                row += 1
            if req.min_sessions:
                self._line(grid, row, rule_set.code, req, "sessions", lang)
                row += 1
        if evaluation.total_min_minutes:
            bar = self._bar(evaluation.total_counted_minutes, evaluation.total_min_minutes)
            # The counted figure, not the bar's value: the bar stops at its maximum.
            counted = evaluation.total_counted_minutes
            bar.setFormat(self._of_hours(counted, evaluation.total_min_minutes, lang))
            missing = hours_label(evaluation.total_missing_minutes, lang)
            self._place(
                grid, row, (rule_set.code, "total", "hours"), self.tr("Totaal"), bar,
                self._status(
                    evaluation.total_status,
                    self.tr("nog %1").replace("%1", missing) if missing != hours_label(0, lang)
                    else self.tr("niet elk onderdeel behaald"),
                    planned=self._planned_hours(evaluation.planned_minutes, lang),
                ),
            )  # fmt: skip
            row += 1
        notes = self._notes(evaluation, lang)
        if notes:
            note = QLabel(" ".join(notes))
            note.setWordWrap(True)
            note.setAccessibleName(self.tr("Toelichting bij %1").replace("%1", group.title()))
            grid.addWidget(note, row, 0, 1, 2)
            row += 1
        if evaluation.behind:
            share = round(evaluation.elapsed_fraction * 100)
            warning = QLabel(
                self.tr(
                    "U loopt achter op schema: %1% van de periode is voorbij. Plan op tijd "
                    "wat nog ontbreekt."
                ).replace("%1", str(share))
            )
            warning.setWordWrap(True)
            text_role(warning, *_BEHIND)
            warning.setAccessibleName(self.tr("Waarschuwing: achter op schema"))
            grid.addWidget(warning, row, 0, 1, 2)
        return group

    def _line(
        self,
        grid: QGridLayout,
        row: int,
        rule_set_code: str,
        req: RequirementProgress,
        unit: str,
        lang: Lang,
    ) -> None:
        if unit == "hours":
            bar = self._bar(req.counted_minutes, req.min_minutes)
            bar.setFormat(self._of_hours(req.counted_minutes, req.min_minutes, lang))
            missing = self.tr("nog %1").replace("%1", hours_label(req.missing_minutes, lang))
            caption = req.label(lang)
            status = self._status(
                req.hours_status, missing, self._planned_hours(req.planned_minutes, lang)
            )
        else:
            bar = self._bar(req.sessions, req.min_sessions)
            bar.setFormat(
                self.tr("%1 van %2 bijeenkomsten")
                .replace("%1", str(req.sessions))
                .replace("%2", str(req.min_sessions))
            )
            missing = self.tr("nog %1").replace("%1", str(req.missing_sessions))
            caption = self.tr("%1 (bijeenkomsten)").replace("%1", req.label(lang))
            planned = (
                self.tr("%1 gepland").replace("%1", str(req.planned_sessions))
                if req.planned_sessions
                else ""
            )
            status = self._status(req.sessions_status, missing, planned)
        self._place(grid, row, (rule_set_code, req.code, unit), caption, bar, status)

    def _place(
        self,
        grid: QGridLayout,
        row: int,
        key: tuple[str, str, str],
        caption: str,
        bar: QProgressBar,
        status: QLabel,
    ) -> None:
        bar.setAccessibleName(caption)
        bar.setAccessibleDescription(f"{bar.format()}; {status.text()}")
        label = QLabel(caption)
        label.setBuddy(bar)
        # The status on its own line under the bar, wrapping when it must, so a long status
        # ("nog 10 u · achter op schema · 6 u gepland") never squeezes the bar.
        status.setWordWrap(True)
        cell = QWidget()
        stack = QVBoxLayout(cell)
        stack.setContentsMargins(0, 0, 0, 0)
        stack.setSpacing(1)
        stack.addWidget(bar)
        stack.addWidget(status)
        grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(cell, row, 1)
        self.lines[key] = ProgressLine(caption, bar, status)

    @staticmethod
    def _bar(value: int, minimum: int) -> QProgressBar:
        bar = QProgressBar()
        bar.setRange(0, max(minimum, 1))
        bar.setValue(min(value, max(minimum, 1)))
        bar.setTextVisible(True)
        bar.setMinimumWidth(BAR_MIN_WIDTH)
        return bar

    def _of_hours(self, counted: int, minimum: int, lang: Lang) -> str:
        return (
            self.tr("%1 van %2")
            .replace("%1", hours_label(counted, lang))
            .replace("%2", hours_label(minimum, lang))
        )

    def _planned_hours(self, minutes: int, lang: Lang) -> str:
        return self.tr("%1 gepland").replace("%1", hours_label(minutes, lang)) if minutes else ""

    def _notes(self, evaluation: Evaluation, lang: Lang) -> list[str]:
        """What the adviser needs to read the bars: the session minimum, caps, accreditation."""
        notes: list[str] = []
        rule_set = evaluation.rule_set
        if any(r.min_sessions for r in evaluation.requirements):
            notes.append(
                self.tr("Een bijeenkomst telt mee vanaf %1 minuten.").replace(
                    "%1", str(rule_set.min_session_minutes)
                )
            )
        for req in evaluation.requirements:
            part = req.label(lang).lower()
            if req.yearly_cap_minutes is not None:
                text = (
                    self.tr("Voor %1 telt per kalenderjaar hoogstens %2 mee.")
                    if rule_set.cap_year == "calendar_year" or rule_set.period == "year"
                    else self.tr("Voor %1 telt per cyclusjaar hoogstens %2 mee.")
                )
                cap = hours_label(req.yearly_cap_minutes, lang)
                notes.append(text.replace("%1", part).replace("%2", cap))
            if req.unaccredited_minutes:
                hours = hours_label(req.unaccredited_minutes, lang)
                notes.append(
                    self.tr("%1 zonder accreditatie telt niet mee voor %2.")
                    .replace("%1", hours)
                    .replace("%2", part)
                )
            if req.short_sessions == 1:
                notes.append(self.tr("1 bijeenkomst was te kort om als bijeenkomst te tellen."))
            elif req.short_sessions:
                notes.append(
                    self.tr("%1 bijeenkomsten waren te kort om als bijeenkomst te tellen.").replace(
                        "%1", str(req.short_sessions)
                    )
                )
        return notes

    def _status(self, status: str, missing: str, planned: str = "") -> QLabel:
        if status == "met":
            text, style = self.tr("behaald"), _GOOD
        elif status == "not_met":
            text, style = self.tr("niet behaald"), _BEHIND
        elif status == "behind":
            text, style = self.tr("%1 · achter op schema").replace("%1", missing), _BEHIND
        else:
            text, style = missing, None
        if planned and status != "met":
            text = f"{text} · {planned}"
        label = QLabel(text)
        if style is not None:
            text_role(label, *style)
        label.setAccessibleName(label.text())
        return label
