"""Page bytes in the web's encodings → exact Unicode: declared, undeclared, wrongly declared."""

from __future__ import annotations

import pytest

from newscrawl.extraction.html import NotHTMLError, decode_html, decode_page, selector

TEXTS = {
    "utf-8": "Le café coûte 3 € — « très cher », dit Zoë.",
    "cp1252": "Le café coûte 3 € — « très cher », dit Zoë à l’hôtel.",
    "iso-8859-15": "Le café coûte 3 € : très cher, dit Zoë. Œuvre à l'hôtel.",
    "shift_jis": "東京都は今日、新しい予算案を発表しました。",
    "gb18030": "北京市政府今天发布了新的预算方案。",
    "koi8-r": "Президент заявил журналистам, что переговоры продолжатся.",
    "cp1251": "Президент заявил журналистам, что переговоры продолжатся.",
}


def page(text: str, meta: str | None = None) -> str:
    charset = f'<meta charset="{meta}">' if meta else ""
    return (f"<html><head>{charset}<title>t</title></head><body>"
            f"<div class='story'><p>{text}</p><p>{text}</p></div></body></html>")  # fmt: skip


def story(data: bytes, content_type: str | None = None) -> str:
    sel = selector(data, content_type=content_type)
    assert decode_html(data, content_type).count("<p>") == 2
    return str(sel.css("p::text").get())


@pytest.mark.parametrize("encoding", list(TEXTS))
def test_declared_in_meta(encoding: str) -> None:
    text = TEXTS[encoding]
    assert story(page(text, encoding).encode(encoding)) == text


@pytest.mark.parametrize("encoding", list(TEXTS))
def test_declared_in_http_header(encoding: str) -> None:
    text = TEXTS[encoding]
    data = page(text).encode(encoding)
    assert story(data, f"text/html; charset={encoding}") == text


@pytest.mark.parametrize("encoding", list(TEXTS))
def test_undeclared_is_detected(encoding: str) -> None:
    text = TEXTS[encoding]
    assert story(page(text).encode(encoding)) == text


@pytest.mark.parametrize(
    ("actual", "declared"),
    [
        ("cp1252", "utf-8"),  # the classic: a Windows page labelled UTF-8
        ("iso-8859-15", "utf-8"),
        ("utf-8", "iso-8859-1"),  # a UTF-8 page still labelled Latin-1
        ("utf-8", "windows-1251"),
        ("cp1251", "utf-8"),
        ("koi8-r", "utf-8"),
        ("shift_jis", "utf-8"),
        ("gb18030", "utf-8"),
        ("utf-8", "shift_jis"),
    ],
)
def test_wrong_meta_declaration_is_overridden(actual: str, declared: str) -> None:
    text = TEXTS.get(actual, TEXTS["utf-8"])
    assert story(page(text, declared).encode(actual)) == text


def test_wrong_http_declaration_is_overridden() -> None:
    text = TEXTS["cp1252"]
    data = page(text, "windows-1252").encode("cp1252")
    assert story(data, "text/html; charset=utf-8") == text
    data = page(text).encode("utf-8")
    assert story(data, "text/html; charset=ISO-8859-1") == text


@pytest.mark.parametrize("bom_encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-8-sig"])
def test_bom_wins(bom_encoding: str) -> None:
    text = TEXTS["cp1252"] + " " + TEXTS["shift_jis"]
    data = page(text, "iso-8859-1").encode(bom_encoding)
    if bom_encoding in ("utf-16-le", "utf-16-be"):
        data = ("\ufeff" + page(text, "iso-8859-1")).encode(bom_encoding)
    assert story(data) == text
    assert story(data, "text/html; charset=iso-8859-1") == text


