"""The cron and systemd examples in ``deploy/`` run as written, and never overlap.

The commands are taken from the files themselves, with only the install, output, log and
lock paths swapped for temporary ones and the demo site's base URL added: the program
``/opt/newscrawl/.venv/bin/newscrawl`` becomes a script that runs this clone's
``python -m newscrawl.cli``. The units are checked by ``systemd-analyze verify`` (Debian
package ``systemd``).
"""

from __future__ import annotations

import configparser
import json
import os
import shlex
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from newscrawl.demo.server import DemoSite

from .conftest import ROOT
from .crawling import FAST
from .killing import LENIENT, small_site
from .test_readme import _blocks, _section

DEPLOY = ROOT / "deploy"
PROGRAM = "/opt/newscrawl/.venv/bin/newscrawl"
OUTPUT = "/var/lib/newscrawl/output"
LOCK = "/run/lock/newscrawl-dawn.lock"
SECTION = "## Scheduled runs"
SKIPPED = 75  # flock's --conflict-exit-code in the examples


def cron_command() -> str:
    """The one job line of deploy/cron/newscrawl: its command (after time and user)."""
    jobs = [
        line
        for line in (DEPLOY / "cron" / "newscrawl").read_text("utf8").splitlines()
        if line.strip() and not line.startswith("#") and "=" not in line.split()[0]
    ]
    assert len(jobs) == 1, jobs
    fields = jobs[0].split(None, 6)
    assert fields[5] == "newscrawl", "cron.d lines name the user that runs the job"
    assert "%" not in fields[6], "cron turns % into a newline"
    return fields[6]


def unit(name: str) -> configparser.ConfigParser:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read_string((DEPLOY / "systemd" / name).read_text("utf8"))
    return parser


def exec_start() -> list[str]:
    return shlex.split(unit("newscrawl-dawn.service")["Service"]["ExecStart"])


@dataclass
class Place:
    """Temporary stand-ins for the machine's paths, and the demo site."""

    root: Path
    base: str

    @property
    def output(self) -> Path:
        return self.root / "lib" / "output"

    @property
    def log(self) -> Path:
        return self.root / "log" / "dawn.log"

    def program(self) -> str:
        shim = self.root / "bin" / "newscrawl"
        if not shim.exists():
            shim.parent.mkdir(parents=True)
            python = shlex.quote(sys.executable)
            shim.write_text(f'#!/bin/sh\nexec {python} -m newscrawl.cli "$@"\n')
            shim.chmod(0o755)
            self.log.parent.mkdir(parents=True)
        return str(shim)

    def unit_command(self) -> list[str]:
        """The unit's ExecStart as argv (systemd runs it without a shell)."""
        return shlex.split(self.swap(shlex.join(exec_start())))

    def by_hand(self, *extra: str) -> list[str]:
        """A user's own run of the site, started by hand (no flock)."""
        return [self.program(), "crawl", "dawn", "-a", f"base_url={self.base}",
                "-s", f"NEWSCRAWL_OUTPUT_DIR={self.output}", *FAST, *LENIENT, *extra]  # fmt: skip

    def swap(self, text: str) -> str:
        """*text* with this place's paths, crawling the demo site (fast, lenient checks)."""
        extra = shlex.join(["-a", f"base_url={self.base}", *FAST, *LENIENT])
        for old, new in (
            (PROGRAM, self.program()),
            (OUTPUT, str(self.output)),
            (LOCK, str(self.root / "newscrawl-dawn.lock")),
            (" crawl dawn ", f" crawl dawn {extra} "),
        ):
            assert old in text, f"{old!r} not in {text!r}"
            text = text.replace(old, new)
        return text.replace("/var/log/newscrawl/", f"{self.log.parent}/")  # cron's only


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSCRAWL_TEST_")}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    return env


def start_cron(place: Place, **env: str) -> subprocess.Popen[str]:
    """The cron line, run by /bin/sh as cron runs it."""
    return subprocess.Popen(["/bin/sh", "-c", place.swap(cron_command())], cwd=place.root,
                            env={**_env(), **env}, text=True, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)  # fmt: skip


