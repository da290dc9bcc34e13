"""`demo`: a fictional practice to explore the app with."""

from __future__ import annotations

import argparse
from typing import Any

from vp_desktop.cli.common import EXIT_OK, add_db, add_passphrase_stdin, command, source


@command
def demo(args: argparse.Namespace) -> int:
    from vp_desktop.services.demo.practice_vault import DemoSpec, create_demo_vault

    passphrases = source(args)
    passphrase = passphrases.read("New passphrase: ")
    repeated = passphrase if args.passphrase_stdin else passphrases.read("Repeat passphrase: ")
    spec = DemoSpec(seed=args.seed, clients=args.clients, cases=args.cases)
    summary = create_demo_vault(args.db, passphrase, spec, repeated=repeated)
    print(f"Created demo vault {args.db}: {summary}")
    return EXIT_OK


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("demo", help="create a vault with a fictional demo practice")
    add_db(p)
    add_passphrase_stdin(p)
    p.add_argument("--seed", type=int, default=2026, help="same seed, same practice")
    p.add_argument("--clients", type=int, default=6, help="number of client organisations")
    p.add_argument(
        "--cases",
        type=int,
        default=None,
        help="total number of cases (default: realistic for each client's size)",
    )
    p.set_defaults(handler=demo)
