"""Readers' discussions beside a story: comment lists and forum threads.

A discussion is told by how it is built, not by what it is named: a run of posts built
alike (one tag and class), each opened by a short header line with its writer's name
and a time stamp (or by the name over the stamp, two lines), the names differing from
post to post, under a title of its own ("Comments (6)") and not telling the headline (a
live blog's entries with their reporters' names tell it; readers' posts may too, and
count where nearly all their writers differ, their stamps carry a day and the page does
not call itself a live blog); or posts the page marks as readers' (schema.org ``Comment``,
``UserComments``, ``DiscussionForumPosting``, or a ``Comment`` its JSON-LD lists with
the post's words). A titled run is a live blog's entries, the story, where its writers
are named on the page's byline above it, or where its title counts no posts
("Latest updates", not "Comments (6)") and the page calls itself a live blog
(``LiveBlogPosting``, ``liveBlogUpdate``) or the run's stamps are bare times of day,
newest first (a reader's post carries its day). Such a box is no story when the page's
``h1`` stands outside it and the prose outside it tells the headline: the story is
there, the discussion beside it (a first post of long prose that outweighs a short
story, a thread in a column before the story's). A page that is the thread itself (its
posts the only prose under the headline) keeps it. A lone post counts as a discussion
where its box's title counts one post ("Comments (1)", "1 Kommentar"): an editor's signed
comment under a title that counts nothing is the story's.

A shop box the page marks as a ``schema.org/Product`` (a description, a feature list, a
price) with no review or story inside is kept out the same way, on the same terms; so is
one the page does not mark, told by how it is built: a price line (a currency sign beside
a number, no sentence) in a row with what a reader operates (a button, a link that leads
nowhere or a plain link into the shop's cart), under a product's picture, beside a
description and its features. A price inside a sentence (a review quoting prices, a deal
story) is the story's, and so are shop boxes built alike (a list article of products).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Sequence
from operator import attrgetter

from lxml.html import HtmlElement

from newscrawl.extraction import boilerplate as bp
from newscrawl.extraction.anchored import blocks_tell, is_prose, page_title
from newscrawl.extraction.blocks import HEADINGS, Block, Stats, ancestors
from newscrawl.extraction.boxes_apart import is_control
from newscrawl.extraction.html import site_names
from newscrawl.extraction.jsonld import item_types, itemtype_name, page_items
from newscrawl.extraction.live_blog import calls_itself_live, clock_run
from newscrawl.extraction.second import long_words
from newscrawl.extraction.words import ends_sentence

#: schema.org types of readers' posts.
_READER_TYPES = frozenset({"comment", "usercomments", "discussionforumposting"})
#: Properties of a review or story inside a product's box: the box is the story's.
_STORY_PROPS = frozenset({"review", "reviewBody", "articleBody"})
#: Longest header line of a post (its writer's name and time stamp).
_HEADER_MAX_CHARS = 100
#: Most words of a header line beside its digits (a name, "wrote on", a month): seven
#: hold WordPress's "Jane Doe on September 12, 2018 at 4:47 pm said:".
_NAME_MAX_WORDS = 7
#: Fewest posts of a run with no readers' mark, and the least share of them whose
#: writers differ (a live blog's entries carry one desk's or a few reporters' names).
_RUN_MIN_POSTS = 2
_NAMES_MIN_SHARE = 0.5
#: Fewest writers, and least share of its posts whose writers differ, of a run that is
#: readers' though its posts tell the headline (on a page that is no live blog).
_READERS_MIN_POSTS = 3
_READERS_NAMES_SHARE = 0.75
#: Text a post holds beyond its header line (a comment's words).
_POST_MIN_CHARS = bp.MIN_SCORED_CHARS
#: Text a box around the posts may hold beside them (its heading, "Comments (12)", a
#: form's label) and still be the discussion's.
_BOX_EXTRA_CHARS = 120
#: Lines that open no post: headings and list items.
_NO_HEADER = HEADINGS | {"li"}
#: A price: a currency sign (Unicode's ``Sc``) beside a number, either side, or a
#: currency code of three capitals before an amount with cents ("CHF 129.90").
_SIGNS = "".join(re.escape(chr(c)) for c in range(0x10000) if unicodedata.category(chr(c)) == "Sc")
_PRICE = re.compile(rf"[{_SIGNS}]\s?\d|\d\s?[{_SIGNS}]|\b[A-Z]{{3}}\s?\d+[.,]\d\d(?!\d)")
#: Longest price line, and how many levels above it its row of controls may start.
_PRICE_LINE_MAX_CHARS = 60
_ROW_LEVELS = 3
#: Tags of a product's picture.
_PICTURE_TAGS = ("img", "picture")
#: Most paragraphs of prose a shop box holds (its description; its features are lines).
_SHOP_MAX_PROSE = 2
_DIGIT = re.compile(r"\d")
_DIGITS = re.compile(r"\d+")
_NOT_NAME = re.compile(r"[\W\d_]+")
_WORD = re.compile(r"[^\W\d_]{2,}")
#: Longest line that may be the story's byline naming its reporters, and how many lines
#: around the headline (before the run) it is looked for in.
_BYLINE_MAX_CHARS = 200
_BYLINE_SPAN = 8
_TAG = attrgetter("tag")


def _base_class(element: HtmlElement) -> str | None:
    """The first word of *element*'s ``class`` (None without one): rows built alike share
    it where the words after it set one row apart from the next (a zebra's ``odd`` and
    ``even``, a thread's depth: ``comment even depth-1`` beside ``comment odd alt
    depth-1``)."""
    words = (element.get("class") or "").split()
    return words[0] if words else None


def _story_h1(blocks: list[Block]) -> int | None:
    """The index among *blocks* of the story's ``h1``: the page's one ``h1``, or when it has
    more, the one left after setting aside those that only name the site (a banner: the
    publication's name set as an ``h1`` above the story's own, its words those of the page's
    ``og:site_name`` or ``application-name``); None when no ``h1`` or more than one is left."""
    at = [index for index, block in enumerate(blocks) if block.tag == "h1"]
    if len(at) > 1:
        root = blocks[at[0]].owner.getroottree().getroot()
        names = {_folded(name) for name in site_names(root)}
        at = [index for index in at if _folded(blocks[index].text) not in names]
    return at[0] if len(at) == 1 else None


def _folded(text: str) -> str:
    """*text* without case and with its white space made single spaces."""
    return " ".join(text.split()).casefold()


def discussions(
    blocks: list[Block], stats: dict[HtmlElement, Stats], typed: Sequence[HtmlElement]
) -> set[HtmlElement]:
    """The boxes of readers' discussions on the page (see the module), each the element
    holding the posts and nothing much else; empty when the page's story is not told
    outside them. *typed*: the walked elements with an ``itemtype`` (the walk's
    :attr:`~newscrawl.extraction.walk.Walker.typed`): each element holding text is one of
    the walk's or above it."""
    at = _story_h1(blocks)
    if at is None:
        return set()
    heading = blocks[at]
    if heading.link_density > bp.MAX_LINK_DENSITY:
        return set()
    heading_chain = set(heading.chain)
    runs: dict[tuple[HtmlElement, object, object], dict[HtmlElement, str]] = defaultdict(dict)
    headers: dict[HtmlElement, str] = {}  # each post's header line
    openings: dict[HtmlElement, str] = {}  # and its first line of words
    marked: set[HtmlElement] = set()
    figured: list[Block] = []  # short lines with a figure: the shop boxes' price lines
    last = len(blocks) - 1
    for index, block in enumerate(blocks):
        text = block.text
        if len(text) > _HEADER_MAX_CHARS or _DIGIT.search(text) is None:
            continue
        if len(text) <= _PRICE_LINE_MAX_CHARS:
            figured.append(block)
        if index == last or len(blocks[index + 1].text) < _POST_MIN_CHARS:
            continue  # no post's words follow (:func:`_post_of`, its first test)
        if block.tag in _NO_HEADER or ends_sentence(text):
            continue  # a heading (a list article's numbered item), a list item, a sentence
        name = _NOT_NAME.sub(" ", text).strip().casefold()
        if not name or name.count(" ") >= _NAME_MAX_WORDS:
            continue  # a bare time (a live blog's entry stamp), or words of a text
        post = _post_of(blocks, index, stats)
        if post is None and index and (writer := _name_line(blocks[index - 1])):
            # A header in two lines: the writer's name over the time stamp.
            post = _post_of(blocks, index, stats, index - 1)
            name = writer
        if post is None:
            continue
        if _reader_type(post):
            marked.add(post)
        parent = post.getparent()
        if parent is not None:
            runs[(parent, post.tag, _base_class(post))].setdefault(post, name)
            headers.setdefault(post, text)
            openings.setdefault(post, blocks[index + 1].text)
    if openings:
        listed = _listed_comments(heading.owner)
        marked.update(post for post, words in openings.items() if _opening(words) in listed)
    marked.update(_products(stats, typed))
    marked.update(_shops(blocks, figured, stats, heading))
    posts = set(marked)
    for (parent, tag, cls), named in runs.items():
        if len(named) >= _RUN_MIN_POSTS and len(set(named.values())) >= max(
            2, _NAMES_MIN_SHARE * len(named)
        ):
            posts.update(named)
            # Posts built alike whose words are too short to open as one ("Agreed.").
            posts.update(
                e for e in parent if e.tag == tag and _base_class(e) == cls and e in stats
            )
    # A lone post (its run of one) counts where its box's title counts one post.
    lone = {post for named in runs.values() if len(named) == 1 for post in named} - posts
    if not posts and not lone:
        return set()
    held: Counter[HtmlElement] = Counter()
    for post in posts:
        line = list(ancestors(post))
        if not posts.isdisjoint(line[1:]):
            continue  # a reply inside a post: counted with it
        for node in line[1:]:
            held[node] += stats[post].chars
    members: dict[HtmlElement, list[HtmlElement]] = defaultdict(list)  # in page order
    for named in runs.values():
        for post in named:
            if post in posts:
                members[_discussion_box(post, held, stats)].append(post)
    boxes = {_discussion_box(post, held, stats) for post in posts}
    counted = {
        _discussion_box(post, Counter(dict.fromkeys(ancestors(post), stats[post].chars)), stats)
        for post in lone
        if post in stats
    }
    counted = {box for box in counted - boxes if box not in heading_chain}
    boxes |= counted
    # A run with no mark is a discussion under its own title ("Comments (6)"): the first
    # line of its box is a heading; a live blog's entries, each with its reporter's name,
    # follow the story's headline and intro untitled.
    # A live blog's entries under a title, each with its reporter's name, tell the
    # headline: a run with no mark that tells it is the story's. So is one whose writers
    # the byline above it names, and one under a title that counts no posts on a page
    # that calls itself a live blog or with bare times of day, newest first.
    sets = (long_words(heading.text), long_words(page_title(heading.owner)))
    unmarked = boxes - {_discussion_box(post, held, stats) for post in marked}
    untitled = set(unmarked)
    told: dict[HtmlElement, list[Block]] = defaultdict(list)  # each run's prose
    titles: dict[HtmlElement, tuple[int, str]] = {}  # each titled run's first line
    for index, block in enumerate(blocks):
        if not unmarked:
            break
        inside = unmarked.intersection(block.chain)
        if not inside:
            continue
        for box in inside & untitled:
            untitled.discard(box)
            titles[box] = (index, block.text)
            if block.tag not in HEADINGS:
                boxes.discard(box)
            elif box in counted and _DIGITS.findall(block.text) != ["1"]:
                boxes.discard(box)  # a lone post's box whose title counts no one post
        if is_prose(block):
            for box in inside:
                told[box].append(block)
    live: list[bool] = []  # whether the page calls itself a live blog, asked once
    writers = {post: name for named in runs.values() for post, name in named.items()}
    for box in unmarked & boxes:
        run = [headers[post] for post in members[box] if post in headers]
        if blocks_tell(told[box], sets):
            names = [writers[post] for post in members[box] if post in writers]
            if len(set(names)) < max(_READERS_MIN_POSTS, _READERS_NAMES_SHARE * len(names)):
                boxes.discard(box)
                continue
            # Readers talking of the story tell its headline too: a run under its own
            # heading whose writers nearly all differ is theirs unless the page is a
            # live blog or the stamps bare times of day (a reader's post carries its day).
            if not live:
                live.append(calls_itself_live(heading.owner, typed))
            if live[0] or clock_run(run) or all(map(_bare_time, run)):
                boxes.discard(box)
                continue
        first, title = titles.get(box, (0, ""))
        near = blocks[max(0, at - _BYLINE_SPAN) : min(first, at + _BYLINE_SPAN)]
        lines = [b.text for b in near if len(b.text) <= _BYLINE_MAX_CHARS]
        if _named_above(run, lines):
            boxes.discard(box)  # the story's reporters, named on its byline
        elif not _counts_posts(title, len(run)):
            if not live:
                live.append(calls_itself_live(heading.owner, typed))
            if live[0] or clock_run(run):
                boxes.discard(box)  # a live blog's entries under a title of their own
    if not boxes:
        return set()
    if any(box in heading.chain for box in boxes):
        return set()  # the headline is the thread's: the page is the discussion
    outside = [b for b in blocks if is_prose(b) and boxes.isdisjoint(b.chain) and b is not heading]
    if not outside or len(sets[0]) < 2 or not blocks_tell(outside, sets):
        return set()
    return boxes


