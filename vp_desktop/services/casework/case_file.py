"""The melder's own file as a PDF, for an access request (AVG inzageverzoek).

The use case: read one case (scoped to its client) with its consents, contacts and attachment
list into a `CaseFileData`, have `reports.case_file_pdf` render it, write the file privately and
atomically, and record the export in the audit log. A purged case hands over only the anonymous
record that is kept.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy.orm import Session

from vp_desktop.domain.vocab import Lang
from vp_desktop.reports.case_file_data import (
    CaseFileAttachment,
    CaseFileConsent,
    CaseFileContact,
    CaseFileData,
)
from vp_desktop.services import audit
from vp_desktop.services import settings as settings_service
from vp_desktop.services.casework.attachments import list_attachments
from vp_desktop.services.casework.cases import get_case
from vp_desktop.services.casework.contacts import list_contacts
from vp_desktop.services.safe_files import write_private_file

#: The identifying details in the order the file lists them.
_PERSONAL_FIELDS = (
    "melder_name",
    "melder_alias",
    "melder_contact",
    "others_involved",
    "department",
    "respondent_ref",
)


def suggested_file_name(case_number: str) -> str:
    return f"dossier-{case_number}.pdf"


def export_case_file(
    session: Session,
    client_id: int,
    case_id: int,
    target: Path,
    *,
    lang: Lang = "nl",
    today: dt.date | None = None,
) -> Path:
    """Write the case file PDF privately and atomically to `target`; record the export."""
    data = render_case_file(session, client_id, case_id, lang=lang, today=today)
    write_private_file(Path(target), data)
    case = get_case(session, client_id, case_id)
    audit.record(session, "case_exported", client_code=case.client.code, case_number=case.number)
    return Path(target)


def render_case_file(
    session: Session,
    client_id: int,
    case_id: int,
    *,
    lang: Lang = "nl",
    today: dt.date | None = None,
) -> bytes:
    """The PDF bytes of one case's whole file (scoped to `client_id`)."""
    from vp_desktop.reports.case_file_pdf import render_case_file_pdf  # reportlab: on first use

    return render_case_file_pdf(case_file_data(session, client_id, case_id, today=today), lang)


def case_file_data(
    session: Session, client_id: int, case_id: int, *, today: dt.date | None = None
) -> CaseFileData:
    """Everything the file shows of one case (scoped to `client_id`), as plain data."""
    case = get_case(session, client_id, case_id)
    profile = settings_service.load(session)
    purged = case.purged_at is not None
    personal = tuple((name, value) for name in _PERSONAL_FIELDS if (value := getattr(case, name)))
    return CaseFileData(
        number=case.number,
        client_name=case.client.name,
        made_on=today or dt.date.today(),
        adviser_name=profile.adviser_name,
        registration_number=profile.registration_number,
        demo=settings_service.is_demo_practice(session),
        opened_on=case.opened_on,
        closed_on=case.closed_on,
        track=case.track,
        categories=tuple(case.codes_of("category")),
        came_in_via=case.came_in_via,
        relation=case.relation,
        melder_role=case.melder_role,
        gender=case.gender,
        age_band=case.age_band,
        follow_up_on=case.follow_up_on,
        destroy_by=case.destroy_by,
        purged_on=case.purged_at.date() if case.purged_at is not None else None,
        personal=() if purged else personal,
        notes=None if purged else case.notes,
        support=tuple(case.codes_of("support")),
        referrals=tuple(case.codes_of("referral")),
        outcome=case.outcome,
        consents=tuple(CaseFileConsent(c.kind, c.given_on, c.note) for c in case.consents),
        contacts=tuple(
            CaseFileContact(c.occurred_on, c.minutes, c.mode, c.notes)
            for c in list_contacts(session, client_id, case_id)
        ),
        attachments=()
        if purged
        else tuple(
            CaseFileAttachment(a.filename, a.size, a.added_at.date())
            for a in list_attachments(session, client_id, case_id)
        ),
    )
