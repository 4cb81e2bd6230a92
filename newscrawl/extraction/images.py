"""A page's own logos: an article's main image that is one of them is no article image.

Sites without a picture for a story often give the site's logo or share card as its
``og:image``; the page says which image its logo is (JSON-LD ``publisher.logo``,
``itemprop="logo"``, icons, the header's logo ``<img>``). Placeholders that no page
declares are left to the site profile (``SiteProfile.placeholder_images``) and to
repetition across a run (:class:`newscrawl.pipelines.PlaceholderImagePipeline`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlunsplit
from weakref import WeakKeyDictionary

from lxml.html import HtmlElement

from newscrawl.extraction.html import absolute_url, split_url
from newscrawl.extraction.jsonld import load_json

#: Characters ``urlsplit`` takes out of a URL wherever they stand.
_URL_DROPPED = str.maketrans("", "", "\t\r\n")
#: How many levels above an ``<img>`` an element marked as a logo makes it one.
_LOGO_LEVELS = 3


@dataclass(slots=True)
class LogoSources:
    """What :func:`_logo_sources` reads off a page, as the metadata's pass over it read it
    (:meth:`~.meta_page.PageParts.collect`, :meth:`~.meta_sources.Sources.jsonld`): text
    only, no element (the extraction lets go of the tree's elements before
    :func:`is_page_logo`, and a walk would make a Python object of each again)."""

    #: The sources that name a logo outright, in no order: icons' ``href``, og/itemprop
    #: logo metas' ``content``, the JSON-LD scripts' ``logo`` values.
    named: list[str] = field(default_factory=list)
    #: Every ``<img>``'s ``src`` (whether it is marked as a logo is asked of the few
    #: whose source is the image in question).
    images: list[str] = field(default_factory=list)


#: The noted :class:`LogoSources` of a page's tree by the tree's top element
#: (:func:`note_logo_sources`): an entry lives as long as the caller holds that element,
#: and the tree is read, not changed, between the extraction and :func:`is_page_logo`.
_NOTED: WeakKeyDictionary[HtmlElement, LogoSources] = WeakKeyDictionary()


def note_logo_sources(top: HtmlElement, sources: LogoSources) -> None:
    """Keep *sources*, read off the tree whose top element is *top*, for
    :func:`is_page_logo` on that tree."""
    _NOTED[top] = sources


def _undropped(src: str) -> str:
    """*src* without the characters ``urlsplit`` takes out (most sources hold none of
    them: no copy)."""
    if "\t" in src or "\n" in src or "\r" in src:
        return src.translate(_URL_DROPPED)
    return src


def _says_logo(element: HtmlElement, *names: str) -> bool:
    """True when ``itemprop`` is "logo" or one of the attributes *names* holds "logo" in
    any case of its letters L, O and G (as XPath's ``translate(@a, 'LOGO', 'logo')``)."""
    if element.get("itemprop") == "logo":
        return True
    for name in names:
        value = element.get(name)
        if value and "logo" in value.replace("L", "l").replace("O", "o").replace("G", "g"):
            return True
    return False


def _logo_sources(root: HtmlElement, wanted: Callable[[str], bool] | None = None) -> Iterator[str]:
    """Where a page names its logo: icons, og/itemprop logos, ``<img>`` marked as a logo or
    in an element marked as one, up to three levels up (class, id or alt holding "logo";
    not ``<body>``: WordPress marks every page's body "wp-custom-logo"); then the JSON-LD
    scripts' ``logo`` values. One pass over the page's tags for all of them. With
    *wanted*, an ``<img>`` whose ``src`` it refuses is not asked whether it is marked."""
    scripts: list[str] = []
    for element in root.getroottree().getroot().iter("link", "meta", "img", "script"):
        tag = element.tag
        if tag == "link":
            if "icon" in (element.get("rel") or "") and (href := element.get("href")) is not None:
                yield href
        elif tag == "meta":
            content = element.get("content")
            if content is not None and (
                element.get("property") == "og:logo" or element.get("itemprop") == "logo"
            ):
                yield content
        elif tag == "img":
            src = element.get("src")
            if src is not None and (wanted is None or wanted(src)) and _marked_logo(element):
                yield src
        elif is_jsonld_script(element):
            scripts.append(element.text)
    for script in scripts:
        for value in load_json(script):
            yield from jsonld_logos(value)


def is_jsonld_script(element: HtmlElement) -> bool:
    """True for a ``script`` element whose logos :func:`_logo_sources` reads: of type
    ``application/ld+json`` as written, with text."""
    return element.get("type") == "application/ld+json" and element.text is not None


def _marked_images(root: HtmlElement, wanted: Callable[[str], bool]) -> Iterator[str]:
    """The ``src`` of each ``<img>`` of *root*'s page that *wanted* takes and that is
    marked as a logo (:func:`_marked_logo`), as :func:`_logo_sources` yields them."""
    for element in root.getroottree().getroot().iter("img"):
        src = element.get("src")
        if src is not None and wanted(src) and _marked_logo(element):
            yield src


def _marked_logo(image: HtmlElement) -> bool:
    """An ``<img>`` marked as a logo, or inside an element marked as one (see above)."""
    if _says_logo(image, "class", "id", "alt"):
        return True
    for level, ancestor in enumerate(image.iterancestors()):
        if level == _LOGO_LEVELS:
            break
        if ancestor.tag not in ("body", "html") and _says_logo(ancestor, "class", "id"):
            return True
    return False


def jsonld_logos(value: Any) -> Iterator[str]:
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
    parts = split_url(url)
    return urlunsplit((parts.scheme, parts.netloc, parts.path, "", ""))


def is_page_logo(root: HtmlElement, url: str, image_url: str) -> bool:
    """True when *image_url* (its query and fragment aside) is an image the page declares
    as its logo (:func:`_logo_sources`, resolved against *url*), read lazily: the search
    stops at that logo, and an ``<img>`` is asked whether it is marked as a logo only when
    it is the image (most pages' images are many, their logos few)."""
    target = _key(image_url)
    # The file name of the image: a source that resolves to it writes it (a relative
    # path resolves to its own last segment, or to a directory's "/" after a dot segment)
    # unless it is only a query or fragment, which resolves to the page's own path.
    name = split_url(target).path.rsplit("/", 1)[-1]

    def same(src: str) -> bool:
        src = src.strip()
        if not src:
            return False
        if name and src[0] not in "?#" and name not in _undropped(src):
            return False
        try:
            return _key(absolute_url(url, src)) == target
        except ValueError:  # a malformed URL (a broken IPv6 host) is no image's
            return False

    noted = _NOTED.get(root.getroottree().getroot())
    if noted is None:
        return any(same(src) for src in _logo_sources(root, same))
    # The sources _logo_sources yields, read off the noted texts: an <img> only when its
    # source is the image and it is marked as a logo (its tree walked for that alone).
    return any(same(src) for src in noted.named) or (
        any(same(src) for src in noted.images)
        and next(_marked_images(root, same), None) is not None
    )
