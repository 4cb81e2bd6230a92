"""A loopback HTTP server for a site written by :mod:`newscrawl.demo.sitegen`.

``DemoSite(root)`` serves the route table in ``root/site.json`` on ``127.0.0.1`` (a free
port unless one is given) from a daemon thread::

    with DemoSite(Path("fixtures/site/edition1")) as site:
        fetch(site.base_url + "/")
        site.swap(Path("fixtures/site/edition2"))   # same port, next edition
        assert site.hits["/search"] == 0            # requests per path (query ignored)

Text responses have the site origin (``https://www.dawn.com``) replaced by the server's
base URL, once per file (the bytes are cached). 200 responses carry ``ETag`` (a hash of the
served bytes) and ``Last-Modified`` (from the route table: the article's stamp, a listing's
newest stamp; never a file mtime) and answer ``If-None-Match`` / ``If-Modified-Since`` with
304. Redirects get an absolute ``Location``; unknown paths a small 404 page; the calendar
trap is rendered on the fly, one page per day, forever.

``latency`` (seconds) delays every answer, as a distant server does (a benchmark of a
polite crawl is bound by waiting, not by the loopback); ``host`` is the loopback address
to serve on (``127.0.0.2`` … are loopback too on Linux: several "sites" on one machine,
each a host of its own for per-host politeness).

``python -m newscrawl.demo.server DIR [--port N] [--latency S] [--host H]`` serves a site
by hand.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import re
import socket
import sys
import threading
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from email.utils import format_datetime, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType
from typing import Any
from urllib.parse import urlsplit

from newscrawl.demo.sitegen import ORIGIN, SITE_FILE, STATIC_MODIFIED

#: Content types whose bytes get the origin rewritten.
_TEXT_TYPES = ("text/", "application/xml", "application/rss+xml", "application/atom+xml")
#: Cached served bytes across all files, at most (least recently added evicted first).
CACHE_BYTES = 256 * 1024 * 1024
_HTML = "text/html; charset=utf-8"


@dataclass(frozen=True)
class Response:
    """One response, before conditional-request handling."""

    status: int
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    etag: str | None = None
    modified: datetime | None = None


@dataclass(frozen=True)
class _Table:
    root: Path
    origin: str
    routes: dict[str, dict[str, Any]]
    patterns: list[tuple[re.Pattern[str], str]]

    @classmethod
    def load(cls, root: Path) -> _Table:
        data = json.loads((root / SITE_FILE).read_text(encoding="utf-8"))
        patterns = [(re.compile(p["regex"]), str(p["kind"])) for p in data.get("patterns", [])]
        return cls(root, str(data.get("origin", ORIGIN)), dict(data["routes"]), patterns)


def _etag(body: bytes) -> str:
    return '"' + hashlib.sha256(body).hexdigest()[:20] + '"'


def _http_date(moment: datetime) -> str:
    return format_datetime(moment.astimezone(UTC).replace(microsecond=0), usegmt=True)


def _page(title: str, body: str) -> bytes:
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{title} - DAWN.COM</title>\n</head>\n<body>\n{body}</body>\n</html>\n"
    ).encode()


def render_calendar(day: date, origin: str = ORIGIN) -> bytes:
    """The endless calendar trap: one day's (empty) events page, linking to both neighbours."""
    prev, nxt = day - timedelta(days=1), day + timedelta(days=1)
    return _page(
        f"Events calendar: {day:%d %B %Y}",
        f'<main class="calendar">\n<h1>Events calendar: {day:%A, %d %B %Y}</h1>\n'
        "<p>No events are listed for this day.</p>\n"
        f'<nav><a class="calendar__prev" href="{origin}/calendar/{prev:%Y/%m/%d}">'
        f"{prev:%d %B %Y}</a> "
        f'<a class="calendar__next" href="{origin}/calendar/{nxt:%Y/%m/%d}">{nxt:%d %B %Y}</a>'
        f'</nav>\n<p><a href="{origin}/">Home</a></p>\n</main>\n',
    )


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"
    server_version = "DemoDawn/1.0"
    timeout = 30

    def version_string(self) -> str:
        return self.server_version

    def do_GET(self) -> None:
        self._answer(head=False)

    def do_HEAD(self) -> None:
        self._answer(head=True)

    def setup(self) -> None:
        super().setup()
        self.server.site._track(self.connection, add=True)

    def finish(self) -> None:
        try:
            super().finish()
        finally:
            self.server.site._track(self.connection, add=False)

    def _answer(self, *, head: bool) -> None:
        site = self.server.site
        if site.latency > 0:
            time.sleep(site.latency)  # this connection's thread only
        target = self.path
        if target.startswith(("http://", "https://")):  # absolute-form request target
            parts = urlsplit(target)
            target = parts.path + (f"?{parts.query}" if parts.query else "")
        site._count(target)
        response = site.resolve(target)
        status, body = response.status, response.body
        if status == 200 and self._not_modified(response):
            status, body = 304, b""
        self.send_response(status)
        for name, value in response.headers.items():
            self.send_header(name, value)
        if response.etag:
            self.send_header("ETag", response.etag)
        if response.modified is not None:
            self.send_header("Last-Modified", _http_date(response.modified))
        if status != 304:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if not head and status != 304:
            self.wfile.write(body)

    def _not_modified(self, response: Response) -> bool:
        if_none_match = self.headers.get("If-None-Match")
        if if_none_match is not None:
            tags = {t.strip().removeprefix("W/") for t in if_none_match.split(",")}
            return "*" in tags or response.etag in tags
        since = self.headers.get("If-Modified-Since")
        if since and response.modified is not None:
            try:
                moment = parsedate_to_datetime(since)
            except (TypeError, ValueError, IndexError):
                return False
            if moment.tzinfo is None:
                moment = moment.replace(tzinfo=UTC)
            return response.modified.replace(microsecond=0) <= moment
        return False

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: tests and crawls read :attr:`DemoSite.hits` instead."""


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 128  # crawlers open many connections at once

    def __init__(self, address: tuple[str, int], site: DemoSite) -> None:
        self.site = site
        super().__init__(address, _Handler)


class DemoSite:
    """A generated site served on 127.0.0.1 from a daemon thread."""

    def __init__(
        self, root: Path, *, port: int = 0, latency: float = 0.0, host: str = "127.0.0.1"
    ) -> None:
        self.port = port
        self.latency = latency
        self.host = host
        #: Requests per path (without the query); every method, every status.
        self.hits: Counter[str] = Counter()
        #: Requests per full target (path and query, e.g. ``/pakistan?page=2``).
        self.target_hits: Counter[str] = Counter()
        self._table = _Table.load(Path(root))
        self._lock = threading.Lock()
        self._cache: dict[tuple[Path, str], tuple[bytes, str]] = {}
        self._cached_bytes = 0
        self._connections: set[socket.socket] = set()
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None
        self.base_url = ""

    # -- lifecycle -------------------------------------------------------------------------
    def start(self) -> str:
        """Start serving; returns the base URL ``http://127.0.0.1:<port>``."""
        if self._server is not None:
            return self.base_url
        server = _Server((self.host, self.port), self)
        self.port = int(server.server_address[1])
        self.base_url = f"http://{self.host}:{self.port}"
        self._server = server
        self._thread = threading.Thread(
            target=server.serve_forever,
            kwargs={"poll_interval": 0.05},
            name=f"demo-site-{self.port}",
            daemon=True,
        )
        self._thread.start()
        return self.base_url

    def stop(self) -> None:
        """Stop serving and close open connections (the port is released)."""
        server, thread = self._server, self._thread
        if server is None:
            return
        server.shutdown()
        server.server_close()
        with self._lock:
            connections = list(self._connections)
        for conn in connections:
            with contextlib.suppress(OSError):
                conn.shutdown(socket.SHUT_RDWR)
        if thread is not None:
            thread.join()
        self._server = self._thread = None

    def __enter__(self) -> DemoSite:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    def swap(self, root: Path) -> None:
        """Serve another generated site (e.g. the next edition) on the same port."""
        table = _Table.load(Path(root))
        with self._lock:
            self._table = table
            self._cache.clear()
            self._cached_bytes = 0

    @property
    def root(self) -> Path:
        """The directory of the site being served."""
        return self._table.root

    def url(self, path: str) -> str:
        """Absolute URL of a site path (``/news/…``) on this server."""
        return self.base_url + path

    # -- responses -------------------------------------------------------------------------
    def resolve(self, target: str) -> Response:
        """The response to ``GET target`` (path plus optional query)."""
        table = self._table
        parts = urlsplit(target)
        key = parts.path + (f"?{parts.query}" if parts.query else "")
        route = table.routes.get(key)
        if route is None:
            for pattern, kind in table.patterns:
                match = pattern.match(parts.path)
                if match and kind == "calendar":
                    return self._calendar(match)
            return self._not_found()
        status = int(route.get("status", 200))
        if "location" in route:
            location = str(route["location"])
            if location.startswith("/"):
                location = self.base_url + location
            elif location.startswith(table.origin):
                location = self.base_url + location[len(table.origin) :]
            body = _page("Moved", f'<p>Moved to <a href="{location}">{location}</a></p>\n')
            return Response(
                status, body, {"Location": location, "Content-Type": _HTML}, None, None
            )
        body, etag = self._file(table, str(route["file"]), str(route["type"]))
        headers = {"Content-Type": str(route["type"]), **route.get("headers", {})}
        if status != 200:
            return Response(status, body, headers)
        modified = (
            datetime.fromisoformat(route["modified"])
            if route.get("modified")
            else _hash_time(etag)
        )
        return Response(200, body, headers, etag, modified)

    def _file(self, table: _Table, name: str, ctype: str) -> tuple[bytes, str]:
        key = (table.root, name)
        with self._lock:
            hit = self._cache.get(key)
        if hit is not None:
            return hit
        data = (table.root / name).read_bytes()
        if ctype.startswith(_TEXT_TYPES) and self.base_url:
            data = data.replace(table.origin.encode(), self.base_url.encode())
        entry = (data, _etag(data))
        with self._lock:
            if self._table is table:
                while self._cache and self._cached_bytes + len(data) > CACHE_BYTES:
                    oldest = next(iter(self._cache))
                    self._cached_bytes -= len(self._cache.pop(oldest)[0])
                self._cache[key] = entry
                self._cached_bytes += len(data)
        return entry

    def _calendar(self, match: re.Match[str]) -> Response:
        try:
            day = date(int(match[1]), int(match[2]), int(match[3]))
        except ValueError:
            return self._not_found()
        body = render_calendar(day, self.base_url or ORIGIN)
        return Response(200, body, {"Content-Type": _HTML}, _etag(body), STATIC_MODIFIED)

    def _not_found(self) -> Response:
        body = _page(
            "Page not found",
            "<h1>Page not found</h1>\n<p>The page you requested does not exist.</p>\n",
        )
        return Response(404, body, {"Content-Type": _HTML})

    # -- bookkeeping -----------------------------------------------------------------------
    def _count(self, target: str) -> None:
        with self._lock:
            self.hits[target.partition("?")[0]] += 1
            self.target_hits[target] += 1

    def _track(self, conn: socket.socket, *, add: bool) -> None:
        with self._lock:
            if add:
                self._connections.add(conn)
            else:
                self._connections.discard(conn)

    def hits_under(self, prefix: str) -> int:
        """Requests whose path starts with *prefix* (e.g. ``/calendar/``)."""
        with self._lock:
            return sum(n for path, n in self.hits.items() if path.startswith(prefix))

    def snapshot(self) -> Counter[str]:
        """A copy of :attr:`hits`, safe to iterate while the server is answering."""
        with self._lock:
            return Counter(self.hits)


def _hash_time(etag: str) -> datetime:
    """A fixed time derived from content (for routes without a ``modified`` stamp)."""
    seconds = int(etag.strip('"')[:8], 16) % (365 * 86400)
    return STATIC_MODIFIED + timedelta(seconds=seconds)


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: ``python -m newscrawl.demo.server DIR [--port N] [--latency S]``."""
    parser = argparse.ArgumentParser(
        prog="python -m newscrawl.demo.server", description="Serve a generated demo site."
    )
    parser.add_argument("root", type=Path, help="directory written by newscrawl.demo.sitegen")
    parser.add_argument("--port", type=int, default=0, help="port (default: a free one)")
    parser.add_argument("--latency", type=float, default=0.0,
                        help="seconds every answer waits (default: 0)")  # fmt: skip
    parser.add_argument("--host", default="127.0.0.1",
                        help="loopback address to serve on (default: 127.0.0.1)")  # fmt: skip
    args = parser.parse_args(argv)
    site = DemoSite(args.root, port=args.port, latency=args.latency, host=args.host)
    url = site.start()
    print(f"serving {args.root} at {url}/ (Ctrl-C to stop)", flush=True)
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        pass
    finally:
        site.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
