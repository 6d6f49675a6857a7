"""Normalising and tokenising a question's text without losing where each word stood.

Matching uses a folded form of the text: Unicode NFKC, lower case, and Latin diacritics removed
(``Syrië`` and ``SYRIE`` both become ``syrie``). Every token keeps the character span it has in
the text as the caller sent it, so evidence can point at it without repeating it.
"""

from __future__ import annotations

import itertools
import re
import unicodedata

_WORD = re.compile(r"\w+")
_SPLIT = re.compile(r"(\w+)")
# A gap between two words that holds one of these ends a sentence or clause for negation.
_CLAUSE_END = re.compile(r"[.;:!?\n]")
# A negation reaches no further than a comma or a bracket either.
_SCOPE_END = re.compile(r"[.;:!?\n,()]")
_COMBINING = re.compile(r"[\u0300-\u036f]")


def _diacritics_table() -> dict[int, str]:
    """Map every Latin letter with diacritics to its base letter, one character to one."""
    table: dict[int, str] = {}
    for code in range(0x00C0, 0x0250):
        char = chr(code)
        base = unicodedata.normalize("NFD", char)[0]
        if base != char and base.isascii() and base.isalpha():
            table[code] = base
    return table


_FOLD = str.maketrans(_diacritics_table())


class Tokens:
    """The folded words of a text, the gaps between them, and where each word stands.

    ``gaps[i]`` is the text before word ``i`` (``gaps[len(words)]`` the text after the last).
    Spans are worked out only when asked for: most words never need one.
    """

    def __init__(
        self,
        words: list[str],
        gaps: list[str],
        starts: list[int] | None = None,
        ends: list[int] | None = None,
    ) -> None:
        self.words = words
        self.gaps = gaps
        self._starts = starts
        self._ends = ends

    def span(self, index: int) -> tuple[int, int]:
        """The character span of word `index` in the original text."""
        if self._starts is None:
            # gaps has one more item than words: the text after the last word, not needed here.
            # All in C: interleave gaps and words, take their lengths, sum them as they go.
            pairs = zip(self.gaps, self.words, strict=False)
            lengths = map(len, itertools.chain.from_iterable(pairs))
            self._starts = list(itertools.accumulate(lengths))[0::2]
        start = self._starts[index]
        end = self._ends[index] if self._ends is not None else start + len(self.words[index])
        return start, end

    def clause_break_before(self, index: int) -> bool:
        """Whether a clause ends between word `index - 1` and word `index`."""
        return index <= 0 or index >= len(self.words) or bool(_CLAUSE_END.search(self.gaps[index]))

    def scope_break_before(self, index: int) -> bool:
        """Whether a negation's scope ends between word `index - 1` and word `index`."""
        return index <= 0 or index >= len(self.words) or bool(_SCOPE_END.search(self.gaps[index]))


def tokenize(text: str) -> Tokens:
    """Fold `text` for matching and split it into words with their original places."""
    folded = _fold(text)
    if len(folded) == len(text):
        # One C-level split gives words and gaps alike; the running sum of their lengths gives
        # every word's start when a span is needed, so no Python work is done per character.
        parts = _SPLIT.split(folded)
        return Tokens(parts[1::2], parts[0::2])
    # Folding changed the length (NFKC expanded a ligature, or lower() an İ): fold word by word
    # on the original text so that spans stay true.
    words: list[str] = []
    gaps: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    last = 0
    for match in _WORD.finditer(text):
        for piece in _WORD.findall(_fold(match.group())):
            gaps.append(text[last : match.start()])
            last = match.start()
            words.append(piece)
            starts.append(match.start())
            ends.append(match.end())
        last = match.end()
    gaps.append(text[last:])
    return Tokens(words, gaps, starts, ends)


def fold(text: str) -> str:
    """Fold a lexicon term the same way as a text, so that both meet in the middle."""
    return _fold(text)


def _fold(text: str) -> str:
    if text.isascii():
        return text.lower()
    if not unicodedata.is_normalized("NFKC", text):
        text = unicodedata.normalize("NFKC", text)
    return _COMBINING.sub("", text.lower().translate(_FOLD))
