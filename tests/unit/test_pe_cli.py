"""`vp-desktop pe-report`: the PE report from the command line."""

from __future__ import annotations

import datetime as dt
import io
import stat
import sys
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from vp_desktop.cli import main
from vp_desktop.services.professional_development import pe_progress
from vp_desktop.services.professional_development.pe import PeData, add_evidence, add_pe_activity
from vp_desktop.store.vault import Vault

THIS_YEAR = dt.date.today().year


def run(monkeypatch: pytest.MonkeyPatch, *args: str, stdin: str = PASSPHRASE + "\n") -> int:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    return main([*args])


@pytest.fixture
def db(vault: Vault, vault_path: Path) -> str:
    with vault.transaction() as s:
        pe_progress.save_rule_set_choice(s, ["yearly", "lvv_cycle"], dt.date(THIS_YEAR - 1, 9, 1))
        activity = add_pe_activity(
            s, PeData("course", dt.date(THIS_YEAR, 1, 2), 180, "Academie", "AC-1", "Grenzen")
        )
        add_evidence(s, activity.id, "certificaat.pdf", b"%PDF-1.4\n")
        add_pe_activity(s, PeData("intervision", dt.date(THIS_YEAR - 1, 10, 1), 120))
    vault.close()
    return str(vault_path)


def test_year_report_with_evidence(db: str, tmp_path: Path, monkeypatch, capsys):
    out = tmp_path / "pe.pdf"
    code = run(
        monkeypatch,
        "pe-report", "--db", db, "--year", str(THIS_YEAR), "--out", str(out),
        "--with-evidence", "--passphrase-stdin",
    )  # fmt: skip
    assert code == 0, capsys.readouterr().err
    assert out.read_bytes().startswith(b"%PDF")
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    printed = capsys.readouterr().out
    assert f"Wrote {out}" in printed and "1 evidence files" in printed
    (evidence,) = (tmp_path / "pe_bewijsstukken").iterdir()
    assert evidence.name == f"{THIS_YEAR}-01-02_bijscholing_grenzen_1.pdf"


def test_cycle_report_in_english(db: str, tmp_path: Path, monkeypatch, capsys):
    out = tmp_path / "cycle.pdf"
    code = run(
        monkeypatch,
        "pe-report", "--db", db, "--cycle", "--out", str(out), "--lang", "en",
        "--passphrase-stdin",
    )  # fmt: skip
    assert code == 0, capsys.readouterr().err
    assert out.stat().st_size > 1000
    assert not (tmp_path / "cycle_evidence").exists()


def test_year_or_cycle_is_required_and_exclusive(db: str, tmp_path: Path, monkeypatch, capsys):
    out = str(tmp_path / "x.pdf")
    for args in (["--out", out], ["--year", "2025", "--cycle", "--out", out], ["--year", "25"]):
        with pytest.raises(SystemExit) as exc:
            run(monkeypatch, "pe-report", "--db", db, *args, "--passphrase-stdin")
        assert exc.value.code == 2
    assert "not a year" in capsys.readouterr().err
    assert not Path(out).exists()


def test_failures_are_one_line_reasons(db: str, tmp_path: Path, monkeypatch, capsys):
    out = tmp_path / "x.pdf"
    args = ["pe-report", "--db", db, "--year", "2025", "--passphrase-stdin"]
    assert run(monkeypatch, *args, "--out", str(out), stdin="verkeerde wachtzin\n") == 3
    assert "passphrase is wrong" in capsys.readouterr().err
    assert run(monkeypatch, *args, "--out", str(tmp_path)) == 2
    assert "is a folder" in capsys.readouterr().err
    assert run(monkeypatch, *args, "--out", str(tmp_path / "missing" / "x.pdf")) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "does not exist" in err
    assert not out.exists()


def test_cycle_without_a_start_date_says_what_to_do(
    vault: Vault, vault_path: Path, tmp_path, monkeypatch, capsys
):
    vault.close()  # the default choice has the LVV cycle but no start date yet
    out = tmp_path / "x.pdf"
    code = run(
        monkeypatch, "pe-report", "--db", str(vault_path), "--cycle", "--out", str(out),
        "--passphrase-stdin",
    )  # fmt: skip
    assert code == 6
    assert "start date of your cycle" in capsys.readouterr().err
    assert not out.exists()
