"""MkDocs hooks of the documentation site (named in mkdocs.yml; not part of the package).

- ``CHANGELOG.md`` lives at the top of the repository, where people look for it, and MkDocs
  builds only what is under ``docs/``: the hook adds it as the page ``changelog.md``, with links
  into ``docs/`` made relative to the site.
- Pages listed in ``extra.planned_pages`` of mkdocs.yml are in the nav before they are written;
  while one does not exist the hook drops it from the nav, so that ``mkdocs build --strict``
  passes, and logs that it did.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files

log = logging.getLogger("mkdocs.hooks.routing")

CHANGELOG_PAGE = "changelog.md"


def on_config(config: MkDocsConfig, **kwargs: Any) -> MkDocsConfig:
    """Drop the planned pages that do not exist yet from the nav."""
    planned = set(config.extra.get("planned_pages", []))
    docs = Path(config.docs_dir)
    missing = sorted(page for page in planned if not (docs / page).is_file())
    if missing and config.nav is not None:
        config.nav = _without(config.nav, set(missing))
        log.info("planned pages not written yet, left out of the nav: %s", ", ".join(missing))
    return config


def on_files(files: Files, config: MkDocsConfig, **kwargs: Any) -> Files:
    """Add the repository's CHANGELOG.md as the page changelog.md."""
    if files.get_file_from_path(CHANGELOG_PAGE) is not None:
        raise PluginError(
            f"docs/{CHANGELOG_PAGE} exists, but the changelog page is made from CHANGELOG.md; "
            f"delete docs/{CHANGELOG_PAGE} and edit CHANGELOG.md"
        )
    source = Path(config.config_file_path).parent / "CHANGELOG.md"
    text = source.read_text(encoding="utf-8")
    # A link from CHANGELOG.md to docs/x.md is, on the site, a link to x.md.
    text = re.sub(r"\]\(docs/", "](", text)
    files.append(File.generated(config, CHANGELOG_PAGE, content=text))
    return files


def _without(nav: list[Any], pages: set[str]) -> list[Any]:
    """The nav without entries for `pages`, and without sections that became empty."""
    kept: list[Any] = []
    for item in nav:
        target = next(iter(item.values())) if isinstance(item, dict) and len(item) == 1 else item
        if isinstance(target, str):
            if target not in pages:
                kept.append(item)
        elif isinstance(target, list):
            inner = _without(target, pages)
            if inner:
                kept.append({next(iter(item)): inner})
        else:
            kept.append(item)
    return kept
