"""Texts written to break the rules stay acute: the red-team reviews of 2026-11-30 onwards.

`tests/corpus/redteam.yaml` holds realistic texts about a current threat or an intended
departure that were calm when reviewers wrote them against the rules: 671 from the reviews
of 2026-11-30 to 2026-12-04, and 245 from the except review of 2026-12-05 (helpers wrote a threat
in the words of each except phrase; 245 of their 985 threats were calm). The rules were
mended for most; the rest are expected to fail (strictly), so the table says what is still
missed and a fix shows up as a failure to move it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

import routing

_CASES: list[dict[str, Any]] = yaml.safe_load(
    (Path(__file__).parent / "corpus" / "redteam.yaml").read_text(encoding="utf-8")
)


def _params() -> list[Any]:
    return [
        pytest.param(
            case["text"],
            marks=[pytest.mark.xfail(reason="still missed", strict=True)]
            if case["still_missed"]
            else [],
            id=f"redteam-{number:02d}",
        )
        for number, case in enumerate(_CASES, 1)
    ]


def test_the_table_is_whole() -> None:
    """938 texts, each with the reviewer's diagnosis of why it was missed, where one was written."""
    assert len(_CASES) == 938
    assert all(case["why"] and isinstance(case["still_missed"], bool) for case in _CASES)


@pytest.mark.parametrize("text", _params())
def test_a_red_team_text_is_acute_with_the_police_first(router: routing.Router, text: str) -> None:
    """A current threat or departure is acute, whatever look-alike or idiom stands beside it."""
    result = router.route(text)
    assert result.acute is True
    assert result.routes[0].contact.id == "police"
