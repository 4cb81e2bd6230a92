"""A deterministic, Dawn-shaped static news site for crawl tests, demos and benchmarks.

``python -m newscrawl.demo.sitegen --out DIR --edition {1,2} [--articles N] [--seed S]``
writes articles (current v2 and 2014–2018 v1 templates), section listings with pagination,
day archives, author pages, RSS/Atom feeds, sitemaps, ``robots.txt``, crawler traps and a
route table (``site.json``) that :mod:`newscrawl.demo.server` serves.

Guarantees:

* Byte-for-byte deterministic for the same arguments: seeded :class:`random.Random`
  streams (string seeds, so independent of ``PYTHONHASHSEED``), no clock, sorted output.
* An article page depends only on itself and on articles published before it (its sidebar
  lists earlier editorials and news; a teaser's stamp is the one valid at the page's own
  publication time). Edition 2 therefore leaves every old page byte-identical except the
  articles it deliberately changes.
* Pages are built from string templates: 20,000 articles generate in seconds.

Every URL in the files uses :data:`ORIGIN` or a root-relative path; the server rewrites the
origin to its own at serve time.
"""

from __future__ import annotations

import argparse
import html
import json
import random
import re
import shutil
import sys
from collections import defaultdict, deque
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta, timezone
from email.utils import format_datetime
from pathlib import Path
from typing import Any

#: The origin every generated URL uses.
ORIGIN = "https://www.dawn.com"
#: Asia/Karachi (no daylight saving since 2009, so a fixed offset is exact for 2025).
PKT = timezone(timedelta(hours=5))
#: Last day of edition 1, and how many days its articles span.
LAST_DAY = date(2025, 6, 20)
DAYS = 35
FIRST_ID = 1900001
#: Edition 2: new articles (over the two days after :data:`LAST_DAY`), changed articles.
NEW_ARTICLES = 24
NEW_DAYS = 2
CHANGED_ARTICLES = 12
CHANGED_WINDOW_DAYS = 10
PAGE_SIZE = 20
HOME_SIZE = 30
FEED_SIZE = 50
SITE_FILE = "site.json"

HTML = "text/html; charset=utf-8"
RSS = "application/rss+xml"
ATOM = "application/atom+xml"
XML = "application/xml"
TEXT = "text/plain"
PDF = "application/pdf"

#: Trap URLs (paths on the site).
MISSING = "/news/9999999/missing-story"
SERVER_ERROR = "/news/8888888/server-error"
PDF_REPORT = "/news/7777777/annual-report"
CHALLENGE = "/news/6666661/checking-your-browser"
DENIED = "/news/6666662/access-denied"
#: The traps a crawl logs, with what each serves: ``newscrawl demo`` names them beforehand,
#: so that their WARNING and ERROR lines are not taken for faults of the crawler.
LOGGED_TRAPS = (
    (MISSING, "404"),
    (SERVER_ERROR, "500, retried"),
    (DENIED, "403 challenge"),
    (CHALLENGE, "challenge page with 200"),
    (PDF_REPORT, "PDF"),
)
CALENDAR_REGEX = r"^/calendar/(\d{4})/(\d{2})/(\d{2})$"
#: Off-site links every page carries.
OFFSITE = (
    ("Twitter", "https://twitter.com/dawn_com"),
    ("Facebook", "https://www.facebook.com/dawndotcom"),
    ("The News", "https://www.thenews.com.pk/latest/1316540-budget-debate-enters-final-week"),
)
#: Fixed Last-Modified for pages that do not depend on articles.
STATIC_MODIFIED = datetime(2025, 5, 1, tzinfo=PKT)


@dataclass(frozen=True)
class SiteInfo:
    """What :func:`generate` wrote: where, which edition, how many articles, the routes."""

    out: Path
    edition: int
    article_count: int
    table: dict[str, Any] = field(repr=False)

    @property
    def routes(self) -> dict[str, dict[str, Any]]:
        """The route table: URL path (with query) → response description."""
        routes: dict[str, dict[str, Any]] = self.table["routes"]
        return routes

    @property
    def articles(self) -> list[dict[str, Any]]:
        """Ground truth: one entry per real article page."""
        articles: list[dict[str, Any]] = self.table["articles"]
        return articles

    @classmethod
    def load(cls, out: Path) -> SiteInfo:
        """Read a generated site's ``site.json``."""
        table = json.loads((out / SITE_FILE).read_text(encoding="utf-8"))
        return cls(out, int(table["edition"]), len(table["articles"]), table)


# -- word lists ----------------------------------------------------------------------------
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

#: section name → URL path of its listing, feed slug.
SECTIONS: dict[str, tuple[str, str]] = {
    "Pakistan": ("/pakistan", "pakistan"),
    "World": ("/world", "world"),
    "Business": ("/business", "business"),
    "Sport": ("/sport", "sport"),
    "Editorial": ("/opinion/editorial", "editorial"),
    "Letters": ("/letters", "letters"),
}
NEWS_SECTIONS = (("Pakistan", 40), ("World", 20), ("Business", 20), ("Sport", 20))

