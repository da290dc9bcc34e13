"""Decrypt a SQLCipher 4 file and its ``-wal`` page by page, without SQLite.

Tests use this to prove that purged text is gone from the bytes on disk: every page of the main
file is decrypted (free pages, freelist trunk pages and FTS index pages included), and so is every
frame of the ``-wal`` file, stale frames from earlier WAL generations included. SQLite never reads
the file here, so nothing it would skip (a free page, an uncommitted frame) escapes the search.

SQLCipher 4 default layout, checked against sqlcipher3 (SQLCipher 4.x community):

* The first 16 bytes of the main file are the random KDF salt (they stand where the plaintext
  header ``SQLite format 3\\0`` would be). The WAL file has no salt of its own.
* Encryption key: PBKDF2-HMAC-SHA512(passphrase as UTF-8, salt, 256000 iterations, 32 bytes).
  A key given as ``x'<64 hex digits>'`` (or ``x'<64 + 32 hex digits>'``, raw key then salt) is a
  raw key and skips the KDF, as in SQLCipher.
* HMAC key: PBKDF2-HMAC-SHA512(encryption key, salt XOR 0x3a per byte, 2 iterations, 32 bytes).
* Every 4096-byte page ends in an 80-byte reserved tail: 16-byte IV, then 64-byte HMAC-SHA512,
  so SQLite's header records 80 reserved bytes per page (byte 20 of page 1).
* The encrypted region is ``page[0:4016]`` (``page[16:4016]`` on page 1), AES-256-CBC with the
  page's IV and no padding.
* HMAC-SHA512 over ciphertext + IV + page number as 4 bytes little-endian.
* A ``-wal`` file is a 32-byte plaintext header, then frames of a 24-byte plaintext frame header
  (page number big-endian in bytes 0-3) and one page encrypted exactly like a page of the main
  file with that page number (page 1 frames keep the 16-byte salt at their start too).
"""

from __future__ import annotations

import functools
import hmac as std_hmac
import re
import struct
from collections.abc import Iterator
from pathlib import Path

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives import hmac as crypto_hmac
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.kdf.pbkdf2 import PBKDF2HMAC

from vp_desktop.store import keys

PAGE_SIZE = 4096
SALT_SIZE = 16
KEY_SIZE = 32
IV_SIZE = 16
HMAC_SIZE = 64
RESERVE_SIZE = IV_SIZE + HMAC_SIZE  # 80, already a multiple of the AES block size
KDF_ITERATIONS = 256_000
HMAC_KDF_ITERATIONS = 2
HMAC_SALT_MASK = 0x3A
SQLITE_HEADER = b"SQLite format 3\x00"
WAL_HEADER_SIZE = 32
WAL_FRAME_HEADER_SIZE = 24
WAL_MAGICS = (0x377F0682, 0x377F0683)

# SQLCipher's raw key syntax: 64 hex digits of key, optionally followed by 32 hex digits of salt
# (that salt is then the one written at the start of the file).
_RAW_KEY = re.compile(r"x'([0-9A-Fa-f]{64})(?:[0-9A-Fa-f]{32})?'")


class PageDecryptError(Exception):
    """A page failed its HMAC check (wrong passphrase, wrong salt, or damaged bytes)."""


def _derive(passphrase: str, salt: bytes) -> tuple[bytes, bytes]:
    # The test suite may open vaults with fewer iterations (tests/conftest.py): follow the store.
    return _derive_with(passphrase, salt, keys.kdf_iterations or KDF_ITERATIONS)


@functools.lru_cache(maxsize=64)
def _derive_with(passphrase: str, salt: bytes, iterations: int) -> tuple[bytes, bytes]:
    """(encryption key, HMAC key) for a passphrase and a file's salt, cached: the KDF is slow."""
    if len(salt) != SALT_SIZE:
        raise ValueError(f"a SQLCipher salt is {SALT_SIZE} bytes, got {len(salt)}")
    raw = _RAW_KEY.fullmatch(passphrase)
    if raw is not None:
        key = bytes.fromhex(raw.group(1))
    else:
        key = PBKDF2HMAC(
            algorithm=hashes.SHA512(), length=KEY_SIZE, salt=salt, iterations=iterations
        ).derive(passphrase.encode("utf-8"))
    hmac_salt = bytes(b ^ HMAC_SALT_MASK for b in salt)
    hmac_key = PBKDF2HMAC(
        algorithm=hashes.SHA512(), length=KEY_SIZE, salt=hmac_salt, iterations=HMAC_KDF_ITERATIONS
    ).derive(key)
    return key, hmac_key


def derive_key(passphrase: str, salt: bytes) -> bytes:
    """The 32-byte AES key SQLCipher 4 derives from ``passphrase`` and the file's 16-byte salt."""
    return _derive(passphrase, bytes(salt))[0]


