"""The ten points of the one-pager: which points go with which question, and broken files.

Read the table of expected points next to the one-pager: a radicalisation signal gets the case
consultation (8), the person-centred approach (9) and the circle around the person (10); a
prevention question what a municipality should have in place (1-7); and so on.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from routing import DataError
from routing._advice import advice_for, default_points_file, load_points
from routing._models import AdvicePoint
from routing._rulebase import default_data_file
from routing._table import Table, load_table

ROOT = Path(__file__).resolve().parents[1]
POINTS = "data/points.yaml"
#: The one-pager as extracted from its PDF, in the project's seed material beside the checkout.
SEED = ROOT.parent / "shared" / "seed" / "000_255a4b25da14d710.txt"


@pytest.fixture(scope="module")
def table() -> Table:
    """The shipped routing table: the sources and question types the points refer to."""
    return load_table(default_data_file())


@pytest.fixture(scope="module")
def points(table: Table) -> tuple[AdvicePoint, ...]:
    """The shipped points, loaded against the shipped table."""
    return load_points(default_points_file(), table.sources, tuple(table.question_types))


# question type -> the numbers of its points, in the order they are given
BY_TYPE: list[tuple[str, list[int]]] = [
    ("prevention", [1, 2, 3, 4, 5, 6, 7]),
    ("prevention_expertise", [2, 3, 4]),
    ("school_question", [3, 4, 5]),
    ("travel_or_threat", [8, 9, 10]),
    ("radicalisation_signal", [8, 9, 10]),
    ("family_support", [9, 10]),
    ("official_report_travel", [8, 9, 10]),
    ("passport_measure", [8, 9]),
    ("communications", [6, 7]),
    ("unknown", []),
]


@pytest.mark.parametrize(("question_type", "numbers"), BY_TYPE)
def test_each_question_type_gets_its_points_in_number_order(
    points: tuple[AdvicePoint, ...], question_type: str, numbers: list[int]
) -> None:
    """A question of each type gets exactly the points that bear on it, in number order."""
    assert [p.number for p in advice_for(points, question_type, ())] == numbers


def test_every_question_type_of_the_table_is_covered(table: Table) -> None:
    """The expectations above name every question type of the shipped table."""
    assert [t for t, _ in BY_TYPE] == list(table.question_types)


# (primary type, also matched, the numbers of the advice in order)
COMBINED: list[tuple[str, tuple[str, ...], list[int]]] = [
    ("travel_or_threat", ("school_question",), [8, 9, 10, 3, 4, 5]),
    ("communications", ("radicalisation_signal",), [6, 7, 8, 9, 10]),
    ("family_support", ("radicalisation_signal",), [9, 10, 8]),
    ("radicalisation_signal", ("family_support", "school_question"), [8, 9, 10, 3, 4, 5]),
    ("school_question", ("communications", "prevention_expertise"), [3, 4, 5, 6, 7, 2]),
    ("passport_measure", ("passport_measure",), [8, 9]),
    ("unknown", ("radicalisation_signal",), []),
]


@pytest.mark.parametrize(("question_type", "also_matched", "numbers"), COMBINED)
def test_also_matched_types_add_their_points_after_the_primary_ones(
    points: tuple[AdvicePoint, ...],
    question_type: str,
    also_matched: tuple[str, ...],
    numbers: list[int],
) -> None:
    """The primary type's points come first, then each also-matched type's; no point twice."""
    assert [p.number for p in advice_for(points, question_type, also_matched)] == numbers


def test_the_order_of_the_points_in_the_file_does_not_matter(
    points: tuple[AdvicePoint, ...],
) -> None:
    """Advice is in number order within each group, however the points are passed."""
    shuffled = tuple(reversed(points))
    assert [p.number for p in advice_for(shuffled, "prevention_expertise", ())] == [2, 3, 4]


def test_points_come_in_number_order_with_their_phase_and_source(
    points: tuple[AdvicePoint, ...],
) -> None:
    """Points 1-7 are for before there are signals, 8-10 for when there are; all one-pager."""
    assert [(p.number, p.phase) for p in points] == [
        *((n, "no_signals") for n in range(1, 8)),
        *((n, "signals") for n in range(8, 11)),
    ]
    assert {p.source.id for p in points} == {"one_pager"}


def test_titles_and_first_words(points: tuple[AdvicePoint, ...]) -> None:
    """Each point has its short Dutch title, and its text starts as the document's point does."""
    assert [(p.title, " ".join(p.text.split()[:3])) for p in points] == [
        ("Wijs een dossierhouder aan", "Wijs binnen uw"),
        ("Bouw een vertrouwensrelatie op", "Bouw een vertrouwensrelatie"),
        ("Zorg voor kennis en expertise", "Zorg ervoor dat"),
        ("Stel met lokale partners een preventieve aanpak op", "Stel in samenwerking"),
        ("Zorg dat de organisatie op orde is", "Zorg dat de"),
        ("Maak afspraken over het delen van informatie", "Maak in de"),
        ("Breng de gemeenteraad tijdig op de hoogte", "Breng de gemeenteraad"),
        ("Stel het multidisciplinair casusoverleg in", "Wanneer daartoe aanleiding"),
        ("Stel een persoonsgerichte aanpak op", "Stel een persoonsgerichte"),
        ("Richt u ook op de schil eromheen", "Richt u ook"),
    ]


