"""A fictional demo practice: three calendar years of an external adviser's work for several
client organisations, to explore VP Desktop without real case data.

`populate_demo` fills an open session, `create_demo_vault` creates a new vault and fills it. The
same `DemoSpec` (seed and reference date) always gives the same content. Cases with their codes,
consents and contacts are written in bulk, so even 100,000 cases take seconds rather than hours;
every record still obeys the rules the services enforce.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import itertools
import math
import random
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, insert, select, text
from sqlalchemy.orm import Session

from vp_desktop.domain import vocab
from vp_desktop.services import audit, clients, pe, report_texts, settings, vaults
from vp_desktop.services import demo_texts as texts
from vp_desktop.services.cases import IDENTIFYING_FIELDS, destroy_by_for
from vp_desktop.store.lock import lock_path_for
from vp_desktop.store.models import (
    Activity,
    AuditEntry,
    Base,
    Case,
    CaseCode,
    Client,
    Consent,
    Contact,
    case_number,
)

Progress = Callable[[int, int], None]

YEARS = 3
BATCH_CASES = 5_000
# Cases per employee per year in a realistic practice (a 1,200-strong care organisation brings
# about twenty a year).
CASES_PER_EMPLOYEE = 0.016


@dataclass(frozen=True, slots=True)
class DemoSpec:
    """What demo to make; the same spec gives the same practice."""

    seed: int = 2026
    clients: int = 6
    # Total cases over all clients; None gives a realistic number per client size.
    cases: int | None = None
    # Reference date; None is today. The same seed and date give identical vault content.
    today: dt.date | None = None
    # Mean contacts per case; None is realistic (1 to 6, about 3 on average).
    contacts_per_case: float | None = None


@dataclass(frozen=True, slots=True)
class DemoSummary:
    """What was made, in numbers (its text form is what the command line prints)."""

    clients: int
    cases: int
    open_cases: int
    purged_cases: int
    contacts: int
    activities: int
    pe_activities: int
    first_year: int
    last_year: int

    def __str__(self) -> str:
        return (
            f"{self.clients:,} clients, {self.cases:,} cases ({self.open_cases:,} open, "
            f"{self.purged_cases:,} purged), {self.contacts:,} contacts, "
            f"{self.activities:,} client activities, {self.pe_activities:,} development "
            f"activities, {self.first_year}-{self.last_year}"
        )


def create_demo_vault(
    path: Path,
    passphrase: str,
    spec: DemoSpec,
    *,
    repeated: str | None = None,
    progress: Progress | None = None,
) -> DemoSummary:
    """Create a new vault at `path` holding the demo practice (passphrase rules apply)."""
    path = Path(path)
    vault = vaults.create_vault(path, passphrase, repeated)
    try:
        with vault.transaction() as session:
            summary = populate_demo(session, spec, progress)
        with vault.transaction() as session:
            # Statistics for the query planner: a large demo should feel like a used vault.
            session.execute(text("ANALYZE"))
    except BaseException:
        # A half-made demo is of no use to anyone: leave no file behind.
        vault.close()
        for leftover in (
            path,
            *(Path(f"{path}{s}") for s in ("-wal", "-shm")),
            lock_path_for(path),
        ):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()
        raise
    vault.close()
    return summary


def populate_demo(
    session: Session, spec: DemoSpec, progress: Progress | None = None
) -> DemoSummary:
    """Add the demo practice to `session`: profile, clients, cases, activities, development."""
    if spec.clients < 1:
        raise ValueError("a demo needs at least one client")
    if spec.cases is not None and spec.cases < 0:
        raise ValueError("the number of cases cannot be negative")
    today = spec.today or dt.date.today()
    first_year = today.year - YEARS + 1
    rng = random.Random(spec.seed)

    settings.update(session, **texts.ADVISER_PROFILE, pe_cycle_start=dt.date(first_year, 1, 1))
    retention_months = settings.load(session).retention_months
    profiles = _add_clients(session, rng, spec.clients, first_year, today)
    counts = _case_counts(rng, profiles, first_year, today, spec.cases)

    factory = _CaseFactory(rng, today, retention_months, spec.contacts_per_case)
    writer = _BulkWriter(session, sum(counts.values()), progress)
    for profile in profiles:
        for year in range(first_year, today.year + 1):
            window = profile.window(year, today)
            n = counts.get((profile.client_id, year), 0)
            if window is None or n == 0:
                continue
            start, end = window
            span = (end - start).days
            opened = sorted(start + dt.timedelta(days=rng.randint(0, span)) for _ in range(n))
            for seq, opened_on in enumerate(opened, start=1):
                writer.add(factory.make(profile, year, seq, opened_on))
    writer.finish()

    n_activities = _add_activities(session, rng, profiles, first_year, today)
    n_pe = _add_pe_activities(session, rng, first_year, today)
    _add_report_texts(session, profiles, today.year - 1)
    audit.record(session, "demo_created", detail=f"seed {spec.seed}")
    session.flush()
    return DemoSummary(
        clients=len(profiles),
        cases=writer.cases,
        open_cases=writer.open_cases,
        purged_cases=writer.purged_cases,
        contacts=writer.contacts,
        activities=n_activities,
        pe_activities=n_pe,
        first_year=first_year,
        last_year=today.year,
    )


# -- clients -------------------------------------------------------------------------------------


def _size_band(headcount: int) -> str:
    for limit, band in ((50, "1_49"), (250, "50_249"), (1000, "250_999")):
        if headcount < limit:
            return band
    return "1000_plus"


def _client_data(
    rng: random.Random, index: int, first_year: int, today: dt.date, taken: set[str]
) -> tuple[clients.ClientData, str]:
    """The index-th client: the hand-written ones first, then generated organisations."""
    if index < len(texts.CLIENT_TEMPLATES):
        t = texts.CLIENT_TEMPLATES[index]
        start = dt.date(first_year - t.contract_years_before, t.contract_month, 1)
        data = clients.ClientData(
            code=t.code,
            name=t.name,
            sector=t.sector,
            size_band=_size_band(t.headcount),
            headcount=t.headcount,
            contact_name=t.contact_name,
            contact_email=t.contact_email,
            contract_start=start,
            contract_end=dt.date(today.year, 12, 31) if t.contract_ends_this_year else None,
            role_unwanted_behaviour=True,
            role_integrity=t.integrity_role,
        )
        return data, t.name
    sector = rng.choice(sorted(texts.NAME_PATTERNS))
    while True:
        place = rng.choice(texts.PLACES)
        surname = rng.choice(texts.SURNAMES)
        pattern = rng.choice(texts.NAME_PATTERNS[sector])
        name = pattern.format(place=place, surname=surname[:1].upper() + surname[1:])
        if name not in taken:
            break
        if rng.random() < 0.2:  # pools exhausted for this pattern: number the branch
            name = f"{name} {index + 1}"
            break
    word = place if "{place}" in pattern else surname
    letters = "".join(c for c in word.upper() if "A" <= c <= "Z")[:6] or "ORG"
    headcount = int(math.exp(rng.uniform(math.log(20), math.log(2500))))
    contact_first = rng.choice(texts.FEMALE_NAMES + texts.MALE_NAMES)
    contact_last = rng.choice(texts.SURNAMES)
    years_before = rng.randint(-1, 6)
    data = clients.ClientData(
        code=f"{letters}{index + 1}",
        name=name,
        sector=sector,
        size_band=_size_band(headcount),
        headcount=headcount,
        contact_name=f"{contact_first} {contact_last} (HR)",
        contact_email=f"hr@{letters.lower()}{index + 1}.example",
        contract_start=dt.date(first_year - years_before, rng.randint(1, 12), 1),
        role_unwanted_behaviour=True,
        role_integrity=rng.random() < 0.3,
    )
    return data, name


def _add_clients(
    session: Session, rng: random.Random, n: int, first_year: int, today: dt.date
) -> list[_ClientProfile]:
    taken: set[str] = set()
    profiles = []
    for index in range(n):
        data, name = _client_data(rng, index, first_year, today, taken)
        taken.add(name)
        client = clients.create_client(session, data)
        assert data.contract_start is not None and data.headcount is not None
        # Registered when the adviser started keeping the practice in this vault.
        entered = max(data.contract_start, dt.date(first_year, 1, 1))
        client.created_at = dt.datetime.combine(entered, dt.time(9, 0))
        profiles.append(
            _ClientProfile(
                client_id=client.id,
                code=client.code,
                sector=data.sector or "other",
                headcount=data.headcount,
                integrity_role=data.role_integrity,
                contract_start=data.contract_start,
            )
        )
    session.flush()
    return profiles


# -- how many cases where ------------------------------------------------------------------------


def _poisson(rng: random.Random, mean: float) -> int:
    """A Poisson draw (Knuth); the demo's means are small enough for this simple method."""
    if mean <= 0:
        return 0
    limit, k, p = math.exp(-min(mean, 500.0)), 0, rng.random()
    while p > limit:
        k += 1
        p *= rng.random()
    return k


