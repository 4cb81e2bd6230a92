"""Every generic word list and pattern the extractors use, named in one place.

Three parts: the flattened-text splitter's words (box headings, chrome lines, datelines,
bylines, challenge and block pages); the body model's class/id words and tags
(:mod:`newscrawl.extraction.generic`: class and id attributes are split into words on
spaces, ``-``, ``_`` and camelCase humps before they are compared, so ``ad`` matches
``ad-slot`` but not ``header`` or ``shadow``); and the metadata extractor's schema.org
types, meta names, class/id fragments (matched as substrings of the lower-cased class and
id) and date labels (:mod:`newscrawl.extraction.metadata`). Limits and weights stay with
the code that uses them.

Site-specific words (a paper's name, its own box titles) live in ``newscrawl/sites/``
and are passed in; what is here holds for news pages in general.
"""

from __future__ import annotations

import re


def first_letter_led(alternatives: str) -> str:
    """*alternatives* (a pattern of alternatives outside any group, each opening with a
    plain character) behind a look-ahead for the characters they open with: a prefilter,
    never another match (the class is matched as case-blind as the alternatives are, or
    as case-exact). The engine otherwise tries each alternative in turn at every position
    of a text, and a case-blind alternative's first character is no quick test for it."""
    firsts: set[str] = set()
    depth = start = 0
    for index, char in enumerate(f"{alternatives}|"):
        if char == "\\":
            continue
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0 and alternatives[index - 1 : index] != "\\":
            branch = alternatives[start:index]
            if not branch or branch[0] in "\\()[].^$*+?{}|":
                raise ValueError(f"no plain first character: {branch!r}")
            firsts.add(branch[0])
            start = index + 1
    return f"(?=[{''.join(re.escape(c) for c in sorted(firsts))}])(?:{alternatives})"


#: Headings of boxes that list other stories (compared lower-cased, whitespace-normalised).
SIDEBAR_HEADINGS: frozenset[str] = frozenset(
    {
        "opinion",
        "editorial",
        "editorials",
        "columns",
        "columnists",
        "letters",
        "blogs",
        "most popular",
        "most read",
        "most viewed",
        "most shared",
        "popular",
        "popular now",
        "trending",
        "trending now",
        "latest",
        "latest news",
        "latest stories",
        "top stories",
        "top reads",
        "related",
        "related stories",
        "related articles",
        "related news",
        "more stories",
        "more news",
        "more from this section",
        "recommended",
        "recommended for you",
        "you may also like",
        "you might also like",
        "read next",
        "editor's picks",
        "editors' picks",
        "in focus",
        "must read",
        "don't miss",
    }
)

#: Inline links between paragraphs: "Also read: <headline>". Group 1 is the label.
RELATED_LINK = re.compile(
    r"^\s*(also read|read also|also see|see also|read more|more on this|related|read)"
    r"\s*[:|–—-]\s*(\S.*)$",
    re.IGNORECASE,
)

#: Page chrome that flattened text carries around a story; never body, never a record.
CHROME_LINES: tuple[re.Pattern[str], ...] = (
    re.compile(r"^today'?s paper\s*\|", re.IGNORECASE),
    re.compile(r"^(read|view|show|load)\s+(\d+\s+)?comments?(\s*\(\d+\))?$", re.IGNORECASE),
    re.compile(r"^comments?\s*\(\d+\)$", re.IGNORECASE),
    re.compile(r"^(next|previous)\s+story$", re.IGNORECASE),
    re.compile(r"^(share|share this|share on \w+|facebook|twitter|x|whatsapp|email|print)$", re.I),
    re.compile(r"^follow us on\b.{0,60}$", re.IGNORECASE),
    re.compile(r"^[A-Z0-9-]+\.(COM|PK|NET|ORG|CO\.UK|IN)$"),
)

#: Endings of chrome lines ("<headline> Next Story"), lower case.
CHROME_SUFFIXES: tuple[str, ...] = (" next story", " previous story")

#: All of :data:`CHROME_LINES` as one pattern (one match call per line).
CHROME = re.compile(
    "|".join(
        f"(?:{p.pattern})" if not p.flags & re.I else f"(?i:{p.pattern})" for p in CHROME_LINES
    )
)

#: A place line opening a story: "KARACHI: …", "DERA ISMAIL KHAN, Oct 14: …",
#: "LONDON (Reuters) - …". Group 1 is the place.
DATELINE = re.compile(
    r"^([A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,3})"
    r"(?:,\s*[A-Z][A-Za-z]{2,8}\.? \d{1,2})?(?:\s*\([A-Za-z .]{2,30}\))?"
    r"\s*(?::|\s[–—-])\s+\S"
)

