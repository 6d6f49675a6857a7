"""A municipality's overlay fills in its local parties without touching the national rule base.

Questions go through the `Pipeline` a router holds, built on the overlaid rule base, so these
tests see what a router with an overlay will answer.
"""

from __future__ import annotations

import dataclasses
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import pytest

import routing
from routing._engines import BuiltinEngine
from routing._facts import fact_space
from routing._models import Provenance, RoutingResult
from routing._overlay import LOCAL_PARTIES, apply_overlay, load_overlay
from routing._pipeline import Pipeline
from routing._rulebase import RuleBase, default_data_file, default_rules_dir, load_rule_base

FIXTURE = Path(__file__).parent / "fixtures" / "overlay.yaml"
EXAMPLE = Path(__file__).resolve().parents[1] / "docs" / "overlay.example.yaml"


@pytest.fixture(scope="module")
def base() -> RuleBase:
    """The shipped national rule base."""
    return load_rule_base(default_data_file(), default_rules_dir())


@pytest.fixture(scope="module")
def overlaid(base: RuleBase) -> RuleBase:
    """The national rule base with the test overlay of 'Gemeente Testdorp'."""
    return apply_overlay(base, load_overlay(FIXTURE), FIXTURE)


@pytest.fixture
def overlay_edit(tmp_path: Path) -> Callable[[str, str], Path]:
    """Write a copy of the test overlay with one exact snippet replaced."""

    def replace(old: str, new: str) -> Path:
        text = FIXTURE.read_text(encoding="utf-8")
        assert text.count(old) == 1, f"snippet not found exactly once: {old!r}"
        path = tmp_path / "overlay.yaml"
        path.write_text(text.replace(old, new), encoding="utf-8")
        return path

    return replace


def pipeline(base: RuleBase) -> Pipeline:
    """What a router runs on: the rule base, the built-in engine and its provenance."""
    provenance = Provenance(
        package_version="test", engine="builtin", digest=base.digest, files=base.files
    )
    return Pipeline(base, BuiltinEngine(base.rules), provenance)


def route(base: RuleBase, **facts: object) -> RoutingResult:
    """Route a structured question the way a router does."""
    return pipeline(base).route(facts)


def test_a_signal_goes_to_the_municipalitys_own_case_consultation(overlaid: RuleBase) -> None:
    """Row 5 names the case consultation: with an overlay it is configured, with its channels."""
    result = route(overlaid, radicalisation_signal=True)
    assert result.question_type == "radicalisation_signal"
    assert [r.contact.id for r in result.routes] == [
        "police",
        "case_consultation",
        "meld_misdaad_anoniem",
    ]
    consultation = result.routes[1].contact
    assert (consultation.name, consultation.local, consultation.configured) == (
        "Casusoverleg Testdorp",
        True,
        True,
    )
    assert [c.uri for c in consultation.channels] == [
        "tel:+31301234567",
        "mailto:casusoverleg@testdorp.example",
    ]
    assert {c.source.id for c in consultation.channels} == {"overlay"}
    assert result.routes[1].explanation == "Zo nodig het (multidisciplinair) casusoverleg."


def test_a_prevention_question_goes_to_the_regional_municipality(overlaid: RuleBase) -> None:
    """Row 1's experienced municipality in the region is the one the overlay names."""
    result = route(overlaid)
    assert result.question_type == "prevention"
    regional = result.routes[1].contact
    assert (regional.id, regional.name, regional.configured) == (
        "regional_municipality",
        "Gemeente Buurdorp",
        True,
    )
    assert [c.value for c in regional.channels] == ["veiligheid@buurdorp.example"]


def test_an_override_reaches_every_route_to_the_contact(overlaid: RuleBase) -> None:
    """The police's overridden channels are in each route to the police, national name kept."""
    routes = [
        route
        for kind in overlaid.table.question_types.values()
        for route in kind.routes
        if route.contact.id == "police"
    ]
    assert len(routes) == 3
    for each in routes:
        assert each.contact.name == "Politie"
        assert [c.label for c in each.contact.channels] == [
            "Bij acuut gevaar",
            "Vraag naar de wijkagent van Testdorp",
        ]
    assert overlaid.table.contacts["police"] is routes[0].contact


