"""The installed package carries the rules and data, byte for byte as in the repository.

These tests run against the installed package (the test command installs it with pip first),
so a data file that the wheel forgets fails here rather than on a municipality's server.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import routing
from routing._rulebase import default_data_file, default_rules_dir

REPOSITORY = Path(__file__).resolve().parents[1]
PACKAGE = Path(routing.__file__).resolve().parent


@pytest.mark.parametrize("folder", ["rules", "data"])
def test_shipped_folders_live_inside_the_installed_package(folder: str) -> None:
    """rules/ and data/ are read from inside the package, not from the source checkout."""
    assert (PACKAGE / folder).is_dir(), (
        f"{folder}/ is missing from the installed package at {PACKAGE}: install with "
        "`pip install .` (not -e), and check [tool.hatch.build.targets.wheel.force-include]"
    )
    assert default_rules_dir().resolve().parent == PACKAGE
    assert default_data_file().resolve().parent.parent == PACKAGE


@pytest.mark.parametrize("folder", ["rules", "data"])
def test_shipped_files_equal_the_repository_files(folder: str) -> None:
    """Every file under rules/ and data/ is in the package, unchanged, and nothing else is."""
    in_repo = {
        p.relative_to(REPOSITORY / folder): p.read_bytes() for p in _files(REPOSITORY / folder)
    }
    shipped = {p.relative_to(PACKAGE / folder): p.read_bytes() for p in _files(PACKAGE / folder)}
    assert in_repo, f"the repository has no files under {folder}/"
    assert shipped == in_repo


def _files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
