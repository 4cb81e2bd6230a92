"""Words and sentence ends in every script.

``\\w+`` reads words well in Latin, Greek and Cyrillic, but not in the scripts the
publishers set and unseen pages bring too:

- the vowel signs of Devanagari, Bengali, Tamil and Thai, the harakat of Arabic, the
  nikud of Hebrew are combining marks (Unicode category M), which ``\\w`` does not take:
  "स्कूलों" fell apart into "स", "क", "ल". Here a mark stays inside its word;
- Chinese and Japanese write no spaces between words: a run of ideographs and kana is cut
  in overlapping pieces of two characters ("市议会通过" → 市议, 议会, 会通, 通过), most
  words of Chinese being two characters long, so that two statements of one text, or a
  headline and the paragraph telling it, share pieces wherever they share words;
- Thai, Lao, Khmer and Myanmar write no spaces between words either: a run is cut in
  overlapping pieces of :data:`SPACELESS_PIECE` letters (a letter with its marks);
- for length measures (:func:`text_weight`, of a text or a word) an ideograph or kana
  weighs :data:`IDEOGRAPH_WEIGHT` characters (one states about what three Latin letters
  do) and a Hangul syllable :data:`HANGUL_WEIGHT` (it writes two or three letters); a
  mark weighs one character, as it does in ``len`` (a vowel sign writes a vowel).

A sentence ends (:func:`ends_sentence`) with the marks of :data:`~.vocabulary.SENTENCE_STOPS`
(the Latin stops, the CJK full stops, the danda, the Urdu full stop, the Arabic question
mark …), with a Greek question mark (";" after a Greek letter), or, in Thai and Lao that
set no stop at a sentence's end, with a letter closing a text of
:data:`SPACELESS_SENTENCE_MIN_CHARS` characters or more (a headline or a menu entry is
shorter).

A text with no mark, ideograph or letter of a spaceless script (Latin, Cyrillic, Greek
text, curly quotes and dashes and all) takes the plain ``\\w+`` path, an ASCII text
without even looking for them.
"""

from __future__ import annotations

import re

from newscrawl.extraction.vocabulary import SENTENCE_CLOSERS, SENTENCE_STOPS

__all__ = [
    "ends_sentence",
    "ends_word_sentence",
    "long_enough",
    "text_weight",
    "word_spans",
    "words",
]

#: Letters (a base letter with its marks) in a piece of a Thai, Lao, Khmer or Myanmar run.
SPACELESS_PIECE = 4
#: Letters an ideograph or a kana weighs in length measures.
IDEOGRAPH_WEIGHT = 3
#: Letters a Hangul syllable weighs in length measures.
HANGUL_WEIGHT = 2
#: Fewest characters of a Thai or Lao text that ends as a sentence without a stop.
SPACELESS_SENTENCE_MIN_CHARS = 60


