"""Files the store keeps beside a vault, and cleaning up what a crash or kill left behind.

- `<vault>.before-update.bak`: the still-encrypted vault as it was before a schema update. It
  holds everything the vault held then (cases purged since, the old passphrase), so it is removed
  as soon as the updated vault opened and passed its integrity check, and again by every purge,
  offboarding and passphrase change.
- `<vault>.passphrase-changed`: when the passphrase was last changed (a date, nothing else), so an
  adviser whose change was interrupted hears which passphrase may now be in force.
- leftovers of a kill: `.<vault>.restoring` (a restore's staged copy) with its `-wal`/`-shm`, and
  `.<name>.part` files of writes that never finished.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
from pathlib import Path

UPDATE_COPY_SUFFIX = ".before-update.bak"
PASSPHRASE_MARK_SUFFIX = ".passphrase-changed"
RECENT_CHANGE = dt.timedelta(days=30)


def update_copy_path(vault_path: Path) -> Path:
    return vault_path.with_name(vault_path.name + UPDATE_COPY_SUFFIX)


def backup_before_migration(path: Path) -> None:
    """Copy the (still encrypted) vault aside before its schema changes."""
    target = update_copy_path(path)
    tmp = target.with_name(target.name + ".part")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.close(fd)
    shutil.copyfile(path, tmp)
    with open(tmp, "rb+") as fh:
        os.fsync(fh.fileno())
    os.replace(tmp, target)


def remove_update_copy(vault_path: Path) -> bool:
    """Delete the pre-update copy and its half-written form; True when one was there."""
    target = update_copy_path(vault_path)
    found = False
    for path in (target, target.with_name(target.name + ".part")):
        for companion in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
            with contextlib.suppress(FileNotFoundError):
                companion.unlink()
                found = True
    return found


def staged_restore_path(vault_path: Path) -> Path:
    return vault_path.with_name(f".{vault_path.name}.restoring")


def remove_with_companions(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(FileNotFoundError):
            Path(f"{path}{suffix}").unlink()


# -- the passphrase-change mark ---------------------------------------------------------------


def mark_passphrase_change(vault_path: Path, now: dt.datetime | None = None) -> None:
    mark = vault_path.with_name(vault_path.name + PASSPHRASE_MARK_SUFFIX)
    stamp = (now or dt.datetime.now()).isoformat(timespec="minutes")
    with contextlib.suppress(OSError):
        fd = os.open(mark, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="ascii") as fh:
            fh.write(stamp)
            fh.flush()
            os.fsync(fh.fileno())


def recent_passphrase_change(
    vault_path: Path, now: dt.datetime | None = None
) -> dt.datetime | None:
    mark = vault_path.with_name(vault_path.name + PASSPHRASE_MARK_SUFFIX)
    try:
        when = dt.datetime.fromisoformat(mark.read_text(encoding="ascii").strip())
    except (OSError, ValueError):
        return None
    return when if (now or dt.datetime.now()) - when <= RECENT_CHANGE else None


def forget_passphrase_change(vault_path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        vault_path.with_name(vault_path.name + PASSPHRASE_MARK_SUFFIX).unlink()


def remove_leftovers(vault_path: Path) -> None:
    """At open (the vault's lock held, so no restore or update is running): a staged restore
    copy beside an existing vault never replaced it, and a half-written pre-update copy is
    useless; both go, with their logs."""
    remove_with_companions(staged_restore_path(vault_path))
    copy = update_copy_path(vault_path)
    remove_with_companions(copy.with_name(copy.name + ".part"))
