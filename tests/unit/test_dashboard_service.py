"""The dashboard's data: what needs attention, per client, and never any case text."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable

import pytest
from sqlalchemy import event
from sqlalchemy.orm import Session

from vp_desktop.services import settings
from vp_desktop.services.activities import activities
from vp_desktop.services.casework import cases, contacts
from vp_desktop.services.clients import clients
from vp_desktop.services.clients.dashboard import (
    FOLLOW_UP_WINDOW_DAYS,
    LIST_LIMIT,
    CaseDates,
    build_dashboard,
    follow_ups,
    hours_this_year,
    retention_due,
)
from vp_desktop.services.data_safety import retention
from vp_desktop.services.professional_development import pe
from vp_desktop.store.vault import Vault

TODAY = dt.date(2026, 6, 15)
NOW = dt.datetime(2026, 6, 15, 10, 0)
CANARY = "Kanarie-geheim-7781"


def _case(session, client_id: int, opened: dt.date, **extra) -> cases.Case:
    data = cases.CaseData(
        opened_on=opened, track="unwanted_behaviour", categories=["bullying"], notes=CANARY
    )
    for name, value in extra.items():
        setattr(data, name, value)
    return cases.create_case(session, client_id, data, today=TODAY)


@pytest.fixture
def practice(vault: Vault) -> dict[str, int]:
    with vault.transaction() as s:
        acme = clients.create_client(s, clients.ClientData(code="ACME", name="Acme BV"))
        bolt = clients.create_client(s, clients.ClientData(code="BOLT", name="Bolt NV"))
        ids = {"acme": acme.id, "bolt": bolt.id}
        ids["overdue"] = _case(
            s, acme.id, dt.date(2026, 3, 1), follow_up_on=TODAY.replace(day=1)
        ).id
        ids["due"] = _case(s, bolt.id, dt.date(2026, 4, 1), follow_up_on=TODAY).id
        edge = TODAY + dt.timedelta(days=FOLLOW_UP_WINDOW_DAYS)
        ids["edge"] = _case(s, bolt.id, dt.date(2026, 4, 2), follow_up_on=edge).id
        _case(s, bolt.id, dt.date(2026, 4, 3), follow_up_on=edge + dt.timedelta(days=1))
        closed = _case(
            s,
            acme.id,
            dt.date(2024, 1, 10),
            closed_on=dt.date(2025, 1, 10),
            outcome="resolved_informally",
            follow_up_on=TODAY + dt.timedelta(days=3),  # aftercare (nazorg) after closing
        )
        ids["retention"] = closed.id
        contacts.add_contact(
            s, acme.id, ids["overdue"], contacts.ContactData(TODAY, 90, "in_person"), TODAY
        )
        contacts.add_contact(
            s,
            acme.id,
            ids["overdue"],
            contacts.ContactData(dt.date(2026, 3, 2), 30, "phone"),
            TODAY,
        )
        activities.add_activity(
            s, acme.id, activities.ActivityData("information_session", TODAY, 60)
        )
        activities.add_activity(
            s, bolt.id, activities.ActivityData("information_session", dt.date(2025, 5, 1), 60)
        )
    return ids


def test_open_cases_per_client(vault: Vault, practice: dict[str, int]) -> None:
    with vault.session() as s:
        board = build_dashboard(s, today=TODAY, now=NOW)
    assert [(c.name, c.open_cases) for c in board.caseload] == [("Acme BV", 1), ("Bolt NV", 3)]


def test_follow_ups_split_into_overdue_and_the_next_two_weeks(vault, practice) -> None:
    with vault.session() as s:
        board = build_dashboard(s, today=TODAY, now=NOW)
    assert [c.case_id for c in board.follow_ups_overdue.items] == [practice["overdue"]]
    assert [c.case_id for c in board.follow_ups_due.items] == [
        practice["due"],
        practice["retention"],  # the closed case's aftercare date
        practice["edge"],
    ]
    overdue = board.follow_ups_overdue.items[0]
    assert (overdue.client_id, overdue.client_name, overdue.number) == (
        practice["acme"],
        "Acme BV",
        "ACME-2026-001",
    )


def test_retention_due_lists_unpurged_cases_past_their_date(vault, practice) -> None:
    with vault.session() as s:
        board = build_dashboard(s, today=TODAY, now=NOW)
        assert [c.case_id for c in board.retention_due.items] == [practice["retention"]]
        assert board.retention_due.items[0].due_on == dt.date(2026, 1, 10)
        # the day before its destroy-by date it is not yet due
        early = build_dashboard(s, today=dt.date(2026, 1, 9), now=NOW)
    assert early.retention_due == CaseDates((), 0)


def test_hours_this_year_add_contacts_and_activities(vault, practice) -> None:
    with vault.session() as s:
        board = build_dashboard(s, today=TODAY, now=NOW)
    hours = {h.code: h for h in board.hours}
    assert (hours["ACME"].contact_minutes, hours["ACME"].activity_minutes) == (120, 60)
    assert hours["ACME"].total_minutes == 180
    assert hours["BOLT"].total_minutes == 0  # last year's activity does not count


def test_no_case_text_anywhere_in_the_dashboard(vault, practice) -> None:
    with vault.session() as s:
        board = build_dashboard(s, today=TODAY, now=NOW)
    assert CANARY not in repr(board)


def test_pe_progress_per_chosen_rule_set(vault: Vault) -> None:
    with vault.transaction() as s:
        settings.update(s, pe_rule_sets=("yearly",))
        pe.add_pe_activity(s, pe.PeData("course", dt.date(2026, 2, 1), 8 * 60))
        pe.add_pe_activity(s, pe.PeData("intervision", dt.date(2026, 3, 1), 120))
        pe.add_pe_activity(s, pe.PeData("course", dt.date(2025, 2, 1), 8 * 60))
    with vault.session() as s:
        (progress,) = build_dashboard(s, today=TODAY, now=NOW).pe_progress
    assert progress.rule_set.code == "yearly"
    assert progress.progress("courses").counted_minutes == 8 * 60
    assert progress.progress("courses").met
    assert progress.progress("intervision").sessions == 1
    assert not progress.complete


def test_a_cycle_without_start_date_asks_for_one(vault: Vault) -> None:
    with vault.transaction() as s:
        settings.update(s, pe_rule_sets=("yearly", "lvv_cycle"), pe_cycle_start=None)
    with vault.session() as s:
        board = build_dashboard(s, today=TODAY, now=NOW)
    assert board.pe_needs_cycle_start
    assert [e.rule_set.code for e in board.pe_progress] == ["yearly"]


@pytest.mark.parametrize(
    ("last_backup", "due"),
    [
        (None, True),
        (NOW - dt.timedelta(days=7), True),
        (NOW - dt.timedelta(days=6, hours=23), False),
    ],
)
def test_backup_reminder(vault: Vault, last_backup: dt.datetime | None, due: bool) -> None:
    with vault.transaction() as s:
        settings.update(s, backup_reminder_days=7, last_backup_at=last_backup)
    with vault.session() as s:
        backup = build_dashboard(s, today=TODAY, now=NOW).backup
    assert dataclasses.astuple(backup) == (last_backup, 7, due)


def test_long_lists_name_the_first_cases_and_count_the_rest(vault: Vault) -> None:
    closed_on = dt.date(2024, 1, 1)
    with vault.transaction() as s:
        client = clients.create_client(s, clients.ClientData(code="ACME", name="Acme BV"))
        ids = [
            _case(
                s,
                client.id,
                closed_on - dt.timedelta(days=400),
                closed_on=closed_on - dt.timedelta(days=n),  # later cases are due earlier
                outcome="resolved_informally",
            ).id
            for n in range(LIST_LIMIT + 5)
        ]
        retention.purge_case_data(s, client.id, ids[-1])  # a purged file is never due again
        for n in range(LIST_LIMIT + 2):
            _case(s, client.id, dt.date(2026, 1, 1), follow_up_on=TODAY - dt.timedelta(days=n))
    with vault.session() as s:
        due = retention_due(s, TODAY)
        overdue, coming = follow_ups(s, TODAY)
    assert (len(due.items), due.total, due.more) == (LIST_LIMIT, LIST_LIMIT + 4, 4)
    assert [c.case_id for c in due.items] == ids[-2 : -LIST_LIMIT - 2 : -1]  # soonest first
    assert [c.due_on for c in due.items] == sorted(c.due_on for c in due.items)
    assert (len(overdue.items), overdue.total) == (LIST_LIMIT, LIST_LIMIT + 1)
    assert [c.due_on for c in overdue.items][0] == TODAY - dt.timedelta(days=LIST_LIMIT + 1)
    assert (coming.items[0].due_on, coming.total) == (TODAY, 1)


def _plans(vault: Vault, run: Callable[[Session], object]) -> list[str]:
    """EXPLAIN QUERY PLAN of every statement `run` sends to the vault."""
    statements: list[tuple[str, object]] = []

    def remember(_conn, _cursor, statement, parameters, _context, _many) -> None:  # noqa: ANN001
        if statement.lstrip().upper().startswith("SELECT"):
            statements.append((statement, parameters))

    with vault.session() as s:
        connection = s.connection()
        event.listen(connection, "before_cursor_execute", remember)
        run(s)
        event.remove(connection, "before_cursor_execute", remember)
        return [
            str(row[-1])
            for statement, parameters in statements
            for row in connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", parameters)
        ]


@pytest.mark.usefixtures("practice")
@pytest.mark.parametrize(
    "query",
    [
        lambda s: retention_due(s, TODAY),
        lambda s: follow_ups(s, TODAY),
        lambda s: hours_this_year(s, TODAY.year),
    ],
    ids=["retention_due", "follow_ups", "hours_this_year"],
)
def test_dashboard_queries_read_index_ranges(vault: Vault, query: Callable[[Session], object]):
    plans = _plans(vault, query)
    assert plans
    # Cases and contacts grow with the practice: never read them whole.
    assert not [p for p in plans if p.startswith("SCAN") and ("cases" in p or "contacts" in p)]
    assert any("ix_cases_" in p or "ix_contacts_client_date" in p for p in plans)
