"""Problems found in a caseload file, each with its row, column, value and a reason in Dutch and
English. Codes shared with the case forms (dates, outcome, lengths) read as they do there."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from vp_desktop.domain.messages import message
from vp_desktop.domain.vocab import Lang

IMPORT_MESSAGES: dict[str, tuple[str, str]] = {
    "value_not_allowed": (
        "Onbekende waarde “{value}”. Toegestaan zijn: {allowed_nl}.",
        "Unknown value “{value}”. Allowed are: {allowed_en}.",
    ),
    "file_unreadable": (
        "Dit bestand kan niet worden gelezen. Bewaar het als CSV of als Excel-werkmap (.xlsx).",
        "This file cannot be read. Save it as CSV or as an Excel workbook (.xlsx).",
    ),
    "file_xls": (
        "Oude Excel-bestanden (.xls) worden niet gelezen. Bewaar het als .xlsx of CSV.",
        "Old Excel files (.xls) cannot be read. Save it as .xlsx or CSV.",
    ),
    "file_encoding": (
        "De tekens in dit bestand zijn niet te lezen. Bewaar het als CSV UTF-8.",
        "The characters in this file cannot be read. Save it as CSV UTF-8.",
    ),
    "file_too_big": (
        "Het bestand is groter dan {limit} MB.",
        "The file is larger than {limit} MB.",
    ),
    "file_no_rows": ("Het bestand bevat geen casussen.", "The file contains no cases."),
    "file_not_regular": (
        "Dit is geen gewoon bestand (maar bijvoorbeeld een apparaat of een pijp). Kies een CSV- "
        "of Excel-bestand.",
        "This is not a regular file (but, for example, a device or a pipe). Choose a CSV or "
        "Excel file.",
    ),
    "cell_too_long": (
        "Deze cel bevat meer dan {limit} tekens; zo'n lange tekst hoort niet in één cel.",
        "This cell holds more than {limit} characters; a text that long does not belong in one "
        "cell.",
    ),
    "too_many_columns": (
        "Deze rij heeft meer dan {limit} kolommen; dit is geen casuslijst.",
        "This row has more than {limit} columns; this is not a caseload.",
    ),
    "xlsx_too_big": (
        "Uitgepakt is een deel van deze werkmap groter dan {limit} MB; splits hem in delen.",
        "Unpacked, a part of this workbook is larger than {limit} MB; split it into parts.",
    ),
    "xlsx_row_order": (
        "De werkmap is beschadigd: dit rijnummer komt twee keer of niet op volgorde voor. "
        "Bewaar hem opnieuw vanuit Excel.",
        "The workbook is damaged: this row number occurs twice or out of order. Save it again "
        "from Excel.",
    ),
    "too_many_rows": (
        "Het bestand heeft meer dan {limit} rijen; splits het in delen.",
        "The file has more than {limit} rows; split it into parts.",
    ),
    "column_unknown": (
        "Onbekende kolom. Hernoem of verwijder hem, zodat er niets verloren gaat.",
        "Unknown column. Rename or remove it, so that nothing gets lost.",
    ),
    "column_twice": (
        "Deze kolom komt twee keer voor (ook als “{value}”).",
        "This column occurs twice (also as “{value}”).",
    ),
    "column_missing": ("Deze kolom ontbreekt.", "This column is missing."),
    "cell_outside_header": (
        "Deze rij heeft meer cellen dan er kolomkoppen zijn.",
        "This row has more cells than there are column headers.",
    ),
    "date_format": (
        "Geen geldige datum; gebruik dd-mm-jjjj, bijvoorbeeld 14-03-2025.",
        "Not a valid date; use dd-mm-yyyy, for example 14-03-2025.",
    ),
    "whole_number": (
        "Vul een heel getal in (0 of meer).",
        "Enter a whole number (0 or more).",
    ),
    "client_unknown": (
        "Opdrachtgever “{value}” bestaat nog niet (aantal rijen: {rows}). Kies ervoor hem aan te "
        "maken, of verbeter de code.",
        "Client “{value}” does not exist yet (number of rows: {rows}). Choose to create it, or "
        "correct the code.",
    ),
    "case_number_format": (
        "Geen geldig casusnummer; gebruik CODE-jjjj-nnn, bijvoorbeeld ACME-2025-003.",
        "Not a valid case number; use CODE-yyyy-nnn, for example ACME-2025-003.",
    ),
    "case_number_client": (
        "Het casusnummer hoort bij een andere opdrachtgever dan in deze rij.",
        "The case number belongs to another client than the one in this row.",
    ),
    "case_number_year": (
        "Het jaar in het casusnummer is niet het jaar waarin de casus is geopend.",
        "The year in the case number is not the year the case was opened.",
    ),
    "case_number_twice": (
        "Dit casusnummer staat ook in rij {other}.",
        "This case number is also in row {other}.",
    ),
    "case_number_exists": (
        "Dit casusnummer bestaat al in de kluis.",
        "This case number already exists in the vault.",
    ),
    "contacts_need_minutes": (
        "Vul bij {contacts} gesprek(ken) ook het totaal aantal minuten in.",
        "With {contacts} contact(s), fill in the total minutes too.",
    ),
    "contacts_range": (
        "Vul een aantal gesprekken in van 0 tot en met {limit}.",
        "Enter a number of contacts from 0 to {limit}.",
    ),
    "minutes_need_contacts": (
        "Er zijn minuten ingevuld maar 0 gesprekken.",
        "Minutes are filled in, but 0 contacts.",
    ),
    "minutes_per_contact": (
        "Verdeeld over {contacts} gesprek(ken) moet elk gesprek 1 tot 1439 minuten duren; "
        "pas het aantal gesprekken of minuten aan.",
        "Split over {contacts} contact(s), each must last 1 to 1439 minutes; "
        "adjust the number of contacts or minutes.",
    ),
}


@dataclass(frozen=True, slots=True)
class ImportProblem:
    """One thing wrong with the file. `row` is the spreadsheet row (the header is row 1);
    None for the file as a whole. `column` is the column's English name or the header as found."""

    row: int | None
    column: str | None
    value: str
    code: str
    params: dict[str, object] = dataclasses.field(default_factory=dict)

    def describe(self, lang: Lang = "nl") -> str:
        params = {"value": self.value, **self.params}
        if self.code not in IMPORT_MESSAGES:
            return message(self.code, lang, **params)
        nl, en = IMPORT_MESSAGES[self.code]
        template = nl if lang == "nl" else en
        try:
            return template.format(**params)
        except (KeyError, IndexError):
            return template

    def location(self, lang: Lang = "nl") -> str:
        """'rij 5, kolom opened' — where to look, in the adviser's language."""
        row_word, column_word, file_word = (
            ("rij", "kolom", "bestand") if lang == "nl" else ("row", "column", "file")
        )
        parts = [f"{row_word} {self.row}"] if self.row is not None else []
        if self.column:
            parts.append(f"{column_word} {self.column}")
        return ", ".join(parts) or file_word

    def sort_key(self) -> tuple[int, str]:
        return (self.row or 0, self.column or "")


class ImportRefused(Exception):
    """The file has problems; nothing was imported."""

    def __init__(self, problems: list[ImportProblem]) -> None:
        self.problems = tuple(sorted(problems, key=ImportProblem.sort_key))
        super().__init__(f"{len(self.problems)} problem(s) in the file; nothing was imported")
