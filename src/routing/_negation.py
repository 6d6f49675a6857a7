"""Negation's reach in one text: which cue negates which words.

The cues, pseudo-negations and terminators come from ``rules/negation.yaml``; `routing._understand`
asks this module, per fact word, for the cue that negates it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from operator import attrgetter

from ._patterns import Occurrence
from ._text import Tokens
from ._vocabulary import Lists, Vocabulary

#: The roles of the words that negate: without one of them in a text, nothing is negated.
NEGATION_ROLES = frozenset(("forward", "backward", "field_no"))


class Cues:
    """Which negation cue, if any, reaches each place of one text.

    Worked out once per text from its few cues, so that a fact word costs two look-ups
    whatever the windows. A forward cue reaches the words that start at most `forward_window`
    words after it ends; a backward cue the words that end at most `backward_window` words
    before it starts; the nearest cue wins, forward before backward. A terminator ("maar"), a
    clause end, a comma, a clause start or the close of a quote the cue stands in stops a
    cue's reach, and cues inside a pseudo-negation ("niet alleen") do not count. The comma of
    a list does not: a cue that crosses one reaches a few words past the list's join ("geen
    plannen, data of wapens"); nor does a join without a comma ("geen sprake van uitreis of van
    enige dreiging"), unless a subject follows it and it asks whether.
    """

    def __init__(
        self, by_role: dict[str, list[Occurrence]], tokens: Tokens, vocabulary: Vocabulary
    ) -> None:
        pseudo = _covered(by_role["pseudo"]) if "pseudo" in by_role else None
        ends = _covered(by_role["terminator"]) if "terminator" in by_role else set()
        starts = set()
        if "clause_start" in by_role:
            starts = _clause_starts(by_role["clause_start"], tokens.words, vocabulary.joins)
        stops = ends | starts
        subjects = {o.start for o in by_role.get("clause_start", ())}
        named = _Names(tokens, vocabulary) if vocabulary.names_start_clauses else None
        self._forward: dict[int, Occurrence] = {}
        self._backward: dict[int, Occurrence] = {}
        # A nearer cue overwrites a farther one: forward cues by where they end, backward ones
        # from last to first. No cue reaches beyond the text.
        size = len(tokens.words)
        lists = _ListCommas(tokens, vocabulary.lists, ends, starts)
        for cue in sorted(by_role.get("forward", ()), key=_END):
            if pseudo and _inside(cue, pseudo):
                continue
            start, limit = cue.end, min(cue.end + vocabulary.forward_window, size)
            quoted = False  # whether a quote opened after the cue and has not closed yet
            whether = False  # whether an "of" in reach asked whether, not joined a list
            while start < limit:
                if start in stops or (named and named(start)):
                    break  # every later word lies beyond this stop too
                gap = tokens.parts[2 * start]
                if gap != " ":
                    if tokens.scope_break_before(start):
                        join = lists.join_after(start)
                        if join is None:
                            break
                        limit = min(max(limit, join + 1 + lists.after), size)
                    closes, opens = tokens.quotes_before(start)
                    if closes and not quoted:
                        break  # the quote the cue stands in ends: "'niet blijft staan' is weg"
                    quoted = opens or (quoted and not closes)
                self._forward[start] = cue
                if tokens.words[start] in lists.joins and not whether:
                    # A list without a comma reaches past its join too: "geen sprake van
                    # uitreis of van enige dreiging". Not an "of" that asks whether, before
                    # a subject: "het maakt niet uit of hij morgen of overmorgen vertrekt".
                    whether = start + 1 in subjects
                    if not whether:
                        limit = min(max(limit, start + 1 + lists.after), size)
                start += 1
        for cue in reversed(by_role.get("backward", [])):
            if pseudo and _inside(cue, pseudo):
                continue
            end, limit = cue.start, max(cue.start - vocabulary.backward_window, -1)
            while end > limit:
                if end in stops or (named and named(end)):
                    break
                if tokens.scope_break_before(end):
                    if end == cue.start or lists.join_after(end) is None:
                        break
                    limit = min(limit, end - 1 - lists.after)
                self._backward[end] = cue
                end -= 1
        # A form's field whose value says no ("Acuut: nee", "Uitreis: n.v.t.") negates its
        # label's words, across the colon that ends any other cue's reach; it wins over every
        # other cue, for the label is what the value answers.
        for cue in by_role.get("field_no", ()):
            if pseudo and _inside(cue, pseudo):
                continue
            first = tokens.field_label(cue.start, cue.end, vocabulary.fields)
            if first is not None:
                for end in range(first + 1, cue.start + 1):
                    self._backward[end] = cue

    def of(self, first: int, after: int) -> Occurrence | None:
        """The cue that negates the words `first` up to `after` (exclusive), if any."""
        return self._forward.get(first) or self._backward.get(after)

    def places(self) -> set[int]:
        """Every word that a cue negates on its own: few, however long the text."""
        return {*self._forward, *(after - 1 for after in self._backward)}


_END = attrgetter("end")


class _ListCommas:
    """Which commas stand inside a list ("geen plannen, data of wapens"), and where its join is.

    A comma is a list's when one of the list's joins follows it within its `items` words, with
    no other break between, and the list ends soon after its join: "geen sprake van uitreis,
    dreiging of een acute situatie." A comma before a clause ("geen paspoort, wil wel naar Syrië
    of Irak") has more words before its "of", and ends the cue's reach as any comma does.
    """

    def __init__(self, tokens: Tokens, lists: Lists, ends: set[int], starts: set[int]) -> None:
        self._tokens = tokens
        self._ends = ends  # terminators: "en", "maar"
        self._starts = starts  # subjects that start a clause: "hij"
        self._lists = lists
        self.after = lists.after
        self.joins = lists.joins

    def join_after(self, comma: int) -> int | None:
        """The join of the list whose comma stands before word `comma`, if it is a list's."""
        tokens, lists = self._tokens, self._lists
        if not lists.joins or tokens.parts[2 * comma].strip() != ",":
            return None
        words = tokens.words
        for index in range(comma + 1, min(comma + 1 + lists.items, len(words))):
            if tokens.scope_break_before(index):
                return None
            if words[index] in lists.joins:
                return index if self._closed(index) else None
        return None

    def _closed(self, join: int) -> bool:
        """Whether the list's last item ends within `after` words of its join, no clause begun.

        A list in a denial is short: "data of wapens gezien." A clause that runs on ("vertrekt
        morgen of overmorgen naar Syrië om te vechten") is none, nor one whose subject follows
        the list ("zonder geld, papieren of ouders vertrekt hij morgen"): its comma ends the
        reach.
        """
        tokens = self._tokens
        for end in range(join + 2, min(join + 2 + self.after, len(tokens.words) + 1)):
            if end in self._starts:
                return False
            if tokens.scope_break_before(end) or end in self._ends:
                return True
        return False


