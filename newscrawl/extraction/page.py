"""What an extractor found on one page, and how that becomes exportable records.

Every extractor (a site layout, the text splitter, the generic one) fills a
:class:`PageData`; :func:`to_records` turns it into an :class:`~newscrawl.items.Article`
and its :class:`~newscrawl.items.SidebarItem` records with raw dates only.
:func:`article_records` is the one gate every HTML page passes on its way there, in a
crawl and offline: a challenge page or a page without a story gives no records. Normalising the
dates needs the fetch time and the site's zone, and is the date pipeline's job.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from lxml.html import HtmlElement

from newscrawl.extraction.body import BodyParts
from newscrawl.extraction.challenge import challenge_reason, text_challenge_reason
from newscrawl.extraction.controls import clean_record
from newscrawl.extraction.dates import LabelledDate
from newscrawl.extraction.images import is_page_logo
from newscrawl.extraction.text import TextSplit
from newscrawl.extraction.vocabulary import ELLIPSES
from newscrawl.items import Article, SidebarItem


@dataclass
class TeaserData:
    """One teaser of a sidebar / related box."""

    block: str | None
    position: int
    headline: str | None = None
    url: str | None = None
    description: str | None = None
    dates: list[LabelledDate] = field(default_factory=list)


@dataclass
class PageData:
    """Everything an extractor read off one page."""

    extractor: str
    headline: str | None = None
    authors: list[dict[str, Any]] = field(default_factory=list)
    section: str | None = None
    dates: list[LabelledDate] = field(default_factory=list)
    date_source: str | None = None
    description: str | None = None
    body: BodyParts = field(default_factory=BodyParts)
    language: str | None = None
    image: dict[str, Any] | None = None
    canonical_url: str | None = None
    teasers: list[TeaserData] = field(default_factory=list)
    #: Why the body is uncertain (its story container was not found and the text is the
    #: page's best all the same), None for a found story: see :data:`UNCERTAIN_BODY`.
    body_uncertain: str | None = None
    #: Whose body this is when it is not the block model's: trafilatura's, chosen as a
    #: second opinion, and why (:mod:`~newscrawl.extraction.second`); see
    #: :data:`SECOND_OPINION_BODY`. None for the block model's own.
    body_source: str | None = None
    #: Why the page is not an article although text was found on it (a page of other
    #: pages), None otherwise: :func:`article_records` refuses the page with it.
    not_article: str | None = None


def utc_z(moment: datetime) -> str:
    """``moment`` in UTC as ``YYYY-MM-DDTHH:MM:SSZ`` (the ``dateDownloaded`` format)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).replace(microsecond=0).strftime("%Y-%m-%dT%H:%M:%SZ")


def _date_fields(
    dates: list[LabelledDate], source: str | None
) -> tuple[dict[str, str | None], dict[str, dict[str, Any]]]:
    """Raw date fields: the first date per field wins (a page states its own first)."""
    raw: dict[str, str | None] = {}
    meta: dict[str, dict[str, Any]] = {}
    for date in dates:
        if date.field not in raw:
            raw[date.field] = date.raw
            meta[date.field] = {"precision": None, "timezone": None, "source": source}
    return raw, meta


#: The start of the ``validationMessages`` entry of an article whose body is uncertain:
#: the extractor found no story container and took the page's best text instead.
UNCERTAIN_BODY = "articleBody: uncertain"


#: The start of the ``validationMessages`` entry of an article whose body is a second
#: opinion's (trafilatura's), taken where the block model was unsure and the page's
#: other signals agreed with it.
SECOND_OPINION_BODY = "articleBody: second opinion"


def body_uncertain(article: Article) -> bool:
    """True when *article*'s body is flagged uncertain (see :data:`UNCERTAIN_BODY`)."""
    messages = article.metadata.get("validationMessages") or []
    return any(str(m).startswith(UNCERTAIN_BODY) for m in messages)


def body_second_opinion(article: Article) -> bool:
    """True when *article*'s body is a second opinion's (see :data:`SECOND_OPINION_BODY`)."""
    messages = article.metadata.get("validationMessages") or []
    return any(str(m).startswith(SECOND_OPINION_BODY) for m in messages)


def _metadata(fetched_at: datetime, extractor: str) -> dict[str, Any]:
    return {"dateDownloaded": utc_z(fetched_at), "extractor": extractor}


