"""``JOBDIR`` resume that holds after SIGKILL, not only after a graceful pause.

Scrapy keeps a job's frontier in ``JOBDIR``: the seen-set (``requests.seen``, every
request ever scheduled) and the disk queues (``requests.queue/``, whose index
``active.json`` is written only at a clean close). That state is only as good as the run
that wrote it. After a pause (SIGINT) the run committed its exports, and what it saw was
exported: resuming from its queue and seen-set is right. After a SIGKILL the run never
committed (:mod:`newscrawl.commit` discards it at the next start), so every request in its
seen-set whose page it fetched, or had in flight, must be made again; Scrapy would filter
them as seen, and the resumed run would export nothing.

:class:`JobDirGuard` therefore records in ``JOBDIR/newscrawl-run.json`` which run owns the
job's frontier, and at the start of a crawl, before Scrapy's scheduler reads the job
files, asks whether that run passed its commit point. If it did, the job resumes as
Scrapy resumes it. If it did not (killed, or its commit failed), or the owner is unknown,
``requests.seen``, ``requests.queue/`` and ``spider.state`` are removed: the crawl starts
again from its sources, and the committed state of earlier runs keeps what they exported
from being exported twice. Start requests are never filtered as seen either (the spiders mark them
``dont_filter``), so a resumed job always reads its sitemaps, feeds and listings again.

The guard holds a lock on ``JOBDIR/newscrawl.lock`` until the crawl closes: a crawl started
on a JOBDIR that a live crawl holds leaves its frontier and owner alone (a crawl of the same
site and output is then refused by the site's lock, without a request), or, with
``NEWSCRAWL_LOCK_WAIT``, waits for it as it waits for the site's lock.
"""

from __future__ import annotations

import json
import logging
import shutil
from pathlib import Path

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.utils.job import job_dir

from newscrawl.commit import is_committed, run_stamp, spider_started
from newscrawl.durable import write_json_atomic
from newscrawl.runlock import CrawlRunning, RunLock, WaitStopped, holder

logger = logging.getLogger(__name__)

OWNER = "newscrawl-run.json"
#: Scrapy's job files that describe a run's frontier (and its spider's pickled state).
FRONTIER = ("requests.seen", "requests.queue", "spider.state")


class JobDirGuard:
    """Reset a ``JOBDIR`` frontier left by a run that did not commit (see module doc)."""

    def __init__(self, crawler: Crawler, folder: Path) -> None:
        spider = crawler.spider
        assert spider is not None  # extensions are built after the spider
        site = getattr(spider, "site", None) or spider.name
        output = Path(crawler.settings.get("NEWSCRAWL_OUTPUT_DIR", "output"))
        run = run_stamp(spider_started(spider))
        # The JOBDIR's own lock, held until the crawl closes: a second crawl started on a
        # JOBDIR in use (refused a moment later by the site's lock when it crawls the same
        # site and output) must not drop the live crawl's frontier nor claim it. With
        # NEWSCRAWL_LOCK_WAIT it waits, as for the site's lock, then judges the JOBDIR as
        # the other crawl left it.
        self.lock = RunLock([folder], site=site)
        try:
            self.lock.acquire(crawler.settings.getfloat("NEWSCRAWL_LOCK_WAIT", 0))
        except (CrawlRunning, WaitStopped):
            logger.warning(
                "JOBDIR %s is in use by another crawl (%s); its frontier is left as it is",
                folder, holder(self.lock.paths[0]),
            )  # fmt: skip
            return
        crawler.signals.connect(self.release, signal=signals.spider_closed)
        crawler.signals.connect(self.release, signal=signals.engine_stopped)
        owner_file = folder / OWNER
        owner = _read(owner_file)
        frontier = [folder / name for name in FRONTIER if (folder / name).exists()]
        if frontier and not _owner_committed(owner):
            seen = folder / "requests.seen"
            size = seen.stat().st_size if seen.exists() else 0
            for path in frontier:
                if path.is_dir():
                    shutil.rmtree(path)
                else:
                    path.unlink()
            assert crawler.stats is not None
            crawler.stats.inc_value("newscrawl/jobdir/reset")
            logger.warning(
                "JOBDIR %s: its frontier belongs to run %s, which did not commit (killed?);"
                " its queue and seen requests (%d bytes) are dropped and the crawl starts"
                " again from its sources",
                folder, owner.get("runId", "unknown") if owner else "unknown", size,
            )  # fmt: skip
        folder.mkdir(parents=True, exist_ok=True)
        write_json_atomic(owner_file, {"runId": f"{site}:{run}",
                                       "siteDir": str((output / site).resolve())})  # fmt: skip

    def release(self) -> None:
        self.lock.release()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> JobDirGuard:
        folder = job_dir(crawler.settings)
        if not folder:
            raise NotConfigured  # bare: Scrapy would log a reason as a WARNING every crawl
        if not crawler.settings.getbool("NEWSCRAWL_FEEDS", True):
            raise NotConfigured("NEWSCRAWL_FEEDS is off: no run commit to check against")
        return cls(crawler, Path(folder))


def _read(path: Path) -> dict[str, str] | None:
    try:
        data = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def _owner_committed(owner: dict[str, str] | None) -> bool:
    if not owner or ":" not in owner.get("runId", "") or not owner.get("siteDir"):
        return False
    run = owner["runId"].partition(":")[2]
    return is_committed(Path(owner["siteDir"]), run)
