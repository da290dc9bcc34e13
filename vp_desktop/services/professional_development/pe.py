"""The adviser's own professional development: activities and their evidence files.

An activity may be dated in the future: it is then planned, shown as such, and counts only
once its date has passed (`domain.pe_rules`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, undefer

from vp_desktop.domain.vocab import PE_KINDS
from vp_desktop.services.errors import Checker, NotFound
from vp_desktop.services.files import EVIDENCE_TYPES, file_columns
from vp_desktop.services.rows import delete_row, get_row, store_row
from vp_desktop.store.models import PeActivity, PeEvidence

MAX_PE_MINUTES = 100 * 60


@dataclass(slots=True)
class PeData:
    kind: str
    occurred_on: dt.date
    minutes: int
    provider: str | None = None
    accreditation_number: str | None = None
    theme: str | None = None
    #: Marked accredited by the adviser; an accreditation number makes it accredited anyway.
    accredited: bool = False

    @classmethod
    def of(cls, activity: PeActivity) -> PeData:
        return cls(
            activity.kind,
            activity.occurred_on,
            activity.minutes,
            activity.provider,
            activity.accreditation_number,
            activity.theme,
            activity.accredited,
        )


def validate_pe_data(data: PeData) -> None:
    """The rules of the activity form; `ValidationError` when one is broken."""
    check = Checker()
    if data.kind not in PE_KINDS:
        check.add("kind", "unknown_code", value=data.kind)
    check.require("occurred_on", data.occurred_on)
    if data.minutes is None or not 0 < data.minutes <= MAX_PE_MINUTES or data.minutes % 15:
        check.add("minutes", "quarter_hours")
    for name in ("provider", "accreditation_number", "theme"):
        check.text(name, getattr(data, name), 500)
    check.raise_if_any()


def _apply(activity: PeActivity, data: PeData) -> None:
    activity.kind = data.kind
    activity.occurred_on = data.occurred_on
    activity.minutes = data.minutes
    activity.provider = (data.provider or "").strip() or None
    activity.accreditation_number = (data.accreditation_number or "").strip() or None
    activity.theme = (data.theme or "").strip() or None
    activity.accredited = bool(data.accredited)


def add_pe_activity(session: Session, data: PeData) -> PeActivity:
    return store_row(session, PeActivity(), data, validate_pe_data, _apply)


def get_pe_activity(session: Session, activity_id: int) -> PeActivity:
    return get_row(session, PeActivity, activity_id, "pe_activity")


def update_pe_activity(session: Session, activity_id: int, data: PeData) -> PeActivity:
    activity = get_pe_activity(session, activity_id)
    return store_row(session, activity, data, validate_pe_data, _apply)


def delete_pe_activity(session: Session, activity_id: int) -> None:
    delete_row(session, get_pe_activity(session, activity_id))


def list_pe_activities(
    session: Session,
    start: dt.date | None = None,
    end: dt.date | None = None,
) -> list[PeActivity]:
    query = select(PeActivity)
    if start is not None:
        query = query.where(PeActivity.occurred_on >= start)
    if end is not None:
        query = query.where(PeActivity.occurred_on <= end)
    return list(
        session.scalars(query.order_by(PeActivity.occurred_on.desc(), PeActivity.id.desc()))
    )


def add_evidence(session: Session, activity_id: int, filename: str, data: bytes) -> PeEvidence:
    activity = get_pe_activity(session, activity_id)
    check = Checker()
    columns = file_columns(check, filename, data, EVIDENCE_TYPES)
    check.raise_if_any()
    evidence = PeEvidence(pe_activity_id=activity.id, **columns)
    session.add(evidence)
    session.flush()
    return evidence


def get_evidence(session: Session, evidence_id: int) -> PeEvidence:
    evidence = session.scalar(
        select(PeEvidence).options(undefer(PeEvidence.data)).where(PeEvidence.id == evidence_id)
    )
    if evidence is None:
        raise NotFound("evidence")
    return evidence


def delete_evidence(session: Session, evidence_id: int) -> None:
    session.delete(get_evidence(session, evidence_id))
    session.flush()
