"""How a page that broke an extractor is described: one line, never a traceback.

Extraction is meant never to raise on a page (walks are iterative, JSON-LD is bounded,
text is linear in the page); a page that still breaks it is a bug to fix, but one lost
page, not a lost crawl or batch. The crawl (:meth:`newscrawl.spiders.base.SiteSpider.
extract`) and ``newscrawl extract`` catch the exception and report it with this line.
"""

from __future__ import annotations

#: Characters of an exception's message kept in the line (RecursionError and lxml
#: messages can be long).
MAX_MESSAGE_CHARS = 200


def describe(exc: BaseException) -> str:
    """``"RecursionError: maximum recursion depth exceeded"``: the exception's type and
    its message on one line, shortened to :data:`MAX_MESSAGE_CHARS`."""
    message = " ".join(str(exc).split())
    if len(message) > MAX_MESSAGE_CHARS:
        message = message[: MAX_MESSAGE_CHARS - 1] + "…"
    return f"{type(exc).__name__}: {message}" if message else type(exc).__name__
