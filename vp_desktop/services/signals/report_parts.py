"""The annual report's plan and advice part: plan against realisation for the year, next year's
plan and the advice given by theme, as `reports.plan_data.PlanReport` (plain data).

Counts only for the advice (its text stays with the adviser); plan descriptions are the adviser's
own words written for the client, so they are shown. Nothing of a case is read here.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter

from sqlalchemy.orm import Session

from vp_desktop.domain import vocab
from vp_desktop.domain.advice_themes import ADVICE_THEMES
from vp_desktop.domain.vocab import Lang
from vp_desktop.reports.plan_data import AdviceTheme, HeldActivity, PlannedActivity, PlanReport
from vp_desktop.services.signals import advice, plan


def _planned(session: Session, client_id: int, year: int, lang: Lang) -> list[PlannedActivity]:
    return [
        PlannedActivity(
            vocab.ACTIVITY_KINDS.label(line.kind, lang),
            line.target_on,
            line.description,
            line.done_on,
        )
        for line in plan.plan_lines(session, client_id, year)
    ]


def plan_report(
    session: Session,
    client_id: int,
    year: int,
    lang: Lang = "nl",
    today: dt.date | None = None,
) -> PlanReport:
    today = today or dt.date.today()
    unplanned = [
        HeldActivity(vocab.ACTIVITY_KINDS.label(a.kind, lang), a.occurred_on)
        for a in plan.unplanned_activities(session, client_id, year)
    ]
    solicited: Counter[str] = Counter()
    unsolicited: Counter[str] = Counter()
    for entry in advice.list_advice(session, client_id, year):
        (solicited if entry.solicited else unsolicited)[entry.theme] += 1
    themes = [
        AdviceTheme(ADVICE_THEMES.label(code, lang), solicited[code], unsolicited[code])
        for code in ADVICE_THEMES.codes
        if solicited[code] or unsolicited[code]
    ]
    return PlanReport(
        lang=lang,
        year=year,
        planned=tuple(_planned(session, client_id, year, lang)),
        unplanned=tuple(unplanned),
        next_year=tuple(_planned(session, client_id, year + 1, lang)),
        advice=tuple(themes),
        year_over=today >= dt.date(year, 12, 31),
    )
