"""The routing pipeline of one rule base: from a question to a result, as fast as it can go.

A `Pipeline` is built once from validated files and never changes; `Router` holds one and swaps
it for a new one on reload, in a single assignment, so a call in flight finishes on the pipeline
it started with.
"""

from __future__ import annotations

from ._decide import build_result
from ._engines import Engine
from ._evidence_models import TextEvidence, TypeScore, WordHit
from ._exceptions import QuestionError, UnknownQuestionTypeError
from ._facts import fact_key
from ._frozen import built, replaced
from ._models import PersonalData, Provenance, Question, RoutingResult
from ._privacy import WARNING_NL, find_personal_data
from ._question import NO_FACTS, MemoKey, QuestionLike, as_question, combine, facts_of
from ._reading import Reading
from ._rulebase import RuleBase
from ._table import UNKNOWN
from ._typecard import TypeCard, TypeChoice
from ._understand import Reader

#: The longest text `route()` reads. A question is a few sentences; a megabyte of text is a
#: document, and reading one costs about half a second.
MAX_TEXT_CHARS = 1_048_576


class Pipeline:
    """One rule base, its engine and its reader, with a memo of the decisions made so far."""

    def __init__(self, base: RuleBase, engine: Engine, provenance: Provenance) -> None:
        self.base = base
        self.engine = engine
        self.provenance = provenance
        self._reader = Reader(base.vocabulary, base.scorecards, base.type_card)
        # The facts span a finite space, so these memos are bounded by it (10,240 combinations
        # times the explicit types, or the type card's): each decision is made by the engine
        # once. Structured questions and texts are keyed differently, so each kind has its own.
        self._memo: dict[MemoKey, RoutingResult] = {}
        self._structured: dict[MemoKey, RoutingResult] = {}
        # Decisions with the type card's type first, keyed by that type and the facts; apart,
        # those where the card also put the question on the subject.
        self._carded: dict[MemoKey, RoutingResult] = {}
        self._onto: dict[MemoKey, RoutingResult] = {}
        self._type_card = base.type_card
        kinds = base.table.question_types
        self._calm_types = frozenset(t for t, k in kinds.items() if not k.acute and t != UNKNOWN)
        # The facts that make a question acute: those a rule of an acute type asks for.
        self._alarming = frozenset(
            condition.fact
            for rule in base.rules
            if kinds[rule.question_type].acute
            for condition in (*rule.all, *rule.any)
            if condition.value is True and condition.fact != "on_topic"
        )

    def route(self, question: QuestionLike) -> RoutingResult:
        """Return the result for `question` (see `routing.route`)."""
        if type(question) is str:  # the most common call from other systems: skip the model
            return self._route_text(NO_FACTS, question)
        checked = question if type(question) is Question else as_question(question)
        fields = checked.__dict__
        if fields["text"] is not None:
            return self._route_text(checked, fields["text"])
        # The hot path: a structured question seen before costs one tuple and one look-up. The
        # key is every field's value (text is None here), taken in one call in C: a third
        # cheaper than naming the twelve that decide.
        key = tuple(fields.values())
        memo = self._structured
        return memo.get(key) or self._decided(memo, key, checked, facts_of(checked))

    def _route_text(self, question: Question, text: str) -> RoutingResult:
        check_text(text)
        reading = self._reader.read(text)
        facts, explicit = combine(question, reading)
        key = (question.question_type, *fact_key(facts))
        memo = self._memo
        result = memo.get(key) or self._decided(memo, key, question, facts)
        typed = None
        card, choice = self._type_card, reading.choice
        if card is not None and choice is not None and not explicit and not question.question_type:
            result, typed = self._refereed(card, choice, result, facts)
        language = None
        unknown = result.question_type == UNKNOWN
        # A text that says it is not acute is read again only for a type its words left out
        if not result.acute and reading.translatable and (reading.calm is None or unknown):
            undone = self._undone(reading)
            translated = self._translated(
                question, text, unknown=unknown, undone=undone, calm=reading.calm
            )
            if translated is not None:  # rare: a German text acute, or only understood, in Dutch
                reading, result, explicit, language = translated
                typed = None
        evidence = built(
            TextEvidence,
            {
                "words": reading.words,
                "negated": reading.negated,
                "explicit": explicit,
                "acute_score": reading.acute_score,
                "topic_score": reading.topic_score,
                "type_score": typed,
                "calm": reading.calm,
                "excepted": reading.excepted,
                "scenes": reading.scenes,
                "negated_excepts": reading.negated_excepts,
                "mail_parts": reading.mail_parts,
                "read_in": language,
            },
        )
        if reading.calm is not None and result.acute and "acute" not in explicit:
            result = _calmed(result)
        found = find_personal_data(text)
        return _with_text(result, evidence, found)

    def _undone(self, reading: Reading) -> frozenset[str]:
        """The facts of danger whose words the text undid or explained away.

        Undone: "KEIN Amtsbericht". Explained away by an except: "zählt das als Sprengstoff"
        of New Year's fireworks, which the Dutch reading would read as "explosieven" again.
        """
        alarming = self._alarming
        words = (*reading.negated, *reading.excepted)
        return frozenset(word.fact for word in words if word.fact in alarming)

    def _translated(
        self,
        question: Question,
        text: str,
        *,
        unknown: bool,
        undone: frozenset[str],
        calm: WordHit | None,
    ) -> tuple[Reading, RoutingResult, tuple[str, ...], str] | None:
        """The reading of `text` in Dutch and its result, where that decides the question.

        It decides where it makes the question acute, or, for a question its own words left
        `unknown` (off the subject), where it puts it on: only ever more alarming, and only for
        a text in another language that its own words left calm (`routing._translation`).

        Neither reading may say the text is calm, and the Dutch one may not read a danger that
        either reading undid: read word by word, a German "nicht" can stand where Dutch
        negation does not look for it. A danger undone does not hide another one, though: "KEIN
        Amtsbericht ..., aber ... ausreisen will, um zu kaempfen" is travel all the same. Where
        the text denies that it is acute at all ("Keine akute Gefahr", read "geen acute"), its
        Dutch words may still give its type, not make it acute: a text that says it is not
        acute is not marked acute (docs/contract.md). The same holds where the first reading
        found the writer's calm statement (`calm`): "Keine akute Gefahr ... Vor einigen Monaten
        ... nach Syrien ausreisen wollte" is travel, not acute, and its trace keeps the statement.
        """
        translation = self.base.vocabulary.translation
        if translation is None:
            return None
        reading = self._reader.read_translated(text)
        if reading is None or reading.calm is not None:
            return None
        if calm is not None:
            reading = reading._replace(calm=calm)
        undone |= self._undone(reading)
        if any(word.fact in undone for word in reading.words):
            return None
        facts, explicit = combine(question, reading)
        key = (question.question_type, *fact_key(facts))
        result = self._memo.get(key) or self._decided(self._memo, key, question, facts)
        if result.acute and ("acute" in undone or calm is not None):  # its words decide the rest
            result = _calmed(result)
        if result.acute:
            said = TRANSLATED_NL
        elif unknown and result.question_type != UNKNOWN:
            said = TRANSLATED_TYPE_NL
        else:
            return None
        language = translation.language
        explanation = f"{result.explanation} {said.format(language)}"
        return reading, replaced(result, {"explanation": explanation}), explicit, language

    def _refereed(
        self, card: TypeCard, choice: TypeChoice, result: RoutingResult, facts: dict[str, object]
    ) -> tuple[RoutingResult, TypeScore]:
        """`result`, or the one with the type card's type first where the card decides.

        The card re-orders the subject's calm types (`TypeCard.decides`), and may put a question
        the words left off the subject on it (`TypeCard.puts_on_subject`): an acute question
        keeps the rules' type, with the police first, and no question is taken off the subject.
        The card's result is checked too: it is never acute.
        """
        ruled = result.question_type
        onto = ruled == UNKNOWN and card.puts_on_subject(choice)
        if onto:
            facts, memo = {**facts, "on_topic": True}, self._onto
        elif not result.acute and card.decides(choice, ruled, calm_types=self._calm_types):
            memo = self._carded
        else:
            return result, card.evidence(choice, ruled, applied=False)
        chosen = choice.question_type
        key = (chosen, *fact_key(facts))
        carded = memo.get(key) or self._decided(
            memo, key, NO_FACTS, facts, carded=chosen, onto_subject=onto
        )
        if carded.acute:
            return result, card.evidence(choice, ruled, applied=False)
        return carded, card.evidence(choice, ruled, applied=True)

    def _decided(
        self,
        memo: dict[MemoKey, RoutingResult],
        key: MemoKey,
        question: Question,
        facts: dict[str, object],
        *,
        carded: str | None = None,
        onto_subject: bool = False,
    ) -> RoutingResult:
        """The result for these facts: made by the engine once, then remembered in `memo`."""
        result = memo.get(key)
        if result is None:
            explicit = question.question_type
            kinds = self.base.table.question_types
            if explicit is not None and explicit not in kinds:
                raise UnknownQuestionTypeError(explicit, tuple(kinds))
            fired = self.engine.fired(facts)
            result = build_result(
                self.base,
                facts,
                fired,
                explicit,
                self.provenance,
                carded=carded,
                onto_subject=onto_subject,
            )
            # Two threads may both compute the same key; they compute the same frozen result.
            memo[key] = result
        return result


