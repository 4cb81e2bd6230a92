"""Story paragraphs → clean body parts, shared by the HTML and the text extractors.

Both extractors first find the story's paragraphs; this module takes out what sits
between or after them without being story text: inline "Also read:" links, the print
footer, a letter's signature. It also reads the dateline. Nothing is thrown away: each
part lands in its own field.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from newscrawl.extraction.dates import LabelledDate, split_labels
from newscrawl.extraction.vocabulary import (
    DATELINE,
    NAME_PARTICLES,
    PRINT_FOOTER,
    PROSE_END,
    RELATED_LINK,
)


@dataclass(frozen=True, slots=True)
class Paragraph:
    """One paragraph of a story as found: its text (``<br>`` as ``"\\n"``) and links."""

    text: str
    links: tuple[tuple[str, str], ...] = ()
    """``(anchor text, absolute href)`` pairs in document order."""


@dataclass
class BodyParts:
    """What :func:`clean_paragraphs` makes of a story's paragraphs."""

    paragraphs: list[str] = field(default_factory=list)
    related: list[dict[str, str | None]] = field(default_factory=list)
    footer_dates: list[LabelledDate] = field(default_factory=list)
    signature: str | None = None
    dateline: str | None = None

    @property
    def body(self) -> str:
        """Paragraphs joined by a blank line, the ``articleBody`` format."""
        return "\n\n".join(self.paragraphs)


def related_link(paragraph: Paragraph) -> dict[str, str | None] | None:
    """An "Also read: <headline>" paragraph as a related link, else None."""
    match = RELATED_LINK.match(paragraph.text)
    if match is None or "\n" in paragraph.text:
        return None
    label, rest = match.group(1), match.group(2).strip()
    url: str | None = None
    if paragraph.links:
        anchor, url = paragraph.links[0]
        rest = anchor.strip() or rest
    elif label.lower() == "read" and len(rest.split()) > 25:
        return None  # "Read: …" opening a long sentence is prose, not a link
    return {"headline": rest, "url": url, "label": label[0].upper() + label[1:].lower()}


def _is_name_line(line: str) -> bool:
    words = line.split()
    if not 2 <= len(words) <= 5 or len(line) > 48 or any(ch.isdigit() for ch in line):
        return False
    for word in words:
        if word.lower() in NAME_PARTICLES:
            continue
        if not word[0].isupper() or (word.endswith(".") and len(word) > 3):
            return False
    return not PROSE_END.search(line.rstrip("."))


def _is_place_line(line: str) -> bool:
    words = line.replace(",", " ").split()
    return (
        1 <= len(words) <= 4
        and len(line) <= 40
        and all(w[0].isupper() and w.replace("-", "").isalpha() for w in words)
    )


def is_signature(name: str, place: str) -> bool:
    """Two lines that sign a letter: a person's name, then a place."""
    return _is_name_line(name) and _is_place_line(place)


def signature(paragraphs: Sequence[str]) -> tuple[str, int] | None:
    """A letter's closing "Name / Place" signature: ``(name, paragraphs it spans)``."""
    if len(paragraphs) < 2:
        return None
    last = paragraphs[-1].split("\n")
    if len(last) == 2 and _is_name_line(last[0]) and _is_place_line(last[1]):
        return last[0], 1
    if (
        len(paragraphs) >= 3
        and "\n" not in paragraphs[-1] + paragraphs[-2]
        and _is_name_line(paragraphs[-2])
        and _is_place_line(paragraphs[-1])
        # a name after another name line is the end of a list of names, not a signature
        and not _is_name_line(paragraphs[-3])
    ):
        return paragraphs[-2], 2
    return None


def clean_paragraphs(paragraphs: Sequence[Paragraph]) -> BodyParts:
    """Split a story's paragraphs into body text, related links, footer dates and signature.

    The footer ("Published in Dawn, …") ends the story: paragraphs after it are not body.
    """
    parts = BodyParts()
    for paragraph in paragraphs:
        text = paragraph.text
        if not text:
            continue
        if PRINT_FOOTER.match(text) and (dates := split_labels(text)):
            parts.footer_dates.extend(dates)
            break
        link = related_link(paragraph)
        if link is not None:
            parts.related.append(link)
            continue
        parts.paragraphs.append(text)
    found = signature(parts.paragraphs)
    if found is not None:
        parts.signature, span = found
        del parts.paragraphs[-span:]
    if parts.paragraphs and (match := DATELINE.match(parts.paragraphs[0])):
        parts.dateline = match.group(1)
    return parts
