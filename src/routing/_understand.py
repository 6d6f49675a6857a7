"""Reading a Dutch question: from words to the facts the rules reason about, with evidence.

Every decision here comes from the lexicon and negation files; this module only applies them:

1. fold and tokenise the text, keeping each word's place (`routing._text`);
2. find every term of the lexicon and negation files in one pass (`routing._patterns`);
3. drop fact words that fall inside an ``except`` phrase of the same fact;
4. drop negation cues that fall inside a ``pseudo`` phrase ("niet alleen", "weet niet of");
5. a fact word is negated when a forward cue stands at most `window` words before it, or a
   backward cue at most `window` words after it, with no terminator ("maar") and no clause end
   in between; negated words set nothing but are kept as evidence;
6. the facts: a yes/no fact is true when one of its words is present and not negated (or one
   word of each of its ``together`` lists, or of each list of one of its ``combinations``,
   which also make the question about the subject); the asker is the one named first in the
   text ("Mijn buurman ... groet mijn vrouw niet meer": a neighbour, not family); the question
   is on topic when a word about the subject occurs (a negated one is a hint). A fact's
   ``weak`` words (press, support, expertise) set the fact; without a word about the subject
   they make it on topic only when no ``off_topic`` word names an everyday matter: "de pers
   belt over de nieuwe bibliotheek" is not about the subject.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ._lexicon import Label, Vocabulary
from ._models import NegatedWord, WordHit, built
from ._patterns import Occurrence, TermMatcher
from ._text import Tokens, tokenize

_FACT_ROLES = ("fact", "together", "asker", "topic", "off_topic")
# Words that point to a row without naming the subject: a weak word or a combination's word;
# and the askers the lexicon lists under askers_on_topic.
_HINT_ROLES = ("fact", "together")


@dataclass(frozen=True)
class Reading:
    """What a text says: facts (only those it sets), whether it is on topic, and evidence."""

    facts: dict[str, object]
    on_topic: bool
    words: tuple[WordHit, ...]
    negated: tuple[NegatedWord, ...]


class Reader:
    """Applies one vocabulary to texts. Immutable after construction, so safe to share."""

    def __init__(self, vocabulary: Vocabulary) -> None:
        self.vocabulary = vocabulary
        self._matcher = TermMatcher(vocabulary.terms)
        self._has_lexicon = vocabulary.has_lexicon  # once, not on every off-topic text
        labels = vocabulary.labels
        self._roles = [label.role for label in labels]
        # Per term, what reading needs of its label, worked out once rather than per word: the
        # combination it belongs to (if any), whether it points to a row, whether it is everyday.
        self._traits = [
            (
                label,
                (label.fact, label.combination) if label.role == "together" else None,
                label.role in _HINT_ROLES or label.hint,
                label.role == "off_topic",
            )
            for label in labels
        ]
        # What the evidence says of each fact word whatever the text: built once, not per word.
        self._said = [
            {"fact": label.fact or "on_topic", "value": label.value, "term": term.text}
            for term, label in zip(vocabulary.terms, labels, strict=True)
        ]

    def read(self, text: str) -> Reading:
        """Read `text` into facts and evidence."""
        tokens = tokenize(text)
        labels, roles = self.vocabulary.labels, self._roles
        found = self._matcher.find(tokens.words, tokens.clause_break_before)
        hits: list[Occurrence] = []
        by_role: dict[str, list[Occurrence]] = {}
        combining = False
        for occurrence in found:
            role = roles[occurrence.term]
            if role in _FACT_ROLES:
                hits.append(occurrence)
                combining = combining or role == "together"
            else:
                by_role.setdefault(role, []).append(occurrence)
        if not hits:  # nothing about the subject: the common case for questions out of scope
            return Reading({}, not self._has_lexicon, (), ())

        forward, backward, stops = _cues(by_role)
        excepted = {
            (labels[o.term].fact, place)
            for o in by_role.get("except", ())
            for place in range(o.start, o.end)
        }
        complete = self._whole(labels[o.term] for o in hits) if combining else set()
        negating = bool(forward or backward)
        said, traits = self._said, self._traits
        words: list[WordHit] = []
        negated: list[NegatedWord] = []
        seen: set[tuple[str, object, int, int]] = set()
        live: list[Label] = []
        topical = hinted = elsewhere = False
        for occurrence in hits:
            number, first, after, typo = occurrence
            label, combination, hint, everyday = traits[number]
            if excepted and any((label.fact, p) in excepted for p in range(first, after)):
                continue
            if combination is not None and combination not in complete:
                continue  # a list of a combination that is not whole says nothing, and is not shown
            cue = (  # "zonder vergunning" is still about a permit: everyday words are not negated
                self._negating_cue(occurrence, forward, backward, stops, tokens)
                if negating and not everyday
                else None
            )
            if cue is None:
                live.append(label)
                topical = topical or label.topical
                hinted = hinted or hint
                elsewhere = elsewhere or everyday
            else:  # "geen sprake van uitreis" is still about the subject, as a hint
                hinted = hinted or label.topical
            start, end = tokens.place(first, after)
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
                cue_start, cue_end = tokens.place(cue.start, cue.end)
                cue_term = said[cue.term]["term"]
                word.update(cue=cue_term, cue_start=cue_start, cue_end=cue_end)
                negated.append(built(NegatedWord, word))

        facts, combined = self._facts(live)
        # A word about the subject decides. Without one, words that point to a row (or a word
        # about the subject that is negated) are enough, unless the question is about an
        # everyday matter: "dit heeft niks met radicalisering te maken; mag de iftar in het
        # park?" is not. Without a lexicon nothing can tell: treat the text as on topic.
        on_topic = topical or combined or (hinted and not elsewhere) or not self._has_lexicon
        return Reading(facts, on_topic, tuple(words), tuple(negated))

    def _whole(self, labels: Iterable[Label]) -> set[tuple[str, str]]:
        """The (fact, combination) pairs of which `labels` hold a word of every list."""
        present: dict[tuple[str, str], set[int]] = {}
        for label in labels:
            if label.role == "together":
                present.setdefault((label.fact, label.combination), set()).add(label.group)
        counts = self.vocabulary.together
        return {key for key, groups in present.items() if len(groups) == counts[key]}

    def _facts(self, live: list[Label]) -> tuple[dict[str, object], bool]:
        """The facts the live words set, and whether a named combination made it on topic."""
        facts: dict[str, object] = {label.fact: True for label in live if label.role == "fact"}
        whole = self._whole(live)
        facts.update(dict.fromkeys((fact for fact, _ in whole), True))
        # The asker named first in the text: "mijn buurman ... mijn vrouw" is a neighbour.
        asker = next((label.value for label in live if label.role == "asker"), None)
        if asker is not None:
            facts["asker"] = asker
        return facts, any(combination for _, combination in whole)

    def _negating_cue(
        self,
        hit: Occurrence,
        forward: dict[int, Occurrence],
        backward: dict[int, Occurrence],
        stops: set[int],
        tokens: Tokens,
    ) -> Occurrence | None:
        for end in range(hit.start, hit.start - self.vocabulary.forward_window, -1):
            cue = forward.get(end)
            if cue is not None and _open(end, hit.start, stops, tokens):
                return cue
        for start in range(hit.end, hit.end + self.vocabulary.backward_window):
            cue = backward.get(start)
            if cue is not None and _open(hit.end, start, stops, tokens):
                return cue
        return None


def _cues(
    by_role: dict[str, list[Occurrence]],
) -> tuple[dict[int, Occurrence], dict[int, Occurrence], set[int]]:
    """The negation cues by the word they end (forward) or start (backward) at, and terminators.

    A fact word then looks up only the few places within its window, whatever the length of the
    text. Cues inside a pseudo-negation do not count.
    """
    if "forward" not in by_role and "backward" not in by_role:
        return {}, {}, set()
    pseudo = _covered(by_role.get("pseudo", ()))
    forward = {o.end: o for o in by_role.get("forward", ()) if not _inside(o, pseudo)}
    backward = {o.start: o for o in reversed(by_role.get("backward", [])) if not _inside(o, pseudo)}
    return forward, backward, _covered(by_role.get("terminator", ()))


def _open(first: int, last: int, stops: set[int], tokens: Tokens) -> bool:
    """Whether nothing ends the scope between word `first` and word `last` (inclusive)."""
    return not any(p in stops or tokens.scope_break_before(p) for p in range(first, last + 1))


def _covered(occurrences: Iterable[Occurrence]) -> set[int]:
    return {place for o in occurrences for place in range(o.start, o.end)}


def _inside(occurrence: Occurrence, places: set[int]) -> bool:
    return any(place in places for place in range(occurrence.start, occurrence.end))
