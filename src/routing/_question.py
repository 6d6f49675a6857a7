"""Accepting what callers send to `route()`: a `Question`, a mapping of its fields, or a text.

Error messages name fields and types, never values: a question's text may hold personal data,
and a message may end up in a log.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from pydantic import ValidationError

from ._exceptions import QuestionError
from ._facts import BOOLEAN_FACTS, ON_TOPIC
from ._models import Question
from ._reading import Reading

QuestionLike = Question | Mapping[str, Any] | str

MemoKey = tuple[object, ...]


def as_question(question: object) -> Question:
    """Return `question` as a `Question`, or raise `QuestionError` saying what to send."""
    if isinstance(question, Question):
        return question
    if isinstance(question, str):
        return Question(text=question)
    if isinstance(question, Mapping):
        try:
            return Question.model_validate(dict(question))
        except ValidationError as error:
            raise QuestionError(_describe(error)) from None
    if isinstance(question, (bytes, bytearray)):
        raise QuestionError("the question is bytes; decode it to a str (UTF-8) first")
    raise QuestionError(
        f"route() takes a Question, a mapping of its fields, or a text (str); "
        f"got {type(question).__name__}"
    )


def facts_of(question: Question) -> dict[str, object]:
    """The facts the rules see for a question, in the contract's terms."""
    facts: dict[str, object] = {"asker": question.asker}
    for name in BOOLEAN_FACTS:
        facts[name] = getattr(question, name)
    facts[ON_TOPIC] = True
    return facts


def combine(question: Question, reading: Reading) -> tuple[dict[str, object], tuple[str, ...]]:
    """The facts of a question with a text: the text's facts, overruled by explicit ones.

    Returns the facts and the names of the facts that were given explicitly.
    """
    if question is NO_FACTS:  # a bare text, the most common call: nothing to overrule
        return {**_DEFAULTS, **reading.facts, ON_TOPIC: reading.on_topic}, ()
    given = question.model_fields_set
    explicit = tuple(name for name in _EXPLICIT if name in given) if given else ()
    facts = {**_DEFAULTS, **reading.facts}
    for name in explicit:
        facts[name] = getattr(question, name)
    facts[ON_TOPIC] = (
        reading.on_topic
        or question.question_type is not None
        or any(facts[name] for name in explicit if name != "asker")
    )
    return facts, explicit


_EXPLICIT = ("asker", *BOOLEAN_FACTS)
_DEFAULTS: dict[str, object] = {"asker": "municipality", **dict.fromkeys(BOOLEAN_FACTS, False)}

NO_FACTS = Question()
"""The question a bare text is: nothing given explicitly, so the text's words decide."""


def _describe(error: ValidationError) -> str:
    first = error.errors()[0]
    field = ".".join(str(part) for part in first["loc"]) or "question"
    kind = first["type"]
    if kind == "extra_forbidden":
        known = ", ".join(Question.model_fields)
        return f"the question has no field {field!r}; its fields are: {known}"
    if kind == "literal_error":
        return f"the field {field!r} must be {first['ctx']['expected']}"
    if kind.startswith("bool"):
        return f"the field {field!r} must be true or false (a JSON boolean, not a string)"
    if kind.startswith("string"):
        return f"the field {field!r} must be a text (str)"
    return f"the field {field!r} is not valid: {first['msg']}"
