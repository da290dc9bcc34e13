"""`report`: one client's anonymised annual report as PDF, json or csv."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from vp_desktop.cli.common import (
    EXIT_OK,
    EXIT_USAGE,
    CommandFailed,
    add_db,
    add_passphrase_stdin,
    command,
    open_vault,
)
from vp_desktop.domain.vocab import Lang
from vp_desktop.reports.data import AnnualReport
from vp_desktop.reports.formats import to_csv, to_json
from vp_desktop.reports.pdf import render_annual_report
from vp_desktop.services import audit, report_texts
from vp_desktop.services.annual_report.build import build_annual_report
from vp_desktop.services.clients import get_client_by_code
from vp_desktop.services.safe_files import write_private_file

FORMATS = ("pdf", "json", "csv")
FIRST_YEAR, LAST_YEAR = 1990, 2100


def render(report: AnnualReport, fmt: str) -> bytes:
    if fmt == "json":
        return to_json(report)
    if fmt == "csv":
        return to_csv(report)
    return render_annual_report(report)


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
            annual = build_annual_report(session, client_id, args.year, lang=lang)
            texts = report_texts.get_texts(session, client_id, args.year)
            hits = report_texts.find_identifiers(session, client_id, texts)
        data = render(annual, args.format)
        write_private_file(out, data)
        with vault.transaction() as session:
            audit.record(
                session, "report_exported", client_code=code, detail=f"{args.year} {args.format}"
            )
    if hits and args.format == "pdf":
        # The words themselves stay off the terminal (its scrollback and logs are not private).
        print(
            f"vp-desktop: warning: {len(hits)} place(s) in the report texts match identifying "
            "data of cases; check the texts in the app before handing the report over",
            file=sys.stderr,
        )
    print(f"Wrote the {args.year} annual report of {code} to {out}")
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
    add_passphrase_stdin(p)
    p.set_defaults(handler=report)
