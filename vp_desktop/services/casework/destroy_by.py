"""A case's destroy-by date: see and change it, destroy the file now, or apply a new retention
period to the closed cases that still hold their file.

Destroying one file now goes through the same purge as the files due (the identifying details,
notes and attachments are deleted, the anonymous record is kept) and the same rewrite of the
vault afterwards, so no page of the destroyed text stays behind in the file.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from vp_desktop.services.casework import cases
from vp_desktop.services.data_safety import retention
from vp_desktop.services.data_safety.retention import PurgeResult
from vp_desktop.store.models import Case
from vp_desktop.store.vault import Vault


def change_destroy_by(
    vault: Vault, client_id: int, case_id: int, destroy_by: dt.date, reason: str
) -> None:
    """The adviser sets another destroy-by date for a closed case, and says why."""
    with vault.transaction() as session:
        cases.set_destroy_by(session, client_id, case_id, destroy_by, reason)


def destroy_now(vault: Vault, client_id: int, case_id: int) -> PurgeResult:
    """Destroy one closed case's file at once, as the purge does (audited, space wiped)."""
    return retention.purge_cases(vault, [(client_id, case_id)])


def closed_cases_to_update(vault: Vault, retention_months: int) -> int:
    """How many closed, not yet destroyed cases would get another date with this period."""
    return len(_changes(vault, retention_months))


def apply_retention(vault: Vault, retention_months: int) -> int:
    """Give every closed, not yet destroyed case the destroy-by date of this retention period
    (closing date plus the period); returns how many dates changed. A date the adviser set for
    one case with a reason is left as it is."""
    changes = _changes(vault, retention_months)
    if changes:
        with vault.transaction() as session:
            for case_id, new_date in changes.items():
                case = session.get(Case, case_id)
                if case is not None:
                    case.destroy_by = new_date
    return len(changes)


def _changes(vault: Vault, retention_months: int) -> dict[int, dt.date]:
    with vault.session() as session:
        rows = session.execute(
            select(Case.id, Case.closed_on, Case.destroy_by).where(
                Case.closed_on.is_not(None),
                Case.purged_at.is_(None),
                Case.destroy_by_reason.is_(None),
            )
        ).all()
    changes: dict[int, dt.date] = {}
    for case_id, closed_on, current in rows:
        if closed_on is None:  # the query asks for closed cases; this tells the type checker
            continue
        wanted = cases.destroy_by_for(closed_on, retention_months)
        if wanted != current:
            changes[int(case_id)] = wanted
    return changes
