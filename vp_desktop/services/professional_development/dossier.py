"""The recertification dossier for the running cycle: a PDF with per requirement the activities,
hours, accreditation numbers and evidence names, and beside it every evidence file (of the
activities and of the credentials), in one private folder the adviser hands to the registration
body. Recorded in the audit log; the caller commits.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from vp_desktop.domain.vocab import Lang
from vp_desktop.services import audit
from vp_desktop.services.professional_development import credentials as credential_service
from vp_desktop.services.professional_development.pe_export import (
    cycle_period,
    export_evidence_files,
    make_private_folder,
    period_activities,
    report_data,
    slug,
)
from vp_desktop.services.safe_files import write_private_file

_NAMES: dict[Lang, tuple[str, str, str]] = {
    "nl": ("herregistratiedossier", "bewijsstukken", "registratie"),
    "en": ("recertification-dossier", "evidence", "credential"),
}


@dataclass(frozen=True, slots=True)
class DossierResult:
    folder: Path
    report: Path
    evidence_files: tuple[Path, ...]


def dossier_folder_name(start: dt.date, end: dt.date, lang: Lang = "nl") -> str:
    return f"{_NAMES[lang][0]}_{start.isoformat()}_{end.isoformat()}"


def export_dossier(
    session: Session, parent: Path, today: dt.date, lang: Lang = "nl"
) -> DossierResult:
    """Write the dossier of the cycle running `today` into a new folder inside `parent`.

    Raises `ValidationError` while no cycle standard or cycle start is set, and
    `LocationUnwritable` when `parent` cannot take the folder.
    """
    from vp_desktop.reports.dossier_pdf import DossierCredential, DossierData, render_dossier

    period = cycle_period(session, today)
    word, evidence_word, credential_word = _NAMES[lang]
    folder = Path(parent) / dossier_folder_name(period.start, period.end, lang)
    make_private_folder(folder)
    evidence_folder = folder / evidence_word
    report = report_data(session, period, today, lang=lang, evidence_folder=evidence_word)
    credentials: list[DossierCredential] = []
    credential_files: list[tuple[int, str]] = []
    for c in credential_service.list_credentials(session):
        label = credential_service.kind_label(c.kind, lang)
        names = []
        for number, evidence in enumerate(c.evidence, start=1):
            suffix = Path(evidence.filename).suffix.lower()
            name = f"{credential_word}_{slug(c.kind)}_{c.id}_{number}{suffix}"
            names.append(name)
            credential_files.append((evidence.id, name))
        credentials.append(
            DossierCredential(
                label, c.number, c.body, c.issued_on, c.valid_until, c.recertify_on, tuple(names)
            )
        )
    target = folder / f"{word}.pdf"
    write_private_file(target, render_dossier(DossierData(report, tuple(credentials)), lang))
    files = export_evidence_files(
        session, period_activities(session, period), evidence_folder, lang
    )
    if credential_files:
        make_private_folder(evidence_folder)
        for evidence_id, name in credential_files:
            data = credential_service.get_credential_evidence(session, evidence_id).data
            write_private_file(evidence_folder / name, data)
            files.append(evidence_folder / name)
    audit.record(session, "report_exported", detail="pe dossier")
    return DossierResult(folder, target, tuple(files))
