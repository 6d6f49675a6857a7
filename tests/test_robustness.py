"""Bad input gets a clear error, odd input works, and a broken reload changes nothing."""

from __future__ import annotations

import logging
import socket
import sys
from pathlib import Path
from types import FrameType
from typing import Any

import pytest

import routing
from routing._evaluate import load_corpus
from routing._pipeline import MAX_TEXT_CHARS

# input -> exact error type and message (the message says what to send instead)
BAD: list[tuple[Any, type[Exception], str]] = [
    (None, routing.QuestionError,
     "route() takes a Question, a mapping of its fields, or a text (str); got NoneType"),
    (42, routing.QuestionError,
     "route() takes a Question, a mapping of its fields, or a text (str); got int"),
    (b"Hij wil uitreizen", routing.QuestionError,
     "the question is bytes; decode it to a str (UTF-8) first"),
    ("", routing.QuestionError,
     "the question's text is empty; send the question in words, or a Question with facts such "
     "as {'suspected_travel': True}"),
    (" \n\t ", routing.QuestionError,
     "the question's text is empty; send the question in words, or a Question with facts such "
     "as {'suspected_travel': True}"),
    ({"text": "   "}, routing.QuestionError,
     "the question's text is empty; send the question in words, or a Question with facts such "
     "as {'suspected_travel': True}"),
    ("Hij wil \ud800 uitreizen", routing.QuestionError,
     "the text has an invalid character at position 8 (a lone surrogate); send valid Unicode "
     "text, for example bytes decoded with errors='replace'"),
    ("x" * (MAX_TEXT_CHARS + 1), routing.QuestionError,
     "the text is 1,048,577 characters long, more than the maximum of 1,048,576; send the "
     "question itself, not a whole document"),
    ({"suspected_travel": "ja"}, routing.QuestionError,
     "the field 'suspected_travel' must be true or false (a JSON boolean, not a string)"),
    ({"asker": 3}, routing.QuestionError,
     "the field 'asker' must be 'municipality', 'school', 'professional', 'citizen' or 'family'"),
    ({"vraag": "Hij wil uitreizen"}, routing.QuestionError,
     "the question has no field 'vraag'; its fields are: question_type, asker, text, acute, "
     "suspected_travel, terrorist_threat, official_report, passport_measure, communications, "
     "radicalisation_signal, severe, family_support, specific_expertise"),
    ({"question_type": "terror"}, routing.UnknownQuestionTypeError,
     "there is no question type 'terror'; use one of: prevention, prevention_expertise, "
     "school_question, travel_or_threat, radicalisation_signal, family_support, "
     "official_report_travel, passport_measure, communications, unknown, or leave "
     "question_type out to let the rules decide"),
    ({"question_type": "terror", "text": "hoi"}, routing.UnknownQuestionTypeError,
     "there is no question type 'terror'; use one of: prevention, prevention_expertise, "
     "school_question, travel_or_threat, radicalisation_signal, family_support, "
     "official_report_travel, passport_measure, communications, unknown, or leave "
     "question_type out to let the rules decide"),
    (["suspected_travel"], routing.QuestionError,
     "route() takes a Question, a mapping of its fields, or a text (str); got list"),
    ({"asker": "teacher"}, routing.QuestionError,
     "the field 'asker' must be 'municipality', 'school', 'professional', 'citizen' or 'family'"),
    ({"acute": "yes"}, routing.QuestionError,
     "the field 'acute' must be true or false (a JSON boolean, not a string)"),
    ({"acute": 1}, routing.QuestionError,
     "the field 'acute' must be true or false (a JSON boolean, not a string)"),
    ({"text": 42}, routing.QuestionError, "the field 'text' must be a text (str)"),
]  # fmt: skip


@pytest.mark.parametrize(("question", "error", "message"), BAD)
def test_bad_input_raises_a_documented_value_error(
    router: routing.Router, question: Any, error: type[Exception], message: str
) -> None:
    """Every kind of bad input raises the exact error and message, never a crash."""
    with pytest.raises(error) as caught:
        router.route(question)
    assert str(caught.value) == message
    assert isinstance(caught.value, routing.RoutingError)
    assert isinstance(caught.value, ValueError)


