"""A loopback HTTP server that misbehaves on purpose, one way per path."""

from __future__ import annotations

import gzip
import re
import socket
import struct
import threading
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import cache
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

CHALLENGE = (
    b"<!DOCTYPE html><html><head><title>Just a moment...</title></head><body>"
    b"<h1>Checking your browser before accessing www.dawn.com.</h1>"
    b"<p>This process is automatic. Your browser will redirect shortly.</p>"
    b"<div id='challenge-platform'></div></body></html>"
)


@cache
def gzip_bomb() -> bytes:
    """64 MiB of zeros gzipped to 64 KiB: decompressed, eight times the crawler's 8 MiB
    ``DOWNLOAD_MAXSIZE``."""
    return gzip.compress(bytes(64 * 1024 * 1024), compresslevel=9)


SEED_CANONICAL = (
    b"https://www.dawn.com/news/1137956/"
    b"mqm-calls-upon-british-govt-to-provide-maximum-security-to-altaf"
)


#: A Russian story, for the pages in Cyrillic code pages.
RUSSIAN = (
    "Президент заявил журналистам, что переговоры продолжатся на следующей неделе.",
    "По словам министра, бюджет на будущий год будет утверждён в ближайшие дни.",
    "Эксперты считают, что экономика страны растёт быстрее, чем ожидалось ранее.",
)


def _accented(page: str) -> str:
    return page.replace("Muttahida", "Muttahidá")


def _russian(page: str) -> str:
    """The page with its paragraphs in Russian (and no Latin accents, which Cyrillic code
    pages cannot encode)."""
    lines = iter(RUSSIAN * 10)
    page = re.sub(r"<p>[^<]{20,}</p>", lambda _: f"<p>{next(lines)}</p>", page)
    return page.translate(str.maketrans({"é": "e", "à": "a"}))


def _russian_koi8(page: str) -> str:
    # KOI8-R has no typographic quotes or dashes either.
    return _russian(page).translate(str.maketrans({"—": "-", "‘": "'", "’": "'"}))


#: Pages whose bytes are not in the charset they declare: fault → (the page's text made
#: from the good page's, the encoding of the bytes served, their Content-Type). The good
#: page also declares ``<meta charset="utf-8">``.
CHARSETS: dict[str, tuple[Callable[[str], str], str, str]] = {
    # A Windows page labelled UTF-8 (header and <meta>).
    "wrongcharset": (lambda p: _accented(p.replace("’", "'")), "cp1252",
                     "text/html; charset=utf-8"),
    # UTF-8 pages still labelled with a legacy code page.
    "latin1label": (_accented, "utf-8", "text/html; charset=iso-8859-1"),
    "utf8as1251": (_russian, "utf-8", "text/html; charset=windows-1251"),
    # Cyrillic code pages labelled UTF-8.
    "cp1251story": (_russian, "cp1251", "text/html; charset=utf-8"),
    "koi8story": (_russian_koi8, "koi8-r", "text/html; charset=utf-8"),
    # Declared right: nothing to correct.
    "cp1251declared": (_russian, "cp1251", "text/html; charset=windows-1251"),
    # UTF-8 with one stray Latin-1 byte (a pasted snippet): U+FFFD in the text, the
    # byte goes in below.
    "straybyte": (lambda p: p.replace("Muttahida", "Muttahid\ufffd"), "utf-8",
                  "text/html; charset=utf-8"),
    # Three strays in a UTF-8 page still labelled Latin-1: UTF-8 all the same, not
    # cp1252 mojibake of its ’ (it has eight non-ASCII characters).
    "straybytes": (lambda p: p.replace("Muttahida", "Muttahid\ufffd").replace(
        "security", "securit\ufffd", 2), "utf-8", "text/html; charset=iso-8859-1"),
}  # fmt: skip


def charset_page(fault: str, page: bytes) -> tuple[str, bytes, str]:
    """The text a charset fault's page holds, the bytes served, their Content-Type."""
    make, encoding, ctype = CHARSETS[fault]
    text = make(page.decode("utf-8"))
    body = text.encode(encoding)
    if fault in ("straybyte", "straybytes"):
        body = body.replace("\ufffd".encode(), b"\xe1")
    return text, body, ctype


class FaultHandler(BaseHTTPRequestHandler):
    good: ClassVar[bytes] = b""
    hits: ClassVar[Counter[str]] = Counter()
    release: ClassVar[threading.Event] = threading.Event()
    robots: ClassVar[str] = ""  # "reset": robots.txt drops the connection

    def do_GET(self) -> None:
        path = self.path
        self.hits[path] += 1
        kind = path.split("/")[2] if path.startswith("/news/") else path.strip("/")
        fault = path.rsplit("/", 1)[-1]
        if kind == "robots.txt" and self.robots == "reset":
            return self._reset()
        if kind == "robots.txt":
            return self._send(404, b"", "text/plain")
        if fault == "flaky" and self.hits[path] == 1:
            return self._send(503, b"busy", "text/plain")
        if fault in ("flaky", "good", "canonical"):
            return self._send(200, self.page())
        if fault == "error":
            return self._send(500, b"oops", "text/plain")
        if fault == "reset":
            return self._reset()
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
        if fault == "flakyreset" and self.hits[path] == 1:
            return self._reset()  # a dropped connection, once: the retry gets the page
        if fault == "flakyreset":
            return self._send(200, self.page())
        if fault == "gzipbomb":
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Encoding", "gzip")
            self.send_header("Content-Length", str(len(gzip_bomb())))
            self.end_headers()
            self.wfile.write(gzip_bomb())
            return None
        if fault in ("loop", "loopback", "selfloop") or fault.startswith("chain-"):
            # loop <-> loopback, selfloop -> itself, chain-N -> chain-(N+1) without end
            loops = {"loop": "loopback", "loopback": "loop", "selfloop": "selfloop"}
            target = loops[fault] if fault in loops else f"chain-{int(fault[6:]) + 1}"
            self.send_response(302)
            self.send_header("Location", path.rsplit("/", 1)[0] + "/" + target)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return None
        if fault == "refreshloop":  # an HTML redirect to itself
            body = b'<html><head><meta http-equiv="refresh" content="0; url=refreshloop"></head>'
            return self._send(200, body + b"<body><p>Moved</p></body></html>")
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
        if fault in CHARSETS:
            _, body, ctype = charset_page(fault, self.page())
            return self._send(200, body, ctype)
        if fault == "binaryhtml":
            # Binary bytes under an HTML type: Scrapy makes an HtmlResponse of them.
            return self._send(200, b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
        if fault == "challenge":
            return self._send(200, CHALLENGE)
        if fault == "forbidden":
            return self._send(403, CHALLENGE)
        if fault == "toomany":
            return self._send(429, b"slow down", "text/plain")
        return self._send(404, b"<html><body>Not found</body></html>")

    def _reset(self) -> None:
        """RST instead of a response: SO_LINGER 0 then close."""
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.connection.close()

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
def fault_server(good_page: Path, robots: str = "") -> Iterator[tuple[str, Counter[str]]]:
    """Serve the faults; yields the base URL and the per-path hit counter."""
    handler = type(
        "Handler",
        (FaultHandler,),
        {"good": good_page.read_bytes(), "hits": Counter(), "release": threading.Event(),
         "robots": robots},
    )  # fmt: skip
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
