"""One process per vault: a second one (here the command line) is told so and changes nothing."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE, add_client_with_cases
from vp_desktop.services.casework import case_list
from vp_desktop.services.clients import clients
from vp_desktop.services.data_safety import backup
from vp_desktop.store import errors
from vp_desktop.store.vault import Vault

ROOT = Path(__file__).resolve().parents[2]


def _cli(*args: str, stdin: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "vp_desktop", *args, "--passphrase-stdin"],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=60,
    )


def _files(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


@pytest.fixture
def busy_vault(vault: Vault) -> Vault:
    """An open vault with a case that is due for destruction (something a second process could
    change)."""
    add_client_with_cases(vault, closed_long_ago=1)
    vault.checkpoint()
    return vault


@pytest.mark.parametrize(
    "command, stdin",
    [
        (("purge", "--due", "--yes"), PASSPHRASE + "\n"),
        (("rekey",), f"{PASSPHRASE}\nnieuwe lange wachtzin voor de kluis\n"),
        (("check",), PASSPHRASE + "\n"),
    ],
    ids=["purge", "rekey", "check"],
)
def test_a_second_process_is_refused_and_changes_nothing(
    busy_vault: Vault, vault_path: Path, command: tuple[str, ...], stdin: str
) -> None:
    before = _files(vault_path.parent)
    result = _cli(command[0], "--db", str(vault_path), *command[1:], stdin=stdin)
    assert result.returncode == 5
    assert result.stderr == (
        "vp-desktop: The vault is already open in another VP Desktop window or command.\n"
    )
    assert result.stdout == ""
    assert _files(vault_path.parent) == before
    with busy_vault.session() as s:
        client = clients.get_client_by_code(s, "ACME")
        case = case_list.list_cases(s, client.id)[0]
        assert not case.purged


@pytest.mark.real_kdf
def test_restore_onto_an_open_vault_is_refused(
    busy_vault: Vault, vault_path: Path, tmp_path: Path
) -> None:
    made = tmp_path / "backup.vpvault"
    # A backup is safe while the app holds the vault: the command reads a snapshot.
    result = _cli("backup", "--db", str(vault_path), "--out", str(made), stdin=PASSPHRASE)
    assert result.returncode == 0, result.stderr
    assert "snapshot" in result.stdout
    backup.make_backup(busy_vault, made, PASSPHRASE)
    before = _files(vault_path.parent)
    result = _cli("restore", "--backup", str(made), "--db", str(vault_path), stdin=PASSPHRASE)
    assert result.returncode == 5 and "already open" in result.stderr
    assert _files(vault_path.parent) == before


def test_the_same_process_cannot_open_it_twice_either(busy_vault: Vault, vault_path: Path) -> None:
    with pytest.raises(errors.VaultInUse):
        Vault.open(vault_path, PASSPHRASE)
    assert busy_vault.integrity_problems() == []


@pytest.mark.real_kdf
def test_once_closed_the_next_process_gets_in(busy_vault: Vault, vault_path: Path) -> None:
    busy_vault.close()
    result = _cli("check", "--db", str(vault_path), stdin=PASSPHRASE)
    assert result.returncode == 0, result.stderr
