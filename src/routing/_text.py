"""Normalising and tokenising a question's text without losing where each word stood.

Matching uses a folded form of the text: Unicode NFKC, lower case, and Latin diacritics removed
(``Syrië`` and ``SYRIE`` both become ``syrie``). Every token keeps the character span it has in
the text as the caller sent it, so evidence can point at it without repeating it.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Mapping
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # only for annotations: the vocabulary's terms are folded by this module
    from ._vocabulary import Fields

_WORD = re.compile(r"\w+")
_SPLIT = re.compile(r"(\w+)")
# In ASCII text \w is [0-9A-Za-z_], which the ASCII flag tests without a Unicode look-up per
# character: a fifth less time for the commonest text.
_ASCII_SPLIT = re.compile(r"(\w+)", re.ASCII)
# A gap between two words that holds one of these ends a sentence or clause for negation.
_CLAUSE_END = re.compile(r"[.;:!?\n]")
# What may stand before a form's label: a line break, the end of a sentence ("waar moet dit
# heen? acuut: nee"), or the separator between two fields on one line ("Klantvraag: ... |
# Acuut: nee", "Ticket 4471 / Acuut: nee").
_FIELD_OPENS = re.compile(r"\n|\||\s/\s|[.!?]\s*$")
# A form's question opens a line or follows a separator: a question inside a sentence is asked.
_LINE_OPENS = re.compile(r"\n|\|")
# A negation reaches no further than a comma or a bracket either.
_SCOPE_END = re.compile(r"[.;:!?\n,()]")
_COMBINING = re.compile(r"[\u0300-\u036f]")
# A blank line: a letter's paragraphs, whose matters a combination does not join.
_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n")
# Quotation marks, straight and typographic, opening and closing alike: where one stands in a
# gap tells which it is.
_QUOTES = frozenset("'\"\u2018\u2019\u201a\u201c\u201d\u201e\u00ab\u00bb")
# A gap after which a capital says nothing: a sentence, a quote or a bracket begins.
_SENTENCE_START = re.compile("[.;:!?\n'\"\u2018\u201c(]")


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

    ``parts`` interleaves gaps and words as `re.split` gives them: ``[gap, word, gap, ...,
    word, gap]``, so word ``i`` is ``parts[2 * i + 1]`` (unless `respell` read it as another)
    and the text before it ``parts[2 * i]``. Spans are worked out only when asked for: a text in
    which no term is found needs none.
    """

    __slots__ = ("_ends", "_starts", "parts", "source", "words")

    def __init__(
        self,
        parts: list[str],
        starts: list[int] | None = None,
        ends: list[int] | None = None,
        source: str = "",
    ) -> None:
        self.parts = parts
        self.words = parts[1::2]
        self._starts = starts
        self._ends = ends
        self.source = source  # the text as sent: only its capitals are ever looked at

    def respell(self, spellings: Mapping[str, str]) -> None:
        """Read each misspelt word of `spellings` as the word it means.

        Only `words` change: the parts, and so the spans, stay the text's, and the evidence
        quotes the typo where it stands.
        """
        if not spellings.keys().isdisjoint(self.words):
            self.words = [spellings.get(word, word) for word in self.words]

    def read_as(self, words: list[str]) -> None:
        """Read each word as the one in its place in `words`, a translation of them.

        As with `respell`, the parts, and so the spans, stay the text's.
        """
        self.words = words

    def spans(self) -> tuple[list[int], list[int]]:
        """Where each word starts, and where it ends, in the original text."""
        if self._starts is None or self._ends is None:
            # A running sum of the parts' lengths, all in C: item 2i is where word i starts,
            # item 2i + 1 where it ends.
            bounds = list(itertools.accumulate(map(len, self.parts)))
            self._starts, self._ends = bounds[0::2], bounds[1::2]
        return self._starts, self._ends

    def place(self, first: int, after: int) -> tuple[int, int]:
        """The character span of words `first` up to `after` (exclusive) in the original text."""
        starts, ends = self.spans()
        return starts[first], ends[after - 1]

    def clause_break_within(self, first: int, last: int) -> bool:
        """Whether a clause ends between word `first` and word `last` (`first` < `last`)."""
        gaps = self.parts[2 * first + 2 : 2 * last + 1 : 2]
        # Most gaps are one space; only where one is not is there anything to look for.
        if gaps.count(" ") == len(gaps) or _CLAUSE_END.search("".join(gaps)) is None:
            return False
        # The full stops inside an abbreviation of single letters ("n.v.t.") end no clause.
        words = self.words
        return any(
            _CLAUSE_END.search(gap) is not None
            and not (gap == "." and len(words[at]) == 1 == len(words[at + 1]))
            for at, gap in enumerate(gaps, first)
        )

    def written_as_name(self, index: int) -> bool:
        """Whether word `index` is written as a name: a capital, then small letters.

        Only inside a sentence ("ik vertrouw het niet Yusuf vertrekt"): not first in one, nor
        right after a quote or a bracket, where every word may start with a capital.
        """
        if index == 0 or _SENTENCE_START.search(self.parts[2 * index]):
            return False
        starts, ends = self.spans()
        written = self.source[starts[index] : ends[index]]
        return written[:1].isupper() and not written.isupper()

    def paragraphs(self) -> list[int] | None:
        """The paragraph of each word, counted from 0; None where no blank line splits the text."""
        if "\n" not in self.source:
            return None
        numbers: list[int] = []
        paragraph = 0
        for gap in self.parts[0:-1:2]:  # the gap before each word
            if "\n" in gap and _PARAGRAPH_BREAK.search(gap):
                paragraph += 1
            numbers.append(paragraph)
        return numbers if paragraph else None

    def set_aside(self, first: int, after: int) -> tuple[int, int]:
        """The words (from, up to) that a cue at words `first` up to `after` sets aside.

        Its own sentence up to the end of its clause ("de pers belde ook, maar die laat ik aan
        de woordvoerder"); where the cue opens its sentence, the sentence before it too
        ("Moeten persvragen via mij? Dat zoek ik intern wel uit."). A colon or a semicolon
        ends a sentence here too, and a comma or a bracket the cue's clause.
        """
        start = self.sentence_start(first)
        if start == first and first > 0:
            start = self.sentence_start(first - 1)
        end = after
        while not self.scope_break_before(end):
            end += 1
        return start, end

    def sentence_start(self, index: int) -> int:
        """The first word of the sentence word `index` stands in (`.;:!?` or a line break)."""
        return self._start(index, _CLAUSE_END)

    def clause_start(self, index: int) -> int:
        """The first word of the clause word `index` stands in (a sentence, `,` or a bracket)."""
        return self._start(index, _SCOPE_END)

    def _start(self, index: int, end: re.Pattern[str]) -> int:
        parts = self.parts
        while index > 0:
            gap = parts[2 * index]
            if gap != " " and end.search(gap):
                return index
            index -= 1
        return 0

    def field_label(self, value: int, after: int, fields: Fields) -> int | None:
        """The first word of the label whose field's value is words `value` up to `after`.

        A form's field: "Acuut: nee", a label of at most `fields.label_words` words at the start
        of a line, of the text, of a sentence or after a field's separator ("|"), a colon, and
        the value after it. A label that short asked as a question is one too ("Dreiging? Nee,
        nul komma nul"). Or a form's question ("Is er sprake van direct gevaar? nee"), of at
        most `fields.question_words` words, opening a line, answered by the value alone: the
        rest of its line, so that "Gaat hij iets doen? Nee, zegt hij, maar ..." is no field.
        None where there is no such label.
        """
        parts = self.parts
        if not 0 < value < len(self.words) or "\n" in parts[2 * value]:
            return None
        mark = parts[2 * value].strip()
        if mark not in (":", "?:", "?"):
            return None
        short = self._label_start(value, fields.label_words, _FIELD_OPENS)
        if short is not None or mark != "?" or not fields.question_words:
            return short
        if not self._ends_field(after):
            return None
        return self._label_start(value, fields.question_words, _LINE_OPENS)

    def _label_start(self, value: int, reach: int, opening: re.Pattern[str]) -> int | None:
        """The first of at most `reach` words before word `value` that `opening` opens."""
        parts = self.parts
        first = value - 1
        while first > 0 and value - first < reach:
            gap = parts[2 * first]
            if opening.search(gap):
                break
            if gap.strip(" -/") or not gap:  # only a space, a hyphen or a slash within a label
                return None
            first -= 1
        before = parts[2 * first]
        opens = (first == 0 and not before.strip()) or opening.search(before) is not None
        return first if opens else None

    def _ends_field(self, after: int) -> bool:
        """Whether the words before `after` end their line (or the text, or a field)."""
        return after == len(self.words) or _LINE_OPENS.search(self.parts[2 * after]) is not None

    def quotes_before(self, index: int) -> tuple[bool, bool]:
        """Whether a quote closes, and whether one opens, between word `index - 1` and `index`.

        A mark right after a word closes a quote ("staan' is"), one right before a word opens
        one ("zei 'niet"); one inside a word ("zo'n", "Syrië's") is neither.
        """
        gap = self.parts[2 * index]
        if len(gap) < 2:  # a mark alone sits inside a word ("zo'n"), or there is no mark
            return False, False
        return gap[0] in _QUOTES, gap[-1] in _QUOTES

    def scope_break_before(self, index: int) -> bool:
        """Whether a negation's scope ends between word `index - 1` and word `index`."""
        if 0 < index < len(self.words):
            gap = self.parts[2 * index]
            return gap != " " and bool(_SCOPE_END.search(gap))
        return True


def tokenize(text: str) -> Tokens:
    """Fold `text` for matching and split it into words with their original places."""
    if text.isascii():
        return Tokens(_ASCII_SPLIT.split(text.lower()), source=text)
    folded = _fold(text)
    if len(folded) == len(text):
        # One C-level split gives words and gaps alike, and every span when one is needed.
        return Tokens(_SPLIT.split(folded), source=text)
    # Folding changed the length (NFKC expanded a ligature, or lower() an İ): fold word by word
    # on the original text so that spans stay true.
    parts: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    last = 0
    for match in _WORD.finditer(text):
        for piece in _WORD.findall(_fold(match.group())):
            parts += [text[last : match.start()], piece]
            last = match.start()
            starts.append(match.start())
            ends.append(match.end())
        last = match.end()
    parts.append(text[last:])
    return Tokens(parts, starts, ends, source=text)


def fold(text: str) -> str:
    """Fold a lexicon term the same way as a text, so that both meet in the middle."""
    return _fold(text)


def _fold(text: str) -> str:
    if text.isascii():
        return text.lower()
    if not unicodedata.is_normalized("NFKC", text):
        text = unicodedata.normalize("NFKC", text)
    return _COMBINING.sub("", text.lower().translate(_FOLD))
