"""SidebarItems of the generic extractor against hand labels, tune and check halves apart.

    python bench/sidebar.py [--pages] [--json FILE] [--variant opaque|divsoup]

``bench/data/publishers/sidebar_labels.json`` labels, on 48 pages of the ``publishers``
set (24 of each half), every box the extractor emitted when the labels were made and every
other box of two or more story teasers found in the page's HTML; each labelled link says
whether it is a teaser of a story and, if it is, the story's headline and the teaser's
shown day (rules: ``bench/data/publishers/SIDEBAR_LABELS.md``). Each labelled page goes
through the same gate as a crawl (``generic_article`` + ``article_records``: a page
without a story gives no records, so no SidebarItems) and its SidebarItems are scored:

- **precision**: share of the SidebarItems whose URL is a labelled story teaser of the
  page (an item the labels do not know counts as not a teaser; ``unlabelled`` says how
  many there were, so that a change emitting new boxes shows up);
- **box recall**: share of the labelled story-list boxes of which at least half of the
  story teasers are among the page's SidebarItems; ``item recall`` the same per teaser;
- **headline**: share of the teaser items whose headline is the labelled one (Unicode
  NFKC, case and whitespace folded); **url**: share of the items whose headline is a
  labelled story's that also carry that story's URL; **date**: share of the teaser items
  with a labelled day whose ``datePublishedRaw`` normalises to that day;
  ``dated without label`` counts items that carry a day where the labels show none.

Per-page rows (``--pages``) are printed for the TUNE half only: rules are written while
looking at tune pages and judged by the check half's totals.

``--variant opaque`` / ``--variant divsoup`` scores the same labels on the pages as
``bench/body_bare.py`` perturbs them (``body_bare.perturbed``: class and id words made
opaque tokens; ``divsoup`` also renames the semantic tags ``div``): the labels are keyed
by URL and headline, which the perturbation leaves alone, so they still apply, and the
figures tell how much the boxes lean on the words ``related``, ``most-read``,
``sidebar`` … rather than on the shape of the boxes.
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.split import load_split  # noqa: E402
from newscrawl.extraction.generic import generic_article  # noqa: E402
from newscrawl.extraction.html import NotHTMLError, selector  # noqa: E402
from newscrawl.extraction.metadata import page_normaliser  # noqa: E402
from newscrawl.extraction.page import NotArticleError, article_records  # noqa: E402

DATA = ROOT / "bench" / "data" / "publishers"
LABELS = DATA / "sidebar_labels.json"
HALVES = ("tune", "check", "all")
#: A story-list box counts as found when this share of its teasers is emitted.
FOUND_SHARE = 0.5
#: The pages as they are, and ``bench/body_bare.py``'s perturbations.
VARIANTS = ("plain", "opaque", "divsoup")

Emitted = list[dict[str, Any]]


@dataclass
class Tally:
    """Counts over some pages; the figures are ratios of them."""

    items: int = 0
    teasers: int = 0
    unlabelled: int = 0
    boxes: int = 0
    boxes_found: int = 0
    story_items: int = 0
    story_items_found: int = 0
    headline_ok: int = 0
    url_checked: int = 0
    url_ok: int = 0
    dated: int = 0
    date_ok: int = 0
    dated_without_label: int = 0
    missed: list[str] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        for name, value in vars(other).items():
            if isinstance(value, int):
                setattr(self, name, getattr(self, name) + value)
            else:
                getattr(self, name).extend(value)

    def figures(self) -> dict[str, float | None]:
        return {
            "precision": _ratio(self.teasers, self.items),
            "box_recall": _ratio(self.boxes_found, self.boxes),
            "item_recall": _ratio(self.story_items_found, self.story_items),
            "headline": _ratio(self.headline_ok, self.teasers),
            "url": _ratio(self.url_ok, self.url_checked),
            "date": _ratio(self.date_ok, self.dated),
            "items": self.items,
            "unlabelled": self.unlabelled,
            "story_boxes": self.boxes,
            "dated_without_label": self.dated_without_label,
        }


def _ratio(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def fold(text: str | None) -> str:
    """A headline as compared: NFKC, casefolded, whitespace collapsed."""
    return " ".join(unicodedata.normalize("NFKC", text or "").casefold().split())


def url_key(url: str | None) -> str:
    """A URL as compared: without its fragment."""
    return (url or "").split("#", 1)[0]


def load_labels(path: Path = LABELS) -> dict[str, Any]:
    """``{page_id: {"half", "url", "boxes"}}`` of the labelled pages."""
    pages: dict[str, Any] = json.loads(path.read_text("utf8"))["pages"]
    return pages


def extract(page_id: str, url: str, variant: str = "plain") -> Emitted:
    """The SidebarItems of one publishers page as a crawl exports them, each with its
    ``datePublishedRaw`` normalised to a day (``day``); *variant* other than ``plain``:
    of the page as ``bench/body_bare.py`` perturbs it."""
    entry = next(
        json.loads(line)
        for line in (DATA / "manifest.jsonl").read_text("utf8").splitlines()
        if f"/{page_id}.html.gz" in line
    )
    import gzip  # noqa: PLC0415 - only the extraction needs it
    from datetime import datetime  # noqa: PLC0415

    data: bytes | str = gzip.decompress((DATA / entry["path"]).read_bytes())
    if variant != "plain":
        from bench.body_bare import perturbed  # noqa: PLC0415 - only the variants need it

        markup = perturbed(data, variant)
        if markup is None:
            return []
        data = markup
    fetched = datetime.fromisoformat(entry["fetchedAt"])
    try:
        root = selector(data).root
    except NotHTMLError:
        return []
    found = generic_article(root, url, fetched_at=fetched)
    try:
        _, items = article_records(found, root, url=url, site="bench", fetched_at=fetched)
    except NotArticleError:
        return []
    normaliser = page_normaliser(found.language)
    out = []
    for item in items:
        raw = item.datePublishedRaw
        value = normaliser.normalise(raw, fetched).value if raw else None
        out.append(
            {
                "block": item.block,
                "position": item.position,
                "headline": item.headline,
                "url": item.url,
                "day": value[:10] if value else None,
            }
        )
    return out


def score_page(boxes: list[dict[str, Any]], emitted: Emitted) -> Tally:
    """The counts of one page: its labelled *boxes* against its SidebarItems."""
    tally = Tally()
    stories: dict[str, list[dict[str, Any]]] = {}
    known: set[str] = set()
    by_headline: dict[str, set[str]] = {}
    for box in boxes:
        for item in box["items"]:
            key = url_key(item["url"])
            known.add(key)
            if item["story"]:
                stories.setdefault(key, []).append(item)
                by_headline.setdefault(fold(item["headline"]), set()).add(key)
    emitted_urls = {url_key(e["url"]) for e in emitted}
    for entry in emitted:
        key = url_key(entry["url"])
        tally.items += 1
        tally.unlabelled += key not in known
        headline = fold(entry["headline"])
        if headline in by_headline:
            tally.url_checked += 1
            tally.url_ok += key in by_headline[headline]
        labelled = stories.get(key)
        if not labelled:
            continue
        tally.teasers += 1
        tally.headline_ok += any(fold(s["headline"]) == headline for s in labelled)
        days = {s["date"] for s in labelled if s.get("date")}
        if days:
            tally.dated += 1
            tally.date_ok += entry["day"] in days
        elif entry["day"]:
            tally.dated_without_label += 1
    for box in boxes:
        if not box["is_story_list"]:
            continue
        keys = {url_key(i["url"]) for i in box["items"] if i["story"]}
        if not keys:
            continue
        found = len(keys & emitted_urls)
        tally.boxes += 1
        tally.story_items += len(keys)
        tally.story_items_found += found
        if found >= FOUND_SHARE * len(keys):
            tally.boxes_found += 1
        else:
            tally.missed.append(str(box.get("block") or box["first_url"]))
    return tally


def evaluate(labels: dict[str, Any] | None = None, variant: str = "plain") -> dict[str, Any]:
    """Figures per half (``{half: figures}``) and per-page tallies (``"pages"``), of the
    pages in *variant* (``plain``: as they are)."""
    labels = load_labels() if labels is None else labels
    halves = {h: load_split("publishers", h) for h in ("tune", "check")}
    per_page = {
        pid: score_page(p["boxes"], extract(pid, p["url"], variant)) for pid, p in labels.items()
    }
    result: dict[str, Any] = {"pages": per_page}
    for half in HALVES:
        ids = [p for p in per_page if half == "all" or p in halves[half]]
        total = Tally()
        for pid in ids:
            total.add(per_page[pid])
        result[half] = {"labelled_pages": len(ids), **total.figures()}
    return result


ROWS = [
    ("precision", "precision"),
    ("box_recall", "box recall"),
    ("item_recall", "item recall"),
    ("headline", "headline"),
    ("url", "url"),
    ("date", "date"),
    ("items", "items"),
    ("unlabelled", "unlabelled"),
    ("story_boxes", "story boxes"),
    ("dated_without_label", "dated w/o label"),
]


def report(result: dict[str, Any]) -> list[str]:
    """The table: a row per figure, a column per half."""
    n = {h: result[h]["labelled_pages"] for h in HALVES}
    head = f"{'sidebar (labelled pages)':<28}" + "".join(f"{h} ({n[h]})".rjust(13) for h in HALVES)
    lines = [head, "-" * len(head)]
    for key, label in ROWS:
        cells = "".join(_cell(result[h][key]).rjust(13) for h in HALVES)
        lines.append(f"{label:<28}{cells}")
    return lines


def _cell(value: float | int | None) -> str:
    if value is None:
        return "n/a"
    return str(value) if isinstance(value, int) else f"{value:.3f}"


def page_rows(result: dict[str, Any], ids: Iterable[str]) -> list[str]:
    """One line per page of *ids* (give it tune pages only)."""
    lines = []
    for pid in sorted(ids):
        t: Tally = result["pages"][pid]
        lines.append(
            f"{pid:<44} items {t.items:>3}  teasers {t.teasers:>3}  unlabelled {t.unlabelled:>3}"
            f"  boxes {t.boxes_found}/{t.boxes}  headline {t.headline_ok}/{t.teasers}"
            + (f"  missed: {'; '.join(t.missed)[:80]}" if t.missed else "")
        )
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", action="store_true", help="per-page rows, tune half only")
    parser.add_argument("--json", type=Path, help="the figures of this run")
    parser.add_argument(
        "--variant",
        choices=VARIANTS,
        default="plain",
        help="score the pages as bench/body_bare.py perturbs them",
    )
    args = parser.parse_args()
    result = evaluate(variant=args.variant)
    if args.variant != "plain":
        print(f"variant: {args.variant}")
    print("\n".join(report(result)))
    if args.pages:
        tune = load_split("publishers", "tune")
        print("\n".join(page_rows(result, [p for p in result["pages"] if p in tune])))
    if args.json:
        figures = {h: result[h] for h in HALVES}
        args.json.write_text(json.dumps(figures, indent=1), "utf8")


if __name__ == "__main__":
    main()
