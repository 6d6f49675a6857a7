r"""Coverage-guided fuzzing of `routing.route(text)` with atheris (libFuzzer for Python).

The fuzzer feeds `route()` texts made from arbitrary bytes (decoded as UTF-8 with
errors="replace"), and keeps the inputs that reach new code. A crash is any exception that is
not one of the package's own `routing.RoutingError`s (those are refusals with a plain message,
such as "the question's text is empty"), and any answer that repeats a BSN, phone number or
e-mail address of the text. libFuzzer then stops and writes the input to ``crash-<sha1>``.

atheris needs its own environment (it is not a dependency of routing, and it builds against the
Python it runs on), with routing's source on the path:

    python3 -m venv /tmp/venv-fuzz
    /tmp/venv-fuzz/bin/pip install atheris pydantic phonenumbers email-validator PyYAML \
        durable-rules
    PYTHONPATH=src /tmp/venv-fuzz/bin/python benchmarks/fuzz_route.py -runs=20000

Useful libFuzzer flags: ``-runs=N`` (stop after N inputs), ``-max_total_time=SECONDS``,
``-max_len=BYTES`` (default 4096), ``-timeout=SECONDS`` (an input that takes longer is a crash).
To start from the golden corpus rather than from nothing, write it to a folder first and pass
the folder; libFuzzer adds what it finds there:

    PYTHONPATH=src python benchmarks/fuzz_route.py --seeds /tmp/fuzz-corpus
    PYTHONPATH=src python benchmarks/fuzz_route.py /tmp/fuzz-corpus -max_total_time=60

To replay a crash: ``python benchmarks/fuzz_route.py crash-<sha1>``.
"""

from __future__ import annotations

import hashlib
import itertools
import sys
from pathlib import Path

# atheris ships no type information, and it is not installed in the project's environment.
import atheris  # type: ignore[import-not-found, import-untyped, unused-ignore]

with atheris.instrument_imports(include=["routing"]):
    import routing
    from routing._privacy import find_personal_data, redact
    from routing._router import default_router

CORPUS = Path(__file__).resolve().parents[1] / "tests" / "corpus" / "questions.yaml"

#: The table's own published channels: an answer shows them, whoever typed them in a question.
PUBLISHED = {
    form
    for contact in default_router().table.contacts.values()
    for channel in contact.channels
    for form in (channel.value, channel.display, channel.uri)
}


def test_one_input(data: bytes) -> None:
    """Route one text; fail on any exception but the package's own, or on leaked data."""
    text = data.decode("utf-8", errors="replace")
    spans = find_personal_data(text)
    assert all(a.end <= b.start for a, b in itertools.pairwise(spans)), "overlapping findings"
    found = [text[p.start : p.end] for p in spans]
    redact(text)
    try:
        result = routing.route(text)
    except routing.RoutingError:
        return
    json = result.model_dump_json()
    leaked = [value for value in found if value in json and value not in PUBLISHED]
    assert not leaked, f"the answer repeats {len(leaked)} piece(s) of personal data"


def write_seeds(folder: Path) -> int:
    """Write the golden corpus's questions to `folder`, one file each, as a starting corpus."""
    from routing._evaluate import load_corpus

    folder.mkdir(parents=True, exist_ok=True)
    cases = load_corpus(CORPUS)
    for case in cases:
        data = case.text.encode("utf-8")
        (folder / hashlib.sha1(data, usedforsecurity=False).hexdigest()).write_bytes(data)
    print(f"wrote {len(cases)} seed inputs to {folder}")
    return 0


def main() -> int:
    """Write seeds (--seeds FOLDER), or fuzz with the libFuzzer flags given."""
    if len(sys.argv) == 3 and sys.argv[1] == "--seeds":
        return write_seeds(Path(sys.argv[2]))
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()
    return 0


if __name__ == "__main__":
    sys.exit(main())
