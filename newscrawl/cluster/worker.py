"""Worker mode: the site's own spider, pipelines and feeds, fed by the run's Redis queue.

A process is a worker when ``NEWSCRAWL_CLUSTER_WORKER`` (its id) is set, with
``NEWSCRAWL_CLUSTER_REDIS`` (the Redis URL), ``NEWSCRAWL_CLUSTER_RUN`` (the run stamp the
coordinator created) and ``NEWSCRAWL_STATE`` (the shared PostgreSQL state).
:class:`ClusterAddon` then switches the crawl to:

- the run's queue (:class:`newscrawl.cluster.queue.ClusterScheduler`); the spider's start
  requests are not crawled here (:class:`SeededStart`): the coordinator queued them once;
- :class:`ClusterWorker`: a heartbeat lease in Redis, the idle/close protocol (an idle
  worker says so and stays open; it closes only once the coordinator has set the run's
  close flag), and a fenced worker (declared dead) stops at once;
- no run lock, no settlement and no commit of its own (:mod:`newscrawl.cluster.state`):
  its files go to ``.staging/<run>/<worker>/``, each record's key is claimed in the shared
  state as it passes the pipelines, and the finished files are handed to the coordinator
  (``finish_worker``) which commits the run;
- no monitors, run-log line or metrics textfile: the coordinator writes them for the
  whole run, from every worker's stats.
"""

from __future__ import annotations

import logging
import os
import socket
import threading
from datetime import UTC, datetime
from typing import Any

import redis
from scrapy import Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import CloseSpider, DontCloseSpider, NotConfigured
from scrapy.settings import BaseSettings
from scrapy.utils.defer import deferred_from_coro
from twisted.internet import task

from newscrawl.cluster.keys import RunKeys, check_worker_id
from newscrawl.cluster.queue import connect, mark
from newscrawl.durable import kill_point
from newscrawl.sites import spider_site

logger = logging.getLogger(__name__)

WORKER = "NEWSCRAWL_CLUSTER_WORKER"


def is_worker(settings: BaseSettings) -> bool:
    return bool(settings.get(WORKER))


def parse_stamp(stamp: str) -> datetime:
    """The moment a run stamp (``20250620T120000123Z``) names; ValueError if it is none."""
    try:
        moment = datetime.strptime(stamp[:15], "%Y%m%dT%H%M%S").replace(tzinfo=UTC)
    except ValueError:
        moment = None
    if moment is None or len(stamp) != 19 or not stamp[15:18].isdigit() or stamp[18] != "Z":
        raise ValueError(f"--run {stamp!r} is not a run stamp (e.g. 20250620T120000123Z)")
    return moment.replace(microsecond=int(stamp[15:18]) * 1000)


class ClusterAddon:
    """Switch a crawl to worker mode when ``NEWSCRAWL_CLUSTER_WORKER`` is set."""

    def update_settings(self, settings: BaseSettings) -> None:
        if not is_worker(settings):
            return
        worker = check_worker_id(str(settings[WORKER]))
        missing = [
            n for n in ("NEWSCRAWL_CLUSTER_REDIS", "NEWSCRAWL_CLUSTER_RUN") if not settings.get(n)
        ]
        if missing:
            raise NotConfigured(f"worker mode needs {', '.join(missing)}")
        parse_stamp(str(settings["NEWSCRAWL_CLUSTER_RUN"]))
        if settings.get("JOBDIR"):
            raise NotConfigured("worker mode keeps its frontier in Redis: JOBDIR must be unset")
        settings.set("SCHEDULER", "newscrawl.cluster.queue.ClusterScheduler", priority=50)
        # The coordinator judges and reports the whole run, from every worker's stats.
        settings.set("SPIDERMON_ENABLED", False, priority=50)
        settings.set("NEWSCRAWL_METRICS_TEXTFILE", "", priority=50)
        extensions = dict(settings.getdict("EXTENSIONS"))
        extensions["newscrawl.cluster.worker.ClusterWorker"] = 495
        settings.set("EXTENSIONS", extensions, priority=50)
        middlewares = dict(settings.getdict("SPIDER_MIDDLEWARES"))
        middlewares["newscrawl.cluster.worker.SeededStart"] = 0
        settings.set("SPIDER_MIDDLEWARES", middlewares, priority=50)
        feeds = {}
        for uri, options in settings.getdict("FEEDS").items():
            # Every worker writes files of its own: named by run *and* worker.
            feeds[str(uri).replace("-%(run)s.", f"-%(run)s-{worker}.")] = options
        settings.set("FEEDS", feeds, priority=max(settings.getpriority("FEEDS") or 0, 50))


class SeededStart:
    """The coordinator queued the spider's start requests once for the whole run: a
    worker does not crawl them again."""

    async def process_start(self, start: Any) -> Any:
        return
        yield  # an async generator that yields nothing


