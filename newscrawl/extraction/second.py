"""A second opinion on the story's body, from trafilatura, where the block model is unsure.

The block model credits the block that scores best; on some pages that block is another
text than the story (another story's teaser, a list of names, a player's texts) or a
small part of it. Such a body disagrees with what the page says elsewhere about its
story, and that is what makes it *unsure* (:func:`unsure_reason`):

- the page states its story (JSON-LD ``articleBody``) and the body holds less than
  :data:`STATED_MIN_HELD` of it (its word 4-grams; compared only when the body is shorter
  than that share of the stated text, the two being cut into words on few pages);
- the body holds hardly any of the long words (:data:`LONG_WORD`) of the page's headline
  and of its description (under :data:`WORDS_MIN_HELD` of each that the page has);
- the body is flagged uncertain already (no story container was found);
- prose paragraphs built like the body's (:data:`BESIDE_SHARE` of its length) stand
  outside it: the rest of a story cut into several containers, say;
- the body is short (under :data:`SHORT_BODY_CHARS`) and the page holds prose outside
  it, enough for another reading to tell ours and more (:data:`MORE_TIMES`): the block
  model may have credited a part of the story (its intro, one entry of a list).

Only then is trafilatura asked (:func:`second_body`), unless no body it could give would
be taken (:func:`may_prefer`), and its body is taken only when
independent signals agree with it and not with ours (:func:`prefer_second`), never
because it is longer:

- the two bodies tell different texts (less than :data:`SAME_TEXT` of ours is in
  theirs) and the stated story holds theirs (:data:`STATED_HOLDS`) but hardly ours, or
  the headline's and description's long words are in theirs by a wide margin
  (:data:`WORDS_MARGIN`, their two shares summed) more than in ours;
- theirs holds ours and more, the stated story holds theirs (:data:`STATED_HOLDS_ALL`)
  and theirs holds at least :data:`STATED_MIN_HELD` of the stated story where ours holds
  less (a story cut to its first paragraph by the block model, told whole by the page's
  data and by trafilatura alike);
- theirs holds ours (:data:`HOLDS_OURS`) and much more (:data:`MORE_TIMES` its
  4-grams), and more of the headline's and the description's long words than ours
  (:data:`WORDS_MORE`): the rest of the story, which tells what the headline says, where
  a box of other stories after it would not;

and never when one of its lines is a table's row holding ours (:func:`_in_layout_row`):
the layout table of an old-school page read whole, its menu and other columns with it.

trafilatura runs on the parsed page (it works on a copy) in its fast mode, precision
first and without comments: the signals check what it says, so its own fallbacks are not
needed; a page of over :data:`MAX_SECOND_ELEMENTS` elements is not given to it (its work
grows faster than such a page). The caller marks a body so taken
(``metadata.validationMessages``, a crawl's stat ``newscrawl/articles/body_second_opinion``).
A stated story is read to
:data:`~newscrawl.extraction.stated.STATED_MAX_CHARS`.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from functools import cache, lru_cache
from html import unescape

from lxml.html import HtmlElement

from newscrawl.extraction.headlines import key_words
from newscrawl.extraction.stated import STATED_MAX_CHARS, shingles
from newscrawl.extraction.words import long_enough

#: Share of the stated story's 4-grams a body must hold not to be unsure.
STATED_MIN_HELD = 0.5
#: Share of the headline's (and of the description's) long words a body must hold for
#: the two to say it is the page's story.
WORDS_MIN_HELD = 0.3
#: Fewest characters of a word that counts as a signal ("the", "und" say nothing).
LONG_WORD = 4
#: Share of our body's 4-grams in the other body above which the two tell one text.
SAME_TEXT = 0.5
#: Share of a body's 4-grams the stated story must hold to back it.
STATED_HOLDS = 0.7
#: At most this share of our body's 4-grams held by the stated story: it does not back ours.
STATED_REFUSES = 0.3
#: For a body that holds ours and more: share of its 4-grams the stated story must hold.
STATED_HOLDS_ALL = 0.9
#: How much more of the headline's and the description's long words (two shares summed)
#: the other body must hold to be the story where the two bodies tell different texts.
WORDS_MARGIN = 0.8

#: Share of the body's length in prose built like its paragraphs outside it above which
#: the body may be a part of the story.
BESIDE_SHARE = 0.5
#: Characters under which a body may be a part of the story (a few short paragraphs).
SHORT_BODY_CHARS = 1000
#: Share of our body's 4-grams the other body must hold to be ours and more …
HOLDS_OURS = 0.9
#: … and how many times as many 4-grams it must have, and how much more of the headline's
#: and the description's long words (their two shares summed) it must hold.
MORE_TIMES = 1.8
WORDS_MORE = 0.3

#: Elements over which a page gets no second opinion: trafilatura's work grows faster
#: than the page on some layouts (a dev page given 50,000 tiny paragraphs: 0.4 s at
#: 25,000, 3.6 s at 50,000, ``bench/fuzz.py``), and the largest dev page has 4,274.
MAX_SECOND_ELEMENTS = 20_000

#: Who gave a body that is not the block model's (said in the record's message).
SECOND_SOURCE = "trafilatura"

logger = logging.getLogger(__name__)


Grams = set[tuple[str, ...]]


def _held(part: Grams, whole: Grams) -> float:
    """Share of *part* that *whole* holds (1.0 for an empty *part*)."""
    return len(part & whole) / len(part) if part else 1.0


def long_words(text: str | None) -> set[str]:
    """The words of :data:`LONG_WORD` letters or more of *text* (its key words), as
    :func:`~.words.text_weight` weighs them (a pair of ideographs weighs six). Read once
    per text (the steps ask it of the same headline and title again): a fresh set each
    call, which the caller may change."""
    return set(_long_words(text or ""))


@lru_cache(maxsize=1024)
def _long_words(text: str) -> frozenset[str]:
    return frozenset(w for w in key_words(text) if long_enough(w, LONG_WORD))


class _Words:
    """A text's words (as :func:`~newscrawl.extraction.headlines.key_words` cuts them),
    their set, and their 4-grams when asked."""

    def __init__(self, text: str) -> None:
        self.sequence = key_words(text)
        self.words = set(self.sequence)
        self._grams: Grams | None = None

    @property
    def grams(self) -> Grams:
        if self._grams is None:
            self._grams = shingles(self.sequence)
        return self._grams


class Signals:
    """What the page says about its story besides its body: the stated story (JSON-LD
    ``articleBody``, None without one), the long words of its headline and of its
    description."""

    def __init__(self, stated: str | None, headline: str | None, description: str | None) -> None:
        self.stated_text = unescape(stated[:STATED_MAX_CHARS]) if stated else ""
        self.headline = long_words(headline)
        self.description = long_words(description)
        self._stated: _Words | None = None

    @property
    def stated(self) -> Grams:
        """The stated story's 4-grams (empty without one), cut into words when asked."""
        if self._stated is None:
            self._stated = _Words(self.stated_text)
        return self._stated.grams

    def words_held(self, words: set[str]) -> float | None:
        """Shares of the headline's and the description's long words in *words*, summed
        (None when the page has neither)."""
        shares = [len(s & words) / len(s) for s in (self.headline, self.description) if s]
        return sum(shares) if shares else None