@pytest.mark.parametrize(
    "text",
    [
        "Hij wil uitreizen naar Syrië 🇸🇾💣 wat nu???",
        "Mijn zoon radicaliseert\x00\x07\x1b[31m en wil uitreizen",
        "Он хочет уехать в Сирию; hij wil naar Syrië",
        "uitreis" + "x" * 50_000,
        "ambtsbericht" * 80_000,  # one word of ~1 MB: typo tolerance must stay linear
        "ambtsbericht\u200b ontvangen over uitreis",
        "ﬁ" * 1000 + " hij wil uitreizen",
    ],
)
def test_odd_but_valid_text_is_routed(router: routing.Router, text: str) -> None:
    """Emoji, control characters, mixed scripts and very long words are read, not refused."""
    result = router.route(text)
    assert result.question_type in router.table.question_types
    for word in result.trace.text.words if result.trace.text else ():
        assert 0 <= word.start < word.end <= len(text)


def test_text_of_the_maximum_length_is_accepted(router: routing.Router) -> None:
    """The documented maximum itself is fine (and at least 1 MB)."""
    assert MAX_TEXT_CHARS >= 1_000_000
    text = ("Er is geen sprake van uitreis. " * 40_000)[:MAX_TEXT_CHARS]
    assert router.route(text).question_type == "prevention"


def _python_steps(router: routing.Router, text: str) -> int:
    """How many lines, calls and returns of Python `route(text)` runs, once its memos are warm.

    A count, not a time: the same on every machine, so a test can compare two of them exactly.
    """
    router.route(text)
    steps = 0

    def count(frame: FrameType, event: str, arg: object) -> Any:
        nonlocal steps
        steps += 1
        return count

    sys.settrace(count)
    try:
        router.route(text)
    finally:
        sys.settrace(None)
    return steps


def test_reading_twice_the_text_takes_twice_the_steps(router: routing.Router) -> None:
    """Reading is linear: a text of 8 blocks runs twice the Python steps of one of 4 blocks.

    Work per except times per threat word once made it quadratic; that showed only as a
    benchmark of 1 MB taking 16 s, not in any answer. The blocks are 40 golden questions, so
    every mechanism of reading runs in them.
    """
    questions = load_corpus(Path(__file__).parent / "corpus" / "questions.yaml")
    block = " ".join(case.text for case in questions[:40])
    four, eight = (_python_steps(router, "\n".join([block] * n)) for n in (4, 8))
    assert eight / four < 2.1


def test_routing_never_opens_a_socket(monkeypatch: pytest.MonkeyPatch) -> None:
    """A fresh router, its loading and many calls run with the network switched off."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("network access")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket, "gethostbyname", refuse)
    router = routing.Router()
    answers = [
        router.route(question).question_type
        for question in (
            "Mail me op jan@example.nl, hij wil uitreizen",
            {"asker": "school", "text": "bel 06-12345678 over radicalisering"},
            {"passport_measure": True},
        )
    ]
    assert answers == ["travel_or_threat", "school_question", "passport_measure"]


def test_routing_logs_nothing(router: routing.Router, caplog: pytest.LogCaptureFixture) -> None:
    """Nothing is logged while routing, so no question text can end up in a log."""
    caplog.set_level(logging.DEBUG)
    router.route("Mijn buurman Jan de Vries (BSN 111222333) wil uitreizen naar Syrië.")
    assert caplog.records == []


def test_an_error_message_never_repeats_the_text(router: routing.Router) -> None:
    """Errors about a text say what is wrong with it without quoting it."""
    personal = "Jan de Vries 111222333 \ud800"
    with pytest.raises(routing.QuestionError) as caught:
        router.route(personal)
    assert "Jan" not in str(caught.value)


def test_a_failed_reload_keeps_the_router_working(shipped_copy: Path) -> None:
    """A reload that fails raises, and the router goes on with the files it had."""
    data = shipped_copy / "data" / "contacts.yaml"
    router = routing.Router(data=data, rules=shipped_copy / "rules")
    before = router.route({"asker": "school"})
    data.write_text(data.read_text(encoding="utf-8") + "\n  - broken: [", encoding="utf-8")
    with pytest.raises(routing.DataError):
        router.reload()
    assert router.route({"asker": "school"}) == before


def test_a_reload_switches_to_the_new_files_at_once(shipped_copy: Path) -> None:
    """After a successful reload every call uses the new files, and provenance says so."""
    data = shipped_copy / "data" / "contacts.yaml"
    router = routing.Router(data=data, rules=shipped_copy / "rules")
    old_digest = router.provenance.digest
    text = data.read_text(encoding="utf-8").replace("ess@minszw.nl", "ess@example.nl")
    data.write_text(text, encoding="utf-8")
    router.reload()
    result = router.route({"specific_expertise": True})
    assert result.routes[0].contact.channels[0].value == "ess@example.nl"
    assert result.provenance.digest != old_digest
