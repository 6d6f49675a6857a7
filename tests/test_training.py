"""The labelled questions outside the golden corpus, routed whole: a net under every change.

`training/questions.yaml` (held-out sets 2-332, which the scorecards are learned from),
`training/heldout.yaml` (sets 441-496, measured once and kept; the acute card learns from them
too) and `training/recent.yaml` (sets 497-1856, 1961-2344 and 2417-2520, measured once and kept;
only the type card learns from them) hold 223,540 questions; `training/latest.yaml` (sets
2977-3104, kept since 2026-12-07; no card learns from them) 12,800 more. Every change to the
rules was checked against them by hand before; this test does it on every run, so a word that
makes an acute question calm fails here, with the question's id.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

import routing
from routing._evaluate import Case, Report, evaluate

TRAINING = Path(__file__).resolve().parents[1] / "training"

# Acute questions the shipped rules leave calm or route without the police, each kept on
# purpose. Fixing one fails the test too: then take it off this list.
KNOWN_MISSES = {
    # A father who threatens a school on Facebook and shares IS flags: read as a signal.
    "s118-h118-013",
    # A press question after an arrest for preparing an attack; labelled acute, read as press.
    # (s203-c094, a threat letter whose investigation "loopt nog", is acute since 2026-12-01;
    # s957-c030, a suspect "opgepakt" and a second one "nog voortvluchtig", since 2026-12-03.)
    "s256-c093",
    # A press question about someone who "zou zijn vertrokken" (reportedly left), labelled acute
    # by its writer in round 481-488; the same question was labelled calm before, in the same
    # words ("vorige maand naar een strijdgebied zou zijn vertrokken", s254-c042). Read as
    # press, as those were. (s487-c073 and s488-c075, alike, are acute through the acute card.)
    "s484-c073",
    # Round 489-496: parents whose son "vorige week vermoedelijk vertrokken [is] naar het
    # strijdgebied" ask for family support (the police know); labelled acute, read as a family
    # asking for support. And a press question about a stabbing at a festival the night before,
    # whose motive is asked: labelled acute, read as press about an event that is over.
    "s490-c051",
    "s495-c039",
    # Round 505-512: press questions about someone who left "vorige week vermoedelijk" or
    # "gister" for Syria or the combat zone, labelled acute; sets 2-496 label 21 of 24 press
    # questions about a departure of the last days calm, as docs/text.md reads them.
    "s508-c077",
    "s509-c079",
    # Round 553-560, written as a search box query: "vader bang dat zoon wil vertrekken, zoekt
    # steun", labelled acute. It names no destination, cause or plan; a rule that made a
    # worried family's "vertrekken" acute would mark every move abroad acute. Read as unknown.
    "s558-c052",
    # Round 593-600: a press question about Koningsdag while "het dreigingsniveau in Nederland
    # blijft op 4 staan", labelled acute. The national threat level names no threat of its
    # own; 18 other labelled questions that name it are calm. Read as press.
    "s594-c006",
    # Round 617-624: a guest who wrote in an escape room's guestbook that he would bring "een
    # echte [bom]" next time "voor de homo's die hier werken", beside the room's fake bomb, and
    # came back to film. The fake bomb's except explains the real one away; a menace in quotes
    # beside a look-alike is where the lists are weakest. Read as unknown.
    "s624-c034",
    # Round 809-816, a story of 200 words about tension over migrant workers in a village: at
    # its end a man writes that he "die avond zijn jachtgeweer meeneemt en ... het hotel voor de
    # kerst leeg krijgt". Bringing a hunting rifle along, a moment and a target are everyday
    # apart ("zaterdag neemt hij zijn geweer mee naar de schietvereniging"); no list knew the
    # menace. Read as a question for expertise on tension.
    "s813-c087",
    # Round 1041-1048: "Spoed: een inwoner is vanochtend vertrokken en zit ... nu in een bus
    # richting de Turkse grens. Kan zijn paspoort nog ongeldig worden verklaard?" Without its
    # passport question the text is acute; with it, a departure asked about in a passport
    # question is read as the calm passport measure, as many labelled questions about a
    # departure of last month are. Telling a bus on its way from those needs tense and place.
    "s1045-c081",
    # Round 1225-1232, a chatbot's input: "omroep belt of de tweede verdachte nog vrij rondloopt
    # wat zeggen", labelled acute. It names no deed: a second suspect of a burglary still free
    # is calm (tests/test_text.py), and a rule that made any suspect at large acute would mark
    # every press question about a robbery acute. Read as press.
    "s1227-c079",
    # Round 1313-1320, the same in a search box: "krant wil reactie, verdachte nog
    # voortvluchtig", labelled acute. It names no deed either. Read as press.
    "s1315-c080",
    # Round 1625-1632: a woman who shares "plattegronden van de kerstmarkt" in a closed group,
    # "met de vraag wie er 'meedoet'". A map of a market and "wie doet er mee" are how stall
    # holders and volunteers write too; a rule that made them acute together would mark every
    # organiser's call acute. Read as a calm question.
    "s1625-c029",
    # Round 2009-2016: a man whose passport was declared invalid "vorige maand" who tried to get
    # a new ID card with a report of a loss and said he would be gone next week. The month
    # reads the case as past; a term for the report of a loss made a labelled procedural
    # question ("wat doe ik als de persoon een week later een vermissingsmelding doet")
    # acute. Read as the passport measure.
    "s2011-c054",
    # Round 2009-2016: a press question about one of the boys who left last week and "nog in
    # Nederland zit en over de grens probeert te komen". A term for crossing the border made
    # asylum seekers at Ter Apel acute. Read as press.
    "s2016-c046",
    # Round 2433-2440: a video of a client "die dreigende taal uitslaat over de burgemeester",
    # labelled acute. "Dreigende taal" beside a target made six labelled questions about heated
    # debates acute. Read as press.
    "s2435-c078",
    # Round 2457-2464: a son who "kijkt alleen nog filmpjes van strijders" and says "volgende
    # week vertrekt hij en we zien hem nooit meer terug". Films of fighters are excepted as no
    # departure (watching is a signal), so the farewell combination misses its radical word; a
    # son called radical is acute. Read as a family asking for support.
    "s2464-c052",
    # Round 2465-2472, in Frisian: a pupil who comes "'mei wat' nei skoalle ... om de klasse
    # werom te pakken" with "in list mei nammen" (no list knows the menace), and a passport to
    # be declared invalid of someone who "wol oermoarn al fuort nei syn 'nije famylje'"
    # ("fuort" and "nije" are words Frisian terms hold, not read as Dutch).
    "s2471-c030",
    "s2471-c052",
    # Round 2473-2480, in Frisian: "'de striders' ... syn paspoart en in ynpakte tas klearstean
    # by de doar". Its Dutch translation too is acute only through the acute card. Read as a
    # family asking for support.
    "s2476-c050",
    # Round 2481-2488 (the stop's final rules, not mended), in Twents: "'n officieel stuk ...
    # dat 'n jong kearl ... disse wekke vot wil, noar de oorlog doar", an official report in
    # other words than "ambtsbericht". Read as unknown.
    "s2482-c087",
    # Round 2513-2520, in Gronings: a deckhand with the ferry's busiest times and drawings of
    # its lower deck, who wants to take "zoveul meugelk van heur" with him tomorrow. Its Dutch
    # translation too is acute only through the acute card, which knows no Gronings; reading
    # "zoveel mogelijk ... meenemen" as a threat would make calm outings acute. Read as unknown.
    "s2518-c032",
}


def _cases(name: str) -> list[Case]:
    # libyaml's loader where there is one: the training file is 12 MB, over the size limit
    # that routing's own loader sets for data files on purpose.
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with (TRAINING / name).open(encoding="utf-8") as file:
        return [Case.model_validate(item) for item in yaml.load(file, Loader=loader)]  # noqa: S506


@pytest.fixture(scope="module")
def report(router: routing.Router) -> Report:
    """Every training and kept held-out question, routed by the shipped rules."""
    return evaluate(
        router, _cases("questions.yaml") + _cases("heldout.yaml") + _cases("recent.yaml")
    )


def test_no_acute_question_is_missed_but_those_kept_on_purpose(report: Report) -> None:
    """Every acute question is acute with the police, except the few listed with a reason."""
    missed = {outcome.case.id for outcome in report.missed_acute}
    assert missed == KNOWN_MISSES


def test_the_figures_stay_above_the_issues_bars(report: Report) -> None:
    """Primary types right and calm questions left calm, at least as well as when measured.

    When last set (2026-12-06, evening): 96.23% right and 1.94% of calm questions
    marked acute, over 223,540 questions; the bars are 90% and 5%. The floors sit a little
    under the measured figures, so that a change that costs a few answers elsewhere still
    passes, and one that costs many does not. The type card learns from these questions, so
    that figure is not independent of it, and could hide what a change costs the rules: the
    rules' own types, before the card, keep their floor (93.27% right when set).
    """
    assert len(report.outcomes) == 223_540
    assert report.accuracy >= 0.955
    assert report.rules_accuracy >= 0.93
    assert report.false_acute_rate <= 0.025


# Held-out sets kept since 2026-12-07 (`training/latest.yaml`, sets 2977-3192), as they were
# written: the sets of earlier stops after 2520 stayed outside the repository and were lost with
# their machine. No card learns from them, so a round is added without relearning. Their acute
# questions that the shipped rules miss, each kept on purpose; fixing one fails the test too.
LATEST_KNOWN_MISSES = {
    # Round 3001-3008: a reporter told by a police officer that "one of them is still out there
    # and may try again this weekend". "May try again" as the sign of a case still open made a
    # burglar who may try again acute. Read as press.
    "s3004-c074",
    # Round 3001-3008, in German: a son who "komme nicht mehr zurück, sobald er 'drüben' sei ...
    # nächste Woche gehe es los". "Drüben" (over there) is also an emigrant's America, and no
    # cause or place is named. Read as a family asking for support.
    "s3008-c036",
    # Round 3025-3032 (the stop's final rules, not mended), in German: a lodger with pipes,
    # batteries and sacks of fertiliser ("Düngersäcke") who said farewell on video and warned
    # against the town centre on Friday. Two more of that round, a Schützenverein member who
    # asked about the crowd and the barriers of Saturday's parade and talked of "Gaskartuschen
    # und Nägel", and a niece gone "zu ihrem Mann nach drüben" with a farewell letter, are acute
    # since the German word list's other direction (2026-12-07, night).
    "s3032-c032",
    # Round 3113-3120, a red team of mangled spelling: a journalist's "aanslgasplan op het
    # festifal van zaterdag", the attacker "nog vrij rond lopen". No term reads the typo; the
    # round's mend taught "vrij rond lopen", but an attack's word is still wanting.
    "s3118-c029",
    # Round 3129-3136 (not mended), in German chat style: "die gemeinde hat so ein amtliches
    # dokument vom dienst gekriegt, zwei brüder wollen wohl dieses wochenende weg 'zum
    # kämpfen'" (the report in words no term has, "weg" no departure's word in German). A man
    # "seit heute früh mit ner waffe untergetaucht" of the same round is acute since the word
    # list's other direction ("untergetaucht" read "ondergedoken"). The term of 2026-12-08 for
    # "so n offizielles schreiben vom dienst ... dass ein junger mann bald weg will" wants the
    # departure in the report's clause; here it stands after a comma.
    "s3132-c060",
}


@pytest.fixture(scope="module")
def latest(router: routing.Router) -> Report:
    """The held-out sets kept since 2026-12-07, routed by the shipped rules."""
    return evaluate(router, _cases("latest.yaml"))


def test_the_latest_sets_miss_no_acute_question_but_those_listed(latest: Report) -> None:
    """Every acute question of the latest kept sets is acute with the police, but those listed."""
    missed = {outcome.case.id for outcome in latest.missed_acute}
    assert missed == LATEST_KNOWN_MISSES


def test_the_latest_sets_stay_above_the_issues_bars(latest: Report) -> None:
    """The latest kept sets' figures stay at least as good as when they were added.

    When set (2026-12-08, small hours, on the rules that mended twenty-five of their
    twenty-seven rounds): 94.34% right, the rules alone 91.39%, and 2.45% of calm questions
    marked acute, over 21,600 questions. The floors sit a little under, as for the files above.
    The false-alarm ceiling rose from 2.5% with the evening's sets, two of which were red teams
    aimed at false alarms (procedure questions around alarming hypothetical examples: 16% of
    their calm questions acute; forms with alarming field names: 10%).
    """
    assert len(latest.outcomes) == 21_600
    assert latest.accuracy >= 0.935
    assert latest.rules_accuracy >= 0.90
    assert latest.false_acute_rate <= 0.027
