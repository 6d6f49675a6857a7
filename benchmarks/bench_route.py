"""What `route()` costs on a ready `Question`, against a hand-written if/elif doing the same.

The baseline is the cheapest honest program for the same job: an if/elif chain over the same
`Question` that returns a result built in advance. Both are timed in this one run, on the same
mixed questions, and the figure that matters is the ratio (the issue's target: at most 5x).
Absolute times are printed too but depend on the machine.

    python benchmarks/bench_route.py [--engine auto|builtin|durable-rules] [--calls N]
"""

from __future__ import annotations

import argparse
import random
import sys
from collections.abc import Callable

import routing
from _timing import best_in_turns  # benchmarks/, beside this script
from routing import Question, RoutingResult
from routing._facts import BOOLEAN_FACTS, fact_space


def _questions(count: int) -> list[Question]:
    space = [{k: v for k, v in f.items() if k != "on_topic"} for f in fact_space()]
    chosen = random.Random(1).choices(space, k=count)  # noqa: S311 -- reproducible, not secret
    return [Question.model_validate(facts) for facts in chosen]


def _hand_written(router: routing.Router) -> Callable[[Question], RoutingResult]:
    """The table as an if/elif chain, returning results prepared before timing starts."""
    ready = {kind: router.route({"question_type": kind}) for kind in router.table.question_types}

    def decide(q: Question) -> RoutingResult:
        if q.official_report:
            return ready["official_report_travel"]
        if q.suspected_travel or q.terrorist_threat or q.acute:
            return ready["travel_or_threat"]
        if q.communications:
            return ready["communications"]
        if q.passport_measure:
            return ready["passport_measure"]
        signal = q.radicalisation_signal or q.severe
        if q.family_support and (signal or not (q.specific_expertise or q.asker == "school")):
            return ready["family_support"]
        if q.asker == "family" and q.severe:
            return ready["family_support"]
        if q.asker == "school":
            return ready["school_question"]
        if q.radicalisation_signal or q.severe:
            return ready["radicalisation_signal"]
        if q.specific_expertise:
            return ready["prevention_expertise"]
        return ready["prevention"]

    return decide


def main() -> int:
    """Time both, print the figures and the ratio."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--engine", default="auto", choices=["auto", "builtin", "durable-rules"])
    parser.add_argument("--calls", type=int, default=20_000)
    args = parser.parse_args()

    router = routing.Router(engine=args.engine)
    questions = _questions(args.calls)
    baseline = _hand_written(router)
    # The two must agree on every question, or the comparison means nothing.
    for q in questions:
        assert router.route(q).question_type == baseline(q).question_type, q
    assert len(BOOLEAN_FACTS) == 10  # the baseline above spells out exactly these facts

    def run_route() -> None:
        for q in questions:
            router.route(q)

    def run_baseline() -> None:
        for q in questions:
            baseline(q)

    rounds = 15
    best = best_in_turns({"route": run_route, "baseline": run_baseline}, rounds)
    route_s, base_s = best["route"] / len(questions), best["baseline"] / len(questions)
    print(f"engine            {router.engine}")
    print(
        f"questions         {len(questions):,} mixed, structured, best of {rounds} rounds in turns"
    )
    print(f"route()           {route_s * 1e6:8.3f} us/call")
    print(f"hand-written      {base_s * 1e6:8.3f} us/call")
    print(f"ratio             {route_s / base_s:8.2f} x   (target: at most 5x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
