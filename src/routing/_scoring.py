"""Applying the scorecards to a text: the acute net, and the check on being about the subject.

The cards themselves (their files, their weights, how a text adds up) are in
`routing._scorecard`; this module decides what a card's total means for one reading, and
turns that into evidence. `routing._understand` calls it once the words have spoken.
"""

from __future__ import annotations

from collections.abc import Callable
from collections.abc import Set as AbstractSet

from ._models import AcuteScore, ScoreSign, TopicScore, built
from ._scorecard import Score, Scorecard
from ._text import Tokens


def acute_evidence(
    card: Scorecard,
    tokens: Tokens,
    unsaid: Callable[[], AbstractSet[int]],
    *,
    about: bool,
    silenced: bool,
    doubted: bool,
) -> AcuteScore:
    """Whether the acute card makes a text acute, as evidence.

    Only asked where no word made a question about the subject acute. `about`: the question is
    about the subject; without that it needs the card's higher `off_topic_threshold` ("ze heeft
    een ticket naar Istanbul geboekt" adds up, but says nothing about radicalisation).
    `silenced`: the text says it is not acute, and the card may not overrule it. `doubted`: the
    text denies travel or a threat, or a `resolved` word closes the case it asks about, and the
    card needs its highest bar, `denied_threshold`: a denial can be quoted, retracted or doubled
    ("het is niet zo dat er geen ..."), and a card that is sure should not be silenced by it. A
    word that stands only where the text does not say it does not count: `unsaid` gives those
    places (negated, or a threat word that an ``except`` phrase explains away), worked out only
    where a total reaches the threshold.

    The card's words are listed where its total reaches the threshold, whether or not it then
    applies. Elsewhere the total says enough ("-2.4, below the threshold"), and listing a
    dozen words for every question would cost more than reading it.
    """
    score = card.score(tokens.words)
    if score.total >= card.threshold:  # only then can a discount matter
        places = unsaid()
        if places:
            score = card.discounted(score, tokens.words, places)
    total = score.total
    if doubted:
        needed = card.denied_threshold
    else:
        needed = card.threshold if about else card.off_topic_threshold
    listed = total >= card.threshold
    values = {
        "total": total,
        "threshold": needed,
        "applied": listed and not silenced and total >= needed,
        "signs": _signs(card, score, tokens) if listed else (),
    }
    return built(AcuteScore, values)


def topic_evidence(card: Scorecard, tokens: Tokens) -> TopicScore:
    """Whether the topic card takes a question that the words put on the subject off it.

    It does at its threshold or below. It is only asked about a question the words put on the
    subject and did not make acute: it never puts a question on the subject, and never takes
    an acute one off it. Its words are listed where it overrules.
    """
    score = card.score(tokens.words)
    total = score.total
    overruled = total <= card.threshold
    values = {
        "total": total,
        "threshold": card.threshold,
        "overruled": overruled,
        "signs": _signs(card, score, tokens) if overruled else (),
    }
    return built(TopicScore, values)


def _signs(card: Scorecard, score: Score, tokens: Tokens) -> tuple[ScoreSign, ...]:
    starts, ends = tokens.spans()
    return tuple(
        built(ScoreSign, {"word": word, "weight": weight, "start": starts[at], "end": ends[at]})
        for word, weight, at in card.signs(tokens.words, score.present)
    )
