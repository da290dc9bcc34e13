"""Fixtures shared by every test: a fresh vault under tmp_path, and offscreen Qt."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from vp_desktop.store.vault import Vault  # noqa: E402

PASSPHRASE = "paarse fiets langs de gracht"


@pytest.fixture
def passphrase() -> str:
    return PASSPHRASE


@pytest.fixture
def vault_path(tmp_path: Path) -> Path:
    return tmp_path / "praktijk.vpvault"


@pytest.fixture
def vault(vault_path: Path) -> Iterator[Vault]:
    v = Vault.create(vault_path, PASSPHRASE)
    yield v
    v.close()
