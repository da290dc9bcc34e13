"""Cases (casussen): registration, numbering per client per year, closing, reopening.

Every function takes the client the adviser is working in; a case of another client is reported
as `NotFound`, exactly like a case that does not exist. The case list is in `case_list`.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from vp_desktop.domain import vocab
from vp_desktop.services import audit

# Re-exported: older callers list cases through this module.
from vp_desktop.services.casework.case_list import CaseRow as CaseRow
from vp_desktop.services.casework.case_list import case_years as case_years
from vp_desktop.services.casework.case_list import list_cases as list_cases
from vp_desktop.services.errors import Checker, NotFound
from vp_desktop.services.rows import get_client_row
from vp_desktop.store.models import Case, CaseCode, Client, Consent

MULTI_VOCABULARIES = ("category", "support", "referral")
SINGLE_FIELDS = {
    "relation": vocab.RELATIONS,
    "melder_role": vocab.MELDER_ROLES,
    "gender": vocab.GENDERS,
    "age_band": vocab.AGE_BANDS,
    "came_in_via": vocab.CAME_IN_VIA,
    "outcome": vocab.OUTCOMES,
}
IDENTIFYING_FIELDS = (
    "melder_name",
    "melder_alias",
    "melder_contact",
    "others_involved",
    "department",
    "respondent_ref",
    "notes",
)
# Most identifying fields allow 2,000 characters; the reference to the person complained about is
# a short tag (initials, a role) that the signals compare across cases.
TEXT_LIMITS = {"notes": 100_000, "respondent_ref": 100}


@dataclass(slots=True)
class ConsentData:
    kind: str
    given_on: dt.date
    note: str | None = None


@dataclass(slots=True)
class CaseData:
    """Everything the adviser registers about a case (contacts and attachments separately)."""

    opened_on: dt.date
    track: str
    categories: list[str] = field(default_factory=list)
    closed_on: dt.date | None = None
    relation: str | None = None
    melder_role: str | None = None
    gender: str | None = None
    age_band: str | None = None
    came_in_via: str | None = None
    outcome: str | None = None
    support: list[str] = field(default_factory=list)
    referrals: list[str] = field(default_factory=list)
    follow_up_on: dt.date | None = None
    melder_name: str | None = None
    melder_alias: str | None = None
    melder_contact: str | None = None
    others_involved: str | None = None
    department: str | None = None
    respondent_ref: str | None = None
    notes: str | None = None
    consents: list[ConsentData] = field(default_factory=list)

    @classmethod
    def of(cls, case: Case) -> CaseData:
        return cls(
            opened_on=case.opened_on,
            track=case.track,
            categories=case.codes_of("category"),
            closed_on=case.closed_on,
            support=case.codes_of("support"),
            referrals=case.codes_of("referral"),
            follow_up_on=case.follow_up_on,
            consents=[ConsentData(c.kind, c.given_on, c.note) for c in case.consents],
            **{name: getattr(case, name) for name in (*SINGLE_FIELDS, *IDENTIFYING_FIELDS)},
        )


#: No case of an external confidential adviser starts before this date.
EARLIEST_DATE = dt.date(1990, 1, 1)


def _validate(data: CaseData, today: dt.date) -> None:
    check = Checker()
    check.require("opened_on", data.opened_on)
    if data.opened_on and data.opened_on > today:
        check.add("opened_on", "date_in_future")
    if data.opened_on and data.opened_on < EARLIEST_DATE:
        # A year like 1000 is a typing error, and would make offboarding write a report for
        # every year since.
        check.add("opened_on", "date_too_early", limit=EARLIEST_DATE.year)
    if data.track not in vocab.TRACKS:
        check.add("track", "unknown_code", value=data.track)
    if not data.categories:
        check.add("categories", "category_required")
    for code in data.categories:
        if code not in vocab.CATEGORIES:
            check.add("categories", "unknown_code", value=code)
        elif data.track in vocab.TRACKS and vocab.CATEGORIES.term(code).track != data.track:
            check.add("categories", "category_track_mismatch", value=vocab.CATEGORIES.label(code))
    for name, vocabulary in SINGLE_FIELDS.items():
        value = getattr(data, name)
        if value is not None and value not in vocabulary:
            check.add(name, "unknown_code", value=value)
    for name, codes, vocabulary in (
        ("support", data.support, vocab.SUPPORT),
        ("referrals", data.referrals, vocab.REFERRALS),
    ):
        for code in codes:
            if code not in vocabulary:
                check.add(name, "unknown_code", value=code)
    if data.closed_on is not None:
        if data.opened_on and data.closed_on < data.opened_on:
            check.add("closed_on", "closed_before_opened")
        if data.closed_on > today:
            check.add("closed_on", "date_in_future")
        if data.outcome is None:
            check.add("outcome", "closing_needs_outcome")
    elif data.outcome is not None:
        check.add("outcome", "outcome_needs_closing")
    for consent in data.consents:
        if consent.kind not in vocab.CONSENT_KINDS:
            check.add("consents", "unknown_code", value=consent.kind)
        if consent.given_on > today:
            check.add("consents", "date_in_future")
        check.text("consents", consent.note, 2_000)
    for name in IDENTIFYING_FIELDS:
        check.text(name, getattr(data, name), TEXT_LIMITS.get(name, 2_000))
    check.raise_if_any()


def validate_case_data(data: CaseData, today: dt.date) -> None:
    """Raise ValidationError when `data` breaks a case rule (for imports checking rows first)."""
    _validate(data, today)


def destroy_by_for(closed_on: dt.date, retention_months: int) -> dt.date:
    """Closing date plus the retention period, on the same day of the month where it exists."""
    month_index = closed_on.month - 1 + retention_months
    year, month = closed_on.year + month_index // 12, month_index % 12 + 1
    day = min(closed_on.day, calendar.monthrange(year, month)[1])
    return dt.date(year, month, day)


def _clean(text: str | None) -> str | None:
    if text is None:
        return None
    text = text.strip()
    return text or None


def _apply(session: Session, case: Case, data: CaseData) -> None:
    case.opened_on = data.opened_on
    case.closed_on = data.closed_on
    case.track = data.track
    case.follow_up_on = data.follow_up_on
    for name in SINGLE_FIELDS:
        setattr(case, name, getattr(data, name))
    for name in IDENTIFYING_FIELDS:
        setattr(case, name, _clean(getattr(data, name)))
    wanted = {("category", c) for c in data.categories}
    wanted |= {("support", c) for c in data.support}
    wanted |= {("referral", c) for c in data.referrals}
    case.codes = [c for c in case.codes if (c.vocabulary, c.code) in wanted]
    have = {(c.vocabulary, c.code) for c in case.codes}
    case.codes.extend(CaseCode(vocabulary=v, code=c) for v, c in sorted(wanted - have))
    case.consents = [
        Consent(kind=c.kind, given_on=c.given_on, note=_clean(c.note)) for c in data.consents
    ]


def next_seq(session: Session, client_id: int, year: int) -> int:
    current = session.scalar(
        select(func.max(Case.seq)).where(Case.client_id == client_id, Case.year == year)
    )
    return (current or 0) + 1


def create_case(
    session: Session,
    client_id: int,
    data: CaseData,
    *,
    retention_months: int = 12,
    today: dt.date | None = None,
) -> Case:
    today = today or dt.date.today()
    client = session.get(Client, client_id)
    if client is None:
        raise NotFound("client")
    _validate(data, today)
    year = data.opened_on.year
    case = Case(
        client_id=client_id, client=client, year=year, seq=next_seq(session, client_id, year)
    )
    _apply(session, case, data)
    if data.closed_on is not None:
        case.destroy_by = destroy_by_for(data.closed_on, retention_months)
    session.add(case)
    session.flush()
    return case


def get_case(session: Session, client_id: int, case_id: int) -> Case:
    return get_client_row(session, Case, client_id, case_id, "case")


def update_case(
    session: Session,
    client_id: int,
    case_id: int,
    data: CaseData,
    *,
    retention_months: int = 12,
    today: dt.date | None = None,
) -> Case:
    case = get_case(session, client_id, case_id)
    if case.purged_at is not None:
        _refuse_identifying_on_purged(data)
    _validate(data, today or dt.date.today())
    was_closed_on = case.closed_on
    _apply(session, case, data)
    if data.closed_on is None:
        case.destroy_by = None
        case.destroy_by_reason = None
    elif data.closed_on != was_closed_on:
        case.destroy_by = destroy_by_for(data.closed_on, retention_months)
        case.destroy_by_reason = None
    session.flush()
    return case


def _refuse_identifying_on_purged(data: CaseData) -> None:
    check = Checker()
    for name in IDENTIFYING_FIELDS:
        if _clean(getattr(data, name)):
            check.add(name, "case_purged")
    check.raise_if_any()


def reopen_case(session: Session, client_id: int, case_id: int) -> Case:
    case = get_case(session, client_id, case_id)
    case.closed_on = None
    case.outcome = None
    case.destroy_by = None
    case.destroy_by_reason = None
    session.flush()
    return case


def set_destroy_by(
    session: Session,
    client_id: int,
    case_id: int,
    destroy_by: dt.date,
    reason: str,
) -> Case:
    """The adviser changes one case's destroy-by date, and says why."""
    check = Checker()
    case = get_case(session, client_id, case_id)
    if case.closed_on is None:
        check.add("destroy_by", "required")
    check.require("destroy_by_reason", reason)
    check.text("destroy_by_reason", reason, 500)
    check.raise_if_any()
    case.destroy_by = destroy_by
    case.destroy_by_reason = reason.strip()
    session.flush()
    return case


def delete_case(session: Session, client_id: int, case_id: int) -> None:
    case = get_case(session, client_id, case_id)
    number = case.number
    code = case.client.code
    session.delete(case)
    session.flush()
    audit.record(session, "case_deleted", client_code=code, case_number=number)
