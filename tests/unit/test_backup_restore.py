"""Backup and restore: an encrypted, verified copy while the vault is open; a restore that only
replaces the vault after the backup proved itself, keeping the replaced vault aside."""

from __future__ import annotations

import datetime as dt
import hashlib
import stat
from pathlib import Path

import pytest
import sqlcipher3
from sqlalchemy import func, select, text

from tests.conftest import PASSPHRASE
from tests.support.audit_log import audit_entries
from tests.support.restore_steps import restore_at_once
from vp_desktop.services import settings
from vp_desktop.services.casework import cases
from vp_desktop.services.clients import clients
from vp_desktop.services.data_safety import backup
from vp_desktop.store import errors
from vp_desktop.store.models import Case
from vp_desktop.store.vault import PAGE_SIZE, Vault

CANARY = "qxbackupcanary"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _add_case(vault: Vault, code: str = "ACME", notes: str = CANARY) -> None:
    with vault.transaction() as s:
        try:
            client = clients.get_client_by_code(s, code)
        except Exception:
            client = clients.create_client(s, clients.ClientData(code=code, name=f"{code} BV"))
        cases.create_case(
            s,
            client.id,
            cases.CaseData(
                opened_on=dt.date(2026, 1, 5), track="integrity", categories=["fraud"], notes=notes
            ),
        )


def _case_count(path: Path) -> int:
    with Vault.open(path, PASSPHRASE) as opened, opened.session() as s:
        return s.scalar(select(func.count()).select_from(Case)) or 0


@pytest.fixture
def usb(tmp_path: Path) -> Path:
    folder = tmp_path / "usb"
    folder.mkdir()
    return folder


# -- backup -----------------------------------------------------------------------------------


def test_backup_is_encrypted_private_verified_and_recorded(vault: Vault, usb: Path) -> None:
    _add_case(vault)
    target = usb / "praktijk-backup.vpvault"
    report = backup.make_backup(vault, target, PASSPHRASE, now=dt.datetime(2026, 6, 1, 12, 0))

    assert sorted(p.name for p in usb.iterdir()) == ["praktijk-backup.vpvault"]
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    raw = target.read_bytes()
    assert CANARY.encode() not in raw and not raw.startswith(b"SQLite format 3")
    assert report.row_counts["cases"] == 1 and report.size == len(raw)
    with vault.session() as s:
        assert settings.load(s).last_backup_at == dt.datetime(2026, 6, 1, 12, 0)
        entry = audit_entries(s)[0]
        assert (entry.action, entry.detail) == ("backup_made", "praktijk-backup.vpvault")
    vault.close()
    assert _case_count(target) == 1


def test_backup_replaces_an_older_backup_of_the_same_name(vault: Vault, usb: Path) -> None:
    target = usb / "backup.vpvault"
    backup.make_backup(vault, target, PASSPHRASE)
    _add_case(vault)
    backup.make_backup(vault, target, PASSPHRASE)
    vault.close()
    assert _case_count(target) == 1


def test_wrong_passphrase_keeps_no_backup_and_leaves_the_old_one(vault: Vault, usb: Path) -> None:
    target = usb / "backup.vpvault"
    target.write_bytes(b"older backup")
    with pytest.raises(errors.WrongPassphrase):
        backup.make_backup(vault, target, "not the passphrase at all")
    assert target.read_bytes() == b"older backup"
    assert sorted(p.name for p in usb.iterdir()) == ["backup.vpvault"]
    with vault.session() as s:
        assert settings.load(s).last_backup_at is None


def test_backup_refuses_the_vault_itself_and_a_missing_folder(vault: Vault, tmp_path: Path) -> None:
    with pytest.raises(backup.BackupTargetIsVault):
        backup.make_backup(vault, vault.path, PASSPHRASE)
    with pytest.raises(errors.LocationUnwritable):
        backup.make_backup(vault, tmp_path / "gone" / "b.vpvault", PASSPHRASE)
    assert vault.integrity_problems() == []


