"""The type card (rules/type_card.yaml): a learned referee over the rules' type, not `acute`."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest
import yaml

import routing
from routing._engines import EngineName
from routing._rulebase import default_rules_dir
from routing._text import tokenize

REPOSITORY = Path(__file__).resolve().parents[1]

TYPES = (
    "communications",
    "family_support",
    "official_report_travel",
    "passport_measure",
    "prevention",
    "prevention_expertise",
    "radicalisation_signal",
    "school_question",
    "travel_or_threat",
    "unknown",
)
# Every type starts at 0, so a word of weight w alone gives its type the chance
# 1 / (1 + 9 * exp(-w)): kwispel and snurk 0.9428, zwiebel 0.6906, zwabber and wiebel 0.9989.
SMALL_TYPE_CARD = (
    """\
kind: type-card
schema_version: 1
threshold: 0.8
onto_subject:
  threshold: 0.95
  types: [radicalisation_signal, family_support]
learned:
  by: tests/test_typecard.py
  source: written by hand for the tests
  questions: 1
  date: 2026-12-02
start:
"""
    + "".join(f"  {kind}: 0.0\n" for kind in TYPES)
    + """\
weights:
  kwispel:
    communications: 5.0
  flubber:
    travel_or_threat: 9.0
  zwiebel:
    communications: 3.0
  zwabber:
    unknown: 9.0
  knisper:
    school_question: 5.0
  snurk:
    radicalisation_signal: 5.0
  wiebel:
    radicalisation_signal: 9.0
"""
)

PREVENTION = "Hoe zetten we als gemeente een preventieve aanpak van polarisatie op?"
THREAT = "Een leerling dreigt morgen de school op te blazen."


def _score(result: routing.RoutingResult) -> routing.TypeScore:
    """The type card's reading in a result's trace, which every text routed here has."""
    assert result.trace.text is not None
    score = result.trace.text.type_score
    assert score is not None
    return score


@pytest.fixture
def small_card(shipped_copy: Path) -> Callable[[str], routing.Router]:
    """A router over the shipped files with a small type card of one's own."""

    def router(card: str = SMALL_TYPE_CARD) -> routing.Router:
        (shipped_copy / "rules" / "type_card.yaml").write_text(card, encoding="utf-8")
        return routing.Router(
            data=shipped_copy / "data" / "contacts.yaml", rules=shipped_copy / "rules"
        )

    return router


def test_the_card_puts_its_type_first_and_keeps_the_rules_type(
    small_card: Callable[[str], routing.Router],
) -> None:
    """A calm question gets the card's type first, the rules' type among the matched ones."""
    router = small_card(SMALL_TYPE_CARD)
    assert router.route(PREVENTION).question_type == "prevention"
    text = f"{PREVENTION} Kwispel!"
    result = router.route(text)
    assert result.question_type == "communications"
    assert result.also_matched == ("prevention",)
    assert result.acute is False
    assert result.trace.decided_by == (
        "the type card: the text's words weigh most for 'communications', over the rules' "
        "'prevention'"
    )
    score = _score(result)
    assert (score.question_type, score.chance, score.threshold) == ("communications", 0.9428, 0.8)
    assert (score.rules_type, score.applied) == ("prevention", True)
    assert [(sign.word, sign.weight) for sign in score.signs] == [("kwispel", 5.0)]
    assert text[score.signs[0].start : score.signs[0].end] == "Kwispel"


def test_the_card_never_retypes_an_acute_question(
    small_card: Callable[[str], routing.Router],
) -> None:
    """An acute question keeps the rules' type, with the police first, however sure the card."""
    result = small_card(SMALL_TYPE_CARD).route(f"{THREAT} kwispel")
    assert (result.question_type, result.acute) == ("travel_or_threat", True)
    assert result.routes[0].contact.id == "police"
    score = _score(result)
    assert (score.question_type, score.applied, score.signs) == ("communications", False, ())


def test_the_card_never_makes_a_question_acute(
    small_card: Callable[[str], routing.Router],
) -> None:
    """Sure of an acute type, the card leaves a calm question calm, and as the rules typed it."""
    result = small_card(SMALL_TYPE_CARD).route(f"{PREVENTION} flubber")
    assert (result.question_type, result.acute) == ("prevention", False)
    score = _score(result)
    assert (score.question_type, score.chance, score.applied) == ("travel_or_threat", 0.9989, False)


