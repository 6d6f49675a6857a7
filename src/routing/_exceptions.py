"""The exceptions `routing` raises: one tree, one base class.

    RoutingError                      anything this package raises on purpose
    ├── DataError (ValueError)        a data or rule file is broken; names file, id and field
    │   └── RuleError                 a rule file is broken, or names what does not exist
    ├── QuestionError (ValueError)    the question itself cannot be routed as given
    │   └── UnknownQuestionTypeError  an explicit `question_type` that the table lacks
    └── EngineError (RuntimeError)    a rule engine failed or is not available here

Catch `RoutingError` to handle them all. Data and question errors are also `ValueError`s, so
code that already guards against bad values keeps working. Messages say what is wrong and what to
do about it, and never repeat the text of a question: it may hold personal data.
"""

from __future__ import annotations

__all__ = [
    "DataError",
    "EngineError",
    "QuestionError",
    "RoutingError",
    "RuleError",
    "UnknownQuestionTypeError",
]


class RoutingError(Exception):
    """Base class of every error this package raises on purpose."""


class DataError(RoutingError, ValueError):
    """A data file could not be loaded: it names the file, the entry, the field and the fix."""

    def __init__(
        self,
        message: str,
        *,
        file: str | None = None,
        entry: str | None = None,
        field: str | None = None,
    ) -> None:
        self.file = file
        self.entry = entry
        self.field = field
        self.reason = message
        super().__init__(_locate(message, file=file, entry=entry, field=field))


class RuleError(DataError):
    """A rule file could not be loaded, or a rule names a fact or type that does not exist."""


class QuestionError(RoutingError, ValueError):
    """The question cannot be routed as given; the message says what to send instead."""


class UnknownQuestionTypeError(QuestionError):
    """An explicit `question_type` that is not in the routing table."""

    def __init__(self, question_type: str, known: tuple[str, ...]) -> None:
        self.question_type = question_type
        self.known = known
        super().__init__(
            f"there is no question type {question_type!r}; "
            f"use one of: {', '.join(known)}, or leave question_type out to let the rules decide"
        )


class EngineError(RoutingError, RuntimeError):
    """A rule engine failed, or the one asked for cannot run on this Python."""


def _locate(message: str, *, file: str | None, entry: str | None, field: str | None) -> str:
    inside = ", ".join(part for part in (entry, f"field {field!r}" if field else None) if part)
    return ": ".join(part for part in (file, inside, message) if part)
