"""Reading one client's cases as `CaseFact`s for the signal rules.

Only the cases the rules can use are read: those opened from the first earlier year a trend
compares with, and older ones that name a person complained about. One statement with the
categories and support folded in per case keeps a client with tens of thousands of cases well
under a second (purged cases keep their codes and dates but no reference or department).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from vp_desktop.services.signals.rules import TREND_EARLIER_YEARS, CaseFact
from vp_desktop.store.models import Client, case_number

_FACTS = """
    SELECT c.id, c.year, c.seq, c.opened_on, c.closed_on, c.track, c.relation, c.department,
           c.respondent_ref, c.outcome,
           (SELECT group_concat(k.vocabulary || ':' || k.code, ',') FROM case_codes k
             WHERE k.case_id = c.id AND k.vocabulary IN ('category', 'support')) AS codes
      FROM cases c
     WHERE c.client_id = ? AND (c.opened_on >= ? OR c.respondent_ref IS NOT NULL)
     ORDER BY c.opened_on, c.year, c.seq
"""


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value[:10]) if value else None


def load_case_facts(session: Session, client_id: int, year: int) -> list[CaseFact]:
    """The client's cases the signals of `year` can rest on."""
    code = session.scalar(select(Client.code).where(Client.id == client_id)) or ""
    since = dt.date(year - TREND_EARLIER_YEARS, 1, 1).isoformat()
    # The driver's plain tuples: SQLAlchemy's rows would cost more than the query itself here.
    rows = session.connection().exec_driver_sql(_FACTS, (client_id, since)).all()
    facts = []
    for (
        case_id,
        case_year,
        seq,
        opened,
        closed,
        track,
        relation,
        department,
        ref,
        outcome,
        codes,
    ) in rows:
        categories: list[str] = []
        support: list[str] = []
        for pair in (codes or "").split(","):
            vocabulary, _, value = pair.partition(":")
            if value:
                (categories if vocabulary == "category" else support).append(value)
        categories.sort()
        support.sort()
        facts.append(
            CaseFact(
                case_id,
                case_number(code, case_year, seq),
                dt.date.fromisoformat(opened[:10]),
                track,
                tuple(categories),
                relation,
                department,
                ref,
                tuple(support),
                outcome,
                _date(closed),
            )
        )
    return facts
