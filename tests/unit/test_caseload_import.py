"""Importing a caseload file: formats advisers really have, every problem listed, all or nothing."""

from __future__ import annotations

import datetime as dt
import hashlib
import time
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select, text

from tests.conftest import PASSPHRASE
from vp_desktop.services.caseload_io import (
    ImportRefused,
    check_caseload,
    import_caseload,
    read_caseload,
)
from vp_desktop.services.caseload_io.columns import COLUMNS, code_for, column_for_header
from vp_desktop.services.caseload_io.readers import read_table_bytes
from vp_desktop.services.casework import case_list, cases
from vp_desktop.services.clients import clients
from vp_desktop.store.models import AuditEntry, Case, Client, Contact
from vp_desktop.store.vault import Vault

TODAY = dt.date(2026, 3, 14)
HEADER = "client;case_number;opened;closed;track;categories;outcome;contacts;minutes"


def _acme(vault: Vault, code: str = "ACME") -> int:
    with vault.transaction() as s:
        return clients.create_client(s, clients.ClientData(code=code, name=code.title())).id


def _write(tmp_path: Path, content: str, encoding: str = "utf-8", name: str = "in.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(content.encode(encoding))
    return path


def _import(vault: Vault, path: Path, *, create_clients: bool = False):
    table = read_caseload(path)
    with vault.transaction() as s:
        return import_caseload(s, table, create_clients=create_clients, today=TODAY)


def _refused(vault: Vault, path: Path, *, create_clients: bool = False) -> ImportRefused:
    with pytest.raises(ImportRefused) as info:
        _import(vault, path, create_clients=create_clients)
    return info.value


def _codes(problems) -> set[tuple[int | None, str | None, str]]:
    return {(p.row, p.column, p.code) for p in problems}


def digest(vault: Vault) -> str:
    """Every row of every table, so 'nothing changed' means nothing at all."""
    hasher = hashlib.sha256()
    with vault.engine.connect() as conn:
        tables = conn.execute(
            text("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'notes_fts%'")
        ).scalars()
        for table in sorted(tables):
            rows = conn.execute(text(f'SELECT * FROM "{table}"')).all()
            hasher.update(f"{table}:{sorted(map(repr, rows))}".encode())
    return hasher.hexdigest()


def _case_count(vault: Vault) -> int:
    with vault.session() as s:
        return s.scalar(select(func.count()).select_from(Case)) or 0


# -- the format --------------------------------------------------------------------------------


def test_headers_match_in_english_and_dutch_whatever_the_case_or_accents():
    assert column_for_header("Case_Number").name == "case_number"
    assert column_for_header("  CATEGORIEËN ").name == "categories"
    assert column_for_header("Rol melder").name == "melder_role"
    assert column_for_header("Binnengekomen via").name == "came_in_via"
    assert column_for_header("doorverwezen naar").name == "referrals"
    assert column_for_header("colour") is None


def test_vocabulary_values_as_codes_labels_or_variants():
    assert code_for("category", "sexual_harassment") == "sexual_harassment"
    assert code_for("category", "SEKSUELE INTIMIDATIE") == "sexual_harassment"
    assert code_for("category", "Sexual harassment") == "sexual_harassment"
    assert code_for("category", "sexuele intimidatie") == "sexual_harassment"
    assert code_for("relation", "Derde (klant, cliënt, leerling, leverancier)") == "third_party"
    assert code_for("melder_role", "zzp'er") == "contractor"
    assert code_for("age_band", "55+") == "55_plus"
    assert code_for("age_band", "<25") == "under_25"
    assert code_for("track", "OO") == "unwanted_behaviour"
    assert code_for("category", "Privé") == "private" and code_for("category", "prive") == "private"
    assert code_for("category", "gezellig") is None


def test_every_column_has_dutch_headers_and_a_known_vocabulary():
    for column in COLUMNS:
        assert column.dutch, column.name
        if column.vocabulary:
            assert code_for(column.vocabulary, "definitely not a value") is None


# -- what advisers' files look like ------------------------------------------------------------


def test_a_dutch_excel_csv_imports(vault: Vault, tmp_path: Path):
    """Semicolons, cp1252, Dutch headers and labels, dd-mm-jjjj and d-m-jjjj, é and ë in text."""
    _acme(vault)
    content = (
        "Opdrachtgever;Geopend;Gesloten;Spoor;Onderwerpen;Relatie;Rol melder;Binnengekomen via;"
        "Ondersteuning;Doorverwezen naar;Afloop;Gesprekken;Minuten;Afdeling;Notities\r\n"
        "acme;03-02-2025;4-3-2025;Ongewenste omgangsvormen;Pesten, Intimidatie;Collega;"
        "Medewerker;Melder zelf;Opvang en luisterend oor, Advies;Bedrijfsarts;Informeel opgelost;"
        "3;100;Zoë's team;Café-overleg: melder voelde zich gekwetst, geëmotioneerd\r\n"
        "ACME;15-1-2025;;Integriteit;Fraude;Leidinggevende;Oud-medewerker;Via HR;;;;;45;;\r\n"
    )
    path = _write(tmp_path, content, "cp1252")
    result = _import(vault, path)
    assert (result.cases, result.contacts) == (2, 4)
    assert result.counts == {"ACME": {2025: 2}}
    with vault.session() as s:
        client_id = clients.get_client_by_code(s, "ACME").id
        rows = case_list.list_cases(s, client_id)
        by_number = {r.number: cases.get_case(s, client_id, r.id) for r in rows}
        # Numbered in order of opening: the January case first.
        first, second = by_number["ACME-2025-001"], by_number["ACME-2025-002"]
        assert first.track == "integrity" and first.codes_of("category") == ["fraud"]
        assert first.melder_role == "former_employee" and first.came_in_via == "hr"
        assert second.opened_on == dt.date(2025, 2, 3) and second.closed_on == dt.date(2025, 3, 4)
        assert sorted(second.codes_of("category")) == ["bullying", "intimidation"]
        assert sorted(second.codes_of("support")) == ["advice", "listening"]
        assert second.codes_of("referral") == ["occupational_physician"]
        assert second.outcome == "resolved_informally"
        assert second.department == "Zoë's team"
        assert second.notes == "Café-overleg: melder voelde zich gekwetst, geëmotioneerd"
        assert second.destroy_by == dt.date(2026, 3, 4)
        minutes = sorted(c.minutes for c in second.contacts)
        assert minutes == [33, 33, 34] and {c.occurred_on for c in second.contacts} == {
            dt.date(2025, 2, 3)
        }
        assert [c.minutes for c in first.contacts] == [45]


def test_utf8_with_bom_commas_and_iso_dates(vault: Vault, tmp_path: Path):
    _acme(vault)
    content = (
        "\ufeffclient,opened,track,categories,support\n"
        'ACME,2025-06-01,unwanted_behaviour,"bullying; discrimination","advice, aftercare"\n'
    )
    result = _import(vault, _write(tmp_path, content))
    assert result.cases == 1
    with vault.session() as s:
        case = s.scalars(select(Case)).one()
        assert case.codes_of("category") == ["bullying", "discrimination"]
        assert case.codes_of("support") == ["advice", "aftercare"]


def test_an_xlsx_workbook_with_date_cells_imports(vault: Vault, tmp_path: Path):
    _acme(vault)
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Opdrachtgever", "Casusnummer", "Geopend", "Spoor", "Onderwerp", "Minuten"])
    sheet.append(["ACME", "ACME-2024-007", dt.datetime(2024, 5, 6), "Integriteit", "Corruptie", 90])
    sheet.append(["ACME", None, dt.date(2024, 7, 1), "integrity", "theft", 30.0])
    path = tmp_path / "in.xlsx"
    workbook.save(path)
    result = _import(vault, path)
    assert result.cases == 2
    with vault.session() as s:
        numbers = {r.number for r in case_list.list_cases(s, 1)}
    assert numbers == {"ACME-2024-007", "ACME-2024-008"}


# -- all or nothing, with every problem -------------------------------------------------------


def test_one_bad_row_imports_nothing_and_every_problem_is_listed(vault: Vault, tmp_path: Path):
    _acme(vault)
    before = digest(vault)
    content = "\n".join(
        [
            HEADER + ";relation;notes",
            "ACME;;01-02-2025;;integrity;fraud;;;;colleague;fine",
            "ACME;;31-02-2025;;integrity;fraud;;;;colleague;",  # no such date
            "ACME;;01-02-2025;01-01-2025;integrity;bullying;;;;friend;",  # 4 problems
            "ACME;;01-02-2025;;;fraud;;two;;;",  # no track, contacts not a number
            "ACME;;01-02-2027;;integrity;fraud;;;;;",  # in the future
            "ACME;;01-02-2025;02-02-2025;integrity;fraud;;;;;",  # closed without outcome
        ]
    )
    refused = _refused(vault, _write(tmp_path, content))
    assert _codes(refused.problems) == {
        (3, "opened", "date_format"),
        (4, "closed", "closed_before_opened"),
        (4, "categories", "category_track_mismatch"),
        (4, "relation", "value_not_allowed"),
        (4, "outcome", "closing_needs_outcome"),
        (5, "track", "required"),
        (5, "contacts", "whole_number"),
        (6, "opened", "date_in_future"),
        (7, "outcome", "closing_needs_outcome"),
    }
    assert digest(vault) == before
    problem = next(p for p in refused.problems if p.column == "relation")
    assert problem.value == "friend"
    said = problem.describe("nl")
    assert said.startswith("Onbekende waarde “friend”. Toegestaan zijn: ")
    assert "Collega" in said  # the allowed values are listed, so the adviser can fix the file
    assert problem.describe("en").startswith("Unknown value “friend”. Allowed are: Manager; ")
    assert problem.location("nl") == "rij 4, kolom relation"
    for p in refused.problems:
        assert p.describe("nl") != p.code and p.describe("en") != p.code


def test_headers_unknown_missing_or_twice_are_problems(vault: Vault, tmp_path: Path):
    content = "client;opdrachtgever;opened;colour;categories\nACME;ACME;01-01-2025;red;fraud\n"
    refused = _refused(vault, _write(tmp_path, content))
    assert _codes(refused.problems) == {
        (1, "opdrachtgever", "column_twice"),
        (1, "colour", "column_unknown"),
        (1, "track", "column_missing"),
    }
    twice = next(p for p in refused.problems if p.code == "column_twice")
    assert twice.describe("en") == "This column occurs twice (also as “client”)."


def test_rows_are_still_checked_when_a_column_is_unknown(vault: Vault, tmp_path: Path):
    _acme(vault)
    content = "client;opened;colour;track;categories\nACME;1-13-2025;red;integrity;fraud\n"
    refused = _refused(vault, _write(tmp_path, content))
    assert _codes(refused.problems) == {
        (1, "colour", "column_unknown"),
        (2, "opened", "date_format"),
    }


def test_cells_beyond_the_headers_are_problems(vault: Vault, tmp_path: Path):
    _acme(vault)
    content = "client;opened;track;categories\nACME;01-01-2025;integrity;fraud;stray\n"
    refused = _refused(vault, _write(tmp_path, content))
    assert _codes(refused.problems) == {(2, "#5", "cell_outside_header")}


def test_a_truncated_workbook_is_one_problem(tmp_path: Path):
    workbook = openpyxl.Workbook()
    workbook.active.append(["client", "opened", "track", "categories"])
    path = tmp_path / "in.xlsx"
    workbook.save(path)
    path.write_bytes(path.read_bytes()[:-200])
    with pytest.raises(ImportRefused) as info:
        read_caseload(path)
    assert [(p.row, p.code) for p in info.value.problems] == [(None, "file_unreadable")]


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"", "file_no_rows"),
        (b"client;opened\n", "file_no_rows"),
        (b"\xd0\xcf\x11\xe0 old excel", "file_xls"),
        (b"PK\x03\x04 not really a zip", "file_unreadable"),
        (b"client;opened\n\x81\x8d\x8f;x\n", "file_encoding"),
    ],
)
def test_unreadable_files_are_one_problem(vault: Vault, tmp_path: Path, data: bytes, code: str):
    path = tmp_path / "in.csv"
    path.write_bytes(data)
    with pytest.raises(ImportRefused) as info:
        read_caseload(path)
    assert [(p.row, p.code) for p in info.value.problems] == [(None, code)]


