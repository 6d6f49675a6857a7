"""``python -m routing QUESTION``: route one question and print the result as JSON.

QUESTION is a JSON object of `Question` fields (``'{"asker": "school"}'``) or plain text.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

from ._exceptions import RoutingError
from ._router import route


def main(argv: Sequence[str] | None = None) -> int:
    """Route the question given on the command line; exit 2 on a question that is not valid."""
    parser = argparse.ArgumentParser(prog="routing", description=__doc__.splitlines()[0])
    parser.add_argument("question", help="a JSON object of Question fields, or plain text")
    args = parser.parse_args(argv)
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


if __name__ == "__main__":
    sys.exit(main())
