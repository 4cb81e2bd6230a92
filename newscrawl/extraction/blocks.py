"""The pieces every step of the generic body model shares.

A :class:`Block` is one paragraph as the walk found it, :class:`Stats` the tally of
one element, :class:`Page` the walk's paragraphs with their ancestors' tallies and the
chrome verdicts; :func:`tag_name` and :func:`ancestors` read elements the way every step
reads them.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import chain, islice

from lxml.html import HtmlElement

from newscrawl.extraction import boilerplate as bp
from newscrawl.extraction.vocabulary import HEADING_TAGS

#: The heading tags (:data:`~.vocabulary.HEADING_TAGS`), under the name the block modules
#: import.
HEADINGS = HEADING_TAGS


@dataclass(slots=True)
class Block:
    """One paragraph as the walk found it."""

    text: str
    owner: HtmlElement
    tag: str
    """The owner's tag (as :func:`tag_name` reads it), read once by the walk: the scoring and
    the story's filters ask it of every paragraph."""
    links: list[tuple[str, str]]
    """Anchor text and ``href`` as written: only the kept paragraphs' are resolved."""
    link_chars: int
    chrome: tuple[HtmlElement, ...]
    """Open elements named like chrome (vetted against their size once all is read)."""
    chain: list[HtmlElement]
    """The owner and its ancestors (up to ``MAX_ANCESTOR_LEVELS``): the elements the walk
    had open around it."""
    cut: bool = False
    """A piece of a container's own text that runs over several lines (``<br>``s, blank
    lines between paragraphs): a paragraph with no element of its own, its owner the box
    around it (old-school and hand-made markup)."""
    cited: bool = False
    """An item of the story's own list of links to other sites (a links roundup): its
    linked words are the story's text and it scores its list's container as a paragraph
    (:mod:`~newscrawl.extraction.cited_links`)."""
    prose: bool | None = field(default=None, init=False, repr=False, compare=False)
    """:func:`~.anchored.is_prose`'s verdict once asked (None before): a block's text and
    links do not change after the walk, and the steps ask it of every block again (a
    step that changes them, as :mod:`~newscrawl.extraction.cited_links` does, sets it
    back to None)."""

    @property
    def link_density(self) -> float:
        return min(1.0, self.link_chars / len(self.text)) if self.text else 0.0


@dataclass(slots=True)
class Stats:
    """What the paragraphs below one element add up to."""

    chars: int = 0
    link_chars: int = 0
    score: float = 0.0
    scored: bool = False

    @property
    def link_density(self) -> float:
        return min(1.0, self.link_chars / self.chars) if self.chars else 0.0


def tag_name(element: object) -> str:
    tag = getattr(element, "tag", None)
    return tag.lower() if isinstance(tag, str) else ""


def ancestors(element: HtmlElement, limit: int = bp.MAX_ANCESTOR_LEVELS) -> Iterator[HtmlElement]:
    """*element* and its ancestors, *limit* elements at most (libxml2 walks up: most
    callers read the whole line, each step of a generator's walk cost a call)."""
    return islice(chain((element,), element.iterancestors()), limit)


def child_toward(block: Block, top: HtmlElement) -> HtmlElement | None:
    """The child of *top* on *block*'s chain (the element holding the block right below
    *top*): None when the block is *top*'s own text or does not lie below *top*."""
    try:
        at = block.chain.index(top)
    except ValueError:
        return None
    return block.chain[at - 1] if at > 0 else None


@dataclass
class Page:
    """The walk's paragraphs with their ancestors' tallies and the chrome verdicts."""

    blocks: list[Block]
    stats: dict[HtmlElement, Stats]
    chrome: set[HtmlElement]
    entries: dict[HtmlElement, bool] = field(default_factory=dict)
    """Verdicts of :func:`_story_entries`, by the parent of a run of posts."""
    captions: list[tuple[Block, int]] = field(default_factory=list)
    """The story's lines that :func:`_drop_boxes` set aside as a picture's caption, each
    with the number of its box."""
    posts: dict[HtmlElement, bool] = field(default_factory=dict)
    """Verdicts of :func:`_is_other_post`, asked by every paragraph below an element."""
    chrome_held: dict[HtmlElement, int] | None = None
    """Characters beside links of the chrome below each element (outermost chrome
    only), gathered once when first asked (:func:`~.entries._chrome_within`)."""


#: Tags of embedded media: a box holding one is a player.
MEDIA_TAGS = ("video", "audio", "iframe", "object", "embed")
