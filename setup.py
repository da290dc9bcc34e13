"""Build step: ship `resources/` inside the package, with the translations compiled.

`resources/` is the source folder (fonts, icons, Qt Linguist `.ts` files). Every build puts its
runtime part in the wheel as `vp_desktop/_resources` and compiles each `.ts` to `.qm` with Qt's
`lrelease` (from PySide6-Essentials, a build requirement). An editable install compiles the `.qm`
files next to their `.ts` instead, where `vp_desktop.resources` finds them in a checkout.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
RESOURCES = ROOT / "resources"
# What the app reads at run time; the .ts sources stay out of the wheel.
RUNTIME_PATTERNS = ("fonts/*.ttf", "fonts/*.txt", "icons/*.png", "icons/*.svg")
# The user guide in each UI language, shown by Help → Gebruikershandleiding.
GUIDES = ("docs/gebruikershandleiding.md", "docs/end-users.md")


def _lrelease() -> str:
    import PySide6  # the package folder only: no Qt library is loaded

    folder = Path(PySide6.__file__).resolve().parent
    for name in ("lrelease", "lrelease.exe"):
        if (folder / name).exists():
            return str(folder / name)
    found = shutil.which("pyside6-lrelease")
    if found is None:
        sys.exit("Qt's lrelease was not found: install PySide6-Essentials")
    return found


def compile_translations(target: Path) -> None:
    target.mkdir(parents=True, exist_ok=True)
    tool = _lrelease()
    for ts in sorted((RESOURCES / "i18n").glob("*.ts")):
        qm = target / ts.with_suffix(".qm").name
        subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], check=True)


class BuildWithResources(build_py):
    def run(self) -> None:
        super().run()
        if self.editable_mode:
            compile_translations(RESOURCES / "i18n")
            return
        target = Path(self.build_lib) / "vp_desktop" / "_resources"
        for pattern in RUNTIME_PATTERNS:
            for source in sorted(RESOURCES.glob(pattern)):
                destination = target / source.relative_to(RESOURCES)
                destination.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(source, destination)
        for guide in GUIDES:
            (target / "docs").mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / guide, target / "docs" / Path(guide).name)
        compile_translations(target / "i18n")


setup(cmdclass={"build_py": BuildWithResources})
