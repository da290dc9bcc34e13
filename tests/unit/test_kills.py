"""SIGKILL at random moments of every write the adviser starts: passphrase change, purge and its
wipe, restore, import, offboarding, backup, XLSX export and the schema update at open.

A fork server imports VP Desktop once and forks one child per round. The child prepares (opens
the vault, reads the file to import …), says "ready", and only then does the operation; the test
kills it after a random delay within the operation's measured length (one uninterrupted run per
operation first), so the kills land while it works, whatever the machine's speed. The server
reaps the child only when the test says so, so a kill never reaches a reused process id.

After every kill: the vault opens with exactly one passphrase, passes the full integrity check
and holds the state from before or after the operation, never a mix; no plaintext `.part` is left
once the next start has cleaned up, and nothing was ever written to the temporary folder.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
import zipfile
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from tests.conftest import PASSPHRASE, add_client_with_cases
from tests.fixtures.make_fixture_vaults import FIXTURE_PASSPHRASE
from tests.support.sqlcipher_pages import plaintext_of_vault
from vp_desktop.services import safe_files
from vp_desktop.services.clients import clients
from vp_desktop.services.data_safety import backup, restore_recovery
from vp_desktop.store import errors, migrations, side_files
from vp_desktop.store.models import Case, Client
from vp_desktop.store.vault import Vault

# The children are other processes, which derive keys as SQLCipher does; so does this module.
pytestmark = pytest.mark.real_kdf

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures"
NEW_PASSPHRASE = "een geheel nieuwe wachtzin voor later"
ROUNDS = 8

FORK_SERVER = r"""
import json
import os
import sys
import time
from pathlib import Path

from vp_desktop.services import caseload_io

from vp_desktop.services.data_safety import backup

from vp_desktop.services.clients import clients

from vp_desktop.services.data_safety import offboarding

from vp_desktop.services.data_safety import retention

from vp_desktop.services.data_safety import vaults
from vp_desktop.store.vault import Vault


def say(text):
    # One write per line: the server and its child share the pipe, and a line written in one
    # go (shorter than PIPE_BUF) is never interleaved with the other's.
    os.write(1, (text + "\n").encode())


AIMS = {
    "rekey": ("vp_desktop.store.side_files", "mark_passphrase_change"),
    "purge": ("vp_desktop.store.wipe", "wipe_free_space"),
    "restore": ("vp_desktop.services.data_safety.backup", "_move_aside"),
    "import": ("vp_desktop.services.caseload_io.importer", "_write_chunk"),
    "offboard": ("vp_desktop.services.data_safety.retention", "wipe_free_space"),
    "backup": ("vp_desktop.services.data_safety.backup", "_verify_copy"),
    "export": ("vp_desktop.services.caseload_io.exporter", "_write_xlsx"),
    "migrate": ("vp_desktop.store.migrations", "upgrade"),
}


def aim_at(op, aimed):
    # Says "aim" as the step where a kill hurts most begins (test code only).
    import importlib

    module_name, name = AIMS[op]
    module = importlib.import_module(module_name)
    real = getattr(module, name)

    def announced(*args, **kwargs):
        if op != "restore" or not aimed:
            say("aim")
            return real(*args, **kwargs)
        # Between the restore's two renames (microseconds apart): the child is held there, as
        # a busy machine may deschedule it, so the kill lands in between.
        result = real(*args, **kwargs)
        say("aim")
        time.sleep(1)
        return result

    setattr(module, name, announced)


def run(op, a):
    aim_at(op, a.get("aimed") == "yes")
    if op == "migrate":
        say("ready")
        Vault.open(Path(a["vault"]), a["passphrase"]).close()
        return
    if op == "restore":
        say("ready")
        with backup.prepare_restore(Path(a["backup"]), Path(a["vault"]), a["passphrase"]) as p:
            p.commit()  # as the restore command and the restore dialog do
        return
    vault = Vault.open(Path(a["vault"]), a["passphrase"])
    if op == "import":
        table = caseload_io.read_caseload(Path(a["file"]))
    if op == "offboard":
        with vault.session() as s:
            client_id = clients.get_client_by_code(s, "ACME").id
    say("ready")
    if op == "rekey":
        vaults.change_passphrase(vault, a["new"], a["new"])
    elif op == "purge":
        retention.purge_due(vault)
    elif op == "import":
        with vault.transaction() as s:
            caseload_io.import_caseload(s, table, create_clients=True)
    elif op == "offboard":
        offboarding.offboard_client(vault, client_id, Path(a["folder"]), "ACME")
    elif op == "backup":
        backup.make_backup(vault, Path(a["target"]), a["passphrase"])
    elif op == "export":
        with vault.transaction() as s:
            caseload_io.export_caseload(
                s, Path(a["target"]), client_id=None, fmt="xlsx", with_identifying=True
            )
    vault.close()


