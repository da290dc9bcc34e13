"""`signals`: the signals of one client's cases, as the Signalen section shows them.

For the adviser's own eyes: the output names references to persons complained about and
departments, so it goes to the terminal (or a pipe the adviser chose), never to a log.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
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
from vp_desktop.services.clients.clients import get_client_by_code
from vp_desktop.services.signals import SignalsOverview, client_signals
from vp_desktop.services.signals.wording import date_text, describe, kind_name

FIRST_YEAR, LAST_YEAR = 1990, 2100


def as_json(overview: SignalsOverview, lang: Lang) -> str:
    signals: list[dict[str, Any]] = []
    for signal in overview.signals:
        text = describe(signal, overview.year, lang)
        signals.append(
            {
                "kind": signal.kind.value,
                "subject_type": signal.subject_type.value,
                "subject": signal.subject,
                "count": signal.count,
                "earlier_average": signal.earlier,
                "case_numbers": list(signal.case_numbers),
                "title": text.title,
                "detail": text.detail,
            }
        )
    return json.dumps(
        {
            "client": overview.client_code,
            "year": overview.year,
            "rie_on": overview.rie_on.isoformat() if overview.rie_on else None,
            "mto_on": overview.mto_on.isoformat() if overview.mto_on else None,
            "signals": signals,
        },
        ensure_ascii=False,
        indent=2,
    )


def as_text(overview: SignalsOverview, lang: Lang) -> str:
    nl = lang == "nl"
    lines = [f"{overview.client_code} {overview.year}"]
    for label, day in (("RI&E", overview.rie_on), ("MTO", overview.mto_on)):
        none = "niet vastgelegd" if nl else "not recorded"
        lines.append(f"{label}: {date_text(day) if day else none}")
    if not overview.signals:
        lines.append("Geen signalen." if nl else "No signals.")
    for signal in overview.signals:
        text = describe(signal, overview.year, lang)
        lines += ["", f"[{kind_name(signal.kind, lang)}] {text.title}", f"  {text.detail}"]
        lines += [f"  - {line}" for line in text.case_lines]
    return "\n".join(lines)


@command
def signals(args: argparse.Namespace) -> int:
    year = args.year or dt.date.today().year
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise CommandFailed(f"year must be between {FIRST_YEAR} and {LAST_YEAR}", EXIT_USAGE)
    lang: Lang = "en" if args.lang == "en" else "nl"
    with open_vault(args) as vault, vault.session() as session:
        client = get_client_by_code(session, args.client)
        overview = client_signals(session, client.id, year)
    print(as_json(overview, lang) if args.format == "json" else as_text(overview, lang))
    return EXIT_OK


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "signals",
        help="print the signals of a client's cases: repeated references, hotspots, changes",
    )
    add_db(p)
    p.add_argument("--client", required=True, metavar="CODE", help="the client's short code")
    p.add_argument("--year", type=int, metavar="YYYY", help="default: the current year")
    p.add_argument("--format", choices=("text", "json"), default="text", help="default: text")
    p.add_argument("--lang", choices=("nl", "en"), default="nl", help="default: nl")
    add_passphrase_stdin(p)
    p.set_defaults(handler=signals)
