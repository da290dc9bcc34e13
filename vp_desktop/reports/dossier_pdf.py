"""The recertification dossier (PDF): for the running cycle, per requirement of each cycle
standard the activities that count towards it, with hours, accreditation numbers and the names
of their evidence files, then the adviser's credentials. It renders a `DossierData` and touches
no database; the evidence files themselves are written beside it by the service.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer

from vp_desktop.domain.pe_rules import Evaluation, hours_label
from vp_desktop.domain.vocab import PE_KINDS, Lang
from vp_desktop.reports.pe_data import PeReportActivity
from vp_desktop.reports.pe_data import PeReportData as _ReportData
from vp_desktop.reports.pe_pdf_look import build_document, date_text, pe_table
from vp_desktop.reports.pe_report import PeReportWriter
from vp_desktop.reports.pe_wording import text as word

#: mm of the 166 mm text column: date, kind, hours, provider, accreditation, evidence
ACTIVITY_WIDTHS = (20, 26, 14, 34, 30, 42)

_WORDS: dict[str, tuple[str, str]] = {
    "title": ("Herregistratiedossier", "Recertification dossier"),
    "per_requirement": ("Activiteiten per onderdeel", "Activities per requirement"),
    "other": ("Overige activiteiten", "Other activities"),
    "not_counted": ("telt niet mee: geen accreditatie", "does not count: not accredited"),
    "credentials": ("Registratie, VOG en verzekering", "Registration, VOG and insurance"),
    "kind": ("Soort", "Kind"),
    "number": ("Nummer", "Number"),
    "body": ("Instantie", "Body"),
    "issued": ("Afgegeven", "Issued"),
    "valid": ("Geldig t/m", "Valid to"),
    "recertify": ("Herregistratie", "Recertification"),
    "files": ("Bewijsstukken", "Evidence"),
    "none_here": ("Geen activiteiten voor dit onderdeel.", "No activities for this requirement."),
    "folder": (
        "De bewijsstukken staan in de map “{folder}” naast dit dossier, onder de namen in de "
        "kolom Bewijs.",
        "The evidence files are in the folder “{folder}” beside this dossier, under the names "
        "in the Evidence column.",
    ),
    "no_files": (
        "Er zijn nog geen bewijsstukken vastgelegd; naast dit dossier staat dus geen map met "
        "bewijsstukken.",
        "No evidence files have been recorded yet, so there is no evidence folder beside this "
        "dossier.",
    ),
    "planned": (
        "Geplande activiteiten (tellen nog niet mee)",
        "Planned activities (not counted yet)",
    ),
}


def _w(key: str, lang: Lang, **params: object) -> str:
    nl, en = _WORDS[key]
    return (nl if lang == "nl" else en).format(**params)


@dataclass(frozen=True, slots=True)
class DossierCredential:
    kind_label: str
    number: str | None
    body: str | None
    issued_on: dt.date | None
    valid_until: dt.date | None
    recertify_on: dt.date | None
    evidence: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class DossierData:
    report: _ReportData
    credentials: tuple[DossierCredential, ...]


class _DossierWriter(PeReportWriter):
    def __init__(self, data: DossierData, lang: Lang) -> None:
        super().__init__(data.report, lang)
        self.dossier = data

    def story(self) -> list[Any]:
        out = [*self.heading()]
        out[0] = self.p(_w("title", self.lang), "title")
        folder = self.data.evidence_folder
        files = sum(len(a.evidence) for a in self.data.activities) + sum(
            len(c.evidence) for c in self.dossier.credentials
        )
        if folder and files:
            out.append(self.p(_w("folder", self.lang, folder=folder), "intro"))
        elif folder:
            out.append(self.p(_w("no_files", self.lang), "intro"))
        return [
            *out,
            *self.standards(),
            *self.per_requirement(),
            *self.planned(),
            *self.credentials(),
        ]

    def activity_rows(
        self, activities: list[PeReportActivity], accredited_only: bool
    ) -> list[list[Any]]:
        lang = self.lang
        keys = ["date", "kind", "hours", "provider", "accreditation", "evidence"]
        rows: list[list[Any]] = [
            [self.p(word(k, lang), "numhead" if k == "hours" else "head") for k in keys]
        ]
        for a in activities:
            accreditation = a.accreditation_number or (
                word("accredited_mark", lang) if a.accredited else "—"
            )
            if accredited_only and not (a.accreditation_number or a.accredited):
                accreditation = _w("not_counted", lang)
            evidence = ", ".join(a.evidence) or word("evidence_missing", lang)
            when = date_text(a.on) + (f" ({word('planned', lang)})" if a.planned else "")
            if a.planned and not a.evidence:
                evidence = "—"
            rows.append(
                [
                    self.p(when),
                    self.p(PE_KINDS.label(a.kind, lang)),
                    self.p(hours_label(a.minutes, lang), "num"),
                    self.p(a.provider or "—"),
                    self.p(accreditation),
                    self.p(evidence),
                ]
            )
        return rows

    def per_requirement(self) -> list[Any]:
        lang = self.lang
        out: list[Any] = [self.p(_w("per_requirement", lang), "h2")]
        done = [a for a in self.data.activities if not a.planned]
        for ev in self.data.evaluations:
            placed: set[int] = set()
            for req in ev.rule_set.requirements:
                mine = [a for a in done if a.kind in req.kinds]
                placed.update(id(a) for a in mine)
                out.append(self.requirement_block(ev, req.code, mine, req.accredited_only))
            rest = [a for a in done if id(a) not in placed]
            if rest:
                title = f"{ev.rule_set.label(lang)} · {_w('other', lang)}"
                table = pe_table(self.activity_rows(rest, False), ACTIVITY_WIDTHS, numeric_from=2)
                out.append(KeepTogether([self.p(title, "h3"), table]))
        return out

    def planned(self) -> list[Any]:
        """The planned activities the standards' note speaks of, marked as planned."""
        planned = [a for a in self.data.activities if a.planned]
        if not planned:
            return []
        table = pe_table(self.activity_rows(planned, False), ACTIVITY_WIDTHS, numeric_from=2)
        return [KeepTogether([self.p(_w("planned", self.lang), "h3"), table])]

    def requirement_block(
        self, ev: Evaluation, code: str, mine: list[PeReportActivity], accredited_only: bool
    ) -> Any:
        lang = self.lang
        p = ev.progress(code)
        title = (
            f"{ev.rule_set.label(lang)} · {p.label(lang)} · "
            f"{hours_label(p.counted_minutes, lang)} / {hours_label(p.min_minutes, lang)}"
        )
        if not mine:
            return KeepTogether([self.p(title, "h3"), self.p(_w("none_here", lang), "body")])
        table = pe_table(self.activity_rows(mine, accredited_only), ACTIVITY_WIDTHS, numeric_from=2)
        return [self.p(title, "h3"), table, Spacer(0, 2 * mm)]

    def credentials(self) -> list[Any]:
        lang = self.lang
        if not self.dossier.credentials:
            return []
        keys = ["kind", "number", "body", "issued", "valid", "recertify", "files"]
        rows: list[list[Any]] = [[self.p(_w(k, lang), "head") for k in keys]]
        for c in self.dossier.credentials:
            rows.append(
                [
                    self.p(c.kind_label),
                    self.p(c.number or "—"),
                    self.p(c.body or "—"),
                    self.p(date_text(c.issued_on) if c.issued_on else "—"),
                    self.p(date_text(c.valid_until) if c.valid_until else "—"),
                    self.p(date_text(c.recertify_on) if c.recertify_on else "—"),
                    self.p(", ".join(c.evidence) or "—"),
                ]
            )
        table = pe_table(rows, [30, 20, 22, 19, 19, 19, 37], numeric_from=7)
        return [self.p(_w("credentials", lang), "h2"), table]


def _flatten(story: list[Any]) -> list[Any]:
    out: list[Any] = []
    for item in story:
        out.extend(item if isinstance(item, list) else [item])
    return out


def render_dossier(data: DossierData, lang: Lang = "nl") -> bytes:
    """The dossier as PDF bytes, in the PE report's layout."""
    story = _flatten(_DossierWriter(data, lang).story())
    return build_document(story, _w("title", lang), data.report.adviser_name, lang)
