"""The negation file: the cues that undo a word, how far they reach, and where a clause starts.

A rule file in ``rules/`` (``kind: negation``), validated here; `routing._negation` applies it.
Its terms share the lexicon's syntax (`routing._terms`) and labels (`routing._vocabulary`).
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from ._exceptions import RuleError
from ._terms import Term
from ._validation import validated
from ._vocabulary import Fields, Label, Lists, labelled_terms

NEGATION_KIND = "negation"


class _Strict(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", strict=True)


class _ScopeSpec(_Strict):
    window: int = Field(ge=1, le=12)
    cues: list[str]


class _ClauseStartsSpec(_Strict):
    subjects: list[str]
    joins: list[str] = []
    names: bool = False
    not_names: list[str] = []


class _ListsSpec(_Strict):
    joins: list[str]
    items: int = Field(ge=1, le=4)
    after: int = Field(ge=1, le=8)


class _FieldsSpec(_Strict):
    label_words: int = Field(ge=1, le=4)
    question_words: int = Field(default=0, ge=0, le=10)
    negating: list[str] = Field(min_length=1)


class _NegationSpec(_Strict):
    kind: Literal["negation"]
    schema_version: Literal[1]
    forward: _ScopeSpec
    backward: _ScopeSpec
    pseudo: list[str] = []
    terminators: list[str] = []
    clause_starts: _ClauseStartsSpec | None = None
    lists: _ListsSpec | None = None
    fields: _FieldsSpec | None = None


@dataclass(frozen=True)
class NegationFile:
    """What a negation file holds: its terms with labels, its windows and its joining words."""

    words: list[tuple[Term, Label]]
    forward_window: int
    backward_window: int
    joins: frozenset[str]
    names: bool = False
    not_names: tuple[str, ...] = ()
    lists: Lists = field(default_factory=Lists)
    fields: Fields = field(default_factory=Fields)


def parse_negation(raw: Any, file: str) -> NegationFile:
    """Validate a negation file: its terms with labels, windows and joining words."""
    spec = validated(
        _NegationSpec,
        raw,
        file=file,
        known_keys=(
            "a negation file has kind, schema_version, forward, backward, pseudo, terminators, "
            "clause_starts, lists, fields"
        ),
        error=RuleError,
    )
    found = labelled_terms(spec.forward.cues, Label("forward", file=file), file, "forward.cues")
    found += labelled_terms(spec.backward.cues, Label("backward", file=file), file, "backward.cues")
    found += labelled_terms(spec.pseudo, Label("pseudo", file=file), file, "pseudo")
    found += labelled_terms(spec.terminators, Label("terminator", file=file), file, "terminators")
    reach = Fields()
    if spec.fields is not None:
        found += labelled_terms(
            spec.fields.negating, Label("field_no", file=file), file, "fields.negating"
        )
        reach = Fields(spec.fields.label_words, spec.fields.question_words)
    starts = spec.clause_starts
    joins: set[str] = set()
    endings: list[str] = []
    if starts is not None:
        subjects = Label("clause_start", file=file)
        found += labelled_terms(starts.subjects, subjects, file, "clause_starts.subjects")
        for index, text in enumerate(starts.joins):
            joins.update(_plain_words(text, file, f"clause_starts.joins[{index}]"))
        for index, text in enumerate(starts.not_names):
            endings.append(_ending(text, file, f"clause_starts.not_names[{index}]"))
    names = starts is not None and starts.names
    lists = Lists()
    if spec.lists is not None:
        list_joins: set[str] = set()
        for index, text in enumerate(spec.lists.joins):
            words = _plain_words(text, file, f"lists.joins[{index}]")
            if any(" " in word for word in words):
                raise RuleError(
                    f"{text!r} is two words; a list's join is the one word between its last "
                    "two items, as in 'of|noch'",
                    file=file,
                    entry=f"lists.joins[{index}]",
                )
            list_joins.update(words)
        lists = Lists(frozenset(list_joins), spec.lists.items, spec.lists.after)
    return NegationFile(
        found,
        spec.forward.window,
        spec.backward.window,
        frozenset(joins),
        names,
        tuple(endings),
        lists,
        reach,
    )


def _ending(text: str, file: str, entry: str) -> str:
    """The ending of a `not_names` entry, written as a suffix pattern ("*se")."""
    term = _one_term(text, file, entry)
    patterns = term.words[0] if len(term.words) == 1 else ()
    if len(patterns) != 1 or patterns[0].kind != "suffix" or patterns[0].fuzzy:
        raise RuleError(
            f"{text!r} is not one ending; write the ending of words that are no names as "
            "'*se' (Marokkaanse, Syrische)",
            file=file,
            entry=entry,
        )
    return patterns[0].stem


def _plain_words(text: str, file: str, entry: str) -> list[str]:
    """The words of a joining entry: one plain word or two, each with its alternatives.

    "dat|of|als" gives three words; "denk|geloof niet" two pairs, each as one string with a
    space between ("denk niet"), as they are compared with the two words before a subject.
    """
    term = _one_term(text, file, entry)
    plain = all(p.kind == "exact" and not p.fuzzy for word in term.words for p in word)
    if not plain or len(term.words) > 2 or any(term.gaps):
        raise RuleError(
            f"{text!r} is not one or two plain words; a joining word is compared with the "
            "word or two words before a subject, so write it without *, ~ or ..., as in "
            "'dat|of|als' or 'denk|geloof niet'",
            file=file,
            entry=entry,
        )
    return [" ".join(p.stem for p in words) for words in itertools.product(*term.words)]


def _one_term(text: str, file: str, entry: str) -> Term:
    """Compile one entry of `clause_starts` that is compared as words, not looked up as a term."""
    return labelled_terms([text], Label("clause_start", file=file), file, entry)[0][0]
