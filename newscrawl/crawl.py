"""Running a site's spider from Python (the demo, tests, benchmarks), with a summary."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from scrapy.crawler import CrawlerProcess

from newscrawl.commit import RunCommit
from newscrawl.feeds import export_paths
from newscrawl.offline import project_settings


@dataclass
class RunSummary:
    """What one crawl did, from its stats and its export files."""

    stats: dict[str, Any]
    files: dict[str, str] = field(default_factory=dict)

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


def crawl(
    spider: str, *, settings: dict[str, Any] | None = None, **spider_args: Any
) -> RunSummary:
    """Run one crawl in this process (starts and stops the reactor: once per process)."""
    process = CrawlerProcess(
        project_settings({"LOG_INSTALL_ROOT_HANDLER": True, **(settings or {})})
    )
    crawler = process.create_crawler(spider)
    process.crawl(crawler, **spider_args)
    process.start()
    stats = dict(crawler.stats.get_stats()) if crawler.stats else {}
    files: dict[str, str] = {}
    commit: RunCommit | None = getattr(crawler, "_newscrawl_commit", None)
    if commit is not None and commit.run:
        files = export_paths(str(commit.output_dir), commit.site, commit.run)
    return RunSummary(stats=stats, files=files)


def sample_record(path: str, body_chars: int = 400) -> str:
    """The first record of an export file, pretty-printed, its body shortened."""
    with open(path, encoding="utf-8") as file:
        first = file.readline()
    if not first:
        return "(no records)"
    record = json.loads(first)
    if isinstance(record.get("articleBody"), str) and len(record["articleBody"]) > body_chars:
        record["articleBody"] = record["articleBody"][:body_chars] + "…"
    return json.dumps(record, ensure_ascii=False, indent=2)
