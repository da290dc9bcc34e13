"""The headless command line: exit codes and one-line reasons, passphrases only from stdin or a
hidden prompt."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from vp_desktop import __version__
from vp_desktop.cli import main
from vp_desktop.store.vault import Vault


def run(monkeypatch: pytest.MonkeyPatch, *args: str, stdin: str = "") -> int:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    return main([*args])


def test_init_check_rekey_cycle(tmp_path: Path, monkeypatch, capsys):
    db = str(tmp_path / "v.vpvault")
    assert run(monkeypatch, "init", "--db", db, "--passphrase-stdin", stdin=PASSPHRASE + "\n") == 0
    assert "Created vault" in capsys.readouterr().out

    assert run(monkeypatch, "check", "--db", db, "--passphrase-stdin", stdin=PASSPHRASE) == 0
    assert "Integrity check passed" in capsys.readouterr().out

    new = "een andere lange wachtzin voor de kluis"
    assert (
        run(monkeypatch, "rekey", "--db", db, "--passphrase-stdin", stdin=f"{PASSPHRASE}\n{new}\n")
        == 0
    )
    capsys.readouterr()
    assert run(monkeypatch, "check", "--db", db, "--passphrase-stdin", stdin=PASSPHRASE) == 3
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "passphrase is wrong" in err
    assert run(monkeypatch, "check", "--db", db, "--passphrase-stdin", stdin=new) == 0


def test_check_prints_counts_per_client(vault: Vault, vault_path: Path, monkeypatch, capsys):
    import datetime as dt

    from vp_desktop.services.casework import cases
    from vp_desktop.services.clients import clients

    with vault.transaction() as s:
        client = clients.create_client(s, clients.ClientData(code="ACME", name="Acme"))
        for _ in range(3):
            cases.create_case(
                s,
                client.id,
                cases.CaseData(
                    opened_on=dt.date(2026, 1, 1), track="integrity", categories=["fraud"]
                ),
            )
    vault.close()
    assert (
        run(monkeypatch, "check", "--db", str(vault_path), "--passphrase-stdin", stdin=PASSPHRASE)
        == 0
    )
    lines = capsys.readouterr().out.splitlines()
    assert any(line.split() == ["ACME", "3", "3"] for line in lines)


def test_weak_passphrase_refused_on_init(tmp_path: Path, monkeypatch, capsys):
    db = tmp_path / "v.vpvault"
    assert run(monkeypatch, "init", "--db", str(db), "--passphrase-stdin", stdin="kort\n") == 6
    assert "12 characters" in capsys.readouterr().err
    assert not db.exists()


@pytest.mark.parametrize(("content", "code"), [(b"not a vault at all" * 300, 4), (b"", 4)])
def test_bad_files_give_exit_codes(tmp_path: Path, monkeypatch, capsys, content, code):
    db = tmp_path / "x.vpvault"
    db.write_bytes(content)
    assert (
        run(monkeypatch, "check", "--db", str(db), "--passphrase-stdin", stdin=PASSPHRASE) == code
    )
    assert capsys.readouterr().err.startswith("vp-desktop: ")
    assert db.read_bytes() == content


def test_missing_vault_and_missing_stdin(tmp_path: Path, monkeypatch, capsys):
    db = str(tmp_path / "none.vpvault")
    assert run(monkeypatch, "check", "--db", db, "--passphrase-stdin", stdin=PASSPHRASE) == 4
    assert run(monkeypatch, "check", "--db", db, "--passphrase-stdin", stdin="") == 2


def test_vault_in_use_exit_code(vault: Vault, vault_path: Path, monkeypatch, capsys):
    assert (
        run(monkeypatch, "check", "--db", str(vault_path), "--passphrase-stdin", stdin=PASSPHRASE)
        == 5
    )
    assert "already open" in capsys.readouterr().err


def test_version_and_module_entry_point():
    out = subprocess.run(
        [sys.executable, "-m", "vp_desktop", "--version"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert out.strip() == f"VP Desktop {__version__}"


def test_passphrase_never_on_the_command_line():
    from vp_desktop.cli import build_parser

    parser = build_parser()
    for action in parser._subparsers._group_actions:  # type: ignore[union-attr]
        for sub in action.choices.values():
            options = {o for a in sub._actions for o in a.option_strings}
            assert not {o for o in options if "passphrase" in o} - {"--passphrase-stdin"}


def test_the_command_table_names_the_module_of_every_command():
    import argparse
    import importlib

    from vp_desktop.cli import COMMANDS

    registered = {}
    for module in dict.fromkeys(COMMANDS.values()):
        sub = argparse.ArgumentParser().add_subparsers()
        importlib.import_module(f"vp_desktop.cli.{module}").register(sub)
        registered.update(dict.fromkeys(sub.choices, module))
    assert registered == COMMANDS


def test_a_command_loads_only_what_it_needs():
    code = (
        "import sys\n"
        "from vp_desktop.cli import build_parser\n"
        "build_parser(sys.argv[1:])\n"
        "heavy = ('reportlab', 'openpyxl', 'highspy', 'numpy')\n"
        "print(sorted(m for m in heavy if m in sys.modules))\n"
    )

    def loaded(*argv: str) -> str:
        run = subprocess.run(
            [sys.executable, "-c", code, *argv], capture_output=True, text=True, check=True
        )
        return run.stdout.strip()

    assert "reportlab" not in loaded("import", "--db", "x.vpvault")
    assert "openpyxl" not in loaded("report", "--db", "x.vpvault")
    assert "highspy" not in loaded("pe-report", "--db", "x.vpvault")
