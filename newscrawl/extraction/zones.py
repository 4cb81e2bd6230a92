"""The clock a page's readers live on, named by its language tag: the zone a naive time
printed on the page ("14.03.2024, 10:15") is read in.

A tag's region is where its readers are ("en-GB", "ar-EG", "zh-Hans-CN"); a bare language
is at home in the country CLDR names as its likely one (Babel's ``likely_subtags``: "th" →
Thailand, "zh-Hant" → Taiwan). A country names a zone when the tz database (the ``tzdata``
package's ``zone.tab``) gives it one clock: all its zones keep the same UTC offsets in the
year that database was released and the next (Germany's Berlin and Büsingen, Argentina's
twelve zones). Russia, the United States, Australia, Brazil, Mexico, Canada or Indonesia
keep several and name none.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from functools import cache
from importlib.metadata import version
from importlib.resources import files
from zoneinfo import ZoneInfo

from babel.core import get_global

__all__ = ["country_zone", "language_zone"]

#: Countries of several clocks whose national press prints one, the capital's, while
#: outlying islands or a region keep another: Spain (the Canaries), Portugal (the Azores),
#: China (Xinjiang's unofficial clock), Ukraine (Crimea), Chile (Magallanes, Easter
#: Island), Ecuador (the Galápagos), New Zealand (the Chatham Islands). A list because the
#: tz database does not say where most people live.
MAIN_CLOCKS = {
    "ES": "Europe/Madrid", "PT": "Europe/Lisbon", "CN": "Asia/Shanghai", "UA": "Europe/Kyiv",
    "CL": "America/Santiago", "EC": "America/Guayaquil", "NZ": "Pacific/Auckland",
}  # fmt: skip
#: Languages spoken across countries of different clocks by readers most of whom live
#: outside the country CLDR names for the bare tag (Spanish: Spain, Arabic: Egypt). A list
#: because CLDR gives no speaker counts to weigh them; a region in the tag still names one.
SCATTERED_LANGUAGES = frozenset({"es", "ar"})

#: A BCP 47 tag's language, optional extended language and script, and region (two
#: letters, or three digits: "419" is Latin America), case-insensitive.
_TAG = re.compile(
    r"(?P<language>[a-z]{2,3})(?=-|$)(?:-[a-z]{3}(?=-|$)){0,3}"
    r"(?:-(?P<script>[a-z]{4})(?=-|$))?(?:-(?P<region>[a-z]{2}|[0-9]{3})(?=-|$))?",
    re.IGNORECASE,
)
#: Days sampled, from the first of the tz database's year, to tell whether two zones keep
#: one clock: its rules as they stand now, the same on every machine with that database.
_CLOCK_DAYS = 2 * 366
_CLOCK_YEAR = int(version("tzdata").split(".")[0])  # "2026.6": the 2026f database


def language_zone(language: str | None) -> str | None:
    """The IANA zone of a page's language tag, or None when its readers keep several clocks.

    "th" → Asia/Bangkok, "de-AT" → Europe/Vienna, "zh-Hans-CN" → Asia/Shanghai; none for
    "en", "ru-RU", "en-AU", "pt-BR", "es-419" (a region of many countries) or "es".
    """
    found = _TAG.match((language or "").strip().replace("_", "-"))
    if found is None:
        return None
    region = found["region"]
    if region is not None:
        return country_zone(_country(region.upper()))
    if found["language"].lower() in SCATTERED_LANGUAGES:
        return None
    country = _likely_country(found["language"].lower(), found["script"])
    return country_zone(country) if country else None


@cache
def country_zone(country: str) -> str | None:
    """The zone of a country (ISO 3166 code) that keeps one clock, or its main clock
    (:data:`MAIN_CLOCKS`); None for a country of several clocks or an unknown code."""
    if country in MAIN_CLOCKS:
        return MAIN_CLOCKS[country]
    zones = _zones_by_country().get(country, [])
    if not zones or not _one_clock(zones):
        return None
    return zones[0]


def _one_clock(zones: list[str]) -> bool:
    """Whether all *zones* keep the same UTC offsets at each of :func:`_clock_moments`,
    compared moment by moment and given up at the first that differs (most countries of
    several zones differ on the first day); one zone needs no comparing."""
    if len(zones) == 1:
        return True
    first, *others = (ZoneInfo(zone) for zone in zones)
    for moment in _clock_moments():
        offset = moment.astimezone(first).utcoffset()
        if any(moment.astimezone(info).utcoffset() != offset for info in others):
            return False
    return True


def _country(region: str) -> str:
    """The country a region subtag names: an old or numeric code made current ("UK" → GB,
    "276" → DE); a region of several countries ("419") stays as it is and names none."""
    aliases = get_global("territory_aliases").get(region)
    return aliases[0] if aliases and len(aliases) == 1 else region


def _likely_country(language: str, script: str | None) -> str | None:
    """The country CLDR names for a tag without a region ("zh-Hant" → TW, "th" → TH)."""
    likely = get_global("likely_subtags")
    full = (script and likely.get(f"{language}_{script.title()}")) or likely.get(language)
    country = full.rsplit("_", 1)[-1] if full else ""
    return country if len(country) == 2 and country.isalpha() else None


@cache
def _zones_by_country() -> dict[str, list[str]]:
    """Each country's zones, in ``zone.tab`` order."""
    table = files("tzdata").joinpath("zoneinfo", "zone.tab").read_text("utf8")
    zones: dict[str, list[str]] = {}
    for line in table.splitlines():
        if line and not line.startswith("#"):
            country, _coordinates, zone = line.split("\t")[:3]
            zones.setdefault(country, []).append(zone)
    return zones


@cache
def _clock_moments() -> tuple[datetime, ...]:
    """Noon (UTC) of each day of the tz database's year and the next: the moments two
    zones must keep one offset at to keep one clock."""
    start = datetime(_CLOCK_YEAR, 1, 1, 12, tzinfo=UTC)
    return tuple(start + timedelta(days=day) for day in range(_CLOCK_DAYS))
