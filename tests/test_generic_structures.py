"""Structures of the web the generic extractor must read right on any site, each with a
case where the rule must not fire."""

from __future__ import annotations

import pytest
from lxml.html import HtmlElement

from newscrawl.extraction.anchored import twin_count, twin_counts
from newscrawl.extraction.generic import generic_page
from newscrawl.extraction.generic_body import extract_body
from newscrawl.extraction.html import element_text, inline_text, selector

from .conftest import FIXTURES

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
        f'<li><a href="/news/{20240 + i}.html">'
        f"{RUBY}の居場所づくり 各地で広がる 取り組み {i}</a></li>"
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


# --- consent layers ----------------------------------------------------------------------

URL_DE = "https://www.example.de/politik/2024/10/haushalt.html"

#: A short story (about 600 characters).
STORY_DE = [
    "Der Stadtrat hat am Dienstag den neuen Haushalt beschlossen, der Mittel für Schulen, "
    "Straßen und die lange aufgeschobene Sanierung der Wasserleitungen vorsieht.",
    "Die Ratsmitglieder debattierten fast vier Stunden, bevor sie mit sieben zu zwei "
    "Stimmen zustimmten; mehrere Anwohner hatten sich gegen den Plan ausgesprochen.",
    "Der Bürgermeister sagte, der größte Haushalt in der Geschichte der Stadt werde durch "
    "geringere Verwaltungskosten und höhere Parkgebühren in der Innenstadt ausgeglichen.",
]

#: A consent layer's purpose texts: long prose, longer than the story.
CONSENT_DE = [
    "Wir verwenden Technologien wie Cookies, um Informationen auf Ihrem Gerät zu speichern "
    "und abzurufen, und verarbeiten personenbezogene Daten wie eindeutige Kennungen.",
    "Um zu verstehen, wie unsere Webseite genutzt wird, und um Ihnen personalisierte Inhalte "
    "und Werbung anzuzeigen, arbeiten wir mit Partnern zusammen, die Daten verarbeiten.",
    "Mit Ihrer Zustimmung können wir und unsere Partner genaue Standortdaten verwenden, und "
    "Sie können Ihre Einwilligung jederzeit in den Datenschutzeinstellungen widerrufen.",
    "Einige Partner verarbeiten Ihre Daten auf der Grundlage eines berechtigten Interesses, "
    "dem Sie widersprechen können; weitere Informationen finden Sie in der Erklärung.",
    "Die Verarbeitung dient der Messung von Reichweite, der Entwicklung und Verbesserung "
    "von Angeboten sowie der Auswahl und Messung personalisierter Anzeigen und Inhalte.",
]


def de_page(layer: str, story: str | None = None) -> str:
    """A page whose story has no landmark around it (no ``main``, ``article`` or ``h1``:
    the headline is in the title only), as many templates write it, and a layer first."""
    story = story or "".join(f"<p>{p}</p>" for p in STORY_DE)
    return f"""<html lang="de"><head><title>Stadtrat beschließt Haushalt</title></head>
    <body>{layer}<div class="top"><a href="/">Start</a> <a href="/politik">Politik</a></div>
    <div class="wrap"><div class="text">{story}</div></div>
    <div class="bottom"><p>Impressum und Kontakt</p></div></body></html>"""


def consent_text() -> str:
    return "".join(f"<p>{p}</p>" for p in CONSENT_DE)


@pytest.mark.parametrize(
    "layer",
    [
        '<div id="CybotCookiebotDialog"><h2>Diese Webseite verwendet Cookies</h2>{}</div>',
        '<div id="onetrust-consent-sdk"><div class="ot-sdk-container">{}</div></div>',
        '<div id="sp_message_container_1234"><div class="message-content">{}</div></div>',
        '<div class="cookie-banner"><div class="content">{}</div></div>',
        '<div class="privacy-layer" role="dialog" aria-modal="true">{}</div>',
    ],
    ids=["cookiebot", "onetrust", "sourcepoint", "cookie-banner", "aria-modal"],
)
def test_consent_layer_never_the_story(layer: str) -> None:
    body = extract_body(root_of(de_page(layer.format(consent_text()))), URL_DE).body.body
    assert body == "\n\n".join(STORY_DE)


def test_article_about_cookies_and_consent_is_read() -> None:
    """Must not fire: a story whose subject is cookie banners, in a story container, and a
    story in a container named "cookie" without a notice word (a recipe's)."""
    story = "".join(f"<p>{p}</p>" for p in CONSENT_DE)
    body = extract_body(root_of(de_page("", story)), URL_DE).body.body
    assert body == "\n\n".join(CONSENT_DE)
    recipe = de_page("").replace('class="text"', 'class="cookie-recipe"')
    assert extract_body(root_of(recipe), URL_DE).body.body == "\n\n".join(STORY_DE)


def test_story_in_a_modal_and_wrapper_with_consent_state_are_read() -> None:
    """Must not fire: an article opened in a modal dialog holds its own ``article``/``h1``,
    and a page wrapper named by the consent state holds the whole page."""
    modal = f'<div role="dialog" aria-modal="true" class="story-modal">{de_page("")}</div>'
    body = extract_body(
        root_of(modal.replace("<html", "<div").replace("</html>", "</div>")), URL_DE
    )
    assert body.body.body == "\n\n".join(STORY_DE)
    wrapped = de_page("").replace("<body>", '<body><div id="page" class="cookie-consent-given">')
    wrapped = wrapped.replace("</body>", "</div></body>")
    assert extract_body(root_of(wrapped), URL_DE).body.body == "\n\n".join(STORY_DE)


# --- the story under its headline -------------------------------------------------------

STRUCTURES = FIXTURES / "structures"
LETTER_URL = "https://www.example.de/meinung/offener-brief-haushalt.html"


def body_of_page(name: str, url: str = LETTER_URL) -> str:
    html = (STRUCTURES / name).read_text(encoding="utf-8")
    return extract_body(root_of(html), url).body.body


def test_letter_above_a_longer_list_of_signatories_is_the_story() -> None:
    """An open letter (no landmark, no metadata) under its ``h1``, then a container of
    sixty signatories' names: the names outweighed the letter and were the body."""
    body = body_of_page("letter-above-signatories.html")
    assert "Der Stadtrat hat am Dienstag nach langer Debatte" in body
    assert "Die Ratsmitglieder diskutierten fast vier Stunden" in body


def test_short_story_beside_longer_unnamed_consent_prose_is_the_story() -> None:
    """A press release of two paragraphs under its ``h1`` in a column layout; a consent
    notice first in the page, named neutrally, with links for buttons, holding more
    prose: the notice was the body."""
    body = body_of_page("story-beside-consent-prose.html")
    assert "Der Stadtrat hat am Dienstag nach langer Debatte" in body
    assert "Die Ratsmitglieder diskutierten fast vier Stunden" in body
    assert "Cookies" not in body


def test_story_beside_its_standfirst_stays_the_story() -> None:
    """Must not fire: the ``h1`` and a two-paragraph standfirst telling the headline in
    a header box, the story below in its own box telling it only by inflected words
    ("Stadtrats", "Haushaltsplan"): the story stays the body, not the standfirst."""
    body = body_of_page("story-below-standfirst.html")
    assert "Mit dem Beschluss des Stadtrats" in body
    assert "Ob die Rechnung aufgeht" in body


