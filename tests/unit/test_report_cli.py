"""`vp-desktop report`: the annual report from the command line, written as a private file."""

from __future__ import annotations

import io
import json
import stat
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from tests.conftest import PASSPHRASE
from tests.support.audit_log import audit_entries
from tests.support.report_fixture import YEAR, populate_known_client
from vp_desktop.cli import main
from vp_desktop.services.annual_report import report_texts
from vp_desktop.services.annual_report.issued import list_issued
from vp_desktop.store.vault import Vault


def run(monkeypatch: pytest.MonkeyPatch, *args: str) -> int:
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASSPHRASE + "\n"))
    return main([*args, "--passphrase-stdin"])


@pytest.fixture
def db(vault: Vault, vault_path: Path) -> str:
    with vault.transaction() as session:
        client_id = populate_known_client(session)
        texts = report_texts.ReportTexts("Ik sprak met Piet Pietersen.", "")
        report_texts.save_texts(session, client_id, YEAR, texts)
        session.execute(
            # A name in the texts that matches a case: the CLI warns without printing it.
            text("UPDATE cases SET others_involved = 'Piet Pietersen' WHERE id = 2")
        )
    vault.close()
    return str(vault_path)


def test_pdf_report_is_written_privately_and_audited(
    db: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "acme-2025.pdf"
    args = ["report", "--db", db, "--client", "acme", "--year", str(YEAR), "--out", str(out)]
    # Texts that match identifying data stop the export until the adviser accepts them.
    assert run(monkeypatch, *args) == 1
    refused = capsys.readouterr()
    assert "--accept-identifier-warnings" in refused.err and "Pietersen" not in refused.err
    assert not out.exists()
    code = run(monkeypatch, *args, "--accept-identifier-warnings")
    assert code == 0
    captured = capsys.readouterr()
    assert "Wrote the 2025 annual report of ACME" in captured.out
    assert "1 place(s)" in captured.err and "Pietersen" not in captured.err
    assert out.read_bytes().startswith(b"%PDF")
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert not list(tmp_path.glob(".*.part"))
    with Vault.open(Path(db), PASSPHRASE) as vault, vault.session() as session:
        entry = audit_entries(session, limit=1)[0]
    assert (entry.action, entry.client_code, entry.detail) == (
        "report_exported",
        "ACME",
        "2025 pdf",
    )
    with Vault.open(Path(db), PASSPHRASE) as vault, vault.session() as session:
        issued = list_issued(session)
    assert [(i.client_code, i.year, i.threshold, i.format) for i in issued] == [
        ("ACME", 2025, 5, "pdf")
    ]


def test_a_reissue_after_a_change_lists_what_changes(
    db: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "r.json"
    args = ["report", "--db", db, "--client", "ACME", "--year", str(YEAR), "--out", str(out),
            "--format", "json", "--accept-identifier-warnings"]  # fmt: skip
    assert run(monkeypatch, *args) == 0
    capsys.readouterr()
    with Vault.open(Path(db), PASSPHRASE) as vault, vault.transaction() as session:
        session.execute(text("UPDATE cases SET melder_role = 'manager' WHERE id = 3"))
    assert run(monkeypatch, *args) == 0
    err = capsys.readouterr().err
    assert "was issued before" in err and "melder_role: getoond -> weggelaten" in err
    # The changed breakdown is left out: next to the first issue it would show the difference.
    keys = {t["key"] for t in json.loads(out.read_text())["tables"]}
    assert "melder_role" not in keys and "relation" in keys


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_json_and_csv(db: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fmt: str) -> None:
    out = tmp_path / f"acme.{fmt}"
    args = ["report", "--db", db, "--client", "ACME", "--year", str(YEAR), "--out", str(out)]
    flags = ("--format", fmt, "--lang", "en", "--accept-identifier-warnings")
    assert run(monkeypatch, *args, *flags) == 0
    text = out.read_text(encoding="utf-8")
    if fmt == "json":
        data = json.loads(text)
        assert data["client"] == "ACME" and data["total_cases"] == {"value": 16, "display": "16"}
        assert any(t["title"] == "Track" for t in data["tables"])
    else:
        assert text.splitlines()[0] == "table,title,code,label,value,display"
    assert "KANARIE" not in text


def test_unknown_client_bad_year_and_missing_folder(
    db: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    out = str(tmp_path / "r.pdf")
    assert (
        run(monkeypatch, "report", "--db", db, "--client", "NOPE", "--year", "2025", "--out", out)
        == 6
    )
    assert "client not found" in capsys.readouterr().err
    assert (
        run(monkeypatch, "report", "--db", db, "--client", "ACME", "--year", "25", "--out", out)
        == 2
    )
    missing = str(tmp_path / "nowhere" / "r.pdf")
    assert (
        run(
            monkeypatch,
            "report",
            "--db",
            db,
            "--client",
            "ACME",
            "--year",
            "2025",
            "--out",
            missing,
        )
        == 1
    )
    assert not Path(out).exists()
