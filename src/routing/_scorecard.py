"""Scorecards: learned weights for single words, declared in ``rules/``, under the word lists.

People often describe a threat rather than name it: "hij neemt afscheid van iedereen, het
ticket ligt klaar, hij gaat de broeders helpen" holds no word of the lexicon's threat lists.
A scorecard gives single words a weight. A text starts at ``start`` points and each distinct
word of it that the card lists adds its weight (a negative weight subtracts). There are two
kinds, one card each, told apart by the fact they set:

- ``sets: acute``: at ``threshold`` points or more the text is acute. It can only add
  `acute`, never take it away: a false alarm costs a phone call, a missed threat far more.
- ``sets: on_topic``: at ``threshold`` points or fewer, a question the words took to be about
  the subject is not: it can only take `on_topic` away, and never from an acute question.

The weights are learned by ``scripts/learn_scorecard.py`` from questions labelled by people,
and the file says from which. How a reading applies them is in `routing._understand`.
"""

from __future__ import annotations

import datetime
import math
import re
from collections import Counter
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, replace
from typing import Any, Literal, NamedTuple

from pydantic import BaseModel, ConfigDict, Field

from ._exceptions import RuleError
from ._text import fold
from ._validation import validated

SCORECARD_KIND = "scorecard"

_ONE_WORD = re.compile(r"\w+")
# Up to this many words, finding each sign's first place with `list.index` (in C) is cheapest.
_SHORT = 2_000
# A total is rounded to this many decimals: the file writes weights with two, so a total reads
# as the sum of start and signs and compares with a threshold as it reads.
_DECIMALS = 6


class StrictSpec(BaseModel):
    """A card file's part: frozen, strict, and no key it does not know."""

    model_config = ConfigDict(frozen=True, extra="forbid", strict=True)


class LearnedSpec(StrictSpec):
    """How a card was learned: by which script, from which questions, how many, and when."""

    by: str = Field(min_length=1)
    source: str = Field(min_length=1)
    questions: int = Field(ge=1)
    date: datetime.date


class _LearnedSpec(LearnedSpec):
    positives: int = Field(ge=1)  # how many of the questions the fact is true for


class _CardSpec(StrictSpec):
    kind: Literal["scorecard"]
    schema_version: Literal[1]
    threshold: float
    start: float
    learned: _LearnedSpec
    weights: dict[str, float] = Field(min_length=1)


class _AcuteCardSpec(_CardSpec):
    sets: Literal["acute"]
    # A text that no word of the lexicon makes about the subject needs more points.
    off_topic_threshold: float
    # And a text that denies travel or a threat more still: the card must be sure.
    denied_threshold: float


class _TopicCardSpec(_CardSpec):
    sets: Literal["on_topic"]


#: The facts a card may set, with its schema and the keys it has (for "not a known key").
_SPECS: dict[str, tuple[type[_CardSpec], str]] = {
    "acute": (_AcuteCardSpec, "threshold, off_topic_threshold, denied_threshold"),
    "on_topic": (_TopicCardSpec, "threshold"),
}
CARD_FACTS = tuple(_SPECS)
#: The acute card's bars, each at least the one before it: (field, the bar below it, why).
_RISING_BARS = (
    (
        "off_topic_threshold",
        "threshold",
        "a text that no word makes about the subject should need more points, not fewer",
    ),
    (
        "denied_threshold",
        "off_topic_threshold",
        "a text that denies travel or a threat should need the most points of all",
    ),
)


class Sign(NamedTuple):
    """One word of a text that the scorecard weighs, and where it first stands."""

    word: str
    weight: float
    place: int  # the word's number in the text


class Score(NamedTuple):
    """What a scorecard made of a text: the points, and the card's words the text holds."""

    total: float
    present: AbstractSet[str]


