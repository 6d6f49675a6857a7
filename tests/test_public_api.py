"""The public surface: one import, a sorted `__all__`, a version from the installed metadata."""

from __future__ import annotations

from importlib.metadata import version
from pathlib import Path

import routing


def test_all_is_sorted_and_complete() -> None:
    """`__all__` is sorted, and names exactly the public names the package defines."""
    assert routing.__all__ == sorted(routing.__all__)
    public = {name for name in vars(routing) if not name.startswith("_")}
    assert set(routing.__all__) - {"__version__"} == public


def test_version_comes_from_the_installed_metadata() -> None:
    """`__version__` and every result's provenance give the installed distribution's version."""
    assert routing.__version__ == version("routing")
    assert routing.route({}).provenance.package_version == version("routing")


def test_errors_form_one_tree() -> None:
    """Every error derives from RoutingError; data and question errors are also ValueErrors."""
    for error in (routing.DataError, routing.RuleError, routing.QuestionError):
        assert issubclass(error, routing.RoutingError)
        assert issubclass(error, ValueError)
    assert issubclass(routing.RuleError, routing.DataError)
    assert issubclass(routing.UnknownQuestionTypeError, routing.QuestionError)
    assert issubclass(routing.EngineError, RuntimeError)


def test_the_package_is_typed() -> None:
    """The installed package carries py.typed, so type checkers use its annotations."""
    assert (Path(routing.__file__).parent / "py.typed").is_file()
