"""A threaded HTTP server on 127.0.0.1 that records, per host, when every request arrived
and how many were being served at once: what a site sees of a crawler's politeness."""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import ClassVar


@dataclass
class Traffic:
    """What the server saw. Times are ``time.monotonic()`` of this process."""

    latency: float = 0.0
    page: bytes = b"<html><body><p>page</p></body></html>"
    #: Requests whose path contains "hang" are held until this is set.
    hang: threading.Event = field(default_factory=threading.Event)
    arrivals: dict[str, list[float]] = field(default_factory=dict)
    paths: list[str] = field(default_factory=list)
    in_flight: dict[str, int] = field(default_factory=dict)
    peak: dict[str, int] = field(default_factory=dict)
    lock: threading.Condition = field(default_factory=threading.Condition)

    def arrived(self, host: str, path: str) -> None:
        with self.lock:
            self.arrivals.setdefault(host, []).append(time.monotonic())
            self.paths.append(path)
            self.in_flight[host] = self.in_flight.get(host, 0) + 1
            self.peak[host] = max(self.peak.get(host, 0), self.in_flight[host])
            self.lock.notify_all()

    def served(self, host: str) -> None:
        with self.lock:
            self.in_flight[host] -= 1
            self.lock.notify_all()

    def wait_for(self, check: Callable[[Traffic], bool], timeout: float = 120) -> None:
        """Wait until ``check(self)`` holds (under the lock); fail after *timeout* s."""
        with self.lock:
            if not self.lock.wait_for(lambda: check(self), timeout):
                raise AssertionError(f"server: condition not met in {timeout} s: {self}")

    def hits(self) -> int:
        with self.lock:
            return len(self.paths)

    def busiest_window(self, host: str, window: float) -> int:
        """The most requests to *host* that arrived within any *window* seconds."""
        with self.lock:
            times = sorted(self.arrivals.get(host, []))
        best, first = 0, 0
        for last, moment in enumerate(times):
            while moment - times[first] >= window:
                first += 1
            best = max(best, last - first + 1)
        return best


class _Handler(BaseHTTPRequestHandler):
    traffic: ClassVar[Traffic]
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:
        traffic = self.traffic
        host = self.headers.get("Host", "")
        traffic.arrived(host, self.path)
        try:
            if "hang" in self.path:
                traffic.hang.wait(120)
            elif traffic.latency:
                time.sleep(traffic.latency)  # the site's own slowness, not a test's wait
        finally:
            # Counted out before the answer leaves: a crawler that has the answer (and
            # gives its slot to another worker) never finds the server still counting it.
            traffic.served(host)
        if "reset" in self.path:
            self.close_connection = True  # no answer at all: a download error
            return
        if "moved" in self.path:
            self.send_response(301)
            self.send_header("Location", self.path.replace("moved", "story"))
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        found = self.path.startswith("/news/") and "gone" not in self.path
        body = traffic.page if found else b"not found"
        self.send_response(200 if found else 404)
        self.send_header("Content-Type", "text/html; charset=utf-8" if found else "text/plain")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        with contextlib.suppress(OSError):  # the client was killed while it waited
            self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@contextmanager
def recording(traffic: Traffic) -> Iterator[str]:
    """Serve ``/news/…`` pages (``traffic.page``) and record *traffic*; yields the base URL.

    Paths with ``hang`` wait for ``traffic.hang``, ``reset`` get no answer, ``moved`` are
    redirected to ``story``, ``gone`` are 404."""
    handler = type("Handler", (_Handler,), {"traffic": traffic})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        traffic.hang.set()
        server.shutdown()
        server.server_close()
