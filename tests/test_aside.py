"""A matter the writer sets aside ("dat laat ik aan de woordvoerder") does not pick the row."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

import routing
from routing._text import tokenize

# (text, question type, acute, [(ignored word, its aside cue)])
ASIDE: list[tuple[str, str, bool, list[tuple[str, str]]]] = [
    # the press, handed on in the same sentence: the aside's clause runs on to the comma or end
    ("Een familie vraagt ondersteuning omdat hun zoon ernstig radicaliseert. Er kwam ook een "
     "vraag van de lokale krant, die laat ik aan de woordvoerder. Waar kan ik de familie "
     "naartoe verwijzen?", "family_support", False,
     [("krant", "die laat ik aan"), ("woordvoerder", "die laat ik aan")]),
    # an aside that opens its sentence sets aside the sentence before it
    ("Kleine vraag eerst: moeten persvragen over ons beleid via mij of via communicatie? Dat "
     "zoek ik intern wel uit. Mijn eigenlijke vraag: hoe bouwen we een preventief netwerk op "
     "met wijkteams en onderwijs?", "prevention", False,
     [("persvragen", "Dat zoek ik intern wel uit"),
      ("communicatie", "Dat zoek ik intern wel uit")]),
    # a relative set aside: the asker too
    ("Onze moskeebesturen voelen zich na de debatten in de raad gewantrouwd. Daarnaast vroeg "
     "een moeder me iets over haar zoon, maar die heb ik al doorverwezen. Hoe bouwen we als "
     "gemeente vertrouwen op met religieuze gemeenschappen?", "prevention", False,
     [("haar zoon", "die heb ik al doorverwezen")]),
    # English
    ("Quick context first: our communications team is drafting a statement about the "
     "protests, so that part is covered. My actual question: tensions between two communities "
     "are rising and we want expert advice on facilitated conversations.",
     "prevention_expertise", False,
     [("communications", "that part is covered"), ("statement", "that part is covered")]),
    # the matter after the aside's clause stands: only what comes before a comma is set aside
    ("Een journalist belde over ons beleid, maar dat komt later, eerst moet de woordvoering "
     "met de NCTV worden afgestemd.", "communications", False,
     [("journalist", "dat komt later")]),
    # a negation that reaches the aside word sets nothing aside
    ("Een journalist belde over ons beleid, en het is niet zo dat die laat ik aan de "
     "woordvoerder. Wie adviseert ons over een lokale preventieve aanpak?", "communications",
     False, []),
    # nothing set aside where the aside word stands in another sentence than the matter
    ("Een journalist belde over ons beleid; het is zo dat that part is covered. Wie adviseert "
     "ons over een lokale preventieve aanpak?", "communications", False, []),
    # the writer's own ask sets aside the sentences before it
    ("Over de paspoortmaatregel van vorig jaar hebben we het dossier gesloten. Waar ik "
     "eigenlijk voor mail: we willen als drie gemeenten één preventieve aanpak van "
     "radicalisering. Hoe richten we dat in?", "prevention", False,
     [("paspoortmaatregel", "Waar ik eigenlijk voor mail")]),
    # but not the asker: a teacher who names the real question still asks as a school
    ("Ik ben docent op een mbo. Mijn eigenlijke vraag: hoe praten we in de klas over de "
     "spanningen rond de oorlog?", "school_question", False, []),
    # an aside and an ask together
    ("Onze jongerenwerker vraagt iets over een buurthuisactiviteit, dat regel ik zelf. Maar "
     "waar ik eigenlijk voor mail: een docent op het mbo merkt dat studenten extreemrechtse "
     "memes delen en wil weten hoe hij daarop reageert.", "school_question", False,
     [("jongerenwerker", "dat regel ik zelf")]),
    # "waar ik mee zit" names the real question too (held-out set 825)
    ("Bibliothecaris hier. De nieuwe openingstijden zijn al gecommuniceerd. Waar ik mee zit: "
     "een vaste bezoeker print hier dagelijks propaganda van een jihadistische groep. Aan wie "
     "geef ik dit door?", "radicalisation_signal", False,
     [("gecommuniceerd", "Waar ik mee zit")]),
    # travel before the ask stays: only the press is set aside
    ("Een journalist belde over de jongen die morgen naar Syrië vertrekt. Mijn eigenlijke "
     "vraag: hoe stemmen we de woordvoering af?", "travel_or_threat", True,
     [("journalist", "Mijn eigenlijke vraag")]),
    # travel is never set aside: the police go first whatever the writer hands on
    ("Een jongen uit onze wijk vertrekt morgen naar Syrië, daar gaat de politie over. Mijn "
     "vraag gaat alleen over de woordvoering: met wie stemmen we af?", "travel_or_threat", True,
     []),
    ("De lokale krant wil publiceren dat een inwoner die werd opgepakt voor het voorbereiden "
     "van een aanslag een handlanger had die nog vrij rondloopt. De familie van de verdachte "
     "vraagt ook om bescherming, maar dat is een andere lijn. Wie helpt bij de woordvoering?",
     "travel_or_threat", True,
     [("familie", "dat is een andere lijn")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "question_type", "acute", "undone"), ASIDE)
def test_a_matter_set_aside_does_not_pick_the_row(
    router: routing.Router,
    text: str,
    question_type: str,
    acute: bool,
    undone: list[tuple[str, str]],
) -> None:
    """An `aside` word undoes the words of its listed facts in the matter it sets aside.

    They show as ignored with the aside word as cue, and the rest of the text picks the row.
    Travel and threats are never set aside.
    """
    result = router.route(text)
    evidence = result.trace.text
    assert evidence is not None
    assert (result.question_type, result.acute) == (question_type, acute)
    aside = [w for w in evidence.negated if w.cue_kind == "aside"]
    assert [(text[w.start : w.end], text[w.cue_start : w.cue_end]) for w in aside] == undone


def test_words_set_aside_still_put_the_question_on_the_subject(router: routing.Router) -> None:
    """An aside takes facts away, not the subject, as a `general` word does.

    With every fact set aside, the question is row 1 (prevention), not `unknown`.
    """
    text = "De pers belt over de radicaliserende jongen, dat laat ik aan de woordvoerder."
    result = router.route(text)
    assert result.question_type == "prevention"
    evidence = result.trace.text
    assert evidence is not None
    assert [(w.fact, text[w.start : w.end], w.cue_kind) for w in evidence.negated] == [
        ("communications", "pers", "aside"),
        ("radicalisation_signal", "radicaliserende", "aside"),
        ("communications", "woordvoerder", "aside"),
    ]


# (text, the first word of the aside cue, the words it sets aside)
SCOPES: list[tuple[str, str, str]] = [
    ("de pers belde, maar dat laat ik aan de woordvoerder. mijn vraag",
     "dat", "de pers belde maar dat laat ik aan de woordvoerder"),
    ("mijn vraag eerst: moeten persvragen via mij? dat zoek ik wel uit. verder",
     "dat", "moeten persvragen via mij dat zoek ik wel uit"),
    ("de pers belde, maar dat komt later, eerst de woordvoering",
     "dat", "de pers belde maar dat komt later"),
    ("dat komt later. de pers belde",
     "dat", "dat komt later"),
    ("a; b c (d dat komt later) e",
     "dat", "b c d dat komt later"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "cue", "scope"), SCOPES)
def test_what_an_aside_sets_aside(text: str, cue: str, scope: str) -> None:
    """An aside sets aside its sentence up to the end of its clause, and more where it opens.

    A sentence ends at `.;:!?`, a clause at `,` or a bracket too; where the aside opens its
    sentence, the sentence before is set aside too.
    """
    tokens = tokenize(text)
    first = tokens.words.index(cue)
    start, end = tokens.set_aside(first, first + 3)
    assert " ".join(tokens.words[start:end]) == scope


# (text, acute): a calm statement clears a threat only where a `when` word stands in the
# threat's own clause.
KEEPS: list[tuple[str, bool]] = [
    ("Het is niet acuut: geen concrete plannen om uit te reizen, maar hij dreigt de "
     "burgemeester te onthoofden.", True),
    ("Dit is uitdrukkelijk niet acuut: de dreigbrief aan ons raadslid is van twee jaar "
     "geleden en de dader zit vast. Wie hadden we toen moeten bellen?", False),
]  # fmt: skip


@pytest.mark.parametrize(("text", "acute"), KEEPS)
def test_a_calm_statement_clears_a_threat_only_in_its_own_clause(
    edit: Callable[[str, str, str], Path], shipped_copy: Path, text: str, acute: bool
) -> None:
    """`calm.keeps` keeps a threat acute unless a `when` word stands in the threat's clause.

    Without `keeps` (as the loader read the file until 2026-12-01), both are calm.
    """
    result = routing.route(text)
    assert (result.question_type, result.acute) == ("travel_or_threat", acute)
    edit("rules/lexicon.yaml", "  keeps: [terrorist_threat]\n", "  keeps: []\n")
    router = routing.Router(
        data=shipped_copy / "data" / "contacts.yaml", rules=shipped_copy / "rules"
    )
    assert router.route(text).acute is False
