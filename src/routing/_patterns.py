"""Finding many terms in a text's words in one pass, with a bounded memo per distinct word.

The terms are compiled by `routing._terms`; this module only matches them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import NamedTuple

from ._terms import FUZZY_MIN_LENGTH, Term, WordPattern

#: How many distinct words each memo keeps before it starts afresh: a question uses a few dozen,
#: a 1 MB text about twenty thousand; the cap keeps a flood of distinct words at a few MB.
MEMO_LIMIT = 50_000


@dataclass
class WordIndex:
    """Finds every word pattern that a folded word matches, with a memo per distinct word."""

    patterns: list[WordPattern] = field(default_factory=list)
    _ids: dict[WordPattern, int] = field(default_factory=dict)
    _exact: dict[str, set[int]] = field(default_factory=lambda: defaultdict(set))
    _prefix: dict[int, dict[str, set[int]]] = field(default_factory=dict)
    _suffix: dict[int, dict[str, set[int]]] = field(default_factory=dict)
    _infix: list[tuple[str, int]] = field(default_factory=list)
    _fuzzy: dict[str, set[int]] = field(default_factory=lambda: defaultdict(set))
    _fuzzy_lengths: set[int] = field(default_factory=set)
    _memo: dict[str, frozenset[int]] = field(default_factory=dict)
    _exact_memo: dict[str, frozenset[int]] = field(default_factory=dict)

    def add(self, pattern: WordPattern) -> int:
        """Register a pattern and return its id (the same id for the same pattern)."""
        if pattern in self._ids:
            return self._ids[pattern]
        pid = len(self.patterns)
        self.patterns.append(pattern)
        self._ids[pattern] = pid
        stem = pattern.stem
        if pattern.kind == "exact":
            self._exact[stem].add(pid)
        elif pattern.kind == "prefix":
            self._prefix.setdefault(len(stem), defaultdict(set))[stem].add(pid)
        elif pattern.kind == "suffix":
            self._suffix.setdefault(len(stem), defaultdict(set))[stem].add(pid)
        else:
            self._infix.append((stem, pid))
        if pattern.fuzzy:
            for variant in _deletions(stem):
                self._fuzzy[variant].add(pid)
            self._fuzzy_lengths.add(len(stem))
        self._memo.clear()
        self._exact_memo.clear()
        return pid

    def match(self, word: str) -> frozenset[int]:
        """Return the ids of every pattern `word` matches."""
        found = self._memo.get(word)
        if found is None:
            found = frozenset(self._match(word))
            if len(self._memo) > MEMO_LIMIT:  # bounded: a flood of distinct words cannot grow it
                self._memo.clear()
            self._memo[word] = found
        return found

    def exact_only(self, word: str) -> frozenset[int]:
        """The ids matched without typo tolerance (to tell typo matches apart in evidence)."""
        found = self._exact_memo.get(word)
        if found is None:
            found = frozenset(self._match(word, fuzzy=False))
            if len(self._exact_memo) > MEMO_LIMIT:
                self._exact_memo.clear()
            self._exact_memo[word] = found
        return found

    def _match(self, word: str, *, fuzzy: bool = True) -> set[int]:
        found = set(self._exact.get(word, ()))
        size = len(word)
        for length, stems in self._prefix.items():
            if length <= size:
                found.update(stems.get(word[:length], ()))
        for length, stems in self._suffix.items():
            if length <= size:
                found.update(stems.get(word[-length:], ()))
        found.update(pid for stem, pid in self._infix if stem in word)
        if fuzzy and size >= FUZZY_MIN_LENGTH - 1:
            found.update(self._typo_matches(word))
        return found

    def _typo_matches(self, word: str) -> Iterable[int]:
        for length in self._fuzzy_lengths:
            # A prefix pattern compares the word's start of about its own length; an exact
            # pattern the whole word. One typo can shift the length by one, so a whole word
            # longer than that cannot match, and is not compared: that keeps a word of a
            # megabyte linear (its deletions alone would be quadratic).
            cuts = {length - 1, length, length + 1}
            if len(word) <= length + 1:
                cuts.add(len(word))
            for cut in cuts:
                if cut > len(word):
                    continue
                piece = word[:cut]
                for variant in _deletions(piece):
                    for pid in self._fuzzy.get(variant, ()):
                        pattern = self.patterns[pid]
                        whole = cut == len(word)
                        if (pattern.kind == "prefix" or whole) and _one_edit(piece, pattern.stem):
                            yield pid


def _deletions(word: str) -> set[str]:
    return {word} | {word[:i] + word[i + 1 :] for i in range(len(word))}


def _one_edit(a: str, b: str) -> bool:
    """Whether `a` and `b` differ by at most one insertion, deletion, substitution or swap."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diff) == 1:
            return True
        return (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and a[diff[0]] == b[diff[1]]
            and (a[diff[1]] == b[diff[0]])
        )
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


