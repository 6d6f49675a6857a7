"""The routing table as a document: rows, Markdown, CSV and JSON, from the validated data.

The docs page ``docs/table.md`` is `table_markdown` of the shipped data, regenerated with
``python scripts/generate_docs.py``; the tests fail when the page and the data disagree. Every
form is deterministic: the same data gives the same bytes.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterable

from ._models import Channel, Contact
from ._table import QuestionType, Table

#: The keys of each row, in order: the columns of the CSV form.
COLUMNS = ("row", "question_type", "label", "contacts", "explanation")

#: Markdown headers of the same columns: the appendix's own headings where it has one.
_HEADERS = ("Row", "Question type", "Type vraag", "Gemeente kan contact opnemen met", "Toelichting")

#: A Markdown cell with nothing in it.
_NONE = "\N{EN DASH}"

#: Shown for a local party that the municipality fills in itself.
_LOCAL = "lokaal, nog niet ingevuld"

_SOURCE_FILE = "data/contacts.yaml"
_REGENERATE = "python scripts/generate_docs.py"


def table_rows(table: Table) -> list[dict[str, str]]:
    """One row per question type, in the table's order, with the keys of `COLUMNS`.

    ``contacts`` lists each contact with its channels' display values, contacts separated by
    ``"; "``, for example ``"Politie: 112 (Bij acuut gevaar), 0900 8844 (Als het geen spoed
    heeft)"``. The question type 'unknown' has no row number and no contacts.
    """
    return [
        {
            "row": "" if kind.row is None else str(kind.row),
            "question_type": kind.id,
            "label": kind.label,
            "contacts": "; ".join(_contact_text(c, _channel_text, str) for c in _contacts(kind)),
            "explanation": _one_line(kind.explanation),
        }
        for kind in table.question_types.values()
    ]


def table_markdown(table: Table) -> str:
    """The routing table as a Markdown page: a title, where it comes from, and the table."""
    lines = [
        "# The routing table",
        "",
        f"This page is generated from `{_SOURCE_FILE}` by `{_REGENERATE}`; do not edit it by hand.",
        "",
        _md_row(_HEADERS),
        _md_row(("---",) * len(_HEADERS)),
    ]
    for kind in table.question_types.values():
        contacts = "<br>".join(_contact_text(c, _channel_link, _md_escape) for c in _contacts(kind))
        lines.append(
            _md_row(
                (
                    _NONE if kind.row is None else str(kind.row),
                    f"`{kind.id}`",
                    _md_escape(kind.label),
                    contacts or _NONE,
                    _md_escape(_one_line(kind.explanation)),
                )
            )
        )
    return "\n".join(lines) + "\n"


def table_csv(table: Table) -> str:
    """The rows as CSV with a header line, Unix line ends, quoting only where needed."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(table_rows(table))
    return out.getvalue()


def table_json(table: Table) -> str:
    """The rows as a JSON list of objects, indented, UTF-8 characters kept, ending in a newline."""
    return json.dumps(table_rows(table), ensure_ascii=False, indent=2) + "\n"


def _contacts(kind: QuestionType) -> Iterable[Contact]:
    return (route.contact for route in kind.routes)


def _contact_text(
    contact: Contact, channel: Callable[[Channel], str], escape: Callable[[str], str]
) -> str:
    name = escape(contact.name)
    if contact.local and not contact.channels:
        return f"{name} ({_LOCAL})"
    if not contact.channels:
        return name
    return f"{name}: " + ", ".join(channel(c) for c in contact.channels)


def _channel_text(channel: Channel) -> str:
    return f"{channel.display} ({channel.label})" if channel.label else channel.display


def _channel_link(channel: Channel) -> str:
    link = f"[{_md_escape(channel.display)}]({channel.uri})"
    return f"{link} ({_md_escape(channel.label)})" if channel.label else link


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _md_escape(text: str) -> str:
    """Text that cannot break a Markdown table cell or start markup of its own."""
    for char in ("\\", "|", "*", "_", "[", "]", "<", ">", "`"):
        text = text.replace(char, "\\" + char)
    return text


def _md_row(cells: Iterable[str]) -> str:
    return "| " + " | ".join(cells) + " |"
