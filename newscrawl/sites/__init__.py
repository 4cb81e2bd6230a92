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


__all__ = ["PROFILES", "SiteProfile", "get_profile", "profile_for_url"]
