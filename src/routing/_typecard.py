"""The type card: learned weights that say which question type a text's words weigh most for.

The lexicon's words set facts and the rules' priorities turn facts into a type. Where a text's
words set facts of two types ("een journalist belt over de leerling die wil uitreizen"), a
priority that is right for one question is wrong for the next. The type card weighs every word
for each type, learned by ``scripts/learn_type_card.py`` from questions people labelled, and
acts as a referee over the rules' answer (`routing._pipeline`):

- Each type starts at its ``start`` points, and each distinct word of the text that the card
  lists adds its weight for that type. The type with the most points is the card's type; its
  *chance* is its softmax share, ``1 / sum(exp(other - best))``.
- Where that chance is at least ``threshold`` and the rules chose another type, the card's type
  becomes the primary one, and the rules' type stays among the matched ones.
- The card referees calm questions about the subject only, among the subject's calm types. It
  never changes whether a question is acute: it does not choose an acute type, and an acute
  question keeps the rules' type, with the police first.
- It never takes a question off the subject: off it a question gets no contact at all. Where
  the file has ``onto_subject``, it may put a question that the words left off the subject on
  it, with one of the types listed there and at a chance of at least that threshold (0.95:
  "online extreme content deelt ... waar leggen we dit signaal neer?" names no word of the
  lexicon). Press work is not among the shipped ones: put on the subject, an everyday press
  question ("de pers belt over de nieuwe bibliotheek") would go to the NCTV. Where the
  question would then be acute (threat words that the words read as off the subject), it
  stays off: the card never makes a question acute.
"""

from __future__ import annotations

import math
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from typing import Any, Literal, NamedTuple

from pydantic import Field

from ._evidence_models import ScoreSign, TypeScore
from ._exceptions import RuleError
from ._frozen import built
from ._scorecard import LearnedSpec, StrictSpec, check_words, first_places
from ._table import UNKNOWN
from ._text import Tokens
from ._validation import validated

TYPE_CARD_KIND = "type-card"

# The chance is rounded to this many decimals before it is compared, as the trace shows it.
_CHANCE_DECIMALS = 4


class _OntoSubjectSpec(StrictSpec):
    threshold: float
    types: list[str] = Field(min_length=1)


class _TypeCardSpec(StrictSpec):
    kind: Literal["type-card"]
    schema_version: Literal[1]
    threshold: float
    onto_subject: _OntoSubjectSpec | None = None
    learned: LearnedSpec
    start: dict[str, float] = Field(min_length=2)
    weights: dict[str, dict[str, float]] = Field(min_length=1)


class TypeChoice(NamedTuple):
    """The card's type for one text, how sure it is, and what it needs to show its signs."""

    question_type: str
    chance: float
    present: AbstractSet[str]  # the card's words that the text holds
    tokens: Tokens


@dataclass(frozen=True)
class TypeCard:
    """Per word, a weight for each type; per type a start; see the module's docstring."""

    types: tuple[str, ...]
    start: tuple[float, ...]
    vectors: dict[str, tuple[float, ...]]  # a word's weight for each of `types`, 0 where none
    threshold: float
    file: str
    # The types the card may put a question on the subject with, and the chance it needs;
    # no type where the file has no `onto_subject`, so the card never does.
    onto_types: frozenset[str] = frozenset()
    onto_threshold: float = 1.0

    def choose(self, tokens: Tokens) -> TypeChoice:
        """The type the text's words weigh most for, and its chance."""
        present = self.vectors.keys() & tokens.words
        # `fsum`, as the scorecards do: a set's order changes with the hash seed, and a plain
        # sum of floats with the order of its terms. One column per type, all in C.
        columns = zip(self.start, *map(self.vectors.__getitem__, present), strict=True)
        totals = list(map(math.fsum, columns))
        best = max(totals)
        at = totals.index(best)  # ties go to the first type in the file's order
        chance = 1.0 / math.fsum(math.exp(total - best) for total in totals)
        return TypeChoice(self.types[at], round(chance, _CHANCE_DECIMALS), present, tokens)

    def decides(self, choice: TypeChoice, ruled: str, *, calm_types: AbstractSet[str]) -> bool:
        """Whether the card's type replaces `ruled`, the rules' type of a calm question.

        `calm_types` are the subject's types that are not acute (`unknown` is not among them):
        the card only re-orders those, where it is sure enough.
        """
        chosen = choice.question_type
        return (
            chosen != ruled
            and chosen in calm_types
            and ruled in calm_types
            and choice.chance >= self.threshold
        )

    def puts_on_subject(self, choice: TypeChoice) -> bool:
        """Whether the card puts a question the words left off the subject on it, as its type."""
        return choice.question_type in self.onto_types and choice.chance >= self.onto_threshold

    def evidence(self, choice: TypeChoice, rules_type: str, *, applied: bool) -> TypeScore:
        """The card's reading as evidence; its words are listed only where it applied.

        The threshold is the bar this question had to clear: `onto_subject`'s where the rules
        left it off the subject and the card may put questions on it, the card's own elsewhere.
        """
        onto = rules_type == UNKNOWN and self.onto_types
        values = {
            "question_type": choice.question_type,
            "chance": choice.chance,
            "threshold": self.onto_threshold if onto else self.threshold,
            "rules_type": rules_type,
            "applied": applied,
            "signs": self._signs(choice, rules_type) if applied else (),
        }
        return built(TypeScore, values)

    def _signs(self, choice: TypeChoice, rules_type: str) -> tuple[ScoreSign, ...]:
        # What decided is the difference between the two types, not the card's type alone:
        # "een" and "de" weigh for every type about alike, and cancel out here.
        chosen, ruled = self.types.index(choice.question_type), self.types.index(rules_type)
        weights = {
            word: round(self.vectors[word][chosen] - self.vectors[word][ruled], 2)
            for word in choice.present
        }
        weighing = {word for word, weight in weights.items() if weight > 0}
        words = choice.tokens.words
        first = first_places(words, weighing)
        starts, ends = choice.tokens.spans()
        order = sorted(weighing, key=lambda word: (-weights[word], first[word]))
        return tuple(
            built(
                ScoreSign,
                {
                    "word": word,
                    "weight": weights[word],
                    "start": starts[first[word]],
                    "end": ends[first[word]],
                },
            )
            for word in order
        )


