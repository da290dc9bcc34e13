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
from vp_desktop.services import settings as settings_service
from vp_desktop.services.clients import clients as clients_service
from vp_desktop.services.professional_development import pe_progress
from vp_desktop.services.settings import Settings
from vp_desktop.store.models import Activity, Case, Client, Contact, case_number

FOLLOW_UP_WINDOW_DAYS = 14
#: How many cases a dashboard list names; the rest are counted.
LIST_LIMIT = 25


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
class CaseDates:
    """The first cases of a list (at most LIST_LIMIT), soonest first, and the list's length."""

    items: tuple[CaseDate, ...]
    total: int

    @property
    def more(self) -> int:
        """How many cases the list has beyond `items`."""
        return self.total - len(self.items)


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
    follow_ups_overdue: CaseDates
    follow_ups_due: CaseDates
    retention_due: CaseDates
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
) -> CaseDates:
    """The first LIST_LIMIT cases meeting `conditions`, soonest first, and how many there are.

    A large practice can have tens of thousands of files due for destruction; the dashboard
    shows the first ones and a count, both read from the partial indexes on these dates.
    """
    total = session.scalar(select(func.count()).select_from(Case).where(*conditions)) or 0
    rows = session.execute(
        select(Case.id, Case.client_id, Case.year, Case.seq, Client.code, Client.name, date_column)
        .join(Client, Client.id == Case.client_id)
        .where(*conditions)
        .order_by(date_column, Client.name, Case.year, Case.seq)
        .limit(LIST_LIMIT)
    )
    items = tuple(
        CaseDate(client_id, name, case_id, case_number(code, year, seq), due_on)
        for case_id, client_id, year, seq, code, name, due_on in rows
        if due_on is not None  # the conditions exclude it; this tells the type checker
    )
    return CaseDates(items, total)


def follow_ups(session: Session, today: dt.date) -> tuple[CaseDates, CaseDates]:
    """(overdue, due within the coming two weeks) follow-ups, soonest first: of open cases, and
    the aftercare (nazorg) of closed cases whose file has not been destroyed."""
    horizon = today + dt.timedelta(days=FOLLOW_UP_WINDOW_DAYS)
    # `purged_at IS NULL` as written in the index's WHERE, so SQLite uses the partial index.
    existing = Case.purged_at.is_(None)
    overdue = _case_dates(session, Case.follow_up_on, existing, Case.follow_up_on < today)
    due = _case_dates(
        session, Case.follow_up_on, existing, Case.follow_up_on.between(today, horizon)
    )
    return overdue, due


def retention_due(session: Session, today: dt.date) -> CaseDates:
    """Closed cases whose destroy-by date has come and whose file was not yet purged."""
    return _case_dates(session, Case.destroy_by, Case.purged_at.is_(None), Case.destroy_by <= today)


def hours_this_year(session: Session, year: int) -> tuple[ClientHours, ...]:
    """Time per client in `year`: contacts of its cases plus its client activities."""
    first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
    # Correlated per client, so each sum reads one range of contacts(client_id, occurred_on)
    # instead of every contact of every year.
    contact_minutes = (
        select(func.coalesce(func.sum(Contact.minutes), 0))
        .where(Contact.client_id == Client.id, Contact.occurred_on.between(first, last))
        .scalar_subquery()
    )
    activity_minutes = (
        select(func.coalesce(func.sum(Activity.minutes), 0))
        .where(Activity.client_id == Client.id, Activity.occurred_on.between(first, last))
        .scalar_subquery()
    )
    clients = session.execute(
        select(Client.id, Client.code, Client.name, contact_minutes, activity_minutes).order_by(
            func.lower(Client.name)
        )
    )
    return tuple(
        ClientHours(cid, code, name, contacts, activities)
        for cid, code, name, contacts, activities in clients
    )


def backup_reminder(settings: Settings, now: dt.datetime) -> BackupReminder:
    last = settings.last_backup_at
    days = settings.backup_reminder_days
    due = last is None or now - last >= dt.timedelta(days=days)
    return BackupReminder(last, days, due)
