"""Headlines, authors and dates of pages whose markup words are made opaque, against peers.

    python bench/meta_bare.py [--sets publishers dates]
                              [--variants opaque divsoup bare bare+opaque]
                              [--tune-pages FILE] [--tune-only]

``bench/body_bare.py`` tells how much the body leans on class vocabulary; this bench tells
it for the metadata a page shows: its visible date stamp, its byline and the choice of its
headline. Every page of ``publishers`` and ``dates`` is read in variants

- ``opaque`` and ``divsoup``: as ``bench/body_bare.py`` makes them (``body_bare.perturbed``:
  class words and id values opaque; ``divsoup`` also renames the semantic tags ``div``).
  JSON-LD and metas stay, so a page that states its date and authors there still answers
  from them: the figure moves only where the visible stamp or byline decided;
- ``bare``: the structured dates and authors taken out as in ``bare+opaque`` below, the
  class words and ids left as they are: what the page shows, as it marks it;
- ``bare+opaque``: the structured dates taken out as ``bench/dates_bare.py`` takes them
  (``dates_bare.stripped``: JSON-LD scripts, metas whose name says date or time, date
  ``itemprop`` s), the structured authors as well (:func:`unbylined`: metas whose name says
  author or creator, ``itemprop`` s naming an author, creator or person), then ``opaque``: the
  stamp and the byline must be read from what the page shows, by position and shape, as on
  many unseen pages. ``rel="author"`` links stay (a link's own meaning, as ``rel="home"``
  stays in ``body_bare``), and so do the URL, ``<time>`` elements and other scripts.

Every side reads the same perturbed markup: newscrawl as ``bench/quality.py`` runs it (a
page that gives no record has no headline, authors or date), trafilatura's metadata
(``bench.quality.trafilatura``) for headline and authors, htmldate ``find_date`` (as
``bench/quality.py`` calls it, with time and offset; a ValueError it raises on a stamp of an
offset past a day counts as no date) for the day and minute. Figures per
half (``bench/data/splits.json``) by each set's own ``score.py`` (``bench.quality.score``):
publishers headline, authors F1, day, minute; dates day accuracy, wrong days, and days
given to pages whose truth has none (``invented``). Per-page figures for the TUNE half only
(``--tune-pages``), with newscrawl's record of the page as it is beside them (a figure
named as a record's field, the exact ``headline`` match, as ``headline_match``:
:func:`~bench.quality.scored`).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from lxml import etree
from lxml.html import tostring

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.body_bare import perturbed  # noqa: E402
from bench.dates_bare import stripped  # noqa: E402
from bench.quality import (  # noqa: E402
    DATA,
    Page,
    Record,
    Side,
    load,
    newscrawl,
    score,
    scored,
    trafilatura,
)
from newscrawl.extraction.html import NotHTMLError, selector  # noqa: E402

SETS = ("publishers", "dates")
VARIANTS = ("plain", "opaque", "divsoup", "bare", "bare+opaque")
#: Metrics per set: (summary key of the set's score.py via bench.quality.score, label,
#: the sides that answer it).
METRICS = {
    "publishers": [
        ("headline", "headline", ("newscrawl", "trafilatura")),
        ("authors_f1", "authors F1", ("newscrawl", "trafilatura")),
        ("date_day", "day", ("newscrawl", "htmldate")),
        ("date_minute", "minute", ("newscrawl", "htmldate")),
    ],
    "dates": [
        ("accuracy", "day", ("newscrawl", "htmldate")),
        ("wrong", "wrong", ("newscrawl", "htmldate")),
        ("invented", "invented", ("newscrawl", "htmldate")),
    ],
}
#: Names of metas and itemprops that state an author.
_AUTHOR_NAME = re.compile(r"author|creator|byl|person", re.IGNORECASE)


def unbylined(data: bytes | str) -> str | None:
    """The page without its structured authors (author metas and itemprops), as markup;
    None: not HTML. What the page shows, and ``rel="author"`` links, stay."""
    try:
        root = selector(data).root.getroottree().getroot()
    except NotHTMLError:
        return None
    for meta in list(root.iter("meta")):
        key = " ".join(meta.get(k) or "" for k in ("property", "name", "itemprop"))
        if _AUTHOR_NAME.search(key) and meta.getparent() is not None:
            meta.getparent().remove(meta)
    for element in root.iter(etree.Element):
        if _AUTHOR_NAME.search(element.get("itemprop") or ""):
            del element.attrib["itemprop"]
        if _AUTHOR_NAME.search(element.get("itemtype") or ""):
            del element.attrib["itemtype"]
    return str(tostring(root, encoding="unicode"))


def variant_of(data: bytes, variant: str) -> str | None:
    """The page in one variant (see the module's docstring); None: not HTML."""
    if variant not in ("bare", "bare+opaque"):
        return perturbed(data, variant)
    dateless = stripped(data)
    authorless = unbylined(dateless) if dateless is not None else None
    if variant == "bare" or authorless is None:
        return authorless
    return perturbed(authorless, "opaque")


def htmldate(page: Page, markup: str) -> Record:
    """htmldate's publication date of the perturbed page, as ``bench/quality.py`` asks it."""
    from htmldate import find_date  # noqa: PLC0415 - a peer, costly to import

    fmt = "%Y-%m-%dT%H:%M:%S%z"
    try:
        day = find_date(markup, url=page.url, original_date=True, outputformat=fmt)
    except ValueError:  # an offset of a day or more in a stamp it read: no date
        day = None
    return {"url": page.url, "datePublished": day}


def _slim(record: Record | None) -> dict[str, Any] | None:
    return None if record is None else {k: v for k, v in record.items() if k != "articleBody"}


def _truths(name: str) -> dict[str, dict[str, Any]]:
    """``{page id: {headline, authors, datePublished}}`` of one set."""
    if name == "dates":
        index = json.loads((DATA / "dates" / "index.json").read_text("utf8"))
        return {p["id"]: {"datePublished": p.get("expected_date")} for p in index}
    truth = json.loads((DATA / "publishers" / "truth.json").read_text("utf8"))
    keys = ("headline", "authors", "datePublished")
    return {pid: {k: t.get(k) for k in keys} for pid, t in truth.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", nargs="+", choices=SETS, default=list(SETS))
    parser.add_argument(
        "--variants", nargs="+", choices=VARIANTS, default=["opaque", "divsoup", "bare+opaque"]
    )
    parser.add_argument("--tune-pages", type=Path, help="write the tune half's pages here")
    parser.add_argument("--tune-only", action="store_true", help="read the tune half only")
    args = parser.parse_args()
    rows: dict[str, dict[str, dict[str, dict[str, Any]]]] = {}
    print(f"{'bare metadata':<44}{'tune':>10}{'check':>10}{'all':>10}")
    for name in args.sets:
        pages, split = load(name)
        tune = set(split["tune"])
        if args.tune_only:
            pages = [p for p in pages if p.id in tune]
        halves = {h: ids for h, ids in split.items() if not args.tune_only or h == "tune"}
        truth = _truths(name)
        as_is: dict[str, Record | None] = {}
        if args.tune_pages:
            as_is = {p.id: newscrawl(p) for p in pages if p.id in tune}
        peers: dict[str, Callable[[Page, str], Record | None]] = {"htmldate": htmldate}
        if name == "publishers":
            peers["trafilatura"] = trafilatura
        for variant in args.variants:
            sides = {side: Side() for side in ("newscrawl", *peers)}
            for page in pages:
                html = variant_of(page.data, variant)
                sides["newscrawl"].records[page.id] = newscrawl(page, html) if html else None
                for peer, extract in peers.items():
                    sides[peer].records[page.id] = extract(page, html) if html else None
            figures: dict[str, dict[str, dict[str, float]]] = {}
            per_page: dict[str, dict[str, dict[str, float]]] = {}
            with tempfile.TemporaryDirectory() as tmp:
                for half, ids in halves.items():
                    for side_name, side in sides.items():
                        got, rows_of = score(name, ids, side, Path(tmp))
                        figures.setdefault(side_name, {})[half] = got
                        if half == "tune":
                            per_page[side_name] = rows_of
            for key, label, answering in METRICS[name]:
                for side_name in answering:
                    cells = [
                        "-"
                        if h not in halves or key not in figures[side_name][h]
                        else str(int(figures[side_name][h][key]))
                        if key in ("wrong", "invented")
                        else f"{figures[side_name][h][key]:.3f}"
                        for h in ("tune", "check", "all")
                    ]
                    title = f"{name} {variant} {label} {side_name}"
                    print(f"{title:<44}{cells[0]:>10}{cells[1]:>10}{cells[2]:>10}")
            sys.stdout.flush()
            for pid in split["tune"]:
                if pid not in truth:
                    continue
                rows.setdefault(variant, {}).setdefault(name, {})[pid] = {
                    "truth": truth[pid],
                    "newscrawl_as_is": _slim(as_is.get(pid)),
                    **{
                        side_name: scored(
                            per_page.get(side_name, {}).get(pid, {}),
                            _slim(side.records.get(pid)) or {},
                        )
                        for side_name, side in sides.items()
                    },
                }
    if args.tune_pages:
        args.tune_pages.write_text(json.dumps(rows, indent=1, ensure_ascii=False), "utf8")


if __name__ == "__main__":
    main()
