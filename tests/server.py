"""A real HTTP server on 127.0.0.1 serving fixture pages at their site paths."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar


class _Handler(BaseHTTPRequestHandler):
    routes: ClassVar[dict[str, tuple[bytes, str]]] = {}

    def do_GET(self) -> None:
        body, ctype = self.routes.get(self.path, (b"not found", "text/plain"))
        status = 200 if self.path in self.routes else 404
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@contextmanager
def serve(routes: dict[str, Path | tuple[bytes, str]]) -> Iterator[str]:
    """Serve ``{path: file | (bytes, content type)}``; yields the base URL."""
    table = {
        p: (v.read_bytes(), "text/html; charset=utf-8") if isinstance(v, Path) else v
        for p, v in routes.items()
    }
    handler = type("Handler", (_Handler,), {"routes": table})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
