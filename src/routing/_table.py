"""The routing table file (``data/contacts.yaml``): its schema, and loading it into models.

Loading is all-or-nothing. The first problem found raises a `DataError` that names the file,
the entry (``contact 'police'``), the field (``channels[1].value``) and how to fix it.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel, ConfigDict, Field, field_validator
from pydantic_core import PydanticCustomError

from ._channels import normalise
from ._exceptions import DataError
from ._models import Channel, Contact, Route, Source
from ._table_schema import (
    ContactSpec,
    QuestionTypeSpec,
    SourceSpec,
    TableSpec,
)
from ._validation import validated
from ._yaml import load_mapping

UNKNOWN = "unknown"
"""The question type of a question that is not about social tension or radicalisation."""

_T = TypeVar("_T")


@dataclass(frozen=True)
class QuestionType:
    """One row of the table, with its routes resolved to validated contacts."""

    id: str
    row: int | None
    label: str
    acute: bool
    explanation: str
    source: Source
    routes: tuple[Route, ...]


@dataclass(frozen=True)
class Verification:
    """When a source or a contact was last checked, and the file that says so."""

    file: str
    verified_on: datetime.date | None


class Municipality(BaseModel):
    """The municipality whose local overlay a table carries: for provenance and the register."""

    model_config = ConfigDict(frozen=True, extra="forbid", strict=True)

    name: str = Field(min_length=1, description="For example 'Gemeente Utrecht'.")
    cbs_code: str = Field(description="GM and four digits, as CBS numbers municipalities.")

    @field_validator("cbs_code")
    @classmethod
    def _is_a_cbs_code(cls, code: str) -> str:
        if re.fullmatch(r"GM[0-9]{4}", code) is None:
            raise PydanticCustomError("cbs_code", _CBS_CODE_HINT)
        return code


_CBS_CODE_HINT = "must be GM and four digits, the municipality's CBS code, for example GM0344"


@dataclass(frozen=True)
class Table:
    """The validated routing table: sources, contacts and question types by id.

    `source_verification` and `contact_verification` say, per id, when each fact was last
    checked (`routing._checks` warns about old or missing dates). `municipality` and
    `overlay_file` are set when a municipality's overlay has been applied.
    """

    file: str
    sources: Mapping[str, Source]
    contacts: Mapping[str, Contact]
    question_types: Mapping[str, QuestionType]
    source_verification: Mapping[str, Verification] = field(default_factory=dict)
    contact_verification: Mapping[str, Verification] = field(default_factory=dict)
    municipality: Municipality | None = None
    overlay_file: str | None = None


def load_table(path: Path, *, text: str | None = None) -> Table:
    """Load and validate a routing table file."""
    name = str(path)
    raw = load_mapping(
        path, holding="schema_version, sources, contacts and question_types", text=text
    )
    spec = validated(
        TableSpec,
        raw,
        file=name,
        known_keys="the fields of each entry are listed in docs/data.md; check the spelling",
    )
    return _Resolver(name, spec).table()


class _Resolver:
    """Turns a schema-valid file into models, checking every cross-reference on the way."""

    def __init__(self, file: str, spec: TableSpec) -> None:
        self.file = file
        self.spec = spec
        self.sources = _unique(file, "source", [(s.id, _source(s)) for s in spec.sources])

    def table(self) -> Table:
        contacts = _unique(
            self.file, "contact", [(c.id, self._contact(c)) for c in self.spec.contacts]
        )
        types = _unique(
            self.file,
            "question type",
            [(q.id, self._question_type(q, contacts)) for q in self.spec.question_types],
        )
        if UNKNOWN not in types:
            raise DataError(
                f"has no question type {UNKNOWN!r}; add it, with no routes, for questions "
                "that are not about social tension or radicalisation",
                file=self.file,
            )
        return Table(
            self.file,
            self.sources,
            contacts,
            types,
            source_verification={
                s.id: Verification(self.file, s.verified_on) for s in self.spec.sources
            },
            contact_verification={
                c.id: Verification(self.file, c.verified_on) for c in self.spec.contacts
            },
        )

    def _source_of(self, source_id: str, entry: str, field: str) -> Source:
        try:
            return self.sources[source_id]
        except KeyError:
            raise DataError(
                f"names source {source_id!r}, which is not in 'sources'; "
                f"use one of: {', '.join(self.sources)}",
                file=self.file,
                entry=entry,
                field=field,
            ) from None

    def _contact(self, spec: ContactSpec) -> Contact:
        entry = f"contact {spec.id!r}"
        source = self._source_of(spec.source, entry, "source")
        channels = []
        for index, channel in enumerate(spec.channels):
            try:
                forms = normalise(channel.kind, channel.value)
            except ValueError as error:
                raise DataError(
                    str(error), file=self.file, entry=entry, field=f"channels[{index}].value"
                ) from None
            channel_source = (
                self._source_of(channel.source, entry, f"channels[{index}].source")
                if channel.source
                else source
            )
            channels.append(
                Channel(
                    kind=channel.kind, **forms._asdict(), label=channel.label, source=channel_source
                )
            )
        if not channels and not spec.local:
            raise DataError(
                "has no channels; give at least one e-mail address, phone number or web address, "
                "or mark it `local: true` if the municipality fills it in",
                file=self.file,
                entry=entry,
                field="channels",
            )
        note_source = (
            self._source_of(spec.note_source, entry, "note_source") if spec.note_source else None
        )
        return Contact(
            id=spec.id,
            name=spec.name,
            full_name=spec.full_name,
            local=spec.local,
            configured=bool(channels),
            note=spec.note,
            note_source=note_source if spec.note else None,
            channels=tuple(channels),
            source=source,
        )

    def _question_type(
        self, spec: QuestionTypeSpec, contacts: Mapping[str, Contact]
    ) -> QuestionType:
        entry = f"question type {spec.id!r}"
        source = self._source_of(spec.source, entry, "source")
        if spec.id != UNKNOWN and not spec.routes:
            raise DataError(
                "has no routes; every question type but 'unknown' needs at least one contact",
                file=self.file,
                entry=entry,
                field="routes",
            )
        routes = []
        for index, route in enumerate(spec.routes):
            field = f"routes[{index}]"
            if route.contact not in contacts:
                raise DataError(
                    f"names contact {route.contact!r}, which is not in 'contacts'; "
                    f"use one of: {', '.join(contacts)}",
                    file=self.file,
                    entry=entry,
                    field=f"{field}.contact",
                )
            routes.append(
                Route(
                    contact=contacts[route.contact],
                    explanation=route.explanation or spec.explanation,
                    question_type=spec.id,
                    source=self._source_of(route.source, entry, f"{field}.source")
                    if route.source
                    else source,
                )
            )
        return QuestionType(
            id=spec.id,
            row=spec.row,
            label=spec.label,
            acute=spec.acute,
            explanation=spec.explanation,
            source=source,
            routes=tuple(routes),
        )


def _source(spec: SourceSpec) -> Source:
    return Source(
        id=spec.id, title=spec.title, publisher=spec.publisher, url=spec.url, note=spec.note
    )


def _unique(file: str, what: str, items: Sequence[tuple[str, _T]]) -> dict[str, _T]:
    result: dict[str, _T] = {}
    for key, value in items:
        if key in result:
            raise DataError(
                f"the {what} id {key!r} is used twice; give each {what} its own id", file=file
            )
        result[key] = value
    return result
