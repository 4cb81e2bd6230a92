# ruff: noqa: E501  (page markup and sentences read better unbroken)
"""Red team of synthetic pages for classes the development sets barely show (issue 9).

Builds pages of one structure each, in several variants (tags, class names in several
languages, lengths), runs the generic extractor on them and counts the pages where the
body loses story text it must keep or keeps text it must drop.

    python bench/redteam.py [CLASS ...] [-v]

Classes: consent-main (a consent notice inside the wide container that holds the story),
signatories (an open letter with its signatories' lines in the same column), player (a
video player before the h1 whose texts mention the headline), live (live blogs and list
articles in several shapes, and must-not-fire boxes beside them: a lone picture's
caption, a box of video cards with buttons, a summary box; live blogs whose entries each
open with a time stamp and a different reporter's name, newest first, not telling the
headline: with or without entry titles, a title over the run, a byline naming the
reporters, schema.org LiveBlogPosting in microdata or JSON-LD or no markup, in three
languages), forum (a readers' discussion — a comment list, a forum thread, schema.org
Comment posts, posts as articles — after, before, beside or inside the story, its first
post long prose; must-not-fire: an interview, a Q&A page built as posts, a comment count
under the story, one signed part of the story under a title that counts no post; and
comments that must still go though built like a live blog's entries — a writer's name
and a time each, under a counting or a plain title, under a live blog the page calls
one, or listed in the page's JSON-LD), live-opaque and forum-opaque (the live and forum
pages with every class word and id made opaque, as ``bench/body_bare.py`` does), product
(a shop box — a description, a feature
list or spec table, a price and buttons or a plain link into the shop's cart — beside a
review of its product or beside an unrelated story, marked as schema.org Product or not;
must-not-fire: a review holding the feature list, a shop page whose description is its
only prose, prices in the story's sentences of a review, a list article and a deal
story, a list article whose items are built as shop boxes, their prices beside buttons
or plain links), and the layouts of page builders and block editors in
``bench/redteam_layouts.py`` (builder-modules, builder-split, block-groups, two-column,
institutional, field-wrappers, builder-teasers, section-rows(-opaque), read-all: see there), and old-school or hand-made
markup in ``bench/redteam_oldmarkup.py`` (br-paras, br-tail, table-layout, table-teasers,
bare-text, div-paras, span-paras, verse, word-export, amp, sections: see there), page
chrome inside the story's own container in ``bench/redteam_inbody.py`` (inbody,
inbody-mixed, inbody-keep, summary-box, summary-box-keep, call-buttons, call-buttons-keep,
quote-wrapped, inline-caption, inline-caption-keep, title-group, title-group-keep,
headline-box, headline-box-keep, link-run-title, link-run-title-keep, credit-line, credit-line-keep,
hidden-note, hidden-note-keep: see there), and
stories in eleven scripts in
``bench/redteam_scripts.py`` (scripts-story, scripts-sentences, scripts-short, scripts-short-keep,
scripts-listing: see there), and single-post pages as common CMSes and site generators
build them in ``bench/redteam_cms.py`` (cms-wordpress, cms-gutenberg, cms-drupal,
cms-typo3, cms-joomla, cms-ghost, cms-substack, cms-medium, cms-blogger, cms-static,
cms-keep, cms-linkboxes, cms-tail-line, cms-tail-keep, cms-author-note, cms-author-keep,
cms-header-furniture, cms-header-keep: see there). Each page names what must
stay and what must go; a page fails when any must-keep line is missing or any must-drop
line is there. The must-not-fire variants (a
real story built like the structure) are scored the same way.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from itertools import product
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.redteam_cms import CLASSES as CMS_CLASSES
from bench.redteam_inbody import CLASSES as INBODY_CLASSES
from bench.redteam_layouts import CLASSES as LAYOUT_CLASSES
from bench.redteam_layouts import opaque
from bench.redteam_oldmarkup import CLASSES as OLD_MARKUP_CLASSES
from bench.redteam_scripts import CLASSES as SCRIPTS_CLASSES
from newscrawl.extraction.generic import generic_article
from newscrawl.extraction.html import selector
from newscrawl.extraction.metadata import page_normaliser
from newscrawl.extraction.page import NotArticleError, article_records

Case = tuple[str, str, list[str], list[str]]  # name, html, must keep, must drop

STORY = {
    "de": (
        "Stadtrat beschließt neuen Haushalt für Schulen und Straßen",
        [
            "Der Stadtrat hat am Dienstag nach langer Debatte den neuen Haushalt beschlossen, "
            "der Mittel für Schulen, Straßen und die Sanierung der Wasserleitungen vorsieht.",
            "Die Ratsmitglieder diskutierten fast vier Stunden, bevor sie mit sieben zu zwei "
            "Stimmen zustimmten, nachdem Anwohner in der Sitzung gegen den Plan gesprochen hatten.",
            "Der Bürgermeister sagte, der größte Haushalt in der Geschichte der Stadt werde durch "
            "geringere Verwaltungskosten und höhere Parkgebühren in der Innenstadt ausgeglichen.",
            "Die Opposition warnte, die Parkgebühren würden Kunden in die Einkaufszentren am "
            "Stadtrand treiben, und forderte eine Überprüfung des Plans innerhalb eines Jahres.",
            "Der Haushalt tritt im Januar in Kraft; die ersten Arbeiten an den Leitungen sind "
            "nach Angaben des Bauamts für das Frühjahr geplant.",
        ],
    ),
    "en": (
        "City council approves new budget for schools and roads",
        [
            "The city council approved the new budget on Tuesday after a long debate about "
            "schools, roads and the water pipes that have waited for repairs for decades.",
            "Councillors argued for almost four hours before the vote, which passed seven to two "
            "after several residents spoke against the plan during the public session.",
            "The mayor said the largest budget in the city's history would be balanced by lower "
            "administrative costs and higher parking fees in the centre of town.",
            "Opposition members warned that the parking fees would drive shoppers to the malls "
            "outside the city, and asked for a review of the plan within a year.",
            "The budget takes effect in January, and the first repairs to the water pipes are "
            "planned for the spring, according to the public works department.",
        ],
    ),
    "fr": (
        "Le conseil municipal adopte un nouveau budget pour les écoles et les routes",
        [
            "Le conseil municipal a adopté mardi, après un long débat, le nouveau budget qui "
            "prévoit des moyens pour les écoles, les routes et la rénovation des canalisations.",
            "Les élus ont discuté près de quatre heures avant le vote, acquis par sept voix contre "
            "deux, après que plusieurs habitants se sont exprimés contre le projet en séance.",
            "Le maire a déclaré que le plus gros budget de l'histoire de la ville serait équilibré "
            "par des frais administratifs réduits et un stationnement plus cher au centre.",
            "L'opposition a averti que les tarifs de stationnement pousseraient les clients vers "
            "les centres commerciaux de la périphérie et a demandé un réexamen dans un an.",
            "Le budget entre en vigueur en janvier et les premiers travaux sur les canalisations "
            "sont prévus au printemps, selon les services techniques de la ville.",
        ],
    ),
}

CONSENT = {
    "de": [
        "Wir verwenden Technologien wie Cookies und verarbeiten personenbezogene Daten wie "
        "IP-Adressen und Browserinformationen, um Inhalte und Anzeigen zu personalisieren, "
        "Funktionen für soziale Medien anbieten zu können und die Zugriffe auf unsere Website "
        "zu analysieren.",
        "Um zu verstehen, wie unsere Webseite genutzt wird, und um Ihnen ein optimales "
        "Nutzungserlebnis zu bieten, geben wir Informationen zu Ihrer Verwendung unserer Website "
        "an unsere Partner für soziale Medien, Werbung und Analysen weiter. Unsere Partner führen "
        "diese Informationen möglicherweise mit weiteren Daten zusammen.",
        "Einige Partner verarbeiten Ihre Daten auf Grundlage eines berechtigten Interesses, dem "
        "Sie in den Einstellungen jederzeit widersprechen können. Sie können Ihre Einwilligung "
        "jederzeit mit Wirkung für die Zukunft widerrufen oder ändern.",
    ],
    "en": [
        "We and our partners use technologies such as cookies and process personal data such "
        "as IP addresses and browser information in order to personalise content and "
        "advertising, to offer social media features and to analyse the traffic to our website.",
        "To understand how our website is used and to give you the best experience, we share "
        "information about your use of our site with our partners for social media, advertising "
        "and analytics, who may combine it with other information that you have provided.",
        "Some partners process your data on the basis of legitimate interest, to which you can "
        "object in the settings at any time. You can withdraw or change your consent at any time "
        "with effect for the future through the privacy settings at the bottom of the page.",
    ],
    "fr": [
        "Nous et nos partenaires utilisons des technologies telles que les cookies et traitons "
        "des données personnelles comme les adresses IP et les informations du navigateur afin "
        "de personnaliser les contenus et la publicité et d'analyser notre audience.",
        "Pour comprendre comment notre site est utilisé et vous offrir la meilleure expérience, "
        "nous partageons des informations sur votre utilisation du site avec nos partenaires de "
        "médias sociaux, de publicité et d'analyse, qui peuvent les combiner avec d'autres.",
        "Certains partenaires traitent vos données sur la base d'un intérêt légitime, auquel "
        "vous pouvez vous opposer à tout moment dans les paramètres. Vous pouvez retirer votre "
        "consentement à tout moment pour l'avenir.",
    ],
}

BUTTONS = {
    "de": ("Alle akzeptieren", "Nur notwendige", "Einstellungen"),
    "en": ("Accept all", "Reject all", "Settings"),
    "fr": ("Tout accepter", "Tout refuser", "Paramètres"),
}
NAV = {
    "de": ["Startseite", "Politik", "Wirtschaft", "Sport", "Kultur", "Lokales"],
    "en": ["Home", "Politics", "Business", "Sport", "Culture", "Local"],
    "fr": ["Accueil", "Politique", "Économie", "Sport", "Culture", "Local"],
}
# neutral or other-language class names of the notice's box
NOTICE_NAMES = ["layer-x", "hinweis", "bandeau", "privacy-box", "b7f2", "aviso"]


def paras(lines: list[str], tag: str = "p") -> str:
    return "".join(f"<{tag}>{line}</{tag}>" for line in lines)


def nav(lang: str) -> str:
    items = "".join(f"<li><a href='/{w.lower()}/'>{w}</a></li>" for w in NAV[lang])
    return f"<nav><ul>{items}</ul></nav>"


def foot(lang: str) -> str:
    links = " | ".join(f"<a href='/f{i}'>{w}</a>" for i, w in enumerate(NAV[lang]))
    return f"<footer><p>{links}</p><p>© 2024 Verlag</p></footer>"


def shell(body: str, title: str, lang: str, head: str = "") -> str:
    return (
        f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'>"
        f"<title>{title}</title>{head}</head><body>{body}</body></html>"
    )


# -- 1. consent notice inside a wide container (main) -------------------------------


def notice(lang: str, style: str, name: str, size: int) -> str:
    texts = CONSENT[lang][:size]
    a, r, s = BUTTONS[lang]
    if style == "buttons":
        end = f"<div><button>{a}</button><button>{r}</button><button>{s}</button></div>"
    elif style == "links":
        end = f"<p><a href='#' class='btn'>{a}</a> <a href='#' class='btn'>{r}</a></p>"
    else:  # spans with roles
        end = f"<span role='button'>{a}</span><span role='button'>{s}</span>"
    return f"<div class='{name}'><div class='inner'>{paras(texts)}{end}</div></div>"


def consent_cases() -> Iterator[Case]:
    for lang, (headline, lines) in STORY.items():
        for n in (2, 3, 5):
            story = lines[:n]
            for size in (2, 3):
                for style in ("buttons", "links", "roles"):
                    for i, where in enumerate(("first", "after-h1", "last", "wrapped")):
                        name = NOTICE_NAMES[(i + size + n) % len(NOTICE_NAMES)]
                        box = notice(lang, style, name, size)
                        head = f"<h1>{headline}</h1><p class='date'>12.03.2024</p>"
                        if where == "first":
                            inner = box + head + paras(story)
                        elif where == "after-h1":
                            inner = head + box + paras(story)
                        elif where == "last":
                            inner = head + paras(story) + box
                        else:
                            inner = f"<div class='c'>{head}{paras(story)}</div>{box}"
                        body = f"{nav(lang)}<main>{inner}</main>{foot(lang)}"
                        name_ = f"consent-{lang}-{n}p-{size}c-{style}-{where}"
                        yield name_, shell(body, headline, lang), story, CONSENT[lang][:size]
        # must not fire: a story about data protection, in main, with a share bar
        privacy_story = [
            t.replace("Wir ", "Die Firmen ").replace("We ", "Firms ") for t in CONSENT[lang]
        ]
        body = (
            f"{nav(lang)}<main><h1>{headline}</h1>{paras(privacy_story)}"
            f"<div class='share'><button>Share</button><button>Mail</button></div></main>{foot(lang)}"
        )
        yield (
            f"consent-{lang}-notfire-privacy-story",
            shell(body, headline, lang),
            privacy_story,
            [],
        )


# -- 2. signatories in the story's column ---------------------------------------------

FIRST = ["Anna", "Ben", "Clara", "David", "Eva", "Felix", "Greta", "Hugo", "Ida", "Jonas"]
LAST = ["Müller", "Schmidt", "Novak", "Rossi", "Dubois", "Jensen", "Kowalski", "Silva"]
ROLES = ["Professorin, Universität Musterstadt", "Rechtsanwalt", "Ärztin", "Autor", "Lehrerin"]


def names(count: int, roles: bool) -> list[str]:
    out = []
    for i in range(count):
        name = f"{FIRST[i % len(FIRST)]} {LAST[(i * 3) % len(LAST)]}"
        out.append(f"{name}, {ROLES[i % len(ROLES)]}" if roles else name)
    return out


def signatory_cases() -> Iterator[Case]:
    for lang, (headline, lines) in STORY.items():
        title = {"de": "Offener Brief: ", "en": "Open letter: ", "fr": "Lettre ouverte : "}[lang]
        for n in (1, 2, 3, 5):
            letter = lines[:n]
            for count in (20, 60, 150, 400):
                for roles in (False, True):
                    for shape in ("p", "br", "li", "div", "p-cells"):
                        sig = names(count, roles)
                        if shape == "p":
                            block = paras(sig)
                        elif shape == "br":
                            block = "<p>" + "<br>".join(sig) + "</p>"
                        elif shape == "li":
                            block = "<ul>" + paras(sig, "li") + "</ul>"
                        elif shape == "div":
                            block = paras(sig, "div")
                        else:  # several names a line, in the letter's own paragraphs
                            block = paras([", ".join(sig[i : i + 6]) for i in range(0, count, 6)])
                        for col, heading, label in (
                            ("div", "h1", True),
                            ("article", "h1", True),
                            ("div", "h2", False),
                            ("section", "h1", False),
                            ("div", "h1", "boxed"),
                            ("div", "h1", "bare-title"),
                        ):
                            said = "<p><strong>Unterzeichnende:</strong></p>" if label else ""
                            shown = f"{title}{headline}"
                            text = paras(letter)
                            if label == "boxed":  # the letter in a box, the names loose
                                text = f"<div class='text'>{text}</div>"
                            elif label == "bare-title":  # a headline the letter does not tell
                                shown = title.strip(" :")
                            column = (
                                f"<{col} class='spalte'><{heading}>{shown}</{heading}>"
                                f"{text}{said}{block}</{col}>"
                            )
                            body = f"{nav(lang)}<div class='wrap'>{column}</div>{foot(lang)}"
                            kind = "roles" if roles else "plain"
                            name_ = (
                                f"sig-{lang}-{n}p-{count}-{kind}-{shape}-{col}-{heading}-{label}"
                            )
                            yield name_, shell(body, title + headline, lang), letter, []


# -- 3. a video player before the h1 -------------------------------------------------


def player_texts(lang: str, headline: str, size: int) -> list[str]:
    words = headline.split()
    base = {
        "de": [
            f"Video: {headline}. Im Video erklärt unsere Reporterin, was der Beschluss bedeutet.",
            "Dieses Video kann nicht abgespielt werden. Bitte aktivieren Sie JavaScript oder "
            "wechseln Sie zu einem Browser, der HTML5-Video unterstützt.",
            f"Mehr Videos zum Thema {' '.join(words[:3])}: Stimmen aus der Sitzung, Reaktionen "
            "der Anwohner und ein Interview mit dem Kämmerer der Stadt, der die Zahlen erläutert.",
            "Tastenkürzel: Leertaste zum Abspielen und Pausieren, Pfeiltasten zum Spulen, F für "
            "Vollbild, M zum Stummschalten, C für Untertitel, Punkt für die nächste Szene.",
        ],
        "en": [
            f"Watch: {headline}. In the video our reporter explains what the vote means.",
            "This video cannot be played. Please enable JavaScript or switch to a browser that "
            "supports HTML5 video, then reload the page to watch it.",
            f"More videos on {' '.join(words[:3])}: voices from the session, reactions from "
            "residents and an interview with the city treasurer, who explains the figures.",
            "Keyboard shortcuts: space to play and pause, arrows to seek, F for full screen, "
            "M to mute, C for captions, period for the next scene of the clip.",
        ],
        "fr": [
            f"Vidéo : {headline}. Dans la vidéo, notre journaliste explique ce que signifie le vote.",
            "Cette vidéo ne peut pas être lue. Veuillez activer JavaScript ou utiliser un "
            "navigateur compatible avec la vidéo HTML5, puis recharger la page.",
            f"Plus de vidéos sur {' '.join(words[:3])} : les voix de la séance, les réactions des "
            "habitants et un entretien avec le trésorier de la ville, qui explique les chiffres.",
            "Raccourcis clavier : espace pour lire et mettre en pause, flèches pour avancer, F pour "
            "le plein écran, M pour couper le son, C pour les sous-titres.",
        ],
    }[lang]
    return base[:size]


def player_cases() -> Iterator[Case]:
    for lang, (headline, lines) in STORY.items():
        for n in (1, 2, 3, 5):
            story = lines[:n]
            for size in (2, 4):
                texts = player_texts(lang, headline, size)
                for name in ("player", "vjs-wrap", "lecteur", "x9"):
                    for shape in ("ps", "divs", "figure"):
                        if shape == "ps":
                            inner = paras(texts)
                        elif shape == "divs":
                            inner = paras(texts, "div")
                        else:
                            inner = f"<figure>{paras(texts)}<figcaption>3:12</figcaption></figure>"
                        box = f"<div class='{name}'><video src='/v.mp4'></video>{inner}</div>"
                        for kind in ("divs", "article", "apart"):
                            head = f"<h1>{headline}</h1><p class='d'>12.03.2024</p>"
                            if kind == "divs":
                                main = f"<div class='c1'>{box}{head}{paras(story)}</div>"
                            elif kind == "article":
                                main = f"<main><article>{box}{head}{paras(story)}</article></main>"
                            else:  # the player in a band of its own above the story's column
                                main = (
                                    f"<div class='band'><div class='w'>{box}</div></div>"
                                    f"<div class='col'>{head}{paras(story)}</div>"
                                )
                            body = f"{nav(lang)}{main}{foot(lang)}"
                            name_ = f"player-{lang}-{n}p-{size}t-{name}-{shape}-{kind}"
                            yield name_, shell(body, headline, lang), story, texts[1:2]
        # must not fire: the story's own box holds an embedded video after the headline,
        # and a picture with its caption stands before the headline
        for n in (1, 3):
            story = lines[:n]
            embed = f"<div class='txt'><iframe src='/embed/1'></iframe>{paras(story)}</div>"
            body = (
                f"{nav(lang)}<main><article><h1>{headline}</h1><p class='d'>12.03.2024</p>"
                f"{embed}</article></main>{foot(lang)}"
            )
            yield f"player-{lang}-{n}p-notfire-embed-after", shell(body, headline, lang), story, []


# -- 4. live blogs and list articles -------------------------------------------------

UPDATES = [
    "Die Polizei hat die Innenstadt abgesperrt, nachdem am Morgen ein verdächtiger Koffer am "
    "Bahnhof gefunden wurde.",
    "Sprengstoffexperten untersuchen den Koffer, Reisende werden gebeten, den Bereich "
    "weiträumig zu umgehen.",
    "Der Zugverkehr ist eingestellt, die Bahn richtet einen Ersatzverkehr mit Bussen zum "
    "Nachbarort ein.",
    "Nach Angaben eines Sprechers gibt es bisher keine Hinweise auf eine konkrete Gefahr für "
    "die Bevölkerung.",
    "Die Absperrung wird nach und nach aufgehoben, die ersten Geschäfte in der Innenstadt "
    "öffnen wieder.",
    "Entwarnung: Der Koffer enthielt nach Angaben der Polizei nur Kleidung und Bücher, der "
    "Besitzer hat sich gemeldet.",
    "Am Nachmittag fahren die Züge wieder nach Plan, die Bahn rechnet noch mit einzelnen "
    "Verspätungen bis zum Abend.",
    "Der Bürgermeister dankte den Einsatzkräften und den Reisenden für ihre Geduld während "
    "der Sperrung am Vormittag.",
]
LONG = (
    " Die Polizei erklärte in einer ausführlichen Mitteilung, wie der Einsatz ablief, welche "
    "Kräfte beteiligt waren und warum die Absperrung so großräumig ausfiel." * 5
)
LIVE_H = "Liveticker: Verdächtiger Koffer am Bahnhof – Innenstadt gesperrt"
LIVE_INTRO = (
    "Am Bahnhof ist ein verdächtiger Koffer gefunden worden. Wir berichten fortlaufend über "
    "die Lage in der Innenstadt."
)


def live_entries(shape: str, count: int, long_at: int | None) -> tuple[str, list[str]]:
    texts = [UPDATES[i % len(UPDATES)] + (LONG if i == long_at else "") for i in range(count)]
    stamps = [f"{9 + i // 2}:{(i * 17) % 60:02d}" for i in range(count)][::-1]
    if shape == "article":
        out = "".join(
            f"<article class='post'><header><time>{t}</time></header><div class='c'><p>{x}</p></div></article>"
            for t, x in zip(stamps, texts, strict=True)
        )
    elif shape == "article-h2":
        out = "".join(
            f"<article><h2>{x.split(',')[0]}</h2><time>{t}</time><p>{x}</p></article>"
            for t, x in zip(stamps, texts, strict=True)
        )
    elif shape == "li":
        out = (
            "<ul class='eintraege'>"
            + "".join(
                f"<li><span class='zeit'>{t}</span><p>{x}</p></li>"
                for t, x in zip(stamps, texts, strict=True)
            )
            + "</ul>"
        )
    elif shape == "li-bare":
        out = (
            "<ol>"
            + "".join(
                f"<li><strong>{t} Uhr:</strong> {x}</li>"
                for t, x in zip(stamps, texts, strict=True)
            )
            + "</ol>"
        )
    elif shape == "hr":
        out = "".join(
            f"<p><strong>{t} Uhr</strong></p><p>{x}</p><hr>"
            for t, x in zip(stamps, texts, strict=True)
        )
    elif shape == "time-h3":
        out = "".join(f"<h3>{t}</h3><p>{x}</p>" for t, x in zip(stamps, texts, strict=True))
    elif shape == "time-heading-div":  # a heading per entry, the entry's text in a div
        out = "".join(
            f"<h4><time>{t}</time></h4><div class='txt'><p>{x}</p></div>"
            for t, x in zip(stamps, texts, strict=True)
        )
    elif shape == "div-share":  # each entry with its share buttons, the first pinned
        share = "<div class='share'><button>Teilen</button><button>Link kopieren</button></div>"
        out = "".join(
            f"<div class='{'entry entry--pinned' if i == 0 else 'entry'}'><time>{t}</time>"
            f"<p>{x}</p>{share}</div>"
            for i, (t, x) in enumerate(zip(stamps, texts, strict=True))
        )
    elif shape == "article-share":  # articles with a share bar, the first a pinned summary
        share = "<a href='#'>Teilen</a><a href='#'>Kopieren</a>"
        out = "".join(
            f"<article class='{'pinned' if i == 0 else 'update'}'><span>{t}</span><p>{x}</p>"
            f"<footer>{share}</footer></article>"
            for i, (t, x) in enumerate(zip(stamps, texts, strict=True))
        )
    elif shape == "list-items":  # a list article: numbered headed items with a picture
        out = "".join(
            f"<div class='item'><h2>{i + 1}. {x.split(',')[0]}</h2><figure><img src='/i{i}.jpg'>"
            f"<figcaption>Foto: Archiv</figcaption></figure><p>{x}</p></div>"
            for i, x in enumerate(texts)
        )
    elif shape == "list-ol":  # the same items as an ordered list, a heading in each
        out = (
            "<ol class='liste'>"
            + "".join(
                f"<li><h3>{x.split(',')[0]}</h3><img src='/i{i}.jpg'><p>{x}</p></li>"
                for i, x in enumerate(texts)
            )
            + "</ol>"
        )
    else:  # section-nested: sections with meta, body and share rows, two texts each
        out = "".join(
            f"<section class='e'><div class='meta'><span>{t}</span><span>Redaktion</span></div>"
            f"<div class='body'><div class='txt'><p>{x}</p></div></div>"
            f"<div class='row'><button>Teilen</button><button>Melden</button></div></section>"
            for t, x in zip(stamps, texts, strict=True)
        )
    return out, texts


def live_cases() -> Iterator[Case]:
    shapes = (
        "article",
        "article-h2",
        "li",
        "li-bare",
        "hr",
        "time-h3",
        "time-heading-div",
        "div-share",
        "article-share",
        "section-nested",
        "list-items",
        "list-ol",
    )
    for shape in shapes:
        for count in (4, 8):
            for long_at in (None, 0, count - 1):
                entries, texts = live_entries(shape, count, long_at)
                for layout in ("article", "div", "split", "wp"):
                    head = f"<h1>{LIVE_H}</h1><p>{LIVE_INTRO}</p>"
                    if layout == "article":
                        main = f"<main><article>{head}<div class='live'>{entries}</div></article></main>"
                    elif layout == "div":
                        main = f"<div class='inhalt'>{head}{entries}</div>"
                    elif layout == "split":
                        main = f"<div class='kopf'>{head}</div><div class='x'><div class='y'>{entries}</div></div>"
                    else:
                        main = (
                            "<div id='primary'><main id='main'><article class='post hentry'>"
                            f"<header class='entry-header'><h1 class='entry-title'>{LIVE_H}</h1></header>"
                            f"<div class='entry-content'><p>{LIVE_INTRO}</p>{entries}</div></article></main></div>"
                        )
                    body = f"{nav('de')}{main}{foot('de')}"
                    name_ = f"live-{shape}-{count}-{long_at}-{layout}"
                    yield name_, shell(body, LIVE_H, "de"), texts, []


# must not fire: boxes beside entries built alike that are no entries of the story
CAPTION = "Der Bahnhof am Morgen, kurz nach der Sperrung durch die Polizei."
VIDEOS = [
    "Video: Reisende warten vor dem gesperrten Bahnhof auf den Ersatzverkehr.",
    "Video: So arbeiten die Sprengstoffexperten der Landespolizei.",
    "Video: Der Bürgermeister dankt den Einsatzkräften am Nachmittag.",
    "Video: Händler in der Innenstadt zählen die Verluste des Tages.",
]
SUMMARY = [
    "Ein verdächtiger Koffer wurde am Bahnhof gefunden.",
    "Die Innenstadt war über Stunden gesperrt.",
    "Der Koffer enthielt nur Kleidung und Bücher.",
]


def aside_box(kind: str) -> tuple[str, list[str]]:
    """A box set among the story's entries or paragraphs that the story must leave out."""
    if kind == "caption":  # a lone picture with its caption in a bare paragraph
        return f"<div class='bild'><img src='/b.jpg'><p>{CAPTION}</p></div>", [CAPTION]
    if kind == "videos":  # cards alike, each with its buttons
        cards = "".join(
            f"<div class='card'><time>0:4{i}</time><p>{v}</p><div class='share'>"
            "<button>Abspielen</button><button>Merken</button></div></div>"
            for i, v in enumerate(VIDEOS)
        )
        return f"<div class='reco'><h3>Empfohlene Videos</h3>{cards}</div>", VIDEOS
    items = "".join(f"<li>{x}</li>" for x in SUMMARY)  # a summary box that unfolds
    return (
        f"<div class='summary'><h3>Das Wichtigste</h3><ul>{items}</ul>"
        "<button>Mehr anzeigen</button><button>Schließen</button></div>",
        SUMMARY,
    )


