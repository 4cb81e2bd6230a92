"""What ``newscrawl cluster`` was asked for, and the local worker processes it starts.

A local worker is ``scrapy crawl <spider>`` with the run's settings (Redis, state, run
stamp, worker id, lease), its log in ``<output>/<site>/_logs/<run>-<worker>.log``. A
worker started elsewhere has no process here: only its Redis registration is known.
"""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

logger = logging.getLogger(__name__)


@dataclass
class Options:
    """What ``newscrawl cluster`` was asked for."""

    spider: str
    workers: int
    redis: str
    state: str
    output: str = "output"
    spider_args: dict[str, str] = field(default_factory=dict)
    settings: dict[str, str] = field(default_factory=dict)
    max_restarts: int = 3
    lease: float = 15.0
    startup: float = 60.0
    lock_wait: float = 0.0
    poll: float = 0.2


@dataclass
class Worker:
    name: str
    proc: subprocess.Popen[bytes] | None = None  # None: started elsewhere
    seen_alive: bool = False
    done: bool = False
    started: float = field(default_factory=time.monotonic)

    def kill(self) -> None:
        """SIGKILL a local worker still running (a stopped one too) and reap it."""
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait()


def worker_command(options: Options, run: str, log_dir: Path, name: str) -> list[str]:
    args = [sys.executable, "-m", "scrapy", "crawl", options.spider]
    for key, value in options.spider_args.items():
        args += ["-a", f"{key}={value}"]
    settings = {
        **options.settings,
        "NEWSCRAWL_OUTPUT_DIR": options.output,
        "NEWSCRAWL_STATE": options.state,
        "NEWSCRAWL_CLUSTER_REDIS": options.redis,
        "NEWSCRAWL_CLUSTER_RUN": run,
        "NEWSCRAWL_CLUSTER_WORKER": name,
        "NEWSCRAWL_CLUSTER_LEASE": str(options.lease),
        "LOG_FILE": str(log_dir / f"{run}-{name}.log"),
    }
    for key, value in settings.items():
        args += ["-s", f"{key}={value}"]
    return args


def spawn(options: Options, run: str, log_dir: Path, name: str) -> Worker:
    """Start local worker *name* of *run*."""
    log_dir.mkdir(parents=True, exist_ok=True)
    env = {
        **os.environ,
        "SCRAPY_SETTINGS_MODULE": os.environ.get("SCRAPY_SETTINGS_MODULE", "newscrawl.settings"),
    }
    env.pop("NEWSCRAWL_TEST_KILL_AT", None)  # the coordinator's fault, not the workers'
    if env.pop("NEWSCRAWL_TEST_KILL_WORKER", None) == name:  # tests: this worker's fault
        env["NEWSCRAWL_TEST_KILL_AT"] = env.pop("NEWSCRAWL_TEST_KILL_WORKER_AT", "")
    command = worker_command(options, run, log_dir, name)
    proc = subprocess.Popen(command, env=env, stdin=subprocess.DEVNULL)
    logger.info("Worker %s started (pid %d)", name, proc.pid)
    return Worker(name, proc)
