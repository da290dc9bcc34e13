"""The professional-development report and its evidence files, written outside the vault.

The report covers a calendar year or the registration cycle. On request the evidence files go
beside it, in a folder named after the report, under names a dossier reader understands:
``2025-03-14_bijscholing_omgaan-met-agressie_1.pdf``. Every file is written privately and
atomically (`safe_files`) and the export is recorded in the audit log.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from vp_desktop.domain.pe_rules import RuleSet, period_bounds
from vp_desktop.domain.vocab import Lang
from vp_desktop.services import audit
from vp_desktop.services import settings as settings_service
from vp_desktop.services.errors import Checker
from vp_desktop.services.professional_development.pe import get_evidence, list_pe_activities
from vp_desktop.services.professional_development.pe_progress import (
    evaluate_all,
    load_setup,
    records_of,
)
from vp_desktop.services.safe_files import write_private_file
from vp_desktop.store.errors import FolderMissing, LocationUnwritable
from vp_desktop.store.models import PeActivity

if TYPE_CHECKING:
    from vp_desktop.reports.pe_data import PeReportData, Scope

#: The word for each PE kind in an evidence file name (short, lower case, no spaces).
_KIND_WORDS: dict[str, tuple[str, str]] = {
    "course": ("bijscholing", "course"),
    "intervision": ("intervisie", "intervision"),
    "supervision": ("supervisie", "supervision"),
    "congress": ("congres", "congress"),
    "extra": ("extra-activiteit", "extra-activity"),
}
_EXTENSIONS = {"application/pdf": ".pdf", "image/png": ".png", "image/jpeg": ".jpg"}
_FOLDER_SUFFIX: dict[Lang, str] = {"nl": "bewijsstukken", "en": "evidence"}
_SLUG_LENGTH = 40


@dataclass(frozen=True, slots=True)
class ReportPeriod:
    scope: Scope
    start: dt.date
    end: dt.date
    rule_sets: tuple[RuleSet, ...]


@dataclass(frozen=True, slots=True)
class PeExportResult:
    report: Path
    evidence_folder: Path | None
    evidence_files: tuple[Path, ...]


# --------------------------------------------------------------------------------------------
# Names


def slug(text: str | None) -> str:
    """Lower-case ASCII words joined by hyphens ("Omgaan met agressie" -> "omgaan-met-agressie")."""
    folded = unicodedata.normalize("NFKD", text or "").encode("ascii", "ignore").decode("ascii")
    words = re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-")
    return words[:_SLUG_LENGTH].rstrip("-")


def evidence_names(activities: Sequence[PeActivity], lang: Lang = "nl") -> dict[int, str]:
    """Evidence id -> export file name: date, kind, theme and a number, unique in one export."""
    taken: dict[str, int] = {}
    names: dict[int, str] = {}
    for activity in sorted(activities, key=lambda a: (a.occurred_on, a.id)):
        words = _KIND_WORDS.get(activity.kind)
        kind_word = words[0 if lang == "nl" else 1] if words else slug(activity.kind)
        parts = [activity.occurred_on.isoformat(), kind_word, slug(activity.theme)]
        stem = "_".join(p for p in parts if p)
        for evidence in activity.evidence:
            number = taken.get(stem, 0) + 1
            taken[stem] = number
            extension = _EXTENSIONS.get(evidence.media_type, Path(evidence.filename).suffix)
            names[evidence.id] = f"{stem}_{number}{extension}"
    return names


def evidence_folder_for(report: Path, lang: Lang = "nl") -> Path:
    """Where the evidence of `report` goes: ``<report name>_bewijsstukken`` beside it."""
    return report.with_name(f"{report.stem}_{_FOLDER_SUFFIX[lang]}")


def suggested_report_name(period: ReportPeriod, lang: Lang = "nl") -> str:
    word = "deskundigheidsbevordering" if lang == "nl" else "professional-development"
    if period.scope == "year":
        return f"{word}_{period.start.year}.pdf"
    return f"{word}_{period.start.isoformat()}_{period.end.isoformat()}.pdf"


# --------------------------------------------------------------------------------------------
# Periods and report data


def year_period(session: Session, year: int) -> ReportPeriod:
    """A calendar year, judged by the chosen yearly standards."""
    setup = load_setup(session)
    return ReportPeriod("year", dt.date(year, 1, 1), dt.date(year, 12, 31), setup.of_period("year"))


def cycle_period(session: Session, on: dt.date) -> ReportPeriod:
    """The registration cycle that contains `on`, judged by the chosen cycle standards.

    Raises `ValidationError` (field ``cycle_start``) while no cycle start date is set, or
    (field ``rule_sets``) when no chosen standard runs in cycles.
    """
    setup = load_setup(session)
    check = Checker()
    cycles = tuple(r for r in setup.rule_sets if r.period == "cycle")
    if not cycles:
        check.add("rule_sets", "pe_no_cycle_rule_set")
    elif setup.cycle_start is None:
        check.add("cycle_start", "pe_cycle_start_required")
    check.raise_if_any()
    assert setup.cycle_start is not None
    bounds = [period_bounds(r, setup.cycle_start, on) for r in cycles]
    return ReportPeriod("cycle", min(b[0] for b in bounds), max(b[1] for b in bounds), cycles)


def period_activities(session: Session, period: ReportPeriod) -> list[PeActivity]:
    query = (
        select(PeActivity)
        .options(selectinload(PeActivity.evidence))
        .where(PeActivity.occurred_on >= period.start, PeActivity.occurred_on <= period.end)
        .order_by(PeActivity.occurred_on, PeActivity.id)
    )
    return list(session.scalars(query))


def report_data(
    session: Session,
    period: ReportPeriod,
    today: dt.date,
    *,
    lang: Lang = "nl",
    evidence_folder: str | None = None,
) -> PeReportData:
    """Everything the PE report shows for `period`, as of its end (or today while it runs).
    With `evidence_folder` the activities list their evidence under the names
    `export_pe_report` gives the files."""
    activities = period_activities(session, period)
    names = evidence_names(activities, lang) if evidence_folder is not None else {}
    setup = load_setup(session)
    records = records_of(list_pe_activities(session))
    as_of = min(today, period.end)
    evaluations = evaluate_all(setup, period.rule_sets, records, today=as_of, on=period.start)
    profile = settings_service.load(session)
    # The report module loads reportlab: imported when a report is made, not at start-up.
    from vp_desktop.reports.pe_data import PeReportActivity, PeReportData

    return PeReportData(
        scope=period.scope,
        period_start=period.start,
        period_end=period.end,
        adviser_name=profile.adviser_name,
        registration_number=profile.registration_number,
        activities=tuple(
            PeReportActivity(
                on=a.occurred_on,
                kind=a.kind,
                minutes=a.minutes,
                provider=a.provider,
                accreditation_number=a.accreditation_number,
                theme=a.theme,
                evidence=tuple(names.get(e.id, e.filename) for e in a.evidence),
                accredited=a.accredited,
                planned=a.occurred_on > as_of,
            )
            for a in activities
        ),
        evaluations=tuple(evaluations),
        generated_on=today,
        evidence_folder=evidence_folder,
    )


# --------------------------------------------------------------------------------------------
# Writing


def make_private_folder(folder: Path) -> None:
    if not folder.parent.is_dir():
        raise FolderMissing(f"The folder {folder.parent} does not exist.")
    try:
        folder.mkdir(mode=0o700, exist_ok=True)
    except PermissionError as exc:
        raise LocationUnwritable() from exc
    if not folder.is_dir() or not os.access(folder, os.W_OK):
        raise LocationUnwritable()


def export_evidence_files(
    session: Session, activities: Sequence[PeActivity], folder: Path, lang: Lang = "nl"
) -> list[Path]:
    """Write the evidence of `activities` into `folder` (created private when missing)."""
    names = evidence_names(activities, lang)
    if not names:
        return []
    make_private_folder(folder)
    written: list[Path] = []
    for evidence_id, name in names.items():
        evidence = get_evidence(session, evidence_id)
        target = folder / name
        write_private_file(target, evidence.data)
        written.append(target)
    audit.record(session, "evidence_exported", detail=f"{len(written)} files")
    return written


def export_one_evidence(session: Session, evidence_id: int, target: Path) -> None:
    """Write one evidence file where the adviser chose (e.g. to hand it to a registry)."""
    write_private_file(target, get_evidence(session, evidence_id).data)
    audit.record(session, "evidence_exported", detail="1 file")


def suggested_evidence_name(session: Session, evidence_id: int, lang: Lang = "nl") -> str:
    evidence = get_evidence(session, evidence_id)
    activity = session.get(PeActivity, evidence.pe_activity_id)
    assert activity is not None  # evidence cannot outlive its activity (foreign key)
    return evidence_names([activity], lang)[evidence_id]


def export_pe_report(
    session: Session,
    period: ReportPeriod,
    target: Path,
    today: dt.date,
    *,
    lang: Lang = "nl",
    with_evidence: bool = False,
    fmt: str = "pdf",
) -> PeExportResult:
    """Render the report for `period` to `target` (``fmt`` "pdf" or "json", the figures only),
    and on request its evidence beside it.

    The caller commits the session, so the audit entries are kept only with a finished export.
    """
    target = Path(target)
    folder = evidence_folder_for(target, lang) if with_evidence else None
    data = report_data(
        session, period, today, lang=lang, evidence_folder=folder.name if folder else None
    )
    if fmt == "json":
        from vp_desktop.reports.pe_json import render_pe_json

        content = render_pe_json(data, lang)
    else:
        from vp_desktop.reports.pe_report import render_pe_report

        content = render_pe_report(data, lang)
    write_private_file(target, content)
    detail = f"pe {period.scope}" + (" json" if fmt == "json" else "")
    audit.record(session, "report_exported", detail=detail)
    files: list[Path] = []
    if folder is not None:
        files = export_evidence_files(session, period_activities(session, period), folder, lang)
    return PeExportResult(target, folder if files else None, tuple(files))
