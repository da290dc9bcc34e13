"""Looking for canary strings where case content must never be: in every form a file can hold
text (raw bytes as UTF-8 and UTF-16, the members of a zip such as an XLSX, the text of a PDF),
and in the temporary folder while the app works, including files that live there only for a
moment.

`TempWatch` sees the temporary folder three ways: a scan of every file in it after each step;
each file Python deletes there (`os.remove`/`os.unlink`, as openpyxl and `tempfile` do), read
just before it goes; and on Linux inotify, which names every file created there, so a file that
came and went unseen (by Qt, or by C code) fails the check too. Every `tempfile` function that
makes a file is counted, also where a module imported it by name. What no watch can see is a file
opened with O_TMPFILE (Qt's unnamed QTemporaryFile): it never has a name in the folder.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import io
import os
import struct
import sys
import tempfile
import zipfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest

ENCODINGS = ("utf-8", "utf-16-le", "utf-16-be")


def text_forms(data: bytes) -> list[bytes]:
    """The ways `data` can hold text: itself, a zip's members, a PDF's extracted text."""
    forms = [data]
    if data.startswith(b"PK"):
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                forms += [archive.read(name) for name in archive.namelist()]
        except zipfile.BadZipFile:
            pass
    if data.startswith(b"%PDF"):
        forms.append(pdf_text(data).encode("utf-8"))
    return forms


def pdf_text(data: bytes) -> str:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtPdf import QPdfDocument

    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    try:
        return "\n".join(document.getAllText(page).text() for page in range(document.pageCount()))
    finally:
        document.close()


def canaries_in(data: bytes, canaries: Iterable[str]) -> set[str]:
    """The canaries `data` holds, in any of its text forms and encodings."""
    forms = text_forms(data)
    return {
        canary
        for canary in canaries
        if any(canary.encode(enc) in form for form in forms for enc in ENCODINGS)
    }


def files_under(*folders: Path) -> set[Path]:
    return {p for folder in folders if folder.exists() for p in folder.rglob("*") if p.is_file()}


# -- inotify (Linux) -----------------------------------------------------------------------

_IN_CREATE = 0x100
_IN_MOVED_TO = 0x80
_IN_ISDIR = 0x40000000
_IN_NONBLOCK = 0o4000
_EVENT = struct.Struct("iIII")


class _Inotify:
    """Names created in a folder tree (new subfolders are watched as they are seen)."""

    def __init__(self, folder: Path) -> None:
        self._libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        self._fd = self._libc.inotify_init1(_IN_NONBLOCK)
        if self._fd < 0:
            raise OSError(ctypes.get_errno(), "inotify_init1")
        self._folders: dict[int, Path] = {}
        self.created: set[Path] = set()
        self._watch(folder)

    def _watch(self, folder: Path) -> None:
        wd = self._libc.inotify_add_watch(self._fd, os.fsencode(folder), _IN_CREATE | _IN_MOVED_TO)
        if wd >= 0:
            self._folders[wd] = folder

    def read(self) -> None:
        while True:
            try:
                chunk = os.read(self._fd, 65536)
            except BlockingIOError:
                return
            offset = 0
            while offset < len(chunk):
                wd, mask, _cookie, length = _EVENT.unpack_from(chunk, offset)
                offset += _EVENT.size
                name = chunk[offset : offset + length].rstrip(b"\0")
                offset += length
                path = self._folders.get(wd, Path("?")) / os.fsdecode(name)
                if mask & _IN_ISDIR:
                    self._watch(path)
                else:
                    self.created.add(path)

    def close(self) -> None:
        os.close(self._fd)


# -- the watch ----------------------------------------------------------------------------

_TEMPFILE_MAKERS = (
    "mkstemp",
    "mkdtemp",
    "NamedTemporaryFile",
    "TemporaryFile",
    "SpooledTemporaryFile",
    "TemporaryDirectory",
)


class TempWatch:
    def __init__(self, folder: Path, canaries: Iterable[str], monkeypatch: pytest.MonkeyPatch):
        self.folder = folder
        self.canaries = tuple(canaries)
        #: (step, file, canary) for every canary found in the temporary folder
        self.hits: list[tuple[str, Path, str]] = []
        #: (step, tempfile function, calling module) for every temporary file or folder made
        self.made: list[tuple[str, str, str]] = []
        #: every file in the folder that was read (at a scan or before its deletion)
        self.inspected: set[Path] = set()
        self.step = "start"
        self._before = files_under(folder)
        self._inotify: _Inotify | None = None
        if sys.platform.startswith("linux"):
            self._inotify = _Inotify(folder)
        self._patch_deletion(monkeypatch)
        self._patch_tempfile(monkeypatch)

    def _inside(self, path: Any, dir_fd: int | None) -> Path | None:
        if dir_fd is not None or isinstance(path, int):
            return None
        try:
            resolved = Path(os.fsdecode(path)).resolve()
        except (TypeError, OSError):
            return None
        return resolved if resolved.is_relative_to(self.folder.resolve()) else None

    def _patch_deletion(self, monkeypatch: pytest.MonkeyPatch) -> None:
        def watching(original: Callable[..., None]) -> Callable[..., None]:
            def delete(path: Any, *args: Any, dir_fd: int | None = None, **kwargs: Any) -> None:
                inside = self._inside(path, dir_fd)
                if inside is not None and inside.is_file():
                    self._inspect(inside)
                if dir_fd is not None:
                    kwargs["dir_fd"] = dir_fd
                original(path, *args, **kwargs)

            return delete

        monkeypatch.setattr(os, "remove", watching(os.remove))
        monkeypatch.setattr(os, "unlink", watching(os.unlink))

    def _patch_tempfile(self, monkeypatch: pytest.MonkeyPatch) -> None:
        for name in _TEMPFILE_MAKERS:
            original = getattr(tempfile, name)

            def counting(*args: Any, _name: str = name, _f: Any = original, **kwargs: Any) -> Any:
                caller = sys._getframe(1).f_globals.get("__name__", "?")
                self.made.append((self.step, _name, caller))
                return _f(*args, **kwargs)

            # Also where a module did `from tempfile import NamedTemporaryFile` (openpyxl).
            for module in list(sys.modules.values()):
                if module is not None and getattr(module, name, None) is original:
                    monkeypatch.setattr(module, name, counting)

    def _inspect(self, path: Path) -> None:
        path = path.resolve()
        self.inspected.add(path)
        try:
            data = path.read_bytes()
        except OSError:
            return
        for canary in canaries_in(data, self.canaries):
            self.hits.append((self.step, path, canary))

    @contextlib.contextmanager
    def step_named(self, step: str) -> Iterator[None]:
        """One step of the session; afterwards every file now in the folder is read."""
        self.step = step
        yield
        for path in files_under(self.folder):
            self._inspect(path)
        if self._inotify is not None:
            self._inotify.read()

    def left_behind(self) -> set[Path]:
        return files_under(self.folder) - self._before

    def unseen(self) -> set[Path]:
        """Files that appeared in the folder and went again without being read."""
        if self._inotify is None:
            return set()
        return {p for p in self._inotify.created if p.resolve() not in self.inspected}

    def close(self) -> None:
        if self._inotify is not None:
            self._inotify.close()
