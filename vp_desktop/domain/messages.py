"""Sentences for validation problems, in Dutch and English, keyed by stable problem codes.

Services report problems as codes with parameters; the UI and CLI turn them into sentences here,
so the same rule reads the same everywhere.
"""

from __future__ import annotations

from vp_desktop.domain.vocab import Lang

MESSAGES: dict[str, tuple[str, str]] = {
    "required": ("Dit veld is verplicht.", "This field is required."),
    "unknown_code": ("Onbekende waarde “{value}”.", "Unknown value “{value}”."),
    "closed_before_opened": (
        "De sluitdatum ligt vóór de openingsdatum.",
        "The closing date is before the opening date.",
    ),
    "closing_needs_outcome": (
        "Kies een afloop om de casus te sluiten.",
        "Choose an outcome to close the case.",
    ),
    "outcome_needs_closing": (
        "Een afloop hoort bij een gesloten casus; vul ook de sluitdatum in.",
        "An outcome belongs to a closed case; fill in the closing date too.",
    ),
    "date_in_future": ("Deze datum ligt in de toekomst.", "This date is in the future."),
    "date_too_early": (
        "Een datum vóór {limit} kan niet kloppen; controleer het jaartal.",
        "A date before {limit} cannot be right; check the year.",
    ),
    "minutes_range": (
        "Vul een duur in van 1 tot en met 1439 minuten.",
        "Enter a duration from 1 to 1439 minutes.",
    ),
    "category_required": ("Kies minstens één onderwerp.", "Choose at least one category."),
    "category_track_mismatch": (
        "“{value}” hoort niet bij het gekozen spoor.",
        "“{value}” does not belong to the track.",
    ),
    "contact_before_opened": (
        "Het gesprek ligt vóór de openingsdatum van de casus.",
        "The contact is before the case was opened.",
    ),
    "client_code_format": (
        "Gebruik 2 tot 12 hoofdletters of cijfers, bijvoorbeeld ACME.",
        "Use 2 to 12 capital letters or digits, for example ACME.",
    ),
    "client_code_taken": ("Deze code is al in gebruik.", "This code is already in use."),
    "contract_end_before_start": (
        "Het einde van het contract ligt vóór het begin.",
        "The contract ends before it starts.",
    ),
    "role_required": (
        "Kies minstens één rol (ongewenste omgangsvormen of integriteit).",
        "Choose at least one role (unwanted behaviour or integrity).",
    ),
    "headcount_range": ("Vul een positief aantal in.", "Enter a positive number."),
    "file_not_regular": (
        "Dit is geen gewoon bestand (maar bijvoorbeeld een apparaat of een pijp); kies een "
        "gewoon bestand.",
        "This is not a regular file (but, for example, a device or a pipe); choose a regular file.",
    ),
    "pe_norm_range": (
        "Vul een positief aantal in, of laat het veld leeg.",
        "Enter a positive number, or leave the field empty.",
    ),
    "file_too_large": (
        "Het bestand is groter dan {limit} MB en kan niet worden bewaard.",
        "The file is larger than {limit} MB and cannot be stored.",
    ),
    "file_type": (
        "Dit soort bestand wordt niet ondersteund ({value}).",
        "This kind of file is not supported ({value}).",
    ),
    "file_empty": ("Het bestand is leeg.", "The file is empty."),
    "quarter_hours": (
        "Vul uren in per kwartier (bijvoorbeeld 1,25 of 2,5).",
        "Enter hours in quarters (for example 1.25 or 2.5).",
    ),
    "pe_rule_set_required": (
        "Kies minstens één norm voor uw deskundigheidsbevordering.",
        "Choose at least one standard for your professional development.",
    ),
    "pe_rule_set_invalid": (
        "Deze norm klopt niet ({value}).",
        "This standard is not valid ({value}).",
    ),
    "pe_cycle_start_required": (
        "Vul de startdatum van uw cyclus in.",
        "Fill in the start date of your cycle.",
    ),
    "credential_warning_range": (
        "Kies 1 tot en met 24 maanden.",
        "Choose 1 to 24 months.",
    ),
    "credential_dates": (
        "Deze datum ligt vóór de datum van afgifte.",
        "This date lies before the date of issue.",
    ),
    "credential_kind": (
        "Kies wat voor bewijs dit is.",
        "Choose what kind of credential this is.",
    ),
    "pe_import_kind": (
        "Onbekende soort “{value}”. Kies uit: {allowed}.",
        "Unknown kind “{value}”. Choose from: {allowed}.",
    ),
    "pe_import_hours": (
        "Vul de uren in als getal in kwartieren, bijvoorbeeld 2,5 of 1.25 (hoogstens 100).",
        "Enter the hours as a number in quarters, e.g. 2,5 or 1.25 (at most 100).",
    ),
    "pe_import_yes_no": ("Vul ja of nee in.", "Enter yes or no."),
    "pe_import_no_rows": (
        "Het bestand bevat geen activiteiten.",
        "The file contains no activities.",
    ),
    "pe_import_exists": (
        "Deze activiteit staat al in de kluis (zelfde datum, soort, uren, aanbieder en thema).",
        "This activity is already in the vault (same date, kind, hours, provider and theme).",
    ),
    "pe_import_twice": (
        "Deze activiteit staat twee keer in het bestand (ook in rij {other}).",
        "This activity is in the file twice (also in row {other}).",
    ),
    "pe_no_cycle_rule_set": (
        "Geen van uw gekozen normen loopt in cycli; kies bijvoorbeeld de LVV-herregistratie.",
        "None of your chosen standards runs in cycles; choose e.g. the LVV recertification.",
    ),
    "threshold_range": (
        "De drempel moet tussen 3 en 10 liggen.",
        "The threshold must be between 3 and 10.",
    ),
    "retention_range": (
        "Vul een bewaartermijn in van 1 tot 120 maanden.",
        "Enter a retention period from 1 to 120 months.",
    ),
    "auto_lock_range": (
        "Vul een tijd in van 1 tot 240 minuten.",
        "Enter a time from 1 to 240 minutes.",
    ),
    "clipboard_range": (
        "Vul een tijd in van 0 tot 600 seconden.",
        "Enter a time from 0 to 600 seconds.",
    ),
    "too_long": (
        "Deze tekst is te lang (maximaal {limit} tekens).",
        "This text is too long (at most {limit} characters).",
    ),
    "passphrase_too_short": (
        "Gebruik minstens 12 tekens; een zin van vier of meer woorden werkt goed.",
        "Use at least 12 characters; a sentence of four or more words works well.",
    ),
    "passphrase_edge_spaces": (
        "Begin of eindig niet met een spatie.",
        "Do not start or end with a space.",
    ),
    "passphrase_too_guessable": (
        "Deze wachtzin is te makkelijk te raden. Maak hem langer of minder voorspelbaar.",
        "This passphrase is too easy to guess. Make it longer or less predictable.",
    ),
    "passphrase_mismatch": (
        "De twee wachtzinnen zijn niet gelijk.",
        "The two passphrases are not the same.",
    ),
    "not_found": ("Dit item bestaat niet (meer).", "This item does not exist (any more)."),
    "case_purged": (
        "Deze casus is vernietigd; alleen de anonieme gegevens zijn bewaard.",
        "This case was destroyed; only its anonymous record is kept.",
    ),
    "purge_needs_closed": (
        "Alleen een gesloten casus kan worden vernietigd.",
        "Only a closed case can be destroyed.",
    ),
    "confirm_code_mismatch": (
        "Typ precies de code van de opdrachtgever ({value}) om te bevestigen.",
        "Type exactly the client's code ({value}) to confirm.",
    ),
    # Signals, advice and the jaarplan
    "follow_up_before_advice": (
        "De datum van opvolging ligt vóór de datum van het advies.",
        "The follow-up date is before the date of the advice.",
    ),
    "date_not_in_year": (
        "Kies een datum in {value}.",
        "Choose a date in {value}.",
    ),
    "activity_other_year": (
        "Deze activiteit hoort niet bij het jaar van het plan.",
        "This activity is not in the year of the plan.",
    ),
    "activity_already_linked": (
        "Deze activiteit is al aan een ander onderdeel van het plan gekoppeld.",
        "This activity is already linked to another part of the plan.",
    ),
}


def message(code: str, lang: Lang = "nl", **params: object) -> str:
    nl, en = MESSAGES.get(code, (code, code))
    template = nl if lang == "nl" else en
    try:
        return template.format(**params)
    except (KeyError, IndexError):
        return template
