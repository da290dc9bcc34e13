"""`pe-report`: the professional-development report for a year or the running cycle;
`pe-import`: the PE log from a CSV or XLSX file, all or nothing."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import Any

from vp_desktop.cli.common import (
    EXIT_INVALID,
    EXIT_OK,
    EXIT_USAGE,
    CommandFailed,
    add_db,
    add_passphrase_stdin,
    command,
    open_vault,
)


def _year(text: str) -> int:
    if not text.isdigit() or not 1900 <= int(text) <= 2999:
        raise argparse.ArgumentTypeError(f"not a year: {text!r} (use four digits, e.g. 2025)")
    return int(text)


@command
def pe_report(args: argparse.Namespace) -> int:
    from vp_desktop.services.professional_development import pe_export

    if args.out.is_dir():
        raise CommandFailed(f"{args.out} is a folder; give a file name for the report", EXIT_USAGE)
    if args.format == "json" and args.with_evidence:
        raise CommandFailed("--with-evidence goes with the PDF report only", EXIT_USAGE)
    today = dt.date.today()
    with open_vault(args) as vault, vault.transaction() as session:
        if args.year is not None:
            period = pe_export.year_period(session, args.year)
        else:
            period = pe_export.cycle_period(session, today)
        result = pe_export.export_pe_report(
            session,
            period,
            args.out,
            today,
            lang=args.lang,
            with_evidence=args.with_evidence,
            fmt=args.format,
        )
    print(f"Wrote {result.report}")
    if result.evidence_folder is not None:
        print(f"Wrote {len(result.evidence_files)} evidence files to {result.evidence_folder}")
    elif args.with_evidence:
        print("No evidence files are stored for this period.")
    return EXIT_OK


@command
def pe_import(args: argparse.Namespace) -> int:
    from vp_desktop.services.caseload_io import ImportRefused
    from vp_desktop.services.professional_development import pe_import as importer

    try:
        table = importer.read_pe_log(args.file)
        with open_vault(args) as vault:
            if args.dry_run:
                with vault.session() as session:
                    plan = importer.check_pe_log(session, table)
                if plan.problems:
                    raise ImportRefused(plan.problems)
                count = len(plan.activities)
                print(f"Dry run: {count} activities would be imported; nothing was changed.")
                return EXIT_OK
            with vault.transaction() as session:
                count = importer.import_pe_log(session, table)
    except ImportRefused as refused:
        out = sys.stderr
        print(f"{len(refused.problems)} problem(s) found; nothing was imported:", file=out)
        for p in refused.problems:
            row = "-" if p.row is None else str(p.row)
            where = f"row {row}, column {p.column or '-'}, value {p.value!r}"
            print(f"  {where}: {p.describe('en')}", file=out)
        return EXIT_INVALID
    print(f"Imported {count} activities.")
    return EXIT_OK


@command
def pe_dossier(args: argparse.Namespace) -> int:
    from vp_desktop.services.professional_development.dossier import export_dossier

    if not args.out.is_dir():
        raise CommandFailed(
            f"{args.out} is not a folder; give the folder to write into", EXIT_USAGE
        )
    with open_vault(args) as vault, vault.transaction() as session:
        result = export_dossier(session, args.out, dt.date.today(), args.lang)
    print(f"Wrote {result.report}")
    print(f"Wrote {len(result.evidence_files)} evidence files to {result.folder}")
    return EXIT_OK


def register(subparsers: Any) -> None:
    _register_import(subparsers)
    _register_dossier(subparsers)
    p = subparsers.add_parser(
        "pe-report",
        help="write the professional-development report (PDF) for a year or the running cycle",
    )
    add_db(p)
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--year", type=_year, metavar="YYYY", help="a calendar year")
    which.add_argument("--cycle", action="store_true", help="the registration cycle running today")
    p.add_argument("--out", required=True, type=Path, metavar="FILE", help="the file to write")
    p.add_argument(
        "--format",
        choices=("pdf", "json"),
        default="pdf",
        help="pdf (default) or json: the figures per requirement, for checking by a program",
    )
    p.add_argument(
        "--with-evidence",
        action="store_true",
        help="also export the evidence files, into a folder beside the report",
    )
    p.add_argument(
        "--lang", choices=("nl", "en"), default="nl", help="language of the report (default nl)"
    )
    add_passphrase_stdin(p)
    p.set_defaults(handler=pe_report)


def _register_import(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "pe-import",
        help="import professional-development activities from a CSV or XLSX file (all or nothing)",
        description="Import the PE log from a CSV or XLSX file in the format of "
        "docs/pe-import-format.md. The whole file is checked first; any problem means nothing "
        "is imported.",
    )
    add_db(p)
    p.add_argument("--file", required=True, type=Path, metavar="F", help="the CSV or XLSX file")
    p.add_argument("--dry-run", action="store_true", help="check and count, import nothing")
    add_passphrase_stdin(p)
    p.set_defaults(handler=pe_import)


def _register_dossier(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "pe-dossier",
        help="write the recertification dossier of the running cycle (PDF and evidence files)",
    )
    add_db(p)
    p.add_argument(
        "--out", required=True, type=Path, metavar="DIR", help="the folder to write the dossier in"
    )
    p.add_argument(
        "--lang", choices=("nl", "en"), default="nl", help="language of the dossier (default nl)"
    )
    add_passphrase_stdin(p)
    p.set_defaults(handler=pe_dossier)
