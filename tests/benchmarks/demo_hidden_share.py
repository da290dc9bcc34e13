"""How much of the demo practice's annual reports is hidden: run as a script.

    .venv/bin/python tests/benchmarks/demo_hidden_share.py [--seed N]

Creates the demo practice in a temporary vault, builds every client-year's report and counts
the non-zero case figures of the report year (handled, the key-figure pairs, every breakdown
the settings allow): hidden are those printed as a marker and those of withheld tables or
pairs. Also prints the time of the slowest report, and a floor for the printed tables: their
figures below k, plus one more hidden figure for each table whose rows add up to a printed total
(handled or closed) and hold a figure below k — which no pattern can avoid with those rows.
Written against the report data only, so it measures any version of the report code.
"""

from __future__ import annotations

import argparse
import datetime as dt
import tempfile
import time
from pathlib import Path

from sqlalchemy import text

from vp_desktop.services.demo.practice_vault import DemoSpec, create_demo_vault
from vp_desktop.store.vault import Vault

try:  # the report builder moved from reports/ to services/
    from vp_desktop.services.annual_report.build import build_annual_report
except ImportError:  # pragma: no cover - an older version of the code
    from vp_desktop.reports.aggregate import build_annual_report  # type: ignore[no-redef]

PASSPHRASE = "demo hidden share: correct horse battery staple 2026"
# Tables whose rows add up to a printed total: one row below k needs a second hidden row.
_SUMMING = {"intake", "closure", "track", "relation", "melder_role", "came_in_via", "gender",
            "age_band", "outcome"}  # fmt: skip
_TABLES = {"track": "track", "relation": "relation", "melder_role": "melder_role",
           "came_in_via": "came_in_via"}  # fmt: skip


def true_nonzero(session: object, client_id: int, year: int) -> dict[str, int]:
    """Non-zero cells per table key, straight from SQL (independent of the report code)."""
    start, end = f"{year}-01-01", f"{year}-12-31"
    handled = "client_id = :c AND opened_on <= :e AND (closed_on IS NULL OR closed_on >= :s)"
    p = {"c": client_id, "s": start, "e": end}
    run = session.execute  # type: ignore[attr-defined]
    out = {}
    for key, column in _TABLES.items():
        out[key] = run(text(f"SELECT count(DISTINCT {column}) FROM cases WHERE {handled} "
                            f"AND {column} IS NOT NULL"), p).scalar()  # fmt: skip
    for vocabulary in ("category", "support", "referral"):
        out[vocabulary] = run(text(
            "SELECT count(DISTINCT code) FROM case_codes JOIN cases ON cases.id = case_id "
            f"WHERE vocabulary = :v AND {handled.replace('client_id', 'cases.client_id')}"
        ), {**p, "v": vocabulary}).scalar()  # fmt: skip
    out["outcome"] = run(text(
        "SELECT count(DISTINCT outcome) FROM cases WHERE client_id = :c AND outcome IS NOT NULL "
        "AND closed_on BETWEEN :s AND :e"), p).scalar()  # fmt: skip
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    # The defaults of `vp-desktop demo`: seed 2026, six clients, today's date.
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--today", type=dt.date.fromisoformat, default=dt.date.today())
    parser.add_argument("--cases", type=int, default=None, help="total cases (default: realistic)")
    args = parser.parse_args()
    today = args.today
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "demo.vpvault"
        create_demo_vault(path, PASSPHRASE, DemoSpec(seed=args.seed, today=today, cases=args.cases))
        vault = Vault.open(path, PASSPHRASE)
        hidden = nonzero = reports = primary = floor = 0
        slowest = (0.0, "")
        with vault.session() as session:
            clients = session.execute(text("SELECT id, code FROM clients")).all()
            for client_id, code in clients:
                for year in range(today.year - 2, today.year + 1):
                    started = time.perf_counter()
                    report = build_annual_report(session, client_id, year, today=today)
                    seconds = time.perf_counter() - started
                    slowest = max(slowest, (seconds, f"{code} {year}"))
                    reports += 1
                    truth = true_nonzero(session, client_id, year)
                    figures = [report.total_cases]
                    shown_keys = set()
                    for table in (report.intake, report.closure, *report.breakdowns):
                        if table is None:
                            continue
                        shown_keys.add(table.key)
                        figures += [r for r in table.rows]
                        small = sum(1 for r in table.rows if r.display.startswith("<"))
                        floor += small + (1 if small and table.key in _SUMMING else 0)
                    n = sum(1 for f in figures if f.display != "0")
                    h = sum(1 for f in figures if f.display != "0" and f.value is None)
                    primary += sum(1 for f in figures if f.display.startswith("<"))
                    if not report.below_threshold:
                        for key in ("intake", "closure"):
                            if key not in shown_keys:
                                n, h, floor = n + 2, h + 2, floor + 2
                        for key, count in truth.items():
                            if key not in shown_keys and count:
                                n, h, floor = n + count, h + count, floor + count
                    nonzero, hidden = nonzero + n, hidden + h
        vault.close()
    print(f"reports: {reports}, non-zero case figures: {nonzero}, hidden: {hidden} "
          f"({100 * hidden / max(nonzero, 1):.0f}%), of which \"<k\": {primary}, other hidden "
          f"(x, –, withheld): {hidden - primary}; floor of the printed and withheld tables: "
          f"{floor} ({100 * floor / max(nonzero, 1):.0f}%), "
          f"slowest report: {slowest[0]*1000:.0f} ms ({slowest[1]})")  # fmt: skip


if __name__ == "__main__":
    main()
