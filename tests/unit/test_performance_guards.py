"""What keeps VP Desktop fast as a vault grows, checked on small data (the figures themselves are
in tests/benchmarks): the notes index is scoped by client inside the index, schema checks need no
Alembic, and start-up loads no report or spreadsheet library."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from alembic.config import Config
from alembic.script import ScriptDirectory

from tests.fixtures.make_fixture_vaults import FIXTURE_PASSPHRASE
from vp_desktop.services.casework import cases, contacts, search
from vp_desktop.services.clients import clients
from vp_desktop.store import migrations
from vp_desktop.store.vault import Vault

ROOT = Path(__file__).resolve().parents[2]


def _client_with_note(session, code: str, note: str) -> tuple[int, int]:
    client = clients.create_client(session, clients.ClientData(code=code, name=f"Client {code}"))
    case = cases.create_case(
        session,
        client.id,
        cases.CaseData(
            opened_on=dt.date(2025, 3, 1),
            track="unwanted_behaviour",
            categories=["bullying"],
            notes=note,
        ),
    )
    return client.id, case.id


def test_search_in_one_client_never_returns_another_clients_case(vault: Vault) -> None:
    with vault.transaction() as s:
        a, case_a = _client_with_note(s, "AAA", "gesprek over de kantine")
        b, case_b = _client_with_note(s, "BBB", "gesprek over de kantine")
        contacts.add_contact(
            s, b, case_b, contacts.ContactData(dt.date(2025, 3, 2), 30, "phone", "kantinegesprek")
        )
    with vault.session() as s:
        assert search.matching_case_ids(s, a, "gesprek kant") == {case_a}
        assert search.matching_case_ids(s, b, "kantineg") == {case_b}
        assert search.matching_case_ids(s, a, "kantineg") == set()
        assert {h.case_id for h in search.search_notes(s, "gesprek")} == {case_a, case_b}


def test_typed_numbers_are_words_of_notes_not_client_ids(vault: Vault) -> None:
    with vault.transaction() as s:
        client_id, _case = _client_with_note(s, "CCC", "geen cijfers hier")
    with vault.session() as s:
        assert search.search_notes(s, str(client_id)) == []
        assert search.matching_case_ids(s, client_id, str(client_id)) == set()


def test_fts_query_scopes_words_to_the_note_and_the_client() -> None:
    assert search.fts_query('zo"ë OR x') == 'body : ("zo" "ë" "OR" "x"*)'
    assert search.fts_query("kant", 7) == 'client_id : "7" AND body : ("kant"*)'
    assert search.fts_query("  ") is None


@pytest.mark.real_kdf
def test_an_upgraded_vault_finds_its_old_notes(tmp_path: Path) -> None:
    fixture = ROOT / "tests" / "fixtures" / "vault_rev0001.vpvault"
    path = tmp_path / fixture.name
    shutil.copyfile(fixture, path)
    with Vault.open(path, FIXTURE_PASSPHRASE, before_migration=lambda _p: None) as vault:
        with vault.session() as s:
            acme = clients.get_client_by_code(s, "ACME")
            beta = clients.get_client_by_code(s, "BETA")
            (row,) = cases.list_cases(s, acme.id)
            assert search.matching_case_ids(s, acme.id, "canteen") == {row.id}
            assert search.matching_case_ids(s, acme.id, "fir") == {row.id}  # the contact note
            assert search.matching_case_ids(s, beta.id, "canteen") == set()
        with vault.transaction() as s:  # the triggers came back with the new index
            cases.get_case(s, acme.id, row.id).notes = "nieuwe notitie over roosters"
        with vault.session() as s:
            assert search.matching_case_ids(s, acme.id, "roosters") == {row.id}
            assert search.matching_case_ids(s, acme.id, "canteen") == set()


def test_revisions_read_from_the_scripts_match_alembic() -> None:
    config = Config()
    config.set_main_option("script_location", str(migrations.SCRIPT_LOCATION))
    scripts = ScriptDirectory.from_config(config)
    assert migrations.head_revision() == scripts.get_current_head()
    assert migrations.known_revisions() == {r.revision for r in scripts.walk_revisions()}


@pytest.mark.real_kdf
def test_start_up_and_unlock_load_no_report_spreadsheet_or_migration_library(
    vault_path: Path, passphrase: str
) -> None:
    Vault.create(vault_path, passphrase).close()
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "import vp_desktop.ui.app\n"
        "from vp_desktop.store.vault import Vault\n"
        f"Vault.open(Path({str(vault_path)!r}), {passphrase!r}).close()\n"
        "print(sorted(m for m in ('reportlab', 'openpyxl', 'alembic', 'highspy', 'numpy', 'zxcvbn')"
        " if m in sys.modules))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
        timeout=120,
    )
    assert done.stdout.strip().splitlines()[-1] == "[]"
