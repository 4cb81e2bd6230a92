"""Generic publication dates (generic_article) vs htmldate on the real dates benchmark.

    python bench/generic_dates.py [--wrong] [--repeats 1]

For every page of bench/data/dates/index.json: decode the gzipped bytes with
``selector()`` and run ``generic_article`` — the block model finds the story (a page with
no story gives no article record, as in ``newscrawl extract``), the metadata extractor its
dates, ``Metadata.usable_published`` the publication date kept. The raw date is normalised
with a ``DateNormaliser`` for the page's language, written as ``{"url", "datePublished"}``
records to a temporary JSONL and scored with the benchmark's ``score.py``. htmldate
(``find_date(html, original_date=True)``) gets the same bytes and the same scorer. Both
sides are timed on the same pages in the same run (ours includes the body extraction that
htmldate does not do): one cold pass each by default, since htmldate memoises results per
input and a second pass over the same pages measures its cache (``--repeats N`` takes the
best of N anyway).
"""

from __future__ import annotations

import argparse
import gzip
import json
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from newscrawl.extraction.generic import generic_article  # noqa: E402
from newscrawl.extraction.html import selector  # noqa: E402
from newscrawl.extraction.metadata import page_normaliser  # noqa: E402
from newscrawl.extraction.page import PageData  # noqa: E402

BENCH = ROOT / "bench" / "data" / "dates"
FETCHED_AT = datetime(2026, 11, 26, tzinfo=UTC)


@dataclass(frozen=True)
class Page:
    """One benchmark page: id, URL, expected day (or None) and raw bytes."""

    id: str
    url: str
    expected: str | None
    data: bytes


@dataclass(frozen=True)
class Score:
    """The scorer's figures plus the number of dates given to pages labelled undated."""

    summary: str
    correct: int
    pages: int
    invented: int
    wrong_lines: str

    @property
    def accuracy(self) -> float:
        """Share of pages whose day is right."""
        return self.correct / self.pages if self.pages else 0.0


def load_pages(bench: Path = BENCH) -> list[Page]:
    """The benchmark's pages, gunzipped into memory."""
    index = json.loads((bench / "index.json").read_text("utf8"))
    return [
        Page(
            p["id"],
            p["url"],
            p.get("expected_date"),
            gzip.decompress((bench / p["html"]).read_bytes()),
        )
        for p in index
    ]


def published_value(page: PageData) -> str | None:
    """The publication date generic_article kept (``Metadata.usable_published``: the best
    absolute candidate, a republication day, else htmldate's fallback), as ISO 8601."""
    raw = next((d.raw for d in page.dates if d.field == "datePublished"), None)
    if raw is None:
        return None
    return page_normaliser(page.language).normalise(raw, FETCHED_AT).value


def run_ours(pages: list[Page]) -> list[dict[str, str | None]]:
    """Our records for the pages (decode + extract + choose + normalise); no record for a
    page without a story."""
    records = []
    for page in pages:
        found = generic_article(selector(page.data).root, page.url, fetched_at=FETCHED_AT)
        if found.body.paragraphs:
            records.append({"url": page.url, "datePublished": published_value(found)})
    return records


def run_htmldate(pages: list[Page]) -> list[dict[str, str | None]]:
    """htmldate's records for the same pages."""
    from htmldate import find_date  # noqa: PLC0415 - the baseline, a test extra

    return [{"url": p.url, "datePublished": find_date(p.data, original_date=True)} for p in pages]


def score(records: list[dict[str, str | None]], pages: list[Page], bench: Path = BENCH) -> Score:
    """Score records with the benchmark's own score.py (``--wrong`` output kept)."""
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf8") as f:
        for record in records:
            f.write(json.dumps(record) + "\n")
        path = f.name
    try:
        out = subprocess.run(
            [sys.executable, str(bench / "score.py"), path, "--wrong"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    finally:
        Path(path).unlink()
    lines = out.strip().splitlines()
    summary = lines[-1]
    fields = dict(part.split("=") for part in summary.split())
    given = {r["url"] for r in records if r["datePublished"]}
    invented = sum(1 for p in pages if not p.expected and p.url in given)
    return Score(
        summary, int(fields["correct"]), int(fields["pages"]), invented, "\n".join(lines[:-1])
    )


def evaluate(pages: list[Page] | None = None) -> Score:
    """Our score on the benchmark (used by the regression test)."""
    pages = load_pages() if pages is None else pages
    return score(run_ours(pages), pages)


def _timed(
    run: Callable[[list[Page]], list[dict[str, str | None]]], pages: list[Page], repeats: int
) -> tuple[list[dict[str, str | None]], float]:
    best = float("inf")
    records: list[dict[str, str | None]] = []
    for _ in range(repeats):
        start = time.perf_counter()
        records = run(pages)
        best = min(best, time.perf_counter() - start)
    return records, best


def main() -> None:
    """Print both sides' scores and speeds."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--wrong", action="store_true", help="list our wrong/missing pages")
    parser.add_argument("--repeats", type=int, default=1, help="timed runs per side (best)")
    args = parser.parse_args()
    pages = load_pages()
    run_htmldate(pages[:2])  # warm imports on both sides before timing
    run_ours(pages[:2])
    ours, ours_s = _timed(run_ours, pages, args.repeats)
    theirs, theirs_s = _timed(run_htmldate, pages, args.repeats)
    mine, base = score(ours, pages), score(theirs, pages)
    if args.wrong and mine.wrong_lines:
        print(mine.wrong_lines)
    n = len(pages)
    print(
        f"generic_article:  {mine.summary} invented={mine.invented} "
        f"{n / ours_s:.1f} pages/s ({ours_s:.2f} s)"
    )
    print(
        f"htmldate 1.11:    {base.summary} invented={base.invented} "
        f"{n / theirs_s:.1f} pages/s ({theirs_s:.2f} s)"
    )
    if all(p.expected for p in pages):
        print(
            "(every page here is labelled with a date, so invented= is 0 by construction: "
            "a made-up date shows as wrong=; undated pages are tested in tests/test_metadata.py)"
        )


if __name__ == "__main__":
    main()
