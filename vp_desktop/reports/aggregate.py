"""One client's calendar year turned into an `AnnualReport`: counted, protected, labelled.

Only coded columns, dates and minutes are read; no free-text or identifying column of a case,
contact or activity is ever selected, so nothing of the kind can reach a report.

Definitions (for year Y):
* handled: opened on or before 31 December and not closed before 1 January: the client-year
  total that disclosure control works from; new: opened in Y; carried over: handled, opened
  before Y; closed: closed in Y; open at year end: handled and not closed in Y.
* breakdowns count handled cases; the outcome counts the cases closed in Y.
* contacts and hours: contacts dated in Y plus the client's activities dated in Y.
* purged cases still count: retention deletes their identifying data, not their codes.

Linked figures are protected together: new and carried over add up to handled, and so do closed
and open at year end, so each pair is one additive table against handled; the outcome table
(which adds up to closed) is shown only when "closed" itself is shown; every year of the trend is
protected like this year's intake.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.orm import Session

from vp_desktop.domain import vocab
from vp_desktop.domain.disclosure import (
    below_threshold,
    check_threshold,
    protect_count,
    protect_table,
)
from vp_desktop.domain.vocab import Lang, Vocabulary
from vp_desktop.reports import wording
from vp_desktop.reports.data import (
    ActivityLine,
    Adviser,
    AnnualReport,
    ClientInfo,
    Figure,
    Row,
    Table,
    TrendYear,
    table_of,
)
from vp_desktop.services import report_texts
from vp_desktop.services import settings as settings_service
from vp_desktop.services.clients import get_client
from vp_desktop.services.professional_development.annual_section import pe_section_for_report
from vp_desktop.services.settings import Settings
from vp_desktop.services.signals.report_parts import plan_report  # signals feature
from vp_desktop.store.models import Activity, Case, CaseCode, Client, Contact

TREND_YEARS = 5

# Single-valued breakdowns: (case attribute, vocabulary), in the domain description's order.
_SINGLE = (
    ("relation", vocab.RELATIONS),
    ("melder_role", vocab.MELDER_ROLES),
    ("gender", vocab.GENDERS),
    ("age_band", vocab.AGE_BANDS),
    ("came_in_via", vocab.CAME_IN_VIA),
)


@dataclass(frozen=True, slots=True)
class _CaseFacts:
    """The coded facts of one handled case (never any of its text)."""

    opened_on: dt.date
    closed_on: dt.date | None
    track: str
    single: dict[str, str | None]
    closed_in_year: bool


def _year_bounds(year: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def _handled_in(year: int) -> ColumnElement[bool]:
    start, end = _year_bounds(year)
    return and_(Case.opened_on <= end, or_(Case.closed_on.is_(None), Case.closed_on >= start))


def _load_cases(session: Session, client_id: int, year: int) -> dict[int, _CaseFacts]:
    names = [name for name, _ in _SINGLE]
    query = select(
        Case.id, Case.opened_on, Case.closed_on, Case.track, Case.outcome,
        *(getattr(Case, n) for n in names),
    ).where(Case.client_id == client_id, _handled_in(year))  # fmt: skip
    # Core rows unpacked as tuples: for a thousand cases the ORM's row handling would cost more
    # than the query.
    return {
        case_id: _CaseFacts(
            opened_on,
            closed_on,
            track,
            {"outcome": outcome, **dict(zip(names, single, strict=True))},
            closed_on is not None and closed_on.year == year,
        )
        for case_id, opened_on, closed_on, track, outcome, *single in session.connection()
        .execute(query)
        .all()
    }


def _load_codes(session: Session, client_id: int, year: int) -> dict[str, Counter[str]]:
    """Per multi-valued vocabulary: how many handled cases carry each code."""
    query = (
        select(CaseCode.vocabulary, CaseCode.code, func.count())
        .join(Case, Case.id == CaseCode.case_id)
        .where(Case.client_id == client_id, _handled_in(year))
        .group_by(CaseCode.vocabulary, CaseCode.code)
    )
    counts: dict[str, Counter[str]] = {
        "category": Counter(),
        "support": Counter(),
        "referral": Counter(),
    }
    for vocabulary, code, n in session.execute(query):
        counts.setdefault(vocabulary, Counter())[code] += n
    return counts


def _labels(vocabulary: Vocabulary, lang: Lang) -> dict[str, str]:
    return {t.code: t.label(lang) for t in vocabulary}


def _single_table(
    key: str, vocabulary: Vocabulary, values: Sequence[str | None], total: int, k: int, lang: Lang
) -> tuple[Table, bool]:
    counts = Counter(v for v in values if v is not None)
    protected = protect_table([(c, counts[c]) for c in vocabulary.codes], k, total=total)
    table = table_of(
        key, vocabulary.title(lang), protected, _labels(vocabulary, lang), additive=True
    )
    return table, protected.dropped


def _multi_table(
    key: str, vocabulary: Vocabulary, codes: Sequence[str], counts: Counter[str], k: int, lang: Lang
) -> tuple[Table, bool]:
    protected = protect_table([(c, counts[c]) for c in codes], k, additive=False)
    table = table_of(
        key, vocabulary.title(lang), protected, _labels(vocabulary, lang), additive=False
    )
    return table, protected.dropped


def _pair(
    key: str, codes: tuple[str, str], values: tuple[int, int], total: int, k: int, lang: Lang
) -> Table | None:
    protected = protect_table(list(zip(codes, values, strict=True)), k, total=total)
    if protected.dropped:
        return None
    labels = {c: wording.text(c, lang) for c in codes}
    return table_of(key, wording.text(f"table_{key}", lang), protected, labels, additive=True)


def _breakdowns(
    cases: Sequence[_CaseFacts],
    codes: dict[str, Counter[str]],
    closed: int | None,
    settings: Settings,
    k: int,
    lang: Lang,
) -> tuple[list[Table], list[str]]:
    """The breakdowns that can be shown safely, and the titles of those that cannot.

    `closed` is the number of cases closed in the year when the report shows it, else None.
    """
    handled = len(cases)
    tables: list[Table] = []
    withheld: list[str] = []

    def add(result: tuple[Table, bool]) -> None:
        table, dropped = result
        if dropped:
            withheld.append(table.title)
        else:
            tables.append(table)

    add(_single_table("track", vocab.TRACKS, [c.track for c in cases], handled, k, lang))
    tracks = {c.track for c in cases}
    categories = [t.code for t in vocab.CATEGORIES if t.track in tracks]
    add(_multi_table("category", vocab.CATEGORIES, categories, codes["category"], k, lang))
    for name, vocabulary in _SINGLE:
        if (name == "gender" and not settings.report_gender) or (
            name == "age_band" and not settings.report_age
        ):
            continue
        add(_single_table(name, vocabulary, [c.single[name] for c in cases], handled, k, lang))
    add(_multi_table("support", vocab.SUPPORT, vocab.SUPPORT.codes, codes["support"], k, lang))
    add(
        _multi_table("referral", vocab.REFERRALS, vocab.REFERRALS.codes, codes["referral"], k, lang)
    )
    outcome_title = wording.text("table_outcome", lang)
    if closed is None:
        withheld.append(outcome_title)
    else:
        outcomes = Counter(c.single["outcome"] for c in cases if c.closed_in_year)
        protected = protect_table(
            [(code, outcomes[code]) for code in vocab.OUTCOMES.codes], k, total=closed
        )
        table = table_of(
            "outcome", outcome_title, protected, _labels(vocab.OUTCOMES, lang), additive=True
        )
        add((table, protected.dropped))
    return tables, withheld


def _trend(session: Session, client_id: int, year: int, k: int) -> tuple[TrendYear, ...]:
    """New and handled cases of the last five years, each year protected like the intake."""
    years = range(year - TREND_YEARS + 1, year + 1)
    end = dt.date(year, 12, 31)
    first_opened = session.scalar(
        select(func.min(Case.opened_on)).where(Case.client_id == client_id, Case.opened_on <= end)
    )
    # Years before the first registered case would show zeros that only mean "not recorded here".
    first = max(years[0], first_opened.year if first_opened else year)
    # Counted by the database in one pass over the client's cases of those years.
    counts = []
    for y in years:
        counts.append(func.count().filter(_handled_in(y)))
        counts.append(func.count().filter(_handled_in(y), Case.opened_on >= dt.date(y, 1, 1)))
    figures = session.execute(
        select(*counts).where(
            Case.client_id == client_id,
            Case.opened_on <= end,
            or_(Case.closed_on.is_(None), Case.closed_on >= dt.date(years[0], 1, 1)),
        )
    ).one()
    trend: list[TrendYear] = []
    for index, y in enumerate(years):
        handled, new = figures[2 * index], figures[2 * index + 1]
        if y < first:
            continue
        protected = protect_table([("new", new), ("carried_over", handled - new)], k)
        assert protected.total is not None  # an additive table always has one
        # Carried over is never printed in the trend, but new and handled together imply it: the
        # pair's protection hides "new" whenever that would give away a small carried-over figure.
        new_cell = protected.cell("new")
        trend.append(TrendYear(y, Figure.of(new_cell), Figure.of(protected.total)))
    return tuple(trend)


def _activities(
    session: Session, client_id: int, year: int, lang: Lang
) -> tuple[tuple[ActivityLine, ...], Table]:
    start, end = _year_bounds(year)
    # The description is the adviser's working note: it stays out of the report.
    rows = session.execute(
        select(Activity.kind, Activity.occurred_on, Activity.minutes)
        .where(Activity.client_id == client_id, Activity.occurred_on.between(start, end))
        .order_by(Activity.occurred_on, Activity.id)
    ).all()
    lines = tuple(
        ActivityLine(r.kind, vocab.ACTIVITY_KINDS.label(r.kind, lang), r.occurred_on, r.minutes)
        for r in rows
    )
    counts = Counter(line.kind for line in lines)
    kinds = Table(
        "activities",
        wording.text("table_activities", lang),
        tuple(
            Row(t.code, t.label(lang), counts[t.code], str(counts[t.code]))
            for t in vocab.ACTIVITY_KINDS
            if counts[t.code]
        ),
    )
    return lines, kinds


def _time(
    session: Session,
    client_id: int,
    year: int,
    activity_minutes: int,
    show_contacts: bool,
    lang: Lang,
) -> Table:
    start, end = _year_bounds(year)
    contacts, minutes = session.execute(
        select(func.count(), func.coalesce(func.sum(Contact.minutes), 0)).where(
            Contact.client_id == client_id, Contact.occurred_on.between(start, end)
        )
    ).one()
    rows: list[Row] = []
    if show_contacts:
        rows.append(Row("contacts", wording.text("contacts", lang), contacts, str(contacts)))
    for code, value in (
        ("case_work_minutes", minutes),
        ("activity_minutes", activity_minutes),
        ("total_minutes", minutes + activity_minutes),
    ):
        rows.append(Row.minutes(code, wording.text(code, lang), value, lang))
    return Table("time", wording.text("table_time", lang), tuple(rows))


def _client_info(client: Client, lang: Lang) -> ClientInfo:
    roles = []
    if client.role_unwanted_behaviour:
        roles.append(vocab.ROLES.label("unwanted_behaviour", lang))
    if client.role_integrity:
        roles.append(vocab.ROLES.label("integrity", lang))
    return ClientInfo(
        code=client.code,
        name=client.name,
        sector=vocab.SECTORS.label(client.sector, lang) if client.sector else None,
        size_band=vocab.SIZE_BANDS.label(client.size_band, lang) if client.size_band else None,
        roles=tuple(roles),
    )


def build_annual_report(
    session: Session,
    client_id: int,
    year: int,
    *,
    lang: Lang = "nl",
    today: dt.date | None = None,
) -> AnnualReport:
    """The anonymised annual report of one client for one calendar year.

    Raises `NotFound` for an unknown client. The threshold k, the optional gender and age
    breakdowns and the adviser's particulars come from the vault's settings.
    """
    today = today or dt.date.today()
    client = get_client(session, client_id)
    settings = settings_service.load(session)
    k = check_threshold(settings.disclosure_threshold)
    texts = report_texts.get_texts(session, client_id, year)

    cases = list(_load_cases(session, client_id, year).values())
    handled = len(cases)
    small = below_threshold(handled, k)
    intake = closure = None
    breakdowns: list[Table] = []
    withheld: list[str] = []
    if not small:
        new = sum(1 for c in cases if c.opened_on.year == year)
        closed = sum(1 for c in cases if c.closed_in_year)
        intake = _pair("intake", ("new", "carried_over"), (new, handled - new), handled, k, lang)
        closure = _pair(
            "closure", ("closed", "open_at_year_end"), (closed, handled - closed), handled, k, lang
        )
        closed_shown = closure is not None and not closure.row("closed").hidden
        codes = _load_codes(session, client_id, year)
        breakdowns, withheld = _breakdowns(
            cases, codes, closed if closed_shown else None, settings, k, lang
        )

    activities, activity_kinds = _activities(session, client_id, year, lang)
    activity_minutes = sum(a.minutes for a in activities)
    return AnnualReport(
        lang=lang,
        client=_client_info(client, lang),
        year=year,
        threshold=k,
        generated_on=today,
        adviser=Adviser(
            name=settings.adviser_name,
            registration_number=settings.registration_number,
            practice_name=settings.practice_name,
            email=settings.adviser_email,
            phone=settings.adviser_phone,
        ),
        introduction=texts.introduction,
        signals=texts.signals,
        total_cases=Figure.of(protect_count(handled, k, code="total")),
        below_threshold=small,
        time=_time(session, client_id, year, activity_minutes, not small, lang),
        intake=intake,
        closure=closure,
        breakdowns=tuple(breakdowns),
        withheld=tuple(withheld),
        trend=_trend(session, client_id, year, k),
        activities=activities,
        activity_kinds=activity_kinds,
        development=pe_section_for_report(session, client_id, year, today, lang),
        plan=plan_report(session, client_id, year, lang, today),  # signals feature
    )
