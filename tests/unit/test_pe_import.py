"""Importing the PE log from CSV/XLSX: all or nothing, Dutch headers and labels, clear problems."""

from __future__ import annotations

import datetime as dt
import io
import re
import sys
from pathlib import Path

import openpyxl
import pytest

from tests.conftest import PASSPHRASE
from vp_desktop.cli import main
from vp_desktop.cli.common import EXIT_INVALID
from vp_desktop.services.caseload_io import ImportRefused
from vp_desktop.services.professional_development.pe import (
    PeData,
    add_pe_activity,
    list_pe_activities,
)
from vp_desktop.services.professional_development.pe_import import (
    allowed_kinds,
    check_pe_log,
    import_pe_log,
    read_pe_log,
)
from vp_desktop.store.vault import Vault

DUTCH_CSV = (
    "Datum;Soort;Uren;Aanbieder;Thema;Accreditatienummer\n"
    "14-03-2025;Bijscholing;2,5;Zwaluw Opleidingen;Omgaan met agressie;ZO-5521\n"
    "01-04-2025;intervisie;2;Groep Noord;;\n"
    "02-05-2025;Extra activiteit;1.25;;Lezen;\n"
    "03-06-2025;congress;8;NVVP;Congres;\n"
)


def write(tmp_path: Path, text: str, name: str = "log.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, "utf-8")
    return path


def test_dutch_csv_is_imported(vault: Vault, tmp_path: Path) -> None:
    table = read_pe_log(write(tmp_path, DUTCH_CSV))
    with vault.transaction() as s:
        assert import_pe_log(s, table) == 4
    with vault.session() as s:
        activities = sorted(list_pe_activities(s), key=lambda a: a.occurred_on)
        assert [(a.kind, a.minutes) for a in activities] == [
            ("course", 150),
            ("intervision", 120),
            ("extra", 75),
            ("congress", 480),
        ]
        assert activities[0].accreditation_number == "ZO-5521" and activities[0].is_accredited
        assert activities[0].provider == "Zwaluw Opleidingen"
        assert not activities[3].is_accredited


def test_xlsx_with_english_headers_and_real_dates(vault: Vault, tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["date", "kind", "hours", "provider", "theme", "accreditation_number"])
    sheet.append([dt.datetime(2025, 3, 14), "supervisie", 1.5, "S. Visor", None, None])
    path = tmp_path / "log.xlsx"
    book.save(path)
    with vault.transaction() as s:
        assert import_pe_log(s, read_pe_log(path)) == 1
    with vault.session() as s:
        (activity,) = list_pe_activities(s)
    assert (activity.occurred_on, activity.kind, activity.minutes) == (
        dt.date(2025, 3, 14),
        "supervision",
        90,
    )


def test_one_bad_row_imports_nothing_and_every_problem_is_named(
    vault: Vault, tmp_path: Path
) -> None:
    text = DUTCH_CSV + "31-02-2025;webinar;1,3;;;\n"
    table = read_pe_log(write(tmp_path, text))
    with vault.session() as s:
        plan = check_pe_log(s, table)
    found = {(p.row, p.column, p.code) for p in plan.problems}
    assert found == {
        (6, "date", "date_format"),
        (6, "kind", "pe_import_kind"),
        (6, "hours", "pe_import_hours"),
    }
    kind = next(p for p in plan.problems if p.column == "kind")
    assert "bijscholing, intervisie, supervisie, congres, extra activiteit" in kind.describe()
    with vault.transaction() as s, pytest.raises(ImportRefused):
        import_pe_log(s, table)
    with vault.session() as s:
        assert list_pe_activities(s) == []


def test_quarters_columns_and_duplicates(vault: Vault, tmp_path: Path) -> None:
    with vault.transaction() as s:
        add_pe_activity(s, PeData("intervision", dt.date(2025, 4, 1), 120, "Groep Noord"))
    text = "Datum;Soort;Uren;Kleur\n01-01-2025;intervisie;1,1;rood\n"
    with vault.session() as s:
        plan = check_pe_log(s, read_pe_log(write(tmp_path, text)))
    assert {(p.column, p.code) for p in plan.problems} == {("Kleur", "column_unknown")}
    with vault.session() as s:
        plan = check_pe_log(s, read_pe_log(write(tmp_path, "Datum;Uren\n01-01-2025;1\n")))
    assert {(p.column, p.code) for p in plan.problems} == {("kind", "column_missing")}
    with vault.session() as s:
        plan = check_pe_log(s, read_pe_log(write(tmp_path, DUTCH_CSV + DUTCH_CSV.split("\n")[1])))
        assert {(p.row, p.code) for p in plan.problems} == {
            (3, "pe_import_exists"),
            (6, "pe_import_twice"),
        }
    with vault.session() as s:
        plan = check_pe_log(
            s, read_pe_log(write(tmp_path, "Datum;Soort;Uren\n01-01-2025;intervisie;1,1\n"))
        )
    assert [(p.column, p.code) for p in plan.problems] == [("hours", "pe_import_hours")]
    with pytest.raises(ImportRefused) as refused:
        read_pe_log(write(tmp_path, "Datum;Soort;Uren\n"))
    assert refused.value.problems[0].describe() == "Het bestand bevat geen activiteiten."


def test_cli_dry_run_then_import(
    vault: Vault, vault_path: Path, tmp_path: Path, monkeypatch, capsys
):
    vault.close()
    path = write(tmp_path, DUTCH_CSV)

    def run(*args: str) -> int:
        monkeypatch.setattr(sys, "stdin", io.StringIO(PASSPHRASE + "\n"))
        return main(
            ["pe-import", "--db", str(vault_path), "--file", str(path), *args, "--passphrase-stdin"]
        )

    assert run("--dry-run") == 0
    assert "4 activities would be imported" in capsys.readouterr().out
    with Vault.open(vault_path, PASSPHRASE) as again, again.session() as s:
        assert list_pe_activities(s) == []
    assert run() == 0
    assert "Imported 4 activities." in capsys.readouterr().out
    assert run() == EXIT_INVALID  # the second time every row is already there: nothing imported
    err = capsys.readouterr().err
    assert "row 2" in err and "already in the vault" in err


def _documented_kinds() -> list[str]:
    doc = (Path(__file__).parents[2] / "docs" / "pe-import-format.md").read_text("utf-8")
    row = next(line for line in doc.splitlines() if line.startswith("| `kind`"))
    return re.findall(r"`([^`]+)`", row.split("|")[4])


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_every_kind_the_message_and_the_doc_offer_is_accepted(
    vault: Vault, tmp_path: Path, lang: str
) -> None:
    offered = allowed_kinds(lang).split(", ") + _documented_kinds()
    assert "congres" in offered and "studiedag" in offered
    lines = "".join(f"0{1 + i % 9}-03-2025;{word};1\n" for i, word in enumerate(offered))
    table = read_pe_log(write(tmp_path, "Datum;Soort;Uren\n" + lines))
    with vault.session() as s:
        plan = check_pe_log(s, table)
    assert plan.problems == []
    assert len(plan.activities) == len(offered)


def test_the_unknown_kind_message_speaks_the_language_asked(vault: Vault, tmp_path: Path) -> None:
    table = read_pe_log(write(tmp_path, "Datum;Soort;Uren\n01-03-2025;webinar;1\n"))
    with vault.session() as s:
        (problem,) = check_pe_log(s, table).problems
    assert problem.describe("nl") == (
        "Onbekende soort “webinar”. Kies uit: bijscholing, intervisie, supervisie, congres, "
        "extra activiteit."
    )
    assert problem.describe("en") == (
        "Unknown kind “webinar”. Choose from: course, intervision, supervision, congress, extra."
    )
