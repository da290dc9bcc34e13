"""Settings: how the app works, what the annual report shows, and the adviser's own details.

Everything here is stored inside the vault (services.settings). Problems are shown next to their
field and nothing is saved until all is well.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from vp_desktop.domain.disclosure import MAX_THRESHOLD, MIN_THRESHOLD
from vp_desktop.services import settings as settings_service
from vp_desktop.services.casework import destroy_by
from vp_desktop.services.errors import ValidationError
from vp_desktop.services.settings import Settings
from vp_desktop.store.errors import VaultError
from vp_desktop.ui.shared.code_pickers import lang_of
from vp_desktop.ui.shared.error_texts import vault_error_text
from vp_desktop.ui.shared.field_messages import FieldMessages
from vp_desktop.ui.shared.style import HEADING, Role, apply_style, text_role
from vp_desktop.ui.shared.wording import count_text
from vp_desktop.ui.shell.changes import DataKind
from vp_desktop.ui.shell.section import Section
from vp_desktop.ui.shell.workspace import Workspace

PROFILE_FIELDS = (
    "adviser_name",
    "registration_number",
    "adviser_email",
    "adviser_phone",
    "practice_name",
)
NUMBER_FIELDS = {  # field: (lowest, highest)
    "auto_lock_minutes": (1, 240),
    "clipboard_clear_seconds": (0, 600),
    "backup_reminder_days": (1, 365),
    "disclosure_threshold": (MIN_THRESHOLD, MAX_THRESHOLD),
    "retention_months": (1, 120),
}
SWITCH_FIELDS = ("report_gender", "report_age")
EDITABLE_FIELDS = ("language", *NUMBER_FIELDS, *SWITCH_FIELDS, *PROFILE_FIELDS)


class SettingsSection(Section):
    key = "settings"
    depends_on = DataKind.SETTINGS

    #: the settings as saved (the main window applies language and auto-lock)
    settings_saved = Signal(object)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._saved: dict[str, Any] = {}
        self.messages = FieldMessages(lang_of(workspace))

        self.language = QComboBox()
        self.language.addItem("Nederlands", "nl")
        self.language.addItem("English", "en")
        self.numbers: dict[str, QSpinBox] = {}
        for name, (low, high) in NUMBER_FIELDS.items():
            spin = QSpinBox()
            spin.setRange(low, high)
            spin.setMinimumWidth(140)
            self.numbers[name] = spin
        self.numbers["auto_lock_minutes"].setSuffix(self.tr(" min"))
        self.numbers["clipboard_clear_seconds"].setSuffix(self.tr(" s"))
        self.numbers["clipboard_clear_seconds"].setSpecialValueText(self.tr("bij vergrendelen"))
        self.numbers["backup_reminder_days"].setSuffix(self.tr(" dagen"))
        self.numbers["retention_months"].setSuffix(self.tr(" maanden"))
        self.numbers["retention_months"].valueChanged.connect(self._month_suffix)
        self.numbers["backup_reminder_days"].valueChanged.connect(self._day_suffix)
        self.switches = {
            "report_gender": QCheckBox(self.tr("Geslacht van melders opnemen")),
            "report_age": QCheckBox(self.tr("Leeftijdsgroep van melders opnemen")),
        }
        self.texts = {name: QLineEdit() for name in PROFILE_FIELDS}
        for edit in self.texts.values():
            edit.setMinimumWidth(360)
        self.language.setMinimumWidth(140)
        self.texts["adviser_email"].setPlaceholderText(self.tr("naam@voorbeeld.nl"))

        labels = {
            "language": self.tr("&Taal"),
            "auto_lock_minutes": self.tr("Automatisch &vergrendelen na"),
            "clipboard_clear_seconds": self.tr("&Klembord wissen na"),
            "backup_reminder_days": self.tr("Herinnering aan &back-up na"),
            "disclosure_threshold": self.tr("&Drempel voor kleine aantallen"),
            "retention_months": self.tr("Dossier &bewaren na sluiten"),
            "adviser_name": self.tr("&Naam"),
            "registration_number": self.tr("&Registratienummer"),
            "adviser_email": self.tr("&E-mail"),
            "adviser_phone": self.tr("Tele&foon"),
            "practice_name": self.tr("Naam van de &praktijk"),
        }
        widgets: dict[str, QWidget] = {
            "language": self.language,
            **self.numbers,
            **self.switches,
            **self.texts,
        }
        for switch in self.switches.values():
            switch.setAccessibleName(switch.text())
        for name, widget in widgets.items():
            if name in labels:
                widget.setAccessibleName(labels[name].replace("&", ""))

        def form(title: str, names: tuple[str, ...], note: str = "") -> QGroupBox:
            box = QGroupBox(title)
            layout = QFormLayout(box)
            layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
            layout.setContentsMargins(16, 12, 16, 12)
            layout.setVerticalSpacing(8)
            if note:
                hint = QLabel(note)
                hint.setWordWrap(True)
                text_role(hint, Role.MUTED)
                layout.addRow(hint)
            for name in names:
                widget = widgets[name]
                if name in labels:
                    layout.addRow(labels[name], widget)
                else:
                    layout.addRow(widget)
                layout.addRow("", self.messages.add(name, widget.accessibleName(), box))
            return box

        work = form(
            self.tr("Werkwijze"),
            ("language", "auto_lock_minutes", "clipboard_clear_seconds", "backup_reminder_days"),
        )
        report = form(
            self.tr("Jaarverslag en bewaren"),
            ("disclosure_threshold", "retention_months", *SWITCH_FIELDS),
            self.tr(
                "Aantallen onder de drempel staan in het jaarverslag als “minder dan”, zodat "
                "niemand een melder herkent."
            ),
        )
        profile = form(
            self.tr("Uw gegevens"),
            PROFILE_FIELDS,
            self.tr("Deze gegevens staan op het voorblad van het jaarverslag."),
        )

        self.save_button = QPushButton(self.tr("Opslaan"))
        self.save_button.setAccessibleName(self.tr("Instellingen opslaan"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save_changes)
        self.revert_button = QPushButton(self.tr("Wijzigingen ongedaan maken"))
        self.revert_button.setAccessibleName(self.tr("Wijzigingen ongedaan maken"))
        self.revert_button.clicked.connect(self.discard_changes)
        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Status van de instellingen"))
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)

        heading = QLabel(self.title())
        apply_style(heading, HEADING)
        body = QWidget()
        body.setMaximumWidth(720)
        column = QVBoxLayout(body)
        column.setContentsMargins(24, 20, 24, 24)
        column.setSpacing(16)
        column.addWidget(heading)
        for box in (work, report, profile):
            column.addWidget(box)
        column.addLayout(buttons)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

        self.language.currentIndexChanged.connect(self._edited)
        for spin in self.numbers.values():
            spin.valueChanged.connect(self._edited)
        for box_ in self.switches.values():
            box_.toggled.connect(self._edited)
        for edit in self.texts.values():
            edit.textEdited.connect(self._edited)
        self.refresh()

    def _month_suffix(self, months: int) -> None:
        spin = self.numbers["retention_months"]
        spin.setSuffix(self.tr(" maand") if months == 1 else self.tr(" maanden"))

    def _day_suffix(self, days: int) -> None:
        spin = self.numbers["backup_reminder_days"]
        spin.setSuffix(self.tr(" dag") if days == 1 else self.tr(" dagen"))

    def title(self) -> str:
        return self.tr("Instellingen")

    # -- form <-> values ---------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        values: dict[str, Any] = {"language": self.language.currentData()}
        values.update({name: spin.value() for name, spin in self.numbers.items()})
        values.update({name: box.isChecked() for name, box in self.switches.items()})
        values.update({name: edit.text().strip() for name, edit in self.texts.items()})
        return values

    def set_values(self, values: dict[str, Any]) -> None:
        widgets = [self.language, *self.numbers.values(), *self.switches.values()]
        for widget in widgets:
            widget.blockSignals(True)
        try:
            if "language" in values:
                self.language.setCurrentIndex(max(0, self.language.findData(values["language"])))
            for name, spin in self.numbers.items():
                if name in values:
                    spin.setValue(int(values[name]))
            for name, box in self.switches.items():
                if name in values:
                    box.setChecked(bool(values[name]))
            for name, edit in self.texts.items():
                if name in values:
                    edit.setText(str(values[name]))
        finally:
            for widget in widgets:
                widget.blockSignals(False)
        self._edited()

    def _say(self, text: str, *, ok: bool) -> None:
        text_role(self.status, Role.SUCCESS if ok else Role.ERROR)
        self.status.setText(text)

    def _edited(self) -> None:
        dirty = self.has_unsaved_changes()
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)
        if dirty:
            self.status.clear()

    # -- Section contract ----------------------------------------------------------------------

    def refresh(self) -> None:
        if not self._workspace.is_open or self.has_unsaved_changes():
            return  # never overwrite what the adviser is typing
        settings = self._workspace.settings()
        self._saved = {name: getattr(settings, name) for name in EDITABLE_FIELDS}
        self.set_values(self._saved)

    def has_unsaved_changes(self) -> bool:
        return bool(self._saved) and self.values() != self._saved

    def save_changes(self) -> bool:
        self.messages.clear()
        values = self.values()
        try:
            with self._workspace.transaction() as session:
                saved = settings_service.update(session, **values)
        except ValidationError as error:
            unplaced = self.messages.show(error)
            self._say("\n".join(p.describe(self.messages.lang) for p in unplaced), ok=False)
            if not unplaced:
                self._say(self.tr("Niet opgeslagen: verbeter wat hierboven staat."), ok=False)
            return False
        except VaultError as error:
            self._say(vault_error_text(error), ok=False)
            return False
        retention_changed = self._saved.get("retention_months") not in (
            None,
            saved.retention_months,
        )
        self._saved = {name: getattr(saved, name) for name in EDITABLE_FIELDS}
        self._edited()
        self._say(self.tr("Opgeslagen."), ok=True)
        if retention_changed:
            self._offer_retention(saved.retention_months)
        self.settings_saved.emit(saved)
        self.announce(DataKind.SETTINGS)
        return True

    def _offer_retention(self, months: int) -> None:
        """A new retention period counts for cases closed from now on; offer it to the closed
        cases that still hold their file (a date set by hand with a reason stays)."""
        vault = self._workspace.vault
        if vault is None:
            return
        count = destroy_by.closed_cases_to_update(vault, months)
        if not count:
            return
        if self._workspace.prompts.confirm(
            self.tr("Nieuwe bewaartermijn"),
            count_text(
                count,
                self.tr(
                    "Wilt u de nieuwe bewaartermijn ook toepassen op de gesloten casus die nog "
                    "niet is vernietigd? De vernietigingsdatum wordt dan de sluitdatum plus de "
                    "nieuwe termijn."
                ),
                self.tr(
                    "Wilt u de nieuwe bewaartermijn ook toepassen op de %1 gesloten casussen die "
                    "nog niet zijn vernietigd? Hun vernietigingsdatum wordt dan de sluitdatum "
                    "plus de nieuwe termijn."
                ),
            ),
        ):
            changed = destroy_by.apply_retention(vault, months)
            self._say(
                count_text(
                    changed,
                    self.tr("Opgeslagen. Eén vernietigingsdatum is aangepast."),
                    self.tr("Opgeslagen. %1 vernietigingsdatums zijn aangepast."),
                ),
                ok=True,
            )

    def discard_changes(self) -> None:
        self.messages.clear()
        self.set_values(self._saved)

    def take_draft(self) -> dict[str, Any] | None:
        return {"values": self.values()} if self.has_unsaved_changes() else None

    def restore_draft(self, draft: dict[str, Any]) -> None:
        values = draft.get("values")
        if isinstance(values, dict):
            self.set_values({k: v for k, v in values.items() if k in EDITABLE_FIELDS})

    def clear(self) -> None:
        self.messages.clear()
        self._saved = {}
        self.set_values(dataclasses.asdict(Settings()) | dict.fromkeys(PROFILE_FIELDS, ""))
        self.status.clear()
