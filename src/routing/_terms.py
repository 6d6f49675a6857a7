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

from collections import Counter
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


# Words that never stand twice in a row: "de het" is no Dutch, so "in de krant|het nieuws" is
# a phrase split by `|`, not two alternatives.
_ARTICLES = frozenset(("de", "het", "een", "the", "a", "an"))
# Words that may stand where an article stands: "een|de|onze|die training" is one word's
# alternatives as meant.
_DETERMINERS = _ARTICLES | frozenset(
    """
    mijn mn je jouw zijn zn haar ons onze jullie hun uw deze die dit dat elk elke ieder iedere
    geen welke welk zo n my your his her its our their this that these those every no some any
    """.split()  # noqa: SIM905  # a list of words reads best as words
)


def split_phrase(term: Term) -> str | None:
    """Say why `term` looks like a phrase written inside one word's alternatives, if it does.

    `|` separates alternatives for one word, so "afstemmen|af te stemmen" means "afstemmen" or
    "af", then "te", then "stemmen": never the phrase its author meant. Eleven signs give it away:
    a short alternative that, with the word after or before it (past a "te"), makes up another
    one ("in te rijden|inrijden"); an article right after a place that holds only articles;
    an article beside a word that is no determiner, before another word ("in
    jannah|het paradijs": "jannah", or "het" and then "paradijs"); a word that is both an
    alternative and the word right after it ("erin rijden|te rijden": "rijden", then "rijden");
    a modal verb among alternatives before "te" or "to" ("will|wants to stab": "will to stab");
    the "t" of a contraction among alternatives ("won t|will not live": "won", then "t" or
    "will", then "not"); an alternative that is a form of the word right before it
    ("vorige maand|vorig jaar": "vorige", then "maand" or "vorig", then "jaar"); alternatives
    between two places that hold only "te" ("te vermoorden|neer te schieten"); a word that
    two places of a phrase hold among alternatives ("campagne|huis aan huis|flyers"); and a
    word written twice among one place's alternatives ("gezocht wordt|wordt gezocht": a
    phrase turned round, which reads "gezocht", "wordt", "gezocht"); and a preposition among
    other words right before a place of determiners only ("nu|momenteel|op dit moment").
    """
    words = term.words
    for index, choices in enumerate(words):
        if len(choices) < 2:
            continue
        doubled = sorted(c.stem for c, times in Counter(choices).items() if times > 1)
        if doubled:
            return f"{doubled[0]!r} is written twice among one word's alternatives"
        stems = {c.stem for c in choices}
        if index + 1 < len(words) and not term.gaps[index + 1]:
            again = sorted(stems & {c.stem for c in words[index + 1] if c.kind == "exact"})
            if again:
                return f"{again[0]!r} is both an alternative for a word and the word after it"
        for short in (c.stem for c in choices if c.kind == "exact"):
            for rest in _following(term, index):
                joined = short + rest
                if any(stem != short and stem.startswith(joined) for stem in stems):
                    return f"{short!r} and a word after it make up the alternative {joined!r}"
            for head in _preceding(term, index):
                joined = head + short
                if joined in stems:
                    return f"{head!r} and {short!r} make up the alternative {joined!r}"
        modal = sorted(c.stem for c in choices if c.kind == "exact" and c.stem in _MODALS)
        if modal and index + 1 < len(words) and not term.gaps[index + 1]:
            after = {c.stem for c in words[index + 1]}
            if after <= {"te", "to"}:
                return f"{modal[0]!r} takes no {sorted(after)[0]!r} after it"
        before = {c.stem for c in words[index - 1]} if index else set()
        twice = _repeated(term, index)
        if twice is not None:
            return f"{twice!r} is an alternative in two places of one phrase"
        if _between_infinitives(term, index):
            named = " or ".join(repr(stem) for stem in sorted(stems))
            return f"'te' stands before and after the alternatives {named}"
        if index and not term.gaps[index]:
            for stem in sorted(stems):
                form = next((b for b in sorted(before) if _inflected(b, stem)), None)
                if form is not None:
                    return f"{stem!r} is a form of {form!r}, the word before it"
        if "t" in stems and before & _CONTRACTIONS:
            return f"'t' ends the contraction {sorted(before & _CONTRACTIONS)[0]!r} t"
        if stems & _ARTICLES and before and before <= _ARTICLES:
            return f"an article follows {' or '.join(sorted(before))!r}"
        prepositions = stems & _PREPOSITIONS
        if prepositions and stems - _LINKS and _only_determiners(term, index + 1):
            return (
                f"{sorted(prepositions)[0]!r} and {sorted(stems - _LINKS)[0]!r} are "
                "alternatives for one word before a determiner; if the determiner belongs to "
                f"{sorted(prepositions)[0]!r} only"
            )
        nouns = sorted(stems - _DETERMINERS)
        if stems & _ARTICLES and nouns and index + 1 < len(words):
            article = sorted(stems & _ARTICLES)[0]
            return (
                f"{article!r} and {nouns[0]!r} are alternatives for one word before another; "
                f"if {article!r} belongs to the word after it"
            )
    return None


