"""Except phrases in one text: which of them stand, what they cover, and what they explain away.

An ``except`` phrase of a fact says that the fact's words inside it mean something else: "een
aanslag gemeentelijke belastingen" is a tax bill, "klonk als een bom" no bomb. `routing._understand`
drops the words a standing phrase covers; this module decides which phrases stand, and which
threat words the acute card may not count either.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from typing import NamedTuple

from ._negation import Cues
from ._patterns import Occurrence
from ._text import Tokens
from ._traits import Trait

#: The facts that make a question acute.
THREAT_FACTS = frozenset(("acute", "suspected_travel", "terrorist_threat", "official_report"))

# The shortest first part of a compound ("kalk" of "kalkaanslag"): shorter, an ending is
# no compound ("bommen" is no compound of "men").
_STEM = 3

#: Whether a word is one of the words of a term (not a word in one of its gaps).
Names = Callable[[int, str], bool]

#: The (fact, place) pairs that standing except phrases cover, each with the phrase that
#: explains the word there.
Covered = dict[tuple[str, int], Occurrence]


class Excepts(NamedTuple):
    """What a text's except phrases do.

    The places the standing ones cover (None if none stands), and the threat's phrases that a
    negation cue undid, each with that cue.
    """

    covered: Covered | None
    undone: tuple[tuple[Occurrence, Occurrence], ...]


def excepted_places(
    excepts: list[Occurrence],
    hits: list[Occurrence],
    traits: Sequence[Trait],
    cues: Cues | None,
    tokens: Tokens,
    names: Names,
    people: Sequence[Occurrence],
    scenes: AbstractSet[tuple[str, int]] = frozenset(),
) -> Excepts:
    """The (fact, place) pairs that the standing except phrases cover, and the undone ones.

    Each pair maps to the phrase that explains it: the one that covers it, or for a word that
    keeps the sense an except gave it elsewhere (`_one_sense`), that except. An except of a
    threat that a negation cue undoes does not stand (see `_undoing`): it is returned with its
    cue, for the trace. Nor does one in a sentence of `scenes` (see `threat_scenes`). `people`
    are the text's `general.someone` words: beside one, a word keeps its own sense.
    """
    words = tokens.words
    if scenes:
        excepts = [
            o
            for o in excepts
            if (traits[o.term].label.fact, tokens.sentence_start(o.start)) not in scenes
        ]
    undone: list[tuple[Occurrence, Occurrence]] = []
    if cues is not None and any(traits[o.term].label.fact in THREAT_FACTS for o in excepts):
        threats: dict[tuple[str, int], list[Occurrence]] = {}
        for hit in hits:  # by where they start: each except looks at its own span only
            fact = traits[hit.term].label.fact
            if fact in THREAT_FACTS:
                threats.setdefault((fact, hit.start), []).append(hit)
        standing = []
        for phrase in excepts:
            cue = _undoing(phrase, cues, words, threats, traits, names)
            if cue is None:
                standing.append(phrase)
            else:
                undone.append((phrase, cue))
        excepts = standing
    if not excepts:
        return Excepts(None, tuple(undone))
    # The first phrase that covers a place explains it: phrases come ordered by where they start.
    places: Covered = {}
    for phrase in excepts:
        fact = traits[phrase.term].label.fact
        for at in range(phrase.start, phrase.end):
            places.setdefault((fact, at), phrase)
    return Excepts(_one_sense(places, hits, traits, tokens, people), tuple(undone))


def threat_scenes(
    targets: Sequence[Occurrence],
    moments: Sequence[Occurrence],
    traits: Sequence[Trait],
    tokens: Tokens,
) -> frozenset[tuple[str, int]]:
    """The (fact, sentence) pairs where a sentence names both a target and a moment of a threat.

    A sentence is known by its first word. There no except phrase of that fact explains a word
    away: a figure of speech rarely names a place and a day to strike, a threat mostly does.
    "Met echte TNT ga ik zaterdag de moskee opblazen" is no game of Minecraft, "zaterdag pleeg
    ik een aanslag op het feest van de Joodse gemeente" no party spoilt. The except review of
    2026-12-05 found 219 threats that an except silenced; this keeps 132 of them acute.
    """
    if not targets or not moments:
        return frozenset()
    named = {(traits[o.term].label.fact, tokens.sentence_start(o.start)) for o in targets}
    return frozenset(
        named.intersection(
            (traits[o.term].label.fact, tokens.sentence_start(o.start)) for o in moments
        )
    )


def _one_sense(
    places: Covered,
    hits: list[Occurrence],
    traits: Sequence[Trait],
    tokens: Tokens,
    people: Sequence[Occurrence],
) -> Covered:
    """`places`, and every other place of a threat word that an except explains somewhere.

    A word keeps its sense through one text: in a letter that objects to "de aanslag
    onroerendezaakbelasting", "uitstel van betaling van de aanslag" is the same tax bill; so
    do its other forms ("bommetjes" of the pool, then "bommen") and the last part of a
    compound an except covers ("kalkaanslag", then "vol aanslag").
    Only a bare word: where a threat's phrase that no except explains holds it ("gedreigd een
    aanslag te plegen"), or a `firm` term, the phrase has fixed its sense there; and only
    alone in its clause: beside another word of a threat's combination (a target, a means, a
    moment: "de buurman met een bom bij de moskee") or a person of `general.someone` ("mijn
    zoon heeft wapens onder zijn bed") it may be the other sense.
    """
    words = tokens.words
    single: list[tuple[str, Occurrence]] = []
    fixed: set[int] = set()  # the places that a threat's phrase holds
    beside: list[Occurrence] = []  # the words of a threat's combinations
    for hit in hits:
        label = traits[hit.term].label
        if label.fact not in THREAT_FACTS:
            continue
        if label.role == "together":
            beside.append(hit)
        elif hit.end - hit.start == 1 and label.role == "fact" and not label.firm:
            single.append((label.fact, hit))
        elif (label.firm or hit.end - hit.start > 1) and not any(
            (label.fact, at) in places for at in range(hit.start, hit.end)
        ):
            fixed.update(range(hit.start, hit.end))
    # The words the excepts cover, in their forms, and whole to find compounds among them.
    compounds = {(fact, words[at]): o for (fact, at), o in places.items() if fact in THREAT_FACTS}
    explained = {(fact, form): o for (fact, whole), o in compounds.items() for form in forms(whole)}
    places_at = {at for _, at in places}
    # The clauses where a person or a combination's word stands that is not itself a threat
    # word, nor inside an except ("aanslag" is in a combination's list as well).
    own = {hit.start for _, hit in single}
    held = {
        tokens.clause_start(hit.start)
        for hit in (*beside, *people)
        if hit.start not in own and not any(at in places_at for at in range(hit.start, hit.end))
    }
    for fact, hit in single:
        if hit.start in fixed or (fact, hit.start) in places:
            continue
        if tokens.clause_start(hit.start) in held:
            continue  # a target or a person beside it: "met een bom bij de moskee"
        word_forms = forms(words[hit.start])
        source = next((explained[fact, f] for f in word_forms if (fact, f) in explained), None)
        if source is None:
            source = next(
                (
                    phrase
                    for (kind, whole), phrase in compounds.items()
                    for form in word_forms
                    if kind == fact and len(whole) >= len(form) + _STEM and whole.endswith(form)
                ),
                None,
            )
        if source is not None:
            places[fact, hit.start] = source
    return places


# Plural and diminutive endings, longest first: "bommetjes", "aanslagen", "wapens".
_ENDINGS = ("etjes", "tjes", "jes", "etje", "tje", "je", "en", "s")


def forms(word: str) -> set[str]:
    """The word, and the word without a plural or diminutive ending: one word in its forms.

    After "bommetjes doen van de duikplank", "de bommen" are the same pool game; after
    "kalkaanslag", "de aanslagen" the same limescale. "bommen" gives "bomm" and "bom",
    "explosieven" "explosief", "wapen" "wapen" and "wap": two words are one when their forms
    meet ("wapens" gives "wapen").
    """
    found = {word}
    for ending in _ENDINGS:
        stem = word[: -len(ending)]
        if word.endswith(ending) and len(stem) >= _STEM:
            found.add(stem)
            if stem[-1] == stem[-2] and stem[-1] not in "aeiou":
                stem = stem[:-1]  # "bomm" of "bommen"
            found.add(stem[:-1] + {"v": "f", "z": "s"}.get(stem[-1], stem[-1]))
            break
    return found


def _undoing(
    phrase: Occurrence,
    cues: Cues,
    words: list[str],
    threats: Mapping[tuple[str, int], list[Occurrence]],
    traits: Sequence[Trait],
    names: Names,
) -> Occurrence | None:
    """The negation cue that undoes a threat's except phrase, if one does: it explains nothing away.

    "Een aanslag op het stadhuis zien wij niet als grap" is no joke, and "geen grap, hij wil
    een aanslag plegen" none either. A cue that is itself a word of the phrase is what the
    phrase says ("bedreigt niemand", "durft niet meer naar huis"), and undoes nothing; one that
    negates the threat word itself denies the threat too ("geen dreiging van code oranje"), and
    the phrase stands. Only a threat's excepts are undone: elsewhere a cue in a phrase's gap is
    as likely to be part of what it describes ("families spreken niet meer met elkaar"), and
    there a wrong reading costs a row, not a missed threat.
    """
    fact = traits[phrase.term].label.fact
    if fact not in THREAT_FACTS:
        return None
    # The places of the threat words of its fact that start inside it.
    threat = {
        place
        for start in range(phrase.start, phrase.end)
        for hit in threats.get((fact, start), ())
        for place in range(hit.start, hit.end)
    }
    undoing = {cues.of(place, place + 1) for place in range(phrase.start, phrase.end)}
    denying = {cues.of(place, place + 1) for place in threat}
    return min(
        (
            cue
            for cue in undoing
            if cue is not None and cue not in denying and not names(phrase.term, words[cue.start])
        ),
        default=None,
    )


def explained_away(hits: list[Occurrence], excepted: Covered, traits: Sequence[Trait]) -> set[int]:
    """Where a threat word stands that an except phrase explains away.

    The acute card does not count those words either: "klonk als een bom", "het algemeen
    ambtsbericht". Only the word itself, and only a word that is a threat on its own: the
    other words a long except covers still count ("toestemming van de imam om naar Syrië uit
    te reizen"), and so do the words of a combination ("vuurwerkbommen ... bij de moskee laten
    ontploffen": the mosque).
    """
    places = set()
    for hit in hits:
        label = traits[hit.term].label
        if (
            hit.end - hit.start == 1
            and label.role == "fact"
            and label.fact in THREAT_FACTS
            and (label.fact, hit.start) in excepted
        ):
            places.add(hit.start)
    return places
