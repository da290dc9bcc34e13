"""The rows of the adviser's cross-client overview, read from the vault (rendering: `vp_desktop.
reports.overview`): cases and hours per client per year, exact, for the adviser's own records."""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from vp_desktop.reports.overview import OverviewRow
from vp_desktop.store.models import Activity, Case, Client, Contact


def _by_client_year(
    session: Session, model: type[Contact] | type[Activity]
) -> dict[tuple[int, int], tuple[int, int]]:
    """(client id, year) -> (number, minutes) of contacts or activities."""
    year = func.strftime("%Y", model.occurred_on)
    rows = session.execute(
        select(model.client_id, year, func.count(), func.sum(model.minutes)).group_by(
            model.client_id, year
        )
    )
    return {(cid, int(y)): (n, minutes or 0) for cid, y, n, minutes in rows}


def build_overview(session: Session) -> list[OverviewRow]:
    """Per client (by name) and year (ascending): every year with a case, contact or activity."""
    clients = {c.id: c for c in session.scalars(select(Client))}
    contacts = _by_client_year(session, Contact)
    activities = _by_client_year(session, Activity)
    years: dict[int, set[int]] = defaultdict(set)
    for cid, year in (*contacts, *activities):
        years[cid].add(year)
    cases: dict[int, list[tuple[int, int | None]]] = defaultdict(list)
    for cid, opened, closed in session.execute(
        select(Case.client_id, Case.opened_on, Case.closed_on)
    ):
        cases[cid].append((opened.year, closed.year if closed else None))
        years[cid].add(opened.year)
    rows: list[OverviewRow] = []
    for cid in sorted(clients, key=lambda i: clients[i].name.lower()):
        for year in sorted(years[cid]):
            spans = cases[cid]
            handled = [(o, c) for o, c in spans if o <= year and (c is None or c >= year)]
            n_contacts, case_minutes = contacts.get((cid, year), (0, 0))
            rows.append(
                OverviewRow(
                    client_code=clients[cid].code,
                    client_name=clients[cid].name,
                    year=year,
                    new=sum(1 for o, _ in handled if o == year),
                    handled=len(handled),
                    closed=sum(1 for _, c in handled if c == year),
                    contacts=n_contacts,
                    case_minutes=case_minutes,
                    activity_minutes=activities.get((cid, year), (0, 0))[1],
                )
            )
    return rows
