"""Item pipelines: what needs the crawl's state (fetch time, stats, what was seen).

Order (``ITEM_PIPELINES`` in :mod:`newscrawl.settings`): sidebar dedupe → dates →
placeholder images → split guard → fingerprint → validation. Pipelines never create
records; they fix, annotate, count, or drop with a reason.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections import Counter
from collections.abc import Callable
from dataclasses import is_dataclass
from datetime import datetime, timedelta
from functools import cache
from importlib.resources import files
from typing import Any, Self, cast

import fastjsonschema
from itemadapter import ItemAdapter
from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem
from scrapy.statscollectors import StatsCollector

from newscrawl.extraction.dates import DateNormaliser
from newscrawl.extraction.text import GENERIC, TextVocabulary, strip_boxes
from newscrawl.extraction.zones import language_zone
from newscrawl.items import Article, SidebarItem
from newscrawl.sites import PROFILES, article_key, get_profile

logger = logging.getLogger(__name__)


def _vocabulary(site: str | None) -> TextVocabulary:
    return get_profile(site).vocabulary if site in PROFILES else GENERIC


class _CountingPipeline:
    """A pipeline made from the crawl's stats, which it counts into."""

    def __init__(self, stats: StatsCollector) -> None:
        self.stats = stats
        self.inc = stats.inc_value  # bound once: attribute access on stats is not free

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        return cls(crawler.stats)


class DatePipeline:
    """Fill ``datePublished`` / ``dateModified`` from their raw strings.

    Each raw string is normalised with the fetch time (``metadata.dateDownloaded``) and
    the site's zone and locale; ``metadata.dates`` gets precision and zone origin. A date
    that is garbage, in the future or implausibly old becomes ``null`` with a
    validation message.

    Settings: ``NEWSCRAWL_DATE_MIN_YEAR`` (1990), ``NEWSCRAWL_DATE_FUTURE_TOLERANCE``
    (seconds, 86400), ``NEWSCRAWL_DEFAULT_TIMEZONE`` for pages of sites without a profile
    whose language names no zone ("UTC").
    Stats: ``newscrawl/dates/parsed``, ``newscrawl/dates/rejected``, and at close the
    normalisers' path counts under ``newscrawl/dates/path/<path>``.
    """

    def __init__(self, stats: StatsCollector, *, min_year: int, tolerance: float, tz: str):
        self.stats = stats
        self.inc = stats.inc_value  # bound once: attribute access on stats is not free
        self.min_year = min_year
        self.tolerance = tolerance
        self.default_tz = tz
        self.normalisers: dict[tuple[str | None, str], DateNormaliser] = {}

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> DatePipeline:
        s = crawler.settings
        return cls(
            crawler.stats,
            min_year=s.getint("NEWSCRAWL_DATE_MIN_YEAR", 1990),
            tolerance=s.getfloat("NEWSCRAWL_DATE_FUTURE_TOLERANCE", 86400.0),
            tz=s.get("NEWSCRAWL_DEFAULT_TIMEZONE", "UTC"),
        )

    def normaliser(self, site: str | None, language: str | None = None) -> DateNormaliser:
        """The site profile's zone and locale; for a site without one, the page's own
        language as the locale and its zone (:func:`.language_zone`: a German page's naive
        times are Berlin's), else UTC (or ``NEWSCRAWL_DEFAULT_TIMEZONE``)."""
        profile = get_profile(site) if site in PROFILES else None
        locale = profile.locale if profile else (language or "en")
        key = (site if profile else None, locale)
        if key not in self.normalisers:
            self.normalisers[key] = DateNormaliser(
                timezone=profile.timezone
                if profile
                else language_zone(language) or self.default_tz,
                locale=locale,
                min_year=self.min_year,
                future_tolerance=timedelta(seconds=self.tolerance),
            )
        return self.normalisers[key]

    def process_item(self, item: Any) -> Any:
        if not isinstance(item, Article | SidebarItem):
            return item  # not a newscrawl record: nothing of ours to normalise
        if not (item.datePublishedRaw or item.dateModifiedRaw):
            item.datePublished = item.dateModified = None
            return item
        fetched = datetime.fromisoformat(item.metadata["dateDownloaded"])
        # A teaser's dates are read as its page's: "vor 4 Stunden", Berlin's wall time.
        normaliser = self.normaliser(item.site, item.inLanguage)
        dates = item.metadata.setdefault("dates", {})
        for field, raw in (
            ("datePublished", item.datePublishedRaw),
            ("dateModified", item.dateModifiedRaw),
        ):
            if not raw:
                setattr(item, field, None)
                continue
            result = normaliser.normalise(raw, fetched)
            setattr(item, field, result.value)
            source = dates.get(field, {}).get("source")
            dates[field] = {
                "precision": result.precision,
                "timezone": result.timezone,
                "source": source,
            }
            if result.error:
                item.metadata.setdefault("validationMessages", []).append(
                    f"{field}: {result.error}"
                )
                self.inc("newscrawl/dates/rejected")
            else:
                self.inc("newscrawl/dates/parsed")
        return item

    def close_spider(self) -> None:
        totals: Counter[str] = Counter()
        for normaliser in self.normalisers.values():
            totals.update(normaliser.counts)
        for path, count in totals.items():
            self.stats.set_value(f"newscrawl/dates/path/{path}", count)


