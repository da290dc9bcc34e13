"""What every command shares: reading the passphrase, opening the vault, exit codes."""

from __future__ import annotations

import argparse
import getpass
import re
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlcipher3
from sqlalchemy.exc import DBAPIError

from vp_desktop.services.errors import NotFound, ValidationError
from vp_desktop.store.errors import (
    NewerSchema,
    NotAVault,
    VaultCorrupt,
    VaultError,
    VaultInUse,
    VaultMissing,
    WrongPassphrase,
    classify,
)
from vp_desktop.store.vault import Vault

# Exit codes: 0 success; 1 failed or unhealthy; 2 usage; 3 wrong passphrase; 4 not a vault, damaged
# or newer; 5 in use; 6 invalid input.
EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_PASSPHRASE, EXIT_BAD_VAULT, EXIT_IN_USE, EXIT_INVALID = (
    0,
    1,
    2,
    3,
    4,
    5,
    6,
)


class CommandFailed(Exception):
    def __init__(self, reason: str, code: int = EXIT_FAILED) -> None:
        super().__init__(reason)
        self.code = code


def exit_code_for(error: VaultError) -> int:
    if isinstance(error, WrongPassphrase):
        return EXIT_PASSPHRASE
    if isinstance(error, NotAVault | VaultCorrupt | NewerSchema | VaultMissing):
        return EXIT_BAD_VAULT
    if isinstance(error, VaultInUse):
        return EXIT_IN_USE
    return EXIT_FAILED


def add_db(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", required=True, type=Path, metavar="PATH", help="the vault file")


def add_passphrase_stdin(parser: argparse.ArgumentParser, what: str = "the passphrase") -> None:
    parser.add_argument(
        "--passphrase-stdin",
        action="store_true",
        help=f"read {what} from standard input (one per line) instead of a hidden prompt",
    )


class PassphraseSource:
    """Hidden prompts, or successive lines of standard input. Never an argument or variable."""

    def __init__(self, from_stdin: bool) -> None:
        self.from_stdin = from_stdin

    def read(self, prompt: str) -> str:
        if self.from_stdin:
            line = sys.stdin.readline()
            if not line:
                raise CommandFailed("no passphrase on standard input", EXIT_USAGE)
            return line.rstrip("\r\n")
        try:
            return getpass.getpass(prompt)
        except (EOFError, KeyboardInterrupt):
            raise CommandFailed("no passphrase given", EXIT_USAGE) from None


def source(args: argparse.Namespace) -> PassphraseSource:
    return PassphraseSource(bool(getattr(args, "passphrase_stdin", False)))


@contextmanager
def open_vault(args: argparse.Namespace) -> Iterator[Vault]:
    passphrase = source(args).read("Passphrase: ")
    vault = Vault.open(args.db, passphrase)
    try:
        yield vault
    finally:
        vault.close()


_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    """`text` with control characters (terminal escape codes, bidi overrides) shown as escapes,
    so a value from a file cannot move the cursor, recolour or rewrite the terminal."""
    return _UNPRINTABLE.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


def fail(reason: str) -> None:
    print(f"vp-desktop: {printable(reason)}", file=sys.stderr)


def command(func: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
    """Turn every known failure into a one-line reason on stderr and an exit code."""

    def run(args: argparse.Namespace) -> int:
        try:
            return func(args)
        except VaultError as exc:
            fail(exc.reason)
            return exit_code_for(exc)
        except (DBAPIError, sqlcipher3.Error) as exc:  # a driver error no use case typed
            error = classify(exc)
            if isinstance(error, VaultCorrupt):
                error = VaultCorrupt(
                    "The vault is damaged (a page could not be read). Restore the latest backup."
                )
            fail(error.reason)
            return exit_code_for(error)
        except ValidationError as exc:
            fail(exc.describe("en").replace("\n", " "))
            return EXIT_INVALID
        except NotFound as exc:
            fail(f"{exc.what.replace('_', ' ')} not found")
            return EXIT_INVALID
        except CommandFailed as exc:
            fail(str(exc))
            return exc.code
        except OSError as exc:
            fail(f"{exc.strerror or exc} ({getattr(exc, 'filename', '') or ''})".strip())
            return EXIT_FAILED

    return run