def live_notfire_cases() -> Iterator[Case]:
    for kind in ("caption", "videos", "summary"):
        box, drop = aside_box(kind)
        for shape in ("story", "div-share", "list-ol", "article-share"):
            if shape == "story":  # a plain story, the box among its paragraphs
                title, keep = STORY["de"]
                inner = paras(keep[:2]) + box + paras(keep[2:])
                intro = ""
            else:
                entries, keep = live_entries(shape, 4, 0)
                title, inner, intro = LIVE_H, entries + box, f"<p>{LIVE_INTRO}</p>"
            for layout in ("article", "wp"):
                if layout == "article":
                    main = f"<main><article><h1>{title}</h1>{intro}<div class='live'>{inner}</div></article></main>"
                else:
                    main = (
                        "<div id='primary'><main id='main'><article class='post hentry'>"
                        f"<header class='entry-header'><h1 class='entry-title'>{title}</h1></header>"
                        f"<div class='entry-content'>{intro}{inner}</div></article></main></div>"
                    )
                body = f"{nav('de')}{main}{foot('de')}"
                yield f"live-notfire-{kind}-{shape}-{layout}", shell(body, title, "de"), keep, drop


REPORTERS = ["Anna Wolf", "Ben Kurz", "Clara Stein", "David Roth"]


