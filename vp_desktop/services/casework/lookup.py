"""Finding a case by the number the adviser sees on it (e.g. ACME-2026-004)."""

from __future__ import annotations

import re

from sqlalchemy import select
from sqlalchemy.orm import Session

from vp_desktop.services.errors import NotFound
from vp_desktop.store.models import Case, Client

_NUMBER = re.compile(r"^\s*(?P<code>.+)-(?P<year>\d{4})-(?P<seq>\d{1,6})\s*$")


def find_case(session: Session, number: str) -> tuple[int, int]:
    """(client id, case id) of the case with this number; NotFound when there is none."""
    match = _NUMBER.match(number)
    if match is None:
        raise NotFound("case")
    row = session.execute(
        select(Case.client_id, Case.id)
        .join(Client, Client.id == Case.client_id)
        .where(
            Client.code == match["code"].upper(),
            Case.year == int(match["year"]),
            Case.seq == int(match["seq"]),
        )
    ).first()
    if row is None:
        raise NotFound("case")
    return int(row[0]), int(row[1])
