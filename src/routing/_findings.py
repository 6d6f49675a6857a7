"""What `routing check` reports: one finding per problem, with its level, code and remedy.

The codes, and what to change for each, are listed in docs/checks.md.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict

Level = Literal["error", "warning"]
Code = Literal[
    "load_error",
    "unreachable_type",
    "shadowed_rule",
    "conflict",
    "unused_contact",
    "unconfigured_contact",
    "unused_lexicon_fact",
    "misread_example",
    "split_phrase",
    "repeated_word",
    "respelt_word",
    "stale_data",
]


class Finding(BaseModel):
    """One thing `routing check` reports: what is wrong, where, and what to change."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    level: Level
    code: Code
    file: str | None
    entry: str | None = None
    message: str


def format_findings(findings: list[Finding]) -> str:
    """One line per finding: ``LEVEL file: entry: message``."""
    return "\n".join(
        f"{f.level.upper()} " + ": ".join(p for p in (f.file, f.entry, f.message) if p)
        for f in findings
    )


def exit_code(findings: list[Finding]) -> int:
    """1 if any finding is an error, else 0."""
    return 1 if any(f.level == "error" for f in findings) else 0


def found(level: Level, code: Code, file: str | None, entry: str | None, text: str) -> Finding:
    return Finding(level=level, code=code, file=file, entry=entry, message=text)
