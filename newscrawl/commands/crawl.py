"""``scrapy crawl`` whose exit status says whether the run's checks passed."""

from __future__ import annotations

import argparse
import asyncio
import sys

from scrapy.commands.crawl import Command as ScrapyCrawl
from scrapy.exceptions import UsageError
from twisted.internet.defer import Deferred
from twisted.python.failure import Failure

from newscrawl.crawl import failure_line
from newscrawl.spiders.base import SpiderArgumentError
from newscrawl.state import StateError


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


def spider_problem(names: list[str], spider: str) -> str | None:
    """Why *spider* cannot be crawled, one line, or None."""
    if spider not in names:
        return f"unknown spider {spider!r}; available: {', '.join(sorted(names))}"
    return None


class Command(ScrapyCrawl):
    """Run a spider; exit 2 for an unknown spider or a bad ``-a`` argument (1 for an
    unreadable ``-a urls`` file), 1 if it did not start (a refused state or run lock, too) or
    could not reach its start host (one line says which), 2 if its monitors failed the run.

    A refused spider or argument is one line on stderr, before anything starts: a spider
    whose ``__init__`` raises would give Scrapy's multi-line traceback instead.
    """

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        if len(args) != 1:
            raise UsageError("give exactly one spider name")
        assert self.crawler_process
        loader = self.crawler_process.spider_loader
        problem = spider_problem(loader.list(), args[0])
        if problem is not None:
            print(f"scrapy crawl: {problem}", file=sys.stderr)
            self.exitcode = 2
            return
        check = getattr(loader.load(args[0]), "check_arguments", None)
        try:
            if check is not None:
                check(opts.spargs)
        except SpiderArgumentError as exc:
            print(f"scrapy crawl {args[0]}: {exc}", file=sys.stderr)
            self.exitcode = exc.status
            return
        crawler = self._create_crawler(args[0])
        quiet_refusal(self.crawler_process.crawl(crawler, **opts.spargs))
        self.crawler_process.start()
        line = failure_line(crawler.stats.get_stats()) if crawler.stats else None
        if self.crawler_process.bootstrap_failed:
            self.exitcode = 1
        elif line:
            print(line, file=sys.stderr)
            self.exitcode = 1
        elif crawler.stats and crawler.stats.get_value("newscrawl/monitors/failed"):
            self.exitcode = 2
