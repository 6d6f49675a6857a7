"""The public models: what goes into `route()` and what comes out.

All models are frozen and forbid unknown fields, so a result can be shared between threads and
cached, and a typo in a field name is an error rather than a silently ignored fact.
"""

from __future__ import annotations

from typing import Any, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, StrictBool, StrictStr

from ._channels import ChannelKind
from ._facts import Asker


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Question(_Frozen):
    """A question to route: explicit facts, a text, or both (explicit facts win).

    Every field is optional. A question with no facts at all is the table's first row: a
    local, non-acute question about prevention.
    """

    model_config = ConfigDict(frozen=True, extra="forbid", strict=True)

    question_type: StrictStr | None = Field(
        default=None, description="Route directly to this type; the rules still add acute types."
    )
    asker: Asker = Field(default="municipality", description="Who asks the municipality.")
    text: StrictStr | None = Field(default=None, description="The question in the asker's words.")
    acute: StrictBool = False
    suspected_travel: StrictBool = False
    terrorist_threat: StrictBool = False
    official_report: StrictBool = Field(
        default=False, description="An official report (ambtsbericht) of imminent travel."
    )
    passport_measure: StrictBool = False
    communications: StrictBool = False
    radicalisation_signal: StrictBool = False
    severe: StrictBool = False
    family_support: StrictBool = False
    specific_expertise: StrictBool = False


class Source(_Frozen):
    """Where a fact in the data comes from: the one-pager, or a later public source."""

    id: str
    title: str
    publisher: str
    url: str | None = None
    note: str | None = None


class Channel(_Frozen):
    """One way to reach a contact, validated and ready to show or to click."""

    kind: ChannelKind
    value: str = Field(description="Canonical form: e-mail address, E.164 number, or URL.")
    display: str = Field(description="How to show it to a person (national format for phones).")
    uri: str = Field(description="A mailto:, tel: or https: link.")
    label: str | None = Field(default=None, description="When to use it, e.g. 'Bij acuut gevaar'.")
    source: Source


class Contact(_Frozen):
    """Someone to contact, with the channels that reach them."""

    id: str
    name: str
    full_name: str | None = None
    local: bool = Field(
        default=False, description="A party of the municipality's own region, not a national one."
    )
    configured: bool = Field(
        default=True, description="False for a local party whose details are not filled in yet."
    )
    note: str | None = None
    note_source: Source | None = None
    channels: tuple[Channel, ...] = ()
    source: Source


class Route(_Frozen):
    """One contact to approach for the question, and why."""

    contact: Contact
    explanation: str
    question_type: str = Field(description="The question type this route comes from.")
    source: Source


class RuleHit(_Frozen):
    """A rule that matched the facts of the question."""

    id: str
    question_type: str
    priority: int
    row: int | None
    fallback: bool
    description: str
    file: str


class Facts(_Frozen):
    """The facts the rules saw: the whole input of the decision."""

    asker: Asker
    acute: bool
    suspected_travel: bool
    terrorist_threat: bool
    official_report: bool
    passport_measure: bool
    communications: bool
    radicalisation_signal: bool
    severe: bool
    family_support: bool
    specific_expertise: bool
    on_topic: bool = Field(description="Whether the question is about the subject at all.")


class WordHit(_Frozen):
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


class Phrase(_Frozen):
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


class ThreatScene(_Frozen):
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


class NegatedExcept(_Frozen):
    """A threat's except phrase that a negation cue undid: it explains no word away.

    "Dit is geen grap: hij wil zaterdag een aanslag plegen" is no joke, so "grap" does not
    make "aanslag" one.
    """

    fact: str
    phrase: Phrase = Field(description="The except phrase, which did not stand.")
    cue: Phrase = Field(description="The negation cue that undid it ('geen', 'no').")


class ScoreSign(_Frozen):
    """A word a scorecard weighs, with its weight and where it first stands."""

    word: str = Field(description="The scorecard's own word (folded), not the text's.")
    weight: float
    start: int
    end: int


class AcuteScore(_Frozen):
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


