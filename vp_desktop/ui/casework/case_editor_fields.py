"""The fields of one case (everything of DOMAIN.md's case except contacts and attachments).

`CaseFields` builds the form pages the editor puts in its tabs and converts between the form, a
JSON-able state (for change tracking and drafts; dates stay as typed so nothing is lost) and the
service's `CaseData`.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from vp_desktop.domain import vocab
from vp_desktop.domain.messages import message
from vp_desktop.domain.vocab import Lang
from vp_desktop.services.casework.cases import IDENTIFYING_FIELDS, CaseData, ConsentData
from vp_desktop.ui.shared.code_pickers import CodeChecklist, CodeCombo, DateEdit, format_date
from vp_desktop.ui.shared.field_messages import FieldMessages

SINGLE_CODE_FIELDS = ("relation", "came_in_via", "melder_role", "gender", "age_band")
DATE_FIELDS = ("opened_on", "follow_up_on", "closed_on")
MULTI_CODE_FIELDS = ("categories", "support", "referrals")
_SHORT_TEXT_FIELDS = ("melder_name", "melder_alias", "department", "respondent_ref")


class ConsentRow:
    """One kind of consent: given or not, on which date, with a short note."""

    def __init__(self, kind: str, lang: Lang, parent: QWidget) -> None:
        self.kind = kind
        label = vocab.CONSENT_KINDS.label(kind, lang)
        self.given = QCheckBox(label, parent)
        self.given.setAccessibleName(label)
        self.given_on = DateEdit(parent)
        self.given_on.setAccessibleName(
            QCoreApplication.translate("CaseFields", "Datum toestemming: %1").replace("%1", label)
        )
        self.note = QLineEdit(parent)
        self.note.setPlaceholderText(
            QCoreApplication.translate("CaseFields", "Toelichting (optioneel)")
        )
        self.note.setAccessibleName(
            QCoreApplication.translate("CaseFields", "Toelichting: %1").replace("%1", label)
        )
        self.given.toggled.connect(self._given_toggled)
        self.given.clicked.connect(self._ticked)  # by the adviser only, never while loading
        self._given_toggled(False)

    def _ticked(self, given: bool) -> None:
        """Consent ticked now is consent given today, unless the adviser enters another day."""
        if given and not self.given_on.text().strip():
            self.given_on.set_date(dt.date.today())

    def _given_toggled(self, given: bool) -> None:
        self.given_on.setEnabled(given)
        self.note.setEnabled(given)

    def state(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "given": self.given.isChecked(),
            "given_on": self.given_on.text(),
            "note": self.note.text(),
        }

    def set_state(self, state: dict[str, Any]) -> None:
        self.given.setChecked(bool(state.get("given")))
        self.given_on.setText(str(state.get("given_on") or ""))
        self.note.setText(str(state.get("note") or ""))
        self._given_toggled(self.given.isChecked())


class CaseFields(QObject):
    """The widgets of a case's fields, arranged as pages, with their inline messages."""

    changed = Signal()

    def __init__(self, lang: Lang, parent: QWidget) -> None:
        super().__init__(parent)
        self.lang: Lang = lang
        self.messages = FieldMessages(lang)
        self._earlier_consents: list[dict[str, Any]] = []
        self.registration_page = self._build_registration()
        self.melder_page = self._build_melder()
        self.notes_page = self._build_notes()
        self.consent_page = self._build_consents()
        self.closure_widget = self._build_closure()
        self.track.code_changed.connect(self._track_changed)
        self._track_changed()
        self._connect_changes()

    # -- building ---------------------------------------------------------------------------

    def _row(self, form: QFormLayout, field: str, label: str, widget: QWidget) -> None:
        widget.setAccessibleName(label)
        box = QVBoxLayout()
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(widget)
        box.addWidget(self.messages.add(field, label))
        caption = QLabel(label + ":")
        caption.setBuddy(widget)
        form.addRow(caption, box)
        if isinstance(widget, DateEdit):
            self.messages.watch_date(field, widget)

    def _form(self) -> QFormLayout:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        return form

    def _scrolled(self, inner: QWidget) -> QScrollArea:
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setFrameShape(QScrollArea.Shape.NoFrame)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        area.setWidget(inner)
        return area

    def _build_registration(self) -> QScrollArea:
        lang = self.lang
        page = QWidget()
        form = self._form()
        self.opened_on = DateEdit()
        self.track = CodeCombo(vocab.TRACKS, lang, optional=False)
        self.categories = CodeChecklist(vocab.CATEGORIES, lang)
        self.relation = CodeCombo(vocab.RELATIONS, lang)
        self.came_in_via = CodeCombo(vocab.CAME_IN_VIA, lang)
        self.follow_up_on = DateEdit()
        self.support = CodeChecklist(vocab.SUPPORT, lang)
        self.referrals = CodeChecklist(vocab.REFERRALS, lang)
        self._row(form, "opened_on", self.tr("Geopend op"), self.opened_on)
        self._row(form, "track", vocab.TRACKS.title(lang), self.track)
        self._row(form, "categories", vocab.CATEGORIES.title(lang), self.categories)
        self._row(form, "relation", vocab.RELATIONS.title(lang), self.relation)
        self._row(form, "came_in_via", vocab.CAME_IN_VIA.title(lang), self.came_in_via)
        self._row(form, "follow_up_on", self.tr("Opvolgen op"), self.follow_up_on)
        self._row(form, "support", vocab.SUPPORT.title(lang), self.support)
        self._row(form, "referrals", vocab.REFERRALS.title(lang), self.referrals)
        outer = QVBoxLayout(page)
        outer.addLayout(form)
        outer.addStretch(1)
        return self._scrolled(page)

    def _build_melder(self) -> QScrollArea:
        lang = self.lang
        page = QWidget()
        outer = QVBoxLayout(page)
        about = self._form()
        self.melder_role = CodeCombo(vocab.MELDER_ROLES, lang)
        self.gender = CodeCombo(vocab.GENDERS, lang)
        self.age_band = CodeCombo(vocab.AGE_BANDS, lang)
        self._row(about, "melder_role", vocab.MELDER_ROLES.title(lang), self.melder_role)
        self._row(about, "gender", vocab.GENDERS.title(lang), self.gender)
        self._row(about, "age_band", vocab.AGE_BANDS.title(lang), self.age_band)
        outer.addLayout(about)
        group = QGroupBox(self.tr("Identificerende gegevens (optioneel; gewist bij vernietiging)"))
        identifying = self._form()
        group.setLayout(identifying)
        self.melder_name = QLineEdit()
        self.melder_alias = QLineEdit()
        self.melder_contact = QPlainTextEdit()
        self.department = QLineEdit()
        self.respondent_ref = QLineEdit()
        self.respondent_ref.setMaxLength(100)
        self.respondent_ref.setPlaceholderText(self.tr("Initialen, functie of alias"))
        self.respondent_ref.setToolTip(
            self.tr(
                "Een kort kenmerk van uzelf voor de beklaagde, zodat Signalen laat zien "
                "wanneer dezelfde persoon in meer casussen voorkomt."
            )
        )
        self.others_involved = QPlainTextEdit()
        for edit in (self.melder_contact, self.others_involved):
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 4 + 12)
        self._row(identifying, "melder_name", self.tr("Naam melder"), self.melder_name)
        self._row(identifying, "melder_alias", self.tr("Roepnaam of alias"), self.melder_alias)
        self._row(identifying, "melder_contact", self.tr("Contactgegevens"), self.melder_contact)
        self._row(identifying, "department", self.tr("Afdeling"), self.department)
        self._row(
            identifying, "respondent_ref", self.tr("Beklaagde (kenmerk)"), self.respondent_ref
        )
        self._row(
            identifying,
            "others_involved",
            self.tr("Beklaagde en andere betrokkenen"),
            self.others_involved,
        )
        outer.addWidget(group)
        outer.addStretch(1)
        return self._scrolled(page)

    def _build_notes(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        self.notes = QPlainTextEdit()
        self.notes.setAccessibleName(self.tr("Notities"))
        self.notes.setPlaceholderText(
            self.tr("Eigen aantekeningen van de vertrouwenspersoon; alleen voor uzelf.")
        )
        box.addWidget(self.notes, 1)
        box.addWidget(self.messages.add("notes", self.tr("Notities")))
        return page

    def _build_consents(self) -> QWidget:
        page = QWidget()
        outer = QVBoxLayout(page)
        intro = QLabel(self.tr("Waarvoor heeft de melder toestemming gegeven, en wanneer?"))
        intro.setWordWrap(True)
        outer.addWidget(intro)
        grid = QGridLayout()
        grid.setColumnStretch(2, 1)
        self.consent_rows = [
            ConsentRow(kind, self.lang, page) for kind in vocab.CONSENT_KINDS.codes
        ]
        for number, row in enumerate(self.consent_rows):
            grid.addWidget(row.given, number, 0)
            grid.addWidget(row.given_on, number, 1)
            grid.addWidget(row.note, number, 2)
        outer.addLayout(grid)
        outer.addWidget(self.messages.add("consents", vocab.CONSENT_KINDS.title(self.lang)))
        outer.addStretch(1)
        return page

    def _build_closure(self) -> QWidget:
        box = QWidget()
        form = self._form()
        form.setContentsMargins(0, 0, 0, 0)
        box.setLayout(form)
        self.closed_on = DateEdit()
        self.outcome = CodeCombo(vocab.OUTCOMES, self.lang)
        self._row(form, "closed_on", self.tr("Gesloten op"), self.closed_on)
        self._row(form, "outcome", vocab.OUTCOMES.title(self.lang), self.outcome)
        return box

    def _connect_changes(self) -> None:
        for name in DATE_FIELDS:
            getattr(self, name).date_changed.connect(self.changed)
        for name in ("track", *SINGLE_CODE_FIELDS, "outcome"):
            getattr(self, name).code_changed.connect(self.changed)
        for name in MULTI_CODE_FIELDS:
            getattr(self, name).codes_changed.connect(self.changed)
        for name in IDENTIFYING_FIELDS:
            getattr(self, name).textChanged.connect(self.changed)
        for row in self.consent_rows:
            row.given.toggled.connect(self.changed)
            row.given_on.date_changed.connect(self.changed)
            row.note.textChanged.connect(self.changed)

    def _track_changed(self) -> None:
        track = self.track.code()
        if track is not None:
            self.categories.set_terms(vocab.categories_of(track))

    # -- state ------------------------------------------------------------------------------

    def text_widgets(self) -> list[QLineEdit | QPlainTextEdit]:
        return [getattr(self, name) for name in IDENTIFYING_FIELDS]

    def state(self) -> dict[str, Any]:
        """The form as typed, JSON-able: for change tracking and drafts."""
        state: dict[str, Any] = {name: getattr(self, name).text() for name in DATE_FIELDS}
        state["track"] = self.track.code()
        for name in (*SINGLE_CODE_FIELDS, "outcome"):
            state[name] = getattr(self, name).code()
        for name in MULTI_CODE_FIELDS:
            state[name] = getattr(self, name).codes()
        for name in IDENTIFYING_FIELDS:
            widget = getattr(self, name)
            state[name] = widget.text() if name in _SHORT_TEXT_FIELDS else widget.toPlainText()
        state["consents"] = [row.state() for row in self.consent_rows]
        state["earlier_consents"] = list(self._earlier_consents)
        return state

    def set_state(self, state: dict[str, Any]) -> None:
        self.track.set_code(state.get("track") or "unwanted_behaviour")
        self._track_changed()
        for name in DATE_FIELDS:
            getattr(self, name).setText(str(state.get(name) or ""))
        for name in (*SINGLE_CODE_FIELDS, "outcome"):
            getattr(self, name).set_code(state.get(name))
        for name in MULTI_CODE_FIELDS:
            getattr(self, name).set_codes(list(state.get(name) or []))
        for name in IDENTIFYING_FIELDS:
            widget = getattr(self, name)
            text = str(state.get(name) or "")
            if name in _SHORT_TEXT_FIELDS:
                widget.setText(text)
            else:
                widget.setPlainText(text)
        by_kind = {c.get("kind"): c for c in state.get("consents") or []}
        for row in self.consent_rows:
            row.set_state(by_kind.get(row.kind, {}))
        self._earlier_consents = list(state.get("earlier_consents") or [])

    def load(self, data: CaseData) -> None:
        self.set_state(state_of(data))

    def to_data(self, *, with_closure: bool) -> CaseData:
        """The form as `CaseData`; call `messages.check_dates()` first (bad dates read as empty)."""
        consents = [
            ConsentData(row.kind, row.given_on.date(), row.note.text())  # type: ignore[arg-type]
            for row in self.consent_rows
            if row.given.isChecked()
        ]
        for earlier in self._earlier_consents:
            consents.append(
                ConsentData(earlier["kind"], _iso(earlier["given_on"]), earlier.get("note"))
            )
        state = self.state()
        return CaseData(
            opened_on=self.opened_on.date(),  # type: ignore[arg-type]
            track=state["track"] or "",
            categories=state["categories"],
            closed_on=self.closed_on.date() if with_closure else None,
            outcome=state["outcome"] if with_closure else None,
            support=state["support"],
            referrals=state["referrals"],
            follow_up_on=self.follow_up_on.date(),
            consents=consents,
            **{name: state[name] for name in SINGLE_CODE_FIELDS},
            **{name: state[name] or None for name in IDENTIFYING_FIELDS},
        )

    def check_before_save(self, *, with_closure: bool) -> bool:
        """What the form can tell before saving (real dates, a date with each consent given, a
        closing date when closing), said beside each field; True when nothing is wrong."""
        self.messages.clear()
        ok = self.messages.check_dates()
        rows = self.consent_rows
        if any(row.given.isChecked() and row.given_on.date() is None for row in rows):
            missing = self.tr("Vul bij elke gegeven toestemming de datum in.")
            self.messages.say("consents", [missing])
            ok = False
        if with_closure and not self.closed_on.text().strip():
            self.messages.say("closed_on", [message("required", self.lang)])
            ok = False
        return ok


def _iso(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def state_of(data: CaseData) -> dict[str, Any]:
    """A case's stored data as form state."""
    latest: dict[str, ConsentData] = {}
    earlier: list[dict[str, Any]] = []
    for consent in sorted(data.consents, key=lambda c: c.given_on):
        if consent.kind in latest:
            old = latest[consent.kind]
            earlier.append(
                {"kind": old.kind, "given_on": old.given_on.isoformat(), "note": old.note}
            )
        latest[consent.kind] = consent
    return {
        "opened_on": format_date(data.opened_on),
        "follow_up_on": format_date(data.follow_up_on),
        "closed_on": format_date(data.closed_on),
        "track": data.track,
        "outcome": data.outcome,
        **{name: getattr(data, name) for name in SINGLE_CODE_FIELDS},
        **{name: list(getattr(data, name)) for name in MULTI_CODE_FIELDS},
        **{name: getattr(data, name) or "" for name in IDENTIFYING_FIELDS},
        "consents": [
            {
                "kind": c.kind,
                "given": True,
                "given_on": format_date(c.given_on),
                "note": c.note or "",
            }
            for c in latest.values()
        ],
        "earlier_consents": earlier,
    }
