"""`routing check` on the lexicon: words no rule reads, misread examples, phrases split by `|`."""

from __future__ import annotations

from collections.abc import Iterator

from ._findings import Finding, found
from ._rulebase import RuleBase
from ._terms import split_phrase
from ._understand import Reader


def lexicon_findings(base: RuleBase) -> Iterator[Finding]:
    """Every finding about the lexicon of `base`, in the order of docs/checks.md."""
    yield from _unused_lexicon_facts(base)
    yield from _misread_examples(base)
    yield from _split_phrases(base)


def _unused_lexicon_facts(base: RuleBase) -> Iterator[Finding]:
    asked = {
        condition.fact for rule in base.rules for condition in (*rule.all, *rule.any, *rule.none)
    }
    files: dict[str, str] = {}
    for label in base.vocabulary.labels:
        if label.role in ("fact", "together") and label.fact not in asked:
            files.setdefault(label.fact, label.file)
    for fact, file in files.items():
        yield found(
            "warning",
            "unused_lexicon_fact",
            file,
            f"facts.{fact}",
            (
                f"its words set the fact {fact!r}, but no rule asks for it, so they change no "
                "answer; use the fact in a rule's `when`, or remove its words"
            ),
        )


def _misread_examples(base: RuleBase) -> Iterator[Finding]:
    if not base.vocabulary.examples:
        return
    reader = Reader(base.vocabulary)
    for example in base.vocabulary.examples:
        if reader.read(example.text).facts.get(example.fact) is not True:
            yield found(
                "error",
                "misread_example",
                example.file,
                example.entry,
                (
                    f"this example does not set {example.fact!r}, so a term does not match as "
                    "meant; `|` separates alternatives for one word only (write each phrase as "
                    "its own term), and `routing explain` shows which words matched"
                ),
            )


def _split_phrases(base: RuleBase) -> Iterator[Finding]:
    vocabulary = base.vocabulary
    for term, label in zip(vocabulary.terms, vocabulary.labels, strict=True):
        reason = split_phrase(term)
        if reason is not None:
            yield found(
                "warning",
                "split_phrase",
                label.file,
                None,
                (
                    f"the term {term.text!r} looks like a phrase written inside one word's "
                    f"alternatives ({reason}); `|` separates alternatives for one word only, so "
                    "write each phrase as its own term"
                ),
            )
