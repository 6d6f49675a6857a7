"""The models of a text's evidence: the words that set facts, those undone, and the cards' scores.

They make up `TextEvidence`, the part of a result's trace that a text contributed.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from ._frozen import Frozen


class WordHit(Frozen):
    """A lexicon term found in the text: which fact it signals, and where it stands.

    The text itself is never repeated: `start` and `end` are character offsets into the text
    as the caller sent it, and `term` is the lexicon's own word.
    """

    fact: str
    value: str | bool
    term: str
    start: int
    end: int
    typo: bool = Field(default=False, description="Matched with one typo tolerated.")


class NegatedWord(WordHit):
    """A term that was found but ignored, with the cue that undid it and the kind of that cue."""

    cue: str = Field(description="The term that undid the word, e.g. the negation 'geen'.")
    cue_start: int
    cue_end: int
    cue_kind: Literal["negation", "general", "resolved", "aside", "denial", "messenger"] = Field(
        default="negation",
        description=(
            "Why the word was ignored: a negation ('geen sprake van'); a general question "
            "about a phenomenon with no one named ('een training'); a press question about "
            "a case that is over ('inmiddels opgepakt'); a matter the writer sets aside "
            "('dat laat ik aan de woordvoerder'); the writer's word that the question is not "
            "of this kind ('dit is geen persvraag'); or a word that names who passes the "
            "question on, beside what it asks for ('de redactie vraagt waar de familie "
            "terecht kan': the cue is the word of the question it passes on)."
        ),
    )


class Phrase(Frozen):
    """A phrase of the lexicon found in the text: its own term and where it stands."""

    term: str = Field(description="The lexicon's own term, not the text's words.")
    start: int
    end: int


class ExceptedWord(WordHit):
    """A fact's word that an ``except`` phrase explains away: there it means something else."""

    excepted_by: Phrase = Field(
        description=(
            "The except phrase or figure of speech that explains the word ('aanslag "
            "onroerendezaakbelasting' is a tax bill). Where it stands elsewhere in the text, "
            "the word keeps the sense that phrase gave it there ('... uitstel van betaling van "
            "de aanslag')."
        )
    )


class ThreatScene(Frozen):
    """A sentence that names a target and a moment of a threat, where excepts were set aside.

    There no except phrase of the fact explains a word away (`threat_scene` in the lexicon):
    "met echte TNT ga ik zaterdag de moskee opblazen" is no game of Minecraft.
    """

    fact: str
    target: Phrase
    moment: Phrase
    overruled: tuple[Phrase, ...] = Field(
        description="The except phrases of the fact in that sentence, which did not stand."
    )


class NegatedExcept(Frozen):
    """A threat's except phrase that a negation cue undid: it explains no word away.

    "Dit is geen grap: hij wil zaterdag een aanslag plegen" is no joke, so "grap" does not
    make "aanslag" one.
    """

    fact: str
    phrase: Phrase = Field(description="The except phrase, which did not stand.")
    cue: Phrase = Field(description="The negation cue that undid it ('geen', 'no').")


class ScoreSign(Frozen):
    """A word a scorecard weighs, with its weight and where it first stands."""

    word: str = Field(description="The scorecard's own word (folded), not the text's.")
    weight: float
    start: int
    end: int


class AcuteScore(Frozen):
    """What the acute scorecard (rules/acute_card.yaml) made of the text.

    `total` is the card's start plus the weights of the text's words that it weighs; where
    `signs` lists them, it is exactly their sum. The card only ever adds `acute`: `applied`
    says whether it did.
    """

    total: float
    threshold: float
    applied: bool = Field(
        description=(
            "Whether the card made the question acute: the total reached the threshold (the "
            "highest bar where the text denies travel or a threat, or a resolved word closes "
            "the case) and the text does not say it is not acute."
        )
    )
    signs: tuple[ScoreSign, ...] = Field(
        default=(), description="Every weighed word, heaviest first (by size of weight)."
    )


