"""Coarser rows for the annual report's breakdowns: a few groups of related codes each.

A small client-year spreads its cases over many rows of a few cases each, and every row of
1..k-1 cases must be hidden. Grouping related codes into a handful of rows a board still
understands ("Collega of ondergeschikte" instead of two rows of 2 and 3) hides less and tells
more; the report chooses per table whichever shows more (`services.annual_report.breakdowns`).
Group codes start with ``g_`` so that they never meet a vocabulary's own codes: a figure of a
group and a figure of a code are different figures to the reader's model.
"""

from __future__ import annotations

from dataclasses import dataclass

from vp_desktop.domain import vocab


@dataclass(frozen=True, slots=True)
class Grouping:
    """The groups of one breakdown, as a vocabulary (for labels) and the codes in each."""

    groups: vocab.Vocabulary
    members: dict[str, tuple[str, ...]]


def _grouping(of: vocab.Vocabulary, *groups: tuple[str, str, str, tuple[str, ...]]) -> Grouping:
    terms = tuple(vocab.Term(code, nl, en) for code, nl, en, _ in groups)
    members = {code: codes for code, _, _, codes in groups}
    covered = sorted(c for codes in members.values() for c in codes)
    if covered != sorted(of.codes):  # every code in exactly one group
        raise ValueError(f"groups of {of.key} do not cover its codes exactly")
    return Grouping(vocab.Vocabulary(of.key, of.nl, of.en, terms), members)


GROUPINGS: dict[str, Grouping] = {
    "relation": _grouping(
        vocab.RELATIONS,
        ("g_manager", "Leidinggevende", "Manager", ("manager",)),
        (
            "g_colleague",
            "Collega of ondergeschikte",
            "Colleague or subordinate",
            ("colleague", "subordinate"),
        ),
        (
            "g_other",
            "Derde, groep of onbekend",
            "Third party, group or unknown",
            ("third_party", "several", "unknown"),
        ),
    ),  # fmt: skip
    "melder_role": _grouping(
        vocab.MELDER_ROLES,
        ("g_staff", "Medewerker of leidinggevende", "Employee or manager", ("employee", "manager")),
        (
            "g_other",
            "Inhuur, stagiair, oud-medewerker, getuige of anders",
            "Temp, intern, former employee, witness or other",
            ("contractor", "intern_volunteer", "former_employee", "witness", "other"),
        ),
    ),  # fmt: skip
    "gender": _grouping(
        vocab.GENDERS,
        ("g_female", "Vrouw", "Female", ("female",)),
        ("g_male", "Man", "Male", ("male",)),
        ("g_other", "Anders of onbekend", "Other or unknown", ("other", "unknown")),
    ),
    "age_band": _grouping(
        vocab.AGE_BANDS,
        ("g_under_35", "Jonger dan 35", "Under 35", ("under_25", "25_34")),
        ("g_35_54", "35 tot en met 54", "35 to 54", ("35_44", "45_54")),
        ("g_55_plus", "55 en ouder", "55 and over", ("55_plus",)),
        ("g_unknown", "Onbekend", "Unknown", ("unknown",)),
    ),
    "came_in_via": _grouping(
        vocab.CAME_IN_VIA,
        ("g_self", "Melder zelf", "The reporter", ("self",)),
        (
            "g_others",
            "Via een ander (leidinggevende, HR, bedrijfsarts of anders)",
            "Via someone else (manager, HR, physician or other)",
            ("manager", "hr", "occupational_physician", "other"),
        ),
    ),  # fmt: skip
    "support": _grouping(
        vocab.SUPPORT,
        ("g_listening", "Opvang en advies", "Listening and advice", ("listening", "advice")),
        (
            "g_guidance",
            "Begeleiding naar een oplossing (ook doorverwijzing en nazorg)",
            "Guidance towards a solution (including referral and aftercare)",
            ("informal_solution", "manager_involved", "referral", "aftercare", "signal_employer"),
        ),
        (
            "g_formal",
            "Begeleiding bij een klacht, melding of aangifte",
            "Support with a complaint, report or police report",
            ("formal_complaint", "whistleblowing", "police_report"),
        ),
    ),  # fmt: skip
    "referral": _grouping(
        vocab.REFERRALS,
        (
            "g_care",
            "Zorg (bedrijfsarts, huisarts, maatschappelijk werk, psycholoog)",
            "Care (physician, GP, social work, psychologist)",
            ("occupational_physician", "gp", "social_work", "psychologist"),
        ),
        (
            "g_formal",
            "Formele weg (jurist, klachtencommissie, Huis voor Klokkenluiders, politie)",
            "Formal route (lawyer, complaints committee, Whistleblowers Authority, police)",
            ("lawyer", "complaints_committee", "whistleblowers_authority", "police"),
        ),
        ("g_other", "Mediator, HR of anders", "Mediator, HR or other", ("mediator", "hr", "other")),
    ),  # fmt: skip
    "outcome": _grouping(
        vocab.OUTCOMES,
        (
            "g_resolved",
            "Opgelost of gedrag gestopt",
            "Resolved or behaviour stopped",
            ("resolved_informally", "behaviour_stopped"),
        ),
        (
            "g_formal",
            "Formele klacht of melding misstand",
            "Formal complaint or report of wrongdoing",
            ("formal_complaint", "wrongdoing_reported"),
        ),
        ("g_referred", "Doorverwezen", "Referred", ("referred",)),
        (
            "g_ended",
            "Geen verdere stappen, vertrek of geen contact meer",
            "No further steps, departure or no further contact",
            ("no_further_steps", "departure", "no_contact"),
        ),
        ("g_other", "Anders of onbekend", "Other or unknown", ("other_unknown",)),
    ),  # fmt: skip
}


def grouped_counts(key: str, counts: dict[str, int]) -> dict[str, int]:
    """A single-valued breakdown's counts per group (each case in exactly one group)."""
    grouping = GROUPINGS[key]
    return {g: sum(counts.get(c, 0) for c in codes) for g, codes in grouping.members.items()}


def grouped_case_counts(key: str, per_case: list[frozenset[str]]) -> dict[str, int]:
    """A multi-valued breakdown's counts per group: the cases with at least one code in it."""
    grouping = GROUPINGS[key]
    return {g: sum(1 for codes in per_case if codes & set(members))
            for g, members in grouping.members.items()}  # fmt: skip