GROFVUIL = "Mijn grofvuil is niet opgehaald."


def test_the_card_puts_a_question_on_the_subject_with_a_type_it_lists(
    small_card: Callable[[str], routing.Router],
) -> None:
    """Sure enough of a type of `onto_subject`, the card routes what the words left off."""
    router = small_card(SMALL_TYPE_CARD)
    assert router.route(GROFVUIL).question_type == "unknown"
    text = f"{GROFVUIL} Wiebel!"
    result = router.route(text)
    assert (result.question_type, result.acute, result.also_matched) == (
        "radicalisation_signal",
        False,
        (),
    )
    assert [route.contact.id for route in result.routes] == [
        "police",
        "case_consultation",
        "meld_misdaad_anoniem",
    ]
    assert result.trace.decided_by == (
        "the type card: the text's words weigh most for 'radicalisation_signal', which puts it "
        "on the subject where its words did not"
    )
    score = _score(result)
    assert (score.chance, score.threshold, score.rules_type, score.applied) == (
        0.9989,
        0.95,
        "unknown",
        True,
    )
    assert [(sign.word, sign.weight) for sign in score.signs] == [("wiebel", 9.0)]


@pytest.mark.parametrize(
    ("text", "question_type", "chance"),
    [
        # a type the file does not list for it: an everyday press question would go to the NCTV
        (f"{GROFVUIL} Kwispel!", "communications", 0.9428),
        # threat words in a question the words leave off the subject: put on it, it would be
        # acute, and the card never makes a question acute
        (
            "Er is hoofdluis in groep 4. Is 'explosief' te alarmerend voor de nieuwsbrief? Wiebel!",
            "radicalisation_signal",
            0.9989,
        ),
        # a listed type, but below the bar of `onto_subject` (0.95), though above the card's
        (f"{GROFVUIL} Snurk!", "radicalisation_signal", 0.9428),
    ],
)
def test_the_card_leaves_these_questions_off_the_subject(
    small_card: Callable[[str], routing.Router], text: str, question_type: str, chance: float
) -> None:
    """Off the subject the question stays, with no contact, where the card may not move it."""
    result = small_card(SMALL_TYPE_CARD).route(text)
    assert (result.question_type, result.routes, result.acute) == ("unknown", (), False)
    score = _score(result)
    assert (score.question_type, score.chance, score.rules_type, score.applied) == (
        question_type,
        chance,
        "unknown",
        False,
    )


def test_a_question_calmed_by_its_own_words_keeps_the_rules_type(
    small_card: Callable[[str], routing.Router],
) -> None:
    """Travel that the writer calls not acute is calm, but still the police's: not re-typed."""
    text = (
        "Het is niet acuut, maar een speler zei dat hij ooit naar Syrië wil om te vechten. Kwispel!"
    )
    result = small_card(SMALL_TYPE_CARD).route(text)
    assert (result.question_type, result.acute) == ("travel_or_threat", False)
    assert result.routes[0].contact.id == "police"


def test_an_acute_question_of_a_calm_type_is_not_retyped(
    small_card: Callable[[str], routing.Router], edit: Callable[[str, str, str], Path]
) -> None:
    """Where a rules file ranks press work above a threat, an acute press question stays so.

    The shipped priorities give every acute question an acute type; this file does not, and
    the card, sure of a school's question, must still leave the acute question alone.
    """
    for rule in ("suspected_travel_or_threat", "acute_situation"):
        edit(
            "rules/question_types.yaml",
            f"  - id: {rule}\n    question_type: travel_or_threat\n    row: 4\n    priority: 2",
            f"  - id: {rule}\n    question_type: travel_or_threat\n    row: 4\n    priority: 9",
        )
    router = small_card(SMALL_TYPE_CARD)
    text = f"Een journalist belt over de woordvoering: {THREAT[0].lower()}{THREAT[1:]}"
    assert router.route(text).question_type == "communications"
    result = router.route(f"{text} Knisper!")
    assert (result.question_type, result.acute) == ("communications", True)
    assert "police" in [route.contact.id for route in result.routes]
    score = _score(result)
    assert (score.question_type, score.applied) == ("school_question", False)


