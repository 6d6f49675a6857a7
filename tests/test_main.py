"""``python -m routing``: one question in, its result as JSON out, meaningful exit codes."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from routing.__main__ import main


def test_a_json_question_prints_its_result(capsys: pytest.CaptureFixture[str]) -> None:
    """A JSON object of Question fields is routed and printed as the result's JSON."""
    assert main(['{"passport_measure": true}']) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed["question_type"] == "passport_measure"
    assert [r["contact"]["id"] for r in printed["routes"]] == ["nctv"]


@pytest.mark.parametrize(
    ("argument", "message"),
    [
        ('{"acute": "x"}', "routing: the field 'acute' must be true or false (a JSON boolean, "
                           "not a string)\n"),
        ('{"acute": tru}', "routing: the question is not valid JSON (Expecting value, "
                           "column 11)\n"),
    ],
)  # fmt: skip
def test_a_bad_question_exits_2_with_one_line(
    capsys: pytest.CaptureFixture[str], argument: str, message: str
) -> None:
    """A question that is not valid gives exit code 2 and one plain line, no traceback."""
    assert main([argument]) == 2
    assert capsys.readouterr().err == message


def test_the_module_runs_as_a_program() -> None:
    """`python -m routing` works from a shell, as the README's quick start says."""
    done = subprocess.run(
        [sys.executable, "-m", "routing", '{"asker": "school"}'],
        capture_output=True,
        text=True,
        check=True,
    )
    assert json.loads(done.stdout)["routes"][0]["contact"]["id"] == "school_safety_helpdesk"
