"""A municipality's local overlay: its own parties, and its own channels for national ones.

The national table leaves the local parties (the case consultation, an experienced municipality
in the region) without channels. A municipality fills them in, and may add its dossierhouder,
its signals network and its Zorg- en Veiligheidshuis, in one YAML file that is validated like
the national data (docs/overlay.md). `apply_overlay` returns a new rule base; the national one
is never changed, so any number of overlays can be applied to one base side by side.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from ._channels import ChannelKind, normalise
from ._exceptions import DataError
from ._models import Channel, Contact, Route, Source
from ._rulebase import RuleBase, _digest
from ._table import Municipality, Verification
from ._table_schema import VerifiedOn
from ._validation import _path, _plain
from ._yaml import load_mapping, read_text

#: The local parties an overlay can fill in, with the name they get when it gives none.
#: case_consultation and regional_municipality are in the national table (rows 5 and 1);
#: the others come from the ten points of the one-pager (points 1 and 5).
LOCAL_PARTIES: Mapping[str, str] = {
    "dossierhouder": "De dossierhouder radicalisering van de gemeente",
    "case_consultation": "Het (multidisciplinair) casusoverleg",
    "signals_network": "Het signalenoverleg (netwerk polarisatie en radicalisering)",
    "zorg_en_veiligheidshuis": "Het Zorg- en Veiligheidshuis",
    "regional_municipality": "Een ervaren gemeente in de regio",
}

#: The id of the source that every fact from an overlay names.
OVERLAY_SOURCE = "overlay"

_KNOWN_KEYS = "the keys of an overlay are listed in docs/overlay.md; check the spelling"


class _Spec(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", strict=True)


class _ChannelSpec(_Spec):
    kind: ChannelKind
    value: str
    label: str | None = None


class _DetailsSpec(_Spec):
    name: str | None = Field(default=None, min_length=1)
    full_name: str | None = None
    note: str | None = None
    channels: list[_ChannelSpec] | None = None
    verified_on: VerifiedOn = None


class _OverlaySpec(_Spec):
    schema_version: Literal[1]
    municipality: Municipality
    contacts: dict[str, _DetailsSpec] = {}
    overrides: dict[str, _DetailsSpec] = {}


class ContactDetails(BaseModel):
    """A local party, or new details for a national contact; None leaves a field as it is."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(description="A key of LOCAL_PARTIES, or the id of a national contact.")
    name: str | None = None
    full_name: str | None = None
    note: str | None = None
    channels: tuple[Channel, ...] | None = Field(description="Validated; never empty.")
    verified_on: VerifiedOn = None


class Overlay(BaseModel):
    """A validated overlay file: whose it is, its local parties and its overrides."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    file: str = Field(description="Its short name, 'overlay/<file name>', as in provenance.")
    municipality: Municipality
    source: Source = Field(description="The source every fact of the overlay names.")
    contacts: tuple[ContactDetails, ...] = ()
    overrides: tuple[ContactDetails, ...] = ()
    text: str = Field(repr=False, exclude=True, description="The file, for the digest.")


def load_overlay(path: Path) -> Overlay:
    """Read and validate an overlay file; raise `DataError` naming file, entry and field."""
    name = str(path)
    text = read_text(path)
    raw = load_mapping(
        path, holding="schema_version, municipality, contacts and overrides", text=text
    )
    try:
        spec = _OverlaySpec.model_validate(raw)
    except ValidationError as error:
        raise _data_error(error, name) from None
    short = f"overlay/{path.name}"
    source = Source(
        id=OVERLAY_SOURCE,
        title=f"Lokale gegevens van {spec.municipality.name}",
        publisher=spec.municipality.name,
        note=f"{short} ({spec.municipality.cbs_code})",
    )
    return Overlay(
        file=short,
        municipality=spec.municipality,
        source=source,
        contacts=tuple(_party(key, d, source, name) for key, d in spec.contacts.items()),
        overrides=tuple(_override(key, d, source, name) for key, d in spec.overrides.items()),
        text=text,
    )


def _party(key: str, spec: _DetailsSpec, source: Source, file: str) -> ContactDetails:
    entry = f"contact {key!r}"
    if key not in LOCAL_PARTIES:
        raise DataError(
            "is not a local party an overlay can fill in; use one of: "
            f"{', '.join(LOCAL_PARTIES)}; to change a national contact, use overrides",
            file=file,
            entry=entry,
        )
    if not spec.channels:
        raise DataError(
            "has no channels; give at least one e-mail address, phone number or web address, "
            "or leave the party out of the overlay",
            file=file,
            entry=entry,
            field="channels",
        )
    channels = _channels(spec.channels, source, file, entry)
    return ContactDetails(id=key, channels=channels, **spec.model_dump(exclude={"channels"}))


def _override(key: str, spec: _DetailsSpec, source: Source, file: str) -> ContactDetails:
    entry = f"override {key!r}"
    if not spec.model_fields_set:
        raise DataError(
            "changes nothing; give a name, channels or a note, or leave it out",
            file=file,
            entry=entry,
        )
    if spec.channels == []:
        raise DataError(
            "has no channels; a national contact needs at least one, so leave channels out to "
            "keep the national ones",
            file=file,
            entry=entry,
            field="channels",
        )
    channels = _channels(spec.channels, source, file, entry) if spec.channels else None
    return ContactDetails(id=key, channels=channels, **spec.model_dump(exclude={"channels"}))


def apply_overlay(base: RuleBase, overlay: Overlay, path: Path) -> RuleBase:
    """A new rule base: `base` with the overlay's parties and overrides; `base` is unchanged."""
    name = str(path)
    table = base.table
    if table.municipality is not None:
        raise DataError(
            f"cannot be applied: the rule base already carries the overlay of "
            f"{table.municipality.name} ({table.overlay_file}); apply one overlay, to the "
            "national rule base",
            file=name,
        )
    if OVERLAY_SOURCE in table.sources:
        raise DataError(
            f"cannot be applied: {table.file} has a source with the id {OVERLAY_SOURCE!r}, "
            "which overlays use; rename that source",
            file=name,
        )
    contacts = dict(table.contacts)
    verification = dict(table.contact_verification)
    for party in overlay.contacts:
        national = contacts.get(party.id)
        if national is not None and not national.local:
            raise DataError(
                f"is a national contact in {table.file}, not a local party; change its "
                "channels under overrides instead",
                file=name,
                entry=f"contact {party.id!r}",
            )
        contacts[party.id] = _merged(party, national, overlay.source)
        verification[party.id] = Verification(name, party.verified_on)
    allowed = [key for key, contact in table.contacts.items() if not contact.local]
    for override in overlay.overrides:
        national = table.contacts.get(override.id)
        if national is None or national.local:
            hint = "; a local party is filled in under contacts" if national else ""
            raise DataError(
                f"there is no national contact {override.id!r} to override; use one of: "
                f"{', '.join(allowed)}{hint}",
                file=name,
                entry=f"override {override.id!r}",
            )
        contacts[override.id] = _merged(override, national, overlay.source)
        if override.channels is not None or override.verified_on is not None:
            verification[override.id] = Verification(name, override.verified_on)
    new_table = dataclasses.replace(
        table,
        sources={**table.sources, OVERLAY_SOURCE: overlay.source},
        contacts=contacts,
        question_types={
            key: dataclasses.replace(kind, routes=_rerouted(kind.routes, contacts))
            for key, kind in table.question_types.items()
        },
        contact_verification=verification,
        municipality=overlay.municipality,
        overlay_file=name,
    )
    return dataclasses.replace(
        base,
        table=new_table,
        files=tuple(sorted((*base.files, overlay.file))),
        digest=overlaid_digest(base.digest, overlay),
    )


