"""Unsaved edits kept inside the vault while it is locked, so auto-lock never loses what was typed.

A draft is whatever a section hands over on lock (JSON-able data), stored under the section's
key. Drafts live only between a lock and the next unlock: restoring takes them out again.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from vp_desktop.store.models import Draft

MAX_KEY_LENGTH = 100


def save_drafts(session: Session, drafts: dict[str, dict[str, Any]]) -> None:
    """Store one draft per key, replacing an older draft under the same key."""
    for key, payload in drafts.items():
        if not key or len(key) > MAX_KEY_LENGTH:
            raise ValueError(f"a draft key must be 1 to {MAX_KEY_LENGTH} characters")
        session.merge(Draft(key=key, payload=json.dumps(payload, ensure_ascii=False)))
    session.flush()


def load_drafts(session: Session) -> dict[str, dict[str, Any]]:
    """Every stored draft by key; a draft that is not a JSON object is skipped, never raised."""
    drafts: dict[str, dict[str, Any]] = {}
    for draft in session.scalars(select(Draft).order_by(Draft.key)):
        try:
            payload = json.loads(draft.payload)
        except json.JSONDecodeError:
            continue
        if isinstance(payload, dict):
            drafts[draft.key] = payload
    return drafts


def take_drafts(session: Session) -> dict[str, dict[str, Any]]:
    """Load every draft and delete them all: a draft is restored once, then it is gone."""
    drafts = load_drafts(session)
    discard_drafts(session)
    return drafts


def discard_drafts(session: Session, keys: Iterable[str] | None = None) -> None:
    """Delete the drafts under `keys` (every draft when None): the ones a section took back."""
    statement = delete(Draft)
    if keys is not None:
        statement = statement.where(Draft.key.in_(list(keys)))
    session.execute(statement)
    session.flush()


def _mentions(payload: object, client_id: int, case_id: int | None) -> bool:
    """Whether any object inside the draft is about this client (and case, when given)."""
    if isinstance(payload, dict):
        if payload.get("client_id") == client_id and (
            case_id is None or payload.get("case_id") == case_id
        ):
            return True
        return any(_mentions(value, client_id, case_id) for value in payload.values())
    if isinstance(payload, list):
        return any(_mentions(value, client_id, case_id) for value in payload)
    return False


def discard_drafts_about(session: Session, client_id: int, case_id: int | None = None) -> int:
    """Drop drafts that hold text of a case being purged or a client being deleted, so no copy of
    destroyed text survives in a draft. Returns how many were dropped."""
    dropped = 0
    for draft in session.scalars(select(Draft)):
        try:
            payload = json.loads(draft.payload)
        except json.JSONDecodeError:
            payload = None
        if payload is None or _mentions(payload, client_id, case_id):
            session.delete(draft)
            dropped += 1
    session.flush()
    return dropped