# Per news section: actors (headline form, body form), verbs (present, past), objects,
# headline tails, dateline cities, places, units, extra body sentences.
_TOPICS: dict[str, dict[str, tuple[Any, ...]]] = {
    "Pakistan": {
        "actors": (
            ("Sindh govt", "the Sindh government"),
            ("Punjab cabinet", "the Punjab cabinet"),
            ("KP Assembly", "the Khyber Pakhtunkhwa Assembly"),
            ("Balochistan govt", "the Balochistan government"),
            ("Karachi water utility", "the Karachi Water and Sewerage Corporation"),
            ("LHC", "the Lahore High Court"),
            ("Islamabad police", "the Islamabad police"),
            ("ECP", "the Election Commission of Pakistan"),
            ("NDMA", "the National Disaster Management Authority"),
            ("Senate panel", "the Senate standing committee"),
            ("NA committee", "a National Assembly committee"),
            ("SHC", "the Sindh High Court"),
            ("KMC", "the Karachi Metropolitan Corporation"),
            ("Punjab health dept", "the Punjab health department"),
            ("Federal cabinet", "the federal cabinet"),
        ),
        "objects": (
            "heatwave relief plan",
            "polio drive",
            "water tariff increase",
            "new bus routes",
            "load-shedding schedule",
            "local government polls",
            "dengue control plan",
            "wheat procurement policy",
            "stray dog campaign",
            "school enrolment drive",
            "anti-encroachment operation",
            "rain emergency plan",
            "solar net-metering rules",
            "property tax reforms",
            "land record digitisation",
            "hospital waste rules",
            "canal lining project",
            "smog action plan",
        ),
        "tails": (
            "",
            "",
            "",
            " amid protests",
            " after public outcry",
            " in Karachi",
            " for third year",
            " ahead of monsoon",
            " despite funding gap",
            " as criticism mounts",
            " in Lahore",
        ),
        "datelines": (
            "KARACHI",
            "LAHORE",
            "ISLAMABAD",
            "PESHAWAR",
            "QUETTA",
            "HYDERABAD",
            "MULTAN",
            "SUKKUR",
        ),
        "places": (
            "Karachi",
            "Lahore",
            "Peshawar",
            "Quetta",
            "Hyderabad",
            "Multan",
            "Sukkur",
            "Faisalabad",
            "Rawalpindi",
            "Gwadar",
            "Abbottabad",
            "Larkana",
        ),
        "units": ("cases", "complaints", "families", "schools", "households", "applications"),
        "extra": (
            "The chief minister directed the administration to ensure that the work was "
            "completed before the monsoon and that no district was left out.",
            "Rescue 1122 officials said their teams had been placed on standby in the "
            "low-lying areas of {place}.",
            "Union council representatives in {place} said they had received no written "
            "instructions and were relying on news reports for details.",
        ),
    },
    "World": {
        "actors": (
            ("UN agency", "the UN refugee agency"),
            ("Taliban govt", "the Taliban government"),
            ("Iran", "Iran"),
            ("China", "China"),
            ("US Senate", "the US Senate"),
            ("EU", "the European Union"),
            ("India", "India"),
            ("Saudi Arabia", "Saudi Arabia"),
            ("G7", "the Group of Seven"),
            ("Bangladesh", "Bangladesh"),
            ("Turkiye", "Turkiye"),
            ("UK govt", "the British government"),
            ("WHO", "the World Health Organisation"),
            ("Nato", "Nato"),
        ),
        "objects": (
            "ceasefire proposal",
            "climate finance pledge",
            "refugee returns",
            "trade talks",
            "sanctions package",
            "border reopening",
            "aid convoy plan",
            "oil output cut",
            "election timetable",
            "visa rules",
            "nuclear talks",
            "shipping corridor",
            "debt relief deal",
            "vaccine rollout",
        ),
        "tails": (
            "",
            "",
            "",
            " amid tensions",
            " after talks",
            " as pressure grows",
            " despite objections",
            " in Geneva",
        ),
        "datelines": (
            "WASHINGTON",
            "LONDON",
            "KABUL",
            "NEW DELHI",
            "BEIJING",
            "DUBAI",
            "TEHRAN",
            "GENEVA",
            "BRUSSELS",
            "RIYADH",
        ),
        "places": (
            "Kabul",
            "Geneva",
            "Brussels",
            "Tehran",
            "Beijing",
            "Dhaka",
            "Ankara",
            "Riyadh",
            "New York",
            "Doha",
        ),
        "units": ("people", "refugees", "families", "trucks", "delegates", "civilians"),
        "extra": (
            "Diplomats in {place} said the talks had made progress on some points but "
            "remained stuck on others.",
            "The United Nations urged all sides to exercise restraint and to protect "
            "civilians and aid workers.",
            "The announcement drew a cautious response from neighbouring countries, several "
            "of which said they were studying the details.",
        ),
    },
    "Business": {
        "actors": (
            ("SBP", "the State Bank of Pakistan"),
            ("FBR", "the Federal Board of Revenue"),
            ("PSX", "the Pakistan Stock Exchange"),
            ("Ogra", "the Oil and Gas Regulatory Authority"),
            ("Nepra", "the power regulator"),
            ("Finance ministry", "the finance ministry"),
            ("IMF mission", "the visiting IMF mission"),
            ("Textile exporters", "the textile exporters' association"),
            ("Auto industry", "the auto industry"),
            ("Petroleum division", "the petroleum division"),
            ("Privatisation commission", "the privatisation commission"),
            ("SECP", "the Securities and Exchange Commission"),
        ),
        "objects": (
            "policy rate",
            "tax on solar panels",
            "petrol price",
            "power tariff",
            "export refinance scheme",
            "gas price hike",
            "revenue targets",
            "remittance incentives",
            "circular debt plan",
            "IPO rules",
            "rupee outlook",
            "import curbs",
            "sales tax regime",
            "cotton support price",
        ),
        "tails": (
            "",
            "",
            "",
            " for July",
            " ahead of budget",
            " amid IMF talks",
            " as inflation eases",
            " after review",
        ),
        "datelines": ("KARACHI", "ISLAMABAD", "LAHORE"),
        "places": ("Karachi", "Lahore", "Islamabad", "Faisalabad", "Sialkot", "Peshawar"),
        "units": ("companies", "exporters", "investors", "accounts", "tax returns", "units"),
        "extra": (
            "The benchmark KSE-100 index closed {number} points higher as investors "
            "weighed the announcement.",
            "The rupee was largely stable in the interbank market, according to currency "
            "dealers in {place}.",
            "Industry representatives said the measure would raise the cost of doing "
            "business at a time when orders were already slowing.",
        ),
    },
    "Sport": {
        "actors": (
            ("PCB", "the Pakistan Cricket Board"),
            ("Babar", "Babar Azam"),
            ("Women's team", "the Pakistan women's team"),
            ("PHF", "the Pakistan Hockey Federation"),
            ("Shaheen", "Shaheen Shah Afridi"),
            ("Selectors", "the national selection committee"),
            ("Arshad Nadeem", "Arshad Nadeem"),
            ("PSF", "the Pakistan Squash Federation"),
            ("PFF", "the Pakistan Football Federation"),
            ("Karachi Kings", "Karachi Kings"),
        ),
        "objects": (
            "squad for England tour",
            "central contracts",
            "Asia Cup plans",
            "coaching staff",
            "domestic season schedule",
            "training camp",
            "World Cup qualifiers",
            "fitness tests",
            "junior league",
            "stadium upgrade",
            "overseas league policy",
            "selection criteria",
        ),
        "tails": ("", "", "", " after series defeat", " ahead of tour", " in Lahore", ""),
        "datelines": ("KARACHI", "LAHORE", "RAWALPINDI", "MANCHESTER", "COLOMBO", "DUBAI"),
        "places": ("Lahore", "Karachi", "Rawalpindi", "Multan", "Manchester", "Colombo"),
        "units": ("players", "spectators", "matches", "trainees", "clubs", "tickets"),
        "extra": (
            "The squad will assemble in {place} for a training camp before its departure.",
            "The head coach said the players had worked hard on their fitness and fielding "
            "in the off-season.",
            "Fans in {place} turned up in large numbers despite the heat, filling most of the "
            "enclosures.",
        ),
    },
}
_VERBS = (
    ("approves", "approved"),
    ("unveils", "unveiled"),
    ("seeks report on", "sought a report on"),
    ("orders probe into", "ordered a probe into"),
    ("extends deadline for", "extended the deadline for"),
    ("suspends", "suspended"),
    ("defends", "defended"),
    ("reviews", "reviewed"),
    ("fast-tracks", "fast-tracked"),
    ("questions", "questioned"),
    ("finalises", "finalised"),
    ("backs", "backed"),
)
_PASSIVE = ("approved", "delayed", "put on hold", "challenged in court", "extended", "revised")
_OFFICIALS = (
    "A senior official of the department",
    "The minister concerned",
    "The committee chairman",
    "An adviser to the chief minister",
    "The secretary concerned",
    "A spokesperson for the ministry",
    "The director general",
)
_PERIODS = ("two weeks", "three months", "a month", "six weeks", "a year", "two years")
_EVENTS = (
    "the monsoon season",
    "Muharram processions",
    "the budget session",
    "the polio campaign",
    "Eidul Azha",
    "the by-elections",
)
_LEAD_CLAUSES = (
    "saying the move was needed to address growing public concern",
    "a step officials described as long overdue",
    "days after the issue was raised in the assembly",
    "amid criticism from the opposition and traders",
    "at a meeting chaired by the minister concerned",
    "after a briefing by senior officials",
)
_NEWS_SENTENCES = (
    "Officials said the decision on the {object} followed weeks of consultation and "
    "would be reviewed after {period}.",
    "According to figures shared with reporters, {number} {unit} were recorded in {place} "
    "over the past {period}.",
    "{official} told Dawn that the {object} had been pending for too long and that people "
    "deserved clarity.",
    "Opposition members criticised the move, saying it had been announced without a proper "
    "debate or any estimate of its cost.",
    "{actor_cap} said a committee would oversee the {object} and submit a progress report "
    "within {period}.",
    "Traders and civil society groups in {place} welcomed the step but said earlier "
    "announcements had rarely been followed through.",
    "A spokesperson said all stakeholders had been taken on board and that funds for the "
    "first phase had been released.",
    "Experts warned that without regular monitoring the {object} would fail to deliver the "
    "results promised in official statements.",
    "The meeting also reviewed arrangements for {event} and directed the departments "
    "concerned to remain on alert.",
    "Residents of {place} complained that they had not been consulted and demanded that the "
    "details be made public.",
    "The {object} was first proposed {period} ago but was shelved after objections from "
    "several quarters.",
    "{official} said the government was open to suggestions and would revise the plan if needed.",
    "Sources privy to the discussion said there were sharp differences over the timeline "
    "and over who would pay for what.",
    "Similar measures had been tried in {place} earlier, with mixed results, according to "
    "independent observers.",
    "Under the new arrangement, {number} {unit} are expected to benefit in the first phase alone.",
    "Officials admitted that shortages of staff and equipment had slowed progress in the "
    "outlying districts.",
    "{actor_cap} also sought details of the spending so far and asked for an independent "
    "audit of the accounts.",
    "Analysts said the real test would come in the coming weeks, when the {object} moves "
    "from paper to practice.",
    "When contacted, a senior official declined to comment on the record but confirmed "
    "that the matter was under review.",
    "Local representatives said they would continue to press for the {object} to be "
    "extended to neighbouring areas.",
    "The next meeting on the subject is scheduled for {weekday}, when a detailed briefing "
    "is expected.",
    "It was also decided that a helpline would be set up to register complaints from the public.",
    "The provincial finance department has been asked to release the first tranche without delay.",
    "A notification to this effect is expected to be issued in the coming days.",
    "Officials said a similar proposal had been approved in principle last year but was "
    "never implemented.",
    "Representatives of the business community said they had not been consulted on the details.",
)
_EDITORIAL_TOPICS = (
    "heatwave",
    "power tariff hike",
    "polio drive",
    "water shortage",
    "Kabul engagement",
    "budget deficit",
    "urban flooding",
    "textbook reform",
    "smog season",
    "cotton crop",
    "rail safety",
    "gas shortfall",
    "stray dog menace",
    "tax net",
    "exam cheating",
    "child labour",
    "Karachi traffic",
    "forest fire season",
    "glacier melt",
    "wheat price spike",
    "IMF review",
    "census dispute",
    "police reform",
    "prison overcrowding",
    "dengue spread",
    "solar tax",
    "PIA sell-off",
    "cricket board",
    "media crackdown",
    "internet shutdown",
    "missing persons issue",
    "climate finance",
    "Indus water dispute",
    "refugee repatriation",
    "doctor shortage",
    "road safety crisis",
    "land grabbing",
    "sugar price hike",
    "dropout crisis",
    "transgender rights bill",
)
_EDITORIAL_TITLES = (
    "{T}",
    "The {t} challenge",
    "Tackling {t}",
    "{T} again",
    "Beyond {t}",
    "Rethinking {t}",
    "{T} and the state",
    "{T}: time to act",
)
_EDITORIAL_OPENINGS = (
    "THE {t} has once again exposed the gap between official promises and what citizens "
    "experience in {place}.",
    "AS the {t} worsens across {place} and beyond, the authorities appear to have been "
    "caught off guard yet again.",
    "IT is difficult to overstate the damage that the {t} has done to public confidence in "
    "{place} over the past {period}.",
    "FOR {period} now, the {t} has been discussed in {place} as if it were a seasonal "
    "inconvenience rather than a policy failure.",
    "THERE is little sign that the lessons of the last {t} have been learnt, least of all "
    "in {place}.",
    "THE {t} in {place} is one of those issues that are debated often and acted upon "
    "rarely, as the past {period} have shown.",
)
_EDITORIAL_SENTENCES = (
    "What is striking is not that the problem has returned, but how little the state "
    "appears to have prepared for it.",
    "Successive governments have promised reform, only to lose interest once the headlines fade.",
    "The provinces, which now hold most of the relevant powers, cannot keep passing the buck "
    "to the centre.",
    "Plans exist on paper, but they are activated late, if at all, and are rarely backed by "
    "dedicated funds.",
    "The cost of inaction falls hardest on those least able to bear it: daily-wage earners, "
    "women and children.",
    "A credible response would start with reliable data, published regularly and open to "
    "independent scrutiny.",
    "None of this is beyond the country's means; what has been missing is the political "
    "will to see it through.",
    "Parliament, too, must do more than hold occasional debates that produce no binding "
    "recommendations.",
    "Experience elsewhere in the region shows that steady, unglamorous work yields better "
    "results than grand announcements.",
    "The government would do well to consult those affected before, rather than after, it "
    "finalises its plans.",
    "It is also time to hold departments accountable for the money they have already spent.",
    "Half-measures will only ensure that the same crisis returns next year, and the year after.",
    "Civil society and the media have repeatedly flagged the warning signs, but to little effect.",
    "The allocations announced so far fall well short of what the task requires.",
    "Courts have stepped in more than once, but judicial orders are no substitute for "
    "administrative capacity.",
    "The federal government, for its part, has been content to issue statements of concern.",
    "Donor money has come and gone, but the institutions meant to sustain the effort remain weak.",
    "Local governments, which should be at the forefront, have been starved of funds and powers.",
    "There is no shortage of expert advice; the problem lies in implementation.",
    "Transparency about what has been spent, and on what, would go a long way in restoring trust.",
    "Neighbouring countries facing similar challenges have shown what sustained attention "
    "can achieve.",
    "Political point-scoring has repeatedly crowded out a serious discussion of solutions.",
    "The opportunity to fix the problem before it worsens is narrowing with every passing season.",
)
_LETTER_OPENINGS = (
    "THIS refers to the report on the {t} in {place} ({when}).",
    "I WISH to draw the attention of the authorities concerned to the {t} in {place}.",
    "THIS is with reference to the editorial on the {t} ({when}).",
    "THROUGH your newspaper, I want to highlight the {t} that residents of {place} face.",
)
_LETTER_SENTENCES = (
    "Children walking to school and elderly residents are the worst affected, yet no one "
    "seems to care.",
    "Repeated complaints to the helpline have produced nothing more than a complaint number.",
    "The officials concerned visit the area only when the media highlights the problem.",
    "Citizens are willing to cooperate, but they need to see that someone is actually "
    "doing the work.",
    "A similar problem was resolved in a neighbouring district within weeks, which shows "
    "that it can be done.",
    "The money collected in taxes from this area is never spent on its basic needs.",
    "Every summer we are told that things will improve by next year, but next year never comes.",
    "It is the duty of the elected representatives to raise this matter in the assembly.",
    "Shopkeepers in the area say their business has fallen by half because of the situation.",
    "Young people who want to study or work are forced to leave for bigger cities.",
    "Garbage is dumped in an empty plot near the main road and is burnt every other night.",
    "The only dispensary in the area has been without a doctor for several months.",
    "Water tankers charge residents three times the official rate, and no one stops them.",
    "Streetlights on the main road have not worked since the last monsoon.",
    "Elderly pensioners have to stand in long queues in the heat to receive what is owed to them.",
    "Local councillors promise action before every election and disappear soon after.",
    "Schools in the area lack clean drinking water and functional toilets.",
    "A small investment now would save far greater costs later.",
)
_LETTER_CLOSINGS = (
    "I request the authorities concerned to take notice before matters get worse.",
    "It is hoped that the chief minister will look into the matter personally.",
    "One hopes that the relevant departments will wake up before it is too late.",
)
_LETTER_TITLES = ("{T} in {place}", "{T}", "A plea on {t}", "Plight of {place} residents")
_FIRST_NAMES = (
    "Ayesha",
    "Imran",
    "Sana",
    "Farhan",
    "Nadia",
    "Usman",
    "Hina",
    "Bilal",
    "Rabia",
    "Kamran",
    "Zainab",
    "Asad",
    "Mehreen",
    "Tariq",
    "Saima",
    "Hamza",
)
_LAST_NAMES = (
    "Siddiqui",
    "Qureshi",
    "Khan",
    "Malik",
    "Ansari",
    "Baloch",
    "Memon",
    "Shah",
    "Chaudhry",
    "Yousafzai",
    "Abbasi",
    "Rizvi",
    "Butt",
    "Jatoi",
)
_CITIES = (
    "Karachi",
    "Lahore",
    "Islamabad",
    "Rawalpindi",
    "Peshawar",
    "Quetta",
    "Hyderabad",
    "Multan",
    "Sukkur",
    "Larkana",
    "Turbat",
    "Mardan",
)
_CREDITS = ("White Star", "APP", "Reuters", "AFP", "AP", "Online", "file photo")
_WIRES = ("Reuters", "AFP", "APP", "AP")
_NUMBER_WORDS = ("two", "three", "four", "five", "six", "seven")
_SEARCH_TERMS = ("karachi", "budget", "heatwave", "cricket", "imf", "weather")


