"""A crawl opens no listening port and writes no file outside its output: Scrapy 2.19's
telnet console and remote-control HTTP endpoint (whose auth token goes to
``$XDG_STATE_HOME/scrapy/job_files``) are off."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from .conftest import FIXTURES, ROOT
from .faults import fault_server
from .services import wait_until

GOOD = FIXTURES / "dawn" / "v2-seed-mqm-altaf" / "page.html"
OFF = ("scrapy.extensions.telnet.TelnetConsole", "scrapy.extensions.remote_control.RemoteControl")


def listening_ports(pid: int) -> set[int]:
    """TCP ports process *pid* listens on, from /proc (its sockets' inodes)."""
    inodes = set()
    for fd in Path(f"/proc/{pid}/fd").iterdir():
        try:
            target = os.readlink(fd)
        except OSError:  # closed meanwhile
            continue
        if target.startswith("socket:["):
            inodes.add(target[8:-1])
    ports = set()
    for table in ("tcp", "tcp6"):
        for row in Path(f"/proc/{pid}/net/{table}").read_text().splitlines()[1:]:
            fields = row.split()
            if fields[3] == "0A" and fields[9] in inodes:  # 0A: LISTEN
                ports.add(int(fields[1].rsplit(":", 1)[1], 16))
    return ports


def _crawl_while_hanging(tmp_path: Path, *extra: str) -> tuple[set[int], dict[Path, str], str]:
    """Crawl a page that hangs; while the crawl waits on it, read the crawl's listening
    ports and the files in its state directory. Returns those and the crawl's log."""
    state = tmp_path / "state"
    with fault_server(GOOD) as (base, hits):
        proc = subprocess.Popen(
            [sys.executable, "-m", "scrapy", "crawl", "dawn",
             "-a", f"start_urls={base}/news/1000501/hang",
             "-s", f"NEWSCRAWL_OUTPUT_DIR={tmp_path / 'out'}", "-s", "AUTOTHROTTLE_ENABLED=0",
             "-s", "RETRY_TIMES=0", "-s", "DOWNLOAD_TIMEOUT=60", *extra],
            cwd=ROOT, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True,
            env={**os.environ, "XDG_STATE_HOME": str(state)},
        )  # fmt: skip
        try:
            wait_until(lambda: hits["/news/1000501/hang"] > 0 or proc.poll() is not None,
                       60.0, "the crawl to request the hanging page")  # fmt: skip
            assert proc.poll() is None, "the crawl ended early"
            ports = listening_ports(proc.pid)
            files = {f: f.read_text() for f in state.rglob("*") if f.is_file()}
        except BaseException:
            proc.kill()
            proc.communicate()
            raise
        # Leaving the server releases the hanging page: the crawl ends.
    _, log = proc.communicate(timeout=120)
    return ports, files, log


def test_no_listening_port_and_no_job_file(tmp_path: Path) -> None:
    ports, files, log = _crawl_while_hanging(tmp_path)
    assert ports == set(), log[-3000:]
    assert files == {}
    assert not (tmp_path / "state").exists()
    enabled = log.split("Enabled extensions:", 1)[1].split("\n2", 1)[0]
    assert "scrapy.extensions.corestats.CoreStats" in enabled
    for name in OFF:
        assert name not in enabled
    assert "Telnet" not in log and "Remote control" not in log


def test_the_check_sees_them_when_they_are_on(tmp_path: Path) -> None:
    """The same crawl with both turned back on: two ports and a job file with a token,
    so the test above would notice them."""
    ports, files, log = _crawl_while_hanging(
        tmp_path, "-s", "TELNETCONSOLE_ENABLED=1", "-s", "REMOTE_CONTROL_ENABLED=1"
    )
    assert len(ports) == 2, log[-3000:]
    [(job, text)] = files.items()
    assert job.parent.name == "job_files" and '"token"' in text
    assert not job.exists()  # removed by a clean stop, left behind by a killed one
