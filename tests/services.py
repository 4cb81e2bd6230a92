"""Private Redis and PostgreSQL servers for the tests: the real Debian programs
(``redis-server``, PostgreSQL's ``postgres``), each on a free 127.0.0.1 port with its own
data folder, started and stopped by the tests (no system service is used).

``scripts/system-packages.sh`` installs both. A missing program fails the test that needs
it with a line saying what to install; it is never skipped.

PostgreSQL refuses to run as root: as root, the server runs as the ``postgres`` user that
Debian's package creates, in a folder owned by it.
"""

from __future__ import annotations

import os
import pwd
import shutil
import signal
import socket
import subprocess
import time
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass, field
from pathlib import Path


class ServiceError(RuntimeError):
    """A test server could not be started (the message says why)."""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def wait_until(check: Callable[[], bool], timeout: float, what: str) -> None:
    """Poll *check* until it is true; raise :class:`ServiceError` after *timeout* s."""
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            raise ServiceError(f"{what}: not ready after {timeout:g} s")
        time.sleep(0.05)


def _accepts(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.5):
            return True
    except OSError:
        return False


def _program(name: str, *folders: str) -> str:
    found = shutil.which(name) or next(
        (str(Path(f) / name) for f in folders if (Path(f) / name).exists()), None
    )
    if found is None:
        raise ServiceError(f"{name} is not installed (bash scripts/system-packages.sh)")
    return found


@dataclass
class RedisServer:
    """A private ``redis-server`` (no persistence unless *appendonly*)."""

    folder: Path
    port: int = field(default_factory=free_port)
    appendonly: bool = False
    proc: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> RedisServer:
        self.folder.mkdir(parents=True, exist_ok=True)
        args = [
            _program("redis-server"), "--port", str(self.port), "--bind", "127.0.0.1",
            "--dir", str(self.folder), "--save", "", "--protected-mode", "yes",
            "--appendonly", "yes" if self.appendonly else "no", "--daemonize", "no",
            "--logfile", str(self.folder / "redis.log"),
        ]  # fmt: skip
        self.proc = subprocess.Popen(args, stdin=subprocess.DEVNULL)
        wait_until(lambda: self._alive() and _accepts(self.port), 20, "redis-server")
        return self

    def _alive(self) -> bool:
        if self.proc is not None and self.proc.poll() is not None:
            log = (self.folder / "redis.log").read_text(errors="replace")[-800:]
            raise ServiceError(f"redis-server exited with {self.proc.returncode}: {log}")
        return True

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            self.proc.wait(20)
        self.proc = None

    def kill(self) -> None:
        """SIGKILL: what a crash looks like to the clients."""
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(20)
        self.proc = None

    def restart(self) -> None:
        self.stop()
        self.start()