def _named_above(run: list[str], lines: list[str]) -> bool:
    """True when the writers of most posts of *run* (their header lines) are named on
    one of *lines* (the lines around the headline before the run: its byline): a live
    blog's entries by the story's own reporters. A writer's name is the words of a
    header line that most of the run's lines do not share ("Uhr", "wrote on", a month):
    two of them on one line name the writer."""
    if not lines:
        return False
    words = [set(_WORD.findall(line.casefold())) for line in run]
    common = Counter(w for line in words for w in line)
    names = [{w for w in line if 2 * common[w] <= len(run)} for line in words]
    above = [set(_WORD.findall(line.casefold())) for line in lines]
    named = sum(1 for name in names if any(len(name & line) >= 2 for line in above))
    return named >= max(2, _NAMES_MIN_SHARE * len(run))


def _counts_posts(title: str, posts: int) -> bool:
    """True when a run's *title* counts its posts: one number, at least as many as the
    run shows ("Comments (6)", "6 Kommentare", "245 Beiträge" over a page of 20)."""
    numbers = _DIGITS.findall(title)
    return len(numbers) == 1 and int(numbers[0]) >= posts


def _opening(text: str) -> str:
    """The first :data:`_POST_MIN_CHARS` characters of *text*, spaces folded, casefolded:
    how a post's words and a JSON-LD comment's text are matched."""
    return " ".join(text.split())[:_POST_MIN_CHARS].casefold()


