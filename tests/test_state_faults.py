"""A state the crawl cannot trust, and two crawls of one site at once: never a duplicate,
never exit 0 with data loss.

Every test takes the state backend as a parameter (:data:`BACKENDS`): SQLite, and
PostgreSQL (a new database per test on the session's real server), each with its own
settings, its own ways to damage a store and its own way to hold a store's lock. The
damages of a PostgreSQL store (tables of another layout or version, an unreachable
server) are in tests/test_state_postgres.py and tests/test_state_postgres_crawl.py.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import psycopg
import pytest

from newscrawl.demo.server import DemoSite
from newscrawl.runlock import LOCK_NAME
from newscrawl.state.postgres import TABLES, shown

from .conftest import FIXTURES, ROOT
from .crawling import crawl_command, records, run_crawl

SITE = FIXTURES / "site"
EDITION1 = json.loads((SITE / "edition1" / "site.json").read_text("utf-8"))["articles"]
EDITION2 = json.loads((SITE / "edition2" / "site.json").read_text("utf-8"))["articles"]
ENV = {**os.environ, "PYTHONWARNINGS": "error::DeprecationWarning"}


# -- backends -------------------------------------------------------------------------------
Damage = Callable[[Path], None]


def _overwrite(offset: int, data: bytes) -> Damage:
    def damage(path: Path) -> None:
        with path.open("r+b") as file:
            file.seek(offset)
            file.write(data)

    return damage


def _truncate(size: Callable[[int], int]) -> Damage:
    return lambda path: os.truncate(path, size(path.stat().st_size))


def _zero(path: Path) -> None:
    path.write_bytes(bytes(path.stat().st_size))


def _garbage(path: Path) -> None:
    path.write_bytes(random.Random(7).randbytes(path.stat().st_size))


def _directory(path: Path) -> None:
    path.unlink()
    path.mkdir()


def _other_schema(path: Path) -> None:
    path.unlink()
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT)")
    db.execute("INSERT INTO users VALUES (1, 'a')")
    db.commit()
    db.close()


def _sqlite_pragma(statement: str) -> Damage:
    def damage(path: Path) -> None:
        db = sqlite3.connect(path)
        db.execute(statement)
        db.commit()
        db.close()

    return damage


def _table_page(path: Path) -> None:
    """Overwrite the root page of the articles table (a page in use, not a free one)."""
    copy = path.with_name("inspected.sqlite")  # opening the store itself adds WAL files
    shutil.copyfile(path, copy)
    db = sqlite3.connect(copy)
    (root,) = db.execute("SELECT rootpage FROM sqlite_master WHERE name = 'articles'").fetchone()
    (size,) = db.execute("PRAGMA page_size").fetchone()
    db.close()
    copy.unlink()
    _overwrite((root - 1) * size, random.Random(3).randbytes(size))(path)


def _broken_link(path: Path) -> None:
    path.unlink()
    path.symlink_to(path.with_name("elsewhere.sqlite"))


@dataclass
class Backend:
    """How the tests reach one kind of state store."""

    name: str
    #: ``scrapy crawl`` options that select the backend.
    options: list[str]
    #: Damage kind -> (how to do it, what the refusal line says).
    damages: dict[str, tuple[Damage, str]] = field(default_factory=dict)

    def bind(self, request: pytest.FixtureRequest) -> Backend:
        """This backend for one test (a shared one gets its own new database)."""
        return self

    def store(self, out: Path) -> Path | str:
        """The store as the refusal lines name it."""
        return out / "dawn" / "state.sqlite"

    def busy_line(self, out: Path) -> str:
        """The line of a crawl refused because another process holds the store."""
        return (
            f"newscrawl: state store {self.store(out)} is locked by another process"
            " (database is locked, waited 1 s); nothing was crawled; run again once that"
            " process has let go of it"
        )

    def snapshot(self, out: Path) -> object:
        """Everything about the stored state that a refused run must leave as it is."""
        path = Path(self.store(out))
        if path.is_symlink():
            return ("link", os.readlink(path))
        if path.is_dir():
            return ("dir", sorted(p.name for p in path.iterdir()))
        return ("file", path.read_bytes())

    @contextmanager
    def write_locked(self, out: Path) -> Iterator[None]:
        """Another process holds the store's write lock (an open exclusive transaction)."""
        code = (
            "import sqlite3, sys\n"
            "db = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
            "db.execute('BEGIN EXCLUSIVE')\n"
            "print('locked', flush=True)\n"
            "sys.stdin.read()\n"
        )
        command = [sys.executable, "-c", code, str(self.store(out))]
        with _holding(command, "locked"):
            yield


