"""The practice's vocabularies as data: stable codes stored in the vault, Dutch and English labels.

Codes never change once released (they are stored in vaults); labels may. An unknown code is an
error (`UnknownCode`), never a silent blank, so a damaged or foreign record is noticed.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Literal

Lang = Literal["nl", "en"]
LANGS: tuple[Lang, ...] = ("nl", "en")


class UnknownCode(ValueError):
    """A code that is not part of its vocabulary."""

    def __init__(self, vocabulary: str, code: str) -> None:
        super().__init__(f"unknown code {code!r} in vocabulary {vocabulary!r}")
        self.vocabulary = vocabulary
        self.code = code


@dataclass(frozen=True, slots=True)
class Term:
    code: str
    nl: str
    en: str
    # The track a category belongs to; empty for vocabularies without tracks.
    track: str = ""

    def label(self, lang: Lang = "nl") -> str:
        return self.nl if lang == "nl" else self.en


@dataclass(frozen=True, slots=True)
class Vocabulary:
    key: str
    nl: str
    en: str
    terms: tuple[Term, ...]
    _by_code: dict[str, Term] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        by_code = {t.code: t for t in self.terms}
        if len(by_code) != len(self.terms):
            raise ValueError(f"duplicate code in vocabulary {self.key}")
        object.__setattr__(self, "_by_code", by_code)

    def __iter__(self) -> Iterator[Term]:
        return iter(self.terms)

    def __len__(self) -> int:
        return len(self.terms)

    def __contains__(self, code: object) -> bool:
        return code in self._by_code

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(t.code for t in self.terms)

    def title(self, lang: Lang = "nl") -> str:
        return self.nl if lang == "nl" else self.en

    def term(self, code: str) -> Term:
        try:
            return self._by_code[code]
        except KeyError:
            raise UnknownCode(self.key, code) from None

    def label(self, code: str, lang: Lang = "nl") -> str:
        return self.term(code).label(lang)

    def check(self, code: str) -> str:
        """Return `code` when it belongs to this vocabulary, else raise `UnknownCode`."""
        self.term(code)
        return code


def _v(key: str, nl: str, en: str, *terms: Term) -> Vocabulary:
    return Vocabulary(key, nl, en, tuple(terms))


T = Term

TRACKS = _v(
    "track",
    "Spoor",
    "Track",
    T("unwanted_behaviour", "Ongewenste omgangsvormen", "Unwanted behaviour"),
    T("integrity", "Integriteit", "Integrity"),
    T("outside_scope", "Buiten het taakgebied", "Outside scope"),
)

CATEGORIES = _v(
    "category",
    "Onderwerp",
    "Category",
    T("bullying", "Pesten", "Bullying", "unwanted_behaviour"),
    T("sexual_harassment", "Seksuele intimidatie", "Sexual harassment", "unwanted_behaviour"),
    T("aggression_violence", "Agressie en geweld", "Aggression and violence", "unwanted_behaviour"),
    T("discrimination", "Discriminatie", "Discrimination", "unwanted_behaviour"),
    T("intimidation", "Intimidatie", "Intimidation", "unwanted_behaviour"),
    T(
        "other_unwanted",
        "Overig ongewenst gedrag",
        "Other unwanted behaviour",
        "unwanted_behaviour",
    ),
    T("fraud", "Fraude", "Fraud", "integrity"),
    T("corruption", "Corruptie", "Corruption", "integrity"),
    T("theft", "Diefstal of verduistering", "Theft or embezzlement", "integrity"),
    T("abuse_of_power", "Machtsmisbruik", "Abuse of power", "integrity"),
    T(
        "conflict_of_interest",
        "Belangenverstrengeling of ongewenste nevenwerkzaamheden",
        "Conflict of interest or unwanted side activities",
        "integrity",
    ),
    T("misuse_of_information", "Misbruik van informatie", "Misuse of information", "integrity"),
    T("rule_violation", "Schending van regels", "Violation of rules", "integrity"),
    T(
        "public_wrongdoing",
        "Maatschappelijke misstand",
        "Wrongdoing of public interest",
        "integrity",
    ),
    T("other_integrity", "Overig integriteit", "Other integrity matters", "integrity"),
    T("work_pressure", "Werkdruk", "Work pressure", "outside_scope"),
    T("labour_conflict", "Arbeidsconflict", "Labour conflict", "outside_scope"),
    T("reorganisation", "Reorganisatie", "Reorganisation", "outside_scope"),
    T(
        "performance_appraisal",
        "Functionering of beoordeling",
        "Performance or appraisal",
        "outside_scope",
    ),
    T("private", "Privé", "Private matters", "outside_scope"),
    T("other_outside", "Overig buiten taakgebied", "Other outside scope", "outside_scope"),
)

RELATIONS = _v(
    "relation",
    "Relatie beklaagde tot melder",
    "Relation of the person complained about",
    T("manager", "Leidinggevende", "Manager"),
    T("colleague", "Collega", "Colleague"),
    T("subordinate", "Ondergeschikte", "Subordinate"),
    T(
        "third_party",
        "Derde (klant, cliënt, leerling, leverancier)",
        "Third party (customer, client, pupil, supplier)",
    ),
    T("several", "Meerdere personen of een groep", "Several people or a group"),
    T("unknown", "Onbekend", "Unknown"),
)

MELDER_ROLES = _v(
    "melder_role",
    "Rol van de melder",
    "Role of the reporter",
    T("employee", "Medewerker", "Employee"),
    T("manager", "Leidinggevende", "Manager"),
    T("contractor", "Inhuur, uitzendkracht of zzp'er", "Temp, agency worker or freelancer"),
    T("intern_volunteer", "Stagiair of vrijwilliger", "Intern or volunteer"),
    T("former_employee", "Oud-medewerker", "Former employee"),
    T("witness", "Getuige of omstander", "Witness or bystander"),
    T("other", "Anders", "Other"),
)

GENDERS = _v(
    "gender",
    "Geslacht",
    "Gender",
    T("female", "Vrouw", "Female"),
    T("male", "Man", "Male"),
    T("other", "Anders", "Other"),
    T("unknown", "Onbekend", "Unknown"),
)

AGE_BANDS = _v(
    "age_band",
    "Leeftijd",
    "Age",
    T("under_25", "Jonger dan 25", "Under 25"),
    T("25_34", "25 tot en met 34", "25 to 34"),
    T("35_44", "35 tot en met 44", "35 to 44"),
    T("45_54", "45 tot en met 54", "45 to 54"),
    T("55_plus", "55 en ouder", "55 and over"),
    T("unknown", "Onbekend", "Unknown"),
)

CAME_IN_VIA = _v(
    "came_in_via",
    "Binnengekomen via",
    "Came in via",
    T("self", "Melder zelf", "The reporter"),
    T("manager", "Via leidinggevende", "Via a manager"),
    T("hr", "Via HR", "Via HR"),
    T("occupational_physician", "Via bedrijfsarts", "Via the occupational physician"),
    T("other", "Anders", "Other"),
)

SUPPORT = _v(
    "support",
    "Geboden ondersteuning",
    "Support given",
    T("listening", "Opvang en luisterend oor", "Listening and emotional support"),
    T("advice", "Advies over mogelijkheden", "Advice on options"),
    T(
        "informal_solution",
        "Begeleiding bij een informele oplossing",
        "Guidance towards an informal solution",
    ),
    T(
        "manager_involved",
        "Leidinggevende ingeschakeld (met toestemming)",
        "Manager involved (with consent)",
    ),
    T("referral", "Doorverwijzing", "Referral"),
    T("formal_complaint", "Begeleiding formele klacht", "Support with a formal complaint"),
    T(
        "whistleblowing",
        "Begeleiding melding misstand of integriteitsonderzoek",
        "Support with a report of wrongdoing or an integrity investigation",
    ),
    T("police_report", "Begeleiding aangifte", "Support with a police report"),
    T("aftercare", "Nazorg", "Aftercare"),
    T(
        "signal_employer",
        "Signaal aan werkgever (geanonimiseerd)",
        "Signal to the employer (anonymised)",
    ),
)

REFERRALS = _v(
    "referral",
    "Doorverwezen naar",
    "Referred to",
    T("occupational_physician", "Bedrijfsarts", "Occupational physician"),
    T("gp", "Huisarts", "General practitioner"),
    T("social_work", "Maatschappelijk werk", "Social work"),
    T("psychologist", "Psycholoog", "Psychologist"),
    T("mediator", "Mediator", "Mediator"),
    T("lawyer", "Jurist", "Lawyer"),
    T("hr", "HR", "HR"),
    T("complaints_committee", "Klachtencommissie", "Complaints committee"),
    T("whistleblowers_authority", "Huis voor Klokkenluiders", "Whistleblowers Authority"),
    T("police", "Politie", "Police"),
    T("other", "Anders", "Other"),
)

OUTCOMES = _v(
    "outcome",
    "Afloop",
    "Outcome",
    T("resolved_informally", "Informeel opgelost", "Resolved informally"),
    T("behaviour_stopped", "Gedrag gestopt", "Behaviour stopped"),
    T("formal_complaint", "Formele klacht ingediend", "Formal complaint filed"),
    T("wrongdoing_reported", "Melding misstand gedaan", "Wrongdoing reported"),
    T("referred", "Doorverwezen", "Referred"),
    T("no_further_steps", "Melder ziet af van verdere stappen", "Reporter takes no further steps"),
    T("departure", "Vertrek melder of beklaagde", "Reporter or respondent left"),
    T("no_contact", "Geen contact meer", "No further contact"),
    T("other_unknown", "Anders of onbekend", "Other or unknown"),
)

CONTACT_MODES = _v(
    "contact_mode",
    "Vorm",
    "Mode",
    T("in_person", "Persoonlijk", "In person"),
    T("video", "Video", "Video"),
    T("phone", "Telefoon", "Phone"),
    T("written", "E-mail of chat", "E-mail or chat"),
)

CONSENT_KINDS = _v(
    "consent",
    "Toestemming",
    "Consent",
    T("keep_file", "Dossier bijhouden", "Keeping a file"),
    T("contact_manager", "Contact met leidinggevende", "Contacting a manager"),
    T("contact_hr", "Contact met HR", "Contacting HR"),
)

ACTIVITY_KINDS = _v(
    "activity",
    "Soort activiteit",
    "Kind of activity",
    T("information_session", "Voorlichting", "Information session"),
    T("manager_training", "Training leidinggevenden", "Training for managers"),
    T("management_advice", "Adviesgesprek met directie", "Advice meeting with management"),
    T("annual_meeting", "Jaargesprek", "Annual meeting"),
    T(
        "partner_consultation",
        "Overleg met ketenpartners (arbodienst, bedrijfsarts, OR)",
        "Consultation with partners (occupational health, physician, works council)",
    ),
    T("introduction", "Kennismaking", "Introduction"),
    T("other", "Overig", "Other"),
)

PE_KINDS = _v(
    "pe_kind",
    "Soort scholing",
    "Kind of development",
    T("course", "Bijscholing of cursus", "Course"),
    T("intervision", "Intervisie", "Peer supervision (intervision)"),
    T("supervision", "Supervisie", "Supervision"),
    T("congress", "Congres of studiedag", "Congress or study day"),
    T("extra", "Extra activiteit", "Extra activity"),
)

SECTORS = _v(
    "sector",
    "Sector",
    "Sector",
    T("care", "Zorg en welzijn", "Health and social care"),
    T("education", "Onderwijs", "Education"),
    T("government", "Overheid", "Government"),
    T("industry", "Industrie en techniek", "Industry and engineering"),
    T("retail", "Handel en detailhandel", "Trade and retail"),
    T("services", "Zakelijke dienstverlening", "Business services"),
    T("logistics", "Transport en logistiek", "Transport and logistics"),
    T("hospitality", "Horeca en recreatie", "Hospitality and leisure"),
    T("culture", "Cultuur en media", "Culture and media"),
    T("nonprofit", "Non-profit en verenigingen", "Non-profit and associations"),
    T("other", "Overig", "Other"),
)

SIZE_BANDS = _v(
    "size_band",
    "Omvang",
    "Size",
    T("1_49", "1 tot 50 medewerkers", "1 to 49 employees"),
    T("50_249", "50 tot 250 medewerkers", "50 to 249 employees"),
    T("250_999", "250 tot 1.000 medewerkers", "250 to 999 employees"),
    T("1000_plus", "1.000 medewerkers of meer", "1,000 employees or more"),
)

ROLES = _v(
    "role",
    "Rol van de vertrouwenspersoon",
    "Role of the adviser",
    T(
        "unwanted_behaviour",
        "Vertrouwenspersoon ongewenste omgangsvormen",
        "Confidential adviser on unwanted behaviour",
    ),
    T("integrity", "Vertrouwenspersoon integriteit", "Confidential adviser on integrity"),
)

ALL: dict[str, Vocabulary] = {
    v.key: v
    for v in (
        TRACKS,
        CATEGORIES,
        RELATIONS,
        MELDER_ROLES,
        GENDERS,
        AGE_BANDS,
        CAME_IN_VIA,
        SUPPORT,
        REFERRALS,
        OUTCOMES,
        CONTACT_MODES,
        CONSENT_KINDS,
        ACTIVITY_KINDS,
        PE_KINDS,
        SECTORS,
        SIZE_BANDS,
        ROLES,
    )
}


def categories_of(track: str) -> tuple[Term, ...]:
    """The categories that belong to one track."""
    TRACKS.check(track)
    return tuple(t for t in CATEGORIES if t.track == track)
