"""What `route()` accepts, and the exact error for what it does not."""

from __future__ import annotations

from typing import Any

import pytest

import routing


def test_a_question_a_mapping_and_keywords_give_the_same_result(router: routing.Router) -> None:
    """A Question model and a mapping of the same fields route identically."""
    as_model = router.route(routing.Question(asker="school", severe=True))
    as_mapping = router.route({"asker": "school", "severe": True})
    assert as_model == as_mapping
    assert as_model.question_type == "radicalisation_signal"


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


@pytest.mark.parametrize(
    ("question", "error", "message"),
    [
        (
            {"asker": "teacher"},
            routing.QuestionError,
            "the field 'asker' must be 'municipality', 'school', 'professional', 'citizen' or "
            "'family'",
        ),
        (
            {"acute": "yes"},
            routing.QuestionError,
            "the field 'acute' must be true or false (a JSON boolean, not a string)",
        ),
        (
            {"acute": 1},
            routing.QuestionError,
            "the field 'acute' must be true or false (a JSON boolean, not a string)",
        ),
        (
            {"urgent": True},
            routing.QuestionError,
            "the question has no field 'urgent'; its fields are: question_type, asker, text, "
            "acute, suspected_travel, terrorist_threat, official_report, passport_measure, "
            "communications, radicalisation_signal, severe, family_support, specific_expertise",
        ),
        (
            {"text": 42},
            routing.QuestionError,
            "the field 'text' must be a text (str)",
        ),
        (
            {"question_type": "paspoort"},
            routing.UnknownQuestionTypeError,
            "there is no question type 'paspoort'; use one of: prevention, prevention_expertise, "
            "school_question, travel_or_threat, radicalisation_signal, family_support, "
            "official_report_travel, passport_measure, communications, unknown, or leave "
            "question_type out to let the rules decide",
        ),
        (
            b"bytes",
            routing.QuestionError,
            "the question is bytes; decode it to a str (UTF-8) first",
        ),
        (
            None,
            routing.QuestionError,
            "route() takes a Question, a mapping of its fields, or a text (str); got NoneType",
        ),
        (
            ["suspected_travel"],
            routing.QuestionError,
            "route() takes a Question, a mapping of its fields, or a text (str); got list",
        ),
    ],
)
def test_bad_input_gets_a_plain_error(
    router: routing.Router, question: Any, error: type[Exception], message: str
) -> None:
    """Each kind of bad input raises the package's own ValueError with an exact message."""
    with pytest.raises(error) as caught:
        router.route(question)
    assert str(caught.value) == message
    assert isinstance(caught.value, ValueError)


def test_an_error_never_repeats_the_value_it_rejects(router: routing.Router) -> None:
    """A rejected value (which may be personal data) does not appear in the message."""
    with pytest.raises(routing.QuestionError) as caught:
        router.route({"asker": "Jan Jansen, BSN 111222333"})
    assert "Jansen" not in str(caught.value)
    assert "111222333" not in str(caught.value)