@pytest.mark.parametrize("linked", [True, False])
def test_site_name_h1_never_takes_the_story(linked: bool) -> None:
    """Must not fire: the page's one ``h1`` is the site's name (linked home or not) over
    a tagline; the story is under an ``h2`` and tells none of the ``h1``'s words; the
    title names the story and the site."""
    name = "<a href='/'>Morgenkurier Westland</a>" if linked else "Morgenkurier Westland"
    story = "".join(
        f"<p>{p}</p>"
        for p in (
            "Mit dem Beschluss des Stadtrats fließen im kommenden Jahr mehr Mittel in die "
            "Sanierung der Leitungen, die seit Jahrzehnten als marode gelten.",
            "Die Verwaltung rechnet damit, dass die Arbeiten im Frühjahr beginnen und bis "
            "zum Herbst die ersten Straßenzüge abgeschlossen sind.",
            "Kritik kam von den Händlern der Innenstadt, die höhere Parkgebühren fürchten "
            "und weniger Kundschaft erwarten.",
        )
    )
    html = (
        "<html lang='de'><head><title>Stadtrat beschließt Haushalt | Morgenkurier Westland"
        f"</title></head><body><div class='wrap'><div class='kopf'><h1>{name}</h1><p>Der "
        "Morgenkurier Westland berichtet seit 1950 über alles, was im Westland und der "
        "Region passiert.</p></div><div class='page'><h2>Stadtrat beschließt Haushalt</h2>"
        f"<div class='text'>{story}</div></div></div></body></html>"
    )
    body = extract_body(root_of(html), LETTER_URL).body.body
    assert "Mit dem Beschluss des Stadtrats" in body
    assert "berichtet seit 1950" not in body


def test_next_story_telling_none_of_the_headline_stays_out() -> None:
    """The page's short story in its ``article`` under the ``h1``, the longer next story
    below it in another ``article`` telling none of the headline's words even by their
    stems: the block model takes the page's own story (no second opinion needed), and
    neither a climb nor a sibling brings the next story back."""
    html = (STRUCTURES / "story-then-next-story.html").read_text(encoding="utf-8")
    html = html.replace("Die Sanierung des nassen", "Die Konservierung des nassen")
    html = html.replace("die Chroniken der Stadt", "die Chroniken")
    body = extract_body(root_of(html), "https://www.example.de/lokal/hallenbad.html").body.body
    assert body.startswith("Der Gemeinderat hat am Dienstagabend beschlossen")
    assert "Schwimmvereine und Schulen" in body
    assert "Taucher" not in body


def test_live_blog_beside_its_headline_box_keeps_every_update() -> None:
    """Must not fire: the ``h1`` and an intro telling the headline in a header box, the
    updates in a box of their own, one far longer than the others and telling none of
    the headline's words: the block model credits that update, and the run of updates it
    stands in (not the intro) is the story."""
    updates = [
        "Die Polizei hat die Innenstadt abgesperrt, nachdem am Morgen ein verdächtiger "
        "Koffer am Bahnhof gefunden wurde.",
        "Sprengstoffexperten untersuchen den Koffer, Reisende werden gebeten, den Bereich "
        "weiträumig zu umgehen.",
        "Der Zugverkehr ist eingestellt, die Bahn richtet einen Ersatzverkehr mit Bussen "
        "zum Nachbarort ein.",
        "Nach Angaben eines Sprechers der Polizei gibt es bisher keine Hinweise auf eine "
        "konkrete Gefahr für die Bevölkerung. "
        + "Die Polizei erklärte in einer ausführlichen Mitteilung, wie der Einsatz ablief, "
        "welche Kräfte beteiligt waren und warum die Absperrung so großräumig ausfiel. " * 6,
        "Die Absperrung wird nach und nach aufgehoben, die ersten Geschäfte in der "
        "Innenstadt öffnen wieder.",
        "Entwarnung: Der Koffer enthielt nach Angaben der Polizei nur Kleidung und Bücher, "
        "der Besitzer hat sich gemeldet.",
    ]
    entries = "".join(
        f"<div class='entry'><time>{10 + i}:00</time><p>{u}</p></div>"
        for i, u in enumerate(updates)
    )
    html = (
        "<html lang='de'><head><title>Liveticker: Verdächtiger Koffer am Bahnhof</title>"
        "</head><body><div class='head'><h1>Liveticker: Verdächtiger Koffer am Bahnhof</h1>"
        "<p>Am Bahnhof ist ein verdächtiger Koffer gefunden worden. Wir berichten "
        "fortlaufend über die Lage in der Innenstadt.</p></div>"
        f"<div class='ticker'>{entries}</div></body></html>"
    )
    body = extract_body(root_of(html), "https://www.example.de/live/koffer").body.body
    assert all(u.split(". ")[0] in body for u in updates)


def test_post_titled_by_an_h2_beside_longer_consent_prose_is_the_story() -> None:
    """A blog theme that titles its post with an ``h2`` (no ``h1`` on the page) stating
    the ``<title>``: the heading says where the story is as an ``h1`` would, and the
    longer unnamed consent notice with its purposes before the post is not the body."""
    body = body_of_page("post-h2-title-beside-consent.html")
    assert "Der Stadtrat hat am Dienstag nach langer Debatte" in body
    assert "Die Ratsmitglieder diskutierten fast vier Stunden" in body
    assert "Cookies" not in body


@pytest.mark.parametrize("line", ["div", "h2"])
def test_site_name_stating_the_title_never_takes_the_story(line: str) -> None:
    """Must not fire: no ``h1``; the page's ``<title>`` is the site's name, shown at the
    top over a welcome paragraph (as a plain line, or as an ``h2`` in the page's
    ``header``); the story under a heading of its own tells none of its words."""
    name = "Kreisverwaltung Musterland Online"
    shown = f"<div class='name'>{name}</div>" if line == "div" else f"<h2>{name}</h2>"
    top = (
        (f"<div class='kopf'>{shown}" if line == "div" else f"<header>{shown}")
        + "<p>Willkommen auf den Seiten der Kreisverwaltung Musterland. Hier finden Sie alle "
        "Informationen rund um Ihre Verwaltung online.</p>"
        + ("</div>" if line == "div" else "</header>")
    )
    story = "".join(
        f"<p>{p}</p>"
        for p in (
            "Ab April gelten auf allen Parkplätzen am Rathaus neue Gebühren, die der "
            "Kreistag im Februar mit großer Mehrheit beschlossen hat.",
            "Die erste halbe Stunde bleibt frei, danach kostet jede angefangene Stunde "
            "einen Euro, höchstens aber sechs Euro am Tag.",
            "Anwohner können einen Parkausweis beantragen, der für zwölf Monate gilt und "
            "dreißig Euro kostet.",
        )
    )
    html = (
        f"<html lang='de'><head><title>{name}</title></head><body><div class='wrap'>{top}"
        f"<div class='inhalt'><h2>Neue Parkgebühren ab April</h2>{story}</div></div>"
        "</body></html>"
    )
    body = extract_body(root_of(html), LETTER_URL).body.body
    assert "Ab April gelten auf allen Parkplätzen" in body
    assert "Anwohner können einen Parkausweis" in body


