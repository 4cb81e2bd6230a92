"""One crawl of a site per output at a time: an OS lock held for the whole crawl.

Two crawls of one site into one output at once would both read the same committed state
and both export what is new to it: every new article twice. :class:`RunLock` takes an
exclusive ``flock`` on a lock file (``newscrawl.lock``) in the site's export folder (and
in the state store's folder, when that is elsewhere) before the state is opened, and
holds it until the crawl has ended. The kernel lets go of it when the process dies, even
by SIGKILL: there is no stale lock to clean up and no pid to second-guess. The pid and
start time written into the file are only there to name the holder in the message.

A second crawl exits at once with one line, or first waits up to
``NEWSCRAWL_LOCK_WAIT`` seconds (0: no waiting) for the running one to end; SIGINT or
SIGTERM ends the wait (and the crawl) at once.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import logging
import os
import signal
import socket
import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from types import FrameType

from newscrawl.state import StateError

logger = logging.getLogger(__name__)

LOCK_NAME = "newscrawl.lock"
#: How often a waiting crawl tries the lock again (seconds).
POLL_INTERVAL = 0.2


class CrawlRunning(StateError):
    """Another crawl of the same site holds the output's lock."""

    reason = "crawl_running"

    def __init__(self, site: str, folder: str | Path, holder: str, waited: float) -> None:
        gave_up = f"gave up after waiting {waited:g} s; " if waited else ""
        line = f"newscrawl: another crawl of {site} is running on {folder} ({holder}); "
        super().__init__(f"{line}{gave_up}exiting", where=folder, problem=holder)


class LockUnavailable(StateError):
    """The lock file cannot be created or locked (a read-only output, say)."""

    reason = "lock_failed"

    def __init__(self, path: Path, error: OSError) -> None:
        super().__init__(f"newscrawl: cannot lock {path} ({error.strerror}); nothing was"
                         " crawled", where=path, problem=str(error.strerror))  # fmt: skip


class WaitStopped(StateError):
    """The crawl was told to stop (SIGINT, SIGTERM) while it waited for the lock."""

    reason = "shutdown"

    def __init__(self, site: str, folder: str | Path, holder: str) -> None:
        line = f"newscrawl: stopped while waiting for the other crawl of {site} on {folder}"
        super().__init__(f"{line} ({holder}); exiting", where=folder, problem=holder)


class _Stop(BaseException):
    """Raised by the signal handler while waiting: a BaseException, like KeyboardInterrupt,
    so that no ``except Exception`` on the way (logging's own, say) swallows it."""


@contextmanager
def _stoppable() -> Iterator[None]:
    """SIGINT/SIGTERM end a wait at once (Scrapy's own handlers would only ask the event
    loop to stop, and the loop is blocked until the wait ends)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def stop(signum: int, frame: FrameType | None) -> None:
        raise _Stop

    previous = {sig: signal.signal(sig, stop) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def holder(path: Path) -> str:
    """Who holds the lock at *path*, as written by the holder."""
    try:
        info = json.loads(path.read_text("utf-8"))
        return f"pid {info['pid']} on {info['host']}, since {info['since']}"
    except (OSError, ValueError, KeyError, TypeError):
        return "holder unknown"


class RunLock:
    """Exclusive locks on ``newscrawl.lock`` in each of *folders* (taken in path order,
    so that two crawls never hold one each and wait for the other)."""

    def __init__(self, folders: Iterable[str | Path], *, site: str) -> None:
        # One lock per folder (however it is spelled), named in messages as it was given.
        unique: dict[Path, Path] = {}
        for folder in folders:
            unique.setdefault(Path(folder).resolve(), Path(folder) / LOCK_NAME)
        self.paths = [unique[key] for key in sorted(unique)]
        self.site = site
        self.fds: list[int] = []

    def acquire(self, wait: float = 0.0) -> None:
        """Take every lock, waiting up to *wait* seconds; raise :class:`CrawlRunning`."""
        deadline = time.monotonic() + wait
        path = self.paths[0]
        try:
            with _stoppable() if wait > 0 else contextlib.nullcontext():
                for path in self.paths:
                    self.fds.append(self._take(path, deadline, wait))
        except _Stop:
            self.release()
            raise WaitStopped(self.site, path.parent, holder(path)) from None
        except BaseException:
            self.release()
            raise

    def _take(self, path: Path, deadline: float, wait: float) -> int:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            # Never truncated on open: the holder's pid stays readable to the others.
            fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
        except OSError as exc:
            raise LockUnavailable(path, exc) from exc
        waiting = False
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    os.close(fd)
                    raise CrawlRunning(self.site, path.parent, holder(path), wait) from None
                if not waiting:
                    logger.info("Waiting up to %g s for the other crawl of %s on %s (%s)",
                                wait, self.site, path.parent, holder(path))  # fmt: skip
                    waiting = True
                try:
                    time.sleep(min(POLL_INTERVAL, max(0.0, deadline - time.monotonic())))
                except _Stop:
                    os.close(fd)
                    raise
            except OSError as exc:
                os.close(fd)
                raise LockUnavailable(path, exc) from exc
        since = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        info = {"pid": os.getpid(), "host": socket.gethostname(), "since": since,
                "site": self.site}  # fmt: skip
        os.ftruncate(fd, 0)
        os.pwrite(fd, (json.dumps(info) + "\n").encode("utf-8"), 0)
        return fd

    def release(self) -> None:
        """Let go of every lock held (the files stay: removing one would race a waiter)."""
        for fd in reversed(self.fds):
            os.close(fd)  # closing the only descriptor releases its flock
        self.fds = []

    @property
    def held(self) -> bool:
        return bool(self.fds) and len(self.fds) == len(self.paths)
