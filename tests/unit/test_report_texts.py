"""The adviser's report texts, and the check against identifying data of every client's cases."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.report_fixture import TODAY, add_client
from vp_desktop.services.annual_report.identifiers import find_identifiers
from vp_desktop.services.annual_report.report_texts import (
    MAX_TEXT,
    ReportTexts,
    get_texts,
    save_texts,
)
from vp_desktop.services.casework import case_list, cases
from vp_desktop.services.data_safety import retention
from vp_desktop.services.errors import NotFound, ValidationError
from vp_desktop.store.vault import Vault


@pytest.fixture
def clients_with_people(vault: Vault) -> tuple[int, int]:
    with vault.transaction() as session:
        own = add_client(session, "ACME", "Acme Zorg")
        other = add_client(session, "BETA", "Beta Onderwijs")
        cases.create_case(
            session,
            own,
            cases.CaseData(
                dt.date(2025, 3, 1), "unwanted_behaviour", ["bullying"],
                melder_name="Jan de Vries", melder_alias="Zonnebloem",
                melder_contact="jan.devries@example.nl, 06-12345678",
                others_involved="Piet Pietersen (teamleider)",
                department="Financiële Administratie",
            ),
            today=TODAY,
        )  # fmt: skip
        cases.create_case(
            session,
            other,
            cases.CaseData(
                dt.date(2025, 4, 1), "integrity", ["fraud"], melder_name="Zoë Öztürk",
                department="Inkoop",
            ),
            today=TODAY,
        )  # fmt: skip
    return own, other


def test_texts_are_saved_per_client_year(
    vault: Vault, clients_with_people: tuple[int, int]
) -> None:
    own, other = clients_with_people
    with vault.transaction() as session:
        assert get_texts(session, own, 2025) == ReportTexts()
        save_texts(session, own, 2025, ReportTexts("  Inleiding  ", "Signalen"))
        save_texts(session, own, 2025, ReportTexts("Nieuwe inleiding", "Signalen"))
    with vault.session() as session:
        assert get_texts(session, own, 2025) == ReportTexts("Nieuwe inleiding", "Signalen")
        assert get_texts(session, own, 2024) == ReportTexts()
        assert get_texts(session, other, 2025) == ReportTexts()


def test_too_long_text_and_unknown_client_are_refused(
    vault: Vault, clients_with_people: tuple[int, int]
) -> None:
    own, _ = clients_with_people
    with vault.transaction() as session:
        with pytest.raises(ValidationError) as info:
            save_texts(session, own, 2025, ReportTexts("x" * (MAX_TEXT + 1), ""))
        assert info.value.problems[0].field == "introduction"
        with pytest.raises(NotFound):
            save_texts(session, 999, 2025, ReportTexts())


def _hits(vault: Vault, client_id: int, introduction: str, signals: str = "") -> list[str]:
    with vault.session() as session:
        hits = find_identifiers(session, client_id, ReportTexts(introduction, signals))
    return [h.matched for h in hits]


def test_names_aliases_contacts_and_departments_are_found(
    vault: Vault, clients_with_people: tuple[int, int]
) -> None:
    own, _ = clients_with_people
    text = (
        "Dit jaar sprak ik met JAN DE VRIES en met zonnebloem. Ook Pietersen belde, "
        "bereikbaar via jan.devries@example.nl of 06 1234 5678. De financiële administratie "
        "verdient aandacht."
    )
    assert _hits(vault, own, text) == [
        "JAN DE VRIES",
        "zonnebloem",
        "Pietersen",
        "jan.devries@example.nl",
        "06 1234 5678",
        "financiële administratie",
    ]


def test_common_and_short_words_are_ignored(
    vault: Vault, clients_with_people: tuple[int, int]
) -> None:
    own, _ = clients_with_people
    text = "De teamleider van de afdeling en een collega spraken over pesten; Jansen-achtig."
    assert _hits(vault, own, text) == []


def test_other_clients_are_checked_without_revealing_them(
    vault: Vault, clients_with_people: tuple[int, int]
) -> None:
    own, _ = clients_with_people
    with vault.session() as session:
        hits = find_identifiers(
            session, own, ReportTexts("", "Er is gesproken met zoe ozturk over inkoop.")
        )
    assert [h.matched for h in hits] == ["zoe ozturk", "inkoop"]
    for hit in hits:
        assert hit.text_field == "signals"
        assert all(s.other_client and s.case_number is None for s in hit.sources)
        description = hit.describe("nl")
        assert "andere opdrachtgever" in description and "BETA" not in description
    own_hit = find_in_own(vault, own)
    assert "ACME-2025-001" in own_hit


def find_in_own(vault: Vault, client_id: int) -> str:
    with vault.session() as session:
        hits = find_identifiers(session, client_id, ReportTexts("Jan de Vries", ""))
    assert len(hits) == 1
    return hits[0].describe("en")


def test_purged_cases_no_longer_match(vault: Vault, clients_with_people: tuple[int, int]) -> None:
    own, _ = clients_with_people
    with vault.transaction() as session:
        case_id = case_list.list_cases(session, own)[0].id
        data = cases.CaseData.of(cases.get_case(session, own, case_id))
        data.closed_on, data.outcome = dt.date(2025, 6, 1), "resolved_informally"
        cases.update_case(session, own, case_id, data, today=TODAY)
        retention.purge_case_data(session, own, case_id)
    assert _hits(vault, own, "Jan de Vries en Zonnebloem") == []


@pytest.mark.parametrize(
    ("stored", "written", "found"),
    [
        ({"department": "Logistiek"}, "Op Logistiek was het onrustig.", ["Logistiek"]),
        ({"department": "Zorg"}, "De afdeling zorg groeide.", ["zorg"]),
        ({"department": "Team 3"}, "In team 3 speelde iets.", ["team 3"]),
        ({"department": "Afdeling 4B"}, "Binnen afdeling 4B.", ["afdeling 4B"]),
        ({"department": "ICT"}, "De ICT-afdeling kreeg uitleg.", ["ICT"]),
        ({"melder_name": "Jan Bakker"}, "Jans collega's waren er.", ["Jans"]),
        ({"others_involved": "Sjoerd"}, "Sjoerds gedrag kwam aan bod.", ["Sjoerds"]),
        ({"melder_name": "Bo"}, "Ook Bo kwam langs.", ["Bo"]),
        ({"others_involved": "Anne Jansen-Smit"}, "Mevrouw Smit was er.", ["Smit"]),
        ({"melder_name": "Ødegård"}, "Met Odegard gesproken.", ["Odegard"]),
        ({"melder_name": "Odegard"}, "Met Ødegård gesproken.", ["Ødegård"]),
    ],
)
def test_harder_identifiers_are_found(
    vault: Vault, stored: dict[str, str], written: str, found: list[str]
) -> None:
    with vault.transaction() as session:
        own = add_client(session, "GAMMA", "Gamma")
        data = cases.CaseData(dt.date(2025, 3, 1), "unwanted_behaviour", ["bullying"], **stored)
        cases.create_case(session, own, data, today=TODAY)
    assert _hits(vault, own, written) == found


@pytest.mark.parametrize(
    "text",
    [
        "Gesprek met j.de vries en de teamleider van Financiële Administratie.",
        "Jans collega en Pietersens team; ook Zoe Ozturk (inkoop) en zonnebloem's vraag.",
        "Bel 0612345678 of mail jan.devries@example.nl over de ICT-Inkoop.",
        "Piet-Pietersen sprak met de financiele administratie-afdeling.",
    ],
)
def test_the_prefilter_never_drops_a_hit(
    vault: Vault,
    clients_with_people: tuple[int, int],
    monkeypatch: pytest.MonkeyPatch,
    text: str,
) -> None:
    """Skipping cases whose words are not in the texts must find exactly what looking at every
    case finds."""
    from vp_desktop.services.annual_report import identifiers

    own, _ = clients_with_people
    filtered = _hits(vault, own, text)
    monkeypatch.setattr(identifiers, "_may_occur", lambda value, field, terms: True)
    assert filtered == _hits(vault, own, text)
    assert filtered  # each text names someone or something of a case


@pytest.mark.parametrize(
    ("unwanted", "integrity", "lang", "subject"),
    [
        (True, False, "nl", "meldingen over ongewenst gedrag. "),
        (False, True, "nl", "meldingen over integriteit. "),
        (True, True, "nl", "meldingen over ongewenst gedrag en integriteit. "),
        (False, True, "en", "reports about integrity. "),
    ],
)
def test_the_introduction_template_names_only_the_advisers_roles_there(
    vault: Vault, unwanted: bool, integrity: bool, lang: str, subject: str
) -> None:
    from vp_desktop.services.annual_report.report_texts import introduction_template
    from vp_desktop.services.clients import clients

    with vault.transaction() as session:
        data = clients.ClientData(
            code="ROL", name="Stichting Rol", role_unwanted_behaviour=unwanted,
            role_integrity=integrity,
        )  # fmt: skip
        client_id = clients.create_client(session, data).id
        text = introduction_template(session, client_id, 2025, lang)  # type: ignore[arg-type]
    assert "Stichting Rol" in text and "2025" in text
    assert subject in text
