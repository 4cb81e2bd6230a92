"""The run's shared request queue on Redis: scrapy-redis, wrapped for crash safety.

scrapy-redis 0.9.1 gives the pieces (its priority queue, its request fingerprint, pickle
serialization, a Redis-backed scheduler); what it leaves out, and these classes add:

- **A pop takes the request into ``taken:<worker>``** in the same Lua script that removes
  it from the queue and marks the worker busy. A worker that dies loses nothing: its taken
  requests are put back by :meth:`RunControl.requeue` (scrapy-redis's pop forgets them).
- **Seen and queued in one step**: scrapy-redis adds the fingerprint, then pushes; a
  worker killed between the two left a request seen but never queued.
- **The queue persists** whatever a worker does: scrapy-redis's default
  (``SCHEDULER_PERSIST=False``) deletes the shared queue and seen-set when any worker
  closes. Keys are deleted once per run, by the coordinator, at commit.
- **No blocking pop** (``SCHEDULER_IDLE_BEFORE_CLOSE`` blocks the reactor).

Requests are pickled (scrapy-redis's ``picklecompat``; its ``json`` serializer fails on
bytes bodies and headers): whoever can write to the Redis can make a worker run code, so
the Redis must be private (loopback or a private network, with a password).
"""

from __future__ import annotations

import logging
from typing import Any, cast

import redis
from scrapy import Request, Spider
from scrapy.crawler import Crawler
from scrapy_redis import picklecompat
from scrapy_redis.dupefilter import RFPDupeFilter
from scrapy_redis.queue import PriorityQueue
from scrapy_redis.scheduler import Scheduler

from newscrawl.cluster.keys import RunKeys
from newscrawl.sites import spider_site

logger = logging.getLogger(__name__)

_POP = """
if redis.call('SISMEMBER', KEYS[4], ARGV[1]) == 1 then return false end
local found = redis.call('ZRANGE', KEYS[1], 0, 0)
if #found == 0 then return false end
redis.call('ZREM', KEYS[1], found[1])
redis.call('RPUSH', KEYS[2], found[1])
redis.call('HSET', KEYS[3], ARGV[1], 'busy')
return found[1]
"""
_ADD = """
if ARGV[4] == '1' and redis.call('SADD', KEYS[1], ARGV[1]) == 0 then return 0 end
redis.call('ZADD', KEYS[2], ARGV[2], ARGV[3])
return 1
"""
_MARK = """
if redis.call('SISMEMBER', KEYS[2], ARGV[1]) == 1 then return 0 end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
return 1
"""
_REQUEUE = """
redis.call('SADD', KEYS[4], ARGV[1])
local taken = redis.call('LRANGE', KEYS[2], 0, -1)
for _, data in ipairs(taken) do redis.call('ZADD', KEYS[1], 0, data) end
redis.call('DEL', KEYS[2], KEYS[5])
redis.call('HDEL', KEYS[3], ARGV[1])
return #taken
"""
_DONE = """
if redis.call('EXISTS', KEYS[4]) == 0 then return -1 end
if redis.call('ZCARD', KEYS[1]) > 0 then return 0 end
for _, worker in ipairs(ARGV) do
  if redis.call('HGET', KEYS[2], worker) ~= 'idle' then return 0 end
end
for _, state in ipairs(redis.call('HVALS', KEYS[2])) do
  if state ~= 'idle' then return 0 end
end
redis.call('SET', KEYS[3], '1')
return 1
"""


class RedisLost(redis.RedisError):
    """Redis lost the run's keys (restarted without persistence, or flushed)."""

    def __init__(self, run: str) -> None:
        super().__init__(f"Redis lost the keys of run {run} (restarted without its data?)")


def connect(url: str) -> redis.Redis:
    """A Redis client for *url* that fails within seconds when the server is gone."""
    return redis.Redis.from_url(
        url, socket_timeout=10, socket_connect_timeout=5, health_check_interval=15
    )


class RunQueue(PriorityQueue):  # type: ignore[misc]
    """scrapy-redis's priority queue of one run, whose pop records the taker."""

    def __init__(self, server: redis.Redis, spider: Spider, keys: RunKeys, worker: str) -> None:
        super().__init__(server, spider, keys.requests, serializer=picklecompat)
        self.keys, self.worker = keys, worker
        self._pop = server.register_script(_POP)
        self._add = server.register_script(_ADD)
        self.fingerprints = RFPDupeFilter(server, keys.dupefilter)

    def encode(self, request: Request) -> bytes:
        return cast(bytes, self._encode_request(request))

    def add(self, request: Request) -> bool:
        """Queue *request* unless it was seen (``dont_filter``: always): one step."""
        fingerprint = self.fingerprints.request_fingerprint(request)
        added = self._add(
            keys=[self.keys.dupefilter, self.keys.requests],
            args=[
                fingerprint,
                -request.priority,
                self.encode(request),
                "0" if request.dont_filter else "1",
            ],
        )
        return bool(added)

    def push(self, request: Request) -> None:
        self.add(request)

    def pop(self, timeout: int = 0) -> Request | None:
        """The next request, moved into this worker's taken list (never blocks)."""
        data = self._pop(
            keys=[
                self.keys.requests,
                self.keys.taken(self.worker),
                self.keys.workers,
                self.keys.fenced,
            ],
            args=[self.worker],
        )
        if not data:
            return None
        return cast(Request, self._decode_request(data))


