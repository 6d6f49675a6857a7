"""Finding and reading the shipped rule and data files, and fingerprinting what decided.

The top-level ``rules/`` and ``data/`` folders of the repository are where policy staff edit;
the wheel carries them inside the package (``routing/rules``, ``routing/data``), and they are
read from there with `importlib.resources`, never from the network.
"""

from __future__ import annotations

import hashlib
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import Path

from ._advice import load_points
from ._exceptions import RuleError
from ._lexicon import LEXICON_KIND, parse_lexicon
from ._models import AdvicePoint
from ._negation_file import NEGATION_KIND, NegationFile, parse_negation
from ._rules import RULES_KIND, Rule, parse_rule_file
from ._scorecard import SCORECARD_KIND, Scorecard, parse_scorecard
from ._table import UNKNOWN, Table, load_table
from ._terms import Term
from ._typecard import TYPE_CARD_KIND, TypeCard, parse_type_card
from ._vocabulary import Example, Label, Vocabulary, Yielding, together_counts, together_reach
from ._yaml import load_yaml, read_text, short_name

#: The ten points of the one-pager, beside the routing table in ``data/``.
POINTS_FILE = "points.yaml"

#: The kinds of file in ``rules/``. A file of another kind is an error.
RULE_FILE_KINDS = (RULES_KIND, LEXICON_KIND, NEGATION_KIND, SCORECARD_KIND, TYPE_CARD_KIND)


def default_data_file() -> Path:
    """The routing table that ships with the package."""
    return shipped_folder("data") / "contacts.yaml"


def default_rules_dir() -> Path:
    """The rule files that ship with the package."""
    return shipped_folder("rules")


def shipped_folder(name: str) -> Path:
    """The packaged folder `name`; in an editable install, the checkout's top-level one."""
    packaged = Path(str(files("routing").joinpath(name)))
    if packaged.is_dir():
        return packaged
    # An editable install maps only src/routing: the data stays at the checkout's top level,
    # where policy staff edit it, and a wheel build copies it into the package.
    checkout = Path(__file__).resolve().parents[2] / name
    return checkout if checkout.is_dir() else packaged


@dataclass(frozen=True)
class RuleBase:
    """Everything that decides: the table, the rules, and a fingerprint of their files."""

    table: Table
    rules: tuple[Rule, ...]
    vocabulary: Vocabulary
    files: tuple[str, ...]
    digest: str
    points: tuple[AdvicePoint, ...] = ()  # the ten points, as advice; none without points.yaml
    # The scorecards, by the fact each sets (`acute`, `on_topic`); none without their files.
    scorecards: Mapping[str, Scorecard] = field(default_factory=dict)
    type_card: TypeCard | None = None  # the referee over the rules' type; none without its file


def load_rule_base(data_file: Path, rules_dir: Path) -> RuleBase:
    """Read and validate the table and every rule file, and check they fit together."""
    texts = {data_file: read_text(data_file)}
    # The ten points live beside the table; a table of one's own may come without them.
    points_file = data_file.parent / POINTS_FILE
    if points_file.is_file():
        texts[points_file] = read_text(points_file)
    if not rules_dir.is_dir():
        raise RuleError(
            "is not a folder of rule files; pass the folder that holds the *.yaml rule files",
            file=str(rules_dir),
        )
    rule_files = sorted(rules_dir.glob("*.yaml"))
    texts.update((path, read_text(path)) for path in rule_files)

    table = load_table(data_file, text=texts[data_file])
    collected = _Collected()
    for path in rule_files:
        collected.add(path, texts[path])
    if not collected.rules:
        raise RuleError(
            f"holds no file of kind {RULES_KIND!r}; without rules nothing can be routed",
            file=str(rules_dir),
        )
    _check_references(collected.rules, table)
    if collected.type_card is not None:
        _check_card_types(collected.type_card, table)
    _check_undoing_lists(collected, table)
    points = (
        load_points(points_file, table.sources, table.question_types, text=texts[points_file])
        if points_file in texts
        else ()
    )
    names = tuple(sorted(short_name(p) for p in texts))
    return RuleBase(
        table,
        tuple(collected.rules),
        collected.vocabulary(),
        names,
        _digest(texts),
        points,
        collected.scorecards,
        collected.type_card,
    )


# Without a negation file nothing is negated: cues reach one word, and there are none.
_NO_NEGATION = NegationFile([], 1, 1, frozenset())


@dataclass
class _Collected:
    """What the rule files hold, gathered file by file, by kind."""

    rules: list[Rule] = field(default_factory=list)
    words: list[tuple[Term, Label]] = field(default_factory=list)
    examples: list[Example] = field(default_factory=list)
    negation_file: str | None = None
    scorecards: dict[str, Scorecard] = field(default_factory=dict)
    type_card: TypeCard | None = None
    negation: NegationFile | None = None
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
        )


