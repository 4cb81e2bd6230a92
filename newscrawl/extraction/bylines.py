"""Author names out of a byline's text: ``by Jonas Berg`` → ``["Jonas Berg"]``.

The words (prefixes, separators, roles) are in :mod:`newscrawl.extraction.vocabulary`;
which elements are bylines is decided by :mod:`newscrawl.extraction.metadata`.
"""

from __future__ import annotations

import re

from newscrawl.extraction.vocabulary import (
    BYLINE_HELP,
    BYLINE_PARTICLES,
    BYLINE_PREFIX,
    BYLINE_ROLES,
    BYLINE_SEPARATOR,
    BYLINE_TRAIL,
    CAPITAL_AND,
    GLUED_AND,
    NAME_CONJUNCTION,
    NAME_SEPARATOR,
    NAME_SUFFIXES,
    POST_NOMINALS,
)

_WORD = re.compile(r"\w+")
#: What opens a name in a structured author value: "By Ann Lee", "Analysis by Ann Lee".
_BY = re.compile(r"^(?:[^\W\d_]+\s+)?by\s*:?\s+", re.IGNORECASE)
_ROLE_WORDS = BYLINE_ROLES
#: A name longer than this is a sentence (an author's bio), not a name.
_MAX_NAME_WORDS = 5
#: A name in a script without case written as one word (山田太郎, 김민지) is longer than
#: this only when it is a phrase run together ("この記事を書いた人渡辺洋介…"), no name.
_MAX_UNSPACED_NAME_CHARS = 8
#: An aside in brackets closing a name: its agency, place or role ("Anna Holm (dpa)").
_ASIDE = re.compile(r"\s*[(\[][^()\[\]]*[)\]]\s*$")


#: A web address ("www.dw.com"): an aside that says whose site the name is.
_ADDRESS = re.compile(r"\w\.\w")


def _without_aside(name: str) -> str:
    """*name* without the bracketed aside that closes it ("Anna Holm (dpa)", "Jonas Berg
    [Berlin]"): the aside names no person. *name* whole when nothing else is left or
    when the aside is a web address ("Deutsche Welle (www.dw.com)": the publication
    names itself, as :func:`is_organisation` reads it)."""
    aside = _ASIDE.search(name)
    if aside is None or _ADDRESS.search(aside.group()) or not _WORD.search(name[: aside.start()]):
        return name
    return name[: aside.start()]


#: Affiliation marks run into the name they follow ("Xiaoying You1,2", "Anna Holm*": a
#: paper's superscript figures, read as text).
_MARKS = re.compile(r"(?<=[^\W\d_])[\d*†‡]+(?:,[\d*†‡]+)*$")


def _person(part: str) -> str | None:
    """*part* when it reads as a person's name: one to five words, no digit, every word
    capitalised (or in a script without case) but for particles ("von", "al"), one word
    of a script without case no longer than :data:`_MAX_UNSPACED_NAME_CHARS`; without
    the affiliation marks run into its end (:data:`_MARKS`)."""
    name = _without_aside(part.strip()).strip(" \t.:;-–—()[]\"'“”‘’…")
    name = _MARKS.sub("", name)
    words = name.split()
    if not 1 <= len(words) <= _MAX_NAME_WORDS or any(c.isdigit() for c in name):
        return None
    if any(w.lower().strip(".,") in BYLINE_ROLES for w in words) or "@" in name:
        return None
    if len(words) == 1 and name.upper() == name.lower() and len(name) > _MAX_UNSPACED_NAME_CHARS:
        return None
    for word in words:
        if word[0].islower() and word not in BYLINE_PARTICLES:
            return None
    return name


def _name_parts(name: str) -> list[str]:
    """*name* cut at :data:`NAME_SEPARATOR`, but an "and" that may join one person's names
    (:data:`NAME_CONJUNCTION`: "y", "i", "og" …) cuts only between two full names
    ("Ana López y Juan Pérez"), not beside a lone word ("José Ortega y Gasset")."""
    pieces = NAME_SEPARATOR.split(name)
    parts = pieces[:1]
    for separator, piece in zip(NAME_SEPARATOR.findall(name), pieces[1:], strict=True):
        joins = NAME_CONJUNCTION.fullmatch(separator) is not None
        if joins and (len(parts[-1].split()) < 2 or len(piece.split()) < 2):
            parts[-1] += separator + piece
        else:
            parts.append(piece)
    return parts