# A preposition among other words, before a place of determiners only: "nu|momenteel|op dit
# moment" meant "nu", "momenteel" or "op dit moment", and read "nu dit moment" (round
# 1369-1376 found it).
_PREPOSITIONS = frozenset(
    """
    aan achter bij binnen boven buiten door in langs met na naar naast om onder op over per
    rond rondom sinds tegen tijdens tot tussen uit van vanaf vanuit vanwege via volgens voor
    wegens zonder
    about after against as at before by during for from in into like of on over since to under via
    with without
    """.split()  # noqa: SIM905  # a list of words reads best as words
)
# Words that may stand where a preposition stands before a determiner ("voordat|als het").
_LINKS = _PREPOSITIONS | frozenset(
    """
    als dan en maar mocht of toen voordat wanneer zodra and but if or when
    """.split()  # noqa: SIM905  # a list of words reads best as words
)


def _only_determiners(term: Term, index: int) -> bool:
    """Whether word `index` of `term` stands right after the one before it and is a determiner."""
    if index >= len(term.words) or term.gaps[index]:
        return False
    return {c.stem for c in term.words[index]} <= _DETERMINERS


# Verbs that take a bare infinitive: "will|wants to stab" meant "will stab" or "wants to stab",
# and matches "will to stab" instead, never "will stab" (held-out set 331 found it).
_MODALS = frozenset(
    """
    wil wilt willen kan kun kunt kunnen moet moeten zal zul zult zullen mag mogen ga gaat gaan
    will would can could shall should must may might
    """.split()  # noqa: SIM905  # a list of words reads best as words
)


# What the tokeniser leaves of an English contraction before its "t": "won't" is "won" "t".
_CONTRACTIONS = frozenset(
    """
    don doesn didn isn aren wasn weren won can couldn wouldn shouldn haven hasn hadn
    """.split()  # noqa: SIM905  # a list of words reads best as words
)


def _repeated(term: Term, index: int) -> str | None:
    """A word among the alternatives of word `index` that a later place, with no gap, holds too.

    "campagne|huis aan huis|flyers" reads "campagne" or "huis", then "aan", then "huis" or
    "flyers". A phrase that says a word twice on purpose ("huis aan huis") has no `|` there.
    """
    mine = {c.stem for c in term.words[index] if c.kind == "exact"}
    for place in range(index + 1, len(term.words)):
        if term.gaps[place]:
            break
        later = term.words[place]
        if len(term.words[index]) + len(later) > 2:
            again = sorted(mine & {c.stem for c in later if c.kind == "exact"})
            if again and place > index + 1:  # right after it is the sign above
                return again[0]
    return None


def _between_infinitives(term: Term, index: int) -> bool:
    """Whether word `index` has alternatives between two places that hold only "te".

    "te vermoorden|neer te schieten" reads "te", then "vermoorden" or "neer", then "te": two
    phrases written in one term, so that neither matches.
    """
    only_te = [i for i, choices in enumerate(term.words) if [c.stem for c in choices] == ["te"]]
    return len(term.words[index]) > 1 and any(
        i < index < j and not any(term.gaps[i + 1 : j + 1]) for i in only_te for j in only_te
    )


def _inflected(one: str, other: str) -> bool:
    """Whether two words differ only in an ending of up to two letters ("vorig", "vorige")."""
    short, long = sorted((one, other), key=len)
    return (
        short != long and len(short) >= 4 and long.startswith(short) and len(long) - len(short) <= 2
    )


def _preceding(term: Term, index: int) -> list[str]:
    """The stems that may come right before word `index`, past a "te" ("in te rijden").

    Only words with no gap between them: "fight|fighting ... in" glued nothing together.
    """
    preceding: list[str] = []
    for place in range(index - 1, max(index - 3, -1), -1):
        if term.gaps[place + 1]:
            break
        before = term.words[place]
        preceding += [c.stem for c in before if c.kind in ("exact", "suffix")]
        if [c.stem for c in before] != ["te"]:
            break
    return preceding


def _following(term: Term, index: int) -> list[str]:
    """The stems that may come right after word `index`, past a "te" ("af te stemmen")."""
    following: list[str] = []
    for place in range(index + 1, min(index + 3, len(term.words))):
        if term.gaps[place]:
            break
        after = term.words[place]
        following += [c.stem for c in after if c.kind in ("exact", "prefix")]
        if [c.stem for c in after] != ["te"]:
            break
    return following
