"""`case-file` and `search`: one case's file for its melder, and finding cases by the people in
them. Search prints case numbers and where the text was found, never the text itself."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from vp_desktop.cli.common import (
    EXIT_FAILED,
    EXIT_OK,
    add_db,
    add_passphrase_stdin,
    command,
    open_vault,
)
from vp_desktop.services.casework import lookup, melder_file, people_search

#: How the command line names the fields a hit was found in.
FIELD_WORDS = {
    "melder_name": "melder's name",
    "melder_alias": "alias",
    "department": "department",
    "others_involved": "others involved",
    "notes": "notes",
}


@command
def case_file(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        with vault.session() as session:
            client_id, case_id = lookup.find_case(session, args.case)
        path = melder_file.export_melder_file(vault, client_id, case_id, args.out, lang=args.lang)
    print(f"The file of case {args.case.strip().upper()} was written to {path}.")
    return EXIT_OK


@command
def search(args: argparse.Namespace) -> int:
    with open_vault(args) as vault, vault.session() as session:
        hits = people_search.search_people(session, " ".join(args.text))
    if not hits:
        print("No case found.")
        return EXIT_FAILED
    for hit in hits:
        where = ", ".join(FIELD_WORDS[f] for f in hit.fields)
        print(f"{hit.number:<20} {hit.client_code:<10} {where}")
    print(f"{len(hits)} {'case' if len(hits) == 1 else 'cases'} found.")
    return EXIT_OK


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "case-file", help="write one case's file as a PDF for its melder (access request)"
    )
    add_db(p)
    p.add_argument("--case", required=True, metavar="NUMBER", help="e.g. ACME-2026-004")
    p.add_argument("--out", required=True, type=Path, metavar="FILE", help="the PDF to write")
    p.add_argument("--lang", choices=("nl", "en"), default="nl", help="language of the file")
    add_passphrase_stdin(p)
    p.set_defaults(handler=case_file)

    p = subparsers.add_parser(
        "search",
        help="find cases by melder name, alias, department, others involved or notes "
        "(prints case numbers and where, never the text)",
    )
    add_db(p)
    p.add_argument("text", nargs="+", metavar="TEXT", help="the words to look for")
    add_passphrase_stdin(p)
    p.set_defaults(handler=search)
