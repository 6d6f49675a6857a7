"""Finding and reading the shipped rule and data files, and fingerprinting what decided.

The top-level ``rules/`` and ``data/`` folders of the repository are where policy staff edit;
the wheel carries them inside the package (``routing/rules``, ``routing/data``), and they are
read from there with `importlib.resources`, never from the network.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path
from typing import Any

from ._exceptions import RuleError
from ._rules import RULES_KIND, Rule, parse_rule_file
from ._table import Table, load_table
from ._yaml import load_yaml, read_text, short_name

#: The kinds of file in ``rules/``, and what reads each. A file of another kind is an error.
RULE_FILE_KINDS: Mapping[str, Callable[[Any, str], tuple[Rule, ...]]] = {
    RULES_KIND: parse_rule_file,
}


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
    files: tuple[str, ...]
    digest: str


def load_rule_base(data_file: Path, rules_dir: Path) -> RuleBase:
    """Read and validate the table and every rule file, and check they fit together."""
    texts = {data_file: read_text(data_file)}
    if not rules_dir.is_dir():
        raise RuleError(
            "is not a folder of rule files; pass the folder that holds the *.yaml rule files",
            file=str(rules_dir),
        )
    rule_files = sorted(rules_dir.glob("*.yaml"))
    texts.update((path, read_text(path)) for path in rule_files)

    table = load_table(data_file, text=texts[data_file])
    rules: list[Rule] = []
    for path in rule_files:
        rules.extend(_read_rule_file(path, texts[path]))
    if not rules:
        raise RuleError(
            f"holds no file of kind {RULES_KIND!r}; without rules nothing can be routed",
            file=str(rules_dir),
        )
    _check_references(rules, table)
    names = tuple(sorted(short_name(p) for p in texts))
    return RuleBase(table, tuple(rules), names, _digest(texts))


def _read_rule_file(path: Path, text: str) -> tuple[Rule, ...]:
    raw = load_yaml(path, text=text)
    kind = raw.get("kind") if isinstance(raw, dict) else None
    reader = RULE_FILE_KINDS.get(kind) if isinstance(kind, str) else None
    if reader is None:
        raise RuleError(
            f"has kind {kind!r}, and there is no such kind of rule file; "
            f"start the file with `kind:` and one of: {', '.join(RULE_FILE_KINDS)}",
            file=str(path),
        )
    return reader(raw, str(path))


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