class ClusterWorker:
    """Heartbeat, idle/close protocol and fencing of one worker (see the module)."""

    def __init__(self, crawler: Crawler) -> None:
        settings = crawler.settings
        self.crawler = crawler
        self.worker = str(settings[WORKER])
        self.run = str(settings["NEWSCRAWL_CLUSTER_RUN"])
        self.lease = settings.getfloat("NEWSCRAWL_CLUSTER_LEASE", 15.0)
        self.url = str(settings["NEWSCRAWL_CLUSTER_REDIS"])
        self.server = connect(self.url)
        self._stopped = threading.Event()
        self.keys: RunKeys | None = None
        #: Why this worker must not hand its files in (empty: it was told to close).
        self.problem = "it stopped before the run's work was done"
        self.released = False
        self.failed = False
        self._loops: list[task.LoopingCall] = []
        spider = crawler.spider
        if spider is not None:
            # The run's stamp names its files and its state rows: the coordinator's.
            setattr(spider, "run_started", parse_stamp(self.run))  # noqa: B010
        crawler.signals.connect(self.spider_opened, signals.spider_opened)
        crawler.signals.connect(self.spider_idle, signals.spider_idle)
        crawler.signals.connect(self.spider_closed, signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ClusterWorker:
        if not is_worker(crawler.settings):
            raise NotConfigured("not a cluster worker")
        worker = cls(crawler)
        setattr(crawler, "_newscrawl_worker", worker)  # noqa: B010 - not a Crawler field
        return worker

    def spider_opened(self, spider: Spider) -> None:
        kill_point("opened")  # tests: a worker that hangs before its first heartbeat
        self.keys = RunKeys(spider_site(spider), self.run)
        try:
            self.beat(self.server)
            mark(self.server, self.keys, self.worker, "busy")
        except redis.RedisError as exc:
            self.fail("redis_lost", f"Redis is not reachable ({exc})")
            return
        # The heartbeat runs in a thread of its own: a reactor busy extracting pages on a
        # loaded machine must not let the lease run out (the coordinator would fence a
        # healthy worker). Process death and SIGSTOP still stop it.
        self._heartbeat = threading.Thread(target=self.heartbeat, name="newscrawl-lease",
                                           daemon=True)  # fmt: skip
        self._heartbeat.start()
        loop = task.LoopingCall(self.kick)
        loop.start(0.5, now=False)
        self._loops.append(loop)

    def beat(self, server: redis.Redis) -> None:
        assert self.keys is not None
        # The lease says who holds it: pid and host, for an operator (and the tests).
        holder = f"{os.getpid()}@{socket.gethostname()}".encode()
        server.set(self.keys.alive(self.worker), holder, px=int(self.lease * 1000))

    def heartbeat(self) -> None:
        """(Thread) Renew the lease every quarter lease until the spider closes; hand a
        reason to stop to the reactor: fenced, coordinator gone, Redis gone."""
        server = connect(self.url)
        try:
            while not self._stopped.wait(self.lease / 4):
                problem = self.check(server)
                if problem is not None:
                    from twisted.internet import reactor  # noqa: PLC0415 - the running one

                    reactor.callFromThread(self.fail, *problem)
                    return
        finally:
            server.close()

    def check(self, server: redis.Redis) -> tuple[str, str] | None:
        """Renew the lease; why this worker must stop, if it must."""
        assert self.keys is not None
        try:
            self.beat(server)
            fenced = server.sismember(self.keys.fenced, self.worker)
            coordinator = server.exists(self.keys.coordinator)
            lost = not server.exists(self.keys.epoch)
        except redis.RedisError as exc:
            return "redis_lost", f"Redis is not reachable ({exc})"
        if lost:
            return "redis_lost", (
                f"Redis holds no keys of run {self.run}: a wrong --run, or Redis lost them "
                "(restarted without its data?)"
            )
        if fenced:
            return "fenced", "the coordinator declared it dead (its lease ran out)"
        if not coordinator:
            return "coordinator_lost", "the run's coordinator is gone (its lease ran out)"
        return None

    def fail(self, reason: str, why: str) -> None:
        if self.failed:
            return
        self.failed, self.problem = True, why
        stats = self.crawler.stats
        assert stats is not None
        stats.inc_value(f"newscrawl/cluster/{reason}")
        logger.error("Worker %s stops: %s; its files are not handed in", self.worker, why)
        engine = self.crawler.engine
        if engine is not None and engine.spider is not None and self._loops:
            self.stop_loops()
            deferred_from_coro(engine.close_spider_async(reason=reason))

    def kick(self) -> None:
        """Ask the engine for the next request now (its own heartbeat waits 5 s), so an
        idle worker picks up work other workers queued within half a second."""
        engine = self.crawler.engine
        slot = getattr(engine, "_slot", None)
        if slot is not None and engine is not None and engine.spider is not None:
            slot.nextcall.schedule()

    def spider_idle(self, spider: Spider) -> None:
        """Nothing to do here now: say so, and stay open until the run is done."""
        assert self.keys is not None
        try:
            if self.server.get(self.keys.close) and not self.failed:
                self.released = True
                self.problem = ""
                return  # the spider closes: finished
            mark(self.server, self.keys, self.worker, "idle")
        except redis.RedisError as exc:
            self.problem = f"Redis is not reachable ({exc})"
            assert self.crawler.stats is not None
            self.crawler.stats.inc_value("newscrawl/cluster/redis_lost")
            logger.error("Worker %s stops: %s", self.worker, self.problem)
            raise CloseSpider("redis_lost") from exc
        raise DontCloseSpider

    def stop_loops(self) -> None:
        self._stopped.set()
        for loop in self._loops:
            if loop.running:
                loop.stop()
        self._loops = []

    def spider_closed(self, spider: Spider, reason: str) -> None:
        self.stop_loops()
        self._stopped.set()
