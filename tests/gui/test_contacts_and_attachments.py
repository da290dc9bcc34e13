"""Contacts of a case (add, change, delete, validation) and attachments viewed from memory."""

from __future__ import annotations

import datetime as dt
import io
import os
import stat
import tempfile
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QColor, QImage
from reportlab.pdfgen import canvas

from tests.gui.cases_helpers import TODAY, add_case, add_client, add_contact, screenshot
from tests.support.audit_log import audit_entries
from vp_desktop.services.casework import attachments as attachment_service
from vp_desktop.services.casework import contacts as contact_service
from vp_desktop.store.vault import Vault
from vp_desktop.ui.casework.attachments_panel import AttachmentsPanel
from vp_desktop.ui.casework.contacts_panel import ContactsPanel
from vp_desktop.ui.shell.workspace import Workspace


@pytest.fixture
def case(vault: Vault) -> tuple[int, int]:
    client_id = add_client(vault, "ACME", "Acme Zorg")
    return client_id, add_case(vault, client_id, opened_on=TODAY - dt.timedelta(days=20))


@pytest.fixture
def contacts(qtbot, workspace: Workspace, case) -> ContactsPanel:
    panel = ContactsPanel(workspace, "nl")
    qtbot.addWidget(panel)
    panel.load(*case)
    return panel


@pytest.fixture
def attachments(qtbot, workspace: Workspace, case) -> AttachmentsPanel:
    panel = AttachmentsPanel(workspace, "nl")
    qtbot.addWidget(panel)
    panel.resize(700, 600)
    panel.load(*case)
    return panel


def small_pdf() -> bytes:
    out = io.BytesIO()
    page = canvas.Canvas(out)
    page.drawString(72, 720, "Verslag van het gesprek")
    page.showPage()
    page.save()
    return out.getvalue()


def small_png() -> bytes:
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("#2a7ab0"))
    array = QByteArray()
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, "PNG")
    return bytes(array.data())


def stored_contacts(vault: Vault, case: tuple[int, int]) -> list[contact_service.ContactData]:
    with vault.session() as session:
        return [
            contact_service.ContactData.of(c) for c in contact_service.list_contacts(session, *case)
        ]


def test_contact_is_added_changed_and_deleted(contacts, vault, case, prompts, qtmodeltester):
    contacts.start_new()
    assert contacts.has_pending_edit() is False  # an untouched new form holds nothing yet
    contacts.occurred_on.set_date(TODAY - dt.timedelta(days=3))
    contacts.minutes.setValue(50)
    contacts.mode.set_code("phone")
    contacts.notes.setPlainText("Telefonisch: melder wil eerst zelf een gesprek voeren.")
    assert contacts.has_pending_edit()
    assert contacts.save_pending()
    assert contacts.form.isHidden()
    assert [(c.minutes, c.mode) for c in stored_contacts(vault, case)] == [(50, "phone")]
    assert contacts.model.index(0, 2).data() == "Telefoon"
    assert contacts.model.index(0, 1).data() == "0,83 u"
    assert contacts.total.text() == "1 gesprek, samen 0,83 u"
    qtmodeltester.check(contacts.model, force_py=True)

    contacts.edit_row(0)
    contacts.minutes.setValue(90)
    assert contacts.save_pending()
    assert stored_contacts(vault, case)[0].minutes == 90
    assert contacts.model.index(0, 1).data() == "1,5 u"

    contacts.table.selectRow(0)
    prompts.queue(True)
    contacts.delete_selected()
    assert stored_contacts(vault, case) == []
    assert prompts.asked[-1][0] == "confirm"


def test_contact_validation_messages(contacts, vault, case):
    contacts.start_new()
    contacts.occurred_on.set_date(TODAY + dt.timedelta(days=1))
    assert not contacts.save_pending()
    assert contacts.messages.text_of("occurred_on") == "Deze datum ligt in de toekomst."
    contacts.occurred_on.set_date(TODAY - dt.timedelta(days=30))
    assert not contacts.save_pending()
    assert "vóór de openingsdatum" in contacts.messages.text_of("occurred_on")
    contacts.occurred_on.setText("gisteren")
    assert not contacts.save_pending()
    assert "geen geldige datum" in contacts.messages.text_of("occurred_on")
    assert stored_contacts(vault, case) == []
    assert not contacts.form.isHidden()  # what was typed is still there


