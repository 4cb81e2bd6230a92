"""The two record types newscrawl exports: :class:`Article` and :class:`SidebarItem`.

Field names follow schema.org / zyte-common-items, camelCase. Field order here is the
order of the JSON Schema (``newscrawl/schemas/``) and of every exported line. Unknown
values are ``None`` (or ``[]``), never invented.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class Article:
    """One news article (one line per new article or new version of a changed one)."""

    url: str
    """Final URL of the page the article was extracted from (after redirects)."""

    canonicalUrl: str | None = None
    """Canonical URL: the page's ``<link rel="canonical">`` or the site's canonical form."""

    site: str | None = None
    """Site profile name (``dawn``) or, for generic extraction, the registrable domain."""

    headline: str | None = None
    """The story's headline as shown, whitespace-normalised."""

    authors: list[dict[str, Any]] = field(default_factory=list)
    """Authors from the story header only: ``[{"name": str, "url": str | null}]``."""

    dateline: str | None = None
    """Place line the story opens with, e.g. ``"KARACHI"`` from "KARACHI: The …"."""

    articleSection: str | None = None
    """Section the site files the story under, e.g. ``"Pakistan"``, ``"Editorial"``."""

    datePublished: str | None = None
    """Publication date, ISO 8601: ``YYYY-MM-DD`` when the page gives no time, else
    ``YYYY-MM-DDTHH:MM:SS±HH:MM``. Precision and zone origin in ``metadata.dates``."""

    datePublishedRaw: str | None = None
    """The publication date text as found on the page, unchanged."""

    dateModified: str | None = None
    """Last modification ("Updated …") date, same format as ``datePublished``."""

    dateModifiedRaw: str | None = None
    """The modification date text as found on the page, unchanged."""

    description: str | None = None
    """Summary or standfirst the page gives (meta description / excerpt)."""

    articleBody: str | None = None
    """Story text: paragraphs joined by a blank line (``"\\n\\n"``). No sidebar,
    related-link, share, caption or footer text."""

    relatedLinks: list[dict[str, Any]] = field(default_factory=list)
    """Inline "Also read:"-style links taken out of the body:
    ``[{"headline": str, "url": str | null, "label": str}]``."""

    inLanguage: str | None = None
    """Language of the article, BCP 47 (``"en"``)."""

    mainImage: dict[str, Any] | None = None
    """Lead image: ``{"url": str, "caption": str | null}``; null when the page has none
    of its own: no image, or only the site's logo or placeholder picture (one the site
    profile names, or one that is the main image of many articles of the site in the
    run: from the article that makes it many on; see ``PlaceholderImagePipeline``)."""

    metadata: dict[str, Any] = field(default_factory=dict)
    """Provenance: ``dateDownloaded`` (UTC, ``Z``), ``extractor`` (``dawn/v2``,
    ``generic``, ``text``), ``version`` (int ≥ 1), ``contentHash`` (``sha256:<hex>``),
    ``sidebarItems`` (count found on the page), ``dates`` (per date field:
    ``precision``, ``timezone`` origin, ``source``), ``validationMessages`` (list of
    str)."""


@dataclass
class SidebarItem:
    """One distinct teaser from a sidebar, editorial or related box (after
    zyte-common-items ``ArticleFromList``)."""

    site: str | None = None
    """Site profile name or domain, as in :attr:`Article.site`."""

    block: str | None = None
    """Heading path of the box the teaser sits in, outer to inner, joined by " / "
    (``"Opinion / Editorial"``)."""

    position: int = 0
    """1-based position of the teaser within its block on the page."""

    headline: str | None = None
    """Teaser headline, or ``null`` for teaser-only items."""

    url: str | None = None
    """Absolute URL the teaser links to, or ``null`` when the source has none."""

    datePublished: str | None = None
    """Publication date of the linked story, ISO 8601 as in :attr:`Article.datePublished`."""

    datePublishedRaw: str | None = None
    """Publication date text as shown in the teaser."""

    dateModified: str | None = None
    """Modification date of the linked story ("Updated …"), ISO 8601."""

    dateModifiedRaw: str | None = None
    """Modification date text as shown in the teaser."""

    description: str | None = None
    """Teaser text exactly as shown (a trailing ellipsis is kept)."""

    descriptionTruncated: bool = False
    """True when the teaser ends in "..." or "…" (the site cut it short)."""

    foundOn: str | None = None
    """URL of the page the teaser was found on."""

    inLanguage: str | None = None
    """Language of the page the teaser was found on, BCP 47 (``"de"``): its naive and
    relative dates ("vor 4 Stunden", "28.04.2023 | 11:54") are read in that language and
    its zone, as the page's own."""

    metadata: dict[str, Any] = field(default_factory=dict)
    """Provenance: ``dateDownloaded`` (UTC, ``Z``), ``extractor``, ``dates`` (as in
    :attr:`Article.metadata`), ``validationMessages``."""


ITEM_CLASSES: tuple[type, ...] = (Article, SidebarItem)
