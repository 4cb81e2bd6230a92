"""The Redis keys of one distributed run (all under ``newscrawl:<site>:<run>:``)."""

from __future__ import annotations

import re
from dataclasses import dataclass

#: A worker id names files and Redis keys: letters, digits, ``_`` and ``-``.
WORKER_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,63}")


def check_worker_id(worker: str) -> str:
    """*worker* when it is a usable worker id, else ValueError (one line)."""
    if not WORKER_ID.fullmatch(worker):
        raise ValueError(f"worker id {worker!r}: use letters, digits, '_' and '-' (≤ 64)")
    return worker


@dataclass(frozen=True)
class RunKeys:
    """Names of a run's keys; :meth:`all_pattern` finds every one of them."""

    site: str
    run: str

    @property
    def prefix(self) -> str:
        return f"newscrawl:{self.site}:{self.run}:"

    @property
    def requests(self) -> str:
        """The queue (a sorted set by priority, as scrapy-redis's PriorityQueue)."""
        return self.prefix + "requests"

    @property
    def dupefilter(self) -> str:
        """The seen-set of request fingerprints (scrapy-redis's RFPDupeFilter)."""
        return self.prefix + "dupefilter"

    def taken(self, worker: str) -> str:
        """Every request *worker* popped, kept until the run ends: replayed if it dies."""
        return f"{self.prefix}taken:{worker}"

    @property
    def workers(self) -> str:
        """Hash worker → ``busy`` / ``idle`` (set by its pops and by its idle engine)."""
        return self.prefix + "workers"

    def alive(self, worker: str) -> str:
        """The worker's heartbeat lease (expires unless renewed)."""
        return f"{self.prefix}alive:{worker}"

    @property
    def fenced(self) -> str:
        """Workers declared dead: their pops are refused."""
        return self.prefix + "fenced"

    @property
    def epoch(self) -> str:
        """Set when the run starts, never expires: gone means Redis lost the run's keys
        (restarted without persistence), and the run must fail rather than close."""
        return self.prefix + "epoch"

    @property
    def coordinator(self) -> str:
        """The coordinator's lease: workers stop when it runs out (coordinator killed)."""
        return self.prefix + "coordinator"

    @property
    def close(self) -> str:
        """Set by the coordinator when the run's work is done: idle workers close."""
        return self.prefix + "close"

    @property
    def all_pattern(self) -> str:
        return self.prefix + "*"