class _Names:
    """Whether a word written as a name starts a clause: "ik vertrouw het niet Yusuf vertrekt".

    Asked only for the few words within a cue's reach. Not where a joining word stands before
    it ("geen contact met Yusuf"), nor for a word with an ending of `not_names` ("geen
    Syrische jongeren").
    """

    def __init__(self, tokens: Tokens, vocabulary: Vocabulary) -> None:
        self._tokens = tokens
        self._joins = vocabulary.joins
        self._endings = vocabulary.not_names

    def __call__(self, index: int) -> bool:
        words = self._tokens.words
        return (
            self._tokens.written_as_name(index)
            and not words[index].endswith(self._endings)
            and not _joined(words, index, self._joins)
        )


def _clause_starts(subjects: list[Occurrence], words: list[str], joins: frozenset[str]) -> set[int]:
    """Where a subject starts a clause that its writer left without a comma.

    "ik vertrouw het niet hij gaat naar syrie": "hij" starts a clause of its own. Not where a
    joining word or pair of words stands right before it, which makes it part of the clause
    before: "geen aanwijzingen dat hij", "geen contact met mijn zoon", "nooit zal hij", "ik
    denk niet hij".
    """
    return {o.start for o in subjects if o.start > 0 and not _joined(words, o.start, joins)}


def _joined(words: list[str], index: int, joins: frozenset[str]) -> bool:
    """Whether the word, or the two words, right before word `index` join it to the clause."""
    return words[index - 1] in joins or " ".join(words[max(index - 2, 0) : index]) in joins


def _covered(occurrences: Iterable[Occurrence]) -> set[int]:
    return {place for o in occurrences for place in range(o.start, o.end)}


def _inside(occurrence: Occurrence, places: set[int]) -> bool:
    return any(place in places for place in range(occurrence.start, occurrence.end))


def negated_inside(
    hit: Occurrence, fact: str, reach: Mapping[tuple[str, int], tuple[int, Occurrence]]
) -> Occurrence | None:
    """The cue inside `hit` that negates a later word of it of the same fact, if any."""
    for place in range(hit.start + 1, hit.end):
        covering = reach.get((fact, place))
        if covering is not None and covering[1].start > hit.start:
            return covering[1]
    return None
