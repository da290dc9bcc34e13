"""The vault: one SQLCipher 4 file per adviser.

Opening keys every pooled connection, proves the key with a first query, checks that the file is a
VP Desktop vault, and brings the schema up to date (after copying the still-encrypted file aside).
Every failure becomes a typed `VaultError`; nothing on disk changes when opening fails.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import json
import logging
import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from vp_desktop.store import migrations
from vp_desktop.store.errors import (
    DiskFull,
    LocationUnwritable,
    NotAVault,
    VaultClosed,
    VaultCorrupt,
    VaultError,
    VaultExists,
    VaultMissing,
    WrongPassphrase,
)
from vp_desktop.store.lock import VaultLock

log = logging.getLogger(__name__)

APPLICATION_ID = 0x56504431  # "VPD1": marks a SQLCipher file as a VP Desktop vault
PAGE_SIZE = 4096
SQLITE_PLAIN_HEADER = b"SQLite format 3\x00"

#: SQLCipher's PBKDF2 iterations. None keeps SQLCipher 4's default (256,000), which every real
#: vault uses. Only the test suite lowers it, so that thousands of test vaults do not each pay for
#: key derivation; a vault made with another count opens only with that same count.
kdf_iterations: int | None = None


def _quote(passphrase: str) -> str:
    return "'" + passphrase.replace("'", "''") + "'"


def _raw_connect(path: Path, passphrase: str) -> sqlcipher3.Connection:
    con = sqlcipher3.connect(str(path), check_same_thread=False, isolation_level=None)
    con.execute("PRAGMA cipher_log_level = NONE")
    con.execute(f"PRAGMA key = {_quote(passphrase)}")
    if kdf_iterations is not None:
        con.execute(f"PRAGMA kdf_iter = {int(kdf_iterations)}")
    return con


def _configure(con: sqlcipher3.Connection) -> None:
    con.execute("PRAGMA foreign_keys = ON")
    con.execute("PRAGMA secure_delete = ON")
    # WAL: readers never block the writer (background exports) and a crash never tears a page;
    # the -wal file is encrypted like the vault. FULL sync: a reported commit survives power loss.
    con.execute("PRAGMA journal_mode = WAL")
    con.execute("PRAGMA synchronous = FULL")
    # Sorts and temporary tables stay in memory: no temp file, encrypted or not.
    con.execute("PRAGMA temp_store = MEMORY")
    con.execute("PRAGMA busy_timeout = 5000")


def classify(exc: BaseException) -> VaultError:
    """Turn a driver error into the vault error a user can act on."""
    orig = getattr(exc, "orig", exc)
    message = str(orig).lower()
    if "file is not a database" in message:
        return WrongPassphrase()
    if "malformed" in message or "corrupt" in message:
        return VaultCorrupt()
    if "database or disk is full" in message or getattr(orig, "errno", None) == errno.ENOSPC:
        return DiskFull()
    if "readonly" in message or "read-only" in message or "unable to open" in message:
        return LocationUnwritable()
    if isinstance(exc, VaultError):
        return exc
    return VaultError(f"The vault could not be used ({type(orig).__name__}).")


def _check_file_shape(path: Path) -> None:
    """Refuse what is certainly not a vault before SQLite sees it (an empty file would silently
    become a new database)."""
    if path.is_dir():
        raise NotAVault("That is a folder, not a vault file.")
    try:
        size = path.stat().st_size
        with open(path, "rb") as fh:
            head = fh.read(len(SQLITE_PLAIN_HEADER))
    except FileNotFoundError:
        raise VaultMissing() from None
    except PermissionError:
        raise LocationUnwritable("The vault file cannot be read (no permission).") from None
    if head == SQLITE_PLAIN_HEADER:
        raise NotAVault("This is an unencrypted database, not a VP Desktop vault.")
    if size == 0 or size < PAGE_SIZE:
        raise NotAVault()
    if size % PAGE_SIZE:
        raise VaultCorrupt("The vault file is damaged (incomplete). Restore it from a backup.")


def _check_writable(path: Path) -> None:
    folder = path.parent
    if not folder.is_dir():
        raise LocationUnwritable(f"The folder {folder} does not exist.")
    if not os.access(folder, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        raise LocationUnwritable()


class Vault:
    """An open, keyed vault. Use `Vault.create` or `Vault.open`; close with `close()`."""

    def __init__(self, path: Path, engine: Engine, lock: VaultLock) -> None:
        self.path = path
        self._engine: Engine | None = engine
        self._lock = lock
        self._sessions = sessionmaker(bind=engine, expire_on_commit=False)

    # -- lifecycle ---------------------------------------------------------------------------

    @classmethod
    def create(cls, path: Path, passphrase: str) -> Vault:
        """Create a new, empty vault at `path` (which must not exist) and open it."""
        path = Path(path)
        if not passphrase:
            raise ValueError("a passphrase is required")
        if path.exists():
            raise VaultExists()
        _check_writable(path)
        lock = VaultLock(path)
        lock.acquire()
        try:
            try:
                fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
                os.close(fd)
                engine = _make_engine(path, passphrase)
                with engine.begin() as conn:
                    conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
                migrations.upgrade(engine)
            except VaultError:
                raise
            except (DBAPIError, sqlcipher3.Error, OSError) as exc:
                raise classify(exc) from exc
        except BaseException:
            lock.release()
            _remove_vault_files(path)
            raise
        log.info("vault created")
        return cls(path, engine, lock)

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
        _check_file_shape(path)
        _check_writable(path)
        lock = VaultLock(path)
        lock.acquire()
        try:
            unclean = _wal_left_behind(path)
            engine = _make_engine(path, passphrase)
            try:
                with engine.connect() as conn:
                    conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()
                    app_id = conn.exec_driver_sql("PRAGMA application_id").scalar()
                if app_id != APPLICATION_ID:
                    raise NotAVault("This is an encrypted database, but not a VP Desktop vault.")
                check = unclean or _integrity_check_due(engine)
                if check:
                    _quick_check(engine)
                migrations.ensure_current(engine, path, before_migration or backup_before_migration)
                if check and remember_check:
                    _record_integrity_check(engine)
            except VaultError:
                engine.dispose()
                raise
            except (DBAPIError, sqlcipher3.Error) as exc:
                engine.dispose()
                raise classify(exc) from exc
        except BaseException:
            lock.release()
            raise
        log.info("vault opened")
        return cls(path, engine, lock)

    def close(self) -> None:
        if self._engine is None:
            return
        with contextlib.suppress(DBAPIError, sqlcipher3.Error):
            self.checkpoint()
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

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # -- use ---------------------------------------------------------------------------------

    def session(self) -> Session:
        if self._engine is None:
            raise VaultClosed()
        return self._sessions()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session whose work is committed as a whole, or not at all."""
        with self.session() as session:
            try:
                yield session
                session.commit()
            except (DBAPIError, sqlcipher3.Error) as exc:
                session.rollback()
                raise classify(exc) from exc
            except BaseException:
                session.rollback()
                raise

    def rekey(self, new_passphrase: str) -> None:
        """Change the passphrase; the old one stops working at once."""
        if not new_passphrase:
            raise ValueError("a passphrase is required")
        engine = self.engine
        try:
            with engine.connect() as conn:
                raw: Any = conn.connection.driver_connection
                raw.execute(f"PRAGMA rekey = {_quote(new_passphrase)}")
        except (DBAPIError, sqlcipher3.Error) as exc:
            raise classify(exc) from exc
        engine.dispose()
        self._engine = _make_engine(self.path, new_passphrase)
        self._sessions.configure(bind=self._engine)
        with self._engine.connect() as conn:
            conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()
        log.info("vault passphrase changed")

    def passphrase_matches(self, passphrase: str) -> bool:
        """Whether `passphrase` opens this vault (asked again before it is changed)."""
        try:
            con = _raw_connect(self.path, passphrase)
            try:
                con.execute("SELECT count(*) FROM sqlite_master").fetchone()
            finally:
                con.close()
        except sqlcipher3.DatabaseError:
            return False
        return True

    def checkpoint(self) -> None:
        """Fold the write-ahead log into the vault file and empty it."""
        with self.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()

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
        """Rewrite the file so deleted data leaves no free pages behind."""
        with self.engine.connect() as conn:
            raw: Any = conn.connection.driver_connection
            raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
            raw.execute("VACUUM")
            raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()

    def schema_revision(self) -> str | None:
        return migrations.current_revision(self.engine)

    def scalar(self, sql: str) -> Any:
        with self.engine.connect() as conn:
            return conn.execute(text(sql)).scalar()


