"""The content of the fictional demo practice: organisations, people, departments, the sentence
fragments notes are built from, and the proportions of a realistic caseload.

Everything here is invented. Names are common Dutch first names and surnames combined at random,
places are made up and e-mail addresses use the reserved `.example` domain, so no record of the
demo describes a real person or organisation. Sentences are short fragments so that combining
them gives varied, plausible notes. `demo` turns all of this into records.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from random import Random

# -- the adviser ---------------------------------------------------------------------------------

ADVISER_PROFILE = {
    "adviser_name": "Saskia de Wit-Veldhuis",
    "registration_number": "RVP-2019-0412",
    "adviser_email": "saskia@vertrouwenspraktijk-dewit.example",
    "adviser_phone": "030 000 0412",
    "practice_name": "Vertrouwenspraktijk De Wit",
}


# -- client organisations ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ClientTemplate:
    code: str
    name: str
    sector: str
    headcount: int
    contact_name: str
    contact_email: str
    integrity_role: bool
    # The contract started this many years before the first demo year (negative: later), on
    # this month's first day.
    contract_years_before: int
    contract_month: int
    contract_ends_this_year: bool = False


CLIENT_TEMPLATES = (
    ClientTemplate(
        "LINDE",
        "Zorggroep De Lindehof",
        "care",
        1_200,
        "Petra Hendriks (directeur HR)",
        "p.hendriks@lindehof.example",
        integrity_role=True,
        contract_years_before=4,
        contract_month=1,
    ),
    ClientTemplate(
        "SOOW",
        "Stichting Openbaar Onderwijs Waterveen",
        "education",
        420,
        "Mark Dekker (bestuurder)",
        "m.dekker@soow.example",
        integrity_role=False,
        contract_years_before=2,
        contract_month=8,
    ),
    ClientTemplate(
        "BRKH",
        "Gemeente Broekhaven",
        "government",
        640,
        "Ilse Verbeek (gemeentesecretaris)",
        "i.verbeek@broekhaven.example",
        integrity_role=True,
        contract_years_before=5,
        contract_month=1,
    ),
    ClientTemplate(
        "VDTL",
        "Van Dijk Transport & Logistiek",
        "logistics",
        310,
        "Ruud van Dijk (directeur)",
        "ruud@vandijktransport.example",
        integrity_role=False,
        contract_years_before=1,
        contract_month=4,
    ),
    ClientTemplate(
        "KADE",
        "Studio Kade Architecten",
        "services",
        35,
        "Noor Prins (office manager)",
        "noor@studiokade.example",
        integrity_role=False,
        contract_years_before=-1,
        contract_month=3,
    ),
    ClientTemplate(
        "MARKT",
        "Marktplein Supermarkten",
        "retail",
        950,
        "Jeroen Bos (manager HR)",
        "j.bos@marktplein.example",
        integrity_role=False,
        contract_years_before=3,
        contract_month=1,
        contract_ends_this_year=True,
    ),
)

# Further organisations, for larger demos: a pattern per sector filled with a place or a surname.
NAME_PATTERNS = {
    "care": ("Zorggroep {place}", "Thuiszorg {place}", "Woonzorgcentrum {place}"),
    "education": ("Scholengroep {place}", "Kindcentrum {place}", "Stichting Onderwijs {place}"),
    "government": ("Gemeente {place}", "Omgevingsdienst {place}", "Waterschap {place}"),
    "industry": ("Machinefabriek {place}", "{surname} Metaal", "Installatiebedrijf {surname}"),
    "retail": ("Bouwmarkt {place}", "{surname} Mode", "Warenhuis {place}"),
    "services": ("Adviesbureau {surname}", "Accountants {place}", "Ingenieursbureau {surname}"),
    "logistics": ("Transport {surname}", "Distributiecentrum {place}", "Koeriers {place}"),
    "hospitality": ("Hotel {place}", "Recreatiepark {place}", "Restaurantgroep {surname}"),
    "culture": ("Theater {place}", "Bibliotheek {place}", "Muziekschool {place}"),
    "nonprofit": ("Stichting Welzijn {place}", "Woonstichting {place}", "Sportvereniging {place}"),
}

PLACES = (
    "Waterveen", "Broekhaven", "Eikendaal", "Lindeweerd", "Zandhoven", "Molenbeek", "Dijkerhout",
    "Oosterveld", "Hazelbroek", "Weidevaart", "Kerkewaard", "Veldhaven", "Heuvelrode", "Rietmeer",
    "Beekdonk", "Ambachtsdam", "Vlietstede", "Polderwijk", "Elzenburg", "Heidekamp", "Lagevaart",
    "Noorderzand", "Esdonk", "Wilgenoord", "Sluiswijk", "Hooghaven", "Berkelveen", "Duinrade",
)  # fmt: skip


# -- the proportions of a realistic caseload -----------------------------------------------------
# Relative weights per vocabulary code. Intimidation and bullying come most, managers are the most
# frequent respondents, integrity reports are rarer, outside-scope questions are usually referred.

TRACK_WEIGHTS = {  # by whether the adviser also holds the integrity role
    True: {"unwanted_behaviour": 74, "integrity": 14, "outside_scope": 12},
    False: {"unwanted_behaviour": 86, "integrity": 2, "outside_scope": 12},
}
CATEGORY_WEIGHTS = {
    "unwanted_behaviour": {
        "intimidation": 30, "bullying": 28, "sexual_harassment": 12, "aggression_violence": 10,
        "discrimination": 9, "other_unwanted": 11},
    "integrity": {
        "rule_violation": 20, "abuse_of_power": 15, "conflict_of_interest": 15, "fraud": 12,
        "theft": 10, "misuse_of_information": 10, "corruption": 4, "public_wrongdoing": 5,
        "other_integrity": 9},
    "outside_scope": {
        "work_pressure": 35, "labour_conflict": 30, "reorganisation": 12,
        "performance_appraisal": 13, "private": 5, "other_outside": 5},
}  # fmt: skip
SECOND_CATEGORY = {"unwanted_behaviour": 0.25, "integrity": 0.1, "outside_scope": 0.1}
# Sectors where patients, pupils, customers or citizens are often the ones complained about.
PUBLIC_FACING = frozenset({"care", "education", "government", "retail", "hospitality"})
# What a patient, pupil or customer can do to a member of staff (bullying is between colleagues).
THIRD_PARTY_CATEGORIES = frozenset(
    {"intimidation", "sexual_harassment", "aggression_violence", "discrimination"}
)
_INTEGRITY_RELATIONS = {
    "manager": 35, "colleague": 33, "several": 10, "third_party": 7, "unknown": 15}  # fmt: skip
_OUTSIDE_RELATIONS = {"manager": 60, "colleague": 20, "several": 8, "unknown": 12}
RELATION_WEIGHTS = {  # by track and whether the sector is public-facing
    ("unwanted_behaviour", True): {
        "manager": 36, "colleague": 28, "several": 10, "third_party": 16, "subordinate": 5,
        "unknown": 5},
    ("unwanted_behaviour", False): {
        "manager": 40, "colleague": 32, "several": 10, "third_party": 6, "subordinate": 6,
        "unknown": 6},
    ("integrity", True): _INTEGRITY_RELATIONS,
    ("integrity", False): _INTEGRITY_RELATIONS,
    ("outside_scope", True): _OUTSIDE_RELATIONS,
    ("outside_scope", False): _OUTSIDE_RELATIONS,
}  # fmt: skip
MELDER_ROLE_WEIGHTS = {
    "employee": 72, "manager": 9, "contractor": 8, "intern_volunteer": 4, "former_employee": 3,
    "witness": 3, "other": 1}  # fmt: skip
AGE_BAND_WEIGHTS = {
    "under_25": 10, "25_34": 24, "35_44": 24, "45_54": 23, "55_plus": 15, "unknown": 4}  # fmt: skip
CAME_IN_VIA_WEIGHTS = {
    "self": 80, "hr": 8, "occupational_physician": 6, "manager": 5, "other": 1}  # fmt: skip
FEMALE_SHARE = {"care": 0.78, "education": 0.75, "logistics": 0.25, "industry": 0.2}
REFERRAL_WEIGHTS = {
    "unwanted_behaviour": {
        "occupational_physician": 30, "psychologist": 20, "gp": 15, "mediator": 15, "hr": 10,
        "social_work": 5, "lawyer": 5},
    "integrity": {"whistleblowers_authority": 30, "lawyer": 25, "hr": 25, "other": 20},
    "outside_scope": {
        "occupational_physician": 35, "hr": 25, "mediator": 15, "social_work": 10, "gp": 10,
        "lawyer": 5},
}  # fmt: skip
OUTCOME_WEIGHTS = {
    "unwanted_behaviour": {
        "resolved_informally": 26, "behaviour_stopped": 16, "no_further_steps": 24,
        "departure": 9, "no_contact": 12, "other_unknown": 4, "referred": 4},
    "integrity": {
        "no_further_steps": 35, "resolved_informally": 15, "referred": 20, "no_contact": 15,
        "other_unknown": 15},
    "outside_scope": {
        "referred": 40, "no_further_steps": 25, "no_contact": 20, "resolved_informally": 10,
        "other_unknown": 5},
}  # fmt: skip
INTAKE_MODE_WEIGHTS = {"in_person": 55, "video": 30, "phone": 15}
LATER_MODE_WEIGHTS = {"in_person": 35, "video": 25, "phone": 33, "written": 7}
# Median days from first contact to closing, and realistic mean contacts per case.
MEDIAN_DAYS = {"unwanted_behaviour": 35, "integrity": 60, "outside_scope": 10}
MEAN_CONTACTS = {"unwanted_behaviour": 3.3, "integrity": 3.0, "outside_scope": 1.4}


# -- people --------------------------------------------------------------------------------------

FEMALE_NAMES = (
    "Anouk", "Sanne", "Fatima", "Esra", "Lotte", "Priya", "Marieke", "Ingrid", "Yvonne", "Naima",
    "Joyce", "Karin", "Sevgi", "Ewa", "Anja", "Demi", "Chantal", "Iris", "Latifa", "Monique",
    "Femke", "Lisa", "Samira", "Wendy", "Judith", "Gerda", "Kim", "Merel", "Shanti", "Agnieszka",
)  # fmt: skip
MALE_NAMES = (
    "Bram", "Mohamed", "Thijs", "Kees", "Emre", "Dennis", "Jeroen", "Rachid", "Piotr", "Ruud",
    "Mehmet", "Sander", "Hans", "Youssef", "Gijs", "Martijn", "Bas", "Kevin", "Ricardo", "Wim",
    "Jasper", "Ahmed", "Erik", "Daan", "Stefan", "Henk", "Marco", "Niels", "Dirk", "Rajesh",
)  # fmt: skip
SURNAMES = (
    "de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot",
    "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit", "Dijkstra",
    "Kaya", "Yılmaz", "El Amrani", "Bouzid", "Nowak", "Kowalski", "Ramdin", "Sewdien", "Postma",
    "Kuipers", "Veenstra", "van Dam", "Verbeek", "Schouten", "Hoekstra", "van Wijk", "Koster",
    "Huisman", "Willems", "van der Linden", "Aydın", "Benali", "Wouters", "Çelik",
)  # fmt: skip

DEPARTMENTS = {
    "care": ("Verpleegafdeling De Esch", "Thuiszorg team Noord", "Facilitaire dienst",
             "Dagbesteding De Boomgaard", "Planning en roostering", "Keuken"),
    "education": ("Basisschool De Vlinderhof", "Basisschool Het Kompas", "Bestuursbureau",
                  "Basisschool De Regenboog", "Kinderopvang Het Speelhuis"),
    "government": ("Publiekszaken", "Buitendienst", "Sociaal domein", "Vergunningen",
                   "Financiën", "Wijkteam Oost"),
    "logistics": ("Warehouse nachtploeg", "Planning", "Chauffeurs regio Zuid",
                  "Klantenservice", "Werkplaats"),
    "services": ("Ontwerpteam", "Projectmanagement", "Secretariaat"),
    "retail": ("Filiaal Centrum", "Distributiecentrum", "Hoofdkantoor marketing",
               "Filiaal Noord", "Vers-afdeling"),
    "industry": ("Productie ploeg B", "Lasafdeling", "Inkoop", "Magazijn"),
}  # fmt: skip
GENERIC_DEPARTMENTS = ("Team Noord", "Team Zuid", "Administratie", "Binnendienst", "Buitendienst")


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


# -- client activities ---------------------------------------------------------------------------

ACTIVITY_DESCRIPTIONS = {
    "information_session": (
        "Voorlichting aan nieuwe medewerkers over de vertrouwenspersoon",
        "Voorlichting in het teamoverleg",
        "Presentatie op de personeelsdag over sociale veiligheid",
        "Workshop 'Wat doe je bij grensoverschrijdend gedrag?'",
    ),
    "manager_training": (
        "Training leidinggevenden: signalen herkennen en het gesprek aangaan",
        "Training leidinggevenden: omgaan met een melding",
    ),
    "management_advice": (
        "Adviesgesprek met de directie over sociale veiligheid",
        "Advies over de herziene klachtenregeling",
        "Overleg met de directie over de gedragscode",
    ),
    "annual_meeting": ("Jaargesprek met de directie; jaarverslag {previous_year} besproken",),
    "partner_consultation": (
        "Afstemming met de bedrijfsarts",
        "Overleg met de ondernemingsraad",
        "Overleg met de arbodienst over verwijzingen",
    ),
    "introduction": ("Kennismaking met directie en HR",),
}


# -- professional development --------------------------------------------------------------------

COURSES = (
    ("Gespreksvoering bij seksuele intimidatie", "Academie Vertrouwenswerk", 8),
    ("Wet bescherming klokkenluiders: de stand van zaken", "Instituut Integer Werken", 4),
    ("Omgaan met agressie en emoties in het gesprek", "Opleidingshuis De Brug", 6),
    ("Psychosociale arbeidsbelasting en de Arbowet", "Academie Vertrouwenswerk", 4),
    ("Discriminatie herkennen en bespreekbaar maken", "Kenniscentrum Gelijke Kansen", 6),
    ("Trauma-sensitief luisteren", "Opleidingshuis De Brug", 8),
    ("Privacy en dossiervorming voor vertrouwenspersonen", "Instituut Integer Werken", 4),
    ("Moreel beraad begeleiden", "Centrum voor Ethiek in de Praktijk", 8),
)
INTERVISION_GROUP = "Intervisiegroep vertrouwenspersonen Utrecht-Oost"
INTERVISION_THEMES = (
    "Casusbespreking (geanonimiseerd)",
    "Grenzen van de eigen rol",
    "Melder wil geen actie: wat nu?",
    "Integriteitsmelding in een kleine organisatie",
    "Nazorg na een formele klacht",
)
SUPERVISION = ("Supervisiepraktijk Ten Hove", "Eigen rol en belasting")
CONGRESS = (
    "Vereniging Vertrouwenswerk Lage Landen",
    "Jaarcongres: sociale veiligheid hybride werk",
)
EXTRA_ACTIVITIES = (
    ("Artikel voor een vakblad over nazorg", 6),
    ("Gastles aan een hogeschool over de rol van de vertrouwenspersoon", 4),
    ("Literatuurstudie: meldcultuur en psychologische veiligheid", 8),
    ("Bijdrage aan een webinar over de Wet bescherming klokkenluiders", 3),
)


# -- annual report texts -------------------------------------------------------------------------

REPORT_INTRODUCTION = (
    "In {year} was ik de externe vertrouwenspersoon van {client}. Medewerkers kunnen bij mij "
    "terecht met ervaringen van ongewenst gedrag{integrity}. Ik luister, geef advies over de "
    "mogelijkheden en begeleid waar dat nodig is; de melder houdt daarbij zelf de regie. "
    "Dit verslag bevat alleen geanonimiseerde aantallen. Kleine aantallen toon ik niet, zodat "
    "niemand herkenbaar is."
)
REPORT_SIGNALS = (
    "Meldingen gingen dit jaar vooral over de toon in overleggen en over uitsluiting. "
    "Mijn aanbeveling is om leidinggevenden te blijven trainen in het voeren van lastige "
    "gesprekken en om de klachtenregeling opnieuw onder de aandacht te brengen.",
    "Opvallend was dat melders lang wachten voordat zij contact zoeken. Ik raad aan de "
    "vertrouwenspersoon vaker zichtbaar te maken, bijvoorbeeld bij de introductie van nieuwe "
    "medewerkers, en werkdruk als terugkerend thema te bespreken met de ondernemingsraad.",
)


# -- putting the words together ------------------------------------------------------------------


def person(rng: Random, gender: str | None) -> tuple[str, str]:
    """A fictional first name and surname that fit the gender (either for other or unknown)."""
    pool: tuple[str, ...]
    if gender == "female":
        pool = FEMALE_NAMES
    elif gender == "male":
        pool = MALE_NAMES
    else:
        pool = FEMALE_NAMES + MALE_NAMES
    return rng.choice(pool), rng.choice(SURNAMES)


def full_name(first: str, surname: str) -> str:
    return f"{first} {surname}"


def alias(rng: Random, gender: str | None, first: str, surname: str) -> str:
    """How the adviser refers to a melder: a salutation with an initial, or a first name."""
    initial = next(c for c in surname if c.isupper())
    if gender in ("female", "male") and rng.random() < 0.5:
        return f"{'Mw.' if gender == 'female' else 'Dhr.'} {initial}."
    return first


def contact_detail(first: str, surname: str) -> str:
    """A reply address at a reserved example domain, so it can never reach anyone."""
    name = f"{first}.{surname}".replace("ı", "i")  # the Turkish dotless i has no decomposition
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore")
    local = ascii_name.decode().lower().replace(" ", "")
    return f"{local}@mail.example"


def department(rng: Random, sector: str) -> str:
    return rng.choice(DEPARTMENTS.get(sector, GENERIC_DEPARTMENTS))


def others_involved(rng: Random, relation_label: str) -> str:
    first, surname = person(rng, None)
    return f"{first} {surname[0].upper()}{surname[1:]} ({relation_label.lower()})"


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