class TopicScore(Frozen):
    """What the topic scorecard (sets: on_topic) made of a text the words put on the subject.

    At `threshold` points or fewer it takes the question off the subject (`overruled`), unless
    the question is acute. It never puts a question on the subject.
    """

    total: float
    threshold: float
    overruled: bool = Field(description="Whether the card took the question off the subject.")
    signs: tuple[ScoreSign, ...] = Field(
        default=(), description="Every weighed word, heaviest first, where the card overruled."
    )


class TypeScore(Frozen):
    """What the type card (rules/type_card.yaml) made of a text: the type its words weigh most for.

    Where the chance is at least `threshold` and the rules chose another of the subject's calm
    types, the card's type becomes the primary one (`applied`) and the rules' stays among the
    matched ones. Where the rules left a question off the subject, the card may put it on with
    a type and at a chance its file allows (`onto_subject`). It never re-types an acute
    question, makes one acute, or takes one off the subject.
    """

    question_type: str = Field(description="The type the card's words weigh most for.")
    chance: float = Field(
        description=(
            "That type's softmax share of all types' totals, rounded to four decimals: how sure "
            "the card is, from about 0.1 (ten types alike) to 1."
        )
    )
    threshold: float = Field(
        description=(
            "The chance the card needs to decide: to put a question on the subject, where the "
            "rules left it off, the higher one of its `onto_subject`."
        )
    )
    rules_type: str = Field(description="The type the rules chose from the facts.")
    applied: bool = Field(description="Whether the card's type became the primary one.")
    signs: tuple[ScoreSign, ...] = Field(
        default=(),
        description=(
            "Where the card applied: the words that weigh more for its type than for the "
            "rules' type, each with that difference as its weight, largest first."
        ),
    )


class TextEvidence(Frozen):
    """What the text contributed: the words that set facts, and those negated."""

    words: tuple[WordHit, ...] = ()
    negated: tuple[NegatedWord, ...] = ()
    acute_score: AcuteScore | None = Field(
        default=None,
        description=(
            "The acute scorecard's reading; None without that card, or where a word already "
            "made the question acute."
        ),
    )
    topic_score: TopicScore | None = Field(
        default=None,
        description=(
            "The topic scorecard's reading; None without that card, where no word put the "
            "question on the subject, or where a word made it acute."
        ),
    )
    type_score: TypeScore | None = Field(
        default=None,
        description=(
            "The type card's reading; None without that card, or where facts or a type were "
            "given explicitly."
        ),
    )
    excepted: tuple[ExceptedWord, ...] = Field(
        default=(),
        description="The facts' words that an except phrase explains away, with that phrase.",
    )
    scenes: tuple[ThreatScene, ...] = Field(
        default=(),
        description=(
            "The sentences where a threat's target and moment set the facts' except phrases "
            "aside; only those where an except phrase stood."
        ),
    )
    negated_excepts: tuple[NegatedExcept, ...] = Field(
        default=(),
        description=(
            "A threat's except phrases that a negation cue undid ('dit is geen grap'), so that "
            "the threat words in them count."
        ),
    )
    mail_parts: tuple[Phrase, ...] = Field(
        default=(),
        description=(
            "The headers and footers of an e-mail pasted along with the question, which were "
            "not read as its words: a header under its label ('verzonden'), a footer under its "
            "lexicon term. The subject ('onderwerp') is read."
        ),
    )
    explicit: tuple[str, ...] = Field(
        default=(), description="Facts given explicitly with the text; they win over its words."
    )
    read_in: str | None = Field(
        default=None,
        description=(
            "The language the text was read in, where it is not Dutch: its words read in Dutch "
            "through the translation file made the question acute, or put a question its own "
            "words left off the subject on it. The words' spans are still the text's own; "
            "their terms are the Dutch ones they met."
        ),
    )
    calm: WordHit | None = Field(
        default=None,
        description=(
            "The words by which the text itself says it is not acute ('het is niet acuut'), "
            "where nothing takes them back; the question is then not marked acute, though its "
            "routes (the police, for travel or a threat) stay."
        ),
    )
