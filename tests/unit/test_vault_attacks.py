"""The vault under attack: its file replaced or deleted while open, odd passphrases, a reader
that blocks the wipe, a passphrase change on a full disk, and the copies kept beside the file."""

from __future__ import annotations

import datetime as dt
import io
import os
import shutil
import unicodedata
from pathlib import Path

import pytest
import sqlcipher3

from tests.conftest import PASSPHRASE, add_client_with_cases
from tests.support.small_fs import fill_disk, mounted_tmpfs
from tests.support.sqlcipher_pages import plaintext_of_vault
from vp_desktop.cli import main
from vp_desktop.services.casework import cases
from vp_desktop.services.clients import clients
from vp_desktop.services.data_safety import retention, vaults
from vp_desktop.store import errors, keys, side_files
from vp_desktop.store import vault as vault_module
from vp_desktop.store.vault import Vault

NEW_PASSPHRASE = "een geheel nieuwe wachtzin voor later"


def _client(vault: Vault, code: str) -> None:
    with vault.transaction() as s:
        clients.create_client(s, clients.ClientData(code=code, name=f"Client {code}"))


# -- the file behind the path -----------------------------------------------------------------


def test_a_vault_replaced_while_open_stops_taking_writes(vault: Vault, vault_path: Path) -> None:
    _client(vault, "ACME")
    other = vault_path.with_name("other.vpvault")
    Vault.create(other, PASSPHRASE).close()
    replacement = other.read_bytes()
    aside = vault_path.with_name("moved.vpvault")
    os.rename(vault_path, aside)  # the vault is moved away and another file put at its path
    os.rename(other, vault_path)

    with pytest.raises(errors.VaultReplaced) as raised:
        _client(vault, "LOST")
    assert "replaced or deleted" in raised.value.reason
    with pytest.raises(errors.VaultReplaced):  # for good, reads included
        vault.session()
    vault.close()
    assert vault_path.read_bytes() == replacement  # the replacement was not written into
    with Vault.open(vault_path, PASSPHRASE) as v, v.session() as s:
        assert clients.list_clients(s) == []
    # What the vault had committed went with the moved file, not into the replacement.
    with Vault.open(aside, PASSPHRASE) as v, v.session() as s:
        assert [c.code for c in clients.list_clients(s)] == ["ACME"]


def test_a_vault_deleted_while_open_is_not_recreated(vault: Vault, vault_path: Path) -> None:
    _client(vault, "ACME")
    vault_path.unlink()
    with pytest.raises(errors.VaultReplaced):
        _client(vault, "LOST")
    vault.close()
    assert not vault_path.exists()


def test_a_new_pooled_connection_checks_the_application_id(
    vault: Vault, vault_path: Path, tmp_path: Path
) -> None:
    # Same inode, different content: a plain SQLCipher database written over the vault.
    vault.engine.dispose()
    foreign = sqlcipher3.connect(str(tmp_path / "foreign.db"))
    for statement in keys.key_statements(PASSPHRASE):
        foreign.execute(statement)
    foreign.execute("CREATE TABLE t (x)")
    foreign.commit()
    foreign.close()
    with open(vault_path, "r+b") as fh:
        fh.truncate(0)
        fh.write((tmp_path / "foreign.db").read_bytes())
    for suffix in ("-wal", "-shm"):
        Path(f"{vault_path}{suffix}").unlink(missing_ok=True)
    with pytest.raises(errors.VaultReplaced):
        _client(vault, "LOST")
    vault.close()


# -- passphrases ------------------------------------------------------------------------------


def test_a_nul_in_a_passphrase_is_refused_with_a_reason(vault_path: Path) -> None:
    with pytest.raises(errors.VaultError) as raised:
        Vault.create(vault_path, "paarse fiets\x00langs de gracht")
    assert raised.value.code == "passphrase_refused"
    assert not vault_path.exists()
    Vault.create(vault_path, PASSPHRASE).close()
    with pytest.raises(errors.VaultError, match="control character"):
        Vault.open(vault_path, PASSPHRASE + "\x00")


def test_the_same_passphrase_composed_or_decomposed_opens_the_vault(vault_path: Path) -> None:
    typed = "één café aan de Noordzee, Zoë"
    nfd = unicodedata.normalize("NFD", typed)
    assert nfd != typed
    Vault.create(vault_path, nfd).close()
    Vault.open(vault_path, typed).close()
    Vault.open(vault_path, nfd).close()