def test_contact_draft_and_clear(contacts, vault, case):
    add_contact(vault, *case, "Eerste gesprek, vertrouwelijk.")
    contacts.load(*case)
    contacts.edit_row(0)
    contacts.notes.setPlainText("Aangevuld")
    draft = contacts.pending_draft()
    contacts.clear()
    assert contacts.model.rowCount() == 0 and contacts.notes.toPlainText() == ""
    contacts.load(*case)
    assert draft is not None
    contacts.restore_pending(draft)
    assert contacts.notes.toPlainText() == "Aangevuld" and contacts.has_pending_edit()
    assert contacts.save_pending()
    assert stored_contacts(vault, case)[0].notes == "Aangevuld"


def test_pdf_is_viewed_from_memory(attachments, qtmodeltester):
    before = set(os.listdir(tempfile.gettempdir()))
    assert attachments.add_bytes("verslag.pdf", small_pdf())
    assert attachments.model.rowCount() == 1
    assert attachments.model.index(0, 1).data() == "PDF"
    qtmodeltester.check(attachments.model, force_py=True)

    assert attachments.view_row(0)

    assert attachments.viewer.shown_kind() == "pdf"
    assert attachments.viewer.pdf_document.pageCount() == 1
    assert set(os.listdir(tempfile.gettempdir())) <= before  # nothing written to a temp folder
    attachments.clear()
    assert attachments.viewer.pdf_document.pageCount() == 0
    assert attachments.viewer.shown_kind() == ""


def test_image_and_text_are_viewed(qtbot, attachments):
    assert attachments.add_bytes("foto.png", small_png())
    assert attachments.add_bytes("aantekening.txt", b"Afspraken met de melder")
    assert attachments.view_row(0)
    assert attachments.viewer.shown_kind() == "image"
    assert attachments.viewer.image_label.pixmap().width() == 40
    attachments.show()
    qtbot.waitExposed(attachments)
    screenshot(attachments, "attachment_image.png")
    assert attachments.view_row(1)
    assert attachments.viewer.text_view.toPlainText() == "Afspraken met de melder"


def test_refused_file_says_why(attachments):
    assert not attachments.add_bytes("stiekem.pdf", b"not a pdf at all")
    assert "niet ondersteund" in attachments.problem.text()
    assert attachments.model.rowCount() == 0


def test_copy_is_saved_only_after_a_warning(attachments, vault, case, prompts, tmp_path):
    attachments.add_bytes("verslag.pdf", small_pdf())
    prompts.queue(False)
    assert attachments.save_copy(0) is None
    target = tmp_path / "kopie.pdf"
    prompts.queue(True, target)
    assert attachments.save_copy(0) == target
    assert target.read_bytes().startswith(b"%PDF")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert "niet meer versleuteld" in prompts.asked[-2][2]
    with vault.session() as session:
        assert audit_entries(session)[0].action == "attachment_exported"


def test_delete_attachment_after_confirming(attachments, vault, case, prompts):
    attachments.add_bytes("foto.png", small_png())
    prompts.queue(False)
    assert not attachments.delete_row(0)
    prompts.queue(True)
    assert attachments.delete_row(0)
    with vault.session() as session:
        assert attachment_service.list_attachments(session, *case) == []


def test_add_from_a_file_on_disk(attachments, prompts, tmp_path: Path):
    source = tmp_path / "brief.txt"
    source.write_text("Brief van de melder", encoding="utf-8")
    prompts.queue(source)
    attachments.add_from_file()
    assert attachments.model.index(0, 0).data() == "brief.txt"
    assert attachments.model.index(0, 0).data(Qt.ItemDataRole.DisplayRole) == "brief.txt"