def _authors() -> tuple[tuple[int, str], ...]:
    rng = random.Random("newscrawl-demo:authors")
    out: list[tuple[int, str]] = []
    seen: set[str] = set()
    while len(out) < 24:
        name = f"{rng.choice(_FIRST_NAMES)} {rng.choice(_LAST_NAMES)}"
        if name not in seen:
            seen.add(name)
            out.append((1000 + 137 * len(out), name))
    return tuple(out)


AUTHORS = _authors()


# -- helpers -----------------------------------------------------------------------------
def esc(text: str) -> str:
    """HTML-escape text for an element body or a double-quoted attribute."""
    return html.escape(text, quote=False).replace('"', "&quot;")


def slugify(text: str) -> str:
    """Dawn-style slug: lower case, runs of other characters as one hyphen."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def ordinal(day: int) -> str:
    """``1st``, ``2nd``, ``11th``, ``23rd`` …"""
    suffix = "th" if 11 <= day % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


def _clock(moment: datetime) -> str:
    hour = moment.hour % 12 or 12
    return f"{hour:02d}:{moment.minute:02d}{'am' if moment.hour < 12 else 'pm'}"


def _calendar(moment: datetime | date) -> str:
    """``19 Jun, 2025`` (v2 stamp)."""
    return f"{moment.day} {MONTHS[moment.month - 1][:3]}, {moment.year}"


def _long_date(moment: datetime | date) -> str:
    """``June 3, 2025`` (v1 stamp, header)."""
    return f"{MONTHS[moment.month - 1]} {moment.day}, {moment.year}"


def _iso(moment: datetime) -> str:
    return moment.isoformat()


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _path_file(path: str) -> str:
    """The file a listing path (with optional ``?page=N``) is stored in."""
    base, _, query = path.partition("?")
    stem = base.strip("/")
    page = int(query.removeprefix("page=")) if query else 1
    if not stem:
        return "index.html"
    return f"{stem}/index.html" if page == 1 else f"{stem}/page-{page}.html"


# -- the stories -------------------------------------------------------------------------
@dataclass
class _Story:
    """One article: its facts and its text (plain; escaped when rendered)."""

    id: int
    kind: str  # news | editorial | letter
    section: str
    published: datetime
    layout: str  # v1 | v2
    headline: str = ""
    slug: str = ""
    description: str = ""
    authors: tuple[tuple[str, str | None], ...] = ()
    paras: list[str] = field(default_factory=list)
    excerpt: str = ""
    popularity: int = 0
    image: tuple[str, str, str] | None = None
    also_read: _Story | None = None
    also_at: int = 0
    signature: tuple[str, str] | None = None
    updated: datetime | None = None
    topic: str = ""

    @property
    def path(self) -> str:
        return f"/news/{self.id}/{self.slug}"

    @property
    def url(self) -> str:
        return ORIGIN + self.path

    @property
    def latest(self) -> datetime:
        return self.updated or self.published

    def stamp_at(self, moment: datetime) -> tuple[str, datetime]:
        """The stamp a teaser shows on a page published at *moment*."""
        if self.updated is not None and self.updated <= moment:
            return "Updated", self.updated
        return "Published", self.published


class _Recent:
    """The last *size* headlines and openings used: teasers that can appear next to each
    other in a sidebar must not repeat each other."""

    def __init__(self, size: int = 300) -> None:
        self.size = size
        self.items: dict[str, None] = {}

    def __contains__(self, item: object) -> bool:
        return item in self.items

    def add(self, item: str) -> None:
        self.items.pop(item, None)
        self.items[item] = None
        while len(self.items) > self.size:
            del self.items[next(iter(self.items))]


@dataclass
class _State:
    """What text generation remembers across stories (continued by edition 2)."""

    earlier: dict[str, deque[_Story]] = field(
        default_factory=lambda: defaultdict(lambda: deque(maxlen=40))
    )
    used: _Recent = field(default_factory=_Recent)


class _Writer:
    """Text generation for one story from its own random stream."""

    def __init__(self, rng: random.Random, story: _Story) -> None:
        self.rng = rng
        self.story = story
        self.used: dict[int, set[int]] = {}

    def fill(self, template: str, **values: str) -> str:
        rng = self.rng
        section = self.story.section if self.story.section in _TOPICS else "Pakistan"
        topic = _TOPICS[section]
        defaults = {
            "place": rng.choice(topic["places"]),
            "period": rng.choice(_PERIODS),
            "number": f"{rng.randint(12, 4800):,}",
            "unit": rng.choice(topic["units"]),
            "official": rng.choice(_OFFICIALS),
            "event": rng.choice(_EVENTS),
            "weekday": rng.choice(WEEKDAYS),
        }
        defaults.update(values)
        return template.format(**defaults)

    def paragraph(self, pool: Sequence[str], first: str = "", **values: str) -> str:
        """Sentences from *pool* until the paragraph has 30–70 words."""
        target = self.rng.randint(30, 58)
        sentences = [first] if first else []
        words = len(first.split())
        used = self.used.setdefault(id(pool), set())  # no sentence twice in a story
        while words < target:
            if len(used) == len(pool):
                used.clear()
            index = self.rng.randrange(len(pool))
            if index in used:
                continue
            used.add(index)
            sentence = self.fill(pool[index], **values)
            if words + len(sentence.split()) > 70 and words >= 30:
                break
            sentences.append(sentence)
            words += len(sentence.split())
        return " ".join(sentences)


def _news(story: _Story, rng: random.Random, earlier: Sequence[_Story]) -> None:
    topic = _TOPICS[story.section]
    head_actor, body_actor = rng.choice(topic["actors"])
    verb, verb_past = rng.choice(_VERBS)
    obj = rng.choice(topic["objects"])
    form = rng.random()
    if form < 0.6:
        headline = f"{head_actor} {verb} {obj}{rng.choice(topic['tails'])}"
    elif form < 0.85:
        headline = f"{_cap(obj)} {rng.choice(_PASSIVE)}{rng.choice(topic['tails'])}"
    else:
        headline = f"{head_actor} says {obj} will be reviewed in {rng.choice(_NUMBER_WORDS)} weeks"
    story.headline = _cap(headline)
    values = {"object": obj, "actor_cap": _cap(body_actor)}
    weekday = WEEKDAYS[story.published.weekday()]
    lead = (
        f"{rng.choice(topic['datelines'])}: {_cap(body_actor)} on {weekday} {verb_past} the "
        f"{obj}, {rng.choice(_LEAD_CLAUSES)}."
    )
    pool = _NEWS_SENTENCES + topic["extra"]
    writer = _Writer(rng, story)
    story.topic = obj
    story.paras = [writer.paragraph(pool, lead, **values)]
    story.paras.extend(writer.paragraph(pool, **values) for _ in range(rng.randint(3, 9)))
    story.description = _cap(
        _Writer(rng, story).fill(
            rng.choice(
                (
                    "Officials say the {object} will be reviewed within {period}.",
                    "Decision follows weeks of consultation; critics question the cost.",
                    "{official} says details will be shared with the public.",
                    "Move comes as {number} {unit} await relief in {place}.",
                )
            ),
            object=obj,
        )
    )
    if rng.random() < 0.12:
        story.authors = ((rng.choice(_WIRES), None),)
    else:
        picks = rng.sample(AUTHORS, 2 if rng.random() < 0.15 else 1)
        story.authors = tuple(
            (name, f"{ORIGIN}/authors/{aid}/{slugify(name)}") for aid, name in picks
        )
    if rng.random() < 0.7:
        story.image = (
            f"https://i.dawn.com/large/{story.published:%Y/%m}/{rng.getrandbits(48):012x}.jpg",
            obj,
            f"A view of the {obj} meeting in {rng.choice(topic['places'])}. "
            f"— {rng.choice(_CREDITS)}",
        )
    if earlier and rng.random() < 0.3 and len(story.paras) >= 3:
        story.also_read = earlier[rng.randrange(len(earlier))]
        story.also_at = rng.randint(2, len(story.paras) - 1)


def _editorial(story: _Story, rng: random.Random, used: _Recent) -> None:
    writer = _Writer(rng, story)
    for _attempt in range(60):
        topic = rng.choice(_EDITORIAL_TOPICS)
        title = rng.choice(_EDITORIAL_TITLES).format(t=topic, T=_cap(topic))
        opening = writer.fill(rng.choice(_EDITORIAL_OPENINGS), t=topic)
        # A teaser's excerpt is the opening's first 12-18 words: keep those distinct.
        key = " ".join(opening.split()[:12])
        if title not in used and key not in used:
            break
    used.add(title)
    used.add(key)
    story.headline = title
    story.topic = topic
    count = rng.randint(4, 8)
    story.paras = [writer.paragraph(_EDITORIAL_SENTENCES, opening)]
    story.paras.extend(writer.paragraph(_EDITORIAL_SENTENCES) for _ in range(count - 2))
    story.paras.append(
        writer.paragraph(
            _EDITORIAL_SENTENCES,
            f"The authorities must act now, before the {topic} becomes yet another permanent "
            "fixture of national life.",
        )
    )
    story.description = _cap(
        rng.choice(
            (
                f"The {topic} must be treated as the recurring problem it has become.",
                f"Half-measures on the {topic} will not do.",
                f"The state's response to the {topic} has been found wanting.",
            )
        )
    )
    if rng.random() < 0.8:
        words = story.paras[0].split()[: rng.randint(12, 18)]
        story.excerpt = " ".join(words).rstrip(",;:.") + "..."
    else:
        story.excerpt = story.description


def _letter(story: _Story, rng: random.Random, used: _Recent) -> None:
    writer = _Writer(rng, story)
    place = rng.choice(_CITIES)
    when = story.published.date() - timedelta(days=rng.randint(2, 9))
    for _attempt in range(60):
        topic = rng.choice(_EDITORIAL_TOPICS)
        title = rng.choice(_LETTER_TITLES).format(t=topic, T=_cap(topic), place=place)
        if title not in used:
            break
        place = rng.choice(_CITIES)
    used.add(title)
    story.headline = title
    opening = rng.choice(_LETTER_OPENINGS).format(
        t=topic, place=place, when=f"{MONTHS[when.month - 1][:3]} {when.day}"
    )
    count = rng.randint(3, 6)
    story.paras = [writer.paragraph(_LETTER_SENTENCES, opening)]
    story.paras.extend(writer.paragraph(_LETTER_SENTENCES) for _ in range(count - 2))
    story.paras.append(writer.paragraph(_LETTER_SENTENCES, rng.choice(_LETTER_CLOSINGS)))
    story.signature = (f"{rng.choice(_FIRST_NAMES)} {rng.choice(_LAST_NAMES)}", place)
    story.description = f"Letter to the editor on the {topic} in {place}."


def _write_story(story: _Story, seed: int, horizon: datetime, state: _State) -> None:
    """Fill *story*'s text from its own stream (keyed by seed and id)."""
    rng = random.Random(f"newscrawl-demo:{seed}:story:{story.id}")
    story.popularity = rng.randint(1, 1000)
    if story.kind == "news":
        _news(story, rng, list(state.earlier[story.section]))
        if rng.random() < 0.18:
            updated = story.published + timedelta(minutes=rng.randint(25, 360))
            story.updated = updated if updated <= horizon else None
        state.earlier[story.section].append(story)
    elif story.kind == "editorial":
        _editorial(story, rng, state.used)
    else:
        _letter(story, rng, state.used)
    story.slug = slugify(story.headline)