def _descendants(root: int) -> list[int]:
    """Every live process under *root* (children, their children …), from /proc."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            with suppress(OSError):
                # "pid (comm) state ppid …": comm may hold spaces, so split after ")".
                stat = (entry / "stat").read_text()
                parents[int(entry.name)] = int(stat.rsplit(")", 1)[1].split()[1])
    found, todo = [], [root]
    while todo:
        parent = todo.pop()
        children = [pid for pid, ppid in parents.items() if ppid == parent]
        found += children
        todo += children
    return found


def _as_postgres() -> str | None:
    """The user to run PostgreSQL as: None (this user), or ``postgres`` when root."""
    if os.geteuid() != 0:
        return None
    try:
        pwd.getpwnam("postgres")
    except KeyError:
        raise ServiceError(
            "running as root needs the 'postgres' user (Debian postgresql)"
        ) from None
    return "postgres"


def _version(initdb: Path) -> int:
    name = initdb.parent.parent.name
    return int(name) if name.isdigit() else 0


@dataclass
class PostgresServer:
    """A private PostgreSQL cluster (``initdb`` into *folder*, ``postgres`` on a free port)."""

    folder: Path
    port: int = field(default_factory=free_port)
    proc: subprocess.Popen[bytes] | None = None
    databases: int = 0
    durable: bool = False
    """True: fsync and synchronous commits as in production (benchmarks); the tests run
    without them, faster."""

    @property
    def bindir(self) -> str:
        # Debian keeps the server programs in /usr/lib/postgresql/<version>/bin (newest first).
        versions = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), key=_version)
        if versions:
            return str(versions[-1].parent)
        return str(Path(_program("initdb")).parent)

    @property
    def datadir(self) -> Path:
        return self.folder / "data"

    def url(self, database: str = "postgres") -> str:
        user = _as_postgres() or pwd.getpwuid(os.geteuid()).pw_name
        return f"postgresql://{user}@127.0.0.1:{self.port}/{database}"

    def _run(self, *args: str, **kwargs: object) -> subprocess.CompletedProcess[bytes]:
        return subprocess.run(args, user=_as_postgres(), check=True, capture_output=True,
                              **kwargs)  # type: ignore[call-overload]  # fmt: skip

    def start(self) -> PostgresServer:
        user = _as_postgres()
        self.folder.mkdir(parents=True, exist_ok=True)
        if user is not None:
            shutil.chown(self.folder, user)
        if not (self.datadir / "PG_VERSION").exists():
            try:
                self._run(f"{self.bindir}/initdb", "-D", str(self.datadir), "-A", "trust",
                          "-E", "UTF8", "--no-locale", "--no-sync")  # fmt: skip
            except subprocess.CalledProcessError as exc:
                problem = exc.stderr.decode(errors="replace")
                raise ServiceError(f"initdb failed: {problem}") from None
        args = [
            f"{self.bindir}/postgres", "-D", str(self.datadir), "-p", str(self.port),
            "-h", "127.0.0.1", "-k", str(self.folder), "-c", "max_connections=200",
        ]  # fmt: skip
        if not self.durable:
            args += ["-c", "fsync=off", "-c", "synchronous_commit=off",
                     "-c", "full_page_writes=off"]  # fmt: skip
        log = open(self.folder / "postgres.log", "ab")  # noqa: SIM115 - the server's log
        # Its own process group: a kill takes the server's backends with it.
        self.proc = subprocess.Popen(args, user=user, stdin=subprocess.DEVNULL, stdout=log,
                                     stderr=log, start_new_session=True)  # fmt: skip
        log.close()
        wait_until(self._ready, 60, "postgres")
        return self

    def _ready(self) -> bool:
        if self.proc is not None and self.proc.poll() is not None:
            text = (self.folder / "postgres.log").read_text(errors="replace")[-800:]
            raise ServiceError(f"postgres exited with {self.proc.returncode}: {text}")
        ready = subprocess.run(
            [f"{self.bindir}/pg_isready", "-h", "127.0.0.1", "-p", str(self.port)],
            check=False,
            capture_output=True,
        )
        return ready.returncode == 0

    def create_database(self) -> str:
        """A new empty database; its URL."""
        self.databases += 1
        name = f"t{self.databases}_{os.getpid()}"
        self._run(f"{self.bindir}/createdb", "-h", "127.0.0.1", "-p", str(self.port), name)
        return self.url(name)

    def stop(self) -> None:
        """A fast shutdown (clients are disconnected)."""
        if self.proc is not None and self.proc.poll() is None:
            # SIGINT is PostgreSQL's fast shutdown; SIGTERM (smart) waits for every client
            # to disconnect, forever when one is stopped or holds its connection.
            self.proc.send_signal(signal.SIGINT)
            self.proc.wait(60)
        self.proc = None

    def kill(self) -> None:
        """SIGKILL of the server and its backends: a crash; the next start recovers.

        Each backend is a session of its own (PostgreSQL's children call ``setsid``), so
        killing the postmaster's process group leaves them running until they notice its
        death; on a loaded machine one can still answer a query after the "crash". The
        postmaster is stopped first (it forks no new child), then every process under it
        is killed.
        """
        if self.proc is not None and self.proc.poll() is None:
            os.kill(self.proc.pid, signal.SIGSTOP)
            for pid in [*_descendants(self.proc.pid), self.proc.pid]:
                with suppress(ProcessLookupError):
                    os.kill(pid, signal.SIGKILL)
            self.proc.wait(60)
        self.proc = None

    def restart(self) -> None:
        self.stop()
        self.start()
