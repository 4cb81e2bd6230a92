"""Vocabulary of the generic body model: what page chrome and story containers are called.

Every word list and limit :mod:`newscrawl.extraction.generic` uses is named here. Class and
id attributes are split into words (on spaces, ``-``, ``_`` and camelCase humps) before
they are compared, so ``ad`` matches ``ad-slot`` but not ``header`` or ``shadow``.
"""

from __future__ import annotations

import re

#: Class/id words of containers that hold a story.
POSITIVE_WORDS: frozenset[str] = frozenset(
    {
        "article",
        "articlebody",
        "body",
        "content",
        "entry",
        "main",
        "post",
        "story",
        "storybody",
        "text",
        "blog",
        "prose",
        "page",
    }
)

#: Class/id words of page chrome: never story text, skipped wherever they appear.
NEGATIVE_WORDS: frozenset[str] = frozenset(
    {
        "ad",
        "ads",
        "adv",
        "advert",
        "advertisement",
        "advertising",
        "author",
        "bio",
        "breadcrumb",
        "breadcrumbs",
        "byline",
        "caption",
        "captions",
        "comment",
        "comments",
        "consent",
        "contributor",
        "cookie",
        "cookies",
        "credit",
        "credits",
        "disqus",
        "donate",
        "donation",
        "dropdown",
        "footer",
        "footnote",
        "gdpr",
        "hidden",
        "masthead",
        "menu",
        "modal",
        "nav",
        "navbar",
        "navigation",
        "newsletter",
        "outbrain",
        "popup",
        "promo",
        "promotion",
        "recommend",
        "recommended",
        "recommendations",
        "related",
        "share",
        "sharing",
        "sharebar",
        "sidebar",
        "signup",
        "skip",
        "social",
        "sponsor",
        "sponsored",
        "subscribe",
        "subscription",
        "taboola",
        "tag",
        "tags",
        "toolbar",
        "tools",
        "topics",
        "trending",
        "widget",
        "widgets",
        "meta",
        "disclaimer",
        "print",
        "rating",
        "reactions",
        "pagination",
        "pager",
        "jump",
        "toc",
    }
)

#: Word prefixes that mark chrome however the word goes on ("advertorial", "sharethis").
NEGATIVE_PREFIXES: tuple[str, ...] = (
    "advert",
    "comment",
    "newsletter",
    "recommend",
    "related",
    "share",
    "social",
    "sponsor",
    "subscri",
    "promo",
    "sidebar",
    "breadcrumb",
    "cookie",
    "taboola",
    "outbrain",
)

#: Words that keep an element despite a negative word ("article-meta content" holds text).
RESCUE_WORDS: frozenset[str] = frozenset(
    {"article", "articlebody", "body", "content", "entry", "main", "story", "storybody", "prose"}
)

#: Elements whose content a reader never sees as text: the walk does not enter them.
SKIP_TAGS: frozenset[str] = frozenset(
    {
        "script",
        "style",
        "noscript",
        "template",
        "svg",
        "iframe",
        "button",
        "input",
        "select",
        "textarea",
        "object",
        "embed",
        "video",
        "audio",
        "canvas",
        "map",
        "head",
        "title",
        "dialog",
    }
)

#: Controls whose content is a short label. A control holding a landmark (``main``,
#: ``footer`` …) is not one: the parser left it open and nested the page inside it (libxml2
#: keeps ``<button><div></button>`` open to the end of the document), so the walk enters it.
CONTROL_TAGS: frozenset[str] = frozenset({"button"})
#: Landmark and sectioning elements, never inside a control in a well-formed page.
LANDMARK_TAGS: frozenset[str] = frozenset(
    {"main", "article", "section", "nav", "aside", "header", "footer"}
)

#: Elements that are chrome by their tag (vetted by size like class-named chrome).
CHROME_TAGS: frozenset[str] = frozenset(
    {"nav", "footer", "header", "aside", "figure", "figcaption", "h1", "menu", "form"}
)

#: ARIA roles of chrome.
CHROME_ROLES: frozenset[str] = frozenset(
    {"navigation", "complementary", "contentinfo", "banner", "dialog", "alert", "search"}
)

#: Share of the page's text above which an element named like chrome is a wrapper instead.
CHROME_MAX_SHARE = 0.5

#: Elements that start and end a paragraph; everything else flows inline.
BLOCK_TAGS: frozenset[str] = frozenset(
    {
        "address",
        "article",
        "blockquote",
        "body",
        "center",
        "dd",
        "details",
        "div",
        "dl",
        "dt",
        "fieldset",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "hr",
        "li",
        "main",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "tr",
        "ul",
    }
)

