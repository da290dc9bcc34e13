"""`vp-desktop`: with no subcommand it starts the app; subcommands work headless (no Qt).

Each command group lives in its own module with a `register(subparsers)` function; add new groups
to `COMMAND_MODULES`.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from vp_desktop import __version__

VAULT_SUFFIX = ".vpvault"
#: the subcommands, so that a vault file named like one is never mistaken for it
COMMAND_NAMES = frozenset(
    {"init", "demo", "check", "rekey", "report", "pe-report", "import", "export", "backup",
     "restore", "purge", "offboard", "case-file", "search"}
)  # fmt: skip

COMMAND_MODULES = (
    "vp_desktop.cli.vault_commands",
    "vp_desktop.cli.demo_command",
    "vp_desktop.cli.caseload_commands",
    "vp_desktop.cli.safety_commands",
    "vp_desktop.cli.pe_command",
    "vp_desktop.cli.report_command",
    "vp_desktop.cli.case_commands",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="vp-desktop",
        description="VP Desktop: the encrypted caseload of an external vertrouwenspersoon. "
        "Without a command the app starts.",
    )
    parser.add_argument("--version", action="version", version=f"VP Desktop {__version__}")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check offscreen that this installation works, then exit",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    if not (sys.argv[1:] if argv is None else argv):
        # The app itself: straight to the window, without loading every command's modules
        # (reportlab, openpyxl …) that the parser would import.
        return _run_gui()
    given = list(sys.argv[1:] if argv is None else argv)
    if len(given) == 1 and _is_vault_file(given[0]):
        return _run_gui(Path(given[0]))  # `vp-desktop PATH`, or a double-click on a vault
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.self_test:
        from vp_desktop.selftest import run_self_test

        return int(run_self_test())
    if args.command is None:
        return _run_gui()
    return int(args.handler(args))


def _is_vault_file(argument: str) -> bool:
    if argument.startswith("-") or argument in COMMAND_NAMES:
        return False
    return argument.endswith(VAULT_SUFFIX) or Path(argument).is_file()


def _run_gui(vault_path: Path | None = None) -> int:
    from vp_desktop.ui.app import run_app  # Qt is loaded only for the GUI

    return int(run_app(sys.argv[:1], vault_path))
