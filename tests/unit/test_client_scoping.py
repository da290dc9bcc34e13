"""Client scoping: whatever the data, asking for client A never yields anything of client B."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vp_desktop.domain.vocab import CATEGORIES, TRACKS
from vp_desktop.services.activities import activities
from vp_desktop.services.casework import attachments, case_list, cases, contacts, search
from vp_desktop.services.clients import clients
from vp_desktop.services.errors import NotFound
from vp_desktop.store.vault import Vault

TODAY = dt.date(2026, 11, 24)


@pytest.fixture(scope="module")
def shared_vault(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Vault]:
    path: Path = tmp_path_factory.mktemp("scoping") / "v.vpvault"
    vault = Vault.create(path, "paarse fiets langs de gracht")
    yield vault
    vault.close()


case_spec = st.tuples(
    st.sampled_from(TRACKS.codes),
    st.dates(dt.date(2020, 1, 1), dt.date(2026, 11, 1)),
    st.integers(0, 3),  # contacts
    st.text(alphabet="abcdefgh ", min_size=0, max_size=20),
)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(a_cases=st.lists(case_spec, max_size=4), b_cases=st.lists(case_spec, min_size=1, max_size=4))
def test_nothing_of_client_b_when_asking_for_client_a(shared_vault: Vault, a_cases, b_cases):
    with shared_vault.session() as s:
        a = clients.create_client(s, clients.ClientData(code="AA", name="A"))
        b = clients.create_client(s, clients.ClientData(code="BB", name="B"))
        made: dict[int, list[int]] = {a.id: [], b.id: []}
        contact_ids: dict[int, list[int]] = {a.id: [], b.id: []}
        for client, specs in ((a, a_cases), (b, b_cases)):
            for track, opened, n_contacts, words in specs:
                category = next(t.code for t in CATEGORIES if t.track == track)
                case = cases.create_case(
                    s,
                    client.id,
                    cases.CaseData(
                        opened_on=opened,
                        track=track,
                        categories=[category],
                        notes=f"shared words {words} marker{client.code}",
                    ),
                    today=TODAY,
                )
                made[client.id].append(case.id)
                for i in range(n_contacts):
                    contact = contacts.add_contact(
                        s,
                        client.id,
                        case.id,
                        contacts.ContactData(opened, 30 + i, "phone", "shared words"),
                        today=TODAY,
                    )
                    contact_ids[client.id].append(contact.id)
                attachments.add_attachment(s, client.id, case.id, "x.txt", b"text")
            activities.add_activity(
                s,
                client.id,
                activities.ActivityData("annual_meeting", dt.date(2026, 1, 1), 60, "shared words"),
            )

        b_case_ids = set(made[b.id])
        listed = {r.id for r in case_list.list_cases(s, a.id)}
        assert listed == set(made[a.id])
        for year in range(2020, 2027):
            assert not {r.id for r in case_list.list_cases(s, a.id, year=year)} & b_case_ids
        assert not search.matching_case_ids(s, a.id, "shared words") & b_case_ids
        assert not search.matching_case_ids(s, a.id, "markerBB")
        assert all(act.client_id == a.id for act in activities.list_activities(s, a.id))
        for case_id in b_case_ids:
            with pytest.raises(NotFound):
                cases.get_case(s, a.id, case_id)
            with pytest.raises(NotFound):
                contacts.list_contacts(s, a.id, case_id)
            with pytest.raises(NotFound):
                attachments.list_attachments(s, a.id, case_id)
            with pytest.raises(NotFound):
                cases.update_case(
                    s,
                    a.id,
                    case_id,
                    cases.CaseData(
                        opened_on=dt.date(2021, 1, 1), track="integrity", categories=["fraud"]
                    ),
                )
            with pytest.raises(NotFound):
                cases.delete_case(s, a.id, case_id)
        for contact_id in contact_ids[b.id]:
            with pytest.raises(NotFound):
                contacts.get_contact(s, a.id, contact_id)
            with pytest.raises(NotFound):
                contacts.delete_contact(s, a.id, contact_id)
        for act in activities.list_activities(s, b.id):
            with pytest.raises(NotFound):
                activities.get_activity(s, a.id, act.id)
        for case_id in made[a.id]:
            assert all(c.client_id == a.id for c in contacts.list_contacts(s, a.id, case_id))
        # B's data is untouched by every refused call.
        assert {r.id for r in case_list.list_cases(s, b.id)} == b_case_ids
        s.rollback()
