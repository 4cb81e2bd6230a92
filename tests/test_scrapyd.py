"""The project deployed to a real scrapyd 1.6 and crawled through its API, as the README
says ("Scheduled runs"): its exports, run-log line, job log and exit status checked.

Each scrapyd runs on a free 127.0.0.1 port from its own folder, with
``deploy/scrapyd/scrapyd.conf`` (its paths swapped for the folder's). The README's
``scrapyd-deploy`` and ``curl`` commands run as written, in a copy of the project (the
deploy target's port swapped), so that the egg build leaves nothing in the clone.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from newscrawl.demo.server import DemoSite
from newscrawl.durable import KILL_ENV, KILL_SIGNAL_ENV

from .conftest import ROOT
from .crawling import FAST, records
from .killing import LENIENT, SMALL_SITE_ARTICLES, small_site
from .services import free_port, wait_until
from .test_readme import _blocks, _section

CONF = ROOT / "deploy" / "scrapyd" / "scrapyd.conf"
DEFAULT_URL = "http://127.0.0.1:6800/"
OUTPUT = "/var/lib/newscrawl/output"
#: What the package build needs from the clone (pyproject names README.md as its readme).
PROJECT_FILES = ["setup.py", "pyproject.toml", "README.md", "scrapy.cfg", "newscrawl"]
NO_PROXY = urllib.request.build_opener(urllib.request.ProxyHandler({}))


def readme_command(needle: str) -> str:
    """The one ``sh`` block of the README's "Scheduled runs" section holding *needle*."""
    found = [
        code
        for lang, code in _blocks(_section("## Scheduled runs"))
        if lang == "sh" and needle in code
    ]
    assert len(found) == 1, found
    return found[0]