def _check_card_types(card: TypeCard, table: Table) -> None:
    for kind in card.types:
        if kind not in table.question_types:
            raise RuleError(
                f"weighs question type {kind!r}, which is not in {table.file}; relearn the "
                f"card, or use one of: {', '.join(table.question_types)}",
                file=card.file,
                entry=f"type {kind!r}",
            )
    for kind in sorted(card.onto_types):
        if kind == UNKNOWN or table.question_types[kind].acute:
            what = "not about the subject" if kind == UNKNOWN else "acute"
            raise RuleError(
                f"lists type {kind!r}, which is {what}; the card puts a question on the "
                "subject only with a calm type of it",
                file=card.file,
                field="onto_subject.types",
            )


def _check_references(rules: list[Rule], table: Table) -> None:
    seen: dict[str, str] = {}
    for rule in rules:
        entry = f"rule {rule.id!r}"
        if rule.id in seen:
            raise RuleError(
                f"has the same id as a rule in {seen[rule.id]}; give each rule its own id",
                file=rule.file,
                entry=entry,
            )
        seen[rule.id] = rule.file
        kind = table.question_types.get(rule.question_type)
        if kind is None:
            raise RuleError(
                f"routes to question type {rule.question_type!r}, which is not in "
                f"{table.file}; use one of: {', '.join(table.question_types)}",
                file=rule.file,
                entry=entry,
                field="question_type",
            )
        if rule.row != kind.row:
            raise RuleError(
                f"says it comes from row {rule.row}, but {rule.question_type!r} is row "
                f"{kind.row} of the table; correct the row",
                file=rule.file,
                entry=entry,
                field="row",
            )


def _check_undoing_lists(collected: _Collected, table: Table) -> None:
    """Refuse a list of words that undo words (`general`, `aside`, `denials`, ...) of an acute case.

    A `general` or `aside` word may never undo a fact that a rule of an acute type asks for:
    a question about a training that names a planned attack still goes to the police. A
    `resolved` word may undo such a fact, but only in a question whose ask is calm (press
    coordination), so it may not wait for an acute fact: a threat would then close its own
    case. An acute fact may have no `messengers` and no `denials`: its words count wherever
    they stand, and "dit is geen terreurzaak" beside a planned attack is the writer's judgement,
    which the police should make.
    """
    acute = {
        condition.fact
        for rule in collected.rules
        if table.question_types[rule.question_type].acute
        for condition in (*rule.all, *rule.any)
    }
    # Per file, the facts with `denials`: each denial's label names its file and fact.
    denied: dict[str, dict[str, None]] = {}
    for _, label in collected.words:
        if label.role == "denial":
            denied.setdefault(label.file, {})[label.fact] = None
    # Per list of a fact's own that would take its words away: why an acute fact may have none.
    own: tuple[tuple[str, Mapping[str, Collection[str]], str], ...] = (
        ("messengers", collected.messengers, "a word that names who passes a question on may "
         "not yield; list them as terms of the fact"),
        ("denials", denied, "the writer's word that a question is not of this kind "
         "may not undo them ('dit is geen terreurzaak' beside a planned attack); remove the "
         "denials"),
    )  # fmt: skip
    for section, by_file, why in own:
        for file, facts in by_file.items():
            for fact in facts:
                if fact in acute:
                    raise RuleError(
                        f"{fact!r} makes a question acute, so its words must count wherever "
                        f"they stand; {why}",
                        file=file,
                        entry=f"facts.{fact}.{section}",
                    )
    # Per list that undoes words: why it must never undo an acute fact, said by example.
    never = (
        ("general", collected.general, "a general word must never undo it: a question about "
         "a training that names a planned attack still goes to the police"),
        ("aside", collected.aside, "a matter set aside must never undo it: 'of hij nog tegen "
         "te houden is, daar gaat de politie over' still names a departure"),
    )  # fmt: skip
    for section, lists, why in never:
        for file, facts in lists.items():
            for index, fact in enumerate(facts):
                if fact in acute:
                    raise RuleError(
                        f"{fact!r} makes a question acute, and {why}; remove it from "
                        f"{section}.facts",
                        file=file,
                        entry=f"{section}.facts[{index}]",
                    )
    for file, (_, when) in collected.resolved.items():
        for index, fact in enumerate(when):
            if fact in acute:
                raise RuleError(
                    f"{fact!r} makes a question acute, so it cannot be what a resolved word "
                    "waits for: the case would be closed by the very words that open it; "
                    "wait for the fact of a calm ask, such as communications",
                    file=file,
                    entry=f"resolved.when[{index}]",
                )


def _digest(texts: Mapping[Path, str]) -> str:
    """SHA-256 over each file's short name and text, in a fixed order.

    Short names (``rules/x.yaml``) make the same files give the same digest wherever installed.
    """
    sha = hashlib.sha256()
    for path in sorted(texts, key=short_name):
        sha.update(short_name(path).encode())
        sha.update(b"\0")
        sha.update(texts[path].encode())
        sha.update(b"\0")
    return sha.hexdigest()
