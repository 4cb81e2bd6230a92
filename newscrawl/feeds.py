"""Feed exports that appear complete, all of a run's together, or not at all.

:class:`AtomicFileFeedStorage` writes each feed into the run's staging folder
(``<site>/.staging/<run>/``) and, when the exporter has finished, fsyncs and closes it.
It does not rename it: the run's commit (:mod:`newscrawl.commit`) publishes every file of
the run at once, after its commit record, so a reader (or a crash) never sees half a file
under an export name, nor one of a run's files without the others.

:func:`partial_path` and :func:`commit_file` are the single-file version (``.<name>.part``
beside the target, renamed when complete) for outputs that are not a crawl's run.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import IO, Any

from scrapy import Spider
from scrapy.crawler import Crawler
from scrapy.extensions.feedexport import FileFeedStorage
from scrapy.settings import BaseSettings

from newscrawl import __version__
from newscrawl.commit import RunCommit, run_stamp, spider_started
from newscrawl.sites import spider_site

__all__ = ["AtomicFileFeedStorage", "FeedsAddon", "commit_file", "export_paths", "feeds_for",
           "partial_path", "run_stamp", "uri_params"]  # fmt: skip


def partial_path(path: Path) -> Path:
    """Where a feed bound for *path* is written until it is complete."""
    return path.with_name(f".{path.name}.part")


def commit_file(file: IO[bytes], final: Path) -> None:
    """Flush *file* to disk, close it and rename it to *final* atomically."""
    file.flush()
    os.fsync(file.fileno())
    file.close()
    os.replace(file.name, final)
    dir_fd = os.open(final.parent, os.O_RDONLY)
    try:
        os.fsync(dir_fd)  # make the rename itself durable
    finally:
        os.close(dir_fd)


class AtomicFileFeedStorage(FileFeedStorage):
    """Local file feed storage: staged by the run, published by the run's commit."""

    def __init__(
        self,
        uri: str,
        *,
        feed_options: dict[str, Any] | None = None,
        commit: RunCommit | None = None,
    ) -> None:
        super().__init__(uri, feed_options=feed_options)
        self.uri = uri
        self.feed_options = feed_options
        self.final = Path(self.path)
        self.commit = commit
        self.staged = False

    @classmethod
    def from_crawler(
        cls, crawler: Crawler, uri: str, *, feed_options: dict[str, Any] | None = None
    ) -> AtomicFileFeedStorage:
        return cls(uri, feed_options=feed_options, commit=RunCommit.for_crawler(crawler))

    def open(self, spider: Spider | None = None) -> IO[bytes]:
        if self.commit is None or spider is None:  # no crawl: a file of its own
            self.final.parent.mkdir(parents=True, exist_ok=True)
            return partial_path(self.final).open("wb")
        self.staged = True
        options = self.feed_options or {}
        return self.commit.stage(
            self.uri, self.final, spider,
            store_empty=bool(options.get("store_empty", True)),
            line_per_record=options.get("format") in ("jsonlines", "jl"),
        ).open("wb")  # fmt: skip

    def store(self, file: IO[bytes]) -> None:
        if self.commit is None or not self.staged:
            commit_file(file, self.final)
            return
        file.flush()
        os.fsync(file.fileno())
        file.close()
        self.commit.stored(Path(file.name))


def uri_params(params: dict[str, Any], spider: Spider) -> dict[str, Any]:
    """Feed URI parameters: adds ``%(site)s`` and ``%(run)s`` (the run's UTC start)."""
    start = spider_started(spider)
    site = spider_site(spider)
    return {**params, "site": site, "run": run_stamp(start)}


#: Feed file name templates per record kind (``%(site)s``, ``%(run)s``).
FEED_NAMES = {
    "articles": "%(site)s/articles-%(site)s-%(run)s.jsonl",
    "sidebar": "%(site)s/sidebar-%(site)s-%(run)s.jsonl",
}
FEED_ITEM_CLASSES = {
    "articles": "newscrawl.items.Article",
    "sidebar": "newscrawl.items.SidebarItem",
}


def export_paths(output_dir: str, site: str, run: str) -> dict[str, str]:
    """Final paths of a run's export files, per record kind."""
    return {kind: f"{output_dir}/{name}" % {"site": site, "run": run}
            for kind, name in FEED_NAMES.items()}  # fmt: skip


def feeds_for(output_dir: str) -> dict[str, dict[str, Any]]:
    """The two record feeds of a crawl, named by site and run time."""
    common = {"format": "jsonlines", "encoding": "utf-8", "overwrite": True, "store_empty": True}
    return {
        f"{output_dir}/{name}": {**common, "item_classes": [FEED_ITEM_CLASSES[kind]]}
        for kind, name in FEED_NAMES.items()
    }


class FeedsAddon:
    """Add newscrawl's record feeds to ``FEEDS`` (unless ``NEWSCRAWL_FEEDS`` is off), and
    an identifying ``USER_AGENT`` with ``NEWSCRAWL_CONTACT`` (unless one is set).

    Reads ``NEWSCRAWL_OUTPUT_DIR`` ("output") at start-up, so ``-s`` on the command line
    moves the exports.
    """

    def update_settings(self, settings: BaseSettings) -> None:
        if (settings.getpriority("USER_AGENT") or 0) <= 10:  # Scrapy's default: identify us
            contact = settings.get("NEWSCRAWL_CONTACT", "")
            settings.set("USER_AGENT", f"newscrawl/{__version__} (+{contact})", priority=15)
        if not settings.getbool("NEWSCRAWL_FEEDS", True):
            return
        feeds = dict(settings.getdict("FEEDS"))
        feeds.update(feeds_for(settings.get("NEWSCRAWL_OUTPUT_DIR", "output")))
        settings.set("FEEDS", feeds, priority=max(settings.getpriority("FEEDS") or 0, 15))
