"""No core dump of VP Desktop, ever: a crash must not write case text or the passphrase to disk.

A core file holds the whole memory of the process (decrypted pages, the key, the passphrase as
typed). At start the core size limit is set to zero, and on Linux the process is made
non-dumpable, which also keeps other processes of the same user from attaching a debugger or
reading its memory through /proc.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import sys

PR_SET_DUMPABLE = 4
PR_GET_DUMPABLE = 3


def disable_core_dumps() -> None:
    """Best effort on every platform; never stops the app from starting."""
    with contextlib.suppress(ImportError, ValueError, OSError):
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
            libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0)


def is_dumpable() -> bool | None:
    """Linux: whether the process may still dump core (None elsewhere)."""
    if not sys.platform.startswith("linux"):
        return None
    libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
    return bool(libc.prctl(PR_GET_DUMPABLE, 0, 0, 0, 0))
