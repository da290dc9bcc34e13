"""The adviser's chosen standards (with edits) and progress of the logged activities."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json

import pytest

from vp_desktop.domain.pe_rules import PRESETS
from vp_desktop.services import settings as settings_service
from vp_desktop.services.errors import ValidationError
from vp_desktop.services.professional_development import pe_progress
from vp_desktop.services.professional_development.pe import (
    PeData,
    add_pe_activity,
    delete_pe_activity,
)
from vp_desktop.store.models import Setting
from vp_desktop.store.vault import Vault

H = 60
TODAY = dt.date(2025, 7, 2)


def log(vault: Vault, on: str, kind: str, hours: float, accredited: bool = True) -> int:
    data = PeData(kind, dt.date.fromisoformat(on), round(hours * H), accredited=accredited)
    with vault.transaction() as s:
        return add_pe_activity(s, data).id


def choose(vault: Vault, codes: list[str], start: dt.date | None = None, **edits: object):
    with vault.transaction() as s:
        return pe_progress.save_rule_set_choice(s, codes, start, edits or None)


def problems(exc: pytest.ExceptionInfo[ValidationError]) -> set[tuple[str, str]]:
    return {(p.field, p.code) for p in exc.value.problems}


def test_default_setup_is_yearly_and_lvv_without_a_cycle_start(vault: Vault):
    with vault.session() as s:
        setup = pe_progress.load_setup(s)
        evaluations = pe_progress.progress(s, TODAY)
    assert [r.code for r in setup.rule_sets] == ["yearly", "lvv_cycle"]
    assert setup.needs_cycle_start
    # The cycle cannot be placed without its start date, so only the year is evaluated.
    assert [e.rule_set.code for e in evaluations] == ["yearly"]
    assert evaluations[0].period_start == dt.date(2025, 1, 1)


def test_progress_covers_the_current_year_and_the_running_cycle(vault: Vault):
    choose(vault, ["yearly", "lvv_cycle"], dt.date(2023, 9, 1))
    log(vault, "2024-12-31", "course", 6)  # last year: in the cycle, not in this year
    log(vault, "2025-03-14", "course", 2.5)
    log(vault, "2025-05-01", "intervision", 2)
    log(vault, "2027-09-01", "course", 8)  # the next cycle
    with vault.session() as s:
        year, cycle = pe_progress.progress(s, TODAY)
    assert (year.period_start, year.period_end) == (dt.date(2025, 1, 1), dt.date(2025, 12, 31))
    assert year.progress("courses").counted_minutes == 150
    assert year.progress("courses").missing_minutes == 8 * H - 150
    assert year.progress("intervision").sessions == 1
    assert (cycle.period_start, cycle.period_end) == (dt.date(2023, 9, 1), dt.date(2027, 8, 31))
    assert cycle.progress("courses").counted_minutes == 8.5 * H
    assert cycle.progress("intervision").counted_minutes == 2 * H


def test_progress_follows_edits_and_deletions(vault: Vault):
    choose(vault, ["yearly"])
    first = log(vault, "2025-02-01", "course", 4)
    log(vault, "2025-03-01", "course", 4)
    with vault.session() as s:
        assert pe_progress.progress(s, TODAY)[0].progress("courses").met
    with vault.transaction() as s:
        delete_pe_activity(s, first)
    with vault.session() as s:
        courses = pe_progress.progress(s, TODAY)[0].progress("courses")
    assert not courses.met and courses.missing_minutes == 4 * H
    # Half the year has passed: 4 of the 8 hours are expected by now, so not behind yet.
    assert not courses.behind


def test_edited_numbers_are_stored_and_applied(vault: Vault):
    edited = dataclasses.replace(
        PRESETS["yearly"],
        requirements=(
            dataclasses.replace(PRESETS["yearly"].requirements[0], min_minutes=12 * H),
            PRESETS["yearly"].requirements[1],
        ),
    )
    setup = choose(vault, ["yearly"], yearly=edited.to_dict())
    assert setup.rule_sets == (edited,)
    with vault.session() as s:
        stored = settings_service.load(s).pe_custom_rules
        assert stored["yearly"]["requirements"][0]["min_minutes"] == 12 * H
        assert pe_progress.progress(s, TODAY)[0].progress("courses").min_minutes == 12 * H


def test_resetting_to_the_preset_drops_the_edit_and_unticking_keeps_it(vault: Vault):
    edited = dataclasses.replace(PRESETS["lvv_cycle"], total_min_minutes=80 * H)
    choose(vault, ["lvv_cycle"], dt.date(2024, 1, 1), lvv_cycle=edited.to_dict())
    # Choosing only the yearly standard keeps the LVV edit for later.
    choose(vault, ["yearly"])
    with vault.session() as s:
        assert "lvv_cycle" in settings_service.load(s).pe_custom_rules
    setup = choose(vault, ["lvv_cycle"], dt.date(2024, 1, 1))
    assert setup.rule_sets[0].total_min_minutes == 80 * H
    choose(vault, ["lvv_cycle"], dt.date(2024, 1, 1), lvv_cycle=PRESETS["lvv_cycle"].to_dict())
    with vault.session() as s:
        assert settings_service.load(s).pe_custom_rules == {}


def test_invalid_choices_are_refused_and_nothing_is_saved(vault: Vault):
    broken = PRESETS["yearly"].to_dict() | {"total_min_minutes": -5}
    with pytest.raises(ValidationError) as exc:
        choose(vault, [], None)
    assert problems(exc) == {("rule_sets", "pe_rule_set_required")}
    with pytest.raises(ValidationError) as exc:
        choose(vault, ["lvv_capped", "nonsense"], None, yearly=broken)
    assert problems(exc) == {
        ("rule_sets", "unknown_code"),
        ("rule_set:yearly", "pe_rule_set_invalid"),
        ("cycle_start", "pe_cycle_start_required"),
    }
    assert "total_min_minutes" in exc.value.describe("en")
    # An edit must stay the rule set it edits (same code and period).
    renamed = PRESETS["lvv_cycle"].to_dict() | {"code": "mine"}
    with pytest.raises(ValidationError) as exc:
        choose(vault, ["lvv_cycle"], dt.date(2024, 1, 1), lvv_cycle=renamed)
    assert problems(exc) == {("rule_set:lvv_cycle", "pe_rule_set_invalid")}
    with vault.session() as s:
        assert settings_service.load(s).pe_rule_sets == ("yearly", "lvv_cycle")


def test_a_damaged_stored_edit_falls_back_to_the_preset(vault: Vault):
    with vault.transaction() as s:
        s.merge(Setting(key="pe_custom_rules", value=json.dumps({"yearly": {"code": 3}})))
    with vault.session() as s:
        assert pe_progress.load_setup(s).rule_sets[0] == PRESETS["yearly"]
