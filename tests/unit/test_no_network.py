"""Nothing in VP Desktop opens a socket, and the core loads without Qt."""

from __future__ import annotations

import datetime as dt
import io
import os
import socket
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import NoReturn

import pytest

from tests.conftest import PASSPHRASE
from vp_desktop.cli import main
from vp_desktop.services import settings
from vp_desktop.services.casework import case_list, cases, search
from vp_desktop.services.clients import clients
from vp_desktop.services.demo.practice_vault import DemoSpec, create_demo_vault
from vp_desktop.store.vault import Vault

REPO = Path(__file__).resolve().parents[2]


class NetworkAttempt(OSError):
    """Raised in place of any socket operation during a guarded test."""


@pytest.fixture
def socket_attempts(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Every way to reach the network records the attempt and fails."""
    attempts: list[str] = []

    def guard(name: str) -> Callable[..., NoReturn]:
        def refuse(*args: object, **kwargs: object) -> NoReturn:
            attempts.append(f"{name}{args!r}")
            raise NetworkAttempt(f"network use in VP Desktop: {name}")

        return refuse

    monkeypatch.setattr(socket.socket, "connect", guard("socket.connect"))
    monkeypatch.setattr(socket.socket, "connect_ex", guard("socket.connect_ex"))
    monkeypatch.setattr(socket, "socket", guard("socket.socket"))
    for name in ("create_connection", "getaddrinfo", "gethostbyname", "socketpair"):
        monkeypatch.setattr(socket, name, guard(f"socket.{name}"))
    yield attempts


def test_the_guard_notices_a_socket(socket_attempts: list[str]) -> None:
    with pytest.raises(NetworkAttempt):
        socket.create_connection(("example.invalid", 443))
    with pytest.raises(NetworkAttempt):
        socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    assert len(socket_attempts) == 2


def test_a_working_session_opens_no_socket(tmp_path: Path, socket_attempts: list[str]) -> None:
    path = tmp_path / "demo.vpvault"
    today = dt.date(2026, 11, 24)
    create_demo_vault(path, PASSPHRASE, DemoSpec(seed=1, today=today))
    with Vault.open(path, PASSPHRASE) as vault:
        with vault.transaction() as s:
            summaries = clients.list_clients(s)
            for summary in summaries:
                rows = case_list.list_cases(s, summary.id)
                if rows:
                    cases.get_case(s, summary.id, rows[0].id)
            assert search.search_notes(s, "gesprek")
            settings.update(s, auto_lock_minutes=10)
        assert vault.integrity_problems(full=True) == []
    assert summaries
    assert socket_attempts == []


def test_the_commands_open_no_socket(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, socket_attempts: list[str]
) -> None:
    def run(*args: str, stdin: str) -> int:
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        return main(list(args))

    new = "een andere lange wachtzin voor de kluis"
    empty, filled = str(tmp_path / "empty.vpvault"), str(tmp_path / "demo.vpvault")
    assert run("init", "--db", empty, "--passphrase-stdin", stdin=PASSPHRASE + "\n") == 0
    assert run("demo", "--db", filled, "--passphrase-stdin", stdin=PASSPHRASE + "\n") == 0
    assert run("check", "--db", filled, "--passphrase-stdin", stdin=PASSPHRASE + "\n") == 0
    assert run("rekey", "--db", filled, "--passphrase-stdin", stdin=f"{PASSPHRASE}\n{new}\n") == 0
    assert run("check", "--db", filled, "--passphrase-stdin", stdin=new + "\n") == 0
    assert socket_attempts == []


def test_core_packages_load_without_qt() -> None:
    """Import every module of the core in a fresh interpreter and list what came with it."""
    script = """
import importlib, importlib.util, pkgutil, sys
packages = ["vp_desktop.domain", "vp_desktop.store", "vp_desktop.services", "vp_desktop.cli"]
if importlib.util.find_spec("vp_desktop.reports") is not None:
    packages.append("vp_desktop.reports")
imported = []
for name in packages:
    package = importlib.import_module(name)
    imported.append(name)
    for info in pkgutil.walk_packages(package.__path__, name + "."):
        if ".migrations." in info.name:
            continue  # Alembic scripts run only inside a migration
        importlib.import_module(info.name)
        imported.append(info.name)
print(len(imported))
print(" ".join(sorted(m for m in sys.modules if m.split(".")[0] == "PySide6")))
"""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    env.pop("QT_QPA_PLATFORM", None)
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    count, qt_modules = (result.stdout.splitlines() + [""])[:2]
    assert int(count) > 20  # the walk really reached the modules
    assert qt_modules == ""
