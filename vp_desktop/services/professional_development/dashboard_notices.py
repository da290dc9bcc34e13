"""What the dashboard adds about the adviser's own development and credentials: each client's
own PE norm against this year's activities, and the credentials that expire soon."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from vp_desktop.domain.pe_rule_sets import DEFAULT_MIN_SESSION_MINUTES
from vp_desktop.reports.data import ClientPeNorm
from vp_desktop.services.professional_development.annual_section import (
    client_norm_standing,
    done_records,
)
from vp_desktop.services.professional_development.credentials import (
    CredentialWarning,
    credential_warnings,
)
from vp_desktop.store.models import Client


@dataclass(frozen=True, slots=True)
class ClientNormLine:
    client_id: int
    client_code: str
    client_name: str
    year: int
    norm: ClientPeNorm


@dataclass(frozen=True, slots=True)
class PeNotices:
    norms: tuple[ClientNormLine, ...]
    credentials: tuple[CredentialWarning, ...]


def pe_notices(session: Session, today: dt.date) -> PeNotices:
    clients = session.scalars(
        select(Client)
        .where(or_(Client.pe_norm_minutes.is_not(None), Client.pe_norm_sessions.is_not(None)))
        .order_by(Client.code)
    ).all()
    norms: list[ClientNormLine] = []
    if clients:
        records = done_records(session, today)
        for client in clients:
            norm = client_norm_standing(
                client, records, today.year, DEFAULT_MIN_SESSION_MINUTES, today
            )
            if norm is not None:
                norms.append(ClientNormLine(client.id, client.code, client.name, today.year, norm))
    return PeNotices(tuple(norms), tuple(credential_warnings(session, today)))
