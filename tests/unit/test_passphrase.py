"""Passphrase strength comes from zxcvbn with Dutch words and the vault's own names."""

from __future__ import annotations

import pytest

from vp_desktop.domain.passphrase import MIN_GUESSES, Strength, assess, estimate_guesses
from vp_desktop.services import settings
from vp_desktop.services.clients import clients
from vp_desktop.services.data_safety import vaults
from vp_desktop.services.errors import ValidationError
from vp_desktop.store.vault import Vault


@pytest.mark.parametrize(
    "guessable",
    ["Amsterdam2024!", "P@ssw0rd2026!!", "vertrouwenspersoon2026", "Vertrouwen2026!!"],
)
def test_well_known_patterns_are_refused_however_many_symbols_they_carry(guessable: str) -> None:
    assessment = assess(guessable)
    assert estimate_guesses(guessable) < 1e10  # an estimator puts them near 10^8
    assert assessment.problems == ("passphrase_too_guessable",)
    assert assessment.strength <= Strength.WEAK
    assert not assessment.acceptable


@pytest.mark.parametrize(
    "strong",
    ["paarse fiets langs de gracht", "kxq7-mfp2-zzr9-tbw4", "correct horse battery staple"],
)
def test_long_unusual_passphrases_are_accepted(strong: str) -> None:
    assessment = assess(strong)
    assert assessment.acceptable
    assert assessment.strength >= Strength.STRONG
    assert estimate_guesses(strong) >= MIN_GUESSES


def test_the_advisers_own_names_make_a_passphrase_guessable() -> None:
    passphrase = "Marieke Hoogeveen Praktijk"
    assert assess(passphrase).acceptable
    personal = ["Marieke Hoogeveen", "Praktijk Hoogeveen"]
    assert not assess(passphrase, personal).acceptable
    assert estimate_guesses(passphrase, personal) < estimate_guesses(passphrase) / 1e6


def test_short_and_space_edged_passphrases_say_why() -> None:
    assert assess("Kort!1").problems == ("passphrase_too_short",)
    assert "passphrase_edge_spaces" in assess(" paarse fiets langs de gracht").problems
    assert assess("").strength is Strength.TOO_WEAK


def test_a_passphrase_change_weighs_the_names_in_the_vault(vault: Vault) -> None:
    with vault.transaction() as s:
        settings.update(s, adviser_name="Marieke Hoogeveen")
        clients.create_client(s, clients.ClientData(code="ZORGW", name="Zorgwerk Twente"))
    words = vaults.personal_words(vault)
    assert {"Marieke Hoogeveen", "Zorgwerk Twente", "ZORGW"} <= set(words)
    with pytest.raises(ValidationError):
        vaults.change_passphrase(vault, "Zorgwerk Twente Hoogeveen", "Zorgwerk Twente Hoogeveen")
    vaults.change_passphrase(vault, "gele paraplu onder de brug", "gele paraplu onder de brug")
