"""Schema migrations: fresh vaults at head, fixture vaults of earlier schemas upgrade with their
data, and a failing migration leaves the vault exactly as it was."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import inspect

from tests.fixtures.make_fixture_vaults import FIXTURE_PASSPHRASE
from vp_desktop.services import settings
from vp_desktop.services.casework import case_list, cases
from vp_desktop.services.clients import clients
from vp_desktop.services.professional_development import pe
from vp_desktop.store import errors, migrations
from vp_desktop.store.models import Base
from vp_desktop.store.vault import Vault

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def test_fresh_vault_is_at_head_and_matches_the_models(vault: Vault):
    assert vault.schema_revision() == migrations.head_revision()
    with vault.engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
    assert set(Base.metadata.tables) <= tables
    assert "notes_fts" in tables


def fixture_vaults() -> list[Path]:
    return sorted(FIXTURES.glob("vault_rev*.vpvault"))


@pytest.mark.real_kdf
@pytest.mark.parametrize("fixture", fixture_vaults(), ids=lambda p: p.stem)
def test_fixture_vault_upgrades_with_data_intact(fixture: Path, tmp_path: Path):
    path = tmp_path / fixture.name
    shutil.copyfile(fixture, path)
    backups: list[Path] = []
    vault = Vault.open(path, FIXTURE_PASSPHRASE, before_migration=backups.append)
    with vault:
        assert vault.schema_revision() == migrations.head_revision()
        with vault.session() as s:
            codes = [c.code for c in clients.list_clients(s)]
            assert codes == ["ACME", "BETA"]
            acme = clients.get_client_by_code(s, "ACME")
            (row,) = case_list.list_cases(s, acme.id)
            case = cases.get_case(s, acme.id, row.id)
            assert case.melder_name == "Fixture Melder"
            assert case.codes_of("category") == ["bullying", "intimidation"]
            assert row.last_contact is not None
            assert settings.load(s).adviser_name == "A. Fixture"
            assert len(pe.list_pe_activities(s)) == 1
        assert vault.integrity_problems(full=True) == []
    expected_backup = fixture.stem.removeprefix("vault_rev") != migrations.head_revision()
    assert bool(backups) == expected_backup


def _script_dir_with_broken_head(tmp_path: Path) -> Path:
    scripts = tmp_path / "migrations"
    shutil.copytree(
        migrations.SCRIPT_LOCATION, scripts, ignore=shutil.ignore_patterns("__pycache__")
    )
    head = migrations.head_revision()
    (scripts / "versions" / "9999_broken.py").write_text(
        f'''"""a migration that fails halfway"""
from alembic import op
import sqlalchemy as sa

revision = "9999"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table("half_done", sa.Column("id", sa.Integer, primary_key=True))
    op.execute("DELETE FROM clients")
    raise RuntimeError("simulated failure")


def downgrade():
    pass
'''
    )
    return scripts


def test_failed_migration_leaves_vault_untouched(
    vault: Vault,
    vault_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
):
    with vault.transaction() as s:
        clients.create_client(s, clients.ClientData(code="KEEP", name="Keep Me"))
    vault.close()
    monkeypatch.setattr(migrations, "SCRIPT_LOCATION", _script_dir_with_broken_head(tmp_path))

    with pytest.raises(errors.MigrationFailed):
        Vault.open(vault_path, "paarse fiets langs de gracht")
    backup = vault_path.with_name(vault_path.name + ".before-update.bak")
    assert backup.exists()
    kept = vault_path.with_name("kept-copy.vpvault")
    shutil.copyfile(backup, kept)

    monkeypatch.undo()
    with Vault.open(kept, "paarse fiets langs de gracht") as copy, copy.session() as s:
        assert [c.code for c in clients.list_clients(s)] == ["KEEP"]
    with Vault.open(vault_path, "paarse fiets langs de gracht") as reopened:
        assert reopened.schema_revision() == migrations.head_revision()
        with reopened.engine.connect() as conn:
            assert "half_done" not in inspect(conn).get_table_names()
        with reopened.session() as s:
            assert [c.code for c in clients.list_clients(s)] == ["KEEP"]
    # The updated vault opened and passed its check: the copy with the old data is gone.
    assert not backup.exists()