def _body(paragraphs: Sequence[str]) -> _Words:
    return _Words("\n".join(paragraphs))


def unsure_reason(
    paragraphs: Sequence[str],
    signals: Signals,
    uncertain: bool,
    beside: int = 0,
    outside: int = 0,
) -> str | None:
    """Why the block model's body (*paragraphs*) may not be the page's story, None when
    nothing says so (see the module's docstring). *beside*: characters of the prose
    outside the body built like its paragraphs; *outside*: of all prose outside it."""
    if uncertain:
        return "no story container found"
    length = sum(map(len, paragraphs))
    if beside and beside >= BESIDE_SHARE * length:
        return "prose built like the body's stands outside it"
    if length < SHORT_BODY_CHARS and outside >= (MORE_TIMES - 1) * length:
        return "the body is short, the page holds more prose"
    # Asked of every page, so cut short: the body is cut into words paragraph by
    # paragraph only until the headline's or the description's words are found, and
    # compared with the stated story only when shorter than what it must hold of it.
    checked = [s for s in (signals.headline, signals.description) if s]
    if checked:
        words: set[str] = set()
        for text in paragraphs:
            words.update(key_words(text))
            if any(len(s & words) >= WORDS_MIN_HELD * len(s) for s in checked):
                break
        else:
            return "the body holds few of the headline's and description's words"
    stated = signals.stated_text
    if (
        stated
        and sum(map(len, paragraphs)) < STATED_MIN_HELD * len(stated)
        and _held(signals.stated, _body(paragraphs).grams) < STATED_MIN_HELD
    ):
        return "the body holds little of the stated story"
    return None


