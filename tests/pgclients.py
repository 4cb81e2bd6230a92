"""Client processes for the PostgreSQL state tests: ``python -m tests.pgclients <job> …``.

Each job is a real process with its own connection, so the tests race what workers on
several machines would race. Results are printed as JSON lines on stdout.
"""

from __future__ import annotations

import json
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path

from newscrawl.state import SIDEBAR, StateError, UrlState, WorkerFenced
from newscrawl.state.postgres import PostgresStore

#: A client whose test never writes the go file (it failed or was killed) gives up.
GO_TIMEOUT = 120.0


def _wait_for(path: Path) -> None:
    """Start together: every client waits for the test's go file, and exits loudly when it
    does not come within :data:`GO_TIMEOUT` seconds rather than spinning on forever."""
    deadline = time.monotonic() + GO_TIMEOUT
    while not path.exists():
        if time.monotonic() > deadline:
            sys.exit(f"pgclients: no go file {path} after {GO_TIMEOUT:.0f} s")
        time.sleep(0.001)


def writer(url: str, site: str, name: str, runs: int, keys: int) -> None:
    """*runs* runs of *site*, one after another, each changing every story (version + 1)."""
    for run in range(runs):
        store = PostgresStore(url, busy_timeout=5)
        store.lock_site(site, 600)
        run_id = f"{site}:{name}-{run}"
        batch: list[UrlState] = []
        for i in range(keys):
            key = f"{site}:https://example.com/{i}"
            old = store.article(key)
            version = old.version + 1 if old else 1
            batch.append(UrlState(key, f"sha256:{name}-{run}-{i}", version))
            if len(batch) == 100:
                store.stage_pending(run_id, batch, [])
                batch = []
        store.stage_pending(run_id, batch, [f"{name}-{run}-{i}" for i in range(10)])
        store.promote(run_id)
        store.close()
        print(json.dumps({"run": run_id}), flush=True)


def claimer(url: str, run_id: str, worker: str, keys: int, *, seed: int, go: str) -> None:
    """Claim every key of the run in a random order: single claims, then batches."""
    store = PostgresStore(url, busy_timeout=5)
    store.register_worker(run_id, worker)
    order = [(kind, f"k{i}") for i in range(keys) for kind in ("articles", SIDEBAR)]
    random.Random(seed).shuffle(order)
    Path(f"{go}.{worker}").touch()  # ready: registered, keys drawn
    _wait_for(Path(go))
    won = []
    half = len(order) // 2
    for kind, key in order[:half]:
        state = UrlState(key, "sha256:x", 1) if kind == "articles" else None
        if store.claim(run_id, worker, kind, key, state):
            won.append(f"{kind} {key}")
    rest = order[half:]
    for start in range(0, len(rest), 50):
        chunk = rest[start : start + 50]
        rows = [(k, key, UrlState(key, "sha256:x", 1) if k == "articles" else None)
                for k, key in chunk]  # fmt: skip
        won += [f"{k} {key}" for (k, key), ok in zip(chunk, store.claim_many(run_id, worker, rows),
                                                      strict=True) if ok]  # fmt: skip
    print(json.dumps({"worker": worker, "won": won}), flush=True)


def endless_claimer(url: str, run_id: str, worker: str) -> None:
    """Claim new keys one by one until fenced; print each key won as it is committed."""
    store = PostgresStore(url, busy_timeout=5)
    store.register_worker(run_id, worker)
    i = 0
    try:
        while True:
            if store.claim(run_id, worker, SIDEBAR, f"{worker}-{i}", None):
                print(json.dumps({"won": f"{worker}-{i}"}), flush=True)
            i += 1
    except WorkerFenced as error:
        print(json.dumps({"fenced": str(error)}), flush=True)
        sys.exit(3)


def opener(url: str, go: str) -> None:
    _wait_for(Path(go))
    store = PostgresStore(url, busy_timeout=30)
    print(json.dumps({"counts": store.counts()}), flush=True)
    store.close()


def promoter(url: str, run_id: str, rows: int) -> None:
    """Stage *rows* articles and teasers, then promote (killed inside, by the test)."""
    store = PostgresStore(url)
    store.stage_pending(
        run_id, [UrlState(f"dawn:{i}", f"sha256:{i}", 1) for i in range(rows)],
        [f"t{i}" for i in range(rows)],
    )  # fmt: skip
    print(json.dumps({"staged": rows}), flush=True)
    store.promote(run_id)
    print(json.dumps({"promoted": rows}), flush=True)


def holder(url: str, site: str) -> None:
    """Hold *site*'s lock until stdin closes."""
    store = PostgresStore(url)
    store.lock_site(site, 0)
    print("held", flush=True)
    sys.stdin.read()
    store.close()


JOBS: dict[str, Callable[..., None]] = {
    "writer": writer, "claimer": claimer, "endless_claimer": endless_claimer,
    "opener": opener, "promoter": promoter, "holder": holder,
}  # fmt: skip


def main() -> None:
    job, *args = sys.argv[1:]
    values = [int(a) if a.isdigit() else a for a in args if "=" not in a]
    named = {k: int(v) if v.isdigit() else v for k, _, v in
             (a.partition("=") for a in args if "=" in a)}  # fmt: skip
    try:
        JOBS[job](*values, **named)
    except StateError as error:
        print(json.dumps({"error": str(error)}), flush=True)
        sys.exit(1)


if __name__ == "__main__":
    main()