def _case_counts(
    rng: random.Random,
    profiles: Sequence[_ClientProfile],
    first_year: int,
    today: dt.date,
    total: int | None,
) -> dict[tuple[int, int], int]:
    """Cases per (client id, year): realistic for the client's size, or `total` shared out."""
    expected: dict[tuple[int, int], float] = {}
    for profile in profiles:
        for year in range(first_year, today.year + 1):
            window = profile.window(year, today)
            if window is not None:
                share = ((window[1] - window[0]).days + 1) / 365
                expected[profile.client_id, year] = profile.headcount * CASES_PER_EMPLOYEE * share
    if total is None:
        return {key: _poisson(rng, mean) for key, mean in expected.items()}
    weights = {key: mean * rng.uniform(0.85, 1.15) for key, mean in expected.items()}
    return _share_out(total, weights)


def _share_out(total: int, weights: dict[tuple[int, int], float]) -> dict[tuple[int, int], int]:
    """Whole numbers proportional to `weights` that add up to `total` (largest remainder)."""
    weight_sum = sum(weights.values())
    if weight_sum <= 0:
        return {}
    exact = {key: total * w / weight_sum for key, w in weights.items()}
    counts = {key: int(value) for key, value in exact.items()}
    by_remainder = sorted(exact, key=lambda key: (counts[key] - exact[key], key))
    for key in by_remainder[: total - sum(counts.values())]:
        counts[key] += 1
    return counts