#: Class/id fragments of an element holding a story's byline (matched in the lower-cased
#: class and id); ``itemprop="author"`` and ``rel="author"`` links are bylines too.
BYLINE_FRAGMENTS: tuple[str, ...] = (
    "byline", "author", "autor", "auteur", "writer", "contributor",
)  # fmt: skip
#: Byline words that are no Latin "by": the Greek genitive article ("Της Μαρίας
#: Παπαδοπούλου": Maria Papadopoulou's), "Γράφει ο/η" ("writes"), and the Thai "โดย".
_OTHER_BY = r"του|της|των|γράφει\s+[οη]|γράφουν\s+οι|โดย"
#: Other languages' words for "by" before a writer's name, a short list that no general
#: rule gives (dateparser and Babel hold none): Italian "di", Indonesian/Malay "oleh",
#: Arabic "بقلم" ("by the pen of"), Hebrew "מאת".
_MORE_BY = r"di|oleh|بقلم|מאת"
#: Writers' labels that a colon closes ("Yazar: Ayşe Yılmaz"), a short list too: Finnish
#: "Teksti", Polish/Dutch "Tekst", "Texto", "Testo", "Текст", "Автор", Polish "Autorka",
#: Turkish "Yazar", Vietnamese "Tác giả", Indonesian "Penulis", Hindi "लेखक", Hungarian
#: "Szerző"; and the Chinese/Japanese "作者", "筆者", "文" before a colon or "・".
_WRITER_LABEL = (
    r"teksti|tekst|texto|testo|autore|текст|автор|autorka|yazar|tác giả|penulis|लेखक|szerző"
)
_CJK_LABEL = r"(?:作者|筆者|笔者|文)\s*[:：・]\s*"
#: What opens a byline before the names: "By", "Von", "Par", "Por", "Av", "Door", "Di",
#: "Text:" (and "Tekst:", "Texto:", "Testo:", "Текст:"), "Written by", "Της", "โดย",
#: the labels of :data:`_WRITER_LABEL` and :data:`_CJK_LABEL` (lower-cased match, a
#: colon allowed).
BYLINE_PREFIX = re.compile(
    r"^(?:(?:(?:written|posted|words|reporting|story|text|ein (?:text|bericht|kommentar))\s+)?"
    r"(?:by|von|par|por|av|af|door|de|text|autor(?:in)?|author|verfasst von"
    rf"|{_OTHER_BY}|{_MORE_BY}|{_WRITER_LABEL})\s*:?\s+|{_CJK_LABEL})",
    re.IGNORECASE,
)
#: What opens a byline line that no class marks as one: "By", "Von", "Par", "Por", "Door",
#: "Av", "Af", "Text:", "Autor:", "Autorin/Autor", "Της", "โดย", "di", "Oleh", "بقلم", "מאת",
#: a writer's label and its colon ("Yazar:", "Автор:", "作者："; without the colon,
#: :data:`BYLINE_BARE_LABEL`); no "de": too common in
#: text (the line must go on with full names only; the Greek article opens sentences too,
#: but no run of full names alone).
BYLINE_LEAD = re.compile(
    r"^(?:(?:by|von|par|por|door|av|af|text|autor(?:in)?(?:\s*/\s*autor(?:in)?)?|author"
    rf"|{_OTHER_BY}|{_MORE_BY})\s*:?\s+|(?:{_WRITER_LABEL})\s*:\s*|{_CJK_LABEL})",
    re.IGNORECASE,
)
#: A writer's label of :data:`_WRITER_LABEL` with no colon, then a space ("Автор Анна
#: Смирнова", "Yazar Ali Veli"; "Autor" without one is :data:`BYLINE_LEAD`'s): the
#: label is also the noun "writer" ("Автор книги …"), so a line it opens is a byline
#: only above the story's text and when every part after it is a full name
#: (``meta_bylines._byline_line``).
BYLINE_BARE_LABEL = re.compile(rf"^(?:{_WRITER_LABEL})\s+", re.IGNORECASE)
#: Hebrew "and", the letter vav written onto the next word ("דנה כהן ויוסי לוי"): the
#: word it opens is the next name's first when names of two words or more stand on
#: either side (``bylines._glued_and``).
GLUED_AND = re.compile(r"\s+ו(?=[\u05d0-\u05ea])")
#: A writer's title after the name, Korean "기자" and Japanese/Chinese "記者"/"记者"
#: (reporter): "김민지 기자" is "by Kim Min-ji"; and the Hindi postposition "द्वारा" ("by",
#: after the name: "अनुराग शर्मा द्वारा").
BYLINE_TRAIL = re.compile(r"\s*(?:기자|記者|记者)$|\s+द्वारा$")
#: The "and" words between a byline's names (English, German, French, Spanish, Italian,
#: Portuguese, Norwegian/Danish, Swedish, Catalan/Polish, Dutch, Finnish, Czech/Slovak,
#: Turkish, Russian, Ukrainian, Vietnamese, Indonesian, Arabic, Hindi, Greek, Hungarian,
#: Thai).
_AND_WORDS = (
    "and", "und", "et", "y", "e", "og", "och", "i", "en", "ja", "a", "ve", "и", "і", "và",
    "dan", "و", "और", "και", "és", "และ",
)  # fmt: skip
#: What separates the names of a byline: commas, "and", "und", "et", "y", "&", "|", "/".
#: An "and" word is written in lower case, or in capitals ("BY JOHN SMITH AND JANE
#: DOE"); capitalised, it is a name's word: "Dan" (Indonesian "and") in
#: "Comments Dan Jervis-Bardy", unless between two names in full (:data:`CAPITAL_AND`);
#: so is a capital letter alone ("A", "E", "I", "И": a middle initial, "John A Smith").
#: A comma may stand before the last "and" of a list of names too (the serial comma:
#: "By Ann Lee, Bo Chan, and Cy Dee").
_BYLINE_AND = "|".join(
    dict.fromkeys([*_AND_WORDS, *(w.upper() for w in _AND_WORDS if len(w) > 1)])
)
BYLINE_SEPARATOR = re.compile(
    rf"\s*(?:[,،]\s*(?:(?:{_BYLINE_AND})\s)?|[;&|/•·]|\s(?:{_BYLINE_AND})\s)\s*"
)
#: An "and" word capitalised ("And", "Und", "Dan"): between two names of two words or
#: more each it separates them, in a title-cased line ("By John Smith And Jane Doe");
#: else it is a name's word (:func:`~.bylines.byline_names`).
CAPITAL_AND = re.compile(
    r"\s(?:"
    + "|".join(dict.fromkeys(w[0].upper() + w[1:] for w in _AND_WORDS if not w[0].isupper()))
    + r")\s"
)
#: What separates the names one structured author value holds: a comma or semicolon, or
#: a spaced "&", "|", "/" or "and" word ("AT&T" and "Jan/Erik" stay one name).
_NAME_AND = "and|und|et|y|e|og|och|i"
NAME_SEPARATOR = re.compile(
    rf"\s*,\s*(?:(?:&|{_NAME_AND})\s+)?|\s*;\s*|\s+(?:[&|/•·]|{_NAME_AND})\s+", re.IGNORECASE
)
#: The "and" words of :data:`NAME_SEPARATOR` that also join the parts of one name
#: ("José Ortega y Gasset", "Josep Puig i Cadafalch", "Maria Silva e Costa").
NAME_CONJUNCTION = re.compile(r"\s+(?:et|y|e|og|och|i)\s+", re.IGNORECASE)
#: The word "with" that closes a byline's writers before the help it credits, an agency
#: or more ("Von Diana Resnik mit AP", "By Euronews with Agencies", "Par Anne Martin avec
#: AFP"): English, German, French, Spanish/Italian, Dutch, Scandinavian, Portuguese; lower
#: case only, as a byline writes it between names (no name's word: "Con O'Neill").
BYLINE_HELP = re.compile(r"\s(?:with|mit|avec|con|met|med|com)\s")
#: Lower-case words a byline's name may hold ("Ursula von der Leyen", "Abu al Hasan").
BYLINE_PARTICLES: frozenset[str] = frozenset(
    {"von", "van", "der", "den", "de", "del", "della", "di", "da", "dos", "du", "la", "le",
     "bin", "bint", "ibn", "al", "el", "ter", "zu", "y", "e"}
)  # fmt: skip
#: Words of a byline part that is a role or a label, not a person ("Staff Writer").
BYLINE_ROLES: frozenset[str] = frozenset(
    {"staff", "writer", "reporter", "correspondent", "editor", "editors", "editorial",
     "desk", "team", "newsroom", "contributor", "redaktion", "korrespondent", "autor",
     "korrespondentin", "autorin", "author", "published", "updated", "veröffentlicht",
     "aktualisiert",
     "follow", "folgen", "email", "e-mail", "more", "mehr", "read", "posted", "share"}
)  # fmt: skip

