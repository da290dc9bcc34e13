"""From a typed passphrase to the key string SQLCipher derives the vault key from.

Three things can go wrong between a keyboard and `PRAGMA key`:

- a NUL ends the string early in C, so a passphrase holding one is refused;
- "é" can arrive precomposed (NFC) or decomposed (NFD, as some keyboards and macOS send it):
  the key is derived from the NFC form, and unlocking also tries the form as typed, because
  vaults made before this rule hold a key derived from exactly what was typed;
- SQLCipher reads a key string of the form `x'<64 or 96 hex digits>'` as a raw key and skips
  key derivation. Such a passphrase is handed over with a prefix no passphrase can contain (a
  control character, which `check_passphrase` refuses), so it is always derived.
"""

from __future__ import annotations

import re
import unicodedata

from vp_desktop.store.errors import VaultError

# SQLCipher's test (crypto_impl.c): 2 + 64 hex + 1, or 2 + 96 hex + 1 characters after "x'".
_RAW_KEY_LITERAL = re.compile(r"^[xX]'([0-9a-fA-F]{64}|[0-9a-fA-F]{96}).$", re.DOTALL)
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_DERIVE_MARK = "\x01"


class PassphraseRefused(VaultError):
    """A passphrase that cannot be used as typed (it holds a NUL or another control character)."""

    code = "passphrase_refused"
    reason = (
        "The passphrase contains an invisible control character (such as NUL); "
        "type it again without it."
    )


def check_passphrase(passphrase: str) -> None:
    if _CONTROL.search(passphrase):
        raise PassphraseRefused()


def normalised(passphrase: str) -> str:
    return unicodedata.normalize("NFC", passphrase)


def is_raw_key_literal(key: str) -> bool:
    return _RAW_KEY_LITERAL.match(key) is not None


def key_for(passphrase: str) -> str:
    """The key string for a new vault or a new passphrase: NFC, never a raw-key literal."""
    check_passphrase(passphrase)
    key = normalised(passphrase)
    return _DERIVE_MARK + key if is_raw_key_literal(key) else key


def unlock_keys(passphrase: str) -> list[str]:
    """Key strings to try on unlock, the current rule first, then what earlier versions used."""
    if "\x00" in passphrase:
        raise PassphraseRefused()
    keys = [key_for(passphrase)] if not _CONTROL.search(passphrase) else []
    # Earlier versions passed the typed text unchanged (even a raw-key literal); an existing
    # vault made that way must keep opening with it, also when it was typed decomposed then.
    for earlier in (passphrase, unicodedata.normalize("NFD", passphrase)):
        if earlier not in keys:
            keys.append(earlier)
    return keys


#: SQLCipher's PBKDF2 iterations. None keeps SQLCipher 4's default (256,000), which every real
#: vault uses. Only the test suite lowers it, so that thousands of test vaults do not each pay for
#: key derivation; a vault made with another count opens only with that same count.
kdf_iterations: int | None = None


def sql_literal(key: str) -> str:
    return "'" + key.replace("'", "''") + "'"


def key_statements(key: str) -> list[str]:
    """What keys a new SQLCipher connection, in order, before its first read."""
    statements = [f"PRAGMA key = {sql_literal(key)}"]
    if kdf_iterations is not None:
        statements.append(f"PRAGMA kdf_iter = {int(kdf_iterations)}")
    return statements
