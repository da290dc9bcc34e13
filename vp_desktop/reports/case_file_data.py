"""What the melder's own file shows (AVG inzageverzoek): one case as plain data.

Unlike the annual report this holds the case's own text (identifying details, notes, contact
notes): the file is the melder's, asked for by the melder. Vocabulary fields hold their codes;
the renderer turns them into labels in the file's language. Handed over by the service
(`services.casework.case_file`), rendered by `reports.case_file_pdf`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class CaseFileConsent:
    kind: str
    given_on: dt.date
    note: str | None


@dataclass(frozen=True, slots=True)
class CaseFileContact:
    occurred_on: dt.date
    minutes: int
    mode: str
    notes: str | None


@dataclass(frozen=True, slots=True)
class CaseFileAttachment:
    filename: str
    size: int
    added_on: dt.date


@dataclass(frozen=True, slots=True)
class CaseFileData:
    number: str
    client_name: str
    #: The day the file is made (the subtitle says so).
    made_on: dt.date
    adviser_name: str
    registration_number: str
    #: Made from the fictional demo practice: marked as such on every page.
    demo: bool
    opened_on: dt.date
    closed_on: dt.date | None
    track: str
    categories: tuple[str, ...]
    came_in_via: str | None
    relation: str | None
    melder_role: str | None
    gender: str | None
    age_band: str | None
    follow_up_on: dt.date | None
    destroy_by: dt.date | None
    #: The day the identifying data, notes and attachments were destroyed; None: not purged.
    purged_on: dt.date | None
    #: (field name, text) of the identifying details that are filled in, in the form's order.
    personal: tuple[tuple[str, str], ...]
    notes: str | None
    support: tuple[str, ...]
    referrals: tuple[str, ...]
    outcome: str | None
    consents: tuple[CaseFileConsent, ...]
    contacts: tuple[CaseFileContact, ...]
    attachments: tuple[CaseFileAttachment, ...]
