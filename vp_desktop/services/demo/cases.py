"""One realistic demo case at a time: track, categories, relation, support and referrals in the
proportions of `demo_weights`, a plausible course over time, contacts with notes, consents,
identifying data for recent cases, and the purge of files past their destroy-by date.
"""

from __future__ import annotations

import datetime as dt
import itertools
import math
import random
from collections.abc import Mapping
from typing import Any

from vp_desktop.domain import vocab
from vp_desktop.services.casework.cases import IDENTIFYING_FIELDS, destroy_by_for
from vp_desktop.services.demo import texts as texts
from vp_desktop.services.demo import weights as weights
from vp_desktop.services.demo.bulk import GeneratedCase
from vp_desktop.services.demo.notes import case_note, contact_note
from vp_desktop.services.demo.practice import YEARS, ClientProfile, poisson
from vp_desktop.store.models import case_number

# -- drawing codes in realistic proportions ------------------------------------------------------


class _Weighted:
    """Codes of one vocabulary with relative weights; checked against the vocabulary up front."""

    __slots__ = ("codes", "cum_weights")

    def __init__(self, vocabulary: vocab.Vocabulary, weights: Mapping[str, float]) -> None:
        self.codes = tuple(vocabulary.check(code) for code in weights)
        self.cum_weights = tuple(itertools.accumulate(weights.values()))

    def pick(self, rng: random.Random) -> str:
        return rng.choices(self.codes, cum_weights=self.cum_weights)[0]


def _tables(
    vocabulary: vocab.Vocabulary, tables: Mapping[Any, Mapping[str, float]]
) -> dict[Any, _Weighted]:
    return {key: _Weighted(vocabulary, weights) for key, weights in tables.items()}


_TRACKS = _tables(vocab.TRACKS, weights.TRACK_WEIGHTS)
_CATEGORIES = _tables(vocab.CATEGORIES, weights.CATEGORY_WEIGHTS)
_RELATIONS = _tables(vocab.RELATIONS, weights.RELATION_WEIGHTS)
_REFERRALS = _tables(vocab.REFERRALS, weights.REFERRAL_WEIGHTS)
_OUTCOMES = _tables(vocab.OUTCOMES, weights.OUTCOME_WEIGHTS)
_MELDER_ROLES = _Weighted(vocab.MELDER_ROLES, weights.MELDER_ROLE_WEIGHTS)
_AGE_BANDS = _Weighted(vocab.AGE_BANDS, weights.AGE_BAND_WEIGHTS)
_CAME_IN_VIA = _Weighted(vocab.CAME_IN_VIA, weights.CAME_IN_VIA_WEIGHTS)
_INTAKE_MODES = _Weighted(vocab.CONTACT_MODES, weights.INTAKE_MODE_WEIGHTS)
_LATER_MODES = _Weighted(vocab.CONTACT_MODES, weights.LATER_MODE_WEIGHTS)


