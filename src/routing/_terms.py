"""The term syntax of the word files: how policy staff write words and phrases, compiled.

A term is one or more word patterns separated by spaces; the words must follow each other in
one clause, and ``...`` between two words allows up to three other words in between (``... ...``
up to six: "paspoort van de teruggekeerde man vervallen" is ``paspoort* ... ... vervallen``).
A word pattern is matched against a folded word (lower case, no diacritics):

==================  ====================================  ================================
pattern             matches                               for
==================  ====================================  ================================
``uitreis``         that word only                        words that change when extended
``uitreis*``        words that start with it              stems, compounds: uitreisvermoeden
``*dreiging``       words that end with it                compounds: terreurdreiging
``*extremis*``      words that contain it                 compounds: rechtsextremistisch
``~ambtsbericht``   also with one typo (8+ letters)       misspellings: ambstbericht
``wil|gaat``        either word                           several words in one place
==================  ====================================  ================================
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from ._text import fold

PatternKind = Literal["exact", "prefix", "suffix", "infix"]
GAP = "..."
MAX_GAP = 3  # words per "..."
MAX_GAPS = 2  # "... ..." in a row: up to six words
FUZZY_MIN_LENGTH = 8


@dataclass(frozen=True)
class WordPattern:
    """One word of a term."""

    kind: PatternKind
    stem: str
    fuzzy: bool = False

    def __str__(self) -> str:
        """The pattern as policy staff write it: what `parse_term` reads back into it."""
        written = {
            "exact": self.stem,
            "prefix": f"{self.stem}*",
            "suffix": f"*{self.stem}",
            "infix": f"*{self.stem}*",
        }[self.kind]
        return f"~{written}" if self.fuzzy else written


@dataclass(frozen=True)
class Term:
    """A term as written, and its compiled words; ``gaps[i]`` words may precede word ``i``.

    Each word is a tuple of alternatives (``wil*|gaat|vertrekt``): any one of them matches.
    """

    text: str
    words: tuple[tuple[WordPattern, ...], ...]
    gaps: tuple[int, ...]


def parse_term(text: str) -> Term:
    """Compile a term; raise `ValueError` saying how to write it if it is malformed."""
    words: list[tuple[WordPattern, ...]] = []
    gaps: list[int] = []
    gap = 0
    for part in fold(text).split():
        if part == GAP:
            if not words:
                raise ValueError(f"{text!r}: '...' must stand between two words")
            if gap == MAX_GAPS * MAX_GAP:
                raise ValueError(
                    f"{text!r}: at most {MAX_GAPS} '...' in a row ({MAX_GAPS * MAX_GAP} words); "
                    "a longer reach would join words from different thoughts"
                )
            gap += MAX_GAP
            continue
        words.append(tuple(_word(choice, text) for choice in part.split("|")))
        gaps.append(gap)
        gap = 0
    if not words or gap:
        raise ValueError(f"{text!r}: a term needs at least one word and cannot end with '...'")
    return Term(text, tuple(words), tuple(gaps))


def _word(part: str, term: str) -> WordPattern:
    fuzzy = part.startswith("~")
    part = part.removeprefix("~")
    star_start, star_end = part.startswith("*"), part.endswith("*")
    stem = part.strip("*")
    if not stem or not stem.isalnum() or "*" in stem:
        raise ValueError(
            f"{term!r}: {part!r} is not a word pattern; use letters and digits, with * only "
            "at the start or end (a hyphen splits a word in two: write the parts as two words)"
        )
    if fuzzy and len(stem) < FUZZY_MIN_LENGTH:
        raise ValueError(
            f"{term!r}: ~ allows a typo only in words of {FUZZY_MIN_LENGTH} letters or more; "
            f"shorter ones, like {stem!r}, would match too many other words"
        )
    kind: PatternKind = (
        "infix" if star_start and star_end else
        "suffix" if star_start else
        "prefix" if star_end else
        "exact"
    )  # fmt: skip
    return WordPattern(kind, stem, fuzzy)