# -- clients and case numbers -----------------------------------------------------------------


def test_unknown_clients_are_a_problem_once_per_code(vault: Vault, tmp_path: Path):
    _acme(vault)
    content = "\n".join(
        [HEADER]
        + [f"NEWCO;;0{m}-01-2025;;integrity;fraud;;;" for m in range(1, 4)]
        + ["ACME;;01-01-2025;;integrity;fraud;;;", "bad code;;01-01-2025;;integrity;fraud;;;"]
    )
    refused = _refused(vault, _write(tmp_path, content))
    assert _codes(refused.problems) == {
        (2, "client", "client_unknown"),
        (6, "client", "client_code_format"),
    }
    unknown = next(p for p in refused.problems if p.code == "client_unknown")
    assert "NEWCO" in unknown.describe("nl") and "aantal rijen: 3" in unknown.describe("nl")
    assert _case_count(vault) == 0


def test_create_clients_makes_them_with_the_roles_the_cases_need(vault: Vault, tmp_path: Path):
    content = "\n".join(
        [HEADER, "NEWCO;;01-01-2025;;integrity;fraud;;;", "OTHER;;01-01-2025;;oo;pesten;;;"]
    )
    path = _write(tmp_path, content)
    with vault.session() as s:
        plan = check_caseload(s, read_caseload(path), create_clients=True, today=TODAY)
    assert plan.ok and plan.new_clients == ["NEWCO", "OTHER"]
    result = _import(vault, path, create_clients=True)
    assert result.new_clients == ("NEWCO", "OTHER")
    with vault.session() as s:
        newco = clients.get_client_by_code(s, "NEWCO")
        other = clients.get_client_by_code(s, "OTHER")
        assert (newco.name, newco.role_integrity, newco.role_unwanted_behaviour) == (
            "NEWCO",
            True,
            False,
        )
        assert (other.role_integrity, other.role_unwanted_behaviour) == (False, True)


