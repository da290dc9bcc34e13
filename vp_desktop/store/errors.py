"""Typed vault errors, so nobody above the store parses SQL error strings.

Each error carries a plain-English `reason` (CLI, logs) and a stable `code` the UI maps to its own
translated sentence.
"""

from __future__ import annotations

import datetime as dt
import errno


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


class WrongPassphraseAfterChange(WrongPassphrase):
    """Wrong, and the passphrase was changed recently: perhaps the change was interrupted."""

    code = "wrong_passphrase_after_change"

    def __init__(self, changed_at: dt.datetime) -> None:
        super().__init__(
            f"The passphrase is wrong. Note: the passphrase of this vault was changed on "
            f"{changed_at:%d-%m-%Y at %H:%M}; if that change may have been interrupted, "
            f"try the other passphrase (the old or the new one)."
        )
        self.changed_at = changed_at


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


class RestoreInterrupted(VaultMissing):
    """No vault at the path, but a verified restore copy and the vault it was replacing are
    there: a restore stopped between its two renames."""

    code = "restore_interrupted"
    reason = (
        "A restore was interrupted: the vault is not at its place, but the verified backup copy "
        "and the vault it was replacing are both beside it. Finish the restore "
        "(`vp-desktop restore --db FILE --finish`) or undo it (`--undo`)."
    )


class VaultExists(VaultError):
    code = "exists"
    reason = "A file already exists at that location."


class LocationUnwritable(VaultError):
    code = "unwritable"
    reason = "The location cannot be written to (read-only, or no permission)."


class FolderMissing(LocationUnwritable):
    """The chosen folder does not exist (a mistyped path, a USB stick not plugged in)."""

    code = "folder_missing"
    reason = "The folder does not exist. Choose an existing folder."


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


class VaultReplaced(VaultError):
    code = "replaced"
    reason = (
        "The vault file was moved, replaced or deleted while it was open. Nothing more is saved "
        "to it. Close VP Desktop, put the vault file back (or restore a backup) and open it again."
    )


class PassphraseNotChanged(VaultError):
    code = "passphrase_not_changed"
    reason = "The passphrase was NOT changed; the old passphrase still opens the vault."


class WipeIncomplete(VaultError):
    """The deletion is committed, but old pages may remain until the wipe finishes."""

    code = "wipe_incomplete"
    reason = (
        "The data is deleted, but wiping its traces from the vault file could not finish yet "
        "(another program is reading the vault, or the disk is full). It is finished "
        "automatically the next time the vault is opened."
    )

    def __init__(self, reason: str | None = None, *, cause: VaultError | None = None) -> None:
        if reason is None and isinstance(cause, DiskFull):
            reason = (
                "The data is deleted, but the disk is too full to wipe its traces from the vault "
                "file. Free some space: the wipe is finished the next time the vault is opened."
            )
        super().__init__(reason)
        self.cause = cause


# SQLite's primary result codes (the low byte of `sqlite_errorcode`).
_SQLITE_PERM, _SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_READONLY = 3, 5, 6, 8
_SQLITE_IOERR, _SQLITE_CORRUPT, _SQLITE_FULL, _SQLITE_CANTOPEN = 10, 11, 13, 14
_SQLITE_NOTADB = 26


def sqlite_code(exc: BaseException) -> int | None:
    """SQLite's primary result code of a driver error (wrapped by SQLAlchemy or not)."""
    orig = getattr(exc, "orig", exc)
    code = getattr(orig, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def classify(exc: BaseException) -> VaultError:
    """Turn a driver or file-system error into the vault error a user can act on, by SQLite's
    result code (or the OS errno), never by the wording of a message."""
    if isinstance(exc, VaultError):
        return exc
    orig = getattr(exc, "orig", exc)
    code = sqlite_code(exc)
    if code == _SQLITE_NOTADB:
        return WrongPassphrase()
    if code == _SQLITE_CORRUPT:
        return VaultCorrupt()
    if code == _SQLITE_FULL or getattr(orig, "errno", None) in (errno.ENOSPC, errno.EDQUOT):
        return DiskFull()
    if code in (_SQLITE_READONLY, _SQLITE_CANTOPEN, _SQLITE_PERM) or getattr(
        orig, "errno", None
    ) in (errno.EACCES, errno.EPERM, errno.EROFS):
        return LocationUnwritable()
    if code in (_SQLITE_BUSY, _SQLITE_LOCKED):
        return VaultInUse("The vault is busy (another connection holds it); try again.")
    if code == _SQLITE_IOERR:
        return VaultError("The vault could not be read or written (input/output error).")
    return VaultError(f"The vault could not be used ({type(orig).__name__}).")
