"""The audit log of sensitive actions. Entries name what happened and to which client or case
number, never any case content."""

from __future__ import annotations

from sqlalchemy.orm import Session

from vp_desktop.store.models import AuditEntry

ACTIONS = frozenset(
    {
        "vault_created",
        "passphrase_changed",
        "case_deleted",
        "case_purged",
        "client_deleted",
        "case_exported",
        "client_exported",
        "report_exported",
        "issued_report_withdrawn",
        "backup_made",
        "vault_restored",
        "attachment_exported",
        "evidence_exported",
        "import_done",
        "demo_created",
    }
)


def record(
    session: Session,
    action: str,
    *,
    client_code: str | None = None,
    case_number: str | None = None,
    detail: str | None = None,
) -> None:
    if action not in ACTIONS:
        raise ValueError(f"unknown audit action {action!r}")
    session.add(
        AuditEntry(action=action, client_code=client_code, case_number=case_number, detail=detail)
    )