def test_the_same_facts_are_decided_apart_with_and_without_the_card(
    small_card: Callable[[str], routing.Router],
) -> None:
    """Texts with the same facts get the card's decision only where the card decides.

    The card's decisions are remembered apart from the rules' own, so the order of the
    questions changes nothing.
    """
    for texts in ((PREVENTION, f"{PREVENTION} kwispel"), (f"{PREVENTION} kwispel", PREVENTION)):
        router = small_card(SMALL_TYPE_CARD)
        types = {text: router.route(text).question_type for text in texts}
        assert types == {PREVENTION: "prevention", f"{PREVENTION} kwispel": "communications"}


def test_both_engines_decide_the_card_alike(shipped_copy: Path, engine_name: EngineName) -> None:
    """The card's decision goes through the same rules on either engine."""
    (shipped_copy / "rules" / "type_card.yaml").write_text(SMALL_TYPE_CARD, encoding="utf-8")
    router = routing.Router(
        data=shipped_copy / "data" / "contacts.yaml",
        rules=shipped_copy / "rules",
        engine=engine_name,
    )
    result = router.route(f"{PREVENTION} kwispel")
    assert (result.question_type, result.also_matched) == ("communications", ("prevention",))


# Everyday press questions that name nothing of the subject: the shipped card weighs press
# words heavily, and would send them to the NCTV if it could put a question on the subject.
EVERYDAY_PRESS = [
    "De wethouder wil een persbericht over de nieuwe fietsenstalling. Met wie stemmen we de "
    "woordvoering af?",
    "De burgemeester wil een verklaring op social media over de opening van het zwembad. Met "
    "wie stemmen we dat af?",
]


@pytest.mark.parametrize("text", EVERYDAY_PRESS)
def test_the_shipped_card_leaves_everyday_press_questions_off_the_subject(
    router: routing.Router, text: str
) -> None:
    """The pers belt over de nieuwe bibliotheek: no contact of this subject, card or not."""
    result = router.route(text)
    assert (result.question_type, result.routes) == ("unknown", ())


def test_below_its_bar_the_card_leaves_the_rules_type(
    small_card: Callable[[str], routing.Router],
) -> None:
    """Sure of another calm type at less than four to one (0.69 < 0.8), the card does nothing."""
    result = small_card(SMALL_TYPE_CARD).route(f"{PREVENTION} zwiebel")
    assert (result.question_type, result.also_matched) == ("prevention", ())
    score = _score(result)
    assert (score.question_type, score.chance, score.applied) == ("communications", 0.6906, False)


def test_the_card_never_takes_a_question_off_the_subject(
    small_card: Callable[[str], routing.Router],
) -> None:
    """However sure the card is of `unknown`, a question the rules put on the subject stays.

    Taking it off would leave it without a contact; that is the topic card's decision.
    """
    result = small_card(SMALL_TYPE_CARD).route(f"{PREVENTION} zwabber")
    assert result.question_type == "prevention"
    score = _score(result)
    assert (score.question_type, score.chance, score.applied) == ("unknown", 0.9989, False)


@pytest.mark.parametrize(
    "question",
    [
        routing.Question(text=f"{PREVENTION} kwispel", specific_expertise=True),
        routing.Question(text=f"{PREVENTION} kwispel", question_type="prevention"),
    ],
)
def test_explicit_facts_or_type_leave_the_card_out(
    small_card: Callable[[str], routing.Router], question: routing.Question
) -> None:
    """What a caller states wins over the words, so the card does not referee at all."""
    result = small_card(SMALL_TYPE_CARD).route(question)
    assert result.question_type != "communications"
    assert result.trace.text is not None
    assert result.trace.text.type_score is None


