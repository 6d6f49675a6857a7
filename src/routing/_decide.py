"""From the rules that fired to a routing result.

The engines only say which rules matched; what that means is decided here, the same way for
both: the lowest priority among the non-fallback rules gives the primary type, the others are
kept as `also_matched`, and a fallback rule counts only when nothing else matched.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from ._advice import advice_for
from ._models import Facts, Provenance, Route, RoutingResult, RuleHit, Trace
from ._rulebase import RuleBase
from ._rules import Rule
from ._table import UNKNOWN
from ._yaml import short_name


def decide(
    rules: Iterable[Rule],
    fired: frozenset[str],
    explicit: str | None,
    *,
    carded: str | None = None,
    onto_subject: bool = False,
) -> tuple[str, tuple[str, ...], tuple[Rule, ...], str]:
    """Return the primary type, the other matched types, the fired rules in order, and why.

    `carded` is the type card's type (`routing._typecard`), which the pipeline passes only where
    it differs from the rules' own primary type. With `onto_subject`, the card also put the
    question on the subject, where the rules had it off (`unknown`): then only the rules'
    specific types join it, not the fallback that being on the subject alone gives.
    """
    order = {rule.id: (rule.priority, index) for index, rule in enumerate(rules)}
    hits = tuple(sorted((r for r in rules if r.id in fired), key=lambda r: order[r.id]))
    specific = _unique(r.question_type for r in hits if not r.fallback)
    if explicit is not None:
        also = tuple(t for t in specific if t != explicit)
        return explicit, also, hits, "the question named its type explicitly"
    if carded is not None and onto_subject:
        also = tuple(t for t in specific if t != carded)
        why = f"the type card: the text's words weigh most for {carded!r}"
        return carded, also, hits, f"{why}, which puts it on the subject where its words did not"
    if carded is not None:
        # The rules' own answer stays among the matched types, a fallback's too.
        ruled = specific or tuple(r.question_type for r in hits if r.fallback)[:1]
        also = tuple(t for t in ruled if t != carded)
        why = f"the type card: the text's words weigh most for {carded!r}"
        return carded, also, hits, f"{why}, over the rules' {ruled[0]!r}" if ruled else why
    if specific:
        first = next(r for r in hits if not r.fallback)
        return specific[0], specific[1:], hits, f"rule {first.id!r} has the lowest priority"
    fallback = next((r for r in hits if r.fallback), None)
    if fallback is not None:
        return fallback.question_type, (), hits, f"only the fallback rule {fallback.id!r} matched"
    return UNKNOWN, (), hits, "no rule matched: the question is not about this subject"


def build_result(
    base: RuleBase,
    facts: Mapping[str, object],
    fired: frozenset[str],
    explicit: str | None,
    provenance: Provenance,
    *,
    carded: str | None = None,
    onto_subject: bool = False,
) -> RoutingResult:
    """Assemble the full result for one decision; `carded` and `onto_subject` as for `decide`."""
    table = base.table
    primary, also, hits, why = decide(
        base.rules, fired, explicit, carded=carded, onto_subject=onto_subject
    )
    kinds = [table.question_types[t] for t in (primary, *also)]
    routes: list[Route] = []
    seen: set[str] = set()
    for kind in kinds:
        for route in kind.routes:
            if route.contact.id not in seen:
                seen.add(route.contact.id)
                routes.append(route)
    head = kinds[0]
    explanation = head.explanation
    if also:
        labels = "; ".join(f"{k.label} (rij {k.row})" for k in kinds[1:])
        explanation = f"{explanation} Ook van toepassing: {labels}."
    return RoutingResult(
        question_type=primary,
        label=head.label,
        row=head.row,
        also_matched=also,
        acute=any(k.acute for k in kinds),
        routes=tuple(routes),
        explanation=explanation,
        advice=advice_for(base.points, primary, also),
        trace=Trace(
            facts=Facts.model_validate(facts),
            explicit_question_type=explicit,
            fired=tuple(_hit(rule) for rule in hits),
            decided_by=why,
        ),
        provenance=provenance,
    )


def _hit(rule: Rule) -> RuleHit:
    return RuleHit(
        id=rule.id,
        question_type=rule.question_type,
        priority=rule.priority,
        row=rule.row,
        fallback=rule.fallback,
        description=rule.description,
        file=short_name(rule.file),
    )


def _unique(items: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(items))
