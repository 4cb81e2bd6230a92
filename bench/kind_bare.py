"""Pages that give a record on plain markup and none under a bare variant (and the reverse).

    python bench/kind_bare.py [--sets aeb publishers dates] [--variants opaque divsoup]
                              [--tune-pages FILE] [--tune-only]

A page that gives no record loses everything (body, date, headline): the article/not-article
gate (``pagekind``, ``generic``'s no-story and fallback) must not lean on class words or
semantic tags. Every page is read ``plain`` (``bench/body_bare.py``'s round trip) and in each
variant (``body_bare.perturbed``: ``opaque`` class and id words, ``divsoup`` semantic tags made
divs too); counts per set and half: ``lost`` (record on plain, none under the variant) and
``gained`` (the reverse). For the TUNE half only (``--tune-pages``), the lost and gained
pages with the gate's reason line (``NotArticleError``'s message).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.body_bare import perturbed  # noqa: E402
from bench.quality import Page, load  # noqa: E402
from newscrawl.extraction.generic import generic_article  # noqa: E402
from newscrawl.extraction.html import NotHTMLError, selector  # noqa: E402
from newscrawl.extraction.page import NotArticleError, article_records  # noqa: E402

SETS = ("aeb", "publishers", "dates")


def verdict(page: Page, markup: str | None) -> str | None:
    """None: the page gives a record; else why not (the gate's reason line)."""
    if markup is None:
        return "not HTML"
    try:
        root = selector(markup).root
    except NotHTMLError:
        return "not HTML"
    found = generic_article(root, page.url, fetched_at=page.fetched_at)
    try:
        article_records(found, root, url=page.url, site="bench", fetched_at=page.fetched_at)
    except NotArticleError as exc:
        return str(exc)
    return None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", nargs="+", choices=SETS, default=list(SETS))
    parser.add_argument(
        "--variants", nargs="+", choices=("opaque", "divsoup"), default=["opaque", "divsoup"]
    )
    parser.add_argument("--tune-pages", type=Path, help="write the tune half's pages here")
    parser.add_argument("--tune-only", action="store_true", help="read the tune half only")
    args = parser.parse_args()
    rows: dict[str, dict[str, dict[str, dict[str, str | None]]]] = {}
    print(f"{'record gate (lost/gained)':<28}{'tune':>10}{'check':>10}{'all':>10}")
    for name in args.sets:
        pages, split = load(name)
        tune = set(split["tune"])
        if args.tune_only:
            pages = [p for p in pages if p.id in tune]
        plain = {p.id: verdict(p, perturbed(p.data, "plain")) for p in pages}
        for variant in args.variants:
            bare = {p.id: verdict(p, perturbed(p.data, variant)) for p in pages}
            lost = {pid for pid in bare if plain[pid] is None and bare[pid] is not None}
            gained = {pid for pid in bare if plain[pid] is not None and bare[pid] is None}
            cells = [
                f"{len(lost & set(split[h]))}/{len(gained & set(split[h]))}"
                if not args.tune_only or h == "tune"
                else "-"
                for h in ("tune", "check", "all")
            ]
            print(f"{f'{name} {variant}':<28}{cells[0]:>10}{cells[1]:>10}{cells[2]:>10}")
            sys.stdout.flush()
            for pid in sorted((lost | gained) & tune):
                rows.setdefault(variant, {}).setdefault(name, {})[pid] = {
                    "url": next(p.url for p in pages if p.id == pid),
                    "change": "lost" if pid in lost else "gained",
                    "plain": plain[pid],
                    variant: bare[pid],
                }
    if args.tune_pages:
        args.tune_pages.write_text(json.dumps(rows, indent=1, ensure_ascii=False), "utf8")


if __name__ == "__main__":
    main()
