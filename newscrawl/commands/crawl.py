"""``scrapy crawl`` whose exit status says whether the run's checks passed."""

from __future__ import annotations

import argparse

from scrapy.commands.crawl import Command as ScrapyCrawl
from scrapy.exceptions import UsageError


class Command(ScrapyCrawl):
    """Run a spider; exit 1 if it did not start, 2 if its monitors failed the run or it
    could not be committed."""

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        if len(args) != 1:
            raise UsageError("give exactly one spider name")
        assert self.crawler_process
        crawler = self._create_crawler(args[0])
        self.crawler_process.crawl(crawler, **opts.spargs)
        self.crawler_process.start()
        if self.crawler_process.bootstrap_failed:
            self.exitcode = 1
        elif crawler.stats and (
            crawler.stats.get_value("newscrawl/monitors/failed")
            or crawler.stats.get_value("newscrawl/commit/failed")
            or crawler.stats.get_value("newscrawl/commit/unfinished")
        ):
            self.exitcode = 2
