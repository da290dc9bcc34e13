"""A restore without the question in between: verify the backup, then let it replace the vault,
the two steps the restore command and the restore dialog take with the adviser's yes between."""

from __future__ import annotations

from pathlib import Path

from vp_desktop.services.data_safety import backup
from vp_desktop.services.data_safety.backup import RestoreReport


def restore_at_once(made: Path, vault_path: Path, passphrase: str) -> RestoreReport:
    with backup.prepare_restore(made, vault_path, passphrase) as prepared:
        return prepared.commit()
