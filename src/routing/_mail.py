"""E-mail headers and footers pasted along with a question: their words are not the question's.

A forwarded e-mail brings "Van: … Verzonden: woensdag 15:17 Aan: Coördinator Veiligheid" and
"Denk aan het milieu voordat u deze e-mail print" along. The weekday in a header is no moment
of a threat, and a date there no plan: read as the question's words, they kept a "niet acuut"
from clearing a case that is over, and the acute card counted "mail" and "woensdag". The
lexicon's `mail` section names the header labels and the footer phrases; this module finds the
words they cover, and `routing._understand` reads the text without them.

A header is only read as one in a text with two header labels or more, each followed by a
colon: an e-mail has a sender and a recipient or a date, and "Van: de buurman" alone in a
message is prose. A header's value ends where a line, a sentence or the next label begins, and
after `REACH` words at most: if a header runs on into the message, the message is read, not lost.
The subject ("Onderwerp:") is the question's own, and is read.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from typing import NamedTuple

from ._evidence_models import Phrase
from ._frozen import built
from ._patterns import Occurrence
from ._text import Tokens

#: The most words a header's value may have: a sender, an address, a date and a time.
REACH = 12

# A gap that ends a header's value: a line break, two spaces where a message was pasted flat,
# or the end of a sentence ("CC: Veiligheidshuis. Ambtsbericht binnen: ..."). Not a dot inside
# an address ("j.devries@gemeente.example").
_VALUE_END = re.compile(r"\n|\s\s|[.!?]\s")


class Part(NamedTuple):
    """A header or footer of an e-mail: words `first` up to `after`, and what names it."""

    first: int
    after: int
    name: str  # a header's label ("verzonden"), a footer's lexicon term


@dataclass(frozen=True)
class Mail:
    """The lexicon's `mail` section: header labels whose values are skipped, and those kept."""

    headers: frozenset[str] = frozenset()
    kept: frozenset[str] = frozenset()
    # The footer phrases' term numbers, each with its term ("dit bericht is uitsluitend ...").
    footers: Mapping[int, str] = field(default_factory=dict)

    def parts(self, tokens: Tokens, found: Sequence[Occurrence]) -> list[Part]:
        """The text's headers and footers, in the order of the text."""
        footers = self.footers
        parts = [Part(o.start, o.end, footers[o.term]) for o in found if o.term in footers]
        if self.headers and ":" in tokens.source:
            parts += _headers(tokens, self.headers, self.kept)
        parts.sort()
        return parts


def _headers(tokens: Tokens, headers: frozenset[str], kept: frozenset[str]) -> list[Part]:
    words, gaps = tokens.words, tokens.parts[::2]
    labels = [
        place
        for place, word in enumerate(words)
        if (word in headers or word in kept) and gaps[place + 1].lstrip(" \t").startswith(":")
    ]
    if len(labels) < 2:
        return []
    is_label = set(labels)
    spans = []
    for label in labels:
        if words[label] in kept:
            continue
        after = label + 1
        stop = min(len(words), label + 1 + REACH)
        while after < stop and after not in is_label:
            # The gap right after the label holds its colon, and may hold a line break.
            if after > label + 1 and _VALUE_END.search(gaps[after]):
                break
            after += 1
        spans.append(Part(label, after, words[label]))
    return spans


def covered(parts: Sequence[Part]) -> frozenset[int]:
    """Every place that one of `parts` covers."""
    return frozenset(place for first, after, _ in parts for place in range(first, after))


def blanked(tokens: Tokens, places: AbstractSet[int]) -> Tokens:
    """`tokens` as the scorecards see them: blank at `places`, every span as before.

    A blank is no word of any card, so a header's "woensdag" and a footer's "geen rechten"
    count neither way: the card weighs the question as if they were not pasted along.
    """
    starts, ends = tokens.spans()
    parts = list(tokens.parts)
    for place in places:
        parts[2 * place + 1] = ""
    return Tokens(parts, starts, ends, tokens.source)


def mail_evidence(parts: Sequence[Part], tokens: Tokens) -> tuple[Phrase, ...]:
    """Each header and footer as a phrase: a header under its label, a footer under its term."""
    shown = []
    for first, after, name in parts:
        start, end = tokens.place(first, after)
        shown.append(built(Phrase, {"term": name, "start": start, "end": end}))
    return tuple(shown)
