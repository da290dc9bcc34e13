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
    "not_met": ("Niet behaald", "Not met"),
    "sessions": ("{n} bijeenkomsten", "{n} sessions"),
    "session": ("{n} bijeenkomst", "{n} session"),
    "total": ("Totaal", "Total"),
    "capped": (
        "Door het jaarmaximum telden {hours} van {part} niet mee.",
        "Because of the yearly cap, {hours} of {part} did not count.",
    ),
    "cap_cycle_year": (
        "Voor {part} telt per cyclusjaar hoogstens {cap} mee.",
        "For {part}, at most {cap} counts per cycle year.",
    ),
    "cap_calendar_year": (
        "Voor {part} telt per kalenderjaar hoogstens {cap} mee.",
        "For {part}, at most {cap} counts per calendar year.",
    ),
    "unaccredited": (
        "Zonder accreditatie telden {hours} van {part} niet mee.",
        "Without accreditation, {hours} of {part} did not count.",
    ),
    "session_minimum": (
        "Een bijeenkomst telt mee als zij minstens {minutes} minuten duurt.",
        "A meeting counts as a session when it lasts at least {minutes} minutes.",
    ),
    "as_of": ("Stand op {date}.", "As of {date}."),
    "planned_note": (
        "Geplande activiteiten (na {date}) staan in de lijst maar tellen nog niet mee: {hours}.",
        "Planned activities (after {date}) are listed but do not count yet: {hours}.",
    ),
    "planned": ("gepland", "planned"),
    "no_evidence": (
        "{n} activiteiten hebben nog geen bewijsstuk.",
        "{n} activities have no evidence yet.",
    ),
    "no_evidence_one": (
        "1 activiteit heeft nog geen bewijsstuk.",
        "1 activity has no evidence yet.",
    ),
    "evidence_missing": ("ontbreekt", "missing"),
    "accredited_mark": ("geaccrediteerd", "accredited"),
    "client_norm": ("Norm van de opdrachtgever", "The client's own standard"),
    "client_norm_hours": ("Uren in {year}", "Hours in {year}"),
    "client_norm_sessions": ("Intervisiebijeenkomsten in {year}", "Intervision sessions in {year}"),
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
