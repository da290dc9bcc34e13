"""The json and csv forms of the annual report: exact schema, hidden means null, no canaries."""

from __future__ import annotations

import csv
import io
import json

import pytest

from tests.support.report_fixture import (
    TODAY,
    YEAR,
    canaries_in,
    populate_known_client,
    populate_other_client,
)
from vp_desktop.reports.formats import CSV_COLUMNS, report_dict, to_csv, to_json
from vp_desktop.services.annual_report.build import build_annual_report
from vp_desktop.store.vault import Vault


@pytest.fixture
def acme(vault: Vault) -> int:
    with vault.transaction() as session:
        client_id = populate_known_client(session)
        populate_other_client(session)
        return client_id


def _json(vault: Vault, client_id: int, lang: str = "nl") -> dict[str, object]:
    with vault.session() as session:
        report = build_annual_report(session, client_id, YEAR, lang=lang, today=TODAY)  # type: ignore[arg-type]
    parsed: dict[str, object] = json.loads(to_json(report))
    assert parsed == report_dict(report)
    return parsed


def test_json_has_exactly_the_documented_schema(vault: Vault, acme: int) -> None:
    data = _json(vault, acme)
    assert list(data) == ["client", "year", "threshold", "total_cases", "tables", "demo"]
    assert data["demo"] is False
    assert (data["client"], data["year"], data["threshold"]) == ("ACME", YEAR, 5)
    assert data["total_cases"] == {"value": 16, "display": "16"}
    tables = data["tables"]
    assert isinstance(tables, list) and tables
    for table in tables:
        # "merged" and "groups" are added fields, present only where a table has them.
        assert list(table)[:3] == ["key", "title", "rows"]
        assert set(list(table)[3:]) <= {"merged", "groups"}
        assert isinstance(table["key"], str) and isinstance(table["title"], str)
        for row in table["rows"]:
            assert list(row) == ["code", "label", "value", "display"]
            assert isinstance(row["code"], str) and isinstance(row["label"], str)
            assert row["value"] is None or type(row["value"]) is int
            assert isinstance(row["display"], str)


def test_value_is_null_exactly_when_hidden(vault: Vault, acme: int) -> None:
    tables = {t["key"]: t for t in _json(vault, acme)["tables"]}  # type: ignore[union-attr,index]
    for table in tables.values():
        for row in table["rows"]:
            assert (row["value"] is None) == (row["display"] in {"<5", "x"})
    track = {r["code"]: r for r in tables["track"]["rows"]}
    assert track["integrity"] == {
        "code": "integrity", "label": "Integriteit", "value": None, "display": "<5"
    }  # fmt: skip
    assert track["unwanted_behaviour"]["value"] is None
    assert {r["code"]: r["value"] for r in tables["intake"]["rows"]} == {
        "new": 10,
        "carried_over": 6,
    }
    assert "trend_new" in tables and "professional_development" in tables


def test_csv_holds_the_same_figures(vault: Vault, acme: int) -> None:
    with vault.session() as session:
        report = build_annual_report(session, acme, YEAR, today=TODAY)
    rows = list(csv.reader(io.StringIO(to_csv(report).decode("utf-8"))))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert rows[1] == [
        "total_cases",
        "Behandelde meldingen",
        "total",
        "Behandelde meldingen",
        "16",
        "16",
    ]
    figures = {(r[0], r[2]): (r[4], r[5]) for r in rows[2:]}
    for table in report_dict(report)["tables"]:
        for row in table["rows"]:
            value = "" if row["value"] is None else str(row["value"])
            assert figures[table["key"], row["code"]] == (value, row["display"])


def test_no_canary_reaches_json_or_csv(vault: Vault, acme: int) -> None:
    with vault.session() as session:
        for lang in ("nl", "en"):
            report = build_annual_report(session, acme, YEAR, lang=lang, today=TODAY)
            assert canaries_in(to_json(report).decode()) == []
            assert canaries_in(to_csv(report).decode()) == []
            assert "KANARIE" not in (to_json(report) + to_csv(report)).decode()


def test_english_titles(vault: Vault, acme: int) -> None:
    titles = {t["key"]: t["title"] for t in _json(vault, acme, "en")["tables"]}  # type: ignore[union-attr,index]
    assert titles["track"] == "Track"
    assert titles["intake"] == "Intake"
