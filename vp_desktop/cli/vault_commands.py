"""`init`, `check` and `rekey`."""

from __future__ import annotations

import argparse
from typing import Any

from vp_desktop.cli.common import (
    EXIT_FAILED,
    EXIT_OK,
    add_db,
    add_passphrase_stdin,
    command,
    open_vault,
    printable,
    source,
)
from vp_desktop.services.clients import clients
from vp_desktop.services.data_safety import vaults


@command
def init(args: argparse.Namespace) -> int:
    passphrases = source(args)
    passphrase = passphrases.read("New passphrase: ")
    repeated = passphrase if args.passphrase_stdin else passphrases.read("Repeat passphrase: ")
    vault = vaults.create_vault(args.db, passphrase, repeated)
    vault.close()
    print(f"Created vault {args.db}")
    print("Keep the passphrase safe: without it the vault cannot be opened, by anyone.")
    return EXIT_OK


@command
def check(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        problems = vault.integrity_problems(full=True)
        if problems:
            print(f"Integrity check FAILED ({len(problems)} problems).")
            print(
                "The vault is damaged. Do not keep working in it: restore the latest backup "
                "(vp-desktop restore --backup FILE --db VAULT). The damaged vault is kept aside."
            )
            return EXIT_FAILED
        with vault.session() as session:
            summaries = clients.list_clients(session)
    width = max([len(s.code) for s in summaries] + [6])
    print(f"{'client':<{width}}  open  total")
    for s in summaries:
        print(printable(f"{s.code:<{width}}  {s.open_cases:>4}  {s.total_cases:>5}"))
    print("Integrity check passed")
    return EXIT_OK


@command
def rekey(args: argparse.Namespace) -> int:
    passphrases = source(args)
    with open_vault(args) as vault:
        new = passphrases.read("New passphrase: ")
        repeated = new if args.passphrase_stdin else passphrases.read("Repeat new passphrase: ")
        vaults.change_passphrase(vault, new, repeated)
    print("Passphrase changed. The old passphrase no longer opens the vault.")
    return EXIT_OK


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("init", help="create a new, empty vault")
    add_db(p)
    add_passphrase_stdin(p)
    p.set_defaults(handler=init)

    p = subparsers.add_parser("check", help="open, run an integrity check, print counts")
    add_db(p)
    add_passphrase_stdin(p)
    p.set_defaults(handler=check)

    p = subparsers.add_parser("rekey", help="change the passphrase")
    add_db(p)
    add_passphrase_stdin(p, "the old passphrase and then the new one")
    p.set_defaults(handler=rekey)
