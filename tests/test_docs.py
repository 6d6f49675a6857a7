"""The documentation: its examples run and show real output, and the site builds.

The convention (stated on docs/api.md too): a ```python block whose first line starts with
``>>>`` is a doctest. All doctest blocks of a page run in order in one fresh namespace per page,
with ELLIPSIS and NORMALIZE_WHITESPACE. A ```python block without ``>>>`` is an illustration:
it must be valid Python, but it is not run. Blocks in other languages are not touched.
"""

from __future__ import annotations

import doctest
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
PAGES = sorted(DOCS.glob("*.md"))

#: A fenced block at the start of a line: its language, and its body.
_FENCE = re.compile(r"^```([\w-]*)[ \t]*\n(.*?)^```[ \t]*$", re.MULTILINE | re.DOTALL)

#: The pages whose examples must be runnable: their doctests are the proof of the API.
MUST_HAVE_DOCTESTS = {"api.md": 30, "quickstart.md": 15}

#: The page the mkdocs hook makes from CHANGELOG.md; it has no file in docs/.
GENERATED_PAGES = {"changelog.md"}

_FLAGS = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE


def python_blocks(page: Path) -> list[tuple[int, str]]:
    """Each ```python block of `page`: the 0-based line of its first line, and its text."""
    text = page.read_text(encoding="utf-8")
    return [
        (text.count("\n", 0, match.start(2)), match.group(2))
        for match in _FENCE.finditer(text)
        if match.group(1) == "python"
    ]


def is_doctest(block: str) -> bool:
    """Whether a block is a doctest: its first non-blank line starts with ``>>>``."""
    return block.lstrip().startswith(">>>")


def doctest_pages() -> list[Path]:
    """The pages with at least one doctest block."""
    return [p for p in PAGES if any(is_doctest(b) for _, b in python_blocks(p))]


@pytest.mark.parametrize("page", doctest_pages(), ids=lambda p: p.name)
def test_the_examples_of_a_page_run_and_show_their_real_output(page: Path) -> None:
    """Every doctest block of the page runs, in order, and prints exactly what it shows."""
    namespace: dict[str, Any] = {"__name__": f"docs_{page.stem}"}
    parser = doctest.DocTestParser()
    runner = doctest.DocTestRunner(optionflags=_FLAGS)
    report: list[str] = []
    for line, block in python_blocks(page):
        if is_doctest(block):
            test = parser.get_doctest(block, namespace, f"docs/{page.name}", str(page), line)
            runner.run(test, out=report.append, clear_globs=False)
            namespace = test.globs  # a DocTest runs in a copy: carry it on to the next block
    assert runner.failures == 0, "".join(report)


@pytest.mark.parametrize(("name", "at_least"), sorted(MUST_HAVE_DOCTESTS.items()))
def test_the_api_and_quick_start_examples_are_doctests(name: str, at_least: int) -> None:
    """The pages people copy from are checked: they hold at least this many doctest examples."""
    parser = doctest.DocTestParser()
    examples = sum(
        len(parser.get_examples(block))
        for _, block in python_blocks(DOCS / name)
        if is_doctest(block)
    )
    assert examples >= at_least


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_illustrative_python_is_valid_python(page: Path) -> None:
    """A python block that is not a doctest still parses, and does not hide a doctest inside."""
    for line, block in python_blocks(page):
        if is_doctest(block):
            continue
        where = f"docs/{page.name}, line {line + 1}"
        assert "\n>>> " not in block, f"{where}: start the block with >>> to make it a doctest"
        compile(block, where, "exec")


def _nav_pages(nav: list[Any]) -> list[str]:
    pages: list[str] = []
    for item in nav:
        target = next(iter(item.values())) if isinstance(item, dict) else item
        pages.extend(_nav_pages(target) if isinstance(target, list) else [target])
    return pages


def test_the_nav_names_every_page_and_only_pages_that_exist_or_are_planned() -> None:
    """Each page in docs/ is in the nav of mkdocs.yml; each nav entry is a page, planned or made."""
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    nav = _nav_pages(config["nav"])
    planned = set(config["extra"]["planned_pages"])
    assert sorted(p.name for p in PAGES if p.name not in nav) == []
    assert [p for p in nav if not (DOCS / p).is_file()] == [
        p for p in nav if p in planned | GENERATED_PAGES and not (DOCS / p).is_file()
    ]
    assert len(nav) == len(set(nav))


def test_the_site_builds_strictly(tmp_path: Path) -> None:
    """`mkdocs build --strict` succeeds: no broken link, no page left out, no unknown page."""
    pytest.importorskip("mkdocs", reason="MkDocs is not installed: pip install '.[docs]'")
    site = tmp_path / "site"
    built = subprocess.run(
        # Not --quiet: it silences the warnings, and then --strict has none to count.
        [sys.executable, "-m", "mkdocs", "build", "--strict",
         "--config-file", str(ROOT / "mkdocs.yml"), "--site-dir", str(site)],
        capture_output=True, text=True, check=False, cwd=ROOT, timeout=300,
    )  # fmt: skip
    assert built.returncode == 0, built.stderr
    changelog = (site / "changelog" / "index.html").read_text(encoding="utf-8")
    assert "Unreleased" in changelog
    table = (site / "table" / "index.html").read_text(encoding="utf-8")
    assert 'href="tel:112"' in table
