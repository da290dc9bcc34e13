"""The periods of professional-development rule sets: a rule set's year or cycle that contains a
date, and the cap years inside it (calendar years, or years counted from the period's start)."""

from __future__ import annotations

import calendar
from datetime import date

from vp_desktop.domain.pe_rule_sets import RuleSet


def anniversary(start: date, years: int) -> date:
    """`start` moved `years` calendar years on; 29 February becomes 1 March in a non-leap year."""
    year = start.year + years
    if start.month == 2 and start.day == 29 and not calendar.isleap(year):
        return date(year, 3, 1)
    return date(year, start.month, start.day)


def period_bounds(rule_set: RuleSet, cycle_start: date, on: date) -> tuple[date, date]:
    """The period of `rule_set` that contains `on`, as (first day, last day), both inclusive.

    Yearly rule sets: the calendar year of `on` (`cycle_start` is ignored). Cycle rule sets: the
    cycle (see the module docstring) that contains `on`; the first cycle when `on` lies before
    `cycle_start`.
    """
    if rule_set.period == "year":
        return date(on.year, 1, 1), date(on.year, 12, 31)
    n = rule_set.cycle_years
    k = max(0, (on.year - cycle_start.year) // n)
    while k > 0 and anniversary(cycle_start, k * n) > on:
        k -= 1
    start = anniversary(cycle_start, k * n)
    end = date.fromordinal(anniversary(cycle_start, (k + 1) * n).toordinal() - 1)
    return start, end


def cap_year_start(rule_set: RuleSet, period_start: date, on: date) -> date:
    """The first day of the cap year of `on`: a calendar year, or a year counted from the start
    of the period (a cycle from 1 September has cap years from 1 September to 31 August)."""
    if rule_set.period == "year" or rule_set.cap_year == "calendar_year":
        return date(on.year, 1, 1)
    k = max(0, on.year - period_start.year)
    while k > 0 and anniversary(period_start, k) > on:
        k -= 1
    return anniversary(period_start, k)


def cap_year_end(rule_set: RuleSet, period_start: date, first: date) -> date:
    """The last day of the cap year that begins on `first`."""
    if rule_set.period == "year" or rule_set.cap_year == "calendar_year":
        return date(first.year, 12, 31)
    k = first.year - period_start.year
    return date.fromordinal(anniversary(period_start, k + 1).toordinal() - 1)
