"""The schema of a lexicon file (``kind: lexicon`` in ``rules/``), as pydantic models.

`routing._lexicon` validates a file against `LexiconSpec` and turns it into labelled terms;
the comments here say what each section is for where its name does not.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from ._combinations import CombinationSpec


class _Strict(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", strict=True)


class MessengersSpec(_Strict):
    terms: list[str] = Field(min_length=1)
    yield_to: list[str] = []
    yield_to_askers: list[str] = []


class FactWordsSpec(_Strict):
    description: str | None = None
    terms: list[str] = []
    weak: list[str] = []
    firm: list[str] = []
    # Terms that name the row itself ("paspoortmaatregel"): they keep the question about the
    # subject whatever words stand around them, so the topic card may not take it off.
    sure: list[str] = []
    # `except` is a Python keyword: the file says `except`, the model says `exceptions`.
    exceptions: list[str] = Field(default=[], alias="except")
    together: list[list[str]] = []
    combinations: list[CombinationSpec] = []
    # Word lists that several combinations share, by name: a word added once counts in each.
    lists: dict[str, list[str]] = {}
    # How many words apart the words of one of its combinations may stand at most; without
    # it, anywhere in one paragraph.
    within: int | None = Field(default=None, ge=1)
    messengers: MessengersSpec | None = None
    denials: list[str] = []
    examples: list[str] = []


class GeneralSpec(_Strict):
    facts: list[str] = Field(min_length=1)
    terms: list[str] = Field(min_length=1)
    someone: list[str] = []


class ResolvedSpec(_Strict):
    facts: list[str] = Field(min_length=1)
    terms: list[str] = Field(min_length=1)
    when: list[str] = Field(min_length=1)
    unless: list[str] = []


class AsideSpec(_Strict):
    facts: list[str] = Field(min_length=1)
    terms: list[str] = Field(min_length=1)
    asks: list[str] = []


class CalmSpec(_Strict):
    terms: list[str] = Field(min_length=1)
    when: list[str] = Field(min_length=1)
    unless: list[str] = []
    keeps: list[str] = []


class SceneSpec(_Strict):
    facts: list[str] = Field(min_length=1)
    targets: list[str] = Field(min_length=1)
    moments: list[str] = Field(min_length=1)


class MailSpec(_Strict):
    headers: list[str] = Field(min_length=1)
    kept: list[str] = []
    footers: list[str] = []


class LexiconSpec(_Strict):
    kind: Literal["lexicon"]
    schema_version: Literal[1]
    facts: dict[str, FactWordsSpec] = {}
    asker: dict[str, list[str]] = {}
    asked_for: dict[str, list[str]] = {}
    askers_on_topic: list[str] = []
    on_topic: list[str] = []
    on_topic_except: list[str] = []
    figures: list[str] = []
    spellings: dict[str, str] = {}
    on_topic_hints: list[str] = []
    off_topic: list[str] = []
    general: GeneralSpec | None = None
    resolved: ResolvedSpec | None = None
    aside: AsideSpec | None = None
    calm: CalmSpec | None = None
    threat_scene: SceneSpec | None = None
    mail: MailSpec | None = None
