"""Saved pages and flattened text → the same records and files a crawl makes.

:class:`OfflineRun` builds the project's item pipelines from its settings, exactly as a
crawl does, runs each page's records through them and writes ``articles.jsonl`` and
``sidebar.jsonl`` with Scrapy's JSON-lines exporter, atomically.
"""

from __future__ import annotations

import gzip
import logging
import re
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from io import BytesIO
from pathlib import Path
from typing import Any, cast

import scrapy
from parsel import Selector
from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem, NotConfigured
from scrapy.settings import Settings
from scrapy.utils.conf import build_component_list
from scrapy.utils.misc import build_from_crawler, load_object
from scrapy.utils.reactor import is_reactor_installed

from newscrawl.exporters import JsonLinesExporter
from newscrawl.extraction.generic import generic_article
from newscrawl.extraction.html import NotHTMLError, host_of, selector
from newscrawl.extraction.page import NotArticleError, article_records, page_from_text
from newscrawl.extraction.text import GENERIC, split_text
from newscrawl.feeds import commit_file, partial_path
from newscrawl.items import Article, SidebarItem
from newscrawl.settings import DOWNLOAD_MAXSIZE
from newscrawl.sites import PROFILES, SiteProfile, get_profile, profile_for_url

logger = logging.getLogger(__name__)

Records = tuple[Article, list[SidebarItem]]


class PageError(Exception):
    """A page that cannot give an article; the message says why."""


@dataclass(frozen=True)
class Source:
    """One input: a file, the URL it was fetched from and when."""

    path: Path
    url: str | None = None
    fetched_at: datetime | None = None
    #: Where the source was named, for messages (``manifest.jsonl:12``); None: the path.
    origin: str | None = None

    @property
    def label(self) -> str:
        """The source in a message: its manifest line and path, or its path."""
        return f"{self.origin} ({self.path})" if self.origin else str(self.path)

    @property
    def page_url(self) -> str:
        return self.url or self.path.resolve().as_uri()

    @property
    def fetch_time(self) -> datetime:
        if self.fetched_at is not None:
            return self.fetched_at
        return datetime.fromtimestamp(self.path.stat().st_mtime, UTC)


