"""Drafts: unsaved edits survive a lock inside the vault, once."""

from __future__ import annotations

import pytest

from vp_desktop.services import drafts
from vp_desktop.store.models import Draft
from vp_desktop.store.vault import Vault


def test_drafts_round_trip_and_are_taken_once(vault: Vault) -> None:
    with vault.transaction() as session:
        drafts.save_drafts(session, {"cases": {"case_id": 3, "notes": "Zoë belde – €5"}})
    with vault.transaction() as session:
        assert drafts.take_drafts(session) == {"cases": {"case_id": 3, "notes": "Zoë belde – €5"}}
    with vault.transaction() as session:
        assert drafts.take_drafts(session) == {}
        assert session.query(Draft).count() == 0


def test_a_newer_draft_replaces_the_older_one(vault: Vault) -> None:
    with vault.transaction() as session:
        drafts.save_drafts(session, {"cases": {"v": 1}, "settings": {"x": True}})
        drafts.save_drafts(session, {"cases": {"v": 2}})
    with vault.session() as session:
        assert drafts.load_drafts(session) == {"cases": {"v": 2}, "settings": {"x": True}}


def test_a_damaged_draft_is_skipped_not_raised(vault: Vault) -> None:
    with vault.transaction() as session:
        session.add(Draft(key="broken", payload="{not json"))
        session.add(Draft(key="list", payload="[1, 2]"))
        drafts.save_drafts(session, {"good": {"a": 1}})
    with vault.transaction() as session:
        assert drafts.take_drafts(session) == {"good": {"a": 1}}
        assert session.query(Draft).count() == 0


@pytest.mark.parametrize("key", ["", "x" * 101])
def test_draft_keys_are_bounded(vault: Vault, key: str) -> None:
    with vault.transaction() as session, pytest.raises(ValueError):
        drafts.save_drafts(session, {key: {}})
