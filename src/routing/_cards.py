"""Rendering a result for a person at a terminal: a contact card, and the evidence.

Plain text that reads well at 80 columns; on a terminal, names are bold, the urgency is red, and
every channel is a clickable link (OSC 8, which terminals that do not know it simply ignore).
"""

from __future__ import annotations

import textwrap
from collections.abc import Iterator

import click

from ._evidence_models import AcuteScore, ScoreSign, TextEvidence, TopicScore, TypeScore
from ._models import Channel, RoutingResult
from ._rules import Rule

_ICONS = {"phone": "tel", "email": "mail", "web": "web"}


def card(result: RoutingResult, *, width: int = 80, links: bool = False) -> str:
    """The readable answer: type, urgency, each route as a contact card, why, and advice."""
    return "\n".join(_card_lines(result, width, links))


def _card_lines(result: RoutingResult, width: int, links: bool) -> Iterator[str]:
    row = f"  (rij {result.row})" if result.row else ""
    yield click.style(f"{result.label}{row}", bold=True)
    if result.acute:
        urgent = "ACUUT: neem direct contact op met de politie; bij direct gevaar bel 112."
        yield click.style(urgent, fg="red", bold=True)
    for number, route in enumerate(result.routes, 1):
        contact = route.contact
        yield ""
        yield click.style(f"{number}. {contact.name}", bold=True)
        if not contact.configured:
            yield "   Nog niet ingesteld: dit is een partij uit uw eigen regio."
        for channel in contact.channels:
            yield "   " + _channel(channel, links)
        yield from _wrapped(route.explanation, width, "   ")
        if contact.note:
            yield from _wrapped(contact.note, width, "   ")
    yield ""
    yield from _wrapped(f"Toelichting: {result.explanation}", width, "")
    if result.advice:
        yield ""
        yield click.style("Advies uit de tien punten:", bold=True)
        for point in result.advice:
            yield from _wrapped(f"{point.number}. {point.title}", width, "  ")
    if result.personal_data:
        kinds = ", ".join(sorted({p.kind for p in result.personal_data}))
        yield ""
        yield click.style(f"Let op: de vraag bevat persoonsgegevens ({kinds}).", fg="yellow")


def _channel(channel: Channel, links: bool) -> str:
    shown = channel.display
    if links:
        shown = f"\x1b]8;;{channel.uri}\x1b\\{shown}\x1b]8;;\x1b\\"
    label = f"  ({channel.label})" if channel.label else ""
    return f"{_ICONS[channel.kind]:<5}{shown}{label}"


def _wrapped(text: str, width: int, indent: str) -> list[str]:
    return textwrap.wrap(text, width=width, initial_indent=indent, subsequent_indent=indent) or [""]


# Why words were ignored, by the kind of their cue, in the order `explain` shows them.
_IGNORED = {
    "negation": "Genegeerd, want ontkend",
    "general": "Genegeerd, want een algemene vraag: niemand genoemd",
    "resolved": "Genegeerd, want de zaak is afgesloten (persvraag)",
    "aside": "Genegeerd, want de schrijver zet het opzij",
    "denial": "Genegeerd, want de schrijver zegt dat de vraag daar niet over gaat",
    "messenger": "Genegeerd, want het noemt wie de vraag doorgeeft",
}


def evidence(result: RoutingResult, text: str | None, rules: tuple[Rule, ...]) -> str:
    """The evidence: which words set which facts, what was negated, what fired, what did not."""
    lines = [click.style("Feiten", bold=True)]
    facts = result.trace.facts.model_dump()
    lines += [f"  {name}: {value}" for name, value in facts.items() if value not in (False,)]
    if result.trace.text is not None and text is not None:
        language = result.trace.text.read_in
        if language is not None:
            heading = f"Gelezen in het {language}, woord voor woord in het Nederlands"
            lines += ["", click.style(heading, bold=True)]
            lines += ["  de termen hieronder zijn Nederlands; de woorden staan er zoals geschreven"]
        lines += ["", click.style("Woorden die een feit zetten", bold=True)]
        lines += [
            f"  {w.fact:<22} {text[w.start : w.end]!r} [{w.start}:{w.end}] via {w.term!r}"
            + ("  (met tikfout)" if w.typo else "")
            for w in result.trace.text.words
        ]
        for kind, heading in _IGNORED.items():
            ignored = [w for w in result.trace.text.negated if w.cue_kind == kind]
            if ignored:
                lines += ["", click.style(heading, bold=True)]
                lines += [
                    f"  {w.fact:<22} {text[w.start : w.end]!r} [{w.start}:{w.end}]"
                    f" door {text[w.cue_start : w.cue_end]!r}"
                    for w in ignored
                ]
        lines += _excepted_lines(result.trace.text, text)
        if result.trace.text.topic_score is not None:
            lines += ["", click.style("Scorekaart: gaat de vraag over het onderwerp?", bold=True)]
            lines += _topic_lines(result.trace.text.topic_score, text)
        if result.trace.text.acute_score is not None:
            lines += ["", click.style("Scorekaart voor acuut gevaar", bold=True)]
            lines += _score_lines(result.trace.text.acute_score, text)
        if result.trace.text.type_score is not None:
            lines += [
                "",
                click.style("Typekaart: bij welk type wegen de woorden het zwaarst?", bold=True),
            ]
            lines += _type_lines(result.trace.text.type_score, text)
        calm = result.trace.text.calm
        if calm is not None:
            lines += ["", click.style("De vraag zegt zelf dat het niet acuut is", bold=True)]
            lines.append(
                f"  {text[calm.start : calm.end]!r} [{calm.start}:{calm.end}] via {calm.term!r}"
            )
        if result.trace.text.explicit:
            given = ", ".join(result.trace.text.explicit)
            lines += ["", f"Expliciet meegegeven (wint van de tekst): {given}"]
    fired = {hit.id for hit in result.trace.fired}
    lines += ["", click.style("Regels die vuurden", bold=True)]
    lines += [
        f"  {hit.id} -> {hit.question_type} (prioriteit {hit.priority})"
        for hit in result.trace.fired
    ] or ["  geen"]
    lines += [f"  Besluit: {result.trace.decided_by}"]
    lines += ["", click.style("Regels die niet vuurden, en waarom", bold=True)]
    for rule in rules:
        if rule.id not in fired:
            lines.append(f"  {rule.id}: {'; '.join(rule.unmet(facts))}")
    return "\n".join(lines)


