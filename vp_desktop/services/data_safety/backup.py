"""Backups of the vault and restoring one.

A backup is a consistent copy taken while the vault is open (`VACUUM INTO`: one snapshot, still
encrypted with the vault's key, no free pages), written owner-only beside its target and moved into
place only after it opened with the adviser's passphrase, passed the full integrity check and held
as many rows per table as the vault did.

A restore works on a private copy beside the vault, never on the backup itself (a USB stick stays
as it was): the copy must open with the passphrase, be a VP Desktop vault of this or an older
schema (older ones are brought up to date on the copy), and pass the full integrity check before
it replaces the vault. The replaced vault is kept aside until the adviser removes it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import func, select
from sqlalchemy.exc import DBAPIError

from vp_desktop.services import audit
from vp_desktop.services import settings as settings_service
from vp_desktop.services.safe_files import private_destination, private_writer, sync_folder
from vp_desktop.store.errors import (
    NotAVault,
    VaultCorrupt,
    VaultError,
    VaultMissing,
    WrongPassphrase,
)
from vp_desktop.store.keys import key_statements, unlock_keys
from vp_desktop.store.lock import VaultLock, lock_path_for
from vp_desktop.store.models import Case, Client
from vp_desktop.store.side_files import remove_with_companions, staged_restore_path
from vp_desktop.store.vault import Vault, classify

REPLACED_MARK = ".replaced-"
_REPLACED_STAMP = re.compile(r"\.replaced-\d{8}-\d{6}$")
_SNAPSHOT_ATTEMPTS = 3


class BackupMismatch(VaultError):
    code = "backup_mismatch"
    reason = "The backup did not hold the same records as the vault; it was not kept. Try again."


class BackupTargetIsVault(VaultError):
    code = "backup_target_is_vault"
    reason = "A backup cannot be written over the vault itself; choose another file."


class BackupDamaged(VaultCorrupt):
    code = "backup_damaged"
    reason = "The backup is damaged or incomplete; it cannot be restored. Try another backup."


@dataclass(frozen=True, slots=True)
class BackupReport:
    path: Path
    made_at: dt.datetime
    size: int
    row_counts: dict[str, int]


@dataclass(frozen=True, slots=True)
class BackupSummary:
    """What a verified backup holds, for the adviser to look at before it replaces the vault."""

    backup_path: Path
    file_time: dt.datetime
    clients: int
    cases: int
    open_cases: int
    migrated: bool


@dataclass(frozen=True, slots=True)
class RestoreReport:
    vault_path: Path
    replaced_path: Path | None
    summary: BackupSummary


# -- backup -----------------------------------------------------------------------------------


def make_backup(
    vault: Vault, target: Path, passphrase: str, *, now: dt.datetime | None = None
) -> BackupReport:
    """Write a verified, encrypted backup of the open vault to `target` (replacing it)."""
    target = Path(target)
    if _same_file(target, vault.path):
        raise BackupTargetIsVault()
    with private_destination(target) as part:
        try:
            expected = _snapshot_into(vault, part)
            _verify_copy(part, passphrase, expected)
        finally:
            _remove_companions(part)
    _forget_stale_wal(target)
    made_at = now or dt.datetime.now().replace(microsecond=0)
    with vault.transaction() as session:
        settings_service.update(session, last_backup_at=made_at)
        audit.record(session, "backup_made", detail=target.name[:200])
    return BackupReport(target, made_at, target.stat().st_size, expected)


def make_backup_from_file(vault_path: Path, target: Path, passphrase: str) -> BackupReport:
    """A verified backup of a vault another VP Desktop process holds open (the app), through a
    read-only connection of its own: `VACUUM INTO` reads one consistent snapshot and the app
    keeps working meanwhile. Nothing is written to the vault, so the backup is not recorded in
    its log or its "last backup" date; the app records its own backups."""
    vault_path, target = Path(vault_path), Path(target)
    if _same_file(target, vault_path):
        raise BackupTargetIsVault()
    if not vault_path.is_file():
        raise VaultMissing()
    raw = _read_only_connection(vault_path, passphrase)
    try:
        with private_destination(target) as part:
            try:
                expected = _snapshot_with(raw, part)
                _verify_copy(part, passphrase, expected)
            finally:
                _remove_companions(part)
    finally:
        raw.close()
    _forget_stale_wal(target)
    made_at = dt.datetime.now().replace(microsecond=0)
    return BackupReport(target, made_at, target.stat().st_size, expected)


def _read_only_connection(vault_path: Path, passphrase: str) -> Any:
    uri = vault_path.resolve().as_uri() + "?mode=ro"
    for key in unlock_keys(passphrase):
        con = sqlcipher3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
        try:
            con.execute("PRAGMA cipher_log_level = NONE")
            for statement in key_statements(key):
                con.execute(statement)
            con.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher3.Error as exc:
            con.close()
            error = classify(exc)
            if isinstance(error, WrongPassphrase):
                continue
            raise error from exc
        return con
    raise WrongPassphrase()


def _snapshot_into(vault: Vault, part: Path) -> dict[str, int]:
    """Copy the vault into the empty file `part`; return the row counts the copy must have.

    `VACUUM INTO` is one snapshot, but the counts are read around it; they are trusted only when
    nothing was written in between (the app may save while a backup runs in the background)."""
    with vault.engine.connect() as conn:
        return _snapshot_with(conn.connection.driver_connection, part)


def _snapshot_with(raw: Any, part: Path) -> dict[str, int]:
    try:
        for _ in range(_SNAPSHOT_ATTEMPTS):
            before = _row_counts(raw)
            os.truncate(part, 0)
            raw.execute("VACUUM INTO ?", (str(part),))
            if _row_counts(raw) == before:
                return before
    except (DBAPIError, sqlcipher3.Error) as exc:
        raise classify(exc) from exc
    raise BackupMismatch("The vault kept changing during the backup; try again.")


def _verify_copy(part: Path, passphrase: str, expected: dict[str, int]) -> None:
    copy = Vault.open(part, passphrase, before_migration=_leave_as_is, remember_check=False)
    try:
        if copy.integrity_problems(full=True):
            raise BackupDamaged("The backup failed its integrity check; it was not kept.")
        with copy.engine.connect() as conn:
            counts = _row_counts(conn.connection.driver_connection)
    finally:
        copy.close()
    if counts != expected:
        raise BackupMismatch()


def _row_counts(raw: Any) -> dict[str, int]:
    names = [
        row[0]
        for row in raw.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            " ORDER BY name"
        )
    ]
    return {name: raw.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in names}


# -- restore ----------------------------------------------------------------------------------


class PreparedRestore:
    """A verified copy of a backup, staged beside the vault, waiting for the adviser's yes.

    Holds the vault's lock from preparation to `commit()` or `discard()`, so no other window or
    command opens the vault in between. Use as a context manager: leaving it without `commit()`
    discards the staged copy and changes nothing.
    """

    def __init__(self, vault_path: Path, staged: Path, lock: VaultLock, summary: BackupSummary):
        self.vault_path = vault_path
        self.summary = summary
        self._staged = staged
        self._lock = lock

    def __enter__(self) -> PreparedRestore:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.discard()

    def commit(self, *, now: dt.datetime | None = None) -> RestoreReport:
        """Put the verified copy in place; the vault it replaces is renamed, not deleted."""
        if not self._lock.held:
            raise VaultError("This restore was already finished or cancelled.")
        replaced: Path | None = None
        try:
            if self.vault_path.exists():
                replaced = _move_aside(self.vault_path, now or dt.datetime.now())
            try:
                os.replace(self._staged, self.vault_path)
            except OSError:
                if replaced is not None:
                    _move_with_wal(replaced, self.vault_path)
                raise
            sync_folder(self.vault_path.parent)
        except OSError as exc:
            raise classify(exc) from exc
        finally:
            self.discard()
        return RestoreReport(self.vault_path, replaced, self.summary)

    def discard(self) -> None:
        if not self._lock.held:
            return
        with contextlib.suppress(FileNotFoundError):
            self._staged.unlink()
        _remove_companions(self._staged)
        self._lock.release()


def prepare_restore(backup: Path, vault_path: Path, passphrase: str) -> PreparedRestore:
    """Copy `backup` beside the vault and verify the copy; raise a `VaultError` if it is unusable.

    Nothing at `vault_path` changes until `commit()`."""
    backup, vault_path = Path(backup), Path(vault_path)
    if not backup.is_file():
        raise VaultMissing("The backup file does not exist.")
    if _same_file(backup, vault_path):
        raise BackupTargetIsVault("That file is the vault itself, not a backup of it.")
    lock = VaultLock(vault_path)
    lock.acquire()
    staged = staged_restore_path(vault_path)
    try:
        # A killed restore leaves its copy's log behind; replayed into this copy it would make
        # a good backup look damaged.
        remove_with_companions(staged)
        _copy_private(backup, staged)
        try:
            summary = _verify_backup_copy(backup, staged, passphrase)
        except (VaultCorrupt, NotAVault) as exc:
            if isinstance(exc, BackupDamaged):
                raise
            raise BackupDamaged() from exc
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            staged.unlink()
        _remove_companions(staged)
        lock.release()
        raise
    return PreparedRestore(vault_path, staged, lock, summary)


def _copy_private(source: Path, staged: Path) -> None:
    try:
        with open(source, "rb") as src, private_writer(staged) as out:
            shutil.copyfileobj(src, out, 1024 * 1024)
    except PermissionError as exc:
        raise VaultError("The backup file cannot be read (no permission).") from exc


def _verify_backup_copy(backup: Path, staged: Path, passphrase: str) -> BackupSummary:
    migrated: list[Path] = []
    copy = Vault.open(staged, passphrase, before_migration=migrated.append)
    try:
        if copy.integrity_problems(full=True):
            raise BackupDamaged()
        with copy.transaction() as session:
            clients = session.scalar(select(func.count()).select_from(Client)) or 0
            cases = session.scalar(select(func.count()).select_from(Case)) or 0
            open_cases = (
                session.scalar(
                    select(func.count()).select_from(Case).where(Case.closed_on.is_(None))
                )
                or 0
            )
            audit.record(session, "vault_restored", detail=backup.name[:200])
    finally:
        copy.close()
    file_time = dt.datetime.fromtimestamp(backup.stat().st_mtime)
    return BackupSummary(backup, file_time, clients, cases, open_cases, bool(migrated))


# -- copies kept aside ------------------------------------------------------------------------


def replaced_copies(vault_path: Path) -> list[Path]:
    """Vaults a restore put aside, newest first."""
    vault_path = Path(vault_path)
    pattern = f"{vault_path.name}{REPLACED_MARK}*"
    found = [p for p in vault_path.parent.glob(pattern) if _REPLACED_STAMP.search(p.name)]
    return sorted(found, reverse=True)


# -- file helpers -----------------------------------------------------------------------------


def _leave_as_is(path: Path) -> None:
    """A backup just written has the current schema; nothing to copy aside before updating."""


def _same_file(a: Path, b: Path) -> bool:
    with contextlib.suppress(OSError):
        if a.exists() and b.exists():
            return os.path.samefile(a, b)
    return a.resolve() == b.resolve()


def _companions(path: Path) -> tuple[Path, ...]:
    return (Path(f"{path}-wal"), Path(f"{path}-shm"), lock_path_for(path))


def _remove_companions(path: Path) -> None:
    for companion in _companions(path):
        with contextlib.suppress(FileNotFoundError):
            companion.unlink()


def _forget_stale_wal(path: Path) -> None:
    """A `-wal` left beside an older file of the same name would be replayed into the new one."""
    for suffix in ("-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            Path(f"{path}{suffix}").unlink()


def _move_aside(vault_path: Path, now: dt.datetime) -> Path:
    aside = vault_path.with_name(f"{vault_path.name}{REPLACED_MARK}{now:%Y%m%d-%H%M%S}")
    _move_with_wal(vault_path, aside)
    return aside


def _move_with_wal(source: Path, target: Path) -> None:
    """Move a vault file with its write-ahead log (it may hold committed work after a crash)."""
    os.replace(source, target)
    wal = Path(f"{source}-wal")
    if wal.exists():
        os.replace(wal, Path(f"{target}-wal"))
    with contextlib.suppress(FileNotFoundError):
        Path(f"{source}-shm").unlink()
