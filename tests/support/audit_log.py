"""Reading the audit log back in tests: what the use cases recorded, newest first."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from vp_desktop.store.models import AuditEntry


def audit_entries(session: Session, limit: int = 500) -> list[AuditEntry]:
    return list(session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit)))
