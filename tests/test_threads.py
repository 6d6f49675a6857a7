"""`route()` from many threads at once, and several routers side by side, never mix answers."""

from __future__ import annotations

import random
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import routing
from routing._engines import EngineName
from routing._evaluate import load_corpus
from routing._facts import fact_space

CORPUS = Path(__file__).parent / "corpus" / "questions.yaml"


def _questions(count: int, seed: int) -> list[Any]:
    """Mixed calls: structured questions from the whole fact space, texts, and texts with facts."""
    space: list[Any] = [{k: v for k, v in f.items() if k != "on_topic"} for f in fact_space()]
    texts = [case.text for case in load_corpus(CORPUS)]
    chooser = random.Random(seed)
    mixed: list[Any] = []
    for _ in range(count):
        kind = chooser.random()
        if kind < 0.4:
            mixed.append(chooser.choice(space))
        elif kind < 0.8:
            mixed.append(chooser.choice(texts))
        else:
            mixed.append({**chooser.choice(space), "text": chooser.choice(texts)})
    return mixed


def test_eight_threads_give_exactly_the_serial_answers(engine_name: EngineName) -> None:
    """8 threads x 5,000 mixed calls on a fresh router equal one thread's answers, call by call."""
    questions = _questions(5_000, seed=7)
    alone = routing.Router(engine=engine_name)
    serial = [alone.route(q) for q in questions]
    shared = routing.Router(engine=engine_name)  # fresh: its memo fills while the threads race
    with ThreadPoolExecutor(max_workers=8) as pool:
        runs = list(pool.map(lambda _: [shared.route(q) for q in questions], range(8)))
    assert all(run == serial for run in runs)


def test_routers_with_different_rules_do_not_interfere(shipped_copy: Path) -> None:
    """Two routers with different rules, used from threads at once, each keep their own rules."""
    rules = shipped_copy / "rules" / "question_types.yaml"
    text = rules.read_text(encoding="utf-8")
    # In the variant, a school's question is a radicalisation signal.
    rules.write_text(
        text.replace("    question_type: school_question\n    row: 3\n",
                     "    question_type: radicalisation_signal\n    row: 5\n"),
        encoding="utf-8",
    )  # fmt: skip
    variant = routing.Router(data=shipped_copy / "data" / "contacts.yaml", rules=rules.parent)
    shipped = routing.Router()
    assert variant.provenance.digest != shipped.provenance.digest

    def ask(index: int) -> tuple[str, str]:
        router = variant if index % 2 else shipped
        return router.provenance.digest, router.route({"asker": "school"}).question_type

    with ThreadPoolExecutor(max_workers=8) as pool:
        answers = set(pool.map(ask, range(4_000)))
    assert answers == {
        (shipped.provenance.digest, "school_question"),
        (variant.provenance.digest, "radicalisation_signal"),
    }
