"""`report`: one client's anonymised annual report as PDF, json or csv.

The export is recorded in the vault as issued (`services.annual_report.export`). Report texts
that match identifying data of cases stop the export unless `--accept-identifier-warnings` is
given; re-issuing a year whose figures changed lists what changes first.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from vp_desktop.cli.common import (
    EXIT_FAILED,
    EXIT_OK,
    EXIT_USAGE,
    CommandFailed,
    add_db,
    add_passphrase_stdin,
    command,
    open_vault,
)
from vp_desktop.domain.vocab import Lang
from vp_desktop.services.annual_report.build import build_annual_report
from vp_desktop.services.annual_report.export import (
    FORMATS,
    IdentifierWarnings,
    export_annual_report,
    reissue_changes,
)
from vp_desktop.services.clients.clients import get_client_by_code

FIRST_YEAR, LAST_YEAR = 1990, 2100


@command
def report(args: argparse.Namespace) -> int:
    if not FIRST_YEAR <= args.year <= LAST_YEAR:
        raise CommandFailed(f"year must be between {FIRST_YEAR} and {LAST_YEAR}", EXIT_USAGE)
    lang: Lang = "en" if args.lang == "en" else "nl"
    out = Path(args.out)
    with open_vault(args) as vault:
        with vault.session() as session:
            client = get_client_by_code(session, args.client)
            client_id, code = client.id, client.code
            # Built once: what a re-issue changes is shown from the very report then written.
            built = build_annual_report(session, client_id, args.year, lang=lang)
            changes = reissue_changes(session, client_id, args.year, lang, report=built)
        if changes:
            print(
                f"vp-desktop: {args.year} was issued before; this export prints "
                f"{len(changes)} thing(s) differently (a breakdown that changed is left out; "
                "everything is protected together with the earlier issue):",
                file=sys.stderr,
            )
            for change in changes:
                where = f"{change.table}/{change.code}" if change.code else change.table
                print(f"  {where}: {change.before} -> {change.after}", file=sys.stderr)
        try:
            with vault.transaction() as session:
                result = export_annual_report(
                    session, client_id, args.year, out, args.format, lang=lang,
                    accept_identifier_warnings=args.accept_identifier_warnings, report=built,
                )  # fmt: skip
        except IdentifierWarnings as warning:
            # The words themselves stay off the terminal (its scrollback and logs are not
            # private).
            raise CommandFailed(
                f"{len(warning.hits)} place(s) in the report texts match identifying data of "
                "cases; check the texts in the app, or pass --accept-identifier-warnings to "
                "write the report anyway",
                EXIT_FAILED,
            ) from None
    if result.identifier_hits:
        print(
            f"vp-desktop: warning: {result.identifier_hits} place(s) in the report texts match "
            "identifying data of cases (accepted with --accept-identifier-warnings)",
            file=sys.stderr,
        )
    print(f"Wrote the {args.year} annual report of {code} to {out} (recorded as issued)")
    return EXIT_OK


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "report", help="write a client's anonymised annual report (pdf, json or csv)"
    )
    add_db(p)
    p.add_argument("--client", required=True, metavar="CODE", help="the client's short code")
    p.add_argument("--year", required=True, type=int, metavar="YYYY", help="the calendar year")
    p.add_argument("--out", required=True, type=Path, metavar="FILE", help="the file to write")
    p.add_argument("--format", choices=FORMATS, default="pdf", help="default: pdf")
    p.add_argument("--lang", choices=("nl", "en"), default="nl", help="default: nl")
    p.add_argument(
        "--accept-identifier-warnings",
        action="store_true",
        help="write the report even though its texts match identifying data of cases",
    )
    add_passphrase_stdin(p)
    p.set_defaults(handler=report)