for line in sys.stdin:
    op, raw = line.split(" ", 1)
    pid = os.fork()
    if pid == 0:
        code = 1
        try:
            run(op, json.loads(raw))
            say("done")
            code = 0
        except BaseException as exc:
            say("error " + type(exc).__name__ + ": " + str(exc).replace("\n", " ")[:300])
        finally:
            os._exit(code)
    say(f"child {pid}")
    sys.stdin.readline()  # "reap": the test has killed the child, or let it finish
    os.waitpid(pid, 0)
    say("reaped")
"""


class ForkServer:
    def __init__(self, tmpdir: Path) -> None:
        env = {**os.environ, "PYTHONPATH": str(ROOT), "TMPDIR": str(tmpdir)}
        self.process = subprocess.Popen(
            [sys.executable, "-c", FORK_SERVER],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=env,
            cwd=ROOT,
        )

    def _line(self) -> str:
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        assert line, "the fork server ended"
        return line.rstrip("\n")

    def round(
        self, op: str, args: dict[str, str], delay: float | None, *, aimed: bool = False
    ) -> tuple[str, float]:
        """Run `op` in a child; kill it `delay` seconds after it said ready, or after it said it
        reached the aimed step (None: let it end). Returns the outcome ("killed", "done" or
        "error …") and the seconds from ready to the end."""
        assert self.process.stdin is not None
        sent = {**args, "aimed": "yes" if aimed else "no"}
        self.process.stdin.write(f"{op} {json.dumps(sent)}\n")
        self.process.stdin.flush()
        # The server's "child <pid>" and the child's "ready" come in either order.
        first, second = sorted([self._line(), self._line()])
        assert first.startswith("child ") and second == "ready", (first, second)
        pid = int(first.split()[1])
        started = time.monotonic()
        finished = ""
        if aimed:
            while (line := self._line()) == "ready":
                pass
            if line != "aim":
                finished = line  # ended without reaching the step
        if delay is not None and not finished:
            time.sleep(delay)
            os.kill(pid, signal.SIGKILL)  # not reaped yet: the id is still this child's
        self.process.stdin.write("reap\n")
        self.process.stdin.flush()
        outcome = finished or ("killed" if delay is not None else "")
        elapsed = 0.0
        while (line := self._line()) != "reaped":
            if line != "aim":
                outcome = line  # it ended (before the kill, if there was one)
                elapsed = time.monotonic() - started
        return outcome, elapsed or time.monotonic() - started

    def close(self) -> None:
        self.process.kill()
        self.process.wait()


@pytest.fixture(scope="module")
def templates(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("templates")
    practice = folder / "practice.vpvault"
    with Vault.create(practice, PASSPHRASE) as vault:
        add_client_with_cases(vault, closed_long_ago=20, still_open=20)
        with vault.transaction() as s:
            clients.create_client(s, clients.ClientData(code="BETA", name="Beta"))
        backup.make_backup(vault, folder / "backup.vpvault", PASSPHRASE)
        add_client_with_cases_beta(vault)
    rows = [
        f"NIEUW;;{1 + i % 28:02d}-{1 + i % 12:02d}-2025;;integrity;fraude;;1;30"
        for i in range(3000)
    ]
    header = "client;case_number;opened;closed;track;categories;outcome;contacts;minutes"
    (folder / "import.csv").write_text("\n".join([header, *rows]), encoding="utf-8")
    return {
        "practice": practice,
        "backup": folder / "backup.vpvault",
        "import": folder / "import.csv",
        "old": FIXTURES / "vault_rev0001.vpvault",
    }


def add_client_with_cases_beta(vault: Vault) -> None:
    """After the backup: the vault then differs from it (the restore's before and after)."""
    with vault.transaction() as s:
        clients.create_client(s, clients.ClientData(code="GAMMA", name="Gamma"))


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[ForkServer, Path]]:
    tmpdir = tmp_path_factory.mktemp("watched-tmpdir")
    fork_server = ForkServer(tmpdir)
    yield fork_server, tmpdir
    fork_server.close()


