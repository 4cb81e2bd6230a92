"""Control characters out of every text a record carries, in one place.

Pages carry stray control characters: NUL and other C0 bytes pasted from word processors,
C1 characters (U+0080-U+009F) from text decoded with the wrong code page, bare carriage
returns. None of them is text a reader sees, and they break CSV tools, terminals and
some JSON readers. :func:`to_records <newscrawl.extraction.page.to_records>` runs every
record through :func:`clean_record`, so a crawl and ``newscrawl extract`` give the same
records.

Only Unicode category Cc goes: tab and newline stay (newline separates paragraphs and
``<br>`` lines), a carriage return becomes a newline (``\\r\\n`` one newline). Format
characters (Cf: zero-width joiner, RTL marks, soft hyphen) are text and stay, as do
no-break spaces and emoji. A lone surrogate (Cs, U+D800-U+DFFF: a JSON-LD string's
``"\\ud800"`` escape, which ``json`` reads into a string no UTF-8 writer takes) becomes
U+FFFD, as bytes no encoding reads do: a record holding one could not be written.
"""

from __future__ import annotations

import re
from dataclasses import fields, is_dataclass
from functools import cache
from typing import Any, TypeVar

#: Cc characters but tab and newline, carriage returns with a newline after them, and
#: lone surrogates.
_CONTROL = re.compile("\r\n?|[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
#: Whether a text holds any of them: a single character class (the carriage return is
#: one of its characters) is searched over a long body several times faster than the
#: alternation above.
_ANY_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")

Record = TypeVar("Record")


def _replace(match: re.Match[str]) -> str:
    found = match.group()
    return "\n" if found.startswith("\r") else "\ufffd" if found >= "\ud800" else ""


def clean_text(text: str) -> str:
    """*text* without control characters (tab and newline kept, CR as newline) and with
    U+FFFD for each lone surrogate."""
    # The usual text: no copy. A printable text holds no Cc character (str.isprintable,
    # a C loop, stops at the first character it is not sure of: a newline, a no-break
    # space); the search answers for the others.
    if text.isprintable() or _ANY_CONTROL.search(text) is None:
        return text
    return _CONTROL.sub(_replace, text)


def _clean_value(value: Any) -> Any:
    # Record values are shallow and of a fixed shape (strings, lists of link or author
    # dicts, the metadata dict): this recursion never follows a page's nesting.
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, list):
        return [_clean_value(v) for v in value]
    if isinstance(value, dict):
        return {k: _clean_value(v) for k, v in value.items()}
    return value


def clean_record(record: Record) -> Record:
    """*record* (an item dataclass) with every string in it cleaned, in place."""
    if is_dataclass(record) and not isinstance(record, type):
        for name in _field_names(type(record)):
            value = getattr(record, name)
            cleaned = _clean_value(value)
            if cleaned is not value:  # most strings need no cleaning: no copy, no write
                setattr(record, name, cleaned)
    return record


@cache
def _field_names(kind: type) -> tuple[str, ...]:
    # A record's fields are its class's: read once per class, not per record.
    return tuple(spec.name for spec in fields(kind))