def test_correct_single_byte_declarations_are_kept() -> None:
    """Single-byte code pages decode nearly anything: the declaration decides between them."""
    text = "Президент заявил журналистам."
    assert story(page(text, "koi8-r").encode("koi8-r")) == text
    assert story(page(text, "windows-1251").encode("cp1251")) == text
    polish = "Zażółć gęślą jaźń, powiedział minister."
    assert story(page(polish, "iso-8859-2").encode("iso-8859-2")) == polish
    assert story(page(polish, "windows-1250").encode("cp1250")) == polish


def test_undecodable_bytes_still_give_text() -> None:
    """Bytes nothing reads cleanly: the declared encoding, with U+FFFD where it fails."""
    data = page("caf\xe9 ok", "utf-8").encode("latin-1").replace(b"ok", b"\x81\x8d\x9d\xff\xfe")
    text = decode_html(data)
    assert "<p>" in text


@pytest.mark.parametrize(
    ("actual", "content_type", "used", "declared"),
    [
        ("utf-8", "text/html; charset=utf-8", "utf-8", "utf-8"),
        ("cp1251", "text/html; charset=windows-1251", "cp1251", "cp1251"),
        ("utf-8", None, "utf-8", None),  # nothing declared: nothing overridden
        ("cp1252", None, "cp1252", None),
        ("utf-8", "text/html; charset=ISO-8859-1", "utf-8", "cp1252"),  # WHATWG: Latin-1 is cp1252
        ("cp1252", "text/html; charset=utf-8", "cp1252", "utf-8"),
        ("cp1251", "text/html; charset=utf-8", "cp1251", "utf-8"),
        ("koi8-r", "text/html; charset=utf-8", "koi8-r", "utf-8"),
    ],
)
def test_decode_page_says_what_was_declared_and_used(
    actual: str, content_type: str | None, used: str, declared: str | None
) -> None:
    text = TEXTS[actual] if actual != "utf-8" else TEXTS["cp1251"] + " " + TEXTS["utf-8"]
    decoded = decode_page(page(text).encode(actual), content_type)
    assert (decoded.encoding, decoded.declared, decoded.replaced) == (used, declared, 0)
    assert decoded.overridden == (declared not in (None, used))
    assert decoded.text == page(text)


def test_decode_page_meta_declaration_and_bom() -> None:
    text = TEXTS["cp1252"]
    assert decode_page(page(text, "utf-8").encode("cp1252"))[:2] == ("cp1252", "utf-8")
    # A BOM overrides a declaration too; a "utf-16" declaration names no byte order.
    assert decode_page(page(text, "iso-8859-1").encode("utf-8-sig")).overridden
    data = ("\ufeff" + page(text)).encode("utf-16-le")
    assert not decode_page(data, "text/html; charset=utf-16").overridden
    data = page(text).encode("utf-16-be")  # no BOM: big-endian, and not "binary"
    assert decode_page(data, "text/html; charset=utf-16").text == page(text)


def test_utf8_with_stray_legacy_bytes_stays_utf8() -> None:
    """A UTF-8 page with a few bytes pasted in from a legacy page: the UTF-8 text is kept
    and only the stray bytes become U+FFFD (counted), rather than the whole page being
    read as cp1252 mojibake."""
    text = TEXTS["utf-8"] + " l’hôtel, 5 €, Zoë"
    data = page(text, "utf-8").encode("utf-8").replace("Zoë".encode(), b"Zo\xeb", 1)
    decoded = decode_page(data, "text/html; charset=utf-8")
    assert (decoded.encoding, decoded.replaced, decoded.overridden) == ("utf-8", 1, False)
    assert decoded.text == page(text, "utf-8").replace("Zoë", "Zo\ufffd", 1)


@pytest.mark.parametrize(
    "data", [b"", b" \r\n", b"%PDF-1.4 x", b"\x89PNG\r\n\x1a\n" + bytes(range(32)), b"no markup"]
)
def test_not_html_is_refused(data: bytes) -> None:
    with pytest.raises(NotHTMLError):
        decode_page(data, "text/html; charset=utf-8")
