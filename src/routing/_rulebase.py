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
from ._collect import Collected
from ._exceptions import RuleError
from ._models import AdvicePoint
from ._rules import RULES_KIND, Rule
from ._scorecard import Scorecard
from ._table import UNKNOWN, Table, load_table
from ._typecard import TypeCard
from ._vocabulary import Vocabulary
from ._yaml import read_text, short_name

#: The ten points of the one-pager, beside the routing table in ``data/``.
POINTS_FILE = "points.yaml"


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
    collected = Collected()
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


def _check_undoing_lists(collected: Collected, table: Table) -> None:
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