@contextmanager
def _holding(command: list[str], said: str) -> Iterator[None]:
    """A process that holds a lock until its stdin closes (it prints *said* once held)."""
    holder = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                              cwd=ROOT)  # fmt: skip
    assert holder.stdout is not None and holder.stdin is not None
    try:
        assert holder.stdout.readline().strip() == said
        yield
    finally:
        holder.stdin.close()  # the holder reads to the end, and lets go
        holder.wait(timeout=60)
        holder.stdout.close()


SQLITE = Backend(
    "sqlite",
    ["-s", "NEWSCRAWL_STATE_BACKEND=newscrawl.state.SqliteStore"],
    {
        "header-overwritten": (_overwrite(0, b"\x00not a header\xff" * 7),
                               "file is not a database"),
        "truncated-to-0": (_truncate(lambda n: 0), "is empty (0 bytes)"),
        "truncated-to-50": (_truncate(lambda n: 50), "is truncated (50 bytes"),
        "truncated-to-1000": (_truncate(lambda n: 1000), "is truncated (1000 bytes"),
        "truncated-to-1-page": (_truncate(lambda n: 4096), "is truncated (4096 bytes"),
        "truncated-to-half": (_truncate(lambda n: n // 2 // 4096 * 4096), "is truncated"),
        "truncated-by-1-page": (_truncate(lambda n: n - 4096), "is truncated"),
        "truncated-by-1-byte": (_truncate(lambda n: n - 1), "is truncated"),
        "zeroed": (_zero, "file is not a database"),
        "garbage": (_garbage, "file is not a database"),
        "table-page-overwritten": (_table_page, "is damaged (SQLite quick_check:"),
        "directory": (_directory, "is a directory, not a database file"),
        "other-schema": (_other_schema, "is not a newscrawl state store (schema version 0,"
                                        " tables: users)"),
        "newer-schema": (_sqlite_pragma("PRAGMA user_version = 99"), "has schema version 99,"),
        "broken-link": (_broken_link, "is a broken symbolic link"),
    },
)  # fmt: skip


@dataclass
class PostgresBackend(Backend):
    """The shared store: ``NEWSCRAWL_STATE=postgresql://…``, one new database per test."""

    url: str = ""

    def bind(self, request: pytest.FixtureRequest) -> Backend:
        url = str(request.getfixturevalue("postgres_url"))
        return replace(self, options=["-s", f"NEWSCRAWL_STATE={url}"], url=url)

    def store(self, out: Path) -> Path | str:
        return shown(self.url)

    def busy_line(self, out: Path) -> str:
        return (
            f"newscrawl: state store {shown(self.url)} is held by another run of dawn (its run"
            " lock); nothing was crawled; run again once that process has let go of it"
        )

    def snapshot(self, out: Path) -> object:
        with psycopg.connect(self.url, autocommit=True) as db:
            return {
                table: sorted(db.execute(f"SELECT * FROM {table}".encode()).fetchall(), key=repr)
                for table in TABLES
            }

    @contextmanager
    def write_locked(self, out: Path) -> Iterator[None]:
        """Another process (another machine's run of the site) holds the site's lock."""
        with _holding([sys.executable, "-m", "tests.pgclients", "holder", self.url, "dawn"],
                      "held"):  # fmt: skip
            yield


POSTGRES = PostgresBackend("postgres", [])
BACKENDS = {backend.name: backend for backend in (SQLITE, POSTGRES)}
#: Tests that are about one backend only, and where the other's case is tested.
ONLY = {
    # PostgreSQL: test_state_postgres_crawl.py::test_second_run_on_a_shared_postgres_state…
    "test_lock_covers_a_state_kept_apart_from_the_exports": ["sqlite"],
}


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "damage" in metafunc.fixturenames:
        cases = [(b, kind) for b in BACKENDS.values() for kind in b.damages]
        metafunc.parametrize(("backend", "damage"), cases,
                             ids=[f"{b.name}-{kind}" for b, kind in cases])  # fmt: skip
    elif "backend" in metafunc.fixturenames:
        names = ONLY.get(metafunc.function.__name__, list(BACKENDS))
        metafunc.parametrize("backend", [BACKENDS[n] for n in names], ids=names, indirect=True)


@pytest.fixture
def backend(request: pytest.FixtureRequest) -> Backend:
    chosen: Backend = request.param
    return chosen.bind(request)


# -- helpers --------------------------------------------------------------------------------
def _crawl(base: str, out: Path, backend: Backend, *extra: str) -> list[str]:
    return crawl_command("dawn", base, out, *backend.options, *extra)


def _error_lines(stderr: str) -> list[str]:
    assert "Traceback" not in stderr, stderr[-3000:]
    return [line.split(" ERROR: ", 1)[1] for line in stderr.splitlines()
            if " ERROR: " in line or " CRITICAL: " in line]  # fmt: skip


def _story_id(record: dict[str, Any]) -> str:
    return str(record["canonicalUrl"] or record["url"]).split("/news/")[1].split("/")[0]


def _exported(out: Path) -> Counter[tuple[str, int]]:
    """(story, version) -> how many times exported, across every completed export."""
    found = [r for recs in records(out / "dawn", "articles").values() for r in recs]
    return Counter((_story_id(r), int(r["metadata"]["version"])) for r in found)


def _reference(*editions: list[dict[str, Any]]) -> set[tuple[str, int]]:
    """(story, version) of every version the editions published, in order."""
    versions: dict[str, tuple[int, object]] = {}
    for articles in editions:
        for article in articles:
            story = article["url"].rsplit("/", 2)[-2]
            if story not in versions:
                versions[story] = (1, article["updated"])
            elif versions[story][1] != article["updated"]:
                versions[story] = (versions[story][0] + 1, article["updated"])
    return {(story, n) for story, (last, _) in versions.items() for n in range(1, last + 1)}


def _assert_exactly(out: Path, reference: set[tuple[str, int]]) -> None:
    exported = _exported(out)
    twice = [key for key, n in exported.items() if n > 1]
    assert not twice, f"{len(twice)} exported twice, e.g. {twice[:3]}"
    assert set(exported) == reference


def _last_run(out: Path) -> dict[str, Any]:
    lines = (out / "runs.jsonl").read_text("utf-8").splitlines()
    return dict(json.loads(lines[-1]))


def _export_files(out: Path) -> list[str]:
    return sorted(p.name for p in (out / "dawn").glob("*.jsonl"))


def _wait_for_hits(site: DemoSite, count: int, proc: subprocess.Popen[str]) -> None:
    tick = threading.Event()
    while sum(site.snapshot().values()) < count and proc.poll() is None:
        tick.wait(0.005)
    assert proc.poll() is None, "the crawl ended before the test could interrupt it"


# -- a store the crawl cannot read --------------------------------------------------------
@pytest.fixture(scope="module")
def crawled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[DemoSite, Path]]:
    """The demo site (edition 1) and the state of one complete crawl of it."""
    out = tmp_path_factory.mktemp("reference") / "out"
    with DemoSite(SITE / "edition1") as site:
        run_crawl("dawn", site.start(), out)
        yield site, out / "dawn" / "state.sqlite"


def test_damaged_store_is_refused_and_kept(
    crawled: tuple[DemoSite, Path], tmp_path: Path, backend: Backend, damage: str
) -> None:
    site, reference_state = crawled
    out = tmp_path / "out"
    path = Path(backend.store(out))  # damages are of files: SQLite's
    path.parent.mkdir(parents=True)
    path.write_bytes(reference_state.read_bytes())
    harm, problem = backend.damages[damage]
    harm(path)
    before, hits = backend.snapshot(out), sum(site.snapshot().values())

    proc = subprocess.run(_crawl(site.base_url, out, backend), cwd=ROOT, capture_output=True,
                          text=True, timeout=300, check=False, env=ENV)  # fmt: skip

    assert proc.returncode == 1, proc.stderr[-3000:]
    (line,) = _error_lines(proc.stderr)
    assert line.startswith(f"newscrawl: state store {path} "), line
    assert problem in line, line
    assert line.endswith("; it was left untouched for inspection; restore it from a backup,"
                         " or move it away to start from empty state (everything is then"
                         " exported again)")  # fmt: skip
    assert sum(site.snapshot().values()) == hits  # not one request
    assert _export_files(out) == []
    assert backend.snapshot(out) == before
    assert not {p.name for p in path.parent.iterdir()} - {path.name, LOCK_NAME}
    run = _last_run(out)
    assert run["status"] == "failed" and run["finishReason"] == "state_unreadable"
    assert run["failedChecks"] == [{"name": "state", "message": line}]
    assert run["exports"] == {} and run["pages"]["fetched"] == 0


@pytest.fixture
def world_readable() -> Iterator[Path]:
    """A folder another user can enter (pytest's own temporary folders are private)."""
    folder = Path(tempfile.mkdtemp(prefix="newscrawl-unreadable-"))
    folder.chmod(0o755)
    try:
        yield folder
    finally:
        shutil.rmtree(folder)


def test_unreadable_store_is_refused(world_readable: Path) -> None:
    """A store the crawl's user may not read (as root: the check runs as ``nobody``)."""
    work = world_readable
    (work / "newscrawl" / "state").mkdir(parents=True)
    # The embedded store needs only the standard library (run by the system's python3).
    for name in ("__init__.py", "state/__init__.py", "state/base.py", "state/sqlite.py",
                 "state/sqlitecheck.py"):  # fmt: skip
        (work / "newscrawl" / name).write_bytes((ROOT / "newscrawl" / name).read_bytes())
    store = work / "dawn" / "state.sqlite"
    store.parent.mkdir()
    db = sqlite3.connect(store)
    db.execute("CREATE TABLE t (a)")
    db.commit()
    db.close()
    store.chmod(0)
    for folder in (work / "newscrawl", work / "newscrawl" / "state", store.parent):
        folder.chmod(0o777)
    code = (
        "import sys; sys.path.insert(0, sys.argv[1])\n"
        "from newscrawl.state import SqliteStore, StateUnreadable\n"
        "try:\n    SqliteStore(sys.argv[2])\n"
        "except StateUnreadable as error:\n    print(error); sys.exit(1)\n"
    )
    if os.geteuid() == 0:  # root reads anything: check as an unprivileged user
        command = ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups",
                   "/usr/bin/python3", "-c", code]  # fmt: skip
    else:
        command = [sys.executable, "-c", code]
    proc = subprocess.run([*command, str(work), str(store)], capture_output=True, text=True,
                          timeout=60, check=False)  # fmt: skip
    assert proc.returncode == 1, proc.stderr
    assert proc.stdout.startswith(
        f"newscrawl: state store {store} cannot be read (Permission denied); it was left"
        " untouched for inspection"
    ), proc.stdout
    assert store.stat().st_mode & 0o777 == 0
    assert sorted(p.name for p in store.parent.iterdir()) == ["state.sqlite"]


