"""What `route()` accepts, and the exact error for what it does not."""

from __future__ import annotations

import pytest

import routing


def test_a_question_a_mapping_and_keywords_give_the_same_result(router: routing.Router) -> None:
    """A Question model and a mapping of the same fields route identically."""
    as_model = router.route(routing.Question(asker="school", severe=True))
    as_mapping = router.route({"asker": "school", "severe": True})
    assert as_model == as_mapping
    # Not acute, so the school helpdesk comes first and the police after it (rules/*.yaml).
    assert as_model.question_type == "school_question"
    assert as_model.also_matched == ("radicalisation_signal",)


def test_a_question_with_no_facts_is_the_first_row(router: routing.Router) -> None:
    """An empty structured question is a local, non-acute prevention question."""
    result = router.route(routing.Question())
    assert (result.question_type, result.row, result.acute) == ("prevention", 1, False)


def test_a_text_is_accepted(router: routing.Router) -> None:
    """A plain string is a question; the result never repeats its text."""
    text = "Hoe richten wij een signalenoverleg in?"
    result = router.route(text)
    assert result.question_type in router.table.question_types
    assert text not in result.model_dump_json()


def test_an_error_never_repeats_the_value_it_rejects(router: routing.Router) -> None:
    """A rejected value (which may be personal data) does not appear in the message."""
    with pytest.raises(routing.QuestionError) as caught:
        router.route({"asker": "Jan Jansen, BSN 111222333"})
    assert "Jansen" not in str(caught.value)
    assert "111222333" not in str(caught.value)
