"""The one way to find files under `resources/`: from a checkout, an installed wheel (the folder is
shipped inside the package as `vp_desktop/_resources`) or a PyInstaller bundle (`sys._MEIPASS`)."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path


@cache
def resources_root() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    candidates = []
    if bundle:
        candidates.append(Path(bundle) / "resources")
    here = Path(__file__).resolve().parent
    candidates += [here / "_resources", here.parent / "resources"]
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("VP Desktop resources folder not found")


def resource_path(*parts: str) -> Path:
    return resources_root().joinpath(*parts)