# (a line of the small card, what replaces it, the exact message after the path)
BROKEN: list[tuple[str, str, str]] = [
    ("  kwispel:\n    communications: 5.0", "  Kwispel:\n    communications: 5.0",
     "word 'Kwispel': is not written as texts are compared; write 'kwispel' (lower case, "
     "without accents)"),
    ("    communications: 5.0", "    communications: 0.0",
     "word 'kwispel': has weight 0 for 'communications', which changes nothing; remove that "
     "type from the word"),
    ("    communications: 5.0", "    communications: .nan",
     "word 'kwispel': has the weight nan, which is not a number the card can add; relearn the "
     "card with scripts/learn_type_card.py"),
    ("  unknown: 0.0\n", "  unknown: .inf\n",
     "type 'unknown': has the weight inf, which is not a number the card can add; relearn the "
     "card with scripts/learn_type_card.py"),
    ("  kwispel:\n    communications: 5.0", "  kwispel: {}",
     "word 'kwispel': weighs no type; give it a weight for a type, or remove the word"),
    ("    communications: 5.0", "    press: 5.0",
     "word 'kwispel': weighs type 'press', which has no start; give every type a start, or use "
     "one of: " + ", ".join(TYPES)),
    ("threshold: 0.8\n", "threshold: 0.8\nunknown_threshold: 0.9\n",
     "field 'unknown_threshold': is not a known key; a type card has kind, schema_version, "
     "threshold, onto_subject, learned, start and weights"),
    ("  threshold: 0.95\n", "  threshold: 0.7\n",
     "field 'onto_subject.threshold': is 0.7; write a chance from the card's threshold (0.8) to "
     "1.0: putting a question on the subject asks more of the card than re-ordering the types "
     "of one already on it"),
    ("[radicalisation_signal, family_support]", "[radicalisation_signal, rumours]",
     "field 'onto_subject.types': lists type 'rumours', which has no start; use one of: "
     + ", ".join(TYPES)),
    ("[radicalisation_signal, family_support]", "[radicalisation_signal, travel_or_threat]",
     "field 'onto_subject.types': lists type 'travel_or_threat', which is acute; the card puts "
     "a question on the subject only with a calm type of it"),
    ("[radicalisation_signal, family_support]", "[unknown]",
     "field 'onto_subject.types': lists type 'unknown', which is not about the subject; the card "
     "puts a question on the subject only with a calm type of it"),
    ("threshold: 0.8\n", "threshold: 0.4\n",
     "field 'threshold': is 0.4; write a chance from 0.5 (even odds) to 1.0: below even odds the "
     "card would overrule the rules with a type it doubts itself"),
    ("  unknown: 0.0\n", "  unknown: 0.0\n  rumours: 0.0\n",
     "type 'rumours': weighs question type 'rumours', which is not in {data}; relearn the card, "
     "or use one of: {types}"),
]  # fmt: skip


@pytest.mark.parametrize(("old", "new", "message"), BROKEN)
def test_a_broken_type_card_says_what_to_fix(
    shipped_copy: Path, old: str, new: str, message: str
) -> None:
    """A broken type card is refused with the file, the word, type or field, and the fix."""
    card = shipped_copy / "rules" / "type_card.yaml"
    assert SMALL_TYPE_CARD.count(old) == 1
    card.write_text(SMALL_TYPE_CARD.replace(old, new), encoding="utf-8")
    data = shipped_copy / "data" / "contacts.yaml"
    with pytest.raises(routing.RuleError) as caught:
        routing.Router(data=data, rules=card.parent)
    types = ", ".join(routing.Router(data=data).rule_base.table.question_types)
    assert str(caught.value) == f"{card}: {message.format(data=data, types=types)}"


def test_a_second_type_card_is_refused(shipped_copy: Path) -> None:
    """One type card: two would make it unclear whose type wins."""
    rules = shipped_copy / "rules"
    second = rules / "zz_type_card.yaml"
    second.write_text(SMALL_TYPE_CARD, encoding="utf-8")
    with pytest.raises(routing.RuleError) as caught:
        routing.Router(data=shipped_copy / "data" / "contacts.yaml", rules=rules)
    assert str(caught.value) == (
        f"{second}: is a second type card beside {rules / 'type_card.yaml'}; keep one"
    )


