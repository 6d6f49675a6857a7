"""The evidence of one reading: which words set facts, which were undone, and by what cue.

`routing._understand` decides which words count and which cue undoes each; this module turns
them into the trace's words with their places in the original text, and says what they tell
about the subject and the asker.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from collections.abc import Set as AbstractSet
from typing import NamedTuple

from ._evidence_models import ExceptedWord, NegatedExcept, NegatedWord, Phrase, ThreatScene, WordHit
from ._frozen import built
from ._patterns import Occurrence
from ._text import Tokens
from ._traits import Combination, Trait
from ._vocabulary import Role

#: The roles of cues that undo words without denying them, with the kind the trace names them
#: by (an `ask` sets aside what comes before it; a fact's word, a word of its `together`
#: lists or an asker is what a messenger yields to, see `routing._messengers`); every other
#: cue is a negation.
UNDOING_ROLES = {
    "general": "general",
    "resolved": "resolved",
    "aside": "aside",
    "ask": "aside",
    "denial": "denial",
    "fact": "messenger",
    "together": "messenger",
    "asker": "messenger",
}


class Evidence(NamedTuple):
    """The words of a text as evidence, and what they tell about the subject and the asker."""

    words: list[WordHit]
    negated: list[NegatedWord]
    live: list[Trait]  # the traits of the words that stand: they set the facts
    topical: bool  # a word names the subject
    hinted: bool  # a word points to a row, or names the subject where it is negated
    elsewhere: bool  # a word names an everyday matter
    asker: str | None


def gather(
    kept: Sequence[Occurrence],
    undone: Sequence[Occurrence | None],
    traits: Sequence[Trait],
    roles: Sequence[Role],
    spans: tuple[Sequence[int], Sequence[int]],
    paragraphs: Sequence[int] | None,
    whole_at: Collection[tuple[Combination, int]],
) -> Evidence:
    """Each kept word as evidence: standing (a `WordHit`) or undone by its cue (`NegatedWord`).

    A combination's word shows only where its combination is whole, in that paragraph. The
    asker is the one named first; of two named at one word, the longer.
    """
    starts, ends = spans
    words: list[WordHit] = []
    negated: list[NegatedWord] = []
    seen: set[tuple[str, object, int, int]] = set()
    live: list[Trait] = []
    topical = hinted = elsewhere = False
    asker: str | None = None
    asker_at = (True, len(starts), 0)
    for (number, first, after, typo), cue in zip(kept, undone, strict=True):
        trait = traits[number]
        _, member, names_subject, hint, everyday, fact, value, term, _, names_asker = trait
        if cue is None:
            paragraph = paragraphs[first] if paragraphs is not None else 0
            if member is not None and (member[0], paragraph) not in whole_at:
                # A combination left incomplete sets nothing, nor shows; nor do its words
                # in a paragraph other than the one it is whole in.
                continue
            live.append(trait)
            if names_asker is not None:
                # The asker named first; of two named at one word, the longer says more:
                # "mijn zus is directeur van een basisschool" is a school, not family. A
                # word that says for whom the question is asked outranks both: "jongerenwerker
                # hier ... kan de school ergens advies vragen?" is the school's question.
                at = (not trait.label.outranks, first, -after)
                if at < asker_at:
                    asker, asker_at = names_asker, at
            topical = topical or names_subject
            hinted = hinted or hint
            elsewhere = elsewhere or everyday
        elif roles[cue.term] in UNDOING_ROLES:  # about the subject, not about a case now
            topical = topical or names_subject
        else:  # "geen sprake van uitreis" is still about the subject, as a hint
            hinted = hinted or names_subject
        start, end = starts[first], ends[after - 1]
        # Two terms can find the same word for the same fact ("school*", "*school"): the
        # evidence names it once, with the first term.
        key = (fact, value, start, end)
        if key in seen:
            continue
        seen.add(key)
        word = {
            "fact": fact,
            "value": value,
            "term": term,
            "start": start,
            "end": end,
            "typo": typo,
        }
        if cue is None:
            words.append(built(WordHit, word))
        else:
            word.update(cue=traits[cue.term].term, cue_start=starts[cue.start])
            word["cue_end"] = ends[cue.end - 1]
            role = roles[cue.term]
            word["cue_kind"] = UNDOING_ROLES.get(role, "negation")
            negated.append(built(NegatedWord, word))

    return Evidence(words, negated, live, topical, hinted, elsewhere, asker)


def excepted_words(
    hits: Sequence[Occurrence],
    excepted: Mapping[tuple[str, int], Occurrence],
    traits: Sequence[Trait],
    tokens: Tokens,
) -> tuple[ExceptedWord, ...]:
    """The facts' words that an except phrase explains away, each with that phrase.

    Only a fact's own words, not a combination's: those set nothing alone. A `firm` term stands
    inside an except, and is not among them.
    """
    shown: dict[tuple[str, object, int, int], ExceptedWord] = {}
    for number, first, after, typo in hits:
        trait = traits[number]
        label = trait.label
        if trait.member is not None or label.firm:
            continue
        phrase = next(
            (
                excepted[label.fact, at]
                for at in range(first, after)
                if (label.fact, at) in excepted
            ),
            None,
        )
        if phrase is None:
            continue
        start, end = tokens.place(first, after)
        key = (trait.fact, trait.value, start, end)
        if key in shown:  # one word found by two terms is shown once
            continue
        word: dict[str, object] = {"fact": trait.fact, "value": trait.value, "term": trait.term}
        word.update(start=start, end=end, typo=typo, excepted_by=_phrase(phrase, traits, tokens))
        shown[key] = built(ExceptedWord, word)
    return tuple(shown.values())


def scene_evidence(
    scenes: AbstractSet[tuple[str, int]],
    by_role: Mapping[str, Sequence[Occurrence]],
    excepts: Sequence[Occurrence],
    traits: Sequence[Trait],
    tokens: Tokens,
) -> tuple[ThreatScene, ...]:
    """The threat scenes that set at least one except phrase aside, in the order of the text.

    `by_role` holds the text's `scene_target` and `scene_moment` words; each scene names the
    first of each in its sentence.
    """

    def first(role: str, scene: tuple[str, int]) -> Phrase:
        return next(
            _phrase(o, traits, tokens)
            for o in by_role[role]
            if (traits[o.term].label.fact, tokens.sentence_start(o.start)) == scene
        )

    # Per scene, its except phrases by span: two terms that found the same words are shown once.
    overruled: dict[tuple[str, int], dict[tuple[int, int], Phrase]] = {}
    for phrase in excepts:
        scene = (traits[phrase.term].label.fact, tokens.sentence_start(phrase.start))
        if scene in scenes:
            shown = _phrase(phrase, traits, tokens)
            overruled.setdefault(scene, {}).setdefault((shown.start, shown.end), shown)
    return tuple(
        built(
            ThreatScene,
            {
                "fact": scene[0],
                "target": first("scene_target", scene),
                "moment": first("scene_moment", scene),
                "overruled": tuple(phrases.values()),
            },
        )
        for scene, phrases in sorted(overruled.items(), key=lambda item: item[0][1])
    )


def negated_excepts(
    lifted: Sequence[tuple[Occurrence, Occurrence]], traits: Sequence[Trait], tokens: Tokens
) -> tuple[NegatedExcept, ...]:
    """The threat's except phrases that a cue undid, each with that cue, in the order of the text.

    Two terms that found the same words under one fact are shown once.
    """
    shown: dict[tuple[str, int, int], NegatedExcept] = {}
    for phrase, cue in sorted(lifted):
        fact = traits[phrase.term].label.fact
        found = _phrase(phrase, traits, tokens)
        undone = {"fact": fact, "phrase": found, "cue": _phrase(cue, traits, tokens)}
        shown.setdefault((fact, found.start, found.end), built(NegatedExcept, undone))
    return tuple(sorted(shown.values(), key=lambda e: (e.phrase.start, e.phrase.end, e.fact)))


def _phrase(occurrence: Occurrence, traits: Sequence[Trait], tokens: Tokens) -> Phrase:
    start, end = tokens.place(occurrence.start, occurrence.end)
    return built(Phrase, {"term": traits[occurrence.term].term, "start": start, "end": end})