def test_story_in_the_headlines_article_never_gives_way_to_its_standfirst() -> None:
    """Must not fire: the ``h1`` and a standfirst telling it in a box of the ``article``,
    the story in the same ``article`` telling none of the headline's words (a headline
    that plays with words): the page's markup puts the two in one story, and the story
    stays the body."""
    story = "".join(
        f"<p>{p}</p>"
        for p in (
            "Das Gerät lässt sich in der Mitte zusammenklappen und passt dann in jede "
            "Hosentasche, aufgeklappt zeigt es einen Bildschirm von acht Zoll.",
            "Im Test hielt der Akku einen ganzen Arbeitstag durch, auch wenn wir viele "
            "Videos abgespielt und mit der Kamera gearbeitet haben.",
            "Der Preis von knapp zweitausend Euro dürfte viele Interessenten abschrecken, "
            "zumal die Konkurrenz ähnliche Modelle günstiger anbietet.",
        )
    )
    html = (
        "<html lang='de'><head><title>Endlich: Faltbares Telefon kommt</title></head><body>"
        "<main><article><div class='kopf'><h1>Endlich: Faltbares Telefon kommt</h1>"
        "<p>Endlich kommt das faltbare Telefon in den Handel, und wir haben es zwei "
        "Wochen lang ausprobiert."
        f"</p></div><div class='body'>{story}</div></article></main></body></html>"
    )
    body = extract_body(root_of(html), LETTER_URL).body.body
    assert "Das Gerät lässt sich in der Mitte zusammenklappen" in body
    assert "Der Preis von knapp zweitausend Euro" in body


def test_consent_prose_before_the_headline_in_its_column_is_not_the_story() -> None:
    """A press release in a CMS column: a consent notice with its purposes (unnamed, one
    button) placed in the column before the title's wrapper, the release's two paragraphs
    after the ``h1`` in the same column: the notice (wholly before the headline, telling
    none of it) outweighed the release and was the body."""
    body = body_of_page("consent-before-headline-in-column.html")
    assert "Der Stadtrat hat am Dienstag nach langer Debatte" in body
    assert "Die Ratsmitglieder diskutierten fast vier Stunden" in body
    assert "Cookies" not in body


def test_consent_notice_inside_main_stays_out_of_the_story() -> None:
    """A consent notice (neutral name, three buttons, more prose than the story) first in
    the ``main`` whose own paragraphs are the story: ``main`` is the story container and
    the notice joined the body as one of its boxes."""
    body = body_of_page("consent-inside-main.html")
    assert "The city council approved the new budget" in body
    assert "The mayor said the largest budget" in body
    assert "cookies" not in body
    assert "legitimate interest" not in body


def test_consent_notice_beside_the_story_in_main_does_not_join_it() -> None:
    """A French story in its own box in ``main``, a consent notice (links drawn as
    buttons) its sibling after it: the notice scored enough to join as a sibling."""
    body = body_of_page("consent-beside-story-in-main.html")
    assert "Le conseil municipal a adopté mardi" in body
    assert "Le budget entre en vigueur en janvier" in body
    assert "cookies" not in body
    assert "intérêt légitime" not in body


def test_story_part_with_a_carousel_stays_in_the_story() -> None:
    """Must not fire: a story cut into two sections built alike; the second tells none
    of the headline's words and holds a carousel's two buttons: it is the story's."""
    body = body_of_page("story-parts-with-carousel.html")
    assert "seeing the world through pink glasses" in body
    assert "Finally, something a little different" in body
    assert "Bottom line: a good buy for a picnic" in body


@pytest.mark.parametrize("said", [0, 2])
def test_story_box_with_buttons_beside_its_standfirst(said: int) -> None:
    """Must not fire: the story's own box in ``main`` beside a standfirst telling the
    headline holds share buttons, its prose saying two or none of the headline's words:
    the box is the story, whatever it says."""
    words = "council budget " if said else ""
    story = [
        f"On Tuesday the {words}vote came after a long evening of speeches by residents who "
        "had waited for hours in the public gallery.",
        "Several of them said they would keep watching how the money is spent, and a group "
        "of parents asked for a meeting on the state of the school buildings.",
    ]
    box = "".join(f"<p>{p}</p>" for p in story) + "<button>Share</button><button>Mail</button>"
    html = f"""<html lang="en"><head><title>City council approves budget</title></head>
    <body><nav><a href="/">Home</a> <a href="/news">News</a></nav><main>
    <h1>City council approves budget</h1>
    <p>The city council approved its budget for schools and roads after a long debate.</p>
    <div class="b1">{box}</div></main><footer><p>© 2024 Example</p></footer></body></html>"""
    body = extract_body(root_of(html), LETTER_URL).body.body
    assert "On Tuesday the" in body
    assert "Several of them said" in body


def test_boxed_letter_above_signatory_lines_in_its_column_is_the_story() -> None:
    """An open letter in a box of its own under the ``h1``, then 400 signatories with
    their roles as list items straight in the same column: the list outweighed the
    letter and was the body (the headline check stood down: the credited list follows
    the letter in the column)."""
    body = body_of_page("letter-boxed-above-signatory-lines.html")
    assert "The city council approved the new budget" in body
    assert "Councillors argued for almost four hours" in body


def test_story_as_list_items_after_its_standfirst_stays() -> None:
    """Must not fire: a standfirst telling the headline in a box under the ``h1``, the
    story after it in the same column written as list items of prose that tell none of
    the headline's words: the items are prose, the story."""
    items = "".join(
        f"<li>Item {i}: the members argued for hours about the plan, and the vote went "
        f"through late in the evening after residents spoke in the gallery.</li>"
        for i in range(12)
    )
    html = f"""<html lang="en"><head><title>City council approves budget</title></head>
    <body><nav><a href="/">Home</a> <a href="/news">News</a></nav><div class="col">
    <h1>City council approves budget</h1><div class="lead"><p>The city council approved
    its budget for schools and roads on Tuesday after a long debate.</p></div>
    <ul>{items}</ul></div><footer><p>© 2024 Example</p></footer></body></html>"""
    body = extract_body(root_of(html), LETTER_URL).body.body
    assert "Item 0: the members argued" in body
    assert "Item 11: the members argued" in body


def test_player_above_the_headline_in_its_column_stays_out() -> None:
    """A player (``video``, its title repeating the headline, a notice, a "more videos"
    line, shortcuts, each a ``div``) before the ``h1`` in the story's column: its texts
    joined the body, outweighed the story's three paragraphs, and the closing-lines cut
    then took the story for lines after it."""
    body = body_of_page("player-above-headline-in-column.html")
    assert "The city council approved the new budget" in body
    assert "The mayor said the largest budget" in body
    assert "This video cannot be played" not in body


def test_player_in_a_band_above_the_story_is_not_the_story() -> None:
    """A player in a band of its own above the story's column, its texts in a ``figure``
    telling the headline: the player was the story (the headline check stood down, its
    texts telling the headline)."""
    body = body_of_page("player-band-above-story.html")
    assert "Le conseil municipal a adopté mardi" in body
    assert "Les élus ont discuté près de quatre heures" in body
    assert "Cette vidéo ne peut pas être lue" not in body


