# ruff: noqa: E501  (page markup and sentences read better unbroken)
"""Red team of synthetic pages for a story's writers (issue 9).

Builds story pages of one structure each, runs the generic extractor (``generic_article``,
as ``bench/redteam_dates.py`` does) and compares the set of authors it keeps with the
writers the page shows, names casefolded and whitespace-normalised as
``bench/data/publishers/score.py`` compares authors.

    python bench/redteam_authors.py [SHAPE ...] [-v]

Shapes that must give the writers: ``langs`` (an unmarked byline line under the headline
in 27 languages, with the word that language's news pages put before, or after, a
writer's name: "By", "Von", "Par", "Por", "Di", "Door", "Av", "Af", "Teksti:", "Autor:",
"Yazar:", "Автор:", "Tác giả:", "Oleh", "بقلم", "מאת", "लेखक:", "Szerző:", "Της", "โดย",
"文・", "作者：", "기자" after the name; in a ``<p>``, in a ``<div><span>``, and closing
with the day after a comma), ``marked`` (a byline marked by a class, ``itemprop="author"``,
``rel="author"``, a link to the writer's page ``/author/slug``, or a writer's portrait
captioned by the byline, in en/de/fr: one
writer, a writer and a role "Anna Schmidt, Korrespondentin", a writer and the day in one
line), ``several`` (two or three writers in one line, "A, B und C", in the languages'
own "and"; the Hebrew "ו" written onto the next name), ``bare`` (a writer's label with
no colon under the headline, "Автор Анна Смирнова", "Yazar Ayşe Yılmaz", in 9 languages,
one writer and two), ``baredate`` (the same with the day closing the line after a comma
or a bar, "Автор Анна Смирнова, 14 марта 2024"; twins of the noun "writer" and a
sentence give none; Polish/Czech "Autor" with no colon is such a label), ``hindi`` (the name before the postposition "द्वारा", "अनीता शर्मा
द्वारा", with and without the day; a writer's label and a credit label, "फोटो:", "स्रोत:",
after the name; twins: a credit alone, "द्वारा" after a word, a sentence, give none), ``jsonld`` (JSON-LD ``author`` as a Person, a list of Persons, a string, a list
of strings; an Organization that is the publication with the story's byline beside it,
which gives the byline's writer, and without one, which gives the publication, as the
publishers truth does where the page names no one else), ``publication`` (the structured
author is the publication, a CMS account of the site's word and an initial, or a
section's name, while the page names its writer in a second author meta, a bold line of
names above the story's text or the byline; a source credited in a closing line after
the publication's name, "Hafenbote / Nordic Wire"; a nested JSON-LD author list, also
three lists deep). Shape ``pubwords`` must keep the publication beside a bold line or a
closing credit of words the story writes in lower case ("New Budget"). Shape
``pubonly`` must keep the publication (no byline; a bold name below the story's first
paragraph, opening a sentence; a bold heading "Das Wichtigste"), an organisation's desk
("Redaktion Hafenbote"), a person's meta beside a bold name or a closing credit, the
publication beside a credit of one word or one above the story, and give no one for a
section's name alone. Shape ``notfire`` must give no writer: a story with no
byline whose page holds a teaser card's byline of another story, a reader's comment's
author, a photo credit ("Foto: Anna Schmidt"; in 12 languages' own words, "Фото:",
"Kuva:", "写真：", "사진=… 기자", under the headline and in a caption), a sidebar box on the writer of another
article, a media box's credit (a byline class in a ``<figure>``: "03:07 | Anna Smith"
over its audio's link), a paragraph opening with a person's name, a line opening with the
language's writer word and going on with a sentence of the story, a writer's label
with no colon as the noun "writer" ("Автор книги …", "Yazar ve gazeteci …"), before a
name and a sentence, before a sentence, and below the story's text. Shape ``writerlink``
(pages whose classes are opaque tokens and semantic tags divs, as ``bench/meta_bare.py``
reads them) must give the writers of a line of links to their pages under the headline
(the address spelling the name, "/av/amanda-hallsten", or a writers' folder,
"/autoren/3-x/"), alone, in a span, with the day, after a standfirst, two writers;
``writerlink-notfire`` must give none for a person linked in a sentence, a row of topic
links, a writer's link below the story's first paragraphs, a link to a social profile or
to another name's page, a story's link whose slug holds the name and more words, a menu of sections' links. Shape
``runon`` (opaque pages too) must give the writer of a byline line in a box whose next
line, the writer's role or the day, the box's text runs into the name, and of a writer's
link showing the name whole and in parts; and keep both names where a line inside is
continued by "and" or a comma. Shape ``address`` (opaque pages) must give the writers of
an ``<address>`` under the headline, HTML's mark of an article's writers' contact;
``address-notfire`` none for a postal address, a contact sentence, the site's name, an
address in another story's teaser card. Shape ``nameline`` (opaque pages) must give the
writers of a line of names alone under the headline (no byline word, class or link: one
name, two a span each set apart by a bar or space, the name above the place or with the
day, after a standfirst); ``nameline-notfire`` none for a picture's credit or caption,
a person the lead names, a sign-off, the site's name, a share line, a section's label
the menu links too, a photo credit's word before the name, a teaser card's byline, a
table's cell, a name below the story's first paragraphs. Shape ``leadsentence`` must
give no writer for a consent note under the headline that opens with the language's
"by" and closes with title-case words after "and" ("By submitting your email, you agree
to our Terms and Privacy Notice"), and the byline's writer where a byline follows it.
Shape ``bylinesep`` must give the writer alone of a marked byline or an ``<address>``
whose name a ``<br>`` or a spaced dash ends before the role, the day or the site's name;
``bylinesep-notfire`` must keep a name set a word a line, hyphened names, and "Anna
Smith – AFP" as two names (as after a comma). Shape ``unstructured`` (opaque pages with
no structured author, the site's name only) must give the writers of a bold line of
names above the story's text (alone, two joined by "/", in capitals, after a deck line,
under a byline that names the site or a CMS account "Hafenbote D") and the source of a
closing credit after the site's name; ``unstructured-notfire`` none for no byline, a bold
name below the story or opening a sentence, a bold heading, one over a list, a credit of
one word or above the story, and the account's byline alone stays, as does a writer's
byline beside a bold name. Shape ``bywith`` (opaque pages) must give the writer of an
unmarked "By X with AFP" line in 8 languages ("mit", "avec", "con", "met", "med",
"com"), the writer a link, and the publication's own name before "with Agencies" or
alone after the byline word, and dropped beside a writer; ``bywith-notfire`` none for a lone word that is not the
publication's, a sentence after "with", a caption. Shape ``portrait`` (opaque pages)
must give the writers of a line of names under the headline beside their portraits (a
file spelling the name, through an image proxy too, an alt that is the name);
``portrait-notfire`` none for a name under a photo whose file and alt say more, a name
and a credit, a picture of another name or of no one. Shape ``lonelead`` (opaque pages)
must give the writers in the box after a byline word standing alone at the opening of
its box (a list of linked names running on into bios, a span), in 10 languages;
``lonelead-notfire`` none for the word in a sentence or before a sentence, a date or
topics. Shape ``markedlabel`` (marked bylines) must give the writer after a label
holding the byline word alone, and writers whose given name is an "and" word
capitalised ("Dan Holm", "Ja Morant"), alone, beside another, again at the end of a
byline whose parts run together. Shape ``captioncredit`` must give the story's
byline, or no one, beside a photo's credit marked as its author in the caption (in the
figure or beside it), and keep a writer's portrait captioned by the byline (its file
or alt). Shape ``control-notfire`` must give no writer for a follow button marked for
the writer ("Folgen", "Abbruch"), and the byline's writer beside it. Shape ``agency``
(opaque pages) must give an agency's initials an unmarked byline word credits, alone
("Von DPA", the day after it or not) or beside a writer ("By Anna Smith, AP", "Par Anne
Martin et AFP"), in 6 languages; ``agency-notfire`` none for the byline word opening a
sentence before initials ("By NASA standards …"), before one capital letter or a
capitalised word, and initials alone with no byline word (a badge). Shape
``writercredit`` (opaque pages) must give the writers of links to their pages that show
a name closed by the reporter's title and an e-mail address ("김민지 기자
w0.news@example.org", a ``<dl>`` each; ko, ja, zh; one, two, four writers), and an
agency's initials linking to a writers' folder that spells them ("/autoren/74149726-sid/"),
alone, before a role or the day; ``writercredit-notfire`` none for initials linking to
another slug or a topic's page, an untitled word of a script without case linking to a
writers' folder (an e-mail address beside it or not), a person linked in a sentence
closed by an e-mail address. Shape ``testid`` (opaque pages) must give the writers of a
byline a script framework's test id or component name marks
(``data-testid="author-section"``, ``data-component="Byline"``; two writers, an agency's
initials, a name before a role marked likewise); ``testid-notfire`` none for such a
byline in another story's teaser card, one holding only the day, a portrait with no
text, a test id naming no byline, one in a sidebar. Shape ``deskcredit`` (opaque pages,
no byline) must give the agencies a story's closing desk credit names before the
editor's initials ("SDA/sep", "AFP/DPA/jm"); ``deskcredit-notfire`` none for initials
with no editor's ("USA/EU"), a file's kinds ("PDF/docx"), such a credit above the story
or in a sentence, and the writer alone where a byline names one. A
page fails when a writer is missing (missed), when the set differs
otherwise (wrong), or when a notfire page keeps a writer (invented).

Sources for the words of ``langs`` (where not "By" in the language's own word, which every
dictionary gives): Italian "di Marco Rossi" (Corriere della Sera's bylines), Finnish
"Teksti:" (Yle and magazine credits), Polish/Czech "Autor:" (onet.pl, idnes.cz), Turkish
"Yazar:" (hurriyet.com.tr author boxes), Russian/Ukrainian "Автор:" (ria.ru, pravda.com.ua),
Vietnamese "Tác giả:" (tuoitre.vn), Indonesian "Oleh" and "Penulis:" (kompas.com), Arabic
"بقلم" ("by the pen of", aljazeera.net), Hebrew "מאת" (haaretz.co.il), Hindi "लेखक:",
Hungarian "Szerző:" (index.hu), Japanese "文・" (magazine credits), Chinese "作者：",
Korean "기자" after the name (yna.co.kr: "김민지 기자").
"""

from __future__ import annotations

import json
import sys
import unicodedata
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from redteam import paras, shell
from redteam_dates import JA_STORY, LANG_MONTH_DAYS, LANG_TEXTS, NAVS, STORIES, foot, nav

from newscrawl.extraction.generic import generic_article
from newscrawl.extraction.html import selector

Case = tuple[str, str, str, list[str]]  # name, url, html, expected writers ([]: none)

