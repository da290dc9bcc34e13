"""`backup`, `restore`, `purge` and `offboard`: keeping the adviser's files safe, and letting go."""

from __future__ import annotations

import argparse
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
    source,
)
from vp_desktop.services.data_safety import backup, restore_recovery, retention
from vp_desktop.store.errors import VaultInUse
from vp_desktop.store.vault import Vault


@command
def make_backup(args: argparse.Namespace) -> int:
    passphrase = source(args).read("Passphrase: ")
    try:
        with Vault.open(args.db, passphrase) as vault:
            report = backup.make_backup(vault, args.out, passphrase)
    except VaultInUse:
        # The app has the vault open: a read-only snapshot is safe while it works.
        report = backup.make_backup_from_file(args.db, args.out, passphrase)
        print("VP Desktop has the vault open: the backup was read from a snapshot.")
    tables = report.row_counts
    print(
        f"Backup written to {report.path} ({report.size // 1024} kB): "
        f"{tables.get('clients', 0)} clients, {tables.get('cases', 0)} cases. "
        "It opened with the passphrase and passed the integrity check."
    )
    return EXIT_OK


@command
def restore(args: argparse.Namespace) -> int:
    if args.finish:
        aside = restore_recovery.finish_interrupted_restore(args.db)
        print(f"The interrupted restore is finished; the vault it replaced is kept as {aside}.")
        return EXIT_OK
    if args.undo:
        restore_recovery.undo_interrupted_restore(args.db)
        print("The interrupted restore is undone; the vault is back as it was before.")
        return EXIT_OK
    if args.backup is None:
        raise CommandFailed("say which backup to restore: --backup FILE", EXIT_USAGE)
    passphrase = source(args).read("Passphrase of the backup: ")
    with backup.prepare_restore(args.backup, args.db, passphrase) as prepared:
        summary = prepared.summary
        print(
            f"Backup verified: {summary.clients} clients, {summary.cases} cases "
            f"({summary.open_cases} open), file dated {summary.file_time:%d-%m-%Y %H:%M}."
        )
        if summary.migrated:
            print("The backup was made by an older version; its copy was brought up to date.")
        report = prepared.commit()
    print(f"Restored into {report.vault_path}.")
    if report.replaced_path is not None:
        print(
            f"The vault it replaced is kept as {report.replaced_path}; "
            "delete it yourself once you no longer need it."
        )
    return EXIT_OK


@command
def purge(args: argparse.Namespace) -> int:
    if not args.due:
        raise CommandFailed("say which cases to purge: --due", EXIT_INVALID)
    passphrase = source(args).read("Passphrase: ")
    with Vault.open(args.db, passphrase) as vault:
        with vault.session() as session:
            due = retention.due_for_destruction(session)
        if not due:
            print("No case is due for destruction.")
            return EXIT_OK
        print(f"{'case':<20} {'closed':<10}  destroy by")
        for case in due:
            print(f"{case.number:<20} {case.closed_on:%d-%m-%Y}  {case.destroy_by:%d-%m-%Y}")
        if not args.yes:
            print(f"{len(due)} cases are due. Run again with --yes to destroy their files.")
            return EXIT_OK
        result = retention.purge_due(vault)
    print(
        f"Destroyed the files of {result.count} cases; "
        "their anonymous records are kept for the annual reports."
    )
    if result.wipe_pending is not None:
        print(result.wipe_pending.reason)
    return EXIT_OK


@command
def offboard(args: argparse.Namespace) -> int:
    from vp_desktop.services.clients import clients
    from vp_desktop.services.data_safety import offboarding  # reports load only for this command

    passphrase = source(args).read("Passphrase: ")
    with Vault.open(args.db, passphrase) as vault:
        with vault.session() as session:
            client_id = clients.get_client_by_code(session, args.client).id
        result = offboarding.offboard_client(vault, client_id, args.out, args.confirm)
    print(f"Exported {len(result.export.files)} files to {result.export.folder}:")
    for path in result.export.files:
        print(f"  {path.name}")
    if result.wipe_pending is None:
        print(
            f"Deleted client {result.client_code} with its {result.deleted_cases} cases; "
            "the vault was rewritten so nothing of it remains."
        )
    else:
        print(f"Deleted client {result.client_code} with its {result.deleted_cases} cases.")
        print(result.wipe_pending.reason)
    return EXIT_OK


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("backup", help="write a verified, encrypted backup of the vault")
    add_db(p)
    p.add_argument("--out", required=True, type=Path, metavar="FILE", help="the backup file")
    add_passphrase_stdin(p)
    p.set_defaults(handler=make_backup)

    p = subparsers.add_parser(
        "restore", help="verify a backup and let it replace the vault (the old one is kept aside)"
    )
    p.add_argument("--backup", type=Path, metavar="FILE", help="the backup file")
    add_db(p)
    add_passphrase_stdin(p)
    after_a_crash = p.add_mutually_exclusive_group()
    after_a_crash.add_argument(
        "--finish", action="store_true", help="finish a restore that was interrupted"
    )
    after_a_crash.add_argument(
        "--undo", action="store_true", help="undo a restore that was interrupted"
    )
    p.set_defaults(handler=restore)

    p = subparsers.add_parser("purge", help="list or destroy case files due for destruction")
    add_db(p)
    p.add_argument("--due", action="store_true", help="the cases whose destroy-by date has come")
    p.add_argument("--yes", action="store_true", help="destroy them (without it: only list)")
    add_passphrase_stdin(p)
    p.set_defaults(handler=purge)

    p = subparsers.add_parser(
        "offboard", help="export everything of a client to a folder, then delete the client"
    )
    add_db(p)
    p.add_argument("--client", required=True, metavar="CODE", help="the client's code")
    p.add_argument("--out", required=True, type=Path, metavar="DIR", help="folder for the export")
    p.add_argument(
        "--confirm", required=True, metavar="CODE", help="the client's code again, to confirm"
    )
    add_passphrase_stdin(p)
    p.set_defaults(handler=offboard)