@pytest.mark.parametrize("prose_after", [True, False])
def test_player_after_headline_or_alone_stays(prose_after: bool) -> None:
    """Must not fire: a player in the story's box after the ``h1`` (its text stays with
    the story's); a video page whose player before the ``h1`` holds all its text (no
    prose after the headline: the player's text is what the page has)."""
    texts = (
        "<p>In this video our reporter explains, with voices from the session, what the "
        "budget vote of the city council means for schools and roads.</p>"
        "<p>The council met for four hours, and the residents who came spoke for and "
        "against the plan before the vote late in the evening.</p>"
    )
    player = f"<div class='vp'><video src='/v.mp4'></video>{texts}</div>"
    if prose_after:
        column = (
            "<h1>City council approves budget</h1><div class='txt'>"
            "<p>The city council approved its budget for schools and roads on Tuesday "
            f"after a long debate in the town hall.</p>{player}</div>"
        )
    else:
        column = f"{player}<h1>City council approves budget</h1><p>12.03.2024</p>"
    html = f"""<html lang="en"><head><title>City council approves budget</title></head>
    <body><nav><a href="/">Home</a> <a href="/news">News</a></nav><div class="col">
    {column}</div><footer><p>© 2024 Example</p></footer></body></html>"""
    body = extract_body(root_of(html), LETTER_URL).body.body
    assert "In this video our reporter explains" in body
    assert "The council met for four hours" in body


def test_list_article_items_beside_captioned_pictures_are_kept() -> None:
    """A list article whose items each hold a numbered heading, a picture with its own
    ``figcaption`` and one short paragraph, the first item far longer: the short items'
    paragraphs were taken for the pictures' captions and left out."""
    body = body_of_page("list-article-captioned-items.html")
    assert "Sprengstoffexperten untersuchen den Koffer" in body
    assert "Der Zugverkehr ist eingestellt" in body
    assert "Nach Angaben eines Sprechers" in body


def test_short_live_entries_with_share_buttons_are_kept() -> None:
    """A live blog whose entries (a time, one paragraph, a row of share buttons) stand in
    the story's container, the pinned first one named apart and the last far longer: the
    short entries were dropped as widgets for their buttons."""
    body = body_of_page("liveblog-share-entries.html")
    assert "Die Polizei hat die Innenstadt abgesperrt" in body  # the pinned entry
    assert "Sprengstoffexperten untersuchen den Koffer" in body
    assert "Der Zugverkehr ist eingestellt" in body


def test_forum_of_thousands_of_posts_alike_is_read_whole() -> None:
    """A forum-like page of 6,000 short posts, each a time, a line and a row of buttons,
    beside one long post: every post is an entry built like the long one's, so all stay
    (each box is compared with its parent's other children once, not once per box)."""
    post = (
        "<div class='entry'><time>10:{minute:02d}</time><p>Beitrag {n}: Ich finde, die Stadt "
        "sollte das Hallenbad am Stadtpark endlich sanieren lassen.</p><div class='share'>"
        "<button>Teilen</button><button>Melden</button></div></div>"
    )
    long = (
        "<div class='entry'><time>9:00</time><p>"
        + "Die Polizei erklärte in einer ausführlichen Mitteilung, wie der Einsatz ablief, "
        "welche Kräfte beteiligt waren und warum die Absperrung so großräumig ausfiel. "
        * 6
        + "</p><div class='share'><button>Teilen</button><button>Melden</button></div></div>"
    )
    posts = "".join(post.format(minute=n % 60, n=n) for n in range(6000))
    html = (
        "<html lang='de'><head><title>Forum: Hallenbad</title></head><body><main><article>"
        "<h1>Forum: Hallenbad am Stadtpark</h1><div class='entry-content'><p>Am Bahnhof ist "
        "ein verdächtiger Koffer gefunden worden. Wir berichten fortlaufend über die Lage.</p>"
        f"{posts}{long}</div></article></main></body></html>"
    )
    paragraphs = extract_body(root_of(html), LETTER_URL).body.paragraphs
    said = [p for p in paragraphs if p.startswith("Beitrag ")]
    assert len(said) == 6000
    assert said[0].startswith("Beitrag 0:") and said[-1].startswith("Beitrag 5999:")
    assert paragraphs[-1].startswith("Die Polizei erklärte")


def test_twin_counts_read_each_parent_once_and_agree_with_twin_count() -> None:
    """The counts read once for each parent are the ones read for each element: siblings
    of a tag and class (a comment, another class, no class apart), an element with no
    parent counted alone."""
    root = root_of(
        "<html><body><div id='feed'><div class='post'>a</div><!-- ad --><div class='post'>b"
        "</div><div>c</div><div class='post pinned'>d</div><p class='post'>e</p>"
        "<div class='post'>f</div></div></body></html>"
    )
    elements = [root, *root.iter("div", "p")]
    counts = twin_counts(elements)
    assert counts == {element: twin_count(element) for element in elements}
    assert [counts[e] for e in root.iter("div", "p")] == [1, 3, 3, 1, 1, 1, 3]


def test_list_items_beside_bare_pictures_are_kept() -> None:
    """A list article whose items each hold a heading, a bare ``img`` (no caption) and one
    paragraph, the first item far longer: the short items' paragraphs were taken for the
    pictures' captions."""
    body = body_of_page("list-article-bare-pictures.html")
    assert "Sprengstoffexperten untersuchen den Koffer" in body
    assert "Der Zugverkehr ist eingestellt" in body
    assert "Nach Angaben eines Sprechers" in body


def test_cards_alike_with_buttons_beside_live_entries_go() -> None:
    """Must not fire: a box of video cards built like the live entries (a time, a line, a
    row of buttons) after them: no card is built like a sibling the story keeps."""
    body = body_of_page("liveblog-beside-video-cards.html")
    assert "Sprengstoffexperten untersuchen den Koffer" in body
    assert "Video: Reisende warten" not in body
    assert "Video: So arbeiten" not in body


def _story_with(box: str, part: str = "<div class='absatz'><p>{}</p></div>") -> str:
    story = [
        part.format(
            f"Absatz {i}: Die Polizei hat die Innenstadt abgesperrt, nachdem am Morgen ein "
            "verdächtiger Koffer am Bahnhof gefunden wurde, und bittet um Geduld."
        )
        for i in range(5)
    ]
    return f"""<html lang="de"><head><title>Koffer am Bahnhof</title></head><body>
    <main><article><h1>Koffer am Bahnhof</h1><div class="txt">{"".join(story[:2])}{box}
    {"".join(story[2:])}</div></article></main></body></html>"""