#: What a byline or an author value closes a name with after a comma, in English, that
#: is no person: a generational suffix, which belongs to the name before it ("John
#: Smith, Jr." is John Smith Jr.), and a degree or an office's initials ("Jane Doe, MD",
#: "Ann Lee, PhD", "John Smith, CEO"), which name no one (:data:`BYLINE_ROLES` are the
#: words of a longer role). Casefolded, without a full stop.
NAME_SUFFIXES: frozenset[str] = frozenset({"jr", "sr", "ii", "iii", "iv"})
POST_NOMINALS: frozenset[str] = frozenset(
    {"phd", "dphil", "md", "mba", "jd", "llm", "rn", "esq", "ceo", "cfo", "cto", "coo"}
)

#: Articles that open a phrase, never a person's name (English, German, French; "Le",
#: "La", "An" left out: they open names too, "La Toya", "An Nguyen"): a bold line
#: "Das Wichtigste" above a story is a heading, not its writer.
PHRASE_ARTICLES: frozenset[str] = frozenset(
    {"the", "der", "die", "das", "ein", "eine", "les", "un", "une"}
)  # fmt: skip

#: Byline line in flattened text ("By Imran Ayub").
BYLINE = re.compile(r"^by\s+([A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,4})$", re.IGNORECASE)

#: Words a signature's name line may hold besides capitalised names.
NAME_PARTICLES: frozenset[str] = frozenset(
    {"bin", "binte", "ul", "ud", "al", "de", "van", "von", "da", "e", "ur"}
)

#: Separators between items of flattened "trending" lists.
LIST_SEPARATORS: frozenset[str] = frozenset({"-", "–", "—", "•", "*", "|"})

#: How a teaser cut short by the site ends.
ELLIPSES: tuple[str, ...] = ("...", "…")

#: The marks a sentence ends with: the Latin stops and the ellipsis, the CJK full stop
#: and the full-width stops a Japanese or Chinese sentence ends with ("。", "！", "？",
#: "．", the half-width "｡"; no space follows them), the Devanagari danda and double
#: danda ("।", "॥"), the Arabic question mark ("؟"), the Urdu full stop ("۔"), the Greek
#: question mark (U+037E; text written with ";" is read by :func:`~.words.ends_sentence`),
#: the Armenian full stop ("։"), the Ethiopic full stop and question mark ("።", "፧"), the
#: Myanmar section mark ("။") and the Khmer full stop ("។").
SENTENCE_STOPS = (
    ".!?\u2026\u3002\uff01\uff1f\uff0e\uff61\u0964"
    "\u0965\u061f\u06d4\u037e\u0589\u1362\u1367\u104b\u17d4"
)
#: Those of :data:`SENTENCE_STOPS` no space follows (the CJK full stop and full-width
#: stops): the next sentence starts right after them.
WIDE_SENTENCE_STOPS = "\u3002\uff01\uff1f\uff0e\uff61"
#: The closing quotes and brackets that may follow a sentence's stop (the CJK corner
#: brackets and full-width parenthesis among them).
SENTENCE_CLOSERS = "\"'\u201d\u2019\u00bb\u300d\u300f)\uff09]"
#: A sentence's last mark, then any closing quotes and brackets, at the end of a text
#: (:func:`~.words.ends_sentence` reads it without a regex, and a Greek question mark
#: written ";" and the stopless end of a Thai sentence too).
SENTENCE_END = re.compile(f"[{re.escape(SENTENCE_STOPS)}][{re.escape(SENTENCE_CLOSERS)}]*$")

#: Sentence-final punctuation: a line ending in one is prose, not a heading or title.
PROSE_END = re.compile(r"[.!;:,\"”’)]$")

#: Print-edition footer closing a story: "Published in Dawn, October 24th, 2024".
PRINT_FOOTER = re.compile(
    r"^(?i:published|printed|appeared) in (?i:the )?[A-Z][\w .&'’-]{1,40},\s*\S"
)

#: Markup only a bot challenge or block page carries, by where it is (as written):
#: ``script`` text, ``src`` of scripts and frames, form ``action``, element ``id`` (the
#: whole id), ``class`` (a part of it), stylesheet ``href``. Cloudflare's
#: ``/cdn-cgi/challenge-platform/scripts/jsd/`` script is injected into ordinary pages
#: too, so ``challenge-platform`` alone is no marker; ``_cf_chl_opt`` is the challenge's.
CHALLENGE_MARKUP: dict[str, tuple[str, ...]] = {
    "script": ("_cf_chl_opt", "__cf_chl_"),  # Cloudflare interstitial ("Just a moment...")
    "src": ("_Incapsula_Resource", "captcha-delivery.com", "ddos-guard"),  # Imperva, DataDome
    "action": ("__cf_chl_",),  # the interstitial's form
    "id": ("cf-error-details", "challenge-form", "px-captcha"),  # Cloudflare block, HUMAN
    "class": ("cf-browser-verification",),  # the older interstitial
    "href": ("cf.errors.css",),  # Cloudflare's block page ("Attention Required!")
}
#: Titles of challenge and block pages (lower case, "…" read as "...", whitespace
#: collapsed): the whole title, not a word in it.
CHALLENGE_TITLES: frozenset[str] = frozenset(
    {
        "just a moment...",
        "one moment, please...",
        "please wait... | cloudflare",
        "attention required! | cloudflare",
        "checking your browser...",
        "checking your browser before accessing",
        "access denied",
        "access to this page has been denied",
        "you have been blocked",
        "pardon our interruption",
        "are you a robot?",
        "security check",
        "verify you are human",
        "403 forbidden",
        "request rejected",
    }
)
#: Sentences of challenge and block pages (lower case), for a page without a telling
#: title (like the titles and markup, they count only on a short page marking no
#: article: see ``CHALLENGE_MAX_WORDS``).
CHALLENGE_PHRASES: tuple[str, ...] = (
    "checking your browser before accessing",
    "checking if the site connection is secure",
    "needs to review the security of your connection",
    "enable javascript and cookies to continue",
    "verify you are human",
    "sorry, you have been blocked",
    "you don't have permission to access",
    "why have i been blocked?",
    "please complete the security check",
    "used cloudflare to restrict access",
    "errors.edgesuite.net",  # Akamai's "Access Denied" reference link
)
#: A challenge or block page says a few sentences (Cloudflare's: 30 to 130 words); a
#: page with more words than this holds content, whatever its title or markup says.
CHALLENGE_MAX_WORDS = 250


