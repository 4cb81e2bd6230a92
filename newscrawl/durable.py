"""Durable file steps the run commit is built from, and its fault-injection hook.

Every write that must survive a crash is flushed, fsynced, renamed into place, and its
folder fsynced (a rename is only durable once its directory is).

**Fault injection (tests only).** ``NEWSCRAWL_TEST_KILL_AT=<step>[:<n>]`` makes the process
SIGKILL itself the *n*-th time (default 1st) it reaches *step*; the steps are listed in
:mod:`newscrawl.commit`. ``NEWSCRAWL_TEST_KILL_SIGNAL=INT`` sends SIGINT instead (Scrapy's
graceful stop: a JOBDIR pause at an exact point), ``STOP`` freezes the process alive.
Unset, the hook does nothing; never set it outside tests.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import hashlib
import json
import os
import shutil
import signal
from collections import Counter
from pathlib import Path
from typing import Any

KILL_ENV = "NEWSCRAWL_TEST_KILL_AT"
KILL_SIGNAL_ENV = "NEWSCRAWL_TEST_KILL_SIGNAL"
_reached: Counter[str] = Counter()


def kill_point(step: str) -> None:
    """Fault-injection hook: SIGKILL this process at *step* when ``NEWSCRAWL_TEST_KILL_AT``
    names it (``step`` or ``step:n`` for its *n*-th occurrence). Off when the variable is
    unset; never set it outside tests."""
    wanted = os.environ.get(KILL_ENV)
    if not wanted:
        return
    name, _, nth = wanted.partition(":")
    if name != step:
        return
    _reached[step] += 1
    if _reached[step] == int(nth or 1):
        # Another signal (INT: Scrapy's graceful stop, STOP: frozen alive) when asked.
        sig = getattr(signal, "SIG" + os.environ.get(KILL_SIGNAL_ENV, "KILL"), signal.SIGKILL)
        os.kill(os.getpid(), sig)


def fsync_dir(folder: Path) -> None:
    """Make renames and unlinks in *folder* durable."""
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_json_atomic(path: Path, data: Any, *, step: str = "") -> None:
    """Write *data* to *path* so that the file is either absent or complete."""
    temp = path.with_name(f".{path.name}.tmp")
    with temp.open("wb") as file:
        file.write(json.dumps(data, indent=1, ensure_ascii=False).encode("utf-8"))
        file.flush()
        os.fsync(file.fileno())
    if step:
        kill_point(step)
    os.replace(temp, path)
    fsync_dir(path.parent)


def digest(path: Path) -> tuple[int, int, str]:
    """Lines, bytes and SHA-256 of a file."""
    sha, lines, size = hashlib.sha256(), 0, 0
    with path.open("rb") as file:
        for block in iter(lambda: file.read(1 << 20), b""):
            sha.update(block)
            lines += block.count(b"\n")
            size += len(block)
    return lines, size, sha.hexdigest()


def publish(staged: Path, final: Path) -> None:
    """Rename a staged file to its final path (copy first when on another filesystem)."""
    final.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.replace(staged, final)
    except OSError as exc:
        if exc.errno != errno.EXDEV:  # another filesystem: copy; anything else is an error
            raise
        temp = final.with_name(f".{final.name}.part")
        shutil.copyfile(staged, temp)
        with temp.open("rb+") as file:
            os.fsync(file.fileno())
        os.replace(temp, final)
        staged.unlink()
    fsync_dir(final.parent)


def drop_folder(folder: Path) -> None:
    """Remove a run's staging folder, and ``.staging`` itself once empty."""
    shutil.rmtree(folder, ignore_errors=True)
    with contextlib.suppress(OSError):  # another run's folder is still in it
        folder.parent.rmdir()
    for parent in (folder.parent, folder.parent.parent):
        if parent.exists():
            fsync_dir(parent)
            break


def hold_lock(path: Path) -> int | None:
    """An exclusive ``flock`` on *path* (created), held until its descriptor is closed or
    the process dies (a SIGKILL releases it); None when another process holds it."""
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(fd)
        return None
    return fd
