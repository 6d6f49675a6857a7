r"""What `route(text)` costs, against the floor of merely splitting the same text into words.

The floor is ``re.findall(r"\w+", text.casefold())``: any reading of a text must at least look at
every word once. Both are timed in this one run over the same texts, and the figure that matters
is the ratio (the target: at most 10x). A second table routes one text of growing length, up to
1 MB, to show that the cost grows linearly (no pattern that backtracks badly).

With ``--stages`` it prints instead where the cost goes: each stage of reading timed in turns
with the floor, and what `route(text)` would cost if finding the lexicon's terms cost nothing
(the most that a compiled matcher could save).

    python benchmarks/bench_text.py [--engine auto|builtin|durable-rules] [--stages]
"""

from __future__ import annotations

import argparse
import re
import sys
import timeit
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

import routing
from _timing import best_in_turns  # benchmarks/, beside this script
from routing._evaluate import load_corpus

if TYPE_CHECKING:
    from routing._patterns import TermMatcher

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


def main() -> int:
    """Print the cost per text against the floor, then the growth with length."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--engine", default="auto", choices=["auto", "builtin", "durable-rules"])
    parser.add_argument("--stages", action="store_true", help="print where the cost goes")
    args = parser.parse_args()
    router = routing.Router(engine=args.engine)
    texts = [case.text for case in load_corpus(CORPUS)]
    for text in texts:  # warm: the decisions and the word memo fill on first sight
        router.route(text)
    if args.stages:
        _print_stages(router, routing.Router(engine=args.engine), texts)
        return 0

    best = best_in_turns({"route": lambda: _routed(router, texts), "floor": lambda: _floor(texts)})
    route_s, floor_s = best["route"] / len(texts), best["floor"] / len(texts)
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


def _print_stages(router: routing.Router, freed: routing.Router, texts: list[str]) -> None:
    """Time each stage of reading in turns with the floor, and print each against it.

    `freed` is a second router like `router`; it is given every text's terms beforehand.
    """
    # The stages are private; a benchmark may look inside, a caller should not.
    from routing._text import tokenize
    from routing._understand import Reader

    reader: Reader = router._pipeline._reader  # the reader route() uses
    matcher = reader._matcher
    without_cards = Reader(reader.vocabulary, None)
    free_finding(freed, texts)
    _routed(freed, texts)

    def each(step: Callable[[str], object]) -> Callable[[], None]:
        def run() -> None:
            for text in texts:
                step(text)

        return run

    def split_and_find(text: str) -> object:
        tokens = tokenize(text)
        return matcher.find(tokens.words, tokens.clause_break_within)

    best = best_in_turns(
        {
            "findall floor": lambda: _floor(texts),
            "split": each(tokenize),
            "split and find": each(split_and_find),
            "read, no cards": each(without_cards.read),
            "read": each(reader.read),
            "route(text)": lambda: _routed(router, texts),
            "route, finding free": lambda: _routed(freed, texts),
        }
    )
    floor = best["findall floor"]
    print(f"engine              {router.engine}")
    print(f"texts               {len(texts)} questions of the golden corpus, timed in turns")
    print()
    print(f"{'stage':<22} {'us/text':>9} {'x floor':>8}")
    for name, seconds in best.items():
        print(f"{name:<22} {seconds * 1e6 / len(texts):>9.2f} {seconds / floor:>8.2f}")


def free_finding(freed: routing.Router, texts: list[str]) -> None:
    """Give `freed` every text's terms beforehand, found by its own matcher.

    Its route() then costs what route() would if finding the terms cost nothing. It must
    answer each of `texts` exactly as before (tests/test_bench_text.py checks that).
    """
    from routing._patterns import Occurrence
    from routing._text import tokenize

    matcher = freed._pipeline._reader._matcher
    found: dict[tuple[str, ...], list[Occurrence]] = {}
    for text in texts:
        tokens = tokenize(text)
        found[tuple(tokens.words)] = matcher.find(tokens.words, tokens.clause_break_within)
    freed._pipeline._reader._matcher = _Found(found, matcher)  # type: ignore[assignment]


class _Found:
    """A matcher that knows every text's terms beforehand: finding them costs one look-up.

    What else the reader asks of a matcher (which words a term has) goes to the real one.
    """

    def __init__(self, found: Mapping[tuple[str, ...], object], matcher: TermMatcher) -> None:
        self._found = found
        self.names = matcher.names

    def find(self, words: list[str], clause_break: object) -> object:
        return self._found[tuple(words)]


if __name__ == "__main__":
    sys.exit(main())