def finish(proc: subprocess.Popen[str]) -> int:
    """Wait for a cron line: everything it prints goes to the log file it names."""
    out, err = proc.communicate(timeout=300)
    assert out == err == "", err
    return proc.returncode


def run_argv(argv: list[str], place: Place) -> subprocess.CompletedProcess[str]:
    return subprocess.run(argv, cwd=place.root, env=_env(), capture_output=True, text=True,
                          timeout=300, check=False)  # fmt: skip


def runs(place: Place) -> list[dict[str, object]]:
    path = place.output / "runs.jsonl"
    return [json.loads(line) for line in path.read_text("utf8").splitlines()]


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with DemoSite(small_site(tmp_path_factory.mktemp("site") / "edition1")) as server:
        yield server.start()


@pytest.fixture
def place(site: str, tmp_path: Path) -> Place:
    return Place(tmp_path, site)


# -- the files ------------------------------------------------------------------------------


def test_systemd_units_pass_systemd_analyze_verify(tmp_path: Path) -> None:
    verify = shutil.which("systemd-analyze")
    assert verify, "systemd-analyze is missing: bash scripts/test.sh installs systemd"
    names = ["newscrawl-dawn.service", "newscrawl-dawn.timer"]
    for name in names:
        shutil.copy(DEPLOY / "systemd" / name, tmp_path / name)
    done = subprocess.run([verify, "verify", "--man=no", *names], cwd=tmp_path,
                          capture_output=True, text=True, timeout=120, check=False)  # fmt: skip
    assert done.returncode == 0 and not done.stdout + done.stderr, done.stdout + done.stderr
    # The check has teeth: a timer that cannot fire is refused.
    timer = tmp_path / names[1]
    timer.write_text(timer.read_text().replace("OnCalendar=*:0/30", "OnCalendar=*:0/30x"))
    bad = subprocess.run([verify, "verify", "--man=no", names[1]], cwd=tmp_path,
                         capture_output=True, text=True, timeout=120, check=False)  # fmt: skip
    assert bad.returncode != 0 and "Failed to parse calendar specification" in bad.stderr


def test_readme_shows_the_deployed_files_and_command() -> None:
    service, timer = unit("newscrawl-dawn.service"), unit("newscrawl-dawn.timer")
    assert service["Service"]["Type"] == "oneshot"
    assert service["Service"]["SuccessExitStatus"] == str(SKIPPED)
    assert timer["Timer"]["OnCalendar"] == "*:0/30" and timer["Timer"]["Persistent"] == "true"
    assert timer["Install"]["WantedBy"] == "timers.target"
    # One command for both schedulers: what the tests below run covers both.
    assert exec_start() == shlex.split(cron_command().split(">>")[0])
    assert exec_start()[:5] == ["/usr/bin/flock", "--nonblock", "--conflict-exit-code",
                                str(SKIPPED), "--verbose"]  # fmt: skip
    readme = (ROOT / "README.md").read_text("utf8")
    (shown,) = [code for lang, code in _blocks(_section(SECTION)) if lang == "cron"]
    assert shown.split(None, 6)[6].strip() == cron_command(), "README and deploy/ differ"
    for path in (
        "deploy/cron/newscrawl",
        "deploy/scrapyd/scrapyd.conf",
        "deploy/systemd/newscrawl-dawn.service",
        "deploy/systemd/newscrawl-dawn.timer",
    ):
        assert f"`{path}`" in readme and (ROOT / path).exists(), path


# -- the commands, run -----------------------------------------------------------------------


def test_cron_and_systemd_commands_crawl_the_site(place: Place) -> None:
    assert finish(start_cron(place)) == 0, place.log.read_text()[-3000:]
    (first,) = runs(place)
    assert first["committed"] is True and first["status"] == "ok"
    assert first["articles"]["exported"] > 0  # type: ignore[index]
    unit_run = run_argv(place.unit_command(), place)
    assert unit_run.returncode == 0, unit_run.stderr[-3000:]
    second = runs(place)[-1]
    assert second["committed"] is True
    assert second["articles"]["exported"] == 0  # type: ignore[index]  # incremental: nothing new


