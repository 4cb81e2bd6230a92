"""Words and sentence ends in every script (newscrawl/extraction/words.py) and the places
that split words with them: key words, long words, a headline's core, prose."""

from __future__ import annotations

import re
import unicodedata

import pytest
from lxml import html as lxml_html

from bench.redteam_scripts import sentence_page
from bench.redteam_scripts_texts import TEXTS
from newscrawl.extraction import boilerplate as bp
from newscrawl.extraction.anchored import is_prose
from newscrawl.extraction.blocks import Block
from newscrawl.extraction.generic import generic_article
from newscrawl.extraction.headlines import key_words, shared_core, word_set
from newscrawl.extraction.html import selector
from newscrawl.extraction.second import LONG_WORD, long_words
from newscrawl.extraction.vocabulary import SENTENCE_CLOSERS
from newscrawl.extraction.words import (
    _MARKS,
    ends_sentence,
    ends_word_sentence,
    long_enough,
    text_weight,
    word_spans,
    words,
)

LATIN = [
    "The city council approved the new budget on Tuesday, after a long debate.",
    "Der Stadtrat hat am Dienstag den Haushalt für Straßen beschlossen – 7:2.",
    "Le conseil a adopté le budget « à l'unanimité » mardi soir, n° 12_b.",
    "Ąžuolų gatvė: Łódź, Øresund, ĳssel, ǅemal (2024).",
    "",
    "   ",
]


@pytest.mark.parametrize("text", LATIN)
def test_latin_text_splits_as_before(text: str) -> None:
    """Must not fire: a text of Latin letters splits exactly as ``\\w+`` split it."""
    assert words(text) == re.findall(r"\w+", text)
    assert word_spans(text) == [m.span() for m in re.finditer(r"\w+", text)]
    assert text_weight(text) == len(text)
    assert all(text_weight(w) == len(w) for w in words(text))


def test_combining_marks_stay_inside_words() -> None:
    """Devanagari, Bengali, Tamil and Thai vowel signs are marks (category M), which
    ``\\w`` does not take: they stay inside their word."""
    assert words("स्कूलों और सड़कों के लिए") == ["स्कूलों", "और", "सड़कों", "के", "लिए"]
    assert words("শ্রেণিকক্ষের ছাদ") == ["শ্রেণিকক্ষের", "ছাদ"]
    assert words("வகுப்பறைகளின் கூரைகள்") == ["வகுப்பறைகளின்", "கூரைகள்"]
    assert words("مَدْرَسَة جديدة") == ["مَدْرَسَة", "جديدة"]
    # Decomposed Latin (e + U+0301) stays one word too.
    assert words("cafe\u0301 noir") == ["cafe\u0301", "noir"]


def test_scripts_with_spaces_split_at_spaces() -> None:
    """Must not fire: Korean, Cyrillic, Greek, Hebrew words are whole words."""
    assert words("시의회, 학교와 도로") == ["시의회", "학교와", "도로"]
    assert words("Городской совет утвердил") == ["Городской", "совет", "утвердил"]
    assert words("Το δημοτικό συμβούλιο") == ["Το", "δημοτικό", "συμβούλιο"]
    assert words("מועצת העיר אישרה") == ["מועצת", "העיר", "אישרה"]


def test_ideographs_in_overlapping_pairs() -> None:
    assert words("市议会通过") == ["市议", "议会", "会通", "通过"]
    assert words("学校、道路") == ["学校", "道路"]
    assert words("新") == ["新"]
    # Kana are cut with the ideographs; Latin letters beside them stay one word.
    assert words("市議会、予算を可決") == ["市議", "議会", "予算", "算を", "を可", "可決"]
    assert words("iPhone手机") == ["iPhone", "手机"]
    spans = word_spans("预算｜城市")
    assert spans == [(0, 2), (3, 5)]


def test_thai_in_overlapping_pieces_of_four_letters() -> None:
    """Thai writes no spaces between words: a run is cut in overlapping pieces of four
    letters, a letter keeping its vowel signs and tone marks."""
    pieces = words("สภาเมืองอนุมัติ")
    assert pieces[:3] == ["สภาเ", "ภาเมื", "าเมือ"]
    assert all(
        len(p.translate({ord(c): None for c in p if unicodedata.category(c)[0] == "M"})) == 4
        for p in pieces
    )
    assert words("กีฬา ข่าว") == ["กีฬา", "ข่าว"]


def test_weights() -> None:
    assert text_weight("学校") == 6
    assert text_weight("학교와") == 6
    assert text_weight("स्कूलों") == 7  # (a vowel sign writes a vowel: it weighs one)
    assert text_weight("市议会通过。") == 5 * 3 + 1  # (the full stop is no ideograph)
    assert text_weight("Straße") == 6


