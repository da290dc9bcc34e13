"""Connections to a vault file: keyed, configured, pooled.

Every connection is keyed first (`keys.key_statements`), then configured the same way: foreign
keys, secure delete, WAL, full sync, in-memory temp storage and a busy timeout. `unlock` finds the
key that opens a file; `key_opens` asks the same question of one key without keeping anything.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import QueuePool

from vp_desktop.store import keys, side_files
from vp_desktop.store.errors import (
    VaultError,
    WrongPassphrase,
    WrongPassphraseAfterChange,
    classify,
)


def raw_connect(path: Path, key: str) -> sqlcipher3.Connection:
    con = sqlcipher3.connect(str(path), check_same_thread=False, isolation_level=None)
    con.execute("PRAGMA cipher_log_level = NONE")
    for statement in keys.key_statements(key):
        con.execute(statement)
    return con


def configure(con: sqlcipher3.Connection) -> None:
    con.execute("PRAGMA foreign_keys = ON")
    con.execute("PRAGMA secure_delete = ON")
    # WAL: readers never block the writer (background exports) and a crash never tears a page;
    # the -wal file is encrypted like the vault. FULL sync: a reported commit survives power loss.
    con.execute("PRAGMA journal_mode = WAL")
    con.execute("PRAGMA synchronous = FULL")
    # Sorts and temporary tables stay in memory: no temp file, encrypted or not.
    con.execute("PRAGMA temp_store = MEMORY")
    con.execute("PRAGMA busy_timeout = 5000")


def key_opens(path: Path, key: str) -> bool:
    try:
        con = raw_connect(path, key)
        try:
            con.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            con.close()
    except sqlcipher3.DatabaseError:
        return False
    return True


def unlock(path: Path, candidates: list[str]) -> tuple[Engine, str]:
    """The engine of the first key that opens the file (the current rule, then older ones)."""
    last: VaultError = WrongPassphrase()
    for key in candidates:
        engine = make_engine(path, key)
        try:
            with engine.connect() as conn:
                conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()
        except (DBAPIError, sqlcipher3.Error) as exc:
            engine.dispose()
            last = classify(exc)
            if isinstance(last, WrongPassphrase):
                continue
            raise last from exc
        return engine, key
    changed = side_files.recent_passphrase_change(path)
    if isinstance(last, WrongPassphrase) and changed is not None:
        raise WrongPassphraseAfterChange(changed)
    raise last


def make_engine(path: Path, key: str) -> Engine:
    def creator() -> sqlcipher3.Connection:
        con = raw_connect(path, key)
        try:
            configure(con)
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