def test_a_copy_that_does_not_match_is_not_kept(
    vault: Vault, usb: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _add_case(vault)
    real_snapshot = backup._snapshot_into

    def snapshot_claiming_more(v: Vault, part: Path) -> dict[str, int]:
        counts = real_snapshot(v, part)
        return counts | {"cases": counts["cases"] + 1}

    monkeypatch.setattr(backup, "_snapshot_into", snapshot_claiming_more)
    with pytest.raises(backup.BackupMismatch):
        backup.make_backup(vault, usb / "b.vpvault", PASSPHRASE)
    assert list(usb.iterdir()) == []


def test_backup_keeps_up_with_writes_between_its_counts(
    vault: Vault, usb: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A save that lands while the copy is taken makes the backup try again, not fail."""
    calls = {"n": 0}
    real_counts = backup._row_counts

    def counts_with_a_save_in_between(raw: object) -> dict[str, int]:
        calls["n"] += 1
        if calls["n"] == 2:  # right after the first copy: another window saves a case
            _add_case(vault, notes="saved meanwhile")
        return real_counts(raw)

    monkeypatch.setattr(backup, "_row_counts", counts_with_a_save_in_between)
    report = backup.make_backup(vault, usb / "b.vpvault", PASSPHRASE)
    assert report.row_counts["cases"] == 1
    vault.close()
    assert _case_count(usb / "b.vpvault") == 1


# -- restore ----------------------------------------------------------------------------------


def test_restore_replaces_the_vault_and_keeps_the_old_one_aside(
    vault: Vault, vault_path: Path, usb: Path
) -> None:
    _add_case(vault)
    made = usb / "backup.vpvault"
    backup.make_backup(vault, made, PASSPHRASE)
    backup_digest = _digest(made)
    _add_case(vault, notes="after the backup")
    vault.close()

    report = restore_at_once(made, vault_path, PASSPHRASE)

    assert _digest(made) == backup_digest  # the backup itself is never written to
    assert report.summary.cases == 1 and report.summary.clients == 1
    assert report.summary.migrated is False
    assert report.replaced_path is not None and report.replaced_path.exists()
    assert backup.replaced_copies(vault_path) == [report.replaced_path]
    assert _case_count(vault_path) == 1
    assert _case_count(report.replaced_path) == 2
    with Vault.open(vault_path, PASSPHRASE) as restored, restored.session() as s:
        assert audit_entries(s)[0].action == "vault_restored"
    assert stat.S_IMODE(vault_path.stat().st_mode) == 0o600
    leftovers = [p.name for p in vault_path.parent.iterdir() if "restoring" in p.name]
    assert leftovers == []

    assert vault_path.exists()


def test_restore_onto_a_new_laptop_without_a_vault(vault: Vault, tmp_path: Path) -> None:
    _add_case(vault)
    made = tmp_path / "backup.vpvault"
    backup.make_backup(vault, made, PASSPHRASE)
    vault.close()
    new_home = tmp_path / "nieuw"
    new_home.mkdir()
    report = restore_at_once(made, new_home / "praktijk.vpvault", PASSPHRASE)
    assert report.replaced_path is None
    assert _case_count(new_home / "praktijk.vpvault") == 1


def _unchanged_after(vault_path: Path, action: object) -> None:
    before = _digest(vault_path)
    names = sorted(p.name for p in vault_path.parent.iterdir())
    with pytest.raises(errors.VaultError) as raised:
        action()  # type: ignore[operator]
    assert _digest(vault_path) == before
    assert sorted(p.name for p in vault_path.parent.iterdir()) == names
    raise raised.value


def test_restore_refuses_a_wrong_passphrase(vault: Vault, vault_path: Path, usb: Path) -> None:
    made = usb / "backup.vpvault"
    backup.make_backup(vault, made, PASSPHRASE)
    vault.close()
    with pytest.raises(errors.WrongPassphrase):
        _unchanged_after(vault_path, lambda: restore_at_once(made, vault_path, "verkeerd!"))


def test_restore_refuses_a_damaged_backup(vault: Vault, vault_path: Path, usb: Path) -> None:
    _add_case(vault)
    made = usb / "backup.vpvault"
    backup.make_backup(vault, made, PASSPHRASE)
    vault.close()
    data = bytearray(made.read_bytes())
    data[-PAGE_SIZE + 100 : -PAGE_SIZE + 200] = bytes(100)  # one page's ciphertext zeroed
    made.write_bytes(bytes(data))
    with pytest.raises(errors.VaultCorrupt):
        _unchanged_after(vault_path, lambda: restore_at_once(made, vault_path, PASSPHRASE))


@pytest.mark.real_kdf
def test_restore_refuses_a_backup_from_a_newer_version(
    vault: Vault, vault_path: Path, usb: Path
) -> None:
    made = usb / "backup.vpvault"
    backup.make_backup(vault, made, PASSPHRASE)
    vault.close()
    con = sqlcipher3.connect(str(made), isolation_level=None)
    con.execute(f"PRAGMA key = '{PASSPHRASE}'")
    con.execute("UPDATE alembic_version SET version_num = 'f00dfeed9999'")
    con.close()
    with pytest.raises(errors.NewerSchema):
        _unchanged_after(vault_path, lambda: restore_at_once(made, vault_path, PASSPHRASE))


def test_restore_refuses_what_is_not_a_vault(vault: Vault, vault_path: Path, usb: Path) -> None:
    vault.close()
    not_a_vault = usb / "notes.txt"
    not_a_vault.write_bytes(b"just some text" * 1000)
    with pytest.raises(errors.VaultError):
        _unchanged_after(vault_path, lambda: restore_at_once(not_a_vault, vault_path, PASSPHRASE))
    with pytest.raises(errors.VaultMissing):
        restore_at_once(usb / "missing.vpvault", vault_path, PASSPHRASE)


def test_restore_waits_for_the_vault_to_be_closed(
    vault: Vault, vault_path: Path, usb: Path
) -> None:
    made = usb / "backup.vpvault"
    backup.make_backup(vault, made, PASSPHRASE)
    with pytest.raises(errors.VaultInUse):
        restore_at_once(made, vault_path, PASSPHRASE)
    assert vault.scalar("SELECT count(*) FROM clients") == 0


def test_a_prepared_restore_can_still_be_cancelled(
    vault: Vault, vault_path: Path, usb: Path
) -> None:
    _add_case(vault)
    made = usb / "backup.vpvault"
    backup.make_backup(vault, made, PASSPHRASE)
    _add_case(vault, notes="second")
    vault.close()
    before = _digest(vault_path)
    with backup.prepare_restore(made, vault_path, PASSPHRASE) as prepared:
        assert prepared.summary.cases == 1 and prepared.summary.open_cases == 1
        with pytest.raises(errors.VaultInUse):  # held until the adviser decides
            Vault.open(vault_path, PASSPHRASE)
    assert _digest(vault_path) == before
    assert backup.replaced_copies(vault_path) == []
    assert _case_count(vault_path) == 2
    with pytest.raises(errors.VaultError):
        prepared.commit()


# -- integrity at unlock ----------------------------------------------------------------------


def test_opening_a_damaged_vault_says_so(vault: Vault, vault_path: Path) -> None:
    for n in range(40):
        _add_case(vault, notes=f"notitie {n} " * 50)
    root = vault.scalar("SELECT rootpage FROM sqlite_master WHERE name = 'cases'")
    with vault.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM cases")).scalar() == 40
    vault.close()
    data = bytearray(vault_path.read_bytes())
    start = (root - 1) * PAGE_SIZE
    data[start + 200 : start + 260] = bytes(60)
    vault_path.write_bytes(bytes(data))
    with pytest.raises(errors.VaultCorrupt):
        Vault.open(vault_path, PASSPHRASE)
