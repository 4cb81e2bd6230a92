"""Agreement between the story the block model found and the story the page states.

Many pages carry their story's text a second time, in the JSON-LD ``articleBody``: what
the publisher's own system says the story is, written without the page's layout. Where
that text holds most of the found story (:data:`STATED_MIN_COVER` of its word 4-grams),
it is taken for the full story, and it tells a standfirst printed above the story
(which it leaves out) from the story's first paragraph (which it holds) when both say
what the page's description says, and the header's short lines before the story (a
kicker, a reading time) from a short first line of the story. A stated text cut short at
the end of a paragraph (a paywall's, a length limit's) cannot be told from the full
story, so what it leaves out at the story's end says little; it is read there only where
it is whole by the one sign a found story can give (:func:`stated_end`): the found story
holds the stated text's last words (:data:`STATED_TAIL_WORDS`) and the stated text ends
as a sentence ends (a length limit cuts in a sentence or with an ellipsis). Then the
found paragraphs after the last one it holds (an agency's line, a call to subscribe, a
note on comments) are not the story's: a cut at a paragraph's end that holds most of the
found story (:data:`STATED_MIN_COVER`) can cost its last paragraphs, a risk taken for
the lines after the story it removes.

A stated text that holds less of the found story (a summary, the first paragraphs of a
paywalled story, another story) says nothing about it.

A stated text is read to :data:`STATED_MAX_CHARS` (its head: a found story far longer
than that is held too little to be judged), and the found story's 4-grams are counted
only while the stated text could still hold enough of them: sets of 4-grams cost thirty
times and more the text they are built from.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from html import unescape

from newscrawl.extraction.headlines import key_words
from newscrawl.extraction.vocabulary import ELLIPSES, SENTENCE_CLOSERS, SENTENCE_STOPS

#: Share of the found story's word 4-grams the stated text must hold to be the full story.
STATED_MIN_COVER = 0.7
#: Share of a paragraph's word 4-grams the stated text must hold for it to be story text.
STATED_MIN_SHARE = 0.2
#: Words of a shingle (the unit the texts are compared in).
SHINGLE = 4
#: Last words of the stated text the found story must hold for the stated text to be
#: read as whole up to the found story's end.
STATED_TAIL_WORDS = 8
#: Most characters of a stated text read (its head; the rest is not looked at): three
#: times the longest ``articleBody`` of the development pages (32,000 characters). Its
#: 4-grams take some 3 MB, where the 4-grams of a text of 5 MB took 150 to 290 MB.
STATED_MAX_CHARS = 100_000


def shingles(words: Sequence[str]) -> set[tuple[str, ...]]:
    return {tuple(words[i : i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)}


@lru_cache(maxsize=1)
def _stated_words(stated: str) -> tuple[tuple[str, ...], frozenset[tuple[str, ...]]]:
    """The *stated* text's words (to :data:`STATED_MAX_CHARS`) and their shingles, kept
    for the page's next question: the captions' return, the header cut and the tail cut
    each ask of the same text (immutable: every caller shares them)."""
    # Some pages escape the stated text's characters twice ("What&#8217;s").
    told = key_words(unescape(stated[:STATED_MAX_CHARS]))
    if len(stated) > STATED_MAX_CHARS:
        del told[-1:]  # a word cut in two
    return tuple(told), frozenset(shingles(told))


def _told(
    stated: str | None, paragraphs: Sequence[str]
) -> tuple[tuple[str, ...], frozenset[tuple[str, ...]], tuple[tuple[str, ...], ...]] | None:
    """The stated text's words (to :data:`STATED_MAX_CHARS`) and shingles and the found
    paragraphs' words, when the stated text holds most of the found story
    (:data:`STATED_MIN_COVER`); None otherwise."""
    return _told_of(stated, tuple(paragraphs)) if stated else None


@lru_cache(maxsize=1)
def _told_of(
    stated: str, paragraphs: tuple[str, ...]
) -> tuple[tuple[str, ...], frozenset[tuple[str, ...]], tuple[tuple[str, ...], ...]] | None:
    """:func:`_told`, kept for the page's next question: the captions' return and the
    header cut ask of the same found paragraphs, and so does the tail cut when the header
    cut took none (most pages); each cut the paragraphs into words and shingles again
    (immutable: every caller shares them)."""
    told, grams = _stated_words(stated)
    if not grams:
        return None
    found: list[tuple[str, ...]] = []
    ours: set[tuple[str, ...]] = set()
    tail: tuple[str, ...] = ()  # the words before a paragraph that begin its first 4-grams
    for text in paragraphs:
        words = tuple(key_words(text))
        found.append(words)
        run = tail + words
        ours.update(shingles(run))
        if STATED_MIN_COVER * len(ours) > len(grams):
            return None  # more 4-grams than the stated text could hold enough of
        tail = run[1 - SHINGLE :]
    if not ours or len(ours & grams) < STATED_MIN_COVER * len(ours):
        return None
    return told, grams, tuple(found)


@lru_cache(maxsize=1)
def _found_out(stated: str, paragraphs: tuple[str, ...]) -> frozenset[int]:
    """:func:`_left_out` of the found *paragraphs* themselves (see :func:`_told_of`), kept
    for the tail cut: the header cut asks it of the same paragraphs first."""
    both = _told_of(stated, paragraphs)
    return frozenset(_left_out(*both)) if both is not None else frozenset()


def _left_out(
    told: Sequence[str], grams: frozenset[tuple[str, ...]], lines: Sequence[Sequence[str]]
) -> set[int]:
    """Indexes of the *lines* (as words) that the stated text (*told*, its shingles
    *grams*) does not hold."""
    # Word runs shorter than a shingle that the stated text says, by length, built when
    # a short line asks (a set, not a search of the whole text per line: a page of many
    # short lines and a long stated text would cost their product).
    runs: dict[int, set[tuple[str, ...]]] = {}
    out = set()
    for index, words in enumerate(lines):
        if not words:
            continue
        if len(words) < SHINGLE:  # a short line: held when the stated text says it
            size = len(words)
            if size not in runs:
                runs[size] = {tuple(told[i : i + size]) for i in range(len(told) - size + 1)}
            if tuple(words) not in runs[size]:
                out.add(index)
            continue
        mine = shingles(words)
        if len(mine & grams) < STATED_MIN_SHARE * len(mine):
            out.add(index)
    return out


def told_apart(paragraphs: Sequence[str], stated: str | None) -> tuple[set[int], set[int]]:
    """Indexes of the found *paragraphs* that the *stated* story (a JSON-LD
    ``articleBody``) leaves out and of those it holds, when it holds most of the found
    story (:data:`STATED_MIN_COVER`); two empty sets when there is no stated story or it
    holds less."""
    found = tuple(paragraphs)
    if not stated or (both := _told_of(stated, found)) is None:
        return set(), set()
    out = _found_out(stated, found)
    return set(out), {i for i, words in enumerate(both[2]) if words and i not in out}


def stated_lines(paragraphs: Sequence[str], lines: Sequence[str], stated: str | None) -> set[int]:
    """Indexes of *lines* set aside from the found *paragraphs* (a picture's caption, say)
    that the *stated* story holds, when it holds most of the found story
    (:data:`STATED_MIN_COVER`): the story's own text after all. A short line (under a
    shingle) must be said by the stated text word for word."""
    if not lines or (both := _told(stated, paragraphs)) is None:
        return set()
    words = [key_words(text) for text in lines]
    out = _left_out(both[0], both[1], words)
    return {i for i, w in enumerate(words) if w and i not in out}


def _ends_whole(text: str) -> bool:
    """True when *text* ends as a sentence ends, not cut (no ellipsis)."""
    tail = unescape(text).rstrip().rstrip(SENTENCE_CLOSERS)
    return tail.endswith(tuple(SENTENCE_STOPS)) and not tail.endswith(ELLIPSES)


def stated_end(paragraphs: Sequence[str], stated: str | None) -> set[int]:
    """Indexes of the found *paragraphs* after the last one the *stated* story holds,
    when it holds most of the found story (:data:`STATED_MIN_COVER`), is read whole
    (shorter than :data:`STATED_MAX_CHARS`), ends as a sentence ends (not cut at a length
    in a sentence, no ellipsis) and ends in the found story (its last
    :data:`STATED_TAIL_WORDS` words are there): text after the story's end. Empty
    otherwise."""
    if not stated or len(stated) > STATED_MAX_CHARS or not _ends_whole(stated):
        return set()
    key = tuple(paragraphs)
    if (both := _told_of(stated, key)) is None:
        return set()
    told, _, found = both
    out = _found_out(stated, key)
    held = [i for i, words in enumerate(found) if words and i not in out]
    tail = shingles(told[-STATED_TAIL_WORDS:])
    if not held or not tail:
        return set()
    ours = shingles([w for words in found for w in words])
    if not tail <= ours:
        return set()
    return {i for i in out if i > held[-1]}
