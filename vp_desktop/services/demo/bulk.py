"""Writing the demo practice's generated cases in bulk: one executemany per table and batch, past
the ORM's per-row bookkeeping, so even 100,000 cases take seconds rather than hours.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from vp_desktop.store.models import AuditEntry, Base, Case, CaseCode, Consent, Contact

Progress = Callable[[int, int], None]  # (cases written, cases in all)

BATCH_CASES = 5_000


@dataclass(slots=True)
class GeneratedCase:
    """One generated case as the rows it adds: its own, its codes, consents and contacts."""

    row: dict[str, Any]  # the cases row, keys identical for every case (one bulk statement)
    client_code: str
    number: str
    codes: list[tuple[str, str]]
    consents: list[tuple[str, dt.date]]
    contacts: list[dict[str, Any]]


def insert_all(session: Session, model: type[Base], rows: list[dict[str, Any]]) -> None:
    """One executemany of plain rows against the table, past the ORM's per-row bookkeeping.
    Every row has the same keys, so None values stay in the statement as NULL."""
    if rows:
        session.execute(insert(Base.metadata.tables[model.__tablename__]), rows)


class BulkWriter:
    """Collects generated cases and inserts them a batch at a time (one statement per table)."""

    def __init__(self, session: Session, total: int, progress: Progress | None) -> None:
        self._session = session
        self._total = total
        self._progress = progress
        self._next_id = (session.scalar(select(func.max(Case.id))) or 0) + 1
        self._batch: list[GeneratedCase] = []
        self.cases = self.open_cases = self.purged_cases = self.contacts = 0
        if progress is not None:
            progress(0, total)

    def add(self, case: GeneratedCase) -> None:
        case.row["id"] = self._next_id
        self._next_id += 1
        self._batch.append(case)
        if len(self._batch) >= BATCH_CASES:
            self._flush()

    def finish(self) -> None:
        self._flush()

    def _flush(self) -> None:
        if not self._batch:
            return
        session, batch = self._session, self._batch
        self._batch = []
        insert_all(session, Case, [c.row for c in batch])
        codes = [
            {"case_id": c.row["id"], "vocabulary": v, "code": code}
            for c in batch
            for v, code in c.codes
        ]
        consents = [
            {"case_id": c.row["id"], "kind": kind, "given_on": on, "note": None}
            for c in batch
            for kind, on in c.consents
        ]
        contacts = [
            {"case_id": c.row["id"], "client_id": c.row["client_id"], **contact}
            for c in batch
            for contact in c.contacts
        ]
        purges = [
            {
                "at": c.row["purged_at"],
                "action": "case_purged",
                "client_code": c.client_code,
                "case_number": c.number,
                "detail": None,
            }
            for c in batch
            if c.row["purged_at"] is not None
        ]
        for model, rows in (
            (CaseCode, codes),
            (Consent, consents),
            (Contact, contacts),
            (AuditEntry, purges),
        ):
            insert_all(session, model, rows)
        self.cases += len(batch)
        self.open_cases += sum(c.row["closed_on"] is None for c in batch)
        self.purged_cases += len(purges)
        self.contacts += len(contacts)
        if self._progress is not None:
            self._progress(self.cases, self._total)
