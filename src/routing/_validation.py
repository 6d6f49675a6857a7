"""Turning pydantic's validation errors into messages in the data file's own terms.

pydantic reports ``('contacts', 4, 'channels', 1, 'value')``; a policy officer needs
``contact 'police', field 'channels[1].value'``. Only the first error is reported: fixing it is
the next step, and the next load reports the next one.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, NamedTuple, TypeVar

from pydantic import BaseModel, ValidationError

from ._exceptions import DataError

_M = TypeVar("_M", bound=BaseModel)


def validated(
    model: type[_M],
    raw: object,
    *,
    file: str,
    known_keys: str,
    error: type[DataError] = DataError,
) -> _M:
    """Validate a parsed file against its schema, or raise `error` in the file's own terms."""
    try:
        return model.model_validate(raw)
    except ValidationError as problem:
        where = locate(problem, raw, known_keys=known_keys)
        raise error(where.message, file=file, entry=where.entry, field=where.field) from None


class Located(NamedTuple):
    """A validation problem as a data file's reader sees it."""

    message: str
    entry: str | None
    field: str | None


def locate(error: ValidationError, raw: object, *, known_keys: str) -> Located:
    """Return the message, entry and field of the first error of a file's validation.

    `known_keys` completes the message for an unknown key, e.g. "a rule has id, priority, …".
    """
    first = error.errors()[0]
    loc: Sequence[int | str] = first["loc"]
    message = _plain(first, known_keys)
    if len(loc) >= 2 and isinstance(loc[1], int):
        section, _, *rest = loc
        index = loc[1]
        items = raw.get(str(section)) if isinstance(raw, Mapping) else None
        item = items[index] if isinstance(items, list) and index < len(items) else None
        item_id = item.get("id") if isinstance(item, Mapping) else None
        kind = str(section).removesuffix("s").replace("_", " ")
        entry = f"{kind} {item_id!r}" if item_id else f"{section}[{index}]"
        return Located(message, entry, _path(rest) or None)
    return Located(message, None, _path(loc) or None)


def _path(loc: Sequence[int | str]) -> str:
    text = ""
    for part in loc:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def _plain(error: Any, known_keys: str) -> str:
    kind = error["type"]
    if kind == "extra_forbidden":
        return f"is not a known key; {known_keys}"
    if kind == "missing":
        return "is required but missing"
    return f"{error['msg']}, got {error['input']!r}"