def live_named_cases() -> Iterator[Case]:
    """Must not fire (the discussion rule): live entries each opened by a line with a time
    and its reporter's name, the names differing, with or without a title over the run."""
    for count in (4, 6):
        texts = UPDATES[:count]
        entries = "".join(
            f"<div class='entry'><div class='meta'>{9 + i}:{i}5 Uhr · {REPORTERS[i % 4]}</div>"
            f"<p>{x}</p></div>"
            for i, x in enumerate(texts)
        )
        for title in ("", "<h2>Alle Entwicklungen</h2>"):
            for layout in ("article", "div"):
                head = f"<h1>{LIVE_H}</h1><p>{LIVE_INTRO}</p>"
                if layout == "article":
                    main = f"<main><article>{head}<div class='live'>{title}{entries}</div></article></main>"
                else:
                    main = f"<div class='inhalt'>{head}{title}{entries}</div>"
                body = f"{nav('de')}{main}{foot('de')}"
                kind = "titled" if title else "bare"
                yield (
                    f"live-notfire-named-{count}-{kind}-{layout}",
                    shell(body, LIVE_H, "de"),
                    texts,
                    [],
                )


# Live blogs whose entries each open with a time stamp and a different reporter's name,
# newest first, the entries not telling the headline (the day's other news of the same
# event): the story, though a run of posts under names that differ looks like readers'.
LIVE_BLOG = {
    "de": (
        "Liveblog: Unwetter in Süddeutschland – Tausende Haushalte ohne Strom",
        "Heftige Unwetter ziehen über Süddeutschland, tausende Haushalte sind seit der Nacht "
        "ohne Strom. Wir berichten laufend über die Lage.",
        [
            "Die Feuerwehr meldet mehr als zweihundert Einsätze seit Mitternacht, vor allem "
            "wegen vollgelaufener Keller und umgestürzter Bäume.",
            "Auf der Autobahn zwischen Ulm und Augsburg ist eine Brücke gesperrt worden, weil "
            "der Fluss darunter stark angestiegen ist.",
            "Der Wetterdienst hat seine Warnung bis zum Abend verlängert und rechnet mit "
            "weiteren kräftigen Regenfällen im Allgäu.",
            "Mehrere Schulen bleiben am Montag geschlossen, teilte das Kultusministerium mit; "
            "Eltern werden per Nachricht informiert.",
            "Die Bahn hat den Verkehr auf zwei Regionalstrecken eingestellt, Busse sollen die "
            "ausgefallenen Verbindungen ersetzen.",
            "Der Ministerpräsident besucht am Nachmittag die betroffenen Gemeinden und will mit "
            "den Helfern vor Ort sprechen.",
        ],
        [
            "Feuerwehr im Dauereinsatz",
            "Brücke gesperrt",
            "Warnung verlängert",
            "Schulen geschlossen",
            "Züge fallen aus",
            "Besuch vor Ort",
        ],
        "Alle Entwicklungen",
        ["Anna Wolf", "Ben Kurz", "Clara Stein", "David Roth"],
        "{h}:{m} Uhr",
        ("Von", "und"),
    ),
    "en": (
        "Live: storms sweep southern England, thousands of homes without power",
        "Severe storms are sweeping across southern England and thousands of homes have been "
        "without power since the night. Follow the latest here.",
        [
            "Firefighters report more than two hundred callouts since midnight, mostly for "
            "flooded cellars and fallen trees blocking roads.",
            "A bridge on the motorway between Reading and Bristol has been closed because the "
            "river beneath it has risen sharply.",
            "The Met Office has extended its warning until the evening and expects further heavy "
            "rain over Devon and Cornwall.",
            "Several schools will stay closed on Monday, the county council said; parents are "
            "being informed by text message.",
            "Rail services on two regional lines have been suspended, and buses are due to "
            "replace the cancelled trains.",
            "The prime minister will visit the affected villages in the afternoon to speak to "
            "volunteers and emergency crews.",
        ],
        [
            "Firefighters stretched",
            "Bridge closed",
            "Warning extended",
            "Schools shut",
            "Trains cancelled",
            "Visit in the afternoon",
        ],
        "Latest updates",
        ["Sarah Mills", "Tom Baker", "Priya Shah", "James Reid"],
        "{h}.{m} BST",
        ("By", "and"),
    ),
    "fr": (
        "En direct : orages dans le sud de la France, des milliers de foyers privés d'électricité",
        "De violents orages traversent le sud de la France et des milliers de foyers sont "
        "privés d'électricité depuis la nuit. Suivez la situation en direct.",
        [
            "Les pompiers signalent plus de deux cents interventions depuis minuit, surtout pour "
            "des caves inondées et des arbres tombés sur les routes.",
            "Un pont de l'autoroute entre Nîmes et Montpellier a été fermé, car la rivière en "
            "dessous est montée brusquement.",
            "Météo-France a prolongé sa vigilance jusqu'au soir et attend encore de fortes pluies "
            "sur les Cévennes.",
            "Plusieurs écoles resteront fermées lundi, a indiqué le rectorat ; les parents sont "
            "prévenus par message.",
            "La circulation a été interrompue sur deux lignes régionales, des cars doivent "
            "remplacer les trains supprimés.",
            "Le Premier ministre se rendra dans l'après-midi dans les communes touchées pour "
            "rencontrer les secours et les bénévoles.",
        ],
        [
            "Pompiers mobilisés",
            "Pont fermé",
            "Vigilance prolongée",
            "Écoles fermées",
            "Trains supprimés",
            "Visite sur place",
        ],
        "Toutes les informations",
        ["Julie Martin", "Luc Bernard", "Sophie Petit", "Marc Durand"],
        "{h}h{m}",
        ("Par", "et"),
    ),
}
LIVE_LD = (
    '<script type=\'application/ld+json\'>{{"@context":"https://schema.org",'
    '"@type":"LiveBlogPosting","headline":"{h}","liveBlogUpdate":[{u}]}}</script>'
)


