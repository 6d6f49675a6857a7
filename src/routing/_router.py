"""`Router`: a rule base and an engine, answering `route()` calls.

A router keeps no state between calls apart from a memo of decisions. The facts span a finite
space, so the memo is bounded by it; each decision is made by the rule engine the first time its
combination of facts is seen, and reused after that. That keeps the rules in charge of every
answer while `route()` on a structured question costs about a dictionary look-up.
"""

from __future__ import annotations

import os
import threading
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from ._engines import EngineName, make_engine
from ._models import AdvicePoint, Provenance, RoutingResult
from ._overlay import apply_overlay, load_overlay
from ._pipeline import Pipeline
from ._question import QuestionLike
from ._rulebase import RuleBase, default_data_file, default_rules_dir, load_rule_base
from ._rules import Rule
from ._table import Table

StrPath = str | os.PathLike[str]


def package_version() -> str:
    """The installed version of `routing`."""
    try:
        return version("routing")
    except PackageNotFoundError:  # running from a source tree that was never installed
        return "0+unknown"


class Router:
    """Routes questions with one routing table, one set of rules and one engine.

    Build several to use different data, rules or municipal overlays side by side; they share
    nothing. `overlay` is a municipality's own file of local contacts (see docs/overlay.md).

    >>> router = Router(engine="builtin")
    >>> router.route({"asker": "school"}).routes[0].contact.id
    'school_safety_helpdesk'
    """

    def __init__(
        self,
        *,
        data: StrPath | None = None,
        rules: StrPath | None = None,
        overlay: StrPath | None = None,
        engine: EngineName = "auto",
    ) -> None:
        self._sources = (
            Path(data) if data is not None else default_data_file(),
            Path(rules) if rules is not None else default_rules_dir(),
        )
        self._overlay = Path(overlay) if overlay is not None else None
        self._engine_name: EngineName = engine
        self._pipeline = self._build()

    def _build(self) -> Pipeline:
        base = load_rule_base(*self._sources)
        if self._overlay is not None:
            base = apply_overlay(base, load_overlay(self._overlay), self._overlay)
        engine = make_engine(self._engine_name, base.rules)
        municipality = base.table.municipality
        provenance = Provenance(
            package_version=package_version(),
            engine=engine.name,
            digest=base.digest,
            files=base.files,
            municipality=municipality.name if municipality else None,
            cbs_code=municipality.cbs_code if municipality else None,
        )
        return Pipeline(base, engine, provenance)

    @property
    def rule_base(self) -> RuleBase:
        """Everything that decides, as loaded: for the checks and the register."""
        return self._pipeline.base

    def reload(self) -> None:
        """Read the files again; if they fail to load, raise and keep answering as before.

        The switch is one assignment: a call already under way finishes with the old files,
        and every later call uses the new ones.
        """
        self._pipeline = self._build()

    @property
    def engine(self) -> str:
        """The name of the engine that evaluates the rules: 'durable-rules' or 'builtin'."""
        return self._pipeline.engine.name

    @property
    def table(self) -> Table:
        """The validated routing table."""
        return self._pipeline.base.table

    @property
    def points(self) -> tuple[AdvicePoint, ...]:
        """The ten points of the one-pager, in number order (none if the data has no points)."""
        return self._pipeline.base.points

    @property
    def rules(self) -> tuple[Rule, ...]:
        """The validated rules, in file order."""
        return self._pipeline.base.rules

    @property
    def provenance(self) -> Provenance:
        """What decides this router's answers: version, engine, and a digest of the files."""
        return self._pipeline.provenance

    def route(self, question: QuestionLike, /) -> RoutingResult:
        """Return whom to contact about `question`, through which channels, and why.

        `question` is a `Question`, a mapping of its fields, or a text. Bad input raises a
        `QuestionError` (a `ValueError`) that says what to send instead.
        """
        return self._pipeline.route(question)


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
