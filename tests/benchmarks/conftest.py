"""Benchmark fixtures: the cached S/M/L vaults and the recorder of figures.

Benchmarks run only on request: a run that does not name `tests/benchmarks` (or a file in it)
collects nothing here, so `pytest` and `pytest tests` stay fast. Run them with

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest tests/benchmarks \
        -o testpaths=tests/benchmarks -s

and turn the figures into the table of docs/performance.md with
`.venv/bin/python tests/benchmarks/report.py`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.benchmarks import bench_vaults
from tests.benchmarks.timing import Recorder
from vp_desktop.store.vault import Vault

HERE = Path(__file__).resolve().parent


def _requested(config: pytest.Config) -> bool:
    for arg in config.invocation_params.args:
        candidate = Path(config.invocation_params.dir, str(arg).split("::")[0]).resolve()
        if candidate == HERE or HERE in candidate.parents:
            return True
    return False


def pytest_ignore_collect(collection_path: Path, config: pytest.Config) -> bool | None:
    if HERE in collection_path.parents and not _requested(config):
        return True
    return None


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if HERE in item.path.parents:
            item.add_marker(pytest.mark.benchmark)
            # What an adviser waits for includes SQLCipher's real key derivation.
            item.add_marker(pytest.mark.real_kdf)
            # The offscreen platform says this on every top-level show(); not a problem of ours.
            item.add_marker(pytest.mark.qt_log_ignore("This plugin does not support"))


_RECORDER = Recorder()


def pytest_sessionfinish(session: pytest.Session) -> None:
    if _RECORDER.figures:
        _RECORDER.write()
        print(f"\nFigures written to {bench_results_path()}")


def bench_results_path() -> Path:
    from tests.benchmarks.timing import RESULTS

    return RESULTS


@pytest.fixture(scope="session")
def recorder() -> Recorder:
    return _RECORDER


@pytest.fixture(scope="session")
def bench_vault() -> Callable[[str], Path]:
    """The path of the cached vault of a size ("S", "M", "L"), built on first use."""
    paths: dict[str, Path] = {}

    def get(size: str) -> Path:
        if size not in paths:
            paths[size] = bench_vaults.vault_path(size)
        return paths[size]

    return get


@pytest.fixture
def open_bench_vault(bench_vault: Callable[[str], Path]) -> Iterator[Callable[[str], Vault]]:
    """Open cached vaults for one test; all are closed afterwards."""
    opened: list[Vault] = []

    def open_(size: str) -> Vault:
        vault = Vault.open(bench_vault(size), bench_vaults.PASSPHRASE)
        opened.append(vault)
        return vault

    yield open_
    for vault in opened:
        vault.close()