def _excepted_lines(evidence: TextEvidence, text: str) -> list[str]:
    """The words an except phrase explained away, and the excepts that scenes or cues set aside."""
    lines = []
    if evidence.excepted:
        lines += [
            "",
            click.style(
                "Genegeerd, want een uitzondering geeft het een andere betekenis", bold=True
            ),
        ]
        lines += [
            f"  {w.fact:<22} {text[w.start : w.end]!r} [{w.start}:{w.end}]"
            f" door {text[w.excepted_by.start : w.excepted_by.end]!r}"
            for w in evidence.excepted
        ]
    for scene in evidence.scenes:
        target, moment = scene.target, scene.moment
        lines += [
            "",
            click.style("Doelwit en moment in één zin: geen uitzondering telt", bold=True),
        ]
        lines.append(
            f"  {scene.fact:<22} {text[target.start : target.end]!r} [{target.start}:{target.end}]"
            f" en {text[moment.start : moment.end]!r} [{moment.start}:{moment.end}]"
        )
        lines += [
            f"  opzij gezet: {text[p.start : p.end]!r} [{p.start}:{p.end}]" for p in scene.overruled
        ]
    if evidence.negated_excepts:
        lines += ["", click.style("Uitzondering ontkend: de dreigwoorden erin tellen", bold=True)]
        lines += [
            f"  {e.fact:<22} {text[e.phrase.start : e.phrase.end]!r}"
            f" [{e.phrase.start}:{e.phrase.end}] door {text[e.cue.start : e.cue.end]!r}"
            f" [{e.cue.start}:{e.cue.end}]"
            for e in evidence.negated_excepts
        ]
    if evidence.mail_parts:
        lines += ["", click.style("Kop en voet van een e-mail: niet gelezen als vraag", bold=True)]
        lines += [f"  {p.term!r:<24} [{p.start}:{p.end}]" for p in evidence.mail_parts]
    return lines


def _score_lines(score: AcuteScore, text: str) -> list[str]:
    """The card's total against its threshold, what that did, and the words it weighed."""
    if score.applied:
        verdict = "maakt de vraag acuut"
    elif score.total >= score.threshold:
        verdict = "haalt de drempel, maar de tekst zegt dat het niet acuut is"
    else:
        verdict = "onder de drempel"
    lines = [f"  {score.total:+.2f} punten, drempel {score.threshold:+.2f}: {verdict}"]
    return lines + _sign_lines(score.signs, text)


def _topic_lines(score: TopicScore, text: str) -> list[str]:
    """The topic card's total against its threshold, and whether it overruled the words."""
    if score.overruled:
        verdict = "de woorden zeggen wel over het onderwerp; de scorekaart zegt van niet"
    else:
        verdict = "de woorden zeggen wel over het onderwerp; dat blijft zo"
    lines = [f"  {score.total:+.2f} punten, drempel {score.threshold:+.2f}: {verdict}"]
    return lines + _sign_lines(score.signs, text)


def _type_lines(score: TypeScore, text: str) -> list[str]:
    """The type card's type and its chance against its threshold, and what that did."""
    if score.applied and score.rules_type == "unknown":
        verdict = "zet de vraag op het onderwerp, als dit type (de regels: 'unknown')"
    elif score.applied:
        verdict = f"wordt het hoofdtype (de regels: {score.rules_type!r})"
    elif score.question_type == score.rules_type:
        verdict = "hetzelfde type als de regels"
    elif score.question_type == "unknown":
        verdict = f"neemt geen vraag van het onderwerp; {score.rules_type!r} blijft"
    elif score.rules_type == "unknown":
        verdict = "zet deze vraag niet op het onderwerp; 'unknown' blijft"
    elif score.chance < score.threshold:
        verdict = f"onder de drempel; {score.rules_type!r} van de regels blijft"
    else:
        verdict = f"verandert niets aan acuut gevaar; {score.rules_type!r} van de regels blijft"
    chance = f"kans {score.chance:.0%}, drempel {score.threshold:.0%}"
    lines = [f"  {score.question_type} ({chance}): {verdict}"]
    return lines + _sign_lines(score.signs, text)


def _sign_lines(signs: tuple[ScoreSign, ...], text: str) -> list[str]:
    return [
        f"  {sign.weight:+.2f}  {text[sign.start : sign.end]!r} [{sign.start}:{sign.end}]"
        for sign in signs
    ]
