"""`benchmarks/bench_text.py --stages`: the figures it prints mean what they say.

No timing is asserted here (machines are noisy); the tests check that the router with its
terms found beforehand answers exactly as the real one, so that its cost is that of the same
work, and that the stage table prints each stage against the floor correctly.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

import routing
from routing._evaluate import load_corpus

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"
CORPUS = Path(__file__).parent / "corpus" / "questions.yaml"


@pytest.fixture
def bench_text(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    """benchmarks/bench_text.py as a module, with _timing beside it importable."""
    monkeypatch.syspath_prepend(str(BENCHMARKS))  # bench_text imports _timing beside it
    spec = importlib.util.spec_from_file_location("bench_text", BENCHMARKS / "bench_text.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "bench_text", module)
    spec.loader.exec_module(module)
    return module


def test_with_its_terms_found_beforehand_a_router_answers_exactly_as_before(
    bench_text: ModuleType, router: routing.Router
) -> None:
    """Every golden question gets the same result, evidence included, from the freed router."""
    texts = [case.text for case in load_corpus(CORPUS)]
    freed = routing.Router()
    bench_text.free_finding(freed, texts)
    for text in texts:
        assert freed.route(text) == router.route(text), text


def test_the_stage_table_prints_each_stage_per_text_and_against_the_floor(
    bench_text: ModuleType, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Seconds per run become microseconds per text and a ratio to the floor, in stage order."""
    seconds = [0.004, 0.005, 0.02, 0.04, 0.05, 0.06, 0.03]

    def fixed(runs: dict[str, object]) -> dict[str, float]:
        return dict(zip(runs, seconds, strict=True))

    monkeypatch.setattr(bench_text, "best_in_turns", fixed)
    texts = ["Een leerling wil naar Syrië.", "Mijn grofvuil is niet opgehaald."]
    bench_text._print_stages(routing.Router(), routing.Router(), texts)
    table = capsys.readouterr().out.splitlines()[-7:]
    assert table == [
        "findall floor            2000.00     1.00",
        "split                    2500.00     1.25",
        "split and find          10000.00     5.00",
        "read, no cards          20000.00    10.00",
        "read                    25000.00    12.50",
        "route(text)             30000.00    15.00",
        "route, finding free     15000.00     7.50",
    ]
