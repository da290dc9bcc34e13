"""Shows an attachment inside the app, straight from memory: nothing is written to disk.

PDFs load into QtPdf from a QBuffer, images through `QPixmap.loadFromData`, text as plain text.
Other kinds (Word, e-mail) cannot be shown; the adviser can save a copy on purpose instead.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

_TEXT_LIMIT = 2_000_000  # characters; beyond this a text file is shown truncated


class AttachmentViewer(QWidget):
    """Shows a PDF, image or text file in the window.

    `placeholder` is said while nothing is chosen and `save_action` names the panel's button
    that saves a copy, so the viewer speaks of the panel's own things ("bewijsstuk",
    "Exporteren") where it is not a case's attachments.
    """

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        placeholder: str | None = None,
        save_action: str | None = None,
    ) -> None:
        super().__init__(parent)
        self._placeholder = placeholder or self.tr("Kies een bijlage om hem hier te bekijken.")
        self._save_action = save_action or self.tr("Kopie opslaan")
        self.setAccessibleName(self.tr("Voorbeeld van de bijlage"))
        self._buffer: QBuffer | None = None
        self.pdf_document = QPdfDocument(self)
        self.pdf_view = QPdfView()
        self.pdf_view.setAccessibleName(self.tr("PDF-weergave"))
        self.pdf_view.setDocument(self.pdf_document)
        self.pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
        self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.image_label = QLabel()
        self.image_label.setAccessibleName(self.tr("Afbeelding"))
        self.image_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image_area = QScrollArea()
        self.image_area.setWidgetResizable(True)
        self.image_area.setWidget(self.image_label)
        self.text_view = QPlainTextEdit()
        self.text_view.setReadOnly(True)
        self.text_view.setAccessibleName(self.tr("Tekst van de bijlage"))
        self.message = QLabel()
        self.message.setAccessibleName(self.tr("Melding"))
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.pages = QStackedWidget()
        for page in (self.message, self.pdf_view, self.image_area, self.text_view):
            self.pages.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        self.clear()

    def show_attachment(self, media_type: str, data: bytes) -> bool:
        """Show the file; False (with a message) when this kind cannot be shown here."""
        self.clear()
        if media_type == "application/pdf":
            return self._show_pdf(data)
        if media_type.startswith("image/"):
            pixmap = QPixmap()
            if not pixmap.loadFromData(data):
                return self._say(self.tr("Deze afbeelding kan niet worden weergegeven."))
            self.image_label.setPixmap(pixmap)
            self.pages.setCurrentWidget(self.image_area)
            return True
        if media_type == "text/plain":
            self.text_view.setPlainText(data.decode("utf-8", errors="replace")[:_TEXT_LIMIT])
            self.pages.setCurrentWidget(self.text_view)
            return True
        return self._say(
            self.tr(
                "Dit soort bestand kan VP Desktop niet zelf tonen. Met “%1” kunt u het "
                "buiten de kluis openen; die kopie is dan niet meer versleuteld."
            ).replace("%1", self._save_action)
        )

    def shown_kind(self) -> str:
        """ "pdf", "image", "text" or "" — what is on screen now."""
        current = self.pages.currentWidget()
        if current is self.pdf_view:
            return "pdf"
        if current is self.image_area:
            return "image"
        if current is self.text_view:
            return "text"
        return ""

    def clear(self) -> None:
        """Drop the shown file from every widget and buffer."""
        self.pdf_document.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.setData(QByteArray())
            self._buffer.deleteLater()
            self._buffer = None
        self.image_label.clear()
        self.text_view.clear()
        self._say(self._placeholder)

    def _show_pdf(self, data: bytes) -> bool:
        buffer = QBuffer(self)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._buffer = buffer
        self.pdf_document.load(buffer)
        if self.pdf_document.status() != QPdfDocument.Status.Ready:
            self.clear()
            return self._say(self.tr("Deze PDF kan niet worden geopend."))
        self.pages.setCurrentWidget(self.pdf_view)
        return True

    def _say(self, text: str) -> bool:
        self.message.setText(text)
        self.pages.setCurrentWidget(self.message)
        return False
