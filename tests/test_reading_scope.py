"""How far a reading reaches: a word's sense through a text, a combination within a paragraph.

Added with held-out round 577-584, whose long letters and look-alikes showed both. The table of
texts whose sense an except keeps is `ACUTE` in test_text.py, beside a case still open in a
press question; a case over in a question for support is in its `ROUTES`.
"""

from __future__ import annotations

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


def test_the_evidence_of_a_combination_stays_in_its_paragraph(router: routing.Router) -> None:
    """A word of a combination in another paragraph than the one it is whole in is not shown."""
    text = "Geachte heer,\n\nDe moskee is mooi.\n\nHij schreef over de moskee: pas maar op."
    evidence = router.route(text).trace.text
    assert evidence is not None
    assert [(w.start, text[w.start : w.end]) for w in evidence.words] == [
        (text.rindex("moskee"), "moskee"),
        (text.index("pas maar op"), "pas maar op"),
    ]