def test_duplicate_case_numbers_in_the_file_and_in_the_vault(vault: Vault, tmp_path: Path):
    client_id = _acme(vault)
    with vault.transaction() as s:
        data = cases.CaseData(
            opened_on=dt.date(2025, 1, 1), track="integrity", categories=["fraud"]
        )
        cases.create_case(s, client_id, data, today=TODAY)  # ACME-2025-001
    before = digest(vault)
    content = "\n".join(
        [
            HEADER,
            "ACME;ACME-2025-001;01-02-2025;;integrity;fraud;;;",
            "ACME;2025-002;01-02-2025;;integrity;fraud;;;",
            "ACME;ACME-2025-2;03-02-2025;;integrity;fraud;;;",
            "ACME;OTHER-2025-009;01-02-2025;;integrity;fraud;;;",
            "ACME;ACME-2024-010;01-02-2025;;integrity;fraud;;;",
            "ACME;number one;01-02-2025;;integrity;fraud;;;",
        ]
    )
    refused = _refused(vault, _write(tmp_path, content))
    assert _codes(refused.problems) == {
        (2, "case_number", "case_number_exists"),
        (4, "case_number", "case_number_twice"),
        (5, "case_number", "case_number_client"),
        (6, "case_number", "case_number_year"),
        (7, "case_number", "case_number_format"),
    }
    twice = next(p for p in refused.problems if p.code == "case_number_twice")
    assert twice.describe("en") == "This case number is also in row 3."
    assert digest(vault) == before


