"""Checks on the vault file itself, before SQLite sees it and while it is open."""

from __future__ import annotations

import contextlib
import os
import time
from pathlib import Path

from vp_desktop.store.errors import (
    FolderMissing,
    LocationUnwritable,
    NotAVault,
    RestoreInterrupted,
    VaultCorrupt,
    VaultMissing,
    classify,
)
from vp_desktop.store.side_files import staged_restore_path

PAGE_SIZE = 4096
SQLITE_PLAIN_HEADER = b"SQLite format 3\x00"


def check_file_shape(path: Path) -> None:
    """Refuse what is certainly not a vault before SQLite sees it (an empty file would silently
    become a new database)."""
    if path.is_dir():
        raise NotAVault("That is a folder, not a vault file.")
    try:
        size = path.stat().st_size
        with open(path, "rb") as fh:
            head = fh.read(len(SQLITE_PLAIN_HEADER))
    except FileNotFoundError:
        if staged_restore_path(path).exists():
            raise RestoreInterrupted() from None
        raise VaultMissing() from None
    except PermissionError:
        raise LocationUnwritable("The vault file cannot be read (no permission).") from None
    if head == SQLITE_PLAIN_HEADER:
        raise NotAVault("This is an unencrypted database, not a VP Desktop vault.")
    if size == 0 or size < PAGE_SIZE:
        raise NotAVault()
    if size % PAGE_SIZE:
        raise VaultCorrupt("The vault file is damaged (incomplete). Restore it from a backup.")


def location_writable(folder: Path) -> bool:
    """Whether a file can really be created in `folder` (write, then remove a probe file):
    `os.access` says yes on a read-only mount, on some network shares and under ACLs."""
    probe = folder / f".vp-write-probe-{os.getpid()}-{time.monotonic_ns()}"
    try:
        fd = os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except OSError:
        return False
    try:
        os.write(fd, b"\0")
    except OSError:
        return False
    finally:
        os.close(fd)
        with contextlib.suppress(OSError):
            probe.unlink()
    return True


def check_writable(path: Path) -> None:
    folder = path.parent
    if not folder.is_dir():
        raise FolderMissing(f"The folder {folder} does not exist.")
    if not location_writable(folder):
        raise LocationUnwritable()
    if path.exists():
        try:
            os.close(os.open(path, os.O_RDWR))
        except PermissionError:
            raise LocationUnwritable() from None
        except OSError as exc:
            raise classify(exc) from exc


def file_identity(path: Path) -> tuple[int, int]:
    st = os.stat(path)
    return st.st_dev, st.st_ino