def _make_engine(path: Path, passphrase: str) -> Engine:
    def creator() -> sqlcipher3.Connection:
        con = _raw_connect(path, passphrase)
        try:
            _configure(con)
        except BaseException:
            con.close()
            raise
        return con

    engine = create_engine(
        "sqlite://",
        module=sqlcipher3,
        creator=creator,
        poolclass=QueuePool,
        pool_size=1,
        max_overflow=4,
    )

    # The driver is in autocommit mode (isolation_level=None); SQLAlchemy emits BEGIN itself so
    # that DDL in migrations is transactional too.
    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN")

    return engine


INTEGRITY_CHECK_KEY = "store.last_integrity_check"
INTEGRITY_CHECK_EVERY = dt.timedelta(days=7)


def _wal_left_behind(path: Path) -> bool:
    """A clean close folds the log into the vault and removes it; a log with pages in it means
    the last session ended in a crash or a power cut."""
    wal = Path(str(path) + "-wal")
    return wal.exists() and wal.stat().st_size > 0


def _integrity_check_due(engine: Engine) -> bool:
    with engine.connect() as conn:
        try:
            raw = conn.exec_driver_sql(
                "SELECT value FROM settings WHERE key = ?", (INTEGRITY_CHECK_KEY,)
            ).scalar()
        except DBAPIError:
            return True  # no settings table yet: a vault this old gets checked
    try:
        last = dt.datetime.fromisoformat(json.loads(raw)) if raw else None
    except (TypeError, ValueError):
        last = None
    return last is None or dt.datetime.now() - last > INTEGRITY_CHECK_EVERY


def _quick_check(engine: Engine) -> None:
    """The integrity check at unlock (structure, not index contents): a damaged vault is refused
    before anything reads or writes it, with the advice to restore a backup.

    It decrypts every page (seconds on a large vault), so it runs after an unclean shutdown and
    otherwise once a week; a truncated file is refused on every open by its shape.
    """
    with engine.connect() as conn:
        rows = [r[0] for r in conn.exec_driver_sql("PRAGMA quick_check").fetchall()]
    if rows != ["ok"]:
        raise VaultCorrupt()


def _record_integrity_check(engine: Engine) -> None:
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)",
            (INTEGRITY_CHECK_KEY, json.dumps(dt.datetime.now().isoformat(timespec="seconds"))),
        )


def backup_before_migration(path: Path) -> None:
    """Copy the (still encrypted) vault aside before its schema changes."""
    target = path.with_name(path.name + ".before-update.bak")
    tmp = target.with_name(target.name + ".part")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.close(fd)
    shutil.copyfile(path, tmp)
    with open(tmp, "rb+") as fh:
        os.fsync(fh.fileno())
    os.replace(tmp, target)


def _remove_vault_files(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(FileNotFoundError):
            Path(str(path) + suffix).unlink()
