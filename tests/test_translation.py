"""A German question is read a second time in Dutch, and only ever made acute by it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

import routing

GERMAN = "rules/german.yaml"

# German questions that the German terms alone left calm (held-out set 2826, written after the
# rules; and one of set 2818), read in Dutch: acute, with the police.
CAUGHT: list[str] = [
    "mein bruder will nach syrien zum IS, er sagt er geht am freitag. bitte hilfe was machen wir",
    "Verdacht auf Ausreise nach Syrien: Ein junger Mann aus unserem Ort hat seinen Job "
    "gekündigt, sein Auto verkauft und sagt, er fährt 'nächste Woche runter'. Wen informieren "
    "wir?",
    "Mein Schwager sammelt im Keller Kanister, Nägel und Kabel und redet davon, dass 'die "
    "Ungläubigen auf dem Weihnachtsmarkt es bald merken'. Ich habe Angst. Wen muss ich anrufen?",
    # Round 3073-3080. (Round 2833-2840's van driven into the Christmas market crowd stood
    # here; since round 3089-3096 a combination of its own reads it in German.)
    "Inobhutnahme Heinsberg, 14:10. Mädchen, 17, wohnhaft Brunssum. Flug heute Abend ab "
    "Düsseldorf. Will einen Mann heiraten, den sie nur online kennt, 'dort unten, wo gekämpft "
    "wird'. Wer übernimmt NL?",
    "hallo hier polizei, dringend!! eine junge frau aus eurer gemeinde hat ihrer schwester "
    "geschrieben sie sitzt im bus richtung türkische grenze und will dort einen kämpfer "
    "heiraten, handy geht gleich aus. wen rufen wir in NL an",
    "jugendarbeiter: einer aus meiner gruppe sagt er macht beim stadtfest am samstag 'was "
    "grosses, dass es alle sehen'. hat sich videos angeguckt wie man sprengsaetze baut. sofort "
    "handeln?",
    # Typed without umlauts (held-out set 2840): "ueber", "tuerkei", "kaempfen".
    "ey mein cousin redet seit tagen davon dass er ueber die tuerkei rueber will um da unten zu "
    "kaempfen, pass hat er, flug geht diese woche. bitte schnell",
    "Der Bürgermeister hat gerade einen amtlichen Bericht erhalten, wonach ein junger Mann aus "
    "unserer Gemeinde in Kürze 'zu seinen Brüdern im Süden' aufbrechen will. Wen schalten wir "
    "ein?",
    # A report denied hides no departure (set 2848): "KEIN" undoes the report, not the travel.
    "Wir haben KEIN Amtsbericht bekommen, aber der Wijkagent vermutet, dass ein Mann aus "
    "unserem Viertel in den naechsten Tagen ausreisen will, um zu kaempfen. Was machen wir "
    "jetzt?",
]

# German questions that stay calm: the words the file leaves out on purpose, negations that
# reach past a capital, statements that it is not acute, and Dutch or Frisian texts that are
# not read in translation at all.
CALM: list[tuple[str, str]] = [
    (
        "Ich habe ein Attentat auf dich vor: Könntest du am Samstag meine Schicht im Vereinsheim "
        "übernehmen?",
        "unknown",
    ),
    (
        "Der Anschlag meines Klaviers ist viel zu schwer geworden. Kann ein Klavierstimmer das "
        "einstellen?",
        "unknown",
    ),
    (
        "Signal, nicht akut: Eine Bibliothekarin hat gesehen, wie ein Stammbesucher immer wieder "
        "dschihadistische Propaganda ausdruckt. Keine Drohung. Wem melden wir das?",
        "radicalisation_signal",
    ),
    (
        "Guten Tag, die Stadt Emmerich meldet: Ein Mitarbeiter unseres Bauhofs verbreitet seit "
        "Wochen Hass gegen Juden und hat sich einer rechtsextremen Gruppe angeschlossen. Eine "
        "akute Gefahr sehen wir nicht. Wie gehen wir mit diesem Signal um?",
        "radicalisation_signal",
    ),
    (
        "Sehr geehrte Damen und Herren, ein Zollbeamter hat bei einer Routinekontrolle einen "
        "Einwohner Ihrer Gemeinde mit umfangreichem rechtsextremem Propagandamaterial "
        "angetroffen. Waffen wurden nicht gefunden, Anhaltspunkte für eine Gefahr bestehen "
        "nicht. Wie geht Ihre Gemeinde mit einem solchen Signal um?",
        "radicalisation_signal",
    ),
    (
        "wie organisiren andre gemeinden ihre präventive aufstellung gegen radikalisirung? wir "
        "sind klein und haben kaum kapazität, akut ist nix",
        "prevention",
    ),
]


@pytest.mark.parametrize("text", CAUGHT)
def test_a_german_question_acute_in_dutch_is_acute(router: routing.Router, text: str) -> None:
    """Read in Dutch, the German question is acute, goes to the police, and says why."""
    result = router.route(text)
    assert result.acute
    assert "police" in [route.contact.id for route in result.routes]
    assert result.trace.text is not None
    assert result.trace.text.read_in == "Duits"
    assert "in het Duits geschreven" in result.explanation


# German questions that their own words leave off the subject, and that the second reading
# puts on it, with the right type (held-out sets 2810 and 2818).
TYPED: list[tuple[str, str]] = [
    # Since the broader word list (2026-12-07, night) its Dutch words give it its type, which
    # its German words left off the subject: "hilft Schulen" reads "helpt scholen".
    (
        "Im Berufskolleg eskaliert der Streit zwischen kurdischen und türkischen Schülern. Keine "
        "Waffen, nichts Akutes. Welche Stelle hilft Schulen bei so etwas?",
        "school_question",
    ),
    (
        "Der Minister hat den Reisepass eines Einwohners für ungültig erklärt. Wer hilft uns beim "
        "Einziehen des Passes und bei der Registrierung?",
        "passport_measure",
    ),
    (
        "Es gibt keinen Hinweis auf Reisepläne oder Gewalt, aber ein Schüler der Oberstufe hat in "
        "einem Aufsatz sehr extreme Ansichten über die Demokratie geschrieben. Muss die Schule "
        "etwas melden, und an wen?",
        "school_question",
    ),
    # It says it is not acute ("geen acute"), so its Dutch words give it a type, not a danger.
    (
        "Keine akute Gefahr, nur zur Klärung: Vor einigen Monaten gab es Hinweise, dass ein "
        "junger Mann aus Kerkrade nach Syrien ausreisen wollte. Er ist noch hier, und die Lage "
        "ist nach Auskunft der Polizei ruhig.",
        "travel_or_threat",
    ),
]


@pytest.mark.parametrize(
    ("text", "question_type", "read_in"),
    [(text, kind, None) for text, kind in CALM] + [(text, kind, "Duits") for text, kind in TYPED],
)
def test_a_calm_german_question_stays_calm(
    router: routing.Router, text: str, question_type: str, read_in: str | None
) -> None:
    """Calm either way: typed by its own words or, where they leave it off the subject, in Dutch."""
    result = router.route(text)
    assert (result.acute, result.question_type) == (False, question_type)
    assert result.trace.text is not None
    assert result.trace.text.read_in == read_in
    said = "woord voor woord in het Nederlands gelezen" in result.explanation
    assert said == (read_in is not None)


@pytest.mark.parametrize(
    ("words", "dutch"),
    [
        (
            ["schueler", "grosses", "fuer"],
            {"schueler": "leerling", "grosses": "groots", "fuer": "voor"},
        ),
        (["neue", "steuer", "feuer"], {}),
        (["übermorgen", "kampfen"], {"kampfen": "vechten"}),
    ],
)
def test_a_word_typed_without_umlauts_is_read_as_the_files_word(
    router: routing.Router, words: list[str], dutch: dict[str, str]
) -> None:
    """A bare "ue" is read as "ü" only where that makes a word of the file: not in "neue"."""
    translation = router.rule_base.vocabulary.translation
    assert translation is not None
    assert translation.dutch(words) == dutch


def test_a_german_word_explained_away_is_not_read_again_in_dutch(router: routing.Router) -> None:
    """An except of the German reading holds for the Dutch one: fireworks stay fireworks.

    "Sprengstoff" is explained away by "zählt das ... als Sprengstoff"; read word by word, it
    would be "explosieven", a threat's word that no except of the Dutch reading covers.
    """
    text = (
        "Darf ich Silvesterböller aus Deutschland mitnehmen, oder zählt das in den Niederlanden "
        "als Sprengstoff?"
    )
    result = router.route(text)
    assert (result.acute, result.question_type) == (False, "unknown")
    assert result.trace.text is not None
    assert result.trace.text.read_in is None
    assert [word.fact for word in result.trace.text.excepted] == ["terrorist_threat"]


def test_a_german_text_that_denies_being_acute_is_typed_but_not_acute(
    router: routing.Router,
) -> None:
    """Its Dutch reading gives travel, with the police; its own words keep it from acute."""
    result = router.route(TYPED[-1][0])
    assert (result.question_type, result.acute) == ("travel_or_threat", False)
    assert result.routes[0].contact.id == "police"
    assert "De vraag zegt zelf dat het niet acuut is" in result.explanation


def test_a_german_text_that_calls_its_case_past_keeps_that_statement_in_its_trace(
    router: routing.Router,
) -> None:
    """A calm statement with a past case ("vor einem halben Jahr") still lets Dutch give a type.

    The first reading's statement clears the case, so nothing German sets a fact; the Dutch
    reading then gives travel, not acute, and the trace names the German words that said so.
    """
    text = (
        "Nicht akut, keine unmittelbare Gefahr: Vor einem halben Jahr hatten wir den Verdacht, "
        "dass ein Mann nach Syrien ausreisen wollte. Er ist noch hier. Wer ist zuständig?"
    )
    result = router.route(text)
    assert (result.question_type, result.acute) == ("travel_or_threat", False)
    assert [route.contact.id for route in result.routes] == ["police"]
    assert result.trace.text is not None
    calm = result.trace.text.calm
    assert calm is not None
    assert text[calm.start : calm.end] == "Nicht akut"
    assert result.trace.text.read_in == "Duits"


@pytest.mark.parametrize(
    ("words", "dutch"),
    [
        # "zu" before an article or a possessive goes somewhere; before a verb it is "te".
        (["zu", "den", "kampfern", "zu", "gehen"], ["naar", "de", "strijders", "te", "gaan"]),
        (["um", "zu", "kampfen"], ["om", "te", "vechten"]),
        (["zu", "ihrem", "mann"], ["naar", "haar", "man"]),
        # The last word has no word after it.
        (["es", "ist", "zu"], ["het", "is", "te"]),
    ],
)
def test_a_word_is_read_by_the_word_after_it(
    router: routing.Router, words: list[str], dutch: list[str]
) -> None:
    """A word of `before` means its Dutch word there only before one of its words."""
    translation = router.rule_base.vocabulary.translation
    assert translation is not None
    assert translation.in_dutch(words) == dutch


def test_the_evidence_points_at_the_german_words(router: routing.Router) -> None:
    """The Dutch terms met in translation quote the German words where they stand."""
    text = CAUGHT[0]
    result = router.route(text)
    assert result.trace.text is not None
    quoted = {text[hit.start : hit.end] for hit in result.trace.text.words}
    assert "will nach syrien" in quoted


@pytest.mark.parametrize(
    "text",
    [
        # Dutch with German-looking words: "die", "in", "was" are Dutch too, and no cue.
        "Die jongen die in Syrië was, is terug. Hoe stemmen we de woordvoering af met de pers?",
        # A Dutch question that quotes three German words is still Dutch.
        "Een leerling riep 'und jetzt nicht' in de klas; hoe gaan we daarmee om als school?",
    ],
)
def test_a_dutch_text_is_not_read_in_translation(router: routing.Router, text: str) -> None:
    """Too few of the words are German cues: the text is read once, as Dutch."""
    translation = router.rule_base.vocabulary.translation
    assert translation is not None
    assert not translation.recognises(routing._text.tokenize(text).words)


def test_without_the_file_german_is_read_by_its_own_terms_alone(shipped_copy: Path) -> None:
    """The translation is a rule file: without it, the same question is not acute."""
    (shipped_copy / GERMAN).unlink()
    router = routing.Router(
        data=shipped_copy / "data" / "contacts.yaml", rules=shipped_copy / "rules"
    )
    assert router.rule_base.vocabulary.translation is None
    assert not router.route(CAUGHT[0]).acute


# (old snippet, new snippet, exact message after the file's path)
ERRORS: list[tuple[str, str, str]] = [
    (
        "  nach: naar\n",
        "  nach: naar toe\n",
        "words.nach: has 'naar toe'; write one word, letters and digits only: a text "
        "is translated word by word",
    ),
    (
        "  nach: naar\n",
        "  nach: nach\n",
        "words.nach: reads 'nach' as itself; list only words that Dutch spells "
        "otherwise (a word left out is read as it stands)",
    ),
    (
        "    means: naar\n",
        "    means: naar toe\n",
        "before.zu.means: has 'naar toe'; write one word, letters and digits only: a text is "
        "translated word by word",
    ),
    (
        "    means: naar\n",
        "    means: naar\n    when: [dem]\n",
        "field 'before.zu.when': is not a known key; a translation file has kind, "
        "schema_version, language, cues, min_cues, min_share, words, before; each word under "
        "before has means, words",
    ),
    (
        "  - ich\n",
        "  - ich bin\n",
        "cues[0]: has 'ich bin'; write one word, letters and digits only: a text is "
        "translated word by word",
    ),
]


@pytest.mark.parametrize(("old", "new", "message"), ERRORS)
def test_a_broken_translation_file_says_what_to_fix(
    edit: Callable[[str, str, str], Path], old: str, new: str, message: str
) -> None:
    """Each mistake in the file is refused with the entry it is in and what to write."""
    path = edit(GERMAN, old, new)
    with pytest.raises(routing.RuleError) as caught:
        routing.Router(data=path.parent.parent / "data" / "contacts.yaml", rules=path.parent)
    assert str(caught.value) == f"{path}: {message}"


def test_a_second_translation_file_is_refused(shipped_copy: Path) -> None:
    """A text is read in one other language; a second file names the first."""
    first = shipped_copy / GERMAN
    second = shipped_copy / "rules" / "zz_german.yaml"
    second.write_text(first.read_text(encoding="utf-8"), encoding="utf-8")
    with pytest.raises(routing.RuleError) as caught:
        routing.Router(data=shipped_copy / "data" / "contacts.yaml", rules=shipped_copy / "rules")
    assert str(caught.value) == (
        f"{second}: is a second translation file beside {first}; keep one, for a text is read "
        "in one other language"
    )
