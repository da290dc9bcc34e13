"""The vault: one SQLCipher 4 file per adviser.

Opening keys every pooled connection, proves the key with a first query, checks that the file is a
VP Desktop vault, and brings the schema up to date (after copying the still-encrypted file aside).
Every failure becomes a typed `VaultError`; nothing on disk changes when opening fails.

While open, the vault remembers which file it opened (device and inode): before every session,
and before every new pooled connection, it checks that the path still names that file with the
VP Desktop application id. A vault moved, replaced or deleted behind the app's back stops taking
writes (`VaultReplaced`) instead of writing into, or re-creating, whatever is at the path now.
"""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Engine, event, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from vp_desktop.store import engines, file_checks, integrity, migrations, side_files, wipe
from vp_desktop.store.errors import (
    DiskFull,
    NotAVault,
    PassphraseNotChanged,
    VaultClosed,
    VaultCorrupt,
    VaultError,
    VaultExists,
    VaultReplaced,
    classify,
)
from vp_desktop.store.keys import key_for, sql_literal, unlock_keys
from vp_desktop.store.lock import VaultLock

log = logging.getLogger(__name__)

APPLICATION_ID = 0x56504431  # "VPD1": marks a SQLCipher file as a VP Desktop vault
PAGE_SIZE = file_checks.PAGE_SIZE
__all__ = ["APPLICATION_ID", "Vault", "classify"]

backup_before_migration = side_files.backup_before_migration  # the default before an update


