"""Limits and weights of the generic body model (:mod:`newscrawl.extraction.generic`).

Its words — what page chrome and story containers are called — are in
:mod:`newscrawl.extraction.vocabulary`, with every other generic word list.
"""

from __future__ import annotations

#: Share of the page's text above which an element named like chrome is a wrapper instead.
CHROME_MAX_SHARE = 0.5


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


#: Shortest anchor text (in words) counted as a headline link of a teaser.
TEASER_MIN_WORDS = 3
#: Fewest items a box needs to count as a list of other stories.
TEASER_MIN_ITEMS = 3
#: Fewest items of a titled pair ("More on this" with two stories): it counts only with a
#: title, nothing else in the box, and both links the site's own stories by their mark.
TEASER_PAIR_ITEMS = 2
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

#: A box inside the story (a teaser card: a linked headline with its description, a "More
#: on this" box of such cards; a widget) holds at most this many characters …
CARD_MAX_CHARS = 800
#: … and all such boxes together at most this share of the story's text (more: the story
#: is built of them, a list article of linked headings, and they are its own).
CARDS_MAX_SHARE = 0.3
#: Shortest and longest linked headline of a card (the shortest weighed by
#: :func:`~newscrawl.extraction.words.long_enough`: an ideograph counts three).
CARD_HEADLINE_CHARS = (15, 200)
#: Link share of a card's headline line.
CARD_HEADLINE_DENSITY = 0.9

#: Longest text of a row of controls inside the story (a share row: its label, its
#: networks' links; :func:`~newscrawl.extraction.story_lines.is_control_row`).
CONTROL_ROW_MAX_CHARS = 80

#: Longest label of an empty slot inside the story ("Anzeige" over an ad's place;
#: :func:`~newscrawl.extraction.story_lines.is_slot_label`).
SLOT_LABEL_MAX_CHARS = 30

#: A call box inside the story (a heading, a short offer, a lone link: a newsletter's;
#: :func:`~newscrawl.extraction.story_lines._drop_call_boxes`) holds at most this many
#: characters besides its headings and its link …
CALL_BOX_MAX_TEXT = 300
#: … under this share of the story's text …
CALL_BOX_MAX_SHARE = 0.3
#: … and its link line is this share link text at least.
CALL_LINK_DENSITY = 0.9

#: Longest line of a small box inside the story holding a picture or a player
#: (:data:`~newscrawl.extraction.vocabulary.MEDIA_TAGS`) whose lines are its caption and
#: credit.
CAPTION_MAX_CHARS = 300

#: Shortest paragraph (characters) that scores its container.
MIN_SCORED_CHARS = 25
#: Link share above which a paragraph or sub-box inside the story is navigation.
MAX_LINK_DENSITY = 0.5
#: A paragraph or list item above :data:`MAX_LINK_DENSITY` stays in the story when it
#: reads as a sentence: this many words or more, ending as a sentence ends …
LINKED_SENTENCE_MIN_WORDS = 8
#: … with at least this many words of its own outside its links.
LINKED_SENTENCE_OWN_WORDS = 3
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
#: Shortest paragraph (characters, a sentence with few links) counted as prose built
#: like the story's outside it.
PROSE_BESIDE_CHARS = 80
#: Prose paragraphs (:data:`PROSE_BESIDE_CHARS`) the nearest ancestor of the page's
#: ``h1`` must hold to be the text under the headline.
HEADLINE_PROSE_MIN = 1
#: Longest line read as the headline on a page with no ``h1`` (it states the title).
HEADLINE_MAX_CHARS = 300
#: How much more than the container below it an ancestor must score to become the story.
CLIMB_GAIN = 3.0
#: A box holding this many prose paragraphs at most (a blurb) that wins by its name alone
#: gives way to a column beside it holding this many …
NAME_BLURB_PROSE = 1
#: … times its unlinked text …
NAME_OUTWEIGHED_TEXT = 3.0
#: … and this many prose paragraphs (:func:`~.columns.outweighed_name`).
NAME_OUTWEIGHED_PROSE = 3
#: Share of the chosen container's score the story's own column inside it must score to
#: take its place beside a box of short lines (:func:`~.columns.own_column`).
COLUMN_SCORE_SHARE = 0.9
#: A candidate scores a point per this many characters of unlinked text below it …
TEXT_UNIT = 100.0
#: … up to this many points.
TEXT_CAP = 40.0

#: Elements that each hold one post: inside the story container, a run of them (an element
#: of the kind with a sibling of the same kind) is a list of other posts, not the story.
POST_TAGS: frozenset[str] = frozenset({"article"})
POST_ITEMTYPES: tuple[str, ...] = ("BlogPosting", "NewsArticle", "Article")
#: A run of posts inside the story container is the story's own entries (a live blog's
#: updates) when it has at least this many posts …
ENTRY_MIN_POSTS = 3
#: … most of them (this share) hold unlinked prose of at least ENTRY_MIN_CHARS characters
#: with no link on their heading (a teaser's headline is its link) …
ENTRY_PROSE_SHARE = 0.66
ENTRY_MIN_CHARS = 80
ENTRY_MAX_LINK_DENSITY = 0.25
#: … and the run holds at least this share of the container's unlinked text (a story's
#: own text before a run of related posts or comments is larger than the run).
ENTRY_MIN_SHARE = 0.5
#: Levels above the best container searched for the run of entries it is one of.
ENTRY_LEVELS = 3
#: Levels above a run of entries within which the page's ``h1`` must stand (the run is
#: the headline's story, not a column of other texts).
ENTRY_HEADLINE_LEVELS = 3