def test_rows_without_a_number_follow_the_highest_number_in_order_of_opening(
    vault: Vault, tmp_path: Path
):
    client_id = _acme(vault)
    with vault.transaction() as s:
        data = cases.CaseData(
            opened_on=dt.date(2025, 1, 1), track="integrity", categories=["fraud"]
        )
        cases.create_case(s, client_id, data, today=TODAY)  # ACME-2025-001
    content = "\n".join(
        [
            HEADER + ";department",
            "ACME;;01-06-2025;;integrity;fraud;;;;late",
            "ACME;ACME-2025-005;01-03-2025;;integrity;fraud;;;;five",
            "ACME;;01-02-2025;;integrity;fraud;;;;early",
            "ACME;;01-02-2024;;integrity;fraud;;;;last year",
        ]
    )
    _import(vault, _write(tmp_path, content))
    with vault.session() as s:
        numbered = {
            c.number: c.department for c in s.scalars(select(Case)) if c.department is not None
        }
    assert numbered == {
        "ACME-2025-006": "early",
        "ACME-2025-007": "late",
        "ACME-2025-005": "five",
        "ACME-2024-001": "last year",
    }


# -- contacts --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("contacts", "minutes", "expected"),
    [
        ("3", "10", [3, 3, 4]),
        ("", "1439", [1439]),
        ("0", "0", []),
        ("", "", []),
        ("2", "2878", [1439, 1439]),
    ],
)
def test_contacts_share_the_minutes(vault, tmp_path, contacts, minutes, expected):
    _acme(vault)
    content = f"{HEADER}\nACME;;01-01-2025;;integrity;fraud;;{contacts};{minutes}\n"
    _import(vault, _write(tmp_path, content))
    with vault.session() as s:
        assert sorted(s.scalars(select(Contact.minutes))) == expected


