"""Writing files that hold the adviser's data outside the vault (exports, reports, backups).

Owner-only permissions from the first byte, written beside the target (never in a temp folder),
flushed to disk, then moved into place atomically: a crash or a full disk leaves either the old
file or the new one, never half of one. A full disk becomes `DiskFull`.

A kill during the write would strand the half-written `.<name>.part` (plaintext) where nobody
looks. Each write is therefore listed in the per-user `pending-writes` folder while it runs (the
path only, under an OS lock held by the writer); the next start removes the `.part` of every entry
whose writer is gone (`remove_stranded_writes`).
"""

from __future__ import annotations

import contextlib
import errno
import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from vp_desktop.store.errors import DiskFull, FolderMissing, LocationUnwritable, VaultError
from vp_desktop.store.lock import VaultLock, lock_path_for

PENDING_DIR_ENV = "VP_DESKTOP_STATE_DIR"


@contextlib.contextmanager
def private_writer(target: Path) -> Iterator[BinaryIO]:
    """Yield a binary stream; on normal exit the content replaces `target` atomically."""
    target = Path(target)
    if not target.parent.is_dir():
        raise FolderMissing(f"The folder {target.parent} does not exist.")
    part = target.with_name(f".{target.name}.part")
    with _listed_while_written(part):
        yield from _write_part(part, target)


def _write_part(part: Path, target: Path) -> Iterator[BinaryIO]:
    try:
        fd = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    except PermissionError as exc:
        raise LocationUnwritable() from exc
    except OSError as exc:
        raise _translate(exc) from exc
    try:
        with os.fdopen(fd, "wb") as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(part, target)
    except OSError as exc:
        with contextlib.suppress(FileNotFoundError):
            part.unlink()
        raise _translate(exc) from exc
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            part.unlink()
        raise
    sync_folder(target.parent)


@contextlib.contextmanager
def private_destination(target: Path) -> Iterator[Path]:
    """Like `private_writer`, for writers that open the file themselves (SQLite): yield the path
    of an empty owner-only file beside `target`; on normal exit it replaces `target` atomically."""
    target = Path(target)
    with private_writer(target):
        # Same file, opened again by name: private_writer's fsync covers what the writer wrote.
        yield target.with_name(f".{target.name}.part")


def pending_writes_folder() -> Path:
    configured = os.environ.get(PENDING_DIR_ENV)
    if configured:
        return Path(configured) / "pending-writes"
    from vp_desktop.services.data_safety.vaults import default_vault_path

    return default_vault_path().parent / "pending-writes"


@contextlib.contextmanager
def _listed_while_written(part: Path) -> Iterator[None]:
    """List `part` in the pending-writes folder while the caller writes it (best effort: a
    folder that cannot be written only costs the clean-up after a kill)."""
    folder = pending_writes_folder()
    entry = folder / f"{os.getpid()}-{uuid.uuid4().hex}"
    lock = VaultLock(entry)
    listed = False
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        lock.acquire()
        fd = os.open(entry, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(str(part.resolve()))
        listed = True
    except (OSError, VaultError):
        lock.release()
    try:
        yield
    finally:
        if listed:
            for path in (entry, lock_path_for(entry)):
                with contextlib.suppress(OSError):
                    path.unlink()
            lock.release()


def remove_stranded_writes() -> list[Path]:
    """At start: remove the `.part` files of writes whose process is gone; returns them."""
    folder = pending_writes_folder()
    removed: list[Path] = []
    try:
        entries = [p for p in folder.iterdir() if not p.name.endswith(".lock")]
    except OSError:
        return removed
    for entry in entries:
        lock = VaultLock(entry)
        try:
            lock.acquire()
        except VaultError:
            continue  # its writer is still at work
        try:
            part = Path(entry.read_text(encoding="utf-8").strip())
            if part.name.startswith(".") and part.name.endswith(".part"):
                with contextlib.suppress(FileNotFoundError):
                    part.unlink()
                    removed.append(part)
            entry.unlink()
        except (OSError, ValueError):
            pass
        finally:
            lock.release()
            with contextlib.suppress(OSError):
                lock_path_for(entry).unlink()
    return removed


def write_private_file(target: Path, data: bytes) -> None:
    with private_writer(target) as stream:
        stream.write(data)


def _translate(exc: OSError) -> Exception:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return DiskFull()
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return LocationUnwritable()
    return exc


def sync_folder(folder: Path) -> None:
    """Make a rename or new file in `folder` survive a power cut (a no-op where unsupported)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
