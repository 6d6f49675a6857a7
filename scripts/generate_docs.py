"""Regenerate the docs pages that are made from data: ``docs/table.md`` from data/contacts.yaml.

Run it from anywhere after changing the routing table, and commit the result::

    python scripts/generate_docs.py          # rewrite the generated pages
    python scripts/generate_docs.py --check  # exit 1 when a page is out of date

It reads the checkout's own ``src/`` and ``data/``, not an installed copy of `routing`.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from routing._table import load_table  # noqa: E402 -- after pointing sys.path at the checkout
from routing._tabledoc import table_markdown  # noqa: E402


def generated() -> dict[Path, str]:
    """Each generated page and the text it must have."""
    table = load_table(ROOT / "data" / "contacts.yaml")
    return {ROOT / "docs" / "table.md": table_markdown(table)}


def main(argv: list[str] | None = None) -> int:
    """Write the generated pages, or with --check report those that differ; exit 1 if any."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check", action="store_true", help="change nothing; exit 1 when a page is out of date"
    )
    args = parser.parse_args(argv)
    stale = []
    for path, text in generated().items():
        current = path.read_text(encoding="utf-8") if path.is_file() else None
        if current == text:
            continue
        stale.append(path.relative_to(ROOT))
        if not args.check:
            path.write_text(text, encoding="utf-8")
    for name in stale:
        print(f"{'out of date' if args.check else 'wrote'}: {name}")
    if args.check and stale:
        print("run: python scripts/generate_docs.py", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
