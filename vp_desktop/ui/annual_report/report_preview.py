"""A PDF shown inside the app, straight from memory: the bytes go into a QBuffer, never a file."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QVBoxLayout, QWidget


class ReportPreview(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document = QPdfDocument(self)
        self._buffer = QBuffer(self)
        self._view = QPdfView(self)
        self._view.setDocument(self._document)
        self._view.setPageMode(QPdfView.PageMode.MultiPage)
        self._view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self._view.setPageSpacing(12)
        self.setAccessibleName(self.tr("Voorbeeld van het jaarverslag"))
        self._view.setAccessibleName(self.tr("Pagina's van het jaarverslag"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._view)

    def show_pdf(self, data: bytes) -> None:
        """Show `data` (a PDF), keeping the reading position when the page count allows."""
        navigator = self._view.pageNavigator()
        page = navigator.currentPage()
        self._document.close()
        self._buffer.close()
        self._buffer.setData(QByteArray(data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._document.load(self._buffer)
        if 0 < page < self._document.pageCount():
            navigator.jump(page, navigator.currentLocation())

    def clear(self) -> None:
        """Forget the document and its bytes (on lock or when the client changes)."""
        self._document.close()
        self._buffer.close()
        self._buffer.setData(QByteArray())

    def page_count(self) -> int:
        return self._document.pageCount()

    def page_text(self, page: int) -> str:
        return self._document.getAllText(page).text()
