"""`vp-desktop pe-report --format json`: the figures per requirement, for a year or the cycle."""

from __future__ import annotations

import datetime as dt
import io
import json
import sys
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from vp_desktop.cli import main
from vp_desktop.services.professional_development import pe_progress
from vp_desktop.services.professional_development.pe import PeData, add_pe_activity
from vp_desktop.store.vault import Vault

TODAY = dt.date.today()
LAST_YEAR = TODAY.year - 1
KEYS = {"code", "unit", "required", "counted", "capped", "planned", "status"}


def run(monkeypatch: pytest.MonkeyPatch, *args: str) -> int:
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASSPHRASE + "\n"))
    return main([*args, "--passphrase-stdin"])


@pytest.fixture
def db(vault: Vault, vault_path: Path) -> str:
    with vault.transaction() as s:
        pe_progress.save_rule_set_choice(s, ["yearly", "lvv_capped"], dt.date(LAST_YEAR, 9, 1))
        for on, kind, minutes, number in [
            (dt.date(LAST_YEAR, 12, 31), "course", 20 * 60, "AC-1"),  # last day of the year
            (dt.date(LAST_YEAR, 3, 1), "intervision", 120, None),
            (dt.date(LAST_YEAR, 4, 1), "intervision", 15, None),  # too short for a session
            (dt.date(LAST_YEAR, 10, 1), "congress", 180, None),  # no accreditation
            (TODAY + dt.timedelta(days=30), "course", 6 * 60, "AC-2"),  # planned
        ]:
            add_pe_activity(s, PeData(kind, on, minutes, accreditation_number=number))
    vault.close()
    return str(vault_path)


def items(path: Path, rule_set: str) -> dict[tuple[str, str], dict[str, object]]:
    data = json.loads(path.read_text("utf-8"))
    for item in data["requirements"]:
        assert set(item) >= KEYS
    return {(i["code"], i["unit"]): i for i in data["requirements"] if i["rule_set"] == rule_set}


def test_year_json_is_final_and_counts_the_last_day(db: str, tmp_path: Path, monkeypatch):
    out = tmp_path / "pe.json"
    code = run(
        monkeypatch,
        "pe-report",
        "--db",
        db,
        "--year",
        str(LAST_YEAR),
        "--out",
        str(out),
        "--format",
        "json",
    )
    assert code == 0
    yearly = items(out, "yearly")
    assert yearly["courses", "hours"] == {
        "rule_set": "yearly",
        "code": "courses",
        "label": "Bijscholing",
        "unit": "hours",
        "required": 8.0,
        "counted": 23.0,
        "capped": 0.0,
        "planned": 0.0,
        "unaccredited": 0.0,
        "status": "met",
    }
    sessions = yearly["intervision", "sessions"]
    assert (sessions["counted"], sessions["required"], sessions["status"]) == (1, 4, "not_met")
    assert json.loads(out.read_text("utf-8"))["as_of"] == f"{LAST_YEAR}-12-31"


def test_cycle_json_caps_accreditation_and_planned(db: str, tmp_path: Path, monkeypatch):
    out = tmp_path / "cycle.json"
    assert (
        run(monkeypatch, "pe-report", "--db", db, "--cycle", "--out", str(out), "--format", "json")
        == 0
    )
    capped = items(out, "lvv_capped")
    courses = capped["courses", "hours"]
    assert courses["counted"] == 16.0 and courses["capped"] == 4.0
    assert courses["unaccredited"] == 3.0
    assert courses["planned"] == 6.0
    assert courses["status"] in {"behind", "open"}
    total = capped["total", "hours"]
    assert total["required"] == 72.0 and total["status"] != "met"


def test_json_refuses_evidence(db: str, tmp_path: Path, monkeypatch):
    out = tmp_path / "x.json"
    code = run(
        monkeypatch,
        "pe-report",
        "--db",
        db,
        "--cycle",
        "--out",
        str(out),
        "--format",
        "json",
        "--with-evidence",
    )
    assert code == 2 and not out.exists()
