# ruff: noqa: E501  (page markup and sentences read better unbroken)
"""Red team of synthetic pages for classes the development sets barely show (issue 9).

Builds pages of one structure each, in several variants (tags, class names in several
languages, lengths), runs the generic extractor on them and counts the pages where the
body loses story text it must keep or keeps text it must drop.

    python bench/redteam.py [CLASS ...] [-v]

Classes: consent-main (a consent notice inside the wide container that holds the story),
signatories (an open letter with its signatories' lines in the same column), player (a
video player before the h1 whose texts mention the headline), live (live blogs and list
articles in several shapes, and must-not-fire boxes beside them: a lone picture's caption,
a box of video cards with buttons, a summary box). Each page names what must stay and what must go; a page
fails when any must-keep line is missing or any must-drop line is there. The must-not-fire
variants (a real story built like the structure) are scored the same way.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from newscrawl.extraction.generic import generic_article
from newscrawl.extraction.html import selector
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


def live_all_cases() -> Iterator[Case]:
    yield from live_cases()
    yield from live_notfire_cases()


CLASSES: dict[str, Callable[[], Iterator[Case]]] = {
    "consent-main": consent_cases,
    "signatories": signatory_cases,
    "player": player_cases,
    "live": live_all_cases,
}


def body_of(html: str, url: str) -> str | None:
    root = selector(html.encode()).root
    found = generic_article(root, url)
    try:
        article, _ = article_records(
            found, root, url=url, site="redteam", fetched_at=datetime(2024, 11, 1, tzinfo=UTC)
        )
    except NotArticleError:
        return None
    return article.articleBody or ""


def run(names: list[str], verbose: bool) -> int:
    failures = 0
    for cls in names:
        total = failed = lost_pages = leak_pages = 0
        for name, html, keep, drop in CLASSES[cls]():
            total += 1
            url = f"https://www.example.org/{cls}/{name}.html"
            body = body_of(html, url)
            lost = [k for k in keep if body is None or k not in body]
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
