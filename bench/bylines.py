"""The visible byline reader alone against the publishers truth, tune and check halves.

    python bench/bylines.py [--show]

A page's authors come from JSON-LD, then author metas, then its visible byline; on the
development pages the structured sources answer nearly always, so the final authors
figure of ``bench/quality.py`` does not see the byline reader, which is all a page
without structured authors has. Here the reader is scored alone: for every publishers
page whose truth names authors, the names the story's byline gives
(``_Collector.bylines``, the reader ``extract_metadata`` falls back to) against the truth,
with ``score.py``'s own name normalisation and set F1. Printed per half: the F1 over the
pages where the reader names someone, how many it names no one on, and the F1 over all
pages (naming no one scores 0). ``--show`` lists the tune pages it gets wrong (issue 9:
per-page results of the check half stay unseen).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT.parent))  # this tree's newscrawl, not an installed one

from bench.body_errors import S as score  # noqa: E402 - the publishers score.py, loaded
from bench.quality import load  # noqa: E402
from newscrawl.extraction.generic_body import extract_body  # noqa: E402
from newscrawl.extraction.html import NotHTMLError, selector  # noqa: E402
from newscrawl.extraction.metadata import _Collector  # noqa: E402

DATA = ROOT / "data" / "publishers"


def byline_names(data: bytes, url: str) -> list[str]:
    """The names the page's visible byline gives, as ``extract_metadata`` reads it."""
    try:
        root = selector(data).root
    except NotHTMLError:
        return []
    collector = _Collector(root, url)
    collector.collect()
    collector.find_frame(extract_body(root, url).story)
    return [str(author["name"]) for author in collector.bylines()]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--show", action="store_true", help="list the tune pages it gets wrong")
    args = parser.parse_args()
    truth = json.loads((DATA / "truth.json").read_text("utf8"))
    pages, split = load("publishers")
    print(f"{'byline reader':24}{'named F1':>10}{'pages':>7}{'no one':>8}{'all F1':>8}")
    for half in ("tune", "check"):
        ids = set(split[half])
        total = named = silent = 0
        f1_sum = 0.0
        for page in pages:
            wanted = score.author_names(truth[page.id].get("authors"))
            if page.id not in ids or not wanted:
                continue
            total += 1
            names = byline_names(page.data, page.url)
            if not names:
                silent += 1
                continue
            named += 1
            f1 = score.set_f1(score.author_names(names), wanted)
            f1_sum += f1
            if args.show and half == "tune" and f1 < 1:
                print(f"  {f1:.2f} {page.id}: {names} | truth {wanted}")
        print(
            f"{half:24}{f1_sum / max(named, 1):>10.3f}{named:>7}{silent:>8}"
            f"{f1_sum / max(total, 1):>8.3f}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
