"""Reading a Dutch question: from words to the facts the rules reason about, with evidence.

Every decision here comes from the lexicon and negation files; this module only applies them:

1. fold and tokenise the text, keeping each word's place (`routing._text`);
2. find every term of the lexicon and negation files in one pass (`routing._patterns`);
3. drop fact words that fall inside an ``except`` phrase of the same fact;
4. drop negation cues that fall inside a ``pseudo`` phrase ("niet alleen", "weet niet of");
5. a fact word is negated when a forward cue stands at most `window` words before it, or a
   backward cue at most `window` words after it, with no terminator ("maar") and no clause end
   in between, or when it lies inside a negated phrase of the same fact; negated words set
   nothing but are kept as evidence;
6. without a ``someone`` word that names a person, a ``general`` word ("een training", "geen
   concrete casus") undoes the words of the facts it lists, as a negation would, but they
   still make the question about the subject; likewise, in a question whose ask is calm (a
   word of a ``resolved.when`` fact, the press), a ``resolved`` word ("inmiddels opgepakt",
   "loos alarm") undoes the words of the facts it lists, unless an ``unless`` word stands;
7. the facts: a yes/no fact is true when one of its words is present and not negated (or one
   word of each of its ``together`` lists, or of each list of one of its ``combinations``,
   counted after excepts and negation, which also make the question about the subject); the
   asker is the one named first in the text ("Mijn buurman ... groet mijn vrouw niet meer": a
   neighbour, not family); the question is on topic when a word about the subject occurs (a
   negated one is a hint). A fact's ``weak`` words (press, support, expertise) set the fact;
   without a word about the subject they make it on topic only when no ``off_topic`` word names
   an everyday matter: "de pers belt over de nieuwe bibliotheek" is not about the subject. So do
   ``on_topic_hints`` words ("naar Irak") and askers listed under ``askers_on_topic``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import NamedTuple

from ._lexicon import Label, Vocabulary
from ._models import NegatedWord, WordHit, built
from ._negation import NEGATION_ROLES, Cues, negated_inside
from ._patterns import Occurrence, TermMatcher
from ._text import tokenize

_FACT_ROLES = ("fact", "together", "asker", "topic", "off_topic")
# Words that point to a row without naming the subject: a weak word or a combination's word;
# and the askers the lexicon lists under askers_on_topic.
_HINT_ROLES = ("fact", "together")
# What the trace calls a cue of these roles; every other cue is a negation.
_CUE_KINDS = {"general": "general", "resolved": "resolved"}


class Reading(NamedTuple):
    """What a text says: facts (only those it sets), whether it is on topic, and evidence."""

    facts: dict[str, object]
    on_topic: bool
    words: tuple[WordHit, ...]
    negated: tuple[NegatedWord, ...]


class Reader:
    """Applies one vocabulary to texts. Immutable after construction, so safe to share."""

    def __init__(self, vocabulary: Vocabulary) -> None:
        self.vocabulary = vocabulary
        self._matcher = TermMatcher(vocabulary.terms, vocabulary.labels)
        self._has_lexicon = vocabulary.has_lexicon  # once, not on every off-topic text
        labels = vocabulary.labels
        self._roles = [label.role for label in labels]
        # Per term, what reading needs of its label, worked out once rather than per word: the
        # combination and list it belongs to (if any), whether it points to a row, whether it
        # is everyday.
        self._members: list[_Member | None] = [
            ((label.fact, label.combination), label.group) if label.role == "together" else None
            for label in labels
        ]
        self._traits = [
            (
                label,
                member,
                label.role in _HINT_ROLES or label.hint,
                label.role == "off_topic",
            )
            for label, member in zip(labels, self._members, strict=True)
        ]
        # What the evidence says of each fact word whatever the text: built once, not per word.
        self._said = [
            {"fact": label.fact or "on_topic", "value": label.value, "term": term.text}
            for term, label in zip(vocabulary.terms, labels, strict=True)
        ]

    def read(self, text: str) -> Reading:
        """Read `text` into facts and evidence."""
        tokens = tokenize(text)
        labels, roles, members = self.vocabulary.labels, self._roles, self._members
        found = self._matcher.find(tokens.words, tokens.clause_break_within)
        hits: list[Occurrence] = []
        by_role: dict[str, list[Occurrence]] = {}
        present: list[_Member] = []
        for occurrence in found:
            role = roles[occurrence.term]
            if role in _FACT_ROLES:
                hits.append(occurrence)
                if role == "together":
                    present.append(members[occurrence.term])  # type: ignore[arg-type]
            else:
                by_role.setdefault(role, []).append(occurrence)
        if not hits:  # nothing about the subject: the common case for questions out of scope
            return Reading({}, not self._has_lexicon, (), ())

        cues = Cues(by_role, tokens, self.vocabulary) if NEGATION_ROLES & by_role.keys() else None
        excepted = {
            (labels[o.term].fact, place)
            for o in by_role.get("except", ())
            for place in range(o.start, o.end)
        }
        complete = _whole(present, self.vocabulary.together) if present else set()
        said, traits = self._said, self._traits
        starts, ends = tokens.spans()
        words: list[WordHit] = []
        negated: list[NegatedWord] = []
        seen: set[tuple[str, object, int, int]] = set()
        live: list[Label] = []
        topical = hinted = elsewhere = False
        kept = self._kept(hits, excepted, complete) if excepted or present else hits
        undone: list[Occurrence | None]
        undone = self._undone(kept, cues) if cues is not None else [None] * len(kept)
        # A question about a phenomenon, not about someone: "een training over radicalisering".
        # A signal of radicalisation needs someone who shows it.
        general = None if "someone" in by_role else next(iter(by_role.get("general", ())), None)
        if general is not None:
            self._undo(kept, undone, general, self.vocabulary.general_facts)
        resolved = self._resolving(kept, undone, by_role)
        if resolved is not None:
            self._undo(kept, undone, resolved, self.vocabulary.resolved_facts)
        if present and (cues or excepted or general or resolved):
            # The combinations the words left standing complete: an except or a negation may
            # have taken a list's only word. These alone set facts and show as evidence.
            standing = [members[h.term] for h, cue in zip(kept, undone, strict=True) if cue is None]
            complete = _whole([m for m in standing if m is not None], self.vocabulary.together)
        for (number, first, after, typo), cue in zip(kept, undone, strict=True):
            label, member, hint, everyday = traits[number]
            if member is not None and cue is None and member[0] not in complete:
                continue  # a combination left incomplete sets nothing, nor shows
            if cue is None:
                live.append(label)
                topical = topical or label.topical
                hinted = hinted or hint
                elsewhere = elsewhere or everyday
            elif cue is general or cue is resolved:  # about the subject, not about a case now
                topical = topical or label.topical
            else:  # "geen sprake van uitreis" is still about the subject, as a hint
                hinted = hinted or label.topical
            start, end = starts[first], ends[after - 1]
            # Two terms can find the same word for the same fact ("school*", "*school"): the
            # evidence names it once, with the first term.
            key = (label.fact, label.value, start, end)
            if key in seen:
                continue
            seen.add(key)
            word = {**said[number], "start": start, "end": end, "typo": typo}
            if cue is None:
                words.append(built(WordHit, word))
            else:
                word.update(cue=said[cue.term]["term"], cue_start=starts[cue.start])
                word["cue_end"] = ends[cue.end - 1]
                word["cue_kind"] = _CUE_KINDS.get(roles[cue.term], "negation")
                negated.append(built(NegatedWord, word))

        facts, combined = self._facts(live, complete)
        # A word about the subject decides. Without one, words that point to a row (or a word
        # about the subject that is negated) are enough, unless the question is about an
        # everyday matter: "dit heeft niks met radicalisering te maken; mag de iftar in het
        # park?" is not. Without a lexicon nothing can tell: treat the text as on topic.
        on_topic = topical or combined or (hinted and not elsewhere) or not self._has_lexicon
        return Reading(facts, on_topic, tuple(words), tuple(negated))

    def _kept(
        self,
        hits: list[Occurrence],
        excepted: set[tuple[str, int]],
        complete: set[tuple[str, str]],
    ) -> list[Occurrence]:
        """The hits outside an ``except`` phrase of their fact, and not of an incomplete list.

        A list of a combination that is not whole says nothing, and is not shown.
        """
        kept = []
        for hit in hits:
            label, member, _, _ = self._traits[hit.term]
            if excepted and any((label.fact, p) in excepted for p in range(hit.start, hit.end)):
                continue
            if member is None or member[0] in complete:
                kept.append(hit)
        return kept

    def _undone(self, hits: list[Occurrence], cues: Cues) -> list[Occurrence | None]:
        """The cue that negates each hit, or None.

        "Zonder vergunning" is still about a permit: everyday words are not negated. A word
        inside a negated phrase of the same fact is negated with it: in "geen aanwijzingen voor
        terroristische dreiging" the cue reaches "terroristische dreiging", so "dreiging" too.
        And a phrase is negated with a word of its own fact that a cue inside it negates: in
        "er dreigt geen aanslag", the phrase `dreigt ... aanslag*` with "aanslag".
        """
        traits = self._traits
        undone = [None if traits[hit.term][3] else cues.of(hit.start, hit.end) for hit in hits]
        # Per (fact, word): the negated phrase that covers it and reaches farthest. Built from
        # the phrases' own words, so it stays linear however long the text.
        reach: dict[tuple[str, int], tuple[int, Occurrence]] = {}
        for hit, cue in zip(hits, undone, strict=True):
            if cue is not None:
                fact = traits[hit.term][0].fact
                for place in range(hit.start, hit.end):
                    if reach.get((fact, place), (-1,))[0] < hit.end:
                        reach[(fact, place)] = (hit.end, cue)
        if reach:
            for index, hit in enumerate(hits):
                if undone[index] is None and not traits[hit.term][3]:
                    fact = traits[hit.term][0].fact
                    covering = reach.get((fact, hit.start))
                    if covering is not None and hit.end <= covering[0]:
                        undone[index] = covering[1]
                    else:
                        undone[index] = negated_inside(hit, fact, reach)
        return undone

    def _resolving(
        self,
        hits: list[Occurrence],
        undone: list[Occurrence | None],
        by_role: dict[str, list[Occurrence]],
    ) -> Occurrence | None:
        """The `resolved` word that closes the case, if one does.

        "De dader is inmiddels opgepakt; hoe stemmen we de woordvoering af?" asks about a case
        that is over. Only where a word of a `resolved_when` fact (the press) stands, and no
        `unless` word says the case is open ("nog niet opgepakt", "acuut").
        """
        resolved = by_role.get("resolved")
        if not resolved or "unresolved" in by_role:
            return None
        when, traits = self.vocabulary.resolved_when, self._traits
        asked = any(
            cue is None and traits[hit.term][0].fact in when
            for hit, cue in zip(hits, undone, strict=True)
        )
        return resolved[0] if asked else None

    def _undo(
        self,
        hits: list[Occurrence],
        undone: list[Occurrence | None],
        cue: Occurrence,
        facts: frozenset[str],
    ) -> None:
        """Undo the words of `facts` that nothing else undid, with `cue` as their cue."""
        traits = self._traits
        for index, hit in enumerate(hits):
            if undone[index] is None and traits[hit.term][0].fact in facts:
                undone[index] = cue

    def _facts(
        self, live: list[Label], whole: set[tuple[str, str]]
    ) -> tuple[dict[str, object], bool]:
        """The facts the live words and `whole` combinations set; whether one is named."""
        facts: dict[str, object] = {label.fact: True for label in live if label.role == "fact"}
        facts.update(dict.fromkeys((fact for fact, _ in whole), True))
        # The asker named first in the text: "mijn buurman ... mijn vrouw" is a neighbour.
        asker = next((label.value for label in live if label.role == "asker"), None)
        if asker is not None:
            facts["asker"] = asker
        return facts, any(combination for _, combination in whole)


#: A word of a combination: the (fact, combination) it belongs to, and which of its lists.
_Member = tuple[tuple[str, str], int]


def _whole(
    members: Iterable[_Member], counts: Mapping[tuple[str, str], int]
) -> set[tuple[str, str]]:
    """The (fact, combination) pairs of which `members` hold a word of every list."""
    present: dict[tuple[str, str], set[int]] = {}
    for pair, group in members:
        present.setdefault(pair, set()).add(group)
    return {pair for pair, groups in present.items() if len(groups) == counts[pair]}
