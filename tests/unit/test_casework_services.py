"""Use cases on one case: the melder's file, finding people, the destroy-by date; and their
commands `vp-desktop case-file` and `vp-desktop search`."""

from __future__ import annotations

import datetime as dt
import io
import stat
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.conftest import PASSPHRASE
from vp_desktop.cli import main
from vp_desktop.services.casework import (
    cases,
    contacts,
    destroy_by,
    lookup,
    melder_file,
    people_search,
)
from vp_desktop.services.clients import clients
from vp_desktop.services.errors import NotFound, ValidationError
from vp_desktop.store.models import AuditEntry, Case
from vp_desktop.store.vault import Vault

TODAY = dt.date(2026, 6, 1)


@pytest.fixture
def practice(vault: Vault) -> dict[str, int]:
    with vault.transaction() as s:
        acme = clients.create_client(s, clients.ClientData(code="ACME", name="Acme Zorg"))
        bolt = clients.create_client(s, clients.ClientData(code="BOLT", name="Bolt Bouw"))

        def case(client_id: int, **fields: object) -> int:
            data = cases.CaseData(
                opened_on=dt.date(2026, 1, 5), track="integrity", categories=["fraud"]
            )
            for name, value in fields.items():
                setattr(data, name, value)
            return cases.create_case(s, client_id, data, today=TODAY).id

        ids = {
            "acme": acme.id,
            "bolt": bolt.id,
            "anna": case(acme.id, melder_name="Anna de Vries", department="Inkoop"),
            "alias": case(bolt.id, melder_alias="Özil", others_involved="teamleider Jansen"),
            "closed": case(
                bolt.id,
                closed_on=dt.date(2026, 3, 1),
                outcome="referred",
                melder_name="Piet",
            ),
        }
        contacts.add_contact(
            s,
            bolt.id,
            ids["closed"],
            contacts.ContactData(dt.date(2026, 2, 1), 30, "phone", "sprak over Jansen"),
            TODAY,
        )
    return ids


def run(monkeypatch: pytest.MonkeyPatch, *args: str) -> int:
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASSPHRASE + "\n"))
    return main([*args, "--passphrase-stdin"])


def test_find_case_by_its_number(vault: Vault, practice: dict[str, int]) -> None:
    with vault.session() as s:
        assert lookup.find_case(s, "acme-2026-001") == (practice["acme"], practice["anna"])
        with pytest.raises(NotFound):
            lookup.find_case(s, "ACME-2026-009")
        with pytest.raises(NotFound):
            lookup.find_case(s, "geen nummer")


def test_people_are_found_across_clients_with_where_not_what(vault, practice) -> None:
    with vault.session() as s:
        hits = people_search.search_people(s, "jansen")
        assert [(h.number, h.client_name, h.fields) for h in hits] == [
            ("BOLT-2026-002", "Bolt Bouw", ("notes",)),
            ("BOLT-2026-001", "Bolt Bouw", ("others_involved",)),
        ]
        assert [h.case_id for h in people_search.search_people(s, "özil")] == [practice["alias"]]
        assert [h.fields for h in people_search.search_people(s, "inkoop")] == [("department",)]
        assert [h.fields for h in people_search.search_people(s, "anna vries")] == [
            ("melder_name",)
        ]
        assert people_search.search_people(s, "  ") == []


def test_melder_file_is_private_and_audited(vault, practice, tmp_path: Path) -> None:
    target = tmp_path / "dossier.pdf"
    melder_file.export_melder_file(vault, practice["acme"], practice["anna"], target)
    assert target.read_bytes().startswith(b"%PDF")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    with vault.session() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "case_exported")).one()
        assert entry.case_number == "ACME-2026-001"


def test_destroy_now_purges_one_closed_file(vault, practice) -> None:
    with pytest.raises(ValidationError):  # an open case is never destroyed
        destroy_by.destroy_now(vault, practice["acme"], practice["anna"])
    result = destroy_by.destroy_now(vault, practice["bolt"], practice["closed"])
    assert result.purged == ("BOLT-2026-002",)
    with vault.session() as s:
        case = s.get(Case, practice["closed"])
        assert case is not None and case.purged_at is not None and case.melder_name is None


def test_a_new_retention_period_applies_to_closed_cases_on_request(vault, practice) -> None:
    assert destroy_by.closed_cases_to_update(vault, 12) == 0  # closed with the default of 12
    assert destroy_by.closed_cases_to_update(vault, 24) == 1
    assert destroy_by.apply_retention(vault, 24) == 1
    with vault.session() as s:
        assert s.get(Case, practice["closed"]).destroy_by == dt.date(2028, 3, 1)  # type: ignore[union-attr]
    destroy_by.change_destroy_by(
        vault, practice["bolt"], practice["closed"], dt.date(2030, 1, 1), "lopende procedure"
    )
    assert destroy_by.apply_retention(vault, 6) == 0  # a date set with a reason stays


def test_case_file_and_search_commands(vault, practice, vault_path, tmp_path, monkeypatch, capsys):
    vault.close()
    out = tmp_path / "inzage.pdf"
    code = run(monkeypatch, "case-file", "--db", str(vault_path), "--case", "BOLT-2026-001",
               "--out", str(out))  # fmt: skip
    assert code == 0 and out.read_bytes().startswith(b"%PDF")
    assert "BOLT-2026-001" in capsys.readouterr().out

    assert run(monkeypatch, "search", "--db", str(vault_path), "Jansen") == 0
    printed = capsys.readouterr().out
    assert "BOLT-2026-001" in printed and "others involved" in printed
    assert "teamleider" not in printed and "sprak" not in printed  # never the text itself
    assert run(monkeypatch, "search", "--db", str(vault_path), "niemand") == 1
    code = run(monkeypatch, "case-file", "--db", str(vault_path), "--case", "ACME-1999-001",
               "--out", str(out))  # fmt: skip
    assert code == 6
