"""One client's calendar year turned into an `AnnualReport`: read, protected, labelled.

The figures are protected together with every report already issued to the client
(`protection`); the report's own wording and the vocabularies give the labels.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Any

from sqlalchemy.orm import Session

from vp_desktop.domain import vocab
from vp_desktop.domain.disclosure import check_threshold
from vp_desktop.domain.report_groups import GROUP_LABELS
from vp_desktop.domain.vocab import Lang
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
)
from vp_desktop.services import settings as settings_service
from vp_desktop.services.annual_report import facts as reading
from vp_desktop.services.annual_report import report_texts
from vp_desktop.services.annual_report.issued import issued_figures
from vp_desktop.services.annual_report.known import KEY
from vp_desktop.services.annual_report.protection import (
    TREND_YEARS,
    ProtectedYear,
    model_years,
    protect_year,
)
from vp_desktop.services.clients.clients import get_client
from vp_desktop.services.professional_development.annual_section import pe_section_for_report
from vp_desktop.services.settings import Settings
from vp_desktop.services.signals.report_parts import plan_report
from vp_desktop.store.models import Client

__all__ = ["TREND_YEARS", "build_annual_report", "case_sections", "protected_year"]

# Breakdowns in the order of the domain description.
_ORDER = ("track", "category", "relation", "melder_role", "gender", "age_band", "came_in_via",
          "support", "referral", "outcome")  # fmt: skip
_VOCABULARIES: dict[str, vocab.Vocabulary] = {
    "track": vocab.TRACKS,
    "category": vocab.CATEGORIES,
    **dict(reading.SINGLE),
    "support": vocab.SUPPORT,
    "referral": vocab.REFERRALS,
    "outcome": vocab.OUTCOMES,
}
_MULTI_VALUED = frozenset({"category", "support", "referral"})


def _breakdown_names(settings: Settings) -> list[str]:
    names = [name for name, _ in reading.SINGLE]
    if not settings.report_gender:
        names.remove("gender")
    if not settings.report_age:
        names.remove("age_band")
    return [*names, "outcome"]


def protected_year(
    session: Session, client_id: int, year: int, settings: Settings | None = None
) -> ProtectedYear:
    """The protected figures of one client-year, against everything issued to the client."""
    settings = settings or settings_service.load(session)
    k = check_threshold(settings.disclosure_threshold)
    issues = issued_figures(session, client_id)
    first = reading.first_case_year(session, client_id, year)
    years = model_years(year, first, issues)
    # Earlier years' outcomes matter only when an issued report printed them.
    counts = reading.year_counts(session, client_id, [*years, year], outcomes_too=bool(issues))
    facts = reading.load_year(session, client_id, year)
    return protect_year(year, k, counts, first, facts, issues, _breakdown_names(settings))


def _figure(protected: ProtectedYear, year: int, table: str, code: str) -> Figure:
    shown = protected.figure(year, table, code)
    return Figure(shown.value, shown.display)


def _key_table(protected: ProtectedYear, key: str, codes: tuple[str, str], lang: Lang) -> Table:
    rows = []
    for code in codes:
        shown = protected.figure(protected.year, KEY, code)
        rows.append(Row(code, wording.text(code, lang), shown.value, shown.display))
    return Table(key, wording.text(f"table_{key}", lang), tuple(rows))


def _breakdown(protected: ProtectedYear, key: str, lang: Lang) -> Table:
    groups = protected.grouped.get(key, {})
    vocabulary = GROUP_LABELS[key] if groups else _VOCABULARIES[key]
    rows = []
    for code in protected.breakdowns[key]:
        shown = protected.figure(protected.year, key, code)
        rows.append(Row(code, vocabulary.label(code, lang), shown.value, shown.display))
    title = wording.text("table_outcome", lang) if key == "outcome" else vocabulary.title(lang)
    merged = tuple((o, tuple(g)) for o, g in protected.merged.get(key, {}).items())
    grouped = tuple((g, tuple(codes)) for g, codes in groups.items())
    return Table(key, title, tuple(rows), key not in _MULTI_VALUED, merged, grouped)


def _withheld_title(key: str, lang: Lang) -> str:
    return (
        wording.text("table_outcome", lang) if key == "outcome" else _VOCABULARIES[key].title(lang)
    )


def case_sections(protected: ProtectedYear, lang: Lang) -> dict[str, Any]:
    """The report's case figures (`AnnualReport` fields) from the protected figures."""
    small = protected.below_threshold
    intake = closure = None
    if not small:
        if "intake" not in protected.omitted_pairs:
            intake = _key_table(protected, "intake", ("new", "carried_over"), lang)
        if "closure" not in protected.omitted_pairs:
            closure = _key_table(protected, "closure", ("closed", "open_at_year_end"), lang)
    return {
        "total_cases": _figure(protected, protected.year, KEY, "handled"),
        "below_threshold": small,
        "intake": intake,
        "closure": closure,
        "breakdowns": tuple(
            _breakdown(protected, key, lang) for key in _ORDER if key in protected.breakdowns
        ),
        "withheld": tuple(
            _withheld_title(key, lang) for key in _ORDER if key in protected.withheld
        ),
        "trend": tuple(
            TrendYear(y, _figure(protected, y, KEY, "new"), _figure(protected, y, KEY, "handled"))
            for y in protected.trend_years
        ),
    }


def _activities(
    session: Session, client_id: int, year: int, lang: Lang
) -> tuple[tuple[ActivityLine, ...], Table]:
    lines = tuple(
        ActivityLine(a.kind, vocab.ACTIVITY_KINDS.label(a.kind, lang), a.on, a.minutes)
        for a in reading.load_activities(session, client_id, year)
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
    session: Session, client_id: int, year: int, activity_minutes: int, show: bool, lang: Lang
) -> Table:
    contacts, minutes = reading.contact_time(session, client_id, year)
    rows: list[Row] = []
    if show:
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
    texts = report_texts.get_texts(session, client_id, year)
    protected = protected_year(session, client_id, year, settings)
    activities, activity_kinds = _activities(session, client_id, year, lang)
    activity_minutes = sum(a.minutes for a in activities)
    return AnnualReport(
        lang=lang,
        client=_client_info(client, lang),
        year=year,
        threshold=protected.k,
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
        time=_time(session, client_id, year, activity_minutes, not protected.below_threshold, lang),
        demo=settings_service.is_demo_practice(session),
        **case_sections(protected, lang),
        activities=activities,
        activity_kinds=activity_kinds,
        development=pe_section_for_report(session, client_id, year, today, lang),
        plan=plan_report(session, client_id, year, lang, today),
    )
