"""Reading a Dutch question: from words to the facts the rules reason about, with evidence.

Every decision here comes from the lexicon and negation files; this module only applies them
(steps 3 to 6 in `routing._undoing`):

1. fold and tokenise the text, keeping each word's place (`routing._text`);
2. find every term of the lexicon and negation files in one pass (`routing._patterns`), and
   drop those inside the headers and footers of an e-mail pasted along (`routing._mail`),
   whose words the cards see blank;
3. drop fact words that fall inside an ``except`` phrase of the same fact, unless the
   phrase is a threat's and a negation cue undoes it ("zien wij niet als grap"), or the word
   is a ``firm`` term (`routing._excepts`);
4. drop negation cues that fall inside a ``pseudo`` phrase ("niet alleen", "weet niet of");
5. a fact word is negated when a forward cue stands at most `window` words before it, or a
   backward cue at most `window` words after it, with no terminator ("maar") and no clause end
   in between, or when it lies inside a negated phrase of the same fact, or is the label of a
   form's field whose value says no ("Acuut: nee"); negated words set nothing but are kept as
   evidence;
6. without a ``someone`` word that names a person, a ``general`` word ("een training", "geen
   concrete casus") undoes the words of the facts it lists, as a negation would, but they
   still make the question about the subject; likewise, in a question whose ask is calm (a
   word of a ``resolved.when`` fact, the press), a ``resolved`` word ("inmiddels opgepakt",
   "loos alarm") undoes the words of the facts it lists, unless an ``unless`` word stands;
   and an ``aside`` word ("maar die laat ik aan de woordvoerder") undoes the words of the
   facts it lists in the matter it sets aside (`routing._undoing.set_aside`);
7. the facts: a yes/no fact is true when one of its words is present and not negated (or one
   word of each of its ``together`` lists, or of each list of one of its ``combinations``,
   counted after excepts and negation, which also make the question about the subject); the
   asker is the one named first in the text ("Mijn buurman ... groet mijn vrouw niet meer": a
   neighbour, not family), and of two named at the same word the longer ("mijn zus is
   directeur van een basisschool": a school), unless an ``asked_for`` word says for whom the
   question is asked ("kan de school ergens advies vragen?": a school), which outranks both;
   the question is on topic when a word about the subject occurs (a negated one is a hint). A
   fact's ``weak`` words (press, support, expertise) set the fact; without a word about the
   subject they make it on topic only when no ``off_topic`` word names an everyday matter: "de
   pers belt over de nieuwe bibliotheek" is not about the subject. So do ``on_topic_hints``
   words ("naar Irak") and askers listed under ``askers_on_topic``;
8. the scorecards (`routing._scorecard`, applied by `routing._scoring`): the topic card may take
   a question the words put on the subject off it, unless it is acute; where no word made a
   question about the subject acute, the acute card may make it so, unless the text says it is
   not acute; a text that denies travel or a threat, or a press, passport, expertise or family
   question about a case that a ``resolved`` word closes, needs the card's highest bar. The acute
   card does not count a word that stands only where it is negated, or where it is itself a
   threat word that an ``except`` phrase explains away;
9. the type card (`routing._typecard`): the type the text's words weigh most for, and how
   sure; the pipeline weighs it against the rules' type, for calm questions only.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from ._evidence import excepted_words, gather, negated_excepts, scene_evidence
from ._evidence_models import WordHit
from ._excepts import Excepts, excepted_places, explained_away, threat_scenes
from ._frozen import built
from ._mail import Mail, blanked, covered, mail_evidence
from ._messengers import yielded
from ._negation import NEGATION_ROLES, Cues
from ._patterns import Occurrence, TermMatcher
from ._reading import Reading
from ._scorecard import Scorecard
from ._scoring import Cards
from ._text import Tokens, tokenize
from ._traits import Combination, Member, set_facts, traits_of, whole
from ._typecard import TypeCard
from ._undoing import (
    calm_statement,
    counting,
    deny,
    kept_acute,
    resolving,
    set_aside,
    set_aside_before,
    undo,
    undone_by,
)
from ._vocabulary import Vocabulary

# The roles of the words that say something about the subject, beside a combination's words
# ("together"): the words whose evidence a text shows.
_PLAIN_ROLES = frozenset(("fact", "asker", "topic", "off_topic"))
_NO_COMBINATIONS: frozenset[Combination] = frozenset()
_NO_PLACED: frozenset[tuple[Combination, int]] = frozenset()
_NO_PLACES: frozenset[int] = frozenset()
_NO_SCENES: frozenset[tuple[str, int]] = frozenset()
_NO_EXCEPTS = Excepts(None, ())


class Reader:
    """Applies one vocabulary to texts. Immutable after construction, so safe to share."""

    def __init__(
        self,
        vocabulary: Vocabulary,
        scorecards: Mapping[str, Scorecard] | None = None,
        type_card: TypeCard | None = None,
    ) -> None:
        self.vocabulary = vocabulary
        self._type_card = type_card
        self._cards = Cards(scorecards or {}, vocabulary)
        # A text read in translation is weighed without the acute card: its weights were
        # learned on Dutch sentences, and a German one read word by word is none.
        uncarded = {sets: card for sets, card in (scorecards or {}).items() if sets != "acute"}
        self._translated_cards = Cards(uncarded, vocabulary)
        # Nor is a capital a name there: German writes every noun with one, and "Keine Drohung"
        # would stop the negation at "Drohung" as at "Yusuf".
        self._nameless = replace(vocabulary, names_start_clauses=False)
        self._translation = vocabulary.translation
        self._matcher = TermMatcher(vocabulary.terms, vocabulary.labels)
        self._has_lexicon = vocabulary.has_lexicon  # once, not on every off-topic text
        self._roles = [label.role for label in vocabulary.labels]
        self._needed = vocabulary.together
        self._within = vocabulary.together_within
        self._traits = traits_of(vocabulary)
        # What the writer's own ask sets aside before it: not who asks ("Ik ben docent. Mijn
        # eigenlijke vraag: ..." is a school's question).
        self._asked_aside = vocabulary.aside_facts - {"asker"}
        self._spellings = vocabulary.spellings
        footers = {
            number: trait.term
            for number, trait in enumerate(self._traits)
            if trait.label.role == "mail_footer"
        }
        self._mail = Mail(vocabulary.mail_headers, vocabulary.mail_kept, footers)

    def read(self, text: str) -> Reading:
        """Read `text` into facts and evidence, with the type card's choice where there is one."""
        tokens = tokenize(text)
        tokens.respell(self._spellings)  # every step after this reads the words meant
        reading, seen = self._read_words(tokens, self._cards, self.vocabulary)
        reading = self._chosen(reading, seen)
        translation = self._translation
        if translation is not None and translation.recognises(tokens.words):
            return reading._replace(translatable=True)
        return reading

    def read_translated(self, text: str) -> Reading | None:
        """Read `text` again with its words in Dutch, if it is in the translation's language.

        None without a translation file, or for a text in another language. The reading has
        no type card's choice and no acute card's score (`routing._translation`).
        """
        translation = self._translation
        if translation is None:
            return None
        tokens = tokenize(text)
        tokens.respell(self._spellings)  # dialect and German spellings first, as in `read`
        if not translation.recognises(tokens.words):
            return None
        tokens.read_as(translation.in_dutch(tokens.words))
        reading, _ = self._read_words(tokens, self._translated_cards, self._nameless)
        return reading

    def _read_words(
        self, tokens: Tokens, cards: Cards, negation: Vocabulary
    ) -> tuple[Reading, Tokens]:
        """The reading of `tokens`, and the words the cards saw (an e-mail's headers blanked).

        `negation` is the vocabulary the negation cues read: the reader's own, or, for a text in
        translation, one in which capitals name no one.
        """
        found = self._matcher.find(tokens.words, tokens.clause_break_within)
        parts = self._mail.parts(tokens, found)
        if not parts:  # the common case: no e-mail pasted along
            return self._read(tokens, found, tokens, cards, negation), tokens
        # An e-mail's headers and footers: what they hold is not the question's, and the
        # cards see blanks where their words stand.
        skipped = covered(parts)
        kept = [o for o in found if skipped.isdisjoint(range(o.start, o.end))]
        seen = blanked(tokens, skipped)
        reading = self._read(tokens, kept, seen, cards, negation)
        return reading._replace(mail_parts=mail_evidence(parts, tokens)), seen

    def _chosen(self, reading: Reading, seen: Tokens) -> Reading:
        """`reading` with the type card's choice, made from the words it sees."""
        if self._type_card is None:
            return reading
        return reading._replace(choice=self._type_card.choose(seen))

    def _read(
        self,
        tokens: Tokens,
        found: list[Occurrence],
        seen: Tokens,
        cards: Cards,
        negation: Vocabulary,
    ) -> Reading:
        """Read the terms `found` in `tokens`; the scorecards weigh the words of `seen`."""
        roles, traits = self._roles, self._traits
        hits: list[Occurrence] = []  # the words about the subject
        plain: list[Occurrence] = []  # of those, the ones outside combinations
        joined: list[tuple[Member, int]] = []  # words of combinations, and where they start
        by_role: dict[str, list[Occurrence]] = {}
        for occurrence in found:
            role = roles[occurrence.term]
            if role in _PLAIN_ROLES:
                hits.append(occurrence)
                plain.append(occurrence)
            elif role == "together":
                hits.append(occurrence)
                member = traits[occurrence.term].member
                joined.append((member, occurrence.start))  # type: ignore[arg-type]
            else:
                by_role.setdefault(role, []).append(occurrence)
        if not hits:  # nothing about the subject: the common case for questions out of scope
            if cards.none:
                return Reading({}, not self._has_lexicon, (), ())
            return cards.weigh({}, not self._has_lexicon, (), (), tokens, seen, by_role)

        cues = None if NEGATION_ROLES.isdisjoint(by_role) else Cues(by_role, tokens, negation)
        excepts = by_role.get("except")
        scenes = (
            threat_scenes(
                by_role.get("scene_target", ()), by_role.get("scene_moment", ()), traits, tokens
            )
            if excepts
            else _NO_SCENES
        )
        excepted, lifted = (
            excepted_places(
                excepts,
                hits,
                traits,
                cues,
                tokens,
                self._matcher.names,
                by_role.get("someone", ()),
                scenes,
            )
            if excepts
            else _NO_EXCEPTS
        )
        needed = self._needed
        paragraphs = tokens.paragraphs() if joined else None
        whole_at = whole(joined, needed, paragraphs, self._within) if joined else _NO_PLACED
        complete = {pair for pair, _ in whole_at} if whole_at else _NO_COMBINATIONS
        # The words that count: a combination's only where it is whole, and none inside an
        # except. Most texts have neither, and keep their plain words as found.
        kept = counting(hits, excepted, complete, traits) if excepted or complete else plain
        undone: list[Occurrence | None]
        undone = undone_by(kept, cues, traits) if cues is not None else [None] * len(kept)
        # A question about a phenomenon, not about someone: "een training over radicalisering".
        # A signal of radicalisation needs someone who shows it.
        general = (
            by_role["general"][0] if "general" in by_role and "someone" not in by_role else None
        )
        if general is not None:
            undo(kept, undone, general, self.vocabulary.general_facts, traits)
        resolved = (
            resolving(kept, undone, by_role, cues, self.vocabulary.resolved_when, traits)
            if "resolved" in by_role
            else None
        )
        if resolved is not None:
            undo(kept, undone, resolved, self.vocabulary.resolved_facts, traits)
        asides = by_role.get("aside")
        aside = asides is not None and set_aside(
            kept, undone, asides, cues, self.vocabulary.aside_facts, traits, tokens
        )
        asks = by_role.get("ask")
        if asks is not None and set_aside_before(
            kept, undone, asks[0], self._asked_aside, traits, tokens
        ):
            aside = True
        # The writer's word that the question is not of one kind ("dit is geen persvraag")
        # undoes that fact's words in the whole text. It is a negation itself, so no cue is
        # asked about it.
        denials = by_role.get("denial")
        denied = denials is not None and deny(kept, undone, denials, traits)
        if joined and (cues or excepted or general or resolved or aside or denied):
            # The combinations the words left standing complete: an except or a negation may
            # have taken a list's only word. These alone set facts and show as evidence.
            standing = [
                (member, h.start)
                for h, cue in zip(kept, undone, strict=True)
                if cue is None and (member := traits[h.term].member) is not None
            ]
            whole_at = whole(standing, needed, paragraphs, self._within)
            complete = {pair for pair, _ in whole_at}

        starts, ends = tokens.spans()
        evidence = gather(kept, undone, traits, roles, (starts, ends), paragraphs, whole_at)
        facts, combined = set_facts(evidence.live, complete)
        messengers = self.vocabulary.messengers
        if messengers and not messengers.keys().isdisjoint(facts):
            # Who passes the question on is not what it asks for: "een journalist vraagt waar
            # de familie terecht kan" is the family's question.
            passed_on = yielded(kept, undone, traits, facts, evidence.asker, complete, messengers)
            if passed_on is not None:
                undone = passed_on
                evidence = gather(kept, undone, traits, roles, (starts, ends), paragraphs, whole_at)
                facts, combined = set_facts(evidence.live, complete)
        if evidence.asker is not None:
            facts["asker"] = evidence.asker
        # A word about the subject decides. Without one, words that point to a row (or a word
        # about the subject that is negated) are enough, unless the question is about an
        # everyday matter: "dit heeft niks met radicalisering te maken; mag de iftar in het
        # park?" is not. Without a lexicon nothing can tell: treat the text as on topic.
        on_topic = (
            evidence.topical
            or combined
            or (evidence.hinted and not evidence.elsewhere)
            or not self._has_lexicon
        )
        explained = explained_away(hits, excepted, traits) if excepted else _NO_PLACES
        # A word that calls the question acute itself ("maar er is wel direct gevaar") keeps it.
        # Nor is a fact listed under `keeps` (a threat): its words keep the question acute.
        calm = (
            calm_statement(by_role, cues)
            if "calm" in by_role
            and "acute" not in facts
            and "calm_when" in by_role
            and not (
                self.vocabulary.calm_keeps
                and kept_acute(
                    kept, undone, by_role["calm_when"], self.vocabulary.calm_keeps, traits, tokens
                )
            )
            else None
        )
        reading = cards.weigh(
            facts,
            on_topic,
            tuple(evidence.words),
            tuple(evidence.negated),
            tokens,
            seen,
            by_role,
            cues,
            explained,
            calm=calm is not None,
            resolved=resolved is not None,
            sure=any(trait.label.sure for trait in evidence.live),
        )
        if excepted:  # rare: most texts hold no except that stands
            reading = reading._replace(excepted=excepted_words(hits, excepted, traits, tokens))
        if scenes:
            scened = scene_evidence(scenes, by_role, excepts or (), traits, tokens)
            reading = reading._replace(scenes=scened)
        if lifted:
            reading = reading._replace(negated_excepts=negated_excepts(lifted, traits, tokens))
        if calm is None:
            return reading
        hit = {"fact": "acute", "value": False, "term": traits[calm.term].term, "typo": False}
        hit.update(start=starts[calm.start], end=ends[calm.end - 1])
        return reading._replace(calm=built(WordHit, hit))