def _check_finite(value: float, file: str, entry: str) -> None:
    if not math.isfinite(value):
        raise RuleError(
            f"has the weight {value}, which is not a number the card can add; relearn the card "
            "with scripts/learn_type_card.py",
            file=file,
            entry=entry,
        )


def parse_type_card(raw: Any, file: str) -> TypeCard:
    """Validate a type card's file; raise `RuleError` naming the word or type to fix."""
    spec = validated(
        _TypeCardSpec,
        raw,
        file=file,
        known_keys=(
            "a type card has kind, schema_version, threshold, onto_subject, learned, start and "
            "weights"
        ),
        error=RuleError,
    )
    if not 0.5 <= spec.threshold <= 1.0:
        raise RuleError(
            f"is {spec.threshold}; write a chance from 0.5 (even odds) to 1.0: below even odds "
            "the card would overrule the rules with a type it doubts itself",
            file=file,
            field="threshold",
        )
    types = tuple(spec.start)
    onto = spec.onto_subject
    if onto is not None:
        _check_onto_subject(onto, spec.threshold, types, file)
    for kind, start in spec.start.items():
        _check_finite(start, file, f"type {kind!r}")
    for word, weights in spec.weights.items():
        if not weights:
            raise RuleError(
                "weighs no type; give it a weight for a type, or remove the word",
                file=file,
                entry=f"word {word!r}",
            )
        for kind, weight in weights.items():
            if kind not in spec.start:
                raise RuleError(
                    f"weighs type {kind!r}, which has no start; give every type a start, "
                    f"or use one of: {', '.join(types)}",
                    file=file,
                    entry=f"word {word!r}",
                )
            if weight == 0:
                raise RuleError(
                    f"has weight 0 for {kind!r}, which changes nothing; remove that type from "
                    "the word",
                    file=file,
                    entry=f"word {word!r}",
                )
            _check_finite(weight, file, f"word {word!r}")
        check_words(dict.fromkeys([word], 1.0), file)  # one word, folded
    vectors = {
        word: tuple(weights.get(kind, 0.0) for kind in types)
        for word, weights in spec.weights.items()
    }
    return TypeCard(
        types,
        tuple(spec.start.values()),
        vectors,
        spec.threshold,
        file,
        frozenset(onto.types) if onto is not None else frozenset(),
        onto.threshold if onto is not None else 1.0,
    )


def _check_onto_subject(
    onto: _OntoSubjectSpec, threshold: float, types: tuple[str, ...], file: str
) -> None:
    if not threshold <= onto.threshold <= 1.0:
        raise RuleError(
            f"is {onto.threshold}; write a chance from the card's threshold ({threshold}) to "
            "1.0: putting a question on the subject asks more of the card than re-ordering "
            "the types of one already on it",
            file=file,
            field="onto_subject.threshold",
        )
    for kind in onto.types:
        if kind not in types:
            raise RuleError(
                f"lists type {kind!r}, which has no start; use one of: {', '.join(types)}",
                file=file,
                field="onto_subject.types",
            )