def _env() -> dict[str, str]:
    """The tests' environment, without this clone on the path: jobs run the deployed egg."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("NEWSCRAWL_TEST_") and k != "PYTHONPATH"}  # fmt: skip
    env["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), env.get("PATH", "")])
    return env


@dataclass
class Scrapyd:
    """A private scrapyd: its config, eggs, database, logs and own log in *folder*."""

    folder: Path
    items_dir: str = ""
    #: Extra environment for scrapyd, and so for every job it starts.
    env: dict[str, str] = field(default_factory=dict)
    port: int = field(default_factory=free_port)
    proc: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    @property
    def log(self) -> Path:
        return self.folder / "scrapyd.log"

    def config(self) -> str:
        text = CONF.read_text("utf8")
        for old, new in (
            ("http_port    = 6800", f"http_port    = {self.port}"),
            ("/var/lib/scrapyd", str(self.folder)),
            ("/var/log/scrapyd", str(self.folder / "logs")),
            ("items_dir    =\n", f"items_dir    = {self.items_dir}\n"),
        ):
            assert old in text, old
            text = text.replace(old, new)
        return text

    def start(self) -> Scrapyd:
        self.folder.mkdir(parents=True, exist_ok=True)
        (self.folder / "scrapyd.conf").write_text(self.config())
        with self.log.open("wb") as log:
            self.proc = subprocess.Popen([sys.executable, "-m", "scrapyd"], cwd=self.folder,
                                         stdin=subprocess.DEVNULL, stdout=log,
                                         stderr=subprocess.STDOUT,
                                         env={**_env(), **self.env})  # fmt: skip
        wait_until(self._ready, 60, "scrapyd")
        return self

    def _ready(self) -> bool:
        assert self.proc is not None
        if self.proc.poll() is not None:
            pytest.fail(f"scrapyd exited with {self.proc.returncode}: {self.log.read_text()}")
        try:
            return self.get("daemonstatus.json")["status"] == "ok"
        except OSError:
            return False

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            self.proc.wait(60)

    def get(self, path: str) -> dict[str, Any]:
        with NO_PROXY.open(self.url + path, timeout=30) as answer:
            data: dict[str, Any] = json.load(answer)
            return data

    def sh(self, code: str, cwd: Path) -> str:
        """A README block, run by bash against this scrapyd; its stdout."""
        done = subprocess.run(["bash", "-euo", "pipefail", "-c", code.replace(DEFAULT_URL,
                                                                              self.url)],
                              cwd=cwd, env=_env(), capture_output=True, text=True,
                              timeout=300, check=False)  # fmt: skip
        assert done.returncode == 0, done.stderr[-3000:]
        return done.stdout

    def deploy(self, clone: Path) -> dict[str, Any]:
        """The README's ``scrapyd-deploy local``, from a copy of the project."""
        project = self.folder / "project"
        for name in PROJECT_FILES:
            source = clone / name
            if source.is_dir():
                shutil.copytree(source, project / name,
                                ignore=shutil.ignore_patterns("__pycache__"))  # fmt: skip
            else:
                project.mkdir(parents=True, exist_ok=True)
                shutil.copy(source, project / name)
        cfg = project / "scrapy.cfg"
        assert f"url = {DEFAULT_URL}" in cfg.read_text()
        cfg.write_text(cfg.read_text().replace(DEFAULT_URL, self.url))
        out = self.sh(readme_command("scrapyd-deploy"), project)
        answer: dict[str, Any] = json.loads(out)
        return answer

    def schedule(self, out: Path, base: str, *extra: str) -> str:
        """The README's schedule.json command, with the demo site and *extra* ``-d`` pairs;
        the job id."""
        code = readme_command("schedule.json").rstrip("\n").replace(OUTPUT, str(out))
        args = ["base_url=" + base, *(f"setting={s}" for s in (*FAST, *LENIENT)[1::2]), *extra]
        code += "".join(f" -d {arg}" for arg in args)
        answer = json.loads(self.sh(code, self.folder))
        assert answer["status"] == "ok", answer
        return str(answer["jobid"])

    def finished(self, job: str) -> dict[str, Any]:
        """Poll listjobs.json until *job* is finished; its entry."""
        tick, deadline = threading.Event(), time.monotonic() + 300
        while time.monotonic() < deadline:
            for entry in self.get("listjobs.json?project=newscrawl")["finished"]:
                if entry["id"] == job:
                    return dict(entry)
            tick.wait(0.2)
        pytest.fail(f"job {job} did not finish: {self.log.read_text()[-3000:]}")

    def outcome(self, job: str) -> str:
        """What scrapyd's own log says of the job's process: finished, or died with a status."""
        found = re.findall(rf"Process (finished|died: exitstatus=\d+):? project='newscrawl' "
                           rf"spider='dawn' job='{job}'", self.log.read_text())  # fmt: skip
        assert len(found) == 1, self.log.read_text()[-3000:]
        return str(found[0])

    def pid(self, job: str) -> int:
        """The pid of the job's process, once scrapyd has started it."""
        pattern = re.compile(rf"Process started: project='newscrawl' spider='dawn' "
                             rf"job='{job}' pid=(\d+)")  # fmt: skip
        found: list[str] = []
        wait_until(lambda: bool(found.extend(pattern.findall(self.log.read_text())) or found),
                   300, f"job {job} to start")  # fmt: skip
        return int(found[0])

    def job_log(self, job: str) -> str:
        return (self.folder / "logs" / "newscrawl" / "dawn" / f"{job}.log").read_text("utf8")


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with DemoSite(small_site(tmp_path_factory.mktemp("site") / "edition1")) as server:
        yield server.start()


def _deployed(
    folder: Path, items_dir: str = "", env: dict[str, str] | None = None
) -> Iterator[Scrapyd]:
    server = Scrapyd(folder, items_dir=items_dir, env=env or {}).start()
    try:
        answer = server.deploy(ROOT)
        assert answer["status"] == "ok" and answer["spiders"] == 2, answer
        assert server.get("listspiders.json?project=newscrawl")["spiders"] == ["dawn", "generic"]
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="module")
def scrapyd(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Scrapyd]:
    yield from _deployed(tmp_path_factory.mktemp("scrapyd"))