class Vault:
    """An open, keyed vault. Use `Vault.create` or `Vault.open`; close with `close()`."""

    #: The app unlocks at once and runs the due integrity check in the background
    #: (`integrity.run_pending_check`); the command line checks before anything else.
    defer_integrity_checks = False

    def __init__(self, path: Path, engine: Engine, lock: VaultLock, key: str) -> None:
        self.path = path
        self._engine: Engine | None = engine
        self._lock = lock
        self._key = key
        self._identity = file_checks.file_identity(path)
        self._blocked: VaultError | None = None
        self._writes_blocked: VaultError | None = None
        self._sessions = sessionmaker(bind=engine, expire_on_commit=False)
        self.integrity_check_pending = False
        _guard_new_connections(engine, self)

    # -- lifecycle ---------------------------------------------------------------------------

    @classmethod
    def create(cls, path: Path, passphrase: str) -> Vault:
        """Create a new, empty vault at `path` (which must not exist) and open it."""
        path = Path(path)
        if not passphrase:
            raise ValueError("a passphrase is required")
        key = key_for(passphrase)
        if path.exists():
            raise VaultExists()
        file_checks.check_writable(path)
        lock = VaultLock(path)
        lock.acquire()
        try:
            try:
                fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
                os.close(fd)
                engine = engines.make_engine(path, key)
                with engine.begin() as conn:
                    conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
                migrations.upgrade(engine)
            except VaultError:
                raise
            except (DBAPIError, sqlcipher3.Error, OSError) as exc:
                raise classify(exc) from exc
        except BaseException:
            lock.release()
            side_files.remove_with_companions(path)
            raise
        log.info("vault created")
        return cls(path, engine, lock, key)

    @classmethod
    def open(
        cls,
        path: Path,
        passphrase: str,
        *,
        before_migration: Callable[[Path], None] | None = None,
        remember_check: bool = True,
    ) -> Vault:
        """Open an existing vault; raise a `VaultError` subclass when that is not possible.

        `remember_check=False` leaves the file's records exactly as they are (verifying a copy).
        """
        path = Path(path)
        keys = unlock_keys(passphrase)
        file_checks.check_file_shape(path)
        file_checks.check_writable(path)
        lock = VaultLock(path)
        lock.acquire()
        try:
            side_files.remove_leftovers(path)
            unclean = integrity.wal_left_behind(path)
            engine, key = engines.unlock(path, keys)
            migrated: list[Path] = []

            def before(p: Path) -> None:
                migrated.append(p)
                (before_migration or backup_before_migration)(p)

            deferred = False
            try:
                with engine.connect() as conn:
                    app_id = conn.exec_driver_sql("PRAGMA application_id").scalar()
                if app_id != APPLICATION_ID:
                    raise NotAVault("This is an encrypted database, but not a VP Desktop vault.")
                check = unclean or integrity.integrity_check_due(engine)
                deferred = check and cls.defer_integrity_checks and migrations.is_current(engine)
                if check and not deferred:
                    integrity.quick_check(engine)
                migrations.ensure_current(engine, path, before)
                if migrated:
                    integrity.quick_check(engine)  # the updated vault is sound: drop the copy
                if check and not deferred and remember_check:
                    integrity.record_integrity_check(engine)
                if remember_check:
                    wipe.finish_pending_wipe(engine)
            except VaultError:
                engine.dispose()
                raise
            except (DBAPIError, sqlcipher3.Error) as exc:
                engine.dispose()
                raise classify(exc) from exc
        except BaseException:
            lock.release()
            raise
        if remember_check:
            side_files.remove_update_copy(path)
            side_files.forget_passphrase_change(path)
        vault = cls(path, engine, lock, key)
        vault.integrity_check_pending = deferred
        log.info("vault opened")
        return vault

    def close(self) -> None:
        if self._engine is None:
            return
        # Also when the file was replaced: the idle pooled connection still holds the opened file,
        # so its log is folded into that file (wherever it went) and no stale `-wal` is left for
        # whatever now sits at the path. A new connection would refuse (the guard), and is not
        # needed then.
        with (
            contextlib.suppress(DBAPIError, sqlcipher3.Error, VaultError),
            self._engine.connect() as conn,
        ):
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        self._engine.dispose()
        self._engine = None
        self._lock.release()
        log.info("vault closed")

    @property
    def is_open(self) -> bool:
        return self._engine is not None

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            raise VaultClosed()
        return self._engine

    @property
    def key_in_use(self) -> str:
        """The key string this vault was opened with (for a connection of its own)."""
        return self._key

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # -- the file behind the path ------------------------------------------------------------

    def ensure_same_file(self) -> None:
        """Raise `VaultReplaced` (for good) when the path no longer names the opened file."""
        if self._blocked is not None:
            raise self._blocked
        try:
            same = file_checks.file_identity(self.path) == self._identity
        except OSError:
            same = False
        if not same:
            self._block_all(VaultReplaced())
            log.warning("vault file replaced or removed while open; writing stopped")
            raise VaultReplaced()

    def block_writes(self, error: VaultError) -> None:
        """From now on every transaction raises `error`; reading stays possible (to export)."""
        self._writes_blocked = error

    def _block_all(self, error: VaultError) -> None:
        """From now on every session raises `error` (the file is not the vault any more)."""
        self._blocked = error

    @property
    def blocked(self) -> VaultError | None:
        return self._blocked or self._writes_blocked

    # -- use ---------------------------------------------------------------------------------

    def session(self) -> Session:
        if self._engine is None:
            raise VaultClosed()
        self.ensure_same_file()
        return self._sessions()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session whose work is committed as a whole, or not at all."""
        if self._writes_blocked is not None:
            raise self._writes_blocked
        with self.session() as session:
            try:
                yield session
                self.ensure_same_file()
                session.commit()
            except (DBAPIError, sqlcipher3.Error) as exc:
                session.rollback()
                raise classify(exc) from exc
            except BaseException:
                session.rollback()
                raise

    def rekey(self, new_passphrase: str) -> None:
        """Change the passphrase; the old one stops working at once.

        SQLCipher can report success for a rekey that did not happen (a full disk); the file is
        therefore opened afresh with the new key before the vault switches to it. When only the
        old key opens it, the old key stays in use and `PassphraseNotChanged` says so."""
        if not new_passphrase:
            raise ValueError("a passphrase is required")
        new_key = key_for(new_passphrase)
        self.ensure_same_file()
        engine = self.engine
        side_files.mark_passphrase_change(self.path)
        try:
            with engine.connect() as conn:
                raw: Any = conn.connection.dbapi_connection
                try:
                    raw.execute(f"PRAGMA rekey = {sql_literal(new_key)}")
                finally:
                    # This connection holds the new key in memory whatever happened: drop it.
                    conn.invalidate()
        except (DBAPIError, sqlcipher3.Error) as exc:
            engine.dispose()
            if not engines.key_opens(self.path, new_key):
                side_files.forget_passphrase_change(self.path)
                raise _not_changed(classify(exc)) from exc
        engine.dispose()
        if not engines.key_opens(self.path, new_key):
            side_files.forget_passphrase_change(self.path)
            if engines.key_opens(self.path, self._key):
                raise _not_changed(None)
            raise VaultCorrupt("After the passphrase change the vault opens with neither key.")
        self._engine = engines.make_engine(self.path, new_key)
        _guard_new_connections(self._engine, self)
        self._key = new_key
        self._sessions.configure(bind=self._engine)
        side_files.remove_update_copy(self.path)
        log.info("vault passphrase changed")

    def passphrase_matches(self, passphrase: str) -> bool:
        """Whether `passphrase` opens this vault (asked again before it is changed)."""
        try:
            keys = unlock_keys(passphrase)
        except VaultError:
            return False
        return any(engines.key_opens(self.path, key) for key in keys)

    def checkpoint(self) -> tuple[int, int, int]:
        """Fold the write-ahead log into the vault file and empty it; SQLite's (busy, log
        frames, frames checkpointed) — busy is 1 when a reader kept it from finishing."""
        self.ensure_same_file()
        with self.engine.connect() as conn:
            row = conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        return (int(row[0]), int(row[1]), int(row[2])) if row else (0, 0, 0)

    def integrity_problems(self, *, full: bool = False) -> list[str]:
        """An empty list when healthy. The quick form skips index-content checks."""
        pragma = "integrity_check" if full else "quick_check"
        try:
            with self.engine.connect() as conn:
                rows = [r[0] for r in conn.exec_driver_sql(f"PRAGMA {pragma}").fetchall()]
                if full:
                    rows += [r[0] for r in conn.exec_driver_sql("PRAGMA cipher_integrity_check")]
                    rows += [
                        f"foreign key: {r}"
                        for r in conn.exec_driver_sql("PRAGMA foreign_key_check")
                    ]
        except (DBAPIError, sqlcipher3.Error) as exc:
            return [str(classify(exc))]
        return [r for r in rows if r != "ok"]

    def vacuum(self) -> None:
        """Rewrite the file so deleted data leaves no free pages behind (see `store.wipe`)."""
        self.ensure_same_file()
        wipe.wipe_free_space(self.engine)

    def schema_revision(self) -> str | None:
        return migrations.current_revision(self.engine)

    def scalar(self, sql: str) -> Any:
        with self.engine.connect() as conn:
            return conn.execute(text(sql)).scalar()


def _not_changed(cause: VaultError | None) -> PassphraseNotChanged:
    if isinstance(cause, DiskFull):
        return PassphraseNotChanged(
            "The disk is full: the passphrase was NOT changed; the old passphrase still opens "
            "the vault. Free some space and try again."
        )
    return PassphraseNotChanged()


def _guard_new_connections(engine: Engine, vault: Vault) -> None:
    """Every new pooled connection first proves the path still names the opened vault."""

    @event.listens_for(engine, "connect")
    def _connected(dbapi_connection: Any, _record: Any) -> None:
        vault.ensure_same_file()
        app_id = dbapi_connection.execute("PRAGMA application_id").fetchone()[0]
        if app_id != APPLICATION_ID:
            vault._block_all(VaultReplaced())
            raise VaultReplaced()
