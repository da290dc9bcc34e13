"""What the feature widgets of an unlocked vault share, handed to them through their constructors.

Not a registry: it holds the open vault and the prompt service, and nothing else global.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.orm import Session

from vp_desktop.services import settings as settings_service
from vp_desktop.services.settings import Settings
from vp_desktop.store.errors import VaultClosed
from vp_desktop.store.vault import Vault
from vp_desktop.ui.shared.prompts import Prompts


class Workspace:
    def __init__(self, vault: Vault | None, prompts: Prompts) -> None:
        self.vault = vault
        self.prompts = prompts

    @property
    def is_open(self) -> bool:
        return self.vault is not None and self.vault.is_open

    def session(self) -> Session:
        if self.vault is None:
            raise VaultClosed()
        return self.vault.session()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        if self.vault is None:
            raise VaultClosed()
        with self.vault.transaction() as session:
            yield session

    def settings(self) -> Settings:
        with self.session() as session:
            return settings_service.load(session)
