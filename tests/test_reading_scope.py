"""How far a reading reaches: a word's sense through a text, a combination within a paragraph.

Added with held-out round 577-584, whose long letters and look-alikes showed both. The table of
texts whose sense an except keeps is `ACUTE` in test_text.py, beside a case still open in a
press question; a case over in a question for support is in its `ROUTES`.
"""

from __future__ import annotations

import pytest

import routing


def _threat_words(router: routing.Router, text: str) -> list[str]:
    evidence = router.route(text).trace.text
    assert evidence is not None
    return [text[w.start : w.end] for w in evidence.words if w.fact == "terrorist_threat"]


def test_the_evidence_shows_no_threat_word_that_one_sense_explained(
    router: routing.Router,
) -> None:
    """Neither "aanslag" of the tax letter is shown as a threat, nor counted as one."""
    text = "Ik maak bezwaar tegen de aanslag gemeentelijke belastingen. De aanslag is te hoog."
    assert _threat_words(router, text) == []
    assert router.route(text).question_type == "unknown"


LETTER_APART = (
    "Geachte heer,\n\nEen bezoeker noemde de moskee.\n\nHij schreef: pas maar op.\n\n"
    "Met vriendelijke groet"
)
LETTER_TOGETHER = "Geachte heer,\n\nEen bezoeker schreef over de moskee: pas maar op.\n\nGroet"


def test_a_combination_is_whole_only_within_one_paragraph(router: routing.Router) -> None:
    """A target and a menace in two paragraphs of a letter set no threat; in one they do.

    A long letter names a mosque in one matter and "volgende keer" in another; a blank line
    keeps them apart. Words in one paragraph still combine, across sentences too.
    """
    assert _threat_words(router, LETTER_APART) == []
    assert _threat_words(router, LETTER_TOGETHER) == ["moskee", "pas maar op"]
    assert _threat_words(router, LETTER_APART.replace("\n\n", " ")) == ["moskee", "pas maar op"]


@pytest.mark.parametrize(
    ("between", "threat"),
    [(29, ["moskee", "pas maar op"]), (30, []), (60, [])],
)
def test_a_threat_combination_reaches_thirty_words(
    router: routing.Router, between: int, threat: list[str]
) -> None:
    """A target and a menace in one paragraph combine only within 30 words of each other.

    Long calm letters name a stadium, a derby and "een vervelende lading" far apart (held-out
    round 1393-1400); a threat names its target and its menace close together.
    """
    text = "Een bezoeker noemde de moskee " + " ".join(["en"] * between) + " pas maar op."
    assert _threat_words(router, text) == threat


def test_the_evidence_of_a_combination_stays_in_its_paragraph(router: routing.Router) -> None:
    """A word of a combination in another paragraph than the one it is whole in is not shown."""
    text = "Geachte heer,\n\nDe moskee is mooi.\n\nHij schreef over de moskee: pas maar op."
    evidence = router.route(text).trace.text
    assert evidence is not None
    assert [(w.start, text[w.start : w.end]) for w in evidence.words] == [
        (text.rindex("moskee"), "moskee"),
        (text.index("pas maar op"), "pas maar op"),
    ]


