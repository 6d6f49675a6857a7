"""Shared fixtures: routers over the shipped data, and a folder to write broken copies into."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import settings

import routing
from routing._engines import EngineName
from routing._rulebase import default_data_file, default_rules_dir

# In CI the property tests draw the same examples on every run, so that a run fails for a
# change, not for a draw; elsewhere they draw new ones, to keep finding what no table holds.
settings.register_profile("ci", derandomize=True, database=None)
if os.environ.get("CI"):
    settings.load_profile("ci")

ENGINES: list[EngineName] = (
    ["builtin", "durable-rules"] if routing.durable_rules_available() else ["builtin"]
)


@pytest.fixture(scope="session")
def router() -> routing.Router:
    """A router over the shipped data and rules, with the default engine."""
    return routing.Router()


@pytest.fixture(scope="session")
def words_router(tmp_path_factory: pytest.TempPathFactory) -> routing.Router:
    """A router over the shipped files without the scorecards: the word lists alone.

    For tests of the lexicon's own semantics, which the cards would otherwise cover up where
    they add `acute` to a text the words leave calm, take one off the subject, or type it.
    """
    folder = tmp_path_factory.mktemp("words-only")
    shutil.copytree(default_rules_dir(), folder / "rules")
    (folder / "rules" / "acute_card.yaml").unlink()
    (folder / "rules" / "topic_card.yaml").unlink()
    (folder / "rules" / "type_card.yaml").unlink()
    return routing.Router(data=default_data_file(), rules=folder / "rules")


@pytest.fixture(params=ENGINES)
def engine_name(request: pytest.FixtureRequest) -> EngineName:
    """The name of each engine that can run on this Python."""
    name: EngineName = request.param
    return name


@pytest.fixture(scope="session", params=ENGINES)
def each_engine_router(request: pytest.FixtureRequest) -> routing.Router:
    """A router for every engine that can run on this Python."""
    return routing.Router(engine=request.param)


@pytest.fixture
def shipped_copy(tmp_path: Path) -> Path:
    """A writable copy of the shipped data/ and rules/ folders, to break on purpose."""
    shutil.copytree(default_data_file().parent, tmp_path / "data")
    shutil.copytree(default_rules_dir(), tmp_path / "rules")
    return tmp_path


@pytest.fixture
def edit(shipped_copy: Path) -> Callable[[str, str, str], Path]:
    """Replace one exact snippet in a copied file; fail loudly if the snippet is not there."""

    def replace(relative: str, old: str, new: str) -> Path:
        path = shipped_copy / relative
        text = path.read_text(encoding="utf-8")
        assert text.count(old) == 1, f"snippet not found exactly once in {relative}: {old!r}"
        path.write_text(text.replace(old, new), encoding="utf-8")
        return path

    return replace
