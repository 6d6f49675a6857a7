"""The trace shows the words an except phrase explained away, and the scenes that overruled one.

A reader who sees "aanslag" in a text that was not routed as a threat must be able to see why:
the trace names the except phrase that gave the word another sense. And where a target and a
moment in one sentence set the except phrases aside ("met echte TNT ga ik zaterdag de moskee
opblazen, net als in Minecraft"), the trace names them and the phrases they overruled. Texts
are quoted by span only, as everywhere in the trace.
"""

from __future__ import annotations

import pytest

import routing


def _quoted(text: str, start: int, end: int) -> str:
    return text[start:end]


# text -> the explained-away words, each as (fact, word, the except phrase's words)
EXCEPTED: list[tuple[str, list[tuple[str, str, str]]]] = [
    # a tax bill, twice: the second "aanslag" keeps the sense the first phrase gave it
    ("Ik maak bezwaar tegen de aanslag onroerendezaakbelasting. Ik vraag uitstel van betaling "
     "van de aanslag.",
     [("terrorist_threat", "aanslag", "bezwaar tegen de aanslag"),
      ("terrorist_threat", "aanslag", "betaling van de aanslag")]),
    # limescale: the second "aanslag" is the last part of the compound an except covers
    ("De kalkaanslag in de douches is erg. De aanslag zit overal.",
     [("terrorist_threat", "aanslag", "kalkaanslag")]),
    # a figure of speech: a bomb that is only a sound
    ("Het klonk als een bom, zegt de buurvrouw over het onweer van gisteren.",
     [("terrorist_threat", "bom", "klonk als een bom")]),
    # nothing explained away where no except stands
    ("Hij wil een aanslag plegen op het stadhuis.", []),
    # a firm term stands inside an except and sets the fact ("wil een aanslag plegen", in
    # `words`); the other threat words there are explained away, and shown so
    ("Hij deelt memes met wapens en wil een aanslag plegen op de moskee.",
     [("terrorist_threat", "wapens", "memes met wapens"),
      ("terrorist_threat", "aanslag", "memes met wapens en wil een aanslag"),
      ("terrorist_threat", "aanslag plegen op de moskee", "memes met wapens en wil een aanslag")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), EXCEPTED)
def test_the_trace_names_the_except_phrase_that_explained_a_word_away(
    router: routing.Router, text: str, expected: list[tuple[str, str, str]]
) -> None:
    """Each explained-away word comes with its fact and the except phrase that explains it."""
    evidence = router.route(text).trace.text
    assert evidence is not None
    shown = [
        (
            word.fact,
            _quoted(text, word.start, word.end),
            _quoted(text, word.excepted_by.start, word.excepted_by.end),
        )
        for word in evidence.excepted
    ]
    assert shown == expected
    # An explained-away word never sets its fact as well.
    standing = {(w.fact, w.start) for w in evidence.words}
    assert not standing & {(w.fact, w.start) for w in evidence.excepted}


def test_an_explained_away_word_names_the_lexicon_term_not_the_text() -> None:
    """The word's term and the phrase's term are the lexicon's own; only spans point at the text."""
    text = "Ik maak bezwaar tegen de aanslag onroerendezaakbelasting van Jan Jansen."
    evidence = routing.route(text).trace.text
    assert evidence is not None
    (word,) = evidence.excepted
    assert word.term == "aanslag*"
    assert word.excepted_by.term.startswith("bezwaar tegen de")
    assert "Jansen" not in evidence.model_dump_json()


# text -> the scenes, each as (fact, target, moment, the overruled phrases' words)
SCENES: list[tuple[str, list[tuple[str, str, str, list[str]]]]] = [
    ("Met echte TNT ga ik zaterdag de moskee opblazen, net als in Minecraft.",
     [("terrorist_threat", "moskee", "zaterdag",
       ["TNT ga ik zaterdag de moskee opblazen", "opblazen, net als in Minecraft"])]),
    # a target and a moment, but no except in the sentence: no scene to show
    ("Hij wil zaterdag een aanslag plegen op de moskee.", []),
    # an except, but no moment: the except stands, and no scene is shown
    ("In Minecraft heb ik de moskee opgeblazen met TNT.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), SCENES)
def test_the_trace_names_the_scene_that_set_except_phrases_aside(
    router: routing.Router, text: str, expected: list[tuple[str, str, str, list[str]]]
) -> None:
    """A threat scene shows its target, its moment and each except phrase it overruled once."""
    result = router.route(text)
    evidence = result.trace.text
    assert evidence is not None
    shown = [
        (
            scene.fact,
            _quoted(text, scene.target.start, scene.target.end),
            _quoted(text, scene.moment.start, scene.moment.end),
            [_quoted(text, p.start, p.end) for p in scene.overruled],
        )
        for scene in evidence.scenes
    ]
    assert shown == expected
    if expected:
        assert result.acute


# text -> the except phrases a negation cue undid, each as (fact, the phrase's words, the cue)
NEGATED_EXCEPTS: list[tuple[str, list[tuple[str, str, str]]]] = [
    # not seen as a joke: the joke's phrase is undone, and the attack counts
    ("Een aanslag op het stadhuis zien wij niet als grap.",
     [("terrorist_threat", "aanslag op het stadhuis zien wij niet als grap", "niet")]),
    # "no joke" before the threat
    ("Geen grap, hij wil een aanslag plegen.",
     [("terrorist_threat", "grap, hij wil een aanslag", "Geen")]),
    # the joke stands where nothing negates it: the word is explained away, nothing undone
    ("Het was maar een grap over een aanslag.", []),
    # a cue that negates the threat word itself denies the threat too: the phrase stands
    ("Er is geen dreiging van code oranje.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), NEGATED_EXCEPTS)
def test_the_trace_names_the_except_phrase_a_negation_undid(
    router: routing.Router, text: str, expected: list[tuple[str, str, str]]
) -> None:
    """An except phrase that a cue undid is shown with its cue; its threat words then count."""
    result = router.route(text)
    evidence = result.trace.text
    assert evidence is not None
    shown = [
        (e.fact, _quoted(text, e.phrase.start, e.phrase.end), _quoted(text, e.cue.start, e.cue.end))
        for e in evidence.negated_excepts
    ]
    assert shown == expected
    # The trace is built without a second validation: it must be what validation gives.
    for undone in evidence.negated_excepts:
        assert routing.NegatedExcept.model_validate(undone.model_dump()) == undone
    if expected:
        assert result.acute
        # An undone phrase explains no word away.
        assert not evidence.excepted
