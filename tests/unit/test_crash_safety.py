"""Crash safety: a writer killed with SIGKILL at random moments never costs a reported commit.

A helper process imports VP Desktop once and forks one writer per round (so fifty rounds stay
quick). The writer saves cases and contacts in a loop and prints each id once its commit returned;
once it says it has opened the vault, the test kills it at a random moment, then opens the vault,
runs the full integrity check and looks up every id the writer reported.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.conftest import PASSPHRASE
from vp_desktop.services.clients import clients
from vp_desktop.store import keys as store_keys
from vp_desktop.store.models import Case, Contact
from vp_desktop.store.vault import Vault

ROUNDS = 50
ROOT = Path(__file__).resolve().parents[2]

FORK_SERVER = r"""
import datetime as dt
import os
import sys
from pathlib import Path

from vp_desktop.services.casework import cases

from vp_desktop.services.clients import clients

from vp_desktop.services.casework import contacts
from vp_desktop.store import keys
from vp_desktop.store.vault import Vault

path = Path(sys.argv[1])
if sys.argv[2:] and sys.argv[2]:
    keys.kdf_iterations = int(sys.argv[2])  # the test's own key derivation
passphrase = sys.stdin.readline().rstrip("\n")


def say(text: str) -> None:
    # One write per line: the server and its writer share the pipe; a short line written in
    # one go is never interleaved with the other's.
    os.write(1, (text + "\n").encode())


def write_forever() -> None:
    vault = Vault.open(path, passphrase)
    with vault.session() as s:
        client_id = clients.get_client_by_code(s, "ACME").id
    say("open")  # the kill clock starts only now
    day = dt.date(2026, 1, 5)
    n = 0
    while True:
        n += 1
        with vault.transaction() as s:
            data = cases.CaseData(
                opened_on=day, track="integrity", categories=["fraud"], notes=f"ronde {n} " * 40
            )
            case_id = cases.create_case(s, client_id, data).id
        say(f"case {case_id}")
        with vault.transaction() as s:
            note = contacts.ContactData(day, 30, "phone", f"gesprek {n} " * 40)
            contact_id = contacts.add_contact(s, client_id, case_id, note).id
        say(f"contact {contact_id}")


for _ in sys.stdin:
    pid = os.fork()
    if pid == 0:
        try:
            write_forever()
        finally:
            os._exit(1)
    say(f"writer {pid}")
    os.waitpid(pid, 0)
    say("reaped")
"""


def _read_round(server: subprocess.Popen[str], rng: random.Random) -> tuple[set[int], set[int]]:
    """Start one writer, kill it at a random moment, return the ids it reported committed."""
    assert server.stdin is not None and server.stdout is not None
    server.stdin.write("go\n")
    server.stdin.flush()
    # The server's "writer <pid>" and the writer's "open" (it has opened the vault: the key
    # derivation alone can take longer than the kill window on a loaded machine) come in either
    # order; the kill clock starts when both are in.
    lines = sorted([server.stdout.readline().split(), server.stdout.readline().split()])
    assert lines[0] == ["open"] and lines[1][0] == "writer", lines
    time.sleep(rng.uniform(0.0, 0.3))
    os.kill(int(lines[1][1]), signal.SIGKILL)
    case_ids: set[int] = set()
    contact_ids: set[int] = set()
    while (line := server.stdout.readline()) != "reaped\n":
        assert line, "the fork server ended"
        kind, number = line.split()
        (case_ids if kind == "case" else contact_ids).add(int(number))
    return case_ids, contact_ids


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
def test_killed_writers_never_lose_a_reported_commit(vault: Vault, vault_path: Path) -> None:
    with vault.transaction() as s:
        clients.create_client(s, clients.ClientData(code="ACME", name="Acme"))
    vault.close()
    rng = random.Random(20260601)
    reported_cases: set[int] = set()
    reported_contacts: set[int] = set()
    rounds_with_writes = 0
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    server = subprocess.Popen(
        [sys.executable, "-c", FORK_SERVER, str(vault_path), str(store_keys.kdf_iterations or "")],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
    )
    try:
        assert server.stdin is not None
        server.stdin.write(PASSPHRASE + "\n")
        for _ in range(ROUNDS):
            case_ids, contact_ids = _read_round(server, rng)
            rounds_with_writes += bool(case_ids)
            reported_cases |= case_ids
            reported_contacts |= contact_ids

            with Vault.open(vault_path, PASSPHRASE) as opened:
                assert opened.integrity_problems(full=True) == []
                with opened.session() as s:
                    stored_cases = set(s.scalars(select(Case.id)))
                    stored_contacts = set(s.scalars(select(Contact.id)))
            assert reported_cases <= stored_cases
            assert reported_contacts <= stored_contacts
    finally:
        server.kill()
        server.wait()
    # The kills landed while writing, not only while opening.
    assert rounds_with_writes >= ROUNDS // 2
    assert len(reported_cases) > ROUNDS
