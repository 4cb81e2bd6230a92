"""The coordinator of a distributed run (``newscrawl cluster``).

1. Opens the shared PostgreSQL state, takes the site's lock in it (two runs of one site
   never overlap, across machines) and the local run lock on the output folder.
2. Settles earlier runs of the site (:mod:`newscrawl.commit`; a committed run's files are
   published, an uncommitted one's dropped with its pending rows) and deletes their Redis
   keys.
3. Creates the run (stamp, staging folder held by an ``flock``, a lease in Redis that the
   workers watch), seeds the queue with the spider's own start requests.
4. Starts N local workers (0: waits for workers started elsewhere) and watches them: a
   worker whose process ended before it handed its files in, or whose heartbeat lease ran
   out, is *fenced* (``fence_worker``: its claims are released), every request it took is
   put back on the queue, its staging folder dropped, and a replacement started (at most
   ``--max-restarts`` in all).
5. When the queue is empty and every worker idle (checked and flagged in one Redis step),
   workers are told to close; once every live worker has handed its files in, the run is
   committed: one ``COMMIT.json`` listing every worker's files (each checked against its
   SHA-256), files published, state promoted, marker ``_runs/<run>.json``, Redis keys
   deleted; then the run-log line, monitors and metrics over the workers' summed stats.

Redis or PostgreSQL lost mid-run: the run fails (one line, ``failed`` in the run log,
nothing published, its pending rows discarded when the store answers, else by the next
run's settlement); it never commits a partial export. SIGTERM ends the run as Ctrl-C
does: at the next safe point, uncommitted (exit 143; 130 for Ctrl-C).

Local worker processes are started by :mod:`newscrawl.cluster.launch`; the checks of the
handed-in files and the commit record are in :mod:`newscrawl.cluster.publish`.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from newscrawl.cluster.keys import RunKeys
from newscrawl.cluster.launch import Options, Worker, spawn
from newscrawl.cluster.publish import ClusterError, StoreParticipant, handed_in, run_record
from newscrawl.cluster.queue import RunControl, connect
from newscrawl.cluster.report import ClusterReport
from newscrawl.commit import LIVE, RECORD, RunCommit, run_stamp, staging_dir
from newscrawl.durable import drop_folder, hold_lock, kill_point, write_json_atomic
from newscrawl.runlock import RunLock, WaitStopped, _Stop, _stoppable
from newscrawl.state import StateError

logger = logging.getLogger(__name__)


class Terminated(Exception):
    """SIGTERM (systemd's stop, ``kill``): the run ends uncommitted, like after Ctrl-C."""


class Coordinator:
    """One distributed run of one site (see the module)."""

    def __init__(self, options: Options, report: ClusterReport) -> None:
        self.o = options
        self.report = report
        self.site = report.site
        self.run = run_stamp(datetime.now(UTC))
        self.keys = RunKeys(self.site, self.run)
        self.server = connect(options.redis)
        self.control = RunControl(self.server, self.keys)
        self.commit = RunCommit(report.crawler)
        self.commit.site, self.commit.run = self.site, self.run
        self.store: Any = None
        self.lock: RunLock | None = None
        self.live_fd: int | None = None
        self.workers: dict[str, Worker] = {}
        self.restarts = 0
        self.seeded = 0
        self.requeued = 0
        self.terminated = False
        # False until Redis answered: a run that never reached it has no keys to delete
        # (and trying again would only add a warning to the one line that it failed).
        self.redis_reached = False

    def terminate(self, signum: int = 0, frame: object = None) -> None:
        """(Signal handler) Stop at the next safe point: never in the middle of a Redis or
        PostgreSQL call, never past the commit point."""
        self.terminated = True

    def check_terminated(self) -> None:
        if self.terminated:
            raise Terminated("newscrawl cluster: terminated (SIGTERM)")

    @property
    def run_id(self) -> str:
        return f"{self.site}:{self.run}"

    @property
    def site_dir(self) -> Path:
        return Path(self.o.output) / self.site

    # -- start ---------------------------------------------------------------------------
    def start(self, requests: list[Any], spider: Any) -> None:
        """Locks, settlement, the run's keys and seeds. Raises StateError/ClusterError."""
        from newscrawl.state import open_store  # noqa: PLC0415 - psycopg imported lazily

        self.store = open_store(self.o.state, busy_timeout=5)
        if not hasattr(self.store, "lock_site"):
            raise ClusterError(
                f"newscrawl cluster: --state {self.o.state} is not shared by "
                "the workers: give a postgresql:// URL"
            )
        try:
            # SIGTERM/SIGINT end a --lock-wait at once, as they end the local lock's wait.
            with _stoppable() if self.o.lock_wait > 0 else contextlib.nullcontext():
                self.store.lock_site(self.site, self.o.lock_wait)
        except _Stop:
            where = _safe(self.o.state)
            raise WaitStopped(self.site, where, "its lock in the state store") from None
        self.site_dir.mkdir(parents=True, exist_ok=True)
        self.lock = RunLock([self.site_dir], site=self.site)
        self.lock.acquire(self.o.lock_wait)
        try:
            self.server.ping()
        except Exception as exc:
            raise ClusterError(
                f"newscrawl cluster: Redis {_safe(self.o.redis)} is not reachable ({exc})"
            ) from exc
        self.redis_reached = True
        if not self.commit.settle(StoreParticipant(self.store)):
            raise ClusterError(f"newscrawl cluster: {self.commit.blocked}")
        self.drop_stale_keys()
        folder = staging_dir(self.site_dir, self.run)
        folder.mkdir(parents=True, exist_ok=True)
        self.live_fd = hold_lock(folder / LIVE)
        self.control.begin()
        self.beat()
        self.seeded = self.control.seed(spider, requests)
        logger.info("Run %s: %d start request(s) queued", self.run_id, self.seeded)

    def drop_stale_keys(self) -> None:
        """Redis keys of earlier runs of the site: the runs this coordinator has just
        settled (its own deployment's, killed: their coordinator's lease may not have run
        out yet) and every run whose coordinator is gone (its lease ran out). A run whose
        coordinator still holds its lease and that is not ours to settle is live: another
        deployment (its own output and state) crawling a site of the same name here."""
        prefix = f"newscrawl:{self.site}:"
        settled = {str(r["runId"]).split(":", 1)[1] for r in self.commit.settled_runs}
        runs: dict[str, list[bytes]] = {}
        for key in self.server.scan_iter(match=prefix + "*", count=500):
            run = key.decode().removeprefix(prefix).split(":", 1)[0]
            if run != self.run:
                runs.setdefault(run, []).append(key)
        stale = [
            key
            for run, keys in runs.items()
            if run in settled or not self.server.exists(RunKeys(self.site, run).coordinator)
            for key in keys
        ]
        if stale:
            self.server.delete(*stale)
            logger.warning("Deleted %d Redis key(s) of earlier runs of %s", len(stale), self.site)

    def beat(self) -> None:
        self.server.set(self.keys.coordinator, b"1", px=int(self.o.lease * 1000))

    # -- workers -------------------------------------------------------------------------
    @property
    def log_dir(self) -> Path:
        return self.site_dir / "_logs"

    def spawn(self, name: str) -> None:
        self.workers[name] = spawn(self.o, self.run, self.log_dir, name)

    def start_workers(self) -> None:
        for number in range(1, self.o.workers + 1):
            self.spawn(f"w{number}")

    def external(self) -> None:
        """Workers started elsewhere that registered in Redis."""
        for name in self.control.registered():
            if name not in self.workers:
                self.workers[name] = Worker(name)
                logger.info("Worker %s joined", name)

    def statuses(self) -> dict[str, tuple[str, dict[str, Any] | None]]:
        return dict(self.store.workers(self.run_id))

    def watch(self) -> None:
        """Until every worker has handed its files in after the close flag."""
        closing = False
        while True:
            time.sleep(self.o.poll)
            self.check_terminated()
            self.control.check()
            self.beat()
            self.external()
            statuses = self.statuses()
            for worker in list(self.workers.values()):
                if worker.done:
                    continue
                status = statuses.get(worker.name, ("", None))[0]
                alive = self.control.alive(worker.name)
                worker.seen_alive = worker.seen_alive or alive
                ended = worker.proc is not None and worker.proc.poll() is not None
                if status == "done" and (worker.proc is None or ended):
                    worker.done = True
                    continue
                mute = worker.proc is not None and not worker.seen_alive and not ended
                if mute and time.monotonic() - worker.started > self.o.startup:
                    why = f"no heartbeat within {self.o.startup:g} s of its start"
                    if self.bury(worker, why):
                        closing = False
                    continue
                if ended or (worker.seen_alive and not alive):
                    why = "its process ended" if ended else "its lease ran out"
                    if self.bury(worker, why):
                        closing = False  # its share is back on the queue
            live = [w.name for w in self.workers.values() if not w.done]
            if not live and closing:
                return
            if not live and not self.workers:
                continue  # --workers 0: waiting for the first one
            if not live:
                raise ClusterError("newscrawl cluster: no worker is left to finish the run")
            if not closing and self.control.finish_if_done(live):
                closing = True
                logger.info("Run %s: queue empty, every worker idle: closing", self.run_id)

    def bury(self, worker: Worker, why: str) -> bool:
        """A worker died before handing its files in: fence it, redo its share (True).
        False when it had handed them in after all."""
        worker.kill()
        fenced = self.store.fence_worker(self.run_id, worker.name)
        status = self.statuses().get(worker.name, ("", None))[0]
        if status == "done" and not fenced:
            worker.done = True  # it handed its files in just before it ended
            return False
        taken = self.control.requeue(worker.name)
        self.control.reopen()
        drop_folder_keep_parent(staging_dir(self.site_dir, self.run) / worker.name)
        del self.workers[worker.name]
        self.requeued += taken
        self.report.crawler.stats.inc_value("newscrawl/cluster/workers_lost")
        logger.error(
            "Worker %s lost (%s): fenced, %d request(s) it took queued again",
            worker.name,
            why,
            taken,
        )
        if worker.proc is None:
            return True  # started elsewhere: whoever started it restarts it
        if self.restarts >= self.o.max_restarts:
            raise ClusterError(
                f"newscrawl cluster: {self.restarts + 1} workers lost "
                f"(--max-restarts {self.o.max_restarts}); run failed"
            )
        self.restarts += 1
        self.spawn(f"w{self.o.workers + self.restarts}")
        return True

    # -- end -----------------------------------------------------------------------------
    def commit_run(self) -> dict[str, Any]:
        """Check every handed-in file, write the commit record, publish, promote."""
        self.check_terminated()
        folder = staging_dir(self.site_dir, self.run)
        files, records = handed_in(folder, self.statuses())
        self.report.add_workers(records)  # before the commit point: nothing can fail after
        kill_point("prepared")
        record = run_record(self.site, self.run, files, records)
        write_json_atomic(folder / RECORD, record, step="record")
        kill_point("committed")
        self.commit.outcome = "committed"
        try:
            self.commit._finish(self.run, record)
        except Exception as exc:  # past the commit point: the next run finishes it
            self.commit.outcome = "unfinished"
            logger.error(
                "Run %s committed but not finished (%r): the next run of %s finishes it",
                self.run_id,
                exc,
                self.site,
            )
        return record

    def fail(self, line: str, outcome: str = "failed") -> None:
        """Nothing of the run is published; its pending state is discarded if the store
        still answers (else the next run's settlement discards it). *outcome*
        "interrupted" (Ctrl-C, SIGTERM): the run log says interrupted, not failed."""
        if (staging_dir(self.site_dir, self.run) / RECORD).exists():
            logger.error("%s; run %s is committed: the next run finishes it", line, self.run_id)
            return
        self.commit.outcome = outcome
        logger.error("%s; run %s NOT committed, nothing of it was published", line, self.run_id)
        self.stop_workers()
        try:
            self.store.discard(self.run_id)
        except Exception as exc:
            logger.error(
                "Pending state of run %s not discarded (%s): the next run discards it",
                self.run_id,
                exc,
            )
        drop_folder(staging_dir(self.site_dir, self.run))

    def stop_workers(self) -> None:
        for worker in self.workers.values():
            worker.kill()

    def close(self) -> None:
        """Release everything (Redis keys of a committed or failed run included)."""
        self.stop_workers()
        steps = [self.control.delete] if self.redis_reached else []
        for step in (*steps, self._close_store):
            try:
                step()
            except Exception as exc:
                logger.warning("Run %s: cleanup step failed (%s)", self.run_id, exc)
        if self.live_fd is not None:
            os.close(self.live_fd)
            self.live_fd = None
        if self.lock is not None:
            self.lock.release()

    def _close_store(self) -> None:
        if self.store is not None:
            self.store.close()


def drop_folder_keep_parent(folder: Path) -> None:
    """Remove a worker's staging folder (the run's folder stays)."""
    shutil.rmtree(folder, ignore_errors=True)


def _safe(url: str) -> str:
    """A URL without its password, for messages."""
    return url.rsplit("@", 1)[-1] if "@" in url else url


__all__ = ["ClusterError", "Coordinator", "Options", "StateError", "Terminated"]