@pytest.mark.parametrize(
    "box",
    [
        # a lone picture and its caption in a bare paragraph, in a box named like the
        # story's parts but built otherwise
        "<div class='absatz'><img src='/b.jpg'><p>Der Bahnhof am Morgen, kurz nach der "
        "Sperrung durch die Polizei.</p></div>",
        # a summary box that unfolds
        "<div class='absatz'><h3>Das Wichtigste</h3><ul><li>Ein verdächtiger Koffer wurde "
        "am Bahnhof gefunden und die Innenstadt gesperrt.</li></ul><button>Mehr</button>"
        "<button>Schließen</button></div>",
    ],
)
def test_box_unlike_the_story_parts_still_goes(box: str) -> None:
    """Must not fire: a picture's caption or a widget in a box beside story parts built
    otherwise (each part one paragraph)."""
    body = extract_body(root_of(_story_with(box)), LETTER_URL).body.body
    assert "Absatz 4" in body
    assert "Der Bahnhof am Morgen" not in body
    assert "Ein verdächtiger Koffer wurde" not in body


def test_player_wrapper_beside_an_embed_wrapper_goes() -> None:
    """Must not fire: a player's loading notice in a wrapper of one element beside a
    wrapper of one element holding an embedded post's prose: wrappers alike are not
    entries built alike."""
    player = (
        "<div class='cli'><div class='wait'><span>LOADING</span><span>ERROR LOADING</span>"
        "<img src='/th.jpg'></div></div>"
    )
    post = (
        "<div class='cli'><blockquote>A senior adviser declines to say how many people were "
        "hurt in the camp, saying the army will attack it again if needed.</blockquote></div>"
    )
    html = _story_with(player, "<div class='cli'><p>{}</p></div>").replace(
        "</div></article>", post + "</div></article>"
    )
    body = extract_body(root_of(html), LETTER_URL).body.body
    assert "Absatz 4" in body
    assert "LOADING" not in body


def test_sentence_inside_a_captioned_figure_stays_a_caption() -> None:
    """Must not fire: a picture box in the story whose one short sentence stands inside
    the ``figure`` beside its ``figcaption``: a caption still."""
    line = "<p>Der Bahnhof am Morgen, kurz nach der Sperrung.</p>"
    caption = "<figcaption>Bahnhof</figcaption>"
    box = f"<div class='pic'><figure><img src='/b.jpg'>{caption}{line}</figure></div>"
    story = [
        f"<p>Absatz {i}: Die Polizei hat die Innenstadt abgesperrt, nachdem am Morgen ein "
        "verdächtiger Koffer am Bahnhof gefunden wurde, und bittet um Geduld.</p>"
        for i in range(5)
    ]
    html = f"""<html lang="de"><head><title>Koffer am Bahnhof</title></head><body>
    <main><article><h1>Koffer am Bahnhof</h1>{story[0]}{box}{"".join(story[1:])}
    </article></main></body></html>"""
    body = extract_body(root_of(html), LETTER_URL).body.body
    assert "Absatz 4" in body
    assert "Der Bahnhof am Morgen" not in body


def test_player_over_a_one_paragraph_story_in_its_column() -> None:
    """A player whose four texts (in a ``figure`` beside the ``video``) tell the headline,
    before the ``h1`` in the column whose one story paragraph follows: the player was the
    story (no container under the headline to take instead: the column is the story)."""
    body = body_of_page("player-over-one-paragraph.html")
    assert "The city council approved the new budget" in body
    assert "This video cannot be played" not in body


SECTIONS_URL = "https://www.example.de/politik/haushalt.html"


def test_story_sections_between_ad_rows_are_one_story() -> None:
    """A story cut into sections by ad rows, each section a layout row > column > inner
    wrapper > named text container ("article-text", its modifiers differing): the rows
    built like the story's own that hold such a container, the last one-paragraph
    section too, continue it; the ads' labels stay out."""
    body = body_of_page("story-sections-between-ad-rows.html", SECTIONS_URL)
    assert body.startswith("Der Stadtrat hat am Dienstag")
    assert "Der größte Teil der Mittel fließt" in body
    assert body.endswith("in den Sommerferien beginnen.")
    assert "Anzeige" not in body


def test_rows_built_alike_holding_a_teaser_or_the_next_story_stay_out() -> None:
    """Must not fire: after the story's sections, a row built alike whose named container
    holds a teaser (a linked heading over an excerpt), and the next story in an
    ``article`` of its own with rows built alike: neither continues the story."""
    body = body_of_page("story-sections-then-teaser-and-next-story.html", SECTIONS_URL)
    assert body.endswith("in den Sommerferien beginnen.")
    assert "Einzelhändler" not in body
    assert "Hallenbad" not in body and "Schwimmvereine" not in body


def _post_with_loose_line(between: str) -> str:
    """A WordPress-like post: the story's ``entry-content``, *between* it and a loose
    paragraph beside it in the post, then the comments."""
    story = "".join(f"<p>{line}</p>" for line in STORY_LINES)
    return f"""<html lang="de"><head><title>Haushalt</title></head><body>
    <nav><a href="/">Start</a> <a href="/politik">Politik</a></nav>
    <main><article class="post"><header><h1>Stadtrat beschließt Haushalt</h1></header>
    <div class="entry-content">{story}</div>{between}
    <p>{LOOSE_LINE}</p>
    <div class="comments-area"><h3>Kommentar hinzufügen</h3></div></article></main>
    <footer><p>© 2024 Stadtanzeiger</p></footer></body></html>"""


STORY_LINES = [
    "Der Stadtrat hat am Dienstag nach langer Debatte den neuen Haushalt beschlossen, der "
    "Mittel für Schulen, Straßen und die Sanierung der Wasserleitungen vorsieht.",
    "Die Ratsmitglieder diskutierten fast vier Stunden, bevor sie mit sieben zu zwei "
    "Stimmen zustimmten, nachdem Anwohner gegen den Plan gesprochen hatten.",
    "Der Bürgermeister sagte, der größte Haushalt in der Geschichte der Stadt werde durch "
    "geringere Verwaltungskosten und höhere Parkgebühren ausgeglichen.",
]
LOOSE_LINE = (
    "Bitte achten Sie darauf, dass Ihre Kommentare sachlich und themenbezogen sind, die "
    "Verantwortung für den Inhalt liegt allein bei den Verfassern."
)
RELATED = """<section class="related-posts"><h3>Das könnte Sie auch interessieren:</h3><ul>
    <li><a href="/a"><h2>Achtung! So wird das Wetter in der Osterwoche</h2></a></li>
    <li><a href="/b"><h2>Hafer aufgrund der Klimaresistenz auf dem Vormarsch</h2></a></li>
    </ul></section><div class="loop-nav"><div class="prev">vorheriger Artikel:
    <a href="/c">Ein Pfarrer, der den Ball liebt, verteilt am Vormittag Hostien</a></div></div>"""


def test_loose_paragraph_beyond_a_box_of_links_after_the_story_stays_out() -> None:
    """A paragraph standing loose beside the story's container joins it, unless a box of
    links (related posts, a previous/next line) stands between them: the story ended
    there, and the line beyond (a comment policy over the comments) is the page's."""
    body = body_of_page_html(_post_with_loose_line(RELATED))
    assert body.startswith(STORY_LINES[0]) and body.endswith(STORY_LINES[-1])
    assert "Kommentare" not in body


def test_loose_paragraph_right_after_the_story_joins_it() -> None:
    """Must not fire: the same loose paragraph right after the story's container (or past
    a box without links: an ad's label) is the story's last."""
    for between in ("", "<div class='ad'><span>Anzeige</span></div>"):
        body = body_of_page_html(_post_with_loose_line(between))
        assert body.startswith(STORY_LINES[0]) and body.endswith(LOOSE_LINE)


