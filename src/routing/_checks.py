"""``routing check``: what is wrong or doubtful in a rule base, found over every input.

The facts span a finite space (`routing._facts.fact_space`), so these are not samples: a type
that is never reached, a rule that never decides, or two types tied on one priority are found
by evaluating every combination once. Data problems are found too: contacts nobody is routed
to, lexicon words that no rule reads, example sentences the lexicon does not read as it says,
terms that look like a phrase split by `|`, and facts nobody has checked for a long time. Each
code is explained, with what to change, in docs/checks.md; the lexicon's checks are in
`routing._lexicon_checks`.
"""

from __future__ import annotations

import datetime
import itertools
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ._decide import decide
from ._engines import BuiltinEngine
from ._exceptions import DataError
from ._facts import BOOLEAN_FACTS, fact_space
from ._findings import Finding, Level, found
from ._findings import exit_code as exit_code  # the command's verbs, importable from one place
from ._findings import format_findings as format_findings
from ._lexicon_checks import lexicon_findings
from ._overlay import apply_overlay, load_overlay
from ._rulebase import RuleBase, default_data_file, default_rules_dir, load_rule_base
from ._table import UNKNOWN

#: Facts older than this many days are reported as stale by default: about two years.
MAX_AGE_DAYS = 730


def check_paths(
    data: str | os.PathLike[str] | None = None,
    rules: str | os.PathLike[str] | None = None,
    overlay: str | os.PathLike[str] | None = None,
    *,
    max_age_days: int = MAX_AGE_DAYS,
    today: datetime.date | None = None,
) -> list[Finding]:
    """Load the files (the shipped ones by default) and check them; a broken file is a finding."""
    try:
        base = load_rule_base(
            Path(data) if data is not None else default_data_file(),
            Path(rules) if rules is not None else default_rules_dir(),
        )
        if overlay is not None:
            base = apply_overlay(base, load_overlay(Path(overlay)), Path(overlay))
    except DataError as error:
        where = (error.entry, f"field {error.field!r}" if error.field else None)
        inside = ", ".join(part for part in where if part)
        return [found("error", "load_error", error.file, inside or None, error.reason)]
    return check_rule_base(base, max_age_days=max_age_days, today=today)


def check_rule_base(
    base: RuleBase, *, max_age_days: int = MAX_AGE_DAYS, today: datetime.date | None = None
) -> list[Finding]:
    """Every finding about `base`, in the order of docs/checks.md."""
    space = _Space.evaluate(base)
    return [
        *_unreachable_types(base, space),
        *_shadowed_rules(base, space),
        *_conflicts(base, space),
        *_unused_contacts(base),
        *lexicon_findings(base),
        *_stale_data(base, max_age_days, today or datetime.date.today()),
    ]


@dataclass
class _Space:
    """What every combination of facts makes of the rules, gathered in one pass."""

    primaries: set[str] = field(default_factory=set)
    matched: set[str] = field(default_factory=set)
    decided: set[str] = field(default_factory=set)
    beaten_by: dict[str, set[str]] = field(default_factory=dict)
    ties: dict[tuple[str, str], dict[str, object]] = field(default_factory=dict)

    @classmethod
    def evaluate(cls, base: RuleBase) -> _Space:
        space = cls()
        engine = BuiltinEngine(base.rules)
        for facts in fact_space():
            primary, _, hits, _ = decide(base.rules, engine.fired(facts), None)
            space.primaries.add(primary)
            specific = [rule for rule in hits if not rule.fallback]
            decider = specific[0] if specific else (hits[0] if hits else None)
            for rule in hits:
                space.matched.add(rule.id)
                if decider is rule:
                    space.decided.add(rule.id)
                elif decider is not None:
                    space.beaten_by.setdefault(rule.id, set()).add(decider.id)
            for first, second in itertools.combinations(specific, 2):
                tied = first.priority == second.priority
                if tied and first.question_type != second.question_type:
                    space.ties.setdefault((first.id, second.id), facts)
        return space


