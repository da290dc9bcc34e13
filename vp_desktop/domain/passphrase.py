"""Passphrase strength: refuse short or guessable passphrases with a reason the adviser can act on.

A rough entropy estimate (character pool × length, repeats and known weak words discounted) is
enough to tell "Zomer2026!" from "paarse fiets langs de gracht": the vault's key derivation is slow
on purpose, but only a long passphrase makes a stolen laptop useless.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from enum import IntEnum

MIN_LENGTH = 12
MIN_BITS = 50.0

WEAK_WORDS = (
    "wachtwoord",
    "password",
    "welkom",
    "welcome",
    "qwerty",
    "azerty",
    "123456",
    "654321",
    "abcdef",
    "letmein",
    "geheim",
    "secret",
    "admin",
    "vertrouwen",
    "vertrouwenspersoon",
    "zomer",
    "winter",
    "lente",
    "herfst",
    "summer",
    "iloveyou",
    "monkey",
    "dragon",
    "voetbal",
)


class Strength(IntEnum):
    TOO_WEAK = 0
    WEAK = 1
    FAIR = 2
    STRONG = 3
    VERY_STRONG = 4


@dataclass(frozen=True, slots=True)
class Assessment:
    strength: Strength
    bits: float
    # Stable codes of what is wrong (see domain.messages): empty when acceptable.
    problems: tuple[str, ...]

    @property
    def acceptable(self) -> bool:
        return not self.problems


def _pool_size(passphrase: str) -> int:
    pool = 0
    if re.search(r"[a-z]", passphrase):
        pool += 26
    if re.search(r"[A-Z]", passphrase):
        pool += 26
    if re.search(r"[0-9]", passphrase):
        pool += 10
    if re.search(r"[^a-zA-Z0-9]", passphrase):
        pool += 33
    return max(pool, 1)


def estimate_bits(passphrase: str) -> float:
    text = passphrase.lower()
    for word in WEAK_WORDS:
        text = text.replace(word, "\x00")  # a known word is worth about one character
    # Runs of one repeated character count once.
    text = re.sub(r"(.)\1+", r"\1", text)
    return len(text) * math.log2(_pool_size(passphrase))


def assess(passphrase: str) -> Assessment:
    problems: list[str] = []
    if len(passphrase) < MIN_LENGTH:
        problems.append("passphrase_too_short")
    if passphrase != passphrase.strip():
        problems.append("passphrase_edge_spaces")
    bits = estimate_bits(passphrase)
    if bits < MIN_BITS and "passphrase_too_short" not in problems:
        problems.append("passphrase_too_guessable")
    if bits < 35:
        strength = Strength.TOO_WEAK
    elif bits < MIN_BITS:
        strength = Strength.WEAK
    elif bits < 65:
        strength = Strength.FAIR
    elif bits < 90:
        strength = Strength.STRONG
    else:
        strength = Strength.VERY_STRONG
    if problems and strength > Strength.WEAK:
        strength = Strength.WEAK
    return Assessment(strength, bits, tuple(problems))
