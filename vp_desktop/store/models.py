"""SQLAlchemy 2 typed models of the vault.

Vocabulary fields hold stable codes from `vp_desktop.domain.vocab`; the services check them. Every
row that belongs to a client carries `client_id`, and child rows of a case reference the case by
(case id, client id), so the database itself refuses a contact filed under another client's case.
The identifying and free-text columns are the ones `PURGEABLE_CASE_COLUMNS` lists: retention purges
exactly those and nothing else.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

# The adviser's own records live beside the client's; every table is registered by importing this
# module, and the names stay importable from here.
from vp_desktop.store.adviser_models import (
    Credential,
    CredentialEvidence,
    PeActivity,
    PeEvidence,
)
from vp_desktop.store.model_base import NAMING, Base, utcnow

__all__ = [
    "NAMING",
    "PURGEABLE_CASE_COLUMNS",
    "Activity",
    "AdviceEntry",
    "Attachment",
    "AuditEntry",
    "Base",
    "Case",
    "CaseCode",
    "Client",
    "Consent",
    "Contact",
    "Credential",
    "CredentialEvidence",
    "Draft",
    "IssuedReport",
    "PeActivity",
    "PeEvidence",
    "PlanItem",
    "ReportText",
    "Setting",
    "case_number",
    "utcnow",
]


class Setting(Base):
    """Key/value settings and the adviser's profile (values are JSON text)."""

    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Client(Base):
    __tablename__ = "clients"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(12), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    sector: Mapped[str | None] = mapped_column(String(40))
    size_band: Mapped[str | None] = mapped_column(String(20))
    headcount: Mapped[int | None] = mapped_column(Integer)
    contact_name: Mapped[str | None] = mapped_column(String(200))
    contact_email: Mapped[str | None] = mapped_column(String(200))
    contract_start: Mapped[dt.date | None] = mapped_column(Date)
    contract_end: Mapped[dt.date | None] = mapped_column(Date)
    role_unwanted_behaviour: Mapped[bool] = mapped_column(Boolean, default=True)
    role_integrity: Mapped[bool] = mapped_column(Boolean, default=False)
    # The organisation's latest risk inventory (RI&E) and staff survey (MTO), shown next to the
    # signals so the adviser can relate what comes in to what the organisation already knows.
    rie_on: Mapped[dt.date | None] = mapped_column(Date)
    mto_on: Mapped[dt.date | None] = mapped_column(Date)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    #: The organisation's own professional-development norm, when it asks more than the scheme.
    pe_norm_minutes: Mapped[int | None] = mapped_column(Integer)
    pe_norm_sessions: Mapped[int | None] = mapped_column(Integer)
    #: The contract asks for a certificate of conduct (VOG), at most this many months old.
    vog_required: Mapped[bool] = mapped_column(Boolean, default=False)
    vog_max_age_months: Mapped[int | None] = mapped_column(Integer)


