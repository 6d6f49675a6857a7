"""``routing check`` finds what is wrong or doubtful in the rules and data, with exact messages.

Each case copies the shipped files, breaks one thing, and expects the exact findings. Facts with
no `verified_on` are always reported as stale (none has one today), so most cases leave those
out and look at the rest.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from pathlib import Path

import pytest

from routing._checks import check_paths, check_rule_base
from routing._findings import Finding, exit_code, format_findings
from routing._rulebase import default_data_file, default_rules_dir, load_rule_base

TODAY = datetime.date(2026, 11, 29)
DATA = "data/contacts.yaml"
RULES = "rules/question_types.yaml"
FIXTURE = Path(__file__).parent / "fixtures" / "overlay.yaml"

Edit = Callable[[str, str, str], Path]


def check(folder: Path, overlay: Path | None = None, max_age_days: int = 730) -> list[Finding]:
    """The findings for a copy of the shipped files, without the missing-date warnings."""
    data, rules = folder / "data" / "contacts.yaml", folder / "rules"
    found = check_paths(data, rules, overlay, today=TODAY, max_age_days=max_age_days)
    return [f for f in found if not (f.code == "stale_data" and "no verified_on" in f.message)]


def test_the_shipped_files_have_no_errors() -> None:
    """The shipped data and rules pass: only warnings, and only about unchecked dates."""
    found = check_paths(today=TODAY)
    assert exit_code(found) == 0
    assert {f.code for f in found} == {"stale_data"}
    table = load_rule_base(default_data_file(), default_rules_dir()).table
    with_channels = [f"contact {c.id!r}" for c in table.contacts.values() if c.channels]
    assert [f.entry for f in found] == [f"source {key!r}" for key in table.sources] + with_channels


def test_the_shipped_files_with_the_example_overlay_have_no_errors() -> None:
    """An overlay with dated contacts adds no findings of its own."""
    example = Path(__file__).resolve().parents[1] / "docs" / "overlay.example.yaml"
    found = check_paths(overlay=example, today=TODAY)
    assert exit_code(found) == 0
    assert not any(str(example) == f.file for f in found)
    assert "contact 'police'" not in [f.entry for f in found]


def test_a_broken_reference_is_reported_not_raised(edit: Edit, shipped_copy: Path) -> None:
    """A route to a contact that does not exist is a load_error finding with the exact message."""
    path = edit(DATA, "      - contact: ess\n", "      - contact: expertise_unit\n")
    found = check(shipped_copy)
    assert found == [
        Finding(
            level="error",
            code="load_error",
            file=str(path),
            entry="question type 'prevention_expertise', field 'routes[0].contact'",
            message="names contact 'expertise_unit', which is not in 'contacts'; use one of: vng, "
            "regional_municipality, ess, school_safety_helpdesk, police, case_consultation, "
            "meld_misdaad_anoniem, family_support_point, nctv, nctv_communications",
        )
    ]
    assert exit_code(found) == 1


def test_a_national_contact_without_channels_is_reported(edit: Edit, shipped_copy: Path) -> None:
    """The line printed for a load error reads like the error itself."""
    path = edit(
        DATA,
        '    name: "Het (multidisciplinair) casusoverleg"\n    local: true\n',
        '    name: "Het (multidisciplinair) casusoverleg"\n',
    )
    assert format_findings(check(shipped_copy)) == (
        f"ERROR {path}: contact 'case_consultation', field 'channels': has no channels; give at "
        "least one e-mail address, phone number or web address, or mark it `local: true` if the "
        "municipality fills it in"
    )


def test_a_broken_overlay_is_reported(shipped_copy: Path, tmp_path: Path) -> None:
    """An overlay that does not load is one error finding, naming the overlay file."""
    overlay = tmp_path / "overlay.yaml"
    overlay.write_text(FIXTURE.read_text(encoding="utf-8").replace("police:", "politie:"))
    [finding] = check(shipped_copy, overlay=overlay)
    assert (finding.level, finding.code, finding.file, finding.entry) == (
        "error",
        "load_error",
        str(overlay),
        "override 'politie'",
    )


# (file, old snippet, new snippet, the exact findings as format_findings prints them; {rules}
# and {data} stand for the copied files' paths)
CASES: list[tuple[str, str, str, list[str]]] = [
    (
        RULES,
        "    question_type: communications\n    row: 9\n",
        "    question_type: passport_measure\n    row: 8\n",
        [
            "ERROR {data}: question type 'communications': no rule routes to it, so no question "
            "is ever routed to it; add a rule with `question_type: communications` to a rule "
            "file, or remove the question type",
        ],
    ),
    (
        RULES,
        "      all: [passport_measure, on_topic]\n",
        "      all: [passport_measure, on_topic, suspected_travel]\n",
        [
            "ERROR {data}: question type 'passport_measure': no combination of facts makes it "
            "the primary type: its rules (passport_measure) never match, or a rule of another "
            "type always comes first; give one of its rules a lower priority, or loosen its "
            "conditions",
            "WARNING {rules}: rule 'passport_measure': never decides the question type: wherever "
            "it matches, a rule that comes first matches too (official_report_of_travel, "
            "suspected_travel_or_threat); give it a lower priority, or remove it if it only "
            "repeats them",
        ],
    ),
    (
        RULES,
        "      all: [severe, on_topic]\n",
        "      all: [severe, on_topic]\n      none: [on_topic]\n",
        [
            "ERROR {rules}: rule 'serious_radicalisation': its conditions hold for no "
            "combination of facts, so it never matches; correct its `when`, or remove it",
        ],
    ),
    (
        RULES,
        "      all: [on_topic]\n      any: [suspected_travel, terrorist_threat]\n",
        "      all: [on_topic]\n      any: [acute, suspected_travel, terrorist_threat]\n",
        [
            "WARNING {rules}: rule 'acute_situation': never decides the question type: wherever "
            "it matches, a rule that comes first matches too (official_report_of_travel, "
            "suspected_travel_or_threat); give it a lower priority, or remove it if it only "
            "repeats them",
        ],
    ),
    (
        RULES,
        "    fallback: true\n    description: \"Een niet-acute vraag over de lokale preventieve "
        "aanpak.\"\n    when:\n      all: [on_topic]\n",
        "    fallback: true\n    description: \"Een niet-acute vraag over de lokale preventieve "
        "aanpak.\"\n    when:\n      all: [on_topic, specific_expertise]\n",
        [
            "ERROR {data}: question type 'prevention': no combination of facts makes it the "
            "primary type: its rules (local_prevention) never match, or a rule of another type "
            "always comes first; give one of its rules a lower priority, or loosen its conditions",
            "WARNING {rules}: rule 'local_prevention': is a fallback rule, but wherever it "
            "matches another rule matches too (official_report_of_travel, "
            "suspected_travel_or_threat, acute_situation, press_and_communications, "
            "passport_measure, family_wants_support, family_reports_radicalisation, "
            "radicalisation_signal, serious_radicalisation, question_from_a_school, "
            "prevention_needing_expertise), so it never decides; remove it, or narrow those rules",
        ],
    ),
    (
        RULES,
        "    priority: 45\n",
        "    priority: 80\n",
        [
            "ERROR {rules}: rule 'question_from_a_school': routes to 'school_question' with "
            "priority 80, and rule 'prevention_needing_expertise' routes to "
            "'prevention_expertise' with the same priority; both match, for example, when asker "
            "= school, specific_expertise, on_topic; give one of them another priority, so that "
            "the more important type comes first",
        ],
    ),
    (
        DATA,
        "  - id: nctv_communications\n",
        "  - id: aivd\n    name: \"AIVD\"\n    source: one_pager\n    channels:\n"
        "      - kind: web\n        value: \"https://www.aivd.nl\"\n"
        "  - id: nctv_communications\n",
        [
            "WARNING {data}: contact 'aivd': no question type routes to it, so no answer ever "
            "shows it; add it to the routes of a question type, or remove it",
        ],
    ),
    (
        RULES,
        # Both rules that ask for the fact, from the first's conditions to the second's.
        "      all: [family_support, on_topic]\n      any: [radicalisation_signal, severe]\n\n"
        "  - id: family_wants_support_alone\n    question_type: family_support\n    row: 6\n"
        "    priority: 82                   # after a school (45) and expertise (80)\n"
        "    description: \"Er is een wens tot familieondersteuning.\"\n"
        "    when:\n      all: [family_support, on_topic]\n",
        "      all: [{asker: family}, severe, radicalisation_signal, on_topic]\n",
        [
            "WARNING {lexicon}: facts.family_support: its words set the fact 'family_support', "
            "but no rule asks for it, so they change no answer; use the fact in a rule's "
            "`when`, or remove its words",
        ],
    ),
    (
        DATA,
        "    publisher: \"Politie\"\n",
        "    publisher: \"Politie\"\n    verified_on: 2024-11-28\n",
        [
            "WARNING {data}: source 'politie': was last verified on 2024-11-28, 731 days ago "
            "(more than 730); check its details against the source and update verified_on",
        ],
    ),
    (
        DATA,
        "    name: \"VNG\"\n",
        "    name: \"VNG\"\n    verified_on: \"2026-12-01\"\n",
        [
            "WARNING {data}: contact 'vng': has verified_on 2026-12-01, which is after today "
            "(2026-11-29); write the day its details were checked",
        ],
    ),
    (
        DATA,
        "    name: \"VNG\"\n",
        "    name: \"VNG\"\n    verified_on: 2024-11-29\n",
        [],
    ),
    (
        "rules/lexicon.yaml",
        '      - "Hoe voeren we de paspoortmaatregel uit?"\n',
        '      - "Hoe vraag ik een nieuw paspoort aan?"\n',
        [
            "ERROR {lexicon}: facts.passport_measure.examples[0]: this example does not set "
            "'passport_measure', so a term does not match as meant; `|` separates alternatives "
            "for one word only (write each phrase as its own term), and `routing explain` shows "
            "which words matched",
        ],
    ),
    (
        "rules/lexicon.yaml",
        '      - "boodschap ... af te stemmen"\n',
        '      - "boodschap ... afstemmen|af te stemmen"\n',
        [
            "WARNING {lexicon}: the term 'boodschap ... afstemmen|af te stemmen' looks like a "
            "phrase written inside one word's alternatives ('af' and a word after it make up "
            "the alternative 'afstemmen'); `|` separates alternatives for one word only, so "
            "write each phrase as its own term",
        ],
    ),
    (
        "rules/lexicon.yaml",
        '      - "in het nieuws stond|stonden|kwam|kwamen|was|waren"\n',
        '      - "in de krant|het nieuws stond"\n',
        [
            "WARNING {lexicon}: the term 'in de krant|het nieuws stond' looks like a phrase "
            "written inside one word's alternatives (an article follows 'de'); `|` separates "
            "alternatives for one word only, so write each phrase as its own term",
        ],
    ),
    (
        "rules/lexicon.yaml",
        '"erin rijden|rijdt", "erin te rijden",',
        '"erin rijden|rijdt|te rijden",',
        [
            "WARNING {lexicon}: the term 'erin rijden|rijdt|te rijden' looks like a phrase "
            "written inside one word's alternatives ('rijden' is both an alternative for a word "
            "and the word after it); `|` separates alternatives for one word only, so write each "
            "phrase as its own term",
        ],
    ),
    (
        # a `figures` line is a term of every fact, but its author wrote it once
        "rules/lexicon.yaml",
        '  - "culinaire terreur"\n',
        '  - "culinaire terreur|de terreur"\n',
        [
            "WARNING {lexicon}: the term 'culinaire terreur|de terreur' looks like a phrase "
            "written inside one word's alternatives ('terreur' is both an alternative for a word "
            "and the word after it); `|` separates alternatives for one word only, so write each "
            "phrase as its own term",
        ],
    ),
    (
        # a typo that `spellings` reads as the word meant before any term is matched
        "rules/lexicon.yaml",
        '  - "culinaire terreur"\n',
        '  - "culinaire terreur|aktie"\n',
        [
            "WARNING {lexicon}: the term 'culinaire terreur|aktie' holds 'aktie', which "
            "`spellings` reads as 'actie' before any term is matched, so the term never meets "
            "it; remove 'aktie' from the term, for 'actie' is matched in its place",
        ],
    ),
    (
        "rules/lexicon.yaml",
        '      - "ophitsend*"\n',
        '      - "ophitsend*|opruiend*|haatzaai*"\n',
        [
            "WARNING {lexicon}: the term 'ophitsend*|opruiend*|haatzaai*' repeats 'opruiend*' "
            "and 'haatzaai*', which the term 'haatzaai*|opruiing|opruiend*' already holds with "
            "the same meaning; remove it from one of them, so that an edit to one cannot leave "
            "the other behind",
        ],
    ),
    (
        "rules/lexicon.yaml",
        '      - "sonnenrad|wolfsangel|totenkopf"\n',
        '      - "sonnenrad|wolfsangel|totenkopf"\n      - "heil hitler"\n',
        [
            "WARNING {lexicon}: the term 'heil hitler' is the phrase 'heil hitler' again, with "
            "the same meaning; remove one of them, so that an edit to one cannot leave the "
            "other behind",
        ],
    ),
    (
        DATA,
        "    name: \"VNG\"\n",
        "    name: \"VNG\"\n    verified_on: 29 november 2026\n",
        [
            "ERROR {data}: contact 'vng', field 'verified_on': must be a date written as "
            "YYYY-MM-DD, for example 2025-03-31, got '29 november 2026'",
        ],
    ),
]  # fmt: skip


@pytest.mark.parametrize(("file", "old", "new", "expected"), CASES)
def test_each_kind_of_finding_is_reported_exactly(
    edit: Edit, shipped_copy: Path, file: str, old: str, new: str, expected: list[str]
) -> None:
    """One broken thing gives exactly its findings, each with what to change."""
    edit(file, old, new)
    paths = {
        "data": shipped_copy / DATA,
        "rules": shipped_copy / RULES,
        "lexicon": shipped_copy / "rules" / "lexicon.yaml",
    }
    lines = format_findings(check(shipped_copy)).splitlines()
    assert lines == [line.format(**paths) for line in expected]


def test_an_overlay_that_leaves_a_local_party_out_is_warned_about(
    shipped_copy: Path, tmp_path: Path
) -> None:
    """With an overlay, a local party it does not fill in is reported, in the overlay's name."""
    text = FIXTURE.read_text(encoding="utf-8")
    start = text.index("  regional_municipality:\n")
    overlay = tmp_path / "overlay.yaml"
    overlay.write_text(text[:start] + text[text.index("overrides:\n") :], encoding="utf-8")
    assert format_findings(check(shipped_copy, overlay=overlay)) == (
        f"WARNING {overlay}: contact 'regional_municipality': is a local party, but the overlay "
        "does not fill it in, so answers that route to it show no channels; add it under "
        "contacts in the overlay"
    )


def test_overlay_dates_are_checked_in_the_overlays_name(shipped_copy: Path) -> None:
    """A local contact verified long ago is stale, named in the overlay file."""
    found = check(shipped_copy, overlay=FIXTURE, max_age_days=30)
    assert [(f.file, f.entry) for f in found] == [
        (str(FIXTURE), f"contact {key!r}")
        for key in (
            "regional_municipality",
            "police",
            "case_consultation",
            "dossierhouder",
            "signals_network",
            "zorg_en_veiligheidshuis",
        )
    ]
    assert found[0].message == (
        "was last verified on 2026-06-01, 181 days ago (more than 30); check its details "
        "against the source and update verified_on"
    )


def test_a_rule_base_can_be_checked_directly() -> None:
    """check_rule_base takes a loaded base, and exit_code is 0 without errors, 1 with one."""
    base = load_rule_base(default_data_file(), default_rules_dir())
    found = check_rule_base(base, today=TODAY)
    assert found == check_paths(today=TODAY)
    error = Finding(level="error", code="conflict", file="f", entry=None, message="m")
    assert exit_code(found) == 0
    assert exit_code([*found, error]) == 1
    assert format_findings([error]) == "ERROR f: m"
    assert format_findings([]) == ""
