"""Spiders for Dawn as a redesign would leave its profile: for the monitor tests."""

from __future__ import annotations

from typing import Any, ClassVar

from newscrawl.extraction.layout import StoryLayout
from newscrawl.sites.dawn import DawnProfile
from newscrawl.spiders.dawn import DawnSpider


class _NoHeadline(DawnProfile.V2):
    """The story title moved to markup the profile does not know."""

    def headline(self) -> str | None:
        return None


class NoHeadlineProfile(DawnProfile):
    layouts: ClassVar[tuple[type[StoryLayout], ...]] = (_NoHeadline,)


class _NoBody(DawnProfile.V2):
    body_css = "div.story__content--redesigned"


class NoBodyProfile(DawnProfile):
    layouts: ClassVar[tuple[type[StoryLayout], ...]] = (_NoBody,)


class DawnNoHeadlineSpider(DawnSpider):
    name = "dawn_no_headline"

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.profile = NoHeadlineProfile()


class DawnNoBodySpider(DawnSpider):
    name = "dawn_no_body"

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.profile = NoBodyProfile()
