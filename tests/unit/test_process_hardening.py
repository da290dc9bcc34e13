"""Every start switches core dumps off and removes half-written files a killed run left."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from vp_desktop import cli
from vp_desktop.services import safe_files

ROOT = Path(__file__).resolve().parents[2]

CHILD = r"""
import resource
from vp_desktop.cli import main
from vp_desktop.process_hardening import is_dumpable
try:
    main(["--version"])
except SystemExit:
    pass
print(resource.getrlimit(resource.RLIMIT_CORE), is_dumpable())
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="prctl is Linux only")
def test_the_entry_point_switches_core_dumps_off() -> None:
    out = (
        subprocess.run(
            [sys.executable, "-c", CHILD],
            capture_output=True,
            text=True,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
            cwd=ROOT,
            check=True,
            timeout=60,
        )
        .stdout.strip()
        .splitlines()[-1]
    )
    assert out == "(0, 0) False"


WRITER = r"""
import os, sys, time
from pathlib import Path
from vp_desktop.services import safe_files

with safe_files.private_writer(Path(sys.argv[1])) as stream:
    stream.write(b"plaintext of a case")
    stream.flush()
    os.write(1, b"ready\n")
    time.sleep(600)
"""


def test_the_next_start_removes_what_a_killed_write_left(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(safe_files.PENDING_DIR_ENV, str(tmp_path / "state"))
    target = tmp_path / "ACME-casussen.xlsx"
    part = tmp_path / ".ACME-casussen.xlsx.part"
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(target)],
        stdout=subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        cwd=ROOT,
    )
    try:
        assert writer.stdout is not None and writer.stdout.readline() == b"ready\n"
        assert part.exists()
        assert safe_files.remove_stranded_writes() == []  # its writer is alive: left alone
        assert part.exists()
    finally:
        writer.kill()
        writer.wait()
    monkeypatch.setattr(cli, "_run_gui", lambda: 0)
    cli.main([])  # the next start
    assert not part.exists() and not target.exists()
    assert list((tmp_path / "state" / "pending-writes").iterdir()) == []
