"""``scrapy crawl`` whose exit status says whether the run's checks passed."""

from __future__ import annotations

import argparse
import asyncio

from scrapy.commands.crawl import Command as ScrapyCrawl
from scrapy.exceptions import UsageError
from twisted.internet.defer import Deferred
from twisted.python.failure import Failure

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


class Command(ScrapyCrawl):
    """Run a spider; exit 1 if it did not start (a refused state or run lock, too), 2 if
    its monitors failed the run."""

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        if len(args) != 1:
            raise UsageError("give exactly one spider name")
        assert self.crawler_process
        crawler = self._create_crawler(args[0])
        quiet_refusal(self.crawler_process.crawl(crawler, **opts.spargs))
        self.crawler_process.start()
        if self.crawler_process.bootstrap_failed:
            self.exitcode = 1
        elif crawler.stats and crawler.stats.get_value("newscrawl/monitors/failed"):
            self.exitcode = 2