def test_mark_class_holds_marks_only() -> None:
    marks = re.compile(f"[{_MARKS}]")
    found = [chr(c) for c in range(0x300, 0x10000) if marks.match(chr(c))]
    assert all(unicodedata.category(ch)[0] == "M" for ch in found)
    for sign in "ूोंािीुेैॉ্ািুৃ்ாிீுூெேை\u0e31\u0e34\u0e48\u0e49\u064e\u05b8":
        assert sign in found


def test_key_words_and_long_words_of_a_hindi_headline() -> None:
    headline = TEXTS["hi"]["headline"]
    assert key_words(headline)[:4] == ["नगर", "परिषद", "ने", "स्कूलों"]
    assert {"परिषद", "स्कूलों", "सड़कों", "मंज़ूर"} <= long_words(headline)
    assert "बजट" not in long_words(headline)
    assert "नगर" in word_set(headline)


def test_long_words_of_cjk_and_thai() -> None:
    assert "预算" in long_words(TEXTS["zh"]["headline"])
    assert "สภาเ" in long_words(TEXTS["th"]["headline"])
    # Must not fire: short Latin words stay short.
    assert long_words("A new tax on oil") == set()


def test_headline_core_of_a_cjk_title() -> None:
    """A title "headline｜site" whose core another source states: the core, cut at the
    mark as a Latin title is; no cut without a mark at the seam."""
    assert shared_core("市议会通过新预算｜城市快报", ["市议会通过新预算"]) == "市议会通过新预算"
    assert shared_core("市议会通过新预算案", ["市议会通过新预算"]) == "市议会通过新预算案"
    assert shared_core("Budget passed | City News", ["Budget passed"]) == "Budget passed"


def _block(text: str) -> Block:
    owner = lxml_html.fromstring(f"<p>{text}</p>")
    return Block(text=text, owner=owner, tag="p", links=[], link_chars=0, chrome=(), chain=[owner])


def test_prose_length_weighs_ideographs() -> None:
    """A Chinese sentence of 30 characters says what 90 Latin ones do: it is prose."""
    assert is_prose(_block(TEXTS["zh"]["story"][4]))
    assert is_prose(_block(TEXTS["ja"]["story"][4]))
    # Must not fire: a Latin line of the same character count is no paragraph of prose.
    assert not is_prose(_block("The budget takes effect in January, work starts."))


@pytest.mark.parametrize(
    ("text", "chars", "links"),
    [
        (TEXTS["zh"]["story"][4], None, 0),
        (
            "The council approved the budget for next year after a long debate in the city hall.",
            None,
            0,
        ),
        (
            "The council approved the budget for next year after a long debate in the city hall.",
            70,
            1,
        ),
        ("The budget takes effect in January, work starts.", None, 0),
        ("Menu", None, 0),
    ],
)
def test_prose_verdict_kept_is_the_verdict(text: str, chars: int | None, links: int) -> None:
    """is_prose keeps its verdict on the block (read once per block): asked again, or of
    a fresh block of the same paragraph, it answers as the rules do."""
    block = _block(text)
    block.link_chars = chars or 0
    block.links = [("x", "/x")] * links
    expected = (
        long_enough(text, bp.PROSE_BESIDE_CHARS)
        and block.link_density <= bp.ENTRY_MAX_LINK_DENSITY
        and ends_sentence(text)
    )
    assert block.prose is None
    assert is_prose(block) == expected
    assert block.prose == expected
    assert is_prose(block) == expected
    fresh = _block(text)
    fresh.link_chars = block.link_chars
    assert is_prose(fresh) == expected


#: The sentence end the extractor read before: a stop, then closing quotes and brackets.
_OLD_END = re.compile(f"[{re.escape('.!?…。！？．｡।')}][{re.escape(SENTENCE_CLOSERS)}]*$")
_OLD_WORD_END = re.compile(
    rf"\w[{re.escape('.!?…。！？．｡।')}][{re.escape(SENTENCE_CLOSERS)}]*\s*$"
)
LATIN_ENDS = [
    "The council approved the budget.",
    "Did it? Yes!",
    "“We will build it.”",
    "It said (see above).",
    "A headline without a stop",
    "Menu",
    "Read more …",
    "Read more ...",
    "A list; of things;",
    "A line.\n",
    "A line. ",
    "Score: 3:2",
    "",
    ".",
    " .",
]


@pytest.mark.parametrize("text", LATIN_ENDS)
def test_latin_sentence_ends_as_before(text: str) -> None:
    """Must not fire: Latin text ends a sentence exactly where the regex said so."""
    assert ends_sentence(text) == bool(_OLD_END.search(text))
    assert ends_word_sentence(text) == bool(_OLD_WORD_END.search(text))


@pytest.mark.parametrize(
    "lang", ["hi", "bn", "ta", "th", "ar", "ur", "he", "el", "ru", "zh", "ja", "ko"]
)
def test_every_script_ends_its_sentences(lang: str) -> None:
    for paragraph in TEXTS[lang]["story"]:
        assert ends_sentence(paragraph), paragraph
        assert ends_word_sentence(paragraph), paragraph