class TopicScore(_Frozen):
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


class TypeScore(_Frozen):
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


class TextEvidence(_Frozen):
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
    calm: WordHit | None = Field(
        default=None,
        description=(
            "The words by which the text itself says it is not acute ('het is niet acuut'), "
            "where nothing takes them back; the question is then not marked acute, though its "
            "routes (the police, for travel or a threat) stay."
        ),
    )


class Trace(_Frozen):
    """The evidence for a decision: the facts the rules saw and the rules that fired."""

    facts: Facts
    text: TextEvidence | None = None
    explicit_question_type: str | None = None
    fired: tuple[RuleHit, ...] = ()
    decided_by: str = Field(description="How the primary type was chosen, in plain words.")


class Provenance(_Frozen):
    """What decided: enough to reproduce the decision later."""

    package_version: str
    engine: str = Field(description="'durable-rules' or 'builtin'.")
    digest: str = Field(description="SHA-256 over the rule and data files, in a fixed order.")
    files: tuple[str, ...] = Field(description="The rule and data files that decided.")
    municipality: str | None = Field(
        default=None, description="The municipality whose overlay was applied, if any."
    )
    cbs_code: str | None = Field(default=None, description="Its CBS code, GM and four digits.")


class PersonalData(_Frozen):
    """Personal data found in a question's text: its kind and place, never its value."""

    kind: Literal["bsn", "phone", "email"]
    start: int
    end: int


class AdvicePoint(_Frozen):
    """One of the ten points of the one-pager, as advice that goes with a routing answer."""

    number: int = Field(ge=1, le=10)
    phase: Literal["no_signals", "signals"] = Field(
        description="'no_signals': prepare before signals come (points 1-7); 'signals': act (8-10)."
    )
    title: str
    text: str
    question_types: tuple[str, ...] = Field(description="The question types it bears on.")
    source: Source


class RoutingResult(_Frozen):
    """The answer of `route()`: whom to contact, through which channels, and why."""

    question_type: str
    label: str
    row: int | None = Field(description="The row of the appendix table; None for 'unknown'.")
    also_matched: tuple[str, ...] = ()
    acute: bool
    routes: tuple[Route, ...]
    explanation: str
    advice: tuple[AdvicePoint, ...] = Field(
        default=(), description="Points of the one-pager that bear on this question."
    )
    personal_data: tuple[PersonalData, ...] = Field(
        default=(), description="Personal data found in the text, by kind and span only."
    )
    trace: Trace
    provenance: Provenance


_M = TypeVar("_M", bound=BaseModel)
# Frozen models refuse their own __setattr__, so the four slots every pydantic model has are
# set through their descriptors, which is also cheaper than object.__setattr__ by name.
_set_dict = BaseModel.__dict__["__dict__"].__set__
_set_fields_set = BaseModel.__dict__["__pydantic_fields_set__"].__set__
_set_extra = BaseModel.__dict__["__pydantic_extra__"].__set__
_set_private = BaseModel.__dict__["__pydantic_private__"].__set__


def built(model: type[_M], values: dict[str, Any], fields_set: set[str] | None = None) -> _M:
    """A model from values this package computed and typed itself, without validating again.

    `values` must hold every field. This is what pydantic's `model_construct` is for, without
    its loop over the fields in Python: reading a text builds several models, and that loop
    (or a validation) cost more than the reading itself. tests/test_text.py checks that every
    model built here equals the validated one. `fields_set` defaults to every field.
    """
    made = object.__new__(model)
    _set_dict(made, values)
    _set_fields_set(made, set(values) if fields_set is None else fields_set)
    _set_extra(made, None)
    _set_private(made, None)
    return made


def replaced(model: _M, changes: dict[str, Any]) -> _M:
    """`model` with some fields changed; like `model_copy(update=changes)`, at a third of the cost.

    The changes come as a dict rather than as keyword arguments: this runs twice per text.
    """
    values = {**model.__dict__, **changes}
    return built(type(model), values, model.__pydantic_fields_set__.union(changes))
