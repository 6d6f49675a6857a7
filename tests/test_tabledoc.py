"""The routing table as a document: the committed docs page matches the data; CSV and JSON rows.

``docs/table.md`` is generated from ``data/contacts.yaml``. When the data changes, the page must
be regenerated with ``python scripts/generate_docs.py``; the first test fails until it is.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from routing._table import Table, load_table
from routing._tabledoc import COLUMNS, table_csv, table_json, table_markdown, table_rows

ROOT = Path(__file__).resolve().parents[1]
PAGE = ROOT / "docs" / "table.md"
DATA = ROOT / "data" / "contacts.yaml"
REGENERATE = "python scripts/generate_docs.py"


@pytest.fixture(scope="module")
def table() -> Table:
    """The routing table of this checkout (the data the committed page is made from)."""
    return load_table(DATA)


def test_the_committed_page_matches_the_data(table: Table) -> None:
    """docs/table.md is exactly what data/contacts.yaml generates; else regenerate it."""
    expected = table_markdown(table)
    committed = PAGE.read_text(encoding="utf-8") if PAGE.is_file() else ""
    assert committed == expected, (
        f"docs/table.md is out of date with data/contacts.yaml; run `{REGENERATE}` "
        "and commit docs/table.md"
    )


def test_the_page_says_where_it_comes_from(table: Table) -> None:
    """The page starts with its title and the sentence that forbids editing it by hand."""
    assert table_markdown(table).splitlines()[:3] == [
        "# The routing table",
        "",
        "This page is generated from `data/contacts.yaml` by `python scripts/generate_docs.py`; "
        "do not edit it by hand.",
    ]


# question type -> its exact Markdown row
MARKDOWN_ROWS: list[tuple[str, str]] = [
    (
        "travel_or_threat",
        "| 4 | `travel_or_threat` | Vermoeden van uitreis of terroristische dreiging | "
        "Politie: [112](tel:112) (Bij acuut gevaar), [0900 8844](tel:+319008844) "
        "(Als het geen spoed heeft) | De politie kan inschatten welke actie ondernomen dient te "
        "worden en neemt de gegevens op in het informatiesysteem. De regionale en algemene "
        "informatie- en inlichtingendienst zijn op deze manier ook op de hoogte. |",
    ),
    (
        "prevention",
        "| 1 | `prevention` | Lokale preventieve aanpak, niet-acuut | "
        "VNG: [radicalisering@vng.nl](mailto:radicalisering@vng.nl)<br>"
        "Een ervaren gemeente in de regio (lokaal, nog niet ingevuld) | "
        "VNG neemt telefonisch contact op met de gemeente. Beantwoording vindt plaats in "
        "samenspraak met het Rijk (m.n. NCTV/SZW), NGB, gemeenten en kennispartners. |",
    ),
    (
        "unknown",
        "| \N{EN DASH} | `unknown` | Geen vraag over sociale spanningen of radicalisering | "
        "\N{EN DASH} | Deze vraag lijkt niet te gaan over sociale spanningen of radicalisering, "
        "dus de tabel wijst geen contact aan. Gaat het toch over radicalisering, beschrijf dan "
        "wat u ziet of vraagt (bijvoorbeeld een signaal, een vermoeden van uitreis, een vraag "
        "van een school of over woordvoering). |",
    ),
]


@pytest.mark.parametrize(("question_type", "line"), MARKDOWN_ROWS)
def test_markdown_rows_link_every_channel(table: Table, question_type: str, line: str) -> None:
    """A Markdown row shows each contact's channels as links, labelled; local parties as such."""
    rows = [r for r in table_markdown(table).splitlines() if f"| `{question_type}` |" in r]
    assert rows == [line]


def test_rows_have_the_columns_in_order_one_per_question_type(table: Table) -> None:
    """One row per question type, in the table's order, each with exactly the columns."""
    rows = table_rows(table)
    assert [r["question_type"] for r in rows] == list(table.question_types)
    assert {tuple(r) for r in rows} == {COLUMNS}


def test_csv_header_and_rows(table: Table) -> None:
    """The CSV form: a header, then a row per type, quoted only where a comma or quote needs it."""
    lines = table_csv(table).splitlines()
    assert lines[0] == "row,question_type,label,contacts,explanation"
    assert lines[5] == (
        "5,radicalisation_signal,Signaal van radicalisering,"
        '"Politie: 112 (Bij acuut gevaar), 0900 8844 (Als het geen spoed heeft); '
        "Het (multidisciplinair) casusoverleg (lokaal, nog niet ingevuld); "
        'Meld Misdaad Anoniem: 0800 7000, www.meldmisdaadanoniem.nl",'
        "De politie en zo nodig het (multidisciplinair) casusoverleg. "
        "Meld Misdaad Anoniem 0800-7000."
    )
    assert lines[8] == (
        "8,passport_measure,Uitvoering paspoortmaatregel,NCTV: 070 751 5151,"
        "Vraag naar de dienstdoende medewerker van de directie ContraTerrorisme."
    )
    assert len(lines) == 1 + len(table.question_types)


def test_json_rows(table: Table) -> None:
    """The JSON form: a list of the same rows, with its characters kept as they are."""
    text = table_json(table)
    rows = json.loads(text)
    assert rows[2] == {
        "row": "3",
        "question_type": "school_question",
        "label": "Vraag van een school",
        "contacts": "Helpdesk School en Veiligheid: helpdesk@schoolenveiligheid.nl, "
        "www.schoolenveiligheid.nl/radicalisering, 030 285 6616",
        "explanation": "De helpdesk School en Veiligheid is getraind in het adviseren en "
        "ondersteunen van scholen.",
    }
    assert rows[5]["contacts"] == (
        "Familieondersteuning van het Landelijk Steunpunt Extremisme (LSE): 088 208 0080, "
        "info@hetlse.nl"
    )
    assert rows[9] == {
        "row": "",
        "question_type": "unknown",
        "label": "Geen vraag over sociale spanningen of radicalisering",
        "contacts": "",
        "explanation": rows[9]["explanation"],
    }
    assert '"label": "Ambtsbericht ontvangen i.v.m. dreigende uitreis"' in text
    assert text.endswith("]\n")


def test_every_form_is_deterministic(table: Table) -> None:
    """The same data gives the same text, also when loaded again."""
    again = load_table(DATA)
    for render in (table_markdown, table_csv, table_json):
        assert render(table) == render(again)


def test_markdown_escapes_what_would_break_a_cell(
    edit: Callable[[str, str, str], Path],
) -> None:
    """A pipe or markup character in the data stays text in its own cell."""
    path = edit(
        "data/contacts.yaml",
        'label: "Vraag van een school"',
        'label: "Vraag van een school | *basis* of voortgezet"',
    )
    line = next(r for r in table_markdown(load_table(path)).splitlines() if "school_q" in r)
    assert line.startswith(
        r"| 3 | `school_question` | Vraag van een school \| \*basis\* of voortgezet | "
    )
    assert line.count(" | ") == 4