# A denial of a list reaches its every item; a comma before a clause still ends it. Each row:
# text, whether it is acute. Added with held-out round 849-856, from the long letters of sets
# 784, 796, 813 and 833, where "geen plannen, data of wapens gezien" was a false alarm.
LISTS = [
    ("Er zijn geen concrete plannen, data of wapens gezien.", False),
    ("Er is geen sprake van uitreis, dreiging of een andere acute situatie.", False),
    ("We hebben geen lopende casussen rond terrorisme, uitreis of extremistische dreiging.",
     False),
    ("Uitreis, dreiging of wapens zijn niet gezien.", False),
    # The comma before a clause: three words before its "of".
    ("Hij heeft geen paspoort, wil naar Syrië of Irak.", True),
    # A list that runs on into a clause is none.
    ("Hij heeft geen paspoort, vertrekt morgen of overmorgen naar Syrië om te vechten.", True),
    # What stands after the list is beyond its reach.
    ("Geen wapens, bommen of explosieven gevonden, maar hij plant volgende week een aanslag "
     "op de markt.", True),
    ("Er is geen sprake van geweld, dreiging of uitreis. Hij vertrekt morgen naar Syrië om te "
     "vechten.", True),
    # A subject after the list starts the main clause: no list's end (found by the review).
    ("Zonder geld, papieren of ouders vertrekt hij morgen naar Syrië.", True),
    ("Hij heeft geen werk, vrienden of hoop meer en wil een aanslag plegen op het station.",
     True),
    # A list without a comma: its join carries the denial as far as a comma's would (round
    # 1961-1968), but not an "of" that asks whether, before a subject.
    ("Er is in ons dorp geen sprake van uitreis of van enige dreiging.", False),
    ("Het maakt niet uit of hij morgen of overmorgen naar Syrië vertrekt, hij gaat.", True),
    ("Er is geen sprake van uitreis of dreiging wel van een plan om zaterdag de moskee op te "
     "blazen.", True),
]  # fmt: skip


@pytest.mark.parametrize(("text", "acute"), LISTS)
def test_a_denial_reaches_every_item_of_its_list(
    router: routing.Router, text: str, acute: bool
) -> None:
    """A denial of "X, Y of Z" reaches Z; a comma before a clause or a run-on clause ends it."""
    assert router.route(text).acute is acute


# A word keeps the sense an except gives it through the text, in its other forms too, unless
# a word of a threat's combination or a person stands beside it. Each row: text, whether it is
# acute.
# Added with held-out round 849-856.
SENSES = [
    # "bommetje" of the pool, then "bommen" and "bom": one game.
    ("Stratego-toernooi in de bibliotheek: mag een speler zijn bommen na de opstelling nog "
     "verplaatsen, en kan de mineur een bom echt onschadelijk maken?", False),
    ("Mijn kleindochter wil in het zwembad steeds een bommetje maken tijdens het "
     "seniorenzwemmen. Mogen die bommen als wij baantjes trekken?", False),
    # Beside a target the word may be the other sense: found by the review of this round, the
    # same word was explained away before ("een bom van energie", then "met een bom bij de
    # moskee").
    ("Mijn zus is een bom van energie. Daarna zag ik de buurman met een bom bij de moskee.",
     True),
    ("Mijn dochter deed een bommetje in het zwembad. Daarna zag ik de buurman met bommen bij "
     "de moskee.", True),
    ("Mijn dochter deed een bommetje in het zwembad. Mijn buurman zegt dat hij bommen gaat "
     "leggen bij de moskee.", True),
    # Nor beside a person ("hij", "mijn zoon"), nor where a phrase says what is done with it.
    ("Het feest was echt bom. Later liet hij ons een bom zien die hij zelf had gemaakt.", True),
    ("Het familiewapen hangt in de gang. Mijn zoon heeft wapens onder zijn bed.", True),
    ("De vergadering was explosief. Mijn buurman heeft explosieven in zijn schuur.", True),
    ("We deden bommetjes in het zwembad. De buurman maakt bommen in zijn garage.", True),
    ("Onze spits is een echte bom. De buurjongen heeft een bom in zijn rugzak.", True),
    ("Kalkaanslag overal in huis. Mijn zoon praat over een aanslag op het station.", True),
    ("Onze keeper is de terrorist van het strafschopgebied. Mijn buurman is een terrorist en "
     "wil mensen doden.", True),
]  # fmt: skip


@pytest.mark.parametrize(("text", "acute"), SENSES)
def test_a_word_keeps_its_sense_in_its_forms_unless_a_target_stands_beside_it(
    router: routing.Router, text: str, acute: bool
) -> None:
    """An except's sense carries to other forms; not to a bomb at a mosque or beside a person."""
    assert router.route(text).acute is acute