def _listed_comments(element: HtmlElement) -> set[str]:
    """The openings (:func:`_opening`) of the readers' comments *element*'s page lists
    in its JSON-LD (schema.org ``Comment`` items under an item's ``comment``)."""
    found: set[str] = set()
    for item in page_items(element, '"comment"'):
        comments = item.get("comment")
        for comment in comments if isinstance(comments, list) else [comments]:
            if not isinstance(comment, dict) or not item_types(comment) & _READER_TYPES:
                continue
            words = comment.get("text")
            if isinstance(words, str) and len(words.strip()) >= _POST_MIN_CHARS:
                found.add(_opening(words))
    return found


def _products(stats: dict[HtmlElement, Stats], typed: Sequence[HtmlElement]) -> set[HtmlElement]:
    """Elements holding text that the page marks as a product (``schema.org/Product``)
    with no review or story of their own inside: a shop box's description and features.
    Only elements holding text count (*stats*' keys), of the *typed* ones."""
    found: set[HtmlElement] = set()
    for node in typed:
        if itemtype_name(node.get("itemtype")) != "product" or node not in stats:
            continue
        if not any(e.get("itemprop") in _STORY_PROPS for e in node.iter()):
            found.add(node)
    return found


def _shops(
    blocks: list[Block], figured: list[Block], stats: dict[HtmlElement, Stats], heading: Block
) -> set[HtmlElement]:
    """Shop boxes the page does not mark (see the module): for each price line, the row
    around it (:data:`_ROW_LEVELS` at most) that holds a control or a link
    (:func:`_operated`) and little more text (:data:`_BOX_EXTRA_CHARS`), and the lowest
    element around the row holding a picture, a description (:data:`_POST_MIN_CHARS`
    beside the row) and at most
    :data:`_SHOP_MAX_PROSE` paragraphs of prose, not the headline; kept only where the
    prose outside it tells the headline (a shop box wrapping a review is the review's)
    and no other shop box is built alike (a list article of products, each built as a
    shop box, is the story). *figured*: the lines of *blocks* of at most
    :data:`_PRICE_LINE_MAX_CHARS` holding a digit (each price holds one), in order."""
    found: set[HtmlElement] = set()
    holding_h1 = set(heading.chain)
    for block in figured:
        text = block.text
        if _PRICE.search(text) is None:
            continue
        if ends_sentence(text) or block.owner in holding_h1:
            continue  # a price quoted in a sentence is the story's
        row = next(
            (
                node
                for node in block.chain[:_ROW_LEVELS]
                if node in stats
                and stats[node].chars - len(text) <= _BOX_EXTRA_CHARS
                and any(_operated(e) for e in node.iter())
            ),
            None,
        )
        if row is None:
            continue
        box = _pictured(block.chain[block.chain.index(row) :], holding_h1)
        if box is None or box in found or box not in stats:
            continue
        if stats[box].chars - stats[row].chars < _POST_MIN_CHARS:
            continue
        found.add(box)
    # Shop boxes built alike (one tag and class) are a list article's items: the story.
    builds = Counter((box.tag, box.get("class")) for box in found)
    found = {box for box in found if builds[(box.tag, box.get("class"))] == 1}
    if not found:
        return set()
    sets = (long_words(heading.text), long_words(page_title(heading.owner)))
    prose = [b for b in blocks if is_prose(b) and b is not heading]
    return {
        box
        for box in found
        if sum(box in b.chain for b in prose) <= _SHOP_MAX_PROSE
        and blocks_tell([b for b in prose if box not in b.chain], sets)
    }


