"""Measuring routing against a corpus of questions with known answers.

A corpus is a YAML list of cases::

    - id: q001
      text: "Een leerling van 15 heeft verteld dat hij naar Syrië wil om te vechten."
      expect: travel_or_threat     # the right primary type
      also_ok: [school_question]   # other primary types that are acceptable
      contacts: [police]           # contacts that must be among the routes
      acute: true                  # the right acute flag
      tags: [school, travel]

`python -m routing evaluate FILE` prints the figures; the tests hold the shipped rules to them.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import BaseModel, ConfigDict, ValidationError

from ._exceptions import DataError
from ._models import RoutingResult
from ._router import Router
from ._validation import locate
from ._yaml import load_yaml


class Case(BaseModel):
    """One question of a corpus, with what the right answer is."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str
    text: str
    expect: str
    also_ok: tuple[str, ...] = ()
    contacts: tuple[str, ...] = ()
    acute: bool
    tags: tuple[str, ...] = ()


@dataclass(frozen=True)
class Outcome:
    """How one case went."""

    case: Case
    got: str
    acute: bool
    contacts: tuple[str, ...]
    ruled: str = ""  # the rules' own type, before the type card refereed; `got` if it did not

    @property
    def primary_right(self) -> bool:
        """Whether the primary type is the expected one or an acceptable alternative."""
        return self.got == self.case.expect or self.got in self.case.also_ok

    @property
    def contacts_right(self) -> bool:
        """Whether every contact the case requires is among the routes."""
        return set(self.case.contacts) <= set(self.contacts)

    @property
    def safe(self) -> bool:
        """For an acute case: marked acute, with the police among the routes."""
        return not self.case.acute or (self.acute and "police" in self.contacts)


@dataclass
class Report:
    """The figures over a whole corpus."""

    outcomes: list[Outcome] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        """The share of cases whose primary type is right."""
        return _share(o.primary_right for o in self.outcomes)

    @property
    def rules_accuracy(self) -> float:
        """The share of cases whose primary type the rules got right before the type card."""
        return _share(o.ruled == o.case.expect or o.ruled in o.case.also_ok for o in self.outcomes)

    @property
    def missed_acute(self) -> list[Outcome]:
        """Acute cases not marked acute, or without the police."""
        return [o for o in self.outcomes if not o.safe]

    @property
    def false_acute_rate(self) -> float:
        """The share of non-acute cases that were marked acute."""
        calm = [o for o in self.outcomes if not o.case.acute]
        return _share(o.acute for o in calm)

    def per_type(self) -> dict[str, tuple[int, int]]:
        """For each expected type: (right, total)."""
        right: Counter[str] = Counter()
        total: Counter[str] = Counter()
        for outcome in self.outcomes:
            total[outcome.case.expect] += 1
            right[outcome.case.expect] += outcome.primary_right
        return {kind: (right[kind], total[kind]) for kind in sorted(total)}

    def lines(self) -> list[str]:
        """The report as text lines: per type, then the totals and the safety figures."""
        out = [f"{'type':<24}{'right':>7}{'total':>7}{'share':>8}"]
        for kind, (right, total) in self.per_type().items():
            out.append(f"{kind:<24}{right:>7}{total:>7}{right / total:>8.0%}")
        wrong = [o for o in self.outcomes if not o.primary_right]
        out += [
            "",
            f"primary type right        {len(self.outcomes) - len(wrong)}/{len(self.outcomes)}"
            f" ({self.accuracy:.1%})",
            f"acute cases missed        {len(self.missed_acute)}"
            f" of {sum(o.case.acute for o in self.outcomes)}",
            f"non-acute marked acute    {self.false_acute_rate:.1%}",
            f"required contacts present {_share(o.contacts_right for o in self.outcomes):.1%}",
        ]
        if wrong:
            out += ["", "wrong primary type:"]
            out += [f"  {o.case.id}: expected {o.case.expect}, got {o.got}" for o in wrong]
        return out


def load_corpus(path: Path) -> list[Case]:
    """Read a corpus file, with errors that name the case."""
    raw = load_yaml(path)
    if not isinstance(raw, list):
        raise DataError("a corpus is a list of cases", file=str(path))
    try:
        return [Case.model_validate(item) for item in raw]
    except ValidationError as error:
        where = locate(
            error, {"cases": raw}, known_keys="a case has " + ", ".join(Case.model_fields)
        )
        raise DataError(
            where.message, file=str(path), entry=where.entry, field=where.field
        ) from None


def evaluate(router: Router, cases: list[Case]) -> Report:
    """Route every case and collect the outcomes."""
    report = Report()
    for case in cases:
        result: RoutingResult = router.route(case.text)
        contacts = tuple(route.contact.id for route in result.routes)
        text = result.trace.text
        typed = text.type_score if text is not None else None
        ruled = typed.rules_type if typed is not None and typed.applied else result.question_type
        report.outcomes.append(Outcome(case, result.question_type, result.acute, contacts, ruled))
    return report


def _share(flags: object) -> float:
    values = list(flags)  # type: ignore[call-overload]
    return sum(values) / len(values) if values else 1.0
