"""Attachments of a case, stored inside the vault."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, undefer

from vp_desktop.services.casework.cases import get_case
from vp_desktop.services.errors import Checker, NotFound
from vp_desktop.services.files import (
    ATTACHMENT_TYPES,
    MAX_FILE_BYTES,
    FileTooLarge,
    NotARegularFile,
    file_columns,
    read_regular_file,
)
from vp_desktop.store.models import Attachment


def read_attachment_file(path: Path) -> bytes:
    """The content of a file the adviser chose to attach: regular files only, read with the
    attachment limit. Raises ValidationError (field `file`), or OSError when it cannot be read."""
    check = Checker()
    try:
        return read_regular_file(path, MAX_FILE_BYTES)
    except NotARegularFile:
        check.add("file", "file_not_regular")
    except FileTooLarge:
        check.add("file", "file_too_large", limit=MAX_FILE_BYTES // (1024 * 1024))
    check.raise_if_any()
    raise AssertionError("unreachable")  # pragma: no cover


def add_attachment(
    session: Session,
    client_id: int,
    case_id: int,
    filename: str,
    data: bytes,
) -> Attachment:
    case = get_case(session, client_id, case_id)
    check = Checker()
    columns = file_columns(check, filename, data, ATTACHMENT_TYPES)
    if case.purged_at is not None:
        check.add("file", "case_purged")
    check.raise_if_any()
    attachment = Attachment(case_id=case.id, client_id=case.client_id, **columns)
    session.add(attachment)
    session.flush()
    return attachment


def list_attachments(session: Session, client_id: int, case_id: int) -> list[Attachment]:
    get_case(session, client_id, case_id)
    return list(
        session.scalars(
            select(Attachment)
            .where(Attachment.client_id == client_id, Attachment.case_id == case_id)
            .order_by(Attachment.id)
        )
    )


def get_attachment(session: Session, client_id: int, attachment_id: int) -> Attachment:
    attachment = session.scalar(
        select(Attachment).options(undefer(Attachment.data)).where(Attachment.id == attachment_id)
    )
    if attachment is None or attachment.client_id != client_id:
        raise NotFound("attachment")
    return attachment


def delete_attachment(session: Session, client_id: int, attachment_id: int) -> None:
    session.delete(get_attachment(session, client_id, attachment_id))
    session.flush()
