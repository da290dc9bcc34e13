"""The adviser's professional development as the annual report shows it: hours per kind, the
number of intervision sessions, and progress against the rule sets the adviser follows."""

from __future__ import annotations

import datetime as dt
from collections import Counter

from sqlalchemy import select
from sqlalchemy.orm import Session

from vp_desktop.domain import vocab
from vp_desktop.domain.pe_rules import PeRecord, evaluate
from vp_desktop.domain.vocab import Lang
from vp_desktop.reports import wording
from vp_desktop.reports.data import (
    ProfessionalDevelopment,
    RequirementLine,
    Row,
    RuleSetProgress,
    Table,
)
from vp_desktop.services.pe_progress import setup_of
from vp_desktop.services.settings import Settings
from vp_desktop.store.models import PeActivity


def professional_development(
    session: Session, settings: Settings, year: int, today: dt.date, lang: Lang
) -> ProfessionalDevelopment:
    """The adviser's development in `year` and progress on each chosen rule set.

    Only kinds, dates and minutes are read: providers, themes and evidence stay in the vault.
    Year rule sets are evaluated on the report year; cycle rule sets on the cycle that contains
    the report year's end (or today, when the year is still running).
    """
    records = [
        PeRecord(row.occurred_on, row.kind, row.minutes)
        for row in session.execute(
            select(PeActivity.occurred_on, PeActivity.kind, PeActivity.minutes)
        )
    ]
    this_year = [r for r in records if r.on.year == year]
    minutes = Counter[str]()
    for record in this_year:
        minutes[record.kind] += record.minutes
    rows = tuple(
        Row.minutes(t.code, t.label(lang), minutes[t.code], lang)
        for t in vocab.PE_KINDS
        if minutes[t.code]
    )
    hours = Table("professional_development", wording.text("table_pe", lang), rows)
    sessions = sum(1 for r in this_year if r.kind == "intervision")
    year_end = dt.date(year, 12, 31)
    progress: list[RuleSetProgress] = []
    # The same choice of rule sets as the PE section and the dashboard (edits applied).
    for rule_set in setup_of(settings).evaluable():
        evaluation = evaluate(
            rule_set,
            records,
            cycle_start=settings.pe_cycle_start or dt.date(year, 1, 1),
            today=today,
            on=min(today, year_end),
        )
        progress.append(
            RuleSetProgress(
                label=rule_set.label(lang),
                period_start=evaluation.period_start,
                period_end=evaluation.period_end,
                requirements=tuple(
                    RequirementLine(
                        p.label(lang),
                        p.counted_minutes,
                        p.min_minutes,
                        p.sessions,
                        p.min_sessions,
                        p.met,
                    )
                    for p in evaluation.requirements
                ),
                total_counted_minutes=evaluation.total_counted_minutes,
                total_min_minutes=evaluation.total_min_minutes,
                complete=evaluation.complete,
            )
        )
    return ProfessionalDevelopment(hours, sessions, tuple(progress))
