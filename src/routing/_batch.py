"""Routing a file of questions line by line: streaming, so memory stays flat as input grows.

Input is JSON Lines (one object per line: a `text` field and optional facts) or CSV (a `text`
column and optional fact columns, with `true`/`false` or empty). Output is one JSON line per
input line: ``{"line": n, "result": {...}}`` or ``{"line": n, "error": "..."}``.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any, TextIO

import click

from ._exceptions import RoutingError
from ._facts import BOOLEAN_FACTS
from ._router import Router


@dataclass
class Summary:
    """How a batch went."""

    lines: int = 0
    routed: int = 0
    errors: int = 0
    acute: int = 0

    def line(self) -> str:
        """One line for the end of a run."""
        return (
            f"{self.lines:,} lines: {self.routed:,} routed ({self.acute:,} acute), "
            f"{self.errors:,} errors"
        )


def run_batch(
    router: Router, source: TextIO, out: TextIO, *, csv_input: bool, progress: bool
) -> Summary:
    """Route every line of `source` and write one JSON line per input line to `out`."""
    records = _csv_records(source) if csv_input else _jsonl_records(source)
    if not progress:
        return _route_all(router, records, out)
    # The bar counts lines, not a total: the input is streamed, its length is not known.
    with click.progressbar(records, label="routing", file=sys.stderr) as bar:
        return _route_all(router, bar, out)


def _route_all(router: Router, records: Iterable[tuple[int, Any]], out: TextIO) -> Summary:
    summary = Summary()
    for number, record in records:
        summary.lines += 1
        try:
            if isinstance(record, str):  # a line that could not be read as a question
                raise _BadLineError(record)
            result = router.route(record)
        except (RoutingError, _BadLineError) as error:
            summary.errors += 1
            out.write(json.dumps({"line": number, "error": str(error)}, ensure_ascii=False))
        else:
            summary.routed += 1
            summary.acute += result.acute
            payload = {"line": number, "result": result.model_dump(mode="json")}
            out.write(json.dumps(payload, ensure_ascii=False))
        out.write("\n")
    return summary


class _BadLineError(Exception):
    """A line that is not a question at all (bad JSON, a bad CSV value)."""


def _jsonl_records(source: TextIO) -> Iterator[tuple[int, Any]]:
    for number, line in enumerate(source, 1):
        if not line.strip():
            continue
        try:
            yield number, json.loads(line)
        except json.JSONDecodeError as error:
            yield number, f"not valid JSON ({error.msg}, column {error.colno}); one object a line"


def _csv_records(source: TextIO) -> Iterator[tuple[int, Any]]:
    reader = csv.DictReader(source)
    for row in reader:
        number = reader.line_num
        try:
            yield number, _csv_question(row)
        except ValueError as error:
            yield number, str(error)


def _csv_question(row: dict[str, str | None]) -> dict[str, object]:
    question: dict[str, object] = {}
    for name, value in row.items():
        if value is None or value == "":
            continue
        if name in BOOLEAN_FACTS:
            if value.lower() not in ("true", "false"):
                raise ValueError(f"the column {name!r} must be true, false or empty")
            question[name] = value.lower() == "true"
        else:
            question[name] = value
    return question
