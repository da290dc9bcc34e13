"""Writing files that hold the adviser's data outside the vault (exports, reports, backups).

Owner-only permissions from the first byte, written beside the target (never in a temp folder),
flushed to disk, then moved into place atomically: a crash or a full disk leaves either the old
file or the new one, never half of one. A full disk becomes `DiskFull`.
"""

from __future__ import annotations

import contextlib
import errno
import os
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from vp_desktop.store.errors import DiskFull, LocationUnwritable


@contextlib.contextmanager
def private_writer(target: Path) -> Iterator[BinaryIO]:
    """Yield a binary stream; on normal exit the content replaces `target` atomically."""
    target = Path(target)
    if not target.parent.is_dir():
        raise LocationUnwritable(f"The folder {target.parent} does not exist.")
    part = target.with_name(f".{target.name}.part")
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
