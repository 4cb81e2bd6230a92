"""The flow of ``newscrawl cluster`` (see :mod:`newscrawl.cluster.coordinator`)."""

from __future__ import annotations

import argparse
import logging
import signal
import sys
from typing import Any

import redis

from newscrawl.cluster.coordinator import ClusterError, Coordinator, Options, Terminated
from newscrawl.cluster.report import ClusterReport
from newscrawl.cluster.worker import parse_stamp
from newscrawl.offline import project_settings
from newscrawl.state import StateError

logger = logging.getLogger(__name__)


def run_cluster(
    args: argparse.Namespace,
    spidercls: type[Any],
    spider_args: dict[str, str],
    settings: dict[str, str],
) -> int:
    """Create, seed, watch and commit one run; the exit status."""
    from newscrawl.cluster.commands import start_requests  # noqa: PLC0415 - cycle

    options = Options(
        spider=args.site,
        workers=args.workers,
        redis=args.redis,
        state=args.state,
        output=args.output,
        spider_args=spider_args,
        settings=settings,
        max_restarts=args.max_restarts,
        lease=args.lease,
        startup=args.startup_timeout,
        lock_wait=args.lock_wait,
    )
    spider = spidercls(**spider_args)
    project = project_settings({**settings, "NEWSCRAWL_OUTPUT_DIR": args.output})
    report = ClusterReport(spidercls, project, spider)
    coordinator = Coordinator(options, report)
    setattr(report.crawler, "_newscrawl_commit", coordinator.commit)  # noqa: B010
    setattr(spider, "run_started", parse_stamp(coordinator.run))  # noqa: B010
    stats = report.stats
    # SIGTERM (systemd's stop, kill) ends the run as Ctrl-C does, at the next safe point.
    previous = signal.signal(signal.SIGTERM, coordinator.terminate)
    try:
        try:
            coordinator.start(start_requests(spider), spider)
        except (StateError, ClusterError, redis.RedisError) as exc:
            line = (
                str(exc)
                if not isinstance(exc, redis.RedisError)
                else (f"newscrawl cluster: Redis failed ({exc})")
            )
            print(line, file=sys.stderr)
            stats.set_value(
                "newscrawl/monitors/failed_checks", [{"name": "start", "message": line}]
            )
            record = report.finish(getattr(exc, "reason", "cluster_refused"), monitors=False)
            return 1
        print(
            f"newscrawl cluster: run {coordinator.run_id} ({coordinator.seeded} start "
            f"requests); workers join with: newscrawl worker --site {args.site} --run "
            f"{coordinator.run} --redis URL --state URL --output {args.output}",
            file=sys.stderr,
            flush=True,
        )
        try:
            coordinator.check_terminated()
            coordinator.start_workers()
            coordinator.watch()
            coordinator.commit_run()
        except Terminated as exc:  # nothing published, the next run redoes it
            print(exc, file=sys.stderr)
            coordinator.fail(str(exc), "interrupted")
            report.finish("shutdown", monitors=False)
            return 143
        except Exception as exc:  # Redis, PostgreSQL, a worker lost too often: no commit
            line = (
                str(exc)
                if isinstance(exc, ClusterError)
                else (f"newscrawl cluster: run failed ({type(exc).__name__}: {exc})")
            )
            print(line, file=sys.stderr)
            coordinator.fail(line)
            stats.set_value("newscrawl/commit/failed", 1)
            stats.set_value(
                "newscrawl/monitors/failed_checks", [{"name": "cluster", "message": line}]
            )
            report.finish("cluster_failed", monitors=False)
            return 2
        except KeyboardInterrupt:  # Ctrl-C: nothing published, the next run redoes it
            print("newscrawl cluster: interrupted", file=sys.stderr)
            coordinator.fail("newscrawl cluster: interrupted", "interrupted")
            report.finish("shutdown", monitors=False)
            return 130
        record = report.finish("finished", monitors=True)
    finally:
        coordinator.close()
        signal.signal(signal.SIGTERM, previous)
    print(summary(coordinator, record))
    failed = record.get("failedChecks") or []
    for check in failed:
        print(f"FAILED CHECK {check['name']}: {check['message']}", file=sys.stderr)
    return 2 if failed or record.get("status") != "ok" else 0


def summary(coordinator: Coordinator, record: dict[str, Any]) -> str:
    articles = record.get("articles", {})
    rows = [
        ("run", coordinator.run_id),
        ("workers (lost and replaced)", f"{coordinator.report.workers} ({coordinator.restarts})"),
        ("requests queued again", coordinator.requeued),
        ("pages fetched", record.get("pages", {}).get("fetched", 0)),
        ("articles exported", articles.get("exported", 0)),
        (
            "  new / updated / unchanged",
            f"{articles.get('new', 0)} / {articles.get('updated', 0)}"
            f" / {articles.get('unchanged', 0)}",
        ),
        ("sidebar items exported", record.get("sidebarItems", 0)),
        ("status", record.get("status")),
    ]
    width = max(len(name) for name, _ in rows)
    out = [f"{name.ljust(width)}  {value}" for name, value in rows]
    out += [
        f"{kind} files".ljust(width) + f"  {e['path']}"
        for kind, e in record.get("exports", {}).items()
    ]
    return "\n".join(out)