def overlaid_digest(national: str, overlay: Overlay) -> str:
    """SHA-256 over the national digest and the overlay file: it changes when any file does.

    The national rule base keeps its files' digest, not their texts, so the overlaid digest is
    chained from it (the same function, over ``national/digest`` and ``overlay/<name>``).
    """
    return _digest({Path("national/digest"): national, Path(overlay.file): overlay.text})


def _merged(details: ContactDetails, national: Contact | None, source: Source) -> Contact:
    """The national contact with the overlay's details; a new party starts from its default."""
    if national is None:
        name = LOCAL_PARTIES[details.id]
        national = Contact(id=details.id, name=name, local=True, source=source)
    return Contact(
        id=details.id,
        name=details.name or national.name,
        full_name=details.full_name or national.full_name,
        local=national.local,
        configured=True,
        note=details.note or national.note,
        note_source=source if details.note else national.note_source,
        channels=national.channels if details.channels is None else details.channels,
        source=national.source,
    )


def _rerouted(routes: Sequence[Route], contacts: Mapping[str, Contact]) -> tuple[Route, ...]:
    """The same routes, pointing at the contacts as the overlay left them."""
    return tuple(
        Route(
            contact=contacts[route.contact.id],
            explanation=route.explanation,
            question_type=route.question_type,
            source=route.source,
        )
        for route in routes
    )


def _channels(
    specs: Sequence[_ChannelSpec], source: Source, file: str, entry: str
) -> tuple[Channel, ...]:
    channels = []
    for index, spec in enumerate(specs):
        try:
            forms = normalise(spec.kind, spec.value)
        except ValueError as error:
            raise DataError(
                str(error), file=file, entry=entry, field=f"channels[{index}].value"
            ) from None
        channels.append(Channel(kind=spec.kind, **forms._asdict(), label=spec.label, source=source))
    return tuple(channels)


def _data_error(error: ValidationError, file: str) -> DataError:
    """Name ``contacts.dossierhouder.channels[0].value`` as contact 'dossierhouder', field ..."""
    first: Any = error.errors()[0]
    loc: tuple[int | str, ...] = tuple(first["loc"])
    if first["type"] in ("model_type", "dict_type"):
        message = "must be a mapping of keys and values; see docs/overlay.md"
    else:
        message = _plain(first, _KNOWN_KEYS)
    kinds = {"contacts": "contact", "overrides": "override"}
    if len(loc) >= 2 and loc[0] in kinds:
        entry = f"{kinds[str(loc[0])]} {loc[1]!r}"
        return DataError(message, file=file, entry=entry, field=_path(loc[2:]) or None)
    if len(loc) >= 2 and loc[0] == "municipality":
        return DataError(message, file=file, entry="municipality", field=_path(loc[1:]))
    return DataError(message, file=file, field=_path(loc) or None)
