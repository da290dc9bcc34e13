"""The vault file: encryption at rest, typed errors for everything that can go wrong, re-keying."""

from __future__ import annotations

import datetime as dt
import errno
import hashlib
import os
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from tests.conftest import PASSPHRASE
from vp_desktop.services import settings
from vp_desktop.services.activities import activities
from vp_desktop.services.casework import cases, contacts
from vp_desktop.services.clients import clients
from vp_desktop.services.professional_development import pe
from vp_desktop.store import errors
from vp_desktop.store.vault import Vault


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


CANARIES = {
    "client_name": "CANARY-CLIENT-7f3a",
    "contact_person": "CANARY-CONTACTPERSON-91bd",
    "melder_name": "CANARY-MELDER-2c44",
    "melder_alias": "CANARY-ALIAS-5e10",
    "melder_contact": "CANARY-PHONE-0613",
    "others_involved": "CANARY-OTHERS-d00d",
    "department": "CANARY-DEPT-beef",
    "notes": "CANARY-NOTES-cafe",
    "consent_note": "CANARY-CONSENT-aa11",
    "contact_notes": "CANARY-CONTACT-bb22",
    "activity": "CANARY-ACTIVITY-cc33",
    "pe_theme": "CANARY-PETHEME-dd44",
    "adviser": "CANARY-ADVISER-ee55",
}


def _fill_every_text_field(vault: Vault) -> tuple[int, int]:
    with vault.transaction() as s:
        settings.update(s, adviser_name=CANARIES["adviser"])
        client = clients.create_client(
            s,
            clients.ClientData(
                code="ACME", name=CANARIES["client_name"], contact_name=CANARIES["contact_person"]
            ),
        )
        case = cases.create_case(
            s,
            client.id,
            cases.CaseData(
                opened_on=dt.date(2026, 1, 5),
                track="unwanted_behaviour",
                categories=["bullying"],
                melder_name=CANARIES["melder_name"],
                melder_alias=CANARIES["melder_alias"],
                melder_contact=CANARIES["melder_contact"],
                others_involved=CANARIES["others_involved"],
                department=CANARIES["department"],
                notes=CANARIES["notes"],
                consents=[
                    cases.ConsentData("keep_file", dt.date(2026, 1, 5), CANARIES["consent_note"])
                ],
            ),
        )
        contacts.add_contact(
            s,
            client.id,
            case.id,
            contacts.ContactData(dt.date(2026, 1, 6), 50, "phone", CANARIES["contact_notes"]),
        )
        activities.add_activity(
            s,
            client.id,
            activities.ActivityData(
                "information_session", dt.date(2026, 2, 1), 60, CANARIES["activity"]
            ),
        )
        pe.add_pe_activity(
            s, pe.PeData("course", dt.date(2026, 3, 1), 120, theme=CANARIES["pe_theme"])
        )
        return client.id, case.id


def _raw_bytes(vault_path: Path) -> bytes:
    data = b""
    for suffix in ("", "-wal", "-journal", "-shm"):
        part = Path(str(vault_path) + suffix)
        if part.exists():
            data += part.read_bytes()
    return data


def test_vault_file_is_encrypted_and_canaries_only_readable_with_passphrase(vault_path: Path):
    vault = Vault.create(vault_path, PASSPHRASE)
    client_id, case_id = _fill_every_text_field(vault)
    # While open (the -wal holds recent pages) and after closing, no canary is in any file.
    raw_open = _raw_bytes(vault_path)
    vault.close()
    raw_closed = _raw_bytes(vault_path)
    assert not vault_path.read_bytes().startswith(b"SQLite format 3")
    for canary in CANARIES.values():
        assert canary.encode() not in raw_open
        assert canary.encode() not in raw_closed
        assert canary.encode("utf-16-le") not in raw_closed

    with Vault.open(vault_path, PASSPHRASE) as reopened, reopened.session() as s:
        case = cases.get_case(s, client_id, case_id)
        assert case.notes == CANARIES["notes"]
        assert case.melder_alias == CANARIES["melder_alias"]
        assert case.consents[0].note == CANARIES["consent_note"]
        assert contacts.list_contacts(s, client_id, case_id)[0].notes == CANARIES["contact_notes"]
        assert settings.load(s).adviser_name == CANARIES["adviser"]


