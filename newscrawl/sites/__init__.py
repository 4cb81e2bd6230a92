"""Site profiles: everything newscrawl knows about a particular site, one module each."""

from __future__ import annotations

import ipaddress
import re
from functools import cache
from typing import Any
from urllib.parse import urlsplit

from newscrawl.sites.base import SiteProfile
from newscrawl.sites.dawn import DawnProfile

PROFILES: dict[str, type[SiteProfile]] = {cls.name: cls for cls in (DawnProfile,)}


@cache
def get_profile(name: str) -> SiteProfile:
    """The profile registered under *name*; ``KeyError`` names the known ones."""
    try:
        return PROFILES[name]()
    except KeyError:
        raise KeyError(f"unknown site {name!r}; known: {', '.join(sorted(PROFILES))}") from None


#: A site name: one lower-case path component. Exports (``<out>/<site>/…``), the state
#: store, the metrics textfile and the run log are all named after it.
_SAFE_NAME = re.compile(r"[a-z0-9][a-z0-9._-]{0,99}")


def safe_site_name(name: str) -> str:
    """*name* if it is safe as a folder name under the output folder, else ``ValueError``
    (``..``, ``a/b``, ``.hidden``, upper case, spaces, an empty name …)."""
    if not _SAFE_NAME.fullmatch(name) or ".." in name:
        raise ValueError(
            f"{name!r} is not a safe site name (lower-case letters, digits, '.', '-', '_', "
            "starting with a letter or digit)"
        )
    return name


_HOST_LABEL = re.compile(r"(?!-)[a-z0-9_-]{1,63}(?<!-)")
#: A network location whose host is bracketed (IPv6): user information, the host, a port.
_BRACKETED_HOST = re.compile(r"(?:[^@]*@)?\[[^\]]*\](?::\d*)?")


def check_url(url: str, schemes: tuple[str, ...] = ("http", "https")) -> str:
    """*url* if it is an absolute URL in one of *schemes* with a usable host (a DNS name or
    an IP address; ``file:`` needs none), else ``ValueError`` saying what is wrong (the
    caller names the URL)."""
    parts = urlsplit(url.strip())
    if parts.scheme.lower() not in schemes:
        names = ", ".join(schemes)
        raise ValueError(f"not an absolute URL ({names})")
    if parts.scheme.lower() == "file":
        return url
    try:
        parts.port  # noqa: B018 - parsing the port is the check
    except ValueError:
        raise ValueError("bad port") from None
    host = parts.hostname or ""
    if not host:
        raise ValueError("no host")
    if "[" in parts.netloc and not _BRACKETED_HOST.fullmatch(parts.netloc):
        raise ValueError("text after the IPv6 host")  # urlsplit takes "[::1]x"
    try:
        ipaddress.ip_address(host)
    except ValueError:
        labels = host.removesuffix(".").split(".")
        if len(host) > 253 or not all(_HOST_LABEL.fullmatch(label) for label in labels):
            raise ValueError(f"{host!r} is not a host name") from None
    return url


def spider_site(spider: Any) -> str:
    """The site a spider's files are named after (exports, state, metrics textfile, run
    log): its ``site``, else its name; ``ValueError`` when that is not a safe name (the
    spiders refuse one at start-up; this guards every other spider)."""
    return safe_site_name(str(getattr(spider, "site", None) or spider.name))


def profile_for_url(url: str) -> SiteProfile | None:
    """The profile whose domains include *url*'s host, if any."""
    for name in PROFILES:
        profile = get_profile(name)
        if profile.owns(url):
            return profile
    return None


def article_key(site: str | None, url: str) -> str:
    """The key a story is known by across runs: the profile's story id when it has one
    (``/news/123``, ``/news/amp/123`` and ``/news/123/slug`` are one story, on any host),
    else the URL."""
    if site in PROFILES:
        story = get_profile(site).article_id(url)
        if story:
            return f"{site}:{story}"
    return url


__all__ = [
    "PROFILES",
    "SiteProfile",
    "article_key",
    "check_url",
    "get_profile",
    "profile_for_url",
    "safe_site_name",
]
