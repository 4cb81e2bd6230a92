"""Tests for newscrawl.extraction.zones: the clock a page's language tag names."""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest

from newscrawl.extraction import zones
from newscrawl.extraction.zones import country_zone, language_zone


@pytest.mark.parametrize(
    ("tag", "zone"),
    [
        ("de", "Europe/Berlin"),
        ("de_DE", "Europe/Berlin"),  # as CMSs write it
        ("DE-de", "Europe/Berlin"),
        ("de-AT", "Europe/Vienna"),
        ("de-CH", "Europe/Zurich"),
        ("sv-FI", "Europe/Helsinki"),  # the region is where the readers are
        ("en-GB", "Europe/London"),
        ("en-UK", "Europe/London"),  # CLDR's alias of GB
        ("de-1996", "Europe/Berlin"),  # a variant, not a region
        ("th", "Asia/Bangkok"),  # CLDR's likely country of a bare language
        ("tr", "Europe/Istanbul"),
        ("vi", "Asia/Ho_Chi_Minh"),
        ("uk", "Europe/Kyiv"),
        ("is", "Atlantic/Reykjavik"),
        ("sr-Latn", "Europe/Belgrade"),  # a script without a region
        ("ar-EG", "Africa/Cairo"),
        ("ar-SA", "Asia/Riyadh"),
        ("zh-Hans-CN", "Asia/Shanghai"),  # script then region
        ("zh-Hant", "Asia/Taipei"),  # CLDR's likely country of the script
        ("zh-HK", "Asia/Hong_Kong"),
        ("en-IN", "Asia/Kolkata"),
        ("es-AR", "America/Argentina/Buenos_Aires"),  # twelve zones of one clock
        ("es-ES", "Europe/Madrid"),  # the Canaries keep another: the main clock
        ("pt-PT", "Europe/Lisbon"),  # the Azores keep another: the main clock
        ("en", None),  # the United States: several clocks
        ("en-US", None),
        ("en-AU", None),
        ("fr-CA", None),
        ("ru", None),
        ("ru-RU", None),  # eleven clocks
        ("pt-BR", None),
        ("id", None),  # Indonesia: three clocks
        ("es", None),  # most Spanish readers live in the Americas
        ("ar", None),
        ("es-419", None),  # Latin America: a region of many countries
        ("en-EU", None),  # no country
        ("utf-8", None),  # no language tag
        ("thai", None),
        ("", None),
        (None, None),
    ],
)
def test_language_zone(tag: str | None, zone: str | None) -> None:
    assert language_zone(tag) == zone


def test_country_of_several_zones_on_one_clock_names_its_first() -> None:
    assert country_zone("DE") == "Europe/Berlin"  # Büsingen keeps Berlin's clock
    assert country_zone("MX") is None
    assert country_zone("XX") is None


def _clock_of(zone: str) -> tuple[object, ...]:
    """The first implementation's clock: a zone's UTC offsets at every sampled moment."""
    info = ZoneInfo(zone)
    return tuple(moment.astimezone(info).utcoffset() for moment in zones._clock_moments())


def test_early_stopping_comparison_names_what_full_clocks_name_for_every_country() -> None:
    # country_zone gives up at the first moment two zones differ; comparing every zone's
    # whole clock, as it first did, must name the same zone for each country of zone.tab.
    for country, country_zones in zones._zones_by_country().items():
        one_clock = len({_clock_of(zone) for zone in country_zones}) == 1
        expected = zones.MAIN_CLOCKS.get(country, country_zones[0] if one_clock else None)
        assert country_zone(country) == expected, country
