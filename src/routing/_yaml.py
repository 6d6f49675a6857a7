"""Reading the YAML files that policy staff edit: strictly, boundedly, and with exact places.

Data files are small and hand-written, so anything unusual is more likely a mistake or an attack
than an intent: duplicate keys (YAML silently keeps the last one), anchors and aliases (the way to
a "billion laughs" bomb), and files far larger than any routing table are all refused.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from yaml.events import AliasEvent
from yaml.nodes import MappingNode, Node

from ._exceptions import DataError

#: Larger than any hand-written routing table by orders of magnitude; read no further.
MAX_FILE_BYTES = 1_000_000


class _StrictLoader(yaml.SafeLoader):
    """A safe loader that refuses aliases and duplicate keys."""

    def compose_node(self, parent: Node | None, index: int) -> Node | None:
        if self.check_event(AliasEvent):
            mark = self.peek_event().start_mark  # type: ignore[no-untyped-call]
            raise yaml.MarkedYAMLError(
                problem="anchors and aliases (*name) are not allowed; write the value out in full",
                problem_mark=mark,
            )
        return super().compose_node(parent, index)

    def construct_mapping(self, node: MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: set[object] = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                raise yaml.MarkedYAMLError(
                    problem=f"the key {key!r} appears twice in one mapping; keep one",
                    problem_mark=key_node.start_mark,
                )
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


def load_yaml(source: Path | str, *, text: str | None = None) -> Any:
    """Parse one YAML document from a file (or from `text`, named `source` in errors)."""
    name = str(source)
    if text is None:
        text = read_text(Path(source))
    try:
        return yaml.load(text, Loader=_StrictLoader)  # noqa: S506 -- _StrictLoader is a SafeLoader
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark
        place = f"line {mark.line + 1}, column {mark.column + 1}" if mark else "unknown place"
        raise DataError(f"{error.problem or error.context} ({place})", file=name) from None
    except yaml.YAMLError as error:
        raise DataError(f"not valid YAML: {error}", file=name) from None


def load_mapping(source: Path | str, *, holding: str, text: str | None = None) -> dict[str, Any]:
    """Parse a file whose top level must be a mapping; `holding` names its keys, for the error."""
    raw = load_yaml(source, text=text)
    if not isinstance(raw, dict):
        raise DataError(f"must be a mapping with {holding}", file=str(source))
    return raw


def read_text(path: Path) -> str:
    """Read a UTF-8 file of bounded size, with errors that name the file."""
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_FILE_BYTES + 1)
    except OSError as error:
        raise DataError(
            f"cannot be read ({error.strerror}); check that the path is right", file=str(path)
        ) from None
    if len(raw) > MAX_FILE_BYTES:
        raise DataError(
            f"is larger than {MAX_FILE_BYTES:,} bytes; a routing data file is a few kilobytes, "
            "so this is probably the wrong file",
            file=str(path),
        )
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise DataError(
            f"is not UTF-8 (byte {error.start}); save it as UTF-8", file=str(path)
        ) from None


def short_name(path: Path | str) -> str:
    """``rules/question_types.yaml``: a file's name as the same wherever it is installed."""
    path = Path(path)
    return f"{path.parent.name}/{path.name}"