# -- writing cases in bulk -----------------------------------------------------------------------


def _insert_all(session: Session, model: type[Base], rows: list[dict[str, Any]]) -> None:
    """One executemany of plain rows against the table, past the ORM's per-row bookkeeping.
    Every row has the same keys, so None values stay in the statement as NULL."""
    if rows:
        session.execute(insert(Base.metadata.tables[model.__tablename__]), rows)


class _BulkWriter:
    """Collects generated cases and inserts them a batch at a time (one statement per table)."""

    def __init__(self, session: Session, total: int, progress: Progress | None) -> None:
        self._session = session
        self._total = total
        self._progress = progress
        self._next_id = (session.scalar(select(func.max(Case.id))) or 0) + 1
        self._batch: list[_GeneratedCase] = []
        self.cases = self.open_cases = self.purged_cases = self.contacts = 0
        if progress is not None:
            progress(0, total)

    def add(self, case: _GeneratedCase) -> None:
        case.row["id"] = self._next_id
        self._next_id += 1
        self._batch.append(case)
        if len(self._batch) >= BATCH_CASES:
            self._flush()

    def finish(self) -> None:
        self._flush()

    def _flush(self) -> None:
        if not self._batch:
            return
        session, batch = self._session, self._batch
        self._batch = []
        _insert_all(session, Case, [c.row for c in batch])
        codes = [
            {"case_id": c.row["id"], "vocabulary": v, "code": code}
            for c in batch
            for v, code in c.codes
        ]
        consents = [
            {"case_id": c.row["id"], "kind": kind, "given_on": on, "note": None}
            for c in batch
            for kind, on in c.consents
        ]
        contacts = [
            {"case_id": c.row["id"], "client_id": c.row["client_id"], **contact}
            for c in batch
            for contact in c.contacts
        ]
        purges = [
            {
                "at": c.row["purged_at"],
                "action": "case_purged",
                "client_code": c.client_code,
                "case_number": c.number,
                "detail": None,
            }
            for c in batch
            if c.row["purged_at"] is not None
        ]
        for model, rows in (
            (CaseCode, codes),
            (Consent, consents),
            (Contact, contacts),
            (AuditEntry, purges),
        ):
            _insert_all(session, model, rows)
        self.cases += len(batch)
        self.open_cases += sum(c.row["closed_on"] is None for c in batch)
        self.purged_cases += len(purges)
        self.contacts += len(contacts)
        if self._progress is not None:
            self._progress(self.cases, self._total)


# -- drawing codes in realistic proportions --------------------------------------------------------


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


