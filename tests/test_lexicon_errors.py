"""Broken lexicon and negation files fail with the file, the entry and the fix."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

import routing

# The line of `resolved` that says which facts it waits for.
_RESOLVED_WHEN = "  when: [communications, passport_measure, specific_expertise, family_support]\n"

# The first lines of `aside`'s list of facts, which wraps.
_ASIDE_FACTS = (
    "  facts: [communications, passport_measure, family_support, radicalisation_signal, severe,\n"
    "          specific_expertise, asker]\n"
)

# The line of the press's `messengers` that says to which facts they yield.
_YIELD_TO = (
    "      yield_to: [family_support, specific_expertise, passport_measure, "
    "radicalisation_signal]\n"
)

# (file, old snippet, new snippet, exact message after the file's path)
CASES: list[tuple[str, str, str, str]] = [
    ("rules/lexicon.yaml", "  official_report:\n", "  ambtsbericht:\n",
     "facts.ambtsbericht: there is no fact 'ambtsbericht' to signal; use one of: acute, "
     "suspected_travel, terrorist_threat, official_report, passport_measure, communications, "
     "radicalisation_signal, severe, family_support, specific_expertise"),
    ("rules/lexicon.yaml", "  school:\n    # Who asks", "  leraar:\n    # Who asks",
     "asker.leraar: there is no asker 'leraar'; use one of: municipality, school, professional, "
     "citizen, family"),
    ("rules/lexicon.yaml", '      - "~ambtsbericht*"\n', '      - "~ambts*bericht"\n',
     "facts.official_report.terms[0]: '~ambts*bericht': 'ambts*bericht' is not a word pattern; use "
     "letters and digits, with * only at the start or end (a hyphen splits a word in two: write "
     "the parts as two words)"),
    ("rules/lexicon.yaml", "    weak:\n      - \"~woordvoering\"",
     "    zwak:\n      - \"~woordvoering\"",
     "field 'facts.communications.zwak': is not a known key; a lexicon has kind, schema_version, "
     "facts, asker, asked_for, askers_on_topic, on_topic, on_topic_except, figures, spellings, "
     "on_topic_hints, off_topic, general, resolved, aside, calm, threat_scene, mail"),
    ("rules/lexicon.yaml", "  headers: [van, aan,", "  headers: [Van, aan,",
     "mail.headers[0]: is 'Van'; write a header label as one word in lower case without "
     "accents or its colon ('verzonden', not 'Verzonden:'): a label is compared with the "
     "text's words one by one"),
    ("rules/lexicon.yaml", "  aktie: actie\n", "  aktie: een actie\n",
     "spellings.aktie: reads 'aktie' as 'een actie'; write one misspelt word and the one word "
     "it means, letters and digits only: the words of a text are respelt one by one"),
    ("rules/lexicon.yaml", "  aktie: actie\n", "  aktie: Aktie\n",
     "spellings.aktie: reads 'aktie' as itself; list only words spelt otherwise than meant"),
    ("rules/lexicon.yaml", '  - "culinaire terreur"\n', '  - "culinaire ter*reur"\n',
     "figures[3]: 'culinaire ter*reur': 'ter*reur' is not a word pattern; use letters and "
     "digits, with * only at the start or end (a hyphen splits a word in two: write the parts "
     "as two words)"),
    ("rules/lexicon.yaml", "asked_for:\n  school:\n", "asked_for:\n  rector:\n",
     "asked_for.rector: there is no asker 'rector'; use one of: municipality, school, "
     "professional, citizen, family"),
    ("rules/lexicon.yaml", "askers_on_topic: [school, professional]\n",
     "askers_on_topic: [school, leraar]\n",
     "askers_on_topic[1]: there are no words for the asker 'leraar'; use one listed under asker: "
     "family, school, professional, citizen"),
    ("rules/lexicon.yaml",
     # the second combination, so that combinations added later do not move the index
     '      - name: "een plan voor brandstichting"\n',
     '      - name: "dreigende taal bij een doelwit"\n',
     "facts.terrorist_threat.combinations[1]: two combinations are named 'dreigende taal bij een "
     "doelwit'; give each its own name, so that a trace can tell them apart"),
    ("rules/lexicon.yaml", '        at_least: 3\n        all:\n          - ["wapen", "wapens",',
     '        at_least: 5\n        all:\n          - ["wapen", "wapens",',
     "facts.terrorist_threat.combinations[2].at_least: the combination 'een aanslag in "
     "voorbereiding: middel, doelwit, moment, dreiging' asks for words from at least 5 of its "
     "lists, but it has only 4; lower `at_least`, or add the lists it counts"),
    # a combination may name a list the fact shares among its combinations, and only such
    ("rules/lexicon.yaml", "        all: [attack, still_free]\n",
     "        all: [attack, nog_vrij]\n",
     "facts.acute.combinations[0].all[1]: the combination names the list 'nog_vrij', but the "
     "fact has no such list; use one of its lists (attack, still_free, threat, threat_open), or "
     "write the words out"),
    ("rules/lexicon.yaml", "        all: [threat, threat_open]\n",
     "        all: [threat, still_free]\n",
     "facts.acute.lists.threat_open: no combination names the list 'threat_open', so its words "
     "count nowhere; name it in a combination's `all`, or remove it"),
    ("rules/lexicon.yaml", '      still_free: ["voortvluchtig*",',
     '      still_free: ["voort*vluchtig",',
     "facts.acute.lists.still_free[0]: 'voort*vluchtig': 'voort*vluchtig' is not a word "
     "pattern; use letters and digits, with * only at the start or end (a hyphen splits a word "
     "in two: write the parts as two words)"),
    ("rules/lexicon.yaml", "    within: 50\n", "    within: 0\n",
     "field 'facts.official_report.within': Input should be greater than or equal to 1, got 0"),
    ("rules/lexicon.yaml", "  facts: [radicalisation_signal]\n",
     "  facts: [radicalisation_signal, terrorist_threat]\n",
     "general.facts[1]: 'terrorist_threat' makes a question acute, and a general word must never "
     "undo it: a question about a training that names a planned attack still goes to the police; "
     "remove it from general.facts"),
    ("rules/lexicon.yaml", "  facts: [radicalisation_signal]\n", "  facts: [signaal]\n",
     "general.facts[0]: there is no fact 'signaal' to undo; use one of: acute, suspected_travel, "
     "terrorist_threat, official_report, passport_measure, communications, "
     "radicalisation_signal, severe, family_support, specific_expertise"),
    ("rules/lexicon.yaml", _RESOLVED_WHEN,
     "  when: [terrorist_threat]\n",
     "resolved.when[0]: 'terrorist_threat' makes a question acute, so it cannot be what a "
     "resolved word waits for: the case would be closed by the very words that open it; wait "
     "for the fact of a calm ask, such as communications"),
    # a calm statement must say what makes a danger vague: without `when` it could clear any
    ("rules/lexicon.yaml", "  when:\n    - \"ooit|vroeger", "  zodra:\n    - \"ooit|vroeger",
     "calm.when: calm has no `when` words; list the words that call a danger vague, distant or "
     "past ('ooit', 'op termijn', 'jaren geleden'), for a statement that it is not acute may "
     "only clear such a danger"),
    ("rules/lexicon.yaml", _RESOLVED_WHEN, "  when: [pers]\n",
     "resolved.when[0]: there is no fact 'pers' to wait for; use one of: acute, "
     "suspected_travel, terrorist_threat, official_report, passport_measure, communications, "
     "radicalisation_signal, severe, family_support, specific_expertise"),
    ("rules/lexicon.yaml", _RESOLVED_WHEN, "  when: []\n",
     "field 'resolved.when': List should have at least 1 item after validation, not 0, got []"),
    ("rules/lexicon.yaml", _ASIDE_FACTS, "  facts: [communications, suspected_travel]\n",
     "aside.facts[1]: 'suspected_travel' makes a question acute, and a matter set aside must "
     "never undo it: 'of hij nog tegen te houden is, daar gaat de politie over' still names a "
     "departure; remove it from aside.facts"),
    ("rules/lexicon.yaml", _ASIDE_FACTS, "  facts: [pers]\n",
     "aside.facts[0]: there is no fact 'pers' to set aside; use one of: acute, "
     "suspected_travel, terrorist_threat, official_report, passport_measure, communications, "
     "radicalisation_signal, severe, family_support, specific_expertise, asker"),
    ("rules/lexicon.yaml", "  facts: [terrorist_threat]\n  targets:\n",
     "  facts: [bomb]\n  targets:\n",
     "threat_scene.facts[0]: there is no fact 'bomb' to keep from excepts; use one of: acute, "
     "suspected_travel, terrorist_threat, official_report, passport_measure, communications, "
     "radicalisation_signal, severe, family_support, specific_expertise"),
    ("rules/lexicon.yaml", "  keeps: [terrorist_threat]\n", "  keeps: [dreiging]\n",
     "calm.keeps[0]: there is no fact 'dreiging' to keep acute; use one of: acute, "
     "suspected_travel, terrorist_threat, official_report, passport_measure, communications, "
     "radicalisation_signal, severe, family_support, specific_expertise"),
    ("rules/lexicon.yaml", _YIELD_TO, "      yield_to: [family_support, communications]\n",
     "facts.communications.messengers.yield_to: yields to its own fact 'communications'; name "
     "the facts of the other rows"),
    ("rules/lexicon.yaml", _YIELD_TO, "      yield_to: [familie]\n",
     "facts.communications.messengers.yield_to[0]: there is no fact 'familie' to yield to; use "
     "one of: acute, suspected_travel, terrorist_threat, official_report, passport_measure, "
     "communications, radicalisation_signal, severe, family_support, specific_expertise"),
    ("rules/lexicon.yaml", _YIELD_TO + "      yield_to_askers: [school]\n",
     "      yield_to_askers: [leraar]\n",
     "facts.communications.messengers.yield_to_askers[0]: there is no asker 'leraar'; use one "
     "of: municipality, school, professional, citizen, family"),
    ("rules/lexicon.yaml", _YIELD_TO + "      yield_to_askers: [school]\n", "",
     "facts.communications.messengers: has no `yield_to` or `yield_to_askers`; say to which "
     "facts or askers its words yield, or list them as weak words of the fact"),
    ("rules/negation.yaml", "  window: 7\n", "  window: 60\n",
     "field 'forward.window': Input should be less than or equal to 12, got 60"),
    ("rules/negation.yaml", "terminators:\n", "stopwoorden:\n",
     "field 'stopwoorden': is not a known key; a negation file has kind, schema_version, "
     "forward, backward, pseudo, terminators, clause_starts, lists, fields"),
    ("rules/negation.yaml", "  label_words: 3\n", "  label_words: 9\n",
     "field 'fields.label_words': Input should be less than or equal to 4, got 9"),
    ("rules/negation.yaml", "  question_words: 8\n", "  question_words: 20\n",
     "field 'fields.question_words': Input should be less than or equal to 10, got 20"),
    # YAML reads a bare `no:` as false: the key the file needs is `negating`
    ("rules/negation.yaml", "  negating:\n", "  no:\n",
     "field 'fields.negating': is required but missing"),
    ("rules/negation.yaml", '  joins: ["of", "noch", "or", "nor"]\n', '  joins: ["of zo"]\n',
     "lists.joins[0]: 'of zo' is two words; a list's join is the one word between its last "
     "two items, as in 'of|noch'"),
    # a fact that makes a question acute may not be denied
    ("rules/lexicon.yaml", '    weak:\n      - "explosief"\n      - "wapen"\n',
     '    denials:\n      - "geen terreurzaak"\n    weak:\n      - "explosief"\n      - "wapen"\n',
     "facts.terrorist_threat.denials: 'terrorist_threat' makes a question acute, so its words "
     "must count wherever they stand; the writer's word that a question is not of this kind may "
     "not undo them ('dit is geen terreurzaak' beside a planned attack); remove the denials"),
    ("rules/negation.yaml", "  items: 2\n", "  items: 9\n",
     "field 'lists.items': Input should be less than or equal to 4, got 9"),
    ("rules/negation.yaml", "    # conjunctions and question words\n",
     "    - \"zo*\"\n",
     "clause_starts.joins[0]: 'zo*' is not one or two plain words; a joining word is compared "
     "with the word or two words before a subject, so write it without *, ~ or ..., as in "
     "'dat|of|als' or 'denk|geloof niet'"),
    ("rules/negation.yaml", "  not_names: [\"*se\",", "  not_names: [\"se*\",",
     "clause_starts.not_names[0]: 'se*' is not one ending; write the ending of words that are "
     "no names as '*se' (Marokkaanse, Syrische)"),
]  # fmt: skip


@pytest.mark.parametrize(("file", "old", "new", "message"), CASES)
def test_a_broken_word_file_says_where_and_what_to_do(
    edit: Callable[[str, str, str], Path], file: str, old: str, new: str, message: str
) -> None:
    """The exact message names the file and the entry, and says how to fix it."""
    path = edit(file, old, new)
    root = path.parent.parent
    with pytest.raises(routing.RuleError) as caught:
        routing.Router(data=root / "data" / "contacts.yaml", rules=root / "rules")
    assert str(caught.value) == f"{path}: {message}"


# (the fact an acute rule comes to ask for, the exact message after the lexicon's path)
ACUTE_FACTS: list[tuple[str, str]] = [
    # `general` may never undo it
    ("radicalisation_signal",
     "general.facts[0]: 'radicalisation_signal' makes a question acute, and a general word must "
     "never undo it: a question about a training that names a planned attack still goes to the "
     "police; remove it from general.facts"),
    # nor may its words yield as messengers
    ("communications",
     "facts.communications.messengers: 'communications' makes a question acute, so its words "
     "must count wherever they stand; a word that names who passes a question on may not "
     "yield; list them as terms of the fact"),
]  # fmt: skip


@pytest.mark.parametrize(("fact", "message"), ACUTE_FACTS)
def test_what_may_not_undo_a_fact_follows_the_rules(
    edit: Callable[[str, str, str], Path], shipped_copy: Path, fact: str, message: str
) -> None:
    """A fact is safe from `general` and `messengers` as soon as an acute rule asks for it."""
    edit(
        "rules/question_types.yaml",
        "      any: [suspected_travel, terrorist_threat]\n",
        f"      any: [suspected_travel, terrorist_threat, {fact}]\n",
    )
    rules = shipped_copy / "rules"
    with pytest.raises(routing.RuleError) as caught:
        routing.Router(data=shipped_copy / "data" / "contacts.yaml", rules=rules)
    assert str(caught.value) == f"{rules / 'lexicon.yaml'}: {message}"


def test_a_second_negation_file_is_refused(shipped_copy: Path) -> None:
    """Negation is one file: a second one would make the scope rules ambiguous."""
    rules = shipped_copy / "rules"
    second = rules / "zz_negation.yaml"
    second.write_text((rules / "negation.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    with pytest.raises(routing.RuleError) as caught:
        routing.Router(data=shipped_copy / "data" / "contacts.yaml", rules=rules)
    assert str(caught.value) == (
        f"{second}: is a second negation file beside {rules / 'negation.yaml'}; keep one"
    )


def test_two_word_files_may_not_spell_one_word_two_ways(shipped_copy: Path) -> None:
    """A typo read as one word in one lexicon file and as another in a second is refused."""
    rules = shipped_copy / "rules"
    second = rules / "zz_lexicon.yaml"
    second.write_text(
        "kind: lexicon\nschema_version: 1\nspellings:\n  aktie: akte\n", encoding="utf-8"
    )
    with pytest.raises(routing.RuleError) as caught:
        routing.Router(data=shipped_copy / "data" / "contacts.yaml", rules=rules)
    assert str(caught.value) == (
        f"{second}: spellings.aktie: reads 'aktie' as 'akte', where {rules / 'lexicon.yaml'} "
        "reads it as 'actie'; keep one"
    )


def test_without_a_lexicon_texts_are_on_topic_and_set_no_facts(shipped_copy: Path) -> None:
    """A rule base without word files routes any text as row 1: it cannot tell more."""
    rules = shipped_copy / "rules"
    (rules / "lexicon.yaml").unlink()
    (rules / "acute_card.yaml").unlink()  # the scorecards are word files too
    (rules / "topic_card.yaml").unlink()
    router = routing.Router(data=shipped_copy / "data" / "contacts.yaml", rules=rules)
    result = router.route("Hij wil uitreizen naar Syrië.")
    assert (result.question_type, result.trace.facts.suspected_travel) == ("prevention", False)
