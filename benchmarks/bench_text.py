r"""What `route(text)` costs, against the floor of merely splitting the same text into words.

The floor is ``re.findall(r"\w+", text.casefold())``: any reading of a text must at least look at
every word once. Both are timed in this one run over the same texts, and the figure that matters
is the ratio (the target: at most 10x). A second table routes one text of growing length, up to
1 MB, to show that the cost grows linearly (no pattern that backtracks badly).

    python benchmarks/bench_text.py [--engine auto|builtin|durable-rules]
"""

from __future__ import annotations

import argparse
import re
import sys
import time
import timeit
from collections.abc import Callable
from pathlib import Path

import routing
from routing._evaluate import load_corpus

CORPUS = Path(__file__).resolve().parents[1] / "tests" / "corpus" / "questions.yaml"
WORD = re.compile(r"\w+")


def _floor(texts: list[str]) -> None:
    for text in texts:
        WORD.findall(text.casefold())


def _routed(router: routing.Router, texts: list[str]) -> None:
    # Like the floor, each result is dropped before the next: a list of all of them would add
    # the cost of keeping thousands of objects alive, which neither side needs.
    for text in texts:
        router.route(text)


def _best(run: object, rounds: int = 7) -> float:
    return min(timeit.repeat(run, number=1, repeat=rounds))  # type: ignore[arg-type]


def _best_pair(first: Callable[[], None], second: Callable[[], None]) -> tuple[float, float]:
    """The best time of each over 15 rounds, taken in turns, so that both see the same noise."""
    times: tuple[list[float], list[float]] = ([], [])
    for _ in range(15):
        for run, kept in zip((first, second), times, strict=True):
            start = time.perf_counter()
            run()
            kept.append(time.perf_counter() - start)
    return min(times[0]), min(times[1])


def main() -> int:
    """Print the cost per text against the floor, then the growth with length."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--engine", default="auto", choices=["auto", "builtin", "durable-rules"])
    args = parser.parse_args()
    router = routing.Router(engine=args.engine)
    texts = [case.text for case in load_corpus(CORPUS)]
    for text in texts:  # warm: the decisions and the word memo fill on first sight
        router.route(text)

    route_s, floor_s = (
        best / len(texts)
        for best in _best_pair(lambda: _routed(router, texts), lambda: _floor(texts))
    )
    print(f"engine              {router.engine}")
    print(f"texts               {len(texts)} questions of the golden corpus")
    print(f"route(text)         {route_s * 1e6:9.2f} us/text")
    print(f"findall floor       {floor_s * 1e6:9.2f} us/text")
    print(f"ratio               {route_s / floor_s:9.2f} x   (target: at most 10x)")

    print()
    print(f"{'length':>10} {'route(text)':>13} {'floor':>10} {'ratio':>7} {'us per KB':>10}")
    base = " ".join(texts)
    for size in (1_000, 10_000, 100_000, 1_000_000):
        text = (base * (size // len(base) + 1))[:size]
        fresh = routing.Router(engine=args.engine)  # cold word memo: the honest worst case
        cold = _best(lambda text=text, fresh=fresh: fresh.route(text), rounds=1)
        warm = _best(lambda text=text: router.route(text), rounds=3)
        floor = _best(lambda text=text: WORD.findall(text.casefold()), rounds=3)
        print(
            f"{size:>10,} {warm * 1e3:>10.2f} ms {floor * 1e3:>7.2f} ms {warm / floor:>6.1f}x"
            f" {warm * 1e6 / (size / 1000):>9.1f}   (cold memo: {cold * 1e3:.1f} ms)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
