"""The facts the rules reason about, and the finite space they span.

The fact names are part of the public contract: a structured `Question` carries them, the rule
files in ``rules/`` name them, and the two engines are proven equal over every combination.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Mapping
from operator import itemgetter
from typing import Literal, get_args

Asker = Literal["municipality", "school", "professional", "citizen", "family"]
ASKERS: tuple[str, ...] = get_args(Asker)

#: The yes/no facts of a structured question, in contract order.
BOOLEAN_FACTS: tuple[str, ...] = (
    "acute",
    "suspected_travel",
    "terrorist_threat",
    "official_report",
    "passport_measure",
    "communications",
    "radicalisation_signal",
    "severe",
    "family_support",
    "specific_expertise",
)

#: Derived, not set by callers: whether the question is about social tension or
#: radicalisation at all. A structured question is; a text is when its words say so.
ON_TOPIC = "on_topic"

#: Every fact a rule may test, with the values it can take.
FACT_VALUES: Mapping[str, tuple[object, ...]] = {
    "asker": ASKERS,
    **dict.fromkeys(BOOLEAN_FACTS, (False, True)),
    ON_TOPIC: (False, True),
}

FactKey = tuple[object, ...]
"""The facts as a tuple in `FACT_VALUES` order: hashable, so decisions can be memoised."""


_IN_ORDER = itemgetter(*FACT_VALUES)


def fact_key(facts: Mapping[str, object]) -> FactKey:
    """Return the facts in canonical order, as the memo key of a decision."""
    key: FactKey = _IN_ORDER(facts)  # one call in C: this runs on every route()
    return key


def fact_space() -> Iterator[dict[str, object]]:
    """Yield every combination of fact values: the whole input space of the rules."""
    names = list(FACT_VALUES)
    for values in itertools.product(*FACT_VALUES.values()):
        yield dict(zip(names, values, strict=True))


def fact_space_size() -> int:
    """Return how many combinations `fact_space` yields."""
    size = 1
    for values in FACT_VALUES.values():
        size *= len(values)
    return size
