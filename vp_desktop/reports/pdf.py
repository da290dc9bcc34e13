"""The annual report as a PDF (A4, reportlab platypus). Renders an `AnnualReport` and nothing
else: no database, no file, no clock; the same report data gives the same bytes."""

from __future__ import annotations

import io
import re
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from vp_desktop.domain import vocab
from vp_desktop.domain.hours import hours_label
from vp_desktop.reports import data, plan_section, wording
from vp_desktop.reports.charts import Bar, Series, grouped_columns, horizontal_bars
from vp_desktop.reports.development import development_flowables
from vp_desktop.reports.pdf_layout import (
    ACCENT,
    CONTENT_WIDTH,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    MUTED,
    RULE,
    STRIPE,
    Label,
    grid_style,
    head_row,
    styles,
    tile_grid,
)
from vp_desktop.reports.pdf_pages import PageTexts, cover_page, numbered_canvas, page_templates


def render_annual_report(report: data.AnnualReport) -> bytes:
    """The report as PDF bytes: cover, sections in the domain's order, method note."""
    renderer = _Renderer(report)
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=(210 * mm, 297 * mm),
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=report.title,
        author=report.adviser.name,
        subject=renderer.t("cover_confidential"),
        creator="VP Desktop",
        producer="VP Desktop",
        lang=report.lang,
        invariant=True,
        pageTemplates=page_templates(),
    )
    doc.build(renderer.story(), canvasmaker=numbered_canvas(renderer.page_texts()))
    return buffer.getvalue()


def _date(value: object) -> str:
    return value.strftime("%d-%m-%Y") if hasattr(value, "strftime") else str(value)


def _paragraphs(text: str) -> list[str]:
    """The adviser's text as escaped paragraphs: blank lines separate, single breaks stay."""
    blocks = [b.strip() for b in re.split(r"\n\s*\n", text.strip()) if b.strip()]
    return [escape(b).replace("\n", "<br/>") for b in blocks]


