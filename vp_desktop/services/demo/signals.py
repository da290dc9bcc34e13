"""The demo practice's signals story: for the first client a person complained about in several
cases, a department with several cases this year and a category on the rise; for the first
clients an advice log, a jaarplan for last year, this year and next, and RI&E and MTO dates.

Runs after the cases and activities are written, with its own seeded random source, so the rest
of the demo stays exactly as it was and the same spec still gives identical content.
"""

from __future__ import annotations

import datetime as dt
import math
import random
from collections.abc import Sequence

from sqlalchemy import ColumnElement, Select, and_, exists, func, insert, select, update
from sqlalchemy.orm import Session

from vp_desktop.services.demo.practice import ClientProfile
from vp_desktop.services.signals import advice, plan
from vp_desktop.services.signals import rules as signal_rules
from vp_desktop.services.signals.advice import AdviceData
from vp_desktop.services.signals.plan import PlanItemData
from vp_desktop.store.models import Activity, Case, CaseCode

REPEATED_REFERENCE = "Teamleider nachtdienst (R.B.)"
HOTSPOT_DEPARTMENT = "Afdeling De Vlinder (verpleging)"
HOTSPOT_CASES = signal_rules.HOTSPOT_MIN_CASES + 1
RISING_CATEGORY = "discrimination"
# Keep each case's own "last changed" moment: the story is part of the generated history.
_KEEP = Case.updated_at
_OTHER_REFERENCES = (
    "Collega receptie (M.)",
    "Afdelingshoofd facilitair",
    "Planner (S.K.)",
    "Bewoner kamer 12",
    "Collega keuken (D.)",
)

_ADVICE = (
    (
        "culture",
        True,
        "Gesprek over de omgangsvormen in de nachtdienst; voorstel voor teamsessies.",
    ),
    ("leadership", False, "Teamleiders toerusten om ongewenst gedrag vroeg aan te spreken."),
    ("complaints_procedure", True, "Klachtenregeling bijwerken: termijnen en de rol van de VP."),
    ("prevention", False, "Voorlichting over discriminatie op de werkvloer aanbevolen."),
    ("risk_inventory", False, "Psychosociale arbeidsbelasting meenemen in de volgende RI&E."),
    ("policy", True, "Gedragscode: voorbeelden van ongewenst gedrag door bewoners toevoegen."),
)
_PLAN_TEXTS = {
    "information_session": "Voorlichting over de vertrouwenspersoon voor nieuwe medewerkers",
    "manager_training": "Training voor leidinggevenden: signaleren en aanspreken",
    "annual_meeting": "Jaargesprek met directie en HR",
    "partner_consultation": "Overleg met bedrijfsarts en OR",
    "management_advice": "Adviesgesprek met de directie over de signalen",
}


def add_signals_story(
    session: Session, seed: int, profiles: Sequence[ClientProfile], today: dt.date
) -> None:
    if not profiles:
        return
    rng = random.Random(f"signals-{seed}")
    first = profiles[0]
    year = _story_year(session, first.client_id, today)
    _repeated_reference(session, rng, first.client_id)
    _hotspot(session, first.client_id, year, today)
    _rising_category(session, first.client_id, year, today)
    for profile in profiles[:2]:
        _advice_log(session, rng, profile.client_id, today)
        _jaarplan(session, profile.client_id, today)
        plan.set_survey_dates(
            session,
            profile.client_id,
            dt.date(today.year - 1, rng.randint(3, 6), rng.randint(1, 28)),
            dt.date(today.year - 2, rng.randint(9, 11), rng.randint(1, 28)),
        )
    session.flush()


def _unpurged(client_id: int) -> Select[int]:
    return select(Case.id).where(Case.client_id == client_id, Case.purged_at.is_(None))


def _story_year(session: Session, client_id: int, today: dt.date) -> int:
    """This year, unless it is too young to hold the story; then last year."""
    this_year = _count(session, Case.client_id == client_id, Case.year == today.year)
    return today.year if this_year >= 2 * HOTSPOT_CASES else today.year - 1


def _repeated_reference(session: Session, rng: random.Random, client_id: int) -> None:
    """The same team leader in three cases over the years; a few other references once."""
    managed = list(
        session.scalars(
            _unpurged(client_id)
            .where(Case.relation == "manager")
            .order_by(Case.opened_on.desc(), Case.id.desc())
            .limit(3)
        )
    )
    if len(managed) >= 2:
        session.execute(
            update(Case)
            .where(Case.id.in_(managed))
            .values(respondent_ref=REPEATED_REFERENCE, updated_at=_KEEP)
        )
    others = list(
        session.scalars(
            _unpurged(client_id)
            .where(Case.relation.in_(("colleague", "third_party")))
            .order_by(Case.opened_on.desc(), Case.id.desc())
            .limit(len(_OTHER_REFERENCES))
        )
    )
    for case_id, reference in zip(others, rng.sample(_OTHER_REFERENCES, len(others)), strict=False):
        session.execute(
            update(Case)
            .where(Case.id == case_id)
            .values(respondent_ref=reference, updated_at=_KEEP)
        )


