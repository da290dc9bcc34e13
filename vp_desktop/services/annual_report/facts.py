"""What the annual report reads from the vault: coded facts of cases, counts per year, time.

Only coded columns, dates and minutes are read; no free-text or identifying column of a case,
contact or activity is ever selected, so nothing of the kind can reach a report.

Definitions (for year Y):
* handled: opened on or before 31 December and not closed before 1 January: the client-year
  total that disclosure control works from; new: opened in Y; carried over: handled, opened
  before Y; closed: closed in Y; open at year end: handled and not closed in Y (so carried over
  of Y+1 is open at the end of Y).
* breakdowns count handled cases; the outcome counts the cases closed in Y.
* contacts and hours: contacts dated in Y plus the client's activities dated in Y.
* purged cases still count: retention deletes their identifying data, not their codes.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.orm import Session

from vp_desktop.domain import vocab
from vp_desktop.store.models import Activity, Case, CaseCode, Contact

# Single-valued breakdowns: (case attribute, vocabulary), in the domain description's order.
SINGLE = (
    ("relation", vocab.RELATIONS),
    ("melder_role", vocab.MELDER_ROLES),
    ("gender", vocab.GENDERS),
    ("age_band", vocab.AGE_BANDS),
    ("came_in_via", vocab.CAME_IN_VIA),
)
MULTI = ("category", "support", "referral")


@dataclass(frozen=True, slots=True)
class CaseFacts:
    """The coded facts of one handled case (never any of its text)."""

    opened_on: dt.date
    closed_on: dt.date | None
    track: str
    single: dict[str, str | None]
    closed_in_year: bool


@dataclass(frozen=True, slots=True)
class YearCounts:
    handled: int
    new: int
    closed: int
    outcomes: tuple[tuple[str, int], ...] = ()  # of the cases closed in the year

    @property
    def carried_over(self) -> int:
        return self.handled - self.new

    @property
    def open_at_year_end(self) -> int:
        return self.handled - self.closed


@dataclass(frozen=True, slots=True)
class YearFacts:
    cases: tuple[CaseFacts, ...]
    codes: dict[str, Counter[str]]  # per multi-valued vocabulary: handled cases per code
    # per multi-valued vocabulary: how many handled cases have each combination of codes
    combinations: dict[str, Counter[frozenset[str]]]


def year_bounds(year: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def _handled_in(year: int) -> ColumnElement[bool]:
    start, end = year_bounds(year)
    return and_(Case.opened_on <= end, or_(Case.closed_on.is_(None), Case.closed_on >= start))


def load_year(session: Session, client_id: int, year: int) -> YearFacts:
    names = [name for name, _ in SINGLE]
    query = select(
        Case.id, Case.opened_on, Case.closed_on, Case.track, Case.outcome,
        *(getattr(Case, n) for n in names),
    ).where(Case.client_id == client_id, _handled_in(year))  # fmt: skip
    # Each case's codes of one vocabulary joined into one string, then counted per combination:
    # the database does the grouping, and a year of a thousand cases comes back as a few dozen
    # combinations, from which both the counts per code and per group of codes follow.
    per_case = (
        select(CaseCode.vocabulary, func.group_concat(CaseCode.code, " ").label("combination"))
        .join(Case, Case.id == CaseCode.case_id)
        .where(Case.client_id == client_id, _handled_in(year))
        .group_by(CaseCode.case_id, CaseCode.vocabulary)
        .subquery()
    )
    combinations_query = select(
        per_case.c.vocabulary, per_case.c.combination, func.count()
    ).group_by(per_case.c.vocabulary, per_case.c.combination)
    connection = session.connection()
    codes: dict[str, Counter[str]] = {name: Counter() for name in MULTI}
    combinations: dict[str, Counter[frozenset[str]]] = {name: Counter() for name in MULTI}
    for vocabulary, combination, n in connection.execute(combinations_query):
        combo = frozenset(combination.split(" "))
        combinations.setdefault(vocabulary, Counter())[combo] += n
        for code in combo:
            codes.setdefault(vocabulary, Counter())[code] += n
    # Core rows unpacked as tuples: for a thousand cases the ORM's row handling would cost more
    # than the query.
    cases = tuple(
        CaseFacts(
            opened_on,
            closed_on,
            track,
            {"outcome": outcome, **dict(zip(names, single, strict=True))},
            closed_on is not None and closed_on.year == year,
        )
        for case_id, opened_on, closed_on, track, outcome, *single in connection.execute(query)
    )
    return YearFacts(cases, codes, combinations)


def first_case_year(session: Session, client_id: int, until: int) -> int | None:
    first = session.scalar(
        select(func.min(Case.opened_on)).where(
            Case.client_id == client_id, Case.opened_on <= dt.date(until, 12, 31)
        )
    )
    return None if first is None else first.year


def year_counts(
    session: Session, client_id: int, years: Iterable[int], *, outcomes_too: bool = True
) -> dict[int, YearCounts]:
    """Handled, new and closed per year, counted by the database in one pass; with
    `outcomes_too` also the outcomes of the cases closed in each year."""
    years = sorted(set(years))
    if not years:
        return {}
    columns = []
    for y in years:
        start, end = year_bounds(y)
        columns.append(func.count().filter(_handled_in(y)))
        columns.append(func.count().filter(_handled_in(y), Case.opened_on >= start))
        columns.append(func.count().filter(Case.closed_on.between(start, end)))
    row = session.execute(
        select(*columns).where(
            Case.client_id == client_id,
            Case.opened_on <= dt.date(years[-1], 12, 31),
            or_(Case.closed_on.is_(None), Case.closed_on >= dt.date(years[0], 1, 1)),
        )
    ).one()
    closed_year = func.strftime("%Y", Case.closed_on)
    outcomes: dict[int, list[tuple[str, int]]] = defaultdict(list)
    query = (
        select(closed_year, Case.outcome, func.count())
        .where(
            Case.client_id == client_id,
            Case.outcome.is_not(None),
            Case.closed_on.between(dt.date(years[0], 1, 1), dt.date(years[-1], 12, 31)),
        )
        .group_by(closed_year, Case.outcome)
    )
    for y, outcome, n in session.execute(query) if outcomes_too else ():
        outcomes[int(y)].append((outcome, n))
    return {
        y: YearCounts(
            int(row[3 * n]), int(row[3 * n + 1]), int(row[3 * n + 2]), tuple(sorted(outcomes[y]))
        )
        for n, y in enumerate(years)
    }


@dataclass(frozen=True, slots=True)
class ActivityFact:
    kind: str
    on: dt.date
    minutes: int


def load_activities(session: Session, client_id: int, year: int) -> list[ActivityFact]:
    start, end = year_bounds(year)
    # The description is the adviser's working note: it stays out of the report.
    rows = session.execute(
        select(Activity.kind, Activity.occurred_on, Activity.minutes)
        .where(Activity.client_id == client_id, Activity.occurred_on.between(start, end))
        .order_by(Activity.occurred_on, Activity.id)
    ).all()
    return [ActivityFact(kind, on, minutes) for kind, on, minutes in rows]


def contact_time(session: Session, client_id: int, year: int) -> tuple[int, int]:
    """(number of contacts, their minutes) in the year."""
    start, end = year_bounds(year)
    contacts, minutes = session.execute(
        select(func.count(), func.coalesce(func.sum(Contact.minutes), 0)).where(
            Contact.client_id == client_id, Contact.occurred_on.between(start, end)
        )
    ).one()
    return int(contacts), int(minutes)
