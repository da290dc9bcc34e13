"""The content of the fictional demo practice: the adviser, organisations, people, departments,
client activities, professional development and the annual report's texts.

Everything here is invented. Names are common Dutch first names and surnames combined at random,
places are made up and e-mail addresses use the reserved `.example` domain, so no record of the
demo describes a real person or organisation. The fragments of case and contact notes are in
`demo_notes`, the proportions of the caseload in `demo_weights`.
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
    # After a first name the tussenvoegsel stays lower case: "Marco van Leeuwen".
    return f"{first} {surname} ({relation_label.lower()})"
