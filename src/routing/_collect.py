"""Gathering what the rule files hold, file by file and by kind, into one vocabulary.

`routing._rulebase` reads the files and checks that what is gathered here fits the table.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ._exceptions import RuleError
from ._lexicon import LEXICON_KIND, parse_lexicon
from ._negation_file import NEGATION_KIND, NegationFile, parse_negation
from ._rules import RULES_KIND, Rule, parse_rule_file
from ._scorecard import SCORECARD_KIND, Scorecard, parse_scorecard
from ._terms import Term
from ._translation import TRANSLATION_KIND, Translation, parse_translation
from ._typecard import TYPE_CARD_KIND, TypeCard, parse_type_card
from ._vocabulary import Example, Label, Vocabulary, Yielding, together_counts, together_reach
from ._yaml import load_yaml

#: The kinds of file in ``rules/``. A file of another kind is an error.
RULE_FILE_KINDS = (
    RULES_KIND,
    LEXICON_KIND,
    NEGATION_KIND,
    SCORECARD_KIND,
    TYPE_CARD_KIND,
    TRANSLATION_KIND,
)

# Without a negation file nothing is negated: cues reach one word, and there are none.
_NO_NEGATION = NegationFile([], 1, 1, frozenset())


@dataclass
class Collected:
    """What the rule files hold, gathered file by file, by kind."""

    rules: list[Rule] = field(default_factory=list)
    words: list[tuple[Term, Label]] = field(default_factory=list)
    examples: list[Example] = field(default_factory=list)
    negation_file: str | None = None
    scorecards: dict[str, Scorecard] = field(default_factory=dict)
    type_card: TypeCard | None = None
    negation: NegationFile | None = None
    translation: Translation | None = None
    # Per lexicon file, the facts its `general` words undo, in the file's order.
    general: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # Per lexicon file, the facts its `resolved` words undo, and the facts they wait for.
    resolved: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = field(default_factory=dict)
    # The facts that keep a question acute whatever a `calm` word says, from every lexicon.
    calm_keeps: set[str] = field(default_factory=set)
    # Per lexicon file, the facts its `aside` words undo, in the file's order.
    aside: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # Per lexicon file, its facts with `messengers` words, and what those yield to.
    messengers: dict[str, dict[str, Yielding]] = field(default_factory=dict)
    # Misspelt word -> the word it means, and the file that says so.
    spellings: dict[str, tuple[str, str]] = field(default_factory=dict)
    # E-mail header labels from every lexicon: those whose values are skipped, and those kept.
    mail_headers: set[str] = field(default_factory=set)
    mail_kept: set[str] = field(default_factory=set)

    def add(self, path: Path, text: str) -> None:
        raw = load_yaml(path, text=text)
        kind = raw.get("kind") if isinstance(raw, dict) else None
        if kind == RULES_KIND:
            self.rules.extend(parse_rule_file(raw, str(path)))
        elif kind == LEXICON_KIND:
            lexicon = parse_lexicon(raw, str(path))
            self.words.extend(lexicon.words)
            self.examples.extend(lexicon.examples)
            if lexicon.general_facts:
                self.general[str(path)] = lexicon.general_facts
            if lexicon.resolved_facts:
                self.resolved[str(path)] = (lexicon.resolved_facts, lexicon.resolved_when)
            self.calm_keeps.update(lexicon.calm_keeps)
            if lexicon.aside_facts:
                self.aside[str(path)] = lexicon.aside_facts
            if lexicon.messengers:
                self.messengers[str(path)] = lexicon.messengers
            self._add_spellings(lexicon.spellings, str(path))
            self.mail_headers.update(lexicon.mail_headers)
            self.mail_kept.update(lexicon.mail_kept)
        elif kind == NEGATION_KIND:
            if self.negation_file is not None:
                raise RuleError(
                    f"is a second negation file beside {self.negation_file}; keep one",
                    file=str(path),
                )
            self.negation_file = str(path)
            self.negation = parse_negation(raw, str(path))
            self.words.extend(self.negation.words)
        elif kind == SCORECARD_KIND:
            card = parse_scorecard(raw, str(path))
            if card.sets in self.scorecards:
                raise RuleError(
                    f"is a second scorecard for {card.sets} beside "
                    f"{self.scorecards[card.sets].file}; keep one",
                    file=str(path),
                )
            self.scorecards[card.sets] = card
        elif kind == TYPE_CARD_KIND:
            if self.type_card is not None:
                raise RuleError(
                    f"is a second type card beside {self.type_card.file}; keep one",
                    file=str(path),
                )
            self.type_card = parse_type_card(raw, str(path))
        elif kind == TRANSLATION_KIND:
            if self.translation is not None:
                raise RuleError(
                    f"is a second translation file beside {self.translation.file}; keep one, "
                    "for a text is read in one other language",
                    file=str(path),
                )
            self.translation = parse_translation(raw, str(path))
        else:
            raise RuleError(
                f"has kind {kind!r}, and there is no such kind of rule file; "
                f"start the file with `kind:` and one of: {', '.join(RULE_FILE_KINDS)}",
                file=str(path),
            )

    def _add_spellings(self, spellings: dict[str, str], file: str) -> None:
        for misspelt, meant in spellings.items():
            known = self.spellings.get(misspelt)
            if known is not None and known[0] != meant:
                raise RuleError(
                    f"reads {misspelt!r} as {meant!r}, where {known[1]} reads it as "
                    f"{known[0]!r}; keep one",
                    file=file,
                    entry=f"spellings.{misspelt}",
                )
            self.spellings[misspelt] = (meant, file)

    def vocabulary(self) -> Vocabulary:
        labels = [label for _, label in self.words]
        negation = self.negation or _NO_NEGATION
        return Vocabulary(
            terms=tuple(term for term, _ in self.words),
            labels=tuple(labels),
            forward_window=negation.forward_window,
            backward_window=negation.backward_window,
            together=together_counts(labels),
            together_within=together_reach(labels),
            examples=tuple(self.examples),
            general_facts=frozenset(f for facts in self.general.values() for f in facts),
            resolved_facts=frozenset(f for facts, _ in self.resolved.values() for f in facts),
            resolved_when=frozenset(f for _, when in self.resolved.values() for f in when),
            calm_keeps=frozenset(self.calm_keeps),
            aside_facts=frozenset(f for facts in self.aside.values() for f in facts),
            joins=negation.joins,
            names_start_clauses=negation.names,
            not_names=negation.not_names,
            lists=negation.lists,
            fields=negation.fields,
            messengers={
                fact: yielding
                for found in self.messengers.values()
                for fact, yielding in found.items()
            },
            spellings={misspelt: meant for misspelt, (meant, _) in self.spellings.items()},
            mail_headers=frozenset(self.mail_headers),
            mail_kept=frozenset(self.mail_kept),
            translation=self.translation,
        )