def to_records(
    page: PageData, *, url: str, site: str, fetched_at: datetime
) -> tuple[Article, list[SidebarItem]]:
    """Records of one page; ``metadata.dates`` holds sources, values come later."""
    raw, date_meta = _date_fields(page.dates, page.date_source)
    if "datePublished" not in raw:
        # The print footer is a real publication day; only a fallback to the header's.
        footer = [d for d in page.body.footer_dates if d.field == "datePublished"]
        footer_raw, footer_meta = _date_fields(footer, "footer")
        raw.update(footer_raw)
        date_meta.update(footer_meta)
    # The run's metadata, the same for the article and each teaser (copied into each).
    run = _metadata(fetched_at, page.extractor)
    authors = page.authors or (
        [{"name": page.body.signature, "url": None}] if page.body.signature else []
    )
    article = Article(
        url=url,
        canonicalUrl=page.canonical_url,
        site=site,
        headline=page.headline,
        authors=authors,
        dateline=page.body.dateline,
        articleSection=page.section,
        datePublishedRaw=raw.get("datePublished"),
        dateModifiedRaw=raw.get("dateModified"),
        description=page.description,
        articleBody=page.body.body or None,
        relatedLinks=page.body.related,
        inLanguage=page.language,
        mainImage=page.image,
        metadata={
            **run,
            "version": 1,
            "contentHash": None,
            "sidebarItems": len(page.teasers),
            "dates": date_meta,
            "validationMessages": [
                *([f"{UNCERTAIN_BODY}: {page.body_uncertain}"] if page.body_uncertain else []),
                *([f"{SECOND_OPINION_BODY}: {page.body_source}"] if page.body_source else []),
            ],
        },
    )
    teasers = []
    for teaser in page.teasers:
        t_raw, t_meta = _date_fields(teaser.dates, "teaser")
        description = teaser.description or None
        teasers.append(
            SidebarItem(
                site=site,
                block=teaser.block,
                position=teaser.position,
                headline=teaser.headline,
                url=teaser.url,
                datePublishedRaw=t_raw.get("datePublished"),
                dateModifiedRaw=t_raw.get("dateModified"),
                description=description,
                descriptionTruncated=bool(description and description.endswith(ELLIPSES)),
                foundOn=url,
                inLanguage=page.language,
                metadata={
                    **run,
                    "dates": t_meta,
                    "validationMessages": [],
                },
            )
        )
    return clean_record(article), [clean_record(t) for t in teasers]


class NotArticleError(ValueError):
    """A page that gives no article; ``kind`` is its stat (``newscrawl/<kind>``)."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind


def article_records(
    page: PageData, root: HtmlElement | str, *, url: str, site: str, fetched_at: datetime
) -> tuple[Article, list[SidebarItem]]:
    """:func:`to_records` for the page that *page* was extracted from: its HTML (*root*)
    or, for the text splitter, its text.

    Raises :class:`NotArticleError` for a bot challenge or block page (kind
    ``blocked/challenge``), whatever the extractor found on it, and for a page on which
    it found no story or that it judged a page of other pages (``pages/not_article``,
    the message saying why). A main image that is the page's own logo
    (:func:`~newscrawl.extraction.images.is_page_logo`) is dropped.
    """
    reason = text_challenge_reason(root) if isinstance(root, str) else challenge_reason(root)
    if reason is not None:
        raise NotArticleError(
            "blocked/challenge", f"a bot challenge or block page ({reason!r}), not an article"
        )
    if page.not_article:
        raise NotArticleError("pages/not_article", page.not_article)
    if not page.body.paragraphs:
        raise NotArticleError(
            "pages/not_article", f"no story found by {page.extractor}: not an article page"
        )
    if (
        page.image
        and not isinstance(root, str)
        and is_page_logo(root, url, str(page.image["url"]))
    ):
        page.image = None  # the site's logo standing in for a picture: no article image
    return to_records(page, url=url, site=site, fetched_at=fetched_at)


def page_from_text(split: TextSplit) -> PageData:
    """The text splitter's result as page data (``extractor`` = ``text``)."""
    authors = [{"name": split.byline, "url": None}] if split.byline else []
    return PageData(
        extractor="text",
        headline=split.headline,
        authors=authors,
        dates=split.header_dates,
        date_source="header" if split.header_dates else None,
        body=split.body,
        teasers=[
            TeaserData(
                block=t.block,
                position=t.position,
                headline=t.headline,
                description=t.description,
                dates=t.dates,
            )
            for t in split.teasers
        ],
    )
