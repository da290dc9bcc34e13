"""After a restore that stopped between its two renames (a crash, a kill, a power cut): no vault
at its place, but the verified copy of the backup and the vault it was replacing beside it. The
adviser finishes the restore or undoes it; the store says so when the vault is opened
(`RestoreInterrupted`)."""

from __future__ import annotations

import os
from pathlib import Path

from vp_desktop.services.data_safety.backup import _move_with_wal, replaced_copies
from vp_desktop.services.safe_files import sync_folder
from vp_desktop.store.errors import VaultError
from vp_desktop.store.lock import VaultLock
from vp_desktop.store.side_files import remove_with_companions, staged_restore_path


def restore_was_interrupted(vault_path: Path) -> bool:
    """Whether a restore stopped between its renames at `vault_path`: no vault there, but the
    verified copy of the backup and the vault it was replacing beside it (what finishing or
    undoing needs). Reads only names; changes nothing."""
    vault_path = Path(vault_path)
    try:
        return (
            not vault_path.exists()
            and staged_restore_path(vault_path).is_file()
            and bool(replaced_copies(vault_path))
        )
    except OSError:  # the folder cannot be read: nothing to offer
        return False


def finish_interrupted_restore(vault_path: Path) -> Path:
    """A restore stopped between its renames: put the verified copy in place. Returns the path
    of the vault it replaces (kept aside, as after any restore)."""
    vault_path = Path(vault_path)
    staged, aside = _interrupted(vault_path)
    with VaultLock(vault_path):
        os.replace(staged, vault_path)
        sync_folder(vault_path.parent)
    return aside


def undo_interrupted_restore(vault_path: Path) -> None:
    """A restore stopped between its renames: put the vault it was replacing back."""
    vault_path = Path(vault_path)
    staged, aside = _interrupted(vault_path)
    with VaultLock(vault_path):
        _move_with_wal(aside, vault_path)
        remove_with_companions(staged)
        sync_folder(vault_path.parent)


def _interrupted(vault_path: Path) -> tuple[Path, Path]:
    staged = staged_restore_path(vault_path)
    aside = replaced_copies(vault_path)
    if vault_path.exists() or not staged.exists() or not aside:
        raise VaultError("No interrupted restore was found for this vault.")
    return staged, aside[0]