def test_vault_is_private_to_its_owner(vault: Vault, vault_path: Path):
    assert vault_path.stat().st_mode & 0o077 == 0


def test_pragmas_on_every_connection(vault: Vault):
    with vault.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA secure_delete").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA temp_store").scalar() == 2  # memory


def test_wrong_passphrase_is_typed_and_changes_nothing(vault: Vault, vault_path: Path):
    vault.close()
    before = _digest(vault_path)
    with pytest.raises(errors.WrongPassphrase):
        Vault.open(vault_path, "not the passphrase at all")
    assert _digest(vault_path) == before
    Vault.open(vault_path, PASSPHRASE).close()  # the lock was released after the failure


def test_missing_vault(tmp_path: Path):
    with pytest.raises(errors.VaultMissing):
        Vault.open(tmp_path / "nowhere.vpvault", PASSPHRASE)
    assert not (tmp_path / "nowhere.vpvault").exists()


@pytest.mark.parametrize("content", [b"", b"hello", os.urandom(8192)])
def test_foreign_files_are_refused_unchanged(tmp_path: Path, content: bytes):
    path = tmp_path / "foreign.vpvault"
    path.write_bytes(content)
    with pytest.raises((errors.NotAVault, errors.WrongPassphrase)):
        Vault.open(path, PASSPHRASE)
    assert path.read_bytes() == content


def test_plain_sqlite_database_is_not_a_vault(tmp_path: Path):
    path = tmp_path / "plain.db"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE t (x)")
    con.commit()
    con.close()
    before = _digest(path)
    with pytest.raises(errors.NotAVault):
        Vault.open(path, PASSPHRASE)
    assert _digest(path) == before


@pytest.mark.real_kdf
def test_foreign_sqlcipher_database_is_not_a_vault(tmp_path: Path):
    import sqlcipher3

    path = tmp_path / "other.db"
    con = sqlcipher3.connect(str(path))
    con.execute(f"PRAGMA key = '{PASSPHRASE}'")
    con.execute("CREATE TABLE t (x)")
    con.commit()
    con.close()
    with pytest.raises(errors.NotAVault):
        Vault.open(path, PASSPHRASE)


def test_folder_is_not_a_vault(tmp_path: Path):
    with pytest.raises(errors.NotAVault):
        Vault.open(tmp_path, PASSPHRASE)