def test_point_10_is_the_documents_text_verbatim(points: tuple[AdvicePoint, ...]) -> None:
    """The shortest point, character for character, with the document's own quotation marks."""
    assert points[9].text == (
        "Richt u ook op de \N{LEFT SINGLE QUOTATION MARK}schil eromheen"
        "\N{RIGHT SINGLE QUOTATION MARK}. Zorg ervoor dat de broertjes en zusjes niet ook "
        "afglijden."
    )


def test_texts_carry_no_pdf_artefacts(points: tuple[AdvicePoint, ...]) -> None:
    """No line-break hyphens ('gemeen- schappen'), footnote marks ('niveau1') or double spaces."""
    for point in points:
        assert not re.search(r"\w- (?!en |of )\w", point.text), point.number
        assert not re.search(r"[a-z]\d", point.text), point.number
        assert "  " not in point.text, point.number
        assert "\n" not in point.text, point.number


@pytest.mark.skipif(not SEED.is_file(), reason=f"the one-pager's text is not at {SEED}")
def test_every_sentence_is_the_documents_own(points: tuple[AdvicePoint, ...]) -> None:
    """Each sentence of each point occurs in the one-pager, letter for letter.

    Compared on letters only, so that the PDF's line breaks, hyphens and footnote marks do not
    count; the footnotes themselves, which the PDF puts in the middle of point 5, are removed.
    """
    seed = SEED.read_text(encoding="utf-8")
    seed = re.sub(r"(?ms)^1\t https:.*?gedachtegoed, etc\.$", "", seed)
    letters = _letters(seed)
    for point in points:
        for sentence in re.split(
            r"(?<=[.:])\s+(?=[A-Z\N{LEFT SINGLE QUOTATION MARK}])", point.text
        ):
            assert _letters(sentence) in letters, (point.number, sentence)


def test_a_point_says_which_question_types_it_bears_on(
    points: tuple[AdvicePoint, ...],
) -> None:
    """A point's question types choose the advice, and show in its JSON form."""
    assert points[9].question_types == (
        "travel_or_threat",
        "radicalisation_signal",
        "family_support",
        "official_report_travel",
    )
    assert set(points[9].model_dump()) == {
        "number",
        "phase",
        "title",
        "text",
        "question_types",
        "source",
    }


def _letters(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalpha())