FETCHED_AT = datetime(2024, 11, 1, 9, 0, tzinfo=UTC)

#: Per language: the writer's name, the byline as that language's news pages write it
#: ("{n}": the name), a second and a third writer, the language's "and".
WRITERS: dict[str, tuple[str, str, str, str, str]] = {
    "en": ("Anna Smith", "By {n}", "John Brown", "Mary Jones", "and"),
    "de": ("Anna Schmidt", "Von {n}", "Jonas Berg", "Lena Vogel", "und"),
    "fr": ("Anne Martin", "Par {n}", "Paul Durand", "Claire Petit", "et"),
    "es": ("Ana García", "Por {n}", "Juan Pérez", "Lucía Gómez", "y"),
    "it": ("Anna Rossi", "di {n}", "Marco Bianchi", "Giulia Ricci", "e"),
    "pt": ("Ana Silva", "Por {n}", "João Santos", "Maria Costa", "e"),
    "nl": ("Anna Visser", "Door {n}", "Jan Bakker", "Eva Smit", "en"),
    "sv": ("Anna Berg", "Av {n}", "Erik Lund", "Karin Holm", "och"),
    "no": ("Anna Hansen", "Av {n}", "Ola Nordmann", "Kari Olsen", "og"),
    "da": ("Anna Jensen", "Af {n}", "Peter Nielsen", "Mette Larsen", "og"),
    "fi": ("Anna Virtanen", "Teksti: {n}", "Mikko Korhonen", "Laura Mäkinen", "ja"),
    "pl": ("Anna Kowalska", "Autor: {n}", "Piotr Nowak", "Ewa Wiśniewska", "i"),
    "cs": ("Anna Nováková", "Autor: {n}", "Petr Svoboda", "Jana Dvořáková", "a"),
    "tr": ("Ayşe Yılmaz", "Yazar: {n}", "Mehmet Kaya", "Elif Demir", "ve"),
    "ru": ("Анна Смирнова", "Автор: {n}", "Иван Петров", "Ольга Иванова", "и"),
    "uk": ("Анна Шевченко", "Автор: {n}", "Олег Коваленко", "Ірина Бойко", "і"),
    "ja": ("山田花子", "文・{n}", "佐藤健", "鈴木一郎", "、"),
    "zh": ("王芳", "作者：{n}", "李明", "张伟", "、"),
    "ko": ("김민지", "{n} 기자", "이준호", "박서연", ","),
    "th": ("สมชาย ใจดี", "โดย {n}", "สมหญิง รักดี", "วิชัย สุขใจ", "และ"),
    "vi": ("Nguyễn Lan", "Tác giả: {n}", "Trần Minh", "Lê Hoa", "và"),
    "id": ("Siti Rahma", "Oleh {n}", "Budi Santoso", "Dewi Lestari", "dan"),
    "ar": ("سارة أحمد", "بقلم {n}", "محمد علي", "ليلى حسن", "و"),
    "he": ("דנה כהן", "מאת {n}", "יוסי לוי", "מיכל פרץ", "ו"),
    "hi": ("अनीता शर्मा", "लेखक: {n}", "राहुल वर्मा", "प्रिया सिंह", "और"),
    "el": ("Μαρίας Παπαδοπούλου", "Της {n}", "Γιάννη Οικονόμου", "Ελένης Γεωργίου", "και"),
    "hu": ("Kovács Anna", "Szerző: {n}", "Nagy Péter", "Szabó Éva", "és"),
}
#: Languages whose "and" joins names with no space before it (Hebrew "ו" is a prefix).
_GLUED_AND = ("he",)


def norm(name: str) -> str:
    """A name as score.py compares authors: whitespace runs collapsed, casefolded."""
    text = unicodedata.normalize("NFC", name)
    return " ".join(text.split()).casefold()


def url_of(name: str) -> str:
    return f"https://www.example.org/news/{name}.html"


def story_page(
    lang: str, under: str = "", after: str = "", head: str = "", aside: str = ""
) -> str:
    """A story page: headline, *under* it, the story, *after* it; *aside* a sidebar."""
    title = LANG_TEXTS[lang][0]
    lines = (JA_STORY if lang == "ja" else STORIES.get(lang, STORIES["en"]))[1]
    side = f"<aside class='sidebar'>{aside}</aside>" if aside else ""
    main = f"<main><article><h1>{title}</h1>{under}{paras(lines)}{after}</article>{side}</main>"
    navs = lang if lang in NAVS else "en"
    return shell(f"{nav(navs)}{main}{foot(navs)}", title, lang, head)


def byline(lang: str, name: str) -> str:
    return WRITERS[lang][1].format(n=name)


def joined(lang: str, names: list[str]) -> str:
    """*names* as one line in the language's way: "A, B und C"."""
    and_ = WRITERS[lang][4]
    if len(names) == 1:
        return names[0]
    if and_ in ("、", ","):
        return f"{and_} ".join(names) if and_ == "," else and_.join(names)
    last = f"{and_}{names[-1]}" if lang in _GLUED_AND else f"{and_} {names[-1]}"
    return f"{', '.join(names[:-1])} {last}"


# -- shapes that must give the writers ---------------------------------------------------


def lang_cases() -> Iterator[Case]:
    """Each language's byline line under the headline, in a <p>, in a <div><span>, and
    closing with the day after a comma."""
    for lang, (name, *_rest) in WRITERS.items():
        line = byline(lang, name)
        day = LANG_MONTH_DAYS.get(lang, ["2024/03/14"])[0]
        under = {
            "p": f"<p>{line}</p>",
            "span": f"<div><span>{line}</span></div>",
            "dated": f"<p>{line}, {day}</p>",
        }
        for where, html in under.items():
            key = f"langs-{lang}-{where}"
            yield key, url_of(key), story_page(lang, html), [name]


#: Marked bylines (en, de, fr): {n} the name; a class, itemprop, rel, a writer's page link.
MARKED = {
    "class": "<div class='byline'>{b}</div>",
    "class-author": "<p class='article-author'>{b}</p>",
    "itemprop": "<div><span itemprop='author'>{b}</span></div>",
    "rel": "<p>{p}<a rel='author' href='/people/x'>{n}</a></p>",
    "author-link": "<p>{p}<a href='/author/{slug}'>{n}</a></p>",
    # The writer's portrait captioned by the byline (a media box's credit is not).
    "portrait": "<figure><a href='/author/x'><img src='/w.jpg' alt=''></a><figcaption class='byline'>{b}</figcaption></figure>",
}
ROLES = {
    "en": "Political Correspondent",
    "de": "Korrespondentin",
    "fr": "correspondante à Bruxelles",
}


def marked_cases() -> Iterator[Case]:
    for lang in ("en", "de", "fr"):
        name = WRITERS[lang][0]
        prefix = WRITERS[lang][1].format(n="")
        slug = name.lower().replace(" ", "-")
        day = LANG_MONTH_DAYS[lang][0]
        texts = {
            "plain": f"{prefix}{name}",
            "role": f"{prefix}{name}, {ROLES[lang]}",
            "dated": f"{prefix}{name} | {day}",
        }
        for kind, form in MARKED.items():
            for variant, text in texts.items():
                if kind in ("rel", "author-link"):
                    rest = text.removeprefix(f"{prefix}{name}")
                    html = form.format(p=prefix, n=name, slug=slug).replace("</p>", f"{rest}</p>")
                else:
                    html = form.format(b=text)
                key = f"marked-{lang}-{kind}-{variant}"
                yield key, url_of(key), story_page(lang, html), [name]


def several_cases() -> Iterator[Case]:
    """Two and three writers in one byline line, unmarked and in a byline class."""
    for lang, (a, _by, b, c, _and) in WRITERS.items():
        for names in ([a, b], [a, b, c]):
            line = byline(lang, joined(lang, names))
            if lang == "el":  # several writers: the plural article "Των"
                line = f"Των {joined(lang, names)}"
            for where, html in {
                "p": f"<p>{line}</p>",
                "class": f"<div class='byline'>{line}</div>",
            }.items():
                key = f"several-{lang}-{len(names)}-{where}"
                yield key, url_of(key), story_page(lang, html), names


def ld(data: object) -> str:
    return f"<script type='application/ld+json'>{json.dumps(data, ensure_ascii=False)}</script>"


def jsonld_cases() -> Iterator[Case]:
    for lang in ("en", "de", "fr"):
        a, _by, b, _c, _and = WRITERS[lang]
        title = LANG_TEXTS[lang][0]
        base = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title}
        publisher = {"@type": "Organization", "name": "Zeitung"}
        values: dict[str, tuple[object, list[str], str]] = {
            "person": ({"@type": "Person", "name": a}, [a], ""),
            "persons": (
                [{"@type": "Person", "name": a}, {"@type": "Person", "name": b}],
                [a, b],
                "",
            ),
            "string": (a, [a], ""),
            "strings": ([a, b], [a, b], ""),
            "org-publication": (publisher, [a], f"<p>{byline(lang, a)}</p>"),
            # The publication as the only author and no byline: kept, as the publishers
            # truth keeps it (jp-AsahiShimbun_2025_01_13: "朝日新聞デジタル").
            "org-only": (publisher, ["Zeitung"], ""),
        }
        for kind, (value, expected, under) in values.items():
            head = ld({**base, "author": value, "publisher": publisher})
            key = f"jsonld-{lang}-{kind}"
            yield key, url_of(key), story_page(lang, under, head=head), expected


#: A writer's label written without its colon before the names ("Автор Анна Смирнова",
#: "Yazar Ayşe Yılmaz"), per language of the labels ``langs`` shows with a colon; and a
#: word after the label that makes it the noun "writer" ("Автор книги …": the book's
#: author; "Yazar ve gazeteci …": writer and journalist).
BARE_LABELS = {
    "ru": ("Автор", "книги"), "uk": ("Автор", "книги"), "tr": ("Yazar", "ve gazeteci"),
    "pl": ("Autor", "książki"), "cs": ("Autor", "knihy"), "fi": ("Teksti", "ja kuvat"),
    "hu": ("Szerző", "és rendező"), "vi": ("Tác giả", "cuốn sách"),
    "id": ("Penulis", "buku"), "hi": ("लेखक", "और पत्रकार"),
}  # fmt: skip


def bare_cases() -> Iterator[Case]:
    """A writer's label with no colon under the headline, before one writer and before
    two joined by the language's "and", in a <p> and in a <div><span>."""
    for lang, (label, _noun) in BARE_LABELS.items():
        if lang == "hi":  # no case: names after the noun "writer" are not told from words
            continue
        a, _by, b, _c, _and = WRITERS[lang]
        for names in ([a], [a, b]):
            line = f"{label} {joined(lang, names)}"
            for where, html in {
                "p": f"<p>{line}</p>",
                "span": f"<div><span>{line}</span></div>",
            }.items():
                key = f"bare-{lang}-{len(names)}-{where}"
                yield key, url_of(key), story_page(lang, html), names


