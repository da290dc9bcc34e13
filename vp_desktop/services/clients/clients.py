"""Client organisations (opdrachtgevers)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from sqlalchemy import case as sql_case
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from vp_desktop.domain.vocab import SECTORS, SIZE_BANDS
from vp_desktop.services import audit
from vp_desktop.services.errors import Checker, NotFound
from vp_desktop.store.models import Case, Client

CODE_PATTERN = re.compile(r"^[A-Z0-9]{2,12}$")


@dataclass(slots=True)
class ClientData:
    code: str
    name: str
    sector: str | None = None
    size_band: str | None = None
    headcount: int | None = None
    contact_name: str | None = None
    contact_email: str | None = None
    contract_start: dt.date | None = None
    contract_end: dt.date | None = None
    role_unwanted_behaviour: bool = True
    role_integrity: bool = False
    #: The organisation's own professional-development norm (None: it asks nothing extra).
    pe_norm_minutes: int | None = None
    pe_norm_sessions: int | None = None
    #: The contract asks for a certificate of conduct (VOG) at most this many months old.
    vog_required: bool = False
    vog_max_age_months: int | None = None

    @classmethod
    def of(cls, client: Client) -> ClientData:
        return cls(**{name: getattr(client, name) for name in cls.__slots__})


@dataclass(frozen=True, slots=True)
class ClientSummary:
    id: int
    code: str
    name: str
    open_cases: int
    total_cases: int


def _validate(session: Session, data: ClientData, client_id: int | None) -> None:
    check = Checker()
    data.code = (data.code or "").strip().upper()
    data.name = (data.name or "").strip()
    if not CODE_PATTERN.match(data.code):
        check.add("code", "client_code_format")
    else:
        taken = session.scalar(select(Client.id).where(Client.code == data.code))
        if taken is not None and taken != client_id:
            check.add("code", "client_code_taken")
    check.require("name", data.name)
    check.text("name", data.name, 200)
    if data.sector is not None and data.sector not in SECTORS:
        check.add("sector", "unknown_code", value=data.sector)
    if data.size_band is not None and data.size_band not in SIZE_BANDS:
        check.add("size_band", "unknown_code", value=data.size_band)
    if data.headcount is not None and data.headcount <= 0:
        check.add("headcount", "headcount_range")
    if data.contract_start and data.contract_end and data.contract_end < data.contract_start:
        check.add("contract_end", "contract_end_before_start")
    if not (data.role_unwanted_behaviour or data.role_integrity):
        check.add("roles", "role_required")
    check.text("contact_name", data.contact_name, 200)
    check.text("contact_email", data.contact_email, 200)
    if data.pe_norm_minutes is not None and not 0 < data.pe_norm_minutes <= 1000 * 60:
        check.add("pe_norm_minutes", "pe_norm_range")
    if data.pe_norm_sessions is not None and not 0 < data.pe_norm_sessions <= 100:
        check.add("pe_norm_sessions", "pe_norm_range")
    if data.vog_max_age_months is not None and not 0 < data.vog_max_age_months <= 120:
        check.add("vog_max_age_months", "pe_norm_range")
    check.raise_if_any()


def create_client(session: Session, data: ClientData) -> Client:
    _validate(session, data, None)
    client = Client(**{name: getattr(data, name) for name in ClientData.__slots__})
    session.add(client)
    session.flush()
    return client


def update_client(session: Session, client_id: int, data: ClientData) -> Client:
    client = get_client(session, client_id)
    _validate(session, data, client_id)
    for name in ClientData.__slots__:
        setattr(client, name, getattr(data, name))
    session.flush()
    return client


def get_client(session: Session, client_id: int) -> Client:
    client = session.get(Client, client_id)
    if client is None:
        raise NotFound("client")
    return client


def get_client_by_code(session: Session, code: str) -> Client:
    client = session.scalar(select(Client).where(Client.code == code.strip().upper()))
    if client is None:
        raise NotFound("client")
    return client


def list_clients(session: Session) -> list[ClientSummary]:
    """All clients by name, with their open and total case counts."""
    counts = (
        select(
            Case.client_id,
            func.count().label("total"),
            func.sum(sql_case((Case.closed_on.is_(None), 1), else_=0)).label("open"),
        )
        .group_by(Case.client_id)
        .subquery()
    )
    rows = session.execute(
        select(Client.id, Client.code, Client.name, counts.c.open, counts.c.total)
        .outerjoin(counts, counts.c.client_id == Client.id)
        .order_by(func.lower(Client.name))
    )
    return [
        ClientSummary(
            id=r.id, code=r.code, name=r.name, open_cases=r.open or 0, total_cases=r.total or 0
        )
        for r in rows
    ]


def delete_client(session: Session, client_id: int) -> None:
    """Delete a client with every case, contact, attachment, activity and report text."""
    client = get_client(session, client_id)
    code = client.code
    session.delete(client)
    session.flush()
    audit.record(session, "client_deleted", client_code=code)
