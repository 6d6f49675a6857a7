"""A fact's combinations: word lists that set the fact only together.

"Een aanslag" or "nog voortvluchtig" alone says little; both in one paragraph say a danger is
still open. A lexicon file (`routing._lexicon`) writes each combination as a name and its lists;
a list is written out, or names one of the fact's shared `lists`, so that a word added once
counts in every combination that needs it. Here they become labelled terms; `routing._traits`
tells when a combination is whole.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from pydantic import BaseModel, ConfigDict, Field

from ._exceptions import RuleError
from ._terms import Term
from ._vocabulary import Label, labelled_terms


class CombinationSpec(BaseModel):
    """One combination as the file writes it: a name and the lists that must each have a word."""

    model_config = ConfigDict(frozen=True, extra="forbid", strict=True)

    name: str = Field(min_length=1)
    # Each a list of terms, or the name of one of the fact's `lists`.
    all: list[list[str] | str] = Field(min_length=2)
    # How many of the lists need a word; without it, all of them.
    at_least: int | None = Field(default=None, ge=2)


def combination_terms(
    fact: str,
    combinations: Sequence[CombinationSpec],
    lists: Mapping[str, list[str]],
    within: int | None,
    file: str,
) -> list[tuple[Term, Label]]:
    """The terms of a fact's combinations, each labelled with its combination and list."""
    entry = f"facts.{fact}"
    found: list[tuple[Term, Label]] = []
    names: set[str] = set()
    for number, combination in enumerate(combinations):
        if combination.name in names:
            raise RuleError(
                f"two combinations are named {combination.name!r}; give each its own name, "
                "so that a trace can tell them apart",
                file=file,
                entry=f"{entry}.combinations[{number}]",
            )
        names.add(combination.name)
        count = len(combination.all)
        if combination.at_least is not None and combination.at_least > count:
            raise RuleError(
                f"the combination {combination.name!r} asks for words from at least "
                f"{combination.at_least} of its lists, but it has only {count}; lower "
                "`at_least`, or add the lists it counts",
                file=file,
                entry=f"{entry}.combinations[{number}].at_least",
            )
        at_least = combination.at_least or 0
        for group, given in enumerate(combination.all):
            where = f"{entry}.combinations[{number}].all[{group}]"
            listed, where = _resolved_list(lists, given, file, entry, where)
            label = Label(
                "together",
                fact,
                True,
                group,
                file,
                combination=combination.name,
                at_least=at_least,
                within=within or 0,
            )
            found += labelled_terms(listed, label, file, where)
    _every_list_used(combinations, lists, file, entry)
    return found


def _resolved_list(
    lists: Mapping[str, list[str]], given: list[str] | str, file: str, fact_entry: str, entry: str
) -> tuple[list[str], str]:
    """The terms a combination's list holds, and the entry an error in one of them names.

    `given` is the terms themselves, at `entry`, or the name of one of the fact's shared
    `lists`, where its terms are.
    """
    if not isinstance(given, str):
        return given, entry
    if given not in lists:
        known = ", ".join(sorted(lists))
        fix = f"use one of its lists ({known})" if known else "add it under the fact's `lists`"
        raise RuleError(
            f"the combination names the list {given!r}, but the fact has no such list; {fix}, "
            "or write the words out",
            file=file,
            entry=entry,
        )
    return lists[given], f"{fact_entry}.lists.{given}"


def _every_list_used(
    combinations: Sequence[CombinationSpec], lists: Mapping[str, list[str]], file: str, entry: str
) -> None:
    """A shared list no combination names would be edited in vain: say so."""
    named = {given for c in combinations for given in c.all if isinstance(given, str)}
    for name in lists:
        if name not in named:
            raise RuleError(
                f"no combination names the list {name!r}, so its words count nowhere; name it "
                "in a combination's `all`, or remove it",
                file=file,
                entry=f"{entry}.lists.{name}",
            )
