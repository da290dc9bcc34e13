"""Timing helpers and the figures a benchmark run produces.

Medians, never means: one slow run (the other engineer's build, a page-cache miss) must not move
the figure. Where the issue names a baseline, subject and baseline runs alternate, so the noise of
a shared machine falls on both sides of the ratio alike.
"""

from __future__ import annotations

import datetime as dt
import gc
import json
import os
import platform
import statistics
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

RESULTS = Path(__file__).resolve().parents[1] / "_artifacts" / "bench_results.json"


def sample(
    action: Callable[[], object],
    *,
    runs: int = 7,
    warmup: int = 1,
    before: Callable[[], object] | None = None,
    after: Callable[[Any], object] | None = None,
) -> list[float]:
    """Seconds per run of `action`. `before` runs untimed ahead of every run, `after` untimed
    behind it with what `action` returned (to close what it opened)."""
    times = []
    for number in range(warmup + runs):
        if before is not None:
            before()
        gc.collect()
        started = time.perf_counter()
        result = action()
        elapsed = time.perf_counter() - started
        if after is not None:
            after(result)
        if number >= warmup:
            times.append(elapsed)
    return times


def compare(
    subject: Callable[[], object],
    baseline: Callable[[], object],
    *,
    runs: int = 7,
    warmup: int = 1,
    after: Callable[[Any], object] | None = None,
) -> tuple[list[float], list[float]]:
    """Interleaved runs of `subject` and `baseline`: (subject seconds, baseline seconds)."""
    subject_times: list[float] = []
    baseline_times: list[float] = []
    for _ in range(warmup + runs):
        subject_times += sample(subject, runs=1, warmup=0, after=after)
        baseline_times += sample(baseline, runs=1, warmup=0, after=after)
    return subject_times[warmup:], baseline_times[warmup:]


def median_ms(times: list[float]) -> float:
    return statistics.median(times) * 1000


@dataclass(frozen=True, slots=True)
class Figure:
    """One measured figure, as it appears in docs/performance.md."""

    item: int
    what: str
    vault: str
    median_ms: float | None
    runs: int
    target: str
    met: bool | None  # None: no target, reported only
    baseline_ms: float | None = None
    ratio: float | None = None
    unit: str = "ms"
    value: float | None = None  # for figures that are not times (MB)
    note: str = ""


@dataclass(slots=True)
class Recorder:
    """Collects the figures of a run and writes them, with the machine, to `RESULTS`."""

    figures: list[Figure] = field(default_factory=list)

    def add(self, figure: Figure) -> Figure:
        self.figures = [
            f
            for f in self.figures
            if (f.item, f.what, f.vault) != (figure.item, figure.what, figure.vault)
        ]
        self.figures.append(figure)
        shown = (
            f"{figure.value:.0f} {figure.unit}"
            if figure.value is not None
            else (f"{figure.median_ms:.1f} ms")
        )
        ratio = f", {figure.ratio:.2f}× baseline" if figure.ratio is not None else ""
        verdict = {True: "met", False: "MISSED", None: "reported"}[figure.met]
        print(f"  [{figure.item}] {figure.what} ({figure.vault}): {shown}{ratio} — {verdict}")
        return figure

    def write(self, path: Path = RESULTS) -> None:
        previous = json.loads(path.read_text()) if path.exists() else {}
        kept = {(f["item"], f["what"], f["vault"]): f for f in previous.get("figures", [])}
        for figure in self.figures:  # a partial run updates its own figures only
            kept[figure.item, figure.what, figure.vault] = asdict(figure)
        path.parent.mkdir(parents=True, exist_ok=True)
        document = {
            "machine": machine(),
            "date": dt.date.today().isoformat(),
            "figures": sorted(kept.values(), key=lambda f: (f["item"], f["what"], f["vault"])),
        }
        path.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n")


def machine() -> dict[str, Any]:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = ""
    try:
        kb = int(Path("/proc/meminfo").read_text().split()[1])
        memory = f"{kb / 1024 / 1024:.0f} GB"
    except (OSError, ValueError, IndexError):
        pass
    import PySide6
    import sqlalchemy
    import sqlcipher3

    return {
        "system": f"{platform.system()} {platform.release()}",
        "cpu": cpu,
        "cores": os.cpu_count(),
        "memory": memory,
        "python": platform.python_version(),
        "pyside6": PySide6.__version__,
        "sqlalchemy": sqlalchemy.__version__,
        "sqlite": sqlcipher3.sqlite_version,
    }
