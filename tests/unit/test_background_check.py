"""The integrity check due at unlock runs in the background in the app: the unlock does not wait
for it, and damage it finds blocks every later write with the advice to restore a backup."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE, add_client_with_cases
from vp_desktop.services.clients import clients
from vp_desktop.store import errors, integrity
from vp_desktop.store.vault import PAGE_SIZE, Vault


def _damage_second_half(path: Path) -> None:
    """Zero the ciphertext of one page that opening the vault does not read (tried from the end
    of the file): only a check that reads every page finds the damage."""
    original = path.read_bytes()
    deferring = Vault.defer_integrity_checks
    Vault.defer_integrity_checks = True  # the probe must not run the check itself
    try:
        _damage_one_page(path, original)
    finally:
        Vault.defer_integrity_checks = deferring


def _damage_one_page(path: Path, original: bytes) -> None:
    for page in range(len(original) // PAGE_SIZE - 1, 1, -1):
        data = bytearray(original)
        start = page * PAGE_SIZE + 100
        data[start : start + 200] = bytes(200)
        path.write_bytes(bytes(data))
        try:
            with Vault.open(path, PASSPHRASE, remember_check=False) as probe:
                if integrity.read_only_quick_check(path, probe.key_in_use):
                    continue  # a free page: nobody reads it
            return
        except errors.VaultCorrupt:
            continue
        finally:
            for suffix in ("-wal", "-shm"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
    raise AssertionError("no page could be damaged without breaking the open")


@pytest.fixture
def deferred(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The app's setting; returns the calls of the at-unlock check (there must be none)."""
    monkeypatch.setattr(Vault, "defer_integrity_checks", True)
    calls: list[int] = []
    real = integrity.quick_check

    def counting(engine):  # type: ignore[no-untyped-def]
        calls.append(1)
        real(engine)

    monkeypatch.setattr(integrity, "quick_check", counting)
    return calls


def test_the_due_check_is_left_for_the_background(vault: Vault, vault_path: Path, deferred):  # type: ignore[no-untyped-def]
    add_client_with_cases(vault, still_open=3)
    vault.close()  # never checked yet: due
    with Vault.open(vault_path, PASSPHRASE) as opened:
        assert deferred == []
        assert opened.integrity_check_pending
        assert integrity.run_pending_check(opened)
        assert not opened.integrity_check_pending
    with Vault.open(vault_path, PASSPHRASE) as opened:  # recorded: not due again this week
        assert not opened.integrity_check_pending


def test_damage_found_in_the_background_blocks_writes(vault: Vault, vault_path: Path, deferred):  # type: ignore[no-untyped-def]
    add_client_with_cases(vault, closed_long_ago=5, still_open=30)
    vault.close()
    _damage_second_half(vault_path)
    with Vault.open(vault_path, PASSPHRASE) as opened:
        assert opened.integrity_check_pending
        assert not integrity.run_pending_check(opened)
        with pytest.raises(integrity.IntegrityCheckFailed) as raised, opened.transaction() as s:
            clients.create_client(s, clients.ClientData(code="NEW", name="Nieuw"))
        assert "restore the latest backup" in raised.value.reason


def test_the_command_line_still_checks_before_anything_else(vault: Vault, vault_path: Path):
    add_client_with_cases(vault, closed_long_ago=5, still_open=30)
    vault.close()
    _damage_second_half(vault_path)
    with pytest.raises(integrity.VaultCorrupt):
        Vault.open(vault_path, PASSPHRASE)
