"""The live progress line of a crawl: drawn on a terminal (a real pseudo-terminal here),
with log lines printed cleanly above it; nothing at all when stderr is not a terminal."""

from __future__ import annotations

import fcntl
import io
import logging
import os
import pty
import re
import select
import struct
import subprocess
import sys
import termios
import time
import tty
from pathlib import Path

import pytest
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured

from newscrawl.crawlprogress import CrawlLine, CrawlProgress, _AboveTheLine
from newscrawl.offline import project_settings
from newscrawl.spiders.dawn import DawnSpider

from .conftest import FIXTURES, ROOT
from .crawling import stats_of
from .faults import fault_server

GOOD = FIXTURES / "dawn" / "v2-seed-mqm-altaf" / "page.html"
LINE = re.compile(
    r"^dawn: (\d+) pages?(?: \([\d.]+/s\))? · (\d+) articles? · (\d+) sidebar · "
    r"(\d+) errors? · (\d+) queued · \d+s$"
)
LOG = re.compile(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d \[")


def on_a_terminal(command: list[str]) -> tuple[int, str]:
    """Run *command* with stdout and stderr on a pseudo-terminal (raw: no newline
    translation); its exit status and everything it wrote."""
    master, slave = pty.openpty()
    tty.setraw(slave)
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 50, 200, 0, 0))  # 200 columns
    proc = subprocess.Popen(command, cwd=ROOT, stdin=subprocess.DEVNULL, stdout=slave,
                            stderr=slave)  # fmt: skip
    os.close(slave)
    chunks = []
    deadline = time.monotonic() + 120
    try:
        while select.select([master], [], [], max(0.0, deadline - time.monotonic()))[0]:
            try:
                chunk = os.read(master, 65536)
            except OSError:  # EIO: every writer has closed the terminal
                break
            if not chunk:
                break
            chunks.append(chunk)
        else:
            proc.kill()
            pytest.fail("the command hung: " + b"".join(chunks)[-2000:].decode(errors="replace"))
    finally:
        os.close(master)
    return proc.wait(timeout=120), b"".join(chunks).decode("utf-8", "replace")


def rendered(output: str) -> list[str]:
    """The lines as a terminal shows them: a carriage return goes back to the start of the
    line and later text overwrites earlier text."""
    lines = []
    for raw in output.split("\n"):
        shown: list[str] = []
        for part in raw.split("\r"):
            shown[: len(part)] = part
        lines.append("".join(shown).rstrip())
    return lines


def _crawl(base: str, out: Path, *extra: str) -> list[str]:
    urls = ",".join(f"{base}/news/{1000701 + i}/{f}" for i, f in enumerate(["good", "error",
                                                                           "hang"]))  # fmt: skip
    return ["-a", f"start_urls={urls}", "-s", f"NEWSCRAWL_OUTPUT_DIR={out}",
            "-s", "AUTOTHROTTLE_ENABLED=0", "-s", "RETRY_TIMES=0", "-s", "DOWNLOAD_TIMEOUT=2",
            "-s", "NEWSCRAWL_PROGRESS_INTERVAL=0.1", *extra]  # fmt: skip


def test_scrapy_crawl_on_a_terminal_shows_live_progress_above_clean_logs(tmp_path: Path) -> None:
    with fault_server(GOOD) as (base, _):
        command = [
            "scrapy",
            "crawl",
            "dawn",
            *_crawl(base, tmp_path / "out", "-s", "LOG_LEVEL=INFO"),
        ]
        status, output = on_a_terminal([sys.executable, "-m", *command])
    assert status == 2, output[-3000:]  # 2 errors in 4 requests: the error-rate check fails
    # Drawn many times while the crawl waits on the hanging page (a 2 s timeout).
    drawn = [LINE.match(part) for part in output.replace("\n", "\r").split("\r")]
    states = [m.groups() for m in drawn if m]
    assert len(states) >= 5, output[-3000:]
    assert len(set(states)) >= 2  # it moved: live, not only drawn at the end
    # The last state drawn is the crawl's final figures.
    stats = stats_of(output)
    errors = sum(v for k, v in stats.items() if k.startswith("newscrawl/errors/"))
    final = [stats["response_received_count"], stats["newscrawl/exported/articles"],
             stats["newscrawl/exported/sidebar_items"], errors, 0]  # fmt: skip
    assert states[-1] == tuple(map(str, final))
    assert errors == 2 and stats["newscrawl/exported/articles"] == 1
    # Every log line is shown whole, from its first column; the progress line is never
    # glued to one, and it ends up on a line of its own.
    lines = rendered(output)
    logs = [line for line in lines if LOG.search(line)]
    assert len(logs) > 20
    assert all(LOG.match(line) for line in logs), [x for x in logs if not LOG.match(x)]
    assert not any(" queued · " in line for line in logs)
    assert any(LINE.match(line) for line in lines)


