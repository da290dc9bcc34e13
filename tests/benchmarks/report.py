"""Print the figures of the last benchmark run as the markdown of docs/performance.md.

    .venv/bin/python tests/benchmarks/report.py [RESULTS_JSON]

Reads `tests/_artifacts/bench_results.json` (written by every benchmark run) unless told another
file, and prints the machine, the date and one table row per figure, to paste into the doc.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

RESULTS = Path(__file__).resolve().parents[1] / "_artifacts" / "bench_results.json"
VERDICT = {True: "met", False: "**missed**", None: "—"}


def _number(value: float | None, unit: str = "ms") -> str:
    if value is None:
        return ""
    return f"{value:,.1f} {unit}" if value < 100 else f"{value:,.0f} {unit}"


def row(figure: dict[str, Any]) -> str:
    measured = (
        _number(figure["value"], figure["unit"])
        if figure["value"] is not None
        else _number(figure["median_ms"])
    )
    ratio = f"{figure['ratio']:.2f}×" if figure["ratio"] is not None else ""
    cells = (
        str(figure["item"]),
        figure["what"],
        figure["vault"],
        measured,
        _number(figure["baseline_ms"]),
        ratio,
        figure["target"],
        VERDICT[figure["met"]],
        figure["note"],
    )
    return "| " + " | ".join(cell.replace("|", "\\|") for cell in cells) + " |"


def markdown(document: dict[str, Any]) -> str:
    machine = document["machine"]
    lines = [
        f"Measured on {document['date']}: {machine['cpu']}, {machine['cores']} cores, "
        f"{machine['memory']} RAM, {machine['system']}; Python {machine['python']}, "
        f"PySide6 {machine['pyside6']}, SQLAlchemy {machine['sqlalchemy']}, "
        f"SQLite {machine['sqlite']} (SQLCipher).",
        "",
        "| # | what | vault | median | baseline | ratio | target | result | note |",
        "|---|---|---|---:|---:|---:|---|---|---|",
    ]
    lines += [row(figure) for figure in document["figures"]]
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    path = Path(argv[1]) if len(argv) > 1 else RESULTS
    if not path.exists():
        print(f"No results at {path}: run the benchmarks first.", file=sys.stderr)
        return 1
    print(markdown(json.loads(path.read_text(encoding="utf-8"))))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
