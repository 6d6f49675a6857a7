"""Which of a text's words count, and which a cue undoes: steps 3 to 6 of reading.

`routing._understand` finds the words and sets the facts; these functions decide, between the
two, which words stand. Each takes the reader's `traits` (what reading needs of each term) and
changes nothing it is given but the `undone` list that `undo` fills in.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from collections.abc import Set as AbstractSet

from ._negation import Cues, negated_inside
from ._patterns import Occurrence
from ._text import Tokens
from ._traits import Combination, Trait

_EVERYWHERE = 1 << 62  # past the last word of any text


def counting(
    hits: list[Occurrence],
    excepted: Mapping[tuple[str, int], Occurrence] | None,
    complete: AbstractSet[Combination],
    traits: Sequence[Trait],
) -> list[Occurrence]:
    """The `hits` outside an ``except`` phrase of their fact, and not of an incomplete list.

    A list of a combination that is not whole says nothing, and is not shown. A fact's
    ``firm`` terms stand even inside an except: "hij deelt memes met wapens en wil een
    aanslag plegen op de moskee" is no meme.
    """
    standing = []
    for hit in hits:
        trait = traits[hit.term]
        if trait.member is not None and trait.member[0] not in complete:
            continue
        label = trait.label
        fact = label.fact
        if (
            excepted
            and not label.firm
            and any((fact, place) in excepted for place in range(hit.start, hit.end))
        ):
            continue
        standing.append(hit)
    return standing


def undone_by(
    hits: list[Occurrence], cues: Cues, traits: Sequence[Trait]
) -> list[Occurrence | None]:
    """The cue that negates each hit, or None.

    "Zonder vergunning" is still about a permit: everyday words are not negated. A word
    inside a negated phrase of the same fact is negated with it: in "geen aanwijzingen voor
    terroristische dreiging" the cue reaches "terroristische dreiging", so "dreiging" too.
    And a phrase is negated with a word of its own fact that a cue inside it negates: in
    "er dreigt geen aanslag", the phrase `dreigt ... aanslag*` with "aanslag".
    """
    undone = [None if traits[hit.term].everyday else cues.of(hit.start, hit.end) for hit in hits]
    # Per (fact, word): the negated phrase that covers it and reaches farthest. Built from
    # the phrases' own words, so it stays linear however long the text.
    reach: dict[tuple[str, int], tuple[int, Occurrence]] = {}
    for hit, cue in zip(hits, undone, strict=True):
        if cue is not None:
            fact = traits[hit.term].label.fact
            for place in range(hit.start, hit.end):
                if reach.get((fact, place), (-1,))[0] < hit.end:
                    reach[(fact, place)] = (hit.end, cue)
    if reach:
        for index, hit in enumerate(hits):
            if undone[index] is None and not traits[hit.term].everyday:
                fact = traits[hit.term].label.fact
                covering = reach.get((fact, hit.start))
                if covering is not None and hit.end <= covering[0]:
                    undone[index] = covering[1]
                else:
                    undone[index] = negated_inside(hit, fact, reach)
    return undone


def resolving(
    hits: list[Occurrence],
    undone: list[Occurrence | None],
    by_role: dict[str, list[Occurrence]],
    cues: Cues | None,
    when: AbstractSet[str],
    traits: Sequence[Trait],
) -> Occurrence | None:
    """The first `resolved` word (`by_role` holds one) if it closes the case, else None.

    "De dader is inmiddels opgepakt; hoe stemmen we de woordvoering af?" asks about a case
    that is over. Only where a word of a `when` fact (the press) stands, and no `unless`
    word says the case is open ("nog niet opgepakt", "acuut"). An `unless` word that is
    itself negated keeps nothing open: "geen acute dreiging meer"; nor does a `resolved` word
    that is negated close anything: "er is niemand aangehouden".
    """
    unless = by_role.get("unresolved")
    if unless and (cues is None or any(cues.of(o.start, o.end) is None for o in unless)):
        return None
    closing = [o for o in by_role["resolved"] if cues is None or cues.of(o.start, o.end) is None]
    if not closing:
        return None
    asked = any(
        cue is None and traits[hit.term].label.fact in when
        for hit, cue in zip(hits, undone, strict=True)
    )
    return closing[0] if asked else None


def calm_statement(by_role: dict[str, list[Occurrence]], cues: Cues | None) -> Occurrence | None:
    """The first `calm` word (`by_role` holds one), where it may clear the question.

    Only where a `when` word calls the danger vague, distant or past, and no `unless` word
    stands: "het is niet acuut, maar een speler zei dat hij ooit naar Syrië wil" is calm;
    "niet acuut, maar hij vertrekt morgenochtend" names nothing vague, and "niet acuut denk
    ik" hedges. An `unless` word that a negation reaches takes nothing back ("er zijn geen
    wapens gevonden"), unless the negation is the statement's own: in "niet acuut denk ik"
    the "niet" of "niet acuut" reaches "denk", and the hedge stands. An `unless` phrase that
    begins or ends inside a `when` phrase is that phrase's: in "hij zit vast, dus geen spoed"
    the "vast" of "zit vast" is no hedge ("het is vast niet acuut"), nor is the "volgens" of
    "niet acuut volgens de begeleidende brief" ("niet acuut volgens de buurman" is).

    An `unless` phrase that holds a statement takes back that statement only: in "volgens haar
    is er geen direct gevaar. Ik wil het doorgeven, het is niet acuut" the first is someone
    else's judgement, the second the writer's own. One that holds none takes back them all.
    """
    if "calm_when" not in by_role:
        return None
    statements = by_role["calm"]
    whens = by_role["calm_when"]
    taken_back: set[int] = set()  # the statements an `unless` phrase holds, by position
    for word in by_role.get("uncalm", ()):
        if any(s.start <= word.start and word.end <= s.end for s in statements):
            continue  # part of a statement itself: the "spoed" of "geen spoed"
        if any(w.start <= word.start < w.end or w.start < word.end <= w.end for w in whens):
            # A `when` phrase's own: the "vast" of "zit vast dus geen spoed" begins one; the
            # "volgens" that ends "acuut volgens" begins "volgens de begeleidende brief", which
            # names the report, whose judgement needs no more; the "misschien" that ends
            # "acuut, misschien" is "vertrek misschien pas over maanden", as the one that
            # begins "misschien is het niet acuut" was already.
            continue
        cue = None if cues is None else cues.of(word.start, word.end)
        if cue is None or any(s.start <= cue.start < s.end for s in statements):
            held = [
                i for i, s in enumerate(statements) if word.start < s.end and s.start < word.end
            ]
            if not held:
                return None
            taken_back.update(held)
    standing = [s for i, s in enumerate(statements) if i not in taken_back]
    return standing[0] if standing else None


def kept_acute(
    hits: list[Occurrence],
    undone: list[Occurrence | None],
    whens: list[Occurrence],
    keeps: AbstractSet[str],
    traits: Sequence[Trait],
    tokens: Tokens,
) -> bool:
    """Whether a standing word of a `keeps` fact has no `when` word in its own clause.

    A calm statement may clear a threat only where the threat itself is called vague, distant
    or past: "de dreigbrief is van twee jaar geleden" is; in "geen concrete plannen om uit te
    reizen, maar hij dreigt de burgemeester te onthoofden" the vague words are the departure's.
    A clause ends at a comma, a bracket or a sentence end (`Tokens.clause_start`).
    """
    clauses = {tokens.clause_start(when.start) for when in whens}
    return any(
        cue is None
        and traits[hit.term].label.fact in keeps
        and tokens.clause_start(hit.start) not in clauses
        for hit, cue in zip(hits, undone, strict=True)
    )


def undo(
    hits: list[Occurrence],
    undone: list[Occurrence | None],
    cue: Occurrence,
    facts: frozenset[str],
    traits: Sequence[Trait],
    within: tuple[int, int] | None = None,
) -> bool:
    """Undo the words of `facts` that nothing else undid, with `cue` as their cue.

    Only the words between word ``within[0]`` and word ``within[1]`` (exclusive), if given.
    Returns whether it undid any.
    """
    first, after = within if within is not None else (0, _EVERYWHERE)
    changed = False
    for index, hit in enumerate(hits):
        if (
            undone[index] is None
            and first <= hit.start
            and hit.end <= after
            and traits[hit.term].label.fact in facts
        ):
            undone[index] = cue
            changed = True
    return changed


def deny(
    hits: list[Occurrence],
    undone: list[Occurrence | None],
    denials: list[Occurrence],
    traits: Sequence[Trait],
) -> bool:
    """Undo, in the whole text, the words of the fact each of `denials` denies; whether any were.

    "Ik ben woordvoerder, maar dit is geen persvraag: ..." is not a press question, whatever
    other press words stand ("woordvoerder", "de krant").
    """
    changed = False
    for denial in denials:
        fact = frozenset((traits[denial.term].label.fact,))
        changed = undo(hits, undone, denial, fact, traits) or changed
    return changed


def set_aside(
    hits: list[Occurrence],
    undone: list[Occurrence | None],
    asides: list[Occurrence],
    cues: Cues | None,
    facts: frozenset[str],
    traits: Sequence[Trait],
    tokens: Tokens,
) -> bool:
    """Undo the words of `facts` in each matter the writer sets aside; whether any were.

    "De pers belde ook, maar dat laat ik aan de woordvoerder. Mijn vraag: ..." asks about
    the rest. An `aside` word sets aside its sentence up to the end of its own clause, and
    the sentence before where it opens its own (`Tokens.set_aside`). One that a negation
    reaches sets nothing aside: "dat is nog niet afgehandeld".
    """
    changed = False
    for aside in asides:
        if cues is None or cues.of(aside.start, aside.end) is None:
            within = tokens.set_aside(aside.start, aside.end)
            changed = undo(hits, undone, aside, facts, traits, within) or changed
    return changed


def set_aside_before(
    hits: list[Occurrence],
    undone: list[Occurrence | None],
    ask: Occurrence,
    facts: frozenset[str],
    traits: Sequence[Trait],
    tokens: Tokens,
) -> bool:
    """Undo the words of `facts` in the sentences before the one `ask` stands in.

    "Over de paspoortmaatregel hebben we het dossier gesloten. Waar ik eigenlijk voor mail:
    ..." asks what follows. `routing._understand` leaves the asker out of `facts`: "Ik ben
    docent. Mijn eigenlijke vraag: ..." is still a school's question.
    """
    within = (0, tokens.sentence_start(ask.start))
    return undo(hits, undone, ask, facts, traits, within)