# Calm questions of held-out round 1033-1040 that the rules typed wrong and the card types
# right (it had not learned them when the round was measured; it has since): (text, the rules'
# type, the card's type, the word that weighs most for the card's type over the rules').
SHIPPED: list[tuple[str, str, str, str]] = [
    (
     'Er staat een cameraploeg bij het jongerencentrum omdat ze gehoord hebben dat daar '
     'jongeren radicaliseren. De burgemeester wil vandaag nog een verklaring op social media'
     ' zetten. Met wie stemmen we dat af?',
     'radicalisation_signal', 'communications', 'media'),
    (
     'Mogen we als gemeente op onze Facebookpagina iets zeggen over de ophef rond de '
     'extremistische stickers in het centrum? De lokale omroep heeft al vragen gesteld. Ik '
     'wil het graag afstemmen voordat ik iets plaats.',
     'radicalisation_signal', 'communications', 'afstemmen'),
    (
     'Ouders uit de wijk vragen of er een plek is waar gezinnen met een radicaliserend kind '
     'terechtkunnen voor advies en steun. Hun zoon is 19 en gaat steeds verder mee in een '
     'extremistische ideologie. Ze willen niet meteen naar de politie.',
     'radicalisation_signal', 'family_support', 'steun'),
    (
     'Joodse en Palestijnse inwoners lopen elkaar sinds vorig najaar met een boog uit de weg'
     ' en de herdenking in de kerk werd verstoord. We willen een gesprek organiseren. Wie '
     'kan ons helpen met de aanpak van deze spanningen?',
     'prevention', 'prevention_expertise', 'elkaar'),
    (
     'k heb n jongen (20) die opeens n hakenkruis tattoo heeft en in de chat met anderen '
     'over remigratie en de grote vervanging praat. geen plan of datum of zo, niks '
     'concreets. wie neem ik hierover in vertrouwen, casusoverleg ofzo?',
     'prevention', 'radicalisation_signal', 'casusoverleg'),
    (
     'Een vader belt de gemeente: zijn zoon van 16 radicaliseert in rap tempo en de school '
     'heeft al eerder aan de bel getrokken. Hij vraagt of er naast de school ook steun is '
     'voor het gezin zelf, want thuis loopt het volledig vast.',
     'radicalisation_signal', 'family_support', 'steun'),
    (
     'Wat moet de gemeente volgens de tien punten minimaal geregeld hebben aan preventie van'
     ' radicalisering en sociale spanningen? De wethouder wil dat weten vóór de '
     'begrotingsbehandeling.',
     'prevention_expertise', 'prevention', 'radicalisering'),
]  # fmt: skip


@pytest.mark.parametrize(("text", "rules_type", "question_type", "heaviest"), SHIPPED)
def test_the_shipped_card_types_these_questions(
    router: routing.Router, text: str, rules_type: str, question_type: str, heaviest: str
) -> None:
    """The installed card decides these questions, and says over which type of the rules."""
    result = router.route(text)
    assert result.question_type == question_type
    score = _score(result)
    assert (score.rules_type, score.applied) == (rules_type, True)
    # Among the three heaviest, not the heaviest itself: each relearn on new rounds shifts the
    # weights a little, and two near-equal words ("gesprek" 1.35, "elkaar" 1.27) swapped places
    # twice in a row while the card decided the question as before.
    heaviest_three = sorted(score.signs, key=lambda sign: sign.weight, reverse=True)[:3]
    assert heaviest in [sign.word for sign in heaviest_three]


def test_the_shipped_card_weighs_every_type_of_the_table(router: routing.Router) -> None:
    """The installed wheel carries the card, and it weighs exactly the table's types."""
    card = router.rule_base.type_card
    assert card is not None
    assert sorted(card.types) == sorted(router.rule_base.table.question_types)
    assert card.file.endswith("type_card.yaml")


def _learner() -> ModuleType:
    scripts = REPOSITORY / "scripts"
    modules = {}
    for name in ("learn_scorecard", "learn_type_card"):
        spec = importlib.util.spec_from_file_location(name, scripts / f"{name}.py")
        assert spec is not None
        assert spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules.setdefault(name, module)
        spec.loader.exec_module(module)
        modules[name] = module
    return modules["learn_type_card"]


