"""What reading a text needs of the word files: every term with its label, and the settings.

`routing._lexicon` and `routing._negation_file` build the labels from their files;
`routing._collect` gathers them into one `Vocabulary`, which `routing._understand` applies.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

from ._exceptions import RuleError
from ._terms import Term, parse_term
from ._translation import Translation

Role = Literal[
    "fact",
    "except",
    "together",
    "asker",
    "topic",
    "off_topic",
    "forward",
    "backward",
    "field_no",
    "pseudo",
    "terminator",
    "clause_start",
    "general",
    "someone",
    "resolved",
    "unresolved",
    "aside",
    "ask",
    "denial",
    "calm",
    "calm_when",
    "uncalm",
    "scene_target",
    "scene_moment",
    "mail_footer",
]


@dataclass(frozen=True)
class Label:
    """What a term means: its role, and for fact words the fact and value it signals."""

    role: Role
    # "" for the words of `on_topic` and `on_topic_hints`, and for `on_topic_except`, whose
    # phrases except exactly those words: an except covers the words of its own fact.
    fact: str = ""
    value: str | bool = True
    group: int = 0  # for `together`: which of its combination's lists
    file: str = ""
    topical: bool = False  # whether the word alone makes a question about the subject
    hint: bool = False  # for an asker or an on_topic_hints word: on topic, unless it is everyday
    # For `together`: the combination the list belongs to; "" for the fact's own `together`,
    # which, unlike a named combination, does not make the question about the subject.
    combination: str = ""
    at_least: int = 0  # for `together`: how many of its combination's lists need a word; 0: all
    within: int = 0  # for a named combination: how far apart its words may stand; 0: anywhere
    firm: bool = False  # for a fact's `firm` term: no `except` phrase explains it away
    sure: bool = False  # for a fact's `sure` term: the topic card may not overrule it
    outranks: bool = False  # for an `asked_for` term: it names the asker wherever it stands
    messenger: bool = False  # for a fact's `messengers` term: it names who passes a question on


@dataclass(frozen=True)
class Example:
    """A sentence a lexicon says must set one of its facts: checked by `routing check`."""

    fact: str
    text: str
    file: str
    entry: str


@dataclass(frozen=True)
class Lists:
    """Where a comma inside a list does not end a negation's reach: "geen plannen, data of wapens".

    A comma is a list's when one of `joins` ("of", "noch") follows it within `items` words; a
    cue that crosses it reaches `after` words past that join. A forward cue reaches as far past
    a join without a comma, unless a subject follows the join ("of hij ...": whether).
    """

    joins: frozenset[str] = frozenset()
    items: int = 0
    after: int = 0


@dataclass(frozen=True)
class Fields:
    """How many words a form's label and a form's question may have; 0 where none is read.

    A label: "Acuut: nee". A question: "Is er sprake van direct gevaar? nee".
    """

    label_words: int = 0
    question_words: int = 0


@dataclass(frozen=True)
class Yielding:
    """What a fact's `messengers` words yield to ("een journalist vraagt hulp voor de familie").

    Where only such words set the fact, and a word of one of `facts` stands, or the asker is
    one of `askers`, the messengers set nothing: they name who passes the question on.
    """

    facts: frozenset[str] = frozenset()
    askers: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Vocabulary:
    """Every term of the lexicon and negation files, each with its label."""

    terms: tuple[Term, ...]
    labels: tuple[Label, ...]
    forward_window: int
    backward_window: int
    # (fact, combination) -> how many of its lists need a word for it to be whole
    together: Mapping[tuple[str, str], int]
    # (fact, combination) -> how many words apart its words may stand, where its fact says
    together_within: Mapping[tuple[str, str], int] = field(default_factory=dict)
    examples: tuple[Example, ...] = ()
    # The facts a `general` word undoes when no `someone` word names a person.
    general_facts: frozenset[str] = frozenset()
    # The facts a `resolved` word undoes when a word of a `resolved_when` fact stands and no
    # `unless` word does: a press question about a case that is over.
    resolved_facts: frozenset[str] = frozenset()
    resolved_when: frozenset[str] = frozenset()
    # The facts (and "asker") whose words an `aside` word undoes in the sentence it sets aside.
    aside_facts: frozenset[str] = frozenset()
    # The facts whose words keep a question acute whatever its `calm` words say.
    calm_keeps: frozenset[str] = frozenset()
    # The words that join a subject to the clause before it ("dat", "met", "zal"): compared
    # with the one word before a subject, not looked up as terms, for they are the commonest.
    joins: frozenset[str] = frozenset()
    # Whether a word written as a name ("Yusuf") starts a clause too, and the endings of
    # capitalised words that are no names ("Syrische", "Islamic").
    names_start_clauses: bool = False
    not_names: tuple[str, ...] = ()
    lists: Lists = field(default_factory=Lists)
    fields: Fields = field(default_factory=Fields)
    # Per fact with `messengers` words: what those words yield to.
    messengers: Mapping[str, Yielding] = field(default_factory=dict)
    # Misspelt words and the words they mean ("aanslach": "aanslag"), read so before matching.
    spellings: Mapping[str, str] = field(default_factory=dict)
    # E-mail header labels ("verzonden") whose values are no part of the question, and the
    # labels that are ("onderwerp"); the footers are terms labelled `mail_footer`.
    mail_headers: frozenset[str] = frozenset()
    mail_kept: frozenset[str] = frozenset()
    # A language a text may be written in, read a second time in Dutch (`routing._translation`).
    translation: Translation | None = None

    @property
    def has_lexicon(self) -> bool:
        """Whether any word can set a fact: without a lexicon, texts set no facts."""
        return any(label.role in ("fact", "together", "topic") for label in self.labels)


def together_counts(labels: list[Label]) -> dict[tuple[str, str], int]:
    """For each combination of lists, how many of its lists need a word for it to be whole.

    A combination is a fact's `together` lists (named ""), or one of its `combinations`: all of
    its lists, or its `at_least`.
    """
    counts: dict[tuple[str, str], int] = {}
    for label in labels:
        if label.role == "together":
            key = (label.fact, label.combination)
            counts[key] = label.at_least or max(counts.get(key, 0), label.group + 1)
    return counts


def together_reach(labels: list[Label]) -> dict[tuple[str, str], int]:
    """For each combination whose fact sets `within`, how far apart its words may stand."""
    return {
        (label.fact, label.combination): label.within
        for label in labels
        if label.role == "together" and label.within
    }


def labelled_terms(
    texts: list[str], label: Label, file: str, entry: str
) -> list[tuple[Term, Label]]:
    """Compile each of `texts` with `label`; a term that does not parse names `entry[index]`.

    Shared by the lexicon and the negation file, whose terms have the same syntax.
    """
    found = []
    for index, text in enumerate(texts):
        try:
            found.append((parse_term(text), label))
        except ValueError as error:
            raise RuleError(str(error), file=file, entry=f"{entry}[{index}]") from None
    return found