@pytest.mark.parametrize("form", ["NFC", "NFD"])
def test_a_vault_made_by_the_earlier_rule_still_opens(
    vault_path: Path, monkeypatch: pytest.MonkeyPatch, form: str
) -> None:
    """Earlier versions keyed with exactly what was typed; those vaults must keep opening."""
    typed = unicodedata.normalize(form, "één café aan de Noordzee, Zoë")
    with monkeypatch.context() as earlier:
        earlier.setattr(vault_module, "key_for", lambda passphrase: passphrase)
        v = Vault.create(vault_path, typed)
        _client(v, "OLD")
        v.close()
    for attempt in (
        typed,
        unicodedata.normalize("NFC", typed),
        unicodedata.normalize("NFD", typed),
    ):
        with Vault.open(vault_path, attempt) as v, v.session() as s:
            assert [c.code for c in clients.list_clients(s)] == ["OLD"]


RAW_LOOKING = "x'" + "ab12" * 16 + "'"


def test_a_passphrase_that_looks_like_a_raw_key_is_still_derived(vault_path: Path) -> None:
    assert keys.is_raw_key_literal(RAW_LOOKING)
    Vault.create(vault_path, RAW_LOOKING).close()
    # SQLCipher would take the literal as the key itself, without key derivation: it must not.
    con = sqlcipher3.connect(str(vault_path))
    for statement in keys.key_statements(RAW_LOOKING):
        con.execute(statement)
    with pytest.raises(sqlcipher3.DatabaseError):
        con.execute("SELECT count(*) FROM sqlite_master").fetchone()
    con.close()
    Vault.open(vault_path, RAW_LOOKING).close()
    with pytest.raises(errors.WrongPassphrase):
        Vault.open(vault_path, RAW_LOOKING.replace("ab", "ba"))


