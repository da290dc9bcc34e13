"""The fictional demo practice: deterministic, shaped like a real caseload, and every record
obeys the rules the services enforce."""

from __future__ import annotations

import collections
import datetime as dt
import hashlib
import io
import sys
from collections.abc import Iterator
from pathlib import Path
from random import Random
from typing import Any

import pytest
from sqlalchemy import ColumnElement, func, select, text
from sqlalchemy.orm import Session

from tests.conftest import PASSPHRASE
from vp_desktop.cli import main
from vp_desktop.domain import pe_rules, vocab
from vp_desktop.services import settings
from vp_desktop.services.activities import activities
from vp_desktop.services.annual_report import identifiers, report_texts
from vp_desktop.services.casework import case_list, cases, contacts, search
from vp_desktop.services.clients import clients
from vp_desktop.services.demo import practice as demo_practice
from vp_desktop.services.demo import practice_vault as demo
from vp_desktop.services.demo import texts as demo_texts
from vp_desktop.services.demo.practice_vault import DemoSpec, DemoSummary, create_demo_vault
from vp_desktop.services.errors import ValidationError
from vp_desktop.services.professional_development import pe
from vp_desktop.store.models import (
    PURGEABLE_CASE_COLUMNS,
    Activity,
    Case,
    CaseCode,
    Client,
    Consent,
    Contact,
    PeActivity,
)
from vp_desktop.store.vault import Vault

TODAY = dt.date(2026, 11, 24)
SPEC = DemoSpec(seed=11, today=TODAY)
CONTENT_TABLES = (
    "settings",
    "clients",
    "cases",
    "case_codes",
    "consents",
    "contacts",
    "activities",
    "pe_activities",
    "report_texts",
)


def make_demo(path: Path, spec: DemoSpec = SPEC) -> DemoSummary:
    return create_demo_vault(path, PASSPHRASE, spec)


@pytest.fixture
def demo_vault(tmp_path: Path) -> Iterator[Vault]:
    path = tmp_path / "demo.vpvault"
    make_demo(path)
    vault = Vault.open(path, PASSPHRASE)
    yield vault
    vault.close()


@pytest.fixture
def session(demo_vault: Vault) -> Iterator[Session]:
    with demo_vault.session() as s:
        yield s
        s.rollback()  # re-validation goes through update functions: nothing may stick


def content_digest(path: Path) -> str:
    digest = hashlib.sha256()
    with Vault.open(path, PASSPHRASE) as vault, vault.engine.connect() as conn:
        for table in CONTENT_TABLES:
            # The store's own records (when the integrity check last ran) carry the clock.
            where = " WHERE key NOT LIKE 'store.%'" if table == "settings" else ""
            query = text(f"SELECT * FROM {table}{where}")
            rows = sorted(repr(tuple(row)) for row in conn.execute(query))
            digest.update(f"{table}:{len(rows)}".encode())
            for row in rows:
                digest.update(row.encode())
    return digest.hexdigest()


def counter(session: Session, sql: str) -> collections.Counter[Any]:
    return collections.Counter(dict(session.execute(text(sql)).all()))


# -- determinism ---------------------------------------------------------------------------------


def test_same_spec_gives_identical_vault_content(tmp_path: Path) -> None:
    first = make_demo(tmp_path / "a.vpvault")
    second = make_demo(tmp_path / "b.vpvault")
    other = make_demo(tmp_path / "c.vpvault", DemoSpec(seed=12, today=TODAY))

    assert first == second
    assert content_digest(tmp_path / "a.vpvault") == content_digest(tmp_path / "b.vpvault")
    assert content_digest(tmp_path / "a.vpvault") != content_digest(tmp_path / "c.vpvault")
    assert first != other


def test_summary_reads_well_and_matches_the_vault(tmp_path: Path) -> None:
    summary = make_demo(tmp_path / "d.vpvault")
    assert str(summary).startswith(f"6 clients, {summary.cases:,} cases (")
    assert "2024-2026" in str(summary)
    with Vault.open(tmp_path / "d.vpvault", PASSPHRASE) as vault, vault.session() as s:
        assert s.scalar(select(func.count()).select_from(Case)) == summary.cases
        assert s.scalar(select(func.count()).select_from(Contact)) == summary.contacts
        assert s.scalar(select(func.count()).select_from(Activity)) == summary.activities
        assert s.scalar(select(func.count()).select_from(PeActivity)) == summary.pe_activities
        open_cases = s.scalar(select(func.count()).where(Case.closed_on.is_(None)))
        purged = s.scalar(select(func.count()).where(Case.purged_at.is_not(None)))
    assert (open_cases, purged) == (summary.open_cases, summary.purged_cases)


# -- a practice a Dutch adviser recognises -------------------------------------------------------