_TRACKS = _tables(vocab.TRACKS, texts.TRACK_WEIGHTS)
_CATEGORIES = _tables(vocab.CATEGORIES, texts.CATEGORY_WEIGHTS)
_RELATIONS = _tables(vocab.RELATIONS, texts.RELATION_WEIGHTS)
_REFERRALS = _tables(vocab.REFERRALS, texts.REFERRAL_WEIGHTS)
_OUTCOMES = _tables(vocab.OUTCOMES, texts.OUTCOME_WEIGHTS)
_MELDER_ROLES = _Weighted(vocab.MELDER_ROLES, texts.MELDER_ROLE_WEIGHTS)
_AGE_BANDS = _Weighted(vocab.AGE_BANDS, texts.AGE_BAND_WEIGHTS)
_CAME_IN_VIA = _Weighted(vocab.CAME_IN_VIA, texts.CAME_IN_VIA_WEIGHTS)
_INTAKE_MODES = _Weighted(vocab.CONTACT_MODES, texts.INTAKE_MODE_WEIGHTS)
_LATER_MODES = _Weighted(vocab.CONTACT_MODES, texts.LATER_MODE_WEIGHTS)


@dataclass(frozen=True, slots=True)
class _ClientProfile:
    """What case generation needs to know of a client."""

    client_id: int
    code: str
    sector: str
    headcount: int
    integrity_role: bool
    contract_start: dt.date

    def window(self, year: int, today: dt.date) -> tuple[dt.date, dt.date] | None:
        """The days of `year` on which the adviser served this client, up to `today`."""
        start = max(dt.date(year, 1, 1), self.contract_start)
        end = min(dt.date(year, 12, 31), today)
        return (start, end) if start <= end else None


@dataclass(slots=True)
class _GeneratedCase:
    row: dict[str, Any]  # the cases row, keys identical for every case (one bulk statement)
    client_code: str
    number: str
    codes: list[tuple[str, str]]
    consents: list[tuple[str, dt.date]]
    contacts: list[dict[str, Any]]


class _CaseFactory:
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

    def make(
        self, client: _ClientProfile, year: int, seq: int, opened_on: dt.date
    ) -> _GeneratedCase:
        rng, today = self.rng, self.today
        track = _TRACKS[client.integrity_role].pick(rng)
        categories = [_CATEGORIES[track].pick(rng)]
        if rng.random() < texts.SECOND_CATEGORY[track]:
            categories = sorted({*categories, _CATEGORIES[track].pick(rng)})
        relation = None
        if "private" not in categories:
            relation = _RELATIONS[track, client.sector in texts.PUBLIC_FACING].pick(rng)
            unlikely = categories[0] not in texts.THIRD_PARTY_CATEGORIES
            if relation == "third_party" and track == "unwanted_behaviour" and unlikely:
                relation = "colleague"
        support, referrals = self._support(track, categories)

        median = texts.MEDIAN_DAYS[track] * (3 if "formal_complaint" in support else 1)
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
        return _GeneratedCase(
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
            texts.MEAN_CONTACTS[track] + (2 if "formal_complaint" in support else 0)
        )
        most = 6 if self.contacts_per_case is None else max(6, int(3 * mean))
        count = min(most, 1 + _poisson(rng, mean - 1))
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
            notes = texts.contact_note(rng, track, moment) if rng.random() < 0.95 else None
            contacts.append({"occurred_on": day, "minutes": minutes, "mode": mode, "notes": notes})
        return contacts

    def _gender(self, sector: str) -> str | None:
        draw = self.rng.random()
        if draw < 0.08:
            return None  # not asked, or the melder preferred not to say
        if draw < 0.13:
            return "other" if draw < 0.09 else "unknown"
        return "female" if self.rng.random() < texts.FEMALE_SHARE.get(sector, 0.55) else "male"

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
        client: _ClientProfile,
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
            fields["notes"] = texts.case_note(rng, track, category, relation, client.sector)
        return fields


# -- client activities and professional development ---------------------------------------------


def _day_in(rng: random.Random, start: dt.date, end: dt.date) -> dt.date:
    return start + dt.timedelta(days=rng.randint(0, (end - start).days))


