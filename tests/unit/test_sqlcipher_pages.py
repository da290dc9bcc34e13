"""The page decryptor reads SQLCipher 4 files: live pages, free pages, WAL frames, FTS5 index.

Databases are written by the real sqlcipher3 driver; the decryptor never goes through SQLite.
Most tests key with a raw hex key (no KDF, so they stay fast); those about passphrases use one.
"""

from __future__ import annotations

import struct
from pathlib import Path

import pytest
import sqlcipher3

from tests.support import sqlcipher_pages
from tests.support.sqlcipher_pages import (
    PageDecryptError,
    decrypt_pages,
    decrypt_wal_pages,
    derive_key,
    plaintext_of_vault,
)

# The decryptor is checked against what SQLCipher itself derives with its real KDF.
pytestmark = pytest.mark.real_kdf

PASSPHRASE = "correct horse 'battery' staple €"
RAW_KEY = "x'" + "5a" * 32 + "'"
CANARY = b"CANARY-7f3c9e1d-vertrouwelijk"
PAGE = 4096


def _quote(key: str) -> str:
    return "'" + key.replace("'", "''") + "'"


def _connect(path: Path, key: str) -> sqlcipher3.Connection:
    con = sqlcipher3.connect(str(path), isolation_level=None)
    con.execute(f"PRAGMA key = {_quote(key)}")
    return con


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "vault.db"


def _wal(path: Path) -> Path:
    return path.with_name(path.name + "-wal")


def _salt(path: Path) -> bytes:
    return path.read_bytes()[:16]


def _freelist(pages: dict[int, bytes]) -> tuple[set[int], set[int]]:
    """(trunk pages, leaf pages) of the freelist, read from the decrypted header and trunks."""
    trunk, total = struct.unpack(">II", pages[1][32:40])
    trunks: set[int] = set()
    leaves: set[int] = set()
    while trunk:
        trunks.add(trunk)
        following, count = struct.unpack(">II", pages[trunk][:8])
        leaves.update(struct.unpack(f">{count}I", pages[trunk][8 : 8 + 4 * count]))
        trunk = following
    assert len(trunks) + len(leaves) == total
    return trunks, leaves


def _fill_and_delete(con: sqlcipher3.Connection, rows: int = 20) -> None:
    """Rows big enough that deleting them frees whole leaf pages, then delete them all."""
    con.execute("CREATE TABLE note (id INTEGER PRIMARY KEY, body TEXT)")
    con.execute("CREATE TABLE keep (body TEXT)")
    con.execute("INSERT INTO keep VALUES ('not confidential')")
    con.execute("BEGIN")
    for i in range(rows):
        con.execute(
            "INSERT INTO note (body) VALUES (?)", (f"{CANARY.decode()}-{i:03d} " + "x" * 900,)
        )
    con.execute("COMMIT")
    con.execute("DELETE FROM note")


# --- main file ----------------------------------------------------------------------------------


