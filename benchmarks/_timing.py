"""Timing in turns, shared by the benchmarks: every run sees the same noise.

A machine's load changes from second to second. Timing one program for a while and then the
other lets a busy spell fall on one side only; taking them in turns, round after round, and
keeping each one's best round, compares them under the same conditions.
"""

from __future__ import annotations

import time
from collections.abc import Callable


def best_in_turns(runs: dict[str, Callable[[], None]], rounds: int = 15) -> dict[str, float]:
    """The best time of each run over `rounds`, taken in turns, in seconds."""
    times: dict[str, list[float]] = {name: [] for name in runs}
    for _ in range(rounds):
        for name, run in runs.items():
            start = time.perf_counter()
            run()
            times[name].append(time.perf_counter() - start)
    return {name: min(kept) for name, kept in times.items()}
