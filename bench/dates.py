"""Benchmark DateNormaliser against plain dateparser.parse on a crawl-shaped mix of strings.

Usage: python bench/dates.py [--n 10000] [--seed 1] [--dateparser-sample 2000]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import dateparser

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from newscrawl.extraction.dates import DateNormaliser

FETCHED_AT = datetime(2024, 11, 22, 10, 0, tzinfo=UTC)
PKT = timezone(timedelta(hours=5))
GARBAGE = [
    "a", "May", "12", "1.5", "", "N/A", "Comments (3)", "November 2024", "12:30pm", "Share",
    "Read more", "2024", "Page 2 of 5", "3 min read", "Opinion", "Editorial", "Photo: AFP",
    "Updated figures show a rise of 12 per cent.", "Karachi", "1,234 views",
]  # fmt: skip


def dawn_stamps(rng: random.Random) -> list[str]:
    """~60 distinct Dawn-style stamps: sidebar teasers, article headers, print footers."""
    stamps: list[str] = []
    for _ in range(60):
        day = datetime(2024, 11, 22) - timedelta(days=rng.randrange(0, 40))
        clock = f"{rng.randrange(1, 13):02d}:{rng.randrange(60):02d}{rng.choice(['am', 'pm'])}"
        kind = rng.randrange(5)
        if kind == 0:
            stamps.append(f"Updated {day:%d %b}, {day:%Y}")
        elif kind == 1:
            stamps.append(f"{day:%d %b}, {day:%Y}")
        elif kind == 2:
            stamps.append(f"Published {day:%d %b}, {day:%Y} {clock}")
        elif kind == 3:
            stamps.append(f"Published {day:%B} {day.day}, {day:%Y}")
        else:
            stamps.append(f"Updated {day:%B} {day.day}, {day:%Y} {clock}")
    return stamps


def build_mix(n: int, seed: int) -> list[str]:
    """Skewed draw of stamps (sidebars repeat on every page) plus ISO, relative and garbage."""
    rng = random.Random(seed)
    stamps = dawn_stamps(rng)
    weights = [1 / (rank + 1) for rank in range(len(stamps))]  # Zipf-like: a few stamps dominate
    mix: list[str] = []
    for _ in range(n):
        roll = rng.random()
        if roll < 0.60:
            mix.append(rng.choices(stamps, weights)[0])
        elif roll < 0.75:
            moment = FETCHED_AT - timedelta(minutes=rng.randrange(60 * 24 * 30))
            style = rng.randrange(3)
            if style == 0:
                mix.append(moment.strftime("%Y-%m-%dT%H:%M:%SZ"))
            elif style == 1:
                mix.append(moment.astimezone(PKT).isoformat())
            else:
                mix.append(moment.strftime("%Y-%m-%d %H:%M"))
        elif roll < 0.90:
            mix.append(
                rng.choice(
                    [f"{rng.randrange(1, 24)} hours ago", f"{rng.randrange(1, 60)} minutes ago",
                     f"{rng.randrange(2, 7)} days ago", "yesterday", "just now"]
                )
            )  # fmt: skip
        else:
            mix.append(rng.choice(GARBAGE))
    return mix


def main() -> None:
    """Run both parsers over the same mix and print µs/date, ratio and counts."""
    args = argparse.ArgumentParser(description=__doc__)
    args.add_argument("--n", type=int, default=10_000)
    args.add_argument("--seed", type=int, default=1)
    args.add_argument("--dateparser-sample", type=int, default=2_000)
    opts = args.parse_args()
    mix = build_mix(opts.n, opts.seed)
    garbage = set(GARBAGE)

    # Warm-up (imports, regex compilation, dateparser language data) on throwaway objects.
    DateNormaliser(timezone="Asia/Karachi", locale="en-PK").normalise("vor 2 Tagen", FETCHED_AT)
    for warm in ("22 Nov, 2024", "2 hours ago", "2024-11-22T10:00:00Z"):
        dateparser.parse(warm)

    ours = DateNormaliser(timezone="Asia/Karachi", locale="en-PK")
    start = time.perf_counter()
    results = [ours.normalise(s, FETCHED_AT) for s in mix]
    ours_us = (time.perf_counter() - start) / len(mix) * 1e6

    sample = mix[: opts.dateparser_sample]
    start = time.perf_counter()
    theirs = [dateparser.parse(s) for s in sample]
    theirs_us = (time.perf_counter() - start) / len(sample) * 1e6

    ours_dates = sum(r.value is not None for r in results)
    ours_sample = sum(r.value is not None for r in results[: len(sample)])
    invented = sum(d is not None and s in garbage for s, d in zip(sample, theirs, strict=True))
    garbage_n = sum(s in garbage for s in sample)
    theirs_dates = sum(d is not None for d in theirs)
    distinct, garbage_all = len(set(mix)), sum(s in garbage for s in mix)
    print(f"strings: {len(mix)} ({distinct} distinct, {garbage_all} garbage)")
    print(f"DateNormaliser:  {ours_us:8.1f} µs/date over all {len(mix)} strings")
    print(f"dateparser.parse:{theirs_us:8.1f} µs/date over the first {len(sample)} strings")
    print(f"ratio (dateparser / ours): {theirs_us / ours_us:.0f}x")
    print(f"counts: {dict(sorted(ours.counts.items()))}")
    print(f"dates produced, ours: {ours_dates}/{len(mix)} (first {len(sample)}: {ours_sample})")
    print(f"dates produced, dateparser (first {len(sample)}): {theirs_dates}")
    print(f"dateparser 'dates' from garbage: {invented}/{garbage_n} garbage strings")
    examples = sorted({s for s, d in zip(sample, theirs, strict=True) if d and s in garbage})
    for s in examples:
        print(f"  {s!r} -> {dateparser.parse(s)}")
    ok = ours_us <= 50 and theirs_us / ours_us >= 40
    print(f"targets (≤ 50 µs/date, ≥ 40x): {'met' if ok else 'NOT met'}")


if __name__ == "__main__":
    main()
