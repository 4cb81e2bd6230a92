"""A run's commit: every export file of a run appears, with its state, or none does.

A run (id ``<site>:<run stamp>``) writes into its site folder ``<NEWSCRAWL_OUTPUT_DIR>/<site>``:

1. **Staging.** Each export file is written as ``.staging/<run>/<final name>``; what the run
   exports is recorded in the state store as *pending* under the run id.
2. **Complete.** When its feed closes, each file is flushed, fsynced and closed; the last
   pending state is written (the state participant's ``prepare``).
3. **Commit point.** The commit record ``.staging/<run>/COMMIT.json`` is written atomically
   (temporary file, fsync, rename, fsync of the folder). It lists every file of the run
   (staging name, final path, record count, bytes, SHA-256). Before the rename the run has
   not happened; after it, the run has happened, whatever follows.
4. **Publish.** Every file is renamed to its final name; the folders are fsynced.
5. **Promote.** The run's pending state becomes the committed state, all kinds in one
   transaction.
6. **Finish.** The record becomes the run's marker ``_runs/<run>.json`` (what was
   published, with counts and hashes: a ``_SUCCESS`` file per run) and the staging folder
   is removed.

**Settlement.** Before the next run of the site crawls, every staging folder of another
run is settled *as a whole*: with a commit record, steps 4–6 are finished (renames not yet
done are done, the pending state is promoted); without one, the folder is deleted and the
run's pending state discarded, so its records are exported again by the new run. A pending
run with no staging folder is promoted if its marker exists and discarded otherwise.
Hidden ``.<name>.part`` files of the earlier protocol are removed. Every step is idempotent,
so a run killed while settling is settled again by the next. A run holds an ``flock`` on
``.staging/<run>/RUNNING.lock`` while it lives (the kernel drops it when the process dies):
a folder whose lock is held belongs to a live crawl of the same site and output, and is
never settled; the new run stops instead, publishes nothing and exits 2.

The record lists N files, so a run of N workers (or batches) commits the same way.

**Fault injection (tests only).** ``NEWSCRAWL_TEST_KILL_AT=<step>[:<n>]`` makes the process
SIGKILL itself the *n*-th time (default 1st) it reaches *step*, in the order a run meets
them: ``item`` (an item passed the pipelines), ``state_staged`` (the pipelines wrote the
last pending rows), ``stored`` (a file complete under its staging name), ``prepared`` (all
files stored, state durable), ``record`` (the record written, not yet renamed),
``committed``, ``published`` (a file renamed into place), ``promoted``, ``finished``,
``runlog`` (the run-log line written); and ``settle_published`` (a rename while settling
an earlier run). See :mod:`newscrawl.durable`.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol

from scrapy import Spider, signals
from scrapy.crawler import Crawler

from newscrawl.durable import (
    KILL_ENV,
    digest,
    drop_folder,
    hold_lock,
    kill_point,
    publish,
    write_json_atomic,
)
from newscrawl.sites import spider_site

logger = logging.getLogger(__name__)

STAGING = ".staging"
RECORD = "COMMIT.json"
LIVE = "RUNNING.lock"  # flock held by the run while it lives: never settle a live run
MARKERS = "_runs"


def run_stamp(moment: datetime) -> str:
    """A run's stamp: UTC to the millisecond, safe in file names (``20250620T120000123Z``)."""
    moment = moment.astimezone(UTC)
    return moment.strftime("%Y%m%dT%H%M%S") + f"{moment.microsecond // 1000:03d}Z"


def staging_dir(site_dir: Path, run: str) -> Path:
    return site_dir / STAGING / run


def marker_path(site_dir: Path, run: str) -> Path:
    """The marker of a committed run (its commit record, kept)."""
    return site_dir / MARKERS / f"{run}.json"


def is_committed(site_dir: Path, run: str) -> bool:
    """True when *run* passed its commit point (finished or still to be settled)."""
    return marker_path(site_dir, run).exists() or (staging_dir(site_dir, run) / RECORD).exists()


