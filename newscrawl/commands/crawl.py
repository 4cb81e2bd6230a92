"""``scrapy crawl`` whose exit status says whether the run's checks passed."""

from __future__ import annotations

import argparse
import logging
import sys

from scrapy.commands.crawl import Command as ScrapyCrawl
from scrapy.exceptions import UsageError

from newscrawl.crawl import failure_line, quiet_refusal
from newscrawl.spiders.base import SpiderArgumentError

logger = logging.getLogger(__name__)


def spider_problem(names: list[str], spider: str) -> str | None:
    """Why *spider* cannot be crawled, one line, or None."""
    if spider not in names:
        return f"unknown spider {spider!r}; available: {', '.join(sorted(names))}"
    return None


def add_spider_options(parser: argparse.ArgumentParser, arg_help: str, set_help: str) -> None:
    """``-a NAME=VALUE`` (a spider argument, into ``arg``) and ``-s NAME=VALUE`` (a Scrapy
    setting, into ``set``), each as often as needed, as ``scrapy crawl`` takes them:
    read by :func:`name_values`."""
    for flag, dest, what in (("-a", "arg", arg_help), ("-s", "set", set_help)):
        parser.add_argument(
            flag, dest=dest, action="append", default=[], metavar="NAME=VALUE", help=what
        )


def name_values(values: list[str], flag: str) -> dict[str, str]:
    """The ``NAME=VALUE`` options given with *flag* as a dict (a later NAME wins; VALUE may
    be empty or hold "="). ValueError, one line, for one without "=" or without a NAME."""
    pairs = {}
    for value in values:
        key, sep, rest = value.partition("=")
        if not sep or not key:
            raise ValueError(f"{flag} takes NAME=VALUE, not {value!r}")
        pairs[key] = rest
    return pairs


class Command(ScrapyCrawl):
    """Run a spider; exit 2 for an unknown spider or a bad ``-a`` argument (1 for an
    unreadable ``-a urls`` file), 1 if it did not start (a refused state or run lock, too) or
    could not reach its start host (one line says which), 2 if its monitors failed the run or it
    could not be committed.

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
            self._refuse(f"scrapy crawl: {problem}")
            self.exitcode = 2
            return
        check = getattr(loader.load(args[0]), "check_arguments", None)
        try:
            if check is not None:
                check(opts.spargs)
        except SpiderArgumentError as exc:
            self._refuse(f"scrapy crawl {args[0]}: {exc}")
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
        elif crawler.stats and (
            crawler.stats.get_value("newscrawl/monitors/failed")
            or crawler.stats.get_value("newscrawl/commit/failed")
            or crawler.stats.get_value("newscrawl/commit/unfinished")
        ):
            self.exitcode = 2

    def _refuse(self, line: str) -> None:
        """The refusal on stderr, and in the log file when there is one: scrapyd sets
        ``LOG_FILE`` for each job, and its log page is where the job's user looks."""
        print(line, file=sys.stderr)
        if self.settings is not None and self.settings.get("LOG_FILE"):
            logger.error("%s", line)
