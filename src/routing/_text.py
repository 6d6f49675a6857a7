"""Normalising and tokenising a question's text without losing where each word stood.

Matching uses a folded form of the text: Unicode NFKC, lower case, and Latin diacritics removed
(``Syrië`` and ``SYRIE`` both become ``syrie``). Every token keeps the character span it has in
the text as the caller sent it, so evidence can point at it without repeating it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

_WORD = re.compile(r"\w+")
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


@dataclass(frozen=True)
class Tokens:
    """The folded words of a text, their spans in the original, and clause boundaries."""

    words: list[str]
    spans: list[tuple[int, int]]
    text: str  # the folded text where it kept its length, else the original: read gaps here

    def clause_break_before(self, index: int) -> bool:
        """Whether a clause ends between word `index - 1` and word `index`."""
        return self._gap_has(index, _CLAUSE_END)

    def scope_break_before(self, index: int) -> bool:
        """Whether a negation's scope ends between word `index - 1` and word `index`."""
        return self._gap_has(index, _SCOPE_END)

    def _gap_has(self, index: int, marks: re.Pattern[str]) -> bool:
        if index <= 0 or index >= len(self.words):
            return True
        gap = self.text[self.spans[index - 1][1] : self.spans[index][0]]
        return marks.search(gap) is not None


def tokenize(text: str) -> Tokens:
    """Fold `text` for matching and split it into words with their original spans."""
    folded = _fold(text)
    if len(folded) == len(text):
        matches = list(_WORD.finditer(folded))
        return Tokens([m.group() for m in matches], [m.span() for m in matches], folded)
    # Folding changed the length (NFKC expanded a ligature, or lower() an İ): fold word by word
    # on the original text so that spans stay true.
    words: list[str] = []
    spans: list[tuple[int, int]] = []
    for match in _WORD.finditer(text):
        words.extend(_WORD.findall(_fold(match.group())))
        spans.extend([match.span()] * (len(words) - len(spans)))
    return Tokens(words, spans, text)


def fold(text: str) -> str:
    """Fold a lexicon term the same way as a text, so that both meet in the middle."""
    return _fold(text)


def _fold(text: str) -> str:
    if not text.isascii():
        if not unicodedata.is_normalized("NFKC", text):
            text = unicodedata.normalize("NFKC", text)
        return _COMBINING.sub("", text.lower().translate(_FOLD))
    return text.lower()