@pytest.mark.parametrize(
    "lang", ["hi", "bn", "ta", "th", "ar", "ur", "he", "el", "ru", "zh", "ja", "ko"]
)
def test_headlines_and_menus_end_no_sentence(lang: str) -> None:
    """Must not fire: a headline, a menu entry, a teaser's headline is no sentence (a
    Thai one neither, though Thai sets no stop: it is shorter than a sentence's text)."""
    texts = TEXTS[lang]
    for line in [texts["headline"], *texts["nav"], *texts["others"]]:
        assert not ends_sentence(line), line
        assert not ends_word_sentence(line), line


def test_script_stops() -> None:
    assert ends_sentence("والدین کی تنظیم نے فیصلے کا خیر مقدم کیا۔")  # Urdu full stop
    assert ends_sentence("فمن سيدعم المتاجر الصغيرة؟")  # Arabic question mark
    assert ends_sentence("धर्मो रक्षति रक्षितः ॥")  # double danda
    assert ends_sentence("ποιος θα στηρίξει τα μικρά καταστήματα;")  # Greek question mark
    assert ends_sentence("ποιος θα στηρίξει τα μικρά καταστήματα\u037e")
    assert ends_sentence("「予算を可決した。」")
    assert ends_word_sentence("मरम्मत के लिए पैसा रखा गया है। ")  # a vowel sign before the danda
    assert not ends_word_sentence("पैसा रखा गया ।")  # the danda after a space


def _body(html: str) -> list[str]:
    return generic_article(
        selector(html).root, "https://x.example/news/budget.html"
    ).body.paragraphs


@pytest.mark.parametrize("lang", ["hi", "bn", "ta", "th", "ur", "zh", "ja", "en"])
def test_deck_before_the_first_sentence_goes_in_every_script(lang: str) -> None:
    """A deck (a heading between the headline and the story, built like no later heading)
    goes when the story's first paragraph ends as a sentence: a Hindi one ends "है।" (a
    vowel sign before the danda), an Urdu one "۔", a Thai one with no stop, a Chinese
    one of 40 characters weighs as much as 120 Latin ones."""
    body = _body(sentence_page(lang, "deck"))
    assert TEXTS[lang]["others"][0] not in body
    assert body == TEXTS[lang]["story"][:5]


@pytest.mark.parametrize("lang", ["hi", "th", "zh"])
def test_first_heading_built_like_later_ones_stays(lang: str) -> None:
    """Must not fire: a heading before the first paragraph built like the story's later
    subheadings is the story's own (its first part's title)."""
    story, heads = TEXTS[lang]["story"], TEXTS[lang]["others"]
    paras = "".join(f"<p>{p}</p>" for p in story[:2])
    more = "".join(f"<p>{p}</p>" for p in story[2:5])
    html = (
        f"<html lang='{lang}'><head><title>{TEXTS[lang]['headline']}</title></head><body>"
        f"<article><h1>{TEXTS[lang]['headline']}</h1><div class='article-body'>"
        f"<h2 class='sub'>{heads[0]}</h2>{paras}<h2 class='sub'>{heads[1]}</h2>{more}"
        "</div></article></body></html>"
    )
    body = _body(html)
    assert heads[0] in body and heads[1] in body


def test_long_enough_weighs_only_short_texts() -> None:
    assert long_enough("x" * 80, 80)
    assert not long_enough("x" * 79, 80)
    assert long_enough("市议会通过了新预算", 20)  # 9 ideographs weigh 27
    assert not long_enough("Straße", 7)


@pytest.mark.parametrize(
    "text",
    [
        "Council passes the budget",
        "Helikopter\u00adlandeplatz eröffnet",
        TEXTS["zh"]["story"][4],
        "",
    ],
)
def test_key_words_read_once_answer_as_before(text: str) -> None:
    """key_words is read once per text: each call answers with the words the rules give,
    in a list of its own, which a caller may change without changing the next answer."""
    expected = words(text.replace("\u00ad", "").casefold())
    first = key_words(text)
    assert first == expected
    first.append("changed")
    second = key_words(text)
    assert second == expected
    assert second is not first


@pytest.mark.parametrize(
    "text", ["Council passes the budget for the harbour", TEXTS["zh"]["story"][4], "", None]
)
def test_long_words_read_once_answer_as_before(text: str | None) -> None:
    """long_words is read once per text: each call answers with the long words the rules
    give, in a set of its own, which a caller may change without changing the next one."""
    expected = {w for w in key_words(text or "") if long_enough(w, LONG_WORD)}
    first = long_words(text)
    assert first == expected
    first.add("changed")
    second = long_words(text)
    assert second == expected
    assert second is not first
