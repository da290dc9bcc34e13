"""Exporting a caseload: the same format the importer reads, private files, one client only."""

from __future__ import annotations

import dataclasses
import datetime as dt
import stat
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from tests.conftest import PASSPHRASE
from vp_desktop.services.caseload_io import (
    caseload_rows,
    export_caseload,
    import_caseload,
    read_caseload,
    suggested_file_name,
)
from vp_desktop.services.casework import cases, contacts
from vp_desktop.services.clients import clients
from vp_desktop.store.models import AuditEntry, Case
from vp_desktop.store.vault import Vault

TODAY = dt.date(2026, 3, 14)
NOTE = 'Gesprek in café; melder (Zoë) was geëmotioneerd.\nTweede regel, met ; en , en "quotes"'


def _populate(vault: Vault) -> tuple[int, int]:
    """Two clients with cases that use every column the format has."""
    with vault.transaction() as s:
        acme = clients.create_client(s, clients.ClientData(code="ACME", name="Acme")).id
        beta = clients.create_client(
            s, clients.ClientData(code="BETA", name="Beta", role_integrity=True)
        ).id
        full = cases.CaseData(
            opened_on=dt.date(2025, 2, 3),
            closed_on=dt.date(2025, 4, 1),
            track="unwanted_behaviour",
            categories=["sexual_harassment", "bullying"],
            relation="third_party",
            melder_role="contractor",
            gender="female",
            age_band="55_plus",
            came_in_via="occupational_physician",
            outcome="resolved_informally",
            support=["listening", "manager_involved", "signal_employer"],
            referrals=["whistleblowers_authority", "gp"],
            follow_up_on=dt.date(2025, 6, 1),
            melder_name="Zoë de Vries",
            melder_alias="Z.",
            melder_contact="06-12345678",
            others_involved='=HYPERLINK("http://x")',
            department="-Inkoop & logistiek",
            notes=NOTE,
        )
        case = cases.create_case(s, acme, full, today=TODAY)
        for minutes in (30, 45, 60):
            contacts.add_contact(
                s, acme, case.id, contacts.ContactData(dt.date(2025, 2, 10), minutes, "phone")
            )
        minimal = cases.CaseData(
            opened_on=dt.date(2024, 12, 30), track="outside_scope", categories=["work_pressure"]
        )
        cases.create_case(s, acme, minimal, today=TODAY)
        integrity = cases.CaseData(
            opened_on=dt.date(2025, 1, 5), track="integrity", categories=["fraud", "theft"]
        )
        cases.create_case(s, beta, integrity, today=TODAY)
    return acme, beta


def _snapshot(vault: Vault) -> dict[str, tuple[cases.CaseData, int, int]]:
    """Every case by number: its data (without consents), contact count and minutes."""
    result = {}
    with vault.session() as s:
        for case in s.scalars(select(Case)):
            data = dataclasses.replace(cases.CaseData.of(case), consents=[])
            data.categories.sort()
            data.support.sort()
            data.referrals.sort()
            minutes = [c.minutes for c in case.contacts]
            result[case.number] = (data, len(minutes), sum(minutes))
    return result


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
@pytest.mark.parametrize("values", ["nl", "en", None])
def test_round_trip_gives_identical_records(
    vault: Vault, tmp_path: Path, fmt: str, values: str | None
):
    _populate(vault)
    out = tmp_path / f"export.{fmt}"
    with vault.transaction() as s:
        result = export_caseload(
            s, out, client_id=None, fmt=fmt, with_identifying=True, values=values
        )
    assert (result.cases, result.clients) == (3, ("ACME", "BETA"))

    with Vault.create(tmp_path / "new.vpvault", PASSPHRASE) as fresh:
        with fresh.transaction() as s:
            imported = import_caseload(s, read_caseload(out), create_clients=True, today=TODAY)
        assert imported.cases == 3
        assert _snapshot(fresh) == _snapshot(vault)


def test_identifying_columns_only_when_asked(vault: Vault, tmp_path: Path):
    acme, _ = _populate(vault)
    out = tmp_path / "acme.csv"
    with vault.transaction() as s:
        export_caseload(s, out, client_id=acme)
    content = out.read_bytes().decode("utf-8-sig")
    header = content.splitlines()[0].split(";")
    assert "notes" not in header and "melder_name" not in header and "department" not in header
    assert "Zoë" not in content and "Inkoop" not in content
    with vault.session() as s:
        columns, rows, _ = caseload_rows(s, acme, with_identifying=True)
    assert [c.name for c in columns][-7:] == [
        "melder_name",
        "melder_alias",
        "melder_contact",
        "others_involved",
        "department",
        "respondent_ref",
        "notes",
    ]
    assert rows[-1][-1] == NOTE


