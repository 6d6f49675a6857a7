"""The scorecards: the acute net that can only add `acute`, and the referee of on topic.

Most tests use small cards written here, with made-up words that no lexicon holds, so that
what they check is a card's contract and not the learned weights. The last ones check the
shipped cards and the script that learns them.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

import routing
from routing import AcuteScore
from routing._rulebase import default_rules_dir

REPOSITORY = Path(__file__).resolve().parents[1]

# Words of the subject, of everyday matters, negations and filler, for generated texts.
_WORDS = [
    "hij", "wil", "naar", "Syrië", "uitreizen", "vertrekt", "binnenkort", "afscheid", "ticket",
    "geen", "niet", "sprake", "van", "dreiging", "aanslag", "school", "bus", "reis", "Berlijn",
    "grofvuil", "paspoort", "aanvragen", "radicalisering", "broeders", "helpen", "spullen",
    "verkocht", "vrijdag", "moskee", "markt", "kunstmest", "een", "de", "het", "en", "maar",
    "wel", "pers", "journalist", "woordvoering", "ouders", "steun", "acuut", "knallen", "bom",
    "buurman", "politie",
]  # fmt: skip  # fmt: skip

# Where the small cards below come from: both cards' files must say so.
LEARNED = """\
learned:
  by: tests/test_scorecard.py
  source: written by hand for the tests
  questions: 4
  positives: 2
  date: 2026-11-30
"""

# Made-up words: no lexicon term matches them, so only the card can make these texts acute.
SMALL_CARD = (
    """\
kind: scorecard
schema_version: 1
sets: acute
threshold: 0.5
off_topic_threshold: 1.5
denied_threshold: 2.5
start: -1.0
"""
    + LEARNED
    + """\
weights:
  kwispel: 2.0
  flubber: 0.75
  snorkel: -2.0
  brommel: 1.5
"""
)


@pytest.fixture
def small_card(shipped_copy: Path) -> Callable[[str], routing.Router]:
    """A router over the shipped files with the small card (edited by `change`)."""

    def make(change: str = "") -> routing.Router:
        card = shipped_copy / "rules" / "acute_card.yaml"
        card.write_text(SMALL_CARD + change, encoding="utf-8")
        (shipped_copy / "rules" / "topic_card.yaml").unlink(missing_ok=True)  # the words decide
        return routing.Router(data=shipped_copy / "data" / "contacts.yaml", rules=card.parent)

    return make


def _acute_score(result: routing.RoutingResult) -> AcuteScore:
    """The acute card's evidence in `result`, which must have read a text the card weighed."""
    assert result.trace.text is not None
    assert result.trace.text.acute_score is not None
    return result.trace.text.acute_score


# text -> (acute, the card's total, its threshold for this text, the words it lists)
GOLDEN: list[tuple[str, bool, float, float, list[str]]] = [
    # no word of the lexicon: the off-topic threshold, 1.5
    ("De kwispel en de flubber.", True, 1.75, 1.5, ["kwispel", "flubber"]),
    ("De kwispel, de kwispel!", False, 1.0, 1.5, ["kwispel"]),  # each word counts once
    ("Alleen een flubber.", False, -0.25, 1.5, []),  # below 0.5: nothing listed
    ("Een kwispel, een flubber en een snorkel.", False, -0.25, 1.5, []),  # a word subtracts
    # a word about the subject ("radicalisering"): the threshold, 0.5
    ("Radicalisering en een kwispel.", True, 1.0, 0.5, ["kwispel"]),
    # a negated word does not add: "geen kwispel" counts as no kwispel
    ("Er is geen kwispel, wel een flubber.", False, -0.25, 1.5, []),
    ("Geen kwispel hier, maar daar wel een kwispel en een flubber.", True, 1.75, 1.5,
     ["kwispel", "flubber"]),  # one place not negated is enough
]  # fmt: skip


@pytest.mark.parametrize(("text", "acute", "total", "threshold", "listed"), GOLDEN)
def test_the_card_adds_up_distinct_words_and_applies_its_threshold(
    small_card: Callable[[str], routing.Router],
    text: str,
    acute: bool,
    total: float,
    threshold: float,
    listed: list[str],
) -> None:
    """A text scores start plus the weight of each distinct, not negated word it holds."""
    result = small_card("").route(text)
    score = _acute_score(result)
    assert (result.acute, score.total, score.threshold) == (acute, total, threshold)
    assert [sign.word for sign in score.signs] == listed
    assert score.applied is acute
    assert result.trace.facts.acute is acute
    if acute:
        assert result.question_type == "travel_or_threat"
        assert result.routes[0].contact.id == "police"


