"""A restore without the question in between: verify the backup, then let it replace the vault,
the two steps the restore command and the restore dialog take with the adviser's yes between."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from vp_desktop.services.data_safety import backup
from vp_desktop.services.data_safety.backup import RestoreReport


def restore_at_once(made: Path, vault_path: Path, passphrase: str) -> RestoreReport:
    with backup.prepare_restore(made, vault_path, passphrase) as prepared:
        return prepared.commit()


def interrupt_between_the_renames(
    made: Path, vault_path: Path, passphrase: str, when: dt.datetime | None = None
) -> Path:
    """The restore's steps up to between its renames, as a crash leaves them: the backup
    verified and staged beside the vault, the vault moved aside, the staged copy not yet in
    place. Returns where the replaced vault went."""
    prepared = backup.prepare_restore(made, vault_path, passphrase)
    aside = backup._move_aside(vault_path, when or dt.datetime(2026, 3, 1, 12, 0))
    prepared._lock.release()  # the process died here: the OS let go of its lock
    return aside
