"""What reading needs to know of each term, worked out once per vocabulary, not per word found.

`routing._understand` meets a few dozen words per question, and asks the same things of each:
its role, its combination, whether it names the subject, what its evidence says. A term's
`Trait` answers all of them in one look-up. This module also says which combinations the words
of a text complete, and which facts the words left standing set.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from operator import attrgetter
from typing import NamedTuple

from ._vocabulary import Label, Vocabulary

#: A combination's (fact, name): "" for a fact's own `together` lists.
Combination = tuple[str, str]

#: A word of a combination: the combination it belongs to, and the bit of its list.
Member = tuple[Combination, int]

# Words that point to a row without naming the subject: a weak word or a combination's word;
# and the askers the lexicon lists under askers_on_topic.
_HINT_ROLES = ("fact", "together")


class Trait(NamedTuple):
    """What reading needs of one term."""

    label: Label
    member: Member | None  # for a combination's word: its combination and list
    topical: bool  # whether the word alone makes the question about the subject
    hint: bool  # whether it points to a row without naming the subject
    everyday: bool  # whether it names an everyday matter (off_topic)
    # What its evidence says whatever the text: the fact ("on_topic" for a word about the
    # subject), the value, and the term as the lexicon writes it.
    fact: str
    value: str | bool
    term: str
    sets: str | None  # the yes/no fact it sets when it stands
    asker: str | None  # the asker it names


def traits_of(vocabulary: Vocabulary) -> list[Trait]:
    """The trait of every term of `vocabulary`, by term number."""
    return [
        Trait(
            label,
            _member(label),
            label.topical,
            label.role in _HINT_ROLES or label.hint,
            label.role == "off_topic",
            label.fact or "on_topic",
            label.value,
            term.text,
            label.fact if label.role == "fact" else None,
            str(label.value) if label.role == "asker" else None,
        )
        for term, label in zip(vocabulary.terms, vocabulary.labels, strict=True)
    ]


def _member(label: Label) -> Member | None:
    if label.role != "together":
        return None
    # Each list of a combination is one bit of its mask: see `whole`.
    return (label.fact, label.combination), 1 << label.group


def whole(
    members: Iterable[tuple[Member, int]],
    needed: Mapping[Combination, int],
    paragraphs: Sequence[int] | None = None,
    within: Mapping[Combination, int] | None = None,
) -> AbstractSet[tuple[Combination, int]]:
    """The combinations that `members` make whole, each with the paragraph it is whole in.

    A combination is whole with a word of as many of its lists as it needs (`needed` is
    `Vocabulary.together`: every list, or a combination's `at_least`). Each member comes with
    the number of the word it starts at. Where `paragraphs` gives the paragraph of each word,
    a combination must be whole within one: a long letter that names a mosque in one matter
    and "volgende keer" in another makes no threat of them. Without it, all is paragraph 0.
    Where `within` gives a combination a reach, its words must also stand that close: in a
    story of 200 words without a blank line, a gun at the start, a church in the middle and a
    parade at the end make no attack.
    """
    reach = within or {}
    lists: dict[tuple[Combination, int], int] = {}
    places: dict[tuple[Combination, int], list[tuple[int, int]]] = {}
    for (pair, bit), first in members:
        key = (pair, paragraphs[first] if paragraphs is not None else 0)
        lists[key] = lists.get(key, 0) | bit
        if pair in reach:
            places.setdefault(key, []).append((first, bit))
    return {
        key
        for key, mask in lists.items()
        if mask.bit_count() >= needed[key[0]]
        and (key not in places or _close(places[key], needed[key[0]], reach[key[0]]))
    }


def _close(places: list[tuple[int, int]], needed: int, reach: int) -> bool:
    """Whether words of `needed` lists stand within `reach` words of each other."""
    places.sort()
    for index, (start, _) in enumerate(places):
        lists = 0
        for first, bit in places[index:]:
            if first - start > reach:
                break
            lists |= bit
        if lists.bit_count() >= needed:
            return True
    return False


def set_facts(
    live: list[Trait], complete: AbstractSet[Combination]
) -> tuple[dict[str, object], bool]:
    """The yes/no facts the live words and `complete` combinations set; whether one is named.

    The asker is not among them: which one counts depends on where each stands in the text.
    """
    facts: dict[str, object] = dict.fromkeys(filter(None, map(_SETS, live)), True)
    named = False
    if complete:
        facts.update(dict.fromkeys((fact for fact, _ in complete), True))
        named = any(name for _, name in complete)
    return facts, named


_SETS = attrgetter("sets")
