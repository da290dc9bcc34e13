"""The annual report's own words (headings, figure names, notes) in Dutch and English.

Vocabulary labels come from `vp_desktop.domain.vocab`; everything else the report says is here, so
the PDF, the json/csv exports and the app use the same words.
"""

from __future__ import annotations

from vp_desktop.domain.vocab import Lang

TEXTS: dict[str, tuple[str, str]] = {
    # Title and cover
    "report_title": ("Jaarverslag vertrouwenspersoon", "Annual report of the confidential adviser"),
    "cover_client": ("Opdrachtgever", "Client organisation"),
    "cover_year": ("Verslagjaar", "Year"),
    "cover_adviser": ("Vertrouwenspersoon", "Confidential adviser"),
    "cover_registration": ("Registratienummer", "Registration number"),
    "cover_date": ("Datum", "Date"),
    "cover_practice": ("Praktijk", "Practice"),
    "cover_confidential": (
        "Dit verslag bevat uitsluitend geanonimiseerde, samengevoegde cijfers.",
        "This report contains only anonymised, aggregated figures.",
    ),
    "page_of": ("pagina {page} van {pages}", "page {page} of {pages}"),
    # Sections, in the order of the domain description
    "section_introduction": ("Inleiding", "Introduction"),
    "section_key_figures": ("Kerncijfers", "Key figures"),
    "section_breakdowns": ("Verdeling van de meldingen", "Breakdown of the cases"),
    "section_trend": ("Meerjarig overzicht", "Trend over the years"),
    "section_activities": ("Activiteiten voor de organisatie", "Activities for the organisation"),
    "section_signals": ("Signalen en aanbevelingen", "Signals and recommendations"),
    "section_pe": ("Deskundigheidsbevordering", "Professional development"),
    "section_method": ("Over de cijfers", "About the figures"),
    # Figures (row labels of the report's own tables)
    "handled": ("Behandelde meldingen", "Cases handled"),
    "new": ("Nieuwe meldingen", "New cases"),
    "carried_over": ("Overgenomen uit eerdere jaren", "Carried over from earlier years"),
    "closed": ("Afgesloten", "Closed"),
    "open_at_year_end": ("Nog lopend aan het eind van het jaar", "Still open at year end"),
    "contacts": ("Gesprekken en contactmomenten", "Conversations and contacts"),
    "case_work_minutes": ("Uren voor meldingen", "Hours on cases"),
    "activity_minutes": ("Uren voor activiteiten", "Hours on activities"),
    "total_minutes": ("Uren in totaal", "Hours in total"),
    "intervision_sessions": ("Intervisiebijeenkomsten", "Intervision sessions"),
    # Table titles of the report's own tables
    "table_intake": ("Instroom", "Intake"),
    "table_closure": ("Afsluiting", "Closure"),
    "table_time": ("Gesprekken en uren", "Contacts and hours"),
    "table_trend_new": ("Nieuwe meldingen per jaar", "New cases per year"),
    "table_trend_handled": ("Behandelde meldingen per jaar", "Cases handled per year"),
    "table_activities": ("Activiteiten per soort", "Activities by kind"),
    "table_pe": ("Deskundigheidsbevordering in uren", "Professional development in hours"),
    "table_outcome": ("Afloop van de afgesloten meldingen", "Outcome of the closed cases"),
    # Column headings
    "col_count": ("Aantal", "Number"),
    "col_hours": ("Uren", "Hours"),
    "col_date": ("Datum", "Date"),
    "col_kind": ("Soort", "Kind"),
    "col_year": ("Jaar", "Year"),
    "col_requirement": ("Onderdeel", "Requirement"),
    "col_done": ("Behaald", "Achieved"),
    "col_norm": ("Norm", "Standard"),
    "col_status": ("Stand", "Status"),
    "status_met": ("voldaan", "met"),
    "status_open": ("nog niet voldaan", "not yet met"),
    "sessions": ("{n} bijeenkomsten", "{n} sessions"),
    "period": ("Periode {start} tot en met {end}", "Period {start} to {end}"),
    "chart_categories": ("Meldingen per onderwerp", "Cases by category"),
    "legend_new": ("Nieuw", "New"),
    "legend_handled": ("Behandeld", "Handled"),
    # Sentences
    "no_signals": (
        "De vertrouwenspersoon heeft voor dit jaar geen signalen of aanbevelingen opgenomen.",
        "The adviser has not included signals or recommendations for this year.",
    ),
    "role_sentence": (
        "Rol bij deze organisatie: {roles}.",
        "Role at this organisation: {roles}.",
    ),
    "organisation_sentence": (
        "Sector: {sector}. Omvang: {size}.",
        "Sector: {sector}. Size: {size}.",
    ),
    "fewer_than_k": (
        "In {year} waren er minder dan {k} meldingen. Om te voorkomen dat iemand herkenbaar "
        "wordt, bevat dit verslag daarom geen verdeling van de meldingen.",
        "In {year} there were fewer than {k} cases. So that no one can be recognised, this "
        "report therefore contains no breakdown of the cases.",
    ),
    "no_cases": (
        "In {year} zijn er geen meldingen geweest.",
        "There were no cases in {year}.",
    ),
    "withheld": (
        "Niet getoond om kleine aantallen te beschermen: {names}.",
        "Not shown, to protect small numbers: {names}.",
    ),
    "multi_valued_note": (
        "Bij één melding kan meer dan één antwoord horen; de aantallen tellen daarom niet op "
        "tot het totaal.",
        "One case can have more than one answer, so the numbers do not add up to the total.",
    ),
    "not_always_registered": (
        "Niet bij elke melding is dit vastgelegd; de aantallen kunnen daarom samen minder zijn "
        "dan het totaal.",
        "This is not recorded for every case, so the numbers may add up to less than the total.",
    ),
    "grouped_note": (
        "Verwante antwoorden zijn samengenomen, zodat minder cijfers verborgen hoeven te blijven.",
        "Related answers are taken together, so that fewer figures need to stay hidden.",
    ),
    "merged_note": (
        "“{into}” omvat ook {names}: elk daarvan kwam minder dan {k} keer voor.",
        "“{into}” also includes {names}: each of these occurred fewer than {k} times.",
    ),
    # What a re-issue does with a whole table (the adviser's list of changes before exporting).
    "table_shown": ("getoond", "shown"),
    "table_left_out": ("weggelaten", "left out"),
    "pair_withheld": (
        "Niet alle kerncijfers worden getoond, omdat anders kleine aantallen af te leiden zouden "
        "zijn.",
        "Not every key figure is shown, because small numbers could otherwise be derived.",
    ),
    "no_activities": (
        "Er zijn dit jaar geen activiteiten voor de organisatie vastgelegd.",
        "No activities for the organisation were recorded this year.",
    ),
    "no_pe": (
        "Er is voor dit jaar geen deskundigheidsbevordering vastgelegd.",
        "No professional development was recorded for this year.",
    ),
    "pe_intro": (
        "Om geregistreerd te blijven houdt de vertrouwenspersoon de eigen deskundigheid bij. "
        "Hieronder staan de uren en bijeenkomsten van {year}.",
        "To stay registered, the adviser keeps their expertise up to date. Below are the hours "
        "and sessions of {year}.",
    ),
    "method_note": (
        "Dit verslag bevat alleen samengevoegde cijfers en de eigen woorden van de "
        "vertrouwenspersoon; het is niet herleidbaar tot personen. Een aantal van 1 tot en met "
        "{k1} staat er als “<{k}”. Een “x” is een aantal van {k} of meer dat verborgen is, omdat "
        "anders een klein aantal terug te rekenen zou zijn. Een “–” betekent: niet gegeven, om "
        "dezelfde reden. Een verdeling die ook zo niet veilig te tonen is, blijft weg. Nullen "
        "worden altijd getoond. Is het totaal aantal meldingen van het jaar kleiner dan {k}, "
        "dan bevat het verslag geen verdeling. Er worden geen percentages en geen cijfers per "
        "maand of kwartaal gegeven.",
        "This report contains only aggregated figures and the adviser's own words; it cannot be "
        "traced back to individuals. A number from 1 to {k1} is shown as “<{k}”. An “x” is a "
        "number of {k} or more that is hidden because a small number could otherwise be worked "
        "out. A “–” means: not given, for the same reason. A breakdown that cannot be shown "
        "safely even then is left out. Zeros are always shown. If the year's total number of "
        "cases is below {k}, the report contains no breakdown. No percentages and no monthly or "
        "quarterly figures are given.",
    ),
    "method_joint": (
        "Alle cijfers zijn samen beschermd: met elkaar, met het meerjarig overzicht en met de "
        "jaarverslagen die deze organisatie eerder van de vertrouwenspersoon ontving. Ook wie "
        "alle verslagen naast elkaar legt en narekent, kan een verborgen klein aantal niet "
        "vaststellen: zowel 1 als {k1} blijft mogelijk. Cijfers uit eerdere verslagen staan er "
        "zoals ze toen zijn gegeven, ook als de drempel sindsdien is veranderd.",
        "All figures are protected together: with each other, with the trend and with the "
        "annual reports this organisation received from the adviser before. Even someone who "
        "puts all reports side by side and does the arithmetic cannot pin down a hidden small "
        "number: both 1 and {k1} remain possible. Figures from earlier reports appear as they "
        "were given then, even if the threshold has changed since.",
    ),
    "demo_marker": ("DEMO – fictieve praktijk", "DEMO – fictional practice"),
    "demo_note": (
        "Gemaakt met de demopraktijk: alle gegevens zijn verzonnen.",
        "Made with the demo practice: all data are invented.",
    ),
    "method_counting": (
        "Een melding telt mee in elk jaar waarin zij liep: nieuw is een melding die in het jaar "
        "binnenkwam, overgenomen een melding van eerder die op 1 januari nog liep. Uren zijn de "
        "tijd van gesprekken en contactmomenten met melders plus de activiteiten voor de "
        "organisatie.",
        "A case counts in every year in which it ran: new is a case that came in during the "
        "year, carried over a case from earlier that was still open on 1 January. Hours are the "
        "time of conversations and contacts with reporters plus the activities for the "
        "organisation.",
    ),
}


def text(key: str, lang: Lang = "nl", **params: object) -> str:
    """The report's wording for `key`; `KeyError` for a key that does not exist."""
    nl, en = TEXTS[key]
    template = nl if lang == "nl" else en
    return template.format(**params) if params else template
