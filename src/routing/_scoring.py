"""Applying the scorecards to a text: the acute net, and the check on being about the subject.

The cards themselves (their files, their weights, how a text adds up) are in
`routing._scorecard`; this module decides what a card's total means for one reading, and
turns that into evidence. `routing._understand` asks `Cards.weigh` once the words have spoken.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from collections.abc import Set as AbstractSet

from ._evidence_models import AcuteScore, NegatedWord, ScoreSign, TopicScore, WordHit
from ._excepts import THREAT_FACTS
from ._frozen import built
from ._negation import NEGATION_ROLES, Cues
from ._patterns import Occurrence
from ._reading import Reading
from ._scorecard import Score, Scorecard
from ._text import Tokens
from ._vocabulary import Vocabulary

# Where it denies travel or a threat ("geen sprake van uitreis", "geen dreiging"), the card
# needs its highest bar: such a denial is often quoted or retracted ("daarin schreef ik dat
# er geen uitreisvermoeden was. Dat klopt niet meer"). A report that has not come ("geen
# ambtsbericht ontvangen") says nothing about the danger, so it raises no bar; the card only
# does not count the word.
_DOUBTING = frozenset(("suspected_travel", "terrorist_threat"))


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


class Cards:
    """The acute and topic cards a reader applies. Immutable, so safe to share."""

    def __init__(self, scorecards: Mapping[str, Scorecard], vocabulary: Vocabulary) -> None:
        self._acute = scorecards.get("acute")
        self._topic = scorecards.get("on_topic")
        self._vocabulary = vocabulary  # for the negation cues, where the cards need them
        self.none = self._acute is None and self._topic is None

    def weigh(
        self,
        facts: dict[str, object],
        on_topic: bool,
        words: tuple[WordHit, ...],
        negated: tuple[NegatedWord, ...],
        tokens: Tokens,
        seen: Tokens,
        by_role: dict[str, list[Occurrence]],
        cues: Cues | None = None,
        explained: AbstractSet[int] = frozenset(),
        *,
        calm: bool = False,
        resolved: bool = False,
        sure: bool = False,
    ) -> Reading:
        """The reading of the words, with what the scorecards add to it.

        The topic card may take a question the words put on the subject off it. The acute
        card, where no word made a question about the subject acute, may make it acute, and so
        about the subject. It needs more points where the question is not about the subject,
        whether no word put it there or the topic card took it off: "onze school organiseert
        een reis naar Berlijn" is not a departure. Where the text's `calm` words stand (`calm`),
        the card may not overrule them; a bare "niet acuut" beside "vertrekt binnenkort" does
        not silence it. Where a `resolved` word closed the case (`resolved`), the card needs its
        highest bar, as where travel or a threat is denied: "de jongen die vorige week is
        uitgereisd; de burgemeester wil morgen een statement" is over, unless the card is sure.
        Where a `sure` word stands (`sure`: "paspoortmaatregel"), the topic card is not asked.
        The cards weigh the words of `seen`: `tokens` with an e-mail's headers and footers
        blank.
        """
        # Neither card is asked where a word made the question acute: the topic card may not
        # take it off the subject, and the acute card has nothing to add. A word of urgency in a
        # question off the subject ("met spoed een nieuw paspoort") makes nothing acute, so
        # there the acute card is still asked: "... hij komt toch niet meer terug".
        if on_topic and not THREAT_FACTS.isdisjoint(facts):  # every fact of a reading is true
            return Reading(facts, on_topic, words, negated)
        topic = None
        if self._topic is not None and on_topic and not sure:
            topic = topic_evidence(self._topic, seen)
            on_topic = not topic.overruled
        acute = None
        if self._acute is not None:

            def unsaid() -> set[int]:  # only asked where a total could reach the threshold
                negation = cues
                if negation is None and not NEGATION_ROLES.isdisjoint(by_role):
                    negation = Cues(by_role, tokens, self._vocabulary)
                places = set() if negation is None else negation.places()
                return places | explained if explained else places

            denied = {word.fact for word in negated}
            acute = acute_evidence(
                self._acute,
                seen,
                unsaid,
                about=on_topic,
                silenced=calm,
                doubted=not _DOUBTING.isdisjoint(denied) or resolved,
            )
            if acute.applied:
                facts = {**facts, "acute": True}
                on_topic = True
        return Reading(facts, on_topic, words, negated, acute, topic)