#: Headings kept in the body as subheadings.
SUBHEADINGS: frozenset[str] = frozenset({"h2", "h3", "h4", "h5", "h6"})

#: Tags that open a candidate story container, with the readability-style prior.
TAG_PRIOR: dict[str, float] = {
    "article": 10.0,
    "main": 5.0,
    "div": 5.0,
    "section": 3.0,
    "td": 3.0,
    "blockquote": 3.0,
    "pre": 3.0,
    "ol": -3.0,
    "ul": -3.0,
    "dl": -3.0,
    "li": -3.0,
    "form": -3.0,
    "th": -5.0,
}

#: Weight of one positive / negative class-id verdict on a candidate's score.
CLASS_WEIGHT = 25.0

#: Whole-paragraph chrome: share prompts, ad labels, newsletter calls, "read more" links.
CHROME_PARAGRAPH = re.compile(
    r"^\s*(?:"
    r"advertisement|advertisements|ad|sponsored( content)?|story continues below( advertisement)?"
    r"|continue reading( below)?|scroll (down )?to continue.*|read more|see more|show more"
    r"|load more|more stories|related( stories| articles| content)?"
    r"|share( this( article| story)?)?"
    r"|share on \w+|tweet|email|print|copy link|link copied|facebook|twitter|whatsapp|linkedin"
    r"|reddit|pinterest|comments?|leave a (comment|reply)|sign up|subscribe( now)?"
    r"|skip to (main )?content|back to top|top of page|image|photo|video"
    r")\s*[.:!]?\s*$",
    re.IGNORECASE,
)

#: Newsletter / subscription calls made as a sentence ("Sign up for our newsletter …").
NEWSLETTER_CALL = re.compile(
    r"^\s*(?:sign up|subscribe|get|join|enter your email|register)\b.{0,120}"
    r"\b(?:newsletter|inbox|daily briefing|email|subscribers?)\b",
    re.IGNORECASE,
)

#: Heading-like class words of a box title.
TITLE_WORDS: frozenset[str] = frozenset(
    {"title", "heading", "header", "headline", "label", "hed", "head"}
)

#: Shortest anchor text (in words) counted as a headline link of a teaser.
TEASER_MIN_WORDS = 3
#: Fewest items a box needs to count as a list of other stories.
TEASER_MIN_ITEMS = 3
#: Longest text of one teaser item (longer: a story, not a teaser).
TEASER_MAX_CHARS = 600
#: Most teaser boxes read off one page.
TEASER_MAX_BOXES = 40

#: Longest title of a box of links inside the story ("More Great Stories").
BOX_TITLE_MAX_CHARS = 80
#: Longest list item that counts as a link to another story in such a box …
LINK_ITEM_MAX_CHARS = 200
#: … and the share of its text its links must hold.
LINK_ITEM_MIN_DENSITY = 0.25

#: Shortest paragraph (characters) that scores its container.
MIN_SCORED_CHARS = 25
#: Link share above which a paragraph or sub-box inside the story is navigation.
MAX_LINK_DENSITY = 0.5
#: Share of the best score a sibling container needs to join the story.
SIBLING_SHARE = 0.2

#: Deepest element (below the root) the walker enters; deeper content is ignored.
MAX_DEPTH = 300
#: Most elements the walker visits on one page.
MAX_ELEMENTS = 60_000
#: Most characters one paragraph keeps.
MAX_PARAGRAPH_CHARS = 100_000
#: Most ancestors a paragraph credits with its score.
MAX_ANCESTOR_LEVELS = 60
#: Share of a chrome-named element's text a story-named container inside it must hold
#: for the element to count as a wrapper, not chrome.
WRAPPER_SHARE = 0.5
#: Levels above the story container within which a container of the same name continues it.
COUSIN_LEVELS = 3
#: Share of the story container's score such a container needs.
COUSIN_SHARE = 0.5
#: How much more than the container below it an ancestor must score to become the story.
CLIMB_GAIN = 3.0
#: A candidate scores a point per this many characters of unlinked text below it …
TEXT_UNIT = 100.0
#: … up to this many points.
TEXT_CAP = 40.0

#: Elements that each hold one post: inside the story container, a run of them (an element
#: of the kind with a sibling of the same kind) is a list of other posts, not the story.
POST_TAGS: frozenset[str] = frozenset({"article"})
POST_ITEMTYPES: tuple[str, ...] = ("BlogPosting", "NewsArticle", "Article")
