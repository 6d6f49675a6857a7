"""How several matching types, explicit types and the trace come together in one result."""

from __future__ import annotations

import json

import pytest

import routing


def test_a_school_reporting_travel_gets_the_police_first_and_the_helpdesk_after(
    router: routing.Router,
) -> None:
    """Priority puts the acute type first; the school's own row is kept as also_matched."""
    result = router.route({"asker": "school", "suspected_travel": True})
    assert result.question_type == "travel_or_threat"
    assert result.also_matched == ("school_question",)
    assert [r.contact.id for r in result.routes] == ["police", "school_safety_helpdesk"]
    assert result.explanation.endswith("Ook van toepassing: Vraag van een school (rij 3).")


def test_an_explicit_type_routes_directly_but_keeps_acute_types(router: routing.Router) -> None:
    """An explicit type is primary; matched acute types still add the police."""
    result = router.route({"question_type": "communications", "terrorist_threat": True})
    assert (result.question_type, result.also_matched) == ("communications", ("travel_or_threat",))
    assert result.acute
    assert [r.contact.id for r in result.routes] == ["nctv_communications", "police"]
    assert result.trace.decided_by == "the question named its type explicitly"


def test_an_explicit_type_does_not_drag_in_the_fallback_row(router: routing.Router) -> None:
    """With no other facts, an explicit type stands alone: prevention is only a fallback."""
    result = router.route({"question_type": "passport_measure"})
    assert (result.question_type, result.also_matched) == ("passport_measure", ())


def test_family_reporting_serious_radicalisation_gets_family_support_and_the_police(
    router: routing.Router,
) -> None:
    """A family's report of serious radicalisation is row 6 first, with row 5's contacts after."""
    result = router.route({"asker": "family", "radicalisation_signal": True, "severe": True})
    assert result.question_type == "family_support"
    assert result.also_matched == ("radicalisation_signal",)
    assert [r.contact.id for r in result.routes] == [
        "family_support_point",
        "police",
        "case_consultation",
        "meld_misdaad_anoniem",
    ]


def test_a_family_reporting_a_signal_without_asking_support_is_row_5(
    router: routing.Router,
) -> None:
    """Row 6 needs serious radicalisation or a wish for support; a signal alone is row 5."""
    result = router.route({"asker": "family", "radicalisation_signal": True})
    assert result.question_type == "radicalisation_signal"
    assert [r.contact.id for r in result.routes] == [
        "police",
        "case_consultation",
        "meld_misdaad_anoniem",
    ]
    wish = router.route({"asker": "family", "radicalisation_signal": True, "family_support": True})
    assert wish.question_type == "family_support"


def test_the_trace_lists_the_fired_rules_in_priority_order(router: routing.Router) -> None:
    """The trace shows the facts and every rule that fired, most important first."""
    result = router.route({"passport_measure": True, "communications": True, "asker": "school"})
    assert [hit.id for hit in result.trace.fired] == [
        "press_and_communications",
        "passport_measure",
        "question_from_a_school",
        "local_prevention",
    ]
    assert result.trace.fired[0].file == "rules/question_types.yaml"
    assert result.trace.facts.passport_measure
    assert result.trace.facts.asker == "school"
    assert result.trace.decided_by == "rule 'press_and_communications' has the lowest priority"


def test_results_are_frozen(router: routing.Router) -> None:
    """A result cannot be changed: it is shared between callers and threads."""
    result = router.route({})
    with pytest.raises(ValueError, match="frozen"):
        result.acute = True  # type: ignore[misc]
    with pytest.raises(ValueError, match="frozen"):
        result.trace.facts.acute = True  # type: ignore[misc]


def test_the_same_question_gives_byte_identical_json() -> None:
    """Two routers over the same files give the same JSON, provenance included."""
    first = routing.Router().route({"severe": True}).model_dump_json()
    second = routing.Router().route({"severe": True}).model_dump_json()
    assert first == second
    assert json.loads(first)["provenance"]["files"] == [
        "data/contacts.yaml",
        "data/points.yaml",
        "rules/acute_card.yaml",
        "rules/german.yaml",
        "rules/lexicon.yaml",
        "rules/negation.yaml",
        "rules/question_types.yaml",
        "rules/topic_card.yaml",
        "rules/type_card.yaml",
    ]


def test_provenance_names_the_engine_and_a_digest_of_the_files(
    each_engine_router: routing.Router,
) -> None:
    """The result says which engine answered, and carries the SHA-256 of the files."""
    provenance = each_engine_router.route({}).provenance
    assert provenance.engine == each_engine_router.engine
    assert len(provenance.digest) == 64
    assert int(provenance.digest, 16) >= 0


def test_auto_prefers_durable_rules_where_it_imports() -> None:
    """engine='auto' picks durable-rules when it can run, the built-in evaluator otherwise."""
    expected = "durable-rules" if routing.durable_rules_available() else "builtin"
    assert routing.Router().engine == expected
