"""`vp-desktop`: with no subcommand it starts the app; subcommands work headless (no Qt).

Each command group lives in its own module with a `register(subparsers)` function; `COMMANDS`
says which module holds which command, so a command loads only its own module (a report does not
import the spreadsheet reader, an import does not import reportlab). Help without a command
loads them all.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from pathlib import Path

from vp_desktop import __version__, logs
from vp_desktop.services.data_safety.startup import prepare_process

VAULT_SUFFIX = ".vpvault"

#: command name -> the module (in vp_desktop.cli) that registers it, in the order help lists them
COMMANDS = {
    "init": "vault_commands",
    "check": "vault_commands",
    "rekey": "vault_commands",
    "demo": "demo_command",
    "import": "caseload_commands",
    "export": "caseload_commands",
    "backup": "safety_commands",
    "restore": "safety_commands",
    "purge": "safety_commands",
    "offboard": "safety_commands",
    "pe-report": "pe_command",
    "pe-import": "pe_command",
    "pe-dossier": "pe_command",
    "report": "report_command",
    "signals": "signals_command",
    "case-file": "case_commands",
    "search": "case_commands",
}


def _chosen_command(argv: Sequence[str]) -> str | None:
    """The command named on the line (the first word that is not an option), if it is one."""
    for word in argv:
        if not word.startswith("-"):
            return word if word in COMMANDS else None
    return None


def command_modules(argv: Sequence[str] = ()) -> list[str]:
    """The modules to load for this command line: the chosen command's, or all for help."""
    chosen = _chosen_command(argv)
    names = [COMMANDS[chosen]] if chosen else list(dict.fromkeys(COMMANDS.values()))
    return [f"vp_desktop.cli.{name}" for name in names]


def build_parser(argv: Sequence[str] = ()) -> argparse.ArgumentParser:
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
    for name in command_modules(argv):
        importlib.import_module(name).register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    logs.configure_terminal()
    prepare_process()
    words = list(sys.argv[1:] if argv is None else argv)
    if not words:
        # The app itself: straight to the window, without loading any command's modules.
        return _run_gui()
    if len(words) == 1 and _is_vault_file(words[0]):
        return _run_gui(Path(words[0]))  # `vp-desktop PATH`, or a double-click on a vault
    parser = build_parser(words)
    args = parser.parse_args(words)
    if args.self_test:
        from vp_desktop.selftest import run_self_test

        return int(run_self_test())
    if args.command is None:
        return _run_gui()
    return int(args.handler(args))


def _is_vault_file(argument: str) -> bool:
    if argument.startswith("-") or argument in COMMANDS:
        return False
    return argument.endswith(VAULT_SUFFIX) or Path(argument).is_file()


def _run_gui(vault_path: Path | None = None) -> int:
    from vp_desktop.ui.app import run_app  # Qt is loaded only for the GUI

    logs.configure_file()
    return int(run_app(sys.argv[:1], vault_path))