def _hotspot(session: Session, client_id: int, year: int, today: dt.date) -> None:
    cases = list(
        session.scalars(
            _unpurged(client_id)
            .where(Case.year == year, Case.opened_on <= today)
            .order_by(Case.opened_on, Case.id)
        )
    )
    chosen = cases[1::2][:HOTSPOT_CASES]
    session.execute(
        update(Case)
        .where(Case.id.in_(chosen))
        .values(department=HOTSPOT_DEPARTMENT, updated_at=_KEEP)
    )


def _has_category() -> ColumnElement[bool]:
    return exists().where(
        CaseCode.case_id == Case.id,
        CaseCode.vocabulary == "category",
        CaseCode.code == RISING_CATEGORY,
    )


def _opened_between(client_id: int, start: dt.date, end: dt.date) -> ColumnElement[bool]:
    return and_(Case.client_id == client_id, Case.opened_on.between(start, end))


def _count(session: Session, *where: ColumnElement[bool]) -> int:
    return session.scalar(select(func.count()).select_from(Case).where(*where)) or 0


def _rising_category(session: Session, client_id: int, year: int, today: dt.date) -> None:
    """Discrimination as a further category of the latest cases of `year`, clearly more than in
    the same part of earlier years (the cases' own categories stay). In SQL throughout: a large
    demo has thousands of cases a year."""
    until = min(today, dt.date(year, 12, 31))
    counts = []
    for back in range(1, signal_rules.TREND_EARLIER_YEARS + 1):
        end = dt.date(year - back, until.month, min(until.day, 28))
        in_year = _opened_between(client_id, dt.date(year - back, 1, 1), end)
        if _count(session, in_year):
            counts.append(_count(session, in_year, _has_category()))
    average = sum(counts) / len(counts) if counts else 0
    wanted = max(
        signal_rules.TREND_MIN_CASES + 1,
        math.ceil(average * 2),
        math.ceil(average + signal_rules.TREND_MIN_DIFFERENCE + 1),
    )
    this_year = _opened_between(client_id, dt.date(year, 1, 1), until)
    having = _count(session, this_year, _has_category())
    chosen = list(
        session.scalars(
            select(Case.id)
            .where(this_year, Case.track == "unwanted_behaviour", ~_has_category())
            .order_by(Case.opened_on.desc(), Case.id.desc())  # the latest: the rise is recent
            .limit(max(0, wanted - having))
        )
    )
    if chosen:
        session.execute(
            insert(CaseCode),
            [{"case_id": c, "vocabulary": "category", "code": RISING_CATEGORY} for c in chosen],
        )


def _advice_log(session: Session, rng: random.Random, client_id: int, today: dt.date) -> None:
    for index, (theme, solicited, summary) in enumerate(_ADVICE):
        given_on = today - dt.timedelta(days=25 + 75 * index + rng.randint(0, 20))
        follow_up = None
        done = False
        if index == 0:
            follow_up = today + dt.timedelta(days=7)  # the dashboard reminds of this one
        elif index == 2:
            follow_up, done = given_on + dt.timedelta(days=30), True
        data = AdviceData(given_on, theme, summary, solicited, follow_up, done)
        advice.add_advice(session, client_id, data)


def _jaarplan(session: Session, client_id: int, today: dt.date) -> None:
    """Last year's plan mostly realised, this year's partly, next year's planned."""
    for year in (today.year - 1, today.year):
        held = list(
            session.scalars(
                select(Activity)
                .where(
                    Activity.client_id == client_id,
                    Activity.occurred_on.between(dt.date(year, 1, 1), dt.date(year, 12, 31)),
                    Activity.kind.in_(tuple(_PLAN_TEXTS)),
                )
                .order_by(Activity.occurred_on, Activity.id)
            )
        )
        for activity in held[:4]:
            target = activity.occurred_on.replace(day=1)
            data = PlanItemData(year, activity.kind, target, _PLAN_TEXTS[activity.kind])
            item = plan.add_plan_item(session, client_id, data)
            plan.link_activity(session, client_id, item.id, activity.id)
        missed = PlanItemData(
            year, "manager_training", dt.date(year, 11, 1), _PLAN_TEXTS["manager_training"]
        )
        plan.add_plan_item(session, client_id, missed)
    for month, kind in (
        (2, "annual_meeting"),
        (4, "information_session"),
        (10, "manager_training"),
    ):
        data = PlanItemData(
            today.year + 1, kind, dt.date(today.year + 1, month, 1), _PLAN_TEXTS[kind]
        )
        plan.add_plan_item(session, client_id, data)
