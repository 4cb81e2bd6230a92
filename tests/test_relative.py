"""Tests for newscrawl.extraction.relative: relative stamps in the page's language."""

from __future__ import annotations

import random
import re

import pytest

from newscrawl.extraction.relative import (
    MOMENT_PHRASES,
    RelativeStamp,
    _ago_and_day_words,
    _alternatives,
    _gate,
    _locale,
    _opening,
    _own_patterns,
    read_relative,
    relative_span,
    relative_words,
    stands_alone,
)


@pytest.mark.parametrize(
    ("text", "language", "stamp"),
    [
        ("vor 3 Stunden", "de", RelativeStamp(3, "hour")),
        ("vor einer Stunde", "de-AT", RelativeStamp(1, "hour")),
        ("gestern, 14:30 Uhr", "de", RelativeStamp(1, "day", (14, 30))),
        ("14:30 Uhr, gestern", "de", RelativeStamp(1, "day", (14, 30))),
        ("il y a 2 heures", "fr", RelativeStamp(2, "hour")),
        ("hier à 14h30", "fr", RelativeStamp(1, "day", (14, 30))),
        ("hace 3 días", "es", RelativeStamp(3, "day")),
        ("há 3 horas", "pt-BR", RelativeStamp(3, "hour")),
        ("3 часа назад", "ru", RelativeStamp(3, "hour")),
        ("вчера в 14:30", "ru", RelativeStamp(1, "day", (14, 30))),
        ("3 uur geleden", "nl", RelativeStamp(3, "hour")),
        ("ieri", "it", RelativeStamp(1, "day")),
        ("3 godziny temu", "pl", RelativeStamp(3, "hour")),
        ("vor 2 Jahren", "de", RelativeStamp(2, "year")),
        # languages written without spaces: "ago" glued to a figure and a unit
        ("3時間前", "ja", RelativeStamp(3, "hour")),
        ("昨日 14:30", "ja", RelativeStamp(1, "day", (14, 30))),
        ("3小时前", "zh", RelativeStamp(3, "hour")),
        ("昨天", "zh-CN", RelativeStamp(1, "day")),
        ("3시간 전", "ko", RelativeStamp(3, "hour")),
        ("어제", "ko", RelativeStamp(1, "day")),
        # a few minutes, the count a word with no figure: read as one
        ("vor wenigen Minuten", "de", RelativeStamp(1, "minute")),
        ("il y a quelques minutes", "fr", RelativeStamp(1, "minute")),
        ("pochi minuti fa", "it", RelativeStamp(1, "minute")),
        ("несколько минут назад", "ru", RelativeStamp(1, "minute")),
        # must not fire: a few hours (any number of them), a time to come in CJK
        ("vor wenigen Stunden", "de", None),
        ("3日後", "ja", None),
        ("3시간 후", "ko", None),
        # must not fire: a time to come, a duration, a vague time, another language's
        ("in 3 Tagen", "de", None),
        ("morgen", "de", None),
        ("через 3 дня", "ru", None),
        ("3 Min. Lesezeit", "de", None),
        ("vor Stunden", "de", None),
        ("vor 3 Stunden", "fr", None),
        ("vor 3 Stunden", None, None),
        ("vor 3 Stunden", "x-klingon", None),
    ],
)
def test_read_relative(text: str, language: str | None, stamp: RelativeStamp | None) -> None:
    assert read_relative(text, language) == stamp


@pytest.mark.parametrize(
    ("line", "language", "span"),
    [
        ("vor 3 Stunden", "de", "vor 3 Stunden"),
        ("Veröffentlicht vor 3 Stunden", "de", "vor 3 Stunden"),
        ("Anna Schmidt · vor 3 Stunden", "de", "vor 3 Stunden"),
        ("Politik | il y a 2 heures", "fr", "il y a 2 heures"),
        ("gestern, 14:30 Uhr", "de", "gestern, 14:30 Uhr"),
        # must not fire: a sentence ending in a relative phrase, a future, no such word
        ("Der Stadtrat hatte die Pläne schon vor 3 Tagen", "de", None),
        ("Die Abstimmung findet in 3 Tagen statt", "de", None),
        ("Anna Schmidt · Politik", "de", None),
    ],
)
def test_relative_span(line: str, language: str, span: str | None) -> None:
    """The relative stamp of a stamp's line: a part of it, less a label or a name before
    it; none in a sentence that a relative phrase closes after more than a few words."""
    assert relative_span(line, language) == span


