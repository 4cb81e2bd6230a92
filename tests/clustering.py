"""Helpers for distributed-crawl tests: run ``newscrawl cluster``, read committed runs."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from .conftest import FIXTURES, ROOT
from .crawling import FAST

SITE = FIXTURES / "site"
#: Tests take a worker for dead after this many silent seconds (15 by default).
LEASE = "8"


def cluster_command(
    base: str, out: Path, redis: str, state: str, workers: int, *extra: str
) -> list[str]:
    return [
        sys.executable,
        "-m",
        "newscrawl.cli",
        "cluster",
        "--site",
        "dawn",
        "--workers",
        str(workers),
        "--redis",
        redis,
        "--state",
        state,
        "--output",
        str(out),
        "--lease",
        LEASE,
        "-a",
        f"base_url={base}",
        *FAST,
        *extra,
    ]


def environment(**extra: str) -> dict[str, str]:
    env = {**os.environ, "PYTHONWARNINGS": "error::DeprecationWarning", **extra}
    env.pop("NEWSCRAWL_TEST_KILL_AT", None)
    env.update(extra)
    return env


def start_cluster(
    base: str,
    out: Path,
    redis: str,
    state: str,
    workers: int,
    *extra: str,
    env: dict[str, str] | None = None,
) -> subprocess.Popen[str]:
    return subprocess.Popen(
        cluster_command(base, out, redis, state, workers, *extra),
        cwd=ROOT,
        text=True,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env or environment(),
    )


def run_cluster(
    base: str, out: Path, redis: str, state: str, workers: int, *extra: str, status: int | None = 0
) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run(
        cluster_command(base, out, redis, state, workers, *extra),
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
        env=environment(),
    )
    if status is not None:
        assert proc.returncode == status, proc.stderr[-6000:]
    return proc


def story_id(record: dict[str, Any]) -> str:
    return str(record["canonicalUrl"] or record["url"]).split("/news/")[1].split("/")[0]


def edition(number: int) -> dict[str, dict[str, Any]]:
    table = json.loads((SITE / f"edition{number}" / "site.json").read_text("utf-8"))
    return {a["url"].rsplit("/", 2)[-2]: a for a in table["articles"]}


_NAME = re.compile(r"(articles|sidebar)-dawn-(\d{8}T\d{9}Z)-([A-Za-z0-9_-]+)\.jsonl")


def committed(out: Path) -> dict[str, dict[str, list[dict[str, Any]]]]:
    """Records of every published file, by run stamp and kind (files of all workers)."""
    runs: dict[str, dict[str, list[dict[str, Any]]]] = {}
    for path in sorted((out / "dawn").glob("*.jsonl")):
        match = _NAME.fullmatch(path.name)
        assert match, f"unexpected export name {path.name}"
        text = path.read_text("utf-8")
        assert not text or text.endswith("\n"), f"partial last line in {path.name}"
        kinds = runs.setdefault(match[2], {"articles": [], "sidebar": []})
        kinds[match[1]] += [json.loads(line) for line in text.splitlines()]
    return runs


def teaser_key(item: dict[str, Any]) -> tuple[str, str, str]:
    return item["block"], item["url"] or "", item["headline"] or ""


def article_key(record: dict[str, Any]) -> tuple[str, int, str]:
    return story_id(record), record["metadata"]["version"], record["metadata"]["contentHash"]


def once(keys: list[Any]) -> set[Any]:
    """The keys as a set, after checking that none repeats."""
    repeated = [k for k, n in Counter(keys).items() if n > 1]
    assert not repeated, f"{len(repeated)} record(s) exported twice, e.g. {repeated[:3]}"
    return set(keys)


def run_log(out: Path) -> list[dict[str, Any]]:
    path = out / "runs.jsonl"
    return (
        [json.loads(line) for line in path.read_text("utf-8").splitlines()]
        if path.exists()
        else []
    )


def staging_left(out: Path) -> list[str]:
    staging = out / "dawn" / ".staging"
    return sorted(p.name for p in staging.iterdir()) if staging.exists() else []