def test_caseload_has_the_shape_of_a_real_practice(session: Session) -> None:
    categories = counter(
        session,
        "SELECT code, count(*) FROM case_codes WHERE vocabulary = 'category' GROUP BY code",
    )
    assert {c for c, _ in categories.most_common(2)} == {"intimidation", "bullying"}
    relations = counter(session, "SELECT relation, count(*) FROM cases GROUP BY relation")
    assert relations.most_common(1)[0][0] == "manager"
    tracks = counter(session, "SELECT track, count(*) FROM cases GROUP BY track")
    assert tracks["unwanted_behaviour"] > 0.7 * sum(tracks.values())
    assert tracks["integrity"] > 0 and tracks["outside_scope"] > 0

    referred = session.scalar(
        text(
            "SELECT avg(EXISTS (SELECT 1 FROM case_codes k WHERE k.case_id = c.id "
            "AND k.vocabulary = 'support' AND k.code = 'referral')) "
            "FROM cases c WHERE c.track = 'outside_scope'"
        )
    )
    assert referred is not None and referred > 0.6

    def count(*conditions: ColumnElement[bool]) -> int:
        return session.scalar(select(func.count()).select_from(Case).where(*conditions)) or 0

    total = count()
    assert 0 < count(Case.closed_on.is_(None)) < 0.25 * total
    assert count(Case.purged_at.is_not(None)) > 0
    overdue = count(Case.destroy_by <= TODAY, Case.purged_at.is_(None))
    assert overdue > 0
    assert count(Case.follow_up_on < TODAY, Case.closed_on.is_(None)) > 0
    carried_over = [
        (year, closed_on)
        for year, closed_on in session.execute(select(Case.year, Case.closed_on))
        if year < TODAY.year and (closed_on is None or closed_on.year > year)
    ]
    assert carried_over
    assert count(Case.gender.is_not(None)) > 0.8 * total
    assert count(Case.age_band.is_not(None)) > 0.8 * total
    assert (session.scalar(select(func.count()).select_from(Consent)) or 0) > 0.6 * total
    years = set(session.scalars(select(Case.year).distinct()))
    assert years == {2024, 2025, 2026}

    per_case = list(
        session.scalars(select(func.count()).select_from(Contact).group_by(Contact.case_id))
    )
    assert len(per_case) == total and min(per_case) >= 1 and max(per_case) <= 6
    assert 2.0 < sum(per_case) / total < 4.0


def test_clients_differ_in_size_sector_and_roles(session: Session) -> None:
    rows = session.scalars(select(Client).order_by(Client.id)).all()
    assert len(rows) == 6
    assert len({c.sector for c in rows}) == 6
    assert {c.size_band for c in rows} >= {"1_49", "250_999", "1000_plus"}
    assert any(c.role_integrity for c in rows) and not all(c.role_integrity for c in rows)
    assert all(c.contact_name and c.contact_email and c.contract_start for c in rows)
    # The largest organisation brings the most cases, the smallest the fewest.
    per_client = counter(session, "SELECT client_id, count(*) FROM cases GROUP BY client_id")
    largest = max(rows, key=lambda c: c.headcount or 0)
    smallest = min(rows, key=lambda c: c.headcount or 0)
    assert per_client[largest.id] == max(per_client.values())
    assert per_client[smallest.id] == min(per_client.values())


def test_profile_development_and_report_texts(session: Session) -> None:
    profile = settings.load(session)
    assert profile.registration_number == "RVP-2019-0412"
    assert profile.adviser_name and profile.practice_name
    assert profile.pe_cycle_start == dt.date(2024, 1, 1)

    records = [
        pe_rules.PeRecord(a.occurred_on, a.kind, a.minutes) for a in pe.list_pe_activities(session)
    ]
    assert {r.kind for r in records} >= {"course", "intervision", "congress", "extra"}
    last_year = pe_rules.evaluate(
        pe_rules.PRESETS["yearly"],
        records,
        cycle_start=profile.pe_cycle_start,
        today=TODAY,
        on=dt.date(2025, 6, 1),
    )
    assert last_year.complete
    intervision = last_year.progress("intervision")
    assert 4 <= intervision.sessions <= 6
    assert all(a.accreditation_number for a in pe.list_pe_activities(session) if a.kind == "course")

    with_texts = []
    for client in clients.list_clients(session):
        texts = report_texts.get_texts(session, client.id, 2025)
        if texts.introduction:
            with_texts.append(client.code)
            # The adviser's own words name nobody from any case file.
            assert identifiers.find_identifiers(session, client.id, texts) == []
    assert len(with_texts) == 2


def test_notes_are_searchable_and_purged_cases_hold_no_text(session: Session) -> None:
    hits = search.search_notes(session, "klachtenregeling")
    assert hits
    purged = set(session.scalars(select(Case.id).where(Case.purged_at.is_not(None))))
    assert purged and not purged & {h.case_id for h in search.search_notes(session, "melder")}