def _closing_names(parts: list[str]) -> list[str]:
    """*parts* of a byline or an author value, each a name or not, with a generational
    suffix joined to the name before it ("John Smith", "Jr." → "John Smith Jr.") and a
    degree or an office's initials left out ("Jane Doe", "MD" → "Jane Doe"):
    :data:`NAME_SUFFIXES`, :data:`POST_NOMINALS`. The rest as they are."""
    kept: list[str] = []
    for part in parts:
        word = part.strip(" .").casefold()
        if word in POST_NOMINALS:
            continue
        if word in NAME_SUFFIXES and kept:
            kept[-1] = f"{kept[-1]} {part.strip()}"
            continue
        kept.append(part)
    return kept


def split_names(name: str) -> list[str]:
    """The names one structured author value holds ("Anna Holm und Jonas Berg, dpa" →
    three): split at the byline separators, each part kept as written (an agency's
    lower-case "dpa" included); an "and" that may join one person's names ("y", "i",
    "og") splits only between full names. Where names are followed by a sentence (over
    five words: the writer's bio, "Anna Holm, who has covered …"), the names before it.
    ``name`` whole when a part is empty, when a sentence follows no names, or when it is
    one "Surname, Given" pair."""
    name = " ".join(name.split())
    pieces = _name_parts(name)
    parts = [p.strip(" \t.:;-–—") for p in _closing_names(pieces)]
    if len(parts) < 2:
        # (one name; its suffix joined, its degree left out: "John Smith, Jr.")
        return [_without_aside(parts[0] if parts and len(parts) < len(pieces) else name)]
    bio = next((i for i, p in enumerate(parts) if len(p.split()) > _MAX_NAME_WORDS), None)
    if bio is not None and parts[:bio] and all(_person(p) for p in parts[:bio]):
        # Names and then a sentence ("Anna Holm, who has covered …"): the writer's bio.
        return list(dict.fromkeys(_without_aside(p) for p in parts[:bio]))
    if bio is not None or not all(parts):
        return [name]
    if len(parts) == 2 and name.count(",") == 1 and all(len(p.split()) == 1 for p in parts):
        return [name]  # "Holm, Anna": one person, surname first
    # "By Ann Lee, AP National Political Writer": the prefix and the role are no names.
    parts = [_without_aside(_BY.sub("", p, count=1)) for p in parts]
    kept = [p for p in parts if not _ROLE_WORDS.intersection(_WORD.findall(p.lower()))]
    return list(dict.fromkeys(kept)) or [name]


def is_full_name(name: str) -> bool:
    """A person's name as a byline writes it in full: two words or more, or a name in a
    script without case (山田太郎, 신현주) — not a lone capitalised word ("Abbruch")."""
    return len(name.split()) >= 2 or (name.isalpha() and name.upper() == name.lower())


#: A label closed by a colon that starts a credit ("Foto:", "Bild:", "Quelle:", Hindi
#: "फोटो:", "स्रोत:"), at the text's start or after a separator; not a time ("10:45"). The
#: vowel signs of the scripts of India and Thailand are marks, not ``\w``: let in.
_LABEL = re.compile(r"(?:^|(?<=[\s,;|/•·]))[^\W\d_][\w\u0900-\u0dff\u0e00-\u0e7f-]*\s*:(?=\s|$)")


