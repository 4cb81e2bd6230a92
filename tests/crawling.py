"""Helpers for crawl tests: run ``scrapy crawl`` in a subprocess, read its exports."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

from .conftest import ROOT

FAST = ["-s", "AUTOTHROTTLE_ENABLED=0", "-s", "CONCURRENT_REQUESTS=16",
        "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=16", "-s", "LOG_LEVEL=INFO",
        "-s", "NEWSCRAWL_RETRY_BACKOFF_BASE=0.05"]  # fmt: skip


def crawl_command(site: str, base: str, out: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "scrapy", "crawl", site, "-a", f"base_url={base}",
            "-s", f"NEWSCRAWL_OUTPUT_DIR={out}", *FAST, *extra]  # fmt: skip


def run_crawl(site: str, base: str, out: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run(
        crawl_command(site, base, out, *extra),
        cwd=ROOT, capture_output=True, text=True, timeout=300, check=False,
        env={**os.environ, "PYTHONWARNINGS": "error::DeprecationWarning"},
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr[-4000:]
    return proc


def stats_of(log: str) -> dict[str, int]:
    return {k: int(v) for k, v in re.findall(r"'([a-z_/0-9.]+)': (\d+)", log)}


def records(folder: Path, kind: str) -> dict[str, list[dict[str, Any]]]:
    """Records of every completed export file of *kind*, by file name."""
    out = {}
    for path in sorted(folder.glob(f"{kind}-*.jsonl")):
        text = path.read_text("utf-8")
        assert not text or text.endswith("\n"), f"partial last line in {path.name}"
        out[path.name] = [json.loads(line) for line in text.splitlines()]
    return out
