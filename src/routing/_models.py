"""The public models: what goes into `route()` and what comes out.

All models are frozen and forbid unknown fields (`routing._frozen`). The evidence a text
contributes to a trace has its own models, in `routing._evidence_models`.
"""

from __future__ import annotations

from typing import Literal

from pydantic import ConfigDict, Field, StrictBool, StrictStr

from ._channels import ChannelKind
from ._evidence_models import TextEvidence
from ._facts import Asker
from ._frozen import Frozen


class Question(Frozen):
    """A question to route: explicit facts, a text, or both (explicit facts win).

    Every field is optional. A question with no facts at all is the table's first row: a
    local, non-acute question about prevention.
    """

    model_config = ConfigDict(frozen=True, extra="forbid", strict=True)

    question_type: StrictStr | None = Field(
        default=None, description="Route directly to this type; the rules still add acute types."
    )
    asker: Asker = Field(default="municipality", description="Who asks the municipality.")
    text: StrictStr | None = Field(default=None, description="The question in the asker's words.")
    acute: StrictBool = False
    suspected_travel: StrictBool = False
    terrorist_threat: StrictBool = False
    official_report: StrictBool = Field(
        default=False, description="An official report (ambtsbericht) of imminent travel."
    )
    passport_measure: StrictBool = False
    communications: StrictBool = False
    radicalisation_signal: StrictBool = False
    severe: StrictBool = False
    family_support: StrictBool = False
    specific_expertise: StrictBool = False


class Source(Frozen):
    """Where a fact in the data comes from: the one-pager, or a later public source."""

    id: str
    title: str
    publisher: str
    url: str | None = None
    note: str | None = None


class Channel(Frozen):
    """One way to reach a contact, validated and ready to show or to click."""

    kind: ChannelKind
    value: str = Field(description="Canonical form: e-mail address, E.164 number, or URL.")
    display: str = Field(description="How to show it to a person (national format for phones).")
    uri: str = Field(description="A mailto:, tel: or https: link.")
    label: str | None = Field(default=None, description="When to use it, e.g. 'Bij acuut gevaar'.")
    source: Source


class Contact(Frozen):
    """Someone to contact, with the channels that reach them."""

    id: str
    name: str
    full_name: str | None = None
    local: bool = Field(
        default=False, description="A party of the municipality's own region, not a national one."
    )
    configured: bool = Field(
        default=True, description="False for a local party whose details are not filled in yet."
    )
    note: str | None = None
    note_source: Source | None = None
    channels: tuple[Channel, ...] = ()
    source: Source


class Route(Frozen):
    """One contact to approach for the question, and why."""

    contact: Contact
    explanation: str
    question_type: str = Field(description="The question type this route comes from.")
    source: Source


class RuleHit(Frozen):
    """A rule that matched the facts of the question."""

    id: str
    question_type: str
    priority: int
    row: int | None
    fallback: bool
    description: str
    file: str


class Facts(Frozen):
    """The facts the rules saw: the whole input of the decision."""

    asker: Asker
    acute: bool
    suspected_travel: bool
    terrorist_threat: bool
    official_report: bool
    passport_measure: bool
    communications: bool
    radicalisation_signal: bool
    severe: bool
    family_support: bool
    specific_expertise: bool
    on_topic: bool = Field(description="Whether the question is about the subject at all.")


class Trace(Frozen):
    """The evidence for a decision: the facts the rules saw and the rules that fired."""

    facts: Facts
    text: TextEvidence | None = None
    explicit_question_type: str | None = None
    fired: tuple[RuleHit, ...] = ()
    decided_by: str = Field(description="How the primary type was chosen, in plain words.")


class Provenance(Frozen):
    """What decided: enough to reproduce the decision later."""

    package_version: str
    engine: str = Field(description="'durable-rules' or 'builtin'.")
    digest: str = Field(description="SHA-256 over the rule and data files, in a fixed order.")
    files: tuple[str, ...] = Field(description="The rule and data files that decided.")
    municipality: str | None = Field(
        default=None, description="The municipality whose overlay was applied, if any."
    )
    cbs_code: str | None = Field(default=None, description="Its CBS code, GM and four digits.")


class PersonalData(Frozen):
    """Personal data found in a question's text: its kind and place, never its value."""

    kind: Literal["bsn", "phone", "email"]
    start: int
    end: int


class AdvicePoint(Frozen):
    """One of the ten points of the one-pager, as advice that goes with a routing answer."""

    number: int = Field(ge=1, le=10)
    phase: Literal["no_signals", "signals"] = Field(
        description="'no_signals': prepare before signals come (points 1-7); 'signals': act (8-10)."
    )
    title: str
    text: str
    question_types: tuple[str, ...] = Field(description="The question types it bears on.")
    source: Source


class RoutingResult(Frozen):
    """The answer of `route()`: whom to contact, through which channels, and why."""

    question_type: str
    label: str
    row: int | None = Field(description="The row of the appendix table; None for 'unknown'.")
    also_matched: tuple[str, ...] = ()
    acute: bool
    routes: tuple[Route, ...]
    explanation: str
    advice: tuple[AdvicePoint, ...] = Field(
        default=(), description="Points of the one-pager that bear on this question."
    )
    personal_data: tuple[PersonalData, ...] = Field(
        default=(), description="Personal data found in the text, by kind and span only."
    )
    trace: Trace
    provenance: Provenance