def reporter_entries(
    lang: str, count: int, header: str, titled: str, markup: str
) -> tuple[str, list[str]]:
    """Live entries, newest first, each opened by a time stamp and its reporter's name
    (``header``: the shape of that line), with a title before or after it or none, marked
    as schema.org ``liveBlogUpdate`` items or not."""
    _, _, updates, titles, _, reporters, clock, _ = LIVE_BLOG[lang]
    texts = updates[:count]
    out = []
    for i, (text, title) in enumerate(zip(texts, titles, strict=False)):
        stamp = clock.format(h=16 - i, m=f"{(i * 23 + 5) % 60:02d}")
        name = reporters[i % len(reporters)]
        if header == "meta":
            line = (
                f"<div class='meta'><time>{stamp}</time> <span class='author'>{name}</span></div>"
            )
        elif header == "name-first":
            line = f"<p class='byline'><span>{name}</span> · <time>{stamp}</time></p>"
        else:  # a header with the reporter's picture
            line = (
                f"<header><img src='/team/{i}.jpg' alt=''><time>{stamp}</time> "
                f"<span>{name}</span></header>"
            )
        heading = f"<h3>{title}</h3>"
        inner = (
            heading + line if titled == "before" else line + heading if titled == "after" else line
        )
        attrs = (
            " itemprop='liveBlogUpdate' itemscope itemtype='https://schema.org/BlogPosting'"
            if markup == "micro"
            else ""
        )
        out.append(f"<article class='entry'{attrs}>{inner}<p>{text}</p></article>")
    return "".join(out), texts