# A form's field: text, whether it is acute, and the words negated with their cue. Added with
# held-out set 1175 (memos and tickets), which had 65 of its 79 calm questions marked acute
# through "Acuut: nee".
FIELDS: list[tuple[str, bool, list[tuple[str, str]]]] = [
    ("Onderwerp: netwerk\nAcuut: nee\nVraag: wie coördineert de radicaliseringspreventie?",
     False, [("Acuut", "nee")]),
    ("Urgentie: laag\nAcuut: n.v.t.\nVraag: wie coördineert de radicaliseringspreventie?",
     False, [("Acuut", "n.v.t")]),
    ("Subject: press\nAcute: no\nQuestion: who helps with the press line on polarisation?",
     False, [("Acute", "no")]),
    # a field that ends a message, after its last sentence (held-out set 1175)
    ("Een buurman meldt een vlag van een extremistische groep. Waar moet dit heen? acuut: nee",
     False, [("acuut", "nee")]),
    # fields on one line, apart by "|" or " / " (held-out set 1194)
    ("Klantvraag: wie coördineert de radicaliseringspreventie? | Acuut: nee | Status: open",
     False, [("Acuut", "nee")]),
    ("Ticket 4471 / Klantvraag: netwerk radicaliseringspreventie / Acuut: nvt / Terugbel: ja",
     False, [("Acuut", "nvt")]),
    # a form's question, answered by the rest of its line (held-out set 1202); not an answer
    # that goes on, nor one left out
    ("Is er sprake van direct gevaar? nee\nUw vraag: wie helpt ons met het beleid tegen "
     "radicalisering?", False, [("direct gevaar", "nee")]),
    ("Gaat hij een aanslag plegen? Nee, zegt hij, maar ik geloof hem niet.", True, []),
    ("Is er sprake van direct gevaar?\nUw vraag: wie helpt ons met het beleid tegen "
     "radicalisering?", True, []),
    # a value its writer calls empty (held-out set 1186)
    ("Omschrijving: wie helpt ons met het beleid tegen radicalisering?\nAcuut: leeg", False,
     [("Acuut", "leeg")]),
    # a value that doubts or does not rule out, or an abbreviation that only starts like
    # "n.v.t." ("n.a.v."), leaves the label standing
    ("Dreiging: geen idee of het serieus is\nVraag: wie neemt dit op?", True, []),
    ("Uitreis: niet uitgesloten\nVraag: wie neemt dit op?", True, []),
    ("Dreiging: n.a.v. de brief van gisteren\nVraag: wie neemt dit op?", True, []),
    # a value that says yes, or none at all, leaves the label standing
    ("Acuut: ja\nVraag: wie coördineert de radicaliseringspreventie?", True, []),
    ("Acuut:\nVraag: wie coördineert de radicaliseringspreventie?", True, []),
    # the value answers its label only: the rest of the line is read as any text
    ("Acuut: nee, maar hij vertrekt morgen naar Syrië om te vechten.", True, [("Acuut", "nee")]),
    # no label: not at the start of a line, or longer than three words
    ("De pers vraagt of het acuut is: nee.", True, []),
    ("Vraag van de wijkagent of acuut: nee", True, []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "acute", "negated"), FIELDS)
def test_a_fields_value_that_says_no_negates_its_label(
    router: routing.Router, text: str, acute: bool, negated: list[tuple[str, str]]
) -> None:
    """A field's value that says no negates its label across the colon ("Acuut: nee").

    "Acuut: ja", or an empty value, leaves the label standing.
    """
    result = router.route(text)
    evidence = result.trace.text
    assert evidence is not None
    shown = [(text[w.start : w.end], text[w.cue_start : w.cue_end]) for w in evidence.negated]
    labels = ("acu", "dreig", "uitreis", "direct", "aanslag")
    assert (result.acute, [pair for pair in shown if pair[0].lower().startswith(labels)]) == (
        acute,
        negated,
    )
