"""Every validation rule of the services refuses bad input with its own problem code and saves
nothing."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from vp_desktop.services import settings
from vp_desktop.services.activities import activities
from vp_desktop.services.casework import attachments, cases, contacts
from vp_desktop.services.clients import clients
from vp_desktop.services.errors import ValidationError
from vp_desktop.services.professional_development import pe
from vp_desktop.store.models import Case, Client, Contact
from vp_desktop.store.vault import Vault

TODAY = dt.date(2026, 11, 24)


def _codes(exc: pytest.ExceptionInfo[ValidationError]) -> set[tuple[str, str]]:
    return {(p.field, p.code) for p in exc.value.problems}


@pytest.fixture
def client_id(vault: Vault) -> int:
    with vault.transaction() as s:
        return clients.create_client(s, clients.ClientData(code="ACME", name="Acme")).id


def _case(**changes: object) -> cases.CaseData:
    data = cases.CaseData(
        opened_on=dt.date(2026, 3, 1), track="unwanted_behaviour", categories=["bullying"]
    )
    for name, value in changes.items():
        setattr(data, name, value)
    return data


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        (
            {"closed_on": dt.date(2026, 2, 1), "outcome": "referred"},
            ("closed_on", "closed_before_opened"),
        ),
        ({"closed_on": dt.date(2026, 4, 1)}, ("outcome", "closing_needs_outcome")),
        ({"outcome": "referred"}, ("outcome", "outcome_needs_closing")),
        ({"opened_on": dt.date(2026, 12, 1)}, ("opened_on", "date_in_future")),
        ({"categories": []}, ("categories", "category_required")),
        ({"track": "integrity"}, ("categories", "category_track_mismatch")),
        ({"categories": ["made_up"]}, ("categories", "unknown_code")),
        ({"track": "nonsense"}, ("track", "unknown_code")),
        ({"relation": "boss"}, ("relation", "unknown_code")),
        ({"support": ["hugs"]}, ("support", "unknown_code")),
        ({"referrals": ["nowhere"]}, ("referrals", "unknown_code")),
        (
            {"consents": [cases.ConsentData("telepathy", dt.date(2026, 3, 1))]},
            ("consents", "unknown_code"),
        ),
        ({"notes": "x" * 100_001}, ("notes", "too_long")),
    ],
)
def test_case_rules(
    vault: Vault, client_id: int, changes: dict[str, object], expected: tuple[str, str]
):
    with vault.session() as s:
        with pytest.raises(ValidationError) as exc:
            cases.create_case(s, client_id, _case(**changes), today=TODAY)
        assert expected in _codes(exc)
        assert exc.value.describe("nl") and exc.value.describe("en")
        assert s.scalar(select(func.count()).select_from(Case)) == 0


def test_all_problems_reported_at_once(vault: Vault, client_id: int):
    with vault.session() as s, pytest.raises(ValidationError) as exc:
        cases.create_case(
            s,
            client_id,
            _case(track="integrity", relation="boss", closed_on=dt.date(2026, 1, 1)),
            today=TODAY,
        )
    assert {code for _, code in _codes(exc)} >= {
        "category_track_mismatch",
        "unknown_code",
        "closed_before_opened",
        "closing_needs_outcome",
    }


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (contacts.ContactData(dt.date(2026, 3, 2), 0, "phone"), ("minutes", "minutes_range")),
        (contacts.ContactData(dt.date(2026, 3, 2), 1440, "phone"), ("minutes", "minutes_range")),
        (contacts.ContactData(dt.date(2026, 3, 2), 30, "pigeon"), ("mode", "unknown_code")),
        (
            contacts.ContactData(dt.date(2026, 2, 1), 30, "phone"),
            ("occurred_on", "contact_before_opened"),
        ),
        (contacts.ContactData(dt.date(2027, 1, 1), 30, "phone"), ("occurred_on", "date_in_future")),
    ],
)
def test_contact_rules(
    vault: Vault, client_id: int, data: contacts.ContactData, expected: tuple[str, str]
):
    with vault.session() as s:
        case = cases.create_case(s, client_id, _case(), today=TODAY)
        with pytest.raises(ValidationError) as exc:
            contacts.add_contact(s, client_id, case.id, data, today=TODAY)
        assert expected in _codes(exc)
        assert s.scalar(select(func.count()).select_from(Contact)) == 0


def test_contact_cannot_be_filed_under_another_clients_case(vault: Vault, client_id: int):
    from sqlalchemy.exc import IntegrityError

    with vault.session() as s:
        other = clients.create_client(s, clients.ClientData(code="BETA", name="Beta"))
        case = cases.create_case(s, client_id, _case(), today=TODAY)
        # Bypassing the services, the database itself refuses the mismatch.
        s.add(
            Contact(
                case_id=case.id,
                client_id=other.id,
                occurred_on=dt.date(2026, 3, 2),
                minutes=30,
                mode="phone",
            )
        )
        with pytest.raises(IntegrityError):
            s.flush()


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (clients.ClientData(code="a", name="Acme 2"), ("code", "client_code_format")),
        (clients.ClientData(code="ACME", name="Again"), ("code", "client_code_taken")),
        (clients.ClientData(code="NEW", name=" "), ("name", "required")),
        (clients.ClientData(code="NEW", name="N", sector="space"), ("sector", "unknown_code")),
        (clients.ClientData(code="NEW", name="N", headcount=0), ("headcount", "headcount_range")),
        (
            clients.ClientData(
                code="NEW",
                name="N",
                contract_start=dt.date(2026, 1, 1),
                contract_end=dt.date(2025, 1, 1),
            ),
            ("contract_end", "contract_end_before_start"),
        ),
        (
            clients.ClientData(code="NEW", name="N", role_unwanted_behaviour=False),
            ("roles", "role_required"),
        ),
    ],
)
def test_client_rules(
    vault: Vault, client_id: int, data: clients.ClientData, expected: tuple[str, str]
):
    with vault.session() as s:
        with pytest.raises(ValidationError) as exc:
            clients.create_client(s, data)
        assert expected in _codes(exc)
        assert s.scalar(select(func.count()).select_from(Client)) == 1


def test_client_code_is_normalised(vault: Vault):
    with vault.session() as s:
        assert (
            clients.create_client(s, clients.ClientData(code=" acme2 ", name="A")).code == "ACME2"
        )


def test_activity_and_pe_rules(vault: Vault, client_id: int):
    with vault.session() as s:
        with pytest.raises(ValidationError) as exc:
            activities.add_activity(
                s, client_id, activities.ActivityData("karaoke", dt.date(2026, 1, 1), 0)
            )
        assert {("kind", "unknown_code"), ("minutes", "minutes_range")} <= _codes(exc)
        with pytest.raises(ValidationError) as exc:
            pe.add_pe_activity(s, pe.PeData("course", dt.date(2026, 1, 1), 50))
        assert ("minutes", "quarter_hours") in _codes(exc)


def test_settings_rules(vault: Vault):
    with vault.session() as s:
        for name, value, code in [
            ("disclosure_threshold", 2, "threshold_range"),
            ("disclosure_threshold", 11, "threshold_range"),
            ("retention_months", 0, "retention_range"),
            ("auto_lock_minutes", 0, "auto_lock_range"),
        ]:
            with pytest.raises(ValidationError) as exc:
                settings.update(s, **{name: value})
            assert (name, code) in _codes(exc)
        assert settings.load(s).disclosure_threshold == 5


def test_attachment_rules(vault: Vault, client_id: int):
    with vault.session() as s:
        case = cases.create_case(s, client_id, _case(), today=TODAY)
        with pytest.raises(ValidationError) as exc:
            attachments.add_attachment(s, client_id, case.id, "virus.exe", b"MZ")
        assert ("file", "file_type") in _codes(exc)
        with pytest.raises(ValidationError) as exc:
            attachments.add_attachment(s, client_id, case.id, "fake.pdf", b"not a pdf")
        assert ("file", "file_type") in _codes(exc)
        with pytest.raises(ValidationError) as exc:
            attachments.add_attachment(
                s, client_id, case.id, "big.pdf", b"%PDF" + b"0" * (20 * 1024 * 1024)
            )
        assert ("file", "file_too_large") in _codes(exc)
        stored = attachments.add_attachment(
            s, client_id, case.id, "../../etc/brief.pdf", b"%PDF-1.4 test"
        )
        assert stored.filename == "brief.pdf"


def test_numbering_per_client_per_year(vault: Vault, client_id: int):
    with vault.session() as s:
        other = clients.create_client(s, clients.ClientData(code="BETA", name="Beta"))
        numbers = [
            cases.create_case(s, client_id, _case(opened_on=dt.date(2025, 5, 1)), today=TODAY),
            cases.create_case(s, client_id, _case(), today=TODAY),
            cases.create_case(s, client_id, _case(), today=TODAY),
            cases.create_case(s, other.id, _case(), today=TODAY),
        ]
        assert [c.number for c in numbers] == [
            "ACME-2025-001",
            "ACME-2026-001",
            "ACME-2026-002",
            "BETA-2026-001",
        ]


def test_closing_sets_destroy_by_and_reopening_clears_it(vault: Vault, client_id: int):
    with vault.session() as s:
        case = cases.create_case(s, client_id, _case(), today=TODAY)
        data = cases.CaseData.of(case)
        data.closed_on, data.outcome = dt.date(2026, 8, 31), "behaviour_stopped"
        cases.update_case(s, client_id, case.id, data, retention_months=6, today=TODAY)
        assert case.destroy_by == dt.date(2027, 2, 28)
        cases.reopen_case(s, client_id, case.id)
        assert case.closed_on is None and case.outcome is None and case.destroy_by is None


def test_unknown_code_in_vault_is_an_error_not_a_blank():
    from vp_desktop.domain.vocab import OUTCOMES, UnknownCode

    with pytest.raises(UnknownCode):
        OUTCOMES.label("vanished_into_thin_air")
