"""Matching one folded word against many word patterns at once, with a bounded memo.

A pattern is exact, a prefix, a suffix, an infix, and may allow one typo (see `routing._terms`).
Each distinct word is worked out once: texts repeat their words, and a lexicon's patterns
share few stems, so a memo of word -> pattern ids is what makes a text's words cheap.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TypeVar

from ._terms import FUZZY_MIN_LENGTH, WordPattern

#: How many distinct words each memo keeps before it starts afresh: a question uses a few dozen,
#: a 1 MB text about twenty thousand; the cap keeps a flood of distinct words at a few MB.
MEMO_LIMIT = 50_000

_Value = TypeVar("_Value")


class WordMemo(dict[str, _Value]):
    """What each distinct word gives, worked out on first look-up and bounded by `MEMO_LIMIT`.

    Read a text's words with ``list(map(memo.__getitem__, words))``: a word seen before costs
    one look-up in C, and only a new one calls back into Python, so no pass is needed to find
    the words that are missing.
    """

    def __init__(self, work: Callable[[str], _Value]) -> None:
        super().__init__()
        self._work = work

    def __missing__(self, word: str) -> _Value:
        value = self._work(word)
        if len(self) > MEMO_LIMIT:  # bounded: a flood of distinct words cannot grow it
            self.clear()
        self[word] = value
        return value


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
    _memo: WordMemo[frozenset[int]] = field(init=False)
    _exact_memo: WordMemo[frozenset[int]] = field(init=False)

    def __post_init__(self) -> None:
        self._memo = WordMemo(lambda word: frozenset(self._match(word)))
        self._exact_memo = WordMemo(lambda word: frozenset(self._match(word, fuzzy=False)))

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
        return self._memo[word]

    def matches(self, words: list[str]) -> list[frozenset[int]]:
        """The ids each of `words` matches, in one C-level pass over the memo."""
        return list(map(self._memo.__getitem__, words))

    def exact_only(self, word: str) -> frozenset[int]:
        """The ids matched without typo tolerance (to tell typo matches apart in evidence)."""
        return self._exact_memo[word]

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
