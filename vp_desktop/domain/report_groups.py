"""Coarser rows for the annual report's breakdowns: a few groups of related codes each.

A small client-year spreads its cases over many rows of a few cases each, and every row of
1..k-1 cases must be hidden. Grouping related codes into a handful of rows a board still
understands ("Collega of ondergeschikte" instead of two rows of 2 and 3) hides less and tells
more. A breakdown has one or two such layouts, finer first; the report protects each and prints
whichever hides least (`services.annual_report.breakdowns`). Group codes start with ``g_`` so
that they never meet a vocabulary's own codes; a group code means the same codes in every
layout of its breakdown, so it is the same figure to the reader wherever it appears.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from vp_desktop.domain import vocab


@dataclass(frozen=True, slots=True)
class Grouping:
    """One layout of a breakdown in groups: a vocabulary of groups (for labels) and the codes
    each group counts."""

    groups: vocab.Vocabulary
    members: dict[str, tuple[str, ...]]

    def counts(self, counts: dict[str, int]) -> dict[str, int]:
        """A single-valued breakdown's counts per group (each case in exactly one group)."""
        return {g: sum(counts.get(c, 0) for c in codes) for g, codes in self.members.items()}

    def case_counts(self, combinations: Mapping[frozenset[str], int]) -> dict[str, int]:
        """A multi-valued breakdown's counts per group: the cases with a code in the group,
        from the number of cases with each combination of codes."""
        return {g: sum(n for codes, n in combinations.items() if not codes.isdisjoint(members))
                for g, members in self.members.items()}  # fmt: skip


_Group = tuple[str, str, str, tuple[str, ...]]


def _grouping(of: vocab.Vocabulary, *groups: _Group) -> Grouping:
    terms = tuple(vocab.Term(code, nl, en) for code, nl, en, _ in groups)
    members = {code: codes for code, _, _, codes in groups}
    covered = sorted(c for codes in members.values() for c in codes)
    if covered != sorted(of.codes):  # every code in exactly one group
        raise ValueError(f"groups of {of.key} do not cover its codes exactly")
    return Grouping(vocab.Vocabulary(of.key, of.nl, of.en, terms), members)


