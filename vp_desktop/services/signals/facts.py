"""Reading one client's cases as `CaseFact`s for the signal rules (one query for the cases, one
for their codes; purged cases keep their codes and dates but no reference or department)."""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import select
from sqlalchemy.orm import Session

from vp_desktop.services.signals.rules import CaseFact
from vp_desktop.store.models import Case, CaseCode, Client, case_number


def load_case_facts(session: Session, client_id: int) -> list[CaseFact]:
    code = session.scalar(select(Client.code).where(Client.id == client_id)) or ""
    codes: dict[int, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for case_id, vocabulary, value in session.execute(
        select(CaseCode.case_id, CaseCode.vocabulary, CaseCode.code)
        .join(Case, Case.id == CaseCode.case_id)
        .where(Case.client_id == client_id)
        .order_by(CaseCode.case_id, CaseCode.vocabulary, CaseCode.code)
    ):
        codes[case_id][vocabulary].append(value)
    rows = session.execute(
        select(
            Case.id,
            Case.year,
            Case.seq,
            Case.opened_on,
            Case.closed_on,
            Case.track,
            Case.relation,
            Case.department,
            Case.respondent_ref,
            Case.outcome,
        )
        .where(Case.client_id == client_id)
        .order_by(Case.opened_on, Case.year, Case.seq)
    )
    return [
        CaseFact(
            case_id=row.id,
            number=case_number(code, row.year, row.seq),
            opened_on=row.opened_on,
            closed_on=row.closed_on,
            track=row.track,
            categories=tuple(codes[row.id]["category"]),
            relation=row.relation,
            department=row.department,
            respondent_ref=row.respondent_ref,
            support=tuple(codes[row.id]["support"]),
            outcome=row.outcome,
        )
        for row in rows
    ]