@pytest.mark.parametrize(
    ("contacts", "minutes", "column", "code"),
    [
        ("2", "", "minutes", "contacts_need_minutes"),
        ("0", "30", "minutes", "minutes_need_contacts"),
        ("", "1440", "minutes", "minutes_per_contact"),
        ("3", "2", "contacts", "minutes_per_contact"),
        ("501", "1000", "contacts", "contacts_range"),
        ("1,5", "30", "contacts", "whole_number"),
        ("1", "-30", "minutes", "whole_number"),
    ],
)
def test_impossible_contacts_are_problems(vault, tmp_path, contacts, minutes, column, code):
    _acme(vault)
    content = f"{HEADER}\nACME;;01-01-2025;;integrity;fraud;;{contacts};{minutes}\n"
    refused = _refused(vault, _write(tmp_path, content))
    assert _codes(refused.problems) == {(2, column, code)}


# -- dry run, progress, audit ----------------------------------------------------------------


def test_dry_run_counts_per_client_per_year_and_writes_nothing(vault: Vault, tmp_path: Path):
    _acme(vault)
    _acme(vault, "BETA")
    rows = ["ACME;;01-01-2024;;integrity;fraud;;;"] * 2 + ["ACME;;01-01-2025;;integrity;fraud;;;"]
    rows += ["BETA;;05-05-2025;;integrity;fraud;;3;90"]
    path = _write(tmp_path, "\n".join([HEADER, *rows]))
    before = digest(vault)
    with vault.session() as s:
        plan = check_caseload(s, read_caseload(path), today=TODAY)
    assert plan.ok
    assert plan.counts() == {"ACME": {2024: 2, 2025: 1}, "BETA": {2025: 1}}
    assert plan.contact_count == 3
    assert digest(vault) == before


def test_progress_is_reported_and_the_import_is_audited(vault: Vault, tmp_path: Path):
    _acme(vault)
    rows = [f"ACME;;01-01-2025;;integrity;fraud;;;{m}" for m in range(1, 1201)]
    table = read_caseload(_write(tmp_path, "\n".join([HEADER, *rows])))
    seen: list[tuple[str, int, int]] = []
    with vault.transaction() as s:
        import_caseload(s, table, today=TODAY, progress=lambda *a: seen.append(a))
    assert seen[-1] == ("write", 1200, 1200)
    assert ("check", 1200, 1200) in seen
    writes = [done for phase, done, _ in seen if phase == "write"]
    assert writes == sorted(writes) and len(writes) == 2
    with vault.session() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "import_done")).one()
        assert (entry.client_code, entry.detail) == ("ACME", "1200 cases imported")


def test_a_failure_while_writing_rolls_everything_back(vault: Vault, tmp_path: Path):
    rows = [f"NEWCO;;01-01-2025;;integrity;fraud;;;{1 + m % 600}" for m in range(2500)]
    table = read_caseload(_write(tmp_path, "\n".join([HEADER, *rows])))
    before = digest(vault)

    def fail_halfway(phase: str, done: int, total: int) -> None:
        if phase == "write" and done >= 2000:
            raise RuntimeError("disk pulled")

    with pytest.raises(RuntimeError), vault.transaction() as s:
        import_caseload(s, table, create_clients=True, today=TODAY, progress=fail_halfway)
    assert digest(vault) == before
    with vault.session() as s:
        assert s.scalar(select(func.count()).select_from(Client)) == 0