# The groups, by breakdown; each layout below names its groups from these.
_GROUPS: dict[str, dict[str, _Group]] = {
    "relation": {g[0]: g for g in (
        ("g_manager", "Leidinggevende", "Manager", ("manager",)),
        ("g_colleague", "Collega of ondergeschikte", "Colleague or subordinate",
         ("colleague", "subordinate")),
        ("g_inside", "Iemand binnen de organisatie", "Someone within the organisation",
         ("manager", "colleague", "subordinate")),
        ("g_other", "Derde, groep of onbekend", "Third party, group or unknown",
         ("third_party", "several", "unknown")),
    )},
    "melder_role": {g[0]: g for g in (
        ("g_staff", "Medewerker of leidinggevende", "Employee or manager",
         ("employee", "manager")),
        ("g_other", "Inhuur, stagiair, oud-medewerker, getuige of anders",
         "Temp, intern, former employee, witness or other",
         ("contractor", "intern_volunteer", "former_employee", "witness", "other")),
    )},
    "gender": {g[0]: g for g in (
        ("g_female", "Vrouw", "Female", ("female",)),
        ("g_male", "Man", "Male", ("male",)),
        ("g_other", "Anders of onbekend", "Other or unknown", ("other", "unknown")),
    )},
    "age_band": {g[0]: g for g in (
        ("g_under_35", "Jonger dan 35", "Under 35", ("under_25", "25_34")),
        ("g_35_54", "35 tot en met 54", "35 to 54", ("35_44", "45_54")),
        ("g_55_plus", "55 en ouder", "55 and over", ("55_plus",)),
        ("g_under_45", "Jonger dan 45", "Under 45", ("under_25", "25_34", "35_44")),
        ("g_45_plus", "45 en ouder", "45 and over", ("45_54", "55_plus")),
        ("g_unknown", "Onbekend", "Unknown", ("unknown",)),
    )},
    "came_in_via": {g[0]: g for g in (
        ("g_self", "Melder zelf", "The reporter", ("self",)),
        ("g_others", "Via een ander (leidinggevende, HR, bedrijfsarts of anders)",
         "Via someone else (manager, HR, physician or other)",
         ("manager", "hr", "occupational_physician", "other")),
    )},
    "support": {g[0]: g for g in (
        ("g_listening", "Opvang en advies", "Listening and advice", ("listening", "advice")),
        ("g_guidance", "Begeleiding naar een oplossing (ook doorverwijzing en nazorg)",
         "Guidance towards a solution (including referral and aftercare)",
         ("informal_solution", "manager_involved", "referral", "aftercare", "signal_employer")),
        ("g_formal", "Begeleiding bij een klacht, melding of aangifte",
         "Support with a complaint, report or police report",
         ("formal_complaint", "whistleblowing", "police_report")),
        ("g_beyond", "Begeleiding, doorverwijzing of formele stappen",
         "Guidance, referral or formal steps",
         ("informal_solution", "manager_involved", "referral", "aftercare", "signal_employer",
          "formal_complaint", "whistleblowing", "police_report")),
    )},
    "referral": {g[0]: g for g in (
        ("g_care", "Zorg (bedrijfsarts, huisarts, maatschappelijk werk, psycholoog)",
         "Care (physician, GP, social work, psychologist)",
         ("occupational_physician", "gp", "social_work", "psychologist")),
        ("g_formal", "Formele weg (jurist, klachtencommissie, Huis voor Klokkenluiders, politie)",
         "Formal route (lawyer, complaints committee, Whistleblowers Authority, police)",
         ("lawyer", "complaints_committee", "whistleblowers_authority", "police")),
        ("g_other", "Mediator, HR of anders", "Mediator, HR or other", ("mediator", "hr", "other")),
        ("g_any", "Doorverwezen (naar wie ook)", "Referred (to anyone)",
         vocab.REFERRALS.codes),
    )},
    "outcome": {g[0]: g for g in (
        ("g_resolved", "Opgelost of gedrag gestopt", "Resolved or behaviour stopped",
         ("resolved_informally", "behaviour_stopped")),
        ("g_formal", "Formele klacht of melding misstand",
         "Formal complaint or report of wrongdoing", ("formal_complaint", "wrongdoing_reported")),
        ("g_referred", "Doorverwezen", "Referred", ("referred",)),
        ("g_ended", "Geen verdere stappen, vertrek of geen contact meer",
         "No further steps, departure or no further contact",
         ("no_further_steps", "departure", "no_contact")),
        ("g_other", "Anders of onbekend", "Other or unknown", ("other_unknown",)),
        ("g_otherwise", "Anders afgesloten (formele stap, doorverwezen, geen verdere stappen of "
         "onbekend)", "Closed otherwise (formal step, referred, no further steps or unknown)",
         ("formal_complaint", "wrongdoing_reported", "referred", "no_further_steps",
          "departure", "no_contact", "other_unknown")),
    )},
}  # fmt: skip

# The layouts of each breakdown in groups, finer first.
_LAYOUTS: dict[str, tuple[tuple[str, ...], ...]] = {
    "relation": (("g_manager", "g_colleague", "g_other"), ("g_inside", "g_other")),
    "melder_role": (("g_staff", "g_other"),),
    "gender": (("g_female", "g_male", "g_other"),),
    "age_band": (("g_under_35", "g_35_54", "g_55_plus", "g_unknown"),
                 ("g_under_45", "g_45_plus", "g_unknown")),
    "came_in_via": (("g_self", "g_others"),),
    "support": (("g_listening", "g_guidance", "g_formal"), ("g_listening", "g_beyond")),
    "referral": (("g_care", "g_formal", "g_other"), ("g_any",)),
    "outcome": (("g_resolved", "g_formal", "g_referred", "g_ended", "g_other"),
                ("g_resolved", "g_otherwise")),
}  # fmt: skip

GROUPINGS: dict[str, tuple[Grouping, ...]] = {
    key: tuple(_grouping(vocab.ALL[key], *(_GROUPS[key][g] for g in layout)) for layout in layouts)
    for key, layouts in _LAYOUTS.items()
}

#: Every group of a breakdown, for labels: a group reads the same in each layout.
GROUP_LABELS: dict[str, vocab.Vocabulary] = {
    key: vocab.Vocabulary(
        key, vocab.ALL[key].nl, vocab.ALL[key].en,
        tuple(vocab.Term(code, nl, en) for code, nl, en, _ in groups.values()),
    )
    for key, groups in _GROUPS.items()
}  # fmt: skip


def layouts_of(key: str) -> tuple[Grouping, ...]:
    """The layouts in groups of one breakdown, finer first (none for a breakdown without)."""
    return GROUPINGS.get(key, ())


def members_of(key: str, group: str) -> tuple[str, ...]:
    """The codes one group of a breakdown counts."""
    return _GROUPS[key][group][3]
