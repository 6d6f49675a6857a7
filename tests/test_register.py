"""The Algoritmeregister entry: the standard's fields, reproducible, and the same as its page."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import routing
from routing._overlay import apply_overlay, load_overlay
from routing._register import (
    FIELDS,
    PAGE_END,
    PAGE_START,
    algorithm_register,
    default_register_file,
    dumps,
    register_page,
)
from routing._rulebase import RuleBase, default_data_file, default_rules_dir, load_rule_base

PAGE = Path(__file__).resolve().parents[1] / "docs" / "register.md"
FIXTURE = Path(__file__).parent / "fixtures" / "overlay.yaml"
REFRESH = (
    "docs/register.md is out of date; regenerate it with: PYTHONPATH=src python -c "
    '"from pathlib import Path; from routing._register import write_register_page; '
    "from routing._rulebase import *; write_register_page(Path('docs/register.md'), "
    'load_rule_base(default_data_file(), default_rules_dir()))"'
)


@pytest.fixture(scope="module")
def base() -> RuleBase:
    """The shipped national rule base."""
    return load_rule_base(default_data_file(), default_rules_dir())


def _without_version(register: dict[str, object]) -> dict[str, object]:
    provenance = dict(register["provenance"])  # type: ignore[call-overload]
    del provenance["package_version"], provenance["digest"]
    return {**register, "provenance": provenance}


def test_the_entry_has_every_field_of_the_standard(base: RuleBase) -> None:
    """All fields of standard 1.0.0 are there, in its order, with the required ones filled."""
    register = algorithm_register(base)
    assert list(register) == [*FIELDS, "provenance"]
    required = ("name", "description_short", "status", "publication_category", "lang")
    assert all(register[key] for key in required)
    assert register["standard_version"] == "1.0.0"
    assert register["lang"] == "nld"
    assert register["organization"] is None


def test_the_entry_carries_facts_from_the_rule_base(base: RuleBase) -> None:
    """Rule count, question types, files, digest and version come from what is described."""
    register = algorithm_register(base)
    assert register["provenance"] == {
        "package_version": routing.__version__,
        "digest": base.digest,
        "files": list(base.files),
        "rule_count": len(base.rules),
        "question_types": list(base.table.question_types),
        "municipality": None,
    }
    methods = str(register["methods_and_models"])
    assert f"Deze versie heeft {len(base.rules)} regels voor 9 vraagtypen: 1. Lokale " in methods
    police = {
        "title": "Politie: 112 bij spoed, 0900-8844 als het geen spoed heeft",
        "link": "https://www.politie.nl",
    }
    assert police in list(register["source_data_grouping"])  # type: ignore[call-overload]


def test_the_same_input_gives_the_same_bytes(base: RuleBase) -> None:
    """Two calls, and a freshly loaded base, give byte-identical sorted JSON."""
    again = load_rule_base(default_data_file(), default_rules_dir())
    first = json.dumps(algorithm_register(base), sort_keys=True)
    assert first == json.dumps(algorithm_register(base), sort_keys=True)
    assert first == json.dumps(algorithm_register(again), sort_keys=True)
    assert dumps(algorithm_register(base)) == dumps(algorithm_register(again))


def test_an_overlay_makes_it_the_municipalitys_entry(base: RuleBase) -> None:
    """With an overlay, the organisation is the municipality, and provenance names it."""
    overlaid = apply_overlay(base, load_overlay(FIXTURE), FIXTURE)
    register = algorithm_register(overlaid)
    assert register["organization"] == "Gemeente Testdorp"
    provenance = register["provenance"]
    assert isinstance(provenance, dict)
    assert provenance["municipality"] == {"name": "Gemeente Testdorp", "cbs_code": "GM0998"}
    assert "overlay/overlay.yaml" in provenance["files"]
    assert provenance["digest"] == overlaid.digest != base.digest


def test_the_page_shows_the_current_entry(base: RuleBase) -> None:
    """docs/register.md holds the entry of the shipped files, apart from version and digest."""
    text = PAGE.read_text(encoding="utf-8")
    assert text.count(PAGE_START) == text.count(PAGE_END) == 1
    section = text.split(PAGE_START)[1].split(PAGE_END)[0].strip()
    prose, _, shown = section.partition("### JSON\n\n```json\n")
    register = algorithm_register(base)
    expected_prose = register_page(register).partition("### JSON")[0]
    assert prose == expected_prose, REFRESH
    page_json = json.loads(shown.rpartition("```")[0])
    assert _without_version(page_json) == _without_version(register), REFRESH


# (old snippet of data/register.yaml, new snippet, exact message after the file's path)
CASES: list[tuple[str, str, str]] = [
    (
        'status: "In ontwikkeling"',
        'status: "In productie"',
        "field 'status': Input should be 'In ontwikkeling', 'In gebruik' or 'Buiten gebruik', "
        "got 'In productie'",
    ),
    (
        'lang: "nld"',
        'lang: "nld"\ntaal: "nld"',
        "field 'taal': is not a known key; the fields are listed in docs/register.md; check the "
        "spelling",
    ),
    (
        'name: "Vragen over sociale spanningen en radicalisering doorverwijzen"',
        'name: "' + "Vragen " * 15 + '"',
        "field 'name': is 105 characters long, and the standard allows 100; shorten it",
    ),
    (
        'category: ["Openbare orde en veiligheid"]',
        'category: ["Veiligheid"]',
        "field 'category': 'Veiligheid' is not a theme of the standard; use one of: Organisatie "
        "en bedrijfsvoering, Cultuur en recreatie, Economie, Overheidsfinanciën, Wonen, "
        "Internationaal, Migratie en integratie, Natuur en milieu, Onderwijs en wetenschap, "
        "Openbare orde en veiligheid, Recht, Ruimte en infrastructuur, Sociale zekerheid, "
        "Verkeer, Werk, Zorg en gezondheid, got ['Veiligheid']",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("old", "new", "message"), CASES)
def test_a_broken_register_file_says_where_and_what_to_do(
    base: RuleBase, tmp_path: Path, old: str, new: str, message: str
) -> None:
    """The register texts are validated against the standard's value lists and lengths."""
    text = default_register_file().read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    path = tmp_path / "register.yaml"
    path.write_text(text.replace(old, new), encoding="utf-8")
    with pytest.raises(routing.DataError) as caught:
        algorithm_register(base, register_file=path)
    assert str(caught.value) == f"{path}: {message}"