def _codes(path: Path, passphrase: str = PASSPHRASE) -> set[str]:
    with Vault.open(path, passphrase) as vault:
        assert vault.integrity_problems(full=True) == []
        with vault.session() as s:
            return set(s.scalars(select(Client.code)))


def _count(path: Path, passphrase: str = PASSPHRASE) -> int:
    with Vault.open(path, passphrase) as vault, vault.session() as s:
        return s.scalar(select(func.count()).select_from(Case)) or 0


def _no_stranded_plaintext(folder: Path) -> None:
    safe_files.remove_stranded_writes()  # what the next start does
    assert [p.name for p in folder.rglob("*.part")] == []


# -- what each operation must leave behind, killed or not ---------------------------------------


def check_rekey(work: Path, outcome: str) -> str:
    path = work / "v.vpvault"
    opens = []
    for candidate in (PASSPHRASE, NEW_PASSPHRASE):
        try:
            Vault.open(path, candidate).close()
            opens.append(candidate)
        except errors.WrongPassphrase as wrong:
            if candidate == PASSPHRASE and outcome == "killed":
                # The typed (old) one fails after the change committed: the adviser hears of it.
                assert isinstance(wrong, errors.WrongPassphraseAfterChange)
    assert len(opens) == 1, opens
    _codes(path, opens[0])
    return "new passphrase" if opens[0] == NEW_PASSPHRASE else "old passphrase"


def check_purge(work: Path, outcome: str) -> str:
    path = work / "v.vpvault"
    with Vault.open(path, PASSPHRASE) as vault, vault.session() as s:
        purged = s.scalar(select(func.count()).select_from(Case).where(Case.purged_at.is_not(None)))
    assert purged in (0, 20), purged  # all or nothing
    Vault.open(path, PASSPHRASE).close()  # a pending wipe is finished by now
    text_left = b"Iemand" in plaintext_of_vault(path, PASSPHRASE)
    assert text_left == (purged == 0)
    return "purged and wiped" if purged else "nothing purged"


def check_restore(work: Path, outcome: str) -> str:
    path = work / "v.vpvault"
    try:
        codes = _codes(path)
        state = "restored" if "GAMMA" not in codes else "vault as before"
    except errors.RestoreInterrupted:
        restore_recovery.finish_interrupted_restore(path)
        codes = _codes(path)
        state = "interrupted, finished"
    assert codes in ({"ACME", "BETA"}, {"ACME", "BETA", "GAMMA"})
    assert not side_files.staged_restore_path(path).exists()
    return state


def check_import(work: Path, outcome: str) -> str:
    count = _count(work / "v.vpvault")
    assert count in (40, 3040), count
    return "imported" if count == 3040 else "nothing imported"


def check_offboard(work: Path, outcome: str) -> str:
    codes = _codes(work / "v.vpvault")
    _no_stranded_plaintext(work)
    if "ACME" in codes:
        assert _count(work / "v.vpvault") == 40
        return "client kept"
    exported = list((work / "out").rglob("*"))
    assert any(p.name.startswith("casussen-ACME") for p in exported), exported
    return "exported and deleted"


def check_backup(work: Path, outcome: str) -> str:
    _no_stranded_plaintext(work)
    _codes(work / "v.vpvault")
    target = work / "usb" / "b.vpvault"
    if not target.exists():
        return "no backup"
    assert _codes(target) == {"ACME", "BETA", "GAMMA"}
    return "verified backup"


def check_export(work: Path, outcome: str) -> str:
    _no_stranded_plaintext(work)
    target = work / "export.xlsx"
    if not target.exists():
        return "no file"
    with zipfile.ZipFile(target) as archive:
        assert archive.testzip() is None
    return "complete file"


