"""Retention: which case files are due for destruction, and destroying them for good.

A purge deletes the identifying and free-text part of a case (`PURGEABLE_CASE_COLUMNS`, every
contact note, every consent note, every attachment) and keeps the anonymous statistical record
(dates, vocabulary codes, minutes, the contact rows), so earlier annual reports still add up.
Afterwards the write-ahead log is folded in and the file rewritten, so no free page or stale log
frame keeps the text; the FTS index drops it through its secure-delete mode.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from vp_desktop.services import audit, drafts
from vp_desktop.services.casework.cases import get_case
from vp_desktop.services.errors import Checker
from vp_desktop.store.errors import WipeIncomplete
from vp_desktop.store.models import (
    PURGEABLE_CASE_COLUMNS,
    Attachment,
    Case,
    Client,
    Consent,
    Contact,
    case_number,
    utcnow,
)
from vp_desktop.store.side_files import remove_update_copy
from vp_desktop.store.vault import Vault
from vp_desktop.store.wipe import mark_wipe_pending


@dataclass(frozen=True, slots=True)
class DueCase:
    """A closed case whose destroy-by date has come; nothing identifying, only where and when."""

    client_id: int
    client_code: str
    client_name: str
    case_id: int
    number: str
    closed_on: dt.date
    destroy_by: dt.date


@dataclass(frozen=True, slots=True)
class PurgeResult:
    purged: tuple[str, ...]  # case numbers, in the order they were purged
    #: Set when the files are destroyed but wiping their traces from the vault file has to
    #: wait (a reader held the log, or the disk is full); the next open finishes it.
    wipe_pending: WipeIncomplete | None = None

    @property
    def count(self) -> int:
        return len(self.purged)


def due_for_destruction(session: Session, today: dt.date | None = None) -> list[DueCase]:
    """Every client's cases with destroy_by on or before `today` that still hold their file."""
    today = today or dt.date.today()
    rows = session.execute(
        select(
            Client.id,
            Client.code,
            Client.name,
            Case.id,
            Case.year,
            Case.seq,
            Case.closed_on,
            Case.destroy_by,
        )
        .join(Client, Client.id == Case.client_id)
        .where(
            Case.destroy_by.is_not(None),
            Case.destroy_by <= today,
            Case.closed_on.is_not(None),
            Case.purged_at.is_(None),
        )
        .order_by(Client.code, Case.destroy_by, Case.year, Case.seq)
    )
    due: list[DueCase] = []
    for client_id, code, name, case_id, year, seq, closed_on, destroy_by in rows:
        assert closed_on is not None and destroy_by is not None  # the query demands both
        number = case_number(code, year, seq)
        due.append(DueCase(client_id, code, name, case_id, number, closed_on, destroy_by))
    return due


def purge_case_data(
    session: Session, client_id: int, case_id: int, *, now: dt.datetime | None = None
) -> str | None:
    """Delete one closed case's file within `session`; return its number, or None when it was
    already purged. Call `wipe_free_space` after the commit to leave no trace in the file."""
    case = get_case(session, client_id, case_id)
    if case.purged_at is not None:
        return None
    if case.closed_on is None:
        check = Checker()
        check.add("closed_on", "purge_needs_closed")
        check.raise_if_any()
    number, client_code = case.number, case.client.code
    session.execute(
        update(Case)
        .where(Case.id == case.id)
        .values({name: None for name in PURGEABLE_CASE_COLUMNS} | {"purged_at": now or utcnow()})
    )
    session.execute(update(Contact).where(Contact.case_id == case.id).values(notes=None))
    session.execute(update(Consent).where(Consent.case_id == case.id).values(note=None))
    session.execute(delete(Attachment).where(Attachment.case_id == case.id))
    drafts.discard_drafts_about(session, client_id, case.id)
    # The ORM copy of the case (and its loaded children) must not write the old text back.
    session.expire_all()
    audit.record(session, "case_purged", client_code=client_code, case_number=number)
    return number


def purge_cases(
    vault: Vault,
    cases: Iterable[tuple[int, int]],
    *,
    now: dt.datetime | None = None,
) -> PurgeResult:
    """Purge (client id, case id) pairs in one transaction, then wipe the freed space."""
    purged: list[str] = []
    with vault.transaction() as session:
        for client_id, case_id in cases:
            number = purge_case_data(session, client_id, case_id, now=now)
            if number is not None:
                purged.append(number)
        if purged:
            mark_wipe_pending(session)
    pending = wipe_free_space(vault) if purged else None
    return PurgeResult(tuple(purged), pending)


def purge_due(vault: Vault, *, today: dt.date | None = None) -> PurgeResult:
    """Purge every case that is due today."""
    with vault.session() as session:
        due = due_for_destruction(session, today)
    return purge_cases(vault, [(d.client_id, d.case_id) for d in due])


def wipe_free_space(vault: Vault) -> WipeIncomplete | None:
    """Fold the log into the file and rewrite it: deleted text leaves no page behind. Returns
    why that has to wait, if it does (the deletion itself is committed either way)."""
    remove_update_copy(vault.path)  # it still holds what was just deleted
    try:
        vault.vacuum()
    except WipeIncomplete as pending:
        return pending
    return None
