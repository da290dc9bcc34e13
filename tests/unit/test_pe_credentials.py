"""The adviser's credentials: warnings in time before expiry (default 3 months), the VOG a
client's contract asks for, and the client's own PE norm on the dashboard."""

from __future__ import annotations

import datetime as dt

import pytest

from vp_desktop.services import settings as settings_service
from vp_desktop.services.clients import clients
from vp_desktop.services.errors import ValidationError
from vp_desktop.services.professional_development import credentials as service
from vp_desktop.services.professional_development.credentials import CredentialData, add_months
from vp_desktop.services.professional_development.dashboard_notices import pe_notices
from vp_desktop.services.professional_development.pe import PeData, add_pe_activity
from vp_desktop.store.vault import Vault

TODAY = dt.date(2025, 7, 2)


def add(vault: Vault, **fields: object) -> int:
    with vault.transaction() as s:
        return service.add_credential(s, CredentialData(**fields)).id  # type: ignore[arg-type]


def warnings(vault: Vault, today: dt.date = TODAY) -> list[tuple[str, dt.date | None, bool]]:
    with vault.session() as s:
        return [(w.reason, w.due_on, w.expired) for w in service.credential_warnings(s, today)]


def test_add_months_keeps_month_ends() -> None:
    assert add_months(dt.date(2025, 1, 31), 1) == dt.date(2025, 2, 28)
    assert add_months(dt.date(2025, 11, 15), 3) == dt.date(2026, 2, 15)


def test_warning_exactly_three_months_ahead_by_default(vault: Vault) -> None:
    add(vault, kind="registration", number="LVV-1", valid_until=dt.date(2025, 10, 2))
    assert warnings(vault) == [("valid_until", dt.date(2025, 10, 2), False)]
    assert warnings(vault, dt.date(2025, 7, 1)) == []  # one day too early
    assert warnings(vault, dt.date(2025, 10, 3)) == [("valid_until", dt.date(2025, 10, 2), True)]
    with vault.transaction() as s:
        settings_service.update(s, credential_warning_months=4)
    assert warnings(vault, dt.date(2025, 6, 2)) == [("valid_until", dt.date(2025, 10, 2), False)]
    with vault.transaction() as s, pytest.raises(ValidationError):
        settings_service.update(s, credential_warning_months=0)


def test_only_the_newest_credential_of_a_kind_warns(vault: Vault) -> None:
    add(vault, kind="insurance", issued_on=dt.date(2024, 1, 1), valid_until=dt.date(2025, 1, 1))
    add(vault, kind="insurance", issued_on=dt.date(2025, 1, 1), valid_until=dt.date(2026, 1, 1))
    assert warnings(vault) == []
    add(vault, kind="certification", recertify_on=dt.date(2025, 8, 1))
    assert warnings(vault) == [("recertify_on", dt.date(2025, 8, 1), False)]


def test_vog_asked_by_a_client(vault: Vault) -> None:
    with vault.transaction() as s:
        clients.create_client(
            s, clients.ClientData("ACME", "Acme", vog_required=True, vog_max_age_months=12)
        )
    assert warnings(vault) == [("vog_missing", None, True)]
    vog = add(vault, kind="vog", issued_on=dt.date(2024, 9, 1), screening_profile="45")
    assert warnings(vault) == [("vog_too_old", dt.date(2025, 9, 1), False)]
    assert warnings(vault, dt.date(2025, 9, 1)) == [("vog_too_old", dt.date(2025, 9, 1), True)]
    with vault.transaction() as s:
        service.add_credential_evidence(s, vog, "vog.pdf", b"%PDF-1.4\n")
        assert service.get_credential(s, vog).evidence[0].filename == "vog.pdf"


def test_credential_dates_are_checked(vault: Vault) -> None:
    with vault.transaction() as s, pytest.raises(ValidationError) as refused:
        service.add_credential(
            s,
            CredentialData("vog", issued_on=dt.date(2025, 1, 2), valid_until=dt.date(2025, 1, 1)),
        )
    assert refused.value.for_field("valid_until")


def test_client_norm_on_the_dashboard(vault: Vault) -> None:
    with vault.transaction() as s:
        clients.create_client(s, clients.ClientData("ACME", "Acme", pe_norm_minutes=16 * 60))
        clients.create_client(s, clients.ClientData("BETA", "Beta"))
        add_pe_activity(s, PeData("course", dt.date(2025, 3, 1), 10 * 60))
        add_pe_activity(s, PeData("course", dt.date(2025, 9, 1), 8 * 60))  # planned
    with vault.session() as s:
        (line,) = pe_notices(s, TODAY).norms
    assert (line.client_code, line.norm.counted_minutes, line.norm.met) == ("ACME", 600, False)
    with vault.session() as s:
        (line,) = pe_notices(s, dt.date(2025, 9, 1)).norms
    assert line.norm.met