@pytest.fixture(scope="module")
def scrapyd_items(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Scrapyd]:
    folder = tmp_path_factory.mktemp("scrapyd-items")
    yield from _deployed(folder, items_dir=str(folder / "items"))


@pytest.fixture(scope="module")
def scrapyd_freezing(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Scrapyd]:
    """A scrapyd whose crawls freeze themselves (SIGSTOP, alive) at their 5th record."""
    env = {KILL_ENV: "item:5", KILL_SIGNAL_ENV: "STOP"}
    yield from _deployed(tmp_path_factory.mktemp("scrapyd-freezing"), env=env)


def _runs(out: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in (out / "runs.jsonl").read_text("utf8").splitlines()]


def _error_lines(log: str) -> list[str]:
    return [line.split(" ERROR: ", 1)[1] for line in log.splitlines() if " ERROR: " in line]


def test_a_scheduled_job_crawls_commits_and_logs(
    scrapyd: Scrapyd, site: str, tmp_path: Path
) -> None:
    out = tmp_path / "output"
    job = scrapyd.schedule(out, site)
    entry = scrapyd.finished(job)
    assert scrapyd.outcome(job) == "finished"  # exit status 0
    (run,) = _runs(out)
    assert run["status"] == "ok" and run["committed"] is True, run
    assert run["articles"]["exported"] == SMALL_SITE_ARTICLES
    articles, teasers = records(out / "dawn", "articles"), records(out / "dawn", "sidebar")
    assert list(articles) == [Path(run["exports"]["articles"]["path"]).name]
    (lines,) = articles.values()
    assert len(lines) == SMALL_SITE_ARTICLES and {r["site"] for r in lines} == {"dawn"}
    assert sum(map(len, teasers.values())) == run["sidebarItems"] > 0
    assert (out / "dawn" / "_runs" / f"{run['runId'].split(':')[1]}.json").exists()
    # The job's log: the whole crawl, its end, and the run's checks; served by scrapyd.
    log = scrapyd.job_log(job)
    assert "Spider closed (finished)" in log and f"Run {run['runId']} OK" in log
    assert "Traceback" not in log
    with NO_PROXY.open(scrapyd.url + entry["log_url"].lstrip("/"), timeout=30) as page:
        assert page.read().decode("utf8") == log
    assert entry["items_url"] is None  # items_dir empty: no feed of scrapyd's own
    # The README's listjobs command shows it.
    shown = json.loads(scrapyd.sh(readme_command("listjobs.json"), tmp_path))
    assert job in [e["id"] for e in shown["finished"]]
    # A second job: incremental, nothing new, committed.
    again = scrapyd.schedule(out, site)
    scrapyd.finished(again)
    assert scrapyd.outcome(again) == "finished"
    second = _runs(out)[-1]
    assert second["committed"] is True and second["articles"]["exported"] == 0


def test_a_bad_spider_argument_fails_the_job_with_its_line(
    scrapyd: Scrapyd, site: str, tmp_path: Path
) -> None:
    """scrapyd's own ``_job`` argument passes the checks; a bad one of ours fails the job,
    its one line in the job's log."""
    out = tmp_path / "output"
    job = scrapyd.schedule(out, site, "since=yesterday")
    scrapyd.finished(job)
    assert scrapyd.outcome(job) == "died: exitstatus=2"
    assert _error_lines(scrapyd.job_log(job)) == [
        "scrapy crawl dawn: -a since=yesterday: not a date (YYYY-MM-DD)"
    ]
    assert not out.exists()


