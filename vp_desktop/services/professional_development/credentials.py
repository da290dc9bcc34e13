"""The adviser's own credentials: registration, certification, the certificate of conduct (VOG)
and liability insurance, with their dates and evidence files (stored in the vault like PE
evidence), and the warnings the dashboard gives in time before something expires.

Warnings (`credential_warnings`) come `Settings.credential_warning_months` (default 3) ahead of:
a credential's ``valid_until`` and ``recertify_on``; and, for each client whose contract asks for
a VOG at most N months old, the day the newest VOG gets too old (or that there is none).
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, undefer

from vp_desktop.services import settings as settings_service
from vp_desktop.services.errors import Checker, NotFound
from vp_desktop.services.files import EVIDENCE_TYPES, file_columns
from vp_desktop.services.rows import delete_row, get_row, store_row
from vp_desktop.store.models import Client, Credential, CredentialEvidence

#: Kind code -> (Dutch, English) label.
KINDS: dict[str, tuple[str, str]] = {
    "registration": ("Registratie", "Registration"),
    "certification": ("Certificering", "Certification"),
    "vog": ("Verklaring omtrent het gedrag (VOG)", "Certificate of conduct (VOG)"),
    "insurance": ("Beroepsaansprakelijkheidsverzekering", "Professional liability insurance"),
}


def kind_label(kind: str, lang: str = "nl") -> str:
    nl, en = KINDS.get(kind, (kind, kind))
    return nl if lang == "nl" else en


@dataclass(slots=True)
class CredentialData:
    kind: str
    number: str | None = None
    #: The registering or certifying body, the insurer, or the issuer.
    body: str | None = None
    issued_on: dt.date | None = None
    valid_until: dt.date | None = None
    recertify_on: dt.date | None = None
    #: For a VOG: the screening profile (screeningsprofiel) it was issued for.
    screening_profile: str | None = None
    note: str | None = None

    @classmethod
    def of(cls, c: Credential) -> CredentialData:
        return cls(
            c.kind, c.number, c.body, c.issued_on, c.valid_until, c.recertify_on,
            c.screening_profile, c.note,
        )  # fmt: skip


@dataclass(frozen=True, slots=True)
class CredentialWarning:
    """Something that expires (or expired) within the warning time."""

    #: "valid_until", "recertify_on", "vog_too_old" or "vog_missing"
    reason: str
    kind: str
    due_on: dt.date | None
    expired: bool
    credential_id: int | None = None
    client_code: str | None = None
    client_name: str | None = None
    vog_max_age_months: int | None = None


def add_months(day: dt.date, months: int) -> dt.date:
    """`day` moved `months` calendar months on (the 31st becomes the month's last day)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _validate(data: CredentialData) -> None:
    check = Checker()
    if data.kind not in KINDS:
        check.add("kind", "credential_kind")
    for name in ("number", "body", "screening_profile", "note"):
        check.text(name, getattr(data, name), 500)
    if data.issued_on and data.valid_until and data.valid_until < data.issued_on:
        check.add("valid_until", "credential_dates")
    check.raise_if_any()


def _apply(credential: Credential, data: CredentialData) -> None:
    credential.kind = data.kind
    for name in ("number", "body", "screening_profile", "note"):
        setattr(credential, name, (getattr(data, name) or "").strip() or None)
    credential.issued_on = data.issued_on
    credential.valid_until = data.valid_until
    credential.recertify_on = data.recertify_on


def add_credential(session: Session, data: CredentialData) -> Credential:
    return store_row(session, Credential(), data, _validate, _apply)


def get_credential(session: Session, credential_id: int) -> Credential:
    return get_row(session, Credential, credential_id, "credential")


def update_credential(session: Session, credential_id: int, data: CredentialData) -> Credential:
    return store_row(session, get_credential(session, credential_id), data, _validate, _apply)


def delete_credential(session: Session, credential_id: int) -> None:
    delete_row(session, get_credential(session, credential_id))


def list_credentials(session: Session) -> list[Credential]:
    order = (Credential.kind, Credential.issued_on.desc(), Credential.id.desc())
    return list(session.scalars(select(Credential).order_by(*order)))


def add_credential_evidence(
    session: Session, credential_id: int, filename: str, data: bytes
) -> CredentialEvidence:
    credential = get_credential(session, credential_id)
    check = Checker()
    columns = file_columns(check, filename, data, EVIDENCE_TYPES)
    check.raise_if_any()
    evidence = CredentialEvidence(credential_id=credential.id, **columns)
    session.add(evidence)
    session.flush()
    return evidence


def get_credential_evidence(session: Session, evidence_id: int) -> CredentialEvidence:
    evidence = session.scalar(
        select(CredentialEvidence)
        .options(undefer(CredentialEvidence.data))
        .where(CredentialEvidence.id == evidence_id)
    )
    if evidence is None:
        raise NotFound("evidence")
    return evidence


def delete_credential_evidence(session: Session, evidence_id: int) -> None:
    session.delete(get_credential_evidence(session, evidence_id))
    session.flush()


def credential_warnings(session: Session, today: dt.date) -> list[CredentialWarning]:
    """What expires within the warning time (or has expired), soonest first."""
    months = settings_service.load(session).credential_warning_months
    horizon = add_months(today, months)
    credentials = list_credentials(session)
    warnings: list[CredentialWarning] = []
    # Only the newest credential of each kind matters: an old, renewed one is history.
    newest: dict[str, Credential] = {}
    for c in credentials:
        key = c.kind
        if key not in newest or (c.issued_on or dt.date.min) > (
            newest[key].issued_on or dt.date.min
        ):
            newest[key] = c
    for c in newest.values():
        for reason in ("valid_until", "recertify_on"):
            due = getattr(c, reason)
            if due is not None and due <= horizon:
                warnings.append(CredentialWarning(reason, c.kind, due, due < today, c.id))
    vog = newest.get("vog")
    clients = session.scalars(select(Client).where(Client.vog_required).order_by(Client.code))
    for client in clients:
        if vog is None or vog.issued_on is None:
            warnings.append(
                CredentialWarning("vog_missing", "vog", None, True, None, client.code, client.name)
            )
            continue
        if client.vog_max_age_months is None:
            continue
        too_old = add_months(vog.issued_on, client.vog_max_age_months)
        if too_old <= horizon:
            warnings.append(
                CredentialWarning(
                    "vog_too_old",
                    "vog",
                    too_old,
                    too_old <= today,
                    vog.id,
                    client.code,
                    client.name,
                    client.vog_max_age_months,
                )
            )
    return sorted(warnings, key=lambda w: (w.due_on or dt.date.min, w.reason))
