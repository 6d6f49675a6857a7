"""`Router`: a rule base and an engine, answering `route()` calls.

A router is immutable once built and keeps no state between calls apart from a memo of
decisions. The facts span a finite space, so the memo is bounded by it; each decision is made
by the rule engine the first time its combination of facts is seen, and reused after that. That
keeps the rules in charge of every answer while `route()` costs about a dictionary look-up.
"""

from __future__ import annotations

import os
import threading
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from ._decide import build_result
from ._engines import EngineName, make_engine
from ._exceptions import UnknownQuestionTypeError
from ._facts import fact_key
from ._models import Provenance, Question, RoutingResult, TextEvidence
from ._question import (
    NO_FACTS,
    MemoKey,
    QuestionLike,
    as_question,
    combine,
    facts_of,
    memo_key,
)
from ._rulebase import RuleBase, default_data_file, default_rules_dir, load_rule_base
from ._table import Table
from ._understand import Reader

StrPath = str | os.PathLike[str]


def package_version() -> str:
    """The installed version of `routing`."""
    try:
        return version("routing")
    except PackageNotFoundError:  # running from a source tree that was never installed
        return "0+unknown"


class Router:
    """Routes questions with one routing table, one set of rules and one engine.

    Build several to use different data or rules side by side; they share nothing.

    >>> router = Router(engine="builtin")
    >>> router.route({"asker": "school"}).routes[0].contact.id
    'school_safety_helpdesk'
    """

    def __init__(
        self,
        *,
        data: StrPath | None = None,
        rules: StrPath | None = None,
        engine: EngineName = "auto",
    ) -> None:
        self._base: RuleBase = load_rule_base(
            Path(data) if data is not None else default_data_file(),
            Path(rules) if rules is not None else default_rules_dir(),
        )
        self._engine = make_engine(engine, self._base.rules)
        self._reader = Reader(self._base.vocabulary)
        self._provenance = Provenance(
            package_version=package_version(),
            engine=self._engine.name,
            digest=self._base.digest,
            files=self._base.files,
        )
        self._memo: dict[MemoKey, RoutingResult] = {}

    @property
    def engine(self) -> str:
        """The name of the engine that evaluates the rules: 'durable-rules' or 'builtin'."""
        return self._engine.name

    @property
    def table(self) -> Table:
        """The validated routing table."""
        return self._base.table

    @property
    def provenance(self) -> Provenance:
        """What decides this router's answers: version, engine, and a digest of the files."""
        return self._provenance

    def route(self, question: QuestionLike, /) -> RoutingResult:
        """Return whom to contact about `question`, through which channels, and why."""
        if type(question) is str:  # the most common call from other systems: skip the model
            return self._route_text(NO_FACTS, question)
        checked = question if type(question) is Question else as_question(question)
        if checked.text is not None:
            return self._route_text(checked, checked.text)
        return self._decided(memo_key(checked), checked, facts_of(checked))

    def _route_text(self, question: Question, text: str) -> RoutingResult:
        reading = self._reader.read(text)
        facts, explicit = combine(question, reading)
        result = self._decided((question.question_type, *fact_key(facts)), question, facts)
        # One validation of all the evidence at once is cheaper than a model per word.
        evidence = TextEvidence.model_validate({**reading.evidence, "explicit": explicit})
        trace = result.trace.model_copy(update={"text": evidence})
        return result.model_copy(update={"trace": trace})

    def _decided(self, key: MemoKey, question: Question, facts: dict[str, object]) -> RoutingResult:
        """The result for these facts: made by the engine once, then remembered."""
        result = self._memo.get(key)
        if result is None:
            explicit = question.question_type
            if explicit is not None and explicit not in self._base.table.question_types:
                raise UnknownQuestionTypeError(explicit, tuple(self._base.table.question_types))
            fired = self._engine.fired(facts)
            result = build_result(
                self._base.table, self._base.rules, facts, fired, explicit, self._provenance
            )
            # Two threads may both compute the same key; they compute the same frozen result.
            self._memo[key] = result
        return result


_default: Router | None = None
_default_lock = threading.Lock()


def default_router() -> Router:
    """The router over the shipped data and rules, built on first use."""
    global _default
    if _default is None:
        with _default_lock:
            if _default is None:
                _default = Router()
    return _default


def route(question: QuestionLike, /) -> RoutingResult:
    """Return whom to contact about `question`, with the shipped data and rules.

    `question` is a `Question`, a mapping of its fields, or a text.

    >>> result = route({"suspected_travel": True})
    >>> result.question_type, result.acute, result.routes[0].contact.name
    ('travel_or_threat', True, 'Politie')
    """
    return default_router().route(question)