def _decrypt_page(page: bytes, pgno: int, key: bytes, hmac_key: bytes, where: str) -> bytes:
    """Check the HMAC of one encrypted page and return the plaintext page (same length).

    The reserved tail (IV and HMAC) is copied as is; on page 1 the salt is replaced by the
    plaintext SQLite header, as SQLCipher does in memory.
    """
    if len(page) != PAGE_SIZE:
        raise PageDecryptError(f"{where}: page {pgno} is {len(page)} bytes, expected {PAGE_SIZE}")
    start = SALT_SIZE if pgno == 1 else 0
    end = PAGE_SIZE - RESERVE_SIZE
    ciphertext = page[start:end]
    iv = page[end : end + IV_SIZE]
    stored_mac = page[end + IV_SIZE : end + IV_SIZE + HMAC_SIZE]
    mac = crypto_hmac.HMAC(hmac_key, hashes.SHA512())
    mac.update(ciphertext)
    mac.update(iv)
    mac.update(struct.pack("<I", pgno))
    if not std_hmac.compare_digest(mac.finalize(), stored_mac):
        raise PageDecryptError(
            f"{where}: HMAC check failed on page {pgno} (wrong passphrase, or damaged file)"
        )
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    plaintext = decryptor.update(ciphertext) + decryptor.finalize()
    if pgno == 1:
        plaintext = SQLITE_HEADER + plaintext
    return plaintext + page[end:]


def _read_salt(db_path: Path) -> bytes:
    with db_path.open("rb") as f:
        salt = f.read(SALT_SIZE)
    if len(salt) != SALT_SIZE:
        raise PageDecryptError(f"{db_path}: too short to hold a SQLCipher salt")
    return salt


def decrypt_pages(db_path: Path, passphrase: str) -> Iterator[tuple[int, bytes]]:
    """Yield (page number, plaintext page) for every page of the main file, free pages included."""
    data = Path(db_path).read_bytes()
    if not data:
        return
    if len(data) % PAGE_SIZE:
        raise PageDecryptError(
            f"{db_path}: {len(data)} bytes is not a whole number of {PAGE_SIZE}-byte pages"
        )
    key, hmac_key = _derive(passphrase, data[:SALT_SIZE])
    for index in range(len(data) // PAGE_SIZE):
        pgno = index + 1
        page = data[index * PAGE_SIZE : pgno * PAGE_SIZE]
        plain = _decrypt_page(page, pgno, key, hmac_key, str(db_path))
        if pgno == 1:
            page_size, reserve = _page_size_field(plain), plain[20]
            if (page_size, reserve) != (PAGE_SIZE, RESERVE_SIZE):
                raise PageDecryptError(
                    f"{db_path}: header says page size {page_size}, {reserve} reserved bytes; "
                    f"expected {PAGE_SIZE} and {RESERVE_SIZE}"
                )
        yield pgno, plain


def _page_size_field(page1: bytes) -> int:
    (size,) = struct.unpack(">H", page1[16:18])
    return 65536 if size == 1 else int(size)


def decrypt_wal_pages(wal_path: Path, passphrase: str, salt: bytes) -> Iterator[tuple[int, bytes]]:
    """Yield (page number, plaintext page) for every frame of a ``-wal`` file.

    Every frame is decrypted, whether or not it belongs to the current WAL generation or a
    committed transaction: stale frames are still bytes on disk. ``salt`` is the first 16 bytes
    of the main database file.
    """
    data = Path(wal_path).read_bytes()
    if not data:
        return
    if len(data) < WAL_HEADER_SIZE:
        raise PageDecryptError(f"{wal_path}: {len(data)} bytes is shorter than a WAL header")
    magic, _version, page_size = struct.unpack(">III", data[:12])
    if magic not in WAL_MAGICS:
        raise PageDecryptError(f"{wal_path}: not a WAL file (magic {magic:#010x})")
    if page_size != PAGE_SIZE:
        raise PageDecryptError(f"{wal_path}: WAL page size {page_size}, expected {PAGE_SIZE}")
    frame_size = WAL_FRAME_HEADER_SIZE + PAGE_SIZE
    body = len(data) - WAL_HEADER_SIZE
    if body % frame_size:
        raise PageDecryptError(f"{wal_path}: ends in a partial frame ({body % frame_size} bytes)")
    key, hmac_key = _derive(passphrase, bytes(salt))
    for frame in range(body // frame_size):
        offset = WAL_HEADER_SIZE + frame * frame_size
        (pgno,) = struct.unpack(">I", data[offset : offset + 4])
        page = data[offset + WAL_FRAME_HEADER_SIZE : offset + frame_size]
        yield pgno, _decrypt_page(page, pgno, key, hmac_key, f"{wal_path} frame {frame}")


def plaintext_of_vault(db_path: Path, passphrase: str) -> bytes:
    """All decrypted pages of the main file, then of its ``-wal`` file if there is one."""
    db_path = Path(db_path)
    chunks = [page for _, page in decrypt_pages(db_path, passphrase)]
    wal_path = db_path.with_name(db_path.name + "-wal")
    if wal_path.exists():
        salt = _read_salt(db_path)
        chunks.extend(page for _, page in decrypt_wal_pages(wal_path, passphrase, salt))
    return b"".join(chunks)
