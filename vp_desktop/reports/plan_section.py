"""The PDF sections "Jaarplan en realisatie" and "Advies aan de organisatie" of the annual
report, from a `PlanReport`. Pure: report data in, reportlab flowables out."""

from __future__ import annotations

import datetime as dt
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer, Table

from vp_desktop.reports.pdf_layout import CONTENT_WIDTH, Label, grid_style, head_row, styles
from vp_desktop.reports.plan_data import PlannedActivity, PlanReport

_WORDS: dict[str, tuple[str, str]] = {
    "h_plan": ("Jaarplan en realisatie {year}", "Annual plan and realisation {year}"),
    "plan_summary": (
        "Van de {planned} geplande activiteiten {done_verb} er {done} gerealiseerd.",
        "Of the {planned} planned activities, {done} {done_verb} carried out.",
    ),
    "done_one": ("is", "was"),
    "done_many": ("zijn", "were"),
    "no_plan": (
        "Voor {year} was geen jaarplan vastgelegd.",
        "No annual plan was recorded for {year}.",
    ),
    "col_activity": ("Activiteit", "Activity"),
    "col_planned": ("Gepland", "Planned"),
    "col_target": ("Streefdatum", "Target date"),
    "col_description": ("Omschrijving", "Description"),
    "col_done": ("Gerealiseerd", "Carried out"),
    "not_done": ("niet gerealiseerd", "not carried out"),
    "not_yet": ("nog niet", "not yet"),
    "no_date": ("–", "–"),
    "h_unplanned": ("Daarnaast gehouden", "Also held"),
    "col_date": ("Datum", "Date"),
    "h_next": ("Jaarplan {year}", "Annual plan {year}"),
    "h_advice": ("Advies aan de organisatie", "Advice to the organisation"),
    "advice_summary": (
        "In {year} gaf de vertrouwenspersoon {total} aan de organisatie: {solicited} gevraagd "
        "en {unsolicited} ongevraagd.",
        "In {year} the confidential adviser gave the organisation {total}: {solicited} asked "
        "for and {unsolicited} unsolicited.",
    ),
    "one_advice": ("één advies", "one piece of advice"),
    "advices": ("{n} adviezen", "{n} pieces of advice"),
    "col_theme": ("Thema", "Theme"),
    "col_solicited": ("Gevraagd", "Asked for"),
    "col_unsolicited": ("Ongevraagd", "Unsolicited"),
    "col_total": ("Totaal", "Total"),
    "advice_note": (
        "Alleen thema’s en aantallen; de inhoud van de adviezen staat bij de signalen en "
        "aanbevelingen, in de woorden van de vertrouwenspersoon.",
        "Themes and counts only; what the advice said is in the signals and recommendations, "
        "in the adviser's own words.",
    ),
}


def _t(part: PlanReport, key: str, **params: object) -> str:
    nl, en = _WORDS[key]
    return (nl if part.lang == "nl" else en).format(**params)


def _date(day: dt.date | None, part: PlanReport) -> str:
    return day.strftime("%d-%m-%Y") if day else _t(part, "no_date")


def flowables(part: PlanReport) -> list[Flowable]:
    """Both sections, headings included; a section with nothing recorded is left out, so a
    client without a jaarplan or advice log gets the report it always had."""
    return [*plan_flowables(part), *advice_flowables(part)]


def _heading(text: str) -> list[Flowable]:
    return [CondPageBreak(60 * mm), Paragraph(escape(text), styles().h1)]


def _plan_table(part: PlanReport, items: tuple[PlannedActivity, ...], *, realised: bool) -> Table:
    s = styles()
    date_head = _t(part, "col_planned" if realised else "col_target")
    head = [_t(part, "col_activity"), date_head, _t(part, "col_description")]
    widths = [48 * mm, 26 * mm]
    if realised:
        head.append(_t(part, "col_done"))
        widths.append(30 * mm)
    widths.insert(2, CONTENT_WIDTH - sum(widths))
    rows: list[list[object]] = [head_row(head, numeric_from=len(head))]
    for item in items:
        row: list[object] = [
            Label(item.kind, s.cell),
            _date(item.target_on, part),
            Paragraph(escape(item.description), s.cell),
        ]
        if realised:
            missing = "not_done" if part.year_over else "not_yet"
            row.append(_date(item.done_on, part) if item.done_on else _t(part, missing))
        rows.append(row)
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(grid_style(len(rows), numeric_from=len(head)))
    return table


def plan_flowables(part: PlanReport) -> list[Flowable]:
    s = styles()
    if not part.planned and not part.next_year:
        return []
    out = _heading(_t(part, "h_plan", year=part.year))
    if not part.planned:
        out.append(Paragraph(escape(_t(part, "no_plan", year=part.year)), s.body))
    else:
        verb = _t(part, "done_one" if part.done == 1 else "done_many")
        summary = _t(
            part, "plan_summary", planned=len(part.planned), done=part.done, done_verb=verb
        )
        out += [Paragraph(escape(summary), s.body), _plan_table(part, part.planned, realised=True)]
    if part.unplanned:
        head = [_t(part, "col_date"), _t(part, "col_activity")]
        rows: list[list[object]] = [head_row(head, numeric_from=2)]
        rows += [[_date(a.occurred_on, part), Label(a.kind, s.cell)] for a in part.unplanned]
        table = Table(rows, colWidths=[30 * mm, CONTENT_WIDTH - 30 * mm], repeatRows=1)
        table.setStyle(grid_style(len(rows), numeric_from=2))
        title = Paragraph(escape(_t(part, "h_unplanned")), s.h2)
        out.append(KeepTogether([title, table]) if len(rows) <= 10 else title)
        if len(rows) > 10:
            out.append(table)
    if part.next_year:
        out.append(Paragraph(escape(_t(part, "h_next", year=part.year + 1)), s.h2))
        out.append(_plan_table(part, part.next_year, realised=False))
    out.append(Spacer(1, 4 * mm))
    return out


def advice_flowables(part: PlanReport) -> list[Flowable]:
    s = styles()
    if not part.advice:
        return []
    out = _heading(_t(part, "h_advice"))
    total = part.advice_total
    counted = _t(part, "one_advice") if total == 1 else _t(part, "advices", n=total)
    solicited = sum(a.solicited for a in part.advice)
    summary = _t(
        part,
        "advice_summary",
        year=part.year,
        total=counted,
        solicited=solicited,
        unsolicited=total - solicited,
    )
    head = [
        _t(part, "col_theme"),
        _t(part, "col_solicited"),
        _t(part, "col_unsolicited"),
        _t(part, "col_total"),
    ]
    rows: list[list[object]] = [head_row(head, numeric_from=1)]
    rows += [
        [Label(a.theme, s.cell), str(a.solicited), str(a.unsolicited), str(a.total)]
        for a in part.advice
    ]
    table = Table(rows, colWidths=[CONTENT_WIDTH - 75 * mm, 25 * mm, 25 * mm, 25 * mm])
    table.setStyle(grid_style(len(rows)))
    note = Paragraph(escape(_t(part, "advice_note")), s.note)
    return [*out, Paragraph(escape(summary), s.body), table, note]
