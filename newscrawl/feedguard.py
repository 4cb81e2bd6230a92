"""Refuse a crawl whose feed settings would lose or scatter its exports, before it starts.

Two ways a crawl's records end up somewhere nobody reads them, while the run still ends
"finished" with exit status 0:

- **scrapyd's ``items_dir``.** When ``items_dir`` is set in ``scrapyd.conf``, scrapyd
  passes ``-s FEEDS={"file:///<items_dir>/<project>/<spider>/<job>.jl": …}`` to every job.
  That feed holds articles and sidebar items mixed in one file, outside the run's commit
  folder, and scrapyd deletes it after ``jobs_to_keep`` more jobs: records the state store
  marks as exported would be gone for whoever read them there. newscrawl writes and commits
  its own exports (``NEWSCRAWL_OUTPUT_DIR``), so ``items_dir`` must stay empty.
- **Batches without a batch name.** With ``FEED_EXPORT_BATCH_ITEM_COUNT`` (or a feed's
  ``batch_item_count``) above 0, Scrapy disables its whole feed exporter when any feed URI
  lacks ``%(batch_id)d`` / ``%(batch_time)s`` (it logs one error and crawls on): the run
  exports nothing at all. scrapyd's ``items_dir`` feed never has them.

:class:`FeedsGuard` finds either as the crawler is built, before the run lock, the state or
any request, and refuses the crawl like a refused state store: one error line (into the
job's log file under scrapyd), a ``failed`` run-log line, no export, ``scrapy crawl``
exit status 1.
"""

from __future__ import annotations

import logging
import re
from typing import Any

from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.settings import BaseSettings

from newscrawl.sites import spider_site
from newscrawl.state import StateError

logger = logging.getLogger(__name__)

__all__ = ["FeedsGuard", "FeedsRefused", "feed_problem"]

BATCH_NAME = re.compile(r"%\(batch_time\)s|%\(batch_id\)")


class FeedsRefused(StateError):
    """The crawl's feeds would lose or scatter its exports; ``str()`` is the one line."""

    reason = "feeds_refused"

    def __init__(self, line: str, uri: str) -> None:
        super().__init__(f"newscrawl: {line}; nothing was crawled", where=uri, problem=line)


def _scrapyd_items_feed(uri: str, job: str | None) -> bool:
    """True for the feed scrapyd adds for its ``items_dir``: ``…/<project>/<spider>/<job>.jl``."""
    return bool(job) and uri.rstrip("/").rsplit("/", 1)[-1] == f"{job}.jl"


def feed_problem(settings: BaseSettings, job: str | None = None) -> FeedsRefused | None:
    """Why the feeds in *settings* would lose the crawl's exports, or None.

    *job* is scrapyd's job id (the spider's ``_job`` argument), when scrapyd started it.
    """
    feeds: dict[str, Any] = dict(settings.getdict("FEEDS"))
    for uri in feeds:
        if _scrapyd_items_feed(str(uri), job):
            return FeedsRefused(
                f"scrapyd's items_dir adds the feed {uri} beside newscrawl's own exports "
                "(one mixed file, outside the run's commit, deleted after jobs_to_keep "
                "jobs); leave items_dir empty in scrapyd.conf: the exports are written and "
                "committed under NEWSCRAWL_OUTPUT_DIR",
                str(uri),
            )
    default_batch = settings.getint("FEED_EXPORT_BATCH_ITEM_COUNT", 0)
    for uri, options in feeds.items():
        batch = (options or {}).get("batch_item_count", default_batch)
        if batch and int(batch) > 0 and not BATCH_NAME.search(str(uri)):
            return FeedsRefused(
                f"a batch size ({batch} items) needs %(batch_id)d or %(batch_time)s in "
                f"every feed URI, and {uri} has neither: Scrapy would export nothing; "
                "unset FEED_EXPORT_BATCH_ITEM_COUNT",
                str(uri),
            )
    return None


class FeedsGuard:
    """Refuse the crawl (see the module) when :func:`feed_problem` finds one.

    An extension built before :class:`newscrawl.incremental.StateExtension`: a refused
    crawl takes no run lock and opens no state.
    """

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> FeedsGuard:
        spider = crawler.spider
        problem = feed_problem(crawler.settings, getattr(spider, "_job", None))
        if problem is not None:
            refuse(crawler, problem)
            raise problem
        return cls()


def refuse(crawler: Crawler, error: StateError) -> None:
    """One error line and a ``failed`` run-log line, as for a refused state store (the
    line alone when the state store is off, ``NEWSCRAWL_STATE_ENABLED=0``)."""
    # incremental imports the pipelines, which import this module's neighbours.
    from newscrawl.incremental import StateManager  # noqa: PLC0415

    try:
        manager = StateManager.for_crawler(crawler)
    except NotConfigured:  # no state store: the line alone
        logger.error("%s", error)
        return
    if crawler.spider is not None:
        manager.site = spider_site(crawler.spider)
    manager.refuse(error)
