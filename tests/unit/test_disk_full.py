"""A full disk or a read-only location: a clear message, and nothing already saved is lost.

Where the test may mount a tiny tmpfs (as root), the disk really fills up; everywhere else SQLite's
`max_page_count` makes the vault full, and the file-writing path is patched to fail as a full or
read-only disk would.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, func, select

from tests.conftest import PASSPHRASE
from vp_desktop.services import safe_files, settings
from vp_desktop.services.casework import case_file, cases
from vp_desktop.services.clients import clients
from vp_desktop.services.data_safety import backup, offboarding
from vp_desktop.store import errors
from vp_desktop.store.models import Case
from vp_desktop.store.vault import Vault

NOTES = "Een lang gesprek over wat er op de afdeling gebeurde. " * 60


def _add_client(vault: Vault) -> int:
    with vault.transaction() as s:
        return clients.create_client(s, clients.ClientData(code="ACME", name="Acme")).id


def _save_case(vault: Vault, client_id: int) -> int:
    with vault.transaction() as s:
        data = cases.CaseData(
            opened_on=dt.date(2026, 1, 5), track="integrity", categories=["fraud"], notes=NOTES
        )
        return cases.create_case(s, client_id, data).id


def _fill_until_full(vault: Vault, client_id: int) -> tuple[set[int], errors.DiskFull]:
    saved: set[int] = set()
    for _ in range(5_000):
        try:
            saved.add(_save_case(vault, client_id))
        except errors.DiskFull as full:
            return saved, full
    raise AssertionError("the disk never filled up")


def _stored_cases(path: Path) -> set[int]:
    with Vault.open(path, PASSPHRASE) as vault:
        assert vault.integrity_problems(full=True) == []
        with vault.session() as s:
            return set(s.scalars(select(Case.id)))


@contextlib.contextmanager
def _mounted_tmpfs(folder: Path, size_kb: int, *, read_only: bool = False) -> Iterator[Path]:
    folder.mkdir()
    options = f"size={size_kb}k,mode=0700" + (",ro" if read_only else "")
    try:
        subprocess.run(
            ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(folder)],
            check=True,
            capture_output=True,
            timeout=10,
        )
    except (OSError, subprocess.SubprocessError):
        pytest.skip("cannot mount a tiny file system here (needs root)")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False, timeout=10)


# -- the vault itself -------------------------------------------------------------------------


def test_a_full_vault_refuses_the_new_save_and_keeps_the_old(
    vault: Vault, vault_path: Path
) -> None:
    client_id = _add_client(vault)
    before = vault.scalar("PRAGMA page_count")

    # Connections opened from now on may not grow the file beyond a few more pages.
    @event.listens_for(vault.engine, "connect")
    def _cap(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.execute(f"PRAGMA max_page_count = {before + 12}")

    vault.engine.dispose()
    saved, full = _fill_until_full(vault, client_id)
    assert saved and "disk is full" in full.reason and "Nothing new was saved" in full.reason
    with vault.session() as s:  # the vault still answers
        assert s.scalar(select(func.count()).select_from(Case)) == len(saved)
    vault.close()
    assert _stored_cases(vault_path) == saved


def test_a_vault_on_a_disk_that_fills_up(tmp_path: Path) -> None:
    with _mounted_tmpfs(tmp_path / "tiny", 768) as disk:
        path = disk / "praktijk.vpvault"
        vault = Vault.create(path, PASSPHRASE)
        client_id = _add_client(vault)
        filler = disk / "filler"
        with contextlib.suppress(OSError), open(filler, "wb") as fh:
            fh.write(b"\0" * (400 * 1024))
        saved, full = _fill_until_full(vault, client_id)
        assert saved and full.code == "disk_full"
        vault.close()
        filler.unlink()  # the adviser frees some space
        assert _stored_cases(path) == saved


def test_a_vault_on_a_read_only_location_is_not_opened(vault: Vault, tmp_path: Path) -> None:
    _add_client(vault)
    vault.close()
    with _mounted_tmpfs(tmp_path / "ro", 1024) as disk:
        copy = disk / "praktijk.vpvault"
        copy.write_bytes(vault.path.read_bytes())
        subprocess.run(["mount", "-o", "remount,ro", str(disk)], check=True, timeout=10)
        with pytest.raises(errors.LocationUnwritable):
            Vault.open(copy, PASSPHRASE)
        assert copy.read_bytes() == vault.path.read_bytes()


# -- files written outside the vault ----------------------------------------------------------


def _failing_writes(monkeypatch: pytest.MonkeyPatch, error: int) -> None:
    """Every file `safe_files` writes fails at its first byte, as on a full or read-only disk."""
    real_open = os.open

    def open_failing(path: Any, flags: int, *args: Any, **kwargs: Any) -> int:
        if flags & os.O_CREAT:
            raise OSError(error, os.strerror(error), str(path))
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(safe_files.os, "open", open_failing)


@pytest.mark.parametrize(
    "error, expected",
    [(errno.ENOSPC, errors.DiskFull), (errno.EROFS, errors.LocationUnwritable)],
    ids=["full", "read-only"],
)
def test_exports_and_backups_fail_cleanly(
    vault: Vault,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    error: int,
    expected: type[errors.VaultError],
) -> None:
    client_id = _add_client(vault)
    case_id = _save_case(vault, client_id)
    out = tmp_path / "stick"
    out.mkdir()
    _failing_writes(monkeypatch, error)

    with vault.transaction() as s, pytest.raises(expected) as raised:
        case_file.export_case_file(s, client_id, case_id, out / "dossier.pdf")
    assert raised.value.reason.endswith(".")
    with pytest.raises(expected):
        backup.make_backup(vault, out / "backup.vpvault", PASSPHRASE)
    with pytest.raises(expected):
        offboarding.offboard_client(vault, client_id, out, "ACME")

    assert [p for p in out.rglob("*") if p.is_file()] == []
    with vault.session() as s:
        assert settings.load(s).last_backup_at is None
        assert clients.get_client(s, client_id).code == "ACME"  # not offboarded
        assert cases.get_case(s, client_id, case_id).notes == NOTES.strip()
    assert vault.integrity_problems(full=True) == []


def test_a_backup_to_a_stick_that_fills_up(vault: Vault, vault_path: Path, tmp_path: Path) -> None:
    client_id = _add_client(vault)
    for _ in range(30):
        _save_case(vault, client_id)
    with _mounted_tmpfs(tmp_path / "stick", 64) as stick:
        with pytest.raises(errors.DiskFull):
            backup.make_backup(vault, stick / "backup.vpvault", PASSPHRASE)
        assert list(stick.iterdir()) == []
    with vault.session() as s:
        assert settings.load(s).last_backup_at is None
    vault.close()
    assert len(_stored_cases(vault_path)) == 30