class Case(Base):
    __tablename__ = "cases"
    __table_args__ = (
        UniqueConstraint("client_id", "year", "seq", name="uq_cases_number"),
        UniqueConstraint("id", "client_id", name="uq_cases_id_client"),
        Index("ix_cases_client_opened", "client_id", "opened_on"),
        Index("ix_cases_client_closed", "client_id", "closed_on"),
        # The dashboard's lists across all clients: open cases by follow-up date, and unpurged
        # cases by destroy-by date (purged ones can never be due again).
        Index("ix_cases_closed_follow_up", "closed_on", "follow_up_on"),
        Index("ix_cases_destroy_by", "destroy_by", sqlite_where=text("purged_at IS NULL")),
        # Follow-ups of every case whose file exists: aftercare of closed cases included.
        Index("ix_cases_follow_up", "follow_up_on", sqlite_where=text("purged_at IS NULL")),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"))
    year: Mapped[int] = mapped_column(Integer)
    seq: Mapped[int] = mapped_column(Integer)
    opened_on: Mapped[dt.date] = mapped_column(Date)
    closed_on: Mapped[dt.date | None] = mapped_column(Date)
    track: Mapped[str] = mapped_column(String(40))
    relation: Mapped[str | None] = mapped_column(String(40))
    melder_role: Mapped[str | None] = mapped_column(String(40))
    gender: Mapped[str | None] = mapped_column(String(40))
    age_band: Mapped[str | None] = mapped_column(String(40))
    came_in_via: Mapped[str | None] = mapped_column(String(40))
    outcome: Mapped[str | None] = mapped_column(String(40))
    follow_up_on: Mapped[dt.date | None] = mapped_column(Date)
    destroy_by: Mapped[dt.date | None] = mapped_column(Date)
    destroy_by_reason: Mapped[str | None] = mapped_column(Text)
    purged_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    # Identifying and free-text data: optional, purged on retention.
    melder_name: Mapped[str | None] = mapped_column(Text)
    melder_alias: Mapped[str | None] = mapped_column(Text)
    melder_contact: Mapped[str | None] = mapped_column(Text)
    others_involved: Mapped[str | None] = mapped_column(Text)
    department: Mapped[str | None] = mapped_column(Text)
    # The adviser's own short reference to the person complained about (initials, a role, an
    # alias), so repeated complaints about one person show up among the signals.
    respondent_ref: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)

    client: Mapped[Client] = relationship(lazy="joined", innerjoin=True)
    codes: Mapped[list[CaseCode]] = relationship(
        cascade="all, delete-orphan", lazy="selectin", order_by="CaseCode.code"
    )
    consents: Mapped[list[Consent]] = relationship(
        cascade="all, delete-orphan", lazy="selectin", order_by="Consent.given_on"
    )
    contacts: Mapped[list[Contact]] = relationship(
        cascade="all, delete-orphan",
        order_by="Contact.occurred_on",
        viewonly=False,
        overlaps="attachments",
    )
    attachments: Mapped[list[Attachment]] = relationship(
        cascade="all, delete-orphan", order_by="Attachment.id", overlaps="contacts"
    )

    @property
    def is_closed(self) -> bool:
        return self.closed_on is not None

    @property
    def number(self) -> str:
        return case_number(self.client.code, self.year, self.seq)

    def codes_of(self, vocabulary: str) -> list[str]:
        return [c.code for c in self.codes if c.vocabulary == vocabulary]


PURGEABLE_CASE_COLUMNS = (
    "melder_name",
    "melder_alias",
    "melder_contact",
    "others_involved",
    "department",
    "respondent_ref",
    "notes",
    "destroy_by_reason",
)


def case_number(client_code: str, year: int, seq: int) -> str:
    return f"{client_code}-{year}-{seq:03d}"


class CaseCode(Base):
    """Multi-valued vocabulary fields of a case: categories, support and referrals."""

    __tablename__ = "case_codes"
    __table_args__ = (Index("ix_case_codes_vocab_code", "vocabulary", "code"),)
    case_id: Mapped[int] = mapped_column(
        ForeignKey("cases.id", ondelete="CASCADE"), primary_key=True
    )
    vocabulary: Mapped[str] = mapped_column(String(20), primary_key=True)
    code: Mapped[str] = mapped_column(String(40), primary_key=True)


class Consent(Base):
    __tablename__ = "consents"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(40))
    given_on: Mapped[dt.date] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(Text)


