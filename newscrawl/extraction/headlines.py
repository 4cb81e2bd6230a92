"""The headline of a page out of its independent statements of it: the JSON-LD
``headline``, ``og:title`` / ``twitter:title`` and the visible ``<h1>``.

Each source has its own habits: a page title appends the site's name ("Budget passed |
Example News"), a JSON-LD headline may carry the kicker shown above the headline
("Migration: Council passes the budget") and CMSs often HTML-escape the text a second
time ("zerst&ouml;ren"). Where two sources agree on a core and one adds text around it,
the addition is the site name or the kicker, and the core is the headline.

Where the sources state different headlines (an SEO headline in JSON-LD, a social one in
``og:title``), the page's own display decides: the first story heading (outside the
breadcrumb trail that echoes the SEO headline) that states one of them, kicker glued on or
not, names the headline the reader sees.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Callable, Iterable
from functools import lru_cache

from newscrawl.extraction.html import host_of, split_url
from newscrawl.extraction.vocabulary import ELLIPSES, TITLE_SEPARATORS
from newscrawl.extraction.walk_marks import PHRASING
from newscrawl.extraction.words import word_spans
from newscrawl.extraction.words import words as split_words

__all__ = [
    "choose_headline",
    "cut_short",
    "key_words",
    "letters",
    "names_site_wholly",
    "shared_core",
    "shown_segment",
    "shown_source",
    "slug_headline",
    "slug_states",
    "spells_host",
    "title_headline",
    "unescaped",
    "visible",
    "whole_statements",
    "without_kicker",
    "without_site_name",
    "without_site_prefix",
    "without_site_suffix",
    "without_title_suffix",
]

#: Share of the reference headline's words a title's leading segments must hold.
TITLE_MATCH_COVER = 0.8
#: Separators between a kicker and the headline it stands above.
KICKER_SEPARATORS: tuple[str, ...] = (": ", " / ", " – ", " — ", " | ")

#: A character reference left in text that was escaped twice ("&ouml;", "&#8217;").
_ENTITY = re.compile(r"&(?:#\d{2,7}|#x[0-9a-fA-F]{2,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_WORD = re.compile(r"\w+")
#: Characters a CMS puts inside words that no reader sees (soft hyphen, zero-width joiners).
_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
#: Of those, the ones that never change how text looks: the zero-width (non-)joiners shape
#: letters in Persian, Indic scripts and emoji sequences and stay in shown text.
_UNSEEN = re.compile("[\u00ad\u200b\u2060\ufeff]")


#: An inline markup tag a CMS leaves in a statement's text ("Review: <em>Dune</em>", a
#: title field holding HTML): what a reader sees is the text between the tags. The tags
#: of a sentence's words (:data:`~.walk_marks.PHRASING`), a line break and the few of
#: code, struck, sub- and superscript text.
_INLINE_TAG = re.compile(
    rf"</?(?:{'|'.join(sorted(PHRASING | {'br', 'code', 's', 'sub', 'sup'}))})"
    r"(?:\s[^<>]*)?/?>",
    re.IGNORECASE,
)


def _tag_gap(match: re.Match[str]) -> str:
    return " " if match.group().lower().startswith("<br") else ""


def unescaped(text: str | None) -> str | None:
    """``text`` with character references of a second escaping resolved (``&amp;``,
    ``&#8217;``) and without the inline markup tags left in it as text (``<em>``,
    ``&lt;i&gt;`` escaped once more, ``<span class="…">``): the text a reader sees. A
    bare ampersand ("AT&T", "R&D") and a "<" that opens no such tag ("2 < 3") stay."""
    if text is None:
        return None
    if _ENTITY.search(text) is not None:
        text = " ".join(_ENTITY.sub(lambda m: html.unescape(m.group()), text).split())
    if "<" in text and _INLINE_TAG.search(text) is not None:
        # (a line break reads as a space; the other tags join what they hold as shown)
        text = " ".join(_INLINE_TAG.sub(_tag_gap, text).split())
    return text or None


def visible(text: str | None) -> str | None:
    """*text* as a reader sees it: without the invisible characters a CMS leaves in words
    (soft hyphens: "Helikopter&shy;landeplatz", zero-width spaces, word joiners) and with
    each run of whitespace, non-breaking spaces too, as one space; None when nothing is
    left. Zero-width (non-)joiners stay: they shape the letters around them."""
    if text is None:
        return None
    return " ".join(_UNSEEN.sub("", text).split()) or None


def word_set(text: str) -> set[str]:
    """The lower-cased words (:func:`~.words.words`) of two characters or more of *text*."""
    return {w for w in split_words(text.lower()) if len(w) > 1}


def key_words(text: str) -> list[str]:
    """The casefolded words of *text* (:func:`~.words.words`: marks inside words,
    ideographs in pairs), invisible characters (soft hyphens, zero-width joiners)
    dropped: what two statements of a text are compared by. Read once per text (the
    steps compare the same headline, title and paragraphs again): a fresh list each
    call, which the caller may change."""
    return list(_key_words(text))


@lru_cache(maxsize=2048)
def _key_words(text: str) -> tuple[str, ...]:
    return tuple(split_words(_INVISIBLE.sub("", text).casefold()))


def _capital_words(text: str) -> list[str]:
    """The key words of *text* (:func:`key_words`) without their accents and other
    combining marks, and the Turkish dotless "ı" as "i": the words a statement in
    capitals writes, where capitals drop accents (Greek writes "ΕΚΛΟΓΕΣ" for "Εκλογές",
    French "ELECTION" for "Élection") and casefolding turns Turkish "İ" into "i" and a
    combining dot."""
    return [
        "".join(
            c for c in unicodedata.normalize("NFD", w) if not unicodedata.combining(c)
        ).replace("ı", "i")
        for w in key_words(text)
    ]


def letters(text: str) -> str:
    """The words of *text* (:func:`key_words`) run together: what a heading reads as when
    its markup glues two elements with no space between them ("<span>Kicker</span><span>
    Headline</span>" is "KickerHeadline" in its text), compared so."""
    return "".join(_key_words(text))


def shown_source(sources: list[str], shown: Iterable[str]) -> str | None:
    """The one of ``sources`` (distinct statements of the headline) that the first of the
    ``shown`` headings states, the whole heading or its end (a kicker set before it:
    "Umbau des Weissen Hauses – Trump plant …", or in an element of its own glued on,
    "Neue Leipziger SchuleJudy Lybke …": :func:`letters` are compared); None when the
    sources agree or no heading states exactly one of them."""
    keys = [letters(s) for s in sources]
    if len(set(keys)) < 2:
        return None
    for heading in shown:
        seen = letters(heading)
        hits = {k for k in keys if k and seen.endswith(k)}
        if len(hits) > 1:
            return None  # one source ends with another: the heading cannot tell them apart
        if hits:
            return next(s for s, k in zip(sources, keys, strict=True) if k in hits)
    return None


#: Most segments of a ``<title>`` that is read as a headline and a site name ("Headline
#: | Section | Site"): a longer run (a list of keywords) is no such title, and each cut of
#: it costs the whole title (all cuts of a crafted title of thousands of segments took
#: seconds).
TITLE_MAX_SEGMENTS = 8


def without_title_suffix(title: str, reference: str) -> str:
    """``title`` without the site or section names a page title appends ("Budget passed |
    Politics | Example News"): the shortest run of its leading segments that holds most of
    the ``reference`` headline's words (the ``<h1>``, or another source's headline) and
    nothing else, when what it drops is not part of that headline ("… – das erwarten
    wir" is kept when the ``<h1>`` says it too). ``title`` itself when none does, or
    when a separator cuts it in more than :data:`TITLE_MAX_SEGMENTS` segments."""
    ref_words = word_set(reference)
    if not ref_words:
        return title
    for separator in TITLE_SEPARATORS:
        parts = title.split(separator)
        if len(parts) > TITLE_MAX_SEGMENTS:
            continue  # no headline and site names, and each cut would cost the whole title
        for end in range(1, len(parts)):
            head = separator.join(parts[:end]).strip()
            words = word_set(head)
            if words and words <= ref_words and len(words) >= TITLE_MATCH_COVER * len(ref_words):
                tail = word_set(separator.join(parts[end:]))
                return title if tail and tail <= ref_words else head
    return title


def without_kicker(headline: str, others: list[str]) -> str:
    """``headline`` without a leading kicker ("Olympics: Germany beats France") when
    another source states the headline as exactly the part after it; else unchanged."""
    keys = [key_words(o) for o in others if o]
    for separator in KICKER_SEPARATORS:
        kicker, found, rest = headline.partition(separator)
        if found and kicker.strip() and rest.strip() and key_words(rest) in keys:
            return rest.strip()
    return headline


#: Fewest words of a shared core: a lone word another source states ("Brexit", a section
#: name in ``og:title``) is a label, not the headline.
CORE_MIN_WORDS = 2


def _slug_words(url: str) -> set[str]:
    """The words of the URL's last path segment ("/2023/11/09/why-is-it-so-high/"), as
    URLs spell them; none for a malformed address ("http://[::1")."""
    path = split_url(url).path
    slug = path.rstrip("/").rsplit("/", 1)[-1].rsplit(".", 1)[0]
    return set(_WORD.findall(slug.casefold().replace("_", " ")))


#: Fewest words of a heading that the URL's slug names as the headline (a short heading,
#: "Contact us", is as likely a section's as the story's).
SLUG_HEADING_MIN_WORDS = 3
#: Headings looked at, at most.
SLUG_HEADINGS_SEEN = 50


def slug_states(heading: str, url: str) -> bool:
    """True when the URL's slug spells every word of *heading* (as URLs spell them), of
    which there are :data:`SLUG_HEADING_MIN_WORDS` or more."""
    slug = _slug_words(url)
    if len(slug) < SLUG_HEADING_MIN_WORDS:
        return False
    return any(len(w) >= SLUG_HEADING_MIN_WORDS and w <= slug for w in _folded_words(heading))


def slug_headline(shown: Iterable[str], url: str) -> str | None:
    """The first of the ``shown`` headings that the URL's slug spells
    (:func:`slug_states`), for a page that states its headline nowhere else (no JSON-LD,
    og/twitter title or ``<h1>`` with text, a ``<title>`` of only its site's name): the
    heading and the address, two statements of one story. None when none does."""
    if len(_slug_words(url)) < SLUG_HEADING_MIN_WORDS:
        return None
    for seen, heading in enumerate(shown):
        if seen >= SLUG_HEADINGS_SEEN:
            break
        if slug_states(heading, url):
            return heading
    return None


def shared_core(
    headline: str,
    others: list[str],
    url: str = "",
    *,
    shown: bool = False,
    naming: list[str] | None = None,
) -> str:
    """The one of ``others`` (other statements of the headline) whose words open or close
    ``headline`` with a punctuation mark at the seam ("Headline: its subtitle",
    "Kicker » Headline", "Headline-Section|Site"): what two statements share is the
    headline and the addition is a kicker, a subtitle or a site name, whatever mark sets
    it off. ``headline`` when none does, when the shorter one ends cut short ("…") or is
    a lone word (a section's name), when no mark stands at the seam ("Trump wins" in
    "Trump wins Iowa" is another headline), or when the URL's slug, a third statement,
    spells the addition too (a social title shortened to its first sentence: "Why is it
    so high? Because …"). ``shown``: ``others`` is the page's display (the ``<h1>``),
    which is the site's own name when it closes the statement ("The Harbour Blog" over
    "Open thread - The Harbour Blog"), so only an addition after it goes, one glued on
    (no space at the seam: "Headline_keyword"; after a spaced mark the display may leave
    out a kicker's or section's words, "Local Politics: …"); with ``naming`` (the site's
    names) only one that names the site (:func:`names_site`): a shorter display may leave
    a subtitle out."""
    text = _INVISIBLE.sub("", " ".join(headline.split()))
    if shown:
        text = text.replace("_", "|")  # (a site's name glued on: "Headline_Site")
    spans = word_spans(text)  # (as key_words splits: ideographs in overlapping pairs)
    found = [text[a:b].casefold() for a, b in spans]
    slug = _slug_words(url) if url else set()
    for other in others:
        core = " ".join(other.split())
        keys = key_words(core)
        if not CORE_MIN_WORDS <= len(keys) < len(found) or core.endswith(ELLIPSES):
            continue
        if found[: len(keys)] == keys:
            seam = text[spans[len(keys) - 1][1] : spans[len(keys)][0]]
            added = text[spans[len(keys)][0] :]
        elif not shown and found[len(found) - len(keys) :] == keys:
            at = len(found) - len(keys)
            seam = text[spans[at - 1][1] : spans[at][0]]
            added = text[: spans[at - 1][1]]
        else:
            continue
        if not seam.strip() or (shown and naming is None and seam != seam.strip()):
            continue  # (an addition after a spaced mark the display leaves out: a kicker's)
        if naming is not None:
            if names_site(added, naming, url):
                return core
        elif not any(w and w <= slug for w in _folded_words(added)):
            return core
    return headline


def cut_short(text: str, other: str) -> bool:
    """True when *text* ends cut short ("…", "...") and its words open *other*, which says
    more: a statement truncated to fit (a social card, a structured-data length limit).
    A text whose last word is cut inside counts too ("… four ho…" of "… four hours")."""
    if not text.rstrip().endswith(ELLIPSES):
        return False
    words = key_words(text.rstrip().rstrip(".…"))
    full = key_words(other)
    if not words or len(words) >= len(full):
        return False
    return full[: len(words) - 1] == words[:-1] and full[len(words) - 1].startswith(words[-1])


def whole_statements(statements: list[str], shown: str | None = None) -> list[str]:
    """*statements* without those cut short of another (:func:`cut_short`), in order,
    unless the page shows one as its heading (*shown*, the ``<h1>``: "Wait for it…" is the
    headline); all of them when each is."""
    seen = key_words(shown) if shown else None
    whole = [
        s
        for s in statements
        if key_words(s) == seen or not any(cut_short(s, o) for o in statements)
    ]
    return whole or statements


@lru_cache(maxsize=64)
def _host_parts(url: str) -> tuple[frozenset[str], frozenset[str]]:
    """The words of *url*'s host, its labels cut at hyphens: those that can name its site
    (``www.golden-gate.example``: "golden", "gate"; not the zone, the last label, nor
    :data:`_HOST_NOISE`), and all of them (zone and "www" too: a title may spell the
    host whole, "www.golem.de"). The host is urlsplit's (lower-cased, port aside) with
    "www." kept, unlike :func:`~newscrawl.extraction.html.host_of`: here it is words a
    title may write; none for a malformed address."""
    host = split_url(url).hostname or ""
    labels = [label for label in host.split(".") if label]
    own = {w for label in labels[:-1] if label not in _HOST_NOISE for w in label.split("-")}
    every = {w for label in labels for w in label.split("-")}
    return frozenset(own - {""}), frozenset(every - {""})


def _host_words(url: str) -> frozenset[str]:
    """The words of *url*'s host that can name its site (:func:`_host_parts`), three
    letters or more: a text sharing any of them names the site (:func:`names_site`),
    where a word of one or two letters ("t" of t-online, "de") would match by chance.
    :func:`names_site_wholly` takes the short ones too: there every word of a segment
    must be one of the host's."""
    return frozenset(w for w in _host_parts(url)[0] if len(w) > 2)


#: Fewest letters of a host label that a run of words may spell (:func:`_host_names`).
HOST_NAME_MIN_LETTERS = 4
#: Most words of a run spelling a host label ("Harbour Times" for harbourtimes.example).
HOST_NAME_MAX_WORDS = 4


@lru_cache(maxsize=64)
def _host_names(url: str) -> frozenset[str]:
    """The labels of *url*'s host that can name its site (:func:`_host_parts`: not the
    zone, nor :data:`_HOST_NOISE`), hyphens dropped, of :data:`HOST_NAME_MIN_LETTERS`
    letters or more: the site's name as a host writes it, its words run together
    ("harbourtimes" for "Harbour Times", "golden-gate" for "Golden Gate"). The host is
    :func:`~newscrawl.extraction.html.host_of`'s ("www." is noise here)."""
    labels = [label for label in host_of(url).split(".") if label][:-1]
    names = {label.replace("-", "") for label in labels if label not in _HOST_NOISE}
    return frozenset(n for n in names if len(n) >= HOST_NAME_MIN_LETTERS)


def spells_host(words: list[str], url: str) -> bool:
    """True when a run of *words* (:func:`key_words`), of two words or more, run together
    spells a label of *url*'s host (:func:`_host_names`): "Harbour Times" on
    harbourtimes.example, where no single word is a label of the host."""
    names = _host_names(url)
    if not names:
        return False
    for start in range(len(words)):
        for end in range(start + 2, min(start + HOST_NAME_MAX_WORDS, len(words)) + 1):
            if "".join(words[start:end]) in names:
                return True
    return False


def names_site(text: str, site_names: Iterable[str], url: str) -> bool:
    """True when *text* (what a cut drops) names the site: a word of the host ("Example.de"
    on example.de), words that run together spell one (:func:`spells_host`) or every
    word of one of *site_names*."""
    keys = key_words(text)
    words = set(keys)
    if words & _host_words(url) or spells_host(keys, url):
        return True
    return any((name := set(key_words(n))) and name <= words for n in site_names)


def choose_headline(
    jsonld: str | None,
    og: str | None,
    twitter: str | None,
    h1: str | None,
    shown: Iterable[str] = (),
    *,
    site_names: Iterable[str] = (),
    url: str = "",
) -> str | None:
    """The page's headline: the JSON-LD headline, else ``og:title``, else
    ``twitter:title`` (each unescaped), without the site suffix a title appends (judged
    against the ``<h1>``, or against another source where the page has no headline
    ``<h1>``) and without a kicker that another source leaves out; the ``<h1>`` when no
    source states one. Where the JSON-LD headline and ``og:title`` (the two leading
    sources present) disagree, the one the first of the ``shown`` story headings
    (``<h1>``/``<h2>`` outside navigation, in page order) states wins. Where another
    source states only a part of the chosen one set off by a mark, that shared part wins
    (:func:`shared_core`; ``url``'s slug may confirm the rest). Where the JSON-LD headline
    and ``og:title`` state one text word for word, a shorter ``<h1>`` cuts from it only
    what names the site or the section (``site_names``, a word of ``url``'s host), glued
    on with any mark too. A statement cut short of another (:func:`whole_statements`)
    gives way to it; segments that are the site's name after or before the chosen text
    go (:func:`without_site_suffix`, :func:`without_site_prefix`) unless the ``<h1>``
    states it whole."""
    names = list(site_names)
    # A statement that is only the site's name (a CMS's default og:title on every page)
    # states no headline.
    sources = [
        s
        for s in (unescaped(jsonld), unescaped(og), unescaped(twitter))
        if s and not names_site_wholly(s, names, url)
    ]
    if not sources:
        return h1
    h1 = unescaped(h1)
    # The article's own field and the social title stating one text word for word: what
    # a shorter <h1> leaves out of it is part of the headline, unless it names the site.
    stated = unescaped(jsonld)
    twice = stated is not None and stated == unescaped(og)

    # An <h1> that is the site's name (a logo not linking home) shows no end of the
    # headline: "Harbour Times: Budget passed" is not cut down to it.
    shows = h1 if h1 and not names_site_wholly(h1, names, url) else None

    def trimmed(text: str) -> str:
        for reference in [shows] if shows else sources:
            if reference != text:
                cut = without_title_suffix(text, reference)
                if cut != text:
                    dropped = text[len(cut) :]
                    if twice and reference is shows and not names_site(dropped, names, url):
                        return text
                    return cut
                if reference is shows:
                    # An addition glued on with a mark no separator list holds
                    # ("Headline-Politicsㅣ한국일보", "Headline_keyword_keyword"): the
                    # <h1> shows where the headline ends (of a text stated twice, only
                    # the site's name goes, as above).
                    return shared_core(
                        text, [reference], url, shown=True, naming=names if twice else None
                    )
        return text

    cores = whole_statements([trimmed(s) for s in sources], h1)
    chosen = cores[0]
    if len(cores) > 1 and key_words(cores[0]) != key_words(cores[1]):
        # The two leading statements disagree (when they agree, a third that differs,
        # often twitter:title's teaser wording, is outvoted): the display decides.
        chosen = shown_source(cores, shown) or chosen
    at = cores.index(chosen)
    others = cores[:at] + cores[at + 1 :]
    headline = shared_core(without_kicker(chosen, others), others, url)
    if headline.isupper():
        # A statement in capitals (a social card's styling: its cased letters all
        # capitals) is written as the display or another statement writes the same words,
        # accents aside (capitals drop them: Greek "ΕΚΛΟΓΕΣ" for "Εκλογές").
        words = _capital_words(headline)
        headline = next(
            (s for s in (h1, *cores) if s and not s.isupper() and _capital_words(s) == words),
            headline,
        )
    if h1 and key_words(h1) == key_words(headline):
        return headline  # the display states it whole, site's name and all
    return without_site_prefix(without_site_suffix(headline, names, url), names, url)


#: Marks that set a site's name off the headline before it, spaced or glued on
#: ("…-정치ㅣ한국일보", "…：東京新聞デジタル", "…_新浪新闻"); a hyphen and a slash only
#: spaced (glued on, they join words: "Film-Welt", "km/h").
SITE_MARKS: tuple[str, ...] = ("|", "｜", "ㅣ", "：", "_", "–", "—", "·", "»", "::", " - ", " / ")


def names_site_wholly(segment: str, site_names: Iterable[str], url: str) -> bool:
    """True when *segment* is, word for word, one of *site_names* (``og:site_name``, the
    publisher's name, the story's section) or the host's name ("Golem.de" on
    www.golem.de, "WELT" on welt.de: words that are all labels of the host, one of them not
    its zone; or words that run together spell a label of the host, "Harbour Times" on
    harbourtimes.example). A segment holding a guillemet is part of a quote, not a
    segment: "»" opens a German quote ("… den »Spiegel«") and closes a French one
    ("«Le Monde» fête …")."""
    words = key_words(segment)
    if not words or "«" in segment or "»" in segment:
        return False
    if any(key_words(name) == words for name in site_names):
        return True
    own, every = _host_parts(url)
    if every.issuperset(words) and not own.isdisjoint(words):
        return True
    return 1 < len(words) <= HOST_NAME_MAX_WORDS and "".join(words) in _host_names(url)


def without_site_suffix(text: str, site_names: Iterable[str], url: str) -> str:
    """*text* without the trailing segments that name the site (:func:`names_site_wholly`)
    set off by a mark (:data:`SITE_MARKS`): the suffix every statement of the headline
    carries ("Budget passed | Politics | Harbour Times" in JSON-LD and ``og:title`` alike),
    where no other statement shows where the headline ends. Unchanged when a segment
    names no site ("Covid - what you need to know"), when the name stands without a mark
    ("Why I left Harbour Times") or when fewer than :data:`CORE_MIN_WORDS` words would
    remain; at most :data:`TITLE_MAX_SEGMENTS` segments go (each cut reads the text
    again: a crafted run of thousands would cost seconds)."""
    names = [n for n in site_names if n]
    for _ in range(TITLE_MAX_SEGMENTS):
        best = -1
        for mark in SITE_MARKS:
            at = text.rfind(mark)
            if at > best and names_site_wholly(text[at + len(mark) :], names, url):
                best = at
        head = text[:best].rstrip() if best > 0 else ""
        if len(key_words(head)) < CORE_MIN_WORDS:
            return text
        text = head
    return text


#: Host labels that name no site (the zone and "www").
_HOST_NOISE = frozenset({"www", "com", "org", "net", "co", "gv", "gov", "ac", "edu"})
#: German letters a URL writes in two (``straße`` → ``strasse``).
_FOLD = str.maketrans({"ß": "ss", "ä": "ae", "ö": "oe", "ü": "ue"})


def _folded_words(text: str) -> tuple[set[str], set[str]]:
    """The words of *text* casefolded, spelled as URLs write them: German letters in
    two, other accents dropped (both spellings)."""
    lower = text.casefold()
    plain = unicodedata.normalize("NFKD", lower).encode("ascii", "ignore").decode()
    return set(_WORD.findall(lower.translate(_FOLD))), set(_WORD.findall(plain))


def without_site_prefix(text: str, site_names: Iterable[str], url: str) -> str:
    """*text* without the leading segment that names the site (:func:`names_site_wholly`)
    set off by a mark (:data:`SITE_MARKS`): "Harbour Times | Budget passed" in every
    statement of the headline. Unchanged when the segment names no site or more than
    it ("Harbour Times readers | what you told us"), when a colon sets it off ("Harbour
    Times: 150 years", a kicker; a fullwidth "：" too) or when fewer than
    :data:`CORE_MIN_WORDS` words would remain."""
    names = [n for n in site_names if n]
    best = len(text)
    for mark in SITE_MARKS:
        if mark == "：":
            continue  # (a colon, fullwidth: a kicker's, as ":" is)
        at = text.find(mark)
        if 0 < at < best and names_site_wholly(text[:at], names, url):
            best = at + len(mark)
    rest = text[best:].lstrip() if best < len(text) else ""
    return rest if len(key_words(rest)) >= CORE_MIN_WORDS else text


def title_headline(title: str, url: str, site_names: list[str]) -> str | None:
    """The headline a page's ``<title>`` states, for a page that states it nowhere else:
    without the site name it appends (``og:site_name``, a segment sharing a word with the
    host: "… – Wikimedia Blog" on blog.wikimedia.org) or the segments the URL's slug does
    not say ("/warm-war-es-schoen-war-es.html"); None when the title is only the site's
    name (the host's, or one of *site_names*)."""
    host_words = _host_words(url)
    words = key_words(title)
    if words and _host_parts(url)[1].issuperset(words):
        return None  # the title is the host's name ("carta.info")
    if words and any(key_words(name) == words for name in site_names):
        return None  # the title is the site's name ("Harbour Times" on hbt.example)
    named = without_site_name(title, site_names)
    if named != title:
        return named
    # Segments that are the site's name, after it or before it, whatever mark sets them
    # off ("Headline｜Site", "Site | Headline", "Headline_Site").
    named = without_site_prefix(without_site_suffix(title, site_names, url), site_names, url)
    if named != title:
        return named
    slug_words = _slug_words(url)
    for separator in TITLE_SEPARATORS:
        segments = title.split(separator)
        if len(segments) > TITLE_MAX_SEGMENTS:
            continue
        for end in range(1, len(segments)):
            rest = set(key_words(separator.join(segments[end:])))
            head = separator.join(segments[:end]).strip()
            if rest & host_words or any(
                words and words <= slug_words for words in _folded_words(head)
            ):
                return head
    return title


def shown_segment(title: str, shown: Callable[[str], bool]) -> str | None:
    """The one segment of *title* (split at a separator: "Headline | Site") that the page
    shows as the whole text of an element outside links (*shown*): the headline stated
    twice, while the site's name stands in a link home (the logo). None when no segment,
    or more than one, is shown so."""
    for separator in TITLE_SEPARATORS:
        segments = [s.strip() for s in title.split(separator)]
        if not 1 < len(segments) <= TITLE_MAX_SEGMENTS:
            continue
        found = [s for s in segments if len(key_words(s)) >= 2 and shown(s)]
        if len(found) == 1:
            return found[0]
    return None


#: Marks that set a site's name off a title's headline.
_NAME_MARKS = "|-–—:·»/•"


def without_site_name(title: str, site_names: Iterable[str]) -> str:
    """``title`` without a trailing site name (``og:site_name``, the publisher's name)
    set off by a separator ("Budget passed | Example News"), or a leading one set off by
    a mark a space follows ("Example Blog: Budget passed", a blog engine's item title; not
    "Example-Affäre", a compound); unchanged when no separator stands beside it or nothing
    but the site name would remain."""
    for name in (" ".join(n.split()) for n in site_names):
        if not name:
            continue
        if title.casefold().endswith(name.casefold()):
            head = title[: len(title) - len(name)].rstrip()
            cut = head.rstrip(_NAME_MARKS).rstrip()
            if cut != head and _WORD.search(cut):
                return cut
        if title.casefold().startswith(name.casefold()):
            # (a space after the mark: glued on both sides it joins a word, "Name-Affäre")
            tail = title[len(name) :].lstrip()
            cut = tail.lstrip(_NAME_MARKS)
            if cut != tail and cut[:1].isspace() and _WORD.search(cut):
                return cut.lstrip()
    return title
