"""Politeness held by the whole cluster: one request rate and one concurrency per host,
shared in Redis by every process that crawls it.

Scrapy paces a host per process (a downloader slot's ``DOWNLOAD_DELAY`` and
``CONCURRENT_REQUESTS_PER_DOMAIN``): N workers hit a site N times as hard. Here every
request, on its way to the downloader, first takes a *lease* on its host (a member of the
sorted set ``newscrawl:polite:<host>:leases``, scored by its expiry) and reserves the
host's next free *send time* (``newscrawl:polite:<host>:next``), in one Lua script: at most
``limit`` leases per host live at once, and send times are ``interval`` apart (GCRA with
no burst). The request then sleeps until its send time on the event loop (other requests
go on) and claims the send itself (a second script: at least ``interval`` after the host's
last send, so that a request woken late does not go out right before the next one on
time); its lease is given back when the response or the failure comes back.
A worker that dies keeps its leases only until they expire (``NEWSCRAWL_CLUSTER_LEASE_TTL``;
live workers renew theirs every third of it), so its slots come back. The keys name the
host, not the run: two runs crawling one host share its budget.

The limits are the site's own: ``DOWNLOAD_DELAY`` (or ``NEWSCRAWL_CLUSTER_RATE`` requests
per second, when set) and ``CONCURRENT_REQUESTS_PER_DOMAIN``, per host overridable in
``DOWNLOAD_SLOTS`` as in Scrapy. They hold for the cluster: :class:`ClusterPolitenessAddon`
turns the per-process ``DOWNLOAD_DELAY`` and AutoThrottle off in cluster mode, so that no
second, local delay is added (AutoThrottle adapts one process's delay to latency; it
cannot pace a cluster).

How it sits in Scrapy's downloader: a downloader middleware runs before the request
enters its download slot, so the lease is taken first, and given back only once the
response or failure has left the slot: the slot never holds more requests of a host
than the leases this process holds, and with its delay at 0 and its concurrency the same
limit it never keeps a leased request waiting (no over-admission, no lease idling in a
local queue). A request waiting for its lease or send time counts against
``CONCURRENT_REQUESTS`` as a request in a slot's queue does in Scrapy; a process that
crawls several hosts can thus fill that budget with waiters for its slowest host, as
plain Scrapy can. newscrawl's spiders crawl one site each.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
import time
import uuid
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from redis.asyncio import Redis
from redis.exceptions import RedisError
from scrapy import Request, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.http import Response
from scrapy.settings import BaseSettings
from scrapy.utils.httpobj import urlparse_cached

logger = logging.getLogger(__name__)

PREFIX = "newscrawl:polite:"
#: Finish reason of a crawl that lost (or never had) its cluster's Redis.
UNAVAILABLE = "cluster_unavailable"

# KEYS: leases, next. ARGV: token, limit, interval ms, ttl ms.
# Returns {granted, wait ms, expired leases removed}. Redis's clock is the only clock, so
# workers on machines whose clocks differ still share one schedule.
ACQUIRE = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local limit, interval, ttl = tonumber(ARGV[2]), tonumber(ARGV[3]), tonumber(ARGV[4])
local expired = redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
if limit > 0 and redis.call('ZCARD', KEYS[1]) >= limit then
  return {0, 0, expired}
end
local at = now
if interval > 0 then
  local nxt = tonumber(redis.call('GET', KEYS[2]))
  if nxt and nxt > at then at = nxt end
  redis.call('SET', KEYS[2], at + interval, 'PX', at + interval - now + 60000)
end
redis.call('ZADD', KEYS[1], at + ttl, ARGV[1])
local top = redis.call('ZRANGE', KEYS[1], -1, -1, 'WITHSCORES')
redis.call('PEXPIREAT', KEYS[1], tonumber(top[2]) + 60000)
return {1, at - now, expired}
"""

