"""The schema of the routing table file (``data/contacts.yaml``), as pydantic models.

`routing._table` validates the file against these and resolves it into the public models.
"""

from __future__ import annotations

import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field
from pydantic_core import PydanticCustomError

from ._channels import ChannelKind

_ID = r"^[a-z][a-z0-9_]*$"


def _iso_date(value: object) -> object:
    """Accept a YAML date (``2025-03-31``) or the same date quoted; refuse anything else."""
    if isinstance(value, str):
        try:
            return datetime.date.fromisoformat(value)
        except ValueError:
            pass
    elif value is None or (
        isinstance(value, datetime.date) and not isinstance(value, datetime.datetime)
    ):
        return value
    raise PydanticCustomError(
        "date_format", "must be a date written as YYYY-MM-DD, for example 2025-03-31"
    )


VerifiedOn = Annotated[datetime.date | None, BeforeValidator(_iso_date)]
"""The day a fact was last checked against its source; optional everywhere it appears."""


class _Spec(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", strict=True)


class SourceSpec(_Spec):
    id: str = Field(pattern=_ID)
    title: str = Field(min_length=1)
    publisher: str = Field(min_length=1)
    url: str | None = None
    note: str | None = None
    verified_on: VerifiedOn = None


class ChannelSpec(_Spec):
    kind: ChannelKind
    value: str
    label: str | None = None
    source: str | None = None


class ContactSpec(_Spec):
    id: str = Field(pattern=_ID)
    name: str = Field(min_length=1)
    full_name: str | None = None
    local: bool = False
    note: str | None = None
    note_source: str | None = None
    source: str
    channels: list[ChannelSpec]
    verified_on: VerifiedOn = None


class RouteSpec(_Spec):
    contact: str
    explanation: str | None = None
    source: str | None = None


class QuestionTypeSpec(_Spec):
    id: str = Field(pattern=_ID)
    row: int | None = Field(default=None, ge=1)
    label: str = Field(min_length=1)
    acute: bool = False
    explanation: str = Field(min_length=1)
    source: str
    routes: list[RouteSpec]


class TableSpec(_Spec):
    schema_version: Literal[1]
    sources: list[SourceSpec]
    contacts: list[ContactSpec]
    question_types: list[QuestionTypeSpec]
