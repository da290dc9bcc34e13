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


def fts_query(user_text: str) -> str | None:
    """Every word must occur; the last may be a prefix (as one types). Quotes keep FTS5 syntax
    characters in the user's text from being read as operators."""
    words = _WORD.findall(user_text)
    if not words:
        return None
    quoted = [f'"{w}"' for w in words]
    quoted[-1] += "*"
    return " ".join(quoted)


def search_notes(
    session: Session,
    user_text: str,
    *,
    client_id: int | None = None,
    limit: int = 5_000,
) -> list[NoteHit]:
    """Cases whose notes or contact notes contain all words; scoped to one client if given."""
    query = fts_query(user_text)
    if query is None:
        return []
    sql = "SELECT DISTINCT case_id, client_id FROM notes_fts WHERE notes_fts MATCH :q"
    params: dict[str, object] = {"q": query, "limit": limit}
    if client_id is not None:
        sql += " AND client_id = :client"
        params["client"] = client_id
    rows = session.execute(text(sql + " LIMIT :limit"), params)
    return [NoteHit(case_id=int(r.case_id), client_id=int(r.client_id)) for r in rows]


def matching_case_ids(session: Session, client_id: int, user_text: str) -> set[int]:
    return {hit.case_id for hit in search_notes(session, user_text, client_id=client_id)}
