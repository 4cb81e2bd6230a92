"""``scrapy crawl`` whose exit status says whether the run's checks passed."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Mapping
from typing import Any

from scrapy.commands.crawl import Command as ScrapyCrawl
from scrapy.exceptions import UsageError
from scrapy.spiderloader import SpiderLoaderProtocol

from newscrawl.crawl import failure_line, quiet_refusal
from newscrawl.spiders.base import SpiderArgumentError

logger = logging.getLogger(__name__)


class UnknownSpider(SpiderArgumentError):
    """A spider name the project does not know (status 2); the line names those it does."""


def check_spider(
    loader: SpiderLoaderProtocol, spider: str, spider_args: Mapping[str, str]
) -> type[Any]:
    """The class of the spider *loader* knows as *spider*, once it may start with
    *spider_args*: :class:`UnknownSpider` for a name it does not know,
    :class:`~newscrawl.spiders.base.SpiderArgumentError` (with its exit status) for an
    argument the spider's ``check_arguments`` refuses. Asked before anything starts, so
    that a refusal is one line: a spider whose ``__init__`` raises would give Scrapy's
    multi-line traceback."""
    names = loader.list()
    if spider not in names:
        raise UnknownSpider(f"unknown spider {spider!r}; available: {', '.join(sorted(names))}")
    spidercls: type[Any] = loader.load(spider)
    check = getattr(spidercls, "check_arguments", None)
    if check is not None:
        check(spider_args)
    return spidercls


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
        try:
            check_spider(self.crawler_process.spider_loader, args[0], opts.spargs)
        except UnknownSpider as exc:
            self._refuse(f"scrapy crawl: {exc}")
            self.exitcode = exc.status
            return
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