def live_reporter_cases() -> Iterator[Case]:
    for lang, (headline, intro, _, titles, run_title, reporters, _, (by, et)) in LIVE_BLOG.items():
        for count in (4, 6):
            for header in ("meta", "name-first", "avatar"):
                for titled in ("none", "before", "after"):
                    for markup in ("none", "micro", "jsonld"):
                        entries, texts = reporter_entries(lang, count, header, titled, markup)
                        extra = ""
                        if markup == "jsonld":
                            items = ",".join(
                                f'{{"@type":"BlogPosting","headline":"{t}","articleBody":"{x}"}}'
                                for t, x in zip(titles, texts, strict=False)
                            )
                            extra = LIVE_LD.format(h=headline, u=items)
                        scope = (
                            " itemscope itemtype='https://schema.org/LiveBlogPosting'"
                            if markup == "micro"
                            else ""
                        )
                        for run in ("", f"<h2>{run_title}</h2>"):
                            for k, layout in enumerate(("article", "div", "split")):
                                byline = (
                                    f"<p class='author'>{by} {', '.join(reporters[:-1])} {et} {reporters[-1]}</p>"
                                    if (
                                        count // 2
                                        + k
                                        + ("meta", "name-first", "avatar").index(header)
                                    )
                                    % 2
                                    else ""
                                )
                                head = f"<h1>{headline}</h1>{byline}<p class='intro'>{intro}</p>"
                                if layout == "article":
                                    main = f"<main><article{scope}>{head}<div class='live'>{run}{entries}</div></article></main>"
                                elif layout == "div":
                                    main = f"<div class='inhalt'{scope}>{head}{run}{entries}</div>"
                                else:  # the headline's band above the column of entries
                                    main = f"<div class='kopf'{scope}>{head}</div><div class='x'><div class='y'>{run}{entries}</div></div>"
                                body = f"{nav(lang)}{main}{foot(lang)}"
                                kind = "titled" if run else "bare"
                                name_ = f"live-reporters-{lang}-{count}-{header}-{titled}-{markup}-{kind}-{layout}"
                                yield name_, shell(body, headline, lang, extra), texts, []


def live_all_cases() -> Iterator[Case]:
    yield from live_cases()
    yield from live_notfire_cases()
    yield from live_named_cases()
    yield from live_reporter_cases()


# -- 5. a discussion under or beside the story ----------------------------------------

POSTS = {
    "de": [
        "Ich wohne seit über zwanzig Jahren in der Innenstadt und kann nur sagen, dass die "
        "Leute im Rathaus offenbar nie mit dem Bus fahren. Jedes Jahr wird etwas versprochen, "
        "jedes Jahr wird es verschoben, und am Ende zahlen wieder die Anwohner die Zeche. "
        "Meine Nachbarn sehen das genauso, wir haben schon vor Jahren Unterschriften gesammelt, "
        "aber niemand hat sich je bei uns gemeldet oder auch nur eine Antwort geschickt.",
        "Das sehe ich anders, die Stadt hat in den letzten Jahren durchaus einiges erreicht, "
        "auch wenn vieles langsamer geht als gewünscht und die Kommunikation schlecht ist.",
        "Wer zahlt am Ende die Parkgebühren? Die Pendler, die keine andere Wahl haben, weil "
        "der letzte Bus um acht Uhr abends fährt und am Wochenende gar nichts mehr kommt.",
        "Danke für den Bericht, endlich schreibt mal jemand ausführlich darüber, was in den "
        "Sitzungen tatsächlich passiert und wer wie abgestimmt hat.",
    ],
    "en": [
        "I have lived downtown for more than twenty years and all I can say is that the people "
        "at city hall obviously never take the bus. Every year something is promised, every "
        "year it is postponed, and in the end the residents foot the bill once again. My "
        "neighbours feel the same way, we collected signatures years ago, but nobody ever got "
        "back to us or even bothered to send a reply to the letter we wrote.",
        "I see it differently, the city has achieved quite a lot in recent years, even if many "
        "things move slower than we would like and the communication has been poor.",
        "Who ends up paying the parking fees? The commuters who have no other choice, because "
        "the last bus leaves at eight in the evening and nothing runs at weekends.",
        "Thanks for the report, finally someone writes in detail about what actually happens "
        "in those sessions and who voted which way.",
    ],
    "fr": [
        "J'habite le centre depuis plus de vingt ans et tout ce que je peux dire, c'est que les "
        "gens de la mairie ne prennent visiblement jamais le bus. Chaque année on nous promet "
        "quelque chose, chaque année c'est repoussé, et à la fin ce sont encore les habitants "
        "qui paient la note. Mes voisins pensent la même chose, nous avons recueilli des "
        "signatures il y a des années, mais personne ne nous a jamais répondu.",
        "Je ne suis pas d'accord, la ville a tout de même accompli pas mal de choses ces "
        "dernières années, même si tout avance plus lentement qu'on le voudrait.",
        "Qui paiera le stationnement au bout du compte ? Les navetteurs qui n'ont pas le choix, "
        "parce que le dernier bus part à huit heures du soir et qu'il n'y a rien le week-end.",
        "Merci pour l'article, enfin quelqu'un explique en détail ce qui se passe vraiment dans "
        "ces séances et qui a voté quoi.",
    ],
}
USERS = ["anwohner_77", "K. Berger", "citoyen42", "maxmuster", "Lisa B.", "oldtown"]
THREAD = {
    "de": ("Kommentare", "Antworten", "Zitieren", "Melden", "schrieb am"),
    "en": ("Comments", "Reply", "Quote", "Report", "wrote on"),
    "fr": ("Commentaires", "Répondre", "Citer", "Signaler", "a écrit le"),
}
# the discussion's box: named in several languages, or not at all
FORUM_NAMES = ["comments", "kommentare", "reactions", "forum-thread", "discussion", "k7x"]


