"""Client activities that are not cases: voorlichting, training, jaargesprek, …"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from vp_desktop.domain.vocab import ACTIVITY_KINDS
from vp_desktop.services.casework.contacts import check_minutes
from vp_desktop.services.clients.clients import get_client
from vp_desktop.services.errors import Checker
from vp_desktop.services.rows import get_client_row
from vp_desktop.store.models import Activity


@dataclass(slots=True)
class ActivityData:
    kind: str
    occurred_on: dt.date
    minutes: int
    description: str | None = None

    @classmethod
    def of(cls, activity: Activity) -> ActivityData:
        return cls(activity.kind, activity.occurred_on, activity.minutes, activity.description)


def _validate(data: ActivityData) -> None:
    check = Checker()
    if data.kind not in ACTIVITY_KINDS:
        check.add("kind", "unknown_code", value=data.kind)
    check.require("occurred_on", data.occurred_on)
    check_minutes(check, "minutes", data.minutes)
    check.text("description", data.description, 2_000)
    check.raise_if_any()


def add_activity(session: Session, client_id: int, data: ActivityData) -> Activity:
    get_client(session, client_id)
    _validate(data)
    activity = Activity(
        client_id=client_id,
        kind=data.kind,
        occurred_on=data.occurred_on,
        minutes=data.minutes,
        description=(data.description or "").strip() or None,
    )
    session.add(activity)
    session.flush()
    return activity


def get_activity(session: Session, client_id: int, activity_id: int) -> Activity:
    return get_client_row(session, Activity, client_id, activity_id, "activity")


def update_activity(
    session: Session,
    client_id: int,
    activity_id: int,
    data: ActivityData,
) -> Activity:
    activity = get_activity(session, client_id, activity_id)
    _validate(data)
    activity.kind = data.kind
    activity.occurred_on = data.occurred_on
    activity.minutes = data.minutes
    activity.description = (data.description or "").strip() or None
    session.flush()
    return activity


def delete_activity(session: Session, client_id: int, activity_id: int) -> None:
    session.delete(get_activity(session, client_id, activity_id))
    session.flush()


def list_activities(
    session: Session,
    client_id: int,
    year: int | None = None,
) -> list[Activity]:
    query = select(Activity).where(Activity.client_id == client_id)
    if year is not None:
        query = query.where(
            Activity.occurred_on.between(dt.date(year, 1, 1), dt.date(year, 12, 31))
        )
    return list(session.scalars(query.order_by(Activity.occurred_on.desc(), Activity.id.desc())))