# KEYS: leases. ARGV: ttl ms, tokens... Extends the leases still there; returns the tokens
# that are gone (expired while their request was in flight: this process stalled past the
# TTL). Only existing members are touched: a lease released while this ran stays released.
RENEW = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local until_ = now + tonumber(ARGV[1])
local gone = {}
for i = 2, #ARGV do
  if redis.call('ZADD', KEYS[1], 'XX', 'GT', 'CH', until_, ARGV[i]) == 0
     and not redis.call('ZSCORE', KEYS[1], ARGV[i]) then
    table.insert(gone, ARGV[i])
  end
end
local top = redis.call('ZRANGE', KEYS[1], -1, -1, 'WITHSCORES')
if top[2] then redis.call('PEXPIREAT', KEYS[1], tonumber(top[2]) + 60000) end
return gone
"""


# KEYS: next, sent. ARGV: interval ms. A reserved send time only orders the requests:
# one that wakes late (a busy event loop) must not go out right before the next one on
# time. So each request claims the send at the moment it goes out: 0 when it may go now
# (at least interval after the last send), else the ms to wait before asking again.
SEND = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local interval = tonumber(ARGV[1])
local last = tonumber(redis.call('GET', KEYS[2]))
if last and now < last + interval then
  return last + interval - now
end
redis.call('SET', KEYS[2], now, 'PX', interval + 60000)
local nxt = tonumber(redis.call('GET', KEYS[1]))
if not nxt or nxt < now + interval then
  redis.call('SET', KEYS[1], now + interval, 'PX', interval + 60000)
end
return 0
"""


def host_keys(host: str) -> tuple[str, str, str]:
    """The Redis keys of *host*'s budget: its lease set, its next free send time, and
    when it was last sent to."""
    return f"{PREFIX}{host}:leases", f"{PREFIX}{host}:next", f"{PREFIX}{host}:sent"


