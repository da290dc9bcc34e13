"""`import` and `export`: a caseload from or to CSV/XLSX in the documented format."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
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
    printable,
)
from vp_desktop.services import caseload_io
from vp_desktop.services.caseload_io import ExportFormat, ImportProblem, ImportRefused
from vp_desktop.services.clients import clients


@command
def import_command(args: argparse.Namespace) -> int:
    try:
        table = caseload_io.read_caseload(args.file)
        with open_vault(args) as vault:
            if args.dry_run:
                with vault.session() as session:
                    plan = caseload_io.check_caseload(
                        session, table, create_clients=args.create_clients
                    )
                if not plan.ok:
                    raise ImportRefused(plan.problems)
                print(f"Dry run: {len(plan.cases)} cases would be imported; nothing was changed.")
                _print_counts(plan.counts(), plan.new_clients)
                return EXIT_OK
            with vault.transaction() as session:
                result = caseload_io.import_caseload(
                    session, table, create_clients=args.create_clients
                )
    except ImportRefused as refused:
        _print_problems(refused.problems)
        return EXIT_INVALID
    print(f"Imported {result.cases} cases with {result.contacts} contacts.")
    _print_counts(result.counts, result.new_clients)
    return EXIT_OK


def _print_problems(problems: tuple[ImportProblem, ...]) -> None:
    out = sys.stderr
    print(f"{len(problems)} problem(s) found; nothing was imported:", file=out)
    for p in problems:
        row = "-" if p.row is None else str(p.row)
        where = f"row {row}, column {p.column or '-'}, value {p.value!r}"
        print(printable(f"  {where}: {p.describe('en')}"), file=out)


def _print_counts(counts: dict[str, dict[int, int]], new_clients: Sequence[str]) -> None:
    width = max([len(code) for code in counts] + [6])
    print(f"{'client':<{width}}  year  cases")
    for code, years in counts.items():
        for year, count in years.items():
            print(printable(f"{code:<{width}}  {year}  {count:>5}"))
    if new_clients:
        print("New clients, named after their code (rename them in the app): ", end="")
        print(printable(", ".join(new_clients)))


@command
def export_command(args: argparse.Namespace) -> int:
    fmt: ExportFormat = args.format or _format_from_name(args.out)
    values = None if args.values == "codes" else args.values
    with open_vault(args) as vault, vault.transaction() as session:
        client_id = None if args.all else clients.get_client_by_code(session, args.client).id
        result = caseload_io.export_caseload(
            session,
            args.out,
            client_id=client_id,
            fmt=fmt,
            with_identifying=args.with_identifying,
            values=values,
        )
    covered = ", ".join(result.clients) or "no clients"
    print(f"Exported {result.cases} cases of {covered} to {result.path}")
    if args.with_identifying:
        print("The file holds identifying data: keep it safe and delete it when no longer needed.")
    return EXIT_OK


def _format_from_name(path: Path) -> ExportFormat:
    suffix = Path(path).suffix.lower()
    if suffix == ".xlsx":
        return "xlsx"
    if suffix in ("", ".csv", ".txt"):
        return "csv"
    raise CommandFailed(
        f"cannot tell the format from {suffix!r}; use --format csv or xlsx", EXIT_USAGE
    )


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "import",
        help="import cases from a CSV or XLSX file (all or nothing)",
        description="Import cases from a CSV or XLSX file in the format of docs/import-format.md. "
        "The whole file is checked first; any problem means nothing is imported.",
    )
    add_db(p)
    p.add_argument("--file", required=True, type=Path, metavar="F", help="the CSV or XLSX file")
    p.add_argument(
        "--dry-run", action="store_true", help="check and count per client and year, import nothing"
    )
    p.add_argument(
        "--create-clients",
        action="store_true",
        help="create clients whose code is not yet in the vault (named after the code)",
    )
    add_passphrase_stdin(p)
    p.set_defaults(handler=import_command)

    p = subparsers.add_parser("export", help="export a client's caseload (or all) to CSV or XLSX")
    add_db(p)
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--client", metavar="CODE", help="the client's code")
    which.add_argument("--all", action="store_true", help="every client")
    p.add_argument("--out", required=True, type=Path, metavar="F", help="the file to write")
    p.add_argument(
        "--format", choices=caseload_io.FORMATS, help="csv or xlsx (default: from the file name)"
    )
    p.add_argument(
        "--with-identifying",
        action="store_true",
        help="include names, contact details, departments and notes",
    )
    p.add_argument(
        "--values",
        choices=("nl", "en", "codes"),
        default="nl",
        help="vocabulary values as Dutch or English labels, or as codes (default: nl)",
    )
    add_passphrase_stdin(p)
    p.set_defaults(handler=export_command)
