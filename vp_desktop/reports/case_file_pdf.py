"""The melder's own file as a PDF, for an access request (AVG inzageverzoek).

Everything the vault holds about one case, readable for the melder: the registration in words
(vocabulary labels, not codes), the identifying details, the notes, consents, every contact with
its notes, and the list of attachments (handed over separately). A purged case shows the anonymous
record that is kept and says when the rest was destroyed. It renders a `CaseFileData` and touches
no database.
"""

from __future__ import annotations

import datetime as dt
import io
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from vp_desktop.domain import vocab
from vp_desktop.domain.vocab import Lang, Vocabulary
from vp_desktop.reports import wording
from vp_desktop.reports.case_file_data import CaseFileData
from vp_desktop.reports.page_count import counted_canvas
from vp_desktop.reports.pdf_layout import ACCENT, FONT, FONT_BOLD, INK, MUTED, RULE, register_fonts

_WORDS: dict[str, tuple[str, str]] = {
    "title": ("Dossier {number}", "Case file {number}"),
    "subtitle": (
        "Overzicht voor de melder (inzageverzoek AVG), opgesteld op {date}",
        "Overview for the melder (GDPR access request), made on {date}",
    ),
    "by": ("Vertrouwenspersoon: {name}", "Confidential adviser: {name}"),
    "registration": ("registratienummer {number}", "registration number {number}"),
    "purged": (
        "De persoonsgegevens, aantekeningen en bijlagen van deze casus zijn vernietigd op {date}. "
        "Alleen de anonieme registratie hieronder is bewaard.",
        "The personal details, notes and attachments of this case were destroyed on {date}. "
        "Only the anonymous record below is kept.",
    ),
    "h_case": ("De melding", "The case"),
    "h_person": ("Persoonsgegevens", "Personal details"),
    "h_notes": ("Aantekeningen", "Notes"),
    "h_consents": ("Toestemming", "Consent"),
    "h_contacts": ("Gesprekken", "Contacts"),
    "h_support": ("Ondersteuning en afloop", "Support and outcome"),
    "h_attachments": ("Bijlagen", "Attachments"),
    "client": ("Organisatie", "Organisation"),
    "opened_on": ("Gemeld op", "Opened on"),
    "closed_on": ("Afgesloten op", "Closed on"),
    "status": ("Status", "Status"),
    "open": ("Lopend", "Open"),
    "closed": ("Afgesloten", "Closed"),
    "track": ("Spoor", "Track"),
    "categories": ("Onderwerp", "Category"),
    "melder_role": ("Rol van de melder", "Melder's role"),
    "gender": ("Geslacht", "Gender"),
    "age_band": ("Leeftijd", "Age"),
    "came_in_via": ("Binnengekomen via", "Came in via"),
    "follow_up_on": ("Nazorg gepland op", "Follow-up planned on"),
    "destroy_by": ("Vernietigen uiterlijk op", "Destroy by"),
    "melder_name": ("Naam", "Name"),
    "melder_alias": ("Roepnaam of alias", "Alias"),
    "melder_contact": ("Contactgegevens", "Contact details"),
    "others_involved": ("Andere betrokkenen", "Others involved"),
    "department": ("Afdeling", "Department"),
    "respondent_ref": ("Beklaagde (kenmerk)", "Person complained about (reference)"),
    "support": ("Geboden ondersteuning", "Support given"),
    "referrals": ("Doorverwezen naar", "Referred to"),
    "outcome": ("Afloop", "Outcome"),
    "kind": ("Soort", "Kind"),
    "date": ("Datum", "Date"),
    "note": ("Toelichting", "Note"),
    "minutes": ("Minuten", "Minutes"),
    "mode": ("Vorm", "Mode"),
    "file": ("Bestand", "File"),
    "size": ("Grootte", "Size"),
    "added": ("Toegevoegd op", "Added on"),
    "attachments_apart": (
        "De bijlagen zelf worden apart verstrekt.",
        "The attachments themselves are handed over separately.",
    ),
    "none": ("Geen.", "None."),
    "not_recorded": ("niet vastgelegd", "not recorded"),
    "footer": (
        "Vertrouwelijk — {number} — pagina {page} van {pages}",
        "Confidential — {number} — page {page} of {pages}",
    ),
}

_PAGE_WIDTH = A4[0] - 40 * mm