def bare_dated_cases() -> Iterator[Case]:
    """A writer's label with no colon and the day closing the same line ("Автор Анна
    Смирнова, 14 марта 2024", "Yazar Ayşe Yılmaz | 14 Mart 2024"): the writers. Twins
    that must give none: the label as the noun ("Автор книги Анна Смирнова, 14 марта
    2024") and the label before a sentence and the day."""
    for lang, (label, noun) in BARE_LABELS.items():
        if lang == "hi":
            continue
        a, _by, b, _c, _and = WRITERS[lang]
        day = LANG_MONTH_DAYS[lang][0]
        for names in ([a], [a, b]):
            for sep in (", ", " | ", " · "):
                line = f"{label} {joined(lang, names)}{sep}{day}"
                for where, html in {
                    "p": f"<p>{line}</p>",
                    "span": f"<div><span>{line}</span></div>",
                }.items():
                    key = f"baredate-{lang}-{len(names)}-{'comma' if ',' in sep else 'bar'}{len(sep)}-{where}"
                    yield key, url_of(key), story_page(lang, html), names
        words = STORIES.get(lang, STORIES["en"])[1][1].split()
        for where, line in {
            "noun": f"{label} {noun} {a}, {day}",
            "sentence": f"{label} {' '.join(words[:8])}, {day}",
        }.items():
            key = f"baredate-{lang}-{where}-notfire"
            yield key, url_of(key), story_page(lang, f"<p>{line}</p>"), []


#: Hindi credit labels of a picture, a source, a video, an input: what follows is no writer.
HINDI_CREDITS = ["फोटो: {n}", "फ़ोटो: {n}", "तस्वीर: {n}", "स्रोत: {n}", "वीडियो: {n}", "इनपुट: {n}"]


def hindi_cases() -> Iterator[Case]:
    """Hindi bylines: the writer's name before the postposition "द्वारा" ("by"), alone and
    with the day after a comma or a bar, in a <p> and a <div><span>; a writer's label and
    a credit label after the name ("लेखक: अनीता शर्मा | फोटो: राहुल वर्मा"): the writer only.
    Twins that must give no writer: a credit label alone under the headline, in a caption,
    "द्वारा" after a word that is no full name, and a long sentence with it."""
    a, _by, b, _c, _and = WRITERS["hi"]
    day = LANG_MONTH_DAYS["hi"][0]
    for i, line in enumerate([f"{a} द्वारा", f"{a} द्वारा, {day}", f"{a} द्वारा | {day}"]):
        for where, html in {
            "p": f"<p>{line}</p>",
            "span": f"<div><span>{line}</span></div>",
        }.items():
            key = f"hindi-by{i}-{where}"
            yield key, url_of(key), story_page("hi", html), [a]
    for i, credit in enumerate(HINDI_CREDITS):
        line = f"लेखक: {a} | {credit.format(n=b)}"
        key = f"hindi-credit{i}"
        yield key, url_of(key), story_page("hi", f"<p>{line}</p>"), [a]
        key = f"hindi-credit{i}-alone-notfire"
        yield key, url_of(key), story_page("hi", f"<p>{credit.format(n=b)}</p>"), []
        key = f"hindi-credit{i}-caption-notfire"
        figure = f"<figure><img src='/img/a.jpg' alt=''><figcaption>{credit.format(n=b)}</figcaption></figure>"
        yield key, url_of(key), story_page("hi", figure), []
    key = "hindi-by-word-notfire"
    yield key, url_of(key), story_page("hi", "<p>सरकार द्वारा</p>"), []
    sentence = (
        "नगर निगम द्वारा बाज़ार चौक पर नई पार्किंग व्यवस्था की घोषणा की गई है और दुकानदार इससे नाराज़ हैं"
    )
    key = "hindi-by-sentence-notfire"
    yield key, url_of(key), story_page("hi", f"<p>{sentence}</p>"), []


def bare_notfire_cases() -> Iterator[tuple[str, str, str]]:
    """Lines a writer's label with no colon opens that are no byline: the label as the
    noun before a word that is no name, a name and then the story's sentence, the
    label before the sentence, and a label and a name below the story's text."""
    for lang, (label, noun) in BARE_LABELS.items():
        name = WRITERS[lang][0]
        words = STORIES.get(lang, STORIES["en"])[1][1].split()
        twins = {
            "bare-noun": (f"<p>{label} {noun} {name}</p>", ""),
            "bare-name-sentence": (f"<p>{label} {name}, {' '.join(words[:6])}</p>", ""),
            "bare-sentence": (f"<p>{label} {' '.join(words[:8])}</p>", ""),
            "bare-below-story": ("", f"<p>{label} {name}</p>"),
        }
        for where, (under, after) in twins.items():
            yield f"notfire-{lang}-{where}", under, after


#: A photographer's credit in the language's own words, under the headline or in a
#: caption: the photographer is no writer of the story.
PHOTO_CREDITS = {
    "ru": "Фото: {n}", "tr": "Fotoğraf: {n}", "vi": "Ảnh: {n}", "ja": "写真：{n}",
    "ko": "사진={n} 기자", "pl": "Fot. {n}", "it": "Foto di {n}", "id": "Foto: {n}",
    "hu": "Fotó: {n}", "fi": "Kuva: {n}", "ar": "تصوير {n}", "he": "צילום: {n}",
}  # fmt: skip


# -- shape that must give no writer -------------------------------------------------------


def notfire_cases() -> Iterator[Case]:
    """Pages with no byline of their story: other people's names where a reader might
    take them for the writer's."""
    for lang, (name, *_rest) in WRITERS.items():
        teaser = LANG_TEXTS[lang][4]
        line = byline(lang, name)
        twins = {
            "teaser-byline": (
                "",
                f"<div class='card'><a href='/other-story.html'>{teaser}</a><p>{line}</p></div>",
                "",
            ),
            "comment": (
                "",
                f"<section class='comments'><h3>Comments</h3><div class='comment'><span class='author'>{name}</span><p>Das sehe ich ganz anders, die Parkgebühren sind schon hoch genug.</p></div></section>",
                "",
            ),
            "photo": (
                f"<figure><img src='/img/a.jpg' alt=''><figcaption>Foto: {name}</figcaption></figure>",
                "",
                "",
            ),
            "sidebar-bio": (
                "",
                "",
                f"<div class='author-box'><h3><a href='/author/x'>{name}</a></h3><p>{line}</p><a href='/other-story.html'>{teaser}</a></div>",
            ),
            # A media box shown with the story: its audio's credit in a byline class.
            "media-box": (
                f"<figure><figcaption><p><span class='media__byline'>03:07 | {name}</span></p><a href='/audio-1.html'><h3>{teaser}</h3></a></figcaption></figure>",
                "",
                "",
            ),
        }
        # The byline's word opening a sentence of the story's own ("Di Maio si parla…" is
        # no byline): a writer's word followed by no run of names.
        lines = (JA_STORY if lang == "ja" else STORIES.get(lang, STORIES["en"]))[1]
        sentence = byline(lang, " ".join(lines[1].split()[:9]))
        twins["word-sentence"] = (f"<p>{sentence}</p>", "", "")
        for where, (under, after, aside) in twins.items():
            key = f"notfire-{lang}-{where}"
            yield key, url_of(key), story_page(lang, under, after, aside=aside), []
    for lang, label in PHOTO_CREDITS.items():
        credit = label.format(n=WRITERS[lang][0])
        for where, html in {
            "p": f"<p>{credit}</p>",
            "caption": f"<figure><img src='/img/a.jpg' alt=''><figcaption>{credit}</figcaption></figure>",
        }.items():
            key = f"notfire-{lang}-photo-own-{where}"
            yield key, url_of(key), story_page(lang, html), []
    for key, under, after in bare_notfire_cases():
        lang = key.split("-")[1]
        yield key, url_of(key), story_page(lang, under, after), []
    for lang in ("en", "de"):
        name = WRITERS[lang][0]
        said = {
            "en": f"{name} has lived on the market square for thirty years and says the parking fees will hurt.",
            "de": f"{name} wohnt seit dreißig Jahren am Marktplatz und sagt, die Parkgebühren würden schaden.",
        }[lang]
        key = f"notfire-{lang}-sentence"
        yield key, url_of(key), story_page(lang, f"<p>{said}</p>"), []


# -- the publication as the structured author --------------------------------------------

#: Per language: a deck line above a byline, a section's name, a bold line that names
#: no one, the site's desk ("Redaktion"): an organisation's author, no person.
PUB_WORDS = {
    "en": ("…as the quay waits for the ferries", "News", "Key points", "Newsroom"),
    "de": ("…während der Hafen auf die Fähren wartet", "Nachrichten", "Das Wichtigste", "Redaktion"),
    "fr": ("…alors que le port attend les ferries", "Actualités", "Les points clés", "Rédaction"),
}  # fmt: skip
SITE_NAME = "Hafenbote"


def pub_head(*authors: str, ld_author: object = None) -> str:
    """The head of a page of the site :data:`SITE_NAME`: its name, the author metas
    *authors*, a JSON-LD article whose author is *ld_author* (when given)."""
    head = f"<meta property='og:site_name' content='{SITE_NAME}'>"
    head += "".join(f"<meta name='author' content='{a}'>" for a in authors)
    if ld_author is not None:
        publisher = {"@type": "Organization", "name": SITE_NAME}
        head += ld(
            {
                "@context": "https://schema.org",
                "@type": "NewsArticle",
                "author": ld_author,
                "publisher": publisher,
            }
        )
    return head


def category(word: str) -> str:
    return f"<p>in <a href='/category/{word.lower()}/' rel='category tag'>{word}</a></p>"