class PlaceholderImagePipeline:
    """Set an Article's ``mainImage`` to null when it is its site's placeholder picture
    (a default image for stories without one), not the story's.

    Two signs, besides the page's own logo (dropped at extraction,
    :mod:`newscrawl.extraction.images`):

    - the site profile names it (``SiteProfile.placeholder_images``, e.g. Dawn's
      ``/primary/<yyyy>/<mm>/default.jpg``): counted as
      ``newscrawl/images/placeholder/profile``;
    - repetition: the same image URL is the main image of
      ``NEWSCRAWL_PLACEHOLDER_IMAGE_ARTICLES`` (default 4; 0 turns it off) different
      articles of one site within a run (a crawl, or one ``newscrawl extract`` batch).
      From that article on it is dropped, counted as
      ``newscrawl/images/placeholder/repeated``; the articles before it were exported
      already and keep it (records are written in order). Two or three stories sharing
      one photo keep it.
    """

    def __init__(self, stats: StatsCollector, repeats: int = 4) -> None:
        self.stats = stats
        self.repeats = repeats
        #: (site, image URL) → the articles that used it, while fewer than ``repeats``.
        self.users: dict[tuple[str, str], set[str]] = {}
        self.placeholders: set[tuple[str, str]] = set()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> PlaceholderImagePipeline:
        return cls(
            crawler.stats, crawler.settings.getint("NEWSCRAWL_PLACEHOLDER_IMAGE_ARTICLES", 4)
        )

    def process_item(self, item: Any) -> Any:
        if not isinstance(item, Article) or not item.mainImage:
            return item
        url = str(item.mainImage.get("url") or "")
        site = item.site or ""
        if site in PROFILES and get_profile(site).is_placeholder_image(url):
            return self._drop(item, "profile")
        if self.repeats <= 0 or not url:
            return item
        key = (site, url)
        if key in self.placeholders:
            return self._drop(item, "repeated")
        users = self.users.setdefault(key, set())
        users.add(article_key(site, item.url or ""))
        if len(users) >= self.repeats:
            del self.users[key]
            self.placeholders.add(key)
            logger.info("Placeholder image of %s (main image of %d articles): %s",
                        site, self.repeats, url)  # fmt: skip
            return self._drop(item, "repeated")
        return item

    def _drop(self, item: Article, reason: str) -> Article:
        self.stats.inc_value(f"newscrawl/images/placeholder/{reason}")
        item.mainImage = None
        return item


class SplitGuardPipeline(_CountingPipeline):
    """Last check that no sidebar text is left at the end of an ``articleBody``.

    Runs the flattened-text splitter over the body; teaser boxes found there are cut off,
    noted in ``metadata.validationMessages`` and counted (``newscrawl/split_guard/
    articles``, ``newscrawl/split_guard/teasers``). The teasers are not turned into
    records here: a pipeline returns the item it was given.
    """

    def process_item(self, item: Any) -> Any:
        if not isinstance(item, Article) or not item.articleBody:
            return item
        body, removed = strip_boxes(item.articleBody, _vocabulary(item.site))
        if removed:
            item.articleBody = body or None
            item.metadata.setdefault("validationMessages", []).append(
                f"split guard: removed {removed} sidebar teaser(s) from articleBody"
            )
            self.inc("newscrawl/split_guard/articles")
            self.inc("newscrawl/split_guard/teasers", removed)
            logger.warning("Sidebar text removed from body of %s (%d teasers)", item.url, removed)
        return item