def test_overlay_only_parties_are_added_and_provenance_names_the_overlay(
    base: RuleBase, overlaid: RuleBase
) -> None:
    """Dossierhouder, signals network and Zorg- en Veiligheidshuis join the table's contacts."""
    added = [key for key in overlaid.table.contacts if key not in base.table.contacts]
    assert added == ["dossierhouder", "signals_network", "zorg_en_veiligheidshuis"]
    dossierhouder = overlaid.table.contacts["dossierhouder"]
    assert dossierhouder.name == LOCAL_PARTIES["dossierhouder"]
    assert (dossierhouder.local, dossierhouder.configured) == (True, True)
    assert overlaid.files == tuple(sorted((*base.files, "overlay/overlay.yaml")))
    assert "data/contacts.yaml" in overlaid.files
    assert overlaid.digest != base.digest
    assert overlaid.table.municipality is not None
    assert overlaid.table.municipality.model_dump() == {
        "name": "Gemeente Testdorp",
        "cbs_code": "GM0998",
    }
    assert overlaid.table.overlay_file == str(FIXTURE)


def test_the_digest_follows_the_overlay_bytes(
    base: RuleBase, overlay_edit: Callable[..., Path]
) -> None:
    """The same overlay gives the same digest; one changed character gives another."""
    again = apply_overlay(base, load_overlay(FIXTURE), FIXTURE)
    assert again.digest == apply_overlay(base, load_overlay(FIXTURE), FIXTURE).digest
    changed = overlay_edit("Vraag naar de wijkagent", "Vraag naar de wijkagent ")
    assert apply_overlay(base, load_overlay(changed), changed).digest != again.digest


def test_two_overlays_on_one_base_share_nothing(
    base: RuleBase, overlay_edit: Callable[[str, str], Path]
) -> None:
    """Each overlay gets its own table; the national base is exactly as it was loaded."""
    national = dataclasses.replace(base.table)
    before = {key: contact.model_dump() for key, contact in base.table.contacts.items()}
    other = overlay_edit("Casusoverleg Testdorp", "Casusoverleg Anderdorp")
    first = apply_overlay(base, load_overlay(FIXTURE), FIXTURE)
    second = apply_overlay(base, load_overlay(other), other)
    assert route(first, radicalisation_signal=True).routes[1].contact.name == (
        "Casusoverleg Testdorp"
    )
    assert route(second, radicalisation_signal=True).routes[1].contact.name == (
        "Casusoverleg Anderdorp"
    )
    assert first.table.contacts is not second.table.contacts
    assert {key: c.model_dump() for key, c in base.table.contacts.items()} == before
    assert base.table == national
    assert base.table.municipality is None
    unconfigured = route(base, radicalisation_signal=True).routes[1].contact
    assert (unconfigured.configured, unconfigured.channels) == (False, ())


def test_acute_facts_still_put_the_police_first_everywhere(overlaid: RuleBase) -> None:
    """Over every combination of facts, the overlay changes contacts' details, never the order."""
    router = pipeline(overlaid)
    for facts in fact_space():
        if not (facts["on_topic"] and (facts["acute"] or facts["suspected_travel"])):
            continue
        result = router.route({k: v for k, v in facts.items() if k != "on_topic"})
        assert result.routes[0].contact is overlaid.table.contacts["police"], facts


def test_the_documented_example_overlay_loads() -> None:
    """docs/overlay.example.yaml is a complete, valid overlay."""
    example = load_overlay(EXAMPLE)
    assert example.municipality.cbs_code == "GM0999"
    assert [party.id for party in example.contacts] == list(LOCAL_PARTIES)
    national = load_rule_base(default_data_file(), default_rules_dir())
    applied = apply_overlay(national, example, EXAMPLE)
    assert all(contact.configured for contact in applied.table.contacts.values())


