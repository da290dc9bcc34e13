"""Translations: Dutch is the source language of the UI; English comes from a Qt Linguist file.

`install_language` swaps the application's translator. The compiled `.qm` files are built at
set-up, never committed:

    python -m vp_desktop.ui.i18n            # compile resources/i18n/*.ts to .qm (pyside6-lrelease)
    python -m vp_desktop.ui.i18n update     # refresh the .ts files from vp_desktop/ui (lupdate)
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from vp_desktop.resources import resource_path

SOURCE_LANGUAGE = "nl"
LANGUAGES = ("nl", "en")
CATALOG = "vp_desktop"

# The translator currently installed, kept alive here, and the language it gives.
_installed: QTranslator | None = None
_language = SOURCE_LANGUAGE


def translations_folder() -> Path:
    return resource_path("i18n")


def current_language() -> str:
    return _language


_qt_installed: QTranslator | None = None
_qt_extra: list[QTranslator] = []


def _install_qt_translations(app: QCoreApplication, language: str) -> None:
    """Qt's own words (file dialogs, the context menu of text fields) in the same language."""
    global _qt_installed
    if _qt_installed is not None:
        QCoreApplication.removeTranslator(_qt_installed)
        _qt_installed = None
    for extra in _qt_extra:  # our own words for what Qt's catalogue leaves in English
        QCoreApplication.removeTranslator(extra)
    _qt_extra.clear()
    supplement = QTranslator(app)
    if supplement.load(str(translations_folder() / f"qt_extra_{language}.qm")):
        QCoreApplication.installTranslator(supplement)  # installed first: Qt's own wins
        _qt_extra.append(supplement)
    translator = QTranslator(app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if translator.load(f"qtbase_{language}", folder):
        QCoreApplication.installTranslator(translator)
        _qt_installed = translator


def install_language(language: str, folder: Path | None = None) -> bool:
    """Make `language` the UI language; False when its translation is missing (Dutch shows).

    Installing sends every widget a LanguageChange event; widgets built with tr() at construction
    are rebuilt by the main window instead.
    """
    global _installed, _language
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install_language needs a running QApplication")
    if _installed is not None:
        QCoreApplication.removeTranslator(_installed)
        _installed = None
    _language = SOURCE_LANGUAGE
    if language not in LANGUAGES:
        return False
    _install_qt_translations(app, language)
    QLocale.setDefault(
        QLocale(QLocale.Language.Dutch if language == "nl" else QLocale.Language.English)
    )
    if language == SOURCE_LANGUAGE:
        return True
    translator = QTranslator(app)
    qm = (folder or translations_folder()) / f"{CATALOG}_{language}.qm"
    if not translator.load(str(qm)):
        return False
    QCoreApplication.installTranslator(translator)
    _installed = translator
    _language = language
    return True


def _tool(name: str) -> str:
    """A Qt tool shipped with PySide6, next to this interpreter when run from a venv."""
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise FileNotFoundError(f"{name} not found; install PySide6")
    return found


def compile_translations(source: Path | None = None, target: Path | None = None) -> list[Path]:
    """Compile every .ts in `source` to a .qm in `target` (both default to resources/i18n)."""
    source = source or translations_folder()
    target = target or source
    target.mkdir(parents=True, exist_ok=True)
    built = []
    for ts in sorted(source.glob("*.ts")):
        qm = target / ts.with_suffix(".qm").name
        subprocess.run(
            [_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
            check=True,
        )
        built.append(qm)
    return built


def update_translations() -> None:
    """Refresh every .ts file from the tr() calls in vp_desktop/ui and its feature folders."""
    ui_folder = Path(__file__).resolve().parent
    sources = sorted(str(p) for p in ui_folder.rglob("*.py"))
    for language in LANGUAGES:
        if language == SOURCE_LANGUAGE:
            continue
        ts = translations_folder() / f"{CATALOG}_{language}.ts"
        subprocess.run(
            [_tool("pyside6-lupdate"), "-no-obsolete", "-source-language", "nl"]
            + ["-target-language", language]
            + sources
            + ["-ts", str(ts)],
            check=True,
        )


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args == ["update"]:
        update_translations()
        return 0
    if args not in ([], ["build"]):  # bootstrap.sh and build_linux.sh say "build"
        print("usage: python -m vp_desktop.ui.i18n [build|update]", file=sys.stderr)
        return 2
    for qm in compile_translations():
        print(f"built {qm}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