def _before_other_credit(text: str) -> str:
    """*text* up to the part (between byline separators) that holds the first label of
    a credit that is not the writer's ("Foto: REUTERS/Anna Holm", "Jonas Berg Sendung:
    hr-INFO", "Quelle: dpa"): what follows such a label credits a picture, a source or
    a broadcast, not the story's writers. A writer's label ("Text:", "Von:", "Autor:",
    :data:`BYLINE_PREFIX`) is no such label."""
    for label in _LABEL.finditer(text):
        if BYLINE_PREFIX.match(label.group() + " ") is None:
            # From the start of the part it stands in: words run into a label without a
            # separator ("RADIO NORD Stand: …", two lines joined) are the label's line.
            before = text[: label.start()]
            separators = list(BYLINE_SEPARATOR.finditer(before))
            return before[: separators[-1].start()] if separators else ""
    return text


#: The enumeration comma of Chinese and Japanese ("王芳、李明"); it also lists a writer
#: profile's topics ("専門・関心分野戦争、平和").
_ENUMERATION = re.compile(r"\s*[、，]\s*")


def _enumerated(part: str) -> list[str]:
    """*part* cut at its enumeration commas when every piece is a full name ("王芳、李明"),
    else whole: a list of topics after a profile's heading is no list of writers."""
    pieces = _ENUMERATION.split(part)
    if len(pieces) > 1 and all(is_full_name(BYLINE_TRAIL.sub("", p)) for p in pieces):
        return pieces
    return [part]


def _glued_and(part: str) -> list[str]:
    """*part* cut before the Hebrew "and" written onto a name (:data:`GLUED_AND`: "דנה
    כהן ויוסי לוי") when every piece is a name of two words or more, else whole: a word
    that merely opens with the letter (a one-word piece) is no "and"."""
    pieces = GLUED_AND.split(part)
    if len(pieces) > 1 and all(len(p.split()) >= 2 for p in pieces):
        return pieces
    return [part]


#: A spaced dash between a name and what follows it ("Anna Holm — Harbour Post", "Anna
#: Holm – Senior correspondent", a hyphen set as one: "Tim Childers - Contributor"); a
#: hyphen within a name ("Jervis-Bardy") is unspaced.
_SPACED_DASH = re.compile(r"\s+[-–—]\s+")
#: What :func:`_parted` puts between two parts of a byline.
_PART_BREAK = "; "


def _parted(text: str) -> str:
    """*text* with its line breaks (``<br>``, as :func:`~.html.text_lines` writes them)
    and spaced dashes made separators between parts of a byline: the line of a name
    and the line (or the dash's tail) of its site, role or place are two parts, not one
    glued name ("Anna Holm<br>Harbour Post"). A line break closes a part only after two
    words or more of a name (the byline's prefix not counted): a name set as one word
    a line in a narrow column ("Anna<br>Holm") is one name."""
    lines = [" ".join(line.split()) for line in text.splitlines()]
    joined = ""
    for line in (line for line in lines if line):
        if not joined:
            joined = line
            continue
        last = BYLINE_PREFIX.sub("", BYLINE_SEPARATOR.split(joined)[-1], count=1)
        joined += (_PART_BREAK if len(last.split()) >= 2 else " ") + line
    return _SPACED_DASH.sub(_PART_BREAK, joined)


def _before_help(text: str) -> str:
    """*text* up to the "with" (:data:`~.vocabulary.BYLINE_HELP`) after which it credits
    help, not writers: each part after the word is a name's or a lone capitalised word's
    ("Diana Resnik mit AP", "Euronews with Agencies", "Anna Holm with Jonas Berg and
    AFP"). *text* whole when words of a sentence follow ("Anna Holm with her dog"), or
    when a lone word stands before it and names in full after it ("Interview with Anna
    Holm": whom a label's interview is with)."""
    found = BYLINE_HELP.search(text)
    if found is None or not text[: found.start()].strip():
        return text
    parts = [p for p in BYLINE_SEPARATOR.split(text[found.end() :]) if p.strip()]
    if not parts or not all(_person(p) for p in parts):
        return text
    before = BYLINE_SEPARATOR.split(text[: found.start()])[-1]
    if len(before.split()) < 2 and any(len(p.split()) >= 2 for p in parts):
        return text  # (a lone word, names after it: "Interview with Anna Holm", a label)
    return text[: found.start()]