def test_newscrawl_crawl_on_a_terminal_shows_progress_then_the_summary(tmp_path: Path) -> None:
    with fault_server(GOOD) as (base, _):
        status, output = on_a_terminal([sys.executable, "-m", "newscrawl.cli", "crawl", "dawn",
                                        *_crawl(base, tmp_path / "out")])  # fmt: skip
    assert status == 2, output[-3000:]
    lines = rendered(output)
    final = [i for i, line in enumerate(lines) if LINE.match(line)]
    assert final, output[-3000:]
    summary = next(i for i, line in enumerate(lines) if line.startswith("pages fetched"))
    assert final[-1] < summary
    # robots.txt, the good page, the 500: as the summary says.
    assert lines[summary].split() == ["pages", "fetched", "3"]
    last = LINE.match(lines[final[-1]])
    assert last is not None and last.group(1) == "3"


def test_progress_can_be_turned_off_on_a_terminal(tmp_path: Path) -> None:
    with fault_server(GOOD) as (base, _):
        status, output = on_a_terminal(
            [sys.executable, "-m", "scrapy", "crawl", "dawn",
             *_crawl(base, tmp_path / "out", "-s", "NEWSCRAWL_PROGRESS=0")]
        )  # fmt: skip
    assert status == 2, output[-3000:]
    assert " queued · " not in output and "\r" not in output


def test_no_progress_output_when_not_on_a_terminal(tmp_path: Path) -> None:
    with fault_server(GOOD) as (base, _):
        proc = subprocess.run(
            [sys.executable, "-m", "scrapy", "crawl", "dawn", *_crawl(base, tmp_path / "out")],
            cwd=ROOT, capture_output=True, text=True, timeout=120, check=False,
        )  # fmt: skip
    assert proc.returncode == 2, proc.stderr[-3000:]
    assert "\r" not in proc.stderr and "\r" not in proc.stdout
    assert " queued · " not in proc.stderr
    assert "CrawlProgress" not in proc.stderr  # not enabled, and no "Disabled …" warning


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def _crawler(**settings: object) -> Crawler:
    crawler = Crawler(DawnSpider, project_settings({"TWISTED_REACTOR_ENABLED": False,
                                                    **settings}))  # fmt: skip
    crawler._apply_settings()
    return crawler


def test_the_line_reads_the_stats() -> None:
    crawler = _crawler()
    assert crawler.stats is not None
    line = CrawlLine(crawler.stats, "dawn", Terminal())
    now = [line._started]
    line._clock = lambda: now[0]
    assert line.text() == "dawn: 0 pages · 0 articles · 0 sidebar · 0 errors · 0 queued · 0s"
    for key, value in {"response_received_count": 50, "newscrawl/exported/articles": 1,
                       "newscrawl/exported/sidebar_items": 12, "newscrawl/errors/http_500": 2,
                       "newscrawl/errors/timeout": 1, "scheduler/enqueued": 80,
                       "scheduler/dequeued": 52}.items():  # fmt: skip
        crawler.stats.set_value(key, value)
    now[0] += 20
    assert line.text() == (
        "dawn: 50 pages (2.5/s) · 1 article · 12 sidebar · 3 errors · 28 queued · 20s"
    )


def test_a_log_record_goes_above_the_line() -> None:
    terminal = Terminal()
    crawler = _crawler()
    assert crawler.stats is not None
    line = CrawlLine(crawler.stats, "dawn", terminal)
    handler = logging.StreamHandler(terminal)
    handler.setStream(_AboveTheLine(terminal, line))  # type: ignore[arg-type]
    line.draw(force=True)
    drawn = terminal.getvalue()
    logger = logging.getLogger("test.progress")
    logger.addHandler(handler)
    try:
        logger.warning("a log record")
    finally:
        logger.removeHandler(handler)
    blank = "\r" + " " * (len(drawn) - 1) + "\r"
    assert terminal.getvalue() == f"{drawn}{blank}a log record\n{drawn}"


@pytest.mark.parametrize("settings", [{}, {"NEWSCRAWL_PROGRESS": False}])
def test_off_unless_stderr_is_a_terminal(
    settings: dict[str, object], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stderr", io.StringIO())
    with pytest.raises(NotConfigured):
        CrawlProgress.from_crawler(_crawler(**settings))
    monkeypatch.setattr(sys, "stderr", Terminal())
    if settings:
        with pytest.raises(NotConfigured):
            CrawlProgress.from_crawler(_crawler(**settings))
    else:
        assert isinstance(CrawlProgress.from_crawler(_crawler()), CrawlProgress)
