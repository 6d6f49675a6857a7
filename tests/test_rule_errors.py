"""A broken rule file fails to load with a message naming the file, the rule id and the fix."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

import routing

RULES = "rules/question_types.yaml"

# (old snippet, new snippet, exact message after the file's path)
CASES: list[tuple[str, str, str]] = [
    (
        "      all: [passport_measure, on_topic]\n",
        "      all: [paspoort, on_topic]\n",
        "rule 'passport_measure', field 'when.all[0]': there is no fact 'paspoort'; use one of: "
        "asker, acute, suspected_travel, terrorist_threat, official_report, passport_measure, "
        "communications, radicalisation_signal, severe, family_support, specific_expertise, "
        "on_topic",
    ),
    (
        "      all: [{asker: family}, on_topic]\n",
        "      all: [{asker: parent}, on_topic]\n",
        "rule 'family_reports_radicalisation', field 'when.all[0]': the fact 'asker' cannot be "
        "'parent'; it is one of: municipality, school, professional, citizen, family",
    ),
    (
        "      all: [passport_measure, on_topic]\n",
        "      all: [{passport_measure: \"yes\"}, on_topic]\n",
        "rule 'passport_measure', field 'when.all[0]': the fact 'passport_measure' cannot be "
        "'yes'; it is one of: false, true",
    ),
    (
        "      all: [passport_measure, on_topic]\n",
        "      all: [{passport_measure: true, severe: true}, on_topic]\n",
        "rule 'passport_measure', field 'when.all[0]': a condition is one fact name or one "
        "`fact: value` pair; split it into several",
    ),
    (
        "    priority: 30\n",
        "    priority: 30\n    urgent: true\n",
        "rule 'passport_measure', field 'urgent': is not a known key; a rule has id, "
        "question_type, row, priority, fallback, description and when",
    ),
    (
        "    when:\n      all: [passport_measure, on_topic]\n",
        "    when:\n      allof: [passport_measure, on_topic]\n",
        "rule 'passport_measure', field 'when.allof': is not a known key; a rule has id, "
        "question_type, row, priority, fallback, description and when",
    ),
    (
        "    when:\n      all: [passport_measure, on_topic]\n",
        "    when: {}\n",
        "rule 'passport_measure', field 'when': Value error, needs at least one condition under "
        "all, any or none, got {{}}",
    ),
    (
        "    question_type: passport_measure\n",
        "    question_type: paspoort\n",
        "rule 'passport_measure', field 'question_type': routes to question type 'paspoort', "
        "which is not in {data}; use one of: prevention, prevention_expertise, school_question, "
        "travel_or_threat, radicalisation_signal, family_support, official_report_travel, "
        "passport_measure, communications, unknown",
    ),
    (
        "    row: 8\n",
        "    row: 9\n",
        "rule 'passport_measure', field 'row': says it comes from row 9, but 'passport_measure' "
        "is row 8 of the table; correct the row",
    ),
    (
        "  - id: family_reports_radicalisation\n",
        "  - id: family_wants_support\n",
        "rule 'family_wants_support': has the same id as a rule in {rules}; give each rule its "
        "own id",
    ),
    (
        "    priority: 30\n",
        "    priority: 70000\n",
        "rule 'passport_measure', field 'priority': Input should be less than or equal to 9999, "
        "got 70000",
    ),
    (
        "kind: routing-rules\n",
        "kind: routing-regels\n",
        "field 'kind': Input should be 'routing-rules', got 'routing-regels'",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("old", "new", "message"), CASES)
def test_a_broken_rule_says_which_rule_and_what_to_do(
    edit: Callable[[str, str, str], Path], old: str, new: str, message: str
) -> None:
    """The exact message names the file, the rule id and the field, and says how to fix it."""
    path = edit(RULES, old, new)
    data = path.parent.parent / "data" / "contacts.yaml"
    if "routing-regels" in new:
        # The kind is checked before the file's schema: an unknown kind is "no such kind".
        message = (
            "has kind 'routing-regels', and there is no such kind of rule file; start the file "
            "with `kind:` and one of: routing-rules, lexicon, negation, scorecard, type-card, "
            "translation"
        )
    with pytest.raises(routing.RuleError) as caught:
        routing.Router(data=data, rules=path.parent)
    assert str(caught.value) == f"{path}: " + message.format(data=data, rules=path)


def test_a_folder_without_rule_files_is_refused(shipped_copy: Path) -> None:
    """An empty rules folder is an error: without rules nothing can be routed."""
    empty = shipped_copy / "empty"
    empty.mkdir()
    with pytest.raises(routing.RuleError) as caught:
        routing.Router(data=shipped_copy / "data" / "contacts.yaml", rules=empty)
    assert str(caught.value) == (
        f"{empty}: holds no file of kind 'routing-rules'; without rules nothing can be routed"
    )


def test_a_rules_path_that_is_not_a_folder_is_refused(shipped_copy: Path) -> None:
    """Passing a file where the folder is expected says what to pass instead."""
    file = shipped_copy / "rules" / "question_types.yaml"
    with pytest.raises(routing.RuleError, match="is not a folder of rule files"):
        routing.Router(rules=file)


def test_a_second_rule_file_adds_rules(shipped_copy: Path) -> None:
    """Every *.yaml file of kind routing-rules in the folder contributes its rules."""
    extra = shipped_copy / "rules" / "extra.yaml"
    extra.write_text(
        "kind: routing-rules\nschema_version: 1\nrules:\n"
        "  - id: citizen_reports_signal\n    question_type: radicalisation_signal\n    row: 5\n"
        "    priority: 45\n    description: Een burger meldt iets.\n"
        "    when:\n      all: [{asker: citizen}, on_topic]\n",
        encoding="utf-8",
    )
    router = routing.Router(
        data=shipped_copy / "data" / "contacts.yaml", rules=shipped_copy / "rules", engine="builtin"
    )
    result = router.route({"asker": "citizen"})
    assert result.question_type == "radicalisation_signal"
    assert result.provenance.files == (
        "data/contacts.yaml",
        "data/points.yaml",
        "rules/acute_card.yaml",
        "rules/extra.yaml",
        "rules/german.yaml",
        "rules/lexicon.yaml",
        "rules/negation.yaml",
        "rules/question_types.yaml",
        "rules/topic_card.yaml",
        "rules/type_card.yaml",
    )
