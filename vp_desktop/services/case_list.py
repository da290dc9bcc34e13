"""The case list of one client: a line per case with only numbers, dates and codes (no free
text), loaded by the thousand without the ORM's per-row cost; and the years that have cases.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from vp_desktop.services.errors import NotFound
from vp_desktop.store.models import Case, CaseCode, Client, Contact


@dataclass(frozen=True, slots=True)
class CaseRow:
    """One line of the case list: no free text, cheap to load by the thousand."""

    id: int
    number: str
    opened_on: dt.date
    closed_on: dt.date | None
    track: str
    categories: tuple[str, ...]
    last_contact: dt.date | None
    follow_up_on: dt.date | None
    destroy_by: dt.date | None
    purged: bool

    @property
    def is_closed(self) -> bool:
        return self.closed_on is not None


def list_cases(
    session: Session,
    client_id: int,
    *,
    status: str | None = None,
    year: int | None = None,
    track: str | None = None,
    case_ids: set[int] | None = None,
) -> list[CaseRow]:
    """The client's cases, newest first. `year` keeps cases open at some point in that year."""
    code = session.scalar(select(Client.code).where(Client.id == client_id))
    if code is None:
        raise NotFound("client")
    query = select(
        Case.id,
        Case.year,
        Case.seq,
        Case.opened_on,
        Case.closed_on,
        Case.track,
        Case.follow_up_on,
        Case.destroy_by,
        Case.purged_at.is_not(None),  # a flag from SQL: no timestamp to parse per row
    ).where(Case.client_id == client_id)
    if status == "open":
        query = query.where(Case.closed_on.is_(None))
    elif status == "closed":
        query = query.where(Case.closed_on.is_not(None))
    if year is not None:
        query = query.where(Case.opened_on <= dt.date(year, 12, 31)).where(
            (Case.closed_on.is_(None)) | (Case.closed_on >= dt.date(year, 1, 1))
        )
    if track is not None:
        query = query.where(Case.track == track)
    if case_ids is not None:
        query = query.where(Case.id.in_(case_ids))
    # Core rows straight from the connection and unpacked as tuples: the ORM's row handling
    # and attribute access by name cost more than the queries for a client's 10,000 cases.
    connection = session.connection()
    rows = connection.execute(query.order_by(Case.year.desc(), Case.seq.desc())).all()

    categories: dict[int, list[str]] = defaultdict(list)
    for case_id, category in connection.execute(
        select(CaseCode.case_id, CaseCode.code)
        .join(Case, Case.id == CaseCode.case_id)
        .where(Case.client_id == client_id, CaseCode.vocabulary == "category")
    ).all():
        categories[case_id].append(category)
    # Read from the covering index (client, case, date) alone.
    last_contact: dict[int, dt.date] = dict(
        connection.execute(
            select(Contact.case_id, func.max(Contact.occurred_on))
            .where(Contact.client_id == client_id)
            .group_by(Contact.case_id)
        ).all()
    )
    return [
        CaseRow(
            id=case_id,
            number=f"{code}-{year}-{seq:03d}",
            opened_on=opened_on,
            closed_on=closed_on,
            track=track,
            categories=tuple(categories.get(case_id, ())),
            last_contact=last_contact.get(case_id),
            follow_up_on=follow_up_on,
            destroy_by=destroy_by,
            purged=bool(purged),
        )
        for (
            case_id,
            year,
            seq,
            opened_on,
            closed_on,
            track,
            follow_up_on,
            destroy_by,
            purged,
        ) in rows
    ]


def case_years(session: Session, client_id: int) -> list[int]:
    return list(
        session.scalars(
            select(Case.year)
            .where(Case.client_id == client_id)
            .distinct()
            .order_by(Case.year.desc())
        )
    )
