"""A page's own logos: an article's main image that is one of them is no article image.

Sites without a picture for a story often give the site's logo or share card as its
``og:image``; the page says which image its logo is (JSON-LD ``publisher.logo``,
``itemprop="logo"``, icons, the header's logo ``<img>``). Placeholders that no page
declares are left to the site profile (``SiteProfile.placeholder_images``) and to
repetition across a run (:class:`newscrawl.pipelines.PlaceholderImagePipeline`).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from lxml import etree
from lxml.html import HtmlElement

from newscrawl.extraction.html import absolute_url
from newscrawl.extraction.metadata import load_json

#: Where a page names its logo: icons, og/itemprop logos, ``<img>`` marked as a logo or
#: in an element marked as one, up to three levels up (class, id or alt holding "logo";
#: not ``<body>``: WordPress marks every page's body "wp-custom-logo").
_LOGOS = etree.XPath(
    "//link[contains(@rel, 'icon')]/@href"
    " | //meta[@property='og:logo' or @itemprop='logo']/@content"
    " | //img[@itemprop='logo' or contains(translate(@class, 'LOGO', 'logo'), 'logo')"
    " or contains(translate(@id, 'LOGO', 'logo'), 'logo')"
    " or contains(translate(@alt, 'LOGO', 'logo'), 'logo')]/@src"
    " | //img[ancestor::*[position() <= 3][not(self::body or self::html)]"
    "[@itemprop='logo' or contains(translate(@class, 'LOGO', 'logo'), 'logo')"
    " or contains(translate(@id, 'LOGO', 'logo'), 'logo')]]/@src"
)
_JSONLD = etree.XPath("//script[@type='application/ld+json']/text()")


def _jsonld_logos(value: Any) -> Iterator[str]:
    """The ``logo`` URLs anywhere in a JSON-LD value (walked with a stack: a page's JSON
    may be deep; its size and depth are bounded by :func:`load_json`)."""
    stack = [value]
    while stack:
        value = stack.pop()
        if isinstance(value, list):
            stack.extend(reversed(value))
        elif isinstance(value, dict):
            for key, item in reversed(list(value.items())):
                if key != "logo":
                    stack.append(item)
                    continue
                logo = (
                    item.get("url") or item.get("contentUrl") if isinstance(item, dict) else item
                )
                if isinstance(logo, str):
                    yield logo


def _key(url: str) -> str:
    """A URL without query and fragment (``logo.png?v=3`` is ``logo.png``)."""
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, parts.path, "", ""))


def page_logos(root: HtmlElement, url: str) -> set[str]:
    """Absolute URLs (without query) of the images the page declares as its logo."""
    found = [str(src) for src in _LOGOS(root)]
    for script in _JSONLD(root):
        for value in load_json(str(script)):
            found.extend(_jsonld_logos(value))
    return {_key(absolute_url(url, src.strip())) for src in found if src.strip()}


def is_logo(image_url: str, logos: set[str]) -> bool:
    """True when *image_url* is one of *logos* (:func:`page_logos`)."""
    return _key(image_url) in logos