def publication_cases() -> Iterator[Case]:
    """The structured author is the publication (its site name, a CMS account named by
    the site's word and an initial) or a section's name, while the page names its writer
    elsewhere: a second author meta, a bold line of names above the story's text (one
    name, two joined by "/", in capitals, under a deck line), the byline; a JSON-LD author
    list nested in the list."""
    for lang in ("en", "de", "fr"):
        a, _by, b, _c, _and = WRITERS[lang]
        deck, section, _bold, _desk = PUB_WORDS[lang]
        org = {"@type": "Organization", "name": SITE_NAME}
        account = {"@id": "https://www.example.org/author/admin/", "name": f"{SITE_NAME} D"}
        shapes: dict[str, tuple[str, str, list[str]]] = {
            "meta-twice": (pub_head(SITE_NAME, a), "", [a]),
            "bold": (pub_head(SITE_NAME), f"<p><strong>{a}</strong></p>", [a]),
            "bold-two": (pub_head(SITE_NAME), f"<p><strong>{a}/{b}</strong></p>", [a, b]),
            "bold-caps": (
                pub_head(SITE_NAME),
                f"<p>&nbsp;</p><p><b>{a.upper()}&nbsp;</b></p>",
                [a.upper()],
            ),
            "bold-deck": (
                pub_head(SITE_NAME),
                f"<p><em>{deck}</em></p><p><strong>{a}</strong></p>",
                [a],
            ),
            "ld-org-bold": (pub_head(ld_author=org), f"<p><strong>{a}</strong></p>", [a]),
            "account-bold": (pub_head(ld_author=account), f"<p><strong>{a}</strong></p>", [a]),
            "section-byline": (
                pub_head(section),
                f"{category(section)}<p class='byline'>{byline(lang, a)}</p>",
                [a],
            ),
            "nested": (
                pub_head(
                    ld_author=[{"@type": "Person", "name": a}, [{"@type": "Person", "name": b}]]
                ),
                "",
                [a, b],
            ),
            "nested-deep": (pub_head(ld_author=[[[{"name": a}]], b]), "", [a, b]),
        }
        for kind, (head, under, expected) in shapes.items():
            key = f"publication-{lang}-{kind}"
            yield key, url_of(key), story_page(lang, under, head=head), expected
        # The source a closing line credits after the publication's name.
        key = f"publication-{lang}-credit"
        after = f"<p>{SITE_NAME} / Nordic Wire</p>"
        yield (
            key,
            url_of(key),
            story_page(lang, "", after, head=pub_head(SITE_NAME)),
            ["Nordic Wire"],
        )


def publication_notfire_cases() -> Iterator[Case]:
    """Must not fire: the publication stays the author where the page names no writer
    (no byline; a bold name below the story's first paragraph, a bold name opening a
    sentence, a bold line that names no one); an organisation's desk ("Redaktion
    Hafenbote") stays, a bold name beside it or beside a person's meta changes nothing; a
    section's name alone gives no author; a one-word author that names no section stays."""
    for lang in ("en", "de", "fr"):
        a, _by, b, _c, _and = WRITERS[lang]
        _deck, section, bold, desk = PUB_WORDS[lang]
        said = {
            "en": "runs the café on the quay.",
            "de": "betreibt das Café am Kai.",
            "fr": "tient le café du quai.",
        }[lang]
        desk_name = f"{desk} {SITE_NAME}"
        twins: dict[str, tuple[str, str, str, list[str]]] = {
            "only": (pub_head(SITE_NAME), "", "", [SITE_NAME]),
            "ld-org-only": (
                pub_head(ld_author={"@type": "Organization", "name": SITE_NAME}),
                "",
                "",
                [SITE_NAME],
            ),
            "bold-below": (pub_head(SITE_NAME), "", f"<p><strong>{a}</strong></p>", [SITE_NAME]),
            "bold-sentence": (
                pub_head(SITE_NAME),
                f"<p><strong>{a}</strong> {said}</p>",
                "",
                [SITE_NAME],
            ),
            "bold-words": (
                pub_head(SITE_NAME),
                f"<p><strong>{bold}</strong></p>",
                "",
                [SITE_NAME],
            ),
            "desk": (pub_head(desk_name), "", "", [desk_name]),
            "desk-bold": (pub_head(desk_name), f"<p><strong>{a}</strong></p>", "", [desk_name]),
            "person-bold": (pub_head(b), f"<p><strong>{a}</strong></p>", "", [b]),
            "section-only": (pub_head(section), category(section), "", []),
            "oneword": (pub_head("Quaywatcher"), category(section), "", ["Quaywatcher"]),
            "credit-word": (
                pub_head(SITE_NAME),
                "",
                f"<p>{SITE_NAME} / Agenturen</p>",
                [SITE_NAME],
            ),
            "credit-above": (
                pub_head(SITE_NAME),
                f"<p>{SITE_NAME} / Nordic Wire</p>",
                "",
                [SITE_NAME],
            ),
            "credit-person": (pub_head(a), "", f"<p>{SITE_NAME} / Nordic Wire</p>", [a]),
        }
        for kind, (head, under, after, expected) in twins.items():
            key = f"pubonly-{lang}-{kind}"
            yield key, url_of(key), story_page(lang, under, after, head=head), expected


#: Title-cased phrases of words the story (:data:`STORIES`) writes in lower case: a
#: heading or a dateline, not a writer's name. (German capitalises its nouns in prose
#: too: a German noun heading, "Neuer Haushalt", is not of this shape.)
PAGE_WORDS = {
    "en": ("City Council", "New Budget", "Public Session", "WATER PIPES"),
    "fr": ("Conseil Municipal", "Nouveau Budget", "Long Débat", "QUATRE HEURES"),
}


def page_words_cases() -> Iterator[Case]:
    """Must not fire: the publication stays beside a bold line above the story, or a
    closing credit after the publication's name, of words the story writes in lower
    case ("New Budget", "Hafenbote / City Council"); the twins in ``publication`` (a
    bold name, "Nordic Wire") are read beside the same stories."""
    for lang, phrases in PAGE_WORDS.items():
        for i, phrase in enumerate(phrases):
            for kind, under, after in (
                ("bold", f"<p><strong>{phrase}</strong></p>", ""),
                ("credit", "", f"<p>{SITE_NAME} / {phrase}</p>"),
            ):
                key = f"pubwords-{lang}-{kind}-{i}"
                page = story_page(lang, under, after, head=pub_head(SITE_NAME))
                yield key, url_of(key), page, [SITE_NAME]


#: Writers of :func:`writer_link_cases`: language, name, the address's spelling of it.
LINKED_WRITERS = [
    ("en", "Jody Robbins", "jody-robbins"),
    ("de", "Holger Zschäpitz", "holger-zschaepitz"),
    ("sv", "Amanda Hällsten", "amanda-hallsten"),
    ("pl", "Piotr Jendroszczyk", "4971-piotr-jendroszczyk"),
    ("es", "Marta Cañete", "marta-canete-5890"),
    ("fr", "Claire Dubois", "claire-dubois"),
]
#: Folders of writers' pages: a word of no byline list ("av", "profile", "people") with
#: the name spelled after it, and writers' folders named by a byline word.
WRITER_FOLDERS = [
    "/av/{s}",
    "/profile/{s}/",
    "/people/{s}.html",
    "/author/x{n}/",
    "/autoren/{n}-x/",
]
#: Opaque class tokens (as bench/body_bare.py writes class words).
_OPAQUE = ("jqxzkkzjqxzq", "kzqjxxjkzqzj", "zzkqjxqjkxkz")


def opaque_story(lang: str, under: str, after: str = "", head: str = "") -> str:
    """A story page whose containers' classes are opaque tokens and whose semantic tags
    are divs: a byline there is read by its shape alone."""
    title = LANG_TEXTS[lang][0]
    lines = STORIES.get(lang, STORIES["en"])[1]
    a, b, c = _OPAQUE
    main = f"<div class='{a}'><div class='{b}'><h1>{title}</h1>{under}</div><div class='{c}'>{paras(lines)}{after}</div></div>"
    navs = lang if lang in NAVS else "en"
    return shell(f"{nav(navs)}{main}{foot(navs)}", title, lang, head)


def writer_link_cases() -> Iterator[Case]:
    """A byline no class and no byline word marks, a line of links to the writers' pages
    under the headline (bench/meta_bare.py bare+opaque): alone in a <div>, in a
    <div><span>, with the day after a bar, after a standfirst; two writers joined by
    the language's "and"."""
    a, b, c = _OPAQUE
    for i, (lang, name, slug) in enumerate(LINKED_WRITERS):
        folder = WRITER_FOLDERS[i % len(WRITER_FOLDERS)].format(s=slug, n=i)
        link = f"<a href='{folder}'>{name}</a>"
        day = LANG_MONTH_DAYS.get(lang, ["14.03.2024"])[0]
        standfirst = f"<p>{STORIES.get(lang, STORIES['en'])[1][0]}</p>"
        other, other_slug = "Jonas Berg", "jonas-berg"
        forms = {
            "div": f"<div class='{a}'>{link}</div>",
            "span": f"<div class='{b}'><span>{link}</span></div>",
            "dated": f"<div class='{c}'>{link} | {day}</div>",
            "standfirst": f"{standfirst}<div>{link}</div>",
            # a section's label in a block of its own above the byline's, in one box
            "section": f"<div><div class='{a}'><a href='/category/politik/'>Politik</a></div><div class='{b}'>{link}</div></div>",
        }
        for form, html in forms.items():
            key = f"writerlink-{lang}-{form}"
            yield key, url_of(key), opaque_story(lang, html), [name]
        two = f"<div>{link}, <a href='/av/{other_slug}'>{other}</a></div>"
        key = f"writerlink-{lang}-two"
        yield key, url_of(key), opaque_story(lang, two), [name, other]


def writer_link_notfire_cases() -> Iterator[Case]:
    """Links to people's pages that are no byline, on the same opaque pages: a person the
    story names, linked in a sentence under the headline; a row of topic links one of
    which is a person's; a writer's link below the story's first paragraphs; a name
    linked to the site's social profile; another name's page."""
    for lang, name, slug in LINKED_WRITERS:
        lines = STORIES.get(lang, STORIES["en"])[1]
        forms = {
            "sentence": f"<p>Mayor <a href='/person/{slug}'>{name}</a> said no.</p>",
            "topics": f"<div><a href='/thema/{slug}/'>{name}</a> · <a href='/thema/haushalt/'>Haushalt</a> · <a href='/thema/hafen/'>Hafen</a></div>",
            "below": f"{paras(lines[:2])}<div><a href='/author/{slug}/'>{name}</a></div>",
            "social": f"<div><a href='https://social.example/harbourpost'>{name}</a></div>",
            "othername": f"<div><a href='/people/jonas-berg'>{name}</a></div>",
            "menu": f"<ul><li><a href='/sport/'>Sport</a></li><li><a href='/{slug}/'>{name}</a></li><li><a href='/kultur/'>Kultur</a></li></ul>",
            "storyslug": f"<ul><li><a href='/bilder/{slug}-cartoons-article20772304.html'>{name}</a></li></ul>",
            "chips": f"<div><div class='chip'><a href='/thema/{slug}/'>{name}</a></div><div class='chip'><a href='/thema/haushalt/'>Haushalt</a></div></div>",
            "plainchips": f"<div><div><a href='/thema/{slug}/'>{name}</a></div><div><a href='/thema/haushalt/'>Haushalt</a></div></div>",
        }
        for form, html in forms.items():
            key = f"writerlink-notfire-{lang}-{form}"
            yield key, url_of(key), opaque_story(lang, html), []