def test_the_gate_is_the_languages_own_words() -> None:
    """The cheap test reads dateparser's words of the page's language only."""
    assert relative_words("il y a 2 heures", "fr")
    assert not relative_words("il y a 2 heures", "de")
    assert relative_words("gestern", "de")
    assert not relative_words("Anna Schmidt", "de")
    assert not relative_words("vor " + "x" * 80, "de")  # too long for a stamp


@pytest.mark.parametrize(
    ("text", "language", "gated"),
    [
        ("3時間前", "ja", True),
        ("山田花子 · 3時間前", "ja", True),
        ("昨日14:30", "ja", True),
        ("3小时前", "zh", True),
        ("3시간 전", "ko", True),
        # must not fire: "ago" and day words inside the words of a sentence
        ("以前から議論されていた", "ja", False),
        ("前回の会議で昨日の件を話した", "ja", False),
        ("前天晚上的会议", "zh", False),
        ("目前的情况", "zh", False),
        ("전국 곳곳에서", "ko", False),
    ],
)
def test_the_gate_of_languages_without_spaces(text: str, language: str, gated: bool) -> None:
    """Without spaces between words "ago" counts only closing a figure and a unit, a
    day word only with no letter beside it."""
    assert relative_words(text, language) is gated


@pytest.mark.parametrize(
    ("line", "stamp", "alone"),
    [
        ("gestern", "gestern", True),
        ("Anna Schmidt · gestern", "gestern", True),
        ("Politik | gestern |", "gestern", True),
        # must not fire: a part of a phrase
        ("Gestern und heute", "Gestern", False),
        ("Anna Schmidt · Gestern und heute", "heute", False),
    ],
)
def test_stands_alone(line: str, stamp: str, alone: bool) -> None:
    """A stamp without a figure is one only as a part of its line of its own."""
    assert stands_alone(line, stamp) is alone


@pytest.mark.parametrize(
    ("text", "language", "stamp"),
    [
        # the word for "one" where dateparser's data has no figure for it
        ("een uur geleden", "nl", RelativeStamp(1, "hour")),
        ("één dag geleden", "nl", RelativeStamp(1, "day")),
        ("bir saat önce", "tr", RelativeStamp(1, "hour")),
        ("satu jam yang lalu", "id", RelativeStamp(1, "hour")),
        ("một giờ trước", "vi", RelativeStamp(1, "hour")),
        ("egy órája", "hu", RelativeStamp(1, "hour")),
        ("3 órája", "hu", RelativeStamp(3, "hour")),
        ("πριν από μία ώρα", "el", RelativeStamp(1, "hour")),
        ("před hodinou", "cs", RelativeStamp(1, "hour")),
        # a moment ago: the fetch's day
        ("gerade eben", "de", RelativeStamp(0, "day", moment=True)),
        ("à l'instant", "fr", RelativeStamp(0, "day", moment=True)),
        ("Przed chwilą", "pl", RelativeStamp(0, "day", moment=True)),
        ("только что", "ru", RelativeStamp(0, "day", moment=True)),
        ("a moment ago", "en", RelativeStamp(0, "day", moment=True)),
        # must not fire: "one" in a phrase that is no stamp, a moment's word in a sentence
        ("een uur", "nl", None),
        ("bir saat", "tr", None),
        ("Der Rat hat gerade eben beschlossen", "de", None),
    ],
)
def test_one_and_a_moment(text: str, language: str, stamp: RelativeStamp | None) -> None:
    assert read_relative(text, language) == stamp


