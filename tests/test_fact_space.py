"""The whole input space of the rules, enumerated: 5 askers x 2^11 yes/no facts.

The space is finite, so these are proofs over the shipped rules, not samples.
"""

from __future__ import annotations

from collections import Counter

import pytest

import routing
from routing._decide import decide
from routing._engines import BuiltinEngine
from routing._facts import fact_space, fact_space_size
from routing._rulebase import RuleBase, default_data_file, default_rules_dir, load_rule_base

ACUTE_FACTS = ("acute", "suspected_travel", "terrorist_threat", "official_report")


@pytest.fixture(scope="module")
def base() -> RuleBase:
    """The shipped rule base."""
    return load_rule_base(default_data_file(), default_rules_dir())


def test_the_space_has_every_combination() -> None:
    """The enumeration yields 5 x 2^11 distinct combinations."""
    combinations = [tuple(f.values()) for f in fact_space()]
    assert len(combinations) == len(set(combinations)) == fact_space_size() == 5 * 2**11


@pytest.mark.skipif(
    not routing.durable_rules_available(), reason="durable-rules cannot import on this Python"
)
def test_durable_rules_and_the_builtin_engine_agree_everywhere(base: RuleBase) -> None:
    """On every combination of facts both engines fire exactly the same rules."""
    from routing._durable import DurableEngine

    durable, builtin = DurableEngine(base.rules), BuiltinEngine(base.rules)
    disagreements = [f for f in fact_space() if durable.fired(f) != builtin.fired(f)]
    assert disagreements == []


def test_every_combination_has_exactly_one_primary_type(base: RuleBase) -> None:
    """No two rules of different types tie for the primary place on any combination."""
    engine = BuiltinEngine(base.rules)
    ties = []
    for facts in fact_space():
        hits = [r for r in base.rules if r.id in engine.fired(facts) and not r.fallback]
        if hits:
            best = min(r.priority for r in hits)
            if len({r.question_type for r in hits if r.priority == best}) > 1:
                ties.append(facts)
    assert ties == []


def test_every_type_is_reached_and_unknown_means_off_topic(base: RuleBase) -> None:
    """Each row is primary somewhere, and 'unknown' is exactly the questions off the subject."""
    engine = BuiltinEngine(base.rules)
    primaries: Counter[str] = Counter()
    for facts in fact_space():
        primary, *_ = decide(base.rules, engine.fired(facts), None)
        primaries[primary] += 1
        assert (primary == "unknown") == (not facts["on_topic"]), facts
    assert set(primaries) == set(base.table.question_types)


def test_acute_facts_always_give_an_acute_result_with_the_police(
    each_engine_router: routing.Router,
) -> None:
    """Whatever else is true, travel, a threat or an official report is acute, police first."""
    for facts in fact_space():
        if not any(facts[name] for name in ACUTE_FACTS):
            continue
        question = {k: v for k, v in facts.items() if k != "on_topic"}
        result = each_engine_router.route(question)
        assert result.acute, facts
        assert result.routes[0].contact.id == "police", facts
        assert result.question_type in ("travel_or_threat", "official_report_travel"), facts


def test_routes_never_repeat_a_contact_and_follow_the_matched_types(
    router: routing.Router,
) -> None:
    """Routes are the primary type's, then each also-matched type's, without duplicates."""
    table = router.table.question_types
    for facts in fact_space():
        if not facts["on_topic"]:
            continue
        result = router.route({k: v for k, v in facts.items() if k != "on_topic"})
        expected: list[str] = []
        for kind in (result.question_type, *result.also_matched):
            expected += [r.contact.id for r in table[kind].routes if r.contact.id not in expected]
        assert [r.contact.id for r in result.routes] == expected
        assert result.routes, facts


def test_the_benchmark_baseline_gives_the_same_type_everywhere(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """benchmarks/bench_route.py's hand-written chain is a fair baseline only if it is right.

    Compared over every on-topic combination of facts: a change of priority in the rules that
    is not made in the chain fails here, not in a benchmark nobody runs.
    """
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parents[1] / "benchmarks" / "bench_route.py"
    monkeypatch.syspath_prepend(str(path.parent))  # as when run: its helpers lie beside it
    spec = importlib.util.spec_from_file_location("bench_route", path)
    assert spec is not None
    assert spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    router = routing.Router(engine="builtin")
    chain = bench._hand_written(router)
    for facts in fact_space():
        if not facts.pop("on_topic"):
            continue
        question = routing.Question.model_validate(facts)
        assert chain(question).question_type == router.route(question).question_type, facts
