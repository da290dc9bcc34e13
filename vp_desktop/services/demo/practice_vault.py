"""A fictional demo practice: three calendar years of an external adviser's work for several
client organisations, to explore VP Desktop without real case data.

`populate_demo` fills an open session, `create_demo_vault` creates a new vault and fills it. The
same `DemoSpec` (seed and reference date) always gives the same content. Cases with their codes,
consents and contacts are written in bulk, so even 100,000 cases take seconds rather than hours;
every record still obeys the rules the services enforce.

The parts: `demo_practice` (clients, case numbers per year, activities, development, report
texts), `demo_cases` (one realistic case at a time), `demo_bulk` (writing them), `demo_signals`
(patterns for the Signalen section, advice and jaarplan), and the content in `demo_texts`,
`demo_notes` and `demo_weights`.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import random
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.orm import Session

from vp_desktop.services import audit, settings
from vp_desktop.services.data_safety import vaults
from vp_desktop.services.demo import practice as practice
from vp_desktop.services.demo import signals as demo_signals
from vp_desktop.services.demo import texts as texts
from vp_desktop.services.demo.bulk import BulkWriter, Progress
from vp_desktop.services.demo.cases import CaseFactory
from vp_desktop.store.lock import lock_path_for


@dataclass(frozen=True, slots=True)
class DemoSpec:
    """What demo to make; the same spec gives the same practice."""

    seed: int = 2026
    clients: int = 6
    # Total cases over all clients; None gives a realistic number per client size.
    cases: int | None = None
    # Reference date; None is today. The same seed and date give identical vault content.
    today: dt.date | None = None
    # Mean contacts per case; None is realistic (1 to 6, about 3 on average).
    contacts_per_case: float | None = None


@dataclass(frozen=True, slots=True)
class DemoSummary:
    """What was made, in numbers (its text form is what the command line prints)."""

    clients: int
    cases: int
    open_cases: int
    purged_cases: int
    contacts: int
    activities: int
    pe_activities: int
    first_year: int
    last_year: int

    def __str__(self) -> str:
        return (
            f"{self.clients:,} clients, {self.cases:,} cases ({self.open_cases:,} open, "
            f"{self.purged_cases:,} purged), {self.contacts:,} contacts, "
            f"{self.activities:,} client activities, {self.pe_activities:,} development "
            f"activities, {self.first_year}-{self.last_year}"
        )


def create_demo_vault(
    path: Path,
    passphrase: str,
    spec: DemoSpec,
    *,
    repeated: str | None = None,
    progress: Progress | None = None,
) -> DemoSummary:
    """Create a new vault at `path` holding the demo practice (passphrase rules apply)."""
    path = Path(path)
    vault = vaults.create_vault(path, passphrase, repeated)
    try:
        with vault.transaction() as session:
            summary = populate_demo(session, spec, progress)
        with vault.transaction() as session:
            # Statistics for the query planner: a large demo should feel like a used vault.
            session.execute(text("ANALYZE"))
    except BaseException:
        # A half-made demo is of no use to anyone: leave no file behind.
        vault.close()
        for leftover in (
            path,
            *(Path(f"{path}{s}") for s in ("-wal", "-shm")),
            lock_path_for(path),
        ):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()
        raise
    vault.close()
    return summary


def populate_demo(
    session: Session, spec: DemoSpec, progress: Progress | None = None
) -> DemoSummary:
    """Add the demo practice to `session`: profile, clients, cases, activities, development."""
    if spec.clients < 1:
        raise ValueError("a demo needs at least one client")
    if spec.cases is not None and spec.cases < 0:
        raise ValueError("the number of cases cannot be negative")
    today = spec.today or dt.date.today()
    first_year = today.year - practice.YEARS + 1
    rng = random.Random(spec.seed)

    settings.update(session, **texts.ADVISER_PROFILE, pe_cycle_start=dt.date(first_year, 1, 1))
    retention_months = settings.load(session).retention_months
    profiles = practice.add_clients(session, rng, spec.clients, first_year, today)
    counts = practice.case_counts(rng, profiles, first_year, today, spec.cases)

    factory = CaseFactory(rng, today, retention_months, spec.contacts_per_case)
    writer = BulkWriter(session, sum(counts.values()), progress)
    for profile in profiles:
        for year in range(first_year, today.year + 1):
            window = profile.window(year, today)
            n = counts.get((profile.client_id, year), 0)
            if window is None or n == 0:
                continue
            start, end = window
            span = (end - start).days
            opened = sorted(start + dt.timedelta(days=rng.randint(0, span)) for _ in range(n))
            for seq, opened_on in enumerate(opened, start=1):
                writer.add(factory.make(profile, year, seq, opened_on))
    writer.finish()

    n_activities = practice.add_activities(session, rng, profiles, first_year, today)
    n_pe = practice.add_pe_activities(session, rng, first_year, today)
    practice.add_report_texts(session, profiles, today.year - 1)
    demo_signals.add_signals_story(session, spec.seed, profiles, today)
    settings.mark_demo_practice(session)
    audit.record(session, "demo_created", detail=f"seed {spec.seed}")
    session.flush()
    return DemoSummary(
        clients=len(profiles),
        cases=writer.cases,
        open_cases=writer.open_cases,
        purged_cases=writer.purged_cases,
        contacts=writer.contacts,
        activities=n_activities,
        pe_activities=n_pe,
        first_year=first_year,
        last_year=today.year,
    )