#: The combining marks (category M) of the Basic Multilingual Plane, as ranges of a
#: character class (Unicode 14, as Python 3.11's ``unicodedata`` has them).
_MARKS = (
    "\u0300-\u036f\u0483-\u0489\u0591-\u05bd\u05bf\u05c1-\u05c2\u05c4-\u05c5\u05c7"
    "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e4\u06e7-\u06e8"
    "\u06ea-\u06ed\u0711\u0730-\u074a\u07a6-\u07b0\u07eb-\u07f3\u07fd\u0816-\u0819"
    "\u081b-\u0823\u0825-\u0827\u0829-\u082d\u0859-\u085b\u0898-\u089f\u08ca-\u08e1"
    "\u08e3-\u0903\u093a-\u093c\u093e-\u094f\u0951-\u0957\u0962-\u0963\u0981-\u0983"
    "\u09bc\u09be-\u09c4\u09c7-\u09c8\u09cb-\u09cd\u09d7\u09e2-\u09e3\u09fe"
    "\u0a01-\u0a03\u0a3c\u0a3e-\u0a42\u0a47-\u0a48\u0a4b-\u0a4d\u0a51\u0a70-\u0a71"
    "\u0a75\u0a81-\u0a83\u0abc\u0abe-\u0ac5\u0ac7-\u0ac9\u0acb-\u0acd\u0ae2-\u0ae3"
    "\u0afa-\u0aff\u0b01-\u0b03\u0b3c\u0b3e-\u0b44\u0b47-\u0b48\u0b4b-\u0b4d"
    "\u0b55-\u0b57\u0b62-\u0b63\u0b82\u0bbe-\u0bc2\u0bc6-\u0bc8\u0bca-\u0bcd\u0bd7"
    "\u0c00-\u0c04\u0c3c\u0c3e-\u0c44\u0c46-\u0c48\u0c4a-\u0c4d\u0c55-\u0c56"
    "\u0c62-\u0c63\u0c81-\u0c83\u0cbc\u0cbe-\u0cc4\u0cc6-\u0cc8\u0cca-\u0ccd"
    "\u0cd5-\u0cd6\u0ce2-\u0ce3\u0d00-\u0d03\u0d3b-\u0d3c\u0d3e-\u0d44\u0d46-\u0d48"
    "\u0d4a-\u0d4d\u0d57\u0d62-\u0d63\u0d81-\u0d83\u0dca\u0dcf-\u0dd4\u0dd6"
    "\u0dd8-\u0ddf\u0df2-\u0df3\u0e31\u0e34-\u0e3a\u0e47-\u0e4e\u0eb1\u0eb4-\u0ebc"
    "\u0ec8-\u0ecd\u0f18-\u0f19\u0f35\u0f37\u0f39\u0f3e-\u0f3f\u0f71-\u0f84"
    "\u0f86-\u0f87\u0f8d-\u0f97\u0f99-\u0fbc\u0fc6\u102b-\u103e\u1056-\u1059"
    "\u105e-\u1060\u1062-\u1064\u1067-\u106d\u1071-\u1074\u1082-\u108d\u108f"
    "\u109a-\u109d\u135d-\u135f\u1712-\u1715\u1732-\u1734\u1752-\u1753\u1772-\u1773"
    "\u17b4-\u17d3\u17dd\u180b-\u180d\u180f\u1885-\u1886\u18a9\u1920-\u192b"
    "\u1930-\u193b\u1a17-\u1a1b\u1a55-\u1a5e\u1a60-\u1a7c\u1a7f\u1ab0-\u1ace"
    "\u1b00-\u1b04\u1b34-\u1b44\u1b6b-\u1b73\u1b80-\u1b82\u1ba1-\u1bad\u1be6-\u1bf3"
    "\u1c24-\u1c37\u1cd0-\u1cd2\u1cd4-\u1ce8\u1ced\u1cf4\u1cf7-\u1cf9\u1dc0-\u1dff"
    "\u20d0-\u20f0\u2cef-\u2cf1\u2d7f\u2de0-\u2dff\u302a-\u302f\u3099-\u309a"
    "\ua66f-\ua672\ua674-\ua67d\ua69e-\ua69f\ua6f0-\ua6f1\ua802\ua806\ua80b"
    "\ua823-\ua827\ua82c\ua880-\ua881\ua8b4-\ua8c5\ua8e0-\ua8f1\ua8ff\ua926-\ua92d"
    "\ua947-\ua953\ua980-\ua983\ua9b3-\ua9c0\ua9e5\uaa29-\uaa36\uaa43\uaa4c-\uaa4d"
    "\uaa7b-\uaa7d\uaab0\uaab2-\uaab4\uaab7-\uaab8\uaabe-\uaabf\uaac1\uaaeb-\uaaef"
    "\uaaf5-\uaaf6\uabe3-\uabea\uabec-\uabed\ufb1e\ufe00-\ufe0f\ufe20-\ufe2f"
)
#: A character of a word, as a character class: a word character or a combining mark (an
#: Indic vowel sign is a mark, no ``\w``).
WORD_CHARACTER = f"[\\w{_MARKS}]"
_LATIN_WORD = re.compile(r"\w+")
#: A word: word characters and combining marks.
_WORD = re.compile(rf"[\w{_MARKS}]+")
_MARK = re.compile(f"[{_MARKS}]")
#: Ideographs and kana (CJK radicals to Yi, compatibility ideographs, half-width katakana,
#: the supplementary ideographs).
_IDEOGRAPHS = (
    "\u2e80-\u2fff\u3005-\u3007\u3021-\u3029\u3031-\u3035\u3038-\u303c\u3040-\u30ff"
    "\u3100-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f\U00020000-\U0003134f"
)
_HANGUL = "\uac00-\ud7a3"
#: Scripts written without spaces between words: Thai, Lao, Myanmar, Khmer.
_SPACELESS = "\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff"
_IDEOGRAPH = re.compile(f"[{_IDEOGRAPHS}]")
_WIDE = re.compile(f"[{_IDEOGRAPHS}{_HANGUL}]")
_CUT = re.compile(f"[{_IDEOGRAPHS}{_SPACELESS}]")
#: What ``\w+`` splits wrong: marks, ideographs, letters of spaceless scripts.
_SPECIAL = re.compile(f"[{_MARKS}{_IDEOGRAPHS}{_SPACELESS}]")
#: A word's runs: ideographs, letters of a spaceless script, the rest.
_RUNS = re.compile(f"([{_IDEOGRAPHS}]+)|([{_SPACELESS}]+)|([^{_IDEOGRAPHS}{_SPACELESS}]+)")
#: A letter of a spaceless script with the marks after it.
_CLUSTER = re.compile(f"[^{_MARKS}][{_MARKS}]*|[{_MARKS}]+")
_GREEK = re.compile("[\u0370-\u03ff\u1f00-\u1fff]")
_THAI_LAO = re.compile("[\u0e01-\u0e4e\u0e81-\u0ece]")