def _operated(element: HtmlElement) -> bool:
    """True for what a reader operates beside a price: a control (a button, a link that
    leads nowhere) or a link (a shop's "add to cart" drawn as a plain link to its cart)."""
    return (element.tag == "a" and element.get("href") is not None) or is_control(element)


def _pictured(chain: list[HtmlElement], holding_h1: set[HtmlElement]) -> HtmlElement | None:
    """The lowest element of *chain* holding a picture, or None where that element holds
    the headline."""
    for node in chain:
        if node in holding_h1:
            return None
        if next(node.iter(*_PICTURE_TAGS), None) is not None:
            return node
    return None


def _reader_type(element: HtmlElement) -> bool:
    return itemtype_name(element.get("itemtype")) in _READER_TYPES


def _post_of(
    blocks: list[Block], index: int, stats: dict[HtmlElement, Stats], opener: int | None = None
) -> HtmlElement | None:
    """The post the header line at *index* opens: the lowest element around it that
    holds the next line too, a post's words (:data:`_POST_MIN_CHARS`), and no line before
    it (a header closing a quote, "— Name (@name) May 5, 2019", opens nothing). With
    *opener* (the index of the writer's name line right above a time stamp at *index*),
    the post holds that line too and none before it."""
    header = blocks[index]
    if index + 1 >= len(blocks):
        return None
    words = blocks[index + 1]
    if len(words.text) < _POST_MIN_CHARS or words.tag in HEADINGS:
        return None
    first = index if opener is None else opener
    before = set(blocks[first - 1].chain) if first else set()
    inside = set(words.chain).intersection(blocks[first].chain)
    for node in header.chain:
        if node in before:
            return None
        if node in inside:
            return _unwrapped(node, before, stats)
    return None


