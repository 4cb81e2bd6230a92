"""Site profiles: everything newscrawl knows about a particular site, one module each."""

from __future__ import annotations

from functools import cache

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


__all__ = ["PROFILES", "SiteProfile", "article_key", "get_profile", "profile_for_url"]
