"""Checks for files kept inside the vault: case attachments, evidence of development."""

from __future__ import annotations

import mimetypes
import os
import stat
from pathlib import Path, PurePath
from typing import Any

from vp_desktop.services.errors import Checker

MAX_FILE_BYTES = 20 * 1024 * 1024
ATTACHMENT_TYPES = frozenset(
    {
        "application/pdf",
        "image/png",
        "image/jpeg",
        "text/plain",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "application/msword",
        "message/rfc822",
    }
)
EVIDENCE_TYPES = frozenset({"application/pdf", "image/png", "image/jpeg"})
_SIGNATURES = {
    "application/pdf": (b"%PDF",),
    "image/png": (b"\x89PNG\r\n\x1a\n",),
    "image/jpeg": (b"\xff\xd8\xff",),
}


class NotARegularFile(OSError):
    """A FIFO, a device, a socket or a folder where a file was expected."""


class FileTooLarge(OSError):
    def __init__(self, limit: int) -> None:
        super().__init__(f"larger than {limit} bytes")
        self.limit = limit


def read_regular_file(path: Path, limit: int) -> bytes:
    """The content of a regular file of at most `limit` bytes, read with that limit.

    Opened without waiting (a FIFO would block until a writer comes) and checked on the open
    descriptor (no swap between check and read); `/dev/zero` and a pipe are refused, and a file
    that grows while it is read stops at the limit instead of filling memory."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags | getattr(os, "O_NOCTTY", 0))
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise NotARegularFile(f"{path} is not a regular file")
        if info.st_size > limit:
            raise FileTooLarge(limit)
        chunks: list[bytes] = []
        total = 0
        while chunk := os.read(fd, min(1024 * 1024, limit + 1 - total)):
            total += len(chunk)
            if total > limit:
                raise FileTooLarge(limit)
            chunks.append(chunk)
        return b"".join(chunks)
    finally:
        os.close(fd)


def media_type_of(filename: str) -> str:
    guessed, _ = mimetypes.guess_type(filename)
    return guessed or "application/octet-stream"


def safe_name(filename: str) -> str:
    """The bare file name, without any folder part a crafted name might carry."""
    name = PurePath(filename.replace("\\", "/")).name.strip()
    return name or "bestand"


def file_columns(
    check: Checker, filename: str, data: bytes, allowed: frozenset[str]
) -> dict[str, Any]:
    """The columns every stored file has (its bare name, media type, size and bytes), with what
    is wrong with the file added to `check` (see `check_file`)."""
    media_type = check_file(check, filename, data, allowed)
    return {
        "filename": safe_name(filename),
        "media_type": media_type,
        "size": len(data),
        "data": data,
    }


def check_file(check: Checker, filename: str, data: bytes, allowed: frozenset[str]) -> str:
    """Validate size and kind; returns the media type. Content must match PDF/PNG/JPEG magic."""
    media_type = media_type_of(filename)
    if not data:
        check.add("file", "file_empty")
    elif len(data) > MAX_FILE_BYTES:
        check.add("file", "file_too_large", limit=MAX_FILE_BYTES // (1024 * 1024))
    if media_type not in allowed:
        check.add("file", "file_type", value=PurePath(filename).suffix or filename)
    elif data and media_type in _SIGNATURES and not data.startswith(_SIGNATURES[media_type]):
        check.add("file", "file_type", value=PurePath(filename).suffix)
    return media_type