def content_hash(article: Article) -> str:
    """``sha256:<hex>`` over what makes a version: headline, body, dates, authors."""
    payload = json.dumps(
        [
            article.headline,
            article.articleBody,
            article.datePublished,
            article.dateModified,
            [a.get("name") for a in article.authors],
        ],
        ensure_ascii=False,
    )
    return "sha256:" + hashlib.sha256(payload.encode("utf-8")).hexdigest()


class FingerprintPipeline:
    """Set ``metadata.contentHash`` and ``metadata.version`` (1 until a state store
    says otherwise)."""

    def process_item(self, item: Any) -> Any:
        if isinstance(item, Article):
            item.metadata["contentHash"] = content_hash(item)
            item.metadata.setdefault("version", 1)
        return item


@cache
def schema(kind: str) -> dict[str, Any]:
    """The JSON Schema (draft-07) of ``article`` or ``sidebar_item`` records."""
    text = files("newscrawl").joinpath(f"schemas/{kind}.schema.json").read_text("utf-8")
    return cast(dict[str, Any], json.loads(text))


@cache
def validator(kind: str) -> Callable[[dict[str, Any]], Any]:
    """The schema compiled to Python once (fastjsonschema): cheap enough for every item."""
    return cast(Callable[[dict[str, Any]], Any], fastjsonschema.compile(schema(kind)))


def record_error(record: dict[str, Any], kind: str) -> str | None:
    """The first schema violation of one record as ``path: message``, or None."""
    try:
        validator(kind)(record)
    except fastjsonschema.JsonSchemaValueException as exc:
        path = "/".join(str(p) for p in exc.path[1:]) or "<record>"
        return f"{path}: {exc.message}"
    return None


class ValidationPipeline(_CountingPipeline):
    """Drop records that break the JSON Schema shipped in ``newscrawl/schemas``.

    An unusable record (no body, a field of the wrong shape) is dropped with the reason in
    the log and counted as ``newscrawl/validation/dropped/<field>``; it is never exported
    half-empty. Valid records are counted as ``newscrawl/items/<kind>``.
    """

    def process_item(self, item: Any) -> Any:
        kind = "article" if isinstance(item, Article) else "sidebar_item"
        # Validate the dataclass's own field dict: nested values are plain JSON already,
        # and a copy per item (ItemAdapter.asdict) costs more than the validation itself.
        record = vars(item) if is_dataclass(item) else ItemAdapter(item).asdict()
        error = record_error(record, kind)
        if error:
            field = error.split(":", 1)[0].split("/", 1)[0]
            self.inc(f"newscrawl/validation/dropped/{field}")
            url = record.get("url") or record.get("foundOn")
            raise DropItem(f"invalid {kind} from {url}: {error}")
        self.inc(f"newscrawl/items/{kind}")
        return item


class SidebarDedupePipeline(_CountingPipeline):
    """Export a teaser once per crawl, however many pages show it.

    A teaser is the same when site, block and linked story (its id, or without a link,
    headline and teaser text) are. Repeats are dropped at DEBUG level and counted as
    ``newscrawl/sidebar/duplicates``.
    """

    def __init__(self, stats: StatsCollector) -> None:
        super().__init__(stats)
        self.seen: set[str] = set()

    @staticmethod
    def key(item: SidebarItem) -> str:
        ident = article_key(item.site, item.url) if item.url else None
        ident = ident or f"{item.headline}\x00{item.description}"
        raw = f"{item.site}\x00{item.block}\x00{ident}"
        return hashlib.blake2b(raw.encode("utf-8"), digest_size=16).hexdigest()

    def process_item(self, item: Any) -> Any:
        if not isinstance(item, SidebarItem):
            return item
        key = self.key(item)
        if key in self.seen:
            self.inc("newscrawl/sidebar/duplicates")
            raise DropItem(f"teaser already exported: {item.url or item.headline}", "DEBUG")
        self.seen.add(key)
        return item
