"""What a killed or crashed restore leaves behind never costs the next restore or the vault: a
stale staged copy (and its log) is cleared, a truncated backup is called what it is, and a restore
stopped between its two renames can be finished or undone."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.support.restore_steps import interrupt_between_the_renames, restore_at_once
from tests.unit.test_backup_restore import _add_case, _case_count
from vp_desktop.cli import main
from vp_desktop.services.data_safety import backup, restore_recovery
from vp_desktop.store import errors, side_files
from vp_desktop.store.vault import PAGE_SIZE, Vault


def _backup_with_two_cases(vault: Vault, tmp_path: Path) -> Path:
    _add_case(vault)
    _add_case(vault)
    made = tmp_path / "backup.vpvault"
    backup.make_backup(vault, made, PASSPHRASE)
    return made


def test_a_stale_log_of_a_killed_restore_does_not_spoil_the_next(
    vault: Vault, vault_path: Path, tmp_path: Path
) -> None:
    made = _backup_with_two_cases(vault, tmp_path)
    vault.close()
    staged = side_files.staged_restore_path(vault_path)
    # A log of another database, as a restore killed while verifying its copy leaves it.
    other = Vault.create(tmp_path / "other.vpvault", "een heel andere wachtzin hier")
    _add_case(other, notes="x" * 20_000)
    shutil.copyfile(f"{other.path}-wal", f"{staged}-wal")
    other.close()
    report = restore_at_once(made, vault_path, PASSPHRASE)
    assert report.summary.cases == 2
    assert not Path(f"{staged}-wal").exists()


def test_a_staged_copy_beside_the_vault_is_removed_at_open(
    vault: Vault, vault_path: Path, tmp_path: Path
) -> None:
    made = _backup_with_two_cases(vault, tmp_path)
    vault.close()
    staged = side_files.staged_restore_path(vault_path)
    shutil.copyfile(made, staged)  # killed before the adviser said yes
    Vault.open(vault_path, PASSPHRASE).close()
    assert not staged.exists()


def test_a_truncated_backup_is_called_damaged_or_incomplete(
    vault: Vault, vault_path: Path, tmp_path: Path
) -> None:
    made = _backup_with_two_cases(vault, tmp_path)
    vault.close()
    data = made.read_bytes()
    for cut in (len(data) // 2, len(data) // 2 + 100, PAGE_SIZE):
        made.write_bytes(data[:cut])
        with pytest.raises(backup.BackupDamaged, match="damaged or incomplete"):
            restore_at_once(made, vault_path, PASSPHRASE)
    assert _case_count(vault_path) == 2


def _interrupt_between_the_renames(made: Path, vault_path: Path) -> Path:
    return interrupt_between_the_renames(made, vault_path, PASSPHRASE)


def test_an_interrupted_restore_is_recognised_by_its_files_alone(
    vault: Vault, vault_path: Path, tmp_path: Path
) -> None:
    made = _backup_with_two_cases(vault, tmp_path)
    vault.close()
    assert not restore_recovery.restore_was_interrupted(vault_path)  # a vault in its place
    _interrupt_between_the_renames(made, vault_path)
    assert restore_recovery.restore_was_interrupted(vault_path)
    restore_recovery.finish_interrupted_restore(vault_path)
    assert not restore_recovery.restore_was_interrupted(vault_path)
    assert not restore_recovery.restore_was_interrupted(tmp_path / "nergens.vpvault")


def test_a_staged_copy_without_the_replaced_vault_is_no_interrupted_restore(
    vault: Vault, vault_path: Path, tmp_path: Path
) -> None:
    made = _backup_with_two_cases(vault, tmp_path)
    vault.close()
    aside = _interrupt_between_the_renames(made, vault_path)
    aside.unlink()  # nothing to undo to: finishing or undoing would both fail
    assert not restore_recovery.restore_was_interrupted(vault_path)


def test_a_restore_stopped_between_its_renames_can_be_finished(
    vault: Vault,
    vault_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    made = _backup_with_two_cases(vault, tmp_path)
    _add_case(vault)  # the vault has 3 cases, the backup 2
    vault.close()
    _interrupt_between_the_renames(made, vault_path)
    with pytest.raises(errors.RestoreInterrupted) as raised:
        Vault.open(vault_path, PASSPHRASE)
    assert "--finish" in raised.value.reason
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSPHRASE + "\n"))
    assert main(["check", "--db", str(vault_path), "--passphrase-stdin"]) != 0
    assert "restore was interrupted" in capsys.readouterr().err
    assert main(["restore", "--db", str(vault_path), "--finish"]) == 0
    assert _case_count(vault_path) == 2
    assert len(backup.replaced_copies(vault_path)) == 1


def test_a_restore_stopped_between_its_renames_can_be_undone(
    vault: Vault, vault_path: Path, tmp_path: Path
) -> None:
    made = _backup_with_two_cases(vault, tmp_path)
    _add_case(vault)
    vault.close()
    _interrupt_between_the_renames(made, vault_path)
    restore_recovery.undo_interrupted_restore(vault_path)
    assert _case_count(vault_path) == 3
    assert backup.replaced_copies(vault_path) == []
    assert not side_files.staged_restore_path(vault_path).exists()


@pytest.mark.real_kdf
def test_a_backup_from_the_command_line_while_the_app_holds_the_vault(
    vault: Vault,
    vault_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _add_case(vault)  # the vault stays open, as in the app
    target = tmp_path / "usb-backup.vpvault"
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSPHRASE + "\n"))
    code = main(["backup", "--db", str(vault_path), "--out", str(target), "--passphrase-stdin"])
    assert code == 0, capsys.readouterr().err
    assert "snapshot" in capsys.readouterr().out
    _add_case(vault)  # the app kept working
    vault.close()
    assert _case_count(target) == 1
    assert _case_count(vault_path) == 2