def discussion(lang: str, shape: str, name: str, count: int) -> tuple[str, list[str]]:
    """A discussion of ``count`` posts (the first one long prose) in one of several shapes."""
    label, reply, quote, report, wrote = THREAD[lang]
    texts = [POSTS[lang][i % len(POSTS[lang])] for i in range(count)]
    posts = []
    for i, text in enumerate(texts):
        user, stamp = USERS[i % len(USERS)], f"12.03.2024 {14 + i // 3}:{(i * 13) % 60:02d}"
        if shape == "ol":  # a CMS comment list: li per comment, meta row, body, reply link
            posts.append(
                f"<li class='c-item' id='c{i}'><div class='meta'><b>{user}</b> "
                f"<time>{stamp}</time></div><div class='txt'><p>{text}</p></div>"
                f"<a href='#r{i}' class='r'>{reply}</a></li>"
            )
        elif shape == "forum":  # a forum thread: posts with a header line, quote and report
            posts.append(
                f"<div class='post'><div class='head'><strong>{user}</strong> {wrote} {stamp}"
                f"</div><div class='msg'>{text}</div><div class='tools'><a href='#'>{quote}</a>"
                f" <a href='#'>{report}</a></div></div>"
            )
        elif shape == "microdata":  # schema.org Comment items
            posts.append(
                f"<div itemscope itemtype='https://schema.org/Comment'><span itemprop='author'>"
                f"{user}</span> <span itemprop='dateCreated'>{stamp}</span><p itemprop='text'>"
                f"{text}</p><button>{reply}</button></div>"
            )
        else:  # articles of their own, a header with author and time each
            posts.append(
                f"<article><header><span>{user}</span> · <time>{stamp}</time></header>"
                f"<p>{text}</p><footer><button>{reply}</button></footer></article>"
            )
    inner = "".join(posts)
    if shape == "ol":
        inner = f"<ol class='list'>{inner}</ol>"
    box = f"<section class='{name}'><h2>{label} ({count})</h2>{inner}</section>"
    return box, texts


FORUM_LD = (
    '<script type=\'application/ld+json\'>{{"@context":"https://schema.org",'
    '"@type":"DiscussionForumPosting","headline":"{h}","text":"{t}"}}</script>'
)


def forum_cases() -> Iterator[Case]:
    for lang, (headline, lines) in STORY.items():
        for n in (1, 2, 5):
            story = lines[:n]
            for count in (1, 3, 6):
                for j, shape in enumerate(("ol", "forum", "microdata", "articles")):
                    for k, where in enumerate(("after", "before", "beside", "inside", "ld")):
                        name = FORUM_NAMES[(j + k + n) % len(FORUM_NAMES)]
                        box, texts = discussion(lang, shape, name, count)
                        head = f"<h1>{headline}</h1><p class='date'>12.03.2024</p>"
                        extra = ""
                        if where == "after":
                            main = (
                                f"<main><div class='story'>{head}{paras(story)}</div>{box}</main>"
                            )
                        elif where == "before":  # the discussion's column comes first
                            main = f"<div class='cols'><div class='l'>{box}</div><div class='r'>{head}{paras(story)}</div></div>"
                        elif where == "beside":
                            main = f"<div class='cols'><div class='r'>{head}{paras(story)}</div><aside class='l'>{box}</aside></div>"
                        elif where == "inside":  # the discussion inside the story's article
                            main = f"<article>{head}<div class='text'>{paras(story)}</div>{box}</article>"
                        else:  # the page says the discussion is a forum posting
                            extra = FORUM_LD.format(h=headline, t=texts[0][:60])
                            main = f"<div class='page'>{head}<div class='text'>{paras(story)}</div><div class='x'>{box}</div></div>"
                        body = f"{nav(lang)}{main}{foot(lang)}"
                        name_ = f"forum-{lang}-{n}p-{count}c-{shape}-{where}"
                        yield name_, shell(body, headline, lang, extra), story, texts[:1]
        # must not fire: an interview (question and answer, the speaker named each time)
        qa = []
        for i, line in enumerate(lines):
            who = "Frage" if i % 2 == 0 else "Müller"
            qa.append(f"<p><strong>{who}:</strong> {line}</p>")
        body = f"{nav(lang)}<main><article><h1>{headline}</h1>{''.join(qa)}</article></main>{foot(lang)}"
        yield f"forum-{lang}-notfire-interview", shell(body, headline, lang), lines, []
        # must not fire: a Q&A story built as posts, each with an asker and a time, the
        # answers the story, no discussion after it
        posts = "".join(
            f"<div class='post'><div class='head'><strong>{USERS[i]}</strong> 12.03.2024</div>"
            f"<div class='msg'>{line}</div></div>"
            for i, line in enumerate(lines)
        )
        body = (
            f"{nav(lang)}<main><h1>{headline}</h1><div class='qa'>{posts}</div></main>{foot(lang)}"
        )
        yield f"forum-{lang}-notfire-qa-posts", shell(body, headline, lang), lines, []
        # must not fire: one signed part of the story under a title that counts no post
        # (an editor's comment beside the report), built like a lone comment
        signed = (
            f"<section><h2>{THREAD[lang][0]}</h2><div class='c'><div class='by'>Anna Wolf, "
            f"12.03.2024 14:05</div><p>{POSTS[lang][0]}</p></div></section>"
        )
        body = f"{nav(lang)}<main><article><h1>{headline}</h1>{paras(lines[:2])}{signed}</article></main>{foot(lang)}"
        yield (
            f"forum-{lang}-notfire-signed-part",
            shell(body, headline, lang),
            [*lines[:2], POSTS[lang][0]],
            [],
        )
        # must not fire: the story with a short comment teaser under it (a count and a link)
        teaser = f"<div class='comments'><a href='#c'>{THREAD[lang][0]} (12)</a></div>"
        body = f"{nav(lang)}<main><article><h1>{headline}</h1>{paras(lines)}{teaser}</article></main>{foot(lang)}"
        yield f"forum-{lang}-notfire-count", shell(body, headline, lang), lines, []
        yield from forum_live_like_cases(lang)


COMMENT_LD = (
    '<script type=\'application/ld+json\'>{{"@context":"https://schema.org",'
    '"@type":"NewsArticle","headline":"{h}","comment":[{c}]}}</script>'
)


READERS = ["K. Berger", "maxmuster", "Lisa B.", "oldtown", "Sonnenschein", "T. Roth"]
AGO = {"de": "vor {n} Stunden", "en": "{n} hours ago", "fr": "il y a {n} heures"}


def readers_run(
    lang: str, count: int, title: str, avatar: bool, stamp: str = "clock"
) -> tuple[str, list[str]]:
    """Readers' comments built like a live blog's entries: each opened by its writer's
    name (no digits in it) and a stamp — a bare time of day newest first ("clock") or
    oldest first ("clock-up"), a day and a time ("dated"), hours ago ("ago") — with a
    reply and a report link."""
    _, reply, _, report, _ = THREAD[lang]
    texts = [POSTS[lang][i % len(POSTS[lang])] for i in range(count)]
    posts = []
    for i, text in enumerate(texts):
        clock = (
            f"{21 - i}:{(i * 7) % 60:02d}" if stamp == "clock" else f"{14 + i}:{(i * 7) % 60:02d}"
        )
        when = {"dated": f"12.03.2024 {clock}", "ago": AGO[lang].format(n=i + 1)}.get(stamp, clock)
        picture = f"<img src='/u/{i}.png' alt=''>" if avatar else ""
        posts.append(
            f"<article class='entry'><header>{picture}<span>{READERS[i]}</span> · <time>{when}</time></header>"
            f"<p>{text}</p><footer><a href='#'>{reply}</a> <a href='#'>{report}</a></footer></article>"
        )
    return f"<section class='k7x'>{title}{''.join(posts)}</section>", texts


def forum_live_like_cases(lang: str) -> Iterator[Case]:
    """Readers' comments that must still be told apart: built like a live blog's entries
    (a writer's name and a bare time each, newest first) under a story with its own
    byline, under a live blog the page calls one, or listed in the page's JSON-LD."""
    headline, lines = STORY[lang]
    label = THREAD[lang][0]
    by = LIVE_BLOG[lang][7][0]
    for count in (3, 6):
        titles = {"count": f"<h2>{label} ({count})</h2>", "counted": f"<h2>{count} {label}</h2>"}
        titles["plain"] = f"<h2>{label}</h2>"
        for (kind, title), stamp, avatar in product(
            titles.items(), ("clock", "clock-up", "dated", "ago"), (False, True)
        ):
            # a plain title over bare times of day, newest first, reads as a live blog's
            # run (the page gives nothing else to tell them apart): left out
            if kind == "plain" and stamp == "clock":
                continue
            box, texts = readers_run(lang, count, title, avatar, stamp)
            head = f"<h1>{headline}</h1><p class='author'>{by} Anna Wolf</p>"
            for where in ("after", "inside"):
                if where == "after":
                    main = f"<main><article>{head}{paras(lines[:3])}</article>{box}</main>"
                else:
                    main = f"<main><article>{head}<div class='text'>{paras(lines[:3])}</div>{box}</article></main>"
                body = f"{nav(lang)}{main}{foot(lang)}"
                name_ = f"forum-{lang}-livelike-{count}c-{kind}-{stamp}-{'avatar' if avatar else 'bare'}-{where}"
                yield name_, shell(body, headline, lang), lines[:3], texts
        # comments under a live blog the page calls one: the entries stay, the comments go
        live_h, intro, *_ = LIVE_BLOG[lang]
        entries, kept = reporter_entries(lang, 4, "name-first", "none", "none")
        items = ",".join(f'{{"@type":"BlogPosting","articleBody":"{x}"}}' for x in kept)
        extra = LIVE_LD.format(h=live_h, u=items)
        box, texts = readers_run(lang, count, f"<h2>{label} ({count})</h2>", False)
        main = f"<main><article><h1>{live_h}</h1><p>{intro}</p><div class='live'>{entries}</div>{box}</article></main>"
        body = f"{nav(lang)}{main}{foot(lang)}"
        yield (
            f"forum-{lang}-livelike-{count}c-under-liveblog",
            shell(body, live_h, lang, extra),
            kept,
            texts,
        )
        # comments the page's JSON-LD lists (schema.org Comment), under a plain title or none
        listed = ",".join(
            f'{{"@type":"Comment","author":{{"@type":"Person","name":"{USERS[i]}"}},"text":"{POSTS[lang][i % 4][:80]}"}}'
            for i in range(count)
        )
        for title in (f"<h2>{label}</h2>", ""):
            box, texts = readers_run(lang, count, title, False)
            main = f"<main><article><h1>{headline}</h1><div class='text'>{paras(lines[:3])}</div>{box}</article></main>"
            body = f"{nav(lang)}{main}{foot(lang)}"
            extra = COMMENT_LD.format(h=headline, c=listed)
            kind = "titled" if title else "bare"
            yield (
                f"forum-{lang}-livelike-{count}c-jsonld-{kind}",
                shell(body, headline, lang, extra),
                lines[:3],
                texts,
            )