def test_the_learner_writes_a_card_that_loads_and_is_the_same_twice(shipped_copy: Path) -> None:
    """Learned from sets 441-496 alone, the card loads and types most golden questions right.

    Three in four (309 of 407 when last measured), where always the commonest type gets one in
    three.

    The same files give the same card, byte for byte. (The golden corpus alone, 407 questions,
    is too few for the card's L1 strength: it keeps almost no weights.)
    """
    learner = _learner()
    sets = REPOSITORY / "training" / "heldout.yaml"
    out = shipped_copy / "rules" / "type_card.yaml"
    arguments = [str(sets), "--out", str(out), "--source", "held-out sets 441-496"]
    assert learner.main(arguments) == 0
    first = out.read_text(encoding="utf-8")
    assert learner.main(arguments) == 0
    assert out.read_text(encoding="utf-8") == first
    router = routing.Router(data=shipped_copy / "data" / "contacts.yaml", rules=out.parent)
    card = router.rule_base.type_card
    assert card is not None
    corpus = REPOSITORY / "tests" / "corpus" / "questions.yaml"
    cases = yaml.safe_load(corpus.read_text(encoding="utf-8"))
    right = sum(
        card.choose(tokenize(case["text"])).question_type == case["expect"] for case in cases
    )
    assert right / len(cases) > 0.7


# The files the shipped card was learned from: every labelled question in the repository.
LEARNED_FROM = (
    "tests/corpus/questions.yaml",
    "training/questions.yaml",
    "training/heldout.yaml",
    "training/recent.yaml",
)


def test_the_shipped_card_is_what_the_script_learns_from_the_repository() -> None:
    """Relearned from the repository's labelled questions, the card is the same file.

    So every weight comes from questions someone labelled: a weight edited by hand fails here,
    and a kept round added without relearning does too. Only the date may differ.
    """
    shipped = (default_rules_dir() / "type_card.yaml").read_text(encoding="utf-8")
    learner = _learner()
    examples = learner.load_examples([REPOSITORY / name for name in LEARNED_FROM])
    start, weights = learner.learn(examples)
    source = yaml.safe_load(shipped)["learned"]["source"]
    relearned = learner.render(start, weights, source=source, examples=examples)
    assert _without_date(relearned) == _without_date(shipped), (
        "the shipped type card is not what scripts/learn_type_card.py learns from the "
        "repository; relearn it as docs/scorecard.md shows (after adding questions, not by "
        "editing weights)"
    )


def _without_date(text: str) -> list[str]:
    return [line for line in text.splitlines() if not line.strip().startswith("date:")]


# Words that name people by faith, origin, nationality or sexuality, their houses of worship
# and feasts: each was a weight of the card before its word list took stems (2026-12-03).
GROUP_WORDS = (
    "moslims",
    "joodse",
    "polen",
    "homo",
    "ongelovigen",
    "afvalligen",
    "kuffar",
    "arbeidsmigranten",
    "moskeebesturen",
    "synagogue",
    "nederlandse",
    "dutch",
    "buitenlandse",
    "ramadan",
    "vrijdaggebed",
    "suikerfeest",
)


def test_the_shipped_card_weighs_no_word_that_names_a_group_of_people() -> None:
    """No word of the card names people by faith, origin or sexuality, nor holds such a stem.

    The card reads words without their sentence: it must not type a question by whom it names.
    """
    card = yaml.safe_load((default_rules_dir() / "type_card.yaml").read_text(encoding="utf-8"))
    learner = _learner()
    assert all(learner.unlearned(word) for word in GROUP_WORDS)
    assert [word for word in card["weights"] if learner.unlearned(word)] == []
    assert {"syrie", "turkije", "paspoort"} <= set(card["weights"])  # countries and the rest stay


def test_the_shipped_card_puts_a_signal_without_lexicon_words_on_the_subject(
    router: routing.Router,
) -> None:
    """A signal told in words no list holds reaches the police, through the installed card."""
    text = (
        "Via een ketenpartner horen we dat een man zich steeds verder afsluit en online extreme "
        "content deelt. Waar leggen we dit neer?"
    )
    result = router.route(text)
    assert (result.question_type, result.acute) == ("radicalisation_signal", False)
    assert result.routes[0].contact.id == "police"
    assert result.trace.text is not None
    assert result.trace.text.words == ()  # no word of the lexicon: the card alone decided
    score = _score(result)
    assert (score.rules_type, score.applied) == ("unknown", True)
    assert score.chance >= 0.95
