"""Stray bytes in UTF-8 pages become U+FFFD; legacy pages mislabelled UTF-8 are still
read as what they are (``decode_page``'s UTF-8-with-strays test)."""

from __future__ import annotations

from pathlib import Path

import pytest

from newscrawl.extraction.html import decode_page

FIXTURES = Path(__file__).parent.parent / "fixtures"
#: A real Dawn letter page: 23 KB, English, its only non-ASCII the ‘’ of its headline.
LETTER = (FIXTURES / "dawn" / "v2-letter" / "page.html").read_bytes()

SENTENCE = (
    "The mayor’s office said on Monday that the “new budget” — about €3 million — would "
    "go to São Paulo’s schools, and Zoë Müller of the city council agreed with it."
)
WORDS = "The council met on Monday and the mayor said that the budget would go to schools"


def page(paragraphs: list[str], charset: str = "utf-8") -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f'<html><head><meta charset="{charset}"><title>News</title></head>'
        f"<body><article>{body}</article></body></html>"
    ).encode()


PAGES = {
    "letter": LETTER,  # long, two multi-byte characters
    "long": page([SENTENCE] * 60),  # long, many
    "short": page([SENTENCE]),  # short, a few
}


def with_strays(data: bytes, strays: list[bytes]) -> bytes:
    """*data* with each of *strays* put after one of the spaces in its ``<p>`` text,
    spread over the page (never inside a tag nor next to a multi-byte character)."""
    start = data.index(b"<p")
    spots = [
        i for i in range(start, len(data) - 1) if data[i] == 32 and chr(data[i + 1]).isalpha()
    ]
    assert len(spots) >= len(strays)
    step = len(spots) // len(strays)
    out, last = [], 0
    for stray, spot in zip(strays, spots[::step], strict=False):
        out += [data[last : spot + 1], stray]
        last = spot + 1
    return b"".join([*out, data[last:]])


LONE = [b"\x92", b"\xe9", b"\x93", b"\x94", b"\x96", b"\xfc", b"\xa0", b"\x85"]


@pytest.mark.parametrize("name", list(PAGES))
@pytest.mark.parametrize("count", [1, 3, 10, 100])
@pytest.mark.parametrize(
    "declared", [None, "text/html; charset=utf-8", "text/html; charset=ISO-8859-1"]
)
def test_lone_strays_in_a_utf8_page_become_replacement_characters(
    name: str, count: int, declared: str | None
) -> None:
    """Whatever the page declares (Latin-1 too: the note's cp1252 mojibake), stray bytes
    between words are U+FFFD, one each, and the UTF-8 text around them is intact."""
    data = PAGES[name]
    if name == "short" and count == 100:
        data = page([SENTENCE, WORDS * 6])  # room for the strays: still under 1 KB
    strays = (LONE * 13)[:count]
    decoded = decode_page(with_strays(data, strays), declared)
    assert decoded.encoding == "utf-8"
    assert decoded.replaced == count
    assert decoded.text.replace("\ufffd", "") == data.decode()


@pytest.mark.parametrize("group", [b"\x92\x93\x94", b"\xe9\xe8\xea\xeb\xe0\xe2\xf4\xfb\xe7\xef"])
def test_a_group_of_strays_in_the_letter_page(group: bytes) -> None:
    """The issue's case: ‘Dog-bite…’ came out as тАШDog-bite…тАЩ with 2-3 strays in the
    page; a run of 3 or 10 strays in one place is U+FFFD too."""
    data = with_strays(LETTER, [group])
    decoded = decode_page(data, "text/html; charset=utf-8")
    assert decoded.encoding == "utf-8"
    assert "‘Dog-bite" in decoded.text
    assert "тАШ" not in decoded.text and "â€˜" not in decoded.text
    assert decoded.replaced == len(group)
    assert decoded.text.replace("\ufffd", "") == LETTER.decode()


@pytest.mark.parametrize("count", [1, 3, 10, 100])
def test_lone_strays_in_an_ascii_page_are_read_as_cp1252(count: int) -> None:
    """No UTF-8 in the page at all: nothing says the bytes are UTF-8, and lone non-ASCII
    bytes between ASCII words are what a Windows page looks like (``Don\\x92t``), so the
    page is read as cp1252, one character per byte, the ASCII text untouched (the
    classic Windows page labelled UTF-8: ``test_wrong_meta_declaration_is_overridden``)."""
    data = page([WORDS * 12])
    strays = (LONE * 13)[:count]
    decoded = decode_page(with_strays(data, strays), "text/html; charset=utf-8")
    assert (decoded.encoding, decoded.replaced) == ("cp1252", 0)
    expected = with_strays(data, [s.decode("cp1252").encode() for s in strays]).decode()
    assert decoded.text == expected


LEGACY = {
    "cp1251": "Пётр Фёдоров из «ТАСС» сказал: «Всё решено». Ці зміни вплинули на її міста. "
    "Президент заявил журналистам, что переговоры продолжатся в понедельник. ",
    "koi8-r": "Пётр Фёдоров сказал: всё решено, лёд тронулся. Президент заявил журналистам, "
    "что переговоры продолжатся в понедельник. ",
    "latin-1": "Le café coûte 3 francs, très cher, dit Zoë à l'hôtel. ÉTÉ À PARÍS: Ñandú, "
    "Straße, Zürich, naïve, São Paulo. ",
    "cp1252": "Le café coûte 3 € — « très cher », dit Zoë à l’hôtel. “QUOTE” — ÉTÉ, "
    "Straße, Zürich, naïve, São Paulo. ",
    "shift_jis": "東京都は今日、新しい予算案を発表しました。首相は記者会見で、経済対策を"
    "優先すると述べた。野党は反発している。",
    "euc-jp": "東京都は今日、新しい予算案を発表しました。首相は記者会見で、経済対策を"
    "優先すると述べた。野党は反発している。",
    "gb18030": "北京市政府今天发布了新的预算方案。总理在记者会上表示，将优先考虑经济措施。",
}


@pytest.mark.parametrize("encoding", list(LEGACY))
@pytest.mark.parametrize("repeat", [1, 40])
def test_legacy_pages_labelled_utf8_are_still_detected(encoding: str, repeat: int) -> None:
    """Must not fire: legacy text has a few chance UTF-8 sequences ("Пётр" in cp1251 is
    valid UTF-8 bytes), far fewer than a UTF-8 page's runs."""
    text = LEGACY[encoding] * repeat
    html = page([text]).decode()
    decoded = decode_page(html.encode(encoding), "text/html; charset=utf-8")
    assert decoded.text == html, decoded.encoding
    assert decoded.replaced == 0


def test_one_chance_utf8_pair_in_a_windows_page_proves_nothing() -> None:
    """ "CAFÉ’S" in cp1252 is ``C9 92``, a valid UTF-8 character: one such pair among a
    Windows page's accents does not make the page UTF-8."""
    html = page(["AU CAFÉ’S TERRACE: le café coûte très cher à l’hôtel, dit Zoë."]).decode()
    decoded = decode_page(html.encode("cp1252"), "text/html; charset=utf-8")
    assert (decoded.encoding, decoded.text, decoded.replaced) == ("cp1252", html, 0)
