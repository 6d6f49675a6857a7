"""Lexicon files: which Dutch words signal which fact.

A rule file in ``rules/`` (``kind: lexicon``), validated here; `routing._understand` applies
it to a text. The term syntax is in `routing._terms`; the negation file, which says what
undoes a word, is read by `routing._negation_file`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ._combinations import combination_terms
from ._exceptions import RuleError
from ._facts import ASKERS, BOOLEAN_FACTS
from ._lexicon_schema import (
    FactWordsSpec,
    LexiconSpec,
    MessengersSpec,
)
from ._terms import Term
from ._text import tokenize
from ._validation import validated
from ._vocabulary import Example, Label, Yielding, labelled_terms

LEXICON_KIND = "lexicon"


@dataclass(frozen=True)
class LexiconFile:
    """What one lexicon file holds: terms with labels, examples, and what its lists undo.

    `general_facts` is what `general` undoes; `resolved_facts` what `resolved` undoes, in a
    question that holds a word of one of `resolved_when`; `aside_facts` what `aside` undoes.
    """

    words: list[tuple[Term, Label]]
    examples: list[Example]
    general_facts: tuple[str, ...]  # in the file's order, so an error can name the entry
    resolved_facts: tuple[str, ...] = ()
    resolved_when: tuple[str, ...] = ()
    calm_keeps: tuple[str, ...] = ()
    aside_facts: tuple[str, ...] = ()
    messengers: dict[str, Yielding] = field(default_factory=dict)
    spellings: dict[str, str] = field(default_factory=dict)
    # E-mail header labels whose values are no part of the question, and those that are.
    mail_headers: tuple[str, ...] = ()
    mail_kept: tuple[str, ...] = ()


def parse_lexicon(raw: Any, file: str) -> LexiconFile:
    """Validate a lexicon file and return its terms with their labels."""
    calm = raw.get("calm") if isinstance(raw, dict) else None
    if isinstance(calm, dict) and not calm.get("when"):
        # Said before the generic "is required": without `when`, a calm statement would clear
        # a departure tomorrow as readily as a wish years ago.
        raise RuleError(
            "calm has no `when` words; list the words that call a danger vague, distant or "
            "past ('ooit', 'op termijn', 'jaren geleden'), for a statement that it is not "
            "acute may only clear such a danger",
            file=file,
            entry="calm.when",
        )
    spec = validated(
        LexiconSpec,
        raw,
        file=file,
        known_keys=(
            "a lexicon has kind, schema_version, facts, asker, asked_for, askers_on_topic, "
            "on_topic, on_topic_except, figures, spellings, on_topic_hints, off_topic, general, "
            "resolved, aside, calm, threat_scene, mail"
        ),
        error=RuleError,
    )
    found: list[tuple[Term, Label]] = []
    examples: list[Example] = []
    messengers: dict[str, Yielding] = {}
    for fact, words in spec.facts.items():
        if fact not in BOOLEAN_FACTS:
            raise RuleError(
                f"there is no fact {fact!r} to signal; use one of: {', '.join(BOOLEAN_FACTS)}",
                file=file,
                entry=f"facts.{fact}",
            )
        words_found, examples_found = _fact_words(fact, words, file)
        found += words_found
        examples += examples_found
        if words.messengers is not None:
            messengers[fact] = _yielding(fact, words.messengers, file)
    for section, outranks in (("asker", False), ("asked_for", True)):
        for asker, listed in getattr(spec, section).items():
            if asker not in ASKERS:
                raise RuleError(
                    f"there is no asker {asker!r}; use one of: {', '.join(ASKERS)}",
                    file=file,
                    entry=f"{section}.{asker}",
                )
            on_topic = asker in spec.askers_on_topic
            label = Label("asker", "asker", asker, file=file, hint=on_topic, outranks=outranks)
            found += labelled_terms(listed, label, file, f"{section}.{asker}")
    for index, asker in enumerate(spec.askers_on_topic):
        if asker not in spec.asker:
            raise RuleError(
                f"there are no words for the asker {asker!r}; use one listed under asker: "
                f"{', '.join(spec.asker)}",
                file=file,
                entry=f"askers_on_topic[{index}]",
            )
    found += labelled_terms(
        spec.on_topic, Label("topic", file=file, topical=True), file, "on_topic"
    )
    # Phrases in which a word about the subject means something else ("een kleine terrorist"):
    # an except of the words of `on_topic` and `on_topic_hints`, whose label has no fact.
    found += labelled_terms(
        spec.on_topic_except, Label("except", file=file), file, "on_topic_except"
    )
    # Figures of speech ("culinaire terreur", "een polarisatiefilter"): written once, a phrase
    # excepts the words it covers of every fact and of the subject, in every lexicon file.
    for fact in (*BOOLEAN_FACTS, ""):
        found += labelled_terms(spec.figures, Label("except", fact, file=file), file, "figures")
    # Words that make a question about the subject only when it names no everyday matter: "naar
    # Irak" is, unless the question is about a certificate of conduct for a job there.
    hint = Label("topic", file=file, hint=True)
    found += labelled_terms(spec.on_topic_hints, hint, file, "on_topic_hints")
    off = Label("off_topic", "on_topic", False, file=file)
    found += labelled_terms(spec.off_topic, off, file, "off_topic")
    general: tuple[str, ...] = ()
    if spec.general is not None:
        # Whether a listed fact makes a question acute depends on the rules, so
        # `routing._rulebase` checks that once every file is read.
        general = _known_facts(spec.general.facts, file, "general.facts", "undo")
        found += labelled_terms(
            spec.general.terms, Label("general", file=file), file, "general.terms"
        )
        someone = Label("someone", file=file)
        found += labelled_terms(spec.general.someone, someone, file, "general.someone")
    resolved: tuple[tuple[str, ...], tuple[str, ...]] = ((), ())
    if spec.resolved is not None:
        given = spec.resolved
        resolved = (
            _known_facts(given.facts, file, "resolved.facts", "undo"),
            _known_facts(given.when, file, "resolved.when", "wait for"),
        )
        found += labelled_terms(given.terms, Label("resolved", file=file), file, "resolved.terms")
        found += labelled_terms(
            given.unless, Label("unresolved", file=file), file, "resolved.unless"
        )
    aside: tuple[str, ...] = ()
    keeps: tuple[str, ...] = ()
    if spec.aside is not None:
        # A matter the writer sets aside ("maar dat laat ik aan de woordvoerder"): its words
        # undo the listed facts in their sentence. Which facts may be undone depends on the
        # rules, so `routing._rulebase` checks that once every file is read.
        aside = _known_facts(spec.aside.facts, file, "aside.facts", "set aside", asker=True)
        found += labelled_terms(spec.aside.terms, Label("aside", file=file), file, "aside.terms")
        found += labelled_terms(spec.aside.asks, Label("ask", file=file), file, "aside.asks")
    if spec.calm is not None:
        # The writer's own word that the question is not acute, about a danger that a `when`
        # word calls vague, distant or past; `unless` words (a hedge, a judgement that is
        # someone else's, a danger close at hand) leave it acute.
        found += labelled_terms(spec.calm.terms, Label("calm", file=file), file, "calm.terms")
        found += labelled_terms(spec.calm.when, Label("calm_when", file=file), file, "calm.when")
        found += labelled_terms(spec.calm.unless, Label("uncalm", file=file), file, "calm.unless")
        keeps = _known_facts(spec.calm.keeps, file, "calm.keeps", "keep acute")
    if spec.threat_scene is not None:
        # A target and a moment in one sentence: there no except explains a threat word away.
        scene = spec.threat_scene
        for fact in _known_facts(scene.facts, file, "threat_scene.facts", "keep from excepts"):
            target = Label("scene_target", fact, file=file)
            moment = Label("scene_moment", fact, file=file)
            found += labelled_terms(scene.targets, target, file, "threat_scene.targets")
            found += labelled_terms(scene.moments, moment, file, "threat_scene.moments")
    spellings = _spellings(spec.spellings, file)
    headers: tuple[str, ...] = ()
    kept: tuple[str, ...] = ()
    if spec.mail is not None:
        # An e-mail's headers and footers pasted along: their words are not the question's.
        headers = _labels(spec.mail.headers, file, "mail.headers")
        kept = _labels(spec.mail.kept, file, "mail.kept")
        footer = Label("mail_footer", file=file)
        found += labelled_terms(spec.mail.footers, footer, file, "mail.footers")
    return LexiconFile(
        found,
        examples,
        general,
        *resolved,
        keeps,
        aside,
        messengers,
        spellings,
        mail_headers=headers,
        mail_kept=kept,
    )


def _labels(given: list[str], file: str, entry: str) -> tuple[str, ...]:
    """Header labels, each one word as the tokeniser reads it ("verzonden", "cc")."""
    for index, label in enumerate(given):
        if tokenize(label).words != [label]:
            raise RuleError(
                f"is {label!r}; write a header label as one word in lower case without "
                "accents or its colon ('verzonden', not 'Verzonden:'): a label is compared "
                "with the text's words one by one",
                file=file,
                entry=f"{entry}[{index}]",
            )
    return tuple(given)


def _spellings(given: dict[str, str], file: str) -> dict[str, str]:
    """Misspelt words and the words they mean, each one word as the tokeniser reads it.

    "aanslach" read as "aanslag" meets every term and every except that "aanslag" meets: a
    tax bill misspelt is still a tax bill, which a term of its own for the typo would not know.
    """
    spellings: dict[str, str] = {}
    for written, meant in given.items():
        entry = f"spellings.{written}"
        words = [tokenize(side).words for side in (written, meant)]
        if any(len(found) != 1 for found in words):
            raise RuleError(
                f"reads {written!r} as {meant!r}; write one misspelt word and the one word it "
                "means, letters and digits only: the words of a text are respelt one by one",
                file=file,
                entry=entry,
            )
        (misspelt,), (word,) = words
        if misspelt == word:
            raise RuleError(
                f"reads {written!r} as itself; list only words spelt otherwise than meant",
                file=file,
                entry=entry,
            )
        spellings[misspelt] = word
    return spellings


def _yielding(fact: str, messengers: MessengersSpec, file: str) -> Yielding:
    """What a fact's `messengers` words yield to, each fact and asker one the rules know."""
    entry = f"facts.{fact}.messengers"
    if not messengers.yield_to and not messengers.yield_to_askers:
        raise RuleError(
            "has no `yield_to` or `yield_to_askers`; say to which facts or askers its words "
            "yield, or list them as weak words of the fact",
            file=file,
            entry=entry,
        )
    facts = _known_facts(messengers.yield_to, file, f"{entry}.yield_to", "yield to")
    if fact in facts:
        raise RuleError(
            f"yields to its own fact {fact!r}; name the facts of the other rows",
            file=file,
            entry=f"{entry}.yield_to",
        )
    for index, asker in enumerate(messengers.yield_to_askers):
        if asker not in ASKERS:
            raise RuleError(
                f"there is no asker {asker!r}; use one of: {', '.join(ASKERS)}",
                file=file,
                entry=f"{entry}.yield_to_askers[{index}]",
            )
    return Yielding(frozenset(facts), frozenset(messengers.yield_to_askers))


