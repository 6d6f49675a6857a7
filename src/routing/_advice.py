"""The ten points of the one-pager (``data/points.yaml``): loading them, and choosing advice.

Each point of "Voorbereiden op sociale spanningen en radicalisering" names the question types it
bears on. A routing answer gets the points of its primary type first, then those of the types
that also matched, so that a municipality reads not only whom to call but also what to have in
place (points 1-7) or what to do now that there are signals (points 8-10).

Loading is all-or-nothing, like the routing table: the first problem raises a `DataError` that
names the file, the point (``point 8``), the field and what to do.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from ._exceptions import DataError
from ._models import AdvicePoint, Source
from ._table import UNKNOWN
from ._validation import locate
from ._yaml import load_mapping

#: Every point has a number from 1 to 10, exactly once.
NUMBERS = range(1, 11)

#: The points for a municipality with no signals yet; the others are for when there are.
NO_SIGNALS = range(1, 8)

_KNOWN_KEYS = (
    "a point has number, phase, title, text, question_types and source; check the spelling"
)


class _Spec(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", strict=True)


class _PointSpec(_Spec):
    number: int = Field(ge=1, le=10)
    phase: Literal["no_signals", "signals"]
    title: str = Field(min_length=1)
    text: str = Field(min_length=1)
    question_types: list[str] = Field(min_length=1)
    source: str


class _PointsFileSpec(_Spec):
    schema_version: Literal[1]
    points: list[_PointSpec]


def default_points_file() -> Path:
    """The ten points that ship with the package."""
    from ._rulebase import shipped_folder  # here: the rule base may come to load the points

    return shipped_folder("data") / "points.yaml"


def load_points(
    path: Path,
    sources: Mapping[str, Source],
    question_types: Collection[str],
    *,
    text: str | None = None,
) -> tuple[AdvicePoint, ...]:
    """Load and validate a points file, in number order.

    `sources` are the routing table's sources by id; `question_types` the table's question type
    ids. `text`, when given, is the file's content (read once by the caller), named `path`.
    """
    name = str(path)
    raw = load_mapping(path, holding="schema_version and points", text=text)
    try:
        spec = _PointsFileSpec.model_validate(raw)
    except ValidationError as error:
        raise _data_error(error, raw, name) from None
    known = [t for t in question_types if t != UNKNOWN]
    points: dict[int, AdvicePoint] = {}
    for point in spec.points:
        entry = f"point {point.number}"
        if point.number in points:
            raise DataError(
                "is given twice; give each of the points 1 to 10 once",
                file=name,
                entry=entry,
                field="number",
            )
        points[point.number] = _point(point, name, entry, sources, known)
    missing = [n for n in NUMBERS if n not in points]
    if missing:
        raise DataError(
            f"has no point{'s' if len(missing) > 1 else ''} {', '.join(map(str, missing))}; "
            "give each of the points 1 to 10 once",
            file=name,
        )
    return tuple(points[n] for n in NUMBERS)


def advice_for(
    points: Iterable[AdvicePoint], question_type: str, also_matched: tuple[str, ...]
) -> tuple[AdvicePoint, ...]:
    """The points that bear on a routing answer, most relevant first, each point once.

    First the points of `question_type`, then those of each type in `also_matched` in its order
    (most important first); within each group in number order. A question of type 'unknown' is
    not about the subject and gets no advice.
    """
    if question_type == UNKNOWN:
        return ()
    ordered = sorted(points, key=lambda point: point.number)
    chosen: dict[int, AdvicePoint] = {}
    for kind in (question_type, *also_matched):
        for point in ordered:
            if kind in point.question_types:
                chosen.setdefault(point.number, point)
    return tuple(chosen.values())


def _point(
    spec: _PointSpec,
    file: str,
    entry: str,
    sources: Mapping[str, Source],
    known: list[str],
) -> AdvicePoint:
    expected = "no_signals" if spec.number in NO_SIGNALS else "signals"
    if spec.phase != expected:
        raise DataError(
            f"is {spec.phase!r}, but points 1-7 are 'no_signals' and points 8-10 'signals'; "
            f"write {expected!r}",
            file=file,
            entry=entry,
            field="phase",
        )
    seen: set[str] = set()
    for index, kind in enumerate(spec.question_types):
        field = f"question_types[{index}]"
        if kind == UNKNOWN:
            raise DataError(
                f"names {UNKNOWN!r}, but a question that is not about the subject gets no "
                "advice; remove it",
                file=file,
                entry=entry,
                field=field,
            )
        if kind not in known:
            raise DataError(
                f"names question type {kind!r}, which is not in the routing table; "
                f"use one of: {', '.join(known)}",
                file=file,
                entry=entry,
                field=field,
            )
        if kind in seen:
            raise DataError(
                f"names question type {kind!r} twice; keep one",
                file=file,
                entry=entry,
                field=field,
            )
        seen.add(kind)
    source = sources.get(spec.source)
    if source is None:
        raise DataError(
            f"names source {spec.source!r}, which is not in the sources of the routing table; "
            f"use one of: {', '.join(sources)}",
            file=file,
            entry=entry,
            field="source",
        )
    return AdvicePoint(
        number=spec.number,
        phase=spec.phase,
        title=spec.title,
        text=" ".join(spec.text.split()),
        source=source,
        question_types=tuple(spec.question_types),
    )


def _data_error(error: ValidationError, raw: Mapping[str, Any], file: str) -> DataError:
    where = locate(error, raw, known_keys=_KNOWN_KEYS)
    entry = where.entry
    loc = error.errors()[0]["loc"]
    items = raw.get("points")
    if len(loc) >= 2 and loc[0] == "points" and isinstance(loc[1], int) and isinstance(items, list):
        item = items[loc[1]]
        number = item.get("number") if isinstance(item, Mapping) else None
        if type(number) is int:
            entry = f"point {number}"
    return DataError(where.message, file=file, entry=entry, field=where.field)