@pytest.mark.parametrize("keep", [0.5, 0.75])
def test_truncated_vault_is_corrupt(vault: Vault, vault_path: Path, tmp_path: Path, keep: float):
    _fill_every_text_field(vault)
    vault.close()
    data = vault_path.read_bytes()
    damaged = tmp_path / "damaged.vpvault"
    damaged.write_bytes(data[: int(len(data) * keep) // 4096 * 4096 + 100])
    with pytest.raises(errors.VaultCorrupt):
        Vault.open(damaged, PASSPHRASE)


def test_damaged_page_found_by_integrity_check(vault: Vault, vault_path: Path, tmp_path: Path):
    _fill_every_text_field(vault)
    vault.checkpoint()
    vault.close()
    data = bytearray(vault_path.read_bytes())
    data[4096 * 3 + 200] ^= 0xFF
    damaged = tmp_path / "flipped.vpvault"
    damaged.write_bytes(bytes(data))
    try:
        opened = Vault.open(damaged, PASSPHRASE)
    except errors.VaultCorrupt:
        return
    with opened:
        assert opened.integrity_problems(full=True)


def test_newer_schema_is_refused_unchanged(vault: Vault, vault_path: Path):
    with vault.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'ffff_from_the_future'"))
    vault.close()
    before = _digest(vault_path)
    with pytest.raises(errors.NewerSchema):
        Vault.open(vault_path, PASSPHRASE)
    assert _digest(vault_path) == before


def test_second_opener_is_refused(vault: Vault, vault_path: Path):
    with pytest.raises(errors.VaultInUse):
        Vault.open(vault_path, PASSPHRASE)


def test_create_refuses_existing_file_and_missing_folder(tmp_path: Path):
    existing = tmp_path / "exists.vpvault"
    existing.write_bytes(b"keep me")
    with pytest.raises(errors.VaultExists):
        Vault.create(existing, PASSPHRASE)
    assert existing.read_bytes() == b"keep me"
    with pytest.raises(errors.LocationUnwritable):
        Vault.create(tmp_path / "no" / "such" / "folder.vpvault", PASSPHRASE)


def test_unwritable_location_is_typed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    # Tests run as root, where permission bits do not bind: the folder refuses new files the way
    # a read-only mount does, and the check must find that out by trying (os.access says yes).
    real_open = os.open

    def refusing(path: Any, flags: int, *args: Any, **kwargs: Any) -> int:
        if flags & os.O_CREAT:
            raise OSError(errno.EROFS, "Read-only file system", str(path))
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", refusing)
    with pytest.raises(errors.LocationUnwritable):
        Vault.create(tmp_path / "new.vpvault", PASSPHRASE)
    assert not (tmp_path / "new.vpvault").exists()


def test_rekey_refuses_old_passphrase_and_keeps_data(vault: Vault, vault_path: Path):
    client_id, case_id = _fill_every_text_field(vault)
    vault.rekey("een geheel nieuwe wachtzin voor later")
    with vault.session() as s:  # still usable after re-keying
        assert cases.get_case(s, client_id, case_id).notes == CANARIES["notes"]
    vault.close()
    with pytest.raises(errors.WrongPassphrase):
        Vault.open(vault_path, PASSPHRASE)
    with Vault.open(vault_path, "een geheel nieuwe wachtzin voor later") as v, v.session() as s:
        assert cases.get_case(s, client_id, case_id).melder_name == CANARIES["melder_name"]
        assert v.integrity_problems(full=True) == []


def test_passphrase_with_quotes_and_non_ascii(vault_path: Path):
    tricky = "l'été dans \"Zoë's\" tuin ĳs €"
    Vault.create(vault_path, tricky).close()
    Vault.open(vault_path, tricky).close()
    with pytest.raises(errors.WrongPassphrase):
        Vault.open(vault_path, tricky.replace("'", ""))


def test_copy_of_vault_opens_elsewhere(vault: Vault, vault_path: Path, tmp_path: Path):
    _fill_every_text_field(vault)
    vault.close()
    copy = tmp_path / "copy.vpvault"
    shutil.copyfile(vault_path, copy)
    with Vault.open(copy, PASSPHRASE) as v, v.session() as s:
        assert [c.code for c in clients.list_clients(s)] == ["ACME"]


def _count_checks(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    from vp_desktop.store import integrity

    calls: list[int] = []
    real = integrity.quick_check

    def counting(engine):  # type: ignore[no-untyped-def]
        calls.append(1)
        real(engine)

    monkeypatch.setattr(integrity, "quick_check", counting)
    return calls


def test_integrity_check_at_unlock_runs_first_then_weekly(
    vault: Vault, vault_path: Path, monkeypatch: pytest.MonkeyPatch
):
    import datetime as dt
    import json

    from vp_desktop.store.integrity import INTEGRITY_CHECK_KEY

    vault.close()
    calls = _count_checks(monkeypatch)
    Vault.open(vault_path, PASSPHRASE).close()
    Vault.open(vault_path, PASSPHRASE).close()
    assert len(calls) == 1  # the first unlock checks; a clean reopen the same week does not

    with Vault.open(vault_path, PASSPHRASE) as v, v.engine.begin() as conn:
        old = json.dumps((dt.datetime.now() - dt.timedelta(days=8)).isoformat())
        conn.exec_driver_sql(
            "UPDATE settings SET value = ? WHERE key = ?", (old, INTEGRITY_CHECK_KEY)
        )
    Vault.open(vault_path, PASSPHRASE).close()
    assert len(calls) == 2


def test_integrity_check_at_unlock_after_an_unclean_shutdown(
    vault: Vault, vault_path: Path, monkeypatch: pytest.MonkeyPatch
):
    vault.close()
    Vault.open(vault_path, PASSPHRASE).close()  # the first check is done and recorded
    calls = _count_checks(monkeypatch)
    wal = Path(str(vault_path) + "-wal")
    wal.write_bytes(b"")  # an empty log is what a clean close leaves at most
    Vault.open(vault_path, PASSPHRASE).close()
    assert calls == []
    shutil.copyfile(vault_path, tmp := vault_path.with_name("copy.vpvault"))
    Path(str(tmp) + "-wal").write_bytes(b"\0" * 32)  # pages left behind by a crash
    Vault.open(tmp, PASSPHRASE).close()
    assert calls == [1]
