"""The two engines that evaluate rules, and how one is chosen.

Both take the same validated rules and answer one question: which rules match these facts?
durable-rules is the engine of record; the built-in evaluator exists because durable-rules
2.0.28 cannot be imported on CPython 3.13 and newer. A test runs both over every combination
of facts and requires the same answer.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Literal, Protocol

from ._exceptions import EngineError
from ._rules import Rule

EngineName = Literal["auto", "durable-rules", "builtin"]


class Engine(Protocol):
    """Evaluates a fixed set of rules."""

    name: str

    def fired(self, facts: Mapping[str, object]) -> frozenset[str]:
        """Return the ids of the rules that match `facts` (every fact must be present)."""
        ...


class BuiltinEngine:
    """Evaluates rules in plain Python, following `Rule.matches`."""

    name = "builtin"

    def __init__(self, rules: Sequence[Rule]) -> None:
        self._rules = tuple(rules)

    def fired(self, facts: Mapping[str, object]) -> frozenset[str]:
        """Return the ids of the rules that match `facts`."""
        return frozenset(rule.id for rule in self._rules if rule.matches(facts))


def durable_rules_available() -> bool:
    """Whether durable-rules can be imported on this Python."""
    try:
        import durable_rules_engine  # noqa: F401 -- probing is the point
    except ImportError:
        return False
    return True


def make_engine(name: EngineName, rules: Sequence[Rule]) -> Engine:
    """Build the engine called `name`; ``auto`` prefers durable-rules where it can run."""
    if name == "builtin":
        return BuiltinEngine(rules)
    if name == "auto" and not durable_rules_available():
        return BuiltinEngine(rules)
    if name not in ("auto", "durable-rules"):
        raise EngineError(f"there is no engine {name!r}; use 'auto', 'durable-rules' or 'builtin'")
    if not durable_rules_available():
        raise EngineError(
            "durable-rules cannot be imported on this Python (it fails on CPython 3.13 and "
            "newer); use engine='auto' or engine='builtin', which run the same rules"
        )
    from ._durable import DurableEngine  # only where it can be imported

    return DurableEngine(rules)