# --- Body model (newscrawl.extraction.generic) -------------------------------------------

#: Class/id words of containers that hold a story.
POSITIVE_WORDS: frozenset[str] = frozenset(
    {
        "article",
        "articlebody",
        "body",
        "content",
        "entry",
        "main",
        "post",
        "story",
        "storybody",
        "text",
        "blog",
        "prose",
        "page",
    }
)

#: Class/id words of page chrome: never story text, skipped wherever they appear.
NEGATIVE_WORDS: frozenset[str] = frozenset(
    {
        "ad",
        "ads",
        "adv",
        "advert",
        "advertisement",
        "advertising",
        "author",
        "bio",
        "breadcrumb",
        "breadcrumbs",
        "byline",
        "caption",
        "captions",
        "comment",
        "comments",
        "consent",
        "contributor",
        "cookie",
        "cookies",
        "ciasteczka",  # Polish and Swedish for cookies
        "ciasteczek",
        "kakor",
        "credit",
        "credits",
        "disqus",
        "donate",
        "donation",
        "dropdown",
        "footer",
        "footnote",
        "gdpr",
        "hidden",
        "masthead",
        "menu",
        "modal",
        "nav",
        "navbar",
        "navigation",
        "newsletter",
        "outbrain",
        "popup",
        "promo",
        "promotion",
        "recommend",
        "recommended",
        "recommendations",
        "related",
        "share",
        "sharing",
        "sharebar",
        "sidebar",
        "signup",
        "skip",
        "social",
        "sponsor",
        "sponsored",
        "subscribe",
        "subscription",
        "taboola",
        "tag",
        "tags",
        "toolbar",
        "tools",
        "topics",
        "trending",
        "widget",
        "widgets",
        "meta",
        "disclaimer",
        "print",
        "rating",
        "reactions",
        "pagination",
        "pager",
        "jump",
        "toc",
    }
)

#: Word prefixes that mark chrome however the word goes on ("advertorial", "sharethis").
NEGATIVE_PREFIXES: tuple[str, ...] = (
    "advert",
    "comment",
    "newsletter",
    "recommend",
    "related",
    "share",
    "social",
    "sponsor",
    "subscri",
    "promo",
    "sidebar",
    "breadcrumb",
    "cookie",
    "taboola",
    "outbrain",
)

#: Words that keep an element despite a negative word ("article-meta content" holds text).
RESCUE_WORDS: frozenset[str] = frozenset(
    {"article", "articlebody", "body", "content", "entry", "main", "story", "storybody", "prose"}
)

#: Elements whose content a reader never sees as text: the walk does not enter them.
SKIP_TAGS: frozenset[str] = frozenset(
    {
        "script",
        "style",
        "noscript",
        "template",
        "svg",
        "iframe",
        "button",
        "input",
        "select",
        "textarea",
        "object",
        "embed",
        "video",
        "audio",
        "canvas",
        "map",
        "head",
        "title",
        "dialog",
    }
)

#: Controls whose content is a short label. A control holding a landmark (``main``,
#: ``footer`` …) is not one: the parser left it open and nested the page inside it (libxml2
#: keeps ``<button><div></button>`` open to the end of the document), so the walk enters it.
CONTROL_TAGS: frozenset[str] = frozenset({"button"})

#: Elements a reader operates, not reads: a small box inside the story holding one is a
#: widget (a newsletter form, an embed's consent switch, a player, a box that unfolds).
#: Wider than :data:`CONTROL_TAGS`, the controls the walk skips.
WIDGET_CONTROL_TAGS: frozenset[str] = frozenset({"button", "input", "select", "textarea", "form"})
#: Pictures and players: a small box inside the story holding one, and only short lines,
#: holds its caption and credit.
MEDIA_TAGS: frozenset[str] = frozenset({"img", "picture", "video", "audio"})

#: Landmark and sectioning elements, never inside a control in a well-formed page.
LANDMARK_TAGS: frozenset[str] = frozenset(
    {"main", "article", "section", "nav", "aside", "header", "footer"}
)

#: Elements that are chrome by their tag (vetted by size like class-named chrome).
CHROME_TAGS: frozenset[str] = frozenset(
    {"nav", "footer", "header", "aside", "figure", "figcaption", "h1", "menu", "form"}
)

#: Chrome by its tag that no story-named element inside rescues: a picture with its
#: caption ("hero-img__text" names no story container).
CAPTION_TAGS: frozenset[str] = frozenset({"figure", "figcaption"})

#: ARIA roles of chrome.
CHROME_ROLES: frozenset[str] = frozenset(
    {
        "navigation",
        "complementary",
        "contentinfo",
        "banner",
        "dialog",
        "alertdialog",
        "alert",
        "search",
    }
)

#: ARIA roles of a dialog laid over the page (with ``aria-modal="true"``): never the story
#: unless the story itself is inside (a ``main``, ``article``, ``h1`` or articleBody).
DIALOG_ROLES: frozenset[str] = frozenset({"dialog", "alertdialog"})

