"""Signals and advice: the adviser's own view of patterns in one client's cases (repeated
references to a person complained about, hotspots, changes against earlier years), the advice
given to the client's management, and the client's jaarplan.

Signals are for the adviser only: they never reach a report. `rules` holds the pure pattern
rules, `facts` reads the cases for them, `advice` and `plan` are the use cases of the advice log
and the jaarplan, `report_parts` gives the annual report its plan and advice sections.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from vp_desktop.services.clients.clients import get_client
from vp_desktop.services.signals.facts import load_case_facts
from vp_desktop.services.signals.rules import Signal, SignalKind, Subject, find_signals

__all__ = ["Signal", "SignalKind", "SignalsOverview", "Subject", "client_signals"]


@dataclass(frozen=True, slots=True)
class SignalsOverview:
    client_id: int
    client_code: str
    year: int
    signals: tuple[Signal, ...]
    rie_on: dt.date | None
    mto_on: dt.date | None


def client_signals(
    session: Session, client_id: int, year: int, today: dt.date | None = None
) -> SignalsOverview:
    """The signals of one client's cases for `year` (`NotFound` for an unknown client)."""
    client = get_client(session, client_id)
    facts = load_case_facts(session, client_id, year)
    signals = find_signals(facts, year, today or dt.date.today())
    return SignalsOverview(
        client.id, client.code, year, tuple(signals), client.rie_on, client.mto_on
    )