# -- 6. a product box beside a review or article --------------------------------------

PRODUCT = {
    "de": (
        "Akku-Bohrschrauber ProDrill 18V",
        "Der ProDrill 18V ist ein kompakter Akku-Bohrschrauber für Heimwerker und Profis, der "
        "mit seinem bürstenlosen Motor, dem zweistufigen Getriebe und dem ergonomischen Griff "
        "auch bei langen Arbeiten an Holz, Metall und Mauerwerk eine sichere Führung bietet. "
        "Im Lieferumfang sind zwei Akkus, ein Schnellladegerät und ein robuster Koffer enthalten.",
        [
            "Bürstenloser Motor mit bis zu 60 Nm Drehmoment für harte Schraubfälle",
            "Zweistufiges Getriebe mit 0–450 und 0–1800 Umdrehungen pro Minute",
            "21 Drehmomentstufen und eine Bohrstufe für präzises Arbeiten",
            "LED-Arbeitslicht mit Nachleuchtfunktion für dunkle Ecken",
            "Gewicht mit Akku nur 1,4 Kilogramm, rutschfester Softgrip",
            "Zwei Akkus mit je 4,0 Ah und Ladestandsanzeige im Lieferumfang",
            "Schnellladegerät lädt einen Akku in etwa 45 Minuten vollständig",
            "Drei Jahre Herstellergarantie nach Registrierung des Geräts",
        ],
        ("In den Warenkorb", "Auf die Merkliste", "Preis inkl. MwSt."),
    ),
    "en": (
        "ProDrill 18V cordless drill driver",
        "The ProDrill 18V is a compact cordless drill driver for home users and professionals, "
        "whose brushless motor, two-speed gearbox and ergonomic grip give safe control even "
        "during long jobs in wood, metal and masonry. Two batteries, a fast charger and a "
        "sturdy carrying case are included in the box.",
        [
            "Brushless motor with up to 60 Nm of torque for hard screwing jobs",
            "Two-speed gearbox with 0–450 and 0–1800 revolutions per minute",
            "21 torque settings and a drilling setting for precise work",
            "LED work light with afterglow function for dark corners",
            "Weighs only 1.4 kilograms with battery, non-slip soft grip",
            "Two batteries of 4.0 Ah each with charge indicator included",
            "Fast charger fully charges one battery in about 45 minutes",
            "Three-year manufacturer warranty after registering the tool",
        ],
        ("Add to cart", "Add to wish list", "Price incl. VAT"),
    ),
    "fr": (
        "Perceuse-visseuse sans fil ProDrill 18V",
        "La ProDrill 18V est une perceuse-visseuse sans fil compacte pour les bricoleurs et les "
        "professionnels, dont le moteur sans balais, la boîte à deux vitesses et la poignée "
        "ergonomique assurent une bonne prise en main lors de longs travaux sur bois, métal et "
        "maçonnerie. Deux batteries, un chargeur rapide et une mallette sont fournis.",
        [
            "Moteur sans balais avec un couple jusqu'à 60 Nm pour les vissages difficiles",
            "Boîte à deux vitesses de 0 à 450 et de 0 à 1800 tours par minute",
            "21 réglages de couple et une position perçage pour un travail précis",
            "Éclairage LED avec fonction de temporisation pour les coins sombres",
            "Poids de seulement 1,4 kilogramme avec batterie, poignée antidérapante",
            "Deux batteries de 4,0 Ah avec indicateur de charge fournies",
            "Le chargeur rapide recharge une batterie en 45 minutes environ",
            "Garantie constructeur de trois ans après enregistrement de l'outil",
        ],
        ("Ajouter au panier", "Ajouter à la liste", "Prix TTC"),
    ),
}
PRODUCT_NAMES = ["product", "produkt", "fiche-produit", "shop-box", "angebot", "p3q"]
REVIEW = {
    "de": [
        "Wir haben den ProDrill 18V vier Wochen lang auf der Baustelle und in der Werkstatt "
        "getestet, vom Möbelaufbau bis zu Dübellöchern in Beton.",
        "Das Gerät liegt gut in der Hand und zieht auch lange Schrauben ohne Mühe ins Holz, "
        "nur beim Bohren in Beton stößt es erwartungsgemäß an seine Grenzen.",
        "Die Akkus hielten im Test einen ganzen Arbeitstag durch, das Ladegerät ist laut, aber "
        "schnell, und der Koffer bietet Platz für Bits und Bohrer.",
        "Unser Fazit: Für Heimwerker ist der ProDrill 18V eine klare Empfehlung, Profis sollten "
        "zum stärkeren Modell mit Schlagfunktion greifen.",
    ],
    "en": [
        "We tested the ProDrill 18V for four weeks on the building site and in the workshop, "
        "from assembling furniture to drilling holes for wall plugs in concrete.",
        "The tool sits well in the hand and drives long screws into wood without effort, only "
        "drilling into concrete takes it to its limits, as one would expect.",
        "The batteries lasted a whole working day in our test, the charger is noisy but fast, "
        "and the case has room for bits and drills.",
        "Our verdict: for home users the ProDrill 18V is a clear recommendation, professionals "
        "should choose the stronger model with a hammer function.",
    ],
    "fr": [
        "Nous avons testé la ProDrill 18V pendant quatre semaines sur un chantier et à "
        "l'atelier, du montage de meubles au perçage de trous pour chevilles dans le béton.",
        "L'outil tient bien en main et enfonce sans effort de longues vis dans le bois, seul le "
        "perçage du béton le pousse à ses limites, comme on pouvait s'y attendre.",
        "Les batteries ont tenu une journée de travail entière pendant notre test, le chargeur "
        "est bruyant mais rapide, et la mallette peut accueillir embouts et forets.",
        "Notre verdict : pour les bricoleurs, la ProDrill 18V est une recommandation claire, les "
        "professionnels choisiront le modèle plus puissant avec percussion.",
    ],
}
PRICE_SENTENCE = {  # a price in a sentence, and a short verdict line quoting it (the
    # generic body drops that line beside its button with or without the shop rule)
    "de": ("Er kostet 129,99 €.", "Fazit: ein guter Kauf für 129,99 €."),
    "en": ("It costs £129.99.", "Verdict: a bargain at £129.99."),
    "fr": ("Elle coûte 129,99 €.", "Verdict : une affaire à 129,99 €."),
}
PRICE_LINE = {
    "de": "Jetzt 99 € statt 129 €",
    "en": "Now £99 instead of £129",
    "fr": "99 € au lieu de 129 €",
}
REVIEW_H = {
    "de": "Im Test: Der ProDrill 18V überzeugt Heimwerker auf der Baustelle",
    "en": "Tested: the ProDrill 18V wins over home users on the building site",
    "fr": "Test : la ProDrill 18V séduit les bricoleurs sur le chantier",
}


def product_box(
    lang: str, shape: str, name: str, items: int, buy_by: str = "buttons"
) -> tuple[str, list[str]]:
    """A shop box; its price beside buttons, or beside a plain link into the shop's cart
    (``buy_by`` "link")."""
    title, blurb, features, (cart, wish, price) = PRODUCT[lang]
    feats = features[:items]
    buy = f"<div class='buy'><span>{price} 129,99 €</span><button>{cart}</button><button>{wish}</button></div>"
    if buy_by == "link":
        buy = f"<div class='buy'><span>{price} 129,99 €</span><a href='https://shop.example.com/cart/add/1044'>{cart}</a></div>"
    if shape == "ul":
        inner = f"<p>{blurb}</p><ul class='features'>{paras(feats, 'li')}</ul>"
    elif shape == "table":  # a spec table, then the description
        rows = "".join(f"<tr><th>{i + 1}</th><td>{f}</td></tr>" for i, f in enumerate(feats))
        inner = f"<table class='specs'>{rows}</table><p>{blurb}</p>"
    elif shape == "divs":
        inner = f"<div class='desc'>{blurb}</div>" + paras(feats, "div")
    else:  # microdata Product
        inner = f"<p itemprop='description'>{blurb}</p><ul>{paras(feats, 'li')}</ul>"
    attrs = " itemscope itemtype='https://schema.org/Product'" if shape == "microdata" else ""
    box = f"<div class='{name}'{attrs}><h3>{title}</h3><img src='/p.jpg'>{inner}{buy}</div>"
    return box, [blurb, *feats]


