"""`vp-desktop --self-test`: prove, offscreen, that this installation has everything it needs.

It creates a fictional demo practice in a private temporary folder, unlocks it, renders one
annual report and one professional-development report, reads both back with QtPdf, checks the
fonts, the translations and the encryption, and removes the folder again. It prints one line per
check and returns 0 only when every check passed. Meant for a freshly built bundle (where a
missing library shows up here, not in front of an adviser) and for support on a new laptop.

The output names checks, versions and counts only: no report or case text. Qt is imported inside
the checks that need it, so importing this module (via the command line) loads no Qt.
"""

from __future__ import annotations

import datetime as dt
import os
import secrets
import shutil
import sys
import tempfile
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

SQLITE_PLAIN_HEADER = b"SQLite format 3\x00"


class CheckFailed(Exception):
    """A check found something missing or wrong; the message says what."""


@dataclass
class _Run:
    """What the checks share: the temporary folder and what earlier checks produced."""

    folder: Path
    passphrase: str = field(default_factory=lambda: "zelftest " + secrets.token_urlsafe(24))
    vault: Any = None
    pdfs: dict[str, tuple[bytes, tuple[str, ...]]] = field(default_factory=dict)
    app: Any = None

    @property
    def vault_path(self) -> Path:
        return self.folder / "zelftest.vpvault"

    def open_vault(self) -> Any:
        if self.vault is None:
            raise CheckFailed("needs the unlocked demo vault")
        return self.vault

    def close(self) -> None:
        if self.vault is not None:
            self.vault.close()
            self.vault = None


# --------------------------------------------------------------------------------------------
# Checks: each returns a short detail for the report line or raises.


def _check_sqlcipher(run: _Run) -> str:
    import sqlcipher3

    con = sqlcipher3.connect(":memory:")
    try:
        version = con.execute("PRAGMA cipher_version").fetchone()
    finally:
        con.close()
    if not version or not str(version[0]).startswith("4."):
        raise CheckFailed(f"SQLCipher 4 expected, found {version!r}")
    return f"SQLCipher {version[0]}"


def _check_demo_vault(run: _Run) -> str:
    from vp_desktop.services.demo.practice_vault import DemoSpec, create_demo_vault

    create_demo_vault(run.vault_path, run.passphrase, DemoSpec(seed=2026, clients=2))
    if not run.vault_path.is_file():
        raise CheckFailed("no vault file was created")
    return f"{run.vault_path.stat().st_size // 1024} KB in a private temporary folder"


def _check_encryption(run: _Run) -> str:
    from vp_desktop.store.errors import WrongPassphrase
    from vp_desktop.store.vault import Vault

    if not run.vault_path.is_file():
        raise CheckFailed("needs the demo vault")
    with run.vault_path.open("rb") as file:
        header = file.read(len(SQLITE_PLAIN_HEADER))
    if header == SQLITE_PLAIN_HEADER:
        raise CheckFailed("the vault file is a plain, unencrypted SQLite database")
    try:
        Vault.open(run.vault_path, run.passphrase + " fout").close()
    except WrongPassphrase:
        return "the file is unreadable without the passphrase"
    raise CheckFailed("the vault opened with a wrong passphrase")


def _check_unlock(run: _Run) -> str:
    from sqlalchemy import func, select

    from vp_desktop.store import migrations
    from vp_desktop.store.models import Case, Client
    from vp_desktop.store.vault import Vault

    run.vault = Vault.open(run.vault_path, run.passphrase)
    if run.vault.schema_revision() != migrations.head_revision():
        raise CheckFailed("the vault schema is not at the current revision")
    with run.vault.session() as session:
        clients = session.scalar(select(func.count()).select_from(Client))
        cases = session.scalar(select(func.count()).select_from(Case))
    if not clients or not cases:
        raise CheckFailed("the demo vault holds no clients or cases")
    return f"{clients} client organisations, {cases} cases, schema {migrations.head_revision()}"


def _busiest_client_year(session: Any) -> tuple[int, int]:
    from sqlalchemy import select

    from vp_desktop.store.models import Case

    this_year = dt.date.today().year
    counts = Counter(
        (client_id, opened_on.year)
        for client_id, opened_on in session.execute(select(Case.client_id, Case.opened_on))
        if opened_on.year <= this_year
    )
    if not counts:
        raise CheckFailed("the demo vault has no cases to report on")
    (client_id, year), _ = counts.most_common(1)[0]
    return client_id, year


