"""A live progress line for crawls on a terminal (``scrapy crawl``, ``newscrawl crawl``,
``newscrawl demo``)::

    dawn: 212 pages (14.1/s) · 180 articles · 61 sidebar · 2 errors · 35 queued · 15s

("sidebar": sidebar items exported). The figures are the crawl's stats, redrawn every
``NEWSCRAWL_PROGRESS_INTERVAL`` seconds (0.5) on the last line of stderr. Log lines written
to the same terminal are printed above it: the line is blanked before each log record and
redrawn after it, so neither garbles the other. When stderr is not a terminal (a pipe, a
log file, cron, CI) the extension is off and writes nothing; ``NEWSCRAWL_PROGRESS = False``
turns it off on a terminal too.
"""

from __future__ import annotations

import logging
import os
import sys
from typing import Any, TextIO

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.spiders import Spider
from scrapy.statscollectors import StatsCollector
from scrapy.utils.asyncio import create_looping_call

from newscrawl.progress import Progress, _clock, _isatty


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


class CrawlLine(Progress):
    """The progress line of a crawl, read from its stats."""

    def __init__(self, stats: StatsCollector, label: str, stream: TextIO) -> None:
        super().__init__(None, label, stream)
        self.stats = stats

    def text(self) -> str:
        stats = self.stats.get_stats()
        pages = int(stats.get("response_received_count", 0))
        errors = sum(int(v) for k, v in stats.items() if k.startswith("newscrawl/errors/"))
        queued = int(stats.get("scheduler/enqueued", 0)) - int(stats.get("scheduler/dequeued", 0))
        elapsed = self._clock() - self._started
        rate = f" ({pages / elapsed:.1f}/s)" if elapsed > 0 and pages else ""
        parts = [
            f"{self.label}: {_count(pages, 'page')}{rate}",
            _count(int(stats.get("newscrawl/exported/articles", 0)), "article"),
            f"{int(stats.get('newscrawl/exported/sidebar_items', 0))} sidebar",
            _count(errors, "error"),
            f"{queued} queued",
            _clock(elapsed),
        ]
        return " · ".join(parts)


class _AboveTheLine:
    """A log handler's stream that writes each record above the progress line."""

    def __init__(self, stream: TextIO, line: Progress) -> None:
        self.stream = stream
        self.line = line

    def write(self, text: str) -> int:
        self.line.clear()
        written = self.stream.write(text)
        if text.endswith("\n"):
            self.line.draw(force=True)
        return written

    def flush(self) -> None:
        self.stream.flush()

    def __getattr__(self, name: str) -> Any:
        return getattr(self.stream, name)


def _same_file(a: Any, b: TextIO) -> bool:
    try:
        return os.path.samestat(os.fstat(a.fileno()), os.fstat(b.fileno()))
    except (AttributeError, ValueError, OSError):
        return False


class CrawlProgress:
    """Show a crawl's progress on the terminal; switched off when stderr is not one.

    Settings: ``NEWSCRAWL_PROGRESS`` (True: on when stderr is a terminal),
    ``NEWSCRAWL_PROGRESS_INTERVAL`` (seconds between redraws, 0.5).
    """

    def __init__(self, crawler: Crawler, stream: TextIO, interval: float) -> None:
        self.crawler = crawler
        self.stream = stream
        self.interval = interval
        self.line: CrawlLine | None = None
        self.task: Any = None
        self.hooked: list[tuple[logging.StreamHandler[Any], Any]] = []
        crawler.signals.connect(self.spider_opened, signals.spider_opened)
        crawler.signals.connect(self.spider_closed, signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> CrawlProgress:
        settings = crawler.settings
        # Without a message: Scrapy logs a NotConfigured message as a warning, and a log
        # that is not on a terminal must not change because of the progress line.
        if not settings.getbool("NEWSCRAWL_PROGRESS", True) or not _isatty(sys.stderr):
            raise NotConfigured
        return cls(crawler, sys.stderr, settings.getfloat("NEWSCRAWL_PROGRESS_INTERVAL", 0.5))

    def spider_opened(self, spider: Spider) -> None:
        assert self.crawler.stats is not None
        label = getattr(spider, "site", None) or spider.name
        self.line = CrawlLine(self.crawler.stats, label, self.stream)
        # Log records to this terminal go above the line (not those to a file or a pipe).
        for handler in logging.root.handlers:
            if (
                isinstance(handler, logging.StreamHandler)
                and not isinstance(handler, logging.FileHandler)
                and _same_file(handler.stream, self.stream)
            ):
                above = _AboveTheLine(handler.stream, self.line)
                self.hooked.append((handler, handler.setStream(above)))
        self.task = create_looping_call(self.tick)
        self.task.start(self.interval)

    def tick(self) -> None:
        # Log records may come from other threads: draw under their handlers' locks.
        for handler, _ in self.hooked:
            handler.acquire()
        try:
            if self.line is not None:
                self.line.draw(force=True)
        finally:
            for handler, _ in reversed(self.hooked):
                handler.release()

    def spider_closed(self, spider: Spider) -> None:
        if self.task is not None and self.task.running:
            self.task.stop()
        self.tick()
        for handler, stream in self.hooked:
            handler.setStream(stream)
        self.hooked = []
        if self.line is not None:
            self.line.close()