class CaseFactory:
    """Makes one realistic case at a time from a seeded random source."""

    def __init__(
        self,
        rng: random.Random,
        today: dt.date,
        retention_months: int,
        contacts_per_case: float | None,
    ) -> None:
        self.rng = rng
        self.today = today
        self.retention_months = retention_months
        self.contacts_per_case = contacts_per_case
        # The adviser purges in one go after each annual report, on the first days of March.
        self.purge_rounds = [
            dt.date(y, 3, 1)
            for y in range(today.year - YEARS, today.year + 1)
            if dt.date(y, 3, 1) <= today
        ]

    def make(self, client: ClientProfile, year: int, seq: int, opened_on: dt.date) -> GeneratedCase:
        rng, today = self.rng, self.today
        track = _TRACKS[client.integrity_role].pick(rng)
        categories = [_CATEGORIES[track].pick(rng)]
        if rng.random() < weights.SECOND_CATEGORY[track]:
            categories = sorted({*categories, _CATEGORIES[track].pick(rng)})
        relation = None
        if "private" not in categories:
            relation = _RELATIONS[track, client.sector in weights.PUBLIC_FACING].pick(rng)
            unlikely = categories[0] not in weights.THIRD_PARTY_CATEGORIES
            if relation == "third_party" and track == "unwanted_behaviour" and unlikely:
                relation = "colleague"
        support, referrals = self._support(track, categories)

        median = weights.MEDIAN_DAYS[track] * (3 if "formal_complaint" in support else 1)
        days = min(400, int(rng.lognormvariate(math.log(median), 0.8)))
        closes_on = opened_on + dt.timedelta(days=days)
        lingers = rng.random() < 0.03  # the odd case that stays open far longer
        closed_on = closes_on if closes_on <= today and not lingers else None
        outcome = self._outcome(track, support) if closed_on else None
        destroy_by = destroy_by_for(closed_on, self.retention_months) if closed_on else None
        purged_at = self._purged_at(destroy_by)
        last_day = closed_on or min(today, opened_on + dt.timedelta(days=max(days, 14), weeks=8))
        contacts = self._contacts(track, support, opened_on, last_day, closed_on is not None)
        if purged_at is not None:
            for contact in contacts:
                contact["notes"] = None
        contact_days = [c["occurred_on"] for c in contacts]

        consents = self._consents(track, support, referrals, contact_days)
        gender = self._gender(client.sector)
        follow_up_on = self._follow_up(opened_on, closed_on, support)

        row: dict[str, Any] = {
            "id": None,
            "client_id": client.client_id,
            "year": year,
            "seq": seq,
            "opened_on": opened_on,
            "closed_on": closed_on,
            "track": track,
            "relation": relation,
            "melder_role": _MELDER_ROLES.pick(rng) if rng.random() < 0.97 else None,
            "gender": gender,
            "age_band": _AGE_BANDS.pick(rng) if rng.random() < 0.9 else None,
            "came_in_via": _CAME_IN_VIA.pick(rng),
            "outcome": outcome,
            "follow_up_on": follow_up_on,
            "destroy_by": destroy_by,
            "destroy_by_reason": None,
            "purged_at": purged_at,
            "created_at": dt.datetime.combine(
                opened_on, dt.time(rng.randint(8, 17), rng.randint(0, 59))
            ),
            "updated_at": purged_at or dt.datetime.combine(last_day, dt.time(18, 0)),
        }
        if purged_at is None:
            recent = closed_on is None or opened_on >= today - dt.timedelta(days=365)
            row.update(self._identifying(client, track, categories[0], relation, gender, recent))
        else:
            row.update(dict.fromkeys(IDENTIFYING_FIELDS))
        codes = [("category", c) for c in categories]
        codes += [("support", c) for c in sorted(support)]
        codes += [("referral", c) for c in sorted(referrals)]
        return GeneratedCase(
            row, client.code, case_number(client.code, year, seq), codes, consents, contacts
        )

    def _support(self, track: str, categories: list[str]) -> tuple[set[str], set[str]]:
        rng = self.rng
        support: set[str] = set()
        referrals: set[str] = set()

        def maybe(code: str, chance: float) -> bool:
            if rng.random() < chance:
                support.add(code)
                return True
            return False

        maybe("listening", {"unwanted_behaviour": 0.9}.get(track, 0.75))
        maybe("advice", 0.85 if track == "unwanted_behaviour" else 0.92)
        if track == "unwanted_behaviour":
            maybe("informal_solution", 0.3)
            maybe("manager_involved", 0.15)
            maybe("aftercare", 0.25)
            maybe("signal_employer", 0.1)
            if maybe("formal_complaint", 0.08):
                referrals.add("complaints_committee")
            violent = {"aggression_violence", "sexual_harassment"} & set(categories)
            if violent and maybe("police_report", 0.12):
                referrals.add("police")
            refer_chance = 0.2
        elif track == "integrity":
            if maybe("whistleblowing", 0.35) and rng.random() < 0.3:
                referrals.add("whistleblowers_authority")
            maybe("signal_employer", 0.15)
            refer_chance = 0.3
        else:
            refer_chance = 0.85  # outside the adviser's field: usually referred on
        if rng.random() < refer_chance:
            referrals.add(_REFERRALS[track].pick(rng))
            if rng.random() < 0.2:
                referrals.add(_REFERRALS[track].pick(rng))
        if referrals:
            support.add("referral")
        return support or {"advice"}, referrals

    def _outcome(self, track: str, support: set[str]) -> str:
        chance = self.rng.random()
        if "formal_complaint" in support and chance < 0.75:
            return "formal_complaint"
        if "whistleblowing" in support and chance < 0.65:
            return "wrongdoing_reported"
        if "referral" in support and chance < (0.8 if track == "outside_scope" else 0.35):
            return "referred"
        return _OUTCOMES[track].pick(self.rng)

    def _purged_at(self, destroy_by: dt.date | None) -> dt.datetime | None:
        if destroy_by is None:
            return None
        for round_day in self.purge_rounds:
            if round_day >= destroy_by:
                # Most files are destroyed in the first round after their date, a few are missed.
                if self.rng.random() >= 0.85:
                    return None
                day = min(self.today, round_day + dt.timedelta(days=self.rng.randint(0, 9)))
                return dt.datetime.combine(day, dt.time(16, self.rng.randint(0, 59)))
        return None

    def _contacts(
        self, track: str, support: set[str], first: dt.date, last: dt.date, closed: bool
    ) -> list[dict[str, Any]]:
        rng = self.rng
        mean = self.contacts_per_case or (
            weights.MEAN_CONTACTS[track] + (2 if "formal_complaint" in support else 0)
        )
        most = 6 if self.contacts_per_case is None else max(6, int(3 * mean))
        count = min(most, 1 + poisson(rng, mean - 1))
        span = (last - first).days
        days = [first] + sorted(
            first + dt.timedelta(rng.randint(0, span)) for _ in range(count - 1)
        )
        if closed and count > 1:
            days[-1] = last
        contacts = []
        for i, day in enumerate(days):
            moment = "intake" if i == 0 else "closing" if closed and i == count - 1 else "follow_up"
            mode = (_INTAKE_MODES if i == 0 else _LATER_MODES).pick(rng)
            minutes = (
                30 if mode == "written" else rng.choice((60, 75, 90) if i == 0 else (30, 45, 60))
            )
            notes = contact_note(rng, track, moment) if rng.random() < 0.95 else None
            contacts.append({"occurred_on": day, "minutes": minutes, "mode": mode, "notes": notes})
        return contacts

    def _gender(self, sector: str) -> str | None:
        draw = self.rng.random()
        if draw < 0.08:
            return None  # not asked, or the melder preferred not to say
        if draw < 0.13:
            return "other" if draw < 0.09 else "unknown"
        return "female" if self.rng.random() < weights.FEMALE_SHARE.get(sector, 0.55) else "male"

    def _consents(
        self, track: str, support: set[str], referrals: set[str], contact_days: list[dt.date]
    ) -> list[tuple[str, dt.date]]:
        """Consent to keep a file at the intake; to contact a manager or HR when that happened."""
        consents = []
        if self.rng.random() < (0.5 if track == "outside_scope" else 0.85):
            consents.append(("keep_file", contact_days[0]))
        if "manager_involved" in support:
            consents.append(("contact_manager", contact_days[min(1, len(contact_days) - 1)]))
        if "hr" in referrals and self.rng.random() < 0.7:
            consents.append(("contact_hr", contact_days[-1]))
        return consents

    def _follow_up(
        self, opened_on: dt.date, closed_on: dt.date | None, support: set[str]
    ) -> dt.date | None:
        """A follow-up for most open cases (some already overdue, as in any busy practice) and
        a nazorg call for recently closed cases with aftercare."""
        rng, today = self.rng, self.today
        if closed_on is None:
            if rng.random() >= 0.65:
                return None
            follow_up = today + dt.timedelta(days=rng.randint(-30, 35))
            return (
                follow_up
                if follow_up >= opened_on + dt.timedelta(days=3)
                else today + dt.timedelta(days=14)
            )
        if "aftercare" in support:
            nazorg = closed_on + dt.timedelta(days=rng.randint(28, 56))
            return nazorg if nazorg > today else None
        return None

    def _identifying(
        self,
        client: ClientProfile,
        track: str,
        category: str,
        relation: str | None,
        gender: str | None,
        recent: bool,
    ) -> dict[str, str | None]:
        """Name, alias, contact, others and department for recent cases; less for older ones."""
        rng = self.rng

        def chance(p: float) -> bool:
            return rng.random() < p

        first, surname = texts.person(rng, gender)
        fields: dict[str, str | None] = dict.fromkeys(IDENTIFYING_FIELDS)
        if chance(0.85):
            fields["melder_alias"] = texts.alias(rng, gender, first, surname)
        if recent and chance(0.6):
            fields["melder_name"] = texts.full_name(first, surname)
        if recent and chance(0.4):
            fields["melder_contact"] = texts.contact_detail(first, surname)
        if chance(0.7 if recent else 0.4):
            fields["department"] = texts.department(rng, client.sector)
        if relation in ("manager", "colleague", "subordinate") and chance(0.35):
            fields["others_involved"] = texts.others_involved(rng, vocab.RELATIONS.label(relation))
        if chance(0.9):
            fields["notes"] = case_note(rng, track, category, relation, client.sector)
        return fields