def test_canary_is_in_the_plaintext_and_not_in_the_raw_bytes(db_path: Path) -> None:
    con = _connect(db_path, PASSPHRASE)
    con.execute("CREATE TABLE note (body TEXT)")
    con.execute("INSERT INTO note VALUES (?)", (CANARY.decode(),))
    con.close()

    raw = db_path.read_bytes()
    assert CANARY not in raw
    assert b"SQLite format 3" not in raw
    pages = list(decrypt_pages(db_path, PASSPHRASE))
    assert [n for n, _ in pages] == list(range(1, len(raw) // PAGE + 1))
    assert all(len(page) == PAGE for _, page in pages)
    assert CANARY in plaintext_of_vault(db_path, PASSPHRASE)


def test_page_one_is_a_plain_sqlite_header_with_80_reserved_bytes(db_path: Path) -> None:
    con = _connect(db_path, PASSPHRASE)
    con.execute("CREATE TABLE note (body TEXT)")
    con.close()

    first = next(iter(decrypt_pages(db_path, PASSPHRASE)))
    assert first[0] == 1
    header = first[1]
    assert header[:16] == b"SQLite format 3\x00"
    assert struct.unpack(">H", header[16:18])[0] == PAGE
    assert header[20] == 80  # reserved bytes per page: 16-byte IV + 64-byte HMAC-SHA512
    assert b"CREATE TABLE note" in header  # sqlite_schema lives on page 1


def test_derive_key_is_the_key_sqlcipher_derives(db_path: Path) -> None:
    """A file keyed with derive_key's output as raw key (and that salt) opens by passphrase."""
    salt = bytes(range(16))
    key = derive_key(PASSPHRASE, salt)
    assert len(key) == 32
    con = _connect(db_path, f"x'{key.hex()}{salt.hex()}'")
    con.execute("CREATE TABLE note (body TEXT)")
    con.execute("INSERT INTO note VALUES (?)", (CANARY.decode(),))
    con.close()
    assert _salt(db_path) == salt

    con = _connect(db_path, PASSPHRASE)
    assert con.execute("SELECT body FROM note").fetchall() == [(CANARY.decode(),)]
    con.close()
    assert derive_key("another passphrase", salt) != key


def test_raw_hex_key_is_used_without_kdf(db_path: Path) -> None:
    con = _connect(db_path, RAW_KEY)
    con.execute("CREATE TABLE note (body TEXT)")
    con.execute("INSERT INTO note VALUES (?)", (CANARY.decode(),))
    con.close()
    assert CANARY in plaintext_of_vault(db_path, RAW_KEY)
    assert derive_key(RAW_KEY, _salt(db_path)) == bytes.fromhex("5a" * 32)


def test_wrong_passphrase_raises(db_path: Path) -> None:
    con = _connect(db_path, PASSPHRASE)
    con.execute("CREATE TABLE note (body TEXT)")
    con.close()
    with pytest.raises(PageDecryptError, match="HMAC check failed on page 1"):
        list(decrypt_pages(db_path, PASSPHRASE + "!"))
    with pytest.raises(PageDecryptError):
        plaintext_of_vault(db_path, RAW_KEY)


def test_a_changed_byte_fails_that_page_hmac(db_path: Path) -> None:
    con = _connect(db_path, RAW_KEY)
    con.execute("CREATE TABLE note (body TEXT)")
    con.execute("INSERT INTO note VALUES (?)", (CANARY.decode(),))
    con.close()
    data = bytearray(db_path.read_bytes())
    data[PAGE + 100] ^= 0x01  # ciphertext of page 2
    db_path.write_bytes(bytes(data))
    with pytest.raises(PageDecryptError, match="page 2"):
        list(decrypt_pages(db_path, RAW_KEY))


def test_derived_keys_are_cached() -> None:
    salt = b"\x01" * 16
    derive_key(PASSPHRASE, salt)
    hits = sqlcipher_pages._derive_with.cache_info().hits
    derive_key(PASSPHRASE, salt)
    assert sqlcipher_pages._derive_with.cache_info().hits == hits + 1


# --- WAL ----------------------------------------------------------------------------------------


def test_canary_in_an_uncheckpointed_wal_is_found_in_its_frames(db_path: Path) -> None:
    con = _connect(db_path, PASSPHRASE)
    assert con.execute("PRAGMA journal_mode = WAL").fetchone() == ("wal",)
    con.execute("PRAGMA wal_autocheckpoint = 0")
    con.execute("CREATE TABLE note (body TEXT)")
    reader = _connect(db_path, PASSPHRASE)  # an open reader: closing `con` must not checkpoint
    assert reader.execute("SELECT count(*) FROM note").fetchone() == (0,)
    con.execute("INSERT INTO note VALUES (?)", (CANARY.decode(),))
    con.close()

    wal = _wal(db_path)
    assert CANARY not in wal.read_bytes()
    assert all(CANARY not in page for _, page in decrypt_pages(db_path, PASSPHRASE))
    frames = list(decrypt_wal_pages(wal, PASSPHRASE, _salt(db_path)))
    assert len(frames) == (wal.stat().st_size - 32) // (24 + PAGE)
    assert any(CANARY in page for _, page in frames)
    assert any(n == 1 and page.startswith(b"SQLite format 3\x00") for n, page in frames)
    assert CANARY in plaintext_of_vault(db_path, PASSPHRASE)
    with pytest.raises(PageDecryptError, match="frame 0"):
        list(decrypt_wal_pages(wal, "wrong", _salt(db_path)))
    reader.close()


# --- purging ------------------------------------------------------------------------------------


@pytest.fixture(params=["DELETE", "WAL"])
def journal_mode(request: pytest.FixtureRequest) -> str:
    mode: str = request.param
    return mode


def test_deleted_canary_survives_on_free_pages_without_secure_delete(
    db_path: Path, journal_mode: str
) -> None:
    con = _connect(db_path, RAW_KEY)
    con.execute(f"PRAGMA journal_mode = {journal_mode}")
    con.execute("PRAGMA secure_delete = OFF")
    _fill_and_delete(con)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()

    pages = dict(decrypt_pages(db_path, RAW_KEY))
    _, leaves = _freelist(pages)
    assert leaves
    assert any(CANARY in pages[n] for n in leaves), "free leaf pages still hold the deleted rows"
    assert CANARY in plaintext_of_vault(db_path, RAW_KEY)


def test_deleted_canary_is_gone_with_secure_delete_after_checkpoint(
    db_path: Path, journal_mode: str
) -> None:
    con = _connect(db_path, RAW_KEY)
    con.execute(f"PRAGMA journal_mode = {journal_mode}")
    con.execute("PRAGMA secure_delete = ON")
    _fill_and_delete(con)
    if journal_mode == "WAL":
        # Until the checkpoint, the frames written by the inserts still hold the rows.
        assert CANARY in plaintext_of_vault(db_path, RAW_KEY)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    pages = dict(decrypt_pages(db_path, RAW_KEY))
    _, leaves = _freelist(pages)
    assert leaves  # the free pages are still there, zeroed, and still read
    assert all(CANARY not in page for page in pages.values())
    assert CANARY not in plaintext_of_vault(db_path, RAW_KEY)
    assert b"not confidential" in plaintext_of_vault(db_path, RAW_KEY)

    con.execute("VACUUM")
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    assert _freelist(dict(decrypt_pages(db_path, RAW_KEY))) == (set(), set())
    assert CANARY not in plaintext_of_vault(db_path, RAW_KEY)


# --- FTS5 ---------------------------------------------------------------------------------------

FTS_TEXT = "Zorgmelding over Qoxanthemum op de afdeling"
FTS_TOKEN = b"qoxanthemum"  # unicode61 folds case: the index holds the lower-case token


def test_tokens_of_a_contentless_fts5_table_are_found_in_its_index(db_path: Path) -> None:
    con = _connect(db_path, RAW_KEY)
    con.execute("CREATE VIRTUAL TABLE note_fts USING fts5(body, content='')")
    con.execute("INSERT INTO note_fts (rowid, body) VALUES (1, ?)", (FTS_TEXT,))
    con.close()

    plain = plaintext_of_vault(db_path, RAW_KEY)
    assert FTS_TOKEN in plain  # only in the index's segment pages ...
    assert FTS_TEXT.encode() not in plain  # ... since a contentless table keeps no text
    assert FTS_TOKEN not in db_path.read_bytes()


@pytest.mark.parametrize("fts5_secure_delete", [False, True])
def test_deleted_fts5_tokens_leave_the_index_only_with_fts5_secure_delete(
    db_path: Path, fts5_secure_delete: bool
) -> None:
    con = _connect(db_path, RAW_KEY)
    con.execute("PRAGMA journal_mode = WAL")
    con.execute("PRAGMA secure_delete = ON")
    con.execute("CREATE VIRTUAL TABLE note_fts USING fts5(body)")
    if fts5_secure_delete:
        con.execute("INSERT INTO note_fts (note_fts, rank) VALUES ('secure-delete', 1)")
    con.execute("INSERT INTO note_fts (rowid, body) VALUES (1, ?)", (FTS_TEXT,))
    con.execute("INSERT INTO note_fts (rowid, body) VALUES (2, 'blijft gewoon staan')")
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert FTS_TOKEN in plaintext_of_vault(db_path, RAW_KEY)

    con.execute("DELETE FROM note_fts WHERE rowid = 1")
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()

    plain = plaintext_of_vault(db_path, RAW_KEY)
    assert FTS_TEXT.encode() not in plain  # the content table row is securely deleted either way
    assert b"blijft" in plain
    # Without FTS5's own secure-delete the token stays in the index segment until a merge.
    assert (FTS_TOKEN in plain) is not fts5_secure_delete
