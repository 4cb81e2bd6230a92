"""Dawn profile extraction (parse + pipelines) vs trafilatura.extract, same pages, same run.

    python bench/extract.py [--rounds 20] [--repeats 5]

Both sides get the fixture pages as bytes. Ours decodes, parses, extracts the story and
its sidebars, builds the records and runs them through the crawl's item pipelines
(dates, split guard, fingerprint, schema validation, dedupe) and the JSONL exporter.
trafilatura.extract gets the same bytes and returns the body text only.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from newscrawl.fixtures import iter_cases  # noqa: E402
from newscrawl.offline import OfflineRun, Source, extract_html, parse_time  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=20, help="passes over the pages")
    parser.add_argument("--repeats", type=int, default=5, help="alternating timed runs")
    args = parser.parse_args()

    import trafilatura  # noqa: PLC0415 - the baseline, costly to import

    cases = [c for c in iter_cases(ROOT / "fixtures") if c.path.parent.name == "dawn"]
    sources = [Source(c.page, c.meta["url"], parse_time(c.meta["fetched_at"])) for c in cases]
    # Both sides start from the page bytes in memory.
    pages = [(s.page_url, s.path.read_bytes()) for s in sources]
    fetched = [s.fetch_time for s in sources]
    n = len(pages) * args.rounds
    size = sum(len(b) for _, b in pages) / len(pages) / 1024

    def ours(out: Path) -> float:
        begin = time.perf_counter()
        with OfflineRun(out) as run:
            for _ in range(args.rounds):
                for (url, data), when in zip(pages, fetched, strict=True):
                    run.export(_records(url, data, when))
        return time.perf_counter() - begin

    def theirs() -> tuple[float, int]:
        begin = time.perf_counter()
        bodies = 0
        for _ in range(args.rounds):
            for url, data in pages:
                bodies += bool(trafilatura.extract(data, url=url))
        return time.perf_counter() - begin, bodies

    # Warm both (imports, caches, lxml) before timing; then alternate the two sides so a
    # busy moment of the machine hits both, and compare best and median runs.
    trafilatura.extract(pages[0][1], url=pages[0][0])
    ours_times: list[float] = []
    their_times: list[float] = []
    with tempfile.TemporaryDirectory() as tmp:
        with OfflineRun(Path(tmp) / "warm") as run:
            run.export(_records(*pages[0], fetched[0]))
        for repeat in range(args.repeats):
            ours_times.append(ours(Path(tmp) / f"out{repeat}"))
            elapsed, bodies = theirs()
            their_times.append(elapsed)
        articles = len((Path(tmp) / "out0" / "articles.jsonl").read_text("utf-8").splitlines())

    best_ours, best_theirs = min(ours_times), min(their_times)
    med_ours, med_theirs = statistics.median(ours_times), statistics.median(their_times)
    result = {
        "pages_per_repeat": n,
        "repeats": args.repeats,
        "avg_page_kb": round(size, 1),
        "ours_pages_per_s": round(n / best_ours, 1),
        "trafilatura_pages_per_s": round(n / best_theirs, 1),
        "ratio_best": round(best_theirs / best_ours, 2),
        "ratio_median": round(med_theirs / med_ours, 2),
        "ours_articles": articles,
        "trafilatura_bodies": bodies,
    }
    print(
        f"pages: {n} per repeat ({len(pages)} fixture pages x {args.rounds}), "
        f"{args.repeats} alternating repeats, avg {size:.1f} KB"
    )
    print(
        f"newscrawl dawn profile + pipelines: {n / best_ours:8.1f} pages/s best, "
        f"{n / med_ours:8.1f} median ({articles} articles)"
    )
    print(
        f"trafilatura.extract:               {n / best_theirs:8.1f} pages/s best, "
        f"{n / med_theirs:8.1f} median ({bodies} bodies)"
    )
    print(
        f"ratio: {best_theirs / best_ours:.2f}x best-of, {med_theirs / med_ours:.2f}x median"
        "  (target >= 5x)"
    )
    print(json.dumps(result))


def _records(url: str, data: bytes, fetched_at: datetime) -> list[object]:
    article, teasers = extract_html(data, url, fetched_at, "dawn")
    return [article, *teasers]


if __name__ == "__main__":
    main()