TRANSLATED_NL = (
    "De vraag is in het {} geschreven; pas woord voor woord in het Nederlands gelezen wijst "
    "ze op een acute situatie."
)

TRANSLATED_TYPE_NL = (
    "De vraag is in het {} geschreven; haar vraagtype komt uit haar woorden, woord voor woord "
    "in het Nederlands gelezen."
)

CALM_NL = (
    "De vraag zegt zelf dat het niet acuut is, dus staat ze niet als acuut gemarkeerd; "
    "meld het wel bij de politie, en bel 112 bij direct gevaar."
)


def _with_text(
    result: RoutingResult, evidence: TextEvidence, found: tuple[PersonalData, ...]
) -> RoutingResult:
    """`result` with the text's evidence in its trace, and the personal data found in it."""
    trace = replaced(result.trace, {"text": evidence})
    if found:
        # Reported by kind and place only; the warning says not to send them by e-mail.
        explanation = f"{result.explanation} {WARNING_NL}"
        return replaced(
            result, {"trace": trace, "personal_data": found, "explanation": explanation}
        )
    return replaced(result, {"trace": trace})


def _calmed(result: RoutingResult) -> RoutingResult:
    """`result` not marked acute, for a text that says itself it is not acute.

    The issue's rule: a question that explicitly says it is not acute is not marked acute. Its
    type and routes stay, so travel or a threat still goes to the police.
    """
    explanation = f"{result.explanation} {CALM_NL}"
    return replaced(result, {"acute": False, "explanation": explanation})


def check_text(text: str) -> None:
    """Refuse a text that cannot be a question, saying what to send instead.

    Control characters are not refused: they separate words like spaces do. Messages never
    repeat the text.
    """
    if not text or text.isspace():
        raise QuestionError(
            "the question's text is empty; send the question in words, or a Question with "
            "facts such as {'suspected_travel': True}"
        )
    if len(text) > MAX_TEXT_CHARS:
        raise QuestionError(
            f"the text is {len(text):,} characters long, more than the maximum of "
            f"{MAX_TEXT_CHARS:,}; send the question itself, not a whole document"
        )
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as error:
        raise QuestionError(
            f"the text has an invalid character at position {error.start} (a lone surrogate); "
            "send valid Unicode text, for example bytes decoded with errors='replace'"
        ) from None