def body_of_page_html(html: str) -> str:
    return extract_body(root_of(html), "https://www.example.de/politik/haushalt/").body.body


READ_ALL_LINES = [
    "Der Stadtrat hat am Dienstag nach langer Debatte den neuen Haushalt beschlossen, der "
    "Mittel für Schulen, Straßen und die Sanierung der Wasserleitungen vorsieht.",
    "Das war knapp.",
    "Die Ratsmitglieder diskutierten fast vier Stunden, bevor sie mit sieben zu zwei "
    "Stimmen zustimmten, nachdem Anwohner gegen den Plan gesprochen hatten.",
]
READ_ALL_REST = [
    f"Der Bürgermeister sagte in seiner Rede Nummer {i}, der größte Haushalt in der "
    f"Geschichte der Stadt werde durch geringere Verwaltungskosten, höhere Parkgebühren "
    f"und einen Verzicht auf neue Dienstwagen ausgeglichen, wie er mehrfach betonte ({i})."
    for i in range(14)
]


def _read_all_page(after: str = "", before: str = "", wrapper: str = "read-all") -> str:
    """A story whose first paragraphs (``div.body-para``, one with a modifier) stand
    beside the wrapper that holds the rest (``div.read-all``), an embed and an empty ad
    list between them; *after* follows the wrapper."""
    first = (
        f"<div class='body-para lead-para'>{READ_ALL_LINES[0]}</div>"
        f"<div class='body-para'>{READ_ALL_LINES[1]}</div>"
        "<div class='embed'><div class='raw'></div></div><ul class='ad-list'></ul>"
        f"<div class='body-para'>{READ_ALL_LINES[2]}</div><div class='read-more'>Weiterlesen</div>"
    )
    rest = "".join(f"<div class='body-para'>{line}</div>" for line in READ_ALL_REST)
    return f"""<html lang="de"><head><title>Haushalt</title></head><body>
    <nav><a href="/">Start</a> <a href="/politik">Politik</a></nav>
    <main><h1>Stadtrat beschließt Haushalt</h1><div class="body-text"><div class="container">
    {before}{first}<div class="{wrapper}">{rest}</div>{after}</div></div></main>
    <footer><p>© 2024 Stadtanzeiger</p></footer></body></html>"""


def test_first_paragraphs_before_the_read_all_wrapper_join_the_story() -> None:
    """The story's first paragraphs stand beside the wrapper holding the rest, written in
    the class of the wrapper's paragraphs (a modifier added or not), the short one too:
    they are the story's."""
    body = body_of_page_html(_read_all_page())
    assert body.startswith(READ_ALL_LINES[0])
    assert all(line in body for line in READ_ALL_LINES + READ_ALL_REST)
    assert "Weiterlesen" not in body


def test_boxes_beside_the_read_all_wrapper_classed_otherwise_stay_out() -> None:
    """Must not fire: after the wrapper, a box of teasers' excerpts classed otherwise, and
    past a box of links a paragraph classed like the story's (the next story's first);
    before the story, the page's summary (``itemprop="description"``) in the story's
    paragraph class."""
    excerpt = (
        "Die Einzelhändler in der Innenstadt haben eine Unterschriftenliste gegen die neuen "
        "Gebühren gestartet und wollen sie dem Rat im Frühjahr übergeben."
    )
    links = "".join(
        f"<li><a href='/p/{i}'>Weitere Meldung aus der Stadt {i}</a></li>" for i in range(4)
    )
    nxt = (
        "Das Hallenbad am Stadtpark bleibt wegen der Sanierung des Beckens bis zum Herbst "
        "geschlossen, teilte die Verwaltung am Mittwoch mit."
    )
    after = (
        f"<div class='teaser'><p class='excerpt'>{excerpt}</p></div>"
        f"<ul class='more'>{links}</ul><div class='body-para'>{nxt}</div>"
    )
    summary = (
        "<div class='summary' itemprop='description'>"
        "<div class='body-para'>Haushalt 2024</div></div>"
    )
    body = body_of_page_html(_read_all_page(after, summary))
    assert body.startswith(READ_ALL_LINES[0]) and body.endswith(READ_ALL_REST[-1])
    assert "Einzelhändler" not in body and "Hallenbad" not in body
    assert "Haushalt 2024" not in body


NEXT_STORY = (
    "Das Hallenbad am Stadtpark bleibt wegen der Sanierung des Beckens bis zum Herbst "
    "geschlossen, teilte die Verwaltung am Mittwoch mit."
)
MORE_LINKS = (
    "<ul class='more'>"
    + "".join(f"<li><a href='/p/{i}'>Weitere Meldung aus der Stadt {i}</a></li>" for i in range(4))
    + "</ul>"
)


def _unnamed_wrapper_page(after: str) -> str:
    """A story's first three paragraphs (``div.absatz``) beside a wrapper named by nothing
    (``div.x-box``) that holds its seven others, in a named container (``body-text``,
    the story's); *after* follows the wrapper."""
    lines = [*READ_ALL_LINES[:1], *READ_ALL_REST[:9]]
    first = "<div class='embed'></div>".join(f"<div class='absatz'>{x}</div>" for x in lines[:3])
    rest = "".join(f"<div class='absatz'>{x}</div>" for x in lines[3:])
    return f"""<html lang="de"><head><title>Haushalt</title></head><body>
    <nav><a href="/">Start</a> <a href="/politik">Politik</a></nav>
    <main><h1>Stadtrat beschließt Haushalt</h1><div class="body-text"><div class="container">
    {first}<div class="x-box">{rest}</div>{after}</div></div></main>
    <footer><p>© 2024 Stadtanzeiger</p></footer></body></html>"""


def test_lone_paragraph_past_links_after_an_unnamed_wrapper_stays_out() -> None:
    """The wrapper of the rest named by nothing (the named container around it is the
    story's): past a box of links after the wrapper, a lone paragraph in the story's
    class (the next story's first) is not the story's, as among the container's
    siblings."""
    excerpt = (
        "<div class='teaser'><p class='excerpt'>Die Händler sammeln Unterschriften.</p></div>"
    )
    after = f"{excerpt}{MORE_LINKS}<div class='absatz'>{NEXT_STORY}</div>"
    body = body_of_page_html(_unnamed_wrapper_page(after))
    assert body.startswith(READ_ALL_LINES[0]) and body.endswith(READ_ALL_REST[8])
    assert "Hallenbad" not in body


def test_paragraphs_past_an_inline_box_of_links_stay() -> None:
    """Must not fire: a story written straight into its container (no wrapper holding
    half of it) keeps a lone paragraph past an inline box of links, and a story with
    the wrapper keeps a lone paragraph past a box without links (a picture's)."""
    story = "".join(f"<p>{line}</p>" for line in READ_ALL_REST[:6])
    html = f"""<html lang="de"><head><title>Haushalt</title></head><body>
    <main><h1>Stadtrat beschließt Haushalt</h1><div class="body-text">{story}{MORE_LINKS}
    <p>{NEXT_STORY}</p></div></main><footer><p>© 2024 Stadtanzeiger</p></footer></body></html>"""
    body = body_of_page_html(html)
    assert body.startswith(READ_ALL_REST[0]) and body.endswith(NEXT_STORY)
    after = f"<div class='pic'><img src='/a.jpg'></div><div class='absatz'>{NEXT_STORY}</div>"
    body = body_of_page_html(_unnamed_wrapper_page(after))
    assert body.startswith(READ_ALL_LINES[0]) and body.endswith(NEXT_STORY)