def _unreachable_types(base: RuleBase, space: _Space) -> Iterator[Finding]:
    table = base.table
    for kind in table.question_types:
        if kind in space.primaries:
            continue
        rules = [rule.id for rule in base.rules if rule.question_type == kind]
        if kind == UNKNOWN:
            message = (
                "no combination of facts leaves every rule unmatched, so no question is ever "
                "'unknown', not even one that is not about the subject; make the rules ask for "
                "on_topic"
            )
        elif not rules:
            message = (
                f"no rule routes to it, so no question is ever routed to it; add a rule with "
                f"`question_type: {kind}` to a rule file, or remove the question type"
            )
        else:
            message = (
                "no combination of facts makes it the primary type: its rules "
                f"({', '.join(rules)}) never match, or a rule of another type always comes "
                "first; give one of its rules a lower priority, or loosen its conditions"
            )
        yield found("error", "unreachable_type", table.file, f"question type {kind!r}", message)


def _shadowed_rules(base: RuleBase, space: _Space) -> Iterator[Finding]:
    order = [rule.id for rule in base.rules]
    for rule in base.rules:
        if rule.id in space.decided:
            continue
        beaters = ", ".join(sorted(space.beaten_by.get(rule.id, ()), key=order.index))
        level: Level = "warning" if rule.id in space.matched else "error"
        if level == "error":
            message = (
                "its conditions hold for no combination of facts, so it never matches; correct "
                "its `when`, or remove it"
            )
        elif rule.fallback:
            message = (
                f"is a fallback rule, but wherever it matches another rule matches too "
                f"({beaters}), so it never decides; remove it, or narrow those rules"
            )
        else:
            message = (
                f"never decides the question type: wherever it matches, a rule that comes first "
                f"matches too ({beaters}); give it a lower priority, or remove it if it only "
                "repeats them"
            )
        yield found(level, "shadowed_rule", rule.file, f"rule {rule.id!r}", message)


def _conflicts(base: RuleBase, space: _Space) -> Iterator[Finding]:
    rules = {rule.id: rule for rule in base.rules}
    for (first_id, second_id), facts in space.ties.items():
        first, second = rules[first_id], rules[second_id]
        yield found(
            "error",
            "conflict",
            first.file,
            f"rule {first.id!r}",
            (
                f"routes to {first.question_type!r} with priority {first.priority}, and rule "
                f"{second.id!r} routes to {second.question_type!r} with the same priority; both "
                f"match, for example, when {_describe(facts)}; give one of them another "
                "priority, so that the more important type comes first"
            ),
        )


def _describe(facts: dict[str, object]) -> str:
    """``asker = school, radicalisation_signal, on_topic``: a combination in rule-file terms."""
    true = [name for name in (*BOOLEAN_FACTS, "on_topic") if facts[name] is True]
    return ", ".join([f"asker = {facts['asker']}", *true])


def _unused_contacts(base: RuleBase) -> Iterator[Finding]:
    table = base.table
    routed = {route.contact.id for kind in table.question_types.values() for route in kind.routes}
    for contact in table.contacts.values():
        if contact.id not in routed and not contact.local:
            yield found(
                "warning",
                "unused_contact",
                table.file,
                f"contact {contact.id!r}",
                (
                    "no question type routes to it, so no answer ever shows it; add it to the "
                    "routes of a question type, or remove it"
                ),
            )
        elif contact.local and not contact.configured and table.municipality is not None:
            yield found(
                "warning",
                "unconfigured_contact",
                table.overlay_file,
                f"contact {contact.id!r}",
                (
                    "is a local party, but the overlay does not fill it in, so answers that "
                    "route to it show no channels; add it under contacts in the overlay"
                ),
            )


def _stale_data(base: RuleBase, max_age_days: int, today: datetime.date) -> Iterator[Finding]:
    table = base.table
    checked = [
        *((f"source {key!r}", seen) for key, seen in table.source_verification.items()),
        *(
            (f"contact {key!r}", seen)
            for key, seen in table.contact_verification.items()
            # a party with no channels yet has no details to check
            if key in table.contacts and table.contacts[key].channels
        ),
    ]
    for entry, seen in checked:
        day = seen.verified_on
        if day is None:
            message = (
                "has no verified_on, so nobody can tell when its details were last checked; "
                "check them against the source and add `verified_on: YYYY-MM-DD`"
            )
        elif day > today:
            message = (
                f"has verified_on {day.isoformat()}, which is after today "
                f"({today.isoformat()}); write the day its details were checked"
            )
        elif (today - day).days > max_age_days:
            message = (
                f"was last verified on {day.isoformat()}, {(today - day).days} days ago (more "
                f"than {max_age_days}); check its details against the source and update "
                "verified_on"
            )
        else:
            continue
        yield found("warning", "stale_data", seen.file, entry, message)
