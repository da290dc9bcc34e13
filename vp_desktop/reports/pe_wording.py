"""The professional-development report's own words in Dutch and English, like `wording` for the
annual report. PE kinds and rule-set names come from `vp_desktop.domain`.
"""

from __future__ import annotations

from vp_desktop.domain.vocab import Lang

TEXTS: dict[str, tuple[str, str]] = {
    "title": ("Deskundigheidsbevordering", "Professional development"),
    "year": ("Overzicht over {year}", "Record for {year}"),
    "cycle": (
        "Overzicht over de cyclus {start} t/m {end}",
        "Record for the cycle {start} to {end}",
    ),
    "adviser": ("Vertrouwenspersoon", "Confidential adviser"),
    "registration": ("Registratienummer", "Registration number"),
    "period": ("Periode", "Period"),
    "generated": ("Opgesteld op", "Prepared on"),
    "through": ("t/m", "to"),
    "standards": ("Stand ten opzichte van de normen", "Progress against the standards"),
    "no_standards": (
        "Er is voor deze periode geen norm gekozen; hieronder staan alle activiteiten.",
        "No standard applies to this period; all activities are listed below.",
    ),
    "part": ("Onderdeel", "Requirement"),
    "required": ("Vereist", "Required"),
    "counted": ("Geteld", "Counted"),
    "missing": ("Nog nodig", "Still needed"),
    "status": ("Stand", "Status"),
    "met": ("Behaald", "Met"),
    "open": ("Nog niet behaald", "Not yet met"),
    "behind": ("Achter op schema", "Behind schedule"),
    "sessions": ("{n} bijeenkomsten", "{n} sessions"),
    "session": ("{n} bijeenkomst", "{n} session"),
    "total": ("Totaal", "Total"),
    "capped": (
        "Door het jaarmaximum telden {hours} van {part} niet mee.",
        "Because of the yearly cap, {hours} of {part} did not count.",
    ),
    "by_kind": ("Uren per soort", "Hours per kind"),
    "kind": ("Soort", "Kind"),
    "count": ("Aantal", "Number"),
    "hours": ("Uren", "Hours"),
    "activities": ("Activiteiten", "Activities"),
    "none": ("Geen activiteiten in deze periode.", "No activities in this period."),
    "date": ("Datum", "Date"),
    "provider": ("Aanbieder of groep", "Provider or group"),
    "accreditation": ("Accreditatienr.", "Accreditation no."),
    "theme": ("Thema", "Theme"),
    "evidence": ("Bewijs", "Evidence"),
    "evidence_title": ("Bewijsstukken", "Evidence"),
    "evidence_intro": (
        "De bewijsstukken staan in de map “{folder}” naast dit overzicht.",
        "The evidence files are in the folder “{folder}” beside this record.",
    ),
    "page": ("pagina {n}", "page {n}"),
}


def text(key: str, lang: Lang = "nl", **params: object) -> str:
    """The report's wording for `key`; `KeyError` for a key that does not exist."""
    nl, en = TEXTS[key]
    return (nl if lang == "nl" else en).format(**params)
