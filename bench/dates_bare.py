"""Publication days of pages whose structured dates are taken out, ours against htmldate.

    python bench/dates_bare.py [--sets publishers dates] [--tune-pages FILE]

Most development pages state their publication in JSON-LD or a meta tag, which answers
before any other source is asked; many pages on the open web state it nowhere but in what
they show (a stamp under the headline, the URL's day, a line of a script's data). This
bench asks the other sources: every page of ``publishers`` and ``dates`` loses its JSON-LD
scripts, its meta tags whose name says date or time (``article:published_time``,
``pubdate``, ``og:updated_time`` …) and the ``itemprop`` of elements stating a date; what
the page shows (its text, its ``<time>`` elements, the URL, its other scripts) stays. Both
sides read the same stripped page: newscrawl as ``bench/quality.py`` runs it (a page that
gives no record has no date), htmldate ``find_date(original_date=True)``. A day is right
when the first ten characters of the date equal the truth's, as the sets' ``score.py``
compare them. Figures per half (``bench/data/splits.json``); per-page misses for the TUNE
half only (``--tune-pages``).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

from lxml import etree
from lxml.html import tostring

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.quality import DATA, Page, load  # noqa: E402
from newscrawl.extraction.generic import generic_article  # noqa: E402
from newscrawl.extraction.html import NotHTMLError, selector  # noqa: E402
from newscrawl.extraction.metadata import page_normaliser  # noqa: E402
from newscrawl.extraction.page import NotArticleError, article_records  # noqa: E402

SETS = ("publishers", "dates")
#: Names of metas and itemprops that state a date.
_DATED_NAME = re.compile(r"date|time|publish|modif|created|issued", re.IGNORECASE)


def stripped(data: bytes) -> str | None:
    """The page without its JSON-LD, date metas and date itemprops, as markup."""
    try:
        root = selector(data).root.getroottree().getroot()
    except NotHTMLError:
        return None
    for script in list(root.iter("script")):
        if "ld+json" in (script.get("type") or "").lower() and script.getparent() is not None:
            script.getparent().remove(script)
    for meta in list(root.iter("meta")):
        key = " ".join(meta.get(k) or "" for k in ("property", "name", "itemprop", "http-equiv"))
        if _DATED_NAME.search(key) and meta.getparent() is not None:
            meta.getparent().remove(meta)
    for element in root.iter(etree.Element):
        if _DATED_NAME.search(element.get("itemprop") or ""):
            del element.attrib["itemprop"]
    return str(tostring(root, encoding="unicode"))


def truths(name: str) -> dict[str, str]:
    """``{page id: YYYY-MM-DD}`` of one set."""
    if name == "dates":
        index = json.loads((DATA / "dates" / "index.json").read_text("utf8"))
        return {p["id"]: p["expected_date"] for p in index if p.get("expected_date")}
    truth = json.loads((DATA / "publishers" / "truth.json").read_text("utf8"))
    return {pid: str(t["datePublished"])[:10] for pid, t in truth.items() if t["datePublished"]}


def ours(page: Page, html: str) -> str | None:
    """newscrawl's publication date of the stripped page (None: no record or no date)."""
    try:
        root = selector(html).root
    except NotHTMLError:
        return None
    found = generic_article(root, page.url, fetched_at=page.fetched_at)
    try:
        article, _ = article_records(
            found, root, url=page.url, site="bench", fetched_at=page.fetched_at
        )
    except NotArticleError:
        return None
    raw = article.datePublishedRaw
    if not raw:
        return None
    return page_normaliser(found.language).normalise(raw, page.fetched_at).value


def theirs(page: Page, html: str) -> str | None:
    """htmldate's publication date of the stripped page."""
    from htmldate import find_date  # noqa: PLC0415 - a peer, costly to import

    return find_date(html, url=page.url, original_date=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", nargs="+", choices=SETS, default=list(SETS))
    parser.add_argument("--tune-pages", type=Path, help="write the tune half's misses here")
    parser.add_argument("--tune-only", action="store_true", help="read the tune half only")
    args = parser.parse_args()
    misses: dict[str, dict[str, dict[str, str | None]]] = {}
    print(f"{'bare dates':<24}{'tune':>14}{'check':>14}{'all':>14}")
    for name in args.sets:
        pages, split = load(name)
        truth = truths(name)
        tune = set(split["tune"])
        right: dict[str, dict[str, int]] = {"newscrawl": {}, "htmldate": {}, "none": {}}
        counts: dict[str, int] = {}
        for page in pages:
            if page.id not in truth or (args.tune_only and page.id not in tune):
                continue
            html = stripped(page.data)
            mine = ours(page, html) if html else None
            peer = theirs(page, html) if html else None
            half = "tune" if page.id in tune else "check"
            for key in (half, "all"):
                counts[key] = counts.get(key, 0) + 1
                for side, hit in (
                    ("newscrawl", mine is not None and mine[:10] == truth[page.id]),
                    ("htmldate", peer is not None and peer[:10] == truth[page.id]),
                    ("none", mine is None),
                ):
                    right[side][key] = right[side].get(key, 0) + hit
            if half == "tune" and (mine is None or mine[:10] != truth[page.id]):
                misses.setdefault(name, {})[page.id] = {
                    "url": page.url,
                    "truth": truth[page.id],
                    "newscrawl": mine,
                    "htmldate": peer,
                }
        for side, label in (("newscrawl", "day"), ("htmldate", "day"), ("none", "no date")):
            row = [
                "-"
                if not counts.get(h)
                else f"{right[side].get(h, 0) / counts[h]:.3f}"
                if side != "none"
                else str(right[side].get(h, 0))
                for h in ("tune", "check", "all")
            ]
            title = f"{name} {label} {side if side != 'none' else 'newscrawl'}"
            print(f"{title:<24}{row[0]:>14}{row[1]:>14}{row[2]:>14}")
    if args.tune_pages:
        args.tune_pages.write_text(json.dumps(misses, indent=1, ensure_ascii=False), "utf8")


if __name__ == "__main__":
    main()
