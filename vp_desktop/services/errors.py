"""Errors the services raise for the user to read (validation) or for a stale reference."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from vp_desktop.domain.messages import message
from vp_desktop.domain.vocab import Lang


@dataclass(frozen=True, slots=True)
class Problem:
    field: str
    code: str
    params: dict[str, object] = dataclasses.field(default_factory=dict)

    def describe(self, lang: Lang = "nl") -> str:
        return message(self.code, lang, **self.params)


class ValidationError(ValueError):
    """One or more problems with what the adviser entered; nothing was saved."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = tuple(problems)
        super().__init__("; ".join(f"{p.field}: {p.describe('en')}" for p in problems))

    def for_field(self, name: str) -> list[Problem]:
        return [p for p in self.problems if p.field == name]

    def describe(self, lang: Lang = "nl") -> str:
        return "\n".join(p.describe(lang) for p in self.problems)


class NotFound(LookupError):
    """The item does not exist, or belongs to another client (never revealed which)."""

    def __init__(self, what: str) -> None:
        super().__init__(f"{what} not found")
        self.what = what


class Checker:
    """Collects problems so the adviser sees all of them at once."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def add(self, field_name: str, code: str, **params: object) -> None:
        self.problems.append(Problem(field_name, code, dict(params)))

    def require(self, field_name: str, value: object) -> bool:
        if value is None or (isinstance(value, str) and not value.strip()):
            self.add(field_name, "required")
            return False
        return True

    def text(self, field_name: str, value: str | None, limit: int = 20_000) -> None:
        if value is not None and len(value) > limit:
            self.add(field_name, "too_long", limit=limit)

    def raise_if_any(self) -> None:
        if self.problems:
            raise ValidationError(self.problems)
