"""Feeds that would lose a crawl's exports are refused before it starts (newscrawl.feedguard).

The scrapyd cases run against a real scrapyd in tests/test_scrapyd.py; here the rule itself,
on settings built the way Scrapy builds them, and one ``scrapy crawl`` without scrapyd.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from scrapy.settings import Settings

from newscrawl.feedguard import feed_problem
from newscrawl.feeds import FeedsAddon

from .conftest import ROOT

JOB = "5f15f316edff11f18fd902fc00000001"
SCRAPYD_FEED = f"file:///var/lib/scrapyd/items/newscrawl/dawn/{JOB}.jl"


def _settings(tmp_path: Path, **cmdline: object) -> Settings:
    """Project settings, then the command line (scrapyd's ``-s``), then our add-on."""
    settings = Settings({"NEWSCRAWL_OUTPUT_DIR": str(tmp_path)}, priority="project")
    settings.setdict(dict(cmdline), priority="cmdline")
    FeedsAddon().update_settings(settings)
    return settings


def test_our_own_feeds_pass(tmp_path: Path) -> None:
    assert feed_problem(_settings(tmp_path), JOB) is None


def test_scrapyd_items_dir_feed_is_refused_in_one_line(tmp_path: Path) -> None:
    feeds = json.dumps({SCRAPYD_FEED: {"format": "jsonlines"}})  # as scrapyd passes it
    problem = feed_problem(_settings(tmp_path, FEEDS=feeds), JOB)
    assert problem is not None and problem.reason == "feeds_refused"
    line = str(problem)
    assert "\n" not in line
    assert line.startswith(f"newscrawl: scrapyd's items_dir adds the feed {SCRAPYD_FEED} ")
    assert line.endswith("; nothing was crawled")


def test_a_feed_of_the_users_own_is_not_scrapyds(tmp_path: Path) -> None:
    """``-o extra.jsonl`` (or scrapyd's items feed of another job) is not refused."""
    mine = {str(tmp_path / "extra.jsonl"): {"format": "jsonlines"}}
    assert feed_problem(_settings(tmp_path, FEEDS=mine), JOB) is None
    other = {SCRAPYD_FEED.replace(JOB, "another"): {"format": "jsonlines"}}
    assert feed_problem(_settings(tmp_path, FEEDS=other), JOB) is None
    assert feed_problem(_settings(tmp_path, FEEDS={SCRAPYD_FEED: {}}), None) is None


@pytest.mark.parametrize(
    ("cmdline", "refused"),
    [
        ({"FEED_EXPORT_BATCH_ITEM_COUNT": "10"}, True),
        ({"FEED_EXPORT_BATCH_ITEM_COUNT": "0"}, False),
        ({"FEEDS": {"x-%(batch_id)d.jsonl": {"batch_item_count": 5}}}, False),
        ({"FEEDS": {"x.jsonl": {"batch_item_count": 5}}}, True),
    ],
    ids=["global-batch", "batch-off", "feed-with-batch-name", "feed-without-batch-name"],
)
def test_batches_need_a_batch_name_in_every_uri(
    tmp_path: Path, cmdline: dict[str, object], refused: bool
) -> None:
    problem = feed_problem(_settings(tmp_path, **cmdline))
    assert (problem is not None) is refused
    if problem is not None:
        assert "needs %(batch_id)d or %(batch_time)s in every feed URI" in str(problem)


def test_scrapy_crawl_with_batches_exits_1_before_crawling(tmp_path: Path) -> None:
    """Without the guard Scrapy logs an error, switches its feed exporter off, crawls on and
    exits 0 with nothing exported."""
    out = tmp_path / "out"
    done = subprocess.run(
        [sys.executable, "-m", "scrapy", "crawl", "dawn", "-a", "base_url=http://127.0.0.1:9",
         "-s", f"NEWSCRAWL_OUTPUT_DIR={out}", "-s", "FEED_EXPORT_BATCH_ITEM_COUNT=10"],
        cwd=ROOT, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert done.returncode == 1, done.stderr[-3000:]
    assert "Traceback" not in done.stderr and "Spider opened" not in done.stderr
    ours = [line for line in done.stderr.splitlines() if " ERROR: newscrawl:" in line]
    assert len(ours) == 1 and ours[0].endswith("unset FEED_EXPORT_BATCH_ITEM_COUNT; nothing "
                                               "was crawled")  # fmt: skip
    (run,) = [json.loads(line) for line in (out / "runs.jsonl").read_text().splitlines()]
    assert (run["site"], run["status"], run["finishReason"]) == ("dawn", "failed", "feeds_refused")
    assert not (out / "dawn").exists() or not list((out / "dawn").glob("*.jsonl"))
