"""Schema migrations with Alembic, run programmatically against the keyed connection.

Alembic is imported only when a schema must change: loading it costs about a tenth of a second,
and unlocking a vault that is already current (nearly every unlock) needs only the revision ids,
which `_revision_graph` reads from the version files' own `revision =` lines.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine

from vp_desktop.store.errors import MigrationFailed, NewerSchema

if TYPE_CHECKING:
    from alembic.config import Config

SCRIPT_LOCATION = Path(__file__).resolve().parent
_ASSIGNMENT = re.compile(r"^(revision|down_revision)\s*(?::[^=]+)?=\s*(.+?)\s*$", re.MULTILINE)


def _config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(SCRIPT_LOCATION))
    return cfg


def _revision_graph() -> dict[str, tuple[str, ...]]:
    """Each revision with the revisions it follows, from the version files."""
    graph: dict[str, tuple[str, ...]] = {}
    for script in sorted((SCRIPT_LOCATION / "versions").glob("*.py")):
        values = dict(_ASSIGNMENT.findall(script.read_text(encoding="utf-8")))
        if "revision" not in values:
            continue
        down = ast.literal_eval(values.get("down_revision", "None"))
        follows = () if down is None else (down,) if isinstance(down, str) else tuple(down)
        graph[ast.literal_eval(values["revision"])] = follows
    return graph


def head_revision() -> str:
    graph = _revision_graph()
    followed = {parent for parents in graph.values() for parent in parents}
    heads = [revision for revision in graph if revision not in followed]
    if len(heads) != 1:  # let Alembic say what is wrong with the scripts
        from alembic.script import ScriptDirectory

        head = ScriptDirectory.from_config(_config()).get_current_head()
        assert head is not None
        return head
    return heads[0]


def known_revisions() -> set[str]:
    return set(_revision_graph())


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        has_table = conn.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
        ).first()
        if has_table is None:
            return None
        versions = [
            row[0] for row in conn.exec_driver_sql("SELECT version_num FROM alembic_version")
        ]
    if len(versions) > 1:
        raise MigrationFailed("The vault records more than one schema version.")
    return versions[0] if versions else None


def upgrade(engine: Engine, target: str = "head") -> None:
    """Upgrade in one transaction: a failure leaves the schema and data as they were.

    Foreign keys are off while the batch migrations copy tables, so a table rebuild can never
    cascade-delete child rows; they are checked before the transaction commits.
    """
    from alembic import command

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


def is_current(engine: Engine) -> bool:
    return current_revision(engine) == head_revision()


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
