"""Passphrase strength: refuse short or guessable passphrases with a reason the adviser can act on.

The estimate comes from zxcvbn, which counts the guesses an attacker who knows common words,
names, dates, keyboard patterns and l33t substitutions would need. It is fed Dutch words and the
adviser's own words (their name, practice, client names), which an attacker of this vault tries
first. The vault's key derivation is slow on purpose, but only a passphrase outside every such
list makes a stolen laptop useless.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from enum import IntEnum

from zxcvbn import zxcvbn

from vp_desktop.domain.passphrase_words import DUTCH_WORDS

MIN_LENGTH = 12
#: zxcvbn only looks at this much; a longer passphrase is rated on its start (and is long).
MAX_ESTIMATED_LENGTH = 100
#: Refused below this many guesses: with SQLCipher's key derivation that is years of work on a
#: single machine, and an attacker starts with exactly the lists the estimate models.
MIN_GUESSES = 1e12

# Upper bounds (in guesses) of the strength bands below MIN_GUESSES and above it.
_BANDS = ((1e8, 0), (MIN_GUESSES, 1), (1e14, 2), (1e16, 3))


class Strength(IntEnum):
    TOO_WEAK = 0
    WEAK = 1
    FAIR = 2
    STRONG = 3
    VERY_STRONG = 4


@dataclass(frozen=True, slots=True)
class Assessment:
    strength: Strength
    #: log2 of the estimated number of guesses
    bits: float
    # Stable codes of what is wrong (see domain.messages): empty when acceptable.
    problems: tuple[str, ...]

    @property
    def acceptable(self) -> bool:
        return not self.problems


def estimate_guesses(passphrase: str, personal_words: Iterable[str] = ()) -> float:
    """How many guesses zxcvbn expects an informed attacker to need."""
    if not passphrase:
        return 1.0
    words = [w.lower() for w in personal_words if w and w.strip()]
    # The adviser's own words rank first: an attacker who targets this vault knows them.
    inputs = [part for w in words for part in w.split()] + list(DUTCH_WORDS)
    # Spaces between words add next to nothing for an attacker who combines words (a handful of
    # separators to try), but zxcvbn would count each one as a random character.
    joined = "".join(passphrase.split()) or passphrase
    return float(zxcvbn(joined[:MAX_ESTIMATED_LENGTH], user_inputs=inputs)["guesses"])


def assess(passphrase: str, personal_words: Iterable[str] = ()) -> Assessment:
    problems: list[str] = []
    if len(passphrase) < MIN_LENGTH:
        problems.append("passphrase_too_short")
    if passphrase != passphrase.strip():
        problems.append("passphrase_edge_spaces")
    guesses = estimate_guesses(passphrase, personal_words)
    if guesses < MIN_GUESSES and "passphrase_too_short" not in problems:
        problems.append("passphrase_too_guessable")
    strength = Strength.VERY_STRONG
    for bound, band in _BANDS:
        if guesses < bound:
            strength = Strength(band)
            break
    if problems and strength > Strength.WEAK:
        strength = Strength.WEAK
    return Assessment(strength, math.log2(max(guesses, 1.0)), tuple(problems))