PRODUCT_LD = (
    '<script type=\'application/ld+json\'>{{"@context":"https://schema.org",'
    '"@type":"Product","name":"{n}","description":"{d}"}}</script>'
)


def product_cases() -> Iterator[Case]:
    for lang in STORY:
        for topic in ("review", "news"):  # the box's product reviewed, or an unrelated one
            headline = REVIEW_H[lang] if topic == "review" else STORY[lang][0]
            for n in (1, 2, 4):
                story = (REVIEW if topic == "review" else {k: v[1] for k, v in STORY.items()})[
                    lang
                ][:n]
                for items, buy_by in product((4, 8), ("buttons", "link")):
                    for j, shape in enumerate(("ul", "table", "divs", "microdata")):
                        for k, where in enumerate(("after", "before", "beside", "inside", "ld")):
                            name = PRODUCT_NAMES[(j + k + n) % len(PRODUCT_NAMES)]
                            box, texts = product_box(lang, shape, name, items, buy_by)
                            head = f"<h1>{headline}</h1><p class='date'>12.03.2024</p>"
                            extra = ""
                            if where == "after":
                                main = f"<main><div class='story'>{head}{paras(story)}</div>{box}</main>"
                            elif where == "before":
                                main = f"<div class='cols'><div class='l'>{box}</div><div class='r'>{head}{paras(story)}</div></div>"
                            elif where == "beside":
                                main = f"<div class='cols'><div class='r'>{head}{paras(story)}</div><aside>{box}</aside></div>"
                            elif where == "inside":
                                main = f"<article>{head}<div class='text'>{paras(story)}</div>{box}</article>"
                            else:
                                title, blurb = PRODUCT[lang][0], PRODUCT[lang][1]
                                extra = PRODUCT_LD.format(n=title, d=blurb[:60])
                                main = f"<div class='page'>{head}<div class='text'>{paras(story)}</div>{box}</div>"
                            body = f"{nav(lang)}{main}{foot(lang)}"
                            name_ = (
                                f"product-{lang}-{topic}-{n}p-{items}f-{buy_by}-{shape}-{where}"
                            )
                            yield name_, shell(body, headline, lang, extra), story, texts[:1]
        # must not fire: a review whose body is the story and holds the feature list
        feats = PRODUCT[lang][2][:6]
        story = REVIEW[lang]
        for shape in ("ul", "p"):
            lst = f"<ul>{paras(feats, 'li')}</ul>" if shape == "ul" else paras(feats)
            body = (
                f"{nav(lang)}<main><article><h1>{headline}</h1>{paras(story[:2])}{lst}"
                f"{paras(story[2:])}</article></main>{foot(lang)}"
            )
            yield (
                f"product-{lang}-notfire-review-{shape}",
                shell(body, headline, lang),
                [*story, *feats],
                [],
            )
        # must not fire: prices in the story's sentences (a review, a list article of
        # products, a deal story), beside pictures and buttons
        headline, cost, verdict_line = REVIEW_H[lang], *PRICE_SENTENCE[lang]
        priced = [f"{p} {cost}" for p in REVIEW[lang]]
        share = "<div class='share'><button>Share</button><button>Print</button></div>"
        verdict = f"<div class='verdict'><img src='/v.jpg'><div><p>{verdict_line}</p><button>{PRODUCT[lang][3][0]}</button></div></div>"
        pages = {
            "review": f"<main><article><h1>{headline}</h1><div><img src='/a.jpg'>{paras(priced)}{share}</div>{verdict}</article></main>",
            "list": f"<main><h1>{headline}</h1>"
            + "".join(
                f"<div class='item'><h2>{i + 1}.</h2><img src='/{i}.jpg'><p>{p}</p><a href='https://shop.example.com/{i}'>{PRODUCT[lang][3][0]}</a></div>"
                for i, p in enumerate(priced)
            )
            + "</main>",
            "deal": f"<main><h1>{headline}</h1><p class='lead'>{priced[0]}</p><div class='text'><img src='/d.jpg'>{paras(priced[1:])}<div><span>{PRICE_LINE[lang]}</span><button>{PRODUCT[lang][3][0]}</button></div></div></main>",
        }
        pages["shop-items"] = (
            f"<main><h1>{headline}</h1><p class='lead'>{priced[0]}</p>"
            + "".join(
                f"<div class='item'><h2>{i + 1}.</h2><img src='/{i}.jpg'><p>{p}</p><div class='row'><span>{PRICE_LINE[lang]}</span><button>{PRODUCT[lang][3][0]}</button></div></div>"
                for i, p in enumerate(priced[1:])
            )
            + "</main>"
        )
        # the same with a plain link to the shop beside each price line
        link = f"<a href='https://shop.example.com/deal/7'>{PRODUCT[lang][3][0]}</a>"
        pages["deal-link"] = pages["deal"].replace(f"<button>{PRODUCT[lang][3][0]}</button>", link)
        pages["shop-links"] = pages["shop-items"].replace(
            f"<button>{PRODUCT[lang][3][0]}</button>", link
        )
        for kind, main in pages.items():
            body = f"{nav(lang)}{main}{foot(lang)}"
            yield f"product-{lang}-notfire-prices-{kind}", shell(body, headline, lang), priced, []
        # must not fire: a product page whose description is the only prose (no story)
        title, blurb, features, _ = PRODUCT[lang]
        body = (
            f"{nav(lang)}<main><h1>{title}</h1><div class='produkt'><p>{blurb}</p>"
            f"<ul>{paras(features, 'li')}</ul></div></main>{foot(lang)}"
        )
        yield f"product-{lang}-notfire-shop-only", shell(body, title, lang), [blurb], []


CLASSES: dict[str, Callable[[], Iterator[Case]]] = {
    "consent-main": consent_cases,
    "signatories": signatory_cases,
    "player": player_cases,
    "live": live_all_cases,
    "forum": forum_cases,
    "forum-opaque": opaque(forum_cases),
    "live-opaque": opaque(live_all_cases),
    "product": product_cases,
    **LAYOUT_CLASSES,
    **OLD_MARKUP_CLASSES,
    **INBODY_CLASSES,
    **SCRIPTS_CLASSES,
    **CMS_CLASSES,
}


def body_of(html: str, url: str) -> str | None:
    return read_of(html, url)[0]


#: When the red team's pages are fetched.
FETCHED = datetime(2024, 11, 1, tzinfo=UTC)


def read_of(html: str, url: str) -> tuple[str | None, str | None]:
    """The page's body (None when it is no article) and its publication day."""
    root = selector(html.encode()).root
    found = generic_article(root, url)
    try:
        article, _ = article_records(found, root, url=url, site="redteam", fetched_at=FETCHED)
    except NotArticleError:
        return None, None
    raw = article.datePublishedRaw
    # (normalised as the pipeline does, with the page's language: bench/redteam_dates.py)
    value = page_normaliser(found.language).normalise(raw, FETCHED).value if raw else None
    return article.articleBody or "", value[:10] if value else None


#: A must-keep entry starting so is the page's publication day ("datePublished:2024-03-12"),
#: scored against the record's date, not the body.
DAY_KEEP = "datePublished:"


def kept(entry: str, body: str | None, day: str | None) -> bool:
    if entry.startswith(DAY_KEEP):
        return day == entry[len(DAY_KEEP) :]
    return body is not None and entry in body


def run(names: list[str], verbose: bool) -> int:
    failures = 0
    for cls in names:
        total = failed = lost_pages = leak_pages = 0
        for name, html, keep, drop in CLASSES[cls]():
            total += 1
            url = f"https://www.example.org/{cls}/{name}.html"
            body, day = read_of(html, url)
            lost = [k for k in keep if not kept(k, body, day)]
            leaked = [d for d in drop if body is not None and d in body]
            lost_pages += bool(lost)
            leak_pages += bool(leaked)
            if lost or leaked:
                failed += 1
                if verbose:
                    print(
                        f"  FAIL {name}: lost {len(lost)}/{len(keep)}, leaked {len(leaked)}/{len(drop)}"
                    )
        print(
            f"{cls}: {failed} of {total} pages fail ({lost_pages} lose story text, {leak_pages} leak)"
        )
        failures += failed
    return failures


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    run(args or list(CLASSES), "-v" in sys.argv)