#: A weekday opening a line of the day, as a line's first word is written.
WEEKDAYS = {"en": "Thursday", "de": "Donnerstag", "fr": "Jeudi"}


def runon_cases() -> Iterator[Case]:
    """A byline line in a box whose next line, a role or the day, the box's text runs
    into the last name (the box's classes opaque, as bench/meta_bare.py reads it): the
    line in a <span> or <div> above a <div> of the role or the day; a writer's link
    showing the name whole and then in parts. Twins that must keep the box's names: a
    line inside continued by the next name after "and" or a comma."""
    a, b, _c = _OPAQUE
    for lang in ("en", "de", "fr"):
        name, _by, other, _third, and_ = WRITERS[lang]
        line = byline(lang, name)
        day = LANG_MONTH_DAYS[lang][0]
        forms: dict[str, tuple[str, list[str]]] = {
            "role-span": (
                f"<div class='{a}'><span>{line}</span><div><span>{ROLES[lang]}</span></div></div>",
                [name],
            ),
            "role-link": (
                f"<div class='{a}'><span>{line.replace(name, f'<a href=/author/x>{name}</a>')}</span><div>{ROLES[lang].title()}</div></div>",
                [name],
            ),
            "role-em": (
                f"<div class='{a}'><em>{line}</em><span>{ROLES[lang].title()}</span></div>",
                [name],
            ),
            "day-div": (
                f"<div class='{b}'><div>{line}</div><div>{WEEKDAYS[lang]}, {day}</div></div>",
                [name],
            ),
            "parts": (
                f"<div class='{b}'><a rel='author' href='/people/x'><span itemprop='name'>{name}</span> <span>{name.split()[0]}</span> <span>{name.split()[-1]}</span></a></div>",
                [name],
            ),
            "keep-and": (f"<p class='{a}'><span>{line}</span> {and_} {other}</p>", [name, other]),
            "keep-comma": (
                f"<div class='{a}'><span>{line}</span>, <span>{other}</span></div>",
                [name, other],
            ),
        }
        for form, (html, names) in forms.items():
            key = f"runon-{lang}-{form}"
            yield key, url_of(key), opaque_story(lang, html), names


def address_cases() -> Iterator[Case]:
    """An <address> under the headline, HTML's mark of the article's writers' contact, no
    class naming it (opaque pages): one writer, two joined by the language's "and", the
    names in a <span> or a mail link. Twins that must give none
    (``address-notfire``): a postal address, a contact sentence, the site's own name (the
    page's title names the site), an address in another story's teaser card."""
    a, _b, _c = _OPAQUE
    for lang in ("en", "de", "fr", "no", "da", "sv"):
        name, _by, other, _third, _and = WRITERS[lang]
        forms = {
            "one": (f"<address class='{a}'>{name}</address>", [name]),
            "two": (
                f"<address><span class='{a}'>{joined(lang, [name, other])}</span></address>",
                [name, other],
            ),
            "mail": (f"<address><a href='mailto:x@example.org'>{name}</a></address>", [name]),
        }
        for form, (html, names) in forms.items():
            key = f"address-{lang}-{form}"
            yield key, url_of(key), opaque_story(lang, html), names


def address_notfire_cases() -> Iterator[Case]:
    for lang in ("en", "de", "fr", "no", "da", "sv"):
        name = WRITERS[lang][0]
        forms = {
            "postal": "<address>Harbour Post, 12 Quay Street, Portsmouth PO1 2AB</address>",
            "contact": "<address>Contact the newsroom at news@example.org</address>",
            "teaser": f"<article><a href='/news/other-story.html'>Harbour board meets again on the ferry pier plan</a><address>{name}</address></article>",
        }
        for form, html in forms.items():
            key = f"address-notfire-{lang}-{form}"
            yield key, url_of(key), opaque_story(lang, html), []
        key = f"address-notfire-{lang}-site"
        page = opaque_story(lang, "<address>Harbour Post</address>").replace(
            "<head>", "<head><meta property='og:site_name' content='Harbour Post'>", 1
        )
        yield key, url_of(key), page, []


#: Languages of :func:`name_line_cases`, whose writers' names are written in capitals.
NAME_LINE_LANGS = ("en", "de", "fr", "es", "it", "nl", "sv", "da", "pl", "tr")


def name_line_cases() -> Iterator[Case]:
    """A byline of names alone under the headline, no byline word, no class, no link
    (opaque pages): one name in a <div>, in a <span> in a <span>; two names a span each
    set apart by a bar or by space; the name above a line of the place; the name with
    the day after a bar; after a standfirst."""
    a, b, _c = _OPAQUE
    for lang in NAME_LINE_LANGS:
        name, _by, other, _third, _and = WRITERS[lang]
        day = LANG_MONTH_DAYS.get(lang, ["14.03.2024"])[0]
        standfirst = f"<p>{STORIES.get(lang, STORIES['en'])[1][0]}</p>"
        forms: dict[str, tuple[str, list[str]]] = {
            "div": (f"<div class='{a}'>{name}</div>", [name]),
            "span": (f"<div><span><span class='{b}'>{name}</span></span></div>", [name]),
            "bar": (
                f"<div><span>{name}</span><span> | </span><span>{other}</span></div>",
                [name, other],
            ),
            "spans": (
                f"<div class='{a}'><span>{name}</span> <span>{other}</span></div>",
                [name, other],
            ),
            "place": (f"<div><p>{name}</p><p><span>Portsmouth</span></p></div>", [name]),
            "dated": (f"<div>{name} | {day}</div>", [name]),
            "standfirst": (f"{standfirst}<div><span>{name}</span></div>", [name]),
        }
        for form, (html, names) in forms.items():
            key = f"nameline-{lang}-{form}"
            yield key, url_of(key), opaque_story(lang, html), names


def name_line_notfire_cases() -> Iterator[Case]:
    """Lines of names alone that are no byline, on the same opaque pages: a picture's
    credit and its caption, a person the lead names, a name in a sign-off, the site's
    name, a share line, a section's label the menu links too, a photo credit's word
    before the name, a teaser card's byline, a table's cell, a name below the story's
    first paragraphs."""
    for lang in NAME_LINE_LANGS:
        name = WRITERS[lang][0]
        lines = STORIES.get(lang, STORIES["en"])[1]
        credit = PHOTO_CREDITS.get(lang, "Foto: {n}").format(n=name)
        forms = {
            "credit": f"<div><div><img src='/p.jpg'></div><div>{name}, Nordic Wire</div></div>",
            "caption": f"<div><img src='/p.jpg'><p>{name}</p></div>",
            "lead": f"<p>{name} said the harbour board would meet again.</p>",
            "signoff": f"<p>All the best, <em>{name}</em></p>",
            "site": "<div>Harbour Post</div>",
            "share": "<div>Share on Facebook</div>",
            "section": "<nav><a href='/business-law/'>Business Law</a></nav><div>Business Law</div>",
            "photoword": f"<div>{credit}</div>",
            "teaser": f"<div><a href='/news/other-story.html'>Harbour board meets again on the ferry pier plan</a><span>{name}</span></div>",
            "table": f"<table><tr><td>1</td><td>{name}</td></tr></table>",
            "below": f"{paras(lines[:2])}<div>{name}</div>",
        }
        for form, html in forms.items():
            key = f"nameline-notfire-{lang}-{form}"
            page = opaque_story(lang, html).replace(
                "<head>", "<head><meta property='og:site_name' content='Harbour Post'>", 1
            )
            yield key, url_of(key), page, []


#: The languages of :func:`byline_part_cases`, whose roles :data:`ROLES` gives.
BYLINE_PART_LANGS = ("en", "de", "fr")


def byline_part_cases() -> Iterator[Case]:
    """A marked byline (a byline class) or an ``<address>`` whose name is followed, after a
    ``<br>`` or a spaced dash (en, em, or a hyphen set as one), by the writer's role, the
    day or the site's name (the page's ``og:site_name``): the name alone, not glued to what follows it. Twins
    that must keep the name as it is (``bylinesep-notfire``): a name set a word a line in
    a narrow column ("Anna<br>Smith"), a hyphened name ("Anna-Lena Smith-Jones", before a
    ``<br>`` and a role too), an agency after a dash kept as after a comma ("Anna Smith –
    AFP")."""
    for lang in BYLINE_PART_LANGS:
        name = WRITERS[lang][0]
        prefix = WRITERS[lang][1].format(n="")
        role = ROLES[lang]
        day = LANG_MONTH_DAYS[lang][0]
        forms = {
            "br-role": f"<div class='byline'>{prefix}{name}<br>{role}</div>",
            "br-day": f"<div class='byline'>{prefix}{name}<br><span>{day}</span></div>",
            "endash-role": f"<div class='byline'>{prefix}{name} – {role}</div>",
            "emdash-day": f"<p class='article-author'>{prefix}{name} — {day}</p>",
            "hyphen-role": f"<div class='byline'>{prefix}{name} - {role}</div>",
            "address-site": f"<address>{name}<br>Harbour Post</address>",
            "address-dash-site": f"<address>{name} — Harbour Post</address>",
        }
        for form, html in forms.items():
            key = f"bylinesep-{lang}-{form}"
            page = (
                opaque_story(lang, html) if form.startswith("address") else story_page(lang, html)
            )
            page = page.replace(
                "<head>", "<head><meta property='og:site_name' content='Harbour Post'>", 1
            )
            yield key, url_of(key), page, [name]


def byline_part_notfire_cases() -> Iterator[Case]:
    for lang in BYLINE_PART_LANGS:
        name = WRITERS[lang][0]
        first, last = name.split()
        hyphened = f"{first}-Lena {last}-Jones"
        forms = {
            "column": (f"<div class='byline'>{first}<br>{last}</div>", [name]),
            "column-address": (f"<address>{first}<br>{last}</address>", [name]),
            "hyphen": (f"<div class='byline'>{hyphened}</div>", [hyphened]),
            "hyphen-br": (f"<div class='byline'>{hyphened}<br>{ROLES[lang]}</div>", [hyphened]),
            "agency": (f"<div class='byline'>{name} – AFP</div>", [name, "AFP"]),
        }
        for form, (html, names) in forms.items():
            key = f"bylinesep-notfire-{lang}-{form}"
            page = opaque_story(lang, html) if "address" in form else story_page(lang, html)
            yield key, url_of(key), page, names


#: A consent line opening with the language's "by" and closing with title-case names of
#: documents joined by the language's "and": a sentence, no byline.
LEAD_SENTENCES = {
    "en": "By submitting your email, you agree to our <a href='/terms'>Terms</a> and <a href='/privacy'>Privacy Notice</a>.",
    "en2": "By signing up, you agree to the Terms of Use and Privacy Policy",
    "fr": "Par ailleurs, vous acceptez nos Conditions Générales et Politique de Confidentialité",
    "es": "Por continuar, aceptas nuestros Términos y Política de Privacidad",
}


