"""The annual report's professional-development section as PDF flowables.

It renders a `ProfessionalDevelopment` (built by `services.professional_development`) and reads
nothing else: hours per kind in the report year, intervision sessions, each rule set's standing
with its total as of the report date, the caps and accreditation in the PE report's own words
(`pe_wording`), and the client's own norm when it has one.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Table

from vp_desktop.domain.hours import hours_label
from vp_desktop.domain.vocab import Lang
from vp_desktop.reports import data, wording
from vp_desktop.reports.pdf_layout import CONTENT_WIDTH, Label, Styles, grid_style, head_row
from vp_desktop.reports.pe_wording import text as pe_word


def _date(value: object) -> str:
    return value.strftime("%d-%m-%Y") if hasattr(value, "strftime") else str(value)


def _sessions(n: int, lang: Lang) -> str:
    return pe_word("session" if n == 1 else "sessions", lang, n=n)


class DevelopmentSection:
    def __init__(self, pe: data.ProfessionalDevelopment, year: int, s: Styles, lang: Lang):
        self.pe, self.year, self.s, self.lang = pe, year, s, lang

    def t(self, key: str, **params: object) -> str:
        return wording.text(key, self.lang, **params)

    def flowables(self) -> list[Flowable]:
        pe, s = self.pe, self.s
        if not pe.hours.rows and not pe.rule_sets:
            return [Paragraph(escape(self.t("no_pe")), s.body)]
        out: list[Flowable] = [Paragraph(escape(self.t("pe_intro", year=self.year)), s.body)]
        head = [self.t("col_kind"), self.t("col_hours")]
        rows: list[list[object]] = [head_row(head, numeric_from=1)]
        rows += [[Label(row.label, s.cell), row.display] for row in pe.hours.rows]
        rows.append(
            [Label(self.t("total_minutes"), s.cell_bold), hours_label(pe.total_minutes, self.lang)]
        )
        rows.append([Label(self.t("intervision_sessions"), s.cell), str(pe.intervision_sessions)])
        table = Table(rows, colWidths=[CONTENT_WIDTH - 32 * mm, 32 * mm])
        table.setStyle(grid_style(len(rows)))
        out.append(table)
        if pe.client_norm is not None:
            out.append(self.client_norm(pe.client_norm))
        for progress in pe.rule_sets:
            out.append(self.rule_set_table(progress))
        return out

    def status(self, key: str) -> str:
        return pe_word(key if key in ("met", "not_met", "behind") else "open", self.lang)

    def client_norm(self, norm: data.ClientPeNorm) -> Flowable:
        s, lang = self.s, self.lang
        short = "not_met" if norm.finished else "open"
        head = [pe_word("part", lang), self.t("col_done"), self.t("col_norm"), self.t("col_status")]
        rows: list[list[object]] = [head_row(head, numeric_from=1)]
        if norm.min_minutes is not None:
            met = norm.counted_minutes >= norm.min_minutes
            rows.append(
                [
                    Label(pe_word("client_norm_hours", lang, year=self.year), s.cell),
                    hours_label(norm.counted_minutes, lang),
                    hours_label(norm.min_minutes, lang),
                    self.status("met" if met else short),
                ]
            )
        if norm.min_sessions is not None:
            met = norm.sessions >= norm.min_sessions
            rows.append(
                [
                    Label(pe_word("client_norm_sessions", lang, year=self.year), s.cell),
                    _sessions(norm.sessions, lang),
                    _sessions(norm.min_sessions, lang),
                    self.status("met" if met else short),
                ]
            )
        table = Table(rows, colWidths=[CONTENT_WIDTH - 108 * mm, 36 * mm, 36 * mm, 36 * mm])
        table.setStyle(grid_style(len(rows)))
        title = Paragraph(escape(pe_word("client_norm", lang)), s.h2)
        return KeepTogether([title, table])

    def rule_set_table(self, progress: data.RuleSetProgress) -> Flowable:
        s, lang = self.s, self.lang
        period = self.t(
            "period", start=_date(progress.period_start), end=_date(progress.period_end)
        )
        head = [self.t("col_requirement"), self.t("col_done"), self.t("col_norm")]
        rows: list[list[object]] = [head_row([*head, self.t("col_status")], numeric_from=1)]
        notes: list[str] = []
        for req in progress.requirements:
            part = req.label.lower()
            if req.min_minutes or not req.min_sessions:
                rows.append(
                    [
                        Label(req.label, s.cell),
                        hours_label(req.counted_minutes, lang),
                        hours_label(req.min_minutes, lang),
                        self.status(req.hours_status),
                    ]
                )
            if req.min_sessions:
                rows.append(
                    [
                        Label(req.label, s.cell),
                        _sessions(req.sessions, lang),
                        _sessions(req.min_sessions, lang),
                        self.status(req.sessions_status),
                    ]
                )
            if req.yearly_cap_minutes is not None:
                key = (
                    "cap_calendar_year"
                    if progress.cap_year == "calendar_year"
                    else "cap_cycle_year"
                )
                cap = hours_label(req.yearly_cap_minutes, lang)
                notes.append(pe_word(key, lang, part=part, cap=cap))
            if req.capped_minutes:
                hours = hours_label(req.capped_minutes, lang)
                notes.append(pe_word("capped", lang, hours=hours, part=part))
            if req.unaccredited_minutes:
                hours = hours_label(req.unaccredited_minutes, lang)
                notes.append(pe_word("unaccredited", lang, hours=hours, part=part))
        if progress.total_min_minutes or len(progress.requirements) > 1:
            rows.append(
                [
                    Label(pe_word("total", lang), s.cell_bold),
                    hours_label(progress.total_counted_minutes, lang),
                    # Nothing rather than a dash: the method note defines "–" as a hidden figure.
                    hours_label(progress.total_min_minutes, lang)
                    if progress.total_min_minutes
                    else "",
                    self.status(progress.total_status) if progress.total_min_minutes else "",
                ]
            )
        if any(r.min_sessions for r in progress.requirements):
            notes.append(pe_word("session_minimum", lang, minutes=progress.min_session_minutes))
        if progress.as_of is not None:
            notes.append(pe_word("as_of", lang, date=_date(progress.as_of)))
        widths = [CONTENT_WIDTH - 108 * mm, 36 * mm, 36 * mm, 36 * mm]
        table = Table(rows, colWidths=widths)
        table.setStyle(grid_style(len(rows)))
        title = Paragraph(
            f"{escape(progress.label)} <font color='#5f6f7a'>· {escape(period)}</font>", s.h2
        )
        return KeepTogether([title, table, Paragraph(escape(" ".join(notes)), s.note)])


def development_flowables(
    pe: data.ProfessionalDevelopment, year: int, s: Styles, lang: Lang
) -> list[Flowable]:
    """The body of the annual report's professional-development section (after its heading)."""
    return DevelopmentSection(pe, year, s, lang).flowables()
