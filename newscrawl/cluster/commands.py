"""``newscrawl cluster`` (coordinate a distributed run) and ``newscrawl worker`` (one
worker of it, on any machine). Registered by :mod:`newscrawl.cli`.

Exit status of ``cluster``: 0 committed and every check passed; 2 a check failed, or the
run could not be committed (a worker lost too often, Redis or PostgreSQL lost: nothing
published); 1 it could not start (state refused or busy, Redis unreachable, bad options);
130 interrupted by Ctrl-C (SIGINT), 143 by SIGTERM (128 + the signal, as a shell reports
it): nothing published either, the next run redoes the work.
``worker``: 0 its files were handed in; 2 not (fenced, or the run failed); 1 it could not
start.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import socket
import sys
from collections.abc import Callable
from typing import Any

from scrapy.exceptions import NotConfigured
from scrapy.spiderloader import get_spider_loader

from newscrawl.cluster.keys import check_worker_id
from newscrawl.cluster.worker import parse_stamp
from newscrawl.commands.crawl import add_spider_options, check_spider, name_values
from newscrawl.offline import project_settings
from newscrawl.spiders.base import SpiderArgumentError

logger = logging.getLogger(__name__)


def add_commands(command: Callable[[str, str], argparse.ArgumentParser]) -> None:
    """Add the two commands to ``newscrawl``'s parser (*command* makes a subparser)."""
    cluster = command("cluster", "run a distributed crawl of one site: seed, workers, commit")
    _common(cluster)
    cluster.add_argument(
        "--workers",
        type=int,
        default=2,
        metavar="N",
        help="local worker processes; 0: wait for workers started "
        "elsewhere with newscrawl worker (default: %(default)s)",
    )
    cluster.add_argument(
        "--max-restarts",
        type=int,
        default=3,
        metavar="N",
        help="lost workers replaced before the run fails (default: %(default)s)",
    )
    cluster.add_argument(
        "--startup-timeout",
        type=float,
        default=60.0,
        metavar="SECONDS",
        help="a local worker with no heartbeat this long after its start is "
        "taken for lost and replaced (default: %(default)s)",
    )
    cluster.add_argument(
        "--lock-wait",
        type=float,
        default=0.0,
        metavar="SECONDS",
        help="wait this long for another run of the site (default: 0)",
    )
    cluster.set_defaults(func=cmd_cluster)
    worker = command("worker", "run one worker of a distributed crawl (any machine)")
    _common(worker)
    worker.add_argument(
        "--run", required=True, metavar="RUN", help="the run stamp newscrawl cluster printed"
    )
    worker.add_argument("--id", metavar="WORKER", help="worker id (default: host-pid)")
    worker.set_defaults(func=cmd_worker)


def _common(parser: argparse.ArgumentParser) -> None:
    env = os.environ.get
    parser.add_argument("--site", required=True, metavar="SPIDER", help="spider: dawn, generic")
    parser.add_argument(
        "--redis",
        default=env("NEWSCRAWL_CLUSTER_REDIS", "redis://127.0.0.1:6379/0"),
        metavar="URL",
        help="private Redis (default: $NEWSCRAWL_CLUSTER_REDIS or %(default)s)",
    )
    parser.add_argument(
        "--state",
        default=env("NEWSCRAWL_STATE", ""),
        metavar="URL",
        help="shared state: postgresql://… (default: $NEWSCRAWL_STATE)",
    )
    parser.add_argument(
        "--output",
        default="output",
        metavar="DIR",
        help="export folder, shared by every worker (default: %(default)s)",
    )
    parser.add_argument(
        "--lease",
        type=float,
        default=15.0,
        metavar="SECONDS",
        help="a worker silent this long is taken for dead (default: %(default)s)",
    )
    add_spider_options(
        parser, "spider argument (base_url, start_urls, …)", "Scrapy setting, for every worker"
    )


class Refused(Exception):
    """Bad options: one line, exit status."""

    def __init__(self, line: str, status: int) -> None:
        super().__init__(line)
        self.status = status


def _pairs(values: list[str], flag: str) -> dict[str, str]:
    try:
        return name_values(values, flag)
    except ValueError as exc:
        raise Refused(str(exc), 2) from None


def _spider(args: argparse.Namespace) -> tuple[type[Any], dict[str, str], dict[str, str]]:
    spider_args, settings = _pairs(args.arg, "-a"), _pairs(args.set, "-s")
    try:
        spidercls = check_spider(get_spider_loader(project_settings()), args.site, spider_args)
    except SpiderArgumentError as exc:  # an unknown spider too
        raise Refused(str(exc), exc.status) from None
    if not args.state.startswith(("postgresql://", "postgres://")):
        raise Refused(
            "--state must be a postgresql:// URL shared by every worker (or set NEWSCRAWL_STATE)",
            2,
        )
    if args.lease <= 0:
        raise Refused("--lease must be positive", 2)
    return spidercls, spider_args, settings


def cmd_cluster(args: argparse.Namespace) -> int:
    try:
        spidercls, spider_args, settings = _spider(args)
        if args.workers < 0 or args.max_restarts < 0:
            raise Refused("--workers and --max-restarts take a number >= 0", 2)
        if args.startup_timeout <= 0:
            raise Refused("--startup-timeout must be positive", 2)
    except Refused as exc:
        print(f"newscrawl cluster: {exc}", file=sys.stderr)
        return exc.status
    logging.basicConfig(
        level=settings.get("LOG_LEVEL", "INFO"),
        stream=sys.stderr,
        format="%(asctime)s [%(name)s] %(levelname)s: %(message)s",
    )
    from newscrawl.cluster.run import run_cluster  # noqa: PLC0415 - redis, psycopg: lazily

    return run_cluster(args, spidercls, spider_args, settings)


def cmd_worker(args: argparse.Namespace) -> int:
    try:
        _, spider_args, settings = _spider(args)
        name = args.id or f"{socket.gethostname()}-{os.getpid()}".replace(".", "-")
        check_worker_id(name)
        parse_stamp(args.run)
    except (Refused, ValueError) as exc:
        print(f"newscrawl worker: {exc}", file=sys.stderr)
        return getattr(exc, "status", 2)
    from newscrawl.crawl import crawl  # noqa: PLC0415

    settings.update(
        {
            "NEWSCRAWL_OUTPUT_DIR": args.output,
            "NEWSCRAWL_STATE": args.state,
            "NEWSCRAWL_CLUSTER_REDIS": args.redis,
            "NEWSCRAWL_CLUSTER_RUN": args.run,
            "NEWSCRAWL_CLUSTER_WORKER": name,
            "NEWSCRAWL_CLUSTER_LEASE": str(args.lease),
        }
    )
    try:
        summary = crawl(args.site, settings=dict(settings), **spider_args)
    except (NotConfigured, ValueError) as exc:
        print(f"newscrawl worker: {exc}", file=sys.stderr)
        return 1
    if summary.stats.get("newscrawl/cluster/handed_in"):
        return 0
    print(
        f"newscrawl worker: {name} did not hand its files in (see the log above)", file=sys.stderr
    )
    return 2


def start_requests(spider: Any) -> list[Any]:
    """The spider's own start requests (what a single-process crawl would start with)."""

    async def collect() -> list[Any]:
        return [request async for request in spider.start()]

    return asyncio.run(collect())
