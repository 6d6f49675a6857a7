"""Messengers: words that name who passes a question on, not what the question asks for.

"Bij onze redactie meldde zich een moeder die hulp zoekt voor het gezin. Waar kunnen we haar
naar doorverwijzen?" is a family's question, brought by a newsroom; "een journalist belt over
de uitgereisde jongere; hoe stemmen we de woordvoering af?" asks for press coordination. A
fact's `messengers` words ("redactie", "journalist", "omroep") set the fact like its weak
words, except where they alone set it and a word of a fact they yield to stands, or the asker
is one they yield to: then they set nothing, and the trace shows them as ignored, with the
word they yielded to as the cue.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence

from ._patterns import Occurrence
from ._traits import Combination, Trait
from ._vocabulary import Yielding


def yielded(
    kept: Sequence[Occurrence],
    undone: Sequence[Occurrence | None],
    traits: Sequence[Trait],
    facts: Collection[str],
    asker: str | None,
    complete: Collection[Combination],
    messengers: Mapping[str, Yielding],
) -> list[Occurrence | None] | None:
    """`undone`, with each messenger word that yields undone by what it yields to; None if none.

    `facts` are the facts the standing words set, `asker` the asker they name, `complete` the
    combinations they make whole: a fact a combination sets is no messenger's alone.
    """
    changed: list[Occurrence | None] | None = None
    for fact, yielding in messengers.items():
        if fact not in facts or any(whole == fact for whole, _ in complete):
            continue
        standing = [
            index
            for index, (hit, by) in enumerate(zip(kept, undone, strict=True))
            if by is None and traits[hit.term].sets == fact
        ]
        if not all(traits[kept[index].term].label.messenger for index in standing):
            continue  # a word that asks for it ("woordvoering") keeps the fact
        cue = _yielded_to(kept, undone, traits, yielding, facts, asker, complete)
        if cue is None:
            continue
        changed = list(undone) if changed is None else changed
        for index in standing:
            changed[index] = cue
    return changed


def _yielded_to(
    kept: Sequence[Occurrence],
    undone: Sequence[Occurrence | None],
    traits: Sequence[Trait],
    yielding: Yielding,
    facts: Collection[str],
    asker: str | None,
    complete: Collection[Combination],
) -> Occurrence | None:
    """The first standing word that sets a fact yielded to, or names the asker yielded to.

    A fact's own `together` lists set it too ("de ouders" and "hulp"): their words count where
    the combination is whole.
    """
    wanted = yielding.facts.intersection(facts)
    askers = {asker} if asker is not None and asker in yielding.askers else set()
    if not wanted and not askers:
        return None
    for hit, by in zip(kept, undone, strict=True):
        if by is not None:
            continue
        trait = traits[hit.term]
        if (
            trait.sets in wanted
            or (trait.member is not None and trait.member[0] in complete and trait.fact in wanted)
            or trait.asker in askers
        ):
            return hit
    return None
