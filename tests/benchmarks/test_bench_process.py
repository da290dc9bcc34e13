"""Items 7 and 8, each in a fresh interpreter: peak memory with L open and its largest client
shown, and the cold start of the app up to the unlock screen."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from tests.benchmarks.bench_vaults import LIST_PROBE
from tests.benchmarks.timing import Figure, Recorder, compare, median_ms

HERE = Path(__file__).resolve().parent
RSS_TARGET_MB = 200
# Loaded only when a report, a spreadsheet or a schema change needs them; never at start-up.
NOT_AT_START = {"reportlab", "openpyxl", "alembic"}


def _run(*args: str) -> tuple[float, list[str]]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, *args], capture_output=True, text=True, env=env, check=True, timeout=300
    )
    return time.perf_counter() - started, done.stdout.split()


def test_peak_memory_with_the_largest_client_shown(
    bench_vault: Callable[[str], Path], recorder: Recorder
) -> None:
    _seconds, output = _run(str(HERE / "bench_app.py"), str(bench_vault("L")), LIST_PROBE)
    megabytes = float(output[-1])
    recorder.add(
        Figure(7, f"peak RSS, L open, {LIST_PROBE} (10,000 cases) shown", "L", None, 1,
               f"< {RSS_TARGET_MB} MB", megabytes < RSS_TARGET_MB, unit="MB", value=megabytes)
    )  # fmt: skip
    assert megabytes < RSS_TARGET_MB


def test_cold_start_to_the_unlock_screen(recorder: Recorder) -> None:
    interpreter = [_run("-c", "pass")[0] for _ in range(5)]
    runs = [_run(str(HERE / "cold_start.py")) for _ in range(5)]
    wall = statistics.median(seconds for seconds, _output in runs) * 1000
    loaded = set(runs[-1][1][-1].split(",")) & NOT_AT_START
    recorder.add(
        Figure(8, "cold start to the unlock screen (process start to painted)", "—", wall,
               len(runs), "reported", None, statistics.median(interpreter) * 1000,
               note="baseline: a bare `python -c pass`; loaded at start: "
               + (", ".join(sorted(loaded)) or "none of reportlab, openpyxl, alembic"))
    )  # fmt: skip
    assert not loaded, f"loaded at start-up: {loaded}"


PROCESS_RATIO = 1.3


def test_report_command_against_a_bare_script(
    bench_vault: Callable[[str], Path], recorder: Recorder, tmp_path: Path
) -> None:
    """`vp-desktop report` as a whole process (interpreter, imports, key derivation, report)
    against a bare script doing the least on the same stack, runs interleaved."""
    from tests.benchmarks.bench_vaults import PASSPHRASE, REPORT_PROBE, REPORT_YEAR
    from vp_desktop.services.clients.clients import get_client_by_code
    from vp_desktop.store.vault import Vault

    path = bench_vault("S")
    with Vault.open(path, PASSPHRASE) as vault, vault.session() as session:
        client = get_client_by_code(session, REPORT_PROBE).id
    stdin = PASSPHRASE + "\n"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}

    def ours() -> None:
        subprocess.run(
            [sys.executable, "-m", "vp_desktop", "report", "--db", str(path), "--client",
             REPORT_PROBE, "--year", str(REPORT_YEAR), "--out", str(tmp_path / "ours.pdf"),
             "--passphrase-stdin"],
            input=stdin, text=True, env=env, check=True, capture_output=True,
        )  # fmt: skip

    def bare() -> None:
        subprocess.run(
            [sys.executable, str(HERE / "bare_report.py"), str(path), str(client),
             str(REPORT_YEAR), str(tmp_path / "bare.pdf")],
            input=stdin, text=True, env=env, check=True, capture_output=True,
        )  # fmt: skip

    subject, baseline = compare(ours, bare, runs=7)
    ratio = median_ms(subject) / median_ms(baseline)
    recorder.add(
        Figure(15, "`vp-desktop report` process vs bare script (same stack)", "S",
               median_ms(subject), len(subject), f"≤ {PROCESS_RATIO}×", ratio <= PROCESS_RATIO,
               median_ms(baseline), ratio)
    )  # fmt: skip
    assert ratio <= PROCESS_RATIO
