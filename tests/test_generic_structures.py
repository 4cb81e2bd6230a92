"""Structures of the web the generic extractor must read right on any site, each with a
case where the rule must not fire."""

from __future__ import annotations

from lxml.html import HtmlElement

from newscrawl.extraction.generic import extract_body, generic_page
from newscrawl.extraction.html import element_text, inline_text, selector

URL = "https://news.example.jp/2024/10/story.html"

#: Japanese story paragraphs; 子供 carries a ruby reading in the tests.
JA = [
    "市議会は火曜日、新しい予算案を可決した。学校や道路の整備に加え、長年先送りされてきた"
    "上下水道の改修費用が盛り込まれている。",
    "議員らは四時間近く議論し、住民数人が計画に反対する意見を述べた後、賛成七、反対二で"
    "最終的に可決した。",
    "市長は、市の歴史上最大となる今回の予算について、事務経費の削減と中心部の駐車料金の"
    "引き上げで均衡を図ると説明した。",
]


def root_of(html: str) -> HtmlElement:
    element: HtmlElement = selector(html).root
    return element


def ja_page(story: str, extra: str = "") -> str:
    return f"""<html lang="ja"><head><title>t</title></head><body>
    <header><nav><a href="/">ホーム</a> <a href="/news">ニュース</a></nav></header>
    <main><article><h1>市議会が予算案を可決</h1><div class="story-body">{story}</div>
    </article>{extra}</main><footer><p>著作権 2024 Example News</p></footer></body></html>"""


#: A reading over its base text, as most pages write it: no fallback parentheses.
RUBY = "<ruby>子供<rt>こども</rt></ruby>"
#: The same with ``<rp>``: the publisher's own plain-text form is 子供（こども）.
RUBY_RP = "<ruby><rb>子供</rb><rp>（</rp><rt>こども</rt><rp>）</rp></ruby>"


def test_ruby_readings_never_glued_into_body_text() -> None:
    story = "".join(f"<p>{p}</p>" for p in JA) + f"<p>{RUBY}たちへの支援も拡充される。{JA[0]}</p>"
    body = extract_body(root_of(ja_page(story)), URL).body.body
    assert "子供たちへの支援も拡充される。" in body
    assert "こども" not in body


def test_ruby_with_fallback_parentheses_reads_as_written() -> None:
    """Must not fire: with ``<rp>`` the reading is part of the page's plain text."""
    story = "".join(f"<p>{p}</p>" for p in JA) + f"<p>{RUBY_RP}たちへの支援も拡充される。</p>"
    body = extract_body(root_of(ja_page(story)), URL).body.body
    assert "子供（こども）たちへの支援も拡充される。" in body
    root = root_of(f"<html><body><h1>{RUBY_RP}の未来</h1></body></html>")
    assert element_text(root.find(".//h1")) == "子供（こども）の未来"


def test_ruby_readings_never_in_element_or_link_text() -> None:
    root = root_of(
        f"<html><body><h1>{RUBY}の未来</h1><p><a href='/a'>{RUBY}食堂</a></p></body></html>"
    )
    assert element_text(root.find(".//h1")) == "子供の未来"
    assert inline_text(root.find(".//a")) == "子供食堂"


def test_ruby_readings_never_in_teaser_headlines() -> None:
    items = "".join(
        f'<li><a href="/news/{i}">{RUBY}の居場所づくり 各地で広がる 取り組み {i}</a></li>'
        for i in range(6)
    )
    extra = f'<aside class="ranking"><h2>アクセスランキング</h2><ul>{items}</ul></aside>'
    page = generic_page(root_of(ja_page("".join(f"<p>{p}</p>" for p in JA), extra)), URL)
    headlines = [t.headline or "" for t in page.teasers]
    assert headlines and all(h.startswith("子供の居場所づくり") for h in headlines)


def test_ruby_base_text_and_lookalike_classes_kept() -> None:
    """Must not fire: the base text of ruby stays, and only an ``<rt>`` element is a
    reading (an element of class "rt" is story text)."""
    story = (
        "".join(f"<p>{p}</p>" for p in JA)
        + "<p><ruby>漢字</ruby>の読み方と<span class='rt'>ルビの付け方</span>"
        + "を学ぶ講座が開かれた。</p>"
    )
    body = extract_body(root_of(ja_page(story)), URL).body.body
    assert "漢字の読み方とルビの付け方を学ぶ講座が開かれた。" in body
