"""The advice log of a client: advice the adviser gave management, asked for or not, with a theme
from `domain.advice_themes`, a short text in the adviser's own words and an optional follow-up.

`due_follow_ups` is what the dashboard reminds of, across all clients.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from vp_desktop.domain.advice_themes import ADVICE_THEMES
from vp_desktop.services.clients.clients import get_client
from vp_desktop.services.errors import Checker
from vp_desktop.services.rows import delete_row, get_client_row, store_row
from vp_desktop.store.models import AdviceEntry, Client

MAX_SUMMARY = 2_000
#: follow-ups this many days ahead already show on the dashboard
FOLLOW_UP_HORIZON_DAYS = 14


@dataclass(slots=True)
class AdviceData:
    given_on: dt.date
    theme: str
    summary: str
    solicited: bool = False
    follow_up_on: dt.date | None = None
    follow_up_done: bool = False

    @classmethod
    def of(cls, entry: AdviceEntry) -> AdviceData:
        return cls(
            entry.given_on,
            entry.theme,
            entry.summary,
            entry.solicited,
            entry.follow_up_on,
            entry.follow_up_done,
        )


@dataclass(frozen=True, slots=True)
class AdviceFollowUp:
    """A follow-up of advice that is due: where and when, and the theme (never the text)."""

    client_id: int
    client_code: str
    client_name: str
    advice_id: int
    theme: str
    follow_up_on: dt.date


def _validate(data: AdviceData) -> None:
    check = Checker()
    check.require("given_on", data.given_on)
    if data.theme not in ADVICE_THEMES:
        check.add("theme", "unknown_code", value=data.theme)
    check.require("summary", data.summary)
    check.text("summary", data.summary, MAX_SUMMARY)
    if data.follow_up_on and data.given_on and data.follow_up_on < data.given_on:
        check.add("follow_up_on", "follow_up_before_advice")
    check.raise_if_any()


def _apply(entry: AdviceEntry, data: AdviceData) -> None:
    entry.given_on = data.given_on
    entry.theme = data.theme
    entry.summary = data.summary.strip()
    entry.solicited = data.solicited
    entry.follow_up_on = data.follow_up_on
    entry.follow_up_done = data.follow_up_done and data.follow_up_on is not None


def add_advice(session: Session, client_id: int, data: AdviceData) -> AdviceEntry:
    get_client(session, client_id)
    return store_row(session, AdviceEntry(client_id=client_id), data, _validate, _apply)


def get_advice(session: Session, client_id: int, advice_id: int) -> AdviceEntry:
    return get_client_row(session, AdviceEntry, client_id, advice_id, "advice")


def update_advice(
    session: Session, client_id: int, advice_id: int, data: AdviceData
) -> AdviceEntry:
    entry = get_advice(session, client_id, advice_id)
    return store_row(session, entry, data, _validate, _apply)


def delete_advice(session: Session, client_id: int, advice_id: int) -> None:
    delete_row(session, get_advice(session, client_id, advice_id))


def list_advice(session: Session, client_id: int, year: int | None = None) -> list[AdviceEntry]:
    query = select(AdviceEntry).where(AdviceEntry.client_id == client_id)
    if year is not None:
        query = query.where(
            AdviceEntry.given_on.between(dt.date(year, 1, 1), dt.date(year, 12, 31))
        )
    return list(session.scalars(query.order_by(AdviceEntry.given_on.desc(), AdviceEntry.id.desc())))


def due_follow_ups(
    session: Session, today: dt.date, horizon_days: int = FOLLOW_UP_HORIZON_DAYS
) -> list[AdviceFollowUp]:
    """Open advice follow-ups up to `horizon_days` ahead (overdue ones too), soonest first."""
    until = today + dt.timedelta(days=horizon_days)
    rows = session.execute(
        select(AdviceEntry, Client.code, Client.name)
        .join(Client, Client.id == AdviceEntry.client_id)
        .where(
            AdviceEntry.follow_up_done.is_(False),
            AdviceEntry.follow_up_on.is_not(None),
            AdviceEntry.follow_up_on <= until,
        )
        .order_by(AdviceEntry.follow_up_on, Client.code, AdviceEntry.id)
    )
    return [
        AdviceFollowUp(e.client_id, code, name, e.id, e.theme, e.follow_up_on)
        for e, code, name in rows
        if e.follow_up_on is not None
    ]
