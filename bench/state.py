"""State commit time: a run's stories staged and promoted, PostgreSQL against SQLite.

    python bench/state.py [--sizes 10000 100000] [--postgres URL] [--json FILE]

For each size N and each backend, on a new store: a first run of N/2 stories is
committed; then the measured run, N stories (N/2 new versions of those, N/2 new
stories) and N/10 sidebar teasers, is staged as a crawl stages it (batches of
``newscrawl.incremental.STAGE_BATCH`` rows) and promoted (the run's commit of its state:
one transaction). Prints seconds to stage, seconds to promote, and promoted rows/s.

Without ``--postgres`` a private PostgreSQL server is started on 127.0.0.1 in a temporary
folder (``tests/services.py``; fsync and synchronous commits on, as in production).
The target (issue 12): the state commit of 100 000 stories in at most 10 s.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from newscrawl.incremental import STAGE_BATCH  # noqa: E402
from newscrawl.state import StateStore, UrlState, open_store  # noqa: E402

TARGET_SECONDS = 10.0
TARGET_STORIES = 100_000


def story(i: int, version: int) -> UrlState:
    """A story's state as a crawl writes it (every field filled)."""
    return UrlState(
        url=f"bench:https://news.example.com/{i // 1000}/{i}-a-headline-of-some-length",
        content_hash=f"sha256:{version:02d}{i:062d}", version=version,
        date_published="2025-03-11T09:42:17+05:00", etag=f'"{i:x}-{version}"',
        last_modified="Tue, 11 Mar 2025 04:42:17 GMT", lastmod="2025-03-11T09:42:17+05:00",
        seen="2025-03-12T06:20:05Z",
    )  # fmt: skip


def stage(store: StateStore, run: str, stories: list[UrlState], teasers: list[str]) -> None:
    for start in range(0, max(len(stories), len(teasers)), STAGE_BATCH):
        store.stage_pending(run, stories[start : start + STAGE_BATCH],
                            teasers[start : start + STAGE_BATCH])  # fmt: skip


def measure(open_new: Callable[[], StateStore], size: int) -> dict[str, Any]:
    """Stage and promote a run of *size* stories on a new store."""
    store = open_new()
    try:
        half = size // 2
        stage(store, "bench:first", [story(i, 1) for i in range(half)], [])
        store.promote("bench:first")
        stories = [story(i, 2) for i in range(half)] + [story(i, 1) for i in range(half, size)]
        teasers = [f"bench:teaser:{i}" for i in range(size // 10)]
        started = time.perf_counter()
        stage(store, "bench:run", stories, teasers)
        staged = time.perf_counter()
        store.promote("bench:run")
        promoted = time.perf_counter()
        counts = store.counts()
        assert counts["articles"] == size and counts["pending"] == 0, counts
        rate = round((size + len(teasers)) / (promoted - staged))
        return {"stories": size, "teasers": len(teasers),
                "stageSeconds": round(staged - started, 3),
                "promoteSeconds": round(promoted - staged, 3),
                "promotedPerSecond": rate}  # fmt: skip
    finally:
        store.close()


def postgres_databases(url: str | None) -> tuple[Callable[[], str], Callable[[], None]]:
    """A factory of new, empty databases, and how to stop the server afterwards."""
    if url:
        import psycopg  # noqa: PLC0415 - only with PostgreSQL

        count = 0

        def new() -> str:
            nonlocal count
            count += 1
            name = f"newscrawl_bench_{int(time.time())}_{count}"
            with psycopg.connect(url, autocommit=True) as db:
                db.execute(f'CREATE DATABASE "{name}"'.encode())
            return url.rsplit("/", 1)[0] + "/" + name

        return new, lambda: None
    from tests.services import PostgresServer  # noqa: PLC0415 - the tests' private server

    folder = Path(tempfile.mkdtemp(prefix="newscrawl-bench-postgres-"))
    folder.chmod(0o755)  # as root the server runs as "postgres", which must enter it
    server = PostgresServer(folder, durable=True).start()

    def stop() -> None:
        server.stop()
        shutil.rmtree(folder, ignore_errors=True)

    return server.create_database, stop


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--postgres", help="a PostgreSQL URL whose user may create databases")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()
    new_database, stop = postgres_databases(args.postgres)
    rows = []
    work = Path(tempfile.mkdtemp(prefix="newscrawl-bench-state-"))
    try:
        for size in args.sizes:
            for backend in ("postgresql", "sqlite"):
                sqlite = str(work / f"{size}.sqlite")
                where = new_database() if backend == "postgresql" else sqlite

                def open_new(where: str = where) -> StateStore:
                    return open_store(where, busy_timeout=30)

                row = {"backend": backend, **measure(open_new, size)}
                rows.append(row)
                print(f"{backend:10} {size:>7} stories + {row['teasers']:>6} teasers:"
                      f" stage {row['stageSeconds']:7.2f} s, promote"
                      f" {row['promoteSeconds']:6.2f} s ({row['promotedPerSecond']} rows/s)",
                      flush=True)  # fmt: skip
    finally:
        stop()
        shutil.rmtree(work, ignore_errors=True)
    for row in rows:
        if row["backend"] == "postgresql" and row["stories"] == TARGET_STORIES:
            verdict = "met" if row["promoteSeconds"] <= TARGET_SECONDS else "NOT met"
            print(f"target (promote {TARGET_STORIES} stories <= {TARGET_SECONDS:g} s): {verdict}")
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1) + "\n", "utf-8")


if __name__ == "__main__":
    main()