def lead_sentence_cases() -> Iterator[Case]:
    """A short line under the headline opening with the language's "by" and going on
    with a sentence that closes with capitalised words after "and" (a newsletter's
    consent note above the story, opaque pages): no writer; the same pages with a
    byline line after it give the byline's writer."""
    a, _b, _c = _OPAQUE
    for key, line in LEAD_SENTENCES.items():
        lang = key[:2]
        name = WRITERS[lang][0]
        for form, after, expected in (
            ("alone", "", []),
            ("byline", f"<p>{byline(lang, name)}</p>", [name]),
        ):
            html = f"<form class='{a}'><p>{line}</p></form>{after}"
            case = f"leadsentence-{key}-{form}"
            yield case, url_of(case), opaque_story(lang, html), expected


# -- no structured author: the publication's byline, writers named elsewhere -------------

#: The head of a page that states no author: the site's name alone.
_SITE_ONLY = f"<meta property='og:site_name' content='{SITE_NAME}'>"


def _account_byline(lang: str, name: str) -> str:
    """A byline line whose link names the CMS account *name* (no writer)."""
    link = f"<a href='/author/admin/'>{name}</a>"
    return f"<p>{byline(lang, link)}</p>"


def unstructured_cases() -> Iterator[Case]:
    """A page with no structured author (opaque classes) names its writers in a bold line
    above the story's text, alone, after an empty paragraph or a deck, or under a byline
    that names only the publication (its site name, a CMS account "Hafenbote D"), or in
    a closing credit after the publication's name: the writers, as where the structured
    author is the publication (``publication``)."""
    for lang in ("en", "de", "fr"):
        a, _by, b, _c, _and = WRITERS[lang]
        deck = PUB_WORDS[lang][0]
        shapes: dict[str, tuple[str, str, list[str]]] = {
            "bold": (f"<p><strong>{a}</strong></p>", "", [a]),
            "bold-two": (f"<p><strong>{a}/{b}</strong></p>", "", [a, b]),
            "bold-caps": (f"<p>&nbsp;</p><p><b>{a.upper()}&nbsp;</b></p>", "", [a.upper()]),
            "bold-deck": (f"<p><em>{deck}</em></p><p><strong>{a}</strong></p>", "", [a]),
            "site-bold": (
                f"{_account_byline(lang, SITE_NAME)}<p><strong>{a}</strong></p>",
                "",
                [a],
            ),
            "account-bold": (
                f"{_account_byline(lang, f'{SITE_NAME} D')}<p><strong>{a}</strong></p>",
                "",
                [a],
            ),
            "credit": ("", f"<p>{SITE_NAME} / Nordic Wire</p>", ["Nordic Wire"]),
        }
        for kind, (under, after, expected) in shapes.items():
            key = f"unstructured-{lang}-{kind}"
            page = opaque_story(lang, under, after, head=_SITE_ONLY)
            yield key, url_of(key), page, expected


def unstructured_notfire_cases() -> Iterator[Case]:
    """Must not fire: with no structured author, a page names no writer by a bold name
    below the story's first paragraphs or opening a sentence, a bold heading ("Das
    Wichtigste", one over a list), a credit of one word or one above the story; the
    byline of the publication stays where nothing else names a writer, and a writer's
    byline stays beside a bold line of another name."""
    for lang in ("en", "de", "fr"):
        a, _by, b, _c, _and = WRITERS[lang]
        bold = PUB_WORDS[lang][2]
        said = {
            "en": "runs the café on the quay.",
            "de": "betreibt das Café am Kai.",
            "fr": "tient le café du quai.",
        }[lang]
        account = f"{SITE_NAME} D"
        twins: dict[str, tuple[str, str, list[str]]] = {
            "only": ("", "", []),
            "account-only": (_account_byline(lang, account), "", [account]),
            "bold-below": ("", f"<p><strong>{a}</strong></p>", []),
            "bold-sentence": (f"<p><strong>{a}</strong> {said}</p>", "", []),
            "bold-words": (f"<p><strong>{bold}</strong></p>", "", []),
            "bold-list": (
                f"<p><strong>{a}</strong></p><ul><li>{said}</li><li>{said}</li></ul>",
                "",
                [],
            ),
            "writer-bold": (f"<p>{byline(lang, b)}</p><p><strong>{a}</strong></p>", "", [b]),
            "credit-word": ("", f"<p>{SITE_NAME} / Agenturen</p>", []),
            "credit-above": (f"<p>{SITE_NAME} / Nordic Wire</p>", "", []),
            # a bold line heading short lines of its own (an appeal over an account's
            # number and links), not the story's text
            "bold-box": (
                f"<p><strong>{a}</strong></p><p>IBAN 0061947069</p><p><a href='/x'>{bold}</a></p>",
                "",
                [],
            ),
        }
        for kind, (under, after, expected) in twins.items():
            key = f"unstructured-notfire-{lang}-{kind}"
            page = opaque_story(lang, under, after, head=_SITE_ONLY)
            yield key, url_of(key), page, expected


# -- "By X with Y": the writer, and the help the byline credits ------------------------

#: Per language: "with" as its bylines write it before an agency's credit, and a
#: sentence's words after it (no credit).
BY_WITH = {
    "en": ("with", "her dog on the quay"),
    "de": ("mit", "ihrem Hund am Kai"),
    "fr": ("avec", "son chien sur le quai"),
    "es": ("con", "su perro en el muelle"),
    "it": ("con", "il suo cane sul molo"),
    "nl": ("met", "haar hond op de kade"),
    "sv": ("med", "sin hund på kajen"),
    "pt": ("com", "o seu cão no cais"),
}


def by_with_cases() -> Iterator[Case]:
    """An unmarked byline line (opaque pages, no structured author) whose "with" credits
    an agency or the agencies after the writer, the writer a link of the line, or the
    publication's own name before it ("By Hafenbote with Agencies"), and the publication
    alone after the byline word: the writer, the publication."""
    for lang, (with_, _said) in BY_WITH.items():
        a = WRITERS[lang][0]
        link = f"<a href='https://social.example/{lang}'>{a}</a>"
        shapes: dict[str, tuple[str, list[str]]] = {
            "agency": (f"<div>{byline(lang, a)} {with_} <b>AFP</b></div>", [a]),
            "link": (f"<div>{byline(lang, link)} {with_} <b>AP</b></div>", [a]),
            "two": (f"<div>{byline(lang, a)} {with_} AFP, Reuters</div>", [a]),
            "site-with": (
                f"<div>{byline(lang, f'<b>{SITE_NAME}</b>')} {with_} <b>Agencies</b></div>",
                [SITE_NAME],
            ),
            "site": (f"<p>{byline(lang, SITE_NAME)}</p>", [SITE_NAME]),
            # beside a writer, the publication's name is no writer
            "writer-site": (f"<div>{byline(lang, f'<a href=/x>{a}, {SITE_NAME}</a>')}</div>", [a]),
        }
        for kind, (under, expected) in shapes.items():
            key = f"bywith-{lang}-{kind}"
            yield key, url_of(key), opaque_story(lang, under, head=_SITE_ONLY), expected


def by_with_notfire_cases() -> Iterator[Case]:
    """Must not fire: a byline word before a lone word that is not the publication's and
    "with" an agency, a writer's name then "with" and a sentence, a photo's credit with
    "with" in a caption: no writer."""
    for lang, (with_, said) in BY_WITH.items():
        a = WRITERS[lang][0]
        twins: dict[str, str] = {
            "lone-word": f"<div>{byline(lang, '<b>Quay</b>')} {with_} <b>AFP</b></div>",
            "sentence": f"<p>{byline(lang, a)} {with_} {said}</p>",
            "caption": f"<figure><img src='/p.jpg'><figcaption>{a} {with_} AFP</figcaption></figure>",
        }
        for kind, under in twins.items():
            key = f"bywith-notfire-{lang}-{kind}"
            yield key, url_of(key), opaque_story(lang, under, head=_SITE_ONLY), []


# -- a writer's portrait beside the line of names --------------------------------------


def _slug(name: str) -> str:
    return (
        unicodedata.normalize("NFKD", name.lower())
        .encode("ascii", "ignore")
        .decode()
        .replace(" ", "-")
    )


def portrait_cases() -> Iterator[Case]:
    """A line of names alone under the headline (opaque pages, no structured author)
    beside the writer's portrait: a picture whose file spells the name (read through an
    image proxy's quoted address too) or whose alt is the name; two writers, a portrait
    each: the writers."""
    for lang in NAME_LINE_LANGS:
        a, _by, b, _c, _and = WRITERS[lang]
        proxied = f"https://img.example/plain/https%3A%2F%2Fcdn.example%2Fbyline%2F{_slug(a)}.jpg"
        shapes: dict[str, tuple[str, list[str]]] = {
            "file": (
                f"<div><img src='/byline/{_slug(a)}.jpg'><div><span>{a}</span></div></div>",
                [a],
            ),
            "proxy": (f"<div><img src='{proxied}'><div><span>{a}</span></div></div>", [a]),
            "alt": (f"<div><img src='/p/4711.jpg' alt='{a}'><p>{a}</p></div>", [a]),
            "two": (
                f"<div><div><img src='/p/1.jpg' alt='{a}'><img src='/p/2.jpg' alt='{b}'></div>"
                f"<div><span>{a}</span> <span>{b}</span></div></div>",
                [a, b],
            ),
        }
        for kind, (under, expected) in shapes.items():
            key = f"portrait-{lang}-{kind}"
            yield key, url_of(key), opaque_story(lang, under, head=_SITE_ONLY), expected


def portrait_notfire_cases() -> Iterator[Case]:
    """Must not fire: a name under a photo whose file and alt hold the name and more (the
    story's picture of the person), a name and a credit beside a picture of one of them,
    a name under a picture of another name, a name under a picture of no one: a caption,
    no writer."""
    for lang in NAME_LINE_LANGS:
        a, _by, b, _c, _and = WRITERS[lang]
        twins = {
            "photo": f"<div><img src='/{_slug(a)}-at-the-quay-2024.jpg' alt='{a} at the quay'><p>{a}</p></div>",
            "credit": f"<div><img src='/{_slug(a)}.jpg'><p>{a}, Associated Press</p></div>",
            "other": f"<div><img src='/p.jpg' alt='{b}'><p>{a}</p></div>",
            "plain": f"<div><img src='/p/4711.jpg'><p>{a}</p></div>",
        }
        for kind, under in twins.items():
            key = f"portrait-notfire-{lang}-{kind}"
            yield key, url_of(key), opaque_story(lang, under, head=_SITE_ONLY), []


# -- a byline word alone, the names in the box after it ---------------------------------