def _unwrapped(
    post: HtmlElement, before: set[HtmlElement], stats: dict[HtmlElement, Stats]
) -> HtmlElement:
    """The highest element around *post* that holds no more text than it (a wrapper
    beside a writer's picture): the posts of a run stand side by side at that level."""
    chars = stats[post].chars if post in stats else None
    parent = post.getparent()
    while (
        chars is not None
        and parent is not None
        and parent not in before
        and parent in stats
        and stats[parent].chars == chars
    ):
        post, parent = parent, parent.getparent()
    return post


def _bare_time(line: str) -> bool:
    """True when a stamp *line* holds a time of day and no day: two numbers, an hour and
    two digits of minutes ("9:05 Uhr", "16.05 BST")."""
    groups = _DIGITS.findall(line)
    return len(groups) == 2 and len(groups[0]) <= 2 and len(groups[1]) == 2


def _name_line(block: Block) -> str | None:
    """The writer's name a short line states, casefolded (a post's first header line when
    its time stamp follows on a line of its own): a line of one to
    :data:`_NAME_MAX_WORDS` words (a full stop allowed: "Lisa B."), no heading or list
    item; None when it is none."""
    text = block.text
    if len(text) > _HEADER_MAX_CHARS or block.tag in _NO_HEADER:
        return None
    name = _NOT_NAME.sub(" ", text).strip().casefold()
    if not name or name.count(" ") >= _NAME_MAX_WORDS:
        return None
    return name


def _discussion_box(
    post: HtmlElement, held: Counter[HtmlElement], stats: dict[HtmlElement, Stats]
) -> HtmlElement:
    """The highest element around *post* whose text is the posts' it holds (*held*) and
    at most :data:`_BOX_EXTRA_CHARS` more (the discussion's heading, its list, its
    section)."""
    box = post
    for node in ancestors(post):
        if node is post:
            continue
        entry = stats.get(node)
        if entry is None or node.tag in ("body", "html"):
            break
        if entry.chars - held[node] > _BOX_EXTRA_CHARS:
            break
        box = node
    return box
