"""Every field the generic extractor gives for every development page, as JSON lines.

    python bench/records.py OUT.jsonl [--sets publishers aeb dates]

For a change that must not change output (a speed step): dump before and after, then
``cmp`` the files. One line per page, in set order: its :class:`PageData` (body paragraphs
and their links, teasers, dates with sources …), the Article and SidebarItem records of
``article_records`` or the reason the page gives none, and the publication date as
``bench/quality.py`` normalises it. Keys are sorted, so equal output is equal bytes.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.quality import SETS, load  # noqa: E402
from newscrawl.extraction.generic import generic_article  # noqa: E402
from newscrawl.extraction.html import NotHTMLError, selector  # noqa: E402
from newscrawl.extraction.metadata import page_normaliser  # noqa: E402
from newscrawl.extraction.page import NotArticleError, article_records  # noqa: E402


def _plain(value: Any) -> Any:
    """A JSON-ready form of what the records hold (dataclasses, else their repr)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.asdict(value)
    return repr(value)


def page_record(name: str, page: Any) -> dict[str, Any]:
    """Everything generic extraction gives for one page of set *name*."""
    record: dict[str, Any] = {"set": name, "id": page.id}
    try:
        root = selector(page.data).root
    except NotHTMLError as exc:
        record["not_html"] = str(exc)
        return record
    found = generic_article(root, page.url, fetched_at=page.fetched_at)
    record["page"] = dataclasses.asdict(found)
    try:
        article, items = article_records(
            found, root, url=page.url, site="bench", fetched_at=page.fetched_at
        )
    except NotArticleError as exc:
        record["not_article"] = [exc.kind, str(exc)]
        return record
    record["article"] = dataclasses.asdict(article)
    record["sidebar_items"] = [dataclasses.asdict(item) for item in items]
    if raw := article.datePublishedRaw:
        result = page_normaliser(found.language).normalise(raw, page.fetched_at)
        record["date_published"] = _plain(result)
    return record


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="JSON lines file to write")
    parser.add_argument("--sets", nargs="+", choices=SETS, default=list(SETS))
    args = parser.parse_args()
    with args.out.open("w", encoding="utf8") as out:
        for name in args.sets:
            pages, _ = load(name)
            for page in pages:
                line = json.dumps(
                    page_record(name, page), default=_plain, sort_keys=True, ensure_ascii=False
                )
                out.write(line + "\n")


if __name__ == "__main__":
    main()
