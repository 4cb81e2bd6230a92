"""Tests for newscrawl.extraction.dates (DESIGN.md "Dates")."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime, timedelta

import pytest

from newscrawl.extraction.dates import (
    _DATE_HINT,
    DateNormaliser,
    DateResult,
    LabelledDate,
    _date_hint,
    is_date_line,
    split_labels,
)

# 15:00 in Karachi, 11:00 in Berlin/Paris/Madrid.
FETCHED = datetime(2024, 11, 22, 10, 0, tzinfo=UTC)
LATER = datetime(2025, 6, 20, 0, 0, tzinfo=UTC)
PK = ("en-PK", "Asia/Karachi")

# raw, (locale, timezone), fetched_at, value, precision, timezone origin
NORMALISE_CASES: list[tuple[str, tuple[str, str], datetime, str, str, str | None]] = [
    # date-only sources stay date-only: no invented midnight, no zone
    ("22 Nov, 2024", PK, FETCHED, "2024-11-22", "day", None),
    ("22 Nov 2024", PK, FETCHED, "2024-11-22", "day", None),
    ("Nov 22, 2024", PK, FETCHED, "2024-11-22", "day", None),
    ("Nov. 22, 2024", PK, FETCHED, "2024-11-22", "day", None),
    ("July 21, 2017", PK, FETCHED, "2017-07-21", "day", None),
    ("Sept 3, 2024", PK, FETCHED, "2024-09-03", "day", None),
    ("2024-11-22", PK, FETCHED, "2024-11-22", "day", None),
    ("22.11.2024", PK, FETCHED, "2024-11-22", "day", None),
    # leading labels are stripped
    ("Updated 22 Nov, 2024", PK, FETCHED, "2024-11-22", "day", None),
    ("Last updated: 22 Nov 2024", PK, FETCHED, "2024-11-22", "day", None),
    ("Published on Nov 22, 2024", PK, FETCHED, "2024-11-22", "day", None),
    ("Published November 12, 2014 09:15pm", PK, FETCHED, "2014-11-12T21:15:00+05:00", "minute",
     "assumed"),
    ("Published in Dawn, October 24th, 2024", PK, FETCHED, "2024-10-24", "day", None),
    ("Published in Dawn, March 18th, 2018", PK, FETCHED, "2018-03-18", "day", None),
    # ordinal suffixes
    ("March 18th, 2018", PK, FETCHED, "2018-03-18", "day", None),
    ("1st of June 2020", PK, FETCHED, "2020-06-01", "day", None),
    # naive times get the site zone, recorded as assumed
    ("15 Oct, 2014 01:08pm", PK, FETCHED, "2014-10-15T13:08:00+05:00", "minute", "assumed"),
    ("22 November 2024 09:12am", PK, FETCHED, "2024-11-22T09:12:00+05:00", "minute", "assumed"),
    ("2024-11-22 10:00", PK, FETCHED, "2024-11-22T10:00:00+05:00", "minute", "assumed"),
    ("22 Nov 2024 9 a.m.", PK, FETCHED, "2024-11-22T09:00:00+05:00", "hour", "assumed"),
    ("22 Nov 2024 12:00am", PK, FETCHED, "2024-11-22T00:00:00+05:00", "minute", "assumed"),
    ("22 Nov 2024 10:05:33", PK, FETCHED, "2024-11-22T10:05:33+05:00", "second", "assumed"),
    ("12 Jul 2024 10:00", ("en-GB", "Europe/London"), FETCHED, "2024-07-12T10:00:00+01:00",
     "minute", "assumed"),
    # explicit offsets are kept as written, never converted to the site zone
    ("2024-11-22T22:30Z", PK, FETCHED, "2024-11-22T22:30:00+00:00", "minute", "explicit"),
    ("2025-06-19T16:30:21+05:00", PK, LATER, "2025-06-19T16:30:21+05:00", "second", "explicit"),
    ("2024-11-22T10:00:00.123-0500", PK, FETCHED, "2024-11-22T10:00:00-05:00", "second",
     "explicit"),
    ("Thursday, 21 November 2024 10:05 AM PKT", PK, FETCHED, "2024-11-21T10:05:00+05:00",
     "minute", "explicit"),
    # abbreviations come from our table: IST is India, not Israel
    ("22 Nov 2024 10:00 IST", PK, FETCHED, "2024-11-22T10:00:00+05:30", "minute", "explicit"),
    ("22 Nov 2024 10:00 GMT", PK, FETCHED, "2024-11-22T10:00:00+00:00", "minute", "explicit"),
    ("Nov 21, 2024 9:30 PM EST", PK, FETCHED, "2024-11-21T21:30:00-05:00", "minute", "explicit"),
    ("21 Nov 2024 10:00 (AEDT)", PK, FETCHED, "2024-11-21T10:00:00+11:00", "minute", "explicit"),
    ("21 Nov 2024 10:00 UTC+5", PK, FETCHED, "2024-11-21T10:00:00+05:00", "minute", "explicit"),
    ("Friday, 22 Nov 2024 4:55 PM MYT", PK, FETCHED, "2024-11-22T16:55:00+08:00", "minute",
     "explicit"),
    ("14.03.2024 10:15 TRT", PK, FETCHED, "2024-03-14T10:15:00+03:00", "minute", "explicit"),
    # numeric order follows the locale; plain "en" is month-first like dateparser's
    ("03/04/2024", ("en-US", "America/New_York"), FETCHED, "2024-03-04", "day", None),
    ("03/04/2024", PK, FETCHED, "2024-04-03", "day", None),
    ("03/04/2024", ("en", "UTC"), FETCHED, "2024-03-04", "day", None),
    ("03.04.2024", ("de", "Europe/Berlin"), FETCHED, "2024-04-03", "day", None),
    ("03.04.2024", ("en", "UTC"), FETCHED, "2024-04-03", "day", None),  # dotted: day first
    ("25/04/2024", ("en-US", "America/New_York"), FETCHED, "2024-04-25", "day", None),
    ("04/25/2024", PK, FETCHED, "2024-04-25", "day", None),
    ("2024/04/03", ("en-US", "America/New_York"), FETCHED, "2024-04-03", "day", None),
    ("2024/04/03", PK, FETCHED, "2024-04-03", "day", None),
    # relative dates resolve against fetched_at, in the site zone
    ("2 hours ago", PK, FETCHED, "2024-11-22T13:00:00+05:00", "hour", "relative"),
    ("an hour ago", PK, FETCHED, "2024-11-22T14:00:00+05:00", "hour", "relative"),
    ("5 mins ago", PK, FETCHED, "2024-11-22T14:55:00+05:00", "minute", "relative"),
    ("just now", PK, FETCHED, "2024-11-22T15:00:00+05:00", "minute", "relative"),
    ("yesterday", PK, FETCHED, "2024-11-21", "day", None),
    ("Today", PK, FETCHED, "2024-11-22", "day", None),
    ("Yesterday at 10:05 am", PK, FETCHED, "2024-11-21T10:05:00+05:00", "minute", "relative"),
    ("3 days ago", PK, FETCHED, "2024-11-19", "day", None),
    ("2 weeks ago", PK, FETCHED, "2024-11-08", "day", None),
    ("2 months ago", PK, FETCHED, "2024-09-22", "day", None),
    ("Updated 2 hours ago", PK, FETCHED, "2024-11-22T13:00:00+05:00", "hour", "relative"),
    # the site-local day differs from the UTC day: 22:00Z is the 23rd in Karachi
    ("yesterday", PK, datetime(2024, 11, 22, 22, 0, tzinfo=UTC), "2024-11-22", "day", None),
    # other languages go through dateparser
    ("21. November 2024", ("de", "Europe/Berlin"), FETCHED, "2024-11-21", "day", None),
    ("21. November 2024 10:05 Uhr", ("de", "Europe/Berlin"), FETCHED,
     "2024-11-21T10:05:00+01:00", "minute", "assumed"),
    ("vor 2 Stunden", ("de", "Europe/Berlin"), FETCHED, "2024-11-22T09:00:00+01:00", "hour",
     "relative"),
    ("gestern", ("de", "Europe/Berlin"), FETCHED, "2024-11-21", "day", None),
    ("il y a 3 jours", ("fr", "Europe/Paris"), FETCHED, "2024-11-19", "day", None),
    ("il y a 5 minutes", ("fr", "Europe/Paris"), FETCHED, "2024-11-22T10:55:00+01:00",
     "minute", "relative"),
    ("hace 2 meses", ("es", "Europe/Madrid"), FETCHED, "2024-09-22", "day", None),
    ("21 de noviembre de 2024", ("es", "Europe/Madrid"), FETCHED, "2024-11-21", "day", None),
    ("21.11.24", ("de", "Europe/Berlin"), FETCHED, "2024-11-21", "day", None),
    # ISO 8601's basic (compact) form, a whole value: a day, or a day and a time after "T"
    ("20241121", PK, FETCHED, "2024-11-21", "day", None),
    ("20241121T101500Z", PK, FETCHED, "2024-11-21T10:15:00+00:00", "second", "explicit"),
    ("20241121T1015", ("de", "Europe/Berlin"), FETCHED, "2024-11-21T10:15:00+01:00", "minute",
     "assumed"),
    ("20241121T101500+0100", PK, FETCHED, "2024-11-21T10:15:00+01:00", "second", "explicit"),
    # Thai dates: a Buddhist-era year (2567 = 2024), the month's full or abbreviated name
    # ("มี.ค." is March, "ม.ค." January), a weekday, "พ.ศ.", a time with "น."
    ("14 มี.ค. 2567 10:15 น.", ("th", "Asia/Bangkok"), FETCHED, "2024-03-14T10:15:00+07:00",
     "minute", "assumed"),
    ("วันพฤหัสบดีที่ 14 มีนาคม พ.ศ. 2567", ("th", "Asia/Bangkok"), FETCHED, "2024-03-14", "day",
     None),
    ("14 ม.ค. 2567", ("th", "Asia/Bangkok"), FETCHED, "2024-01-14", "day", None),
    ("14 มีนาคม 2024", ("th", "Asia/Bangkok"), FETCHED, "2024-03-14", "day", None),
    ("14/03/2567", ("th", "Asia/Bangkok"), FETCHED, "2024-03-14", "day", None),
    # two-figure years: the century that puts the day between min_year and the fetch time
    ("14.03.24", ("de", "Europe/Berlin"), FETCHED, "2024-03-14", "day", None),
    ("14.03.95", ("de", "Europe/Berlin"), FETCHED, "1995-03-14", "day", None),
    ("14/03/24 10:15", ("fr", "Europe/Paris"), FETCHED, "2024-03-14T10:15:00+01:00", "minute",
     "assumed"),
    # relative stamps of other languages, read through dateparser's translation: a day
    # before and a wall time of the site's zone ("gestern, 14:30 Uhr" is 14:30 in Berlin),
    # or an offset from the fetch time
    ("gestern, 14:30 Uhr", ("de", "Europe/Berlin"), FETCHED, "2024-11-21T14:30:00+01:00",
     "minute", "relative"),
    ("heute, 08:15 Uhr", ("de", "Europe/Berlin"), FETCHED, "2024-11-22T08:15:00+01:00",
     "minute", "relative"),
    ("hier à 14h30", ("fr", "Europe/Paris"), FETCHED, "2024-11-21T14:30:00+01:00", "minute",
     "relative"),
    ("вчера в 14:30", ("ru", "Europe/Moscow"), FETCHED, "2024-11-21T14:30:00+03:00", "minute",
     "relative"),
    ("vor einer Stunde", ("de", "Europe/Berlin"), FETCHED, "2024-11-22T10:00:00+01:00", "hour",
     "relative"),
    ("godzinę temu", ("pl", "Europe/Warsaw"), FETCHED, "2024-11-22T10:00:00+01:00", "hour",
     "relative"),
    ("3 uur geleden", ("nl", "Europe/Amsterdam"), FETCHED, "2024-11-22T08:00:00+01:00", "hour",
     "relative"),
    ("un'ora fa", ("it", "Europe/Rome"), FETCHED, "2024-11-22T10:00:00+01:00", "hour",
     "relative"),
    ("há 3 horas", ("pt", "Europe/Lisbon"), FETCHED, "2024-11-22T07:00:00+00:00", "hour",
     "relative"),
    ("3 часа назад", ("ru", "Europe/Moscow"), FETCHED, "2024-11-22T10:00:00+03:00", "hour",
     "relative"),
    ("ayer", ("es", "Europe/Madrid"), FETCHED, "2024-11-21", "day", None),
    ("3 dni temu", ("pl", "Europe/Warsaw"), FETCHED, "2024-11-19", "day", None),
    # dateparser's own reading of a day and a time: the wall time of that day
    ("day before yesterday at 14:30", PK, FETCHED, "2024-11-20T14:30:00+05:00", "minute",
     "relative"),
    # Norwegian's bare tag: dateparser knows it as "nb"
    ("14. mars 2024", ("no", "Europe/Oslo"), FETCHED, "2024-03-14", "day", None),
]  # fmt: skip


@pytest.mark.parametrize(
    ("raw", "site", "fetched_at", "value", "precision", "origin"), NORMALISE_CASES
)
def test_normalise(
    *,
    raw: str,
    site: tuple[str, str],
    fetched_at: datetime,
    value: str,
    precision: str,
    origin: str | None,
) -> None:
    locale, zone = site
    result = DateNormaliser(timezone=zone, locale=locale).normalise(raw, fetched_at)
    assert result == DateResult(value, raw, precision, origin, None)


GARBAGE = ["a", "May", "12", "1.5", "", "   ", "N/A", "Comments (3)", "November 2024",
           "12:30pm", "2024", "Monday", "Updated", "31 Feb 2024", "22 Nov 2024 13:00 pm",
           "Published October 24, 2024 Updated October 24, 2024 09:24am",
           # eight figures that are no day (month 13, day 32, February 30), an id's, a
           # compact day with more figures or a space before its time
           "20241321", "20241132", "20240230", "12345678", "202411211", "20241121 1015",
           "20241121T2561"]  # fmt: skip


@pytest.mark.parametrize("raw", GARBAGE)
def test_garbage_never_becomes_a_date(raw: str) -> None:
    normaliser = DateNormaliser(timezone="Asia/Karachi", locale="en-PK")
    result = normaliser.normalise(raw, FETCHED)
    assert result.value is None
    assert result.raw == raw
    assert result.precision is None
    assert result.timezone is None
    assert result.error is not None
    assert result.error.startswith("not a date: ")
    assert normaliser.counts["failed"] == 1


# raw, fetched_at, error, count key
REJECT_CASES = [
    ("2030-01-01", FETCHED, "in the future: 2030-01-01 > fetch time + 1 day", "future"),
    ("2024-11-24 10:00", FETCHED, "in the future: 2024-11-24T10:00:00+05:00 > fetch time + 1 day",
     "future"),
    ("1890-01-01", FETCHED, "implausibly old: 1890-01-01 (before 1990)", "too_old"),
    ("12 Mar 1989 10:00", FETCHED, "implausibly old: 1989-03-12T10:00:00+05:00 (before 1990)",
     "too_old"),
]  # fmt: skip


@pytest.mark.parametrize(("raw", "fetched_at", "error", "key"), REJECT_CASES)
def test_validation_rejects(raw: str, fetched_at: datetime, error: str, key: str) -> None:
    normaliser = DateNormaliser(timezone="Asia/Karachi", locale="en-PK")
    assert normaliser.normalise(raw, fetched_at) == DateResult(None, raw, None, None, error)
    assert normaliser.counts[key] == 1
    assert normaliser.counts["ok"] == 0


@pytest.mark.parametrize(
    ("raw", "locale", "min_year"),
    [
        ("14.03.25", "de", 1990),  # 2025 after the fetch time, 1925 before min_year
        ("14.03.10", "de", 1900),  # 1910 and 2010 both plausible: no single century
        ("14/03/2567", "en", 1990),  # a year over 2400 on a page that is not Thai
    ],
)
def test_no_date_where_the_year_is_not_plain(raw: str, locale: str, min_year: int) -> None:
    normaliser = DateNormaliser(timezone="Europe/Berlin", locale=locale, min_year=min_year)
    assert normaliser.normalise(raw, FETCHED).value is None


def test_two_figure_year_of_a_day_one_century_lacks() -> None:
    # 1900 had no 29 February: 2000 is the one century left, however old min_year is.
    normaliser = DateNormaliser(timezone="Europe/Berlin", locale="de", min_year=1800)
    assert normaliser.normalise("29.02.00", FETCHED).value == "2000-02-29"


def test_thai_and_two_figure_years_take_the_fast_path() -> None:
    normaliser = DateNormaliser(timezone="Asia/Bangkok", locale="th")
    for raw in ("14 มี.ค. 2567", "14.03.24", "14/03/2567"):
        assert normaliser.normalise(raw, FETCHED).value is not None
    assert normaliser.counts["fast"] == 3
    assert normaliser.counts["dateparser"] == 0


def test_future_tolerance_and_min_year_are_settings() -> None:
    normaliser = DateNormaliser(
        timezone="Asia/Karachi", min_year=1800, future_tolerance=timedelta(days=10)
    )
    assert normaliser.normalise("1890-01-01", FETCHED).value == "1890-01-01"
    assert normaliser.normalise("2024-11-30", FETCHED).value == "2024-11-30"
    assert normaliser.normalise("2024-12-03", FETCHED).error == (
        "in the future: 2024-12-03 > fetch time + 10 days"
    )


def test_tomorrow_within_tolerance_is_accepted() -> None:
    normaliser = DateNormaliser(timezone="Asia/Karachi")
    assert normaliser.normalise("23 Nov 2024", FETCHED).value == "2024-11-23"


def test_cached_relative_string_resolves_against_each_fetch_time() -> None:
    normaliser = DateNormaliser(timezone="Asia/Karachi", locale="en-PK")
    first = normaliser.normalise("2 hours ago", FETCHED)
    second = normaliser.normalise("2 hours ago", FETCHED + timedelta(hours=30))
    assert first.value == "2024-11-22T13:00:00+05:00"
    assert second.value == "2024-11-23T19:00:00+05:00"
    assert normaliser.normalise("yesterday", FETCHED).value == "2024-11-21"
    assert normaliser.normalise("yesterday", FETCHED + timedelta(days=2)).value == "2024-11-23"
    assert normaliser.counts["relative"] == 2
    assert normaliser.counts["cached"] == 2


def test_cached_dateparser_relative_string_moves_with_fetch_time() -> None:
    normaliser = DateNormaliser(timezone="Europe/Berlin", locale="de")
    assert normaliser.normalise("vor 2 Stunden", FETCHED).value == "2024-11-22T09:00:00+01:00"
    later = normaliser.normalise("vor 2 Stunden", FETCHED + timedelta(days=1))
    assert later.value == "2024-11-23T09:00:00+01:00"
    # Read through dateparser's translation ("2 hour ago"), not its parser.
    assert normaliser.counts["relative"] == 1
    assert normaliser.counts["dateparser"] == 0
    assert normaliser.counts["cached"] == 1


def test_cache_and_counts() -> None:
    normaliser = DateNormaliser(timezone="Asia/Karachi", locale="en-PK")
    for _ in range(3):
        normaliser.normalise("Updated 22 Nov, 2024", FETCHED)
        normaliser.normalise("May", FETCHED)
    normaliser.normalise("2024-11-22T22:30Z", FETCHED)
    assert normaliser.counts == {
        "fast": 2, "gate": 1, "cached": 4, "ok": 4, "failed": 3,
    }  # fmt: skip


def test_non_english_uses_dateparser_and_english_does_not() -> None:
    normaliser = DateNormaliser(timezone="Europe/Berlin", locale="de")
    normaliser.normalise("21. November 2024", FETCHED)
    normaliser.normalise("21 Nov 2024", FETCHED)
    assert normaliser.counts["dateparser"] == 1
    assert normaliser.counts["fast"] == 1


def test_languages_override_locale_language() -> None:
    normaliser = DateNormaliser(timezone="Europe/Paris", locale="en-GB", languages=["fr"])
    assert normaliser.normalise("il y a 3 jours", FETCHED).value == "2024-11-19"


@pytest.mark.parametrize(
    ("raw", "locale"),
    [
        ("in 3 Stunden", "de"), ("in 3 Tagen", "de"), ("morgen", "de"), ("dans 3 heures", "fr"),
        ("через 3 часа", "ru"), ("tra 3 ore", "it"), ("in 3 hours", "en"),
        ("3 Min. Lesezeit", "de"), ("vor Stunden", "de"),
    ],
)  # fmt: skip
def test_a_time_to_come_or_a_duration_is_no_relative_stamp(raw: str, locale: str) -> None:
    """Must not fire: a future ("in 3 Stunden", "morgen", within the future tolerance or
    not) or a bare duration ("3 Min. Lesezeit") is no stamp of a time gone by."""
    normaliser = DateNormaliser(timezone="Europe/Berlin", locale=locale)
    assert normaliser.normalise(raw, FETCHED).value is None


def test_naive_fetched_at_is_rejected() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        DateNormaliser().normalise("22 Nov 2024", datetime(2024, 11, 22))


def test_importing_the_module_does_not_import_dateparser() -> None:
    code = (
        "import sys, newscrawl.extraction.dates as d; "
        "d.is_date_line('22 Nov, 2024'); d.split_labels('Updated 22 Nov, 2024'); "
        "d.DateNormaliser().normalise('22 Nov 2024', __import__('datetime').datetime.now("
        "__import__('datetime').UTC)); "
        "print('dateparser' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


P, M = "datePublished", "dateModified"
SPLIT_CASES: list[tuple[str, list[tuple[str, str]]]] = [
    ("Updated 22 Nov, 2024", [(M, "22 Nov, 2024")]),
    ("Last updated: 22 Nov, 2024", [(M, "22 Nov, 2024")]),
    ("Modified on 22 Nov, 2024", [(M, "22 Nov, 2024")]),
    ("22 Nov, 2024", [(P, "22 Nov, 2024")]),
    ("Published 14 Nov, 2024 09:12am", [(P, "14 Nov, 2024 09:12am")]),
    ("Posted: 14 Nov, 2024", [(P, "14 Nov, 2024")]),
    ("First published on 14 Nov, 2024", [(P, "14 Nov, 2024")]),
    ("PUBLISHED ON NOV 14, 2024", [(P, "NOV 14, 2024")]),
    ("Published in Dawn, March 18th, 2018", [(P, "March 18th, 2018")]),
    ("Published in The Express Tribune, March 18th, 2018", [(P, "March 18th, 2018")]),
    ("Published October 24, 2024 Updated October 24, 2024 09:24am",
     [(P, "October 24, 2024"), (M, "October 24, 2024 09:24am")]),
    ("Published: Nov 22, 2024 | Updated: 23 Nov 2024 10:00 PKT",
     [(P, "Nov 22, 2024"), (M, "23 Nov 2024 10:00 PKT")]),
    ("Dawn | Updated 2 hours ago", [(M, "2 hours ago")]),
    ("2024-11-22T10:00:00+05:00", [(P, "2024-11-22T10:00:00+05:00")]),
    ("Posted 22 Nov 2024 9 a.m.", [(P, "22 Nov 2024 9 a.m.")]),
    ("Updated 22 Nov 2024 9am.", [(M, "22 Nov 2024 9am")]),
    # The words joining a date to its time in the languages of Europe.
    ("Publié le 03/03/2024 à 14h05", [(P, "03/03/2024 à 14h05")]),
    ("03/03/2024 ore 14:05", [(P, "03/03/2024 ore 14:05")]),
    ("03.03.2024 um 14:05 Uhr", [(P, "03.03.2024 um 14:05")]),
    ("03-03-2024 om 14:05", [(P, "03-03-2024 om 14:05")]),
    ("03/03/2024 a las 14:05", [(P, "03/03/2024 a las 14:05")]),
    ("2024-03-03 kl. 14.05", [(P, "2024-03-03 kl. 14.05")]),
    ("03.03.2024 o godz. 14:05", [(P, "03.03.2024 o godz. 14:05")]),
    ("03.03.2024 klo 14.05", [(P, "03.03.2024 klo 14.05")]),
    # ... and not a number after such a word that is no time.
    ("03.03.2024 o 14 osób", [(P, "03.03.2024")]),
    ("22 Nov, 2024 at the latest", [(P, "22 Nov, 2024")]),
    ("Updated figures show a rise of 12 per cent.", []),
    ("May", []),
    ("", []),
    # The quick test before the search (a year's four figures, a relative day's word)
    # passes whatever case the search passes, "ſ" for "s" included; texts without any
    # of them have no date.
    ("PUBLISHED 3 NOV. 2024", [(P, "3 NOV. 2024")]),
    ("3 ſept. 2024 | YESTERDAY", [(P, "3 ſept. 2024"), (P, "YESTERDAY")]),
    ("Updated Just Now", [(M, "Just Now")]),
    ("Posted 12 items in 2024", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), SPLIT_CASES)
def test_split_labels(text: str, expected: list[tuple[str, str]]) -> None:
    assert split_labels(text) == [LabelledDate(field, raw) for field, raw in expected]


def test_split_labels_output_normalises() -> None:
    normaliser = DateNormaliser(timezone="Asia/Karachi", locale="en-PK")
    line = "Published October 24, 2024 Updated October 24, 2024 09:24am"
    values = {d.field: normaliser.normalise(d.raw, FETCHED).value for d in split_labels(line)}
    assert values == {P: "2024-10-24", M: "2024-10-24T09:24:00+05:00"}


DATE_LINES = [
    ("Updated 22 Nov, 2024", True),
    ("22 Nov, 2024", True),
    ("Published 14 Nov, 2024 09:12am", True),
    ("Published October 24, 2024 Updated October 24, 2024 09:24am", True),
    ("Published in Dawn, March 18th, 2018", True),
    ("2 hours ago", True),
    ("2024-11-22T10:00:00+05:00", True),
    ("  Last updated: 22 Nov 2024 10:00 PKT  ", True),
    ("Published: Nov 22, 2024 | Updated: 23 Nov 2024", True),
    ("Thursday, 21 November 2024 10:05 AM PKT", True),
    ("22 Nov, 2024.", True),
    ("22 Nov 2024 9 a.m.", True),
    ("Nov 22, 2024 10:05 p.m. PKT", True),
    ("yesterday", True),
    ("The court adjourned the hearing till Nov 22, 2024.", False),
    ("Updated figures show a rise of 12 per cent.", False),
    ("PM Shehbaz meets Chinese envoy in Islamabad", False),
    ("Monument, 12 Nov 2024", False),
    ("Mayor 12, 2024", False),
    ("22 Nov, 2024 by Staff Reporter", False),
    ("now", False),
    ("a", False),
    ("May", False),
    ("12", False),
    ("1.5", False),
    ("", False),
    ("Updated", False),
    ("x" * 500 + " 22 Nov, 2024", False),
]


@pytest.mark.parametrize(("line", "expected"), DATE_LINES)
def test_is_date_line(line: str, expected: bool) -> None:
    assert is_date_line(line) is expected


@pytest.mark.parametrize(
    "text",
    [
        "Posted 3 hours ago",
        "UPDATED: NOW",
        "Yeſterday at 10:00",
        "Today's picks",
        "İNOW",  # "İ" lower-cases to "i" and a combining dot, which is no word character
        "March 2024",
        "١٢٣٤",  # four figures of another script
        "a wagon in the snow",  # the words inside others: no hint
        "12 3 4 and 56",  # figures, never four in a row: no hint
        "No date here",
    ],
)
def test_date_hint_answers_as_its_one_search_of_the_lowered_text(text: str) -> None:
    # The hint looks for the words only when one is a substring; it must say what one
    # search of figures and words over the lower-cased text says.
    one_search = _DATE_HINT.search(text.lower().replace("ſ", "s")) is not None
    assert _date_hint(text) is one_search
    if not one_search:
        assert split_labels(text) == []


@pytest.mark.parametrize(
    ("locale", "raw"),
    [("de-DE", "April 2019 (2)"), ("de-DE", "Januar 2018 (28)"), ("en-US", "March 2024 (14)")],
)
def test_an_archive_months_count_is_no_day(locale: str, raw: str) -> None:
    # An archive widget's entry: a month, its year and how many posts it holds. dateparser
    # read the count as the day (2 April 2019), a day the text never states.
    assert DateNormaliser(locale=locale).normalise(raw, FETCHED).value is None


@pytest.mark.parametrize(
    ("locale", "raw", "day"),
    [("de-DE", "14. März 2024", "2024-03-14"), ("en-US", "March 14, 2024", "2024-03-14")],
)
def test_a_full_date_is_still_read_beside_the_count_rule(locale: str, raw: str, day: str) -> None:
    value = DateNormaliser(locale=locale).normalise(raw, FETCHED).value
    assert value is not None and value[:10] == day