#: Class/id token prefixes of the consent layers of widespread consent-management
#: platforms (OneTrust, Cookiebot, Usercentrics, Didomi, Quantcast Choice, Sourcepoint,
#: consentmanager, TrustArc, Borlabs, Complianz, CookieYes, iubenda, Osano, Klaro,
#: CookieLawInfo, Termly, CookieHub, and the European tools Axeptio, tarteaucitron, Sirdata,
#: SFBX AppConsent, Cookie Information, Ethyca Fides, TRUENDO, WP Cookie Consent and the
#: PrestaShop cookie-law module) and of the common hand-rolled names. A layer named so
#: is chrome whatever share of the page's text it holds: their purpose texts are long
#: prose, and on a short article they outweigh it.
CONSENT_PREFIXES: tuple[str, ...] = (
    "onetrust",
    "ot-sdk",
    "optanon",
    "cybotcookiebot",
    "cookiebot",
    "usercentrics",
    "didomi",
    "qc-cmp",
    "sp_message",
    "cmpbox",
    "cmpwrapper",
    "truste",
    "trustarc",
    "borlabscookie",
    "cmplz",
    "cky-consent",
    "iubenda-cs",
    "osano-cm",
    "klaro",
    "cookie-law-info",
    "termly",
    "cookiehub",
    "ch2-",
    "axeptio",
    "tarteaucitron",
    "sd-cmp",
    "appconsent",
    "coi-banner",
    "coi-consent",
    "coioverlay",
    "fides-banner",
    "fides-overlay",
    "fides-modal",
    "truendo",
    "wpcc-",
    "lgcookieslaw",
    "cc-banner",
    "cc-window",
    "cookieconsent",
    "cookie-consent",
    "cookiebanner",
    "cookie-banner",
    "cookienotice",
    "cookie-notice",
    "cookielayer",
    "cookie-layer",
    "cookiewall",
    "cookie-wall",
    "cookiebar",
    "cookie-bar",
)
#: Name words of a consent layer on their own ("gdpr-overlay", "privacy-consent").
CONSENT_WORDS: frozenset[str] = frozenset({"consent", "gdpr"})
#: "cookie" names a consent layer only beside a word for a notice ("cookie-popup"), not on
#: its own (a recipe's "cookie-list"). Most EU languages say "cookie"; Polish and Swedish
#: names use their own words ("ciasteczka-info", "kakor-banner").
COOKIE_WORDS: frozenset[str] = frozenset(
    {"cookie", "cookies", "ciasteczka", "ciasteczek", "kakor"}
)
NOTICE_WORDS: frozenset[str] = frozenset(
    {
        "banner",
        "notice",
        "notification",
        "bar",
        "dialog",
        "modal",
        "popup",
        "overlay",
        "layer",
        "wall",
        "law",
        "message",
        "hint",
        "box",
        "settings",
        "preferences",
    }
)

#: "privacy" names a consent layer only beside a word for a layer laid over the page
#: ("privacy-banner", "privacy-popup"), not beside "notice" or "policy" (a privacy
#: notice is a page's text, a privacy policy a page).
PRIVACY_WORDS: frozenset[str] = frozenset({"privacy"})
LAID_OVER_WORDS: frozenset[str] = frozenset(
    {"banner", "bar", "dialog", "modal", "popup", "overlay", "layer", "wall"}
)

#: Elements that start and end a paragraph; everything else flows inline.
BLOCK_TAGS: frozenset[str] = frozenset(
    {
        "address",
        "article",
        "blockquote",
        "body",
        "center",
        "dd",
        "details",
        "div",
        "dl",
        "dt",
        "fieldset",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "hr",
        "li",
        "main",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "tr",
        "ul",
    }
)

#: Whole-paragraph chrome: share prompts, ad labels, newsletter calls, "read more" links.
CHROME_PARAGRAPH = re.compile(
    r"^\s*(?:"
    r"advertisement|advertisements|ad|sponsored( content)?|story continues below( advertisement)?"
    r"|continue reading( below)?|scroll (down )?to continue.*|read more|see more|show more"
    r"|load more|more stories|related( stories| articles| content)?"
    r"|share( this( article| story)?)?"
    r"|share on \w+|tweet|email|print|copy link|link copied|facebook|twitter|whatsapp|linkedin"
    r"|reddit|pinterest|comments?|leave a (comment|reply)|sign up|subscribe( now)?"
    r"|skip to (main )?content|back to top|top of page|image|photo|video"
    r")\s*[.:!]?\s*$",
    re.IGNORECASE,
)

#: Newsletter / subscription calls made as a sentence ("Sign up for our newsletter …").
NEWSLETTER_CALL = re.compile(
    r"^\s*(?:sign up|subscribe|get|join|enter your email|register)\b.{0,120}"
    r"\b(?:newsletter|inbox|daily briefing|email|subscribers?)\b",
    re.IGNORECASE,
)

#: A credit naming who contributed to the report, closing a story
#: (:func:`~.edges.credit_lines`); language words, English and German: "Jane Doe
#: contributed to this report.", "Associated Press writers … contributed reporting.",
#: "Additional reporting by Jane Doe", "mit dpa", "mit Material von dpa/AFP" (an agency's
#: material the story used: "mit" and up to four short names, nothing more). "This",
#: not "the": "Five universities contributed to the report." is a story's sentence; and
#: the credit ends the line, where from aside ("… contributed reporting from London, and
#: Jonas Berg from Berlin."): "… contributed to this report, the first since 2019." and
#: "She contributed reporting from Gaza for the paper until 2019." are a story's.
CONTRIBUTOR_CREDIT = re.compile(
    r"\bcontributed (?:reporting|to this (?:report|story|article))"
    r"(?-i: (?:from|in) [A-Z][\w'’.-]*(?:,? (?:and |from |in )?[A-Z][\w'’.-]*)*)?"
    r"[.)\]\"”]*\s*$"
    r"|^\s*(?:additional|further) reporting (?:by|from)\b"
    r"|^\s*mit (?:material (?:von|der|aus) )?[^\W\d_]{2,8}"
    r"(?:\s*(?:/|,|und)\s*[^\W\d_]{2,8}){0,3}\s*$",
    re.IGNORECASE,
)

#: Heading-like class words of a box title.
TITLE_WORDS: frozenset[str] = frozenset(
    {"title", "heading", "header", "headline", "label", "hed", "head"}
)


# --- Metadata (newscrawl.extraction.metadata) --------------------------------------------

#: schema.org types whose ``datePublished`` is the article's own.
ARTICLE_TYPES = frozenset({
    "article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle",
    "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "blogposting",
    "liveblogposting", "socialmediaposting", "techarticle", "scholarlyarticle", "report",
    "satiricalarticle", "advertisercontentarticle", "askpublicnewsarticle", "posting",
})  # fmt: skip

#: schema.org page types: their date is the page's, a little less specific than an article's.
WEBPAGE_TYPES = frozenset({
    "webpage", "itempage", "collectionpage", "aboutpage", "profilepage", "qapage",
    "faqpage", "medicalwebpage", "realestatelisting", "searchresultspage",
})  # fmt: skip

#: schema.org types of a reader's reply (``Comment``, ``Answer``): their dates are the
#: reply's, never the page's.
REPLY_TYPES = frozenset({"comment", "answer"})
#: JSON-LD types of a recording: the main entity of a video's or a podcast's own page.
MEDIA_TYPES = frozenset({"videoobject", "audioobject", "mediaobject", "podcastepisode"})

#: JSON-LD keys that hold the page's main item(s) (walked); other keys are not.
JSONLD_NESTING = ("@graph", "mainEntity", "mainEntityOfPage", "itemReviewed")

