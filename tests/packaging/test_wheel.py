"""The wheel as `pip` or `pipx` would install it (run by CI after the default suite):

    .venv/bin/python -m pytest tests/packaging/test_wheel.py -q

Builds the wheel from this checkout, installs it with the locked versions of its dependencies
in a fresh virtual environment outside the checkout, and runs the installed app's self-test
there with a clean home: fonts, icons and translations must come from the wheel itself.
"""

from __future__ import annotations

import os
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

from vp_desktop import __version__

ROOT = Path(__file__).resolve().parents[2]
LOCK = ROOT / "packaging" / "requirements.lock"


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(out), str(ROOT)],
        check=True,
    )
    (built,) = out.glob("vp_desktop-*.whl")
    return built


def test_the_wheel_carries_the_runtime_resources_and_no_sources(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    resources = {n for n in names if n.startswith("vp_desktop/_resources/")}
    assert {
        "vp_desktop/_resources/fonts/DejaVuSans.ttf",
        "vp_desktop/_resources/fonts/DejaVuSans-Bold.ttf",
        "vp_desktop/_resources/icons/vp-desktop.svg",
        "vp_desktop/_resources/i18n/vp_desktop_en.qm",
        "vp_desktop/_resources/docs/gebruikershandleiding.md",  # Help, in each UI language
        "vp_desktop/_resources/docs/end-users.md",
    } <= resources
    assert not {n for n in names if n.endswith(".ts")}
    assert "vp_desktop/store/migrations/versions/0001_initial_schema.py" in names
    assert not {n for n in names if n.startswith("tests/")}
    assert wheel.name.startswith(f"vp_desktop-{__version__}-")


def test_installed_in_a_fresh_environment_the_app_passes_its_self_test(
    wheel: Path, tmp_path: Path
) -> None:
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    python = env_dir / "bin" / "python"
    subprocess.run(
        [str(python), "-m", "pip", "install", "-q", "-c", str(LOCK), str(wheel)], check=True
    )
    home = tmp_path / "home"
    home.mkdir()
    clean_env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(home),
        "QT_QPA_PLATFORM": "offscreen",
        "LANG": "C.UTF-8",
    }
    run = subprocess.run(
        [str(env_dir / "bin" / "vp-desktop"), "--self-test"],
        cwd=tmp_path,  # nowhere near the checkout's resources/
        env=clean_env,
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert "self-test passed" in run.stdout
    assert "translations: loaded vp_desktop_en.qm" in run.stdout
    version = subprocess.run(
        [str(env_dir / "bin" / "vp-desktop"), "--version"],
        env=clean_env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert version.stdout.strip() == f"VP Desktop {__version__}"
