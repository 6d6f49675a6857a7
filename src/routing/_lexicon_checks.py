"""`routing check` on the lexicon: what a word file says that its author probably did not mean.

Words no rule reads, examples the words misread, phrases split by `|`, words written twice,
and words that `spellings` reads as others before any term can meet them.
"""

from __future__ import annotations

from collections.abc import Iterator

from ._findings import Finding, found
from ._phrase_signs import split_phrase
from ._rulebase import RuleBase
from ._terms import Term
from ._understand import Reader
from ._vocabulary import Label


def lexicon_findings(base: RuleBase) -> Iterator[Finding]:
    """Every finding about the lexicon of `base`, in the order of docs/checks.md."""
    yield from _unused_lexicon_facts(base)
    yield from _misread_examples(base)
    yield from _split_phrases(base)
    yield from _repeated_words(base)
    yield from _respelt_words(base)


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


def _written(base: RuleBase) -> Iterator[tuple[Term, Label]]:
    """Each term as its author wrote it, once.

    A `figures` line is a term of every fact, but written once, so a finding names it once.
    """
    seen: set[tuple[str, str]] = set()
    vocabulary = base.vocabulary
    for term, label in zip(vocabulary.terms, vocabulary.labels, strict=True):
        if (label.file, term.text) not in seen:
            seen.add((label.file, term.text))
            yield term, label


def _split_phrases(base: RuleBase) -> Iterator[Finding]:
    for term, label in _written(base):
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


def _repeated_words(base: RuleBase) -> Iterator[Finding]:
    """Terms of the same meaning that share a word, or a whole phrase: one copy is enough.

    Such copies drift apart when one is edited ("pijpbom*|spijkerbom*" in two lists of one
    fact), and the trace names only the first, so the other is dead weight.
    """
    first: dict[tuple[object, ...], int] = {}
    vocabulary = base.vocabulary
    for number, (term, label) in enumerate(zip(vocabulary.terms, vocabulary.labels, strict=True)):
        meaning = (label.role, label.fact, label.value, label.group, label.combination)
        if len(term.words) != 1:
            earlier = first.setdefault((*meaning, term.words, term.gaps), number)
            if earlier != number:
                yield found(
                    "warning",
                    "repeated_word",
                    label.file,
                    None,
                    (
                        f"the term {term.text!r} is the phrase {vocabulary.terms[earlier].text!r} "
                        "again, with the same meaning; remove one of them, so that an edit to "
                        "one cannot leave the other behind"
                    ),
                )
            continue
        repeats: dict[int, list[str]] = {}
        for pattern in term.words[0]:
            earlier = first.setdefault((*meaning, pattern), number)
            if earlier != number:
                repeats.setdefault(earlier, []).append(repr(str(pattern)))
        for earlier, words in repeats.items():
            yield found(
                "warning",
                "repeated_word",
                label.file,
                None,
                (
                    f"the term {term.text!r} repeats {_listed(words)}, which the term "
                    f"{vocabulary.terms[earlier].text!r} already holds with the same meaning; "
                    "remove it from one of them, so that an edit to one cannot leave the other "
                    "behind"
                ),
            )


def _listed(words: list[str]) -> str:
    return words[0] if len(words) == 1 else f"{', '.join(words[:-1])} and {words[-1]}"


def _respelt_words(base: RuleBase) -> Iterator[Finding]:
    """Terms that hold a word `spellings` reads as another: the term never meets it.

    The text's "aanslach" is read as "aanslag" before matching, so a term written for the
    typo ("aanslah|aanslach") only keeps its other words.
    """
    spellings = base.vocabulary.spellings
    for term, label in _written(base):
        respelt = sorted(
            {c.stem for choices in term.words for c in choices if c.kind == "exact"}
            & spellings.keys()
        )
        if not respelt:
            continue
        yield found(
            "warning",
            "respelt_word",
            label.file,
            None,
            (
                f"the term {term.text!r} holds {respelt[0]!r}, which `spellings` reads as "
                f"{spellings[respelt[0]]!r} before any term is matched, so the term never meets "
                f"it; remove {respelt[0]!r} from the term, for {spellings[respelt[0]]!r} is "
                "matched in its place"
            ),
        )