def redacted(url: str) -> str:
    """*url* without its password, for a log line."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    port = f":{parts.port}" if parts.port else ""
    return f"{parts.scheme}://{host}{port}{parts.path}"


class ClusterPolitenessAddon:
    """In cluster mode (``NEWSCRAWL_CLUSTER_REDIS`` set), hand the site's delay to the
    cluster: the local ``DOWNLOAD_DELAY``, the delays of ``DOWNLOAD_SLOTS`` and AutoThrottle
    are turned off, their values kept in ``NEWSCRAWL_CLUSTER_DOWNLOAD_DELAY`` and
    ``NEWSCRAWL_CLUSTER_DOWNLOAD_SLOTS`` for :class:`ClusterPolitenessMiddleware`. Outside
    cluster mode it changes nothing."""

    def update_settings(self, settings: BaseSettings) -> None:
        if not settings.get("NEWSCRAWL_CLUSTER_REDIS"):
            return
        top = max(settings.getpriority(name) or 0 for name in
                  ("DOWNLOAD_DELAY", "DOWNLOAD_SLOTS", "AUTOTHROTTLE_ENABLED"))  # fmt: skip
        slots = {k: dict(v) for k, v in settings.getdict("DOWNLOAD_SLOTS").items()}
        settings.set("NEWSCRAWL_CLUSTER_DOWNLOAD_DELAY", settings.getfloat("DOWNLOAD_DELAY"),
                     priority=top)  # fmt: skip
        settings.set("NEWSCRAWL_CLUSTER_DOWNLOAD_SLOTS", slots, priority=top)
        settings.set("DOWNLOAD_DELAY", 0.0, priority=top)
        settings.set("DOWNLOAD_SLOTS", {k: {**v, "delay": 0.0} for k, v in slots.items()},
                     priority=top)  # fmt: skip
        settings.set("AUTOTHROTTLE_ENABLED", False, priority=top)


@dataclass(frozen=True)
class Lease:
    """One request's hold on one of its host's concurrency slots."""

    key: str
    token: str


class ClusterPolitenessMiddleware:
    """Pace every host by one budget shared by the whole cluster (see the module).

    Settings: ``NEWSCRAWL_CLUSTER_REDIS`` (the cluster's Redis URL; empty: this middleware
    is off and Scrapy's per-process pacing applies), ``NEWSCRAWL_CLUSTER_RATE`` (requests per
    second per host; 0: one per ``DOWNLOAD_DELAY``, none when that is 0),
    ``NEWSCRAWL_CLUSTER_LEASE_TTL`` (seconds a dead worker's slots stay taken, 15),
    ``NEWSCRAWL_CLUSTER_REDIS_TIMEOUT`` (seconds Redis may be unreachable mid-run before the
    crawl fails, 10), ``NEWSCRAWL_CLUSTER_POLL`` (seconds between tries for a slot of a host
    at its limit, 0.05).

    Stats: ``newscrawl/polite/requests`` (requests paced), ``newscrawl/polite/wait_ms``
    (time they waited for a slot and their send time), ``newscrawl/polite/leases_expired``
    (leases of dead workers taken back), ``newscrawl/polite/leases_lost`` (leases of this
    process that expired while in flight: it stalled past the TTL),
    ``newscrawl/polite/leases_held_at_close`` (given back as the spider closed).

    Redis unreachable at the start, or for longer than the timeout mid-run: one error line,
    finish reason ``cluster_unavailable``, no further request is sent and the run is not
    committed. A crawl is never sent on unpaced.
    """

    def __init__(self, crawler: Crawler, url: str) -> None:
        settings = crawler.settings
        self.crawler = crawler
        self.url = url
        rate = settings.getfloat("NEWSCRAWL_CLUSTER_RATE", 0.0)
        self.rate_interval = 1.0 / rate if rate > 0 else None
        self.delay = settings.getfloat(
            "NEWSCRAWL_CLUSTER_DOWNLOAD_DELAY", settings.getfloat("DOWNLOAD_DELAY")
        )
        self.slots: dict[str, Any] = settings.getdict(
            "NEWSCRAWL_CLUSTER_DOWNLOAD_SLOTS", settings.getdict("DOWNLOAD_SLOTS")
        )
        self.concurrency = settings.getint("CONCURRENT_REQUESTS_PER_IP") or settings.getint(
            "CONCURRENT_REQUESTS_PER_DOMAIN"
        )
        self.ttl = max(settings.getfloat("NEWSCRAWL_CLUSTER_LEASE_TTL", 15.0), 0.5)
        self.grace = settings.getfloat("NEWSCRAWL_CLUSTER_REDIS_TIMEOUT", 10.0)
        self.poll = max(settings.getfloat("NEWSCRAWL_CLUSTER_POLL", 0.05), 0.005)
        self.failed = ""
        try:
            self.redis: Redis = Redis.from_url(url, socket_connect_timeout=5, socket_timeout=10)
        except ValueError as exc:  # no scheme, a bad port: said once, the crawl fails
            self.redis = Redis()  # never asked: every request is refused
            self.fail(f"NEWSCRAWL_CLUSTER_REDIS is not a Redis URL ({exc})")
        self.acquire_script = self.redis.register_script(ACQUIRE)
        self.renew_script = self.redis.register_script(RENEW)
        self.send_script = self.redis.register_script(SEND)
        self.leases: dict[Request, Lease] = {}
        self.turns: dict[str, asyncio.Lock] = {}  # one request per host and process asks
        self.tasks: set[asyncio.Task[Any]] = set()
        self.closing: asyncio.Future[None] | None = None
        crawler.signals.connect(self.spider_opened, signals.spider_opened)
        crawler.signals.connect(self.spider_closed, signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ClusterPolitenessMiddleware:
        url = crawler.settings.get("NEWSCRAWL_CLUSTER_REDIS", "")
        if not url:  # not in cluster mode; no message: Scrapy would log it as a warning
            raise NotConfigured
        return cls(crawler, url)

    @property
    def stats(self) -> Any:
        return self.crawler.stats

    # -- life cycle -----------------------------------------------------------------------
    async def spider_opened(self) -> None:
        if self.failed:
            return
        try:
            await self.redis.ping()
        except (RedisError, OSError) as exc:
            # Not CloseSpider: a spider that never opened writes no run-log line. It opens,
            # and its first request (robots.txt) closes it, unsent.
            self.fail(f"cannot reach the cluster's Redis {redacted(self.url)} ({exc})")
            return
        self._spawn(self._renew_forever())
        logger.info("Cluster politeness on %s: per host %s, at most %d in flight",
                    redacted(self.url), self.describe_rate(), self.concurrency)  # fmt: skip

    async def spider_closed(self) -> None:
        for task in list(self.tasks):
            task.cancel()
        held, self.leases = list(self.leases.values()), {}
        if held:  # a crawl that ended with requests in flight (closed early), or a leak
            self.stats.set_value("newscrawl/polite/leases_held_at_close", len(held))
        try:
            for lease in held:
                await self.redis.zrem(lease.key, lease.token)
        except (RedisError, OSError):
            pass  # they expire
        await self.redis.aclose()

    def describe_rate(self) -> str:
        interval = self.rate_interval if self.rate_interval is not None else self.delay
        return f"one request every {interval:g} s" if interval > 0 else "no rate limit"

    def _spawn(self, coro: Any) -> None:
        task = asyncio.ensure_future(coro)
        self.tasks.add(task)
        task.add_done_callback(self.tasks.discard)

    def fail(self, message: str) -> None:
        """Stop the crawl: no request goes out unpaced, and the run does not commit."""
        if self.failed:
            return
        self.failed = message
        logger.error("%s: the crawl stops (no request is sent without the cluster's "
                     "politeness) and its run is not committed", message)  # fmt: skip
        self.stats.set_value("newscrawl/cluster/unavailable", message)
        from newscrawl.commit import RunCommit  # noqa: PLC0415 - commit imports the state

        RunCommit.for_crawler(self.crawler).blocked = message

    def refuse(self) -> IgnoreRequest:
        """Close the spider (once), and the exception that drops the request at hand."""
        engine = self.crawler.engine
        if self.closing is None and engine is not None and engine.spider is not None:
            # Not awaited here: closing waits for the downloader, which waits for this
            # request. Not among self.tasks either, which spider_closed cancels.
            self.closing = asyncio.ensure_future(engine.close_spider_async(reason=UNAVAILABLE))
        return IgnoreRequest(f"not sent: {self.failed}")

    # -- limits ---------------------------------------------------------------------------
    def host(self, request: Request) -> str:
        """The host a request is paced as: the key of the Scrapy download slot it goes
        to (its host name; its IP under ``CONCURRENT_REQUESTS_PER_IP``; the
        ``download_slot`` meta key when set), so that both count the same requests."""
        engine = self.crawler.engine
        if engine is not None and engine.downloader is not None:
            return engine.downloader.get_slot_key(request)
        return (urlparse_cached(request).hostname or "").lower()

    def limits(self, host: str) -> tuple[float, int]:
        """Seconds between two requests to *host*, and how many may be in flight."""
        slot = self.slots.get(host) or {}
        interval = self.rate_interval
        if interval is None:
            interval = float(slot.get("delay", self.delay))
        return interval, int(slot.get("concurrency", self.concurrency))

    # -- the middleware -------------------------------------------------------------------
    async def process_request(self, request: Request, spider: Any = None) -> None:
        if self.failed:
            raise self.refuse()
        host = self.host(request)
        if not host:
            return  # file:, data: — no host to be polite to
        interval, limit = self.limits(host)
        leases_key, next_key, sent_key = host_keys(host)
        lease = Lease(leases_key, uuid.uuid4().hex)
        started = time.monotonic()
        try:
            turn = self.turns.setdefault(host, asyncio.Lock())
            async with turn:
                while True:
                    try:
                        granted, wait_ms, expired = await self._call(
                            self.acquire_script, [leases_key, next_key],
                            [lease.token, limit, round(interval * 1000), round(self.ttl * 1000)],
                        )  # fmt: skip
                    except asyncio.CancelledError:
                        # Cancelled while the script ran: it may have granted the lease.
                        self.leases[request] = lease
                        raise
                    if expired:
                        self.stats.inc_value("newscrawl/polite/leases_expired", int(expired))
                    if granted:
                        self.leases[request] = lease  # renewed from now on, until released
                        break
                    await asyncio.sleep(self.poll * random.uniform(0.5, 1.5))
            if wait_ms > 0:
                await asyncio.sleep(int(wait_ms) / 1000)
            while interval > 0:  # claim the send itself (see SEND)
                wait_ms = await self._call(self.send_script, [next_key, sent_key],
                                           [round(interval * 1000)])  # fmt: skip
                if not wait_ms:
                    break
                await asyncio.sleep(int(wait_ms) / 1000)
        except BaseException:
            await self.release(request)
            raise
        self.stats.inc_value("newscrawl/polite/requests")
        self.stats.inc_value("newscrawl/polite/wait_ms",
                             round((time.monotonic() - started) * 1000))  # fmt: skip

    async def process_response(
        self, request: Request, response: Response, spider: Any = None
    ) -> Response:
        await self.release(request)
        return response

    async def process_exception(
        self, request: Request, exception: Exception, spider: Any = None
    ) -> None:
        await self.release(request)

    async def release(self, request: Request) -> None:
        lease = self.leases.pop(request, None)
        if lease is None:
            return
        # Redis away: the lease expires; Redis that stays away fails the crawl at the next
        # request's call.
        with contextlib.suppress(RedisError, OSError):
            await self.redis.zrem(lease.key, lease.token)

    # -- Redis ----------------------------------------------------------------------------
    async def _call(self, script: Any, keys: list[str], args: list[Any]) -> Any:
        """Run *script*; Redis away for a moment (a restart) is waited for, up to the
        timeout; longer, the crawl fails."""
        deadline = time.monotonic() + self.grace
        while True:
            if self.failed:
                raise self.refuse()
            try:
                return await script(keys=keys, args=args)
            except (RedisError, OSError) as exc:
                if time.monotonic() >= deadline:
                    self.fail(f"lost the cluster's Redis {redacted(self.url)} ({exc})")
                    raise self.refuse() from None
                await asyncio.sleep(min(0.25, self.grace / 4 or 0.05))

    async def _renew_forever(self) -> None:
        while True:
            await asyncio.sleep(self.ttl / 3)
            by_key: dict[str, list[str]] = {}
            for lease in list(self.leases.values()):
                by_key.setdefault(lease.key, []).append(lease.token)
            for key, tokens in by_key.items():
                try:
                    await self._renew(key, tokens)
                except (RedisError, OSError):
                    continue  # the requests' own calls decide whether Redis is gone

    async def _renew(self, key: str, tokens: list[str]) -> None:
        ttl = round(self.ttl * 1000)
        gone = await self.renew_script(keys=[key], args=[ttl, *tokens])
        held = {lease.token for lease in self.leases.values()}
        # Still in flight: counted again, for the host has that many requests open.
        back = [t.decode() if isinstance(t, bytes) else str(t) for t in gone or []]
        back = [t for t in back if t in held]
        if back:
            self.stats.inc_value("newscrawl/polite/leases_lost", len(back))
            until = await self._redis_ms() + ttl
            await self.redis.zadd(key, dict.fromkeys(back, until))

    async def _redis_ms(self) -> int:
        seconds, micros = await self.redis.time()
        return int(seconds) * 1000 + int(micros) // 1000
