"""A broken routing table fails to load with a message naming file, entry, field and fix.

Each case breaks one thing in a copy of the shipped data and expects the exact message.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

import routing

DATA = "data/contacts.yaml"

# (old snippet, new snippet, exact message after the file's path)
CASES: list[tuple[str, str, str]] = [
    (
        'value: "radicalisering@vng.nl"',
        'value: "radicalisering@vng"',
        "contact 'vng', field 'channels[0].value': 'radicalisering@vng' is not a valid e-mail "
        "address (The part after the @-sign is not valid. It should have a period.); "
        "write it as name@domain.nl",
    ),
    (
        'value: "030 285 66 16"',
        'value: "030 285 66"',
        "contact 'school_safety_helpdesk', field 'channels[2].value': '030 285 66' is not a valid "
        "Dutch phone number; write it as dialled in the Netherlands, for example 070 751 51 51, "
        "0800-7000 or 112",
    ),
    (
        'value: "https://www.schoolenveiligheid.nl/radicalisering"',
        'value: "www.schoolenveiligheid.nl/radicalisering"',
        "contact 'school_safety_helpdesk', field 'channels[1].value': "
        "'www.schoolenveiligheid.nl/radicalisering' is not a valid web address; write it in full "
        "with https://, for example https://www.schoolenveiligheid.nl/radicalisering",
    ),
    (
        "      - kind: email\n        value: \"ess@minszw.nl\"",
        "      - kind: fax\n        value: \"ess@minszw.nl\"",
        "contact 'ess', field 'channels[0].kind': Input should be 'email', 'phone' or 'web', "
        "got 'fax'",
    ),
    (
        '    name: "VNG"\n',
        '    name: "VNG"\n    telefoon: "070 373 83 93"\n',
        "contact 'vng', field 'telefoon': is not a known key; the fields of each entry are listed "
        "in docs/data.md; check the spelling",
    ),
    (
        "      - contact: ess\n",
        "      - contact: expertise_unit\n",
        "question type 'prevention_expertise', field 'routes[0].contact': names contact "
        "'expertise_unit', which is not in 'contacts'; use one of: vng, regional_municipality, "
        "ess, school_safety_helpdesk, police, case_consultation, meld_misdaad_anoniem, "
        "family_support_point, nctv, nctv_communications",
    ),
    (
        "    source: one_pager\n    channels:\n      - kind: email\n        value: \"ess@",
        "    source: een_folder\n    channels:\n      - kind: email\n        value: \"ess@",
        "contact 'ess', field 'source': names source 'een_folder', which is not in 'sources'; use "
        "one of: one_pager, rijksoverheid_hulp_bij_radicalisering, politie, meld_misdaad_anoniem, "
        "raad_van_state",
    ),
    (
        "  - id: nctv_communications\n",
        "  - id: nctv\n",
        "the contact id 'nctv' is used twice; give each contact its own id",
    ),
    (
        '    name: "Het (multidisciplinair) casusoverleg"\n    local: true\n',
        '    name: "Het (multidisciplinair) casusoverleg"\n',
        "contact 'case_consultation', field 'channels': has no channels; give at least one e-mail "
        "address, phone number or web address, or mark it `local: true` if the municipality "
        "fills it in",
    ),
    (
        "    routes:\n      - contact: nctv_communications\n",
        "    routes: []\n",
        "question type 'communications', field 'routes': has no routes; every question type but "
        "'unknown' needs at least one contact",
    ),
    (
        "schema_version: 1\n",
        "schema_version: 2\n",
        "field 'schema_version': Input should be 1, got 2",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("old", "new", "message"), CASES)
def test_a_broken_table_says_where_and_what_to_do(
    edit: Callable[[str, str, str], Path], old: str, new: str, message: str
) -> None:
    """The exact message names the file, the entry and the field, and says how to fix it."""
    path = edit(DATA, old, new)
    with pytest.raises(routing.DataError) as caught:
        routing.Router(data=path, rules=path.parent.parent / "rules")
    assert str(caught.value) == f"{path}: {message}"
    assert caught.value.file == str(path)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "schema_version: 1\nschema_version: 1\n",
            "the key 'schema_version' appears twice in one mapping; keep one (line 2, column 1)",
        ),
        (
            "a: &name 1\nb: *name\n",
            "anchors and aliases (*name) are not allowed; write the value out in full "
            "(line 2, column 4)",
        ),
        ("a: [\n", "expected the node content, but found '<stream end>' (line 2, column 1)"),
        ("- 1\n", "must be a mapping with schema_version, sources, contacts and question_types"),
    ],
)
def test_yaml_that_hides_mistakes_is_refused(tmp_path: Path, text: str, message: str) -> None:
    """Duplicate keys, aliases, syntax errors and a wrong shape are refused with their place."""
    path = tmp_path / "contacts.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(routing.DataError) as caught:
        routing.Router(data=path)
    assert str(caught.value) == f"{path}: {message}"


def test_a_file_larger_than_any_table_is_refused_unread(tmp_path: Path) -> None:
    """A multi-megabyte file is refused before it is parsed, with a hint that it is wrong."""
    path = tmp_path / "contacts.yaml"
    path.write_text("x" * 2_000_001, encoding="utf-8")
    with pytest.raises(routing.DataError, match="is larger than 1,000,000 bytes"):
        routing.Router(data=path)


def test_a_missing_file_is_named(tmp_path: Path) -> None:
    """A path that does not exist gives a DataError naming it, not an OSError."""
    path = tmp_path / "nowhere.yaml"
    with pytest.raises(routing.DataError) as caught:
        routing.Router(data=path)
    assert str(caught.value) == (
        f"{path}: cannot be read (No such file or directory); check that the path is right"
    )


def test_loading_validates_email_without_any_network(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Building a router never opens a socket or resolves a name: the checks are offline."""
    import socket

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("network access during loading")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket, "gethostbyname", refuse)
    assert routing.Router(engine="builtin").route({"asker": "school"}).routes
