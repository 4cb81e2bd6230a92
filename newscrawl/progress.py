"""A tiny progress line for long offline commands (``newscrawl extract``, ``report``).

Draws ``\\r<label>: 120/400 · 30% · 41.2/s · ETA 7s · 3s elapsed`` on a terminal, at
most ``interval`` seconds apart (0.1 s: ~10 redraws a second), and ends the line on
close. When the stream is not a terminal (a pipe, a log file, CI) it writes nothing::

    with Progress(len(files), "extract") as progress:
        for path in files:
            ...
            progress.advance()
"""

from __future__ import annotations

import io
import os
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from types import TracebackType
from typing import TextIO, TypeVar

T = TypeVar("T")


def _isatty(stream: TextIO) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError, OSError):  # no isatty, or a closed stream
        return False


def _columns(stream: TextIO) -> int:
    """The terminal's width (80 when it does not say)."""
    try:
        return os.get_terminal_size(stream.fileno()).columns or 80
    except (AttributeError, ValueError, OSError, io.UnsupportedOperation):
        return 80


def _clock(seconds: float) -> str:
    """``7s``, ``3m05s``, ``2h07m``."""
    whole = max(0, round(seconds))
    if whole < 60:
        return f"{whole}s"
    if whole < 3600:
        return f"{whole // 60}m{whole % 60:02d}s"
    return f"{whole // 3600}h{whole % 3600 // 60:02d}m"


class Progress:
    """Count work done and show it on a terminal: done/total, percentage, rate and ETA.

    ``total`` may be ``None`` when the amount of work is unknown (then no percentage or
    ETA). ``stream`` defaults to ``sys.stderr`` as it is when the object is made;
    ``clock`` (seconds, monotonic) is there for tests.
    """

    def __init__(
        self,
        total: int | None,
        label: str,
        stream: TextIO | None = None,
        *,
        interval: float = 0.1,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.total = total
        self.label = label
        self.done = 0
        self.stream: TextIO = sys.stderr if stream is None else stream
        self.enabled = _isatty(self.stream)
        self.interval = interval
        self._clock = clock
        self._started = clock()
        self._drawn_at: float | None = None
        self._width = 0  # length of the last line drawn, to blank a longer one
        self._closed = False

    def __enter__(self) -> Progress:
        self.draw(force=True)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def advance(self, n: int = 1) -> None:
        """Count ``n`` more items done; redraw if the last draw is old enough."""
        self.done += n
        self.draw()

    def track(self, items: Iterable[T]) -> Iterator[T]:
        """Yield ``items``, advancing by one after each."""
        for item in items:
            yield item
            self.advance()

    def clear(self) -> None:
        """Blank the progress line and put the cursor at its start, for other output; the
        next :meth:`draw` puts it back."""
        if self.enabled and self._width and not self._closed:
            self.stream.write("\r" + " " * self._width + "\r")
            self._width = 0

    def note(self, message: str) -> None:
        """Print ``message`` on a line of its own (terminal or not), then redraw the progress.

        Use it instead of ``print(..., file=sys.stderr)`` while a progress line is shown.
        """
        self.clear()
        self.stream.write(message + "\n")
        self.stream.flush()
        if self._drawn_at is not None:
            self.draw(force=True)

    def text(self) -> str:
        """The progress line as it would be drawn now (without ``\\r``)."""
        elapsed = self._clock() - self._started
        parts = [f"{self.label}: {self.done}"]
        if self.total is not None:
            parts[0] += f"/{self.total}"
            if self.total > 0:
                parts.append(f"{min(100, 100 * self.done // self.total)}%")
        if elapsed > 0 and self.done:
            rate = self.done / elapsed
            parts.append(f"{rate:.1f}/s")
            if self.total is not None and self.done < self.total:
                parts.append(f"ETA {_clock((self.total - self.done) / rate)}")
        parts.append(f"{_clock(elapsed)} elapsed")
        return " · ".join(parts)

    def draw(self, *, force: bool = False) -> None:
        """Redraw the line on a terminal: always when ``force``, else rate-limited."""
        if not self.enabled or self._closed:
            return
        now = self._clock()
        if not force and self._drawn_at is not None and now - self._drawn_at < self.interval:
            return
        self._drawn_at = now
        # A line wider than the terminal wraps, and "\r" then redraws only its last row.
        line = self.text()[: _columns(self.stream) - 1]
        self.stream.write("\r" + line + " " * max(0, self._width - len(line)))
        self.stream.flush()
        self._width = len(line)

    def close(self) -> None:
        """Draw the final state and end the line (on a terminal); idempotent."""
        if self._closed:
            return
        self.draw(force=True)
        self._closed = True
        if self.enabled:
            self.stream.write("\n")
            self.stream.flush()