@pytest.mark.parametrize(
    "picture",
    [
        "<figure class='pic'><a href='/bilder/gross.jpg'><img src='/a.jpg'></a><figcaption>"
        "<a href='https://agentur.example/'>Foto: Agentur</a></figcaption></figure>",
        "<figure class='pic'><a href='/bilder/gross.jpg'><img src='/a.jpg' alt=''></a>"
        "<figcaption><a href='/bilder/gross.jpg'>Das Rathaus am Markt bei Nacht</a>"
        "</figcaption></figure>",
    ],
    ids=["linked-credit", "linked-caption"],
)
def test_lone_paragraph_past_a_picture_with_a_linked_caption_stays(picture: str) -> None:
    """Must not fire: a picture's box after the wrapper whose credit or caption is a link
    (all its text one link) keeps the story's last paragraph past it (before, read as a
    box of links ending the story: the paragraph dropped). A list of teasers with
    thumbnails (a picture and two links or more) still ends the story."""
    for tail in (f"<div class='absatz'>{NEXT_STORY}</div>", f"<p>{NEXT_STORY}</p>"):
        body = body_of_page_html(_unnamed_wrapper_page(picture + tail))
        assert body.startswith(READ_ALL_LINES[0]) and body.endswith(NEXT_STORY)
    thumbs = MORE_LINKS.replace("<li><a href='/p/", "<li><img src='/t.jpg'><a href='/p/")
    body = body_of_page_html(_unnamed_wrapper_page(f"{thumbs}<p>{NEXT_STORY}</p>"))
    assert body.startswith(READ_ALL_LINES[0]) and "Hallenbad" not in body


def test_a_box_after_the_read_all_wrapper_in_the_story_class_stays_out() -> None:
    """Must not fire: the story's first paragraphs stand before the wrapper of the rest;
    a box after it whose paragraph is written in the story's class (a series note, the
    next story without a box of links between) is not the story's opening."""
    note = (
        "Diese Serie begleitet den Stadtrat durch das Haushaltsjahr und erscheint jeden "
        "Mittwoch in der Lokalausgabe und auf der Internetseite."
    )
    body = body_of_page_html(
        _read_all_page(f"<div class='info'><div class='body-para'>{note}</div></div>")
    )
    assert all(line in body for line in READ_ALL_LINES + READ_ALL_REST)
    assert "Diese Serie" not in body


def _generated_rows(after: str = "") -> str:
    """A story cut into sections by an ad row, each section a layout row > column > text
    box, every class a builder's generated name (nothing says "body" or "article"); the
    rows and the text boxes repeat their classes. *after* follows the sections."""
    rows = [SECTION_LINES[:3], SECTION_LINES[3:]]
    ad = "<div class='r7x'><div class='q2k'><span>Anzeige</span></div></div>"
    sections = ad.join(
        "<div class='r3a g9f'><div class='c1z'><div class='t4m'>"
        + "".join(f"<p>{line}</p>" for line in lines)
        + "</div></div><div class='s8w'><div class='q2k'></div></div></div>"
        for lines in rows
    )
    return f"""<html lang="de"><head><title>Haushalt</title></head><body>
    <div class='h0p'><a href="/">Start</a> <a href="/politik">Politik</a></div>
    <div class='w5e'><h1>Stadtrat beschließt Haushalt</h1><div class='x2b'>{sections}{after}
    </div></div><div class='f6u'><p>© 2024 Stadtanzeiger</p></div></body></html>"""


SECTION_LINES = [
    *STORY_LINES,
    "Die Opposition warnte, die Parkgebühren würden Kunden in die Einkaufszentren am "
    "Stadtrand treiben, und forderte eine Überprüfung des Plans innerhalb eines Jahres.",
    "Der größte Teil der Mittel fließt in die Sanierung von drei Grundschulen, deren "
    "Dächer seit Jahren undicht sind und deren Heizungen regelmäßig ausfallen.",
    *(
        f"Im Abschnitt {i} des Plans stehen weitere Vorhaben der Verwaltung, über die der "
        "Rat im kommenden Jahr noch einzeln abstimmen wird, wie der Kämmerer erklärte."
        for i in range(1, 4)
    ),
    "Der Haushalt tritt zum ersten Januar in Kraft, die ersten Bauarbeiten an den Schulen "
    "sollen in den Sommerferien beginnen.",
]


def test_sections_in_rows_with_generated_class_names_are_one_story() -> None:
    """A story cut into sections by an ad row where no class names a body: the rows built
    like the story's own (same tag and class) holding, as deep, a text box of the story
    box's very class continue it; the ad's label stays out."""
    body = body_of_page_html(_generated_rows())
    assert body.startswith(SECTION_LINES[0]) and body.endswith(SECTION_LINES[-1])
    for line in SECTION_LINES:
        assert line in body
    assert "Anzeige" not in body


def test_generated_rows_holding_a_teaser_or_links_stay_out() -> None:
    """Must not fire: after the sections, rows built alike whose text box holds a teaser
    (a linked heading over an excerpt) or a box of links: neither continues the story."""
    teaser = (
        "<div class='r3a g9f'><div class='c1z'><div class='t4m'><h3><a href='/p.html'>"
        "Parkgebühren: Händler fürchten um ihre Kundschaft</a></h3><p>Die Einzelhändler in "
        "der Innenstadt haben eine Unterschriftenliste gegen die neuen Gebühren gestartet "
        "und wollen sie dem Rat im Frühjahr übergeben.</p></div></div></div>"
    )
    links = (
        "<div class='r3a g9f'><div class='c1z'><div class='t4m'><p>"
        + " ".join(
            f"<a href='/n{i}.html'>Neue Bauarbeiten an der Brücke Nummer {i} beginnen.</a>"
            for i in range(6)
        )
        + "</p></div></div></div>"
    )
    for after in (teaser, links):
        body = body_of_page_html(_generated_rows(after))
        assert body.startswith(SECTION_LINES[0]) and body.endswith(SECTION_LINES[-1])
        for gone in ("Einzelhändler", "Brücke Nummer"):
            assert gone not in body, gone


