"""What needs the adviser's attention, across every client: pure data for the dashboard.

Only numbers, dates, case numbers and client names: never a case's free text. Every item carries
the ids the dashboard needs to lead the adviser to it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import InstrumentedAttribute, Session
from sqlalchemy.sql.elements import ColumnElement

from vp_desktop.domain.pe_rules import Evaluation
from vp_desktop.services import clients as clients_service
from vp_desktop.services import pe_progress
from vp_desktop.services import settings as settings_service
from vp_desktop.services.settings import Settings
from vp_desktop.store.models import Activity, Case, Client, Contact, case_number

FOLLOW_UP_WINDOW_DAYS = 14


@dataclass(frozen=True, slots=True)
class ClientCaseload:
    client_id: int
    code: str
    name: str
    open_cases: int


@dataclass(frozen=True, slots=True)
class CaseDate:
    """A case that needs doing something by a date (a follow-up, or destroying its file)."""

    client_id: int
    client_name: str
    case_id: int
    number: str
    due_on: dt.date


@dataclass(frozen=True, slots=True)
class ClientHours:
    client_id: int
    code: str
    name: str
    contact_minutes: int
    activity_minutes: int

    @property
    def total_minutes(self) -> int:
        return self.contact_minutes + self.activity_minutes


@dataclass(frozen=True, slots=True)
class BackupReminder:
    last_backup_at: dt.datetime | None
    reminder_days: int
    due: bool


@dataclass(frozen=True, slots=True)
class Dashboard:
    today: dt.date
    caseload: tuple[ClientCaseload, ...]
    follow_ups_overdue: tuple[CaseDate, ...]
    follow_ups_due: tuple[CaseDate, ...]
    retention_due: tuple[CaseDate, ...]
    hours: tuple[ClientHours, ...]
    pe_progress: tuple[Evaluation, ...]
    #: A chosen rule set runs in cycles but no cycle start is set (its progress is left out).
    pe_needs_cycle_start: bool
    backup: BackupReminder


def build_dashboard(
    session: Session, *, today: dt.date | None = None, now: dt.datetime | None = None
) -> Dashboard:
    today = today or dt.date.today()
    now = now or dt.datetime.now()
    settings = settings_service.load(session)
    overdue, due = follow_ups(session, today)
    return Dashboard(
        today=today,
        caseload=caseload(session),
        follow_ups_overdue=overdue,
        follow_ups_due=due,
        retention_due=retention_due(session, today),
        hours=hours_this_year(session, today.year),
        pe_progress=tuple(pe_progress.progress(session, today)),
        pe_needs_cycle_start=pe_progress.setup_of(settings).needs_cycle_start,
        backup=backup_reminder(settings, now),
    )


def caseload(session: Session) -> tuple[ClientCaseload, ...]:
    return tuple(
        ClientCaseload(s.id, s.code, s.name, s.open_cases)
        for s in clients_service.list_clients(session)
    )


def _case_dates(
    session: Session,
    date_column: InstrumentedAttribute[dt.date | None],
    *conditions: ColumnElement[bool],
) -> list[CaseDate]:
    rows = session.execute(
        select(Case.id, Case.client_id, Case.year, Case.seq, Client.code, Client.name, date_column)
        .join(Client, Client.id == Case.client_id)
        .where(*conditions)
        .order_by(date_column, Client.name, Case.year, Case.seq)
    )
    return [
        CaseDate(client_id, name, case_id, case_number(code, year, seq), due_on)
        for case_id, client_id, year, seq, code, name, due_on in rows
        if due_on is not None  # the conditions exclude it; this tells the type checker
    ]


def follow_ups(
    session: Session, today: dt.date
) -> tuple[tuple[CaseDate, ...], tuple[CaseDate, ...]]:
    """(overdue, due within the coming two weeks) follow-ups of open cases, soonest first."""
    horizon = today + dt.timedelta(days=FOLLOW_UP_WINDOW_DAYS)
    items = _case_dates(
        session,
        Case.follow_up_on,
        Case.closed_on.is_(None),
        Case.follow_up_on.is_not(None),
        Case.follow_up_on <= horizon,
    )
    overdue = tuple(i for i in items if i.due_on < today)
    due = tuple(i for i in items if i.due_on >= today)
    return overdue, due


def retention_due(session: Session, today: dt.date) -> tuple[CaseDate, ...]:
    """Closed cases whose destroy-by date has come and whose file was not yet purged."""
    return tuple(
        _case_dates(
            session,
            Case.destroy_by,
            Case.destroy_by.is_not(None),
            Case.destroy_by <= today,
            Case.purged_at.is_(None),
        )
    )


def hours_this_year(session: Session, year: int) -> tuple[ClientHours, ...]:
    """Time per client in `year`: contacts of its cases plus its client activities."""
    first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
    contact_minutes = dict(
        session.execute(
            select(Contact.client_id, func.sum(Contact.minutes))
            .where(Contact.occurred_on.between(first, last))
            .group_by(Contact.client_id)
        ).all()
    )
    activity_minutes = dict(
        session.execute(
            select(Activity.client_id, func.sum(Activity.minutes))
            .where(Activity.occurred_on.between(first, last))
            .group_by(Activity.client_id)
        ).all()
    )
    clients = session.execute(
        select(Client.id, Client.code, Client.name).order_by(func.lower(Client.name))
    )
    return tuple(
        ClientHours(cid, code, name, contact_minutes.get(cid, 0), activity_minutes.get(cid, 0))
        for cid, code, name in clients
    )


def backup_reminder(settings: Settings, now: dt.datetime) -> BackupReminder:
    last = settings.last_backup_at
    days = settings.backup_reminder_days
    due = last is None or now - last >= dt.timedelta(days=days)
    return BackupReminder(last, days, due)
