"""Helpers for kill tests: crawls that SIGKILL themselves at a named step, and the
records a run committed, compared with those of one uninterrupted run."""

from __future__ import annotations

import os
import subprocess
import threading
from collections import Counter
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from newscrawl.demo.sitegen import generate
from newscrawl.durable import KILL_ENV, KILL_SIGNAL_ENV

from .conftest import ROOT
from .crawling import crawl_command, records

#: The small demo site's traps (403, 404, 500, challenge) are a large share of a short
#: run's requests: the monitors would fail runs that are right.
LENIENT = ["-s", "NEWSCRAWL_MONITOR_MAX_ERROR_RATE=1",
           "-s", "NEWSCRAWL_MONITOR_MAX_BLOCKED_RATE=1",
           "-s", "NEWSCRAWL_MONITOR_MIN_VOLUME_RATIO=0"]  # fmt: skip
#: Articles in the generated edition the kill tests crawl (a crawl takes ~2 s).
SMALL_SITE_ARTICLES = 60


def small_site(folder: Path) -> Path:
    generate(folder, edition=1, articles=SMALL_SITE_ARTICLES)
    return folder


def _env(kill_at: str, signal: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in (KILL_ENV, KILL_SIGNAL_ENV)}
    env["PYTHONWARNINGS"] = "error::DeprecationWarning"
    if kill_at:
        env[KILL_ENV] = kill_at
    if signal:
        env[KILL_SIGNAL_ENV] = signal
    return env


def crawl(base: str, out: Path, *extra: str, kill_at: str = "", signal: str = "",
          ) -> subprocess.CompletedProcess[str]:  # fmt: skip
    """``scrapy crawl dawn`` against *base*; *kill_at* makes it SIGKILL itself there."""
    return subprocess.run(crawl_command("dawn", base, out, *LENIENT, *extra), cwd=ROOT,
                          capture_output=True, text=True, timeout=300, check=False,
                          env=_env(kill_at, signal))  # fmt: skip


def start_crawl(base: str, out: Path, *, kill_at: str, signal: str) -> subprocess.Popen[str]:
    """Like :func:`crawl`, in the background (output to DEVNULL)."""
    return subprocess.Popen(crawl_command("dawn", base, out, *LENIENT), cwd=ROOT, text=True,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            env=_env(kill_at, signal))  # fmt: skip


def wait_stopped(proc: subprocess.Popen[str]) -> None:
    """Block until *proc* has stopped itself (SIGSTOP) or ended."""
    tick = threading.Event()
    stat = Path(f"/proc/{proc.pid}/stat")
    while proc.poll() is None and stat.read_text().rsplit(")", 1)[1].split()[0] != "T":
        tick.wait(0.005)


def _path(url: Any) -> str:
    return urlsplit(str(url or "")).path


def committed(
    out: Path, run: str = ""
) -> tuple[Counter[tuple[Any, ...]], Counter[tuple[Any, ...]]]:
    """Every article (path, version, hash) and teaser (block, path, headline) in the
    published exports (of one *run*, if given), with how many times each appears (the
    server's port left out)."""
    folder = out / "dawn"

    def of(kind: str) -> list[dict[str, Any]]:
        return [r for name, recs in records(folder, kind).items() if run in name for r in recs]

    articles = Counter(
        (_path(r["url"]), r["metadata"]["version"], r["metadata"]["contentHash"])
        for r in of("articles")
    )
    teasers = Counter((r["block"], _path(r["url"]), r["headline"]) for r in of("sidebar"))
    return articles, teasers


def leftovers(out: Path) -> list[str]:
    """Staging folders, ``.part`` and temporary files left in the site folder."""
    folder = out / "dawn"
    junk = [*folder.glob(".*"), *folder.glob("_runs/.*")]  # .staging, .<name>.part, .tmp
    return sorted(str(p.relative_to(folder)) for p in junk)