#: Meta names (``property``/``name``/``itemprop``, lower-cased) of the article's own
#: publication time in the Open Graph article vocabulary.
OG_PUBLISHED_META = (
    "article:published_time", "og:article:published_time", "og:published_time",
    "article:published", "published_time",
)  # fmt: skip

#: Other common publication-date meta names (CMS, Dublin Core, analytics, citation tags).
PUBLISHED_META = (
    "pubdate", "publishdate", "publish-date", "publish_date", "published-date",
    "publication_date", "publication-date", "pub_date", "date_published", "datepublished",
    "dc.date.issued", "dcterms.issued", "dc.date.created", "dcterms.created", "dc.date",
    "dcterms.date", "dc.created", "sailthru.date", "parsely-pub-date", "article.published",
    "article_date_original", "article.created", "original-publish-date",
    "originalpublicationdate", "citation_publication_date", "citation_date",
    "citation_online_date", "cxenseparse:recs:publishtime", "rnews:datepublished",
    "displaydate", "date", "dc.date.published", "bt:pubdate", "nv:date", "created",
)  # fmt: skip

#: Modification-date meta names: never a publication date.
MODIFIED_META = (
    "article:modified_time", "og:article:modified_time", "og:updated_time",
    "article:modified", "modified_time", "last-modified", "lastmod", "dc.date.modified",
    "dcterms.modified", "datemodified", "date_modified", "sailthru.lastmodified",
    "article.updated", "revised",
)  # fmt: skip

#: Meta names whose content is a JSON object with a publication date (Parse.ly).
JSON_META = {"parsely-page": "pub_date"}

#: Class/id fragments naming an element that holds a date stamp, byline or meta line.
STAMP_FRAGMENTS = (
    "date", "time", "byline", "meta", "publish", "posted", "stamp", "dateline", "info",
)  # fmt: skip

#: Class/id fragments marking a ``<time>`` (or stamp) as the publication time.
PUBLISH_FRAGMENTS = ("publish", "posted", "created", "pubdate", "entry-date", "date-pub")

#: Class/id fragments marking a ``<time>`` (or stamp) as a modification time.
MODIFIED_FRAGMENTS = ("updated", "modified", "update", "edited", "changed")

#: Class/id fragments of containers that hold other pages' dates or user content.
FOREIGN_FRAGMENTS = (
    "comment", "related", "sidebar", "teaser", "widget", "recommend", "popular", "footer",
    "newsletter", "trending", "more-", "read-more", "readmore", "promo", "reply", "most-",
    "latest", "also", "nav", "menu", "carousel", "slider", "ticker", "outbrain", "taboola",
    "aside",
)  # fmt: skip

#: Class/id fragments of an article body container (anchors the main frame when the page
#: has no headline ``<h1>``).
BODY_FRAGMENTS = (
    "articlebody", "article-body", "article_body", "entry-content", "post-content",
    "postcontent", "story-body", "storybody", "article-content", "articletext", "post-body",
)  # fmt: skip

#: Class/id fragments of a breadcrumb trail (its last item often repeats the SEO headline
#: in an ``<h1>`` above the headline the page displays).
NAVIGATION_FRAGMENTS = ("breadcrumb",)

#: Class fragments of text shown to screen readers only (Bootstrap's ``sr-only`` and
#: ``visually-hidden``, WordPress's ``screen-reader-text``): no reader sees it in a heading.
SCREEN_READER_FRAGMENTS = ("sr-only", "visually-hidden", "visuallyhidden", "screen-reader")

#: Class names of text shown to screen readers only, hidden from sight by the stylesheet
#: (the body walk drops it): Bootstrap's ``sr-only`` (3/4), ``visually-hidden`` and
#: ``visually-hidden-focusable`` (5: hidden until focused), WordPress's
#: ``screen-reader-text``, HTML5 Boilerplate's ``visuallyhidden``, Drupal's
#: ``element-invisible``, Foundation's ``show-for-sr``, Amazon's ``offscreen``, and the
#: common short forms (``sronly``, ``vh``, ``a11y-hidden``, ``screen-reader-only``).
VISUALLY_HIDDEN_NAMES = (
    "sr-only", "sronly", "visually-hidden", "visuallyhidden", "visually-hidden-focusable",
    "hidden-visually", "screen-reader-text", "screen-reader-only", "screenreader-only",
    "screenreader-text", "element-invisible", "show-for-sr", "offscreen", "a11y-hidden",
    "vh",
)  # fmt: skip

#: Tags whose content never dates the article (other pages, site chrome, user content).
FOREIGN_TAGS = frozenset({"aside", "footer", "nav"})

#: The tag of a quotation: an embedded post (a tweet's, an Instagram post's) or a quoted
#: passage, whose dates are the quoted item's, never the page's.
QUOTED_TAGS = frozenset({"blockquote"})

#: Tags of markup a browser never shows (a ``<template>``'s, which a script clones): it never
#: dates the page.
INERT_TAGS = frozenset({"template"})

#: Tags that bound the article's own header area.
ARTICLE_TAGS = frozenset({"article", "header", "main"})

#: Tags skipped when reading visible stamps.
SKIP_TEXT_TAGS = frozenset({"script", "style", "noscript", "template", "svg", "head"})

#: Publication labels before a visible stamp (English as split_labels reads them, and the
#: common labels of other languages).
PUBLISHED_LABELS = re.compile(
    r"(?<!\w)"
    + first_letter_led(
        r"published|posted|first published|originally published|veröffentlicht|"
        # ("online seit": German "online since", the day the page went up)
        r"online seit|erschienen|publié|publiée|publicado|publicada|pubblicato|gepubliceerd|"
        r"opublikowano|"
        # Nordic, Finnish, Czech/Slovak, Romanian, South Slavic, Hungarian
        r"publicerad|publicerat|publiceret|publisert|julkaistu|publikováno|publikované|"
        r"publicat|objavljeno|közzétéve|опубликовано|"  # … and Russian
        # "date of publication" and "published" in more languages: Italian, Portuguese,
        # Spanish, Dutch, Polish, Czech, Romanian, Turkish, Indonesian, Vietnamese, Danish,
        # Hungarian, Greek, Ukrainian, Russian, Arabic, Hebrew, Hindi
        r"data di pubblicazione|data de publicação|fecha de publicación|publicatiedatum|"
        r"data publikacji|datum vydání|datum publikace|data publicării|yayın tarihi|"
        r"yayınlanma|diterbitkan|dipublikasikan|ngày đăng|đăng lúc|udgivet|publikálva|"
        r"δημοσιεύθηκε|δημοσίευση|опубліковано|дата публікації|дата публикации|"
        r"نشر في|نشر بتاريخ|تاريخ النشر|פורסם|प्रकाशित तिथि|प्रकाशित|"
        r"公開日|配信日|掲載日|投稿日|発行日|公開日時|配信日時|掲載日時|投稿日時|"  # Japanese
        # Chinese (simplified, traditional; "日期"/"时间": "date"/"time" alone, as a label)
        r"发布于|发布时间|发布日期|發布日期|發佈日期|發布時間|發佈時間|发表时间|發表時間|"
        r"发表日期|發表日期|日期|时间|時間|"
        r"입력|기사입력|입력일|등록일|게재일|발행일|작성일"  # Korean
    )
    + r"(?!\w)",
    re.IGNORECASE,
)