def test_a_sign_points_at_the_first_place_of_its_word(
    small_card: Callable[[str], routing.Router],
) -> None:
    """Each listed word carries its weight and the span of its first place in the text."""
    text = "Over de KWISPEL: de kwispel en de flubber."
    result = small_card("").route(text)
    assert result.trace.text is not None
    assert result.trace.text.acute_score is not None
    signs = [(s.word, s.weight, text[s.start : s.end]) for s in result.trace.text.acute_score.signs]
    assert signs == [("kwispel", 2.0, "KWISPEL"), ("flubber", 0.75, "flubber")]


@pytest.mark.parametrize(
    ("text", "acute"),
    [
        ("Het is niet acuut: ooit een kwispel en een flubber.", False),
        ("Het is niet acuut: jaren geleden een kwispel, een flubber en een brommel.", False),
        ("Er is geen acute dreiging; wel ooit een kwispel, een flubber en een brommel.", False),
        # nothing named vague, distant or past: the statement does not silence the card
        ("Het is niet acuut: een kwispel en een flubber.", True),
        # a danger close at hand takes the statement back
        ("Het is niet acuut: ooit een kwispel, maar morgen een flubber.", True),
    ],
)
def test_a_text_that_says_it_is_not_acute_is_not_made_acute(
    small_card: Callable[[str], routing.Router], text: str, acute: bool
) -> None:
    """Where the lexicon's calm list clears the text, the card lists its words but stays out.

    The list clears a text that says it is not acute about a danger it calls vague, distant
    or past, with nothing that takes the statement back; elsewhere the card decides.
    """
    result = small_card("").route(text)
    score = _acute_score(result)
    assert score.total >= score.threshold
    assert "kwispel" in [s.word for s in score.signs]
    assert (result.acute, score.applied) == (acute, acute)


# text -> (acute, total, the threshold the text needs)
DENIED: list[tuple[str, bool, float, float]] = [
    # a denial of travel or a threat: the highest bar, 2.5, where 1.5 would do without it
    ("Er is geen sprake van uitreis; wel een kwispel en een flubber.", False, 1.75, 2.5),
    ("Er is geen dreiging, wel een kwispel en een flubber.", False, 1.75, 2.5),
    # a card that is sure overrules it: a denial can be quoted or retracted
    ("Ik schreef dat er geen sprake van uitreis was. Dat klopt niet meer: een kwispel, een "
     "flubber en een brommel.", True, 3.25, 2.5),
    # a press question about a case that a `resolved` word closes: the highest bar too
    ("De journalist belt over de jongen die vorige week is vertrokken. Een kwispel en een "
     "flubber.", False, 1.75, 2.5),
    ("De journalist belt over de jongen die vorige week is vertrokken. Een kwispel, een "
     "flubber en een brommel.", True, 3.25, 2.5),
    # ... unless an `unless` word keeps the case open: the usual bar
    ("De journalist belt over de jongen die vorige week is vertrokken. Zijn vriend is "
     "verdwenen: een kwispel en een flubber.", True, 1.75, 0.5),
]  # fmt: skip


@pytest.mark.parametrize(("text", "acute", "total", "threshold"), DENIED)
def test_a_text_that_denies_travel_or_a_threat_needs_the_highest_bar(
    small_card: Callable[[str], routing.Router],
    text: str,
    acute: bool,
    total: float,
    threshold: float,
) -> None:
    """Where the text denies travel or a threat, or closes a case, the card needs its highest bar.

    A press question about a case that is over ("de jongen die vorige week is vertrokken")
    was made acute by the card's words alone; a card that is sure still makes it so.
    """
    result = small_card("").route(text)
    score = _acute_score(result)
    assert (result.acute, score.applied, score.total, score.threshold) == (
        acute,
        acute,
        total,
        threshold,
    )


