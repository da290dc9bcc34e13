"""The case list of one client: a line per case with only numbers, dates and codes (no free
text), loaded by the thousand in one query; the years that have cases; and which of the cases
match the words typed in the list's search box.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, NamedTuple

from sqlalchemy import String, func, literal, select
from sqlalchemy.orm import Session

from vp_desktop.services.casework.search import fts_query
from vp_desktop.services.errors import NotFound
from vp_desktop.store.models import Case, CaseCode, Client, Contact


class CaseRow(NamedTuple):
    """One line of the case list: no free text, cheap to load by the thousand.

    A plain tuple made straight from the query's row (a frozen dataclass paid a Python
    `__init__` per case); the categories stay one comma-separated text until they are read.
    """

    id: int
    number: str
    year: int
    seq: int
    opened_on: dt.date
    closed_on: dt.date | None
    track: str
    category_codes: str | None
    last_contact: dt.date | None
    follow_up_on: dt.date | None
    destroy_by: dt.date | None
    purged: bool

    @property
    def is_closed(self) -> bool:
        return self.closed_on is not None

    @property
    def categories(self) -> tuple[str, ...]:
        return tuple(self.category_codes.split(",")) if self.category_codes else ()


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
    # Everything a line shows in one query, so no per-case Python merges three results:
    # the number is formatted by SQLite, the categories are one text per case (read in
    # primary-key order, so always in the same order), the last contact is the top of the
    # case's (case, date) index.
    categories = (
        select(func.group_concat(CaseCode.code, ","))
        .where(CaseCode.case_id == Case.id, CaseCode.vocabulary == "category")
        .scalar_subquery()
    )
    last_contact = (
        select(func.max(Contact.occurred_on))
        .where(Contact.client_id == client_id, Contact.case_id == Case.id)
        .scalar_subquery()
    )
    query = select(
        Case.id,
        func.printf("%s-%d-%03d", literal(code, String), Case.year, Case.seq),
        Case.year,
        Case.seq,
        Case.opened_on,
        Case.closed_on,
        Case.track,
        categories,
        last_contact.label("last_contact"),
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
    # Core rows straight from the connection: the ORM's row handling costs more than the
    # query for a client's 10,000 cases.
    rows = session.connection().execute(query.order_by(Case.year.desc(), Case.seq.desc()))
    return list(map(CaseRow._make, rows))


def case_years(session: Session, client_id: int) -> list[int]:
    return list(
        session.scalars(
            select(Case.year)
            .where(Case.client_id == client_id)
            .distinct()
            .order_by(Case.year.desc())
        )
    )


# Row ids only: the index answers by itself. Case notes are filed under the case's id, contact
# notes under the contact's id negated; reading the stored case id instead would read every
# matching note's row of text from the index's content table (about half the time).
_NOTE_ROWIDS = "SELECT rowid FROM notes_fts WHERE notes_fts MATCH ?"


class NotesSearch:
    """Which of one client's cases have notes (their own or a contact's) with the typed words,
    asked on every pause in typing in the case list.

    The client's case ids and the case of each of its contacts are read once, on the first
    search, from indexes alone; make a new one when the list is loaded again (a save, a
    deleted contact), so an id SQLite has reused never points at an old case.
    """

    def __init__(self, client_id: int) -> None:
        self.client_id = client_id
        self._case_ids: frozenset[int] | None = None
        self._case_of_contact: dict[int, int] = {}

    def matching_case_ids(self, session: Session, user_text: str) -> set[int]:
        query = fts_query(user_text, self.client_id)
        if query is None:
            return set()
        connection = session.connection()
        # On the driver's cursor: for the 20,000 ids of a first letter, SQLAlchemy's result
        # handling per row cost as much as the index.
        driver: Any = connection.connection.driver_connection
        rows = driver.execute(_NOTE_ROWIDS, (query,)).fetchall()
        if self._case_ids is None:
            self._case_ids = frozenset(
                connection.execute(select(Case.id).where(Case.client_id == self.client_id))
                .scalars()
                .all()
            )
            self._case_of_contact = {
                contact_id: case_id
                for contact_id, case_id in connection.execute(
                    select(Contact.id, Contact.case_id).where(Contact.client_id == self.client_id)
                )
            }
        # The query names the client, and every id is checked against the client's own rows
        # all the same: another client's case or contact never comes back.
        case_of_contact, no_case = self._case_of_contact, 0
        found = {rowid if rowid > 0 else case_of_contact.get(-rowid, no_case) for (rowid,) in rows}
        return found & self._case_ids
