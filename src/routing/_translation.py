"""A second reading of a question written in another language, word by word in Dutch.

A rule file in ``rules/`` (``kind: translation``) names a language, the everyday words by which
a text shows it is written in it ("und", "nicht", "ist"), and for each of its words the Dutch
word it means ("nach" naar, "Flug" vlucht), or, for a word whose meaning turns on the next one,
the Dutch word it means before certain words ("zu den", naar de; "zu gehen", te gaan). The
lexicon's own terms for that language read the text first, as they read every text. Where they
find nothing acute, the text is read a second time with its words in Dutch, so that every Dutch
term and combination meets it: a German "er will am Freitag nach Syrien" reads as "hij wil am
vrijdag naar syrie".

That second reading may only make a question acute, through the lexicon's facts, or put a
question its own words left off the subject on it: never calmer, and never through the acute
scorecard, whose weights were learned on Dutch sentences and would weigh a translated one word
by word (`routing._understand`, `routing._pipeline`). The evidence says that the words were
read in translation, and the spans stay the text's own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from ._exceptions import RuleError
from ._text import tokenize
from ._validation import validated

TRANSLATION_KIND = "translation"

# How German is typed without its letters: "schueler", "tuerkei", "kaempfen", "grosses".
_TYPED_BARE = re.compile("ae|oe|ue|ß")
_BARE_LETTER = {"ae": "a", "oe": "o", "ue": "u", "ß": "ss"}


class _BeforeSpec(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", strict=True)

    means: str
    words: list[str] = Field(min_length=1)


class _TranslationSpec(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", strict=True)

    kind: Literal["translation"]
    schema_version: Literal[1]
    language: str = Field(min_length=1)
    cues: list[str] = Field(min_length=1)
    min_cues: int = Field(ge=1, le=20)
    min_share: float = Field(gt=0, le=1)
    words: dict[str, str] = Field(min_length=1)
    before: dict[str, _BeforeSpec] = Field(default_factory=dict)


@dataclass(frozen=True)
class Translation:
    """A language the text may be written in, how to tell, and its words in Dutch."""

    language: str
    cues: frozenset[str]
    min_cues: int
    min_share: float
    words: Mapping[str, str]
    file: str
    # A word whose Dutch depends on the next: its Dutch word there, and those next words.
    before: Mapping[str, tuple[str, frozenset[str]]] = field(default_factory=dict)

    def recognises(self, words: list[str]) -> bool:
        """Whether a text of these (folded) words is written in this language.

        Both a count and a share: a Dutch text that quotes three German words is still Dutch,
        and a one-line German question still has its "und" and "nicht".
        """
        count = sum(map(self.cues.__contains__, words))  # in C: this runs for every text
        return count >= self.min_cues and count >= self.min_share * len(words)

    def dutch(self, words: Iterable[str]) -> dict[str, str]:
        """The Dutch word of each of `words` the file knows, also where it was typed bare.

        The file's words are folded ("kämpfen" is ``kampfen``), but a keyboard without umlauts
        writes "kaempfen", and one without ß "grosses": such a word is read as the file's word
        it stands for. Only a word of the file: "neue" is no "nue", "Steuer" no "steur".
        """
        known = self.words
        found: dict[str, str] = {}
        for word in set(words):
            meant = known.get(word)
            if meant is None and _TYPED_BARE.search(word):
                meant = known.get(_TYPED_BARE.sub(lambda m: _BARE_LETTER[m[0]], word))
            if meant is not None:
                found[word] = meant
        return found

    def in_dutch(self, words: list[str]) -> list[str]:
        """`words` read in Dutch: each by `dutch`, and a word of `before` by the word after it.

        "zu" is "te" before a verb ("um zu kämpfen", om te vechten) and "naar" before an
        article or a possessive ("zu den Kämpfern", naar de strijders).
        """
        meant = self.dutch(words)
        read = [meant.get(word, word) for word in words]
        before = self.before
        if before.keys().isdisjoint(words):
            return read
        for index, word in enumerate(words[:-1]):
            rule = before.get(word)
            if rule is not None and words[index + 1] in rule[1]:
                read[index] = rule[0]
        return read


def parse_translation(raw: Any, file: str) -> Translation:
    """Validate a translation file: its cues and its words, each one word as the text reads it."""
    spec = validated(
        _TranslationSpec,
        raw,
        file=file,
        known_keys=(
            "a translation file has kind, schema_version, language, cues, min_cues, "
            "min_share, words, before; each word under before has means, words"
        ),
        error=RuleError,
    )
    cues = [_one_word(cue, file, f"cues[{index}]") for index, cue in enumerate(spec.cues)]
    words: dict[str, str] = {}
    for written, meant in spec.words.items():
        entry = f"words.{written}"
        word = _one_word(written, file, entry)
        dutch = _one_word(meant, file, entry)
        if word == dutch:
            raise RuleError(
                f"reads {written!r} as itself; list only words that Dutch spells otherwise "
                "(a word left out is read as it stands)",
                file=file,
                entry=entry,
            )
        words[word] = dutch
    before = {
        _one_word(written, file, f"before.{written}"): (
            _one_word(rule.means, file, f"before.{written}.means"),
            frozenset(
                _one_word(after, file, f"before.{written}.words[{index}]")
                for index, after in enumerate(rule.words)
            ),
        )
        for written, rule in spec.before.items()
    }
    return Translation(
        spec.language, frozenset(cues), spec.min_cues, spec.min_share, words, file, before
    )


def _one_word(written: str, file: str, entry: str) -> str:
    """`written` as the one folded word the tokeniser reads ("Flüge" is "fluge")."""
    found = tokenize(written).words
    if len(found) != 1:
        raise RuleError(
            f"has {written!r}; write one word, letters and digits only: a text is "
            "translated word by word",
            file=file,
            entry=entry,
        )
    return found[0]