def test_one_client_never_shows_another_clients_cases(vault: Vault, tmp_path: Path):
    acme, beta = _populate(vault)
    with vault.session() as s:
        _, rows, covered = caseload_rows(s, beta)
    assert covered == ("BETA",)
    assert [row[:2] for row in rows] == [["BETA", "BETA-2025-001"]]


def test_csv_opens_in_dutch_excel(vault: Vault, tmp_path: Path):
    acme, _ = _populate(vault)
    out = tmp_path / "acme.csv"
    with vault.transaction() as s:
        export_caseload(s, out, client_id=acme, with_identifying=True)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    lines = raw.decode("utf-8-sig").split("\r\n")
    assert lines[0].startswith("client;case_number;opened;closed;track;categories;relation")
    assert lines[1].startswith("ACME;ACME-2024-001;30-12-2024;;Buiten het taakgebied;Werkdruk;")
    second = raw.decode("utf-8-sig")
    assert "Seksuele intimidatie, Pesten" not in second  # vocabulary order, not entry order
    assert "Pesten, Seksuele intimidatie" in second
    # Text a spreadsheet would run as a formula is written as text.
    assert "\"'=HYPERLINK(" in second and ";'-Inkoop" in second


def test_xlsx_has_real_dates_and_never_formulas(vault: Vault, tmp_path: Path):
    acme, _ = _populate(vault)
    out = tmp_path / "acme.xlsx"
    with vault.transaction() as s:
        export_caseload(s, out, client_id=acme, fmt="xlsx", with_identifying=True)
    sheet = openpyxl.load_workbook(out).active
    header = [c.value for c in sheet[1]]
    row = {h: c for h, c in zip(header, sheet[3], strict=True)}
    assert row["opened"].is_date and row["opened"].number_format == "DD-MM-YYYY"
    assert row["others_involved"].data_type == "s"
    assert row["others_involved"].value == '=HYPERLINK("http://x")'
    assert (row["contacts"].value, row["minutes"].value) == (3, 135)


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_exports_are_private_and_atomic(vault: Vault, tmp_path: Path, fmt: str):
    _populate(vault)
    out = tmp_path / f"all.{fmt}"
    out.write_bytes(b"old content")
    out.chmod(0o644)
    with vault.transaction() as s:
        export_caseload(s, out, client_id=None, fmt=fmt)
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert out.read_bytes() != b"old content"
    assert sorted(p.name for p in tmp_path.iterdir() if "all" in p.name) == [out.name]


def test_every_export_is_audited_per_client_without_content(vault: Vault, tmp_path: Path):
    _populate(vault)
    with vault.transaction() as s:
        export_caseload(s, tmp_path / "all.csv", client_id=None, with_identifying=True)
    with vault.session() as s:
        entries = s.scalars(select(AuditEntry).where(AuditEntry.action == "client_exported")).all()
        assert sorted((e.client_code, e.detail) for e in entries) == [
            ("ACME", "2 cases, csv, with identifying data"),
            ("BETA", "1 cases, csv, with identifying data"),
        ]


def test_a_purged_case_exports_its_anonymous_record(vault: Vault, tmp_path: Path):
    acme, _ = _populate(vault)
    with vault.transaction() as s:
        case = s.scalars(select(Case).where(Case.notes.is_not(None))).one()
        for name in cases.IDENTIFYING_FIELDS:
            setattr(case, name, None)
        case.purged_at = dt.datetime(2026, 1, 1)
    with vault.session() as s:
        columns, rows, _ = caseload_rows(s, acme, with_identifying=True)
    purged = rows[-1]
    assert purged[1] == "ACME-2025-001" and purged[-6:] == [None] * 6
    assert purged[[c.name for c in columns].index("outcome")] == "Informeel opgelost"


def test_unknown_client_and_file_names(vault: Vault, tmp_path: Path):
    from vp_desktop.services.errors import NotFound

    with vault.transaction() as s, pytest.raises(NotFound):
        export_caseload(s, tmp_path / "x.csv", client_id=999)
    assert not (tmp_path / "x.csv").exists()
    assert suggested_file_name("ACME", "xlsx", TODAY) == "ACME-casussen-2026-03-14.xlsx"
    assert suggested_file_name(None, "csv", TODAY) == "alle-opdrachtgevers-casussen-2026-03-14.csv"