class _Renderer:
    def __init__(self, report: data.AnnualReport) -> None:
        self.report = report
        self.lang = report.lang
        self.s = styles()

    def t(self, key: str, **params: object) -> str:
        return wording.text(key, self.lang, **params)

    def page_texts(self) -> PageTexts:
        r = self.report
        demo = f"{self.t('demo_marker')} · " if r.demo else ""
        return PageTexts(
            header_left=f"{demo}{self.t('report_title')} {r.year} · {r.client.name}",
            header_right=r.adviser.practice_name or r.adviser.name,
            footer_left=r.adviser.name,
            page_of=lambda page, pages: self.t("page_of", page=page, pages=pages),
        )

    # -- the document -------------------------------------------------------------------------

    def story(self) -> list[Flowable]:
        story: list[Flowable] = [*self.cover(), NextPageTemplate("content"), PageBreak()]
        for section in (
            self.introduction,
            self.key_figures,
            self.breakdowns,
            self.trend,
            self.activities,
            self.plan_and_advice,  # signals feature
            self.signals,
            self.extra_sections,
            self.development,
            self.method,
        ):
            story.extend(section())
        return story

    def heading(self, key: str) -> list[Flowable]:
        return [CondPageBreak(60 * mm), Paragraph(escape(self.t(key)), self.s.h1)]

    def cover(self) -> list[Flowable]:
        r = self.report
        details = [
            (self.t("cover_client"), r.client.name),
            (self.t("cover_year"), str(r.year)),
            (self.t("cover_adviser"), r.adviser.name),
            (self.t("cover_registration"), r.adviser.registration_number),
            (self.t("cover_practice"), r.adviser.practice_name),
            (self.t("cover_date"), _date(r.generated_on)),
        ]
        if r.demo:
            details.insert(0, (self.t("demo_marker"), self.t("demo_note")))
        return cover_page(
            r.year, self.t("report_title"), r.client.name, details, self.t("cover_confidential")
        )

    def introduction(self) -> list[Flowable]:
        r = self.report
        out = self.heading("section_introduction")
        # Without an introduction the section gives only the facts below: no sentence about
        # what the adviser did not write.
        out += [Paragraph(p, self.s.body) for p in _paragraphs(r.introduction)]
        facts = []
        if r.client.roles:
            joiner = " en " if self.lang == "nl" else " and "
            roles = joiner.join(role[:1].lower() + role[1:] for role in r.client.roles)
            facts.append(self.t("role_sentence", roles=roles[0].lower() + roles[1:]))
        if r.client.sector and r.client.size_band:
            facts.append(
                self.t("organisation_sentence", sector=r.client.sector, size=r.client.size_band)
            )
        if facts:
            out.append(Paragraph(escape(" ".join(facts)), self.s.note))
        return out

    def key_figures(self) -> list[Flowable]:
        r = self.report
        out = self.heading("section_key_figures")
        if r.below_threshold:
            key = "no_cases" if r.total_cases.value == 0 else "fewer_than_k"
            out.append(Paragraph(escape(self.t(key, year=r.year, k=r.threshold)), self.s.body))
        cases: list[tuple[str, str]] = [(r.total_cases.display, self.t("handled"))]
        for table in (r.intake, r.closure):
            if table is not None:
                cases += [(row.display, row.label) for row in table.rows]
        out.append(tile_grid(cases, per_row=max(4, len(cases))))
        out.append(tile_grid([(row.display, row.label) for row in r.time.rows]))
        if not r.below_threshold and (r.intake is None or r.closure is None):
            out.append(Paragraph(escape(self.t("pair_withheld")), self.s.note))
        return out

    # -- breakdowns ---------------------------------------------------------------------------

    def breakdowns(self) -> list[Flowable]:
        r = self.report
        if r.below_threshold:
            return []
        out = self.heading("section_breakdowns")
        for table in r.breakdowns:
            block: list[Flowable] = [self.figure_table(table, self.t("col_count"), total=True)]
            note = self.table_note(table)
            block.append(Paragraph(escape(note), self.s.note) if note else Spacer(1, 5 * mm))
            # Short tables stay whole; long ones may break, with their heading repeated.
            out.extend([KeepTogether(block)] if len(table.rows) <= 12 else block)
            if table.key == "category":
                chart = horizontal_bars(
                    [
                        Bar(row.label, row.value, row.display)
                        for row in table.rows
                        if row.value != 0
                    ],
                    CONTENT_WIDTH,
                )
                if chart is not None:
                    title = Paragraph(escape(self.t("chart_categories")), self.s.h2)
                    out.append(KeepTogether([title, chart, Spacer(1, 4 * mm)]))
        if r.withheld:
            names = ", ".join(name.lower() for name in r.withheld)
            out.append(Paragraph(escape(self.t("withheld", names=names)), self.s.note))
        return out

    def table_note(self, table: data.Table) -> str:
        merged = " ".join(self.merged_note(table, into, codes) for into, codes in table.merged)
        note = self.plain_note(table)
        grouped = self.t("grouped_note") if table.groups else ""
        return " ".join(part for part in (note, grouped, merged) if part)

    def merged_note(self, table: data.Table, into: str, codes: tuple[str, ...]) -> str:
        vocabulary = vocab.ALL.get(table.key)
        if vocabulary is None:
            return ""
        labels = [vocabulary.label(code, self.lang).lower() for code in codes]
        joiner = " en " if self.lang == "nl" else " and "
        names = joiner.join([", ".join(labels[:-1]), labels[-1]] if len(labels) > 1 else labels)
        return self.t(
            "merged_note",
            into=vocabulary.label(into, self.lang),
            names=names,
            k=self.report.threshold,
        )

    def plain_note(self, table: data.Table) -> str:
        if not table.additive:
            return self.t("multi_valued_note")
        shown_sum = sum(row.value or 0 for row in table.rows)
        if not table.has_hidden and self.report.total_cases.value is not None:
            total = self.total_for(table)
            if total is not None and shown_sum < total:
                return self.t("not_always_registered")
        return ""

    def total_for(self, table: data.Table) -> int | None:
        if table.key == "outcome":
            closure = self.report.closure
            return closure.row("closed").value if closure is not None else None
        return self.report.total_cases.value

    def figure_table(self, table: data.Table, value_heading: str, *, total: bool = False) -> Table:
        s = self.s
        rows: list[list[object]] = [
            [
                Label(table.title, s.cell_head),
                Label(value_heading, s.cell_head_right),
            ]
        ]
        groups: list[int] = []
        group = ""
        for row in table.rows:
            if table.key == "category":
                track = vocab.CATEGORIES.term(row.code).track
                if track != group:
                    group = track
                    groups.append(len(rows))
                    label = vocab.TRACKS.label(track, self.lang)
                    rows.append([Label(label, s.cell_group), ""])
            rows.append([Label(row.label, s.cell), row.display])
        commands: list[tuple[object, ...]] = [
            ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
            ("FONT", (1, 1), (1, -1), "VPSans", 8.8),
            ("ALIGN", (1, 0), (1, -1), "RIGHT"),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 3.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
            ("LEFTPADDING", (0, 0), (-1, -1), 6),
            ("RIGHTPADDING", (0, 0), (-1, -1), 8),
            ("LINEBELOW", (0, -1), (-1, -1), 0.6, RULE),
        ]
        shade = False
        for i, row_cells in enumerate(rows[1:], start=1):
            if i in groups:
                commands.append(("LINEBELOW", (0, i), (-1, i), 0.5, RULE))
                shade = False
                continue
            if shade:
                commands.append(("BACKGROUND", (0, i), (-1, i), STRIPE))
            shade = not shade
            if row_cells[1] == "0":
                commands.append(("TEXTCOLOR", (1, i), (1, i), MUTED))
        if total and table.additive:
            total_value = self.total_display(table)
            if total_value is not None:
                rows.append([Label(self.total_label(table), s.cell_bold), total_value])
                commands += [
                    ("FONT", (1, -1), (1, -1), "VPSans-Bold", 8.8),
                    ("LINEABOVE", (0, -1), (-1, -1), 0.8, ACCENT),
                ]
        result = Table(rows, colWidths=[CONTENT_WIDTH - 32 * mm, 32 * mm], repeatRows=1)
        result.setStyle(TableStyle(commands))
        return result

    def total_display(self, table: data.Table) -> str | None:
        if table.key == "outcome":
            closure = self.report.closure
            return closure.row("closed").display if closure is not None else None
        if table.key in {"time", "activities", "professional_development"}:
            return None
        return self.report.total_cases.display

    def total_label(self, table: data.Table) -> str:
        return self.t("closed") if table.key == "outcome" else self.t("handled")

    # -- trend, activities, texts, development, method ---------------------------------------

    def trend(self) -> list[Flowable]:
        r = self.report
        if not r.trend:
            return []
        out = self.heading("section_trend")
        series = [
            Series(
                self.t("legend_new"),
                tuple(Bar(str(y.year), y.new.value, y.new.display) for y in r.trend),
                dark=False,
            ),
            Series(
                self.t("legend_handled"),
                tuple(Bar(str(y.year), y.handled.value, y.handled.display) for y in r.trend),
                dark=True,
            ),
        ]
        chart = grouped_columns(series, CONTENT_WIDTH, 62 * mm)
        head = [self.t("col_year"), self.t("legend_new"), self.t("legend_handled")]
        rows: list[list[object]] = [head_row(head, numeric_from=1)]
        rows += [[str(y.year), y.new.display, y.handled.display] for y in r.trend]
        table = Table(rows, colWidths=[CONTENT_WIDTH / 3] * 3)
        table.setStyle(grid_style(len(rows)))
        block: list[Flowable] = [table, Spacer(1, 5 * mm)]
        if chart is not None:
            block.append(chart)
        return [*out, KeepTogether(block)]

    def activities(self) -> list[Flowable]:
        r, s = self.report, self.s
        out = self.heading("section_activities")
        if not r.activities:
            return [*out, Paragraph(escape(self.t("no_activities")), s.body)]
        minutes: dict[str, int] = {}
        for line in r.activities:
            minutes[line.kind] = minutes.get(line.kind, 0) + line.minutes
        head = [self.t("col_kind"), self.t("col_count"), self.t("col_hours")]
        rows: list[list[object]] = [head_row(head, numeric_from=1)]
        for row in r.activity_kinds.rows:
            hours = hours_label(minutes[row.code], self.lang)
            rows.append([Label(row.label, s.cell), row.display, hours])
        summary = Table(rows, colWidths=[CONTENT_WIDTH - 60 * mm, 30 * mm, 30 * mm])
        summary.setStyle(grid_style(len(rows)))
        out += [summary, Spacer(1, 6 * mm)]
        head = [self.t("col_date"), self.t("col_kind"), self.t("col_hours")]
        rows = [head_row(head, numeric_from=2)]
        rows += [
            [_date(a.on), Label(a.label, s.cell), hours_label(a.minutes, self.lang)]
            for a in r.activities
        ]
        listing = Table(rows, colWidths=[30 * mm, CONTENT_WIDTH - 60 * mm, 30 * mm], repeatRows=1)
        listing.setStyle(grid_style(len(rows), numeric_from=2))
        out.append(listing)
        return out

    def plan_and_advice(self) -> list[Flowable]:  # signals feature: see reports/plan_section
        return plan_section.flowables(self.report.plan) if self.report.plan else []

    def signals(self) -> list[Flowable]:
        out = self.heading("section_signals")
        texts = _paragraphs(self.report.signals) or [escape(self.t("no_signals"))]
        return out + [Paragraph(p, self.s.body) for p in texts]

    def extra_sections(self) -> list[Flowable]:
        out: list[Flowable] = []
        for section in self.report.extra_sections:
            out += [CondPageBreak(60 * mm), Paragraph(escape(section.title), self.s.h1)]
            for text in section.paragraphs:
                out += [Paragraph(p, self.s.body) for p in _paragraphs(text)]
            for table in section.tables:
                out += [self.figure_table(table, self.t("col_count")), Spacer(1, 5 * mm)]
        return out

    def development(self) -> list[Flowable]:
        r = self.report
        return [
            *self.heading("section_pe"),
            *development_flowables(r.development, r.year, self.s, self.lang),
        ]

    def method(self) -> list[Flowable]:
        k = self.report.threshold
        out = self.heading("section_method")
        out.append(Paragraph(escape(self.t("method_note", k=k, k1=k - 1)), self.s.body))
        out.append(Paragraph(escape(self.t("method_joint", k1=k - 1)), self.s.body))
        out.append(Paragraph(escape(self.t("method_counting")), self.s.body))
        return out
