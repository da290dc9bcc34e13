"""Fixtures shared by every test: a fresh vault under tmp_path, and offscreen Qt; and a client
whose cases are long past their retention period."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Half-written files are listed per user while they are written; tests keep that list apart.
os.environ.setdefault("VP_DESKTOP_STATE_DIR", f"/tmp/vp-desktop-tests-{os.getpid()}")

from vp_desktop.services.casework import cases
from vp_desktop.services.clients import clients  # noqa: E402
from vp_desktop.store import keys as store_keys  # noqa: E402
from vp_desktop.store.vault import Vault  # noqa: E402

PASSPHRASE = "paarse fiets langs de gracht"
#: long enough ago that a case closed then is due for destruction
LONG_AGO = dt.date.today() - dt.timedelta(days=800)


#: PBKDF2 iterations for test vaults: key derivation is what a test vault costs most (75 ms per
#: connection at SQLCipher's 256,000), and only the tests marked `real_kdf` are about it.
TEST_KDF_ITERATIONS = 2


@pytest.fixture(autouse=True)
def cheap_kdf(request: pytest.FixtureRequest) -> Iterator[None]:
    """Every test opens its vaults with a cheap key derivation, except those marked `real_kdf`
    (the KDF itself, fixture vaults made with the default, and other processes such as the CLI
    run as a subprocess, which always use the default)."""
    if request.node.get_closest_marker("real_kdf") is not None:
        yield
        return
    previous = store_keys.kdf_iterations
    store_keys.kdf_iterations = TEST_KDF_ITERATIONS
    yield
    store_keys.kdf_iterations = previous


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


def add_client_with_cases(vault: Vault, *, closed_long_ago: int = 0, still_open: int = 0) -> None:
    """Client ACME with cases opened long ago: `closed_long_ago` of them due for destruction
    (with a melder's name to destroy), `still_open` of them still running."""
    with vault.transaction() as s:
        client = clients.create_client(s, clients.ClientData(code="ACME", name="Acme"))
        for _ in range(closed_long_ago):
            cases.create_case(
                s,
                client.id,
                cases.CaseData(
                    opened_on=LONG_AGO,
                    closed_on=LONG_AGO,
                    outcome="referred",
                    track="integrity",
                    categories=["fraud"],
                    melder_name="Iemand",
                ),
            )
        for _ in range(still_open):
            cases.create_case(
                s,
                client.id,
                cases.CaseData(opened_on=LONG_AGO, track="integrity", categories=["fraud"]),
            )
