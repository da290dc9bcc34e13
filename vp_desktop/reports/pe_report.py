"""The professional-development report (PDF) for a year or a registration cycle.

It goes into the adviser's recertification dossier: every activity with its date, kind, hours,
provider, accreditation number and theme, and the totals per requirement against the chosen
standards with what is still missing. It renders a `PeReportData` and touches no database.
"""

from __future__ import annotations

from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from vp_desktop.domain.pe_rules import Evaluation, RequirementProgress, Status, hours_label
from vp_desktop.domain.vocab import PE_KINDS, Lang
from vp_desktop.reports import pdf_layout as layout
from vp_desktop.reports.pe_data import PeReportData
from vp_desktop.reports.pe_pdf_look import (
    GOOD,
    WARN,
    build_document,
    date_text,
    pe_styles,
    pe_table,
)
from vp_desktop.reports.pe_wording import text as word


class PeReportWriter:
    """The PE report's story, section by section (the dossier extends it)."""

    def __init__(self, data: PeReportData, lang: Lang) -> None:
        self.data = data
        self.lang = lang
        self.s = pe_styles()

    def p(self, text: str, style: str = "cell") -> Paragraph:
        return Paragraph(escape(text), self.s[style])

    def story(self) -> list[Any]:
        return [
            *self.heading(),
            *self.standards(),
            *self.by_kind(),
            *self.activities(),
            *self.evidence(),
        ]

    def heading(self) -> list[Any]:
        d, lang = self.data, self.lang
        if d.scope == "year":
            sub = word("year", lang, year=d.period_start.year)
        else:
            sub = word("cycle", lang, start=date_text(d.period_start), end=date_text(d.period_end))
        facts = [
            (word("adviser", lang), d.adviser_name or "—"),
            (word("registration", lang), d.registration_number or "—"),
            (
                word("period", lang),
                f"{date_text(d.period_start)} {word('through', lang)} {date_text(d.period_end)}",
            ),
            (word("generated", lang), date_text(d.generated_on)),
        ]
        rows = [[self.p(k, "label"), self.p(v, "value")] for k, v in facts]
        meta = Table(rows, colWidths=[42 * mm, layout.CONTENT_WIDTH - 42 * mm], hAlign="LEFT")
        meta.setStyle(
            TableStyle(
                [
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 1),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                ]
            )
        )
        return [
            self.p(word("title", lang), "title"),
            self.p(sub, "subtitle"),
            Spacer(0, 5 * mm),
            meta,
        ]

    def standards(self) -> list[Any]:
        lang = self.lang
        out: list[Any] = [self.p(word("standards", lang), "h2")]
        if not self.data.evaluations:
            return [*out, self.p(word("no_standards", lang), "body")]
        for evaluation in self.data.evaluations:
            out.append(KeepTogether(self.evaluation(evaluation)))
        return out

    def evaluation(self, ev: Evaluation) -> list[Any]:
        lang, rule_set = self.lang, ev.rule_set
        title = (
            f"{ev.rule_set.label(lang)} · {date_text(ev.period_start)} "
            f"{word('through', lang)} {date_text(ev.period_end)}"
        )
        head = ["part", "required", "counted", "missing", "status"]
        rows: list[list[Any]] = [
            [self.p(word(k, lang), "head" if i == 0 else "numhead") for i, k in enumerate(head)]
        ]
        rows[0][-1] = self.p(word("status", lang), "head")
        notes: list[Any] = []
        for req in ev.requirements:
            rows.extend(self.requirement_rows(req))
            part = req.label(lang).lower()
            if req.yearly_cap_minutes is not None:
                key = (
                    "cap_calendar_year"
                    if rule_set.cap_year == "calendar_year"
                    else "cap_cycle_year"
                )
                notes.append(
                    word(key, lang, part=part, cap=hours_label(req.yearly_cap_minutes, lang))
                )
            if req.capped_minutes:
                hours = hours_label(req.capped_minutes, lang)
                notes.append(word("capped", lang, hours=hours, part=part))
            if req.unaccredited_minutes:
                hours = hours_label(req.unaccredited_minutes, lang)
                notes.append(word("unaccredited", lang, hours=hours, part=part))
        if any(r.min_sessions for r in ev.requirements):
            notes.append(word("session_minimum", lang, minutes=rule_set.min_session_minutes))
        if ev.planned_minutes:
            planned = hours_label(ev.planned_minutes, lang)
            notes.append(word("planned_note", lang, date=date_text(ev.today), hours=planned))
        total = ev.total_min_minutes > 0
        if total or len(ev.requirements) > 1:
            rows.append(
                [
                    self.p(word("total", lang), "bold"),
                    self.p(hours_label(ev.total_min_minutes, lang) if total else "—", "num"),
                    self.p(hours_label(ev.total_counted_minutes, lang), "num"),
                    self.p(hours_label(ev.total_missing_minutes, lang) if total else "—", "num"),
                    self.status(ev.total_status) if total else self.p(""),
                ]
            )
        widths = [46, 28, 28, 28, 36]
        return [
            self.p(title, "h3"),
            pe_table(rows, widths, numeric_from=1, total_row=True),
            *([self.p(" ".join(notes), "note")] if notes else []),
            Spacer(0, 3 * mm),
        ]

    def requirement_rows(self, req: RequirementProgress) -> list[list[Any]]:
        lang = self.lang
        rows: list[list[Any]] = []
        if req.min_minutes or not req.min_sessions:
            rows.append(
                [
                    self.p(req.label(lang)),
                    self.p(hours_label(req.min_minutes, lang), "num"),
                    self.p(hours_label(req.counted_minutes, lang), "num"),
                    self.p(hours_label(req.missing_minutes, lang), "num"),
                    self.status(req.hours_status),
                ]
            )
        if req.min_sessions:
            rows.append(
                [
                    self.p(req.label(lang)),
                    self.p(self.sessions(req.min_sessions), "num"),
                    self.p(self.sessions(req.sessions), "num"),
                    self.p(self.sessions(req.missing_sessions), "num"),
                    self.status(req.sessions_status),
                ]
            )
        return rows

    def sessions(self, n: int) -> str:
        return word("session" if n == 1 else "sessions", self.lang, n=n)

    def status(self, key: Status) -> Paragraph:
        """Met, not met (the period is over), behind schedule, or not yet met."""
        colour = GOOD if key == "met" else WARN if key in ("behind", "not_met") else layout.INK
        style = ParagraphStyle("status", parent=self.s["cell"], textColor=colour)
        return Paragraph(escape(word(key, self.lang)), style)

    def by_kind(self) -> list[Any]:
        lang = self.lang
        minutes = dict.fromkeys(PE_KINDS.codes, 0)
        counts = dict.fromkeys(PE_KINDS.codes, 0)
        for a in self.data.activities:
            if a.planned:
                continue
            minutes[a.kind] += a.minutes
            counts[a.kind] += 1
        rows: list[list[Any]] = [
            [
                self.p(word("kind", lang), "head"),
                self.p(word("count", lang), "numhead"),
                self.p(word("hours", lang), "numhead"),
            ]
        ]
        for code in PE_KINDS.codes:
            rows.append(
                [
                    self.p(PE_KINDS.label(code, lang)),
                    self.p(str(counts[code]), "num"),
                    self.p(hours_label(minutes[code], lang), "num"),
                ]
            )
        rows.append(
            [
                self.p(word("total", lang), "bold"),
                self.p(str(sum(counts.values())), "num"),
                self.p(hours_label(sum(minutes.values()), lang), "num"),
            ]
        )
        table = pe_table(rows, [46, 28, 28], numeric_from=1, total_row=True)
        return [KeepTogether([self.p(word("by_kind", lang), "h2"), table])]

    def activities(self) -> list[Any]:
        lang = self.lang
        out: list[Any] = [self.p(word("activities", lang), "h2")]
        if not self.data.activities:
            return [*out, self.p(word("none", lang), "body")]
        keys = ["date", "kind", "hours", "provider", "accreditation", "theme", "evidence"]
        head = [
            self.p(word(k, lang), "numhead" if k in ("hours", "evidence") else "head") for k in keys
        ]
        rows: list[list[Any]] = [head]
        missing = 0
        for a in self.data.activities:
            when = date_text(a.on) + (f" ({word('planned', lang)})" if a.planned else "")
            accreditation = a.accreditation_number or (
                word("accredited_mark", lang) if a.accredited else "—"
            )
            if not a.evidence and not a.planned:
                missing += 1
            evidence = str(len(a.evidence)) if a.evidence else word("evidence_missing", lang)
            rows.append(
                [
                    self.p(when),
                    self.p(PE_KINDS.label(a.kind, lang)),
                    self.p(hours_label(a.minutes, lang), "num"),
                    self.p(a.provider or "—"),
                    self.p(accreditation),
                    self.p(a.theme or "—"),
                    self.p("—" if a.planned and not a.evidence else evidence, "num"),
                ]
            )
        widths = [21, 27, 14, 29, 27, 28, 20]
        out.append(pe_table(rows, widths, numeric_from=2))
        if missing:
            key = "no_evidence_one" if missing == 1 else "no_evidence"
            out.append(self.p(word(key, lang, n=missing), "note"))
        return out

    def evidence(self) -> list[Any]:
        d, lang = self.data, self.lang
        if d.evidence_folder is None or not any(a.evidence for a in d.activities):
            return []
        rows: list[list[Any]] = [
            [
                self.p(word("date", lang), "head"),
                self.p(word("kind", lang), "head"),
                self.p(word("evidence", lang), "head"),
            ]
        ]
        for a in d.activities:
            for name in a.evidence:
                rows.append(
                    [self.p(date_text(a.on)), self.p(PE_KINDS.label(a.kind, lang)), self.p(name)]
                )
        return [
            self.p(word("evidence_title", lang), "h2"),
            self.p(word("evidence_intro", lang, folder=d.evidence_folder), "intro"),
            pe_table(rows, [21, 30, 115], numeric_from=3),
        ]


def render_pe_report(data: PeReportData, lang: Lang = "nl") -> bytes:
    """The report as PDF bytes, in Dutch (default) or English."""
    title = f"{word('title', lang)} {date_text(data.period_start)}–{date_text(data.period_end)}"
    return build_document(PeReportWriter(data, lang).story(), title, data.adviser_name, lang)
