"""The client form's part about the adviser's own development and credentials: the
organisation's own PE norm (hours a year, intervision sessions) and whether its contract asks
for a certificate of conduct (VOG), and how recent it must be."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QCheckBox, QFormLayout, QSpinBox, QWidget

from vp_desktop.domain.vocab import Lang
from vp_desktop.services.clients.clients import ClientData
from vp_desktop.ui.professional_development.pe_rule_set_editor import HoursSpinBox
from vp_desktop.ui.shared.field_messages import FieldMessages


class ClientPeFields(QObject):
    """Fields added to a client form; empty (0) means the organisation asks nothing extra."""

    def __init__(self, lang: Lang, parent: QWidget) -> None:
        super().__init__(parent)
        self.norm_hours = HoursSpinBox(lang, 1000)
        self.norm_hours.setSpecialValueText(self.tr("geen eigen norm"))
        self.norm_sessions = QSpinBox()
        self.norm_sessions.setRange(0, 100)
        self.norm_sessions.setSpecialValueText(self.tr("geen eigen norm"))
        self.vog_required = QCheckBox(self.tr("het contract vraagt een VOG"))
        self.vog_months = QSpinBox()
        self.vog_months.setRange(0, 120)
        self.vog_months.valueChanged.connect(self._months_suffix)
        self._months_suffix(0)
        self.vog_months.setSpecialValueText(self.tr("geen termijn"))
        self.vog_months.setEnabled(False)
        self.vog_required.toggled.connect(self.vog_months.setEnabled)

    def _months_suffix(self, value: int) -> None:
        self.vog_months.setSuffix(self.tr(" maand") if value == 1 else self.tr(" maanden"))

    def add_rows(self, messages: FieldMessages, form: QFormLayout) -> None:
        for field, label, widget in (
            ("pe_norm_minutes", self.tr("Eigen norm: uren per jaar"), self.norm_hours),
            (
                "pe_norm_sessions",
                self.tr("Eigen norm: intervisiebijeenkomsten"),
                self.norm_sessions,
            ),
            ("vog_required", self.tr("Verklaring omtrent het gedrag"), self.vog_required),
            ("vog_max_age_months", self.tr("VOG hoogstens zo oud"), self.vog_months),
        ):
            messages.add_row(form, field, label, widget)

    def set_from(self, data: ClientData) -> None:
        self.norm_hours.set_minutes(data.pe_norm_minutes or 0)
        self.norm_sessions.setValue(data.pe_norm_sessions or 0)
        self.vog_required.setChecked(data.vog_required)
        self.vog_months.setValue(data.vog_max_age_months or 0)

    def apply(self, data: ClientData) -> ClientData:
        """`data` with these fields filled in from the form."""
        return dataclasses.replace(
            data,
            pe_norm_minutes=self.norm_hours.minutes() or None,
            pe_norm_sessions=self.norm_sessions.value() or None,
            vog_required=self.vog_required.isChecked(),
            vog_max_age_months=(self.vog_months.value() or None)
            if self.vog_required.isChecked()
            else None,
        )
