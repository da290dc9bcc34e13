"""Packaging: desktop entry, AppStream metadata, the icon set, the bundle spec and the self-test."""

from __future__ import annotations

import ast
import configparser
import io
import os
import re
import shutil
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from vp_desktop import __version__, selftest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
ICONS = PACKAGING / "icons"
APP_ID = "nl.vpdesktop.VPDesktop"
DESKTOP = PACKAGING / "linux" / f"{APP_ID}.desktop"
METAINFO = PACKAGING / "linux" / f"{APP_ID}.metainfo.xml"
PNG_SIZES = (16, 32, 48, 64, 128, 256, 512)


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    assert data[12:16] == b"IHDR"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.skip(
            f"{name} is not installed (Debian: apt-get install desktop-file-utils appstream)"
        )
    return found


# --------------------------------------------------------------------------------------------
# Linux desktop integration


def test_desktop_entry_passes_desktop_file_validate() -> None:
    result = subprocess.run(
        [_tool("desktop-file-validate"), str(DESKTOP)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == ""  # no hints or warnings either


def test_desktop_entry_starts_the_app_with_its_icon_in_both_languages() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    entry.read(DESKTOP, encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Exec"] == "vp-desktop %f"  # a double-clicked vault file is opened
    assert section["MimeType"] == "application/x-vpvault;"
    assert section["Icon"] == APP_ID
    assert section["Terminal"] == "false"
    assert section["GenericName[nl]"] and section["Comment[nl]"]
    assert "Office" in section["Categories"].split(";")


def test_the_vault_file_type_is_registered_for_vpvault_files() -> None:
    mime = ET.parse(DESKTOP.with_name(f"{APP_ID}.mime.xml")).getroot()
    ns = "{http://www.freedesktop.org/standards/shared-mime-info}"
    kind = mime.find(f"{ns}mime-type")
    assert kind is not None and kind.get("type") == "application/x-vpvault"
    assert [g.get("pattern") for g in kind.findall(f"{ns}glob")] == ["*.vpvault"]


def test_metainfo_passes_appstreamcli_validate() -> None:
    result = subprocess.run(
        [_tool("appstreamcli"), "validate", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "W:" not in result.stdout and "E:" not in result.stdout, result.stdout


def test_metainfo_names_the_desktop_entry_and_the_current_version() -> None:
    root = ET.parse(METAINFO).getroot()
    lang = "{http://www.w3.org/XML/1998/namespace}lang"
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP.name
    assert root.findtext("provides/binary") == "vp-desktop"
    summaries = {s.get(lang, "en"): s.text for s in root.findall("summary")}
    assert set(summaries) == {"en", "nl"}
    newest = root.find("releases/release")
    assert newest is not None and newest.get("version") == __version__


# --------------------------------------------------------------------------------------------
# Icons


@pytest.mark.parametrize("size", PNG_SIZES)
def test_png_icon_has_its_size(size: int) -> None:
    assert _png_size((ICONS / f"vp-desktop-{size}.png").read_bytes()) == (size, size)


def test_ico_holds_every_windows_size() -> None:
    from PIL import Image

    with Image.open(ICONS / "vp-desktop.ico") as ico:
        assert ico.format == "ICO"
        assert sorted(ico.info["sizes"]) == [(s, s) for s in (16, 32, 48, 64, 128, 256)]


def test_icns_holds_png_chunks_up_to_1024_pixels() -> None:
    data = (ICONS / "vp-desktop.icns").read_bytes()
    assert data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data)
    chunks: dict[bytes, tuple[int, int]] = {}
    offset = 8
    while offset < len(data):
        kind, length = data[offset : offset + 4], struct.unpack(">I", data[offset + 4 : offset + 8])
        chunks[kind] = _png_size(data[offset + 8 : offset + length[0]])
        offset += length[0]
    assert offset == len(data)
    assert chunks[b"ic07"] == (128, 128)
    assert chunks[b"ic09"] == (512, 512)
    assert chunks[b"ic10"] == (1024, 1024)
    from PIL import Image

    with Image.open(ICONS / "vp-desktop.icns") as icns:
        assert (512, 512, 2) in icns.info["sizes"]


def test_app_carries_its_own_copy_of_the_icon() -> None:
    runtime = ROOT / "resources" / "icons"
    assert _png_size((runtime / "vp-desktop.png").read_bytes()) == (256, 256)
    assert (runtime / "vp-desktop.svg").read_bytes() == (ICONS / "vp-desktop.svg").read_bytes()


def test_render_script_draws_the_whole_set_from_the_svg(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(ICONS / "render_icons.py"), "--out", str(tmp_path)],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    made = sorted(p.name for p in tmp_path.iterdir())
    expected = sorted(
        [f"vp-desktop-{s}.png" for s in PNG_SIZES] + ["vp-desktop.ico", "vp-desktop.icns"]
    )
    assert made == expected
    big = (tmp_path / "vp-desktop-512.png").read_bytes()
    assert _png_size(big) == (512, 512)
    from PIL import Image

    with Image.open(io.BytesIO(big)) as image:
        corner, centre = (image.convert("RGBA").getpixel(xy) for xy in ((0, 0), (256, 300)))
    assert isinstance(corner, tuple) and isinstance(centre, tuple)
    assert corner[3] == 0  # transparent around the shield
    assert centre[3] == 255  # the shield is drawn


# --------------------------------------------------------------------------------------------
# The bundle spec


def _spec_constant(name: str) -> tuple[str, ...]:
    tree = ast.parse((PACKAGING / "vp_desktop.spec").read_text("utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == name for t in node.targets
        ):
            value = ast.literal_eval(node.value)
            assert isinstance(value, tuple)
            return value
    raise AssertionError(f"{name} not in the spec")


def test_spec_keeps_what_the_app_imports_from_qt() -> None:
    excluded = set(_spec_constant("QT_EXCLUDES"))
    assert {"QtPdf", "QtPdfWidgets", "QtWidgets", "QtGui", "QtCore"}.isdisjoint(excluded)
    imported: set[str] = set()
    for source in (ROOT / "vp_desktop").rglob("*.py"):
        text = source.read_text("utf-8")
        imported.update(re.findall(r"PySide6\.(Qt\w+)", text))
        for names in re.findall(r"from PySide6 import \(?([\w\s,]+)\)?", text):
            imported.update(n.strip() for n in names.split(",") if n.strip().startswith("Qt"))
    assert "QtWidgets" in imported
    assert imported.isdisjoint(excluded), f"the app imports excluded modules: {imported & excluded}"


# --------------------------------------------------------------------------------------------
# The self-test


def test_self_test_passes_from_the_source_tree(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env["TMPDIR"] = str(tmp_path)
    result = subprocess.run(
        [sys.executable, "-m", "vp_desktop", "--self-test"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    lines = result.stdout.splitlines()
    assert result.returncode == 0, result.stdout + result.stderr
    assert lines[-1].startswith("self-test passed")
    assert all(line.startswith("ok ") for line in lines[:-1]), result.stdout
    assert any(line.startswith("ok   QtPdf") for line in lines)
    assert list(tmp_path.iterdir()) == []  # the temporary vault is gone


def test_self_test_reports_a_failing_check_and_still_cleans_up(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folders: list[Path] = []

    def leaves_a_file(run: selftest._Run) -> str:
        folders.append(run.folder)
        (run.folder / "scratch").write_bytes(b"x")
        return "fine"

    def finds_a_problem(run: selftest._Run) -> str:
        raise selftest.CheckFailed("translation vp_desktop_en.qm is missing")

    def crashes(run: selftest._Run) -> str:
        raise OSError("disk on fire")

    monkeypatch.setattr(
        selftest,
        "CHECKS",
        (("first", leaves_a_file), ("second", finds_a_problem), ("third", crashes)),
    )
    out = io.StringIO()
    assert selftest.run_self_test(out) == 1
    assert out.getvalue().splitlines() == [
        "ok   first: fine",
        "FAIL second: translation vp_desktop_en.qm is missing",
        "FAIL third: OSError: disk on fire",
        "ok   clean-up: temporary vault removed",
        "self-test FAILED: 2 of 4 checks",
    ]
    assert folders and not folders[0].exists()
