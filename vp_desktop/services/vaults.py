"""Creating and opening the adviser's vault with the practice's rules on passphrases."""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path

from vp_desktop.domain.passphrase import assess
from vp_desktop.services import audit
from vp_desktop.services.errors import Checker
from vp_desktop.store.vault import Vault


def check_new_passphrase(passphrase: str, repeated: str | None = None) -> None:
    """Raise ValidationError (field `passphrase`) for a weak or mistyped new passphrase."""
    check = Checker()
    for code in assess(passphrase).problems:
        check.add("passphrase", code)
    if repeated is not None and repeated != passphrase:
        check.add("passphrase_repeat", "passphrase_mismatch")
    check.raise_if_any()


def create_vault(path: Path, passphrase: str, repeated: str | None = None) -> Vault:
    check_new_passphrase(passphrase, repeated)
    vault = Vault.create(path, passphrase)
    with vault.transaction() as session:
        audit.record(session, "vault_created", detail=dt.date.today().isoformat())
    return vault


def change_passphrase(vault: Vault, new_passphrase: str, repeated: str | None = None) -> None:
    """Re-key the vault (and drop the pre-update copy, which the old passphrase still opens)."""
    check_new_passphrase(new_passphrase, repeated)
    vault.rekey(new_passphrase)
    with vault.transaction() as session:
        audit.record(session, "passphrase_changed")


def default_vault_path() -> Path:
    """The user's data folder, per platform conventions, without importing Qt."""
    home = Path.home()
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA", home / "AppData" / "Roaming"))
    elif sys.platform == "darwin":
        base = home / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME", home / ".local" / "share"))
    return base / "VP Desktop" / "praktijk.vpvault"