# -- every record obeys the rules ----------------------------------------------------------------


def test_every_code_belongs_to_its_vocabulary(session: Session) -> None:
    single = {
        "track": vocab.TRACKS,
        **cases.SINGLE_FIELDS,
    }
    for name, vocabulary in single.items():
        values = session.scalars(select(getattr(Case, name)).distinct())
        assert {v for v in values if v is not None} <= set(vocabulary.codes), name
    multi = {"category": vocab.CATEGORIES, "support": vocab.SUPPORT, "referral": vocab.REFERRALS}
    for vocabulary_key, code in session.execute(
        select(CaseCode.vocabulary, CaseCode.code).distinct()
    ):
        assert code in multi[vocabulary_key], (vocabulary_key, code)
    for column, vocabulary in (
        (Contact.mode, vocab.CONTACT_MODES),
        (Consent.kind, vocab.CONSENT_KINDS),
        (Activity.kind, vocab.ACTIVITY_KINDS),
        (PeActivity.kind, vocab.PE_KINDS),
        (Client.sector, vocab.SECTORS),
        (Client.size_band, vocab.SIZE_BANDS),
    ):
        assert set(session.scalars(select(column).distinct())) <= set(vocabulary.codes)


def test_every_record_passes_the_services_validation(session: Session) -> None:
    for summary in clients.list_clients(session):
        clients.update_client(
            session, summary.id, clients.ClientData.of(clients.get_client(session, summary.id))
        )
        for row in case_list.list_cases(session, summary.id):
            case = cases.get_case(session, summary.id, row.id)
            cases.update_case(session, summary.id, case.id, cases.CaseData.of(case), today=TODAY)
            for contact in contacts.list_contacts(session, summary.id, case.id):
                contacts.update_contact(
                    session, summary.id, contact.id, contacts.ContactData.of(contact), TODAY
                )
        for activity in activities.list_activities(session, summary.id):
            activities.update_activity(
                session, summary.id, activity.id, activities.ActivityData.of(activity)
            )
    for development in pe.list_pe_activities(session):
        pe.update_pe_activity(session, development.id, pe.PeData.of(development))
        assert development.occurred_on <= TODAY
    settings.validate(settings.load(session))


def test_every_case_keeps_the_rules_of_dates_outcomes_and_retention(session: Session) -> None:
    contract_start = dict(session.execute(select(Client.id, Client.contract_start)).all())
    for case in session.scalars(select(Case)):
        start = contract_start[case.client_id]
        assert start is not None and start <= case.opened_on <= TODAY
        assert case.year == case.opened_on.year
        tracks = {vocab.CATEGORIES.term(c).track for c in case.codes_of("category")}
        assert tracks == {case.track}
        assert case.codes_of("support")
        assert bool(case.codes_of("referral")) == ("referral" in case.codes_of("support"))
        if case.closed_on is None:
            assert case.outcome is None and case.destroy_by is None and case.purged_at is None
            end = TODAY
        else:
            assert case.opened_on <= case.closed_on <= TODAY
            assert case.outcome is not None
            assert case.destroy_by == cases.destroy_by_for(case.closed_on, 12)
            end = case.closed_on
        if case.follow_up_on is not None:
            assert case.follow_up_on >= case.opened_on
        for consent in case.consents:
            assert case.opened_on <= consent.given_on <= end
        for contact in case.contacts:
            assert case.opened_on <= contact.occurred_on <= end
            assert 30 <= contact.minutes <= 90
        if case.purged_at is not None:
            assert case.destroy_by is not None
            assert case.destroy_by <= case.purged_at.date() <= TODAY
            assert all(getattr(case, name) is None for name in PURGEABLE_CASE_COLUMNS)
            assert all(contact.notes is None for contact in case.contacts)


def test_numbers_run_from_one_per_client_and_year_in_order_of_opening(
    session: Session,
) -> None:
    numbers: dict[tuple[int, int], list[tuple[int, dt.date]]] = collections.defaultdict(list)
    for client_id, year, seq, opened_on in session.execute(
        select(Case.client_id, Case.year, Case.seq, Case.opened_on)
    ):
        numbers[client_id, year].append((seq, opened_on))
    for entries in numbers.values():
        entries.sort()
        assert [seq for seq, _ in entries] == list(range(1, len(entries) + 1))
        assert [on for _, on in entries] == sorted(on for _, on in entries)


# -- scale, options and failures -----------------------------------------------------------------


