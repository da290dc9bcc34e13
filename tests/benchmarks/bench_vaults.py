"""The benchmark vaults S, M and L: demo practices of three sizes, built once and cached.

Every vault also holds the same two *probe* clients, copied row for row from small demo vaults:
`P10K` with 10,000 cases (the case list and the largest client shown) and `P1K` whose report
year has about 1,000 cases (the annual report). Because the probes are identical in S, M and L,
a per-client operation measured on S and on L differs only in how much *other* clients' data the
vault holds: exactly what scale independence asks.

Cached files live under `tests/_artifacts/bench_vaults/`, named by size and a key made of the
specs, the schema revision and `BUILD_VERSION`; a stale file of the same size is removed.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select, text

from vp_desktop.services.demo.practice_vault import DemoSpec, create_demo_vault
from vp_desktop.store import migrations
from vp_desktop.store.lock import lock_path_for
from vp_desktop.store.models import Base, Client
from vp_desktop.store.vault import Vault

PASSPHRASE = "paarse fiets langs de gracht"
CACHE = Path(__file__).resolve().parents[1] / "_artifacts" / "bench_vaults"
# Raise when the way vaults are built changes, so cached files are rebuilt.
BUILD_VERSION = 1
TODAY = dt.date(2026, 6, 30)
REPORT_YEAR = TODAY.year - 1


@dataclass(frozen=True, slots=True)
class Probe:
    code: str
    name: str
    spec: DemoSpec


PROBES = (
    Probe(
        "P10K", "Proefklant tienduizend", DemoSpec(seed=10, clients=1, cases=10_000, today=TODAY)
    ),
    # 2024 and 2025 are whole years, 2026 half: 2,300 cases give about 1,000 handled in 2025.
    Probe("P1K", "Proefklant duizend", DemoSpec(seed=11, clients=1, cases=2_300, today=TODAY)),
)
LIST_PROBE, REPORT_PROBE = (probe.code for probe in PROBES)

SIZES = {
    "S": DemoSpec(seed=1, clients=10, cases=2_000, today=TODAY),
    "M": DemoSpec(seed=2, clients=50, cases=20_000, today=TODAY, contacts_per_case=5.0),
    "L": DemoSpec(seed=3, clients=200, cases=100_000, today=TODAY, contacts_per_case=5.0),
}

# Copied from a probe vault: every column except the ones remapped below.
_REMAPPED = {"id", "client_id", "case_id"}


def cache_key(size: str) -> str:
    parts = (BUILD_VERSION, SIZES[size], PROBES, migrations.head_revision())
    return hashlib.sha256(repr(parts).encode()).hexdigest()[:12]


def vault_path(size: str) -> Path:
    """The cached vault of `size`, built first when it is missing or stale."""
    path = CACHE / f"bench-{size}-{cache_key(size)}.vpvault"
    if not path.exists():
        CACHE.mkdir(parents=True, exist_ok=True)
        for stale in CACHE.glob(f"bench-{size}-*"):
            stale.unlink()
        _build(size, path)
    return path


def client_id(vault: Vault, code: str) -> int:
    """The id of a client (a probe) in an open vault."""
    with vault.session() as session:
        found = session.scalar(select(Client.id).where(Client.code == code))
    assert found is not None, code
    return found


def _progress(label: str) -> Any:
    started = time.perf_counter()
    last = [0.0]

    def report(done: int, total: int) -> None:
        now = time.perf_counter()
        if done in (0, total) or now - last[0] > 2:
            last[0] = now
            print(f"  {label}: {done:,}/{total:,} cases ({now - started:.0f} s)", flush=True)

    return report


def _build(size: str, path: Path) -> None:
    print(f"\nBuilding benchmark vault {size} (once; cached in {CACHE}) …", flush=True)
    started = time.perf_counter()
    part = path.with_name(path.name + ".part")
    _remove(part)
    try:
        create_demo_vault(part, PASSPHRASE, SIZES[size], progress=_progress(size))
        for probe in PROBES:
            _add_probe(part, probe)
        for suffix in ("-wal", "-shm"):
            _remove(Path(f"{part}{suffix}"))
        _remove(lock_path_for(part))
        part.rename(path)
    except BaseException:
        _remove(part)
        _remove(lock_path_for(part))
        raise
    megabytes = path.stat().st_size / 1e6
    print(
        f"  {size} ready: {megabytes:.0f} MB in {time.perf_counter() - started:.0f} s", flush=True
    )


def _probe_source(probe: Probe) -> Path:
    parts = (BUILD_VERSION, probe.spec, migrations.head_revision())
    key = hashlib.sha256(repr(parts).encode()).hexdigest()[:12]
    path = CACHE / f"probe-{probe.code}-{key}.vpvault"
    if not path.exists():
        for stale in CACHE.glob(f"probe-{probe.code}-*"):
            stale.unlink()
        part = path.with_name(path.name + ".part")
        create_demo_vault(part, PASSPHRASE, probe.spec, progress=_progress(probe.code))
        _remove(lock_path_for(part))
        part.rename(path)
    return path


def _columns(table: str) -> list[str]:
    return [c.name for c in Base.metadata.tables[table].columns if c.name not in _REMAPPED]


def _add_probe(path: Path, probe: Probe) -> None:
    """Copy the single client of a probe vault into the vault at `path`, under a new code.

    Ids are shifted past the target's own, so the copy never collides; the notes triggers fill
    the full-text index as for any insert.
    """
    source = _probe_source(probe)
    vault = Vault.open(path, PASSPHRASE)
    try:
        with vault.engine.connect() as conn:
            raw: Any = conn.connection.driver_connection
            raw.execute("ATTACH DATABASE ? AS probe KEY ?", (str(source), PASSPHRASE))
            try:
                with conn.begin():
                    _copy_probe_rows(conn, probe)
                    conn.exec_driver_sql("ANALYZE")
            finally:
                raw.execute("DETACH DATABASE probe")
    finally:
        vault.close()


def _copy_probe_rows(conn: Any, probe: Probe) -> None:
    def run(sql: str, **params: Any) -> Any:
        return conn.execute(text(sql), params)

    client_columns = [c for c in _columns("clients") if c not in ("code", "name")]
    listed = ", ".join(client_columns)
    client_id = run(
        f"INSERT INTO clients (code, name, {listed}) "
        f"SELECT :code, :name, {listed} FROM probe.clients RETURNING id",
        code=probe.code,
        name=probe.name,
    ).scalar_one()
    case_shift = run("SELECT coalesce(max(id), 0) FROM cases").scalar_one()
    contact_shift = run("SELECT coalesce(max(id), 0) FROM contacts").scalar_one()
    consent_shift = run("SELECT coalesce(max(id), 0) FROM consents").scalar_one()

    case_columns = ", ".join(_columns("cases"))
    run(
        f"INSERT INTO cases (id, client_id, {case_columns}) "
        f"SELECT id + :shift, :client, {case_columns} FROM probe.cases",
        shift=case_shift,
        client=client_id,
    )
    run(
        "INSERT INTO case_codes (case_id, vocabulary, code) "
        "SELECT case_id + :shift, vocabulary, code FROM probe.case_codes",
        shift=case_shift,
    )
    consent_columns = ", ".join(_columns("consents"))
    run(
        f"INSERT INTO consents (id, case_id, {consent_columns}) "
        f"SELECT id + :id_shift, case_id + :shift, {consent_columns} FROM probe.consents",
        id_shift=consent_shift,
        shift=case_shift,
    )
    contact_columns = ", ".join(_columns("contacts"))
    run(
        f"INSERT INTO contacts (id, case_id, client_id, {contact_columns}) "
        f"SELECT id + :id_shift, case_id + :shift, :client, {contact_columns} "
        "FROM probe.contacts",
        id_shift=contact_shift,
        shift=case_shift,
        client=client_id,
    )
    for table in ("activities", "report_texts"):
        columns = ", ".join(_columns(table))
        run(
            f"INSERT INTO {table} (client_id, {columns}) "
            f"SELECT :client, {columns} FROM probe.{table}",
            client=client_id,
        )


def _remove(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        path.unlink()
