"""Checks for files kept inside the vault: case attachments, evidence of development."""

from __future__ import annotations

import mimetypes
from pathlib import PurePath

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


def media_type_of(filename: str) -> str:
    guessed, _ = mimetypes.guess_type(filename)
    return guessed or "application/octet-stream"


def safe_name(filename: str) -> str:
    """The bare file name, without any folder part a crafted name might carry."""
    name = PurePath(filename.replace("\\", "/")).name.strip()
    return name or "bestand"


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