def test_two_cron_runs_started_at_once_give_one_run(place: Place) -> None:
    both = [start_cron(place), start_cron(place)]
    codes = sorted(finish(proc) for proc in both)
    assert codes == [0, SKIPPED], place.log.read_text()[-3000:]
    assert place.log.read_text().count("flock: failed to get lock") == 1
    (only,) = runs(place)
    assert only["committed"] is True


def _descendants(pid: int) -> list[int]:
    found, todo = [], [pid]
    while todo:
        parent = todo.pop()
        try:
            kids = Path(f"/proc/{parent}/task/{parent}/children").read_text().split()
        except OSError:  # ended meanwhile
            kids = []
        found += map(int, kids)
        todo += map(int, kids)
    return found


def _crawler(proc: subprocess.Popen[str]) -> int:
    """The pid of the crawl under the cron line's shell and flock."""
    tick, deadline = threading.Event(), time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        for pid in _descendants(proc.pid):
            try:
                if b"newscrawl.cli" in Path(f"/proc/{pid}/cmdline").read_bytes():
                    return pid
            except OSError:
                pass
        tick.wait(0.005)
    pytest.fail("the cron line started no crawl")


def _wait_frozen(pid: int) -> None:
    """Block until process *pid* has stopped itself (SIGSTOP)."""
    tick, deadline = threading.Event(), time.monotonic() + 300
    stat = Path(f"/proc/{pid}/stat")
    while stat.read_text().rsplit(")", 1)[1].split()[0] != "T":
        assert time.monotonic() < deadline, "the crawl never froze itself"
        tick.wait(0.005)


def test_no_run_overlaps_a_live_one_and_a_waiting_one_runs_after(place: Place) -> None:
    """The first run freezes itself mid-crawl (alive, holding both locks); meanwhile the
    cron line and the unit are skipped by flock, a hand-started run is refused by
    newscrawl's own lock, and one with NEWSCRAWL_LOCK_WAIT waits and runs after it."""
    first = start_cron(place, NEWSCRAWL_TEST_KILL_AT="item:5", NEWSCRAWL_TEST_KILL_SIGNAL="STOP")
    crawler = _crawler(first)
    _wait_frozen(crawler)
    try:
        again = start_cron(place)
        assert finish(again) == SKIPPED
        unit_run = run_argv(place.unit_command(), place)
        assert unit_run.returncode == SKIPPED
        assert unit_run.stderr.strip() == "flock: failed to get lock"
        refused = run_argv(place.by_hand(), place)
        assert refused.returncode == 1, refused.stderr[-3000:]
        lines = [line for line in refused.stderr.splitlines() if "another crawl" in line]
        assert len(lines) == 1 and lines[0].split(" ERROR: ", 1)[-1].startswith(
            f"newscrawl: another crawl of dawn is running on {place.output / 'dawn'} (pid "
            f"{crawler} on "
        ), refused.stderr[-3000:]
        assert "Traceback" not in refused.stderr
        waiting = subprocess.Popen(place.by_hand("-s", "NEWSCRAWL_LOCK_WAIT=600"),
                                   cwd=place.root, env=_env(), text=True,
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE)  # fmt: skip
        assert waiting.stderr is not None
        for line in waiting.stderr:
            if "Waiting up to 600 s for the other crawl of dawn" in line:
                break
        else:
            pytest.fail("the waiting run never said it waits")
    finally:
        os.kill(crawler, signal.SIGCONT)
    assert finish(first) == 0, place.log.read_text()[-3000:]
    out, _ = waiting.communicate(timeout=300)
    assert waiting.returncode == 0, out
    history = runs(place)
    assert [run["finishReason"] for run in history] == ["crawl_running", "finished", "finished"]
    assert [run["committed"] for run in history[1:]] == [True, True]
    assert history[1]["articles"]["exported"] > 0  # type: ignore[index]
    assert history[2]["articles"]["exported"] == 0  # type: ignore[index]  # after, not beside
