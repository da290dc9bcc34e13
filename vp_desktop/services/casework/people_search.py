"""Finding cases by the people in them, across every client: the melder's name and alias, the
department, the others involved, and the adviser's own notes.

The search runs inside the vault only. A hit says which client and case it belongs to and in
which field the text was found, never the text around it, so the result list (and the command
line) shows no more than the case number and the kind of field.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from vp_desktop.services.casework.search import search_notes
from vp_desktop.store.models import Case, Client, case_number

#: The identifying fields a person is found by, in the order a hit names them.
PERSON_FIELDS = ("melder_name", "melder_alias", "department", "others_involved")
NOTES = "notes"
LIMIT = 200

_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True, slots=True)
class PersonHit:
    client_id: int
    client_code: str
    client_name: str
    case_id: int
    number: str
    #: where the text was found: names from PERSON_FIELDS and/or NOTES
    fields: tuple[str, ...]


def _fold(text: str) -> str:
    return text.casefold()


def search_people(session: Session, user_text: str, *, limit: int = LIMIT) -> list[PersonHit]:
    """Cases of every client in which every word of `user_text` occurs in one field (a person's
    field, or the notes). Purged files hold no such text and are never found."""
    words = [_fold(w) for w in _WORD.findall(user_text)]
    if not words:
        return []
    found: dict[int, set[str]] = {}
    columns = [getattr(Case, name) for name in PERSON_FIELDS]
    # Checked in Python with full Unicode case folding ("Özil", "ÉLODIE"): SQLite's LOWER and
    # LIKE fold ASCII only. Four short columns of the cases that still hold their file.
    rows = session.execute(
        select(Case.id, *columns).where(
            Case.purged_at.is_(None), or_(*[c.is_not(None) for c in columns])
        )
    )
    for case_id, *values in rows:
        for name, value in zip(PERSON_FIELDS, values, strict=True):
            folded = _fold(value or "")
            if all(word in folded for word in words):
                found.setdefault(int(case_id), set()).add(name)
    for hit in search_notes(session, user_text, limit=limit):
        found.setdefault(hit.case_id, set()).add(NOTES)
    if not found:
        return []
    rows = session.execute(
        select(Case.id, Case.client_id, Case.year, Case.seq, Client.code, Client.name)
        .join(Client, Client.id == Case.client_id)
        .where(Case.id.in_(list(found)))
        .order_by(func.lower(Client.name), Case.year.desc(), Case.seq.desc())
        .limit(limit)
    )
    order = (*PERSON_FIELDS, NOTES)
    return [
        PersonHit(
            client_id,
            code,
            name,
            case_id,
            case_number(code, year, seq),
            tuple(f for f in order if f in found[case_id]),
        )
        for case_id, client_id, year, seq, code, name in rows
    ]
