"""The sentence fragments the fictional demo practice builds its case and contact notes from.

Everything here is invented; the fragments are short so that combining them gives varied,
plausible notes ("{wie}" is who is complained about). `demo_cases` calls `case_note` and
`contact_note`.
"""

from __future__ import annotations

from random import Random

# -- case notes ----------------------------------------------------------------------------------

# Who is complained about, by relation; "{wie}" in the fragments below.
WHO = {
    "manager": ("de eigen leidinggevende", "de teamleider", "de afdelingsmanager"),
    "colleague": ("een collega", "een directe collega", "een collega van een ander team"),
    "subordinate": ("een medewerker uit het eigen team", "iemand die melder aanstuurt"),
    "several": ("een groepje collega's", "meerdere collega's"),
    "unknown": ("iemand die melder niet kent", "een anonieme afzender"),
}
THIRD_PARTIES = {
    "care": ("een cliënt", "familie van een cliënt"),
    "education": ("een ouder", "een leerling"),
    "government": ("een inwoner aan de balie", "een aanvrager"),
    "retail": ("een klant", "een vaste klant"),
    "logistics": ("een chauffeur van een vervoerder", "een klant aan de telefoon"),
    "services": ("een opdrachtgever", "een aannemer"),
}
GENERIC_THIRD_PARTIES = ("een klant", "een leverancier", "een bezoeker")

WHAT_HAPPENED = {
    "bullying": (
        "wordt door {wie} buitengesloten bij de lunch en in de groepsapp",
        "wordt door {wie} belachelijk gemaakt waar anderen bij zijn",
        "merkt dat {wie} informatie bewust achterhoudt",
        "hoort van {wie} al maanden grappen over het eigen accent",
    ),
    "intimidation": (
        "wordt door {wie} in overleggen afgekapt en op harde toon toegesproken",
        "voelt zich door {wie} onder druk gezet om een eerdere klacht in te trekken",
        "krijgt van {wie} dreigende opmerkingen over het contract",
        "wordt na een meningsverschil door {wie} nagelopen en gecontroleerd",
    ),
    "sexual_harassment": (
        "krijgt van {wie} ongewenste opmerkingen over het uiterlijk",
        "ontving van {wie} berichten met seksuele toespelingen",
        "werd tijdens een personeelsuitje door {wie} ongewenst aangeraakt",
        "wordt door {wie} steeds uitgenodigd voor afspraken buiten het werk en wil dat niet",
    ),
    "aggression_violence": (
        "is door {wie} uitgescholden en bedreigd",
        "werd bij een incident door {wie} hard vastgepakt",
        "maakte mee dat {wie} met spullen gooide",
        "wordt door {wie} regelmatig verbaal aangevallen",
    ),
    "discrimination": (
        "hoort van {wie} opmerkingen over afkomst en geloof",
        "heeft het gevoel dat {wie} bij het verdelen van taken op de leeftijd van melder let",
        "kreeg van {wie} opmerkingen over de zwangerschap",
        "merkt dat {wie} grappen maakt over de beperking van melder",
    ),
    "other_unwanted": (
        "krijgt van {wie} steeds kleine, kwetsende opmerkingen",
        "wordt door {wie} genegeerd bij de verdeling van het werk",
        "merkt dat {wie} over melder roddelt",
    ),
    "fraud": (
        "vermoedt dat declaraties worden opgehoogd",
        "zag dat er uren worden geschreven die niet zijn gemaakt",
    ),
    "corruption": ("vermoedt dat een leverancier wordt voorgetrokken in ruil voor cadeaus",),
    "theft": (
        "ziet dat materialen uit het magazijn verdwijnen",
        "vermoedt dat er geld uit de kas wordt genomen",
    ),
    "abuse_of_power": (
        "ervaart dat een leidinggevende de eigen positie gebruikt om collega's klein te houden",
    ),
    "conflict_of_interest": (
        "ziet dat opdrachten naar het bedrijf van een familielid van een collega gaan",
        "twijfelt over de nevenfunctie van een collega",
    ),
    "misuse_of_information": (
        "vermoedt dat vertrouwelijke gegevens buiten de organisatie worden gedeeld",
    ),
    "rule_violation": (
        "ziet dat veiligheidsvoorschriften stelselmatig worden overgeslagen",
        "twijfelt of de inkoopregels worden gevolgd",
    ),
    "public_wrongdoing": (
        "vermoedt dat onveilige situaties bewust niet aan de toezichthouder worden gemeld",
    ),
    "other_integrity": ("twijfelt of een benoeming zuiver is verlopen",),
    "work_pressure": (
        "loopt vast door de werkdruk sinds twee collega's zijn uitgevallen",
        "krijgt het werk niet meer af en slaapt slecht",
    ),
    "labour_conflict": (
        "verschilt met de leidinggevende van mening over de invulling van de functie",
        "is het oneens met een besluit over het rooster",
    ),
    "reorganisation": ("maakt zich zorgen over de eigen plek na de reorganisatie",),
    "performance_appraisal": ("is het niet eens met de beoordeling van dit jaar",),
    "private": ("heeft het zwaar door omstandigheden thuis",),
    "other_outside": ("heeft vragen over de gang van zaken rond het verzuim",),
}

