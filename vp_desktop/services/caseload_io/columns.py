"""The caseload file format: its columns, their Dutch header names, and vocabulary lookups.

One row per case. Headers are matched case-insensitively, without accents and punctuation, in
any order. Vocabulary values are accepted as codes, Dutch or English labels (built from
`vp_desktop.domain.vocab`) or one of a few common spelling variants listed here.
docs/import-format.md documents the same format for advisers.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import Enum
from functools import cache
from typing import TypeVar

from vp_desktop.domain import vocab

_V = TypeVar("_V")


class Kind(Enum):
    CLIENT = "client"
    CASE_NUMBER = "case_number"
    DATE = "date"
    COUNT = "count"
    CODE = "code"  # one value of a vocabulary
    CODES = "codes"  # several values of a vocabulary
    TEXT = "text"


@dataclass(frozen=True, slots=True)
class Column:
    name: str  # the English header, as exports write it
    dutch: tuple[str, ...]  # accepted Dutch headers; the first is the usual one
    kind: Kind
    vocabulary: str = ""
    required: bool = False
    identifying: bool = False
    max_length: int = 2_000


C = Column
COLUMNS: tuple[Column, ...] = (
    C("client", ("opdrachtgever", "klant", "organisatie"), Kind.CLIENT, required=True),
    C(
        "case_number",
        ("casusnummer", "nummer", "dossiernummer", "meldingsnummer"),
        Kind.CASE_NUMBER,
    ),
    C(
        "opened",
        ("geopend", "datum geopend", "openingsdatum", "startdatum"),
        Kind.DATE,
        required=True,
    ),
    C("closed", ("gesloten", "datum gesloten", "sluitdatum", "einddatum"), Kind.DATE),
    C("track", ("spoor",), Kind.CODE, "track", required=True),
    C(
        "categories",
        ("onderwerpen", "onderwerp", "categorieen", "categorie"),
        Kind.CODES,
        "category",
        required=True,
    ),
    C("relation", ("relatie", "relatie beklaagde"), Kind.CODE, "relation"),
    C("melder_role", ("rol melder", "rol van de melder"), Kind.CODE, "melder_role"),
    C("gender", ("geslacht",), Kind.CODE, "gender"),
    C("age_band", ("leeftijd", "leeftijdsgroep"), Kind.CODE, "age_band"),
    C("came_in_via", ("binnengekomen via", "via"), Kind.CODE, "came_in_via"),
    C("support", ("ondersteuning", "geboden ondersteuning"), Kind.CODES, "support"),
    C(
        "referrals",
        ("doorverwezen naar", "doorverwijzingen", "doorverwijzing"),
        Kind.CODES,
        "referral",
    ),
    C("outcome", ("afloop", "uitkomst", "resultaat"), Kind.CODE, "outcome"),
    C("contacts", ("gesprekken", "aantal gesprekken", "contacten"), Kind.COUNT),
    C("minutes", ("minuten", "totaal minuten", "tijd in minuten"), Kind.COUNT),
    C("follow_up", ("vervolgdatum", "follow up", "nazorg op", "opvolgdatum"), Kind.DATE),
    C("melder_name", ("naam melder", "melder"), Kind.TEXT, identifying=True),
    C("melder_alias", ("alias", "schuilnaam"), Kind.TEXT, identifying=True),
    C("melder_contact", ("contactgegevens melder", "contactgegevens"), Kind.TEXT, identifying=True),
    C("others_involved", ("betrokkenen", "andere betrokkenen"), Kind.TEXT, identifying=True),
    C("department", ("afdeling",), Kind.TEXT, identifying=True),
    C(
        "respondent_ref",
        ("beklaagde", "kenmerk beklaagde", "beklaagde kenmerk"),
        Kind.TEXT,
        identifying=True,
        max_length=100,
    ),
    C(
        "notes",
        ("notities", "aantekeningen", "opmerkingen"),
        Kind.TEXT,
        identifying=True,
        max_length=100_000,
    ),
)

BY_NAME: dict[str, Column] = {c.name: c for c in COLUMNS}
REQUIRED: tuple[Column, ...] = tuple(c for c in COLUMNS if c.required)
IDENTIFYING: tuple[Column, ...] = tuple(c for c in COLUMNS if c.identifying)

# Spelling variants advisers use in their own sheets, per vocabulary: code -> variants.
VARIANTS: dict[str, dict[str, tuple[str, ...]]] = {
    "track": {
        "unwanted_behaviour": ("oo", "ongewenst gedrag", "ongewenste omgangsvorm"),
        "integrity": ("integriteitsmelding",),
        "outside_scope": ("buiten taakgebied", "buiten scope", "buiten de scope"),
    },
    "category": {
        "bullying": ("pesterij", "pesterijen", "gepest"),
        "sexual_harassment": ("si", "sexuele intimidatie", "ongewenste intimiteiten"),
        "aggression_violence": ("agressie", "geweld", "agressie geweld"),
        "discrimination": ("discriminering",),
        "other_unwanted": ("overig ongewenst", "overig oo", "uitsluiting"),
        "theft": ("diefstal", "verduistering"),
        "conflict_of_interest": ("belangenverstrengeling", "nevenwerkzaamheden"),
        "public_wrongdoing": ("misstand",),
        "performance_appraisal": ("functionering", "beoordeling"),
        "private": ("prive omstandigheden", "privesituatie"),
        "other_outside": ("overig buiten", "overig buiten scope"),
    },
    "relation": {
        "manager": ("direct leidinggevende", "baas"),
        "colleague": ("collegas", "collega s"),
        "third_party": ("derde", "klant", "client", "leerling", "patient", "leverancier"),
        "several": ("meerdere", "groep"),
    },
    "melder_role": {
        "employee": ("werknemer",),
        "contractor": ("inhuur", "uitzendkracht", "zzp", "zzper", "zzp er", "flexkracht"),
        "intern_volunteer": ("stagiair", "stagiaire", "vrijwilliger"),
        "former_employee": ("oud medewerker", "ex medewerker"),
        "witness": ("getuige", "omstander"),
        "other": ("overig",),
    },
    "gender": {
        "female": ("v", "f", "vrouwelijk"),
        "male": ("m", "mannelijk"),
        "other": ("x", "non binair"),
    },
    "age_band": {
        "under_25": ("<25", "< 25", "onder 25", "tot 25"),
        "25_34": ("25 t m 34",),
        "35_44": ("35 t m 44",),
        "45_54": ("45 t m 54",),
        "55_plus": ("55+", "55 +", "55 plus", "ouder dan 55"),
    },
    "came_in_via": {
        "self": ("zelf", "eigen initiatief"),
        "manager": ("leidinggevende",),
        "hr": ("hrm", "p&o", "personeelszaken"),
        "occupational_physician": ("bedrijfsarts",),
    },
    "support": {
        "listening": ("opvang", "luisterend oor"),
        "advice": ("advies",),
        "informal_solution": ("informele oplossing",),
        "manager_involved": ("leidinggevende ingeschakeld",),
        "referral": ("doorverwezen",),
        "formal_complaint": ("formele klacht", "klacht"),
        "whistleblowing": ("melding misstand", "integriteitsonderzoek"),
        "police_report": ("aangifte",),
        "signal_employer": ("signaal", "signaal aan werkgever"),
    },
    "referral": {
        "social_work": ("amw", "maatschappelijk werker"),
        "psychologist": ("psychologe",),
        "lawyer": ("advocaat", "juridisch adviseur"),
        "hr": ("hrm", "p&o", "personeelszaken"),
        "whistleblowers_authority": ("hvk",),
    },
    "outcome": {
        "resolved_informally": ("opgelost", "informeel"),
        "formal_complaint": ("klacht ingediend",),
        "wrongdoing_reported": ("melding misstand",),
        "no_further_steps": ("geen verdere stappen", "afgezien van stappen"),
        "departure": ("vertrek", "vertrokken", "uit dienst"),
        "no_contact": ("geen contact",),
        "other_unknown": ("anders", "onbekend", "overig"),
    },
}

_SEPARATORS = re.compile(r"[\s_\-/.,'’()]+")


def normalise(text: str) -> str:
    """The form headers and values are compared in: lower case, no accents, no punctuation."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SEPARATORS.sub(" ", plain).strip()


