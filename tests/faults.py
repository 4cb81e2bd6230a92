"""A loopback HTTP server that misbehaves on purpose, one way per path."""

from __future__ import annotations

import socket
import struct
import threading
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

CHALLENGE = (
    b"<!DOCTYPE html><html><head><title>Just a moment...</title></head><body>"
    b"<h1>Checking your browser before accessing www.dawn.com.</h1>"
    b"<p>This process is automatic. Your browser will redirect shortly.</p>"
    b"<div id='challenge-platform'></div></body></html>"
)


SEED_CANONICAL = (
    b"https://www.dawn.com/news/1137956/"
    b"mqm-calls-upon-british-govt-to-provide-maximum-security-to-altaf"
)


class FaultHandler(BaseHTTPRequestHandler):
    good: ClassVar[bytes] = b""
    hits: ClassVar[Counter[str]] = Counter()
    release: ClassVar[threading.Event] = threading.Event()

    def do_GET(self) -> None:
        path = self.path
        self.hits[path] += 1
        kind = path.split("/")[2] if path.startswith("/news/") else path.strip("/")
        fault = path.rsplit("/", 1)[-1]
        if kind == "robots.txt":
            return self._send(404, b"", "text/plain")
        if fault == "flaky" and self.hits[path] == 1:
            return self._send(503, b"busy", "text/plain")
        if fault in ("flaky", "good", "canonical"):
            return self._send(200, self.page())
        if fault == "error":
            return self._send(500, b"oops", "text/plain")
        if fault == "reset":
            # RST instead of a response: SO_LINGER 0 then close.
            self.connection.setsockopt(
                socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0)
            )
            self.connection.close()
            return None
        if fault == "truncated":
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(self.page())))
            self.end_headers()
            self.wfile.write(self.page()[: len(self.page()) // 3])
            self.wfile.flush()
            self.connection.shutdown(socket.SHUT_RDWR)
            return None
        if fault == "hang":
            self.release.wait(10)  # until the test ends; the crawler gives up first
            return None
        if fault == "redirect":
            self.send_response(301)
            self.send_header("Location", path.replace("redirect", "canonical"))
            self.send_header("Content-Length", "0")
            self.end_headers()
            return None
        if fault == "pdf":
            return self._send(
                200, b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF", "application/pdf"
            )
        if fault == "huge":
            return self._send(200, self.page() + b"<!--" + b"x" * 400_000 + b"-->")
        if fault == "nocharset":
            body = self.page().replace(b'<meta charset="utf-8">', b"")
            body = body.decode("utf-8").replace("’", "'").encode("cp1252")
            return self._send(200, body, "text/html")
        if fault == "wrongcharset":
            body = self.page().decode("utf-8").replace("’", "'").replace("Muttahida", "Muttahidá")
            return self._send(200, body.encode("cp1252"), "text/html; charset=utf-8")
        if fault == "challenge":
            return self._send(200, CHALLENGE)
        if fault == "forbidden":
            return self._send(403, CHALLENGE)
        if fault == "toomany":
            return self._send(429, b"slow down", "text/plain")
        return self._send(404, b"<html><body>Not found</body></html>")

    def page(self) -> bytes:
        """The good page, as its own story: canonical URL = the requested path."""
        return self.good.replace(SEED_CANONICAL, self.path.encode())

    def _send(self, status: int, body: bytes, ctype: str = "text/html; charset=utf-8") -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@contextmanager
def fault_server(good_page: Path) -> Iterator[tuple[str, Counter[str]]]:
    """Serve the faults; yields the base URL and the per-path hit counter."""
    handler = type(
        "Handler",
        (FaultHandler,),
        {"good": good_page.read_bytes(), "hits": Counter(), "release": threading.Event()},
    )
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", handler.hits
    finally:
        handler.release.set()
        server.shutdown()
        server.server_close()
