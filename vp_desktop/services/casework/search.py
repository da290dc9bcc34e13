"""Full-text search over the adviser's own notes (case notes and contact notes), via FTS5."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.orm import Session

_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True, slots=True)
class NoteHit:
    case_id: int
    client_id: int


def fts_query(user_text: str, client_id: int | None = None) -> str | None:
    """Every word must occur in the note; the last may be a prefix (as one types). Quotes keep
    FTS5 syntax characters in the user's text from being read as operators.

    With a client, the client's id is a term of the query: the index intersects the words with
    that client's notes, so a search costs what the client's notes cost, not the whole vault's.
    """
    words = _WORD.findall(user_text)
    if not words:
        return None
    quoted = [f'"{w}"' for w in words]
    quoted[-1] += "*"
    query = f"body : ({' '.join(quoted)})"
    if client_id is not None:
        query = f'client_id : "{int(client_id)}" AND {query}'
    return query


def search_notes(
    session: Session,
    user_text: str,
    *,
    client_id: int | None = None,
    limit: int | None = 5_000,
) -> list[NoteHit]:
    """Cases whose notes or contact notes contain all words; scoped to one client if given.
    `limit` caps the number of cases (None: all)."""
    query = fts_query(user_text, client_id)
    if query is None:
        return []
    sql = "SELECT DISTINCT case_id, client_id FROM notes_fts WHERE notes_fts MATCH :q"
    params: dict[str, object] = {"q": query, "limit": -1 if limit is None else limit}
    if client_id is not None:
        # Already scoped by the query; checked again on the stored column all the same.
        sql += " AND client_id = :client"
        params["client"] = client_id
    rows = session.execute(text(sql + " LIMIT :limit"), params)
    return [NoteHit(case_id=int(r.case_id), client_id=int(r.client_id)) for r in rows]


def matching_case_ids(session: Session, client_id: int, user_text: str) -> set[int]:
    """All of one client's cases whose notes match (a client's own cases bound the result).

    Runs on every pause in typing, so it fetches bare ids in one go."""
    query = fts_query(user_text, client_id)
    if query is None:
        return set()
    sql = "SELECT DISTINCT case_id FROM notes_fts WHERE notes_fts MATCH :q AND client_id = :client"
    rows = session.connection().execute(text(sql), {"q": query, "client": client_id})
    return set(rows.scalars().all())