def test_store_locked_by_another_process_is_refused(tmp_path: Path, backend: Backend) -> None:
    out = tmp_path / "out"
    with DemoSite(SITE / "edition1") as site:
        base = site.start()
        run_crawl("dawn", base, out, *backend.options)
        site.swap(SITE / "edition2")
        first = _export_files(out)
        with backend.write_locked(out):
            before, hits = backend.snapshot(out), sum(site.snapshot().values())
            proc = subprocess.run(
                _crawl(base, out, backend, "-s", "NEWSCRAWL_STATE_BUSY_TIMEOUT=1"),
                cwd=ROOT, capture_output=True, text=True, timeout=300, check=False, env=ENV,
            )  # fmt: skip
            assert proc.returncode == 1, proc.stderr[-3000:]
            (line,) = _error_lines(proc.stderr)
            assert line == backend.busy_line(out)
            assert sum(site.snapshot().values()) == hits
            assert _export_files(out) == first  # nothing published
            assert backend.snapshot(out) == before
            assert _last_run(out)["finishReason"] == "state_locked"
        run_crawl("dawn", base, out, *backend.options)
    assert len(_export_files(out)) == len(first) + 2
    _assert_exactly(out, _reference(EDITION1, EDITION2))


# -- two crawls of one site into one output ---------------------------------------------
@contextmanager
def _running(
    base: str, out: Path, backend: Backend, *extra: str
) -> Iterator[subprocess.Popen[str]]:
    proc = subprocess.Popen(_crawl(base, out, backend, *extra), cwd=ROOT, text=True, env=ENV,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    try:
        yield proc
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait()


def test_second_crawl_of_a_site_exits_with_one_line(tmp_path: Path, backend: Backend) -> None:
    out = tmp_path / "out"
    with DemoSite(SITE / "edition1") as first, DemoSite(SITE / "edition1") as second:
        with _running(first.start(), out, backend) as running:
            _wait_for_hits(first, 20, running)
            running.send_signal(signal.SIGSTOP)  # it holds the lock for as long as needed
            try:
                proc = subprocess.run(_crawl(second.start(), out, backend), cwd=ROOT,
                                      capture_output=True, text=True, timeout=300,
                                      check=False, env=ENV)  # fmt: skip
            finally:
                running.send_signal(signal.SIGCONT)
            assert running.wait(timeout=300) == 0
        assert proc.returncode == 1, proc.stderr[-3000:]
        (line,) = _error_lines(proc.stderr)
        where = out / "dawn"
        assert line.startswith(f"newscrawl: another crawl of dawn is running on {where} (pid"
                               f" {running.pid} on "), line  # fmt: skip
        assert line.endswith("); exiting")
        assert sum(second.snapshot().values()) == 0  # the refused crawl asked for nothing
    assert len(_export_files(out)) == 2  # the running crawl's articles and sidebar
    _assert_exactly(out, _reference(EDITION1))
    runs = [json.loads(r) for r in (out / "runs.jsonl").read_text("utf-8").splitlines()]
    assert sorted(r["status"] for r in runs) == ["failed", "ok"]
    assert {r["finishReason"] for r in runs} == {"crawl_running", "finished"}


def test_second_crawl_waits_then_runs_incrementally(tmp_path: Path, backend: Backend) -> None:
    out = tmp_path / "out"
    with DemoSite(SITE / "edition1") as first, DemoSite(SITE / "edition1") as second:
        with _running(first.start(), out, backend) as running:
            _wait_for_hits(first, 20, running)
            running.send_signal(signal.SIGSTOP)
            waiting = subprocess.Popen(
                _crawl(second.start(), out, backend, "-s", "NEWSCRAWL_LOCK_WAIT=600"),
                cwd=ROOT, text=True, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
            )  # fmt: skip
            log: list[str] = []
            said = threading.Event()

            def read() -> None:  # drain the log, and tell when it says it waits
                assert waiting.stderr is not None
                for line in waiting.stderr:
                    log.append(line)
                    if "Waiting up to 600 s for the other crawl of dawn" in line:
                        said.set()

            reader = threading.Thread(target=read)
            reader.start()
            try:
                while not said.wait(0.05):
                    assert waiting.poll() is None, "".join(log)[-3000:]
                assert sum(second.snapshot().values()) == 0
            finally:
                running.send_signal(signal.SIGCONT)
            assert running.wait(timeout=300) == 0
            assert waiting.wait(timeout=300) == 0, "".join(log)[-3000:]
            reader.join()
            assert waiting.stderr is not None
            waiting.stderr.close()
        assert sum(second.snapshot().values()) > 0  # it ran, once the first had ended
    assert len(_export_files(out)) == 4
    _assert_exactly(out, _reference(EDITION1))
    assert not [e for e in _error_lines("".join(log)) if e.startswith("newscrawl:")]  # no refusal


def test_lock_of_a_killed_crawl_is_free_at_once(tmp_path: Path, backend: Backend) -> None:
    out = tmp_path / "out"
    with DemoSite(SITE / "edition1") as site:
        base = site.start()
        with _running(base, out, backend) as running:
            _wait_for_hits(site, 60, running)
            running.send_signal(signal.SIGKILL)
            running.wait()
        lock = out / "dawn" / LOCK_NAME
        assert json.loads(lock.read_text("utf-8"))["pid"] == running.pid  # left behind
        again = run_crawl("dawn", base, out, *backend.options)  # no waiting allowed
    assert not [e for e in _error_lines(again.stderr) if e.startswith("newscrawl:")]
    assert json.loads(lock.read_text("utf-8"))["pid"] != running.pid
    _assert_exactly(out, _reference(EDITION1))


def test_lock_covers_a_state_kept_apart_from_the_exports(tmp_path: Path, backend: Backend) -> None:
    """Two outputs sharing one state (``NEWSCRAWL_STATE_PATH``): still one crawl at once."""
    state = tmp_path / "shared-state" / "state.sqlite"
    shared = ["-s", f"NEWSCRAWL_STATE_PATH={state}"]
    with DemoSite(SITE / "edition1") as first, DemoSite(SITE / "edition1") as second:
        with _running(first.start(), tmp_path / "one", backend, *shared) as running:
            _wait_for_hits(first, 20, running)
            running.send_signal(signal.SIGSTOP)
            try:
                proc = subprocess.run(_crawl(second.start(), tmp_path / "two", backend, *shared),
                                      cwd=ROOT, capture_output=True, text=True, timeout=300,
                                      check=False, env=ENV)  # fmt: skip
            finally:
                running.send_signal(signal.SIGCONT)
            assert running.wait(timeout=300) == 0
        assert proc.returncode == 1, proc.stderr[-3000:]
        (line,) = _error_lines(proc.stderr)
        assert line.startswith(f"newscrawl: another crawl of dawn is running on {state.parent}"
                               f" (pid {running.pid} on "), line  # fmt: skip
        assert sum(second.snapshot().values()) == 0
    assert not (tmp_path / "two" / "dawn").exists() or _export_files(tmp_path / "two") == []
    _assert_exactly(tmp_path / "one", _reference(EDITION1))
