"""``python -m routing QUESTION``: route one question and print the result as JSON.

QUESTION is a JSON object of `Question` fields (``'{"asker": "school"}'``) or plain text.
``python -m routing evaluate CORPUS.yaml`` prints how well the rules route a corpus of
questions with known answers, per type.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from ._exceptions import RoutingError
from ._router import route


def main(argv: Sequence[str] | None = None) -> int:
    """Route the question given on the command line; exit 2 on a question that is not valid."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    if args_list[:1] == ["evaluate"]:
        return _evaluate(args_list[1:])
    parser = argparse.ArgumentParser(prog="routing", description=__doc__.splitlines()[0])
    parser.add_argument("question", help="a JSON object of Question fields, or plain text")
    args = parser.parse_args(args_list)
    question: object = args.question
    if args.question.lstrip().startswith("{"):
        try:
            question = json.loads(args.question)
        except json.JSONDecodeError as error:
            print(f"routing: the question is not valid JSON ({error.msg}, column {error.colno})",
                  file=sys.stderr)  # fmt: skip
            return 2
    try:
        result = route(question)  # type: ignore[arg-type]
    except RoutingError as error:
        print(f"routing: {error}", file=sys.stderr)
        return 2
    print(json.dumps(result.model_dump(mode="json"), ensure_ascii=False, indent=2))
    return 0


def _evaluate(argv: Sequence[str]) -> int:
    """Print accuracy per type over a corpus; exit 1 when an acute case was missed."""
    from ._evaluate import evaluate, load_corpus
    from ._router import default_router

    parser = argparse.ArgumentParser(
        prog="routing evaluate", description="How well the rules route a corpus of questions."
    )
    parser.add_argument("corpus", type=Path, help="a YAML list of cases (see docs/text.md)")
    args = parser.parse_args(argv)
    try:
        report = evaluate(default_router(), load_corpus(args.corpus))
    except RoutingError as error:
        print(f"routing: {error}", file=sys.stderr)
        return 2
    print("\n".join(report.lines()))
    return 1 if report.missed_acute else 0


if __name__ == "__main__":
    sys.exit(main())