#: Words joining a label to its date ("Publié le …", "Veröffentlicht am …") …
JOINER_WORDS = r"le|am|on|el|il|op|dnia|den|em|dne"
#: … and a label's joining words and marks (a full-width colon too), cut from the text
#: after it.
LABEL_JOINER = re.compile(rf"^[\s:：–—-]*(?:(?:{JOINER_WORDS})(?!\w))?[\s:：]*", re.I)
#: The English modification labels ("Updated", "Last modified", "Edited").
MODIFIED_WORDS = r"(?:last\s+)?(?:updated|modified|edited)"

#: Modification labels of other languages (split_labels reads the English ones). (An ASCII
#: label added here goes into stamp_names' cheap test, ``_ASCII_LABEL_WORDS``, too.)
MODIFIED_LABELS = re.compile(
    r"(?<!\w)"
    + first_letter_led(
        r"aktualisiert|zuletzt geändert|geändert|stand:|mis à jour|modifié le|"
        r"actualizado|actualizada|aggiornato|bijgewerkt|zaktualizowano|"
        r"uppdaterad|uppdaterat|opdateret|oppdatert|päivitetty|atualizado|aktualizováno|"
        r"aktualizované|actualizat|ažurirano|posodobljeno|frissítve|обновлено|更新日|"
        # Polish, Turkish, Indonesian, Vietnamese, Greek, Ukrainian, Hebrew, Arabic, Hindi
        r"aktualizacja|güncelleme|güncellenme|diperbarui|cập nhật|ενημέρωση|ενημερώθηκε|"
        r"оновлено|עודכן|آخر تحديث|تم التحديث|अपडेटेड|अपडेट|"
        # Japanese, Chinese (simplified, traditional), Korean
        r"最終更新日|最終更新|更新日時|更新时间|更新時間|更新日期|最后更新|最後更新|修改时间|"
        r"修改時間|修改日期|수정|수정일|업데이트|"
        # A review's labels (a health page's "Page last reviewed", its next review's day): the
        # day the page was checked, never published. English and the common European ones.
        r"page\s+last\s+reviewed|last\s+reviewed|reviewed\s+on|next\s+review(?:\s+due)?|"
        r"zuletzt\s+geprüft|geprüft\s+am|dernière\s+vérification|vérifié\s+le|"
        r"dernière\s+révision|última\s+revisión|revisado\s+el|última\s+revisão|revisto\s+em|"
        r"ultima\s+revisione|laatst\s+gecontroleerd|gecontroleerd\s+op|"
        r"ostatnia\s+weryfikacja|последняя\s+проверка"
    )
    + r"(?!\w)",
    re.IGNORECASE,
)

#: A word of "until" right before a date ("Offer valid until 14 March 2024", "gültig bis
#: 14.03.2024", "действует до 14 марта"; Chinese "至", Thai "ถึง" glued to the words before
#: them), or a postposition of it after one ("14.3.2024 asti", "2024年3月14日まで", "3월
#: 14일까지", "14 मार्च 2024 तक", "tarihine kadar", Hungarian "-ig"): the day a thing ends
#: (an offer, a video's availability, a registration), never the page's. A word of it is
#: a whole word ("donderdag 14 maart" holds no "do"). (An ASCII word added here goes into
#: stamp_names' cheap test, ``_ASCII_SPAN_WORDS``, too.)
UNTIL_DATE = re.compile(
    r"(?:(?<!\w)(?:until|till?|bis(?:\s+(?:zum|am))?|jusqu['’](?:au|à)|hasta(?:\s+el)?|"
    r"fino\s+al?|até|tot(?:\s+en\s+met)?|t/m|indtil|(?-i:do)|до|έως|μέχρι|đến|hingga|sampai|"
    r"حتى|لغاية|עד|eddig)(?!\w)|至|截至|截止|ถึง)\s*[:：]?\s*(?=\d|[^\W\d_]{3,9}\.?\s+\d)"
    r"|\d[日일.]?\s*(?:(?:tarihine\s+)?(?:asti|kadar|-?ig)(?!\w)|まで|까지|तक)",
    re.IGNORECASE,
)

#: A member's "since" right before a date ("Member since 14 March 2020", "Mitglied seit
#: 14.03.2020", "Dabei seit …", "Membre depuis le …", "На сайте с …"): the day a profile
#: was opened (an author's box, a reader's), never the page's. A word list of the common
#: European languages' profile labels. Not "Online seit" (German: online since), which
#: dates the page (a publication label). (An ASCII word added here goes into stamp_names'
#: cheap test, ``_ASCII_SPAN_WORDS``, too.)
SINCE_DATE = re.compile(
    r"(?<!\w)(?:(?:member|user|registered)\s+since|joined(?:\s+on)?|"
    r"(?:mitglied|dabei|registriert|angemeldet|nutzer|user)\s+seit|"
    r"(?:membre|inscrit|inscrite)\s+depuis(?:\s+le)?|inscrite?\s+le|"
    r"(?:miembro|registrado|registrada|usuario|usuaria)\s+desde(?:\s+el)?|"
    r"(?:membro|iscritto|iscritta|registrato|registrata)\s+da(?:l|ll['’])|"
    r"(?:membro|registrado|registrada|cadastrado|cadastrada)\s+desde|"
    r"(?:lid|geregistreerd)\s+sinds|"
    r"(?:członek|użytkownik|zarejestrowany|zarejestrowana|na\s+portalu)\s+od|"
    r"(?:на\s+сайте|участник|пользователь|зарегистрирован[аo]?)\s+с)"
    r"\s*[:：]?\s*(?=\d|[^\W\d_]{3,9}\.?\s+\d)",
    re.IGNORECASE,
)