LONE_LEAD_LANGS = ("en", "de", "fr", "es", "it", "nl", "sv", "da", "fi", "pl")


def _lead_word(lang: str) -> str:
    return WRITERS[lang][1].replace("{n}", "").strip()


def lone_lead_cases() -> Iterator[Case]:
    """A byline word alone in its element opening the byline's box (opaque pages, no
    structured author), the writers in the box after it: a list of linked names with
    affiliation marks, a "show more" item and, in the box after the list, a button and
    the writers' bios (too long for a byline line); one linked name in a span."""
    for lang in LONE_LEAD_LANGS:
        a, _by, b, c, _and = WRITERS[lang]
        word = _lead_word(lang)
        bio = f"<div><p>{a} {STORIES.get(lang, STORIES['en'])[1][0]}</p></div>"
        items = (
            f"<li><a href='#author-0'>{a}</a><sup><a href='#aff1'>1</a></sup>,</li>"
            f"<li><a href='#author-1'>{b}</a> &amp;</li><li>…</li>"
            f"<li><a href='#author-2'>{c}</a></li>"
        )
        shapes: dict[str, tuple[str, list[str]]] = {
            "list": (
                f"<div><span>{word}</span> <ul>{items}</ul><button>+</button>{bio}</div>",
                [a, b, c],
            ),
            "span": (f"<p><span>{word}</span><span><a href='/x/1'>{a}</a></span></p>", [a]),
            # the box runs the writer's link into the role ("Anna SmithReporter")
            "role": (
                f"<div><span>{word}</span><div><a href='/authors/{_slug(a)}/'>{a}</a><span>Reporter</span></div></div>",
                [a],
            ),
        }
        for kind, (under, expected) in shapes.items():
            key = f"lonelead-{lang}-{kind}"
            yield key, url_of(key), opaque_story(lang, under, head=_SITE_ONLY), expected


def lone_lead_notfire_cases() -> Iterator[Case]:
    """Must not fire: the byline word in a sentence before a linked name, and alone
    before a sentence, a date or a list of topics: no writer."""
    for lang in LONE_LEAD_LANGS:
        a = WRITERS[lang][0]
        word = _lead_word(lang)
        line = STORIES.get(lang, STORIES["en"])[1][0]
        day = LANG_MONTH_DAYS.get(lang, ["2024/03/14"])[0]
        twins = {
            "sentence": f"<p>{line} <em>{word.lower()}</em> <a href='/x'>{a}</a>.</p>",
            "said": f"<div><span>{word}</span> <ul><li>{line}</li></ul></div>",
            "date": f"<div><span>{word}</span> <span>{day}</span></div>",
            "topics": f"<div><span>{word}</span> <ul><li><a href='/t/1'>Sport</a></li><li><a href='/t/2'>Hafen</a></li></ul></div>",
        }
        for kind, under in twins.items():
            key = f"lonelead-notfire-{lang}-{kind}"
            yield key, url_of(key), opaque_story(lang, under, head=_SITE_ONLY), []


# -- a marked byline: its word alone in a label, a name opening with an "and" word -----

#: Given names that are also an "and" word capitalised (Indonesian "dan", Dutch "en",
#: Norwegian "og" …): a name's word, no separator.
AND_NAMES = ("Dan Holm", "En Nguyen", "Ja Morant", "Ve Lind")


def marked_label_cases() -> Iterator[Case]:
    """A marked byline (classes kept): the byline word alone in a label marked as the
    author's, the writer in the next marked box with a role; a writer whose given name
    is an "and" word capitalised, alone, beside another writer, and again at the end of
    a byline whose parts run together ("…9:27PMComments Dan Holm")."""
    for lang in ("en", "de", "fr"):
        a, _by, b, _c, and_ = WRITERS[lang]
        word = _lead_word(lang)
        label = (
            f"<div class='author-info'><span class='author-label'>{word}</span><div class='author'>"
            f"<a href='/authors/{_slug(a)}/'>{a}</a><span class='job-title'>Reporter</span></div></div>"
        )
        key = f"markedlabel-{lang}-label"
        yield key, url_of(key), story_page(lang, label), [a]
        for i, name in enumerate(AND_NAMES):
            shapes = {
                "alone": (f"<p class='byline'>{byline(lang, name)}</p>", [name]),
                "two": (f"<p class='byline'>{byline(lang, f'{name} {and_} {b}')}</p>", [name, b]),
                "runon": (
                    f"<div class='byline'><a href='/profile/{_slug(name)}'>{name}</a><span>Hafenbote</span>"
                    f"<span>14.03.2024 9:27</span><a href='#c'>Comments</a> <a href='mailto:x@example.org'>{name}</a></div>",
                    [name],
                ),
            }
            for kind, (under, expected) in shapes.items():
                key = f"markedlabel-{lang}-{kind}-{i}"
                yield key, url_of(key), story_page(lang, under), expected


# -- a picture's credit marked as its author ----------------------------------------------


def caption_credit_cases() -> Iterator[Case]:
    """A photo's credit marked as its author (a class naming the author) in the caption
    of the story's picture, in the figure or beside it in their box: the story's byline
    after it gives the writer, and with no byline there is none. Twins that must stay
    bylines: a writer's portrait captioned by the byline, told by the picture's file or
    alt, or by a link to the writer's page."""
    for lang in ("en", "de", "fr", "es"):
        a, _by, b, _c, _and = WRITERS[lang]
        own = f"<p class='byline'>{byline(lang, b)}</p>"
        credit = f"<span class='author'>{a} / Agencia</span>"
        shapes: dict[str, tuple[str, list[str]]] = {
            "in-figure": (
                f"<figure><img src='/p.jpg' alt='Quay'><figcaption>Quay {credit}</figcaption></figure>{own}",
                [b],
            ),
            "beside": (
                f"<div><figure><img src='/p.jpg'></figure><figcaption>{credit}</figcaption></div>{own}",
                [b],
            ),
            "alone": (f"<figure><img src='/p.jpg'><figcaption>{credit}</figcaption></figure>", []),
            "portrait-file": (
                f"<figure><img src='/byline/{_slug(a)}.jpg'><figcaption class='byline'>{a}</figcaption></figure>",
                [a],
            ),
            "portrait-alt": (
                f"<figure><img src='/w.jpg' alt='{a}'><figcaption class='byline'>{a}</figcaption></figure>",
                [a],
            ),
        }
        for kind, (under, expected) in shapes.items():
            key = f"captioncredit-{lang}-{kind}"
            yield key, url_of(key), story_page(lang, under), expected


# -- a control marked for the writer -------------------------------------------------------

#: A follow button's labels: "Follow", "Cancel".
CONTROL_LABELS = {
    "en": ("Follow", "Cancel"),
    "de": ("Folgen", "Abbruch"),
    "fr": ("Suivre", "Annuler"),
}


def control_notfire_cases() -> Iterator[Case]:
    """Must not fire: a follow button marked for the writer ("followAuthorBtn") under
    the headline holds its label, no name: no writer; the byline beside it gives the
    writer."""
    for lang, (follow, cancel) in CONTROL_LABELS.items():
        a = WRITERS[lang][0]
        box = (
            f"<div><button class='followAuthorBtn'>{follow}</button><div>"
            f"<button class='followAuthorBtn'>{cancel}</button></div></div>"
        )
        for kind, under, expected in (
            ("alone", box, []),
            ("byline", f"{box}<p class='byline'>{byline(lang, a)}</p>", [a]),
        ):
            key = f"control-notfire-{lang}-{kind}"
            yield key, url_of(key), story_page(lang, under), expected


# -- an agency's initials after the byline word ------------------------------------------

#: Languages of :data:`WRITERS` whose byline word opens the line, and an agency's initials.
AGENCY_LANGS = {"en": "AP", "de": "DPA", "fr": "AFP", "es": "EFE", "it": "ANSA", "nl": "ANP"}
#: Per language: a sentence the byline word opens before initials ("By NASA standards …").
AGENCY_SENTENCES = {
    "en": "By NASA standards the mission was a small one.",
    "de": "Von USA bis Kanada reichte der Sturm.",
    "fr": "Par SMS, la mairie a prévenu les habitants.",
    "es": "Por DNI se identificó a los vecinos.",
    "it": "di UEFA non si parla più in città.",
    "nl": "Door NOS werd de uitslag gemeld.",
}


def agency_cases() -> Iterator[Case]:
    """An unmarked byline line under the headline (opaque pages, the site's name the only
    structured word) whose byline word credits an agency's initials, alone ("Von DPA",
    with the day after it in the next element) or after a writer ("By Anna Smith, AP",
    "Par Anne Martin et AFP"): the agency, and the writer beside it."""
    for lang, agency in AGENCY_LANGS.items():
        a, _by, _b, _c, and_ = WRITERS[lang]
        day = LANG_MONTH_DAYS.get(lang, ["14.03.2024"])[0]
        shapes: dict[str, tuple[str, list[str]]] = {
            "alone": (f"<div>{byline(lang, agency)}</div>", [agency]),
            "dated": (f"<div><div>{byline(lang, agency)}</div><span>{day}</span></div>", [agency]),
            "comma": (f"<p>{byline(lang, a)}, {agency}</p>", [a, agency]),
            "and": (f"<p>{byline(lang, a)} {and_} {agency}</p>", [a, agency]),
        }
        for kind, (under, names) in shapes.items():
            key = f"agency-{lang}-{kind}"
            yield key, url_of(key), opaque_story(lang, under, head=_SITE_ONLY), names


def agency_notfire_cases() -> Iterator[Case]:
    """Must not fire: the byline word opening a sentence before initials ("By NASA
    standards …", "Von USA bis Kanada …"), before one capital letter ("By A"), before a
    capitalised word that is no initials ("Von Abbruch"), and initials alone under the
    headline with no byline word (a badge: "LIVE"), a line all in capitals whose byline
    word goes before one short word ("BY CAR", a travel guide's subheading): no writer."""
    for lang in AGENCY_LANGS:
        twins = {
            "sentence": f"<p>{AGENCY_SENTENCES[lang]}</p>",
            "letter": f"<div>{byline(lang, 'A')}</div>",
            "word": f"<div>{byline(lang, 'Abbruch')}</div>",
            "badge": "<div>LIVE</div>",
            "capitals": f"<p><strong>{byline(lang, 'Train').upper()}</strong></p>",
        }
        for kind, under in twins.items():
            key = f"agency-notfire-{lang}-{kind}"
            yield key, url_of(key), opaque_story(lang, under, head=_SITE_ONLY), []


# -- writers' links crediting a reporter with a title and an e-mail, or an agency ----------

#: Per language: writers' names and the reporter's title written after a name.
TITLED_WRITERS = {
    "ko": (["김민지", "이준호", "박서연", "최유진"], " 기자"),
    "ja": (["山田花子", "佐藤健"], " 記者"),
    "zh": (["王芳", "李明"], " 记者"),
}