class Contact(Base):
    __tablename__ = "contacts"
    __table_args__ = (
        ForeignKeyConstraint(
            ["case_id", "client_id"],
            ["cases.id", "cases.client_id"],
            ondelete="CASCADE",
            name="fk_contacts_case_client",
        ),
        Index("ix_contacts_case", "case_id", "occurred_on"),
        Index("ix_contacts_client_date", "client_id", "occurred_on"),
        # Covering: a client's last contact per case is read from the index alone.
        Index("ix_contacts_client_case_date", "client_id", "case_id", "occurred_on"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(Integer)
    client_id: Mapped[int] = mapped_column(Integer)
    occurred_on: Mapped[dt.date] = mapped_column(Date)
    minutes: Mapped[int] = mapped_column(Integer)
    mode: Mapped[str] = mapped_column(String(40))
    notes: Mapped[str | None] = mapped_column(Text)


class Attachment(Base):
    __tablename__ = "attachments"
    __table_args__ = (
        ForeignKeyConstraint(
            ["case_id", "client_id"],
            ["cases.id", "cases.client_id"],
            ondelete="CASCADE",
            name="fk_attachments_case_client",
        ),
        Index("ix_attachments_case", "case_id"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(Integer)
    client_id: Mapped[int] = mapped_column(Integer)
    filename: Mapped[str] = mapped_column(Text)
    media_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(Integer)
    data: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)
    added_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class Activity(Base):
    """Work for a client that is not a case (voorlichting, jaargesprek …)."""

    __tablename__ = "activities"
    __table_args__ = (Index("ix_activities_client_date", "client_id", "occurred_on"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(40))
    occurred_on: Mapped[dt.date] = mapped_column(Date)
    minutes: Mapped[int] = mapped_column(Integer)
    description: Mapped[str | None] = mapped_column(Text)


class AdviceEntry(Base):
    """Advice the adviser gave a client's management, asked for or not."""

    __tablename__ = "advice_entries"
    __table_args__ = (
        Index("ix_advice_entries_client_date", "client_id", "given_on"),
        Index("ix_advice_entries_follow_up", "follow_up_done", "follow_up_on"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"))
    given_on: Mapped[dt.date] = mapped_column(Date)
    solicited: Mapped[bool] = mapped_column(Boolean, default=False)
    theme: Mapped[str] = mapped_column(String(40))
    summary: Mapped[str] = mapped_column(Text)
    follow_up_on: Mapped[dt.date | None] = mapped_column(Date)
    follow_up_done: Mapped[bool] = mapped_column(Boolean, default=False)


class PlanItem(Base):
    """One planned activity of a client's jaarplan; done once linked to the activity held."""

    __tablename__ = "plan_items"
    __table_args__ = (Index("ix_plan_items_client_year", "client_id", "year"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"))
    year: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(40))
    target_on: Mapped[dt.date | None] = mapped_column(Date)
    description: Mapped[str | None] = mapped_column(Text)
    activity_id: Mapped[int | None] = mapped_column(
        ForeignKey("activities.id", ondelete="SET NULL"), index=True
    )


class ReportText(Base):
    """The adviser's own words for one client's annual report."""

    __tablename__ = "report_texts"
    __table_args__ = (UniqueConstraint("client_id", "year", name="uq_report_texts_client_year"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"))
    year: Mapped[int] = mapped_column(Integer)
    introduction: Mapped[str] = mapped_column(Text, default="")
    signals: Mapped[str] = mapped_column(Text, default="")


class IssuedReport(Base):
    """An annual report that left the vault: the figures exactly as published (counts and their
    displays, never case text), so later reports of the client treat them as known to the reader.

    ``figures`` is json: a list of ``{"table", "code", "value", "display"}``; ``value`` is null
    when the figure was hidden. ``withdrawn_at`` set: the adviser took it out of the record.
    """

    __tablename__ = "issued_reports"
    __table_args__ = (Index("ix_issued_reports_client_year", "client_id", "year"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"))
    year: Mapped[int] = mapped_column(Integer)
    issued_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    threshold: Mapped[int] = mapped_column(Integer)
    language: Mapped[str] = mapped_column(String(2))
    format: Mapped[str] = mapped_column(String(8))
    figures: Mapped[str] = mapped_column(Text)
    # The year's true key figures when it was issued (json object), so a later report can tell
    # a reader comparing two issues of a changed year apart from one who has a single issue.
    truth: Mapped[str | None] = mapped_column(Text)
    withdrawn_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class AuditEntry(Base):
    """Sensitive actions, recorded without any case content."""

    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, index=True)
    action: Mapped[str] = mapped_column(String(40))
    client_code: Mapped[str | None] = mapped_column(String(12))
    case_number: Mapped[str | None] = mapped_column(String(40))
    detail: Mapped[str | None] = mapped_column(String(200))


class Draft(Base):
    """An unsaved edit kept inside the vault (auto-lock never loses what was typed)."""

    __tablename__ = "drafts"
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    payload: Mapped[str] = mapped_column(Text)
    saved_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
