"""Input widgets for vocabulary codes and Dutch dates, shared by the case, contact, activity and
client forms.

Labels always come from `vp_desktop.domain.vocab`, so the forms say the same words as the reports.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence

from PySide6.QtCore import QDate, QPoint, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCalendarWidget,
    QComboBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QWidget,
)

from vp_desktop.domain.vocab import Lang, Term, Vocabulary
from vp_desktop.ui.shell.workspace import Workspace

EMPTY_CHOICE = "—"
DATE_FORMAT = "%d-%m-%Y"
_DATE_INPUT = re.compile(r"^\s*(\d{1,2})[-/.\s](\d{1,2})[-/.\s](\d{4})\s*$")
_DATE_DIGITS = re.compile(r"^\s*(\d{2})(\d{2})(\d{4})\s*$")


def lang_of(workspace: Workspace) -> Lang:
    """The language of vocabulary labels: the adviser's setting, Dutch while locked."""
    if not workspace.is_open:
        return "nl"
    return "en" if workspace.settings().language == "en" else "nl"


def format_date(value: dt.date | None) -> str:
    """dd-mm-jjjj, the way Dutch advisers write dates; empty for no date."""
    # Not strftime: under PySide6 every strftime call passes through shiboken's import hook,
    # which made formatting the dates of 10,000 listed cases take a tenth of a second.
    return f"{value.day:02d}-{value.month:02d}-{value.year:04d}" if value else ""


def parse_date(text: str) -> dt.date | None:
    """Read dd-mm-jjjj (also with / or . and without leading zeros, or as ddmmjjjj).

    Raises ValueError for text that is not a real date; empty text is no date.
    """
    if not text.strip():
        return None
    match = _DATE_INPUT.match(text) or _DATE_DIGITS.match(text)
    if match is None:
        raise ValueError(f"not a date: {text!r}")
    day, month, year = (int(part) for part in match.groups())
    return dt.date(year, month, day)


class CodeCombo(QComboBox):
    """One code of a vocabulary, with an empty choice "—" when the field is optional."""

    code_changed = Signal()

    def __init__(
        self,
        vocabulary: Vocabulary,
        lang: Lang,
        *,
        optional: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._vocabulary = vocabulary
        self._lang = lang
        self._optional = optional
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(12)
        self.set_terms(vocabulary.terms)
        self.currentIndexChanged.connect(lambda _index: self.code_changed.emit())

    def set_terms(self, terms: Iterable[Term]) -> None:
        """Offer only these terms (e.g. one track's categories); keeps the choice if offered."""
        keep = self.code()
        self.blockSignals(True)
        self.clear()
        if self._optional:
            self.addItem(EMPTY_CHOICE, None)
        for term in terms:
            self.addItem(term.label(self._lang), term.code)
        self.blockSignals(False)
        self.set_code(keep)

    def code(self) -> str | None:
        value = self.currentData()
        return value if isinstance(value, str) else None

    def set_code(self, code: str | None) -> None:
        index = self.findData(code) if code is not None else (0 if self._optional else -1)
        if index < 0 and code is not None and code in self._vocabulary:
            # A stored code outside the offered terms stays visible rather than being dropped.
            self.addItem(self._vocabulary.label(code, self._lang), code)
            index = self.count() - 1
        self.setCurrentIndex(max(index, 0) if self.count() else -1)


class CodeChecklist(QListWidget):
    """Several codes of a vocabulary, as a list of check boxes."""

    codes_changed = Signal()

    def __init__(
        self, vocabulary: Vocabulary, lang: Lang, *, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._vocabulary = vocabulary
        self._lang = lang
        self.setUniformItemSizes(True)
        self.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.set_terms(vocabulary.terms)
        self.itemChanged.connect(lambda _item: self.codes_changed.emit())

    def set_terms(self, terms: Iterable[Term]) -> None:
        """Offer these terms; checked codes that are no longer offered are dropped."""
        keep = set(self.codes())
        self.blockSignals(True)
        self.clear()
        for term in terms:
            item = QListWidgetItem(term.label(self._lang), self)
            item.setToolTip(term.label(self._lang))  # whole, where a narrow list shortens it
            item.setData(Qt.ItemDataRole.UserRole, term.code)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if term.code in keep else Qt.CheckState.Unchecked
            )
        self.blockSignals(False)
        self.setFixedHeight(self._fitting_height())

    def offered_codes(self) -> list[str]:
        return [self.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.count())]

    def codes(self) -> list[str]:
        return [
            self.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.count())
            if self.item(i).checkState() == Qt.CheckState.Checked
        ]

    def set_codes(self, codes: Sequence[str]) -> None:
        wanted = set(codes)
        self.blockSignals(True)
        for i in range(self.count()):
            item = self.item(i)
            checked = item.data(Qt.ItemDataRole.UserRole) in wanted
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.blockSignals(False)
        self.codes_changed.emit()

    def _fitting_height(self) -> int:
        # The practice's vocabularies are short enough to show whole, without a scroll bar.
        rows = max(1, min(self.count(), 12))
        return rows * self.sizeHintForRow(0) + 2 * self.frameWidth() + 2 if self.count() else 28


class DateEdit(QLineEdit):
    """A date typed as dd-mm-jjjj (or picked from a calendar); empty means no date.

    Unlike QDateEdit it can be empty, and text that is not a date stays as typed (`is_valid`
    turns False) so the form can say so instead of silently changing it.
    """

    date_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("dd-mm-jjjj"))
        self.setMaxLength(10)
        self.setClearButtonEnabled(True)
        # Wide enough for a date and the two buttons; a date field never needs to grow.
        self.setFixedWidth(self.fontMetrics().horizontalAdvance("00-00-00000") + 64)
        self._calendar: QCalendarWidget | None = None
        picker = QAction(
            self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowDown),
            self.tr("Kies een datum"),
            self,
        )
        picker.triggered.connect(self.show_calendar)
        self.addAction(picker, QLineEdit.ActionPosition.TrailingPosition)
        self.textChanged.connect(lambda _text: self.date_changed.emit())
        self.editingFinished.connect(self._normalise)

    def is_valid(self) -> bool:
        try:
            parse_date(self.text())
        except ValueError:
            return False
        return True

    def date(self) -> dt.date | None:
        """The date, or None when empty or not a date (check `is_valid` to tell them apart)."""
        try:
            return parse_date(self.text())
        except ValueError:
            return None

    def set_date(self, value: dt.date | None) -> None:
        self.setText(format_date(value))

    def show_calendar(self) -> None:
        if self._calendar is None:
            self._calendar = QCalendarWidget(self)
            self._calendar.setWindowFlags(Qt.WindowType.Popup)
            self._calendar.setAccessibleName(self.tr("Kalender"))
            self._calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
            self._calendar.setGridVisible(True)
            self._calendar.clicked.connect(self._pick)
            self._calendar.activated.connect(self._pick)
        current = self.date() or dt.date.today()
        self._calendar.setSelectedDate(QDate(current.year, current.month, current.day))
        self._calendar.move(self.mapToGlobal(QPoint(0, self.height())))
        self._calendar.show()
        self._calendar.setFocus()

    def _pick(self, picked: QDate) -> None:
        self.set_date(dt.date(picked.year(), picked.month(), picked.day()))
        if self._calendar is not None:
            self._calendar.hide()
        self.setFocus()

    def _normalise(self) -> None:
        value = self.date()
        if value is not None and self.text() != format_date(value):
            self.set_date(value)
