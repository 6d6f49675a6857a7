"""Whom a Dutch municipality contacts about social tension and radicalisation, and why.

The routing table of the one-pager "Voorbereiden op sociale spanningen en radicalisering"
(VNG, SZW, NCTV) as validated data and declarative rules::

    >>> import routing
    >>> routing.route({"passport_measure": True}).routes[0].contact.id
    'nctv'
"""

from ._engines import durable_rules_available
from ._evidence_models import (
    AcuteScore,
    ExceptedWord,
    NegatedExcept,
    NegatedWord,
    Phrase,
    ScoreSign,
    TextEvidence,
    ThreatScene,
    TopicScore,
    TypeScore,
    WordHit,
)
from ._exceptions import (
    DataError,
    EngineError,
    QuestionError,
    RoutingError,
    RuleError,
    UnknownQuestionTypeError,
)
from ._models import (
    AdvicePoint,
    Channel,
    Contact,
    Facts,
    PersonalData,
    Provenance,
    Question,
    Route,
    RoutingResult,
    RuleHit,
    Source,
    Trace,
)
from ._privacy import find_personal_data, redact
from ._router import Router, route
from ._router import package_version as _package_version

__version__ = _package_version()

__all__ = [
    "AcuteScore",
    "AdvicePoint",
    "Channel",
    "Contact",
    "DataError",
    "EngineError",
    "ExceptedWord",
    "Facts",
    "NegatedExcept",
    "NegatedWord",
    "PersonalData",
    "Phrase",
    "Provenance",
    "Question",
    "QuestionError",
    "Route",
    "Router",
    "RoutingError",
    "RoutingResult",
    "RuleError",
    "RuleHit",
    "ScoreSign",
    "Source",
    "TextEvidence",
    "ThreatScene",
    "TopicScore",
    "Trace",
    "TypeScore",
    "UnknownQuestionTypeError",
    "WordHit",
    "__version__",
    "durable_rules_available",
    "find_personal_data",
    "redact",
    "route",
]