# (old snippet of the test overlay, new snippet, exact message after the file's path)
LOAD_ERRORS: list[tuple[str, str, str]] = [
    (
        'value: "030 123 45 67"',
        'value: "030 123 45"',
        "contact 'case_consultation', field 'channels[0].value': '030 123 45' is not a valid "
        "Dutch phone number; write it as dialled in the Netherlands, for example 070 751 51 51, "
        "0800-7000 or 112",
    ),
    (
        'value: "veiligheid@buurdorp.example"',
        'value: "veiligheid@buurdorp"',
        "contact 'regional_municipality', field 'channels[0].value': 'veiligheid@buurdorp' is "
        "not a valid e-mail address (The part after the @-sign is not valid. It should have a "
        "period.); write it as name@domain.nl",
    ),
    (
        'value: "https://www.zvh-testregio.example"',
        'value: "http://www.zvh-testregio.example"',
        "contact 'zorg_en_veiligheidshuis', field 'channels[0].value': "
        "'http://www.zvh-testregio.example' is not a valid web address; write it in full with "
        "https://, for example https://www.schoolenveiligheid.nl/radicalisering",
    ),
    (
        '    name: "Gemeente Buurdorp"\n',
        '    name: "Gemeente Buurdorp"\n    telefoon: "030 123 45 67"\n',
        "contact 'regional_municipality', field 'telefoon': is not a known key; the keys of an "
        "overlay are listed in docs/overlay.md; check the spelling",
    ),
    (
        "  signals_network:\n",
        "  jongerenwerk:\n",
        "contact 'jongerenwerk': is not a local party an overlay can fill in; use one of: "
        "dossierhouder, case_consultation, signals_network, zorg_en_veiligheidshuis, "
        "regional_municipality; to change a national contact, use overrides",
    ),
    (
        "overrides:\n",
        "wijzigingen:\n",
        "field 'wijzigingen': is not a known key; the keys of an overlay are listed in "
        "docs/overlay.md; check the spelling",
    ),
    (
        'cbs_code: "GM0998"',
        'cbs_code: "0998"',
        "municipality, field 'cbs_code': must be GM and four digits, the municipality's CBS "
        "code, for example GM0344, got '0998'",
    ),
    (
        "  dossierhouder:\n    verified_on: 2026-06-01\n",
        "  dossierhouder:\n    verified_on: 01-06-2026\n",
        "contact 'dossierhouder', field 'verified_on': must be a date written as YYYY-MM-DD, "
        "for example 2025-03-31, got '01-06-2026'",
    ),
    (
        "      - kind: web\n",
        "      - kind: fax\n",
        "contact 'zorg_en_veiligheidshuis', field 'channels[0].kind': Input should be 'email', "
        "'phone' or 'web', got 'fax'",
    ),
    (
        '  signals_network:\n    verified_on: 2026-06-01\n    channels:\n      - kind: email\n'
        '        value: "signalen@testdorp.example"\n',
        "  signals_network:\n    channels: []\n",
        "contact 'signals_network', field 'channels': has no channels; give at least one e-mail "
        "address, phone number or web address, or leave the party out of the overlay",
    ),
    (
        "  police:\n    verified_on: 2026-06-01\n",
        "  police: {}\n  nctv:\n    verified_on: 2026-06-01\n",
        "override 'police': changes nothing; give a name, channels or a note, or leave it out",
    ),
    (
        "schema_version: 1\n",
        "schema_version: 2\n",
        "field 'schema_version': Input should be 1, got 2",
    ),
    (
        "  dossierhouder:\n",
        "  dossierhouder:\n  dossierhouder:\n",
        "the key 'dossierhouder' appears twice in one mapping; keep one (line 8, column 3)",
    ),
    (
        "contacts:\n",
        "contacts: [\n",
        "expected ',' or ']', but got ':' (line 8, column 16)",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("old", "new", "message"), LOAD_ERRORS)
def test_a_broken_overlay_says_where_and_what_to_do(
    overlay_edit: Callable[[str, str], Path], old: str, new: str, message: str
) -> None:
    """Loading fails with one message naming the file, the entry and the field, and the fix."""
    path = overlay_edit(old, new)
    with pytest.raises(routing.DataError) as caught:
        load_overlay(path)
    assert str(caught.value) == f"{path}: {message}"


APPLY_ERRORS: list[tuple[str, str, str]] = [
    (
        "  police:\n",
        "  politie:\n",
        "override 'politie': there is no national contact 'politie' to override; use one of: "
        "vng, ess, school_safety_helpdesk, police, meld_misdaad_anoniem, family_support_point, "
        "nctv, nctv_communications",
    ),
    (
        "  police:\n",
        "  case_consultation:\n",
        "override 'case_consultation': there is no national contact 'case_consultation' to "
        "override; use one of: vng, ess, school_safety_helpdesk, police, meld_misdaad_anoniem, "
        "family_support_point, nctv, nctv_communications; a local party is filled in under "
        "contacts",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("old", "new", "message"), APPLY_ERRORS)
def test_an_override_must_name_a_national_contact(
    base: RuleBase, overlay_edit: Callable[[str, str], Path], old: str, new: str, message: str
) -> None:
    """An override of an id the national table lacks names the id and lists the allowed ones."""
    path = overlay_edit(old, new)
    with pytest.raises(routing.DataError) as caught:
        apply_overlay(base, load_overlay(path), path)
    assert str(caught.value) == f"{path}: {message}"


def test_an_overlay_is_applied_to_the_national_base_only(overlaid: RuleBase) -> None:
    """A second overlay on an overlaid base is refused: which one would win is unclear."""
    with pytest.raises(routing.DataError) as caught:
        apply_overlay(overlaid, load_overlay(FIXTURE), FIXTURE)
    assert str(caught.value) == (
        f"{FIXTURE}: cannot be applied: the rule base already carries the overlay of Gemeente "
        f"Testdorp ({FIXTURE}); apply one overlay, to the national rule base"
    )


def _billion_laughs() -> str:
    lines = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for index, name in enumerate("bcdefghi"):
        previous = "abcdefghi"[index]
        lines.append(f"{name}: &{name} [" + ", ".join([f"*{previous}"] * 9) + "]")
    return "\n".join(lines) + "\n"


def _fifty_megabytes(path: Path) -> None:
    with path.open("w", encoding="utf-8") as handle:
        handle.write("schema_version: 1\nnote: >-\n")
        line = "  " + "x" * 98 + "\n"
        for _ in range(500_000):
            handle.write(line)


HOSTILE: list[tuple[str, Callable[[Path], object], str]] = [
    (
        "alias bomb",
        lambda p: p.write_text(_billion_laughs(), encoding="utf-8"),
        "anchors and aliases (*name) are not allowed; write the value out in full "
        "(line 2, column 8)",
    ),
    (
        "50 MB",
        _fifty_megabytes,
        "is larger than 1,000,000 bytes; a routing data file is a few kilobytes, so this is "
        "probably the wrong file",
    ),
    (
        "not UTF-8",
        lambda p: p.write_bytes(b"schema_version: 1\nmunicipality: {name: \"Gemeente \xff\"}\n"),
        "is not UTF-8 (byte 49); save it as UTF-8",
    ),
    (
        "a list",
        lambda p: p.write_text("- 1\n", encoding="utf-8"),
        "must be a mapping with schema_version, municipality, contacts and overrides",
    ),
]  # fmt: skip


@pytest.mark.parametrize(
    ("write", "message"), [case[1:] for case in HOSTILE], ids=[case[0] for case in HOSTILE]
)
def test_a_hostile_overlay_fails_fast_and_small(
    tmp_path: Path, base: RuleBase, write: Callable[[Path], object], message: str
) -> None:
    """Bombs and huge files are refused in well under a second and a few megabytes."""
    path = tmp_path / "overlay.yaml"
    write(path)
    before = route(base, radicalisation_signal=True)
    tracemalloc.start()
    started = time.perf_counter()
    try:
        with pytest.raises(routing.DataError) as caught:
            load_overlay(path)
        elapsed = time.perf_counter() - started
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert str(caught.value) == f"{path}: {message}"
    assert elapsed < 1.0
    assert peak < 10_000_000
    assert route(base, radicalisation_signal=True) == before


def test_the_overlay_page_shows_the_example_verbatim() -> None:
    """docs/overlay.md ends with docs/overlay.example.yaml, unchanged."""
    page = (EXAMPLE.parent / "overlay.md").read_text(encoding="utf-8")
    shown = page.rpartition("```yaml\n")[2].rpartition("```")[0]
    assert shown == EXAMPLE.read_text(encoding="utf-8")