def _rows_beside_side_boxes(
    second_side: str, second_text: str = "<div class='t4m n5'>{}</div>"
) -> str:
    """A story cut by an ad row into rows of two columns, every class a generated name:
    the story's text box beside a side box (the first a list of headlines, the second
    *second_side*, a box of teasers each an ``article``); the second row's text box is
    *second_text* around its paragraphs."""
    side = "<aside class='k4s v2'>{}</aside>"
    headlines = (
        "<ul>"
        + "".join(
            f"<li><a href='/h{i}.html'>Schlagzeile Nummer {i} des Tages</a></li>" for i in range(3)
        )
        + "</ul>"
    )
    rows = [
        ("<div class='t4m n5'>{}</div>", SECTION_LINES[:-2], headlines),
        (second_text, SECTION_LINES[-2:], second_side),
    ]
    ad = "<div class='r7x'><div class='q2k'></div></div>"
    sections = ad.join(
        "<div class='r3a g9f'>"
        + text.format("".join(f"<p>{line}</p>" for line in lines))
        + side.format(box)
        + "</div>"
        for text, lines, box in rows
    )
    return f"""<html lang="de"><head><title>Haushalt</title></head><body>
    <div class='h0p'><a href="/">Start</a> <a href="/politik">Politik</a></div>
    <div class='w5e'><h1>Stadtrat beschließt Haushalt</h1><div class='x2b'>{sections}
    </div></div><div class='f6u'><p>© 2024 Stadtanzeiger</p></div></body></html>"""


SIDE_TEASERS = "".join(
    f"<article class='m1t'><img src='/t{i}.jpg'><span><a href='/t{i}.html'>Meistgelesen "
    f"Nummer {i}: Ein Wal strandet in der Bucht</a></span></article>"
    for i in range(3)
)


def test_rows_beside_side_boxes_of_teasers_are_one_story() -> None:
    """A story cut by an ad row into rows each of the story's box beside a side box: the
    later row's side box holding teasers (``article`` elements) in the column built as
    the story row's own side box does not make the row another story's: its text box
    continues the story, the teasers and headlines stay out."""
    body = body_of_page_html(_rows_beside_side_boxes(SIDE_TEASERS))
    for line in SECTION_LINES:
        assert line in body
    assert "Meistgelesen" not in body and "Schlagzeile" not in body


def test_rows_holding_another_story_beside_side_boxes_stay_out() -> None:
    """Must not fire: the later row built alike is another story's when its articles stand
    in a column built otherwise than the story row's side box (a teaser list of its own),
    when its text box stands in an ``article``, or when it holds an ``h1``: its text
    stays out."""
    teaser_column = f"</aside><div class='z9'>{SIDE_TEASERS}</div><aside class='k4s v2'>"
    cases = [
        (teaser_column, "<div class='t4m n5'>{}</div>"),
        (SIDE_TEASERS, "<article class='w1'><div class='t4m n5'>{}</div></article>"),
        (SIDE_TEASERS, "<div class='t4m n5'><h1>Hallenbad schließt</h1>{}</div>"),
    ]
    for side, text in cases:
        body = body_of_page_html(_rows_beside_side_boxes(side, text))
        assert body.startswith(SECTION_LINES[0]), text
        assert SECTION_LINES[-1] not in body and "Meistgelesen" not in body, text


def _boxes_between_pictures(after: str = "") -> str:
    """A story cut by a picture and an embed into three boxes of one generated class (no
    word names a body), the first opening with the writer's linked name in a heading,
    the second longest; *after* follows the last box, beside them."""
    box = "<div class='b7 s1'>{}</div>"
    first = "<h4><a href='/authors/anna-berger'>Anna Berger</a></h4>" + "".join(
        f"<p>{line}</p>" for line in SECTION_LINES[:3]
    )
    second = "".join(f"<p>{line}</p>" for line in SECTION_LINES[3:] * 2)
    third = f"<p>{SECTION_LINES[0].replace('Dienstag', 'Mittwoch')}</p>"
    picture = (
        "<figure class='f2'><img src='/a.jpg'><figcaption>Der Rathaussaal</figcaption></figure>"
    )
    embed = "<div class='e9'><iframe src='https://video.example/1'></iframe></div>"
    return f"""<html lang="de"><head><title>Haushalt</title></head><body>
    <div class='h0p'><a href="/">Start</a> <a href="/politik">Politik</a></div>
    <div class='w5e'><h1>Stadtrat beschließt Haushalt</h1><div class='x2b'>
    {box.format(first)}{picture}{box.format(second)}{embed}{box.format(third)}{after}
    </div></div><div class='f6u'><p>© 2024 Stadtanzeiger</p></div></body></html>"""


def test_boxes_of_one_class_between_pictures_are_one_story() -> None:
    """A story cut by a picture and an embed into boxes of one class that no word names:
    the boxes built as the story's container beside it (tag, class) continue it, the
    first too, though it opens with a heading linking the writer's page."""
    body = body_of_page_html(_boxes_between_pictures())
    assert body.startswith(SECTION_LINES[0])
    assert SECTION_LINES[2] in body and SECTION_LINES[-1] in body
    assert "Mittwoch" in body


def test_box_of_the_story_class_holding_a_teaser_or_links_stays_out() -> None:
    """Must not fire: after the story's boxes, a box of the same class holding a teaser (a
    linked title over one excerpt) or a box of links: neither continues the story."""
    teaser = (
        "<div class='b7 s1'><h3><a href='/p.html'>Parkgebühren: Händler fürchten um ihre "
        "Kundschaft</a></h3><p>Die Einzelhändler in der Innenstadt haben eine "
        "Unterschriftenliste gegen die neuen Gebühren gestartet.</p></div>"
    )
    links = (
        "<div class='b7 s1'><p>"
        + " ".join(
            f"<a href='/n{i}.html'>Neue Bauarbeiten an der Brücke Nummer {i} beginnen.</a>"
            for i in range(6)
        )
        + "</p></div>"
    )
    for after in (teaser, links):
        body = body_of_page_html(_boxes_between_pictures(after))
        assert body.startswith(SECTION_LINES[0]) and "Mittwoch" in body
        for gone in ("Einzelhändler", "Brücke Nummer"):
            assert gone not in body, gone


def test_generated_class_hash_holding_ad_letters_is_no_ad() -> None:
    """A story's table whose rows carry generated classes, hashes of letters and digits
    run together ("c4ad4fa9f" on the odd rows, "c9be20" on the even ones): the letters
    after a digit are no word, so "ad" inside the hash names no ad box and every row
    stays. Must not fire: an ad box named by a word of its own ("ad300x250", "ad-slot",
    "adSlot") still goes."""
    rows = "".join(
        f"<tr class='{'c4ad4fa9f' if i % 2 else 'c9be20'}'><td>{i}</td><td>Fahrerin {i}</td>"
        f"<td>{500 - i * 7} Punkte</td></tr>"
        for i in range(1, 9)
    )
    story = "".join(f"<p>{line}</p>" for line in SECTION_LINES[:3])
    for ad in ("ad300x250", "ad-slot", "adSlot"):
        html = f"""<html lang="de"><head><title>Wertung</title></head><body>
        <div class='k2'><a href="/">Start</a> <a href="/sport">Sport</a></div>
        <div class='q8'><h1>Die Wertung nach dem letzten Rennen</h1>{story}
        <table class='t5'><tbody>{rows}</tbody></table>
        <div class='{ad}'><p>Anzeige: Jetzt den neuen Tarif sichern und im ersten Jahr
        zwanzig Prozent sparen, nur online und nur bis Ende des Monats.</p></div></div>
        </body></html>"""
        body = body_of_page_html(html)
        assert body.startswith(SECTION_LINES[0]), ad
        for i in range(1, 9):
            assert f"Fahrerin {i}" in body, (ad, i)
        assert "Tarif" not in body, ad
