"""The demo practice around its cases: the client organisations, how many cases each brings in a
year, the adviser's work for them (activities), their own development and report texts.
"""

from __future__ import annotations

import datetime as dt
import math
import random
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from vp_desktop.domain import vocab
from vp_desktop.services.annual_report import report_texts
from vp_desktop.services.clients import clients
from vp_desktop.services.demo import texts as texts
from vp_desktop.services.demo.bulk import insert_all
from vp_desktop.services.professional_development import pe
from vp_desktop.store.models import Activity, Client

#: Calendar years of work in the demo, the current one included.
YEARS = 3
# Cases per employee per year in a realistic practice (a 1,200-strong care organisation brings
# about twenty a year).
CASES_PER_EMPLOYEE = 0.016


@dataclass(frozen=True, slots=True)
class ClientProfile:
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


def add_clients(
    session: Session, rng: random.Random, n: int, first_year: int, today: dt.date
) -> list[ClientProfile]:
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
            ClientProfile(
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


def poisson(rng: random.Random, mean: float) -> int:
    """A Poisson draw (Knuth); the demo's means are small enough for this simple method."""
    if mean <= 0:
        return 0
    limit, k, p = math.exp(-min(mean, 500.0)), 0, rng.random()
    while p > limit:
        k += 1
        p *= rng.random()
    return k


def case_counts(
    rng: random.Random,
    profiles: Sequence[ClientProfile],
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
        return {key: poisson(rng, mean) for key, mean in expected.items()}
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


# -- client activities and professional development ----------------------------------------------


def _day_in(rng: random.Random, start: dt.date, end: dt.date) -> dt.date:
    return start + dt.timedelta(days=rng.randint(0, (end - start).days))


def add_activities(
    session: Session,
    rng: random.Random,
    profiles: Sequence[ClientProfile],
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
                for _ in range(min(6, poisson(rng, mean))):
                    add(p.client_id, kind, _day_in(rng, start, end), minutes, year)
    insert_all(session, Activity, rows)
    return len(rows)


def _accreditation(rng: random.Random, year: int) -> str:
    return f"ACC-{year}-{rng.randint(1000, 9999)}"


def add_pe_activities(session: Session, rng: random.Random, first_year: int, today: dt.date) -> int:
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


def add_report_texts(session: Session, profiles: Sequence[ClientProfile], year: int) -> None:
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
