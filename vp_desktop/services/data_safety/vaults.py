"""Creating and opening the adviser's vault with the practice's rules on passphrases."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from sqlalchemy import select

from vp_desktop import app_dirs
from vp_desktop.domain.passphrase import assess
from vp_desktop.services import audit, settings
from vp_desktop.services.errors import Checker
from vp_desktop.store.models import Client
from vp_desktop.store.vault import Vault


def personal_words(vault: Vault) -> list[str]:
    """What an attacker of this vault would try first: the adviser's and practice's names and the
    names and codes of the client organisations (fed to the strength estimate)."""
    with vault.session() as session:
        profile = settings.load(session)
        names = session.execute(select(Client.name, Client.code)).all()
    words = [profile.adviser_name, profile.practice_name]
    words += [word for row in names for word in row]
    return [w for w in words if w]


def check_new_passphrase(
    passphrase: str, repeated: str | None = None, personal: Sequence[str] = ()
) -> None:
    """Raise ValidationError (field `passphrase`) for a weak or mistyped new passphrase."""
    check = Checker()
    for code in assess(passphrase, personal).problems:
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
    check_new_passphrase(new_passphrase, repeated, personal_words(vault))
    vault.rekey(new_passphrase)
    with vault.transaction() as session:
        audit.record(session, "passphrase_changed")


def default_vault_path() -> Path:
    """The platform's local per-user data folder (never a roaming profile)."""
    return app_dirs.default_vault_path()