def _schedule(
    rng: random.Random, count: int, first_day: date, days: int, first_id: int
) -> list[_Story]:
    """*count* stories spread evenly over *days* days, ids ascending with time."""
    drafts: list[tuple[datetime, int, str, str, str]] = []
    for i in range(count):
        day = first_day + timedelta(days=i * days // count)
        roll = rng.random()
        if i == 0:
            # The site opens with the day's editorial, so every page has an editorial box.
            kind, start, end = "editorial", 6 * 3600 + 20 * 60, 6 * 3600 + 20 * 60
        elif roll < 0.75:
            kind, start, end = "news", 7 * 3600, 23 * 3600 + 30 * 60
        elif roll < 0.87:
            kind, start, end = "editorial", 6 * 3600 + 30 * 60, 8 * 3600
        else:
            kind, start, end = "letter", 6 * 3600 + 40 * 60, 8 * 3600 + 10 * 60
        seconds = rng.randint(start, end)
        moment = datetime.combine(day, time(seconds // 3600, seconds // 60 % 60, seconds % 60))
        if kind == "news":
            roll = rng.random() * 100
            section = NEWS_SECTIONS[-1][0]
            for name, weight in NEWS_SECTIONS:
                if roll < weight:
                    section = name
                    break
                roll -= weight
        else:
            section = "Editorial" if kind == "editorial" else "Letters"
        drafts.append((moment.replace(tzinfo=PKT), i, kind, section, "v2"))
    archive = set(rng.sample(range(count), count // 10))  # pages in the 2014-2018 template
    drafts = [d if d[1] not in archive else (*d[:4], "v1") for d in drafts]
    drafts.sort()
    stories = []
    next_id = first_id
    for moment, _i, kind, section, layout in drafts:
        stories.append(_Story(next_id, kind, section, moment, layout))
        next_id += rng.choice((1, 1, 1, 2, 3))
    return stories


def _write_all(
    stories: Sequence[_Story], seed: int, horizon: datetime, state: _State | None = None
) -> _State:
    state = state or _State()
    for story in stories:
        _write_story(story, seed, horizon, state)
    return state


def _change(story: _Story, seed: int, last_day: date) -> _Story:
    """Edition 2's version of *story*: one paragraph rewritten, one added, an Updated stamp."""
    rng = random.Random(f"newscrawl-demo:{seed}:update:{story.id}")
    day = last_day + timedelta(days=1)
    seconds = rng.randint(8 * 3600, 20 * 3600)
    updated = datetime.combine(
        day, time(seconds // 3600, seconds // 60 % 60, seconds % 60), tzinfo=PKT
    )
    paras = list(story.paras)
    weekday = WEEKDAYS[day.weekday()]
    index = rng.randint(1, len(paras) - 1)
    pool = _EDITORIAL_SENTENCES if story.kind == "editorial" else _NEWS_SENTENCES
    writer = _Writer(rng, story)
    obj = story.topic
    paras[index] = writer.paragraph(
        pool,
        "Revised figures released later put the numbers higher than first reported.",
        object=obj,
        actor_cap="The government",
    )
    added = (
        f"Later on {weekday}, officials said the matter would be taken up again next week."
        if story.kind == "news"
        else f"As of {weekday}, there was still no word from the authorities on the matter."
    )
    paras.append(writer.paragraph(pool, added, object=obj, actor_cap="The government"))
    return replace(story, paras=paras, updated=updated)


def _stories(count: int, seed: int, edition: int) -> tuple[list[_Story], set[int]]:
    """All stories of an edition in publication order, and the ids edition 2 changed."""
    first_day = LAST_DAY - timedelta(days=DAYS - 1)
    horizon = datetime.combine(LAST_DAY, time(23, 59, 59), tzinfo=PKT)
    rng = random.Random(f"newscrawl-demo:{seed}:schedule")
    base = _schedule(rng, count, first_day, DAYS, FIRST_ID)
    state = _write_all(base, seed, horizon)
    if edition == 1:
        return base, set()
    rng2 = random.Random(f"newscrawl-demo:{seed}:edition2")
    window = datetime.combine(
        LAST_DAY - timedelta(days=CHANGED_WINDOW_DAYS - 1), time(0), tzinfo=PKT
    )
    eligible = [
        s
        for s in base
        if s.kind in ("news", "editorial") and s.updated is None and s.published >= window
    ]
    chosen = sorted(s.id for s in rng2.sample(eligible, min(CHANGED_ARTICLES, len(eligible))))
    changed = set(chosen)
    stories = [_change(s, seed, LAST_DAY) if s.id in changed else s for s in base]
    new = _schedule(rng2, NEW_ARTICLES, LAST_DAY + timedelta(days=1), NEW_DAYS, base[-1].id + 7)
    for story in new:
        story.layout = "v2"
    horizon = datetime.combine(LAST_DAY + timedelta(days=NEW_DAYS), time(23, 59, 59), tzinfo=PKT)
    _write_all(new, seed, horizon, state)
    return stories + new, changed


# -- page chrome ---------------------------------------------------------------------------
_NAV = (
    ("Home", "/"),
    ("Pakistan", "/pakistan"),
    ("World", "/world"),
    ("Business", "/business"),
    ("Sport", "/sport"),
    ("Editorial", "/opinion/editorial"),
    ("Letters", "/letters"),
)


def _v2_head(
    title: str,
    description: str,
    canonical: str,
    extra: str = "",
    feed: tuple[str, str] = ("Dawn - Home", "/feeds/home"),
) -> str:
    return (
        '<!DOCTYPE html>\n<html lang="en" class="no-js  ">\n<head>\n<meta charset="utf-8">\n'
        '<meta http-equiv="X-UA-Compatible" content="IE=edge">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{esc(title)}</title>\n"
        f'<meta name="description" content="{esc(description)}">\n'
        '<meta name="robots" content="index, follow, max-image-preview:large">\n'
        f'<link rel="canonical" href="{canonical}">\n'
        f'<link rel="icon" href="{ORIGIN}/favicon.ico" type="image/x-icon">\n'
        f'<link rel="stylesheet" href="{ORIGIN}/_css/app.css?v=2.91.4">\n'
        f'<link rel="alternate" type="application/rss+xml" title="{esc(feed[0])}" '
        f'href="{ORIGIN}{feed[1]}">\n'
        '<meta property="og:site_name" content="DAWN.COM">\n'
        '<meta name="twitter:card" content="summary_large_image">\n'
        '<meta name="twitter:site" content="@dawn_com">\n'
        f"{extra}"
        "<script>window.dataLayer=window.dataLayer||[];</script>\n"
        "</head>\n"
    )


def _active(name: str, active: str) -> str:
    return "  nav__item--active" if name == active else ""


def _v2_header(day: date, active: str) -> str:
    items = "".join(
        f'  <li class="nav__item  px-2{_active(n, active)}">'
        f'<a class="nav__link" href="{ORIGIN}{p}">{n}</a></li>\n'
        for n, p in _NAV
    )
    trends = "".join(
        f'  <a class="trends__link" '
        f'href="/search?q={term}">{_cap(term) if term != "imf" else "IMF"}</a>\n'
        for term in _SEARCH_TERMS
    )
    return (
        '<body class="story-page">\n'
        '<a class="skip-link" href="#main">Skip to content</a>\n'
        '<header class="header">\n'
        '  <div class="header__top  container">\n'
        f'  <a class="header__logo  logo" href="{ORIGIN}/" title="DAWN.COM">'
        '<span class="logo__text">DAWN.COM</span><img class="logo__image" '
        f'src="{ORIGIN}/_img/logo.svg" alt="DAWN.COM" width="160" height="40"></a>\n'
        '  <div class="header__meta">\n'
        f'  <a class="header__paper" href="{ORIGIN}/archive/{day}">'
        f"Today's Paper | {_long_date(day)}</a>\n"
        f'      <form class="header__search" action="{ORIGIN}/search" method="get">'
        '<input type="search" name="q" placeholder="Search"></form>\n'
        "    </div>\n  </div>\n"
        '  <nav class="nav  nav--primary  container" aria-label="Sections">\n'
        '  <ul class="nav__list">\n'
        f"{items}    </ul>\n  </nav>\n"
        '  <div class="trends  container">\n'
        '  <span class="trends__label">'
        "Trending</span>\n"
        f"{trends}  </div>\n</header>\n"
    )


def _footer_links(day: date) -> list[tuple[str, str]]:
    return [
        ("Events calendar", f"{ORIGIN}/calendar/{day:%Y/%m/%d}"),
        ("Annual report 2024 (PDF)", ORIGIN + PDF_REPORT),
        ("Corrections", ORIGIN + MISSING),
        ("Live updates", ORIGIN + SERVER_ERROR),
        ("Reader survey", ORIGIN + CHALLENGE),
        ("Subscriber archive", ORIGIN + DENIED),
        ("RSS feeds", f"{ORIGIN}/feeds/home"),
        ("Sitemap", f"{ORIGIN}/sitemap.xml"),
    ]


def _v2_footer(day: date) -> str:
    sections = "".join(
        f'  <li class="footer__item"><a class="footer__link" href="{ORIGIN}{p}">{n}</a></li>\n'
        for n, p in _NAV
    )
    services = "".join(
        f'  <li class="footer__item"><a class="footer__link" href="{u}">{n}</a></li>\n'
        for n, u in _footer_links(day)
    )
    social = "".join(f'  <a class="footer__social-link" href="{u}">{n}</a>\n' for n, u in OFFSITE)
    return (
        '<footer class="footer">\n'
        '  <div class="footer__inner  container">\n'
        f'  <div class="footer__logo"><a href="{ORIGIN}/" class="footer__logo-link">'
        "DAWN.COM</a></div>\n"
        '  <div class="footer__columns">\n'
        '  <div class="footer__col">\n'
        '  <h5 class="footer__heading">News</h5>\n'
        f'  <ul class="footer__list">\n{sections}  </ul>\n'
        "    </div>\n"
        '  <div class="footer__col">\n'
        '  <h5 class="footer__heading">Services</h5>\n'
        f'  <ul class="footer__list">\n{services}  </ul>\n'
        "    </div>\n    </div>\n"
        '  <div class="footer__social">\n'
        f"{social}    </div>\n"
        '  <p class="footer__copyright">Copyright &copy; 2025,'
        " Dawn. All rights reserved.</p>\n"
        "  </div>\n</footer>\n"
        '<script async src="https://www.googletagmanager.com/gtag/js?id=G-DEMO0000"></script>\n'
        "</body>\n</html>\n"
    )


_AD = (
    '<div class="ad  ad--{kind}  overflow-hidden" '
    'data-slot="{slot}">\n'
    '  <div class="ad__label">Advertisement</div>\n'
    '  <div id="div-gpt-ad-{slot}" class="ad__unit" style="min-height:250px;"></div>\n'
    "</div>\n"
)


def _v2_stamp(label: str | None, moment: datetime, *, clock: bool = True, extra: str = "") -> str:
    label_html = f'<span class="timestamp--label">{label}</span> ' if label else ""
    clock_html = f' <span class="timestamp__time">{_clock(moment)}</span>' if clock else ""
    return (
        f'<span class="story__time  {extra}text-grey-default">{label_html}'
        f'<span class="timestamp--time  timeago" title="{_iso(moment)}">'
        f'<span class="timestamp__calendar">{_calendar(moment)}</span>{clock_html}</span></span>'
    )


def _v1_stamp(label: str, moment: datetime, *, clock: bool = True) -> str:
    text = _long_date(moment) + (f" {_clock(moment)}" if clock else "")
    return (
        f'<span class="story__time  "><span class="timestamp--label">{label}</span>&nbsp;'
        f"{text}</span>"
    )


# -- article pages -------------------------------------------------------------------------
def _body_html(story: _Story) -> str:
    parts: list[str] = []
    for index, para in enumerate(story.paras):
        if story.also_read is not None and index == story.also_at:
            other = story.also_read
            parts.append(
                f'<p><strong>Also read:</strong> <a href="{other.url}">{esc(other.headline)}</a>'
                "</p>\n"
            )
        if index == 3 and story.kind == "news":
            parts.append(_AD.format(kind="inline", slot="inline-1"))
        parts.append(f"<p>{esc(para)}</p>\n")
    if story.signature is not None:
        parts.append(f"<p>{esc(story.signature[0])}<br>{esc(story.signature[1])}</p>\n")
    if story.kind != "news":
        day = story.published
        parts.append(
            f"<p><em>Published in Dawn, {MONTHS[day.month - 1]} {ordinal(day.day)}, "
            f"{day.year}</em></p>\n"
        )
    return "".join(parts)


def _share(story: _Story) -> str:
    quoted = story.url.replace(":", "%3A").replace("/", "%2F")
    title = re.sub(r"[^A-Za-z0-9-]", lambda m: f"%{ord(m.group()):02X}", story.headline)
    return (
        '  <div class="social-share">\n'
        '  <span class="social-share__label">Share</span>\n'
        '  <a class="social-share__link  social-share__link--facebook" '
        f'href="https://www.facebook.com/sharer/sharer.php?u={quoted}" target="_blank" '
        'rel="noopener">Facebook</a>\n'
        '  <a class="social-share__link  social-share__link--twitter" '
        f'href="https://twitter.com/intent/tweet?url={quoted}&amp;text={title}&amp;via=dawn_com"'
        ' target="_blank" rel="noopener">Twitter</a>\n'
        '  <a class="social-share__link  social-share__link--whatsapp" '
        f'href="whatsapp://send?text={quoted}">WhatsApp</a>\n'
        "</div>\n"
    )


def _section_href(story: _Story) -> str:
    return ORIGIN + SECTIONS[story.section][0]


def _byline_v2(story: _Story) -> str:
    if not story.authors:
        return ""
    names = " | ".join(
        f'<a class="story__byline__link" href="{u}">{esc(n)}</a>' if u else esc(n)
        for n, u in story.authors
    )
    return f'  <span class="story__byline">{names}</span>\n'


def _figure(story: _Story, v1: bool) -> str:
    if story.image is None:
        return ""
    src, alt, caption = story.image
    item = "media__item  " if v1 else "media__item  media__item--stretch  relative"
    return (
        '  <figure class="media  media--stretch">\n'
        f'  <div class="{item}"><img src="{src}" alt="{esc(alt)}" width="800" height="480" '
        'loading="lazy"></div>\n'
        f'  <figcaption class="media__caption">{esc(caption)}'
        "</figcaption>\n</figure>\n"
    )


def _teasers_v2(editorials: Sequence[_Story], top: Sequence[_Story], moment: datetime) -> str:
    parts = [
        '<aside class="sidebar" role="complementary">\n'
        '<div class="box">\n'
        '<h3 class="box__title">Opinion</h3>\n'
        '<div class="box  box--tab  box--editorial">\n'
        '<h4 class="box__title  box__title--tab">Editorial</h4>\n'
    ]
    for ed in editorials:
        label, stamp = ed.stamp_at(moment)
        parts.append(
            f'<article class="story  story--small  clearfix" data-id="{ed.id}">\n'
            '  <h2 class="story__title">'
            f'<a class="story__link" href="{ed.url}">{esc(ed.headline)}'
            "</a></h2>\n"
            f"  {_v2_stamp(label if label == 'Updated' else None, stamp, clock=False)}\n"
            '  <div class="story__excerpt">'
            f"{esc(ed.excerpt)}</div>\n</article>\n"
        )
    parts.append(
        f'<a class="box__more" href="{ORIGIN}/opinion/editorial">'
        "More editorials</a>\n</div>\n</div>\n"
    )
    parts.append(_AD.format(kind="mpu", slot="mpu-1"))
    if top:
        parts.append('<div class="box">\n<h3 class="box__title">Top Reads Today</h3>\n')
        for news in top:
            label, stamp = news.stamp_at(moment)
            parts.append(
                f'<article class="story  story--small  clearfix" data-id="{news.id}">\n'
                '  <h2 class="story__title">'
                f'<a class="story__link" href="{news.url}">'
                f"{esc(news.headline)}</a></h2>\n"
                f"  {_v2_stamp(label if label == 'Updated' else None, stamp)}\n</article>\n"
            )
        parts.append("</div>\n")
    parts.append("</aside>\n")
    return "".join(parts)


def _teasers_v1(editorials: Sequence[_Story], top: Sequence[_Story], moment: datetime) -> str:
    parts = [
        '      <aside class="col-sm-4  sidebar  ">\n'
        '<div class="ad  ad--mpu" id="div-gpt-ad-mpu-1">'
        '<small class="ad__label">Advertisement</small></div>\n'
    ]
    if top:
        parts.append(
            '<div class="box  box--popular  ">\n<h4 class="box__title">Top Reads Today</h4>\n'
        )
        for news in top:
            parts.append(
                f'<article class="story  story--small  " data-id="{news.id}">\n'
                f'  <h2 class="story__title  size-five  "><a class="story__link  " '
                f'href="{news.url}">{esc(news.headline)}</a></h2>\n</article>\n'
            )
        parts.append("</div>\n")
    parts.append(
        '<div class="box  box--opinion  ">\n<h4 class="box__title">Opinion</h4>\n'
        '<div class="box  box--editorial  ">\n<h4 class="box__title">Editorial</h4>\n'
    )
    for ed in editorials:
        label, stamp = ed.stamp_at(moment)
        parts.append(
            f'<article class="story  story--small  " data-id="{ed.id}">\n'
            f'  <h2 class="story__title  size-five  "><a class="story__link  " href="{ed.url}">'
            f"{esc(ed.headline)}</a></h2>\n"
            f"  {_v1_stamp(label, stamp, clock=False)}\n"
            f'  <div class="story__excerpt  ">{esc(ed.excerpt)}</div>\n</article>\n'
        )
    parts.append("</div>\n</div>\n      </aside>\n")
    return "".join(parts)


def _article_meta(story: _Story) -> str:
    image = story.image[0] if story.image else "https://i.dawn.com/primary/2025/06/default.jpg"
    modified = (
        f'<meta property="article:modified_time" content="{_iso(story.updated)}">\n'
        if story.updated
        else ""
    )
    return (
        '<meta property="og:type" content="article">\n'
        f'<meta property="og:title" content="{esc(story.headline)}">\n'
        f'<meta property="og:description" content="{esc(story.description)}">\n'
        f'<meta property="og:url" content="{story.url}">\n'
        f'<meta property="og:image" content="{image}">\n'
        f'<meta property="article:section" content="{story.section}">\n'
        f'<meta property="article:published_time" content="{_iso(story.published)}">\n'
        f"{modified}"
    )


def _article_v2(story: _Story, sidebar: str) -> str:
    day = story.published.date()
    stamps = "      " + _v2_stamp("Published", story.published, extra="text-3  ") + "\n"
    if story.updated is not None:
        stamps += "      " + _v2_stamp("Updated", story.updated, extra="text-3  ") + "\n"
    head = _v2_head(
        f"{story.headline} - {story.section} - DAWN.COM",
        story.description,
        story.url,
        _article_meta(story),
    )
    return (
        head + _v2_header(day, story.section) + '<main id="main" class="main  container">\n'
        '  <div class="row">\n'
        '  <div class="story-column">\n'
        '<article class="story  story--single"'
        f' data-id="{story.id}" data-layout="story">\n'
        '  <div class="template__header">\n'
        '  <a class="story__section"'
        f' href="{_section_href(story)}">{story.section}</a>\n'
        '  <h2 class="story__title  font-serif"><a class'
        f'="story__link" href="{story.url}">{esc(story.headline)}'
        "</a></h2>\n"
        '  <div class="story__meta">\n'
        f"{_byline_v2(story)}{stamps}    </div>\n  </div>\n"
        f"{_figure(story, False)}"
        '  <div class="story__content  overflow-hidden  font-serif" >\n'
        f"{_body_html(story)}  </div>\n"
        f"{_share(story)}</article>\n    </div>\n"
        f"{sidebar}  </div>\n</main>\n" + _v2_footer(day)
    )


def _article_v1(story: _Story, sidebar: str) -> str:
    day = story.published.date()
    byline = ""
    if story.authors:
        names = " | ".join(
            f'<a class="story__byline__link  " href="{u}">{esc(n)}</a>' if u else esc(n)
            for n, u in story.authors
        )
        byline = f'        <span class="story__byline  ">By {names}</span>\n'
    stamps = f"        {_v1_stamp('Published', story.published)}\n"
    if story.updated is not None:
        stamps += f"        {_v1_stamp('Updated', story.updated)}\n"
    nav = "".join(f'          <li><a href="{ORIGIN}{p}">{n}</a></li>\n' for n, p in _NAV)
    head = (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta http-equiv="X-UA-Compatible" content="IE=edge">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{esc(story.headline)} - {story.section} - DAWN.COM</title>\n"
        f'<meta name="description" content="{esc(story.description)}">\n'
        f'<link rel="canonical" href="{story.url}">\n'
        f'<link rel="shortcut icon" href="{ORIGIN}/favicon.ico">\n'
        f'<link rel="stylesheet" href="{ORIGIN}/_css/bootstrap.min.css?v=1.8.2">\n'
        f'<link rel="stylesheet" href="{ORIGIN}/_css/dawn.min.css?v=1.8.2">\n'
        f'<link rel="alternate" type="application/rss+xml" title="Dawn - Home" '
        f'href="{ORIGIN}/feeds/home">\n'
        '<meta property="og:site_name" content="DAWN.COM">\n'
        f"{_article_meta(story)}"
        '<meta name="twitter:card" content="summary_large_image">\n'
        '<script>var _comscore = _comscore || []; _comscore.push({ c1: "2", c2: "0000" });'
        "</script>\n</head>\n"
    )
    footer = "".join(
        f'          <li><a href="{u}">{n}</a></li>\n'
        for n, u in _footer_links(day) + list(OFFSITE)
    )
    return (
        head + '<body class="story">\n'
        '<div class="header  header--top  hidden-xs">\n  <div class="container">\n'
        '    <div class="row">\n'
        f'      <div class="col-sm-4  header__date">{_long_date(day)}</div>\n'
        f'  <div class="col-sm-4"><a class="logo  logo--main" href="{ORIGIN}/">'
        '<span class="logo__text">DAWN.COM</span></a></div>\n'
        '  <div class="col-sm-4  header__links">\n'
        f'        <a class="header__link" href="{ORIGIN}/archive/{day}">Today\'s Paper | '
        f"{_long_date(day)}</a>\n"
        f'        <a class="header__link" href="{ORIGIN}/feeds/home">RSS</a>\n'
        "      </div>\n    </div>\n  </div>\n</div>\n"
        '<nav class="navbar  navbar-default  nav--main  " role="navigation">\n'
        '  <div class="container">\n'
        '    <div class="collapse  navbar-collapse" id="nav-collapse">\n'
        f'      <ul class="nav  navbar-nav">\n{nav}      </ul>\n'
        f'      <form class="navbar-form  navbar-right  search-form" action="{ORIGIN}/search" '
        'method="get"><input class="form-control  input-sm" type="text" name="q" '
        'placeholder="Search"></form>\n'
        f'      <a class="navbar-link" href="/search?q=archive">Search the archive</a>\n'
        "    </div>\n  </div>\n</nav>\n"
        '<div class="ad  ad--leaderboard  hidden-xs"><small class="ad__label">'
        'Advertisement</small><div id="div-gpt-ad-leaderboard"></div></div>\n'
        '<div class="container">\n  <div class="row">\n    <div class="col-sm-8 col-12">\n'
        f'<article class="story  story--single  " data-id="{story.id}">\n'
        '    <div class="template__header  ">\n'
        f'      <a class="story__section  " href="{_section_href(story)}">{story.section}</a>\n'
        f'      <h2 class="story__title  size-eleven  "><a class="story__link  " '
        f'href="{story.url}">{esc(story.headline)}</a></h2>\n'
        f'      <div class="story__meta  ">\n{byline}{stamps}      </div>\n    </div>\n'
        f"{_figure(story, True)}"
        '    <div class="story__content  overflow-hidden  size-four  ">\n'
        f"{_body_html(story)}    </div>\n"
        f"{_share(story)}</article>\n    </div>\n"
        f"{sidebar}  </div>\n</div>\n"
        '<div class="footer">\n  <div class="container">\n    <div class="row">\n'
        '      <div class="col-sm-4  footer__col">\n'
        '        <h5 class="footer__heading">Dawn</h5>\n'
        f'        <ul class="list-unstyled">\n{footer}        </ul>\n      </div>\n'
        "    </div>\n"
        '    <p class="footer__copyright">Copyright &copy; 2025, Dawn.</p>\n'
        "  </div>\n</div>\n</body>\n</html>\n"
    )


def _top_reads(recent: Iterable[_Story]) -> list[_Story]:
    return sorted(recent, key=lambda s: (-s.popularity, -s.id))[:5]


def _render_articles(stories: Sequence[_Story]) -> dict[int, str]:
    """Every article page; each sees only stories published up to itself."""
    pages: dict[int, str] = {}
    editorials: deque[_Story] = deque(maxlen=6)
    recent_news: deque[_Story] = deque(maxlen=30)
    for story in stories:
        if story.kind == "editorial":
            editorials.append(story)  # Dawn lists an editorial's own page first in its box
        boxes = list(reversed(editorials))
        top = _top_reads(recent_news)
        if story.layout == "v1":
            pages[story.id] = _article_v1(story, _teasers_v1(boxes, top, story.published))
        else:
            pages[story.id] = _article_v2(story, _teasers_v2(boxes, top, story.published))
        if story.kind == "news":
            recent_news.append(story)
    return pages


# -- listings ------------------------------------------------------------------------------
def _listing_teaser(story: _Story) -> str:
    label = "Updated" if story.updated else "Published"
    return (
        '<article class="story  story--medium"'
        f' data-id="{story.id}">\n'
        f'  <a class="story__section" href="{_section_href(story)}">'
        f"{story.section}</a>\n"
        '  <h2 class="story__title">'
        f'<a class="story__link  " href="{story.url}">{esc(story.headline)}</a></h2>\n'
        f"  {_v2_stamp(label, story.latest)}\n"
        '  <div class="story__excerpt">'
        f"{esc(story.description)}</div>\n</article>\n"
    )


def _listing_page(
    title: str,
    canonical_path: str,
    active: str,
    day: date,
    body: str,
    *,
    feed: tuple[str, str] = ("Dawn - Home", "/feeds/home"),
) -> str:
    return (
        _v2_head(
            f"{title} - DAWN.COM",
            f"{title}: latest stories from Dawn.",
            ORIGIN + canonical_path,
            feed=feed,
        )
        + _v2_header(day, active)
        + '<main id="main" class="main  container">\n'
        f'<h1 class="page__title">{esc(title)}</h1>\n'
        f"{body}</main>\n" + _v2_footer(day)
    )


@dataclass
class _Output:
    """Files to write and the route table being built."""

    files: dict[str, bytes] = field(default_factory=dict)
    routes: dict[str, dict[str, Any]] = field(default_factory=dict)

    def add(
        self,
        path: str,
        file: str,
        content: str | bytes,
        ctype: str,
        *,
        modified: datetime,
        status: int = 200,
        headers: dict[str, str] | None = None,
    ) -> None:
        self.files[file] = content.encode("utf-8") if isinstance(content, str) else content
        route: dict[str, Any] = {
            "file": file,
            "type": ctype,
            "status": status,
            "modified": _iso(modified),
        }
        if headers:
            route["headers"] = headers
        self.routes[path] = route


def _paginated(
    out: _Output,
    base: str,
    title: str,
    active: str,
    items: Sequence[_Story],
    *,
    day: date,
    feed: tuple[str, str],
) -> None:
    pages = max(1, -(-len(items) // PAGE_SIZE))
    for page in range(1, pages + 1):
        chunk = items[(page - 1) * PAGE_SIZE : page * PAGE_SIZE]
        nav = []
        if page > 1:
            prev = base if page == 2 else f"{base}?page={page - 1}"
            nav.append(f'<a class="pagination__prev" href="{prev}">Previous</a>')
        if page < pages:
            nav.append(f'<a class="pagination__next" href="{base}?page={page + 1}">Next</a>')
        body = (
            '<div class="listing">\n'
            + "".join(_listing_teaser(s) for s in chunk)
            + "</div>\n"
            + f'<nav class="pagination">{" ".join(nav)}</nav>\n'
        )
        path = base if page == 1 else f"{base}?page={page}"
        heading = title if page == 1 else f"{title} (page {page})"
        modified = max((s.latest for s in chunk), default=STATIC_MODIFIED)
        out.add(
            path,
            _path_file(path),
            _listing_page(heading, path, active, day, body, feed=feed),
            HTML,
            modified=modified,
        )


def _home(out: _Output, stories: Sequence[_Story], last_day: date) -> None:
    latest = list(reversed(stories))[:HOME_SIZE]
    commented = sorted(latest, key=lambda s: (-s.popularity, -s.id))[:5]
    sections = "".join(
        f'<li><a class="sections__link" href="{ORIGIN}{p}">{n}</a></li>\n'
        for n, (p, _slug) in SECTIONS.items()
    )
    most = "".join(
        f'<li><a class="most-commented__link" href="{ORIGIN}/news/{s.id}">'
        f"{esc(s.headline)}</a></li>\n"
        for s in commented
    )
    body = (
        '<div class="home">\n<div class="home__latest">\n'
        + "".join(_listing_teaser(s) for s in latest)
        + "</div>\n"
        '<div class="home__side">\n'
        '<h3 class="home__heading">Sections</h3>\n'
        f'<ul class="sections">\n{sections}</ul>\n'
        '<h3 class="home__heading">Most commented</h3>\n'
        f'<ol class="most-commented">\n{most}</ol>\n'
        f'<p><a class="home__archive" href="{ORIGIN}/archive/{last_day}">Archive: '
        f"{_long_date(last_day)}</a></p>\n"
        "</div>\n</div>\n"
    )
    modified = max(s.latest for s in latest)
    out.add(
        "/",
        "index.html",
        _listing_page("Home", "/", "Home", last_day, body),
        HTML,
        modified=modified,
    )


def _archives(out: _Output, stories: Sequence[_Story], first: date, last: date) -> None:
    by_day: dict[date, list[_Story]] = defaultdict(list)
    for story in stories:
        by_day[story.published.date()].append(story)
    day = first
    while day <= last:
        items = by_day.get(day, [])
        nav = []
        if day > first:
            nav.append(
                f'<a class="archive__prev" href="{ORIGIN}/archive/{day - timedelta(days=1)}">'
                "Previous day</a>"
            )
        modified = max(
            (s.latest for s in items),
            default=datetime.combine(day, time(0), tzinfo=PKT),
        )
        if day < last:
            nxt = day + timedelta(days=1)
            nav.append(f'<a class="archive__next" href="{ORIGIN}/archive/{nxt}">Next day</a>')
            modified = max(modified, datetime.combine(nxt, time(0), tzinfo=PKT))
        listing = "".join(_listing_teaser(s) for s in items) or "<p>No stories.</p>\n"
        body = (
            f'<div class="archive">\n{listing}</div>\n'
            f'<nav class="archive__nav">{" ".join(nav)}</nav>\n'
        )
        path = f"/archive/{day}"
        out.add(
            path,
            f"archive/{day}.html",
            _listing_page(f"Archive: {_long_date(day)}", path, "", day, body),
            HTML,
            modified=modified,
        )
        day += timedelta(days=1)


def _authors_pages(out: _Output, stories: Sequence[_Story], last_day: date) -> None:
    by_author: dict[str, list[_Story]] = defaultdict(list)
    for story in stories:
        for _name, url in story.authors:
            if url:
                by_author[url].append(story)
    for aid, name in AUTHORS:
        url = f"{ORIGIN}/authors/{aid}/{slugify(name)}"
        items = list(reversed(by_author.get(url, [])))[:PAGE_SIZE]
        if not items:
            continue
        path = url.removeprefix(ORIGIN)
        body = '<div class="listing">\n' + "".join(_listing_teaser(s) for s in items) + "</div>\n"
        out.add(
            path,
            path.strip("/") + ".html",
            _listing_page(name, path, "", last_day, body),
            HTML,
            modified=max(s.latest for s in items),
        )


# -- feeds and sitemaps --------------------------------------------------------------------
def _xml(text: str) -> str:
    return html.escape(text, quote=False)


def _rss(title: str, link: str, self_path: str, items: Sequence[_Story]) -> str:
    entries = "".join(
        "<item>"
        f"<title>{_xml(s.headline)}</title>"
        f"<link>{s.url}</link>"
        f'<guid isPermaLink="true">{s.url}</guid>'
        f"<pubDate>{format_datetime(s.published)}</pubDate>"
        f"<category>{s.section}</category>"
        + "".join(f"<dc:creator>{_xml(n)}</dc:creator>" for n, _u in s.authors)
        + f"<description>{_xml(s.description)}</description>"
        "</item>\n"
        for s in items
    )
    built = max((s.latest for s in items), default=STATIC_MODIFIED)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/">\n<channel>\n'
        f"<title>{_xml(title)}</title>\n<link>{link}</link>\n"
        "<description>Dawn: Pakistan's most widely read English daily</description>\n"
        "<language>en</language>\n"
        f"<lastBuildDate>{format_datetime(built)}</lastBuildDate>\n"
        f'<atom:link href="{ORIGIN}{self_path}" rel="self" type="application/rss+xml"/>\n'
        f"{entries}</channel>\n</rss>\n"
    )


def _atom(items: Sequence[_Story]) -> str:
    entries = "".join(
        "<entry>"
        f"<title>{_xml(s.headline)}</title>"
        f'<link rel="alternate" href="{s.url}"/>'
        f"<id>{s.url}</id>"
        f"<published>{_iso(s.published)}</published>"
        f"<updated>{_iso(s.latest)}</updated>"
        f"<summary>{_xml(s.description)}</summary>"
        "</entry>\n"
        for s in items
    )
    updated = max((s.latest for s in items), default=STATIC_MODIFIED)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n'
        "<title>Dawn - Opinion</title>\n"
        f'<link rel="self" href="{ORIGIN}/feeds/opinion.atom"/>\n'
        f'<link rel="alternate" href="{ORIGIN}/opinion/editorial"/>\n'
        f"<id>{ORIGIN}/feeds/opinion.atom</id>\n<updated>{_iso(updated)}</updated>\n"
        "<author><name>Dawn</name></author>\n"
        f"{entries}</feed>\n"
    )


def _feeds(out: _Output, stories: Sequence[_Story]) -> None:
    newest = list(reversed(stories))
    items = newest[:FEED_SIZE]
    out.add(
        "/feeds/home",
        "feeds/home.xml",
        _rss("Dawn - Home", f"{ORIGIN}/", "/feeds/home", items),
        RSS,
        modified=max((s.latest for s in items), default=STATIC_MODIFIED),
    )
    for name, (path, slug) in SECTIONS.items():
        items = [s for s in newest if s.section == name][:FEED_SIZE]
        out.add(
            f"/feeds/{slug}",
            f"feeds/{slug}.xml",
            _rss(f"Dawn - {name}", ORIGIN + path, f"/feeds/{slug}", items),
            RSS,
            modified=max((s.latest for s in items), default=STATIC_MODIFIED),
        )
    items = [s for s in newest if s.kind != "news"][:FEED_SIZE]
    out.add(
        "/feeds/opinion.atom",
        "feeds/opinion.atom",
        _atom(items),
        ATOM,
        modified=max((s.latest for s in items), default=STATIC_MODIFIED),
    )


_URLSET = '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'


def _sitemaps(out: _Output, stories: Sequence[_Story], last_day: date) -> None:
    since = datetime.combine(last_day - timedelta(days=1), time(0), tzinfo=PKT)
    recent = [s for s in stories if s.published >= since]
    news = "".join(
        f"<url><loc>{s.url}</loc><lastmod>{_iso(s.latest)}</lastmod>"
        "<news:news><news:publication><news:name>Dawn</news:name>"
        "<news:language>en</news:language></news:publication>"
        f"<news:publication_date>{_iso(s.published)}</news:publication_date>"
        f"<news:title>{_xml(s.headline)}</news:title></news:news></url>\n"
        for s in reversed(recent)
    )
    index: list[tuple[str, datetime]] = []
    modified = max((s.latest for s in recent), default=STATIC_MODIFIED)
    out.add(
        "/sitemaps/news.xml",
        "sitemaps/news.xml",
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'{_URLSET}\n  xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n'
        f"{news}</urlset>\n",
        XML,
        modified=modified,
    )
    index.append(("/sitemaps/news.xml", modified))
    months: dict[str, list[_Story]] = defaultdict(list)
    for story in stories:
        months[f"{story.published:%Y-%m}"].append(story)
    for month in sorted(months):
        items = months[month]
        urls = "".join(
            f"<url><loc>{s.url}</loc><lastmod>{_iso(s.latest)}</lastmod></url>\n" for s in items
        )
        path = f"/sitemaps/archive-{month}.xml"
        modified = max(s.latest for s in items)
        out.add(
            path,
            path.lstrip("/"),
            f'<?xml version="1.0" encoding="UTF-8"?>\n{_URLSET}>\n{urls}</urlset>\n',
            XML,
            modified=modified,
        )
        index.append((path, modified))
    entries = "".join(
        f"<sitemap><loc>{ORIGIN}{p}</loc><lastmod>{_iso(m)}</lastmod></sitemap>\n"
        for p, m in index
    )
    out.add(
        "/sitemap.xml",
        "sitemap.xml",
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
        f"{entries}</sitemapindex>\n",
        XML,
        modified=max(m for _p, m in index),
    )


# -- traps and static files ----------------------------------------------------------------
def minimal_pdf(lines: Sequence[str]) -> bytes:
    """A small, valid one-page PDF showing *lines* (ASCII) in Helvetica."""
    text = (
        b"BT /F1 16 Tf 72 760 Td 20 TL "
        + b" ".join(
            b"(" + line.encode("ascii").replace(b"(", rb"\(").replace(b")", rb"\)") + b") Tj T*"
            for line in lines
        )
        + b" ET"
    )
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(text) + text + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    pdf = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(pdf))
        pdf += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(pdf)
    pdf += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    pdf += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    pdf += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(pdf)


def _challenge(ray: str) -> str:
    return (
        '<!DOCTYPE html>\n<html lang="en-US">\n<head>\n<title>Just a moment...</title>\n'
        '<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">\n'
        '<meta name="robots" content="noindex,nofollow">\n'
        '<meta name="viewport" content="width=device-width,initial-scale=1">\n'
        "<style>body{font-family:system-ui,sans-serif;margin:0}.main-wrapper{padding:8rem 1.5rem}"
        "</style>\n</head>\n<body>\n"
        '<div class="main-wrapper" role="main">\n<div class="main-content">\n'
        '<h1 class="zone-name-title h1">www.dawn.com</h1>\n'
        '<h2 id="challenge-running" class="h2">Checking your browser before accessing '
        "www.dawn.com.</h2>\n"
        '<div id="challenge-body-text" class="core-msg spacer">Just a moment... This process is '
        "automatic. Your browser will redirect to your requested content shortly. Please "
        "enable JavaScript and Cookies to continue.</div>\n"
        '<noscript><div class="h2">Enable JavaScript and cookies to continue</div></noscript>\n'
        "</div>\n</div>\n"
        "<script>(function(){window._cf_chl_opt={cvId:'3',cZone:'www.dawn.com',cType:'managed',"
        f"cRay:'{ray}'}};}}());</script>\n"
        '<div class="footer" role="contentinfo"><div class="footer-inner">'
        f'<div class="diagnostic-wrapper"><div class="ray-id">Ray ID: <code>{ray}</code>'
        "</div></div>"
        '<div class="text-center" id="footer-text">Performance &amp; security by Cloudflare</div>'
        "</div></div>\n</body>\n</html>\n"
    )


def _error_page(status: int, title: str, message: str) -> str:
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{status} {title} - DAWN.COM</title>\n</head>\n<body>\n"
        f'<main class="error  container"><h1>{title}</h1>\n<p>{message}</p>\n'
        f'<p><a href="{ORIGIN}/">Return to the home page</a></p></main>\n</body>\n</html>\n'
    )


def trap_notice() -> str:
    """One line saying that the demo site's traps are deliberate and their errors expected."""
    traps = ", ".join(f"{path} ({what})" for path, what in LOGGED_TRAPS)
    return (
        f"the demo site has deliberate traps: {traps}. The WARNING and ERROR lines about "
        "them are expected; the summary counts them (errors, blocked, not articles)."
    )


def _traps(out: _Output) -> None:
    out.add(
        "/robots.txt",
        "robots.txt",
        f"User-agent: *\nDisallow: /search\n\nSitemap: {ORIGIN}/sitemap.xml\n",
        TEXT,
        modified=STATIC_MODIFIED,
    )
    out.add(
        PDF_REPORT,
        PDF_REPORT.lstrip("/") + ".pdf",
        minimal_pdf(
            ["Dawn Media Group", "Annual Report 2024", "Published in Karachi, June 2025."]
        ),
        PDF,
        modified=STATIC_MODIFIED,
    )
    challenge = {"cf-mitigated": "challenge", "Server": "cloudflare"}
    out.add(
        CHALLENGE,
        CHALLENGE.lstrip("/") + ".html",
        _challenge("8f1c2a3b4d5e6f70"),
        HTML,
        modified=STATIC_MODIFIED,
        headers=challenge,
    )
    out.add(
        DENIED,
        DENIED.lstrip("/") + ".html",
        _challenge("8f1c2a3b4d5e6f71"),
        HTML,
        modified=STATIC_MODIFIED,
        status=403,
        headers=challenge,
    )
    out.add(
        MISSING,
        "errors/404.html",
        _error_page(404, "Page not found", "The story you are looking for does not exist."),
        HTML,
        modified=STATIC_MODIFIED,
        status=404,
    )
    out.add(
        SERVER_ERROR,
        "errors/500.html",
        _error_page(500, "Server error", "Something went wrong. Please try again later."),
        HTML,
        modified=STATIC_MODIFIED,
        status=500,
    )


# -- the whole site ------------------------------------------------------------------------
def build(
    *, edition: int = 1, articles: int = 320, seed: int = 7
) -> tuple[dict[str, bytes], dict[str, Any]]:
    """The site in memory: ``{relative file: bytes}`` and the route table (``site.json``)."""
    if edition not in (1, 2):
        raise ValueError(f"edition must be 1 or 2, not {edition!r}")
    if articles < 1:
        raise ValueError("articles must be at least 1")
    stories, _changed = _stories(articles, seed, edition)
    first_day = LAST_DAY - timedelta(days=DAYS - 1)
    last_day = LAST_DAY + timedelta(days=NEW_DAYS if edition == 2 else 0)
    out = _Output()
    pages = _render_articles(stories)
    for story in stories:
        out.add(
            story.path,
            f"news/{story.id}/{story.slug}.html",
            pages[story.id],
            HTML,
            modified=story.latest,
        )
        out.routes[f"/news/{story.id}"] = {"status": 301, "location": story.path}
    newest = list(reversed(stories))
    for name, (path, slug) in SECTIONS.items():
        _paginated(
            out,
            path,
            name,
            name,
            [s for s in newest if s.section == name],
            day=last_day,
            feed=(f"Dawn - {name}", f"/feeds/{slug}"),
        )
    _home(out, stories, last_day)
    _archives(out, stories, first_day, last_day)
    _authors_pages(out, stories, last_day)
    _feeds(out, stories)
    _sitemaps(out, stories, last_day)
    _traps(out)
    table: dict[str, Any] = {
        "origin": ORIGIN,
        "edition": edition,
        "routes": {key: out.routes[key] for key in sorted(out.routes)},
        "patterns": [{"regex": CALENDAR_REGEX, "kind": "calendar"}],
        "articles": [
            {
                "url": s.url,
                "id": s.id,
                "kind": s.kind,
                "section": s.section,
                "published": _iso(s.published),
                "updated": _iso(s.updated) if s.updated else None,
                "layout": s.layout,
                "headline": s.headline,
            }
            for s in stories
        ],
    }
    return out.files, table


def _table_json(table: dict[str, Any]) -> str:
    """``site.json`` text: one route or article per line (compact, still diffable)."""

    def dump(value: Any) -> str:
        return json.dumps(value, ensure_ascii=False)

    routes = ",\n".join(f"  {dump(k)}: {dump(v)}" for k, v in table["routes"].items())
    articles = ",\n".join(f"  {dump(a)}" for a in table["articles"])
    head = ",\n".join(
        f" {dump(k)}: {dump(v)}" for k, v in table.items() if k not in ("routes", "articles")
    )
    return f'{{\n{head},\n "routes": {{\n{routes}\n }},\n "articles": [\n{articles}\n ]\n}}\n'


def generate(out: Path, *, edition: int = 1, articles: int = 320, seed: int = 7) -> SiteInfo:
    """Write the site into *out* (its previous contents removed first) and return its info.

    Refuses to clear a non-empty directory that holds no ``site.json`` (not a generated
    site), so a mistyped ``--out`` cannot wipe unrelated files.
    """
    files, table = build(edition=edition, articles=articles, seed=seed)
    out = Path(out)
    if out.exists():
        if not out.is_dir():
            raise NotADirectoryError(out)
        if any(out.iterdir()) and not (out / SITE_FILE).is_file():
            raise FileExistsError(
                f"{out} is not empty and holds no generated site; not clearing it"
            )
        shutil.rmtree(out)
    out.mkdir(parents=True)
    made: set[Path] = {out}
    for name in sorted(files):
        target = out / name
        if target.parent not in made:
            target.parent.mkdir(parents=True, exist_ok=True)
            made.add(target.parent)
        target.write_bytes(files[name])
    (out / SITE_FILE).write_text(_table_json(table), encoding="utf-8")
    return SiteInfo(out, edition, len(table["articles"]), table)


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: ``python -m newscrawl.demo.sitegen --out DIR --edition {1,2}``."""
    parser = argparse.ArgumentParser(
        prog="python -m newscrawl.demo.sitegen",
        description="Write the deterministic Dawn-shaped demo site.",
    )
    parser.add_argument("--out", required=True, type=Path, help="directory (replaced)")
    parser.add_argument("--edition", type=int, choices=(1, 2), default=1)
    parser.add_argument("--articles", type=int, default=320)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    info = generate(args.out, edition=args.edition, articles=args.articles, seed=args.seed)
    print(
        f"wrote edition {info.edition}: {info.article_count} articles, "
        f"{len(info.routes)} routes in {info.out}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