def _plain(text: str) -> bool:
    """True when ``\\w+`` splits *text* right: it holds no combining mark, ideograph or
    letter of a spaceless script (an ASCII text is told at once)."""
    return text.isascii() or _SPECIAL.search(text) is None


def word_spans(text: str) -> list[tuple[int, int]]:
    """Where the words of *text* stand (start, end), in order: runs of word characters
    and marks, ideographs in overlapping pairs, spaceless scripts in overlapping pieces
    of :data:`SPACELESS_PIECE` letters (so pieces may overlap)."""
    if _plain(text):
        return [m.span() for m in _LATIN_WORD.finditer(text)]
    spans: list[tuple[int, int]] = []
    cut = _CUT.search(text) is not None
    for match in _WORD.finditer(text):
        if not cut or _CUT.search(match.group()) is None:
            spans.append(match.span())
            continue
        start = match.start()
        for run in _RUNS.finditer(match.group()):
            a, b = run.span()
            a, b = a + start, b + start
            if run.group(1) is not None and b - a > 1:
                spans.extend((i, i + 2) for i in range(a, b - 1))
            elif run.group(2) is not None:
                ends = [a + m.end() for m in _CLUSTER.finditer(run.group())]
                starts = [a, *ends[:-1]]
                if len(ends) <= SPACELESS_PIECE:
                    spans.append((a, b))
                else:
                    spans.extend(
                        (starts[i], ends[i + SPACELESS_PIECE - 1])
                        for i in range(len(ends) - SPACELESS_PIECE + 1)
                    )
            else:
                spans.append((a, b))
    return spans


def words(text: str) -> list[str]:
    """The words of *text* (:func:`word_spans`), as written."""
    if _plain(text):
        return _LATIN_WORD.findall(text)
    return [text[a:b] for a, b in word_spans(text)]


def text_weight(text: str) -> int:
    """The length of *text* (a text or a word) where an ideograph or kana counts
    :data:`IDEOGRAPH_WEIGHT` characters and a Hangul syllable :data:`HANGUL_WEIGHT`."""
    if text.isascii():
        return len(text)
    wide = _WIDE.findall(text)
    if not wide:
        return len(text)
    ideographs = sum(1 for ch in wide if _IDEOGRAPH.match(ch))
    return (
        len(text)
        + (IDEOGRAPH_WEIGHT - 1) * ideographs
        + (HANGUL_WEIGHT - 1) * (len(wide) - ideographs)
    )


def long_enough(text: str, chars: int) -> bool:
    """True when *text* weighs *chars* characters or more (:func:`text_weight`); a text of
    that many characters does without weighing (no character weighs less than one)."""
    return len(text) >= chars or (not text.isascii() and text_weight(text) >= chars)


def _spaceless_end(text: str, last: str) -> bool:
    return len(text) >= SPACELESS_SENTENCE_MIN_CHARS and _THAI_LAO.match(last) is not None


def ends_sentence(text: str) -> bool:
    """True when *text* ends as a sentence ends: a stop of
    :data:`~.vocabulary.SENTENCE_STOPS`, a Greek question mark (";" after a Greek
    letter) or, in Thai or Lao (:data:`SPACELESS_SENTENCE_MIN_CHARS` characters or
    more), a letter, then any closing quotes and brackets (a final line break aside, as
    ``$`` reads it)."""
    tail = (text[:-1] if text.endswith("\n") else text).rstrip(SENTENCE_CLOSERS)
    if not tail:
        return False
    last = tail[-1]
    if last in SENTENCE_STOPS:
        return True
    if last == ";":
        return len(tail) > 1 and _GREEK.match(tail[-2]) is not None
    return last >= "\u0e00" and _spaceless_end(tail, last)


def ends_word_sentence(text: str) -> bool:
    """:func:`ends_sentence` for a stop right after a word's letter or mark (not after a
    space or another mark: "…", " ."), trailing whitespace aside."""
    tail = text.rstrip().rstrip(SENTENCE_CLOSERS)
    if len(tail) < 2:
        return False
    last, before = tail[-1], tail[-2]
    if last in SENTENCE_STOPS or (last == ";" and _GREEK.match(before)):
        return before.isalnum() or before == "_" or _MARK.match(before) is not None
    return last >= "\u0e00" and _spaceless_end(tail, last)