def test_scaled_demo_has_exactly_the_cases_asked_for(tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    spec = DemoSpec(seed=3, clients=10, cases=2000, today=TODAY)
    summary = create_demo_vault(
        tmp_path / "big.vpvault", PASSPHRASE, spec, progress=lambda d, t: seen.append((d, t))
    )
    assert (summary.clients, summary.cases) == (10, 2000)
    assert seen[0] == (0, 2000) and seen[-1] == (2000, 2000)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    with Vault.open(tmp_path / "big.vpvault", PASSPHRASE) as vault, vault.session() as s:
        codes = list(s.scalars(select(Client.code)))
        assert len(set(codes)) == 10
        assert all(clients.CODE_PATTERN.match(c) for c in codes)
        assert len(set(s.scalars(select(Client.name)))) == 10
        categories = counter(
            s, "SELECT code, count(*) FROM case_codes WHERE vocabulary = 'category' GROUP BY code"
        )
        assert {c for c, _ in categories.most_common(2)} == {"intimidation", "bullying"}


def test_contacts_per_case_can_be_chosen(tmp_path: Path) -> None:
    spec = DemoSpec(seed=5, clients=3, cases=300, today=TODAY, contacts_per_case=5)
    summary = create_demo_vault(tmp_path / "c.vpvault", PASSPHRASE, spec)
    assert 4.5 < summary.contacts / summary.cases < 5.5


def test_weak_passphrase_is_refused_and_leaves_no_file(tmp_path: Path) -> None:
    path = tmp_path / "weak.vpvault"
    with pytest.raises(ValidationError):
        create_demo_vault(path, "kort", SPEC)
    assert list(tmp_path.iterdir()) == []


def test_failure_halfway_leaves_no_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("disk trouble")

    monkeypatch.setattr(demo_practice, "add_pe_activities", broken)
    with pytest.raises(RuntimeError):
        create_demo_vault(tmp_path / "half.vpvault", PASSPHRASE, SPEC)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("spec", [DemoSpec(clients=0), DemoSpec(cases=-1)])
def test_impossible_specs_are_refused(vault: Vault, spec: DemoSpec) -> None:
    with vault.session() as s, pytest.raises(ValueError):
        demo.populate_demo(s, spec)


def test_cli_demo_creates_a_healthy_vault(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "cli.vpvault")
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASSPHRASE + "\n"))
    assert main(["demo", "--db", db, "--passphrase-stdin", "--seed", "7"]) == 0
    assert "Created demo vault" in capsys.readouterr().out

    monkeypatch.setattr(sys, "stdin", io.StringIO(PASSPHRASE + "\n"))
    assert main(["check", "--db", db, "--passphrase-stdin"]) == 0
    out = capsys.readouterr().out
    assert "Integrity check passed" in out
    printed = {line.split()[0]: int(line.split()[2]) for line in out.splitlines()[1:-1]}
    with Vault.open(Path(db), PASSPHRASE) as vault, vault.session() as s:
        expected = {c.code: c.total_cases for c in clients.list_clients(s)}
    assert printed == expected and len(printed) == 6


# -- signals ---------------------------------------------------------------------------------------


def test_the_first_client_shows_each_signal_and_has_advice_and_a_plan(session: Session) -> None:
    from vp_desktop.services.signals import SignalKind, client_signals
    from vp_desktop.services.signals import advice as advice_service
    from vp_desktop.services.signals import plan as plan_service
    from vp_desktop.services.signals.report_parts import plan_report

    first = clients.get_client_by_code(session, "LINDE")  # the first client of the demo
    overview = client_signals(session, first.id, TODAY.year, TODAY)
    kinds = {s.kind for s in overview.signals}
    assert {SignalKind.REPEATED_REFERENCE, SignalKind.HOTSPOT, SignalKind.RISING} <= kinds
    rising = [s for s in overview.signals if s.kind is SignalKind.RISING]
    assert "discrimination" in {s.subject for s in rising}
    (repeated,) = [s for s in overview.signals if s.kind is SignalKind.REPEATED_REFERENCE]
    assert repeated.count == 3
    assert overview.rie_on is not None and overview.mto_on is not None
    assert len(advice_service.due_follow_ups(session, TODAY)) == 2
    assert advice_service.list_advice(session, first.id)
    assert plan_service.plan_lines(session, first.id, TODAY.year + 1)
    part = plan_report(session, first.id, TODAY.year - 1, "nl", TODAY)
    assert part.done >= 1 and part.done < len(part.planned) and part.next_year
    purged_refs = session.scalar(
        select(func.count()).where(Case.purged_at.is_not(None), Case.respondent_ref.is_not(None))
    )
    assert purged_refs == 0


def test_others_involved_keep_the_tussenvoegsel_lower_case() -> None:
    rng = Random(7)
    names = [demo_texts.others_involved(rng, "Leidinggevende") for _ in range(400)]
    assert any(" van " in name or " de " in name for name in names)
    assert not any(" Van " in name or " De " in name for name in names)
