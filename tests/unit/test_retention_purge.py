"""Retention and purge: what is due, what a purge deletes and keeps, and proof on the file itself.

The proof decrypts every page of the vault and its -wal without SQLite (free pages and the FTS
index included): before the purge every canary is there (so the search can fail), afterwards
none of the purged ones is, while the kept ones still are.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest
from sqlalchemy import func, select

from tests.support.audit_log import audit_entries
from tests.support.sqlcipher_pages import plaintext_of_vault
from vp_desktop.services.activities import activities
from vp_desktop.services.casework import attachments, cases, contacts
from vp_desktop.services.clients import clients
from vp_desktop.services.data_safety import retention
from vp_desktop.services.errors import NotFound, ValidationError
from vp_desktop.store.models import Attachment, Case, CaseCode, Consent, Contact
from vp_desktop.store.vault import Vault

TODAY = dt.date(2026, 6, 1)

# Single lower-case words that share no prefix with other index terms: FTS5 stores each term
# whole then, so the index pages are searched too, not only the row text.
PURGED = {
    "melder_name": "qxmeldernaam",
    "melder_alias": "qxroepnaam",
    "melder_contact": "qxtelefoon0612",
    "others_involved": "qxanderen",
    "department": "qxafdeling",
    "respondent_ref": "qxbeklaagde",
    "notes": "qxnotitiecasus",
    "destroy_by_reason": "qxredenlanger",
    "contact_notes": "qxgespreksnotitie",
    "consent_note": "qxtoestemming",
    "attachment": "qxbijlageinhoud",
}
KEPT = {
    "client_name": "zqopdrachtgever",
    "activity": "zqvoorlichting",
    "open_case_notes": "zqlopendecasus",
}


@dataclass
class Practice:
    client_id: int
    due_case: int
    open_case: int
    later_case: int


def _populate(vault: Vault) -> Practice:
    with vault.transaction() as s:
        client = clients.create_client(
            s, clients.ClientData(code="ACME", name=f"Acme {KEPT['client_name']}")
        )
        due = cases.create_case(
            s,
            client.id,
            cases.CaseData(
                opened_on=dt.date(2025, 1, 10),
                closed_on=dt.date(2025, 3, 1),
                outcome="resolved_informally",
                track="unwanted_behaviour",
                categories=["bullying", "intimidation"],
                relation="manager",
                support=["listening"],
                referrals=["gp"],
                **{k: f"text {PURGED[k]} text" for k in cases.IDENTIFYING_FIELDS},
                consents=[
                    cases.ConsentData("keep_file", dt.date(2025, 1, 10), PURGED["consent_note"])
                ],
            ),
            today=TODAY,
        )
        cases.set_destroy_by(s, client.id, due.id, dt.date(2026, 3, 1), PURGED["destroy_by_reason"])
        contacts.add_contact(
            s,
            client.id,
            due.id,
            contacts.ContactData(dt.date(2025, 1, 10), 75, "in_person", PURGED["contact_notes"]),
            today=TODAY,
        )
        contacts.add_contact(
            s, client.id, due.id, contacts.ContactData(dt.date(2025, 2, 1), 30, "phone"), TODAY
        )
        attachments.add_attachment(
            s, client.id, due.id, "verslag.txt", f"inhoud {PURGED['attachment']}".encode()
        )
        open_case = cases.create_case(
            s,
            client.id,
            cases.CaseData(
                opened_on=dt.date(2026, 2, 1),
                track="integrity",
                categories=["fraud"],
                notes=KEPT["open_case_notes"],
            ),
            today=TODAY,
        )
        later = cases.create_case(
            s,
            client.id,
            cases.CaseData(
                opened_on=dt.date(2026, 1, 5),
                closed_on=dt.date(2026, 5, 1),
                outcome="referred",
                track="outside_scope",
                categories=["work_pressure"],
                melder_name="nog bewaren",
            ),
            today=TODAY,
        )
        activities.add_activity(
            s,
            client.id,
            activities.ActivityData(
                "information_session", dt.date(2025, 4, 1), 90, KEPT["activity"]
            ),
        )
    return Practice(client.id, due.id, open_case.id, later.id)


@pytest.fixture
def practice(vault: Vault) -> Practice:
    return _populate(vault)


def test_due_lists_closed_cases_whose_date_has_come(vault: Vault, practice: Practice) -> None:
    with vault.session() as s:
        due = retention.due_for_destruction(s, TODAY)
        assert [d.case_id for d in due] == [practice.due_case]
        assert due[0].number == "ACME-2025-001"
        assert due[0].destroy_by == dt.date(2026, 3, 1)
        assert retention.due_for_destruction(s, dt.date(2026, 2, 28)) == []
        # The later case is due a year after closing; the open case never is.
        later = retention.due_for_destruction(s, dt.date(2027, 5, 1))
        assert {d.case_id for d in later} == {practice.due_case, practice.later_case}


def test_purge_deletes_the_file_and_keeps_the_statistical_record(
    vault: Vault, practice: Practice
) -> None:
    result = retention.purge_due(vault, today=TODAY)
    assert result.purged == ("ACME-2025-001",)

    with vault.session() as s:
        case = s.get(Case, practice.due_case)
        assert case is not None
        for name in ("melder_name", "melder_alias", "melder_contact", "others_involved"):
            assert getattr(case, name) is None
        assert case.department is None and case.notes is None and case.destroy_by_reason is None
        assert case.respondent_ref is None
        assert case.purged_at is not None
        # Kept: dates, codes, minutes, the contact and consent rows.
        assert (case.opened_on, case.closed_on) == (dt.date(2025, 1, 10), dt.date(2025, 3, 1))
        assert case.destroy_by == dt.date(2026, 3, 1)
        assert (case.track, case.relation, case.outcome) == (
            "unwanted_behaviour",
            "manager",
            "resolved_informally",
        )
        codes = set(s.scalars(select(CaseCode.code).where(CaseCode.case_id == case.id)))
        assert codes == {"bullying", "intimidation", "listening", "gp"}
        rows = s.execute(select(Contact.minutes, Contact.notes).where(Contact.case_id == case.id))
        assert sorted(rows) == [(30, None), (75, None)]
        consents = s.execute(select(Consent.kind, Consent.note)).all()
        assert consents == [("keep_file", None)]
        assert s.scalar(select(func.count()).select_from(Attachment)) == 0
        # Other cases are untouched.
        assert s.get(Case, practice.open_case).notes == KEPT["open_case_notes"]  # type: ignore[union-attr]
        assert s.get(Case, practice.later_case).melder_name == "nog bewaren"  # type: ignore[union-attr]
        assert retention.due_for_destruction(s, TODAY) == []
        entry = audit_entries(s)[0]
        assert (entry.action, entry.case_number, entry.detail) == (
            "case_purged",
            "ACME-2025-001",
            None,
        )


def test_purged_text_is_gone_from_every_page_of_the_file(
    vault: Vault, practice: Practice, passphrase: str
) -> None:
    vault.checkpoint()
    before = plaintext_of_vault(vault.path, passphrase)
    for word in [*PURGED.values(), *KEPT.values()]:
        assert word.encode() in before, f"{word} not found before the purge: the proof is blind"

    retention.purge_cases(vault, [(practice.client_id, practice.due_case)])
    vault.checkpoint()

    after = plaintext_of_vault(vault.path, passphrase)
    still_there = [name for name, word in PURGED.items() if word.encode() in after]
    assert still_there == []
    for word in KEPT.values():
        assert word.encode() in after


def test_purge_refuses_an_open_case_and_another_clients_case(
    vault: Vault, practice: Practice
) -> None:
    with pytest.raises(ValidationError) as refused:
        retention.purge_cases(vault, [(practice.client_id, practice.open_case)])
    assert refused.value.problems[0].code == "purge_needs_closed"
    with vault.transaction() as s:
        other = clients.create_client(s, clients.ClientData(code="BETA", name="Beta"))
    with pytest.raises(NotFound):
        retention.purge_cases(vault, [(other.id, practice.due_case)])
    with vault.session() as s:
        assert s.get(Case, practice.due_case).notes is not None  # type: ignore[union-attr]


def test_purging_twice_changes_nothing_more(vault: Vault, practice: Practice) -> None:
    first = retention.purge_cases(vault, [(practice.client_id, practice.due_case)])
    second = retention.purge_cases(vault, [(practice.client_id, practice.due_case)])
    assert (first.count, second.count) == (1, 0)
    with vault.session() as s:
        purges = [e for e in audit_entries(s) if e.action == "case_purged"]
    assert len(purges) == 1


def test_a_purged_case_accepts_no_new_identifying_text(vault: Vault, practice: Practice) -> None:
    retention.purge_due(vault, today=TODAY)
    with vault.transaction() as s, pytest.raises(ValidationError):
        contacts.add_contact(
            s,
            practice.client_id,
            practice.due_case,
            contacts.ContactData(dt.date(2025, 3, 1), 15, "phone", "nieuwe notitie"),
            today=TODAY,
        )


def test_purge_drops_drafts_that_hold_the_case_and_keeps_others(
    vault: Vault, practice: Practice, passphrase: str
) -> None:
    from vp_desktop.services import drafts

    with vault.transaction() as s:
        drafts.save_drafts(
            s,
            {
                "cases": {
                    "client_id": practice.client_id,
                    "case_id": practice.due_case,
                    "fields": {"notes": "qxdraftnotitie"},
                },
                "reports": {
                    "client_id": practice.client_id,
                    "year": 2026,
                    "introduction": "zqconcepttekst",
                },
            },
        )
    retention.purge_cases(vault, [(practice.client_id, practice.due_case)])
    vault.checkpoint()
    with vault.session() as s:
        assert set(drafts.load_drafts(s)) == {"reports"}
    after = plaintext_of_vault(vault.path, passphrase)
    assert b"qxdraftnotitie" not in after
    assert b"zqconcepttekst" in after
