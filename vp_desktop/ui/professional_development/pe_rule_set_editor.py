"""The numbers of one development standard, as the adviser edits them: minimum hours and
sessions, yearly caps and what they apply to, whether courses must be accredited, the total,
and how long a meeting must last to count as a session."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QWidget,
)

from vp_desktop.domain.hours import hours_label
from vp_desktop.domain.pe_rules import RuleSet
from vp_desktop.domain.vocab import Lang


def locale_for(lang: Lang) -> QLocale:
    """Numbers the way the adviser writes them: 1,25 in Dutch, 1.25 in English."""
    if lang == "nl":
        return QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


class HoursSpinBox(QDoubleSpinBox):
    """Hours in quarters (0,25 steps), written as everywhere else ("1 u", "2,5 u", "0,75 u"),
    with the adviser's decimal separator."""

    def __init__(self, lang: Lang, maximum_hours: float, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self.setLocale(locale_for(lang))
        self.setDecimals(2)
        self.setSingleStep(0.25)
        self.setRange(0, maximum_hours)
        self.setSuffix(" u" if lang == "nl" else " h")
        self.setGroupSeparatorShown(False)

    def textFromValue(self, value: float) -> str:
        # hours_label without its unit: the suffix shows that
        return hours_label(round(value * 60), self._lang).rsplit(" ", 1)[0]

    def minutes(self) -> int:
        return round(self.value() * 60)

    def set_minutes(self, minutes: int) -> None:
        self.setValue(minutes / 60)


def hours_box(lang: Lang, maximum_hours: float) -> QDoubleSpinBox:
    return HoursSpinBox(lang, maximum_hours)


class RuleSetEditor(QWidget):
    """The numbers of one standard; the structure and labels stay the preset's."""

    def __init__(self, preset: RuleSet, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preset = preset
        self._lang = lang
        grid = QGridLayout(self)
        headers = (
            self.tr("Onderdeel"),
            self.tr("Minimum"),
            self.tr("Bijeenkomsten"),
            self.tr("Telt hoogstens per jaar"),
            self.tr("Alleen geaccrediteerd"),
        )
        for column, text in enumerate(headers):
            grid.addWidget(QLabel(f"<b>{text}</b>"), 0, column)
        self.minimums: dict[str, QDoubleSpinBox] = {}
        self.sessions: dict[str, QSpinBox] = {}
        self.caps: dict[str, QDoubleSpinBox] = {}
        self.accredited: dict[str, QCheckBox] = {}
        for row, req in enumerate(preset.requirements, start=1):
            label = req.label(lang)
            minimum = hours_box(lang, 1000)
            minimum.setAccessibleName(self.tr("Minimum uren voor %1").replace("%1", label))
            sessions = QSpinBox()
            sessions.setRange(0, 100)
            sessions.setAccessibleName(
                self.tr("Minimum bijeenkomsten voor %1").replace("%1", label)
            )
            cap = hours_box(lang, 1000)
            cap.setSpecialValueText(self.tr("geen maximum"))
            cap.setAccessibleName(self.tr("Jaarmaximum voor %1").replace("%1", label))
            accredited = QCheckBox()
            accredited.setAccessibleName(
                self.tr("Alleen geaccrediteerde activiteiten tellen voor %1").replace("%1", label)
            )
            for column, widget in enumerate((QLabel(label), minimum, sessions, cap, accredited)):
                grid.addWidget(widget, row, column)
            self.minimums[req.code] = minimum
            self.sessions[req.code] = sessions
            self.caps[req.code] = cap
            self.accredited[req.code] = accredited
        row = len(preset.requirements) + 1
        self.total = hours_box(lang, 1000)
        self.total.setSpecialValueText(self.tr("geen"))
        self.total.setAccessibleName(self.tr("Minimum uren in totaal"))
        grid.addWidget(QLabel(self.tr("Totaal")), row, 0)
        grid.addWidget(self.total, row, 1)

        self.cap_year = QComboBox()
        self.cap_year.addItem(self.tr("per cyclusjaar (vanaf de startdatum)"), "cycle_year")
        self.cap_year.addItem(self.tr("per kalenderjaar"), "calendar_year")
        self.cap_year.setAccessibleName(self.tr("Het jaarmaximum geldt"))
        self.cap_year.setEnabled(preset.period == "cycle")
        self.session_minutes = QSpinBox()
        self.session_minutes.setRange(1, 600)
        self.session_minutes.setSingleStep(15)
        self.session_minutes.setSuffix(self.tr(" minuten"))
        self.session_minutes.setAccessibleName(self.tr("Een bijeenkomst telt vanaf"))
        options = QFormLayout()
        options.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        for caption, widget in (
            (self.tr("Het jaarmaximum geldt"), self.cap_year),
            (self.tr("Een bijeenkomst telt vanaf"), self.session_minutes),
        ):
            caption_label = QLabel(caption + ":")
            caption_label.setBuddy(widget)
            options.addRow(caption_label, widget)
        grid.addLayout(options, row + 1, 0, 1, 5)
        self.reset_button = QPushButton(self.tr("Standaardwaarden"))
        self.reset_button.setAccessibleName(self.tr("Standaardwaarden van deze norm"))
        self.reset_button.clicked.connect(lambda: self.set_rule_set(self.preset))
        grid.addWidget(self.reset_button, row + 2, 4)
        grid.setColumnStretch(0, 1)

    def set_rule_set(self, rule_set: RuleSet) -> None:
        for req in rule_set.requirements:
            if req.code in self.minimums:
                self.minimums[req.code].setValue(req.min_minutes / 60)
                self.sessions[req.code].setValue(req.min_sessions)
                self.caps[req.code].setValue((req.yearly_cap_minutes or 0) / 60)
                self.accredited[req.code].setChecked(req.accredited_only)
        self.total.setValue(rule_set.total_min_minutes / 60)
        self.cap_year.setCurrentIndex(max(self.cap_year.findData(rule_set.cap_year), 0))
        self.session_minutes.setValue(rule_set.min_session_minutes)

    def rule_set(self) -> RuleSet:
        """The preset with the numbers on screen (structure and labels stay the preset's)."""
        requirements = tuple(
            dataclasses.replace(
                req,
                min_minutes=round(self.minimums[req.code].value() * 60),
                min_sessions=self.sessions[req.code].value(),
                yearly_cap_minutes=round(self.caps[req.code].value() * 60) or None,
                accredited_only=self.accredited[req.code].isChecked(),
            )
            for req in self.preset.requirements
        )
        calendar = self.cap_year.currentData() == "calendar_year"
        return dataclasses.replace(
            self.preset,
            requirements=requirements,
            total_min_minutes=round(self.total.value() * 60),
            cap_year="calendar_year" if calendar else "cycle_year",
            min_session_minutes=self.session_minutes.value(),
        )
