"""Offboarding a client at the end of a contract: hand everything over, then let it go for good.

First everything of the client is exported to a folder the adviser chose: the annual report of
every year the client had cases or activities, the caseload export, the file of each case that
is still open, and the advice log with the jaarplan. Only when every file is written is the
client deleted with all its data, and the vault rewritten so no free page keeps any of it. The
adviser confirms by typing the client's code; a wrong code changes nothing and writes nothing.
"""

from __future__ import annotations

import datetime as dt
import errno
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from vp_desktop.domain.vocab import Lang
from vp_desktop.reports.pdf import render_annual_report
from vp_desktop.services import audit, drafts
from vp_desktop.services.annual_report.build import build_annual_report
from vp_desktop.services.caseload_io import export_caseload
from vp_desktop.services.casework import case_file
from vp_desktop.services.clients import clients
from vp_desktop.services.data_safety import retention
from vp_desktop.services.errors import Checker
from vp_desktop.services.safe_files import write_private_file
from vp_desktop.services.signals import handover
from vp_desktop.store.errors import DiskFull, FolderMissing, LocationUnwritable, WipeIncomplete
from vp_desktop.store.models import Activity, Case
from vp_desktop.store.vault import Vault
from vp_desktop.store.wipe import mark_wipe_pending


@dataclass(frozen=True, slots=True)
class ClientExport:
    folder: Path
    annual_reports: tuple[Path, ...]
    caseload: Path
    case_files: tuple[Path, ...]
    advice_and_plan: Path | None = None

    @property
    def files(self) -> tuple[Path, ...]:
        extra = (self.advice_and_plan,) if self.advice_and_plan else ()
        return (*self.annual_reports, self.caseload, *self.case_files, *extra)


@dataclass(frozen=True, slots=True)
class OffboardResult:
    client_code: str
    export: ClientExport
    deleted_cases: int
    #: Set when the client is deleted but wiping its traces from the file has to wait.
    wipe_pending: WipeIncomplete | None = None


def check_confirmation(session: Session, client_id: int, typed_code: str) -> None:
    """Raise ValidationError (field `confirm_code`) unless `typed_code` is the client's code."""
    code = clients.get_client(session, client_id).code
    if typed_code.strip() != code:
        check = Checker()
        check.add("confirm_code", "confirm_code_mismatch", value=code)
        check.raise_if_any()


def report_years(session: Session, client_id: int, today: dt.date) -> list[int]:
    """Every calendar year in which the client had a case open, or an activity."""
    years: set[int] = set()
    for opened_on, closed_on in session.execute(
        select(Case.opened_on, Case.closed_on).where(Case.client_id == client_id)
    ):
        years.update(range(opened_on.year, (closed_on or today).year + 1))
    years.update(
        day.year
        for day in session.scalars(
            select(Activity.occurred_on).where(Activity.client_id == client_id)
        )
    )
    return sorted(years)


def export_client(
    session: Session,
    client_id: int,
    folder: Path,
    *,
    lang: Lang = "nl",
    today: dt.date | None = None,
) -> ClientExport:
    """Write everything of one client into a new subfolder of `folder`; the caller commits (the
    exports are recorded in the audit log)."""
    today = today or dt.date.today()
    client = clients.get_client(session, client_id)
    target = _make_folder(Path(folder) / f"{client.code}-overdracht-{today.isoformat()}")

    reports: list[Path] = []
    for year in report_years(session, client_id, today):
        report = build_annual_report(session, client_id, year, lang=lang, today=today)
        path = target / f"jaarverslag-{client.code}-{year}.pdf"
        write_private_file(path, render_annual_report(report))
        audit.record(session, "report_exported", client_code=client.code, detail=f"annual {year}")
        reports.append(path)

    caseload = target / f"casussen-{client.code}.xlsx"
    export_caseload(session, caseload, client_id=client_id, fmt="xlsx", values=lang)

    open_files: list[Path] = []
    open_cases = session.scalars(
        select(Case)
        .where(Case.client_id == client_id, Case.closed_on.is_(None), Case.purged_at.is_(None))
        .order_by(Case.year, Case.seq)
    )
    for case in open_cases:
        path = target / case_file.suggested_file_name(case.number)
        case_file.export_case_file(session, client_id, case.id, path, lang=lang, today=today)
        open_files.append(path)
    # Signals feature: the advice log, the jaarplan and the RI&E and MTO dates.
    advice_and_plan = handover.export_handover(
        session, client_id, target / handover.suggested_file_name(client.code), lang
    )
    return ClientExport(target, tuple(reports), caseload, tuple(open_files), advice_and_plan)


def offboard_client(
    vault: Vault,
    client_id: int,
    folder: Path,
    typed_code: str,
    *,
    lang: Lang = "nl",
    today: dt.date | None = None,
) -> OffboardResult:
    """Export everything of the client to `folder`, then delete the client for good."""
    with vault.transaction() as session:
        check_confirmation(session, client_id, typed_code)
        code = clients.get_client(session, client_id).code
        exported = export_client(session, client_id, folder, lang=lang, today=today)
    with vault.transaction() as session:
        case_count = session.scalar(
            select(func.count()).select_from(Case).where(Case.client_id == client_id)
        )
        drafts.discard_drafts_about(session, client_id)
        clients.delete_client(session, client_id)
        mark_wipe_pending(session)
    pending = retention.wipe_free_space(vault)
    return OffboardResult(code, exported, case_count or 0, pending)


def _make_folder(path: Path) -> Path:
    if not path.parent.is_dir():
        raise FolderMissing(f"The folder {path.parent} does not exist.")
    try:
        path.mkdir(mode=0o700, exist_ok=True)
    except PermissionError as exc:
        raise LocationUnwritable() from exc
    except OSError as exc:
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            raise DiskFull() from exc
        if exc.errno == errno.EROFS:
            raise LocationUnwritable() from exc
        raise
    return path
