"""The jaarplan of a client: per year the activities the adviser plans (voorlichting, training
for managers, the annual meeting, consultation with partners), each done once linked to the
activity that was held; and the dates of the client's latest RI&E and MTO.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from vp_desktop.domain.vocab import ACTIVITY_KINDS
from vp_desktop.services.activities.activities import get_activity
from vp_desktop.services.clients.clients import get_client
from vp_desktop.services.errors import Checker
from vp_desktop.services.rows import delete_row, get_client_row, store_row
from vp_desktop.store.models import Activity, PlanItem

#: where a planned item stands on a given day (`PlanLine.state`)
PlanState = Literal["done", "planned", "not_realised"]

MAX_DESCRIPTION = 2_000
FIRST_YEAR, LAST_YEAR = 1990, 2100


@dataclass(slots=True)
class PlanItemData:
    year: int
    kind: str
    target_on: dt.date | None = None
    description: str | None = None

    @classmethod
    def of(cls, item: PlanItem) -> PlanItemData:
        return cls(item.year, item.kind, item.target_on, item.description)


@dataclass(frozen=True, slots=True)
class PlanLine:
    """One planned activity with the activity held for it, if any."""

    item_id: int
    year: int
    kind: str
    target_on: dt.date | None
    description: str
    activity_id: int | None
    done_on: dt.date | None

    @property
    def done(self) -> bool:
        return self.activity_id is not None

    def state(self, today: dt.date) -> PlanState:
        """Done, still planned, or not realised: its target date (or, undated, its year) has
        passed without an activity held for it."""
        if self.done:
            return "done"
        deadline = self.target_on or dt.date(self.year, 12, 31)
        return "not_realised" if deadline < today else "planned"


def _validate(data: PlanItemData) -> None:
    check = Checker()
    if not FIRST_YEAR <= data.year <= LAST_YEAR:
        check.add("year", "date_not_in_year", value=f"{FIRST_YEAR}–{LAST_YEAR}")
    if data.kind not in ACTIVITY_KINDS:
        check.add("kind", "unknown_code", value=data.kind)
    if data.target_on is not None and data.target_on.year != data.year:
        check.add("target_on", "date_not_in_year", value=data.year)
    check.text("description", data.description, MAX_DESCRIPTION)
    check.raise_if_any()


def add_plan_item(session: Session, client_id: int, data: PlanItemData) -> PlanItem:
    get_client(session, client_id)
    return store_row(session, PlanItem(client_id=client_id), data, _validate, _apply)


def _apply(item: PlanItem, data: PlanItemData) -> None:
    item.year = data.year
    item.kind = data.kind
    item.target_on = data.target_on
    item.description = (data.description or "").strip() or None


def get_plan_item(session: Session, client_id: int, item_id: int) -> PlanItem:
    return get_client_row(session, PlanItem, client_id, item_id, "plan_item")


def update_plan_item(
    session: Session, client_id: int, item_id: int, data: PlanItemData
) -> PlanItem:
    item = get_plan_item(session, client_id, item_id)
    _validate(data)
    if item.activity_id is not None and data.year != item.year:
        item.activity_id = None  # the activity held belongs to the old year
    _apply(item, data)
    session.flush()
    return item


def delete_plan_item(session: Session, client_id: int, item_id: int) -> None:
    delete_row(session, get_plan_item(session, client_id, item_id))


def link_activity(
    session: Session, client_id: int, item_id: int, activity_id: int | None
) -> PlanItem:
    """Mark a planned item done by the activity held for it (None: not done after all)."""
    item = get_plan_item(session, client_id, item_id)
    if activity_id is not None:
        activity = get_activity(session, client_id, activity_id)
        check = Checker()
        if activity.occurred_on.year != item.year:
            check.add("activity_id", "activity_other_year")
        other = session.scalar(
            select(PlanItem.id).where(PlanItem.activity_id == activity_id, PlanItem.id != item_id)
        )
        if other is not None:
            check.add("activity_id", "activity_already_linked")
        check.raise_if_any()
    item.activity_id = activity_id
    session.flush()
    return item


def plan_lines(session: Session, client_id: int, year: int) -> list[PlanLine]:
    """The plan of one year, by target date (undated items last), with what was done."""
    rows = session.execute(
        select(PlanItem, Activity.occurred_on)
        .outerjoin(Activity, Activity.id == PlanItem.activity_id)
        .where(PlanItem.client_id == client_id, PlanItem.year == year)
    )
    lines = [
        PlanLine(
            item.id,
            item.year,
            item.kind,
            item.target_on,
            item.description or "",
            item.activity_id,
            done_on,
        )
        for item, done_on in rows
    ]
    return sorted(lines, key=lambda line: (line.target_on or dt.date.max, line.item_id))


def planned_activity_ids(session: Session, client_id: int) -> set[int]:
    """The client's activities that realise a planned item (the activities section marks them)."""
    return set(
        session.scalars(
            select(PlanItem.activity_id).where(
                PlanItem.client_id == client_id, PlanItem.activity_id.is_not(None)
            )
        )
    )


def plan_progress(session: Session, client_id: int) -> dict[int, tuple[int, int]]:
    """Per year of the client's jaarplan: (items done, items planned)."""
    progress: dict[int, tuple[int, int]] = {}
    for year, activity_id in session.execute(
        select(PlanItem.year, PlanItem.activity_id).where(PlanItem.client_id == client_id)
    ):
        done, planned = progress.get(year, (0, 0))
        progress[year] = (done + (activity_id is not None), planned + 1)
    return progress


def unplanned_activities(session: Session, client_id: int, year: int) -> list[Activity]:
    """Activities held in `year` that no planned item points to."""
    linked = planned_activity_ids(session, client_id)
    query = select(Activity).where(
        Activity.client_id == client_id,
        Activity.occurred_on.between(dt.date(year, 1, 1), dt.date(year, 12, 31)),
    )
    return [a for a in session.scalars(query.order_by(Activity.occurred_on)) if a.id not in linked]


def set_survey_dates(
    session: Session, client_id: int, rie_on: dt.date | None, mto_on: dt.date | None
) -> None:
    """Record the dates of the client's latest risk inventory (RI&E) and staff survey (MTO)."""
    client = get_client(session, client_id)
    client.rie_on = rie_on
    client.mto_on = mto_on
    session.flush()