def test_ten_thousand_rows_import_in_seconds(vault: Vault, tmp_path: Path):
    _acme(vault)
    _acme(vault, "BETA")
    rows = [
        f"{'ACME' if i % 3 else 'BETA'};;{1 + i % 28:02d}-{1 + i % 12:02d}-{2020 + i % 6};"
        f"{'' if i % 2 else f'28-12-{2020 + i % 6}'};unwanted_behaviour;pesten, intimidatie;"
        f"{'' if i % 2 else 'Gedrag gestopt'};{i % 4};{(i % 4) * 45}"
        for i in range(10_000)
    ]
    path = _write(tmp_path, "\n".join([HEADER, *rows]))
    started = time.perf_counter()
    result = _import(vault, path)
    elapsed = time.perf_counter() - started
    print(f"\nimported 10,000 rows ({result.contacts} contacts) in {elapsed:.2f} s")
    assert result.cases == 10_000
    assert _case_count(vault) == 10_000


# -- malformed files never crash and never import part of a file -------------------------------

_TOKENS = st.sampled_from(
    [
        "ACME", "acme", "NEWCO", "", " ", "01-01-2025", "31-02-2025", "2025-13-01", "1-1-2025",
        "integrity", "oo", "fraud", "pesten", "pesten, fraude", "Derde (klant", "3", "-1", "1e9",
        "999999999999", "ACME-2025-001", "2025-1", "=SUM(A1)", "'=x", "Zoë", '"', '""', "\x00",
        "\u202e", "é", "\r", "\n", ";", ",", "(", "0", "1439", "1440",
    ]
)  # fmt: skip
_HEADERS = st.sampled_from(
    ["client", "opened", "track", "categories", "case_number", "closed", "outcome", "contacts",
     "minutes", "notes", "Opdrachtgever", "colour", "", "client"]
)  # fmt: skip


@st.composite
def _malformed_files(draw: st.DrawFn) -> bytes:
    """Random bytes, random tables, or good rows with a few cells spoiled."""
    shape = draw(st.sampled_from(["bytes", "random", "mostly good"]))
    if shape == "bytes":
        return draw(st.binary(max_size=300))
    if shape == "random":
        headers = draw(st.lists(_HEADERS, min_size=1, max_size=8))
        rows = draw(st.lists(st.lists(_TOKENS, max_size=9), max_size=6))
    else:
        headers = ["client", "opened", "track", "categories", "contacts", "minutes"]
        good = ["ACME", "01-01-2025", "integrity", "fraud", "1", "30"]
        rows = [
            [draw(_TOKENS) if draw(st.integers(0, 9)) == 0 else cell for cell in good]
            for _ in range(draw(st.integers(1, 6)))
        ]
    delimiter = draw(st.sampled_from([";", ",", "\t"]))
    lines = [delimiter.join(headers), *(delimiter.join(row) for row in rows)]
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16"]))
    return "\r\n".join(lines).encode(encoding, errors="replace")


@pytest.fixture(scope="module")
def shared_vault(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Vault]:
    vault = Vault.create(tmp_path_factory.mktemp("fuzz") / "v.vpvault", PASSPHRASE)
    with vault.transaction() as s:
        clients.create_client(s, clients.ClientData(code="ACME", name="Acme"))
    yield vault
    vault.close()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=_malformed_files(), create_clients=st.booleans())
def test_malformed_files_never_crash_and_never_import_part(
    shared_vault: Vault, data: bytes, create_clients: bool
):
    before = digest(shared_vault)
    count_before = _case_count(shared_vault)
    try:
        table = read_table_bytes(data)
    except Exception as error:  # only the reader's own refusal is acceptable
        assert type(error).__name__ == "ReadFailed"
        event("unreadable")
        return
    try:
        with shared_vault.transaction() as s:
            result = import_caseload(s, table, create_clients=create_clients, today=TODAY)
    except ImportRefused as refused:
        event("refused")
        assert refused.problems
        for problem in refused.problems:
            assert problem.describe("nl") and problem.describe("en")
        assert digest(shared_vault) == before
    else:
        event("imported")
        assert result.cases == len(table.rows)  # all rows, never some
        assert _case_count(shared_vault) == count_before + len(table.rows)
