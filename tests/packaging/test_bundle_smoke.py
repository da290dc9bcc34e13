"""Smoke test of the built Linux bundle (run on request, not in the default run):

    .venv/bin/pytest tests/packaging -q

Builds dist/ with packaging/build_linux.sh when it is missing or older than the sources (set
VP_REBUILD_BUNDLE=1 to force a build), then runs the bundle as an adviser would: `--version`,
`--self-test` with a clean environment, the archive's layout and the menu-entry installer.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tarfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from vp_desktop import __version__

ROOT = Path(__file__).resolve().parents[2]
DIST = ROOT / "dist"
BUNDLE = DIST / "vp-desktop"
EXECUTABLE = BUNDLE / "vp-desktop"
APP_ID = "nl.vpdesktop.VPDesktop"
SOURCES = (
    "vp_desktop",
    "resources",
    "packaging",
    "docs/end-users.md",
    "docs/gebruikershandleiding.md",
    "pyproject.toml",
)
# Libraries of Qt modules the spec excludes: none may be in the bundle.
UNWANTED_QT = ("WebEngine", "Quick", "Qml", "Qt63D", "Multimedia", "Charts", "DataVisualization")
ARTIFACTS = ROOT / "tests" / "_artifacts"


def _newest_source() -> float:
    newest = 0.0
    for name in SOURCES:
        path = ROOT / name
        files = [path] if path.is_file() else path.rglob("*")
        for file in files:
            if file.is_file() and "__pycache__" not in file.parts:
                newest = max(newest, file.stat().st_mtime)
    return newest


@pytest.fixture(scope="module")
def bundle() -> Iterator[Path]:
    stale = not EXECUTABLE.exists() or EXECUTABLE.stat().st_mtime < _newest_source()
    if stale or os.environ.get("VP_REBUILD_BUNDLE") == "1":
        result = subprocess.run(
            ["bash", str(ROOT / "packaging" / "build_linux.sh")],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=900,
        )
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        (ARTIFACTS / "build_linux.log").write_text(result.stdout + result.stderr, "utf-8")
        assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    yield BUNDLE


def _clean_env(tmp_path: Path) -> dict[str, str]:
    """What a desktop session would have: no venv, no display, a fresh home and temp folder."""
    home = tmp_path / "home"
    temp = tmp_path / "tmp"
    home.mkdir()
    temp.mkdir()
    return {
        "PATH": "/usr/bin:/bin",
        "HOME": str(home),
        "TMPDIR": str(temp),
        "LANG": "C.UTF-8",
    }


def test_version_prints_the_version(bundle: Path, tmp_path: Path) -> None:
    result = subprocess.run(
        [str(EXECUTABLE), "--version"],
        capture_output=True,
        text=True,
        env=_clean_env(tmp_path),
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"VP Desktop {__version__}"


def test_self_test_passes_in_the_bundle(bundle: Path, tmp_path: Path) -> None:
    env = _clean_env(tmp_path)
    result = subprocess.run(
        [str(EXECUTABLE), "--self-test"], capture_output=True, text=True, env=env, timeout=180
    )
    lines = result.stdout.splitlines()
    assert result.returncode == 0, result.stdout + result.stderr
    assert lines[-1].startswith("self-test passed")
    assert all(line.startswith("ok ") for line in lines[:-1]), result.stdout
    assert list(Path(env["TMPDIR"]).iterdir()) == []  # the demo vault was removed


def test_bundle_holds_no_unused_qt_modules(bundle: Path) -> None:
    names = [p.name for p in bundle.rglob("*") if p.is_file()]
    unwanted = [n for n in names if n.startswith("libQt6") and any(u in n for u in UNWANTED_QT)]
    assert unwanted == []
    assert any(n.startswith("libQt6Pdf.so") for n in names)
    assert any(n.startswith("libQt6PdfWidgets.so") for n in names)


def test_every_qt_plugin_finds_the_qt_libraries_it_links(bundle: Path) -> None:
    """The spec drops plugins and libraries; no plugin that stays may need a dropped one."""
    ldd = shutil.which("ldd")
    if ldd is None:
        pytest.skip("ldd is not installed")
    broken = []
    for plugin in sorted((bundle / "_internal" / "PySide6" / "Qt" / "plugins").rglob("*.so")):
        listing = subprocess.run([ldd, str(plugin)], capture_output=True, text=True).stdout
        missing = [line.split()[0] for line in listing.splitlines() if "not found" in line]
        broken += [f"{plugin.name}: {lib}" for lib in missing if "Qt6" in lib]
    assert broken == []


def test_bundle_ships_migrations_and_resources_but_no_translation_sources(bundle: Path) -> None:
    internal = bundle / "_internal"
    migrations = internal / "vp_desktop" / "store" / "migrations"
    assert (migrations / "env.py").is_file()
    assert list((migrations / "versions").glob("0001_*.py"))
    resources = internal / "resources"
    assert (resources / "fonts" / "DejaVuSans.ttf").is_file()
    assert (resources / "icons" / "vp-desktop.png").is_file()
    assert list((resources / "i18n").glob("*.qm"))
    assert not list(resources.rglob("*.ts"))


def test_archive_unpacks_to_one_versioned_folder(bundle: Path) -> None:
    archive = DIST / f"vp-desktop-{__version__}-linux-{os.uname().machine}.tar.gz"
    top = f"vp-desktop-{__version__}"
    with tarfile.open(archive) as tar:
        members = {m.name: m for m in tar.getmembers()}
    assert {name.split("/")[0] for name in members} == {top}
    executable = members[f"{top}/vp-desktop"]
    assert executable.isfile() and executable.mode & 0o111
    assert members[f"{top}/install.sh"].mode & 0o111
    for part in (
        f"share/applications/{APP_ID}.desktop",
        f"share/metainfo/{APP_ID}.metainfo.xml",
        f"share/icons/hicolor/256x256/apps/{APP_ID}.png",
        f"share/icons/hicolor/scalable/apps/{APP_ID}.svg",
        "README.md",
        "HANDLEIDING.md",
    ):
        assert f"{top}/{part}" in members, part
    assert all(m.uid == 0 and m.gid == 0 for m in members.values())


def test_install_script_adds_a_valid_menu_entry_and_removes_it(
    bundle: Path, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    env = {**_clean_env(tmp_path), "XDG_DATA_HOME": str(data)}
    result = subprocess.run(
        ["sh", str(bundle / "install.sh")], capture_output=True, text=True, env=env, timeout=60
    )
    assert result.returncode == 0, result.stderr
    entry = data / "applications" / f"{APP_ID}.desktop"
    # %f: a vault file opened from the file manager arrives as the argument.
    assert f'Exec="{bundle}/vp-desktop" %f' in entry.read_text("utf-8").splitlines()
    assert (data / "icons" / "hicolor" / "48x48" / "apps" / f"{APP_ID}.png").is_file()
    validate = shutil.which("desktop-file-validate")
    if validate:
        check = subprocess.run([validate, str(entry)], capture_output=True, text=True)
        assert check.returncode == 0, check.stdout
    removed = subprocess.run(
        ["sh", str(bundle / "install.sh"), "--remove"], env=env, capture_output=True, timeout=60
    )
    assert removed.returncode == 0
    assert not entry.exists()
    assert not list((data / "icons").rglob("*.png"))