class CommitParticipant(Protocol):
    """What commits with the files (the crawl state): two-phase, by run id."""

    def prepare(self) -> None:
        """Make everything the run exported durable as pending (before the commit point)."""

    def promote(self, run_id: str) -> None:
        """Commit every pending row of *run_id* (idempotent)."""

    def discard(self, run_id: str) -> None:
        """Forget every pending row of *run_id* (idempotent)."""

    def pending_runs(self) -> set[str]:
        """Run ids with pending rows."""


@dataclass
class StagedFile:
    """One export file of the run: where it goes, where it is written until then."""

    uri: str
    final: Path
    staged: Path
    store_empty: bool = True
    """False: a feed that exported nothing is not stored by Scrapy, and not published."""
    line_per_record: bool = True
    """JSON lines: the file's line count must equal the records Scrapy exported."""
    stored: bool = False
    items: int | None = None


class RunCommit:
    """The commit of one crawl's files (one per crawler: :meth:`for_crawler`)."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.output_dir = Path(crawler.settings.get("NEWSCRAWL_OUTPUT_DIR", "output"))
        self.site = ""
        self.run = ""
        self.files: list[StagedFile] = []
        self.participant: CommitParticipant | None = None
        self.settled_runs: list[dict[str, Any]] = []
        #: Once the run closed: "committed", "unfinished" (committed, not yet all published
        #: or promoted: the next run finishes it) or "failed" (nothing published).
        self.outcome = ""
        self._settled = False
        self.blocked = ""  # why this run must not commit, found before it crawled
        self._live: int | None = None  # descriptor of this run's LIVE lock
        crawler.signals.connect(self.slot_closed, signals.feed_slot_closed)
        crawler.signals.connect(self.feeds_closed, signals.feed_exporter_closed)
        if os.environ.get(KILL_ENV, "").startswith("item"):
            crawler.signals.connect(self._item_kill, signals.item_scraped)

    @classmethod
    def for_crawler(cls, crawler: Crawler) -> RunCommit:
        commit: RunCommit | None = getattr(crawler, "_newscrawl_commit", None)
        if commit is None:
            if crawler.settings.get("NEWSCRAWL_CLUSTER_WORKER"):
                # A worker of a distributed run hands its files to the run's coordinator.
                from newscrawl.cluster.state import WorkerCommit  # noqa: PLC0415 - cycle

                commit = WorkerCommit(crawler)
            else:
                commit = cls(crawler)
            setattr(crawler, "_newscrawl_commit", commit)  # noqa: B010 - not a Crawler field
        return commit

    @property
    def site_dir(self) -> Path:
        return self.output_dir / self.site

    @property
    def run_id(self) -> str:
        return f"{self.site}:{self.run}"

    def begin(self, spider: Spider) -> None:
        """Name the run (site, UTC start stamp) from its spider."""
        if not self.run:
            self.site = spider_site(spider)
            self.run = run_stamp(spider_started(spider))

    def _item_kill(self, item: Any) -> None:
        kill_point("item")

    # -- staging --------------------------------------------------------------------------
    def stage(self, uri: str, final: Path, spider: Spider, *, store_empty: bool = True,
              line_per_record: bool = True) -> Path:  # fmt: skip
        """Where the export of feed *uri*, bound for *final*, is written until the run
        commits."""
        self.begin(spider)
        if self.participant is None:
            self.settle()  # no state store settles first: settle the files alone
        folder = staging_dir(self.site_dir, self.run)
        if self._live is None:
            folder.mkdir(parents=True, exist_ok=True)
            self._live = hold_lock(folder / LIVE)
        taken = {f.staged.name for f in self.files}
        name = final.name if final.name not in taken else f"{len(self.files)}-{final.name}"
        self.files.append(StagedFile(uri, final, folder / name, store_empty=store_empty,
                                     line_per_record=line_per_record))  # fmt: skip
        return folder / name

    def stored(self, staged: Path) -> None:
        """The staged file is complete on disk."""
        for file in self.files:
            if file.staged == staged:
                file.stored = True
        kill_point("stored")

    def slot_closed(self, slot: Any) -> None:
        """Scrapy's count of the items a feed slot exported, to check against the file."""
        for file in self.files:
            if file.uri == getattr(slot, "uri", None):
                file.items = int(slot.itemcount)

    # -- commit ---------------------------------------------------------------------------
    def feeds_closed(self) -> None:
        """Every feed has closed: commit the run (or refuse to, loudly)."""
        try:
            self._commit()
        finally:
            if self._live is not None:
                os.close(self._live)
                self._live = None

    def _commit(self) -> None:
        if not self.files:
            return
        stats = self.crawler.stats
        assert stats is not None
        problem = self.blocked or self._incomplete()
        if problem is None and not self._settled:
            # The state participant never opened its store and settled (it failed at the
            # start): files without their state would be exported again by the next run.
            problem = "earlier runs were never settled (the state store did not open)"
        if problem is None:
            try:
                if self.participant is not None:
                    self.participant.prepare()
                kill_point("prepared")
                record = self._record()
                problem = _count_mismatch(record)
                if problem is None:
                    write_json_atomic(staging_dir(self.site_dir, self.run) / RECORD, record,
                                      step="record")  # fmt: skip
            except Exception as exc:  # a full disk, a locked state store: never a silent ok
                problem = f"the run could not be prepared for its commit: {exc!r}"
        if problem is not None:
            self.outcome = "failed"
            stats.inc_value("newscrawl/commit/failed")
            logger.error("Run %s NOT committed: %s; nothing of it was published, the next "
                         "run exports its records", self.run_id, problem)  # fmt: skip
            self._discard(self.run)
            return
        kill_point("committed")
        self.outcome = "committed"
        try:
            self._finish(self.run, record)
        except Exception as exc:  # past the commit point: the next run finishes it
            self.outcome = "unfinished"
            stats.inc_value("newscrawl/commit/unfinished")
            logger.error("Run %s committed but not finished (%r): the next run of %s "
                         "finishes it", self.run_id, exc, self.site)  # fmt: skip
            return
        stats.inc_value("newscrawl/commit/committed")
        logger.info("Run %s committed: %s", self.run_id,
                    ", ".join(f"{f['final']} ({f['records']} records)"
                              for f in record["files"]))  # fmt: skip

    def _incomplete(self) -> str | None:
        # A feed Scrapy did not store because it was empty and need not be: not a file.
        self.files = [f for f in self.files if f.stored or f.store_empty
                      or not f.staged.exists() or f.staged.stat().st_size]  # fmt: skip
        missing = [f.final.name for f in self.files if not f.stored or not f.staged.exists()]
        return f"export(s) missing or not stored: {', '.join(missing)}" if missing else None

    def _record(self) -> dict[str, Any]:
        files = []
        for file in self.files:
            lines, size, sha = digest(file.staged)
            records = lines if file.line_per_record else file.items
            files.append({"staged": file.staged.name, "final": self._relative(file.final),
                          "records": records, "bytes": size, "sha256": sha,
                          "exported": file.items if file.line_per_record else None})  # fmt: skip
        return {"runId": self.run_id, "site": self.site, "run": self.run, "files": files}

    def _relative(self, final: Path) -> str:
        try:
            return str(final.resolve().relative_to(self.site_dir.resolve()))
        except ValueError:
            return str(final.resolve())

    def _finish(self, run: str, record: dict[str, Any], *, settling: bool = False) -> None:
        """Steps 4–6 for a committed *run*; each part is idempotent."""
        folder = staging_dir(self.site_dir, run)
        for entry in record["files"]:
            staged, final = folder / entry["staged"], self.site_dir / entry["final"]
            if staged.exists():
                publish(staged, final)
            elif not final.exists():
                assert self.crawler.stats is not None
                self.crawler.stats.inc_value("newscrawl/commit/lost_files")
                logger.error("Committed run %s:%s lost its export %s", self.site, run, final)
            kill_point("settle_published" if settling else "published")
        if self.participant is not None:
            self.participant.promote(f"{self.site}:{run}")
        kill_point("promoted")
        marker = marker_path(self.site_dir, run)
        marker.parent.mkdir(exist_ok=True)
        write_json_atomic(marker, record)
        drop_folder(folder)
        kill_point("finished")

    def _discard(self, run: str) -> None:
        """Forget an uncommitted *run*: its pending state, then its staged files."""
        if self.participant is not None:
            try:
                self.participant.discard(f"{self.site}:{run}")
            except Exception as exc:  # no record, so the next run discards it
                logger.error("Pending state of run %s:%s not discarded (%r): the next run "
                             "discards it", self.site, run, exc)  # fmt: skip
        drop_folder(staging_dir(self.site_dir, run))

    # -- settlement -----------------------------------------------------------------------
    def settle(self, participant: CommitParticipant | None = None) -> bool:
        """Settle every earlier run of this site left unfinished (once per crawl). False
        when one could not be settled: this run then publishes nothing, for it would
        export again what that run exported."""
        if self._settled or not self.run:
            return not self.blocked
        self._settled = True
        if participant is not None:
            self.participant = participant
        try:
            runs: set[str] = set()
            staging = self.site_dir / STAGING
            if staging.is_dir():
                runs |= {p.name for p in staging.iterdir() if p.is_dir()}
            if self.participant is not None:
                prefix = f"{self.site}:"
                runs |= {r[len(prefix) :] for r in self.participant.pending_runs()
                         if r.startswith(prefix)}  # fmt: skip
            for run in sorted(runs - {self.run}):
                self._settle_one(run)
            for part in self.site_dir.glob(".*.part"):  # the earlier protocol's staging files
                part.unlink(missing_ok=True)
        except Exception as exc:
            self.blocked = f"an earlier run could not be settled ({exc!r})"
            assert self.crawler.stats is not None
            self.crawler.stats.inc_value("newscrawl/commit/settle_failed")
            logger.error("Earlier runs of %s could not be settled (%r): run %s stops and "
                         "publishes nothing", self.site, exc, self.run_id)  # fmt: skip
            return False
        return True

    def _settle_one(self, run: str) -> None:
        folder, stats = staging_dir(self.site_dir, run), self.crawler.stats
        assert stats is not None
        held = hold_lock(folder / LIVE) if folder.is_dir() else None
        if folder.is_dir() and held is None:
            # Its process is alive: a second crawl of the site into this folder. Settling
            # it would break it; crawling beside it would export its records twice.
            raise RuntimeError(f"run {self.site}:{run} is still running in {self.site_dir}")
        try:
            self._settle_locked(run, folder)
        finally:
            if held is not None:
                os.close(held)

    def _settle_locked(self, run: str, folder: Path) -> None:
        stats = self.crawler.stats
        assert stats is not None
        record_path = folder / RECORD
        if record_path.exists():
            record = json.loads(record_path.read_text("utf-8"))
            self._finish(run, record, settling=True)
            outcome = "committed"
        elif marker_path(self.site_dir, run).exists():
            # Killed while its staging folder was being removed: already finished.
            if self.participant is not None:
                self.participant.promote(f"{self.site}:{run}")
            drop_folder(folder)
            outcome = "committed"
        else:
            self._discard(run)
            outcome = "discarded"
        stats.inc_value("newscrawl/state/settled_runs")
        stats.inc_value(f"newscrawl/commit/settled_{outcome}")
        self.settled_runs.append({"runId": f"{self.site}:{run}", "outcome": outcome})
        logger.warning("Settled interrupted run %s:%s: %s", self.site, run,
                       "its files were published and its state committed"
                       if outcome == "committed" else
                       "nothing of it was published; its records are exported again")  # fmt: skip


def _count_mismatch(record: dict[str, Any]) -> str | None:
    for entry in record["files"]:
        if entry["exported"] is not None and entry["exported"] != entry["records"]:
            return (f"{entry['final']} holds {entry['records']} lines for "
                    f"{entry['exported']} exported records")  # fmt: skip
    return None


def spider_started(spider: Spider) -> datetime:
    """The spider's run start (``run_started``); set to now on a spider without one, so
    that the feed names, the commit and the JOBDIR guard agree on the run's stamp."""
    started: datetime | None = getattr(spider, "run_started", None)
    if started is None:
        started = datetime.now(UTC)
        setattr(spider, "run_started", started)  # noqa: B010 - not a Spider field
    return started