@dataclass(frozen=True)
class Scorecard:
    """Weights for words, a start and a threshold; see the module's docstring."""

    sets: str  # "acute" or "on_topic"
    start: float
    threshold: float
    weights: dict[str, float]
    file: str
    off_topic_threshold: float = 0.0  # for `acute`
    denied_threshold: float = 0.0  # for `acute`

    def score(self, words: list[str]) -> Score:
        """Score a text's folded words; each distinct word counts once."""
        weights = self.weights
        # One intersection and one sum, both in C: this runs for every text. A dict's keys
        # meet a list by looking each word up, the cheapest way for a few dozen words.
        present = weights.keys() & words
        return Score(self._total(present), present)

    def discounted(self, score: Score, words: list[str], unsaid: AbstractSet[int]) -> Score:
        """`score` without the words that add points but stand only at `unsaid` places.

        Those are the places where a cue negates a word, or where the lexicon says a word means
        no threat. "Wij hebben geen ambtsbericht ontvangen" does not count "ambtsbericht", as
        it sets no fact either; nor does "het algemeen ambtsbericht over Irak". Words that take
        points away count as they are: a discount only ever lowers a score.
        """
        weights = self.weights
        adding = {word for word in score.present if weights[word] > 0}
        # A word is left out when every place it stands is unsaid: count its unsaid places
        # against all of them.
        counts: dict[str, int] = {}
        for place in unsaid:
            word = words[place]
            if word in adding:
                counts[word] = counts.get(word, 0) + 1
        # In a long text, counting each word anew would be quadratic: count them all at once.
        total = (
            words.count
            if len(words) <= _SHORT
            else Counter(filter(adding.__contains__, words)).__getitem__
        )
        denied = {word for word, count in counts.items() if total(word) == count}
        if not denied:
            return score
        present = score.present - denied
        return Score(self._total(present), present)

    def _total(self, present: AbstractSet[str]) -> float:
        # `fsum`, not `sum`: a set's order changes with Python's hash seed, and a plain sum of
        # floats with the order of its terms. At the threshold that decided whether a text was
        # acute: the same question could be acute in one process and not in the next.
        return round(self.start + math.fsum(map(self.weights.__getitem__, present)), _DECIMALS)

    def signs(self, words: list[str], present: AbstractSet[str]) -> list[Sign]:
        """The words of `present`, heaviest first, each with its first place in `words`."""
        first = first_places(words, present)
        weights = self.weights
        signs = [Sign(word, weights[word], first[word]) for word in present]
        signs.sort(key=lambda sign: (-abs(sign.weight), sign.place))
        return signs


def first_places(words: list[str], present: AbstractSet[str]) -> dict[str, int]:
    """Where each word of `present` first stands in `words`."""
    if len(words) <= _SHORT:
        return {word: words.index(word) for word in present}
    # One pass, however many words: `index` per word would be quadratic in a book.
    first: dict[str, int] = {}
    for index, word in enumerate(words):
        if word in present and word not in first:
            first[word] = index
    return first


def parse_scorecard(raw: Any, file: str) -> Scorecard:
    """Validate a scorecard file; raise `RuleError` naming the word or field to fix."""
    sets = raw.get("sets") if isinstance(raw, dict) else None
    if sets not in _SPECS:
        raise RuleError(
            f"sets {sets!r}, and a scorecard can only set one of: {', '.join(CARD_FACTS)}; "
            "a card that set a row's own fact would decide the answer, not guard it",
            file=file,
            field="sets",
        )
    model, own = _SPECS[sets]
    spec = validated(
        model,
        raw,
        file=file,
        known_keys=(
            f"a scorecard for {sets} has kind, schema_version, sets, {own}, start, learned "
            "and weights"
        ),
        error=RuleError,
    )
    check_words(spec.weights, file)
    card = Scorecard(sets, spec.start, spec.threshold, dict(spec.weights), file)
    if isinstance(spec, _AcuteCardSpec):
        for field, below, why in _RISING_BARS:
            value, floor = getattr(spec, field), getattr(spec, below)
            if value < floor:
                raise RuleError(f"is below the {below} ({floor}); {why}", file=file, field=field)
        return replace(
            card,
            off_topic_threshold=spec.off_topic_threshold,
            denied_threshold=spec.denied_threshold,
        )
    return card


def check_words(weights: dict[str, float], file: str) -> None:
    for word, weight in weights.items():
        if not _ONE_WORD.fullmatch(word):
            raise RuleError(
                "is not one word; a scorecard weighs single words (letters and digits only), "
                "so split a phrase into its words or leave it to the lexicon",
                file=file,
                entry=f"word {word!r}",
            )
        if fold(word) != word:
            raise RuleError(
                f"is not written as texts are compared; write {fold(word)!r} "
                "(lower case, without accents)",
                file=file,
                entry=f"word {word!r}",
            )
        if weight == 0:
            raise RuleError(
                "has weight 0, which changes nothing; remove the word",
                file=file,
                entry=f"word {word!r}",
            )
