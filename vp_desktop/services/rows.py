"""The steps every table's use cases share, written once: find a row by its id (of one client, or
not at all: the two are never told apart), store a checked change on a row, delete a row."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, TypeVar

from sqlalchemy.orm import Session

from vp_desktop.services.errors import NotFound


class _OfClient(Protocol):
    @property
    def client_id(self) -> int: ...


R = TypeVar("R")
C = TypeVar("C", bound=_OfClient)
D = TypeVar("D")


def get_row(session: Session, model: type[R], row_id: int, what: str) -> R:
    """Row `row_id` of `model`; NotFound(`what`) when there is none."""
    row = session.get(model, row_id)
    if row is None:
        raise NotFound(what)
    return row


def get_client_row(session: Session, model: type[C], client_id: int, row_id: int, what: str) -> C:
    """Row `row_id` of `model` when it belongs to client `client_id`; NotFound(`what`) when there
    is none or it is another client's."""
    row = session.get(model, row_id)
    if row is None or row.client_id != client_id:
        raise NotFound(what)
    return row


def store_row(
    session: Session,
    row: R,
    data: D,
    validate: Callable[[D], None],
    apply: Callable[[R, D], None],
) -> R:
    """Check `data` (ValidationError: nothing changed), write it onto `row`, which is added when
    it is new, and flush."""
    validate(data)
    apply(row, data)
    session.add(row)
    session.flush()
    return row


def delete_row(session: Session, row: object) -> None:
    session.delete(row)
    session.flush()
