"""The terminal progress line: drawn only on a TTY, rate-limited, ended on close."""

from __future__ import annotations

import io

import pytest

from newscrawl.progress import Progress


class Stream(io.StringIO):
    """A text stream that says whether it is a terminal."""

    def __init__(self, tty: bool) -> None:
        super().__init__()
        self.tty = tty

    def isatty(self) -> bool:
        return self.tty


class Clock:
    """A monotonic clock the test moves by hand (no sleeping)."""

    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_draws_on_a_tty_at_most_ten_times_a_second() -> None:
    stream, clock = Stream(tty=True), Clock()
    with Progress(400, "extract", stream, clock=clock) as progress:
        assert stream.getvalue() == "\rextract: 0/400 · 0% · 0s elapsed"
        for k in range(100):  # 100 items within 0.099 s: no redraw
            clock.now = 100 + k * 0.001
            progress.advance()
        assert stream.getvalue().count("\r") == 1
        clock.now = 100.125
        progress.advance(20)
        assert stream.getvalue().count("\r") == 2
        assert stream.getvalue().endswith(
            "\rextract: 120/400 · 30% · 960.0/s · ETA 0s · 0s elapsed"
        )
        clock.now = 110.0
        progress.advance(80)
    lines = stream.getvalue().split("\r")
    assert lines[-1] == "extract: 200/400 · 50% · 20.0/s · ETA 10s · 10s elapsed\n"
    assert progress.done == 200


def test_shorter_line_blanks_the_longer_one() -> None:
    stream, clock = Stream(tty=True), Clock()
    progress = Progress(None, "report", stream, clock=clock)
    progress.advance(123456)
    progress.draw(force=True)
    long = len(stream.getvalue().split("\r")[-1])
    progress.done = 1
    progress.draw(force=True)
    assert len(stream.getvalue().split("\r")[-1]) == long
    progress.close()
    progress.close()  # idempotent: one newline
    assert stream.getvalue().count("\n") == 1


@pytest.mark.parametrize("total", [None, 0, 3])
def test_silent_when_not_a_tty(total: int | None) -> None:
    stream = Stream(tty=False)
    with Progress(total, "extract", stream) as progress:
        for _ in progress.track(["a", "b", "c"]):
            pass
    assert stream.getvalue() == ""
    assert progress.done == 3


def test_unknown_total_and_long_eta() -> None:
    clock = Clock()
    progress = Progress(None, "report", Stream(tty=True), clock=clock)
    clock.now += 2
    progress.advance(10)
    assert progress.text() == "report: 10 · 5.0/s · 2s elapsed"
    progress = Progress(10_000, "extract", Stream(tty=True), clock=clock)
    clock.now += 4
    progress.advance(2)
    assert progress.text() == "extract: 2/10000 · 0% · 0.5/s · ETA 5h33m · 4s elapsed"


def test_default_stream_is_stderr_and_closed_streams_are_not_ttys(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with Progress(2, "x") as progress:
        progress.advance(2)
    assert capsys.readouterr().err == ""  # captured stderr is not a terminal
    closed = io.StringIO()
    closed.close()  # isatty() raises ValueError
    assert not Progress(1, "x", closed).enabled


@pytest.mark.parametrize("tty", [True, False])
def test_notes_go_on_their_own_line(tty: bool) -> None:
    stream, clock = Stream(tty=tty), Clock()
    with Progress(2, "extract", stream, clock=clock) as progress:
        progress.advance()
        progress.note("newscrawl: a.html: empty page")
        progress.advance()
    if not tty:
        assert stream.getvalue() == "newscrawl: a.html: empty page\n"
        return
    first = "extract: 0/2 · 0% · 0s elapsed"
    assert stream.getvalue() == (
        f"\r{first}\r{' ' * len(first)}\rnewscrawl: a.html: empty page\n"
        "\rextract: 1/2 · 50% · 0s elapsed"
        "\rextract: 2/2 · 100% · 0s elapsed\n"
    )
