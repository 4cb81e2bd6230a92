"""Bodies of pages whose class and id words are made opaque, ours against trafilatura.

    python bench/body_bare.py [--sets aeb publishers] [--variants opaque divsoup]
                              [--tune-pages FILE] [--tune-only]

The development pages name their parts with familiar words (``article-body``,
``entry-content``, ``related``, ``sidebar`` …); pages on the open web name them with
whatever each site chose, or with a builder's generated names. This bench tells how much
the body leans on that vocabulary rather than on the general mechanisms (text and link
density, position, repetition, agreement of signals): every page of ``aeb`` and
``publishers`` is read in variants

- ``opaque``: every ``class`` word and every ``id`` value is replaced by an opaque token,
  twelve letters of ``jkqxz`` spelling the word's SHA-1, the same word giving the same token
  on every page (so a repeated class still repeats, on the page and across a site's pages;
  only the word is gone). Letters, not hex digits: the extractor matches some class
  fragments as substrings (a hex token holds ``ad``, ``fb``, ``dead`` …) and reads digits in
  a class as 0, so a hex token would fire word rules by chance and lose its own identity;
  no vocabulary entry is spelled with these five letters. Tag names, ``role``,
  ``itemprop``, ``rel``, ``aria-*``, ``data-*``, JSON-LD and metas stay;
- ``divsoup``: ``opaque``, and the semantic tags ``article main section aside nav header
  footer figure`` renamed ``div`` (what older or builder-made sites look like);
- ``plain`` (not run unless asked): the page parsed and written back unchanged, to tell
  what the round trip alone moves.

Both sides read the same perturbed markup: newscrawl as ``bench/quality.py`` runs it (a
page that gives no record has no body), trafilatura with ``bench/quality.py``'s settings
(``favor_precision=True``). Body F1 per half (``bench/data/splits.json``) as the sets'
``score.py`` aggregates it (``bench.quality.body_f1``), and catastrophes: pages whose
newscrawl F1 < 0.5 while trafilatura's >= 0.8 (per-page F1 from the set's own shingle
counts). Per-page figures for the TUNE half only (``--tune-pages``), with newscrawl's F1 on
the page as it is beside them.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path
from typing import Any

from lxml import etree
from lxml.html import tostring

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.quality import (  # noqa: E402
    DATA,
    Page,
    Record,
    Side,
    _scorer_module,
    body_f1,
    load,
    newscrawl,
    trafilatura,
)
from newscrawl.extraction.html import NotHTMLError, selector  # noqa: E402

SETS = ("aeb", "publishers")
VARIANTS = ("plain", "opaque", "divsoup")
#: The letters of opaque tokens (see the module's docstring).
_LETTERS = "jkqxz"
#: Tags ``divsoup`` renames ``div``.
SEMANTIC = frozenset(("article", "main", "section", "aside", "nav", "header", "footer", "figure"))


def token(word: str) -> str:
    """The opaque token standing for one class word or id value (same word, same token)."""
    number = int.from_bytes(hashlib.sha1(word.encode("utf8")).digest()[:8], "big")
    letters = []
    for _ in range(12):
        number, digit = divmod(number, len(_LETTERS))
        letters.append(_LETTERS[digit])
    return "".join(letters)


def perturbed(data: bytes | str, variant: str) -> str | None:
    """The page in one variant (see the module's docstring), as markup; None: not HTML."""
    try:
        root = selector(data).root.getroottree().getroot()
    except NotHTMLError:
        return None
    if variant != "plain":
        for element in root.iter(etree.Element):
            classes = element.get("class")
            if classes is not None:
                element.set("class", " ".join(token(w) for w in classes.split()))
            name = element.get("id")
            if name is not None:
                element.set("id", token(name.strip()) if name.strip() else "")
            if variant == "divsoup" and element.tag in SEMANTIC:
                element.tag = "div"
    return str(tostring(root, encoding="unicode"))


def theirs(page: Page, markup: str) -> Record | None:
    """trafilatura's record of the perturbed page, with bench/quality.py's settings."""
    return trafilatura(page, markup)


def page_f1(counts: Any, told: str, body: str) -> float:
    """One page's body F1 from the set's shingle counts."""
    tp, fp, fn = counts(told, body)
    if fp == fn == 0:
        return 1.0 if tp else 0.0
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def told_bodies(name: str) -> dict[str, str]:
    """``{page id: true body}`` of one set."""
    if name == "publishers":
        truth = json.loads((DATA / name / "truth.json").read_text("utf8"))
        return {pid: "\n\n".join(t.get("body") or []) for pid, t in truth.items()}
    truth = json.loads((DATA / name / "ground-truth.json").read_text("utf8"))
    return {pid: t["articleBody"] or "" for pid, t in truth.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", nargs="+", choices=SETS, default=list(SETS))
    parser.add_argument("--variants", nargs="+", choices=VARIANTS, default=["opaque", "divsoup"])
    parser.add_argument("--tune-pages", type=Path, help="write the tune half's pages here")
    parser.add_argument("--tune-only", action="store_true", help="read the tune half only")
    args = parser.parse_args()
    rows: dict[str, dict[str, dict[str, dict[str, Any]]]] = {}
    print(f"{'bare bodies':<32}{'tune':>10}{'check':>10}{'all':>10}")
    for name in args.sets:
        pages, split = load(name)
        tune = set(split["tune"])
        if args.tune_only:
            pages = [p for p in pages if p.id in tune]
        told = told_bodies(name)
        urls = {p.id: p.url for p in pages}
        scorer = _scorer_module(name)
        counts = scorer.body_counts if name == "publishers" else scorer.page_counts
        halves = {h: [pid for pid in ids if pid in told] for h, ids in split.items()}
        if args.tune_only:
            halves = {"tune": halves["tune"]}
        as_is: dict[str, float] = {}
        if args.tune_pages:
            for page in pages:
                if page.id in tune and page.id in told:
                    record = newscrawl(page) or {}
                    as_is[page.id] = page_f1(counts, told[page.id], record.get("articleBody", ""))
        for variant in args.variants:
            sides = {"newscrawl": Side(), "trafilatura": Side()}
            for page in pages:
                html = perturbed(page.data, variant)
                sides["newscrawl"].records[page.id] = newscrawl(page, html) if html else None
                sides["trafilatura"].records[page.id] = theirs(page, html) if html else None
            f1s = {
                side: {
                    pid: page_f1(
                        counts, told[pid], (s.records.get(pid) or {}).get("articleBody", "")
                    )
                    for pid in told
                    if pid in s.records
                }
                for side, s in sides.items()
            }
            for side, s in sides.items():
                cells = [
                    f"{body_f1(name, halves[h], s):.4f}" if h in halves else "-"
                    for h in ("tune", "check", "all")
                ]
                print(
                    f"{f'{name} {variant} {side}':<32}{cells[0]:>10}{cells[1]:>10}{cells[2]:>10}"
                )
            cells = [
                str(
                    sum(
                        1
                        for pid in halves[h]
                        if f1s["newscrawl"][pid] < 0.5 and f1s["trafilatura"][pid] >= 0.8
                    )
                )
                if h in halves
                else "-"
                for h in ("tune", "check", "all")
            ]
            print(
                f"{f'{name} {variant} catastrophes':<32}{cells[0]:>10}{cells[1]:>10}{cells[2]:>10}"
            )
            for pid in halves["tune"]:
                rows.setdefault(variant, {}).setdefault(name, {})[pid] = {
                    "url": urls[pid],
                    "newscrawl": round(f1s["newscrawl"][pid], 4),
                    "trafilatura": round(f1s["trafilatura"][pid], 4),
                    "newscrawl_as_is": round(as_is[pid], 4) if pid in as_is else None,
                }
            sys.stdout.flush()
    if args.tune_pages:
        args.tune_pages.write_text(json.dumps(rows, indent=1, ensure_ascii=False), "utf8")


if __name__ == "__main__":
    main()
