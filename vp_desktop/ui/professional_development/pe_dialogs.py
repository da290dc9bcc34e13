"""Dialogs of the professional-development section: one activity, and the standards that apply.

Like the other forms, each dialog stores itself (`save()`, also behind its Save button), so tests
drive it without `exec()`.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from vp_desktop.domain.messages import message
from vp_desktop.domain.pe_rules import PRESETS, RuleSet
from vp_desktop.domain.vocab import PE_KINDS
from vp_desktop.services import settings as settings_service
from vp_desktop.services.errors import NotFound, ValidationError
from vp_desktop.services.professional_development import pe as pe_service
from vp_desktop.services.professional_development import pe_progress
from vp_desktop.services.professional_development.pe import MAX_PE_MINUTES, PeData
from vp_desktop.store.errors import VaultError
from vp_desktop.ui.professional_development.pe_rule_set_editor import HoursSpinBox, RuleSetEditor
from vp_desktop.ui.shared.code_pickers import CodeCombo, DateEdit, lang_of
from vp_desktop.ui.shared.error_texts import vault_error_text
from vp_desktop.ui.shared.field_messages import FieldMessages, InlineMessage
from vp_desktop.ui.shell.workspace import Workspace


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
    )
    save = buttons.button(QDialogButtonBox.StandardButton.Save)
    save.setText(QCoreApplication.translate("PeDialogs", "Opslaan"))
    cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
    cancel.setText(QCoreApplication.translate("PeDialogs", "Annuleren"))
    for button in buttons.buttons():
        button.setAccessibleName(button.text())
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class PeActivityDialog(QDialog):
    """Adding or changing one development activity."""

    #: the activity was stored (its id)
    saved = Signal(int)

    def __init__(
        self,
        workspace: Workspace,
        activity_id: int | None,
        today: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._activity_id = activity_id
        self._lang = lang_of(workspace)
        self._today = today
        self.messages = FieldMessages(self._lang)
        self.setWindowTitle(
            self.tr("Nieuwe activiteit") if activity_id is None else self.tr("Activiteit")
        )
        self.setAccessibleName(self.windowTitle())
        self._build()
        if activity_id is None:
            self.occurred_on.set_date(today)
        else:
            self._load(activity_id)

    def _build(self) -> None:
        self.kind = CodeCombo(PE_KINDS, self._lang, optional=False)
        self.occurred_on = DateEdit()
        self.hours = HoursSpinBox(self._lang, MAX_PE_MINUTES / 60)
        self.hours.setValue(1)
        self.provider = QLineEdit()
        self.provider.setPlaceholderText(self.tr("bijv. opleider of intervisiegroep"))
        self.accreditation_number = QLineEdit()
        self.accredited = QCheckBox(self.tr("geaccrediteerd (ook zonder nummer)"))
        self.accredited.setAccessibleName(self.tr("Geaccrediteerd"))
        self.theme = QLineEdit()
        self.theme.setPlaceholderText(self.tr("waar ging het over?"))
        form = QFormLayout()
        for field, label, widget in (
            ("kind", PE_KINDS.title(self._lang), self.kind),
            ("occurred_on", self.tr("Datum"), self.occurred_on),
            ("minutes", self.tr("Uren"), self.hours),
            ("provider", self.tr("Aanbieder of groep"), self.provider),
            ("accreditation_number", self.tr("Accreditatienummer"), self.accreditation_number),
            ("theme", self.tr("Thema"), self.theme),
        ):
            self.messages.add_row(form, field, label, widget)
        # Under the number it belongs to, without a caption of its own.
        form.insertRow(form.rowCount() - 1, "", self.accredited)
        self.messages.watch_date("occurred_on", self.occurred_on)
        # A date after today is welcome: the activity is planned and counts once it is done.
        self.planned_hint = QLabel(
            self.tr("Deze datum ligt in de toekomst: de activiteit staat als gepland in het "
                    "overzicht en telt mee zodra de datum voorbij is.")
        )  # fmt: skip
        self.planned_hint.setWordWrap(True)
        self.planned_hint.setAccessibleName(self.tr("Geplande activiteit"))
        self.planned_hint.hide()
        form.addRow(self.planned_hint)
        self.problem = InlineMessage(self.tr("Melding bij activiteit"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(_buttons(self))
        self.setMinimumWidth(460)
        self.occurred_on.date_changed.connect(self._date_changed)

    def _date_changed(self) -> None:
        on = self.occurred_on.date()
        planned = on is not None and on > self._today
        if planned != self.planned_hint.isVisibleTo(self):
            self.planned_hint.setVisible(planned)
            self._fit_height()

    def _fit_height(self) -> None:
        """Grow (or shrink back) with the hint, so the buttons never cover its last lines."""
        if not self.isVisible():
            return  # showing sizes the dialog to its layout anyway
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        width = self.width()
        needed = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else -1
        if needed < 0:
            needed = layout.totalSizeHint().height()
        self.resize(width, max(needed, layout.totalMinimumSize().height()))

    def _load(self, activity_id: int) -> None:
        with self._workspace.session() as session:
            data = PeData.of(pe_service.get_pe_activity(session, activity_id))
        self.set_data(data)

    def set_data(self, data: PeData) -> None:
        self.kind.set_code(data.kind)
        self.occurred_on.set_date(data.occurred_on)
        self.hours.set_minutes(data.minutes)
        self.provider.setText(data.provider or "")
        self.accreditation_number.setText(data.accreditation_number or "")
        self.accredited.setChecked(data.accredited)
        self.theme.setText(data.theme or "")
        self._date_changed()

    def data(self) -> PeData | None:
        """What the form says; None while the date is empty (`save` says so)."""
        occurred_on = self.occurred_on.date()
        if occurred_on is None:
            return None
        return PeData(
            kind=self.kind.code() or "",
            occurred_on=occurred_on,
            minutes=self.hours.minutes(),
            provider=self.provider.text(),
            accreditation_number=self.accreditation_number.text(),
            theme=self.theme.text(),
            accredited=self.accredited.isChecked(),
        )

    @property
    def activity_id(self) -> int | None:
        return self._activity_id

    def save(self) -> int | None:
        """Store the activity; its id, or None when refused (the messages say why)."""
        if not self.messages.begin_save(self.problem):
            return None
        data = self.data()
        if data is None:
            self.messages.say("occurred_on", [message("required", self._lang)])
            return None

        def write(session: Session) -> int:
            if self._activity_id is None:
                return pe_service.add_pe_activity(session, data).id
            return pe_service.update_pe_activity(session, self._activity_id, data).id

        activity_id = self.messages.store(self._workspace, write, self.problem)
        if activity_id is None:
            return None
        self._activity_id = activity_id
        self.saved.emit(activity_id)
        return activity_id

    def accept(self) -> None:
        if self.save() is not None:
            super().accept()


class RuleSetDialog(QDialog):
    """Which standards apply, when the cycle started, and their numbers."""

    saved = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._lang = lang_of(workspace)
        self.messages = FieldMessages(self._lang)
        self.setWindowTitle(self.tr("Normen voor deskundigheidsbevordering"))
        self.setAccessibleName(self.windowTitle())
        self._build()
        self._load()

    def _build(self) -> None:
        lang = self._lang
        intro = QLabel(
            self.tr(
                "Kies de normen waaraan u moet voldoen. U kunt de aantallen aanpassen als uw "
                "register andere regels hanteert."
            )
        )
        intro.setWordWrap(True)
        self.choices: dict[str, QCheckBox] = {}
        self.editors: dict[str, RuleSetEditor] = {}
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Aantallen per norm"))
        choices = QVBoxLayout()
        for code, preset in PRESETS.items():
            box = QCheckBox(preset.label(lang))
            box.setAccessibleName(preset.label(lang))
            self.choices[code] = box
            choices.addWidget(box)
        choices.addWidget(self.messages.add("rule_sets", self.tr("Normen")))
        self.cycle_start = DateEdit()
        self.cycle_start.setAccessibleName(self.tr("Startdatum van uw cyclus"))
        self.messages.watch_date("cycle_start", self.cycle_start)
        caption = QLabel(self.tr("Startdatum van uw cyclus") + ":")
        caption.setBuddy(self.cycle_start)
        cycle = QHBoxLayout()
        cycle.addWidget(caption)
        cycle.addWidget(self.cycle_start)
        cycle.addStretch(1)
        # Created after the choices and the date, so Tab visits them in reading order.
        for code, preset in PRESETS.items():
            self.editors[code] = RuleSetEditor(preset, lang)
            self.tabs.addTab(self.editors[code], preset.label(lang))
        self.problem = InlineMessage(self.tr("Melding bij normen"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(choices)
        layout.addLayout(cycle)
        layout.addWidget(self.messages.add("cycle_start", self.tr("Startdatum van uw cyclus")))
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.problem)
        layout.addWidget(_buttons(self))
        self.setMinimumWidth(820)

    def _load(self) -> None:
        with self._workspace.session() as session:
            setup = pe_progress.load_setup(session)
            stored_edits = settings_service.load(session).pe_custom_rules
        chosen = {r.code for r in setup.rule_sets}
        for code, box in self.choices.items():
            box.setChecked(code in chosen)
        for code, editor in self.editors.items():
            # Edits of standards not chosen now still show, so ticking one back loses nothing.
            edited = next((r for r in setup.rule_sets if r.code == code), None)
            if edited is None and code in stored_edits:
                edited = _rule_set_or_none(stored_edits[code])
            editor.set_rule_set(edited or PRESETS[code])
        self.cycle_start.set_date(setup.cycle_start)

    def chosen_codes(self) -> list[str]:
        return [code for code, box in self.choices.items() if box.isChecked()]

    def save(self) -> bool:
        if not self.messages.begin_save(self.problem):
            return False
        edits = {code: editor.rule_set().to_dict() for code, editor in self.editors.items()}
        try:
            with self._workspace.transaction() as session:
                pe_progress.save_rule_set_choice(
                    session, self.chosen_codes(), self.cycle_start.date(), edits
                )
        except ValidationError as error:
            self.messages.show_all(error, self.problem)
            return False
        except (NotFound, VaultError) as error:
            self.problem.say(vault_error_text(error))
            return False
        self.saved.emit()
        return True

    def accept(self) -> None:
        if self.save():
            super().accept()


def _rule_set_or_none(data: object) -> RuleSet | None:
    try:
        return RuleSet.from_dict(data)
    except ValueError:
        return None
