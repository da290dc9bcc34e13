"""One process per vault: an OS-level lock on a companion `.lock` file.

The lock is released by the operating system when the process ends, even on a crash or SIGKILL, so
a stale lock can never keep the adviser out. The lock file holds no data.
"""

from __future__ import annotations

import sys
from pathlib import Path
from types import TracebackType
from typing import IO

from vp_desktop.store.errors import LocationUnwritable, VaultInUse


def lock_path_for(vault_path: Path) -> Path:
    return vault_path.with_name(vault_path.name + ".lock")


class VaultLock:
    def __init__(self, vault_path: Path) -> None:
        self.path = lock_path_for(vault_path)
        self._handle: IO[bytes] | None = None

    def acquire(self) -> None:
        try:
            handle = open(self.path, "a+b")  # noqa: SIM115 - held open for the lock's lifetime
        except PermissionError as exc:
            raise LocationUnwritable() from exc
        except OSError as exc:
            raise LocationUnwritable(
                f"The lock file could not be created: {exc.strerror}."
            ) from exc
        try:
            _lock(handle)
        except OSError:
            handle.close()
            raise VaultInUse() from None
        self._handle = handle

    def release(self) -> None:
        if self._handle is None:
            return
        try:
            _unlock(self._handle)
        finally:
            self._handle.close()
            self._handle = None

    @property
    def held(self) -> bool:
        return self._handle is not None

    def __enter__(self) -> VaultLock:
        self.acquire()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()


if sys.platform == "win32":  # pragma: no cover - exercised on Windows builds
    import msvcrt

    def _lock(handle: IO[bytes]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)

    def _unlock(handle: IO[bytes]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(handle: IO[bytes]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(handle: IO[bytes]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