def _known_facts(
    facts: list[str], file: str, entry: str, purpose: str, *, asker: bool = False
) -> tuple[str, ...]:
    """`facts` as given, each a yes/no fact the rules know (or "asker", where allowed)."""
    known = (*BOOLEAN_FACTS, "asker") if asker else BOOLEAN_FACTS
    for index, fact in enumerate(facts):
        if fact not in known:
            raise RuleError(
                f"there is no fact {fact!r} to {purpose}; use one of: {', '.join(known)}",
                file=file,
                entry=f"{entry}[{index}]",
            )
    return tuple(facts)


def _fact_words(
    fact: str, words: FactWordsSpec, file: str
) -> tuple[list[tuple[Term, Label]], list[Example]]:
    """The terms of one fact's entry, with their labels, and its example sentences."""
    found: list[tuple[Term, Label]] = []
    entry = f"facts.{fact}"
    examples = [
        Example(fact, text, file, f"{entry}.examples[{index}]")
        for index, text in enumerate(words.examples)
    ]
    strong = Label("fact", fact, True, file=file, topical=True)
    found += labelled_terms(words.terms, strong, file, f"{entry}.terms")
    found += labelled_terms(words.weak, Label("fact", fact, True, file=file), file, f"{entry}.weak")
    if words.messengers is not None:
        messenger = Label("fact", fact, True, file=file, messenger=True)
        listed = words.messengers.terms
        found += labelled_terms(listed, messenger, file, f"{entry}.messengers.terms")
    firm = Label("fact", fact, True, file=file, topical=True, firm=True)
    found += labelled_terms(words.firm, firm, file, f"{entry}.firm")
    sure = Label("fact", fact, True, file=file, topical=True, sure=True)
    found += labelled_terms(words.sure, sure, file, f"{entry}.sure")
    found += labelled_terms(
        words.exceptions, Label("except", fact, file=file), file, f"{entry}.except"
    )
    # The writer's word that the question is not of this kind ("dit is geen persvraag"): it
    # undoes the fact's words in the whole text. Whether the fact may be undone depends on the
    # rules, so `routing._rulebase` checks that once every file is read.
    found += labelled_terms(
        words.denials, Label("denial", fact, file=file), file, f"{entry}.denials"
    )
    for group, listed in enumerate(words.together):
        found += labelled_terms(
            listed,
            Label("together", fact, True, group, file),
            file,
            f"{entry}.together[{group}]",
        )
    found += combination_terms(fact, words.combinations, words.lists, words.within, file)
    return found, examples
