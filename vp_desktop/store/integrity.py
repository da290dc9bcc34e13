"""The integrity check at unlock: after an unclean shutdown, and otherwise once a week.

`PRAGMA quick_check` decrypts every page (seconds on a large vault). The command line runs it
before anything reads or writes the vault; the app unlocks at once and runs it in the background
on its own read-only connection (`check_in_background`): a failure blocks every later write with
the advice to restore a backup.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
from pathlib import Path
from typing import TYPE_CHECKING

import sqlcipher3
from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError

from vp_desktop.store.errors import VaultCorrupt, VaultError
from vp_desktop.store.keys import key_statements

if TYPE_CHECKING:
    from vp_desktop.store.vault import Vault

INTEGRITY_CHECK_KEY = "store.last_integrity_check"
INTEGRITY_CHECK_EVERY = dt.timedelta(days=7)


class IntegrityCheckFailed(VaultCorrupt):
    code = "integrity_failed"
    reason = (
        "The integrity check found damage in the vault. Nothing more is saved: "
        "restore the latest backup (Data → Restore a backup, or `vp-desktop restore`)."
    )


def wal_left_behind(path: Path) -> bool:
    """A clean close folds the log into the vault and removes it; a log with pages in it means
    the last session ended in a crash or a power cut."""
    wal = Path(str(path) + "-wal")
    return wal.exists() and wal.stat().st_size > 0


def integrity_check_due(engine: Engine) -> bool:
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


def quick_check(engine: Engine) -> None:
    """Raise `VaultCorrupt` unless the structure of every page is sound."""
    with engine.connect() as conn:
        rows = [r[0] for r in conn.exec_driver_sql("PRAGMA quick_check").fetchall()]
    if rows != ["ok"]:
        raise VaultCorrupt()


def record_integrity_check(engine: Engine) -> None:
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)",
            (INTEGRITY_CHECK_KEY, json.dumps(dt.datetime.now().isoformat(timespec="seconds"))),
        )


def read_only_quick_check(path: Path, key: str) -> bool:
    """Run `quick_check` on a connection of its own that cannot write; True when sound."""
    uri = Path(path).resolve().as_uri() + "?mode=ro"
    try:
        con = sqlcipher3.connect(uri, uri=True, check_same_thread=False)
        try:
            con.execute("PRAGMA cipher_log_level = NONE")
            for statement in key_statements(key):
                con.execute(statement)
            con.execute("PRAGMA query_only = ON")
            rows = [r[0] for r in con.execute("PRAGMA quick_check").fetchall()]
        finally:
            con.close()
    except sqlcipher3.DatabaseError:
        return False
    return rows == ["ok"]


def run_pending_check(vault: Vault) -> bool:
    """The check an unlock left for later (see `Vault.integrity_check_pending`). Safe to call
    from a worker thread: it uses its own connection and only flags the vault. True when sound;
    on damage every later transaction raises `IntegrityCheckFailed`."""
    if not vault.integrity_check_pending:
        return True
    sound = read_only_quick_check(vault.path, vault.key_in_use)
    vault.integrity_check_pending = False
    if not sound:
        vault.block_writes(IntegrityCheckFailed())
        return False
    # The check passed; should recording it fail, it only runs again next time.
    with contextlib.suppress(DBAPIError, sqlcipher3.Error, VaultError):
        record_integrity_check(vault.engine)
    return True
