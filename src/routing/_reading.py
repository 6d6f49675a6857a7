"""What reading a text yields: the facts it sets, and the evidence for each.

`routing._understand` reads a text into a `Reading`; `routing._scoring` adds what the
scorecards say; `routing._question` combines it with a question's explicit facts.
"""

from __future__ import annotations

from typing import NamedTuple

from ._evidence_models import (
    AcuteScore,
    ExceptedWord,
    NegatedExcept,
    NegatedWord,
    Phrase,
    ThreatScene,
    TopicScore,
    WordHit,
)
from ._typecard import TypeChoice


class Reading(NamedTuple):
    """What a text says: facts (only those it sets), whether it is on topic, and evidence."""

    facts: dict[str, object]
    on_topic: bool
    words: tuple[WordHit, ...]
    negated: tuple[NegatedWord, ...]
    acute_score: AcuteScore | None = None
    topic_score: TopicScore | None = None
    # Where the writer says the question is not acute ("het is niet acuut"), and no hedge or
    # near danger takes it back: the words that say so.
    calm: WordHit | None = None
    # The type card's type for the text, for the pipeline to weigh against the rules' type.
    choice: TypeChoice | None = None
    # The words that except phrases explained away, and the threat scenes that set them aside.
    excepted: tuple[ExceptedWord, ...] = ()
    scenes: tuple[ThreatScene, ...] = ()
    # The threat's except phrases that a negation cue undid ("geen grap").
    negated_excepts: tuple[NegatedExcept, ...] = ()
    # The e-mail headers and footers pasted along, which were not read as the question.
    mail_parts: tuple[Phrase, ...] = ()
    # Whether the text is in the language of the translation file, and may be read again.
    translatable: bool = False
