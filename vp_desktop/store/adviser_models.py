"""Models of the adviser's own records: professional development and credentials.

These rows belong to the adviser, not to a client: they carry no `client_id`. They are part of
the same metadata as every other table; `vp_desktop.store.models` re-exports them.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from vp_desktop.store.model_base import Base, utcnow


class PeActivity(Base):
    """One of the adviser's own professional-development activities."""

    __tablename__ = "pe_activities"
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(40))
    occurred_on: Mapped[dt.date] = mapped_column(Date, index=True)
    minutes: Mapped[int] = mapped_column(Integer)
    provider: Mapped[str | None] = mapped_column(Text)
    accreditation_number: Mapped[str | None] = mapped_column(String(100))
    theme: Mapped[str | None] = mapped_column(Text)
    #: Marked accredited by the adviser (an accreditation number also makes it accredited).
    accredited: Mapped[bool] = mapped_column(Boolean, default=False)
    evidence: Mapped[list[PeEvidence]] = relationship(
        cascade="all, delete-orphan", order_by="PeEvidence.id"
    )

    @property
    def is_accredited(self) -> bool:
        return self.accredited or bool((self.accreditation_number or "").strip())


class PeEvidence(Base):
    __tablename__ = "pe_evidence"
    id: Mapped[int] = mapped_column(primary_key=True)
    pe_activity_id: Mapped[int] = mapped_column(
        ForeignKey("pe_activities.id", ondelete="CASCADE"), index=True
    )
    filename: Mapped[str] = mapped_column(Text)
    media_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(Integer)
    data: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)
    added_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class Credential(Base):
    """One of the adviser's own credentials: registration, certification, VOG or insurance."""

    __tablename__ = "credentials"
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(40))
    number: Mapped[str | None] = mapped_column(String(100))
    body: Mapped[str | None] = mapped_column(Text)
    issued_on: Mapped[dt.date | None] = mapped_column(Date)
    valid_until: Mapped[dt.date | None] = mapped_column(Date)
    recertify_on: Mapped[dt.date | None] = mapped_column(Date)
    screening_profile: Mapped[str | None] = mapped_column(Text)
    note: Mapped[str | None] = mapped_column(Text)
    evidence: Mapped[list[CredentialEvidence]] = relationship(
        cascade="all, delete-orphan", order_by="CredentialEvidence.id"
    )


class CredentialEvidence(Base):
    __tablename__ = "credential_evidence"
    id: Mapped[int] = mapped_column(primary_key=True)
    credential_id: Mapped[int] = mapped_column(
        ForeignKey("credentials.id", ondelete="CASCADE"), index=True
    )
    filename: Mapped[str] = mapped_column(Text)
    media_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(Integer)
    data: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)
    added_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
