"""Render VP Desktop's app icon set from its SVG source.

    .venv/bin/python packaging/icons/render_icons.py            # this folder + resources/icons/
    .venv/bin/python packaging/icons/render_icons.py --out DIR  # only DIR (for checks)

Writes `vp-desktop-<size>.png` for every size in PNG_SIZES, `vp-desktop.ico` (Windows) and
`vp-desktop.icns` (macOS). Every size is rendered from the vector source by Qt's SVG renderer, so
small sizes are drawn sharp rather than scaled down. Both containers are written here with
`struct`: an ICO is a directory of PNG images, an ICNS is a header followed by typed PNG chunks.
"""

from __future__ import annotations

import argparse
import os
import shutil
import struct
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
SVG = HERE / "vp-desktop.svg"
RUNTIME_DIR = ROOT / "resources" / "icons"
RUNTIME_PNG_SIZE = 256

PNG_SIZES = (16, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 32, 48, 64, 128, 256)
# ICNS chunk types that hold PNG data, with the pixel size each one carries.
ICNS_CHUNKS = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"ic11", 32),  # 16 pt @2x
    (b"icp6", 64),
    (b"ic12", 64),  # 32 pt @2x
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic13", 256),  # 128 pt @2x
    (b"ic09", 512),
    (b"ic14", 512),  # 256 pt @2x
    (b"ic10", 1024),  # 512 pt @2x
)


def render_png(svg: Path, size: int) -> bytes:
    """The SVG drawn on a transparent square of `size` pixels, as PNG bytes."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QGuiApplication, QImage, QImageWriter, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 (keeps Qt alive)
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QImageWriter(buffer, QByteArray(b"png"))
    if not writer.write(image):
        raise RuntimeError(f"Qt could not encode a PNG: {writer.errorString()}")
    buffer.close()
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """An ICO file holding one PNG entry per size (PNG entries are valid since Windows Vista)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))  # reserved, type 1 = icon, image count
    offset = len(header) + 16 * len(sizes)
    directory = b""
    for size in sizes:
        # A width/height byte of 0 means 256 pixels.
        edge = 0 if size >= 256 else size
        directory += struct.pack("<BBBBHHII", edge, edge, 0, 0, 1, 32, len(pngs[size]), offset)
        offset += len(pngs[size])
    return header + directory + b"".join(pngs[size] for size in sizes)


def icns_bytes(chunks: list[tuple[bytes, bytes]]) -> bytes:
    """An ICNS file: 'icns' + total length, then per image its type, length (incl. 8) and PNG."""
    body = b"".join(kind + struct.pack(">I", 8 + len(png)) + png for kind, png in chunks)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def render_all(out_dir: Path, runtime_dir: Path | None = None, svg: Path = SVG) -> list[Path]:
    """Write the icon set to `out_dir` (and the app's runtime copy); return the files written."""
    sizes = sorted({*PNG_SIZES, *ICO_SIZES, *(size for _, size in ICNS_CHUNKS)})
    pngs = {size: render_png(svg, size) for size in sizes}
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for size in PNG_SIZES:
        written.append(_write(out_dir / f"vp-desktop-{size}.png", pngs[size]))
    written.append(_write(out_dir / "vp-desktop.ico", ico_bytes({s: pngs[s] for s in ICO_SIZES})))
    chunks = [(kind, pngs[size]) for kind, size in ICNS_CHUNKS]
    written.append(_write(out_dir / "vp-desktop.icns", icns_bytes(chunks)))
    if runtime_dir is not None:
        runtime_dir.mkdir(parents=True, exist_ok=True)
        written.append(_write(runtime_dir / "vp-desktop.png", pngs[RUNTIME_PNG_SIZE]))
        shutil.copyfile(svg, runtime_dir / "vp-desktop.svg")
        written.append(runtime_dir / "vp-desktop.svg")
    return written


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Render VP Desktop's icon set from its SVG.")
    parser.add_argument("--out", type=Path, help="write only here (default: this folder + app)")
    args = parser.parse_args(argv)
    written = render_all(args.out) if args.out else render_all(HERE, RUNTIME_DIR)
    for path in written:
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