def render_case_file_pdf(data: CaseFileData, lang: Lang = "nl") -> bytes:
    """The PDF bytes of one case's whole file, in Dutch (default) or English."""
    words = _Words(lang)
    styles = _styles()
    story: list[Any] = [
        Paragraph(words("title", number=data.number), styles["title"]),
        Paragraph(words("subtitle", date=_date(data.made_on)), styles["subtitle"]),
    ]
    if data.demo:  # as the annual report: a demo file is never mistaken for a real one
        marker = wording.text("demo_marker", lang) + " — " + wording.text("demo_note", lang)
        story.append(Paragraph(escape(marker), styles["warning"]))
    if data.adviser_name:
        adviser = words("by", name=escape(data.adviser_name))
        if data.registration_number:
            adviser += ", " + words("registration", number=escape(data.registration_number))
        story.append(Paragraph(adviser, styles["note"]))
    if data.purged_on is not None:
        story += [
            Spacer(1, 4 * mm),
            Paragraph(words("purged", date=_date(data.purged_on)), styles["warning"]),
        ]
    story += _registration(data, words, styles, lang)
    if data.purged_on is None:
        story += _personal(data, words, styles)
    story += _support(data, words, styles, lang)
    story += _consents(data, words, styles, lang)
    story += _contacts(data, words, styles, lang)
    if data.purged_on is None:
        story += _attachments(data, words, styles)

    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=18 * mm,
        bottomMargin=18 * mm,
        title=words("title", number=data.number),
        author=data.adviser_name or "VP Desktop",
    )

    def running_texts(canvas: Any, page: int, pages: int) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 7.5)
        canvas.setFillColor(MUTED)
        text = words("footer", number=data.number, page=page, pages=pages)
        canvas.drawCentredString(A4[0] / 2, 10 * mm, text)
        if data.demo:
            canvas.setFont(FONT_BOLD, 8)
            canvas.setFillColor(colors.HexColor("#8a1c1c"))
            canvas.drawCentredString(A4[0] / 2, A4[1] - 10 * mm, wording.text("demo_marker", lang))
        canvas.restoreState()

    doc.build(story, canvasmaker=counted_canvas(running_texts))
    return buffer.getvalue()


# -- sections ---------------------------------------------------------------------------------


def _registration(data: CaseFileData, words: _Words, styles: _Styles, lang: Lang) -> list[Any]:
    rows = [
        (words("client"), escape(data.client_name)),
        (words("opened_on"), _date(data.opened_on)),
        (words("status"), words("closed") if data.closed_on else words("open")),
    ]
    if data.closed_on:
        rows.append((words("closed_on"), _date(data.closed_on)))
    rows += [
        (words("track"), escape(vocab.TRACKS.label(data.track, lang))),
        (words("categories"), _labels(vocab.CATEGORIES, data.categories, lang)),
        (words("came_in_via"), _label(vocab.CAME_IN_VIA, data.came_in_via, lang, words)),
        # The editor's own label: the relation of the person complained about to the melder.
        (escape(vocab.RELATIONS.title(lang)), _label(vocab.RELATIONS, data.relation, lang, words)),
        (words("melder_role"), _label(vocab.MELDER_ROLES, data.melder_role, lang, words)),
        (words("gender"), _label(vocab.GENDERS, data.gender, lang, words)),
        (words("age_band"), _label(vocab.AGE_BANDS, data.age_band, lang, words)),
    ]
    if data.follow_up_on:
        rows.append((words("follow_up_on"), _date(data.follow_up_on)))
    if data.destroy_by:
        rows.append((words("destroy_by"), _date(data.destroy_by)))
    return _section(words("h_case"), _key_values(rows, styles), styles)


def _personal(data: CaseFileData, words: _Words, styles: _Styles) -> list[Any]:
    rows = [(words(name), _text(value)) for name, value in data.personal]
    person = _key_values(rows, styles) if rows else _none(words, styles)
    notes = Paragraph(_text(data.notes), styles["body"]) if data.notes else _none(words, styles)
    return _section(words("h_person"), person, styles) + _section(words("h_notes"), notes, styles)


def _support(data: CaseFileData, words: _Words, styles: _Styles, lang: Lang) -> list[Any]:
    rows = [
        (words("support"), _labels(vocab.SUPPORT, data.support, lang)),
        (words("referrals"), _labels(vocab.REFERRALS, data.referrals, lang)),
        (words("outcome"), _label(vocab.OUTCOMES, data.outcome, lang, words)),
    ]
    return _section(words("h_support"), _key_values(rows, styles), styles)


def _consents(data: CaseFileData, words: _Words, styles: _Styles, lang: Lang) -> list[Any]:
    if not data.consents:
        return _section(words("h_consents"), _none(words, styles), styles)
    rows = [[words("kind"), words("date"), words("note")]]
    rows += [
        [escape(vocab.CONSENT_KINDS.label(c.kind, lang)), _date(c.given_on), _text(c.note)]
        for c in data.consents
    ]
    return _section(words("h_consents"), _grid(rows, (0.3, 0.15, 0.55), styles), styles)