def check_migrate(work: Path, outcome: str) -> str:
    path = work / "v.vpvault"
    with Vault.open(path, FIXTURE_PASSPHRASE) as vault:
        assert vault.schema_revision() == migrations.head_revision()
        assert vault.integrity_problems(full=True) == []
    assert not side_files.update_copy_path(path).exists()
    return "updated at the next open"


Setup = Callable[[Path, dict[str, Path]], dict[str, str]]


def _practice(work: Path, t: dict[str, Path]) -> dict[str, str]:
    shutil.copyfile(t["practice"], work / "v.vpvault")
    return {"vault": str(work / "v.vpvault"), "passphrase": PASSPHRASE}


OPERATIONS: dict[str, tuple[Setup, Callable[[Path, str], str]]] = {
    "rekey": (lambda w, t: {**_practice(w, t), "new": NEW_PASSPHRASE}, check_rekey),
    "purge": (_practice, check_purge),
    "restore": (lambda w, t: {**_practice(w, t), "backup": str(t["backup"])}, check_restore),
    "import": (lambda w, t: {**_practice(w, t), "file": str(t["import"])}, check_import),
    "offboard": (
        lambda w, t: {**_practice(w, t), "folder": str(_mkdir(w / "out"))},
        check_offboard,
    ),
    "backup": (
        lambda w, t: {**_practice(w, t), "target": str(_mkdir(w / "usb") / "b.vpvault")},
        check_backup,
    ),
    "export": (lambda w, t: {**_practice(w, t), "target": str(w / "export.xlsx")}, check_export),
    "migrate": (
        lambda w, t: _copy_old(w, t),
        check_migrate,
    ),
}


def _mkdir(path: Path) -> Path:
    path.mkdir()
    return path


def _copy_old(work: Path, t: dict[str, Path]) -> dict[str, str]:
    shutil.copyfile(t["old"], work / "v.vpvault")
    return {"vault": str(work / "v.vpvault"), "passphrase": FIXTURE_PASSPHRASE}


@pytest.mark.slow
@pytest.mark.real_kdf  # the children open the vaults the way the app does
@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
@pytest.mark.parametrize("op", list(OPERATIONS))
def test_a_kill_at_any_moment_loses_nothing_and_leaks_nothing(
    op: str,
    templates: dict[str, Path],
    server: tuple[ForkServer, Path],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    fork_server, watched_tmpdir = server
    setup, check = OPERATIONS[op]
    rng = random.Random(f"kills-{op}")

    def one_round(n: int, delay: float | None, aimed: bool = False) -> tuple[str, float, str]:
        work = _mkdir(tmp_path / f"round-{n}")
        outcome, elapsed = fork_server.round(op, setup(work, templates), delay, aimed=aimed)
        assert not outcome.startswith("error"), outcome
        assert list(watched_tmpdir.iterdir()) == [], "something was written to the temp folder"
        return outcome, elapsed, check(work, outcome)

    lengths = []
    for n in (0, 1):  # uninterrupted: how long the operation takes here, now
        outcome, length, state = one_round(n, None)
        assert outcome == "done"
        lengths.append(length)
    length = min(lengths)
    results: Counter[tuple[str, str]] = Counter()
    for n in range(2, ROUNDS + 2):
        # Half the kills at any moment; half aimed, a few milliseconds into the step where a
        # kill hurts most (the rekey, the wipe, the renames, the writes, the update).
        if n % 2:
            outcome, elapsed, state = one_round(n, rng.uniform(0, length))
        else:
            outcome, elapsed, state = one_round(n, rng.uniform(0, 0.02), aimed=True)
        results[(outcome, state)] += 1
        if outcome == "done" and n % 2:  # quicker this time: aim within what it takes now
            length = min(length, elapsed)
    kills = sum(count for (outcome, _), count in results.items() if outcome == "killed")
    with capsys.disabled():
        summary = ", ".join(f"{o}/{s}: {c}" for (o, s), c in sorted(results.items()))
        print(f"\n{op}: {length:.2f} s uninterrupted; {summary}")
    assert kills >= ROUNDS // 2, results  # most kills landed while it worked
