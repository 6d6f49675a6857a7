"""Rule files: which facts make which question type, as data with a fixed contract.

A rule file has ``kind: routing-rules``. Its rules are validated here against the facts of the
contract (`routing._facts`); they are evaluated elsewhere, by durable-rules or by the built-in
evaluator, which must agree on every combination of facts.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from ._exceptions import RuleError
from ._facts import FACT_VALUES
from ._validation import validated

RULES_KIND = "routing-rules"


@dataclass(frozen=True)
class Condition:
    """``fact == value``; written in a rule file as ``fact`` (for true) or ``{fact: value}``."""

    fact: str
    value: str | bool

    def holds(self, facts: Mapping[str, object]) -> bool:
        """Whether the condition is true of `facts`."""
        return facts[self.fact] == self.value

    def __str__(self) -> str:
        return self.fact if self.value is True else f"{self.fact} = {self.value}"


@dataclass(frozen=True)
class Rule:
    """One validated rule. ``all``, ``any`` and ``none`` are the conditions of its ``when``."""

    id: str
    question_type: str
    row: int | None
    priority: int
    fallback: bool
    description: str
    file: str
    all: tuple[Condition, ...]
    any: tuple[Condition, ...]
    none: tuple[Condition, ...]

    def unmet(self, facts: Mapping[str, object]) -> list[str]:
        """Why the rule does not match `facts`, condition by condition (empty when it does)."""
        reasons = [f"{c} is not the case" for c in self.all if not c.holds(facts)]
        if self.any and not any(c.holds(facts) for c in self.any):
            reasons.append("none of " + ", ".join(str(c) for c in self.any) + " is the case")
        reasons += [f"{c} must not be the case" for c in self.none if c.holds(facts)]
        return reasons

    def matches(self, facts: Mapping[str, object]) -> bool:
        """Whether the rule matches `facts`: the reference semantics both engines follow."""
        return (
            all(c.holds(facts) for c in self.all)
            and (not self.any or any(c.holds(facts) for c in self.any))
            and not any(c.holds(facts) for c in self.none)
        )


class _WhenSpec(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", strict=True)

    all: list[str | dict[str, str | bool]] = []
    any: list[str | dict[str, str | bool]] = []
    none: list[str | dict[str, str | bool]] = []


class _RuleSpec(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", strict=True)

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    question_type: str
    row: int | None = Field(default=None, ge=1)
    # durable-rules keeps priorities in an unsigned short; stay well inside it.
    priority: int = Field(ge=0, le=9999)
    fallback: bool = False
    description: str = Field(min_length=1)
    when: _WhenSpec

    @field_validator("when")
    @classmethod
    def _has_a_condition(cls, when: _WhenSpec) -> _WhenSpec:
        if not (when.all or when.any or when.none):
            raise ValueError("needs at least one condition under all, any or none")
        return when


class _RuleFileSpec(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", strict=True)

    kind: Literal["routing-rules"]
    schema_version: Literal[1]
    rules: list[_RuleSpec]


def parse_rule_file(raw: Any, file: str) -> tuple[Rule, ...]:
    """Validate one parsed rule file and return its rules, in file order."""
    spec = validated(
        _RuleFileSpec,
        raw,
        file=file,
        known_keys="a rule has id, question_type, row, priority, fallback, description and when",
        error=RuleError,
    )
    return tuple(_rule(rule, file) for rule in spec.rules)


def _rule(spec: _RuleSpec, file: str) -> Rule:
    entry = f"rule {spec.id!r}"

    def conditions(
        part: str, items: Sequence[str | dict[str, str | bool]]
    ) -> tuple[Condition, ...]:
        return tuple(
            _condition(item, file=file, entry=entry, field=f"when.{part}[{index}]")
            for index, item in enumerate(items)
        )

    return Rule(
        id=spec.id,
        question_type=spec.question_type,
        row=spec.row,
        priority=spec.priority,
        fallback=spec.fallback,
        description=spec.description,
        file=file,
        all=conditions("all", spec.when.all),
        any=conditions("any", spec.when.any),
        none=conditions("none", spec.when.none),
    )


def _condition(
    item: str | dict[str, str | bool], *, file: str, entry: str, field: str
) -> Condition:
    value: str | bool
    if isinstance(item, str):
        fact, value = item, True
    elif len(item) == 1:
        ((fact, value),) = item.items()
    else:
        raise RuleError(
            "a condition is one fact name or one `fact: value` pair; split it into several",
            file=file,
            entry=entry,
            field=field,
        )
    if fact not in FACT_VALUES:
        raise RuleError(
            f"there is no fact {fact!r}; use one of: {', '.join(FACT_VALUES)}",
            file=file,
            entry=entry,
            field=field,
        )
    allowed = FACT_VALUES[fact]
    if value not in allowed or type(value) is not type(allowed[0]):
        shown = ", ".join(str(v).lower() if isinstance(v, bool) else str(v) for v in allowed)
        raise RuleError(
            f"the fact {fact!r} cannot be {value!r}; it is one of: {shown}",
            file=file,
            entry=entry,
            field=field,
        )
    return Condition(fact, value)