def _add_activities(
    session: Session,
    rng: random.Random,
    profiles: Sequence[_ClientProfile],
    first_year: int,
    today: dt.date,
) -> int:
    """Voorlichting, trainings, advice, partner meetings and the jaargesprek, per client-year."""
    rows: list[dict[str, Any]] = []

    def add(client_id: int, kind: str, on: dt.date, minutes: tuple[int, ...], year: int) -> None:
        description = rng.choice(texts.ACTIVITY_DESCRIPTIONS[kind]).format(previous_year=year - 1)
        rows.append(
            {
                "client_id": client_id,
                "kind": vocab.ACTIVITY_KINDS.check(kind),
                "occurred_on": on,
                "minutes": rng.choice(minutes),
                "description": description,
            }
        )

    for p in profiles:
        if p.contract_start >= dt.date(first_year, 1, 1) and p.contract_start <= today:
            on = min(today, p.contract_start + dt.timedelta(days=rng.randint(5, 20)))
            add(p.client_id, "introduction", on, (90,), on.year)
        for year in range(first_year, today.year + 1):
            window = p.window(year, today)
            if window is None:
                continue
            start, end = window
            spring = (max(start, dt.date(year, 2, 1)), min(end, dt.date(year, 4, 30)))
            if p.contract_start.year < year and spring[0] <= spring[1]:
                add(p.client_id, "annual_meeting", _day_in(rng, *spring), (60, 90), year)
            share = ((end - start).days + 1) / 365
            plan = (
                ("information_session", (0.5 + p.headcount / 400) * share, (60, 90, 120)),
                ("manager_training", (0.3 + 0.4 * (p.headcount > 200)) * share, (180, 210, 240)),
                ("management_advice", 0.8 * share, (60, 90)),
                ("partner_consultation", (1 + p.headcount / 800) * share, (45, 60)),
            )
            for kind, mean, minutes in plan:
                for _ in range(min(6, _poisson(rng, mean))):
                    add(p.client_id, kind, _day_in(rng, start, end), minutes, year)
    _insert_all(session, Activity, rows)
    return len(rows)


def _accreditation(rng: random.Random, year: int) -> str:
    return f"ACC-{year}-{rng.randint(1000, 9999)}"


def _add_pe_activities(
    session: Session, rng: random.Random, first_year: int, today: dt.date
) -> int:
    """The adviser's own development: two courses, four to six intervision sessions, often
    supervision, the yearly congress and an extra activity or two, per calendar year."""
    records: list[pe.PeData] = []
    for year in range(first_year, today.year + 1):
        start, end = dt.date(year, 1, 1), dt.date(year, 12, 31)

        for theme, provider, hours in rng.sample(texts.COURSES, 2):
            on = _day_in(rng, start, end)
            records.append(
                pe.PeData("course", on, hours * 60, provider, _accreditation(rng, year), theme)
            )
        sessions = rng.randint(4, 6)
        for i in range(sessions):
            on = dt.date(year, 1 + i * 12 // sessions, rng.randint(8, 26))
            minutes, theme = rng.choice((150, 180)), rng.choice(texts.INTERVISION_THEMES)
            records.append(
                pe.PeData("intervision", on, minutes, texts.INTERVISION_GROUP, None, theme)
            )
        if rng.random() < 0.7:
            provider, theme = texts.SUPERVISION
            records.append(
                pe.PeData("supervision", _day_in(rng, start, end), 90, provider, None, theme)
            )
        provider, theme = texts.CONGRESS
        on = dt.date(year, 11, rng.randint(3, 21))
        records.append(pe.PeData("congress", on, 360, provider, _accreditation(rng, year), theme))
        for theme, hours in rng.sample(texts.EXTRA_ACTIVITIES, rng.randint(1, 2)):
            records.append(
                pe.PeData("extra", _day_in(rng, start, end), hours * 60, None, None, theme)
            )
    kept = sorted((r for r in records if r.occurred_on <= today), key=lambda r: r.occurred_on)
    for record in kept:
        pe.add_pe_activity(session, record)
    return len(kept)


# -- report texts --------------------------------------------------------------------------------


def _add_report_texts(session: Session, profiles: Sequence[_ClientProfile], year: int) -> None:
    """The adviser's words for last year's report, for the first two clients served that year."""
    served = [p for p in profiles if p.window(year, dt.date(year, 12, 31)) is not None][:2]
    for profile, signals in zip(served, texts.REPORT_SIGNALS, strict=False):
        client = session.get(Client, profile.client_id)
        assert client is not None
        integrity = (
            " en met vermoedens van integriteitsschendingen" if profile.integrity_role else ""
        )
        introduction = texts.REPORT_INTRODUCTION.format(
            year=year, client=client.name, integrity=integrity
        )
        report_texts.save_texts(
            session, profile.client_id, year, report_texts.ReportTexts(introduction, signals)
        )
