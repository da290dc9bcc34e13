"""The adviser's professional-development standards and progress against them.

The adviser picks one or more rule-set presets (`pe_rules.PRESETS`), may edit their numbers, and
sets the date their registration cycle started; all three live in the vault settings. This module
turns those settings into ready `RuleSet`s (`load_setup`), saves a new choice after validating it
(`save_rule_set_choice`), and evaluates the logged activities: `progress` for what is running
today. The annual report's section is built in `professional_development.annual_section`.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy.orm import Session

from vp_desktop.domain.pe_rules import PRESETS, Evaluation, PeRecord, RuleSet, evaluate
from vp_desktop.services import settings as settings_service
from vp_desktop.services.errors import Checker
from vp_desktop.services.professional_development.pe import list_pe_activities
from vp_desktop.services.settings import Settings
from vp_desktop.store.models import PeActivity

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class PeSetup:
    """The rule sets the adviser chose, with their edits applied, in preset order."""

    rule_sets: tuple[RuleSet, ...]
    cycle_start: dt.date | None

    @property
    def needs_cycle_start(self) -> bool:
        """A chosen rule set runs in cycles, but no cycle start date is set yet."""
        return self.cycle_start is None and any(r.period == "cycle" for r in self.rule_sets)

    def evaluable(self) -> tuple[RuleSet, ...]:
        """The chosen rule sets that can be evaluated (cycles need a start date)."""
        return tuple(r for r in self.rule_sets if r.period == "year" or self.cycle_start)

    def of_period(self, period: str) -> tuple[RuleSet, ...]:
        return tuple(r for r in self.evaluable() if r.period == period)


# --------------------------------------------------------------------------------------------
# Setup


def rule_sets_of(settings: Settings) -> tuple[RuleSet, ...]:
    """The chosen presets with the adviser's edits applied; unknown codes are left out."""
    chosen = set(settings.pe_rule_sets)
    result: list[RuleSet] = []
    for code, preset in PRESETS.items():
        if code not in chosen:
            continue
        edited = settings.pe_custom_rules.get(code)
        if edited is None:
            result.append(preset)
            continue
        try:
            result.append(RuleSet.from_dict(edited))
        except ValueError:
            # A damaged edit must not hide the adviser's progress: fall back to the preset.
            log.warning("stored edit of PE rule set %s is invalid; using the preset", code)
            result.append(preset)
    return tuple(result)


def setup_of(settings: Settings) -> PeSetup:
    return PeSetup(rule_sets_of(settings), settings.pe_cycle_start)


def load_setup(session: Session) -> PeSetup:
    return setup_of(settings_service.load(session))


def save_rule_set_choice(
    session: Session,
    codes: Sequence[str],
    cycle_start: dt.date | None,
    edits: Mapping[str, object] | None = None,
) -> PeSetup:
    """Store which presets apply, the cycle start, and edited numbers (preset code -> the
    `RuleSet.to_dict()` form of the edited rule set).

    Edits of presets not mentioned in `edits` are kept, so unticking a preset loses nothing; an
    edit equal to its preset is dropped (that is how "reset to the preset" is saved). Raises
    `ValidationError` (fields ``rule_sets``, ``cycle_start``, ``rule_set:<code>``); nothing is
    saved then.
    """
    check = Checker()
    chosen = tuple(code for code in PRESETS if code in codes)
    for code in codes:
        if code not in PRESETS:
            check.add("rule_sets", "unknown_code", value=code)
    if not codes:
        check.add("rule_sets", "pe_rule_set_required")
    stored = dict(settings_service.load(session).pe_custom_rules)
    edited: dict[str, RuleSet] = {}
    for code, data in (edits or {}).items():
        field = f"rule_set:{code}"
        if code not in PRESETS:
            check.add(field, "unknown_code", value=code)
            continue
        try:
            rule_set = RuleSet.from_dict(data)
        except ValueError as exc:
            check.add(field, "pe_rule_set_invalid", value=str(exc))
            continue
        preset = PRESETS[code]
        if rule_set.code != code or rule_set.period != preset.period:
            check.add(field, "pe_rule_set_invalid", value=f"{rule_set.code}/{rule_set.period}")
            continue
        edited[code] = rule_set
    if cycle_start is None and any(PRESETS[c].period == "cycle" for c in chosen):
        check.add("cycle_start", "pe_cycle_start_required")
    check.raise_if_any()

    for code, rule_set in edited.items():
        if rule_set == PRESETS[code]:
            stored.pop(code, None)
        else:
            stored[code] = rule_set.to_dict()
    updated = settings_service.update(
        session, pe_rule_sets=chosen, pe_cycle_start=cycle_start, pe_custom_rules=stored
    )
    return setup_of(updated)


# --------------------------------------------------------------------------------------------
# Evaluation


def records_of(activities: Iterable[PeActivity]) -> list[PeRecord]:
    """The evaluator's view of logged activities (date, kind, minutes and accreditation)."""
    return [PeRecord(a.occurred_on, a.kind, a.minutes, a.is_accredited) for a in activities]


def evaluate_all(
    setup: PeSetup,
    rule_sets: Iterable[RuleSet],
    records: Sequence[PeRecord],
    *,
    today: dt.date,
    on: dt.date | None = None,
) -> list[Evaluation]:
    """Each rule set evaluated in its period that contains `on` (default `today`).

    Pass only evaluable rule sets (`PeSetup.evaluable`): without a cycle start, the stand-in
    date below is used, which only yearly rule sets may ignore.
    """
    cycle_start = setup.cycle_start or dt.date(today.year, 1, 1)
    return [
        evaluate(rule_set, records, cycle_start=cycle_start, today=today, on=on)
        for rule_set in rule_sets
    ]


def progress(session: Session, today: dt.date) -> list[Evaluation]:
    """Every chosen rule set in its running period: the current year, the running cycle.

    Cycle rule sets are left out while no cycle start is set (`PeSetup.needs_cycle_start`).
    """
    setup = load_setup(session)
    records = records_of(list_pe_activities(session))
    return evaluate_all(setup, setup.evaluable(), records, today=today)