def test_a_raw_key_vault_made_by_the_earlier_rule_still_opens(
    vault_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with monkeypatch.context() as earlier:
        earlier.setattr(vault_module, "key_for", lambda passphrase: passphrase)
        v = Vault.create(vault_path, RAW_LOOKING)
        _client(v, "OLD")
        v.close()
    with Vault.open(vault_path, RAW_LOOKING) as v:
        v.rekey(RAW_LOOKING)  # re-keyed by the current rule: now derived
    con = sqlcipher3.connect(str(vault_path))
    for statement in keys.key_statements(RAW_LOOKING):
        con.execute(statement)
    with pytest.raises(sqlcipher3.DatabaseError):
        con.execute("SELECT count(*) FROM sqlite_master").fetchone()
    con.close()
    with Vault.open(vault_path, RAW_LOOKING) as v, v.session() as s:
        assert [c.code for c in clients.list_clients(s)] == ["OLD"]


# -- wiping with a reader elsewhere -----------------------------------------------------------


def _hold_a_read(path: Path, passphrase: str) -> sqlcipher3.Connection:
    reader = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    for statement in keys.key_statements(passphrase):
        reader.execute(statement)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM cases").fetchone()
    return reader


def test_a_purge_blocked_by_a_reader_says_so_and_the_next_open_finishes_it(
    vault: Vault, vault_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("vp_desktop.store.wipe.PAUSE_SECONDS", 0.01)
    add_client_with_cases(vault, closed_long_ago=2)
    vault.checkpoint()
    assert b"Iemand" in plaintext_of_vault(vault_path, PASSPHRASE)
    reader = _hold_a_read(vault_path, PASSPHRASE)
    try:
        result = retention.purge_due(vault)
    finally:
        reader.close()
    assert result.count == 2
    assert result.wipe_pending is not None
    assert "next time the vault is opened" in result.wipe_pending.reason
    vault.close()
    Vault.open(vault_path, PASSPHRASE).close()  # finishes the wipe
    assert b"Iemand" not in plaintext_of_vault(vault_path, PASSPHRASE)


def test_a_purge_without_readers_wipes_at_once(vault: Vault, vault_path: Path) -> None:
    add_client_with_cases(vault, closed_long_ago=1)
    result = retention.purge_due(vault)
    assert (result.count, result.wipe_pending) == (1, None)
    assert b"Iemand" not in plaintext_of_vault(vault_path, PASSPHRASE)


def _bulk(vault: Vault, size: int) -> None:
    """Another client with open cases holding about `size` bytes of notes (never purged)."""
    with vault.transaction() as s:
        client = clients.create_client(s, clients.ClientData(code="BULK", name="Bulk"))
        for n in range(size // 20_000):
            data = cases.CaseData(
                opened_on=dt.date(2026, 1, 5),
                track="integrity",
                categories=["fraud"],
                notes=os.urandom(10_000).hex(),
            )
            cases.create_case(s, client.id, data)
            del n


def test_a_purge_whose_rewrite_runs_out_of_space_reports_what_happened(tmp_path: Path) -> None:
    with mounted_tmpfs(tmp_path / "tiny", 16384) as disk:
        path = disk / "v.vpvault"
        vault = Vault.create(path, PASSPHRASE)
        add_client_with_cases(vault, closed_long_ago=30)
        _bulk(vault, 1_200_000)  # data the rewrite must copy, so it needs room
        vault.checkpoint()
        filler = fill_disk(disk, leave_bytes=200_000)  # room for the purge, not the rewrite
        result = retention.purge_due(vault)
        assert result.count == 30
        assert result.wipe_pending is not None and "disk" in result.wipe_pending.reason
        vault.close()
        filler.unlink()
        Vault.open(path, PASSPHRASE).close()
        assert b"Iemand" not in plaintext_of_vault(path, PASSPHRASE)


# -- changing the passphrase ------------------------------------------------------------------


def test_a_passphrase_change_on_a_full_disk_keeps_the_old_key(tmp_path: Path) -> None:
    with mounted_tmpfs(tmp_path / "tiny", 2048) as disk:
        path = disk / "v.vpvault"
        vault = Vault.create(path, PASSPHRASE)
        add_client_with_cases(vault, closed_long_ago=40)
        vault.checkpoint()
        filler = fill_disk(disk)
        with pytest.raises(errors.PassphraseNotChanged) as raised:
            vaults.change_passphrase(vault, NEW_PASSPHRASE, NEW_PASSPHRASE)
        assert "old passphrase still opens" in raised.value.reason
        with vault.session() as s:  # the app keeps working with the old key
            assert [c.code for c in clients.list_clients(s)] == ["ACME"]
        vault.close()
        filler.unlink()
        Vault.open(path, PASSPHRASE).close()
        with pytest.raises(errors.WrongPassphrase):
            Vault.open(path, NEW_PASSPHRASE)


def test_a_wrong_passphrase_after_a_recent_change_says_so(vault: Vault, vault_path: Path) -> None:
    vaults.change_passphrase(vault, NEW_PASSPHRASE, NEW_PASSPHRASE)
    vault.close()  # as if killed before "changed" was shown
    with pytest.raises(errors.WrongPassphraseAfterChange) as raised:
        Vault.open(vault_path, PASSPHRASE)
    assert "was changed on" in raised.value.reason
    Vault.open(vault_path, NEW_PASSPHRASE).close()
    with pytest.raises(errors.WrongPassphrase) as plain:  # once opened, the note is dropped
        Vault.open(vault_path, PASSPHRASE)
    assert not isinstance(plain.value, errors.WrongPassphraseAfterChange)


# -- the copy made before a schema update -----------------------------------------------------


def test_the_pre_update_copy_goes_with_purge_and_passphrase_change(
    vault: Vault, vault_path: Path
) -> None:
    add_client_with_cases(vault, closed_long_ago=1)
    copy = side_files.update_copy_path(vault_path)
    vault.checkpoint()
    shutil.copyfile(vault_path, copy)  # as left by an update before this purge
    retention.purge_due(vault)
    assert not copy.exists()
    shutil.copyfile(vault_path, copy)
    vaults.change_passphrase(vault, NEW_PASSPHRASE, NEW_PASSPHRASE)
    assert not copy.exists()


# -- a damaged page ---------------------------------------------------------------------------


def test_check_on_a_damaged_page_says_what_to_do(
    vault: Vault,
    vault_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    add_client_with_cases(vault, closed_long_ago=5, still_open=30)
    vault.close()
    Vault.open(vault_path, PASSPHRASE).close()  # the weekly check is done: not due at the next
    data = bytearray(vault_path.read_bytes())
    pages = len(data) // vault_module.PAGE_SIZE
    for page in range(pages // 2, pages):  # the second half of the file, ciphertext zeroed
        start = page * vault_module.PAGE_SIZE + 100
        data[start : start + 200] = bytes(200)
    vault_path.write_bytes(bytes(data))
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSPHRASE + "\n"))
    code = main(["check", "--db", str(vault_path), "--passphrase-stdin"])
    captured = capsys.readouterr()
    assert code != 0
    assert "Traceback" not in captured.out + captured.err
    assert "restore" in (captured.out + captured.err).lower()
