"""A tiny tmpfs for tests of full and read-only disks (mounting needs root: skip elsewhere)."""

from __future__ import annotations

import contextlib
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest


@contextlib.contextmanager
def mounted_tmpfs(folder: Path, size_kb: int, *, read_only: bool = False) -> Iterator[Path]:
    folder.mkdir(exist_ok=True)
    options = f"size={size_kb}k,mode=0700" + (",ro" if read_only else "")
    try:
        subprocess.run(
            ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(folder)],
            check=True,
            capture_output=True,
            timeout=10,
        )
    except (OSError, subprocess.SubprocessError):
        pytest.skip("cannot mount a tiny file system here (needs root)")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False, timeout=10)


def fill_disk(folder: Path, leave_bytes: int = 0) -> Path:
    """Fill the file system of `folder` up to `leave_bytes` free; returns the filler file."""
    filler = folder / "filler.bin"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        chunk = b"\0" * 4096
        with contextlib.suppress(OSError):
            while True:
                os.write(fd, chunk)
        if leave_bytes:
            os.ftruncate(fd, max(0, os.fstat(fd).st_size - leave_bytes))
    finally:
        os.close(fd)
    return filler