def may_prefer(ours: Sequence[str], signals: Signals) -> bool:
    """False when :func:`prefer_second` cannot take another body over *ours* whatever it
    is, so trafilatura need not be asked: the page states no story (no 4-grams of one),
    and ours holds so many of the headline's and the description's long words that no
    body can hold :data:`WORDS_MORE` (nor :data:`WORDS_MARGIN`) more of them: each share
    is at most 1, their sum at most the number of the two the page has. Exact: True
    wherever :func:`prefer_second` might give a reason."""
    if signals.stated:
        return True
    held = signals.words_held(_body(ours).words)
    if held is None:  # neither a headline nor a description: no words to hold more of
        return False
    most = sum(1 for s in (signals.headline, signals.description) if s)
    return not held + min(WORDS_MORE, WORDS_MARGIN) > most


def _in_layout_row(mine: Grams, theirs: Sequence[str]) -> bool:
    """True when one of *theirs* is a table's row (``| cell | cell |``, as trafilatura
    writes one) holding our body: the other reading took the page's layout table whole,
    the menu and the other columns beside the story's cell with it (old markup)."""
    return any(
        line.startswith("|")
        and line.endswith("|")
        and line.count("|") > 2
        and _held(mine, _Words(line).grams) >= HOLDS_OURS
        for line in theirs
    )


def prefer_second(ours: Sequence[str], theirs: Sequence[str], signals: Signals) -> str | None:
    """Why *theirs* (the second opinion's paragraphs) is the page's story rather than
    *ours*, None when the signals do not say so (see the module's docstring)."""
    if not theirs:
        return None
    mine, other = _body(ours), _body(theirs)
    if not other.grams or _in_layout_row(mine.grams, theirs):
        return None
    stated = signals.stated
    if _held(mine.grams, other.grams) < SAME_TEXT:
        if (
            stated
            and _held(other.grams, stated) >= STATED_HOLDS
            and (not mine.grams or _held(mine.grams, stated) <= STATED_REFUSES)
        ):
            return "another text than the block model's, the one the stated story holds"
        held_ours, held_theirs = signals.words_held(mine.words), signals.words_held(other.words)
        if (
            held_ours is not None
            and held_theirs is not None
            and held_theirs >= held_ours + WORDS_MARGIN
        ):
            return "another text than the block model's, the one its headline and description tell"
        return None
    held_ours, held_theirs = signals.words_held(mine.words), signals.words_held(other.words)
    if (
        _held(mine.grams, other.grams) >= HOLDS_OURS
        and len(other.grams) >= MORE_TIMES * len(mine.grams)
        and held_ours is not None
        and held_theirs is not None
        and held_theirs >= held_ours + WORDS_MORE
    ):
        return "the block model's text and more, telling more of its headline and description"
    if (
        stated
        and _held(other.grams, stated) >= STATED_HOLDS_ALL
        and _held(stated, mine.grams) < STATED_MIN_HELD
        and _held(stated, other.grams) >= STATED_MIN_HELD
    ):
        return "the block model's text and more, the whole stated story"
    return None


def _error_or_worse(record: logging.LogRecord) -> bool:
    return record.levelno >= logging.ERROR


@cache
def _quiet_trafilatura() -> None:
    """Keep trafilatura's warnings about its own result ("discarding data: …") out of a
    crawl's log: asked for an opinion, it gives none, and the record says whose body it
    is. Its errors still show. Once, after trafilatura is imported (its loggers exist
    then)."""
    for name in list(logging.root.manager.loggerDict):
        if name == "trafilatura" or name.startswith("trafilatura."):
            logger = logging.getLogger(name)
            logger.addFilter(_error_or_worse)


def second_body(root: HtmlElement, url: str) -> list[str]:
    """trafilatura's story paragraphs of the page (precision first, no comments): one a
    line of its text; empty when it finds none or fails (a failure is one warning line,
    and the block model's body stays), or when the page has over
    :data:`MAX_SECOND_ELEMENTS` elements (not asked: a debug line)."""
    elements = int(root.xpath("count(//*)"))
    if elements > MAX_SECOND_ELEMENTS:
        logger.debug("No second opinion on %s: %d elements, over %d", url, elements,
                     MAX_SECOND_ELEMENTS)  # fmt: skip
        return []
    try:
        from trafilatura import bare_extraction  # noqa: PLC0415 - costly to import
    except ImportError:  # pragma: no cover - a dependency
        return []
    _quiet_trafilatura()
    try:
        doc = bare_extraction(
            root,
            url=url,
            fast=True,
            favor_precision=True,
            with_metadata=False,
            include_comments=False,
        )
    except Exception as exc:  # a second opinion never breaks the extraction: none, then
        logger.warning("No second opinion on %s: trafilatura failed (%s: %s)", url,
                       type(exc).__name__, exc)  # fmt: skip
        return []
    text = getattr(doc, "text", None) or ""
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]
