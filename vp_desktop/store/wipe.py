"""Wiping deleted data from the vault file: VACUUM, then a checkpoint that must really finish.

A reader elsewhere (a background export, a second connection) keeps `wal_checkpoint(TRUNCATE)`
from finishing, and the old pages then stay in the log: the checkpoint's own answer is checked and
retried, and `WipeIncomplete` says so when it never finished. A full disk during the rewrite is
reported the same way. Either way a marker in the vault's settings makes the next open finish it.
"""

from __future__ import annotations

import contextlib
import logging
import time
from typing import Any

import sqlcipher3
from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError

from vp_desktop.store.errors import VaultError, WipeIncomplete, classify

log = logging.getLogger(__name__)

WIPE_PENDING_KEY = "store.wipe_pending"
ATTEMPTS = 5
PAUSE_SECONDS = 0.2
#: How long one checkpoint attempt waits for readers: the connection's usual busy timeout
#: (seconds) would make a blocked wipe hang the adviser for half a minute before it says so.
CHECKPOINT_WAIT_MS = 100


def wipe_free_space(engine: Engine, *, attempts: int = ATTEMPTS) -> None:
    """Rewrite the file and fold the log in; raise `WipeIncomplete` if that did not finish."""
    try:
        with engine.connect() as conn:
            raw: Any = conn.connection.driver_connection
            raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
            raw.execute("VACUUM")
            _set_pending(raw, False)  # before the last checkpoint, so the log ends up empty
            usual_wait = raw.execute("PRAGMA busy_timeout").fetchone()[0]
            raw.execute(f"PRAGMA busy_timeout = {CHECKPOINT_WAIT_MS}")
            try:
                for attempt in range(attempts):
                    busy = raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
                    if not busy:
                        return
                    if attempt + 1 < attempts:
                        time.sleep(PAUSE_SECONDS)
            finally:
                raw.execute(f"PRAGMA busy_timeout = {int(usual_wait)}")
            _set_pending(raw, True)
    except (DBAPIError, sqlcipher3.Error, OSError) as exc:
        cause = classify(exc)
        with contextlib.suppress(DBAPIError, sqlcipher3.Error, OSError), engine.connect() as conn:
            _set_pending(conn.connection.driver_connection, True)
        raise WipeIncomplete(cause=cause) from exc
    log.warning("wipe: the final checkpoint stayed blocked by a reader")
    raise WipeIncomplete()


def mark_wipe_pending(session: Any) -> None:
    """In the transaction that deletes: a kill after its commit and before the wipe finished
    leaves the marker, so the next open wipes."""
    session.execute(
        text("INSERT OR REPLACE INTO settings (key, value) VALUES (:key, 'true')"),
        {"key": WIPE_PENDING_KEY},
    )


def finish_pending_wipe(engine: Engine) -> bool:
    """At open: finish a wipe an earlier purge could not; True when none is pending any more."""
    try:
        with engine.connect() as conn:
            pending = conn.exec_driver_sql(
                "SELECT count(*) FROM settings WHERE key = ?", (WIPE_PENDING_KEY,)
            ).scalar()
    except DBAPIError:
        return True  # no settings table yet
    if not pending:
        return True
    try:
        wipe_free_space(engine)
    except VaultError:
        return False
    return True


def _set_pending(raw: Any, pending: bool) -> None:
    if pending:
        raw.execute(
            "INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)",
            (WIPE_PENDING_KEY, "true"),
        )
    else:
        raw.execute("DELETE FROM settings WHERE key = ?", (WIPE_PENDING_KEY,))