def _check_annual_report(run: _Run) -> str:
    from vp_desktop.reports import wording
    from vp_desktop.reports.pdf import render_annual_report
    from vp_desktop.services.annual_report.build import build_annual_report

    with run.open_vault().session() as session:
        client_id, year = _busiest_client_year(session)
        report = build_annual_report(session, client_id, year, lang="nl")
    pdf = _pdf_bytes(render_annual_report(report))
    headings = (wording.text("section_key_figures", "nl"), wording.text("section_method", "nl"))
    run.pdfs["annual report"] = (pdf, headings)
    return f"{len(pdf) // 1024} KB for {year}"


def _check_pe_report(run: _Run) -> str:
    from vp_desktop.reports.pe_report import render_pe_report
    from vp_desktop.services.professional_development.pe_export import report_data, year_period

    today = dt.date.today()
    with run.open_vault().session() as session:
        data = report_data(session, year_period(session, today.year), today, lang="nl")
    pdf = _pdf_bytes(render_pe_report(data, "nl"))
    run.pdfs["PE report"] = (pdf, ("Deskundigheidsbevordering", "Activiteiten"))
    return f"{len(pdf) // 1024} KB for {today.year}"


def _pdf_bytes(pdf: bytes) -> bytes:
    if not pdf.startswith(b"%PDF-"):
        raise CheckFailed("the renderer did not produce a PDF")
    return pdf


def _check_fonts(run: _Run) -> str:
    from vp_desktop.resources import resource_path

    font = resource_path("fonts", "DejaVuSans.ttf")
    if not font.is_file():
        raise CheckFailed(f"missing font {font.name}")
    if not run.pdfs:
        raise CheckFailed("needs the rendered reports")
    for name, (pdf, _) in run.pdfs.items():
        if b"DejaVuSans" not in pdf:
            raise CheckFailed(f"the {name} does not embed DejaVu Sans")
    return "DejaVu Sans embedded in every report"


def _qt_check(name: str) -> Callable[[_Run], str]:
    """A check that needs Qt: it lives in `ui.shell.selftest_checks` (Qt stays in ui/)."""

    def check(run: _Run) -> str:
        from vp_desktop.ui.shell import selftest_checks

        result: str = getattr(selftest_checks, name)(run)
        return result

    return check


CHECKS: tuple[tuple[str, Callable[[_Run], str]], ...] = (
    ("sqlcipher3", _check_sqlcipher),
    ("demo vault", _check_demo_vault),
    ("encryption", _check_encryption),
    ("unlock", _check_unlock),
    ("annual report", _check_annual_report),
    ("PE report", _check_pe_report),
    ("fonts", _check_fonts),
    ("QtPdf", _qt_check("check_qtpdf")),
    ("translations", _qt_check("check_translations")),
    ("GUI modules", _qt_check("check_gui")),
)


def run_self_test(out: TextIO | None = None) -> int:
    """Run every check, print one line each and a summary; 0 only when all passed."""
    out = out or sys.stdout
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    folder = Path(tempfile.mkdtemp(prefix="vp-desktop-selftest-"))  # mode 0700
    run = _Run(folder)
    passed = 0
    try:
        for name, check in CHECKS:
            try:
                detail = check(run)
            except Exception as exc:  # every failure is reported, then the next check runs
                reason = str(exc) if isinstance(exc, CheckFailed) else f"{type(exc).__name__}"
                if not isinstance(exc, CheckFailed) and str(exc):
                    reason += f": {str(exc)[:200]}"
                print(f"FAIL {name}: {reason}", file=out)
            else:
                passed += 1
                print(f"ok   {name}: {detail}", file=out)
    finally:
        run.close()
        shutil.rmtree(folder, ignore_errors=True)
    if folder.exists():
        print(f"FAIL clean-up: {folder} could not be removed", file=out)
    else:
        passed += 1
        print("ok   clean-up: temporary vault removed", file=out)
    total = len(CHECKS) + 1
    verdict = "passed" if passed == total else "FAILED"
    print(f"self-test {verdict}: {passed} of {total} checks", file=out)
    out.flush()
    return 0 if passed == total else 1
