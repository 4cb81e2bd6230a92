"""Marks of a live blog, read where a run of posts could be one or readers' comments.

A page calls itself a live blog in schema.org terms (a ``LiveBlogPosting``, its
``liveBlogUpdate`` items) in its microdata or its JSON-LD. Its entries are opened by
stamp lines of bare times of day, newest first ("16:05", "15.28 BST", "14h51"): a
day's updates; a reader's post carries its day, or hours ago, or a name with digits.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import pairwise

from lxml.html import HtmlElement

from newscrawl.extraction import boilerplate as bp
from newscrawl.extraction.jsonld import item_types, itemtype_name, page_items

_DIGITS = re.compile(r"\d+")


def calls_itself_live(element: HtmlElement, typed: Iterable[HtmlElement]) -> bool:
    """True when *element*'s page calls itself a live blog: a schema.org
    ``LiveBlogPosting`` or ``liveBlogUpdate`` among *typed* (elements with an
    ``itemtype``) or in the page's JSON-LD."""
    for node in typed:
        if (
            itemtype_name(node.get("itemtype")) == "liveblogposting"
            or node.get("itemprop") == "liveBlogUpdate"
        ):
            return True
    return any(
        "liveblogposting" in item_types(item) or "liveBlogUpdate" in item
        for item in page_items(element, "liveblog")
    )


def clock_run(lines: list[str]) -> bool:
    """True when each of *lines* (a run's stamp lines, in page order) holds a bare time
    of day (an hour and two digits of minutes, no day) and they run newest first, at
    least :data:`~.boilerplate.ENTRY_MIN_POSTS` of them: the entries of a live blog's day."""
    times = []
    for line in lines:
        groups = _DIGITS.findall(line)
        if len(groups) != 2 or len(groups[1]) != 2 or len(groups[0]) > 2:
            return False
        hour, minute = int(groups[0]), int(groups[1])
        if hour > 23 or minute > 59:
            return False
        times.append((hour, minute))
    return len(times) >= bp.ENTRY_MIN_POSTS and all(a >= b for a, b in pairwise(times))
