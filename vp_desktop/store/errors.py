"""Typed vault errors, so nobody above the store parses SQL error strings.

Each error carries a plain-English `reason` (CLI, logs) and a stable `code` the UI maps to its own
translated sentence.
"""

from __future__ import annotations


class VaultError(Exception):
    code = "vault_error"
    reason = "The vault could not be used."

    def __init__(self, reason: str | None = None) -> None:
        super().__init__(reason or self.reason)
        if reason:
            self.reason = reason


class WrongPassphrase(VaultError):
    code = "wrong_passphrase"
    reason = "The passphrase is wrong (or the file is not a VP Desktop vault)."


class NotAVault(VaultError):
    code = "not_a_vault"
    reason = "This file is not a VP Desktop vault."


class VaultCorrupt(VaultError):
    code = "corrupt"
    reason = "The vault is damaged. Restore it from a backup."


class NewerSchema(VaultError):
    code = "newer_schema"
    reason = "This vault was made by a newer version of VP Desktop. Update the app to open it."


class VaultMissing(VaultError):
    code = "missing"
    reason = "The vault file does not exist."


class VaultExists(VaultError):
    code = "exists"
    reason = "A file already exists at that location."


class LocationUnwritable(VaultError):
    code = "unwritable"
    reason = "The location cannot be written to (read-only, or no permission)."


class DiskFull(VaultError):
    code = "disk_full"
    reason = "The disk is full. Nothing new was saved; free some space and try again."


class VaultInUse(VaultError):
    code = "in_use"
    reason = "The vault is already open in another VP Desktop window or command."


class MigrationFailed(VaultError):
    code = "migration_failed"
    reason = "Updating the vault to this version failed; the vault was left as it was."


class VaultClosed(VaultError):
    code = "closed"
    reason = "The vault is locked."