def test_a_report_that_has_not_come_does_not_stop_the_card(
    small_card: Callable[[str], routing.Router],
) -> None:
    """A report that has not come says nothing about the danger: the card counts the rest."""
    result = small_card("").route("Geen ambtsbericht ontvangen, wel een kwispel en een flubber.")
    assert result.trace.text is not None
    assert result.trace.text.acute_score is not None
    assert (result.acute, result.trace.text.acute_score.applied) == (True, True)
    assert result.trace.facts.official_report is False


# text -> (acute, the card's total, the words it lists), with "dreigbrief" weighed 2.0 and
# "deurwaarder" 0.25. The lexicon's except phrase "dreigbrief* van een|het|de ... deurwaarder"
# says that this letter is no threat, so the card does not count the threat word it explains
# away; the other words of the phrase count as anywhere else.
EXCEPTED: list[tuple[str, bool, float, list[str]]] = [
    ("Een dreigbrief van de deurwaarder en een kwispel.", False, 1.25,
     ["kwispel", "deurwaarder"]),  # with "dreigbrief" it would be 3.25, and acute
    ("De deurwaarder belde, en een kwispel.", False, 1.25, ["kwispel", "deurwaarder"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "acute", "total", "listed"), EXCEPTED)
def test_a_threat_word_an_except_phrase_explains_away_adds_no_points(
    small_card: Callable[[str], routing.Router],
    text: str,
    acute: bool,
    total: float,
    listed: list[str],
) -> None:
    """The card does not count a threat word where the lexicon says it is no threat."""
    result = small_card("  dreigbrief: 2.0\n  deurwaarder: 0.25\n").route(text)
    score = _acute_score(result)
    assert result.trace.text is not None
    assert result.trace.text.words == ()  # no word of the lexicon sets a fact
    assert (result.acute, score.total, [sign.word for sign in score.signs]) == (
        acute,
        total,
        listed,
    )


def test_where_a_word_made_the_question_acute_the_card_is_not_consulted(
    small_card: Callable[[str], routing.Router],
) -> None:
    """The card is a net under the words: a threat they found leaves it out of the trace."""
    result = small_card("").route("Hij wil uitreizen naar Syrië met een kwispel.")
    assert result.trace.text is not None
    assert result.trace.text.acute_score is None
    assert result.acute is True


def test_a_word_of_urgency_off_the_subject_leaves_the_card_to_decide(
    small_card: Callable[[str], routing.Router],
) -> None:
    """A word of urgency ("met spoed") off the subject makes nothing acute: the card is asked.

    Without the card's words the question stays off the subject and calm.
    """
    router = small_card("")
    urgent = router.route("Ik wil met spoed een nieuw paspoort, een kwispel en een flubber.")
    calm = router.route("Ik wil met spoed een nieuw paspoort.")
    assert urgent.trace.text is not None
    assert urgent.trace.text.acute_score is not None
    assert (urgent.acute, urgent.trace.text.acute_score.applied) == (True, True)
    assert urgent.trace.text.acute_score.threshold == 1.5  # the higher bar off the subject
    assert (calm.acute, calm.question_type) == (False, "unknown")


def test_explicit_facts_win_over_the_card(small_card: Callable[[str], routing.Router]) -> None:
    """A caller who says a text is not acute overrules the card, as it overrules words."""
    question = routing.Question(text="De kwispel en de flubber.", acute=False)
    result = small_card("").route(question)
    assert result.acute is False
    assert result.trace.text is not None
    assert result.trace.text.explicit == ("acute",)


SMALL_TOPIC_CARD = (
    """\
kind: scorecard
schema_version: 1
sets: on_topic
threshold: -1.0
start: 0.0
"""
    + LEARNED
    + """\
weights:
  blorp: 2.0
  zwiebel: -2.0
  mini: -0.75
"""
)


@pytest.fixture
def topic_router(shipped_copy: Path) -> routing.Router:
    """A router over the shipped files with the small topic card and no acute card."""
    rules = shipped_copy / "rules"
    (rules / "topic_card.yaml").write_text(SMALL_TOPIC_CARD, encoding="utf-8")
    (rules / "acute_card.yaml").unlink()
    return routing.Router(data=shipped_copy / "data" / "contacts.yaml", rules=rules)


# text -> (question type, the card's total or None where it was not asked, it overruled)
TOPIC: list[tuple[str, str, float | None, bool]] = [
    # the words say on topic, the card is sure it is not (-2.0 <= -1.0): unknown
    ("Radicalisering bij de zwiebel?", "unknown", -2.0, True),
    # not sure enough (-0.75 > -1.0): the words stand
    ("Radicalisering bij de mini?", "prevention", -0.75, False),
    ("Radicalisering bij de zwiebel en de blorp?", "prevention", 0.0, False),
    # it never puts a question on the subject: where no word did, it is not asked
    ("Een vraag over de blorp.", "unknown", None, False),
    # an acute question stays on topic: the card is not even asked
    ("Hij wil uitreizen naar Syrië, zegt de zwiebel.", "travel_or_threat", None, False),
]  # fmt: skip


@pytest.mark.parametrize(("text", "question_type", "total", "overruled"), TOPIC)
def test_the_topic_card_only_takes_a_question_off_the_subject(
    topic_router: routing.Router,
    text: str,
    question_type: str,
    total: float | None,
    overruled: bool,
) -> None:
    """At its threshold or below, the topic card overrules words that found the subject."""
    result = topic_router.route(text)
    assert result.trace.text is not None
    topic = result.trace.text.topic_score
    assert result.question_type == question_type
    assert result.trace.facts.on_topic is (question_type != "unknown")
    if total is None:
        assert topic is None
        return
    assert topic is not None
    assert (topic.total, topic.overruled) == (total, overruled)
    assert [sign.word for sign in topic.signs] == (["zwiebel"] if overruled else [])


# (appended to the small card's YAML or replacing a line, exact message after the path)
BROKEN: list[tuple[str, str, str]] = [
    ("weights:\n  kwispel: 2.0", "weights:\n  de kwispel: 2.0",
     "word 'de kwispel': is not one word; a scorecard weighs single words (letters and digits "
     "only), so split a phrase into its words or leave it to the lexicon"),
    ("weights:\n  kwispel: 2.0", "weights:\n  Syrië: 2.0",
     "word 'Syrië': is not written as texts are compared; write 'syrie' (lower case, without "
     "accents)"),
    ("  flubber: 0.75", "  flubber: 0",
     "word 'flubber': has weight 0, which changes nothing; remove the word"),
    ("off_topic_threshold: 1.5", "off_topic_threshold: 0.0",
     "field 'off_topic_threshold': is below the threshold (0.5); a text that no word makes "
     "about the subject should need more points, not fewer"),
    ("sets: acute", "sets: suspected_travel",
     "field 'sets': sets 'suspected_travel', and a scorecard can only set one of: acute, "
     "on_topic; a card that set a row's own fact would decide the answer, not guard it"),
    ("start: -1.0", "start: -1.0\nbegin: -1.0",
     "field 'begin': is not a known key; a scorecard for acute has kind, schema_version, sets, "
     "threshold, off_topic_threshold, denied_threshold, start, learned and weights"),
    ("off_topic_threshold: 1.5", "off_topic_threshold: 1.5\nmargin: 1.5",
     "field 'margin': is not a known key; a scorecard for acute has kind, schema_version, sets, "
     "threshold, off_topic_threshold, denied_threshold, start, learned and weights"),
    ("denied_threshold: 2.5", "denied_threshold: 1.0",
     "field 'denied_threshold': is below the off_topic_threshold (1.5); a text that denies "
     "travel or a threat should need the most points of all"),
    ("sets: acute\nthreshold: 0.5\noff_topic_threshold: 1.5",
     "sets: on_topic\nthreshold: 0.5\noff_topic_threshold: 1.5",
     "field 'off_topic_threshold': is not a known key; a scorecard for on_topic has kind, "
     "schema_version, sets, threshold, start, learned and weights"),
]  # fmt: skip


@pytest.mark.parametrize(("old", "new", "message"), BROKEN)
def test_a_broken_card_says_what_to_fix(
    shipped_copy: Path, old: str, new: str, message: str
) -> None:
    """A broken scorecard is refused with the file, the word or field, and the fix."""
    card = shipped_copy / "rules" / "acute_card.yaml"
    assert SMALL_CARD.count(old) == 1
    card.write_text(SMALL_CARD.replace(old, new), encoding="utf-8")
    with pytest.raises(routing.RuleError) as caught:
        routing.Router(data=shipped_copy / "data" / "contacts.yaml", rules=card.parent)
    assert str(caught.value) == f"{card}: {message}"


def test_a_second_card_is_refused(shipped_copy: Path) -> None:
    """One card: two would make it unclear which threshold a text needs."""
    rules = shipped_copy / "rules"
    second = rules / "zz_acute_card.yaml"
    second.write_text(SMALL_CARD, encoding="utf-8")
    with pytest.raises(routing.RuleError) as caught:
        routing.Router(data=shipped_copy / "data" / "contacts.yaml", rules=rules)
    assert str(caught.value) == (
        f"{second}: is a second scorecard for acute beside {rules / 'acute_card.yaml'}; keep one"
    )


def test_the_shipped_total_is_the_sum_of_start_and_signs(router: routing.Router) -> None:
    """Wherever the shipped card lists its words, a reader can add them up to its total."""
    card = router.rule_base.scorecards["acute"]
    checked = 0
    for text in _corpus_texts():
        evidence = router.route(text).trace.text
        assert evidence is not None
        score = evidence.acute_score
        if score is not None and score.signs:
            added = card.start + sum(sign.weight for sign in score.signs)
            assert round(added, 6) == score.total, text
            checked += 1
    assert checked >= 1  # the corpus has a question that only the card makes acute


# Weights whose plain float sum depends on the order it is taken in: from -0.7500000000000002
# to -0.7499999999999998 over their orders. The order of a set changes with the hash seed.
_ORDER_SENSITIVE = {"een": 0.1, "twee": 0.2, "drie": 0.3, "vier": -0.6, "vijf": 0.7, "zes": -0.45}
_TOTAL_IN_A_FRESH_PROCESS = """
from routing._scorecard import Scorecard
card = Scorecard("acute", -1.0, -0.75, WEIGHTS, "card.yaml", -0.75)
print(repr(card.score(list(WEIGHTS)).total))
"""


def test_a_total_is_the_same_under_every_hash_seed() -> None:
    """A text at the threshold scores exactly the threshold, whatever the hash seed.

    Summed in a set's order, the total once came out just above or just below -1.25 from one
    process to the next, and with it whether the shipped card made a question acute.
    """
    program = _TOTAL_IN_A_FRESH_PROCESS.replace("WEIGHTS", repr(_ORDER_SENSITIVE))
    totals = set()
    for seed in range(12):
        done = subprocess.run(
            [sys.executable, "-c", program],
            env={**os.environ, "PYTHONHASHSEED": str(seed)},
            capture_output=True,
            text=True,
            check=True,
        )
        totals.add(done.stdout.strip())
    assert totals == {"-0.75"}


def test_the_shipped_card_catches_a_threat_described_without_its_words(
    router: routing.Router, words_router: routing.Router
) -> None:
    """A departure described in everyday words: the lists miss it, the card does not."""
    text = (
        "Mijn neef verkoopt al zijn spullen, neemt afscheid van vrienden en zegt dat hij "
        "binnenkort vertrekt en niet terugkomt."
    )
    assert words_router.route(text).acute is False
    result = router.route(text)
    assert result.acute is True
    assert result.trace.text is not None
    assert result.trace.text.acute_score is not None
    assert result.trace.text.acute_score.applied is True
    assert result.routes[0].contact.id == "police"


def test_the_shipped_topic_card_takes_an_everyday_school_question_off_the_subject(
    router: routing.Router, words_router: routing.Router
) -> None:
    """A school asks about a bus: the words make any school question about the subject."""
    text = "Onze school organiseert een reis naar Berlijn; wie regelt de bus?"
    assert words_router.route(text).question_type == "school_question"
    result = router.route(text)
    assert result.question_type == "unknown"
    assert result.routes == ()
    assert result.trace.text is not None
    assert result.trace.text.topic_score is not None
    assert result.trace.text.topic_score.overruled is True


def _learner() -> ModuleType:
    path = REPOSITORY / "scripts" / "learn_scorecard.py"
    spec = importlib.util.spec_from_file_location("learn_scorecard", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("learn_scorecard", module)
    spec.loader.exec_module(module)
    return module


def test_the_learner_writes_a_card_that_loads_and_reads_the_same_twice(
    shipped_copy: Path,
) -> None:
    """The learned card loads, scores acute questions higher, and is the same every time.

    Learned from the golden corpus alone: the same files give the same card, byte for byte.
    """
    learner = _learner()
    corpus = REPOSITORY / "tests" / "corpus" / "questions.yaml"
    out = shipped_copy / "rules" / "acute_card.yaml"
    arguments = [str(corpus), "--out", str(out), "--source", "the golden corpus"]
    assert learner.main(arguments) == 0
    first = out.read_text(encoding="utf-8")
    assert learner.main(arguments) == 0
    assert out.read_text(encoding="utf-8") == first
    router = routing.Router(data=shipped_copy / "data" / "contacts.yaml", rules=out.parent)
    card = router.rule_base.scorecards["acute"]
    examples = learner.load_examples([corpus])
    scores = [(card.score(sorted(words)).total, acute) for words, acute in examples]
    acute = [total for total, is_acute in scores if is_acute]
    calm = [total for total, is_acute in scores if not is_acute]
    assert sum(acute) / len(acute) > sum(calm) / len(calm) + 2


@pytest.mark.parametrize(
    ("sets", "file"), [("acute", "acute_card.yaml"), ("on_topic", "topic_card.yaml")]
)
def test_the_shipped_cards_are_what_the_script_learns_from_the_repository(
    sets: str, file: str
) -> None:
    """Relearned from the golden corpus and the training files, each card is the same file.

    So every weight comes from questions someone labelled: a weight edited by hand fails here,
    and a question added to the corpus without relearning does too. Only the date may differ.
    """
    shipped = (default_rules_dir() / file).read_text(encoding="utf-8")
    learner = _learner()
    examples = learner.load_examples([REPOSITORY / name for name in LEARNED_FROM[sets]], sets)
    start, weights = learner.learn(examples, l1=learner.SETTINGS[sets]["l1"])
    source = yaml.safe_load(shipped)["learned"]["source"]
    relearned = learner.render(start, weights, sets=sets, source=source, examples=examples)
    assert _without_date(relearned) == _without_date(shipped), RELEARN


# The files each shipped card was learned from. The acute card was relearned with the kept
# held-out sets 441-488; the topic card was not: relearned with them it took two curated
# questions about a war's effect on residents off the subject (docs/scorecard.md).
LEARNED_FROM = {
    "acute": ("tests/corpus/questions.yaml", "training/questions.yaml", "training/heldout.yaml"),
    "on_topic": ("tests/corpus/questions.yaml", "training/questions.yaml"),
}

RELEARN = (
    "the shipped card is not what scripts/learn_scorecard.py learns from the repository; relearn "
    "it as docs/scorecard.md shows (after adding questions, not by editing weights)"
)


def _without_date(text: str) -> list[str]:
    return [line for line in text.splitlines() if not line.strip().startswith("date:")]


def _corpus_texts() -> list[str]:
    from routing._evaluate import load_corpus

    return [case.text for case in load_corpus(REPOSITORY / "tests" / "corpus" / "questions.yaml")]


def _one_way(words: routing.RoutingResult, both: routing.RoutingResult) -> list[str]:
    """How `both` (words and cards) breaks the cards' one-way contract against `words` alone."""
    broken = []
    if words.acute and not both.acute:
        broken.append("a card made an acute question calm")
    if both.question_type == "unknown" and both.acute:
        broken.append("an acute question is unknown")
    if words.question_type == "unknown" and both.question_type != "unknown" and not both.acute:
        broken.append("a card put a calm question on the subject")
    if both.acute and both.routes[0].contact.id != "police":
        broken.append("an acute question does not go to the police first")
    return broken


def test_the_cards_only_move_answers_their_own_way_on_every_corpus_question(
    router: routing.Router, words_router: routing.Router
) -> None:
    """Over the golden corpus, the cards only move answers their own way.

    With and without the cards: acute stays acute, the cards put no calm question on the
    subject, and acute always means the police first.
    """
    broken = {
        text: problems
        for text in _corpus_texts()
        if (problems := _one_way(words_router.route(text), router.route(text)))
    }
    assert broken == {}


@given(text=st.lists(st.sampled_from(_WORDS), min_size=1, max_size=25).map(" ".join))
@settings(max_examples=150, deadline=None)
def test_the_cards_only_move_answers_their_own_way_on_any_text(
    router: routing.Router, words_router: routing.Router, text: str
) -> None:
    """The same contract over generated texts of subject words, everyday words and negations."""
    assert _one_way(words_router.route(text), router.route(text)) == []