# (old snippet, new snippet, exact message after the file's path)
BROKEN: list[tuple[str, str, str]] = [
    (
        '    title: "Wijs een dossierhouder aan"\n',
        '    title: "Wijs een dossierhouder aan"\n    titel: "Dossierhouder"\n',
        "point 1, field 'titel': is not a known key; a point has number, phase, title, text, "
        "question_types and source; check the spelling",
    ),
    (
        "    question_types: [prevention]\n",
        "    question_types: [prevention, preventie]\n",
        "point 1, field 'question_types[1]': names question type 'preventie', which is not in "
        "the routing table; use one of: prevention, prevention_expertise, school_question, "
        "travel_or_threat, radicalisation_signal, family_support, official_report_travel, "
        "passport_measure, communications",
    ),
    (
        "    question_types: [prevention]\n",
        "    question_types: [unknown]\n",
        "point 1, field 'question_types[0]': names 'unknown', but a question that is not about "
        "the subject gets no advice; remove it",
    ),
    (
        "    question_types: [prevention]\n",
        "    question_types: [prevention, prevention]\n",
        "point 1, field 'question_types[1]': names question type 'prevention' twice; keep one",
    ),
    (
        "    question_types: [prevention]\n",
        "    question_types: []\n",
        "point 1, field 'question_types': List should have at least 1 item after validation, "
        "not 0, got []",
    ),
    (
        "official_report_travel]\n    source: one_pager\n",
        "official_report_travel]\n    source: folder\n",
        "point 10, field 'source': names source 'folder', which is not in the sources of the "
        "routing table; use one of: one_pager, rijksoverheid_hulp_bij_radicalisering, politie, "
        "meld_misdaad_anoniem, raad_van_state",
    ),
    (
        "  - number: 8\n    phase: signals\n",
        "  - number: 8\n    phase: no_signals\n",
        "point 8, field 'phase': is 'no_signals', but points 1-7 are 'no_signals' and points "
        "8-10 'signals'; write 'signals'",
    ),
    (
        "  - number: 8\n    phase: signals\n",
        "  - number: 8\n    phase: signaal\n",
        "point 8, field 'phase': Input should be 'no_signals' or 'signals', got 'signaal'",
    ),
    (
        "  - number: 10\n",
        "  - number: 9\n",
        "point 9, field 'number': is given twice; give each of the points 1 to 10 once",
    ),
    (
        "  - number: 10\n",
        "  - number: 11\n",
        "point 11, field 'number': Input should be less than or equal to 10, got 11",
    ),
    (
        "  - number: 8\n",
        '  - number: "8"\n',
        "points[7], field 'number': Input should be a valid integer, got '8'",
    ),
    (
        '    title: "Wijs een dossierhouder aan"\n',
        "",
        "point 1, field 'title': is required but missing",
    ),
    (
        "schema_version: 1\n",
        "schema_version: 2\n",
        "field 'schema_version': Input should be 1, got 2",
    ),
]


@pytest.mark.parametrize(("old", "new", "message"), BROKEN)
def test_a_broken_points_file_names_point_field_and_fix(
    edit: Callable[[str, str, str], Path], table: Table, old: str, new: str, message: str
) -> None:
    """Each broken copy of the points file fails with one exact message."""
    path = edit(POINTS, old, new)
    with pytest.raises(DataError) as caught:
        load_points(path, table.sources, tuple(table.question_types))
    assert str(caught.value) == f"{path}: {message}"


def test_a_missing_point_is_named(shipped_copy: Path, table: Table) -> None:
    """A file without point 10 says which number is missing."""
    path = shipped_copy / POINTS
    text = path.read_text(encoding="utf-8")
    path.write_text(text[: text.index("  - number: 10\n")], encoding="utf-8")
    with pytest.raises(DataError) as caught:
        load_points(path, table.sources, tuple(table.question_types))
    assert str(caught.value) == (f"{path}: has no point 10; give each of the points 1 to 10 once")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("- 1\n- 2\n", "must be a mapping with schema_version and points"),
        ("schema_version: 1\npoints: 3\n", "field 'points': Input should be a valid list, got 3"),
    ],
)
def test_a_file_of_the_wrong_shape_says_what_it_must_be(
    tmp_path: Path, table: Table, text: str, message: str
) -> None:
    """A points file that is not a mapping of points fails before any point is read."""
    path = tmp_path / "points.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DataError) as caught:
        load_points(path, table.sources, tuple(table.question_types))
    assert str(caught.value) == f"{path}: {message}"


def test_the_points_file_ships_beside_the_routing_table() -> None:
    """The points are read from the same packaged data folder as the routing table."""
    assert default_points_file() == default_data_file().parent / "points.yaml"