@cache
def header_lookup() -> dict[str, Column]:
    lookup: dict[str, Column] = {}
    for column in COLUMNS:
        for header in (column.name, *column.dutch):
            _add_unique(lookup, normalise(header), column, "header")
    return lookup


def column_for_header(header: str) -> Column | None:
    return header_lookup().get(normalise(header))


@cache
def value_lookup(vocabulary: str) -> dict[str, str]:
    """Normalised code, labels and variants of one vocabulary -> its code."""
    lookup: dict[str, str] = {}
    for term in vocab.ALL[vocabulary]:
        for spelling in (term.code, term.nl, term.en):
            _add_unique(lookup, normalise(spelling), term.code, vocabulary)
    for code, variants in VARIANTS.get(vocabulary, {}).items():
        vocab.ALL[vocabulary].check(code)
        for variant in variants:
            _add_unique(lookup, normalise(variant), code, vocabulary)
    return lookup


def code_for(vocabulary: str, value: str) -> str | None:
    """The code a spreadsheet value stands for, or None when it matches nothing."""
    return value_lookup(vocabulary).get(normalise(value))


def split_values(text: str) -> list[str]:
    """Split a multi-value cell at `;` or `,`, except inside parentheses (labels contain them)."""
    parts: list[str] = []
    depth, start = 0, 0
    for index, char in enumerate(text):
        if char == "(":
            depth += 1
        elif char == ")":
            depth = max(0, depth - 1)
        elif char in ";," and depth == 0:
            parts.append(text[start:index])
            start = index + 1
    parts.append(text[start:])
    return [part.strip() for part in parts if part.strip()]


def _add_unique(lookup: dict[str, _V], key: str, value: _V, where: str) -> None:
    # Two different meanings for one spelling would make imports guess; refuse at build time.
    if key in lookup and lookup[key] != value:
        raise ValueError(f"ambiguous spelling {key!r} in {where}")
    lookup[key] = value
