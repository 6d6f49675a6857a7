"""Walking a phrase's other words from its anchor word, within each word's reach.

`routing._patterns` finds a phrase's anchor and its rarest places; this module finds where its
other words stand, and never backtracks more than once per word and place.
"""

from __future__ import annotations

from collections.abc import Callable

#: How a phrase is walked from its anchor: each other word's pattern ids and how many places
#: it may be looked for in, the words before the anchor first (nearest first), then those after.
Walk = tuple[tuple[tuple[frozenset[int], int], ...], tuple[tuple[frozenset[int], int], ...]]


def walk_of(ids: tuple[frozenset[int], ...], gaps: tuple[int, ...], anchor: int) -> Walk:
    """The walk of a phrase with these word ids and gaps, from its word number `anchor`.

    ``gaps[i]`` words may stand before word ``i``: walking back from word ``i + 1`` looks at
    ``gaps[i + 1] + 1`` places, walking on to word ``i`` at ``gaps[i] + 1``.
    """
    back = tuple((ids[i], gaps[i + 1] + 1) for i in range(anchor - 1, -1, -1))
    on = tuple((ids[i], gaps[i] + 1) for i in range(anchor + 1, len(ids)))
    return back, on


def walked(
    walk: Walk, anchor: int, ids_at: list[frozenset[int]], clause_break: Callable[[int, int], bool]
) -> list[int] | None:
    """Match a phrase's other words around its anchor word; return every word's place.

    Each word takes its nearest place within its reach: the words before the anchor walking
    back, the words after it walking on. Only when a later word then finds none does a search
    try farther places for the earlier ones ("naar Syrië is uitgereisd" for
    `naar syrie|is ... uitgereisd`, looked up from "uitgereisd": the nearest "is" leaves no
    "naar" before it, "Syrië" does). All must stand in one clause; nearest places leave the
    smallest span, so if that span holds a clause end, every other does too.
    """
    back, on = walk
    places = [anchor]
    first = last = anchor
    # The nearest-first walks are written out rather than taken from `_window`: this runs for
    # every phrase tried, and the search below is the rare case. `places` holds the anchor
    # and the words found so far, so its length tells how far a walk got.
    for choices, reach in back:
        stop = first - 1 - reach
        for place in range(first - 1, stop if stop > -1 else -1, -1):
            if not choices.isdisjoint(ids_at[place]):
                first = place
                places.append(place)
                break
        else:
            found = _searched(back, anchor, -1, ids_at, set()) if len(places) > 1 else None
            if found is None:
                return None
            del places[1:]
            places += found
            first = found[-1]
            break
    size = len(ids_at)
    walked_back = len(places)
    for choices, reach in on:
        stop = last + 1 + reach
        for place in range(last + 1, stop if stop < size else size):
            if not choices.isdisjoint(ids_at[place]):
                last = place
                places.append(place)
                break
        else:
            found = _searched(on, anchor, 1, ids_at, set()) if len(places) > walked_back else None
            if found is None:
                return None
            del places[walked_back:]
            places += found
            last = found[-1]
            break
    # Checked once the words are found, as most tries fail before: no clause ends inside.
    return None if clause_break(first, last) else places


def _searched(
    steps: tuple[tuple[frozenset[int], int], ...],
    start: int,
    step: int,
    ids_at: list[frozenset[int]],
    failed: set[tuple[int, int]],
) -> list[int] | None:
    """The places of `steps` from `start`, nearest first, trying farther ones where needed.

    `failed` remembers (words left, place) pairs that lead nowhere, so each is tried once: the
    search stays linear in the reach of each word, however many words could fit.
    """
    if not steps:
        return []
    if (len(steps), start) in failed:
        return None
    (choices, reach), rest = steps[0], steps[1:]
    for place in _window(start, step, reach, len(ids_at)):
        if not choices.isdisjoint(ids_at[place]):
            tail = _searched(rest, place, step, ids_at, failed)
            if tail is not None:
                return [place, *tail]
    failed.add((len(steps), start))
    return None


def _window(end: int, step: int, reach: int, size: int) -> range:
    """The `reach` places after `end` (or before it, for step -1), nearest first, in the text."""
    if step < 0:
        return range(end - 1, max(end - 1 - reach, -1), -1)
    return range(end + 1, min(end + 1 + reach, size))
