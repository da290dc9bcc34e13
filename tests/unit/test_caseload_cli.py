"""`vp-desktop import` and `vp-desktop export`: problems printed one per line, exit codes."""

from __future__ import annotations

import io
import stat
import sys
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from vp_desktop.cli import main
from vp_desktop.services.clients import clients
from vp_desktop.store.vault import Vault

GOOD = (
    "opdrachtgever;geopend;spoor;onderwerpen;gesprekken;minuten;notities\n"
    "ACME;01-02-2025;integriteit;fraude;2;90;eerste gesprek\n"
    "ACME;01-03-2024;oo;pesten;;;\n"
    "NEWCO;01-03-2025;oo;pesten;;;\n"
)


def run(monkeypatch: pytest.MonkeyPatch, *args: str) -> int:
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASSPHRASE + "\n"))
    return main([*args, "--passphrase-stdin"])


@pytest.fixture
def db(vault: Vault, vault_path: Path) -> str:
    with vault.transaction() as s:
        clients.create_client(s, clients.ClientData(code="ACME", name="Acme"))
    vault.close()
    return str(vault_path)


def _case_numbers(db: str) -> list[str]:
    from sqlalchemy import select

    from vp_desktop.store.models import Case

    with Vault.open(Path(db), PASSPHRASE) as vault, vault.session() as s:
        return sorted(c.number for c in s.scalars(select(Case)))


def test_unknown_client_is_printed_and_nothing_is_imported(db, tmp_path, monkeypatch, capsys):
    csv = tmp_path / "in.csv"
    csv.write_text(GOOD, encoding="utf-8")
    assert run(monkeypatch, "import", "--db", db, "--file", str(csv)) == 6
    err = capsys.readouterr().err.splitlines()
    assert err[0] == "1 problem(s) found; nothing was imported:"
    assert err[1].startswith("  row 4, column client, value 'NEWCO': Client “NEWCO” does not")
    assert _case_numbers(db) == []


def test_dry_run_then_import_with_create_clients(db, tmp_path, monkeypatch, capsys):
    csv = tmp_path / "in.csv"
    csv.write_text(GOOD, encoding="utf-8")
    args = ("import", "--db", db, "--file", str(csv), "--create-clients")
    assert run(monkeypatch, *args, "--dry-run") == 0
    out = capsys.readouterr().out
    assert "Dry run: 3 cases would be imported; nothing was changed." in out
    assert "ACME    2024      1" in out and "ACME    2025      1" in out
    assert "NEWCO   2025      1" in out and "NEWCO" in out.splitlines()[-1]
    assert _case_numbers(db) == []

    assert run(monkeypatch, *args) == 0
    assert "Imported 3 cases with 2 contacts." in capsys.readouterr().out
    assert _case_numbers(db) == ["ACME-2024-001", "ACME-2025-001", "NEWCO-2025-001"]


def test_every_problem_is_printed_with_row_column_and_value(db, tmp_path, monkeypatch, capsys):
    csv = tmp_path / "in.csv"
    csv.write_text(
        "client;opened;track;categories\nACME;32-01-2025;integrity;fraud\nACME;;x;fraud\n",
        encoding="utf-8",
    )
    assert run(monkeypatch, "import", "--db", db, "--file", str(csv)) == 6
    err = capsys.readouterr().err
    assert "row 2, column opened, value '32-01-2025': Not a valid date" in err
    assert "row 3, column opened, value '': This field is required." in err
    assert "row 3, column track, value 'x': Unknown value “x”." in err


def test_unreadable_file(db, tmp_path, monkeypatch, capsys):
    bad = tmp_path / "old.xls"
    bad.write_bytes(b"\xd0\xcf\x11\xe0 binary")
    assert run(monkeypatch, "import", "--db", db, "--file", str(bad)) == 6
    assert "row -, column -, value '': Old Excel files (.xls) cannot be read" in (
        capsys.readouterr().err
    )


@pytest.mark.parametrize(("name", "fmt"), [("acme.csv", None), ("acme.xlsx", None), ("x", "xlsx")])
def test_export_one_client_privately(db, tmp_path, monkeypatch, capsys, name, fmt):
    csv = tmp_path / "in.csv"
    csv.write_text(GOOD, encoding="utf-8")
    assert run(monkeypatch, "import", "--db", db, "--file", str(csv), "--create-clients") == 0
    capsys.readouterr()
    out = tmp_path / name
    extra = ["--format", fmt] if fmt else []
    assert (
        run(monkeypatch, "export", "--db", db, "--client", "acme", "--out", str(out), *extra) == 0
    )
    assert "Exported 2 cases of ACME to" in capsys.readouterr().out
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert out.read_bytes().startswith(b"PK" if (fmt or name.endswith("xlsx")) else b"\xef\xbb\xbf")


def test_export_all_with_identifying_warns(db, tmp_path, monkeypatch, capsys):
    csv = tmp_path / "in.csv"
    csv.write_text(GOOD, encoding="utf-8")
    run(monkeypatch, "import", "--db", db, "--file", str(csv), "--create-clients")
    capsys.readouterr()
    out = tmp_path / "all.csv"
    args = ("export", "--db", db, "--all", "--out", str(out), "--with-identifying")
    assert run(monkeypatch, *args, "--values", "codes") == 0
    printed = capsys.readouterr().out
    assert "Exported 3 cases of ACME, NEWCO" in printed and "identifying data" in printed
    content = out.read_text(encoding="utf-8-sig")
    assert "eerste gesprek" in content and ";integrity;fraud;" in content


def test_export_refuses_unknown_client_and_bad_arguments(db, tmp_path, monkeypatch, capsys):
    out = tmp_path / "x.csv"
    assert run(monkeypatch, "export", "--db", db, "--client", "NOPE", "--out", str(out)) == 6
    assert "client not found" in capsys.readouterr().err
    assert run(monkeypatch, "export", "--db", db, "--all", "--out", str(tmp_path / "x.pdf")) == 2
    assert not out.exists()
    with pytest.raises(SystemExit) as info:
        run(monkeypatch, "export", "--db", db, "--all", "--client", "ACME", "--out", str(out))
    assert info.value.code == 2
