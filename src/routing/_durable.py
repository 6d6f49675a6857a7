"""Evaluating rules with durable-rules, statelessly and safely under threads.

durable-rules is a stateful engine; `route()` must be stateless and thread-safe. What makes that
work was measured (see docs/engines.md) and is followed here to the letter:

* the C module is used directly, not through `durable.engine.Host`, whose timer threads never
  stop and whose actions emit warnings;
* one process-wide lock guards every call into the C module: unlocked calls corrupt its memory
  (double frees seen with two live sessions), and the module never releases the GIL anyway, so
  the lock costs no parallelism;
* each call asserts one fact with a fixed session and fact id, collects every rule that fired
  with ``start_action_for_state`` and ``complete_and_start_action``, then retracts the fact, so
  no state outlives the call. (``post()`` would fire only the first matching rule.)
* every rule carries the positive condition ``kind == "question"``: a rule whose only condition
  is negative matches the session's own state fact and loops forever;
* a ruleset is never deleted: ``delete_ruleset`` crashed the test process (a segmentation
  fault that came and went with the memory layout). Rulesets are instead shared by every
  engine compiled from the same definition, so a process holds one per distinct rule set,
  however many routers it builds.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import threading
from collections.abc import Mapping, Sequence
from typing import Any

import durable_rules_engine as _engine

from ._exceptions import EngineError
from ._rules import Condition, Rule

_LOCK = threading.Lock()
_NAMES = itertools.count(1)
_RULESETS: dict[str, int] = {}  # definition -> handle; guarded by _LOCK
_SESSION = "0"
_FACT_ID = "question"
_ALIAS = "q"


class DurableEngine:
    """Evaluates rules by asserting the facts of one question into a durable-rules ruleset."""

    name = "durable-rules"

    def __init__(self, rules: Sequence[Rule]) -> None:
        self._definition = json.dumps(compile_ruleset(rules), ensure_ascii=False, sort_keys=True)
        with _LOCK:
            if self._definition not in _RULESETS:
                self._create()
        # Warm up: the first assertion creates the session's state.
        self.fired({})

    def _create(self) -> int:
        """Compile a fresh ruleset for this definition (the caller holds the lock)."""
        handle: int = _engine.create_ruleset(f"routing_{next(_NAMES)}", self._definition)
        _RULESETS[self._definition] = handle
        return handle

    def fired(self, facts: Mapping[str, object]) -> frozenset[str]:
        """Return the ids of the rules that match `facts`."""
        message = json.dumps(
            {**facts, "kind": "question", "sid": _SESSION, "id": _FACT_ID}, ensure_ascii=False
        )
        names: set[str] = set()
        with _LOCK:
            handle = _RULESETS[self._definition]
            try:
                _, state_handle = _engine.assert_fact(handle, message)
                action = _engine.start_action_for_state(handle, state_handle)
                while action:
                    names.update(json.loads(action[1] if isinstance(action, tuple) else action))
                    action = _engine.complete_and_start_action(handle, state_handle)
            except Exception as error:
                _retract(handle, message)
                # A ruleset that failed half-way is not repaired but replaced (and left alone).
                self._create()
                raise EngineError(
                    f"durable-rules failed while evaluating the rules ({error}); "
                    "use engine='builtin' to route without it"
                ) from error
            _retract(handle, message)
        return frozenset(names)


def compile_ruleset(rules: Sequence[Rule]) -> dict[str, Any]:
    """Translate validated rules into a durable-rules ruleset definition."""
    definition = {}
    for rule in rules:
        tests: list[dict[str, Any]] = [{"kind": "question"}]
        tests += [_equals(c) for c in rule.all]
        if rule.any:
            tests.append({"$or": [_equals(c) for c in rule.any]})
        tests += [{"$neq": _equals(c)} for c in rule.none]
        definition[rule.id] = {"all": [{_ALIAS: {"$and": tests}}], "pri": rule.priority}
    return definition


def _equals(condition: Condition) -> dict[str, Any]:
    return {condition.fact: condition.value}


def _retract(handle: int, message: str) -> None:
    # The fact may not have been asserted when a call failed early: then there is nothing to undo.
    with contextlib.suppress(Exception):
        _engine.retract_fact(handle, message)