def test_now_alone_is_no_moment() -> None:
    from newscrawl.extraction.relative import says_now  # noqa: PLC0415

    assert says_now("Bây giờ", "vi")
    assert says_now("jetzt", "de")
    assert not says_now("gerade eben", "de")
    assert not says_now("vor 3 Stunden", "de")


@pytest.mark.parametrize(
    ("value", "lead"),
    [
        (r"(\d++[.,]?\d*+) hours ago", r"\d"),
        (r"vor (\d++[.,]?\d*+) stunden", "v"),
        (r"a?go (\d++[.,]?\d*+)", ""),  # a quantifier after the first letter: no lead
        (r"vor|hace (\d++[.,]?\d*+)", ""),  # an alternation: no lead
        (r"–(\d++[.,]?\d*+) h", ""),  # a mark first: no lead
    ],
)
def test_own_pattern_lead_is_only_what_every_match_opens_with(value: str, lead: str) -> None:
    assert _opening(value) == lead


@pytest.mark.parametrize("code", ["en", "de", "fr", "es", "id", "ru", "cs", "ar"])
def test_own_patterns_grouped_by_lead_find_what_the_plain_alternation_finds(code: str) -> None:
    # Grouping a language's own patterns behind lookaheads of their opening must not
    # change which texts hold one of them (only whether, never where, is asked).
    locale = _locale(code)
    assert locale is not None
    patterns = locale.info.get("relative-type-regex", {})
    values = [v for key, vs in patterns.items() if key.endswith(" ago") for v in vs]
    plain = re.compile("|".join(f"(?:{v})" for v in values), re.IGNORECASE)
    grouped = re.compile(_own_patterns(patterns), re.IGNORECASE)
    texts = ["Updated 3 hours ago", "vor 3 Stunden", "il y a 2 jours", "hace 5 minutos"]
    texts += ["před 4 dny", "3 jam yang lalu", "5 минут назад", "منذ 3 ساعات", "3 HOURS AGO"]
    texts += ["No stamp here", "Dayton 3 votes", "vorgestern", "2024-03-14"]
    for text in texts:
        assert (grouped.search(text) is None) == (plain.search(text) is None), text


def _separate_groups_gate(code: str) -> re.Pattern[str] | None:
    """:func:`_gate` as it was built before its moment phrases and words shared one group:
    a group of each, each behind its own lookbehind (the reference for the test below)."""
    locale = _locale(code)
    if locale is None:
        return None
    info = locale.info
    agos, days = _ago_and_day_words(info)
    forms = [_own_patterns(info.get("relative-type-regex", {}))]
    if moments := MOMENT_PHRASES.get(code):
        forms.append(rf"(?<!\w)(?:{_alternatives(set(moments))})(?!\w)")
    if agos | days:
        forms.append(rf"(?<!\w)(?:{_alternatives(agos | days)})(?!\w)")
    pattern = "|".join(f for f in forms if f)
    return re.compile(pattern, re.IGNORECASE) if pattern else None


@pytest.mark.parametrize("code", ["en", "de", "fr", "es", "pt", "it", "nl", "ru", "pl", "ko"])
def test_gate_finds_what_a_group_per_form_finds(code: str) -> None:
    """The gate's moment phrases and words in one group behind one lookbehind find what a
    group of each finds, match for match (spans and groups), on random texts of the
    language's words, figures, letters and marks."""
    gate, reference = _gate(code), _separate_groups_gate(code)
    assert gate is not None and reference is not None
    info = _locale(code).info  # type: ignore[union-attr]
    agos, days = _ago_and_day_words(info)
    pieces = [*agos, *days, *MOMENT_PHRASES.get(code, ()), "3", "12", " ", "x", "é", "-", "."]
    pieces += [w.upper() for w in agos | days]
    rng = random.Random(code)
    hits = 0
    for _ in range(500):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        found = [(m.span(), m.groups()) for m in gate.finditer(text)]
        assert found == [(m.span(), m.groups()) for m in reference.finditer(text)], text
        hits += bool(found)
    assert hits > 100
