"""How far a reading reaches.

A word's sense through a text, a combination within a paragraph, a threat whose maker is still
free, and a case that is over in a question for support. Added with held-out round 577-584,
whose long letters and look-alikes showed the first two, and whose press questions the third.
"""

from __future__ import annotations

import pytest

import routing

# (text, acute): a threat word that an except explains once keeps that sense in the whole text,
# unless it is `firm` ("een aanslag gaat plegen").
ONE_SENSE: list[tuple[str, bool]] = [
    ("Ik maak bezwaar tegen de aanslag onroerendezaakbelasting. Kan ik uitstel van betaling "
     "van de aanslag krijgen?", False),
    ("Wij willen een taart in de vorm van een bom bestellen. Mag de bom op het podium staan?",
     False),
    ("Ik maak bezwaar tegen de aanslag onroerendezaakbelasting. Hij zei dat hij een aanslag "
     "gaat plegen op het stadhuis.", True),
    # a phrase that no except explains fixes the word's sense where it stands
    ("Hij heeft gedreigd een aanslag te plegen op de moskee. Verder zit er groene aanslag op "
     "ons terras.", True),
    # without the except, the word is a threat wherever it stands
    ("Mag de bom op het podium staan?", True),
]  # fmt: skip


@pytest.mark.parametrize(("text", "acute"), ONE_SENSE)
def test_a_word_keeps_the_sense_an_except_gave_it_through_the_text(
    router: routing.Router, text: str, acute: bool
) -> None:
    """A tax bill named twice is a tax bill twice; an attack someone will commit stays one."""
    assert router.route(text).acute is acute


def test_the_evidence_shows_no_threat_word_that_one_sense_explained(
    router: routing.Router,
) -> None:
    """Neither "aanslag" of the tax letter is shown as a threat, nor counted as one."""
    text = "Ik maak bezwaar tegen de aanslag gemeentelijke belastingen. De aanslag is te hoog."
    result = router.route(text)
    evidence = result.trace.text
    assert evidence is not None
    assert [w for w in evidence.words if w.fact == "terrorist_threat"] == []
    assert result.question_type == "unknown"


LETTER_APART = (
    "Geachte heer,\n\nEen bezoeker noemde de moskee.\n\nHij schreef: pas maar op.\n\n"
    "Met vriendelijke groet"
)
LETTER_TOGETHER = "Geachte heer,\n\nEen bezoeker schreef over de moskee: pas maar op.\n\nGroet"


def _threat_words(router: routing.Router, text: str) -> list[str]:
    evidence = router.route(text).trace.text
    assert evidence is not None
    return [text[w.start : w.end] for w in evidence.words if w.fact == "terrorist_threat"]


def test_a_combination_is_whole_only_within_one_paragraph(router: routing.Router) -> None:
    """A target and a menace in two paragraphs of a letter set no threat; in one they do.

    A long letter names a mosque in one matter and "volgende keer" in another; a blank line
    keeps them apart. Words in one paragraph still combine, across sentences too.
    """
    assert _threat_words(router, LETTER_APART) == []
    assert _threat_words(router, LETTER_TOGETHER) == ["moskee", "pas maar op"]
    assert _threat_words(router, LETTER_APART.replace("\n\n", " ")) == ["moskee", "pas maar op"]


# (text, acute): a threat whose maker is still free is acute in a press question, in whatever
# words the threat was made; one whose maker is held or convicted is over.
STILL_FREE: list[tuple[str, bool]] = [
    ("Een verslaggever vraagt naar de man die gisteren dreigde de moskee te beschadigen; de "
     "politie zoekt hem nog. Wie helpt met de woordvoering?", True),
    ("The press keeps calling: the man who threatened the mosque has not been caught yet. Who "
     "coordinates our statement?", True),
    ("De pers meldt dat de bommenlegger van het stadhuis nog vrij rondloopt. Hoe reageren we "
     "als gemeente?", True),
    ("Persvraag: een verdachte van het verijdelde bomplot is nog voortvluchtig. Wie doet de "
     "woordvoering?", True),
    ("Een verslaggever vraagt naar de man die vorig jaar dreigde de moskee te beschadigen; hij "
     "is veroordeeld. Wie helpt met de woordvoering?", False),
    # a case told as open in other words (held-out round 585-592)
    ("Persvraag: de maker van de dreigvideo is nog onbekend en de beveiliging is nog niet "
     "afgeschaald. Wat zeggen we?", True),
    ("Een journalist vraagt naar de jongen die naar Syrië is vertrokken en nu nog onderweg is. "
     "Wie doet de woordvoering?", True),
    ("De recherche sluit niet uit dat er meer verdachten van de aanslag rondlopen; de pers "
     "belt. Wie helpt met de woordvoering?", True),
    ("Een journalist vraagt naar de jongen die vorig jaar naar Syrië is vertrokken. Wie doet de "
     "woordvoering?", False),
    # held-out round 601-608: helpers nowhere found, a threat not yet lifted
    ("Een man die een aanslag voorbereidde is aangehouden, maar zijn twee helpers zijn nergens "
     "te vinden. De pers belt: wie helpt met de woordvoering?", True),
    ("Er is een dreiging tegen de moskee die nog niet is opgeheven; journalisten bellen. Hoe "
     "stemmen we de woordvoering af?", True),
]  # fmt: skip


# (text, acute): a departure told by its parts, not its words (held-out round 601-608); and
# "gevlucht" of refugees is no one escaping.
DEPARTURES: list[tuple[str, bool]] = [
    ("Hij vertrekt zonder retourticket en met een legeruniform in zijn tas. Wie moet ik "
     "inlichten?", True),
    ("Hij werd vorig jaar op Schiphol tegengehouden en zoekt nu weer vliegtickets naar Istanbul. "
     "Is dit iets voor de politie?", True),
    ("Haar ouders zijn gevlucht uit Afghanistan; klasgenoten noemen haar een terrorist. Hoe "
     "pakken wij dit als school aan?", False),
]  # fmt: skip


@pytest.mark.parametrize(("text", "acute"), DEPARTURES)
def test_a_departure_told_by_its_parts_is_acute(
    router: routing.Router, text: str, acute: bool
) -> None:
    """A journey without return and with kit, or one stopped before and prepared again."""
    assert router.route(text).acute is acute


@pytest.mark.parametrize(("text", "acute"), STILL_FREE)
def test_a_threat_whose_maker_is_still_free_is_acute(
    router: routing.Router, text: str, acute: bool
) -> None:
    """A press question about an open threat goes to the police first; a closed one does not."""
    result = router.route(text)
    assert result.acute is acute
    if acute:
        assert result.routes[0].contact.id == "police"


# (text, acute, type): a case that is over, in a question for family support or expertise, is
# no acute case; a departure still to come keeps it open.
OVER_IN_SUPPORT: list[tuple[str, bool, str]] = [
    ("Mijn neef werd vorig jaar op Schiphol tegengehouden toen hij naar Syrië wilde; hij zit "
     "inmiddels vast. Waar kan onze familie steun krijgen?", False, "family_support"),
    ("Mijn neef zit inmiddels vast, maar zijn broer wil volgende week naar Syrië. Waar kan "
     "onze familie steun krijgen?", True, "travel_or_threat"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "acute", "question_type"), OVER_IN_SUPPORT)
def test_a_case_that_is_over_is_not_acute_in_a_question_for_support(
    router: routing.Router, text: str, acute: bool, question_type: str
) -> None:
    """`resolved` words close a case in a question for support too, not only in a press one."""
    result = router.route(text)
    assert (result.acute, result.question_type) == (acute, question_type)
