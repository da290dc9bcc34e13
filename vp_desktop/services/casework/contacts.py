"""Contacts (gesprekken) with the melder: date, minutes, mode, confidential notes."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from vp_desktop.domain.vocab import CONTACT_MODES
from vp_desktop.services.casework.cases import get_case
from vp_desktop.services.errors import Checker
from vp_desktop.services.rows import get_client_row
from vp_desktop.store.models import Case, Contact

MAX_MINUTES = 24 * 60 - 1


@dataclass(slots=True)
class ContactData:
    occurred_on: dt.date
    minutes: int
    mode: str
    notes: str | None = None

    @classmethod
    def of(cls, contact: Contact) -> ContactData:
        return cls(contact.occurred_on, contact.minutes, contact.mode, contact.notes)


def check_minutes(check: Checker, field_name: str, minutes: int | None) -> None:
    if minutes is None:
        check.add(field_name, "required")
    elif not 0 < minutes <= MAX_MINUTES:
        check.add(field_name, "minutes_range")


def _validate(case: Case, data: ContactData, today: dt.date) -> None:
    check = Checker()
    if check.require("occurred_on", data.occurred_on):
        if data.occurred_on > today:
            check.add("occurred_on", "date_in_future")
        elif data.occurred_on < case.opened_on:
            check.add("occurred_on", "contact_before_opened")
    check_minutes(check, "minutes", data.minutes)
    if data.mode not in CONTACT_MODES:
        check.add("mode", "unknown_code", value=data.mode)
    check.text("notes", data.notes, 100_000)
    if case.purged_at is not None and data.notes:
        check.add("notes", "case_purged")
    check.raise_if_any()


def add_contact(
    session: Session,
    client_id: int,
    case_id: int,
    data: ContactData,
    today: dt.date | None = None,
) -> Contact:
    case = get_case(session, client_id, case_id)
    _validate(case, data, today or dt.date.today())
    contact = Contact(
        case_id=case.id,
        client_id=case.client_id,
        occurred_on=data.occurred_on,
        minutes=data.minutes,
        mode=data.mode,
        notes=(data.notes or "").strip() or None,
    )
    session.add(contact)
    session.flush()
    return contact


def get_contact(session: Session, client_id: int, contact_id: int) -> Contact:
    return get_client_row(session, Contact, client_id, contact_id, "contact")


def update_contact(
    session: Session,
    client_id: int,
    contact_id: int,
    data: ContactData,
    today: dt.date | None = None,
) -> Contact:
    contact = get_contact(session, client_id, contact_id)
    case = get_case(session, client_id, contact.case_id)
    _validate(case, data, today or dt.date.today())
    contact.occurred_on = data.occurred_on
    contact.minutes = data.minutes
    contact.mode = data.mode
    contact.notes = (data.notes or "").strip() or None
    session.flush()
    return contact


def delete_contact(session: Session, client_id: int, contact_id: int) -> None:
    session.delete(get_contact(session, client_id, contact_id))
    session.flush()


def list_contacts(session: Session, client_id: int, case_id: int) -> list[Contact]:
    get_case(session, client_id, case_id)
    return list(
        session.scalars(
            select(Contact)
            .where(Contact.client_id == client_id, Contact.case_id == case_id)
            .order_by(Contact.occurred_on, Contact.id)
        )
    )