class Occurrence(NamedTuple):
    """Where a term occurs: words ``start`` to ``end`` (exclusive) of the tokens."""

    term: int
    start: int
    end: int
    fuzzy: bool


class _WordEntry(NamedTuple):
    """What one distinct word can do, worked out once: the memo of `TermMatcher`."""

    ids: frozenset[int]  # the word patterns it matches
    singles: tuple[tuple[int, bool], ...]  # one-word terms it is: (term, matched with a typo)
    phrases: tuple[int, ...]  # terms of several words that can start with it


class TermMatcher:
    """Finds every occurrence of many terms in one pass over a text's words."""

    def __init__(self, terms: Iterable[Term]) -> None:
        self.terms = tuple(terms)
        self._index = WordIndex()
        self._ids: list[tuple[frozenset[int], ...]] = []
        self._by_first: dict[int, list[int]] = defaultdict(list)
        for number, term in enumerate(self.terms):
            ids = tuple(frozenset(self._index.add(c) for c in word) for word in term.words)
            self._ids.append(ids)
            for pid in ids[0]:
                self._by_first[pid].append(number)
        # For each phrase, the later word least likely to occur (the longest stem): a phrase is
        # tried only where that word occurs somewhere in the text, which rules out most at once.
        self._anchor = [
            min(ids[1:], key=lambda w: -min(len(self._index.patterns[p].stem) for p in w))
            if len(ids) > 1 else frozenset()
            for ids in self._ids
        ]  # fmt: skip
        self._memo: dict[str, _WordEntry] = {}

    def find(self, words: list[str], clause_break: Callable[[int], bool]) -> list[Occurrence]:
        """Return the occurrences of every term, ordered by where they start."""
        memo_get = self._memo.get
        matched: dict[int, frozenset[int]] = {}
        present: set[int] = set()
        found: list[Occurrence] = []
        pending: list[tuple[int, tuple[int, ...]]] = []
        for position, word in enumerate(words):
            ids, singles, phrases = memo_get(word) or self._entry(word)
            if ids:
                matched[position] = ids
                present.update(ids)
                for number, typo in singles:
                    found.append(Occurrence(number, position, position + 1, typo))
                if phrases:
                    pending.append((position, phrases))
        anchor = self._anchor
        for position, numbers in pending:
            for number in numbers:
                if anchor[number].isdisjoint(present):
                    continue
                places = self._rest(number, position, words, matched, clause_break)
                if places is not None:
                    typo = self._typo(places, number, words)
                    found.append(Occurrence(number, position, places[-1] + 1, typo))
        if pending:
            found.sort()
        return found

    def _entry(self, word: str) -> _WordEntry:
        """Work out what `word` can do, and remember it (bounded, like the word memo)."""
        ids = self._index.match(word)
        numbers = sorted({n for pid in ids for n in self._by_first.get(pid, ())})
        singles = tuple((n, self._typo([0], n, [word])) for n in numbers if len(self._ids[n]) == 1)
        phrases = tuple(n for n in numbers if len(self._ids[n]) > 1)
        entry = _WordEntry(ids, singles, phrases)
        if len(self._memo) > MEMO_LIMIT:
            self._memo.clear()
        self._memo[word] = entry
        return entry

    def _typo(self, places: list[int], number: int, words: list[str]) -> bool:
        """Whether any word of this occurrence matched only thanks to typo tolerance."""
        for place, choices in zip(places, self._ids[number], strict=True):
            exact = self._index.exact_only(words[place])
            if not choices & exact:
                return True
        return False

    def _rest(
        self,
        number: int,
        start: int,
        words: list[str],
        matched: dict[int, frozenset[int]],
        clause_break: Callable[[int], bool],
    ) -> list[int] | None:
        """Match the term's later words after `start`; return every word's place, or None."""
        ids, gaps = self._ids[number], self.terms[number].gaps
        position = start
        places = [start]
        for pid, gap in zip(ids[1:], gaps[1:], strict=True):  # pid: the word's alternatives
            for candidate in range(position + 1, min(position + 2 + gap, len(words))):
                if clause_break(candidate):
                    return None
                if pid & matched.get(candidate, frozenset()):
                    position = candidate
                    places.append(candidate)
                    break
            else:
                return None
        return places