def _capital_and(part: str) -> list[str]:
    """*part* split at a capitalised "and" word (:data:`~.vocabulary.CAPITAL_AND`) when
    every side holds two words or more: "John Smith And Jane Doe" (a title-cased line);
    one part else ("Comments Dan Holm", "Anna Dan Holm": the word is a name's)."""
    sides = CAPITAL_AND.split(part)
    if len(sides) > 1 and all(len(side.split()) >= 2 for side in sides):
        return sides
    return [part]


def byline_names(text: str) -> list[str]:
    """The names a byline's text gives, in order, without its "By"/"Von"/"Par" prefix
    and a writer's title after a name ("김민지 기자"), split at commas and "and" (and at
    line breaks and spaced dashes: :func:`_parted`), up to a "with" that credits help
    (:func:`_before_help`: "Von Diana Resnik mit AP"); parts that are no name (a date,
    "Staff Writer", a sentence) are dropped, so a date-only byline gives none."""
    text = _parted(text)
    if BYLINE_PREFIX.fullmatch(f"{text.strip()} "):
        return []  # a byline word alone ("<span class=author-label>By</span>") names no one
    stripped = _before_other_credit(_before_help(BYLINE_PREFIX.sub("", text, count=1)))
    names: list[str] = []
    parts = BYLINE_SEPARATOR.split(stripped)
    pieces = _closing_names(
        [
            p
            for part in parts
            for enumerated in _enumerated(part)
            for glued in _glued_and(enumerated)
            for p in _capital_and(glued)
        ]
    )
    for piece in pieces:
        name = _person(BYLINE_TRAIL.sub("", piece))
        if name is not None and name not in names:
            names.append(name)
    return names


def _key(text: str) -> str:
    return " ".join(_WORD.findall(text.casefold()))


def is_organisation(name: str, organisations: list[str], host: str) -> bool:
    """True when an author ``name`` is the publication itself rather than a writer: the
    name of its publisher or site (``organisations``: JSON-LD ``publisher``, ``og:site_name``,
    authors typed as organisations), its host ("mdr.de", "Deutsche Welle (www.dw.com)",
    "NTV" on ntv.com.tr), the initials of its site name ("LTO", Legal Tribune Online), or
    a CMS account named by the site's words and initials only ("Ilanga D" on Ilanga News,
    ilanganews.co.za: each word one of the site name's or the host's first part's, or a
    lone letter, and one at least a word; without an initial, the words opening the
    site's name: "Anna Holm" of "Harbour Notes by Anna Holm" is a writer). *host* is the
    page's as :func:`~newscrawl.extraction.html.host_of` reads it (lower-case, no "www.")."""
    key = _key(name)
    if not key:
        return False
    if key in {_key(o) for o in organisations} or (host and host in name.lower()):
        return True
    label = host.split(".", maxsplit=1)[0].replace("-", "") if host else ""
    if label and key.replace(" ", "") == label:
        return True
    keys = [_key(o).split() for o in organisations]
    site_words = {w for k in keys for w in k}
    words = key.split()
    spelled = [w for w in words if len(w) > 1]
    if spelled and all(w in site_words or w == label for w in spelled):
        # With initials, or opening the site's name: a CMS account ("Ilanga D",
        # "Ilanga"); site words alone elsewhere in it name a person the site is named
        # after ("Anna Holm" of "Harbour Notes by Anna Holm").
        if len(spelled) < len(words) or spelled == [label]:
            return True
        if any(k[: len(spelled)] == spelled for k in keys):
            return True
    initials = ("".join(w[0] for w in _key(o).split()) for o in organisations)
    return name.isupper() and 2 <= len(name) <= 6 and any(name.lower() == i for i in initials)


def has_trailing_title(text: str) -> bool:
    """True when a part of the byline *text* closes with a writer's title after the name
    (Korean "기자", Japanese "記者": "김민지 기자, 2024.03.14.")."""
    return any(BYLINE_TRAIL.search(p) for p in BYLINE_SEPARATOR.split(" ".join(text.split())))
