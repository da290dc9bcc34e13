"""Schema migrations with Alembic, run programmatically against the keyed connection."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from vp_desktop.store.errors import MigrationFailed, NewerSchema

SCRIPT_LOCATION = Path(__file__).resolve().parent


def _config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(SCRIPT_LOCATION))
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    return {rev.revision for rev in ScriptDirectory.from_config(_config()).walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine, target: str = "head") -> None:
    """Upgrade in one transaction: a failure leaves the schema and data as they were.

    Foreign keys are off while the batch migrations copy tables, so a table rebuild can never
    cascade-delete child rows; they are checked before the transaction commits.
    """
    cfg = _config()
    with engine.connect() as conn:
        # Pragmas straight to the driver: through SQLAlchemy they would start a transaction,
        # inside which SQLite ignores a foreign_keys change.
        raw: Any = conn.connection.driver_connection
        raw.execute("PRAGMA foreign_keys = OFF")
        try:
            with conn.begin():
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, target)
                broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise MigrationFailed("The update would break links between records.")
        finally:
            raw.execute("PRAGMA foreign_keys = ON")


def ensure_current(engine: Engine, path: Path, before_migration: Callable[[Path], None]) -> None:
    """Bring an opened vault to the head revision, copying the file aside first."""
    current = current_revision(engine)
    head = head_revision()
    if current == head:
        return
    if current is not None and current not in known_revisions():
        raise NewerSchema()
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    before_migration(path)
    try:
        upgrade(engine)
    except NewerSchema:
        raise
    except MigrationFailed:
        raise
    except Exception as exc:
        raise MigrationFailed() from exc