#: Class/id fragments of a post's own meta line ("This entry was posted on …"): stamp
#: containers, never foreign.
POST_META_FRAGMENTS = (
    "postmetadata", "post-meta", "postmeta", "entry-meta", "post-info", "entry-info", "postinfo",
)  # fmt: skip

#: Class/id fragments of a post's own footer: never foreign although they say "footer";
#: read for post-meta sentences and date lines only (tags and author bios live there too).
POST_FOOTER_FRAGMENTS = (
    "post-footer", "entry-footer", "article-footer", "asset-footer", "story-footer",
)  # fmt: skip

#: Verbs of a post-meta sentence that dates the post ("Dieser Beitrag wurde am … veröffentlicht",
#: "This entry was posted on …", "Publié le …").
PUBLICATION_VERBS = re.compile(
    r"(?<!\w)"
    + first_letter_led(
        r"posted|published|written|veröffentlicht|geschrieben|verfasst|erschienen|"
        r"publié|publiée|écrit|publicado|publicada|escrito|pubblicato|scritto|gepubliceerd|"
        r"geschreven|opublikowano"
    )
    + r"(?!\w)"
    # Japanese and Chinese ones, in text with no spaces between words ("投稿されました",
    # "发布于"): a word list, as the European verbs are.
    r"|投稿|掲載|公開され|发布于|發佈於|发表于|發表於",
    re.IGNORECASE,
)
#: A date written in the CJK way, year, month and day each with its mark ("2024年3月14日",
#: "2024년 3월 14일").
CJK_DATE = re.compile(r"(?<!\d)(?:19|20)\d\d\s*[年년]\s*\d{1,2}\s*[月월]\s*\d{1,2}\s*[日일]")

#: Month names of the common European languages besides English (split_labels reads English).
LOCAL_MONTHS = (
    "januar|jänner|februar|märz|mai|juni|juli|oktober|dezember|"  # de (others as en)
    "janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|"  # fr
    "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|"  # es
    "noviembre|diciembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|"  # it
    "dicembre|januari|februari|maart|mei|augustus|janeiro|fevereiro|março|maio|junho|julho|"
    "setembro|outubro|dezembro|april|august|september|november|"  # nl, pt, shared
    "января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря"  # ru
)

#: Words joining a date to its time in the languages of Europe ("at 14:05", "um", "à",
#: "alle"/"ore", "a las", "às", "om", "kl.", "klo"/"kello", "o godz.", "ob", "u"), as
#: patterns.
TIME_JOINER_WORDS = (
    "at", "um", "à", r"a\s+las", "às", "alle", "ore", "om", r"kl\.?", "klo", "kello",
    r"o\s+godz\.?", r"godz\.?", "ob", "u",
)  # fmt: skip
#: One of :data:`TIME_JOINER_WORDS` ("um 14:48", "à 14h05").
TIME_JOINERS = rf"(?:{'|'.join(TIME_JOINER_WORDS)})"

#: A day, a local month name and a year in running text ("14. Dezember 2015", "3 de mayo
#: de 2012"), with the time after it ("3 mars 2024 à 14h05", "3 de março de 2024, às
#: 14h05"): without it the stamp keeps only its day.
LOCAL_DATE = re.compile(
    rf"(?<![\w.])\d{{1,2}}\.?\s*(?:de\s+)?(?:{LOCAL_MONTHS})\.?\s*(?:de\s+)?(?:19|20)\d\d(?!\d)"
    rf"(?:\s*,?\s*(?:{TIME_JOINERS}\s+)?\d{{1,2}}[:.h]\d\d(?![\d.:]))?",
    re.IGNORECASE,
)

#: A label element that names the date beside it ("<h5>Datum:</h5> 03.02.2022",
#: "<dt>Published</dt><dd>…</dd>", "<strong>Date:</strong> 3 Feb 2022"): publication…
DATE_LABEL_ONLY = re.compile(
    r"^(?:date|datum|fecha|data|date de publication|publication date|published|posted|"
    r"published on|posted on|veröffentlicht|veröffentlicht am|online seit|erschienen|"
    r"erschienen am|"
    r"publié le|publiée le|publicado|publicado el|pubblicato|pubblicato il|gepubliceerd|"
    r"gepubliceerd op|datum publicatie|opublikowano)\s*:?$",
    re.IGNORECASE,
)

#: … or modification ("Updated:", "Aktualisiert am").
MODIFIED_LABEL_ONLY = re.compile(
    r"^(?:updated|last updated|modified|last modified|aktualisiert|aktualisiert am|"
    r"zuletzt aktualisiert|geändert|stand|mis à jour|mis à jour le|actualizado|aggiornato|"
    r"bijgewerkt|last reviewed|page last reviewed|reviewed on|zuletzt geprüft)\s*:?$",
    re.IGNORECASE,
)

#: Tags of label elements ("<h5>Datum:</h5>", "<dt>", "<strong>Date:</strong>").
LABEL_TAGS = frozenset({"h4", "h5", "h6", "dt", "th", "strong", "b", "span", "label", "em"})

#: Tags of icons ("<i class='fa fa-calendar'>", "<img src='calendar.png'>").
ICON_TAGS = frozenset({"i", "span", "img", "svg", "em"})

#: Heading tags: never read as stamps (a headline may well hold a year).
HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
#: The headings below the ``h1`` (the page's headline's): a deck's, a section's.
SUBHEADING_TAGS = HEADING_TAGS - {"h1"}

#: Text blocks dropped from htmldate's copy of the page when longer than a stamp.
TEXT_BLOCK_TAGS = frozenset({"p", "li", "blockquote", "td", "dd", "pre"})

#: Separators between a page title's headline and the site or section names after it.
TITLE_SEPARATORS: tuple[str, ...] = (" | ", " – ", " — ", " - ", " :: ", " · ", " » ")

# --- page kinds (newscrawl.extraction.pagekind) -------------------------------------------

#: schema.org types (lower case) of a page that lists other pages: a section front, a tag
#: or author page, search results.
LISTING_TYPES = frozenset({"collectionpage", "searchresultspage", "itemlist", "profilepage"})

#: ``og:type`` values of a page that is not one story (a site's front, a profile).
LISTING_OG_TYPES = frozenset({"website", "profile"})

#: Query keys that carry a search ("?q=budget", "?s=budget").
SEARCH_QUERY_KEYS = frozenset({"q", "s", "query", "search", "keyword", "keywords", "term"})
