"""The case list's search in notes: the same cases as the notes index's own search, one client's
cases only, and right again after a contact's id is reused."""

from __future__ import annotations

import datetime as dt

from vp_desktop.services.casework import case_list, cases, contacts, search
from vp_desktop.services.clients import clients
from vp_desktop.store.vault import Vault


def _case(session, client_id: int, note: str | None = None) -> int:
    data = cases.CaseData(
        opened_on=dt.date(2025, 3, 1),
        track="unwanted_behaviour",
        categories=["bullying"],
        notes=note,
    )
    return cases.create_case(session, client_id, data).id


def _client_with_case(session, code: str, note: str | None) -> tuple[int, int]:
    client = clients.create_client(session, clients.ClientData(code=code, name=f"Client {code}"))
    return client.id, _case(session, client.id, note)


def _contact(session, client_id: int, case_id: int, note: str) -> int:
    data = contacts.ContactData(dt.date(2025, 3, 2), 30, "phone", note)
    return contacts.add_contact(session, client_id, case_id, data).id


def test_finds_case_notes_and_contact_notes_of_one_client_only(vault: Vault) -> None:
    with vault.transaction() as s:
        a, case_a = _client_with_case(s, "AAA", "gesprek over de kantine")
        b, case_b = _client_with_case(s, "BBB", "gesprek over de kantine")
        other_a = _case(s, a)
        _contact(s, a, other_a, "kantinegesprek met de leidinggevende")
        _contact(s, b, case_b, "leidinggevende belde")
    with vault.session() as s:
        in_a = case_list.NotesSearch(a)
        for typed in ("gesprek", "kant", "leidinggevende", "kantineg", "zzz", "  "):
            assert in_a.matching_case_ids(s, typed) == search.matching_case_ids(s, a, typed)
        assert in_a.matching_case_ids(s, "kant") == {case_a, other_a}
        assert in_a.matching_case_ids(s, "leidinggevende") == {other_a}
        assert case_list.NotesSearch(b).matching_case_ids(s, "leidinggevende") == {case_b}


def test_a_new_search_follows_a_reused_contact_id(vault: Vault) -> None:
    with vault.transaction() as s:
        client, first = _client_with_case(s, "AAA", None)
        second = _case(s, client)
        old = _contact(s, client, first, "fietsenstalling")
    with vault.session() as s:
        assert case_list.NotesSearch(client).matching_case_ids(s, "fiets") == {first}
    with vault.transaction() as s:
        contacts.delete_contact(s, client, old)
        new = _contact(s, client, second, "fietsenstalling")
    assert new == old  # SQLite gave the highest id out again
    with vault.session() as s:
        assert case_list.NotesSearch(client).matching_case_ids(s, "fiets") == {second}