FEELINGS = {
    "unwanted_behaviour": (
        "Slaapt er slecht van.",
        "Ziet op tegen het werk.",
        "Twijfelt of het aan zichzelf ligt.",
        "Wil vooral dat het stopt.",
        "Is boos en teleurgesteld.",
        "Heeft zich een paar dagen ziek gemeld.",
    ),
    "integrity": (
        "Is bang voor de gevolgen als bekend wordt wie het meldt.",
        "Twijfelt of het vermoeden sterk genoeg is.",
        "Wil de organisatie niet beschadigen, maar kan dit niet laten lopen.",
    ),
    "outside_scope": (
        "Is moe en gefrustreerd.",
        "Voelt zich niet gehoord.",
        "Weet niet goed waar het heen moet.",
    ),
}
WISHES = {
    "unwanted_behaviour": (
        "Wil eerst zelf het gesprek aangaan.",
        "Wil de mogelijkheden op een rij voordat er iets gebeurt.",
        "Wil niet dat de leidinggevende het nu al weet.",
        "Overweegt een formele klacht.",
        "Wil weten wat de klachtenregeling inhoudt.",
    ),
    "integrity": (
        "Wil weten welke meldroutes er zijn.",
        "Wil de melding eerst via de vertrouwenspersoon doen.",
        "Overweegt advies te vragen bij het Huis voor Klokkenluiders.",
    ),
    "outside_scope": (
        "Uitgelegd dat dit buiten de rol van de vertrouwenspersoon valt.",
        "Samen gekeken wie wel kan helpen.",
    ),
}


# -- contact notes -------------------------------------------------------------------------------

INTAKE_NOTES = (
    "Kennismaking; rol van de vertrouwenspersoon en de geheimhouding uitgelegd.",
    "Eerste gesprek: melder vertelt het verhaal vanaf het begin.",
    "Intake; afspraken gemaakt over vertrouwelijkheid en over hoe we contact houden.",
)
FOLLOW_UP_NOTES = {
    "unwanted_behaviour": (
        "Mogelijkheden doorgenomen: zelf het gesprek aangaan, bemiddeling of een formele klacht.",
        "Gesprek met de leidinggevende voorbereid, met een korte oefening.",
        "Melder heeft het gesprek gevoerd; het is sindsdien rustiger.",
        "Situatie onveranderd; melder wil nog even afwachten.",
        "Klachtenregeling samen doorgelezen.",
        "Tijdlijn van de voorvallen samen op papier gezet.",
        "Doorverwijzing naar de bedrijfsarts besproken.",
    ),
    "integrity": (
        "Meldregeling doorgenomen en de rechten van een melder uitgelegd.",
        "Besproken welke feiten melder kan onderbouwen.",
        "Melding voorbereid; melder beslist zelf over het moment.",
        "Bescherming tegen benadeling besproken.",
    ),
    "outside_scope": (
        "Uitgelegd wat buiten de rol van de vertrouwenspersoon valt.",
        "Samen gekeken wie wel kan helpen: bedrijfsarts, HR of een mediator.",
        "Contactgegevens van de bedrijfsarts meegegeven.",
    ),
}
CLOSING_NOTES = (
    "Afrondend gesprek; melder heeft voorlopig geen hulp meer nodig.",
    "Nazorggesprek: het gaat goed met melder.",
    "Laatste contact; dossier wordt gesloten.",
    "Melder laat weten dat het is opgelost.",
)
MOODS = (  # the first only after an earlier conversation
    "Melder oogt rustiger dan de vorige keer.",
    "Melder was emotioneel.",
    "Melder is strijdbaar.",
    "Melder twijfelt nog.",
    "Melder voelt zich gehoord.",
)
NEXT_STEPS = (
    "Over twee weken weer contact.",
    "Melder neemt zelf contact op als het nodig is.",
    "Volgende afspraak na het gesprek met HR.",
    "Over een maand telefonisch nabellen.",
)


# -- putting the fragments together --------------------------------------------------------------


def case_note(rng: Random, track: str, category: str, relation: str | None, sector: str) -> str:
    """What the melder brings in, how it affects them and what they want, in three sentences."""
    if relation == "third_party":
        who = rng.choice(THIRD_PARTIES.get(sector, GENERIC_THIRD_PARTIES))
    else:
        who = rng.choice(WHO.get(relation or "unknown", WHO["unknown"]))
    what = rng.choice(WHAT_HAPPENED[category]).format(wie=who)
    return f"Melder {what}. {rng.choice(FEELINGS[track])} {rng.choice(WISHES[track])}"


def contact_note(rng: Random, track: str, moment: str) -> str:
    """A short note of one conversation; `moment` is "intake", "follow_up" or "closing"."""
    if moment == "intake":
        parts = [rng.choice(INTAKE_NOTES)]
    elif moment == "closing":
        parts = [rng.choice(CLOSING_NOTES)]
    else:
        parts = [rng.choice(FOLLOW_UP_NOTES[track])]
    if rng.random() < 0.45:
        parts.append(rng.choice(MOODS[1:] if moment == "intake" else MOODS))
    if moment != "closing" and rng.random() < 0.4:
        parts.append(rng.choice(NEXT_STEPS))
    return " ".join(parts)
