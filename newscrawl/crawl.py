"""Running a site's spider from Python (the demo, tests, benchmarks), with a summary."""

from __future__ import annotations

import asyncio
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from scrapy.crawler import CrawlerProcess
from twisted.internet.defer import Deferred
from twisted.python.failure import Failure

from newscrawl.commit import RunCommit
from newscrawl.feeds import export_paths
from newscrawl.offline import project_settings
from newscrawl.state import StateError


@dataclass
class RunSummary:
    """What one crawl did, from its stats and its export files."""

    stats: dict[str, Any]
    files: dict[str, str] = field(default_factory=dict)
    #: The crawl never started: refused as it was built (its state, its run lock, its
    #: feeds), the reason already logged in one line.
    refused: bool = False

    def count(self, prefix: str) -> int:
        return sum(v for k, v in self.stats.items() if k.startswith(prefix) and isinstance(v, int))

    def lines(self, kind: str) -> int:
        path = self.files.get(kind)
        if not path or not Path(path).exists():
            return 0
        with open(path, "rb") as file:
            return sum(1 for _ in file)

    def text(self) -> str:
        """A few lines for a terminal."""
        status = self.stats.get("downloader/response_status_count/200", 0)
        rows = [
            ("pages fetched", self.stats.get("response_received_count", 0)),
            ("  of them 200 OK", status),
            ("articles exported", self.lines("articles")),
            ("  new / updated / unchanged",
             f"{self.stats.get('newscrawl/articles/new', 0)} / "
             f"{self.stats.get('newscrawl/articles/updated', 0)} / "
             f"{self.stats.get('newscrawl/articles/unchanged', 0)}"),
            ("sidebar items exported", self.lines("sidebar")),
            ("blocked / challenge pages", self.count("newscrawl/blocked/")),
            ("errors", self.count("newscrawl/errors/")),
            ("not articles (non-HTML, no story)",
             self.count("newscrawl/pages/not_html") + self.count("newscrawl/pages/not_article")),
            ("finish reason", self.stats.get("finish_reason")),
        ]  # fmt: skip
        width = max(len(name) for name, _ in rows)
        out = [f"{name.ljust(width)}  {value}" for name, value in rows]
        out += [f"{kind} file".ljust(width) + f"  {path}" for kind, path in self.files.items()]
        return "\n".join(out)


def failure_line(stats: dict[str, Any]) -> str | None:
    """The one line that says why a run could not crawl at all, or None.

    Its start host could not be connected to (finish reason ``cannot_connect``, see
    :class:`newscrawl.middlewares.UnreachableHostMiddleware`), or, in cluster mode, the
    cluster's Redis was out of reach (``cluster_unavailable``, see
    :mod:`newscrawl.cluster.politeness`).
    """
    cluster = stats.get("newscrawl/cluster/unavailable")
    if cluster:
        return f"newscrawl: {cluster}; run failed"
    if stats.get("finish_reason") != "cannot_connect":
        return None
    hosts = stats.get("newscrawl/hosts/unreachable") or {}
    named = ", ".join(f"{host} ({reason})" for host, reason in hosts.items()) or "the start host"
    return f"newscrawl: cannot connect to {named}; run failed"


def crawl(
    spider: str, *, settings: dict[str, Any] | None = None, **spider_args: Any
) -> RunSummary:
    """Run one crawl in this process (starts and stops the reactor: once per process)."""
    process = CrawlerProcess(
        project_settings({"LOG_INSTALL_ROOT_HANDLER": True, **(settings or {})})
    )
    crawler = process.create_crawler(spider)
    quiet_refusal(process.crawl(crawler, **spider_args))  # refused state: one line
    process.start()
    stats = dict(crawler.stats.get_stats()) if crawler.stats else {}
    files: dict[str, str] = {}
    commit: RunCommit | None = getattr(crawler, "_newscrawl_commit", None)
    if commit is not None and commit.run:
        files = export_paths(str(commit.output_dir), commit.site, commit.run)
    return RunSummary(stats=stats, files=files, refused=process.bootstrap_failed)


def sample_record(path: str, body_chars: int = 400) -> str:
    """The first record of an export file, pretty-printed, its body cut to ``body_chars``.

    A cut body ends in "…" and a line after the record says where it was cut, so that
    nobody takes the sample for what the file holds.
    """
    with open(path, encoding="utf-8") as file:
        first = file.readline()
    if not first:
        return "(no records)"
    record = json.loads(first)
    body = record.get("articleBody")
    note = ""
    if isinstance(body, str) and len(body) > body_chars:
        record["articleBody"] = body[:body_chars] + "…"
        note = f"\n(articleBody cut at {body_chars} of {len(body)} characters; whole in {path})"
    return json.dumps(record, ensure_ascii=False, indent=2) + note


def _refusal_reported(task: asyncio.Task[None]) -> None:
    """A crawl refused by its state has said so in one line: no traceback after it.

    Any other exception is handed to the loop's handler, as asyncio would have done.
    """
    if task.cancelled():
        return
    error = task.exception()
    if error is not None and not isinstance(error, StateError):
        task.get_loop().call_exception_handler(
            {"message": "Task exception was never retrieved", "exception": error, "future": task}
        )


def _trap_refusal(failure: Failure) -> Failure | None:
    return None if isinstance(failure.value, StateError) else failure


def quiet_refusal(started: object) -> None:
    """Given what ``CrawlerProcess.crawl`` returned (an asyncio task or a Deferred): a
    :class:`StateError` that stopped the crawl is not reported again as a traceback."""
    if isinstance(started, asyncio.Task):
        started.add_done_callback(_refusal_reported)
    elif isinstance(started, Deferred):
        started.addErrback(_trap_refusal)