def writer_credit_cases() -> Iterator[Case]:
    """Writers' links under the headline (opaque pages) that show more than a full name:
    a name in a script without case closed by the reporter's title, then the writer's
    e-mail address, in a ``<dl>`` per writer (one, two, four writers, the day after
    them); an agency's initials linking to its page in a writers' folder whose address
    spells them ("/autoren/74149726-sid/"), alone, before its role, before the day: the
    writers and the agency."""
    for lang, (names, title) in TITLED_WRITERS.items():
        day = LANG_MONTH_DAYS.get(lang, ["2024/03/14"])[0]
        for count in sorted({1, 2, len(names)}):
            items = "".join(
                f"<dl><a href='/author/{550 + i}'><dt>{n}{title}</dt>"
                f"<dd>w{i}.news@example.org</dd></a></dl>"
                for i, n in enumerate(names[:count])
            )
            under = f"<div><div>{items}<dl><dt>{day}</dt></dl></div></div>"
            key = f"writercredit-{lang}-{count}"
            yield key, url_of(key), opaque_story(lang, under, head=_SITE_ONLY), names[:count]
    for lang, agency in AGENCY_LANGS.items():
        link = f"<a href='/autoren/74149726-{agency.lower()}/'>{agency}</a>"
        day = LANG_MONTH_DAYS.get(lang, ["14.03.2024"])[0]
        shapes = {
            "alone": f"<div><div>{link}</div></div>",
            "role": f"<div><div>{link}</div><span>{ROLES.get(lang, 'Agency').title()}</span></div>",
            "dated": f"<div>{link} | {day}</div>",
        }
        for kind, under in shapes.items():
            key = f"writercredit-{lang}-agency-{kind}"
            yield key, url_of(key), opaque_story(lang, under, head=_SITE_ONLY), [agency]


def writer_credit_notfire_cases() -> Iterator[Case]:
    """Must not fire: initials linking to a writers' folder whose address spells another
    word ("/autoren/12-redaktion/"), initials linking to a topic's page that spells them
    (no writers' folder: "/thema/nato/"), a word of a script without case linking to a
    writers' folder with no reporter's title (a section's label), with an e-mail address
    but no title, and a person linked in a sentence that closes with an e-mail address:
    no writer."""
    for lang, (names, _title) in TITLED_WRITERS.items():
        twins = {
            "untitled": f"<div><a href='/author/551'>{names[0]}</a></div>",
            "mailed": f"<div><a href='/author/551'>{names[0]} w1.news@example.org</a></div>",
        }
        for kind, under in twins.items():
            key = f"writercredit-notfire-{lang}-{kind}"
            yield key, url_of(key), opaque_story(lang, under, head=_SITE_ONLY), []
    for lang, agency in AGENCY_LANGS.items():
        twins = {
            "otherslug": f"<div><a href='/autoren/12-redaktion/'>{agency}</a></div>",
            "topic": f"<div><a href='/thema/{agency.lower()}/'>{agency}</a></div>",
            "sentence": "<p>Mayor <a href='/person/anna-holm'>Anna Holm</a> said no, tips@example.org.</p>",
        }
        for kind, under in twins.items():
            key = f"writercredit-notfire-{lang}-{kind}"
            yield key, url_of(key), opaque_story(lang, under, head=_SITE_ONLY), []


# -- a byline a script framework's test id or component name marks -----------------------


def testid_cases() -> Iterator[Case]:
    """Opaque pages (hashed classes) whose byline a test id or component name marks, as a
    script framework's markup does: ``data-testid="author-section"`` around the name,
    ``data-component="Byline"`` around "By {name}", two writers, an agency's initials,
    the name before a role marked likewise: the writers."""
    a, b, _c = _OPAQUE
    for lang in ("en", "de", "fr"):
        name, _by, other, _third, _and = WRITERS[lang]
        forms = {
            "section": (
                f"<div data-testid='author-section'><div class='{a}'>{name}</div></div>",
                [name],
            ),
            "component": (
                f"<div data-component='Byline'><span class='{b}'>{byline(lang, name)}</span></div>",
                [name],
            ),
            "two": (
                f"<div data-testid='BylinesWrapper'><span>{joined(lang, [name, other])}</span></div>",
                [name, other],
            ),
            "agency": (
                f"<div data-testid='author-section'><div class='{a}'>AFP</div></div>",
                ["AFP"],
            ),
            "role": (
                f"<div><a data-testid='author-name' href='/p/1'>{name}</a><span data-testid='author-function'>{ROLES[lang]}</span></div>",
                [name],
            ),
        }
        for form, (html, names) in forms.items():
            key = f"testid-{lang}-{form}"
            yield key, url_of(key), opaque_story(lang, html, head=_SITE_ONLY), names


def testid_notfire_cases() -> Iterator[Case]:
    """Must not fire: a byline test id in another story's teaser card, one holding only
    the day ("byline-publishedDate"), one around a portrait with no text, one in a
    sidebar box, and a test id naming no byline around a bold name below the story: no
    writer."""
    a, _b, _c = _OPAQUE
    for lang in ("en", "de", "fr"):
        name = WRITERS[lang][0]
        day = LANG_MONTH_DAYS[lang][0]
        forms = {
            "teaser": f"<article><a href='/news/other-story.html'>Harbour board meets again on the ferry pier plan</a><div data-testid='byline'>{name}</div></article>",
            "date": f"<div data-testid='byline-publishedDate'>{day}</div>",
            "portrait": "<div data-testid='author-image'><img src='/p/1.jpg' alt=''></div>",
            "other": "<div data-testid='share-bar'><a href='https://social.example/share'>Share</a></div>",
        }
        for form, html in forms.items():
            key = f"testid-notfire-{lang}-{form}"
            yield key, url_of(key), opaque_story(lang, html, head=_SITE_ONLY), []
        aside = f"<div class='{a}'><div data-testid='author-box'>{name}</div></div>"
        key = f"testid-notfire-{lang}-sidebar"
        yield key, url_of(key), story_page(lang, aside=aside, head=_SITE_ONLY), []


# -- a desk's closing credit: the agencies, then the editor's initials -------------------


def desk_credit_cases() -> Iterator[Case]:
    """Opaque pages with no byline whose story closes with a desk's credit, agencies'
    initials before the editor's in lower case ("SDA/sep", "AFP/DPA/jm", in a span):
    the agencies."""
    for lang in ("en", "de", "fr"):
        for kind, after, names in (
            ("one", "<p>SDA/sep</p>", ["SDA"]),
            ("two", "<p>AFP/DPA/jm</p>", ["AFP", "DPA"]),
            ("span", "<p><span>APA/red</span></p>", ["APA"]),
        ):
            key = f"deskcredit-{lang}-{kind}"
            page = opaque_story(lang, "", after, head=_SITE_ONLY)
            yield key, url_of(key), page, names


def desk_credit_notfire_cases() -> Iterator[Case]:
    """Must not fire: initials joined by a slash with no editor's initials ("USA/EU"), a
    file's kinds ("PDF/docx": four letters), such a credit above the story's text, one
    inside a sentence; and a writer's byline stays alone beside a closing credit."""
    for lang in ("en", "de", "fr"):
        a = WRITERS[lang][0]
        twins: dict[str, tuple[str, str, list[str]]] = {
            "noeditor": ("", "<p>USA/EU</p>", []),
            "file": ("", "<p>PDF/docx</p>", []),
            "above": ("<p>SDA/sep</p>", "", []),
            "sentence": ("", "<p>Die SDA/sep meldete es zuerst.</p>", []),
            "writer": (f"<p>{byline(lang, a)}</p>", "<p>SDA/sep</p>", [a]),
        }
        for kind, (under, after, expected) in twins.items():
            key = f"deskcredit-notfire-{lang}-{kind}"
            page = opaque_story(lang, under, after, head=_SITE_ONLY)
            yield key, url_of(key), page, expected


SHAPES: dict[str, Callable[[], Iterator[Case]]] = {
    "langs": lang_cases,
    "marked": marked_cases,
    "several": several_cases,
    "bare": bare_cases,
    "baredate": bare_dated_cases,
    "hindi": hindi_cases,
    "jsonld": jsonld_cases,
    "notfire": notfire_cases,
    "publication": publication_cases,
    "pubonly": publication_notfire_cases,
    "pubwords": page_words_cases,
    "writerlink": writer_link_cases,
    "writerlink-notfire": writer_link_notfire_cases,
    "runon": runon_cases,
    "address": address_cases,
    "address-notfire": address_notfire_cases,
    "nameline": name_line_cases,
    "nameline-notfire": name_line_notfire_cases,
    "leadsentence": lead_sentence_cases,
    "bylinesep": byline_part_cases,
    "bylinesep-notfire": byline_part_notfire_cases,
    "unstructured": unstructured_cases,
    "unstructured-notfire": unstructured_notfire_cases,
    "bywith": by_with_cases,
    "bywith-notfire": by_with_notfire_cases,
    "portrait": portrait_cases,
    "portrait-notfire": portrait_notfire_cases,
    "lonelead": lone_lead_cases,
    "lonelead-notfire": lone_lead_notfire_cases,
    "markedlabel": marked_label_cases,
    "captioncredit": caption_credit_cases,
    "control-notfire": control_notfire_cases,
    "agency": agency_cases,
    "agency-notfire": agency_notfire_cases,
    "writercredit": writer_credit_cases,
    "writercredit-notfire": writer_credit_notfire_cases,
    "testid": testid_cases,
    "testid-notfire": testid_notfire_cases,
    "deskcredit": desk_credit_cases,
    "deskcredit-notfire": desk_credit_notfire_cases,
}


def authors_of(html: str, url: str) -> list[str]:
    """The author names the generic extractor keeps, normalised as score.py does."""
    found = generic_article(selector(html.encode()).root, url, fetched_at=FETCHED_AT)
    return [norm(a["name"] or "") for a in found.authors if (a["name"] or "").strip()]


def run(names: list[str], verbose: bool) -> int:
    failures = 0
    for shape in names:
        total = missed = wrong = invented = 0
        for name, url, html, expected in SHAPES[shape]():
            total += 1
            got = set(authors_of(html, url))
            want = {norm(n) for n in expected}
            if got == want:
                continue
            if not want:
                invented += 1
            elif not got:
                missed += 1
            else:
                wrong += 1
            if verbose:
                print(f"  FAIL {name}: {sorted(got)} (expected {sorted(want)})")
        failed = missed + wrong + invented
        print(
            f"{shape}: {failed} of {total} pages fail ({missed} missed, {wrong} wrong, {invented} invented)"
        )
        failures += failed
    return failures


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    run(args or list(SHAPES), "-v" in sys.argv)
