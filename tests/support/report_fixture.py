"""A small, fully known practice for the annual-report tests, and canary-filled free text.

Client ACME, year 2025 (threshold 5):
* handled 16 = new 10 + carried over 6 (opened in 2024); closed 10 + still open 6;
* track: 12 unwanted behaviour, 4 integrity (so integrity is "<5" and unwanted behaviour "x");
* relation: all 16 colleague; melder role: 11 employee, 5 manager;
* came in via: 14 self, 2 not recorded;
* outcome of the 10 closed: 6 resolved informally, 4 behaviour stopped ("<5", so 6 becomes "x");
* contacts in 2025: 2 of 60 minutes per handled case (32 contacts, 32 hours); one contact in
  2024 and a case closed in 2024 do not count;
* activities in 2025: two of 90 minutes (3 hours), and one in 2024;
* professional development in 2025: a course of 8 hours and four intervision sessions of 2 hours;
* one closed case is purged (its identifying data gone) and still counts.
Every free-text and identifying field holds a unique canary string (see `canaries`).
"""

from __future__ import annotations

import datetime as dt
import itertools

from sqlalchemy.orm import Session

from vp_desktop.services import settings as settings_service
from vp_desktop.services.activities import activities
from vp_desktop.services.casework import attachments, cases, contacts
from vp_desktop.services.casework.cases import CaseData, ConsentData
from vp_desktop.services.clients import clients
from vp_desktop.services.data_safety import retention
from vp_desktop.services.professional_development import pe
from vp_desktop.store.models import Case

YEAR = 2025
TODAY = dt.date(2026, 2, 1)
_counter = itertools.count(1)


def canary(field: str) -> str:
    """A unique, searchable string that must never reach a report."""
    return f"KANARIE{next(_counter):04d}{field.upper().replace('_', '')}"


def canaries_in(text: str) -> list[str]:
    return [word for word in text.replace("\n", " ").split() if "KANARIE" in word]


def add_client(session: Session, code: str, name: str) -> int:
    data = clients.ClientData(
        code=code, name=name, sector="care", size_band="250_999", role_integrity=True
    )
    return clients.create_client(session, data).id


def _case(
    session: Session,
    client_id: int,
    *,
    opened: dt.date,
    closed: dt.date | None = None,
    track: str = "unwanted_behaviour",
    outcome: str | None = None,
    melder_role: str = "employee",
    came_in_via: str | None = "self",
) -> Case:
    category = "bullying" if track == "unwanted_behaviour" else "fraud"
    data = CaseData(
        opened_on=opened,
        track=track,
        categories=[category],
        closed_on=closed,
        outcome=outcome,
        relation="colleague",
        melder_role=melder_role,
        came_in_via=came_in_via,
        support=["listening", "advice"],
        referrals=["gp"],
        melder_name=canary("melder_name"),
        melder_alias=canary("melder_alias"),
        melder_contact=canary("melder_contact"),
        others_involved=canary("others_involved"),
        department=canary("department"),
        notes=canary("notes"),
        consents=[ConsentData("keep_file", opened, canary("consent_note"))],
    )
    case = cases.create_case(session, client_id, data, today=TODAY)
    if closed is not None:
        cases.set_destroy_by(
            session, client_id, case.id, closed + dt.timedelta(days=400), canary("reason")
        )
    attachments.add_attachment(
        session, client_id, case.id, f"{canary('file')}.txt", canary("content").encode()
    )
    return case


def populate_known_client(session: Session, code: str = "ACME", name: str = "Acme Zorg") -> int:
    """The fixture described in the module docstring; returns the client id."""
    settings_service.update(
        session,
        adviser_name="Marieke de Graaf",
        registration_number="RVP-2019-0412",
        practice_name="De Graaf Vertrouwenszaken",
    )
    client_id = add_client(session, code, name)
    handled: list[Case] = []
    # Carried over from 2024: 6 (3 closed in 2025, 3 still open).
    for i in range(6):
        closed = dt.date(YEAR, 3, 1 + i) if i < 3 else None
        outcome = "resolved_informally" if closed else None
        track = "integrity" if i < 2 else "unwanted_behaviour"
        handled.append(
            _case(session, client_id, opened=dt.date(2024, 10, 1 + i), closed=closed,
                  outcome=outcome, track=track, came_in_via=None if i == 5 else "self")
        )  # fmt: skip
    # New in 2025: 10 (7 closed, 3 open).
    for i in range(10):
        closed = dt.date(YEAR, 9, 1 + i) if i < 7 else None
        outcome = None
        if closed is not None:
            outcome = "resolved_informally" if i < 3 else "behaviour_stopped"
        track = "integrity" if i < 2 else "unwanted_behaviour"
        handled.append(
            _case(session, client_id, opened=dt.date(YEAR, 2, 1 + i), closed=closed,
                  outcome=outcome, track=track, melder_role="manager" if i < 5 else "employee",
                  came_in_via=None if i == 9 else "self")
        )  # fmt: skip
    # Not handled in 2025: closed in 2024, and opened in 2026.
    _case(session, client_id, opened=dt.date(2024, 1, 5), closed=dt.date(2024, 6, 1),
          outcome="referred")  # fmt: skip
    _case(session, client_id, opened=dt.date(2026, 1, 10))
    for case in handled:
        for day in (1, 20):
            on = max(case.opened_on, dt.date(YEAR, 1, day)) + dt.timedelta(days=1)
            data = contacts.ContactData(on, 60, "in_person", canary("contact_notes"))
            contacts.add_contact(session, client_id, case.id, data, today=TODAY)
    early = handled[0]
    contacts.add_contact(
        session, client_id, early.id,
        contacts.ContactData(dt.date(2024, 11, 1), 45, "phone", canary("contact_notes")),
        today=TODAY,
    )  # fmt: skip
    for on, kind in ((dt.date(YEAR, 4, 2), "information_session"), (dt.date(YEAR, 11, 5), "annual_meeting"), (dt.date(2024, 5, 1), "introduction")):  # fmt: skip  # noqa: E501
        activities.add_activity(
            session, client_id, activities.ActivityData(kind, on, 90, canary("activity"))
        )
    for on, kind, minutes in (
        (dt.date(YEAR, 3, 3), "course", 480),
        *((dt.date(YEAR, m, 10), "intervision", 120) for m in (2, 5, 8, 11)),
    ):
        pe.add_pe_activity(
            session,
            pe.PeData(kind, on, minutes, canary("provider"), canary("accr"), canary("theme")),
        )
    # A closed 2025 case destroyed by retention: its statistical record still counts.
    session.flush()
    retention.purge_case_data(session, client_id, handled[0].id)
    return client_id


def populate_other_client(session: Session, code: str = "BETA") -> int:
    """A second client with cases, contacts and activities in the same year."""
    client_id = add_client(session, code, "Beta Onderwijs")
    for i in range(9):
        case = _case(session, client_id, opened=dt.date(YEAR, 1 + i, 3), track="integrity")
        data = contacts.ContactData(dt.date(YEAR, 1 + i, 4), 30, "phone", canary("contact_notes"))
        contacts.add_contact(session, client_id, case.id, data, today=TODAY)
    activities.add_activity(
        session,
        client_id,
        activities.ActivityData("manager_training", dt.date(YEAR, 6, 1), 240, canary("activity")),
    )
    return client_id
