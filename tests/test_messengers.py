"""Who passes a question on is not what it asks for: the press's names yield to the question."""

from __future__ import annotations

import pytest

import routing

# (text, question type, acute, [(ignored messenger word, the word it yielded to)])
MESSENGERS: list[tuple[str, str, bool, list[tuple[str, str]]]] = [
    # a newsroom passes on a family's question (held-out set 893)
    ("Bij onze redactie meldde zich een moeder die hulp zoekt voor het gezin: haar zoon "
     "radicaliseert. Waar kunnen we haar naar doorverwijzen?", "family_support", False,
     [("redactie", "hulp")]),
    ("Onze webcare kreeg een bericht van een vader: zijn dochter zit diep in een extreme groep "
     "en de familie zoekt steun. Waar kan hij terecht?", "family_support", False,
     [("webcare", "zijn dochter")]),
    # a journalist who told of tension between groups: the question asks for expertise
    ("Een journalist vertelde me dat het na de koranverbranding gespannen is tussen twee "
     "groepen in de wijk. Wie heeft expertise om een gesprek te begeleiden?",
     "prevention_expertise", False, [("journalist", "koranverbranding")]),
    # a school asks, with a journalist in its story
    ("Mentor op een mbo hier. Een journalist wil mijn klas interviewen over polarisatie, maar "
     "eerst wil ik advies over de spanningen in de klas.", "school_question", False,
     [("journalist", "Mentor")]),
    # a passport measure that a reporter asked about: every press name yields
    ("De minister heeft het paspoort van een inwoner laten vervallen. Een verslaggever van de "
     "lokale omroep vroeg ernaar; hoe voeren wij die paspoortmaatregel uit?", "passport_measure",
     False,
     [("verslaggever", "paspoort van een inwoner laten vervallen"),
      ("lokale omroep", "paspoort van een inwoner laten vervallen"),
      ("omroep", "paspoort van een inwoner laten vervallen")]),
    # a press officer's name is a messenger too (held-out sets 861, 931)
    ("Persvoorlichter van een scholengemeenschap hier. Een schoolleider vraagt me wat hij moet "
     "doen nu een brugklasser haatdragende uitspraken over joden doet.", "school_question",
     False, [("Persvoorlichter", "schoolleider")]),
    # words that ask for press work keep the press question
    ("Een journalist belt over de geradicaliseerde jongen; hoe stemmen we de woordvoering af?",
     "communications", False, []),
    ("De lokale krant belt over het gezin dat hulp krijgt van het steunpunt; ze willen een quote "
     "van de burgemeester.", "communications", False, []),
    ("Een journalist vraagt de school om een reactie op de leerling die extreemrechtse filmpjes "
     "deelt.", "communications", False, []),
    ("Onze persvoorlichter vraagt hoe we de perslijn afstemmen over de jongen die naar Syrië "
     "vertrok.", "communications", False, []),
    # a signal passed on by the press: the press's names yield to it (held-out round 985-992),
    # also where a journalist only asks about it; words that ask for press work keep the press
    ("Een journalist vertelde me dat een jongen uit de wijk jongeren ronselt voor een "
     "extremistische groep. Waar meld ik dat?", "radicalisation_signal", False,
     [("journalist", "een jongen")]),
    ("Een journalist vraagt naar de jongen die radicaliseert.", "radicalisation_signal", False,
     [("journalist", "radicaliseert")]),
    ("Een journalist vraagt naar de jongen die radicaliseert; wat zeggen we?", "communications",
     False, []),
    # a threat is a threat, whoever passes it on
    ("Een journalist belt: een leerling dreigt de school op te blazen. Waar kan de school "
     "terecht?", "travel_or_threat", True, [("journalist", "Waar kan de school")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "question_type", "acute", "yielded"), MESSENGERS)
def test_a_messenger_yields_to_the_question_it_passes_on(
    router: routing.Router,
    text: str,
    question_type: str,
    acute: bool,
    yielded: list[tuple[str, str]],
) -> None:
    """Press names that alone set communications yield to the row of the question passed on.

    They show as ignored, with the word they yielded to as the cue. Words that ask for press
    work ("woordvoering", "een quote", "om een reactie") are no messengers and keep the row.
    The row is the rules' own: the type card may re-type a calm question after them (see
    tests/test_typecard.py), as the card relearned on 2026-12-03 does the journalist who asks
    the school for a reaction (school_question, at 0.81).
    """
    result = router.route(text)
    evidence = result.trace.text
    assert evidence is not None
    ruled = result.question_type if evidence.type_score is None else evidence.type_score.rules_type
    assert (ruled, result.acute) == (question_type, acute)
    passed_on = [w for w in evidence.negated if w.cue_kind == "messenger"]
    assert [(text[w.start : w.end], text[w.cue_start : w.cue_end]) for w in passed_on] == yielded
    assert all(w.fact == "communications" for w in passed_on)


def test_a_structured_question_keeps_its_explicit_press_fact(router: routing.Router) -> None:
    """Explicit facts win: communications given by the caller never yields to family support."""
    question = routing.Question(
        text="Bij onze redactie meldde zich een moeder die hulp zoekt voor het gezin.",
        communications=True,
    )
    assert router.route(question).question_type == "communications"


# (text, question type, [(press word denied, the denial)])
DENIALS: list[tuple[str, str, list[tuple[str, str]]]] = [
    # a reporter passes on a signal (held-out set 931)
    ("Ik ben verslaggever bij een lokale krant. Geen persvraag deze keer: een stagiair van ons "
     "deelt filmpjes die geweld tegen ongelovigen verheerlijken. Waar meld ik zoiets?",
     "radicalisation_signal", [("krant", "Geen persvraag")]),
    # a school's question, the denial after it (held-out set 939)
    ("hallo ik werk bij communicatie. de juf van groep 8 hoort kinderen roepen dat 'alle homo's "
     "dood moeten'. geen persvraag. waar kan de school advies vragen?",
     "school_question", [("communicatie", "geen persvraag")]),
    ("I handle press for an expat newspaper. This is not a press question: a reader's brother "
     "has become very radical and she wants support for the family.", "family_support",
     [("press", "not a press question")]),
    ("Ik werk bij communicatie, maar het gaat niet om de pers: hoe richten we een lokaal netwerk "
     "tegen radicalisering in?", "prevention", [("communicatie", "het gaat niet om de pers")]),
    # "geen persvragen zouden komen" denies nothing: now the press calls (held-out set 936)
    ("We hadden gezegd dat er geen persvragen zouden komen over de vrouw die vorige week is "
     "uitgereisd, maar nu belt het ANP. Hoe stemmen we de woordvoering af?", "communications",
     []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "question_type", "denied"), DENIALS)
def test_a_writer_who_says_it_is_no_press_question_is_believed(
    router: routing.Router, text: str, question_type: str, denied: list[tuple[str, str]]
) -> None:
    """A writer's "geen persvraag" undoes every press word of the text; the denial is the cue.

    The plural "geen persvragen" denies nothing: "er zouden geen persvragen komen, maar nu
    belt het ANP" is a press question.
    """
    result = router.route(text)
    evidence = result.trace.text
    assert evidence is not None
    assert result.question_type == question_type
    shown = [w for w in evidence.negated if w.cue_kind == "denial"]
    assert sorted((text[w.start : w.end], text[w.cue_start : w.cue_end]) for w in shown) == sorted(
        denied
    )
    assert all(w.fact == "communications" for w in shown)


def test_a_threat_told_by_a_press_officer_who_denies_a_press_question_stays_acute(
    router: routing.Router,
) -> None:
    """A denial undoes the press only: the threat it passes on still goes to the police."""
    result = router.route(
        "Woordvoerder hier, dit is geen persvraag: een man zegt dat hij zaterdag het stadhuis "
        "opblaast."
    )
    assert (result.question_type, result.acute) == ("travel_or_threat", True)
    assert "police" in [route.contact.id for route in result.routes]