class ClusterScheduler(Scheduler):  # type: ignore[misc]
    """The worker's scheduler: scrapy-redis's, on the run's :class:`RunQueue`.

    Settings: ``NEWSCRAWL_CLUSTER_REDIS``, ``NEWSCRAWL_CLUSTER_RUN``,
    ``NEWSCRAWL_CLUSTER_WORKER``. Never flushes the queue (another worker's crawl is in
    it) and never blocks the reactor waiting for a request.
    """

    def __init__(self, server: redis.Redis, run: str, worker: str) -> None:
        super().__init__(server, persist=True, idle_before_close=0, serializer=picklecompat)
        self.run, self.worker = run, worker
        self.queue: RunQueue | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ClusterScheduler:
        settings = crawler.settings
        scheduler = cls(
            connect(settings["NEWSCRAWL_CLUSTER_REDIS"]),
            settings["NEWSCRAWL_CLUSTER_RUN"],
            settings["NEWSCRAWL_CLUSTER_WORKER"],
        )
        scheduler.stats = crawler.stats
        return scheduler

    def open(self, spider: Spider) -> None:
        self.spider = spider
        self.queue = RunQueue(
            self.server, spider, RunKeys(spider_site(spider), self.run), self.worker
        )
        self.df = self.queue.fingerprints

    def close(self, reason: str) -> None:
        """Keep the queue and the seen-set: they are the run's, not this worker's."""

    def enqueue_request(self, request: Request) -> bool:
        assert self.queue is not None
        if not self.queue.add(request):
            if self.stats:
                self.stats.inc_value("dupefilter/filtered")
            return False
        if self.stats:
            self.stats.inc_value("scheduler/enqueued/redis")
        return True

    def next_request(self) -> Request | None:
        assert self.queue is not None
        try:
            request = self.queue.pop()
        except (ValueError, AttributeError, ImportError) as exc:
            # A request this code cannot read back (a callback renamed since it was
            # queued): counted, and left in the taken list for inspection.
            if self.stats:
                self.stats.inc_value("newscrawl/cluster/unreadable_requests")
            logger.error("A queued request could not be read back (%r); skipped", exc)
            return None
        if request is not None and self.stats:
            self.stats.inc_value("scheduler/dequeued/redis")
        return request

    def has_pending_requests(self) -> bool:
        assert self.queue is not None
        return bool(self.server.zcard(self.queue.keys.requests))

    def __len__(self) -> int:
        assert self.queue is not None
        return int(self.server.zcard(self.queue.keys.requests))


class RunControl:
    """The coordinator's side of a run's Redis keys."""

    def __init__(self, server: redis.Redis, keys: RunKeys) -> None:
        self.server, self.keys = server, keys
        self._requeue = server.register_script(_REQUEUE)
        self._done = server.register_script(_DONE)

    def seed(self, spider: Spider, requests: list[Request]) -> int:
        """Queue the run's start requests (built by *spider*, serialized as workers read
        them); returns how many were queued."""
        queue = RunQueue(self.server, spider, self.keys, worker="coordinator")
        return sum(queue.add(request) for request in requests)

    def requeue(self, worker: str) -> int:
        """Fence *worker* (its pops are refused from now on) and put every request it took
        back on the queue, in one step; returns how many."""
        return int(
            self._requeue(
                keys=[
                    self.keys.requests,
                    self.keys.taken(worker),
                    self.keys.workers,
                    self.keys.fenced,
                    self.keys.alive(worker),
                ],
                args=[worker],
            )
        )

    def finish_if_done(self, workers: list[str]) -> bool:
        """When the queue is empty and every worker named, and every worker registered
        (one that joined a moment ago too), is idle: set the close flag and return True,
        in one step (a pop marks its worker busy in the same step)."""
        done = int(
            self._done(
                keys=[self.keys.requests, self.keys.workers, self.keys.close, self.keys.epoch],
                args=workers,
            )
        )
        if done < 0:
            raise RedisLost(self.keys.run)
        return bool(done)

    def begin(self) -> None:
        self.server.set(self.keys.epoch, b"1")

    def check(self) -> None:
        """Raise :class:`RedisLost` when the run's keys are gone."""
        if not self.server.exists(self.keys.epoch):
            raise RedisLost(self.keys.run)

    def reopen(self) -> None:
        """Work came back (a dead worker's): workers must not close."""
        self.server.delete(self.keys.close)

    def alive(self, worker: str) -> bool:
        return bool(self.server.exists(self.keys.alive(worker)))

    def registered(self) -> list[str]:
        """Workers that joined the run and were not fenced."""
        names = cast(dict[bytes, bytes], self.server.hgetall(self.keys.workers))
        fenced = cast(set[bytes], self.server.smembers(self.keys.fenced))
        return sorted(name.decode() for name in names if name not in fenced)

    def queued(self) -> int:
        return int(self.server.zcard(self.keys.requests))

    def seen(self) -> int:
        return int(self.server.scard(self.keys.dupefilter))

    def memory(self) -> dict[str, Any]:
        """Bytes Redis uses for the queue and the seen-set (``MEMORY USAGE``)."""
        usage = {
            k: self.server.memory_usage(getattr(self.keys, k), samples=0) or 0
            for k in ("requests", "dupefilter")
        }
        return usage

    def delete(self) -> int:
        """Delete every key of the run (at commit, or when the run is settled)."""
        names = list(self.server.scan_iter(match=self.keys.all_pattern, count=500))
        return int(self.server.delete(*names)) if names else 0


def mark(server: redis.Redis, keys: RunKeys, worker: str, state: str) -> bool:
    """Say *worker* is ``busy`` or ``idle``, unless it was fenced (then False): a fenced
    worker that wakes up never shows up in the run again."""
    script = server.register_script(_MARK)
    return bool(script(keys=[keys.workers, keys.fenced], args=[worker, state]))
