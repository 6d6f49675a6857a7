r"""Learn the acute scorecard (rules/scorecard.yaml) from labelled questions.

The word lists of rules/lexicon.yaml name threats; people often describe them instead ("hij
neemt afscheid, zijn ticket ligt klaar, hij gaat de broeders helpen"). The scorecard gives
single words a weight, learned from questions whose `acute` label a person wrote, and marks a
text acute when its words add up. It can only add `acute`: see docs/text.md.

The learner is L1-regularised logistic regression, fitted with FTRL-proximal (McMahan et al.,
"Ad click prediction: a view from the trenches", KDD 2013): the L1 term leaves most words at
weight 0, so the file stays short enough to read. It uses only the standard library and the
package's own tokeniser, so a text is split into the same words when it is learned as when it
is read. The order of the questions is shuffled with a fixed seed: the same files give the
same scorecard.

    python scripts/learn_scorecard.py CASES.yaml [CASES.yaml ...] --out rules/scorecard.yaml \
        --source "held-out sets 2-163 and the golden corpus"

Each CASES.yaml is a list of cases in the golden corpus format (tests/corpus/questions.yaml);
only `text` and `acute` are used.
"""

from __future__ import annotations

import argparse
import datetime
import math
import random
import sys
from collections import Counter
from pathlib import Path

import yaml

from routing._text import tokenize

#: How strongly the L1 term pulls a weight to 0: higher gives fewer words.
L1 = 4.0
#: A word must occur in this many questions to get a weight: rarer ones are noise.
MIN_QUESTIONS = 3
EPOCHS = 12
ALPHA, BETA = 0.1, 1.0  # FTRL-proximal's learning rate and its smoothing
SEED = 20261130
#: The score at which a text is acute. Below 0 (a learned chance of one half): a false alarm
#: costs a phone call, a missed threat far more. -0.5 was chosen on sets 164-171, before
#: they were learned from; see docs/text.md.
THRESHOLD = -0.5
#: How many points more a text needs when no word of the lexicon makes it about the subject.
#: One point: on sets 164-171 it cost at most one acute case, and on sets 172-179 it kept a
#: described attack (0.6 points, no word of the lexicon) while two everyday quarrels and a
#: boxing camp ("naar Thailand om te vechten") fell below it. See docs/text.md.
OFF_TOPIC_MARGIN = 1.0
#: Weights are written with this many decimals: enough for the decisions, short to read.
DECIMALS = 2

Example = tuple[frozenset[str], bool]


def words_of(text: str) -> frozenset[str]:
    """The distinct folded words of a text, as the scorecard reads them."""
    return frozenset(tokenize(text).words)


def load_examples(paths: list[Path]) -> list[Example]:
    """Every case of these files as (its words, whether it is acute)."""
    examples = []
    for path in paths:
        for case in yaml.safe_load(path.read_text(encoding="utf-8")):
            examples.append((words_of(case["text"]), bool(case.get("acute", False))))
    return examples


def learn(examples: list[Example], *, l1: float = L1) -> tuple[float, dict[str, float]]:
    """Fit the start score and the word weights; return them rounded, zeros dropped."""
    counts = Counter(word for words, _ in examples for word in words)
    known = {word for word, count in counts.items() if count >= MIN_QUESTIONS}
    rows = [(sorted(words & known), acute) for words, acute in examples]
    order = list(range(len(rows)))
    shuffle = random.Random(SEED).shuffle  # noqa: S311  # a fixed order, not a secret
    z: dict[str, float] = {}
    n: dict[str, float] = {}
    bias_z = bias_n = 0.0

    def weight(zi: float, ni: float, penalty: float) -> float:
        if abs(zi) <= penalty:
            return 0.0
        return -(zi - math.copysign(penalty, zi)) / ((BETA + math.sqrt(ni)) / ALPHA)

    for _ in range(EPOCHS):
        shuffle(order)
        for index in order:
            words, acute = rows[index]
            current = {w: weight(z.get(w, 0.0), n.get(w, 0.0), l1) for w in words}
            bias = weight(bias_z, bias_n, 0.0)
            margin = bias + sum(current.values())
            chance = 1.0 / (1.0 + math.exp(-max(min(margin, 35.0), -35.0)))
            gradient = chance - (1.0 if acute else 0.0)
            for w in words:
                ni = n.get(w, 0.0)
                sigma = (math.sqrt(ni + gradient * gradient) - math.sqrt(ni)) / ALPHA
                z[w] = z.get(w, 0.0) + gradient - sigma * current[w]
                n[w] = ni + gradient * gradient
            sigma = (math.sqrt(bias_n + gradient * gradient) - math.sqrt(bias_n)) / ALPHA
            bias_z += gradient - sigma * bias
            bias_n += gradient * gradient
    weights = {w: round(weight(z[w], n[w], l1), DECIMALS) for w in sorted(z)}
    start = round(weight(bias_z, bias_n, 0.0), DECIMALS)
    return start, {w: v for w, v in weights.items() if v != 0.0}


def render(
    start: float,
    weights: dict[str, float],
    *,
    source: str,
    examples: list[Example],
    threshold: float = THRESHOLD,
) -> str:
    """The scorecard file: a header that says how it was made, then the weights."""
    acute = sum(1 for _, is_acute in examples if is_acute)
    document = {
        "kind": "scorecard",
        "schema_version": 1,
        "sets": "acute",
        "threshold": threshold,
        "off_topic_threshold": threshold + OFF_TOPIC_MARGIN,
        "start": start,
        "learned": {
            "by": "scripts/learn_scorecard.py",
            "source": source,
            "questions": len(examples),
            "acute": acute,
            "date": datetime.date.today(),
        },
        # Strongest first: the words that weigh most are the ones a reader checks first.
        "weights": dict(sorted(weights.items(), key=lambda item: (-abs(item[1]), item[0]))),
    }
    header = (
        "# The acute scorecard: a safety net under the word lists. Generated by\n"
        "# scripts/learn_scorecard.py; see docs/text.md before editing a weight by hand.\n"
        "# A text starts at `start` points and each distinct word below adds its weight; at\n"
        "# `threshold` points or more the text is acute, unless it negates a threat.\n"
    )
    body = yaml.safe_dump(document, sort_keys=False, allow_unicode=True, width=100)
    return header + body


def main(argv: list[str] | None = None) -> int:
    """Learn from the files given and write the scorecard."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("cases", nargs="+", type=Path)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--source", required=True, help="where the questions come from")
    parser.add_argument("--l1", type=float, default=L1, help=f"default {L1}")
    parser.add_argument("--threshold", type=float, default=THRESHOLD, help=f"default {THRESHOLD}")
    args = parser.parse_args(argv)
    examples = load_examples(args.cases)
    start, weights = learn(examples, l1=args.l1)
    text = render(start, weights, source=args.source, examples=examples, threshold=args.threshold)
    args.out.write_text(text, encoding="utf-8")
    print(f"{len(weights)} words from {len(examples)} questions -> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