def test_a_batch_size_without_batch_names_is_refused(
    scrapyd: Scrapyd, site: str, tmp_path: Path
) -> None:
    out = tmp_path / "output"
    job = scrapyd.schedule(out, site, "setting=FEED_EXPORT_BATCH_ITEM_COUNT=10")
    scrapyd.finished(job)
    assert scrapyd.outcome(job) == "died: exitstatus=1"
    (line,) = [e for e in _error_lines(scrapyd.job_log(job)) if e.startswith("newscrawl:")]
    assert line.startswith("newscrawl: a batch size (10 items) needs %(batch_id)d or "
                           "%(batch_time)s in every feed URI, and ")  # fmt: skip
    assert line.endswith("; nothing was crawled")
    (run,) = _runs(out)
    assert (run["status"], run["finishReason"], run["committed"]) == (
        "failed", "feeds_refused", False)  # fmt: skip
    assert not list(out.glob("dawn/*.jsonl")) and not (out / "dawn" / "state.sqlite").exists()


@pytest.mark.parametrize("extra", [(), ("setting=FEED_EXPORT_BATCH_ITEM_COUNT=10",)],
                         ids=["items_dir", "items_dir-and-batches"])  # fmt: skip
def test_items_dir_is_refused_not_silently_empty(
    scrapyd_items: Scrapyd, site: str, tmp_path: Path, extra: tuple[str, ...]
) -> None:
    """With items_dir set (and batches: Scrapy would switch every feed off, the job would
    end 'finished' with nothing exported) the job fails loudly before it crawls."""
    out = tmp_path / "output"
    job = scrapyd_items.schedule(out, site, *extra)
    entry = scrapyd_items.finished(job)
    assert scrapyd_items.outcome(job) == "died: exitstatus=1"
    log = scrapyd_items.job_log(job)
    (line,) = [e for e in _error_lines(log) if e.startswith("newscrawl:")]
    items = Path(scrapyd_items.items_dir) / "newscrawl" / "dawn" / f"{job}.jl"
    assert line.startswith(f"newscrawl: scrapyd's items_dir adds the feed {items.as_uri()} "
                           "beside newscrawl's own exports")  # fmt: skip
    assert "leave items_dir empty in scrapyd.conf" in line
    assert "Traceback" not in log and "Spider opened" not in log
    (run,) = _runs(out)
    assert (run["status"], run["finishReason"], run["committed"]) == (
        "failed", "feeds_refused", False)  # fmt: skip
    assert run["failedChecks"][0]["message"] == line
    assert not list(out.glob("dawn/*.jsonl")) and not items.exists()
    assert entry["items_url"] is None  # scrapyd offers no file: none was written


def _wait_frozen(pid: int) -> None:
    stat = Path(f"/proc/{pid}/stat")
    wait_until(lambda: stat.read_text().rsplit(")", 1)[1].split()[0] == "T", 300,
               f"process {pid} to freeze")  # fmt: skip


def test_two_jobs_of_one_site_never_overlap(
    scrapyd_freezing: Scrapyd, site: str, tmp_path: Path
) -> None:
    """The first job is alive mid-crawl (frozen) when the second starts: the second is
    refused by newscrawl's lock, with its line in its job log and exit status 1."""
    out = tmp_path / "output"
    first = scrapyd_freezing.schedule(out, site)
    pid = scrapyd_freezing.pid(first)
    _wait_frozen(pid)
    try:
        second = scrapyd_freezing.schedule(out, site)
        scrapyd_freezing.finished(second)
    finally:
        os.kill(pid, signal.SIGCONT)
    assert scrapyd_freezing.outcome(second) == "died: exitstatus=1"
    (line,) = [e for e in _error_lines(scrapyd_freezing.job_log(second))
               if e.startswith("newscrawl:")]  # fmt: skip
    assert line.startswith(f"newscrawl: another crawl of dawn is running on {out / 'dawn'} "
                           f"(pid {pid} on ")  # fmt: skip
    scrapyd_freezing.finished(first)
    assert scrapyd_freezing.outcome(first) == "finished"
    refused, done = _runs(out)
    assert (refused["finishReason"], refused["committed"]) == ("crawl_running", False)
    assert (done["finishReason"], done["committed"]) == ("finished", True)
    assert done["articles"]["exported"] == SMALL_SITE_ARTICLES
