"""The annual report's professional-development section, built from the vault.

Every figure holds as of the report year's end (or today, while the year runs): activities
dated later are not part of the report. Only kinds, dates, minutes and the accreditation fact
are read: providers, themes and evidence stay in the vault.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter

from sqlalchemy import select
from sqlalchemy.orm import Session

from vp_desktop.domain import vocab
from vp_desktop.domain.pe_rule_sets import DEFAULT_MIN_SESSION_MINUTES
from vp_desktop.domain.pe_rules import Evaluation, PeRecord, evaluate
from vp_desktop.domain.vocab import Lang
from vp_desktop.reports import wording
from vp_desktop.reports.data import (
    ClientPeNorm,
    ProfessionalDevelopment,
    RequirementLine,
    Row,
    RuleSetProgress,
    Table,
)
from vp_desktop.services import settings as settings_service
from vp_desktop.services.professional_development.pe_progress import setup_of
from vp_desktop.store.models import Client, PeActivity

PeSectionData = ProfessionalDevelopment

#: The PE kind whose sessions the annual report counts.
INTERVISION = "intervision"


def report_date(year: int, today: dt.date) -> dt.date:
    """The date the report's figures hold on: the year's last day, or today while it runs."""
    return min(today, dt.date(year, 12, 31))


def done_records(session: Session, as_of: dt.date) -> list[PeRecord]:
    """Every activity dated on or before `as_of`, as the evaluator sees it."""
    rows = session.execute(
        select(
            PeActivity.occurred_on,
            PeActivity.kind,
            PeActivity.minutes,
            PeActivity.accredited,
            PeActivity.accreditation_number,
        ).where(PeActivity.occurred_on <= as_of)
    )
    return [
        PeRecord(on, kind, minutes, bool(marked) or bool((number or "").strip()))
        for on, kind, minutes, marked, number in rows
    ]


def rule_set_progress(evaluation: Evaluation, lang: Lang) -> RuleSetProgress:
    rule_set = evaluation.rule_set
    return RuleSetProgress(
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
                hours_status=p.hours_status,
                sessions_status=p.sessions_status,
                capped_minutes=p.capped_minutes,
                yearly_cap_minutes=p.yearly_cap_minutes,
                unaccredited_minutes=p.unaccredited_minutes,
            )
            for p in evaluation.requirements
        ),
        total_counted_minutes=evaluation.total_counted_minutes,
        total_min_minutes=evaluation.total_min_minutes,
        complete=evaluation.complete,
        total_status=evaluation.total_status,
        as_of=evaluation.today,
        cap_year=rule_set.cap_year,
        min_session_minutes=rule_set.min_session_minutes,
    )


def client_norm_standing(
    client: Client | None,
    records: list[PeRecord],
    year: int,
    min_session_minutes: int,
    as_of: dt.date,
) -> ClientPeNorm | None:
    """The client's own norm for `year` against the activities done in that year (all kinds
    count towards its hours; intervision sessions of at least the session minimum)."""
    if client is None or (client.pe_norm_minutes is None and client.pe_norm_sessions is None):
        return None
    in_year = [r for r in records if r.on.year == year]
    minutes = sum(r.minutes for r in in_year)
    sessions = sum(1 for r in in_year if r.kind == INTERVISION and r.minutes >= min_session_minutes)
    met = (client.pe_norm_minutes or 0) <= minutes and (client.pe_norm_sessions or 0) <= sessions
    finished = as_of >= dt.date(year, 12, 31)
    return ClientPeNorm(
        client.pe_norm_minutes, client.pe_norm_sessions, minutes, sessions, met, finished
    )


def pe_section_for_report(
    session: Session, client_id: int, year: int, today: dt.date, lang: Lang
) -> PeSectionData:
    """The PE section of `client_id`'s annual report for `year`, as of the year's end.

    Year rule sets are evaluated on the report year; cycle rule sets on the cycle that contains
    the report date, with the cycle total (e.g. "72 u van 72 u").
    """
    as_of = report_date(year, today)
    settings = settings_service.load(session)
    setup = setup_of(settings)
    records = done_records(session, as_of)
    chosen = setup.evaluable()
    yearly = [r for r in chosen if r.period == "year"]
    min_session = yearly[0].min_session_minutes if yearly else DEFAULT_MIN_SESSION_MINUTES

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
    sessions = sum(1 for r in this_year if r.kind == INTERVISION and r.minutes >= min_session)
    cycle_start = setup.cycle_start or dt.date(year, 1, 1)
    progress = tuple(
        rule_set_progress(
            evaluate(rule_set, records, cycle_start=cycle_start, today=as_of, on=as_of), lang
        )
        for rule_set in chosen
    )
    client = session.get(Client, client_id)
    norm = client_norm_standing(client, records, year, min_session, as_of)
    return ProfessionalDevelopment(hours, sessions, progress, norm)
