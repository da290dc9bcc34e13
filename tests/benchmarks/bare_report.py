"""The least any annual report must do, for the benchmarks' baselines: the report's figures as
plain GROUP BY queries and the same tables in the plainest reportlab document.

As a script it is the whole-process baseline of `vp-desktop report`: open the vault with its key
derivation, run the queries, write the bare PDF.

    python tests/benchmarks/bare_report.py VAULT CLIENT_ID YEAR OUT.pdf   (passphrase on stdin)
"""

from __future__ import annotations

import io
import sys
from pathlib import Path
from typing import Any

import sqlcipher3
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

TREND_YEARS = 5
_SINGLE = ("track", "relation", "melder_role", "gender", "age_band", "came_in_via")


def raw_counts(con: Any, client: int, year: int) -> list[tuple[str, list[tuple[Any, ...]]]]:
    """The report's figures as plain GROUP BY queries: the least any implementation must do."""
    handled = "client_id = :c AND opened_on <= :end AND (closed_on IS NULL OR closed_on >= :start)"
    in_year = "client_id = :c AND {column} BETWEEN :start AND :end"
    queries = [
        ("key figures", "SELECT count(*), sum(opened_on >= :start), sum(closed_on <= :end) "
                        f"FROM cases WHERE {handled}"),
        *((column, f"SELECT {column}, count(*) FROM cases WHERE {handled} GROUP BY 1")
          for column in _SINGLE),
        ("codes", "SELECT vocabulary, code, count(*) FROM case_codes JOIN cases "
                  "ON cases.id = case_id WHERE "
                  f"{handled.replace('client_id', 'cases.client_id')} GROUP BY 1, 2"),
        ("outcome", "SELECT outcome, count(*) FROM cases "
                    f"WHERE {in_year.format(column='closed_on')} GROUP BY 1"),
        ("time", "SELECT count(*), coalesce(sum(minutes), 0) FROM contacts "
                 f"WHERE {in_year.format(column='occurred_on')}"),
        ("activities", "SELECT kind, count(*), sum(minutes) FROM activities "
                       f"WHERE {in_year.format(column='occurred_on')} GROUP BY 1"),
    ]  # fmt: skip
    tables = []
    for title, sql in queries:
        params = {"c": client, "start": f"{year}-01-01", "end": f"{year}-12-31"}
        tables.append((title, list(con.execute(sql, params).fetchall())))
    trend = []
    for past in range(year - TREND_YEARS + 1, year + 1):
        params = {"c": client, "start": f"{past}-01-01", "end": f"{past}-12-31"}
        trend += con.execute(f"SELECT {past}, count(*) FROM cases WHERE {handled}", params)
    tables.append(("trend", trend))
    return tables


def bare_pdf(tables: list[tuple[str, list[tuple[Any, ...]]]]) -> bytes:
    """The same tables in the plainest reportlab document: a heading and a grid each."""
    styles = getSampleStyleSheet()
    story: list[Any] = []
    grid = TableStyle([("GRID", (0, 0), (-1, -1), 0.25, "#999999")])
    for title, rows in tables:
        story += [Paragraph(title, styles["Heading2"]), Spacer(1, 4)]
        if rows:
            story.append(Table([[str(v) for v in row] for row in rows], style=grid))
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4).build(story)
    return buffer.getvalue()


def main(argv: list[str]) -> int:
    vault, client, year, out = argv
    passphrase = sys.stdin.readline().rstrip("\n")
    con = sqlcipher3.connect(vault)
    con.execute("PRAGMA key = '" + passphrase.replace("'", "''") + "'")
    try:
        Path(out).write_bytes(bare_pdf(raw_counts(con, int(client), int(year))))
    finally:
        con.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