def _contacts(data: CaseFileData, words: _Words, styles: _Styles, lang: Lang) -> list[Any]:
    if not data.contacts:
        return _section(words("h_contacts"), _none(words, styles), styles)
    rows = [[words("date"), words("minutes"), words("mode"), words("note")]]
    rows += [
        [
            _date(c.occurred_on),
            str(c.minutes),
            escape(vocab.CONTACT_MODES.label(c.mode, lang)),
            _text(c.notes),
        ]
        for c in data.contacts
    ]
    return _section(words("h_contacts"), _grid(rows, (0.14, 0.12, 0.18, 0.56), styles), styles)


def _attachments(data: CaseFileData, words: _Words, styles: _Styles) -> list[Any]:
    if not data.attachments:
        return _section(words("h_attachments"), _none(words, styles), styles)
    rows = [[words("file"), words("size"), words("added")]]
    rows += [[escape(a.filename), _size(a.size), _date(a.added_on)] for a in data.attachments]
    table = _grid(rows, (0.6, 0.15, 0.25), styles)
    return _section(words("h_attachments"), table, styles) + [
        Paragraph(words("attachments_apart"), styles["note"])
    ]


# -- building blocks --------------------------------------------------------------------------

_Styles = dict[str, ParagraphStyle]


class _Words:
    def __init__(self, lang: Lang) -> None:
        self.lang = lang

    def __call__(self, key: str, **params: object) -> str:
        nl, en = _WORDS[key]
        return (nl if self.lang == "nl" else en).format(**params)


def _styles() -> _Styles:
    register_fonts()  # the annual report's font: DejaVu covers ĳ, ł and the like
    body = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=13, textColor=INK)
    return {
        "title": ParagraphStyle(
            "title", parent=body, fontName=FONT_BOLD, fontSize=18, leading=22, textColor=ACCENT
        ),
        "subtitle": ParagraphStyle("subtitle", parent=body, fontSize=11, leading=15),
        "h2": ParagraphStyle(
            "h2",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=12,
            leading=15,
            spaceBefore=10,
            spaceAfter=4,
            textColor=ACCENT,
        ),
        "body": body,
        "key": ParagraphStyle("key", parent=body, fontName=FONT_BOLD, fontSize=9, leading=12),
        "cell": ParagraphStyle("cell", parent=body, fontSize=9, leading=12),
        "note": ParagraphStyle("note", parent=body, fontSize=8.5, leading=11, textColor=MUTED),
        "warning": ParagraphStyle("warning", parent=body, textColor=colors.HexColor("#8a1c1c")),
    }


def _section(title: str, body: Any, styles: _Styles) -> list[Any]:
    # The heading stays with the start of its content; long tables still break across pages.
    heading = Paragraph(title, styles["h2"])
    if isinstance(body, Table):
        return [heading, body]
    return [KeepTogether([heading, body])]


def _key_values(rows: list[tuple[str, str]], styles: _Styles) -> Table:
    cells = [[Paragraph(k, styles["key"]), Paragraph(v, styles["cell"])] for k, v in rows]
    table = Table(cells, colWidths=[0.36 * _PAGE_WIDTH, 0.64 * _PAGE_WIDTH], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


def _grid(rows: list[list[str]], fractions: tuple[float, ...], styles: _Styles) -> Table:
    head = [Paragraph(c, styles["key"]) for c in rows[0]]
    body = [[Paragraph(c, styles["cell"]) for c in row] for row in rows[1:]]
    widths = [f * _PAGE_WIDTH for f in fractions]
    table = Table([head, *body], colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
                ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


def _none(words: _Words, styles: _Styles) -> Paragraph:
    return Paragraph(words("none"), styles["note"])


def _text(value: str | None) -> str:
    """The adviser's text, safe for reportlab's markup, with its line breaks kept."""
    return escape(value or "").replace("\n", "<br/>")


def _label(vocabulary: Vocabulary, code: str | None, lang: Lang, words: _Words) -> str:
    return escape(vocabulary.label(code, lang)) if code else words("not_recorded")


def _labels(vocabulary: Vocabulary, codes: tuple[str, ...], lang: Lang) -> str:
    return escape(", ".join(vocabulary.label(code, lang) for code in codes)) or "—"


def _date(value: dt.date) -> str:
    return value.strftime("%d-%m-%Y")


def _size(size: int) -> str:
    return f"{size / 1024:.0f} kB" if size >= 1024 else f"{size} B"