def parse_time(value: str) -> datetime:
    """An ISO 8601 fetch time; a naive one is taken as UTC. ``ValueError`` says what a
    good one looks like."""
    try:
        moment = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        raise ValueError(
            f"{value!r} is not an ISO 8601 time (e.g. 2025-06-20T12:00:00Z or 2025-06-20)"
        ) from None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def read_bytes(path: Path) -> bytes:
    """A saved page's bytes, gunzipped when the name ends in ``.gz``: no more than the
    crawl's ``DOWNLOAD_MAXSIZE`` (8 MB) of them, as a crawl refuses a body that
    decompresses past it (a gzip bomb: a few MB of zeros unpack to gigabytes)."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise PageError(f"cannot read ({exc.strerror or exc})") from exc
    if path.suffix != ".gz":
        return data
    try:
        with gzip.GzipFile(fileobj=BytesIO(data)) as unpacked:
            page = unpacked.read(DOWNLOAD_MAXSIZE + 1)
    except (OSError, EOFError, zlib.error) as exc:
        raise PageError(f"cannot read: broken gzip ({exc})") from exc
    if len(page) > DOWNLOAD_MAXSIZE:
        raise PageError(
            f"cannot read: gunzipped past {DOWNLOAD_MAXSIZE // 2**20} MB, the crawl's limit"
        )
    return page


def choose_profile(site: str, url: str, sel: Selector) -> SiteProfile | None:
    """``site`` by name; for ``auto`` the profile owning the URL or matching the page, else
    None (the generic extractor); ``generic`` forces the generic extractor."""
    if site == "generic":
        return None
    if site != "auto":
        return get_profile(site)
    profile = profile_for_url(url)
    if profile is not None:
        return profile
    for name in PROFILES:
        candidate = get_profile(name)
        if candidate.layout(sel.root)[1] is not None:
            return candidate
    return None


def generic_site(url: str) -> str:
    """The ``site`` of a page without a profile: its host as
    :func:`~newscrawl.extraction.html.host_of` reads it (without ``www.``, port and closing
    dot; an IPv6 address as ``ipv6-`` and the address with ``-`` for ``:``), "local" for
    an address without one."""
    host = host_of(url)
    if ":" in host:  # IPv6: no ':' in file names
        return "ipv6-" + host.replace(":", "-")
    return host or "local"


def extract_html(data: bytes, url: str, fetched_at: datetime, site: str = "auto") -> Records:
    """Records of one HTML page given as bytes, before the pipelines."""
    try:
        sel = selector(data)
    except NotHTMLError as exc:
        raise PageError(str(exc)) from exc
    profile = choose_profile(site, url, sel)
    if profile is None:
        page, name = generic_article(sel.root, url, fetched_at=fetched_at), generic_site(url)
    else:
        page, name = profile.extract(sel, url, fetched_at=fetched_at), profile.name
    try:
        return article_records(page, sel.root, url=url, site=name, fetched_at=fetched_at)
    except NotArticleError as exc:
        raise PageError(str(exc)) from exc


def extract_page(source: Source, site: str = "auto") -> Records:
    """Records of one saved HTML page, before the pipelines."""
    return extract_html(read_bytes(source.path), source.page_url, source.fetch_time, site)


#: A tag: ``<name …>``, ``</name>``, ``<!…>`` or ``<?…?>``, not ``a < b`` or ``<3``.
_TAG = re.compile(
    r"<(?:[a-zA-Z][a-zA-Z0-9:-]*|/[a-zA-Z][a-zA-Z0-9:-]*|![^<>]*|\?[^<>]*)[^<>]{0,2000}>"
)
#: A document that opens as HTML: a doctype or ``<html>`` first (after an XML declaration
#: or comments).
_FRAME = re.compile(
    r"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)[\s>]",
    re.IGNORECASE | re.DOTALL,
)


def is_markup(text: str) -> bool:
    """True for an HTML (or XML) document rather than flattened text: one that opens as
    HTML, or is mostly tags. Text that merely contains a ``<``, a ``<b>`` or a quoted
    ``<html>`` is not markup."""
    if _FRAME.match(text):
        return True
    tags = _TAG.findall(text)
    return len(tags) >= 20 and sum(map(len, tags)) >= 0.25 * len(text.strip())


def split_page(source: Source, site: str | None = None) -> Records:
    """Records of one flattened-text page, before the pipelines: read with the vocabulary
    of *site*'s profile (``auto``/None: the profile owning the URL; ``generic``: none)."""
    data = read_bytes(source.path)
    if b"\x00" in data[:4096]:
        raise PageError("binary content, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise PageError(f"not UTF-8 text ({exc.reason} at byte {exc.start})") from exc
    if not text.strip():
        raise PageError("empty file")
    if is_markup(text):
        raise PageError("HTML markup, not flattened text: use newscrawl extract for saved pages")
    if site in (None, "auto"):
        profile = profile_for_url(source.url) if source.url else None
    else:
        profile = None if site == "generic" else get_profile(site)
    page = page_from_text(split_text(text, profile.vocabulary if profile else GENERIC))
    if not page.body.paragraphs:
        raise PageError("no story text found")
    name = profile.name if profile else generic_site(source.url or "")
    try:
        return article_records(page, text, url=source.page_url, site=name,
                               fetched_at=source.fetch_time)  # fmt: skip
    except NotArticleError as exc:
        raise PageError(str(exc)) from exc


def project_settings(overrides: dict[str, Any] | None = None) -> Settings:
    """The crawl's settings (``newscrawl.settings``) plus *overrides*."""
    settings = Settings()
    settings.setmodule("newscrawl.settings", priority="project")
    settings.update(overrides or {}, priority="cmdline")
    return settings


class _OfflineSpider(scrapy.Spider):
    name = "offline"


class OfflineRun:
    """The crawl's pipelines and exporters, fed from files instead of the network."""

    def __init__(self, out_dir: Path, settings: dict[str, Any] | None = None) -> None:
        # No network here: run without a Twisted reactor unless one is already running
        # (a test process that also crawls), in which case share it.
        overrides = {
            "TWISTED_REACTOR_ENABLED": is_reactor_installed(),
            # Offline extraction is not a scheduled crawl: every page is exported.
            "NEWSCRAWL_STATE_ENABLED": False,
            "EXTENSIONS": {"newscrawl.incremental.StateExtension": None},
            **(settings or {}),
        }
        self.crawler = Crawler(_OfflineSpider, project_settings(overrides))
        self.crawler._apply_settings()
        self.stats = self.crawler.stats
        names = build_component_list(self.crawler.settings.getwithbase("ITEM_PIPELINES"))
        self.pipelines = []
        for name in names:
            try:
                self.pipelines.append(build_from_crawler(load_object(name), self.crawler))
            except NotConfigured:
                continue  # switched off by its settings, as in a crawl
        out_dir.mkdir(parents=True, exist_ok=True)
        self.paths = {Article: out_dir / "articles.jsonl", SidebarItem: out_dir / "sidebar.jsonl"}
        self.files = {cls: partial_path(p).open("wb") for cls, p in self.paths.items()}
        # Scrapy annotates the exporter's file as BytesIO; any binary file works.
        self.exporters = {
            cls: JsonLinesExporter(cast(BytesIO, f), encoding="utf-8")
            for cls, f in self.files.items()
        }
        for exporter in self.exporters.values():
            exporter.start_exporting()
        self.counts = {Article: 0, SidebarItem: 0}

    def process(self, item: Any) -> Any | None:
        """Run one record through the pipelines; None when one dropped it."""
        for pipeline in self.pipelines:
            try:
                item = pipeline.process_item(item)
            except DropItem as exc:
                self.stats.inc_value("item_dropped_count")
                level = getattr(logging, (exc.log_level or "INFO").upper(), logging.INFO)
                logger.log(level, "Dropped: %s", exc)
                return None
        return item

    def export(self, records: Iterable[Any]) -> list[Any]:
        """Process and write records in order; returns those that were written. All of
        them go through the pipelines before any is written: a record a pipeline raises on
        leaves none of its page's records half-exported."""
        written = [item for item in map(self.process, records) if item is not None]
        for item in written:
            self.exporters[type(item)].export_item(item)
            self.counts[type(item)] += 1
        return written

    def __enter__(self) -> OfflineRun:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, *_: object) -> None:
        if exc_type is None:
            self.close()
        else:
            self.abort()

    def abort(self) -> None:
        """Discard the partial files: a failed run leaves no export behind."""
        for cls, file in self.files.items():
            file.close()
            partial_path(self.paths[cls]).unlink(missing_ok=True)

    def close(self) -> dict[str, Any]:
        """Close the pipelines, move both files into place; returns the stats."""
        for pipeline in self.pipelines:
            if hasattr(pipeline, "close_spider"):
                pipeline.close_spider()
        for cls, exporter in self.exporters.items():
            exporter.finish_exporting()
            commit_file(self.files[cls], self.paths[cls])
        return dict(self.stats.get_stats())
