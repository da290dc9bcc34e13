"""The self-test's checks that need Qt: QtPdf reading report bytes from memory, the compiled
translations, and the GUI's own modules. `vp_desktop.selftest` runs them after the headless
checks, handing over what those produced (the rendered reports)."""

from __future__ import annotations

import re
from typing import Any

from vp_desktop.selftest import CheckFailed


def qt_application(run: Any) -> Any:
    from PySide6.QtWidgets import QApplication

    if run.app is None:
        run.app = QApplication.instance() or QApplication(["vp-desktop", "--self-test"])
    return run.app


def check_qtpdf(run: Any) -> str:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
    from PySide6.QtPdf import QPdfDocument

    qt_application(run)
    if len(run.pdfs) < 2:
        raise CheckFailed("needs both rendered reports")
    pages = []
    for name, (pdf, headings) in run.pdfs.items():
        # Read from memory, as the in-app preview does: report bytes never go to a temp file.
        buffer = QBuffer()
        buffer.setData(QByteArray(pdf))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        document = QPdfDocument()
        document.load(buffer)
        if document.status() != QPdfDocument.Status.Ready or document.pageCount() < 1:
            raise CheckFailed(f"QtPdf could not read the {name} ({document.error()})")
        text = " ".join(document.getAllText(page).text() for page in range(document.pageCount()))
        text = re.sub(r"\s+", " ", text)
        missing = [heading for heading in headings if heading not in text]
        if missing:
            raise CheckFailed(f"the {name} lacks the heading(s) {', '.join(missing)}")
        if document.render(0, QSize(120, 170)).isNull():
            raise CheckFailed(f"QtPdf could not draw the {name}")
        pages.append(f"{name} {document.pageCount()} p.")
        document.close()
    return "read from memory, headings found: " + ", ".join(pages)


def check_translations(run: Any) -> str:
    from PySide6.QtCore import QTranslator

    from vp_desktop.ui import i18n

    app = qt_application(run)
    loaded = []
    for language in i18n.LANGUAGES:
        if language == i18n.SOURCE_LANGUAGE:
            continue
        qm = i18n.translations_folder() / f"{i18n.CATALOG}_{language}.qm"
        translator = QTranslator(app)
        if not qm.is_file() or not translator.load(str(qm)) or translator.isEmpty():
            raise CheckFailed(f"translation {qm.name} is missing or empty")
        loaded.append(qm.name)
    return "loaded " + ", ".join(loaded) if loaded else "Dutch only"


def check_gui(run: Any) -> str:
    from PySide6 import __version__ as pyside_version
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtPdfWidgets import QPdfView

    import vp_desktop.ui.app  # noqa: F401  (the GUI's own modules are in this installation)

    qt_application(run)
    QPdfView()  # the preview widget's library loads
    return f"PySide6 {pyside_version}, platform {QGuiApplication.platformName()}"
