"""Finding many terms, phrases included, in a text's words in one pass.

The terms are compiled by `routing._terms`, and each word is matched against their word
patterns by `routing._wordindex`; this module finds where whole terms stand.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable, Sequence
from itertools import compress
from operator import itemgetter
from typing import NamedTuple

from ._terms import Term, WordPattern
from ._walks import Walk, walk_of, walked
from ._wordindex import WordIndex, WordMemo


class Occurrence(NamedTuple):
    """Where a term occurs: words ``start`` to ``end`` (exclusive) of the tokens."""

    term: int
    start: int
    end: int
    fuzzy: bool


#: The pattern ids of a phrase's two rarest places beside its anchor (see `_needs`).
_Needs = tuple[frozenset[int], frozenset[int]]


# The memo's entries and the phrases in them are plain tuples, not NamedTuples: `find` unpacks
# them for every word and phrase it meets, and unpacking a tuple subclass costs twice as much.

#: A term of several words, with what trying it from its anchor takes once the text matches
#: its rarest other place: its number, and those of the terms that are the same phrase under
#: other meanings; the pattern ids of its second rarest other place
#: (where the text matches none, it is not tried); its walk; and whether a word may match
#: with a typo.
_Phrase = tuple[tuple[int, ...], frozenset[int], Walk, bool]

#: What one distinct word can do, worked out once: the one-word terms it is, as (term,
#: matched with a typo); the phrases anchored on it; and, for each pattern id of the rarest
#: other place of one of them, which of those phrases (their indices, in order) it may start;
#: the same ids again as a set, to meet the text's ids in one step in C. A phrase whose
#: rarest place matches no word of the text is never looked at.
_WordEntry = tuple[
    tuple[tuple[int, bool], ...],
    tuple[_Phrase, ...],
    dict[int, tuple[int, ...]],
    frozenset[int],
]


# A NamedTuple's own constructor runs in Python; this one in C, at half the cost.
_new = tuple.__new__

# A word that can do nothing: falsy, so that `find` skips it without a Python step.
_NOTHING: tuple[()] = ()
_START = itemgetter(1)


# The most frequent Dutch and English words. Only a hint for choosing a phrase's anchor, never
# for matching: a phrase is found or not whatever its anchor is; a rare anchor is only faster.
_COMMON = frozenset(
    """
    aan al als bij dan dat de deze die dit door een en er geen haar hem het hij hoe ik in is je
    kan maar me met mijn na naar niet nog nu of om onze ons op over te tot u uit van voor wat we
    wel wij wil zal ze zich zij zijn zo
    a an and are as at be but by for from has have he in is it my no not of on or our she that
    the their they this to was we with
    """.split()  # noqa: SIM905  # a list of words reads best as words
)


def _rarity(alternatives: tuple[WordPattern, ...]) -> tuple[bool, int]:
    """How unlikely a word of a phrase is to occur.

    A word with no common word among its alternatives first; then the longer its shortest stem,
    the rarer.
    """
    return (
        not any(c.kind == "exact" and c.stem in _COMMON for c in alternatives),
        min(len(c.stem) for c in alternatives),
    )


def _needs(term: Term, ids: tuple[frozenset[int], ...], anchor: int) -> _Needs:
    """The pattern ids of a phrase's two rarest places other than its anchor.

    A phrase can only stand where the text has a word of each of its places, so one whose
    rarest places match no word of the text is not walked. Two places catch nearly every such
    phrase, and are cheaper to test than all of them. A phrase of two words tests its one
    other place twice.
    """
    others = sorted(
        (index for index in range(len(ids)) if index != anchor),
        key=lambda index: _rarity(term.words[index]),
        reverse=True,  # rarest first; sorting is stable, so of equal ones the first in the term
    )
    return ids[others[0]], ids[others[1 if len(others) > 1 else 0]]


class TermMatcher:
    """Finds every occurrence of many terms in one pass over a text's words.

    Most words of a question are common ones ("de", "een", "naar") that start many phrases but
    finish few. So a phrase is looked up from its *anchor*: the word least likely to occur (the
    one whose shortest alternative is longest). Only where an anchor or a one-word term stands
    is any Python work done; the other words cost one dictionary look-up, made in C.
    """

    def __init__(self, terms: Iterable[Term], meanings: Sequence[Hashable] | None = None) -> None:
        """Compile `terms`; `meanings`, one per term, says which one-word terms are the same.

        Where one word is several one-word terms of equal meaning ("uitreis", "uitreis*"),
        only the first is reported: a reader could not tell the others apart from it.
        """
        self.terms = tuple(terms)
        self._meanings = list(range(len(self.terms))) if meanings is None else list(meanings)
        self._index = WordIndex()
        self._ids: list[tuple[frozenset[int], ...]] = []
        self._anchor: list[int] = []
        by_anchor: dict[int, list[int]] = defaultdict(list)
        # A phrase written under several meanings (a figure of speech excepts the words of
        # every fact) is walked once, from its first term, and reported for each of them.
        first: dict[tuple[object, ...], int] = {}
        self._copies: dict[int, list[int]] = defaultdict(list)
        for number, term in enumerate(self.terms):
            ids = tuple(frozenset(self._index.add(c) for c in word) for word in term.words)
            self._ids.append(ids)
            rarity = [_rarity(choices) for choices in term.words]
            anchor = rarity.index(max(rarity))
            self._anchor.append(anchor)
            if len(ids) > 1:
                original = first.setdefault((term.words, term.gaps), number)
                if original != number:
                    self._copies[original].append(number)
                    continue
            for pid in ids[anchor]:
                by_anchor[pid].append(number)
        self._by_anchor = dict(by_anchor)
        # How each phrase is walked from its anchor: the words before it, nearest first, then
        # the words after it, each with how many places it may be looked for in.
        self._walks = [
            walk_of(ids, t.gaps, at)
            for ids, t, at in zip(self._ids, self.terms, self._anchor, strict=True)
        ]
        # For each phrase, the pattern ids of its two rarest other places: where the text
        # matches none of either, the phrase is not tried (one-word terms have none).
        self._needs = [
            _needs(t, ids, at) if len(ids) > 1 else (frozenset(), frozenset())
            for t, ids, at in zip(self.terms, self._ids, self._anchor, strict=True)
        ]
        self._tolerant = [any(c.fuzzy for word in t.words for c in word) for t in self.terms]
        self._memo: WordMemo[_WordEntry | tuple[()]] = WordMemo(self._entry)

    def find(self, words: list[str], clause_break: Callable[[int, int], bool]) -> list[Occurrence]:
        """Return the occurrences of every term, ordered by where they start.

        ``clause_break(first, last)`` says whether a clause ends between those two words: a
        phrase stands in one clause.
        """
        entries = list(map(self._memo.__getitem__, words))
        found: list[Occurrence] = []
        phrased = False
        ids_at: list[frozenset[int]] | None = None
        present: set[int] = set()  # the pattern ids the text's words match, once ids_at is known
        for position in compress(range(len(words)), entries):
            singles, phrases, by_rarest, rarest = entries[position]  # type: ignore[misc]
            for number, typo in singles:
                found.append(_new(Occurrence, (number, position, position + 1, typo)))
            if not phrases:
                continue
            if ids_at is None:
                ids_at = self._index.matches(words)
                present = set().union(*ids_at)
            matched = present.intersection(rarest)
            if not matched:
                continue
            # Most words start a few dozen phrases, of which the text holds the rarest other
            # place of a handful: only those are looked at, in the order of their numbers.
            tried = (
                by_rarest[next(iter(matched))]
                if len(matched) == 1
                else sorted(set().union(*map(by_rarest.__getitem__, matched)))
            )
            tried_from = len(found)
            copied = False
            for index in tried:
                numbers, rare, walk, tolerant = phrases[index]
                if present.isdisjoint(rare):
                    continue
                places = walked(walk, position, ids_at, clause_break)
                if places is not None:
                    typo = tolerant and self._typo(sorted(places), numbers[0], words)
                    start, end = min(places), max(places) + 1
                    for number in numbers:
                        found.append(_new(Occurrence, (number, start, end, typo)))
                    copied = copied or len(numbers) > 1
                    phrased = True
            if copied:  # each copy where its own number puts it, as if it were walked itself
                found[tried_from:] = sorted(found[tried_from:])
        if phrased:  # a phrase starts before its anchor; sorting is stable, so ties keep order
            found.sort(key=_START)
        return found

    def _entry(self, word: str) -> _WordEntry | tuple[()]:
        """Work out what `word` can do (once: the memo keeps it)."""
        ids = self._index.match(word)
        numbers = sorted({n for pid in ids for n in self._by_anchor.get(pid, ())})
        entry: _WordEntry | tuple[()] = _NOTHING
        if numbers:
            meant = set()
            singles = []
            for n in numbers:
                if len(self._ids[n]) == 1 and self._meanings[n] not in meant:
                    meant.add(self._meanings[n])
                    singles.append((n, self._typo([0], n, [word])))
            several = [n for n in numbers if len(self._ids[n]) > 1]
            by_rarest: dict[int, list[int]] = defaultdict(list)
            for index, n in enumerate(several):
                for pid in self._needs[n][0]:
                    by_rarest[pid].append(index)
            entry = (
                tuple(singles),
                tuple(
                    (
                        (n, *self._copies.get(n, ())),
                        self._needs[n][1],
                        self._walks[n],
                        self._tolerant[n],
                    )
                    for n in several
                ),
                {pid: tuple(indices) for pid, indices in by_rarest.items()},
                frozenset(by_rarest),
            )
        return entry

    def names(self, number: int, word: str) -> bool:
        """Whether `word` is one of the words of term `number` (not a word in one of its gaps)."""
        matched = self._index.match(word)
        return any(not choices.isdisjoint(matched) for choices in self._ids[number])

    def _typo(self, places: list[int], number: int, words: list[str]) -> bool:
        """Whether any word of this occurrence matched only thanks to typo tolerance."""
        if not self._tolerant[number]:  # most terms have no ~: nothing to look up
            return False
        for place, choices in zip(places, self._ids[number], strict=True):
            exact = self._index.exact_only(words[place])
            if not choices & exact:
                return True
        return False
