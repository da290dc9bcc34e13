"""`vp-desktop backup | restore | purge | offboard`: the data-safety commands, headless."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE, add_client_with_cases
from vp_desktop.cli import main
from vp_desktop.services.casework import cases
from vp_desktop.services.clients import clients
from vp_desktop.store.vault import Vault


def run(monkeypatch: pytest.MonkeyPatch, *args: str, stdin: str = PASSPHRASE + "\n") -> int:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    return main([*args, "--passphrase-stdin"])


def _cases(vault_path: Path) -> list[tuple[str | None, bool]]:
    with Vault.open(vault_path, PASSPHRASE) as vault, vault.session() as s:
        client = clients.get_client_by_code(s, "ACME")
        return [
            (cases.get_case(s, client.id, row.id).melder_name, row.purged)
            for row in cases.list_cases(s, client.id)
        ]


def test_backup_and_restore(
    vault: Vault, vault_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    add_client_with_cases(vault, still_open=2)
    vault.close()
    made = tmp_path / "backup.vpvault"
    assert run(monkeypatch, "backup", "--db", str(vault_path), "--out", str(made)) == 0
    out = capsys.readouterr().out
    assert "1 clients, 2 cases" in out and "passed the integrity check" in out

    assert run(monkeypatch, "restore", "--backup", str(made), "--db", str(vault_path)) == 0
    out = capsys.readouterr().out
    assert "Backup verified: 1 clients, 2 cases (2 open)" in out
    assert ".replaced-" in out and "delete it yourself" in out
    assert len(_cases(vault_path)) == 2


def test_backup_and_restore_failures_have_one_line_and_a_code(
    vault: Vault, vault_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    vault.close()
    made = tmp_path / "backup.vpvault"
    args = ("backup", "--db", str(vault_path), "--out", str(made))
    assert run(monkeypatch, *args, stdin="verkeerde wachtzin\n") == 3
    assert not made.exists()
    args = ("restore", "--backup", str(tmp_path / "weg.vpvault"), "--db", str(vault_path))
    assert run(monkeypatch, *args) == 4
    err = capsys.readouterr().err
    assert err.count("\n") == 2 and "backup file does not exist" in err


def test_purge_lists_first_and_destroys_only_with_yes(
    vault: Vault, vault_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    add_client_with_cases(vault, closed_long_ago=2, still_open=1)
    vault.close()
    assert run(monkeypatch, "purge", "--db", str(vault_path), "--due") == 0
    out = capsys.readouterr().out
    assert "ACME-" in out and "2 cases are due" in out and "--yes" in out
    assert sorted(_cases(vault_path), key=str) == [
        ("Iemand", False),
        ("Iemand", False),
        (None, False),
    ]

    assert run(monkeypatch, "purge", "--db", str(vault_path), "--due", "--yes") == 0
    assert "Destroyed the files of 2 cases" in capsys.readouterr().out
    assert sorted(_cases(vault_path), key=str) == [(None, False), (None, True), (None, True)]

    assert run(monkeypatch, "purge", "--db", str(vault_path), "--due") == 0
    assert "No case is due" in capsys.readouterr().out
    assert run(monkeypatch, "purge", "--db", str(vault_path)) == 6


def test_offboard_needs_the_code_twice(
    vault: Vault, vault_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    add_client_with_cases(vault, closed_long_ago=1, still_open=1)
    vault.close()
    out_dir = tmp_path / "uit"
    out_dir.mkdir()
    base = ("offboard", "--db", str(vault_path), "--client", "ACME", "--out", str(out_dir))
    assert run(monkeypatch, *base, "--confirm", "ACMEE") == 6
    assert "Type exactly the client's code (ACME)" in capsys.readouterr().err
    assert list(out_dir.iterdir()) == []

    assert run(monkeypatch, *base, "--confirm", "ACME") == 0
    out = capsys.readouterr().out
    assert "Deleted client ACME with its 2 cases" in out and "casussen-ACME.xlsx" in out
    with Vault.open(vault_path, PASSPHRASE) as opened, opened.session() as s:
        assert clients.list_clients(s) == []
    assert run(monkeypatch, *base, "--confirm", "ACME") == 6  # client not found any more
