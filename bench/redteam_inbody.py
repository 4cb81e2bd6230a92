# ruff: noqa: E501  (page markup and sentences read better unbroken)
"""Red-team pages with page chrome written inside the story's own container, for ``redteam.py``.

Many sites write chrome between or after the story's paragraphs, in the very element
that holds them: a row of share buttons, a newsletter or subscription box, an ad slot
with its label, a picture with its caption and credit. Each class builds such pages in
four languages, with the chrome after the second paragraph or after the last one, and
class names neutral or in the page's language (so that nothing keys on one site's names):

- inbody: one piece of chrome per page — a share row (buttons, share links, buttons
  under a short label, a list of buttons), a subscription box (a heading, a short text
  and a lone link line), an ad label beside an empty ad slot, a picture's caption and
  credit (``figure``/``figcaption``, a picture box with a caption paragraph and a credit);
- inbody-mixed: several of them in one story;
- inbody-keep (must not fire): story lines built like them — a short paragraph saying
  "share" or "subscribe" in prose (with a link or not), a ``figure`` holding a data
  table with its caption, an editor's note, a quoted tweet with its signature line, a
  short sentence beginning with the word for advertisement and holding figures beside an
  empty box (a chart's slot; in a ``span`` between paragraphs only, see ``BETWEEN_ONLY``), a part of the story in a box of its own (a subheading, a
  short paragraph telling the headline, a lone link to the study it reports on) and two
  such parts built alike;
- summary-box: key points first in the story's container, before its first paragraph —
  a list or a box of one-sentence paragraphs, under a short label or not, in a neutral
  or a named box (the points and the label must go);
- summary-box-keep (must not fire): the story's first two paragraphs in a wrapper of
  their own before the rest (as written, beside a picture, or one of several sentences
  with a short sentence after it), the key points as the story's own list after its
  first paragraph;
- call-buttons: a box of one short line over a row of two buttons (a membership's or a
  login's call) first in the story's container, in several builds (line and buttons must
  go); call-buttons-keep (must not fire): the story's first paragraphs, or a first
  sentence linking words of its own, in a box over two buttons;
- quote-wrapped: a quotation of two paragraphs wrapped in one or two ``div`` inside the
  ``blockquote`` (its lines must stay), and the same lines under a link inside the quote,
  an embedded post's card (they must go);
- inline-caption: a picture and its caption (telling the picture's ``alt`` again, with
  its credit or not) in ``span`` boxes side by side, one or two levels deep, inside a
  paragraph of their own or between the story's paragraphs, opaque classes (the caption
  must go); inline-caption-keep (must not fire): the story's own line in the box beside
  the picture, a line telling the ``alt`` written straight after the picture (an icon in
  the text) and one over the picture, introducing it;
- title-group: the page's ``hgroup`` (a kicker, the ``h1``, a standfirst) inside the
  story's plain container, a stamp line under it or not (kicker, standfirst and stamp
  must go); title-group-keep (must not fire): an ``hgroup`` of a subheading and its
  tagline inside the story, and the story's first paragraphs written inside the ``h1``'s
  ``hgroup``;
- headline-box: the page's headline printed again as the title of a box between or after
  the story's paragraphs — an audio player's (a linked picture, then a heading), a card's
  line in a box of its own, a line in the story's own element, a list of the day's news
  opening with it ("> " before it) — in neutral or local class names (the title must go);
  headline-box-keep (must not fire): a sentence saying the headline and more, a headline
  of two words that a subheading of the story says too;
- link-run-title: a paragraph ending with a colon ("More on this topic:") over a run of
  three links the story leaves out — list items, paragraphs each one link, or cards (a
  short label, a linked headline, a linked byline) — after the story's second or last
  paragraph (the title must go); link-run-title-keep (must not fire): such a line over
  one link then the story, over pictures then links, over a list of the story's own;
- credit-line: a credit naming who contributed to the report after the story's last
  paragraph, in English and German ("… contributed to this report.", "Additional
  reporting by …", "mit dpa", "mit Material von dpa/AFP"), in a plain ``p``, in italics
  or in a ``div`` of its own (the credit must go); credit-line-keep (must not fire): the
  story closing on a sentence about another report's contributors or opening with "Mit".
- hidden-note: links in the story's paragraphs holding a note for screen readers only
  ("(opens in a new window)"), hidden from sight by a framework's class (``sr-only``,
  ``visually-hidden``, ``screen-reader-text``, namespaced ``u-visually-hidden``,
  ``x-vh``) or by the inline clip pattern (``clip: rect(0 0 0 0)``, ``clip-path:
  inset(50%)``, a one-pixel box hiding its overflow) (the notes must go); hidden-note-keep
  (must not fire): the link's own words in a span named with the letters only
  (``sr-only-focusable``, ``offscreen-link``, ``vh-label``) or styled
  with a clip that shows it (an extent, ``overflow: hidden`` alone, a width of 1px alone).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from itertools import product

Case = tuple[str, str, list[str], list[str]]  # name, html, must keep, must drop

STORY = {
    "de": (
        "Stadtwerke bauen das Fernwärmenetz in drei Stadtteilen aus",
        [
            "Die Stadtwerke wollen in den kommenden fünf Jahren das Fernwärmenetz in drei "
            "Stadtteilen ausbauen und damit fast viertausend Haushalte zusätzlich versorgen.",
            "Der Aufsichtsrat hat den Plan am Montag gebilligt, nachdem eine Studie gezeigt hatte, "
            "dass die Leitungen in den dicht bebauten Vierteln wirtschaftlich betrieben werden können.",
            "Für die Anwohner bedeutet der Ausbau zunächst Baustellen: Die Straßen werden "
            "abschnittsweise geöffnet, die Arbeiten sollen jeweils höchstens drei Monate dauern.",
            "Hausbesitzer, die sich anschließen lassen wollen, können bis Ende März einen Antrag "
            "stellen; die Stadt zahlt einen Zuschuss zu den Kosten des Hausanschlusses.",
            "Kritiker bemängeln, dass die Wärme vorerst weiter zum Teil aus Gas erzeugt wird, und "
            "fordern einen verbindlichen Zeitplan für den Umstieg auf erneuerbare Quellen.",
            "Die Stadtwerke kündigten an, im Herbst ein Konzept für eine Großwärmepumpe am "
            "Klärwerk vorzulegen, die einen Teil des Bedarfs decken soll.",
        ],
    ),
    "en": (
        "Utility to extend district heating network to three neighbourhoods",
        [
            "The city's utility plans to extend its district heating network to three "
            "neighbourhoods over the next five years, connecting almost four thousand more homes.",
            "Its supervisory board approved the plan on Monday after a study found that pipes in "
            "the densely built districts could be run at a profit within a decade.",
            "For residents the work will first mean roadworks: streets will be opened section by "
            "section, and each stretch is expected to take no longer than three months.",
            "Homeowners who want to be connected can apply until the end of March, and the city "
            "will pay part of the cost of connecting each building to the network.",
            "Critics point out that for now part of the heat will still come from gas, and they "
            "are asking for a binding timetable for the switch to renewable sources.",
            "The utility said it would present a plan in the autumn for a large heat pump at the "
            "sewage works that is meant to cover part of the demand.",
        ],
    ),
    "fr": (
        "La régie étend le réseau de chaleur à trois quartiers",
        [
            "La régie municipale prévoit d'étendre son réseau de chaleur à trois quartiers au "
            "cours des cinq prochaines années, pour raccorder près de quatre mille logements.",
            "Son conseil d'administration a approuvé le projet lundi, après qu'une étude a montré "
            "que les canalisations seraient rentables dans ces quartiers densément bâtis.",
            "Pour les riverains, les travaux signifieront d'abord des chantiers : les rues seront "
            "ouvertes par tronçons, chacun pendant trois mois au plus selon la régie.",
            "Les propriétaires qui souhaitent être raccordés peuvent déposer une demande jusqu'à "
            "fin mars, et la ville prendra en charge une partie du coût du raccordement.",
            "Les critiques soulignent qu'une partie de la chaleur sera encore produite au gaz et "
            "réclament un calendrier contraignant pour le passage aux énergies renouvelables.",
            "La régie a annoncé qu'elle présenterait à l'automne un projet de grande pompe à "
            "chaleur à la station d'épuration, censée couvrir une partie des besoins.",
        ],
    ),
    "es": (
        "La empresa municipal amplía la red de calefacción a tres barrios",
        [
            "La empresa municipal de energía ampliará su red de calefacción urbana a tres barrios "
            "en los próximos cinco años, con lo que conectará a casi cuatro mil viviendas más.",
            "Su consejo de administración aprobó el plan el lunes, después de que un estudio "
            "concluyera que las tuberías serían rentables en esos barrios tan densos.",
            "Para los vecinos, las obras supondrán primero calles cortadas: se abrirán por tramos "
            "y cada uno de ellos debería durar como máximo tres meses, según la empresa.",
            "Los propietarios que quieran conectarse pueden presentar una solicitud hasta finales "
            "de marzo, y el ayuntamiento pagará parte del coste de la conexión del edificio.",
            "Los críticos señalan que de momento parte del calor seguirá produciéndose con gas y "
            "piden un calendario vinculante para el paso a fuentes renovables.",
            "La empresa anunció que presentará en otoño un proyecto de gran bomba de calor en la "
            "depuradora, que debería cubrir una parte de la demanda.",
        ],
    ),
}

LANGS = tuple(STORY)

NAV = {
    "de": ["Startseite", "Politik", "Wirtschaft", "Sport", "Kultur", "Lokales"],
    "en": ["Home", "Politics", "Business", "Sport", "Culture", "Local"],
    "fr": ["Accueil", "Politique", "Économie", "Sport", "Culture", "Local"],
    "es": ["Portada", "Política", "Economía", "Deportes", "Cultura", "Local"],
}

#: Share row: its label and the networks' names.
SHARE = {
    "de": ("Artikel teilen", ["Facebook", "Bluesky", "E-Mail", "Link kopieren"]),
    "en": ("Share this story", ["Facebook", "Bluesky", "Email", "Copy link"]),
    "fr": ("Partager l'article", ["Facebook", "Bluesky", "E-mail", "Copier le lien"]),
    "es": ("Compartir", ["Facebook", "Bluesky", "Correo", "Copiar enlace"]),
}
#: Subscription box: heading, short text, the link's words.
SUBSCRIBE = {
    "de": (
        "Der Morgen in der Stadt",
        "Die wichtigsten Nachrichten aus der Region jeden Morgen kostenlos in Ihrem Postfach.",
        "Jetzt abonnieren",
    ),
    "en": (
        "The morning briefing",
        "The most important news from the region in your inbox every morning, free of charge.",
        "Sign me up",
    ),
    "fr": (
        "La matinale de la ville",
        "L'essentiel de l'actualité de la région chaque matin dans votre boîte, gratuitement.",
        "Je m'inscris",
    ),
    "es": (
        "El boletín de la mañana",
        "Las noticias más importantes de la región cada mañana en su correo, gratis.",
        "Suscribirme",
    ),
}
#: Longer subscription text (two sentences), still a box's.
SUBSCRIBE_MORE = {
    "de": "Sie können den Newsletter jederzeit mit einem Klick wieder abbestellen.",
    "en": "You can unsubscribe at any time with a single click.",
    "fr": "Vous pouvez vous désinscrire à tout moment en un clic.",
    "es": "Puede darse de baja en cualquier momento con un solo clic.",
}
AD_LABEL = {"de": "Anzeige", "en": "Advertisement", "fr": "Publicité", "es": "Publicidad"}
CAPTION = {
    "de": (
        "Bauarbeiter verlegen Fernwärmeleitungen in der Innenstadt.",
        "Foto: Anna Berger / dpa",
    ),
    "en": (
        "Workers lay district heating pipes in the city centre.",
        "Photo: Anna Berger / Reuters",
    ),
    "fr": (
        "Des ouvriers posent des canalisations de chaleur en centre-ville.",
        "Photo : Anna Berger / AFP",
    ),
    "es": ("Operarios colocan tuberías de calefacción en el centro.", "Foto: Anna Berger / EFE"),
}

#: Must-not-fire lines.
SHARE_PROSE = {
    "de": "Anwohner können ihre Fragen mit den Stadtwerken <a href='/forum'>im Forum</a> teilen.",
    "en": "Residents can share their questions with the utility <a href='/forum'>in its forum</a>.",
    "fr": "Les riverains peuvent partager leurs questions avec la régie <a href='/forum'>sur son forum</a>.",
    "es": "Los vecinos pueden compartir sus dudas con la empresa <a href='/foro'>en su foro</a>.",
}
#: A short story sentence holding a footnote's button, and one holding a link drawn as a
#: button (``role=button``): both end as sentences, as no share row's label does.
BUTTON_PROSE = {
    "de": (
        "Ergebnis der Abstimmung: 7 zu 2.",
        "Der Haushalt steht online <a role='button' href='/h.pdf'>als PDF</a>.",
    ),
    "en": (
        "Vote result: 7 to 2.",
        "The full budget is online <a role='button' href='/b.pdf'>as a PDF</a>.",
    ),
    "fr": (
        "Résultat du vote : 7 contre 2.",
        "Le budget complet est en ligne <a role='button' href='/b.pdf'>en PDF</a>.",
    ),
    "es": (
        "Resultado de la votación: 7 a 2.",
        "El presupuesto completo está en línea <a role='button' href='/p.pdf'>en PDF</a>.",
    ),
}
SUBSCRIBE_PROSE = {
    "de": "Wer mehr wissen will, kann den Newsletter der Stadtwerke abonnieren.",
    "en": "More than two thousand residents already subscribe to the utility's newsletter.",
    "fr": "Pour en savoir plus, abonnez-vous à la lettre de la régie.",
    "es": "Para saber más, suscríbase al boletín de la empresa.",
}
TABLE = {
    "de": (
        "Geplante Anschlüsse nach Stadtteil",
        [
            ("Stadtteil", "Haushalte"),
            ("Nordstadt", "1.450"),
            ("Weststadt", "1.320"),
            ("Altstadt", "1.180"),
        ],
    ),
    "en": (
        "Planned connections by district",
        [
            ("District", "Homes"),
            ("North End", "1,450"),
            ("West Side", "1,320"),
            ("Old Town", "1,180"),
        ],
    ),
    "fr": (
        "Raccordements prévus par quartier",
        [
            ("Quartier", "Logements"),
            ("Nord", "1 450"),
            ("Ouest", "1 320"),
            ("Vieille ville", "1 180"),
        ],
    ),
    "es": (
        "Conexiones previstas por barrio",
        [
            ("Barrio", "Viviendas"),
            ("Norte", "1.450"),
            ("Oeste", "1.320"),
            ("Casco antiguo", "1.180"),
        ],
    ),
}
EDITOR_NOTE = {
    "de": "Anmerkung der Redaktion: In einer früheren Fassung war die Zahl der Haushalte falsch angegeben.",
    "en": "Editor's note: An earlier version of this story gave the wrong number of homes.",
    "fr": "Note de la rédaction : une version précédente de cet article donnait un nombre erroné de logements.",
    "es": "Nota del editor: una versión anterior de este artículo daba una cifra errónea de viviendas.",
}
TWEET = {
    "de": (
        "Heute hat der Aufsichtsrat den Ausbau der Fernwärme beschlossen. Ein guter Tag für die Stadt!",
        "— Stadtwerke (@stadtwerke_x) 4. März 2024",
    ),
    "en": (
        "Today our board approved the extension of district heating. A good day for the city!",
        "— City Utility (@cityutility_x) March 4, 2024",
    ),
    "fr": (
        "Aujourd'hui, notre conseil a approuvé l'extension du réseau de chaleur. Une belle journée !",
        "— La Régie (@laregie_x) 4 mars 2024",
    ),
    "es": (
        "Hoy nuestro consejo ha aprobado ampliar la red de calefacción. ¡Un buen día para la ciudad!",
        "— Empresa Municipal (@empresa_x) 4 de marzo de 2024",
    ),
}
AD_DIGITS = {
    "de": "Anzeigen brachten der Stadt 2023 rund 4,2 Millionen Euro ein.",
    "en": "Advertisement income reached 4.2 million in 2023.",
    "fr": "Publicité : 4,2 millions d'euros de recettes en 2023.",
    "es": "Publicidad: 4,2 millones de euros de ingresos en 2023.",
}

#: A part of the story under its subheading closing with a lone link (the study it
#: reports on): subheading, a short paragraph telling the headline, the link's words.
STUDY = {
    "de": (
        "Die Studie",
        "Die Studie zum Fernwärmenetz hatten die Stadtwerke im vergangenen Jahr in Auftrag gegeben.",
        "Studie als PDF",
    ),
    "en": (
        "The study",
        "The utility commissioned the study of the heating network last year.",
        "Read the study (PDF)",
    ),
    "fr": (
        "L'étude",
        "La régie avait commandé l'an dernier l'étude sur le réseau de chaleur.",
        "Lire l'étude (PDF)",
    ),
    "es": (
        "El estudio",
        "La empresa municipal encargó el año pasado el estudio sobre la red de calefacción.",
        "Leer el estudio (PDF)",
    ),
}

#: Neutral or local class names of the chrome's boxes.
NAMES = ["x7", "teilen", "partage", "box-inline", "m-3"]


def paras(lines: list[str], tag: str = "p") -> str:
    return "".join(f"<{tag}>{line}</{tag}>" for line in lines)


def nav(lang: str) -> str:
    items = "".join(f"<li><a href='/{w.lower()}/'>{w}</a></li>" for w in NAV[lang])
    return f"<header><nav><ul>{items}</ul></nav></header>"


def foot(lang: str) -> str:
    links = " | ".join(f"<a href='/f{i}'>{w}</a>" for i, w in enumerate(NAV[lang]))
    return f"<footer><p>{links}</p><p>© 2024 Stadtzeitung</p></footer>"


def shell(body: str, title: str, lang: str) -> str:
    return (
        f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'>"
        f"<title>{title}</title></head><body>{body}</body></html>"
    )


def page(lang: str, inserts: dict[int, str], wrap: str = "div") -> str:
    """The story's page with *inserts* (markup by the index of the paragraph they follow)
    written into the story's own container."""
    headline, lines = STORY[lang]
    parts = []
    for i, line in enumerate(lines):
        parts.append(f"<p>{line}</p>")
        if i in inserts:
            parts.append(inserts[i])
    body = (
        f"{nav(lang)}<main><article><h1>{headline}</h1>"
        f"<p class='byline'>Von Karin Vogt</p>"
        f"<{wrap} class='article-body'>{''.join(parts)}</{wrap}></article></main>{foot(lang)}"
    )
    return shell(body, headline, lang)


# -- chrome pieces: markup, lines that must go ------------------------------------------


def share_row(lang: str, style: str, name: str) -> tuple[str, list[str]]:
    label, nets = SHARE[lang]
    if style == "buttons":
        inner = "".join(f"<button type='button'>{n}</button>" for n in nets)
        return f"<div class='{name}'>{inner}</div>", nets
    if style == "labelled":
        inner = "".join(f"<button>{n}</button>" for n in nets[:3])
        return f"<div class='{name}'><span>{label}</span>{inner}</div>", [label, *nets[:3]]
    if style == "list":
        inner = "".join(f"<li><button>{n}</button></li>" for n in nets)
        return f"<div class='{name}'><ul>{inner}</ul></div>", nets
    if style == "links":
        inner = " ".join(
            f"<a href='https://share.example.net/{n.lower()}?u=1' role='button'>{n}</a>"
            for n in nets[:3]
        )
        return f"<div class='{name}'><p>{label}: {inner}</p></div>", [label, *nets[:3]]
    # a form control (a "copy link" field) beside the buttons
    inner = f"<input type='text' value='https://www.example.org/a'><button>{nets[3]}</button><button>{nets[0]}</button>"
    return f"<div class='{name}'><span>{label}</span>{inner}</div>", [label, nets[3]]


def subscribe_box(lang: str, style: str, name: str) -> tuple[str, list[str]]:
    title, text, link = SUBSCRIBE[lang]
    more = SUBSCRIBE_MORE[lang]
    if style == "plain":
        html = f"<div class='{name}'><h3>{title}</h3><p>{text}</p><p><a href='/newsletter'>{link}</a></p></div>"
        return html, [title, text, link]
    if style == "two":
        html = f"<aside class='{name}'><h4>{title}</h4><p>{text}</p><p>{more}</p><div><a class='cta' href='/abo'>{link}</a></div></aside>"
        return html, [title, text, more, link]
    # strong title, text, link
    html = f"<section class='{name}'><h2>{title}</h2><div><p>{text}</p></div><a href='https://newsletter.example.org/s'>{link}</a></section>"
    return html, [title, text, link]


def ad_slot(lang: str, style: str, name: str) -> tuple[str, list[str]]:
    label = AD_LABEL[lang]
    if style == "span":
        return f"<div class='{name}'><span>{label}</span><div id='slot-{name}'></div></div>", [
            label
        ]
    if style == "p":
        return (
            f"<div class='{name}'><p class='lbl'>{label}</p><div class='s' data-slot='1'></div></div>",
            [label],
        )
    # label and an empty iframe slot
    return (
        f"<div class='{name}'><div>{label}</div><iframe src='about:blank' width='300' height='250'></iframe></div>",
        [label],
    )


def caption_box(lang: str, style: str, name: str) -> tuple[str, list[str]]:
    caption, credit = CAPTION[lang]
    if style == "figure":
        return (
            f"<figure class='{name}'><img src='/p.jpg' alt=''><figcaption>{caption} <span>{credit}</span></figcaption></figure>",
            [caption, credit],
        )
    if style == "div":
        return (
            f"<div class='{name}'><img src='/p.jpg'><p class='cap'>{caption}</p><span class='credit'>{credit}</span></div>",
            [caption, credit],
        )
    return (
        f"<figure><picture><source srcset='/p.webp'><img src='/p.jpg'></picture><figcaption><p>{caption}</p><p>{credit}</p></figcaption></figure>",
        [caption, credit],
    )


PIECES: dict[str, tuple[Callable[[str, str, str], tuple[str, list[str]]], tuple[str, ...]]] = {
    "share": (share_row, ("buttons", "labelled", "list", "links", "field")),
    "subscribe": (subscribe_box, ("plain", "two", "section")),
    "ad": (ad_slot, ("span", "p", "iframe")),
    "caption": (caption_box, ("figure", "div", "picture")),
}


def inbody_cases() -> Iterator[Case]:
    for lang, (kind, (build, styles)) in product(LANGS, PIECES.items()):
        lines = STORY[lang][1]
        for style, name, at, wrap in product(
            styles, NAMES, (1, len(lines) - 1), ("div", "section")
        ):
            html, drop = build(lang, style, name)
            yield (
                f"{kind}-{lang}-{style}-{name}-at{at}-{wrap}",
                page(lang, {at: html}, wrap),
                lines,
                drop,
            )


def mixed_cases() -> Iterator[Case]:
    for lang in LANGS:
        lines = STORY[lang][1]
        for n, (share, sub, ad, cap) in enumerate(
            [
                ("buttons", "plain", "span", "figure"),
                ("labelled", "two", "p", "div"),
                ("list", "section", "iframe", "picture"),
                ("links", "plain", "p", "figure"),
                ("field", "two", "span", "div"),
                ("buttons", "section", "iframe", "figure"),
                ("labelled", "plain", "span", "picture"),
            ]
        ):
            s, sd = share_row(lang, share, NAMES[n % len(NAMES)])
            b, bd = subscribe_box(lang, sub, NAMES[(n + 1) % len(NAMES)])
            a, ad_ = ad_slot(lang, ad, NAMES[(n + 2) % len(NAMES)])
            c, cd = caption_box(lang, cap, NAMES[(n + 3) % len(NAMES)])
            inserts = {0: c, 2: a, 3: b, len(lines) - 1: s}
            yield f"mixed-{lang}-{n}", page(lang, inserts), lines, [*sd, *bd, *ad_, *cd]


def keep_pieces(lang: str) -> Iterator[tuple[str, str, list[str]]]:
    """Story lines built like chrome: (kind, markup, lines that must stay)."""
    share = SHARE_PROSE[lang]
    share_text = share.split("<a")[0].strip()
    yield "share-prose", f"<p>{share}</p>", [share_text]
    yield "share-prose-box", f"<div class='note'><p>{share}</p></div>", [share_text]
    yield "subscribe-prose", f"<p>{SUBSCRIBE_PROSE[lang]}</p>", [SUBSCRIBE_PROSE[lang]]
    vote, online = BUTTON_PROSE[lang]
    yield "footnote-button", f"<p>{vote} <button class='fn'>1</button></p>", [vote]
    online_text = re.sub(r"<[^>]+>", "", online)
    yield "button-link", f"<p>{online}</p>", [online_text]
    title, rows = TABLE[lang]
    cells = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    keep_cells = [rows[1][0], rows[1][1], rows[3][0]]
    yield (
        "table-figure",
        f"<figure class='table'><table>{cells}</table><figcaption>{title}</figcaption></figure>",
        keep_cells,
    )
    yield (
        "table-figure-head",
        f"<figure><figcaption>{title}</figcaption><table><thead><tr><th>{rows[0][0]}</th><th>{rows[0][1]}</th></tr></thead><tbody>{cells}</tbody></table></figure>",
        keep_cells,
    )
    note = EDITOR_NOTE[lang]
    yield "note-em", f"<p><em>{note}</em></p>", [note]
    yield "note-box", f"<div class='editors-note'><p>{note}</p></div>", [note]
    tweet, signature = TWEET[lang]
    yield (
        "tweet",
        f"<blockquote class='twitter-tweet'><p lang='{lang}'>{tweet}</p>{signature.rsplit(')', 1)[0]}) <a href='https://twitter.com/x/status/1'>{signature.rsplit(') ', 1)[1]}</a></blockquote>",
        [tweet, signature],
    )
    yield (
        "tweet-p",
        f"<blockquote class='tweet'><p>{tweet}</p><p>{signature}</p></blockquote>",
        [tweet, signature],
    )
    head, line, link = STUDY[lang]
    part = f"<h2>{head}</h2><p>{line}</p><p><a href='/study.pdf'>{link}</a></p>"
    yield "study-part", f"<div class='part'>{part}</div>", [head, line]
    yield (
        "study-parts",
        f"<section class='s'>{part}</section><section class='s'>{part.replace('study.pdf', 'annex.pdf')}</section>",
        [head, line],
    )
    digits = AD_DIGITS[lang]
    yield (
        "ad-digits",
        f"<div class='chart'><p>{digits}</p><div id='chart-1'></div></div>",
        [digits],
    )
    yield (
        "ad-digits-span",
        f"<div class='x7'><span>{digits}</span><div class='c'></div></div>",
        [digits],
    )


#: Story lines built like chrome that are set between the story's paragraphs only: a
#: short line in a box of its own after the story's last paragraph, in a build unlike
#: its prose's (a ``span`` in a ``div``), is what closes a story as furniture
#: (:func:`~newscrawl.extraction.edges.closing_lines`: an agency's credit, a feedback or
#: newsletter call, a publisher's note, none told apart by its build from a chart's
#: title there), and no must-not-fire case of the ad label's rule.
BETWEEN_ONLY = frozenset({"ad-digits-span"})


def keep_cases() -> Iterator[Case]:
    for lang in LANGS:
        lines = STORY[lang][1]
        for kind, html, keep in keep_pieces(lang):
            places = (1, 3) if kind in BETWEEN_ONLY else (1, 3, len(lines) - 1)
            for at, wrap, name in product(places, ("div", "section"), ("a", "b")):
                # name b: with chrome beside it (a share row after the story), must still go
                extra: dict[int, str] = {at: html}
                drop: list[str] = []
                if name == "b" and at != len(lines) - 1:
                    row, drop = share_row(lang, "buttons", "x7")
                    extra[len(lines) - 1] = row
                yield (
                    f"keep-{lang}-{kind}-at{at}-{wrap}-{name}",
                    page(lang, extra, wrap),
                    [*lines, *keep],
                    drop,
                )


# -- a summary box between the headline and the story ---------------------------------

KEY_POINTS = {
    "de": (
        "Das Wichtigste in Kürze",
        [
            "Die Stadtwerke bauen das Fernwärmenetz in drei Stadtteilen aus.",
            "Fast viertausend Haushalte sollen zusätzlich versorgt werden.",
            "Kritiker fordern einen Zeitplan für erneuerbare Wärme.",
        ],
    ),
    "en": (
        "In brief",
        [
            "The utility will extend district heating to three neighbourhoods.",
            "Almost four thousand more homes are to be connected.",
            "Critics want a timetable for renewable heat.",
        ],
    ),
    "fr": (
        "L'essentiel",
        [
            "La régie étend son réseau de chaleur à trois quartiers.",
            "Près de quatre mille logements seront raccordés.",
            "Les critiques réclament un calendrier pour la chaleur renouvelable.",
        ],
    ),
    "es": (
        "En resumen",
        [
            "La empresa amplía la red de calefacción a tres barrios.",
            "Casi cuatro mil viviendas más se conectarán.",
            "Los críticos piden un calendario para el calor renovable.",
        ],
    ),
}


def headed_page(lang: str, head: str, lines: list[str] | None = None) -> str:
    """The story's page with *head* (markup) first in the story's container."""
    headline, story = STORY[lang]
    body = (
        f"{nav(lang)}<main><article><h1>{headline}</h1>"
        f"<p class='byline'>Von Karin Vogt</p><div class='article-body'>{head}"
        f"{paras(lines or story)}</div></article></main>{foot(lang)}"
    )
    return shell(body, headline, lang)


def summary_cases() -> Iterator[Case]:
    """Key points before the story: a list or a box of one-sentence paragraphs, with a
    label or not, in a neutral or a named box: the points and the label must go."""
    for lang in LANGS:
        label, points = KEY_POINTS[lang]
        for shape, titled, name in product(("ul", "p"), (True, False), ("x7", "summary")):
            items = f"<ul>{paras(points, 'li')}</ul>" if shape == "ul" else paras(points)
            title = f"<strong>{label}:</strong>" if titled else ""
            head = f"<div class='{name}'>{title}{items}</div>"
            drop = [*points, label] if titled else points
            yield (
                f"summary-{lang}-{shape}-{'titled' if titled else 'bare'}-{name}",
                headed_page(lang, head),
                STORY[lang][1],
                drop,
            )


def summary_keep_cases() -> Iterator[Case]:
    """Must not fire: the story's first paragraphs in a wrapper of their own before the
    rest (as written, one with a picture, one of several sentences), and the key points'
    sentences as the story's own list after its first paragraph."""
    for lang in LANGS:
        story = STORY[lang][1]
        first, rest = story[:2], story[2:]
        yield (
            f"summary-keep-{lang}-wrapper",
            headed_page(lang, f"<div class='intro'>{paras(first)}</div>", rest),
            story,
            [],
        )
        picture = f"<div class='intro'><img src='/a.jpg' alt=''>{paras(first)}</div>"
        yield f"summary-keep-{lang}-picture", headed_page(lang, picture, rest), story, []
        two = [f"{first[0]} {first[1]}", *rest]
        yield (
            f"summary-keep-{lang}-sentences",
            headed_page(
                lang,
                f"<div class='intro'>{paras(two[:1])}{paras(KEY_POINTS[lang][1][:1])}</div>",
                two[1:],
            ),
            [*two, KEY_POINTS[lang][1][0]],
            [],
        )
        _, points = KEY_POINTS[lang]
        listed = f"<ul>{paras(points, 'li')}</ul>"
        yield f"summary-keep-{lang}-list-in-story", page(lang, {0: listed}), [*story, *points], []


# -- a call over buttons -----------------------------------------------------------------

BUTTON_CALL = {
    "de": (
        "Hören Sie jeden Artikel vorgelesen, ein Angebot für Mitglieder.",
        ["Mitglied werden", "Anmelden"],
    ),
    "en": (
        "Hear every story read aloud by our narrators, a service for members.",
        ["Join", "Log in"],
    ),
    "fr": (
        "Écoutez chaque article lu à voix haute, un service réservé aux membres.",
        ["Adhérer", "Connexion"],
    ),
    "es": (
        "Escuche cada artículo leído en voz alta, un servicio para miembros.",
        ["Unirse", "Entrar"],
    ),
}


def call_cases() -> Iterator[Case]:
    """A box of one short line over a row of two buttons (a membership's, a login's, an
    audio player's offer) first in the story's container, the line in a span or a p, the
    buttons as links or list items, neutral or named box: line and buttons must go."""
    for lang in LANGS:
        line, labels = BUTTON_CALL[lang]
        for held, shape, name in product(("span", "p"), ("links", "list"), ("x7", "player")):
            links = "".join(f"<a href='/b{i}'>{t}</a>" for i, t in enumerate(labels))
            if shape == "list":
                links = (
                    "<ul>"
                    + "".join(f"<li><a href='/b{i}'>{t}</a></li>" for i, t in enumerate(labels))
                    + "</ul>"
                )
            head = (
                f"<div class='{name}'><div><{held}>{line}</{held}><div>{links}</div></div></div>"
            )
            yield (
                f"call-{lang}-{held}-{shape}-{name}",
                headed_page(lang, head),
                STORY[lang][1],
                [line],
            )


def call_keep_cases() -> Iterator[Case]:
    """Must not fire: the story's first paragraph in a box over two buttons with another
    paragraph, and a short first sentence linking words of its own over two buttons."""
    for lang in LANGS:
        story = STORY[lang][1]
        _, labels = BUTTON_CALL[lang]
        links = "".join(f"<a href='/b{i}'>{t}</a>" for i, t in enumerate(labels))
        two = f"<div class='x7'>{paras(story[:2])}<div>{links}</div></div>"
        yield f"call-keep-{lang}-two", headed_page(lang, two, story[2:]), story, []
        first, rest = story[0], story[1:]
        words = first.split()
        linked = (
            " ".join(words[:3])
            + f" <a href='/s'>{' '.join(words[3:6])}</a> "
            + " ".join(words[6:])
        )
        box = f"<div class='x7'><p>{linked}</p><div>{links}</div></div>"
        yield f"call-keep-{lang}-linked", headed_page(lang, box, rest), story, []


# -- a quotation's paragraphs wrapped inside the quote -----------------------------------

QUOTED = {
    "de": [
        "Wir haben lange gewartet, aber jetzt geht es endlich los.",
        "Die Baustellen werden kurz sein, das verspreche ich.",
    ],
    "en": [
        "We have waited a long time, but now the work can finally start.",
        "The roadworks will be short, I promise you that.",
    ],
    "fr": [
        "Nous avons longtemps attendu, mais les travaux peuvent enfin commencer.",
        "Les chantiers seront courts, je vous le promets.",
    ],
    "es": [
        "Hemos esperado mucho tiempo, pero por fin pueden empezar las obras.",
        "Las obras serán cortas, se lo prometo.",
    ],
}


def classed_page(lang: str, inserts: dict[int, str]) -> str:
    """:func:`page` with the story's paragraphs in a class of their own (a CMS's)."""
    html = page(lang, inserts)
    for line in STORY[lang][1]:
        html = html.replace(f"<p>{line}</p>", f"<p class='paragraph'>{line}</p>")
    return html


def quote_cases() -> Iterator[Case]:
    """A quotation of two paragraphs that a CMS wraps in a ``div`` (or two) inside the
    ``blockquote``, after the story's second paragraph (the story's paragraphs in a class
    of their own, the quote's in none): the quoted lines must stay; the
    same lines under a link inside the quote (an embedded post's card) must go."""
    for lang in LANGS:
        lines = QUOTED[lang]
        inner = paras(lines)
        for depth in (1, 2):
            wrapped = "<div class='q'>" * depth + inner + "</div>" * depth
            yield (
                f"quote-{lang}-div{depth}",
                classed_page(lang, {1: f"<blockquote class='x7'>{wrapped}</blockquote>"}),
                [*STORY[lang][1], *lines],
                [],
            )
        card = f"<blockquote class='embed'><div><a href='https://social.example/p/1'>{inner}</a></div></blockquote>"
        yield f"quote-{lang}-card", classed_page(lang, {1: card}), STORY[lang][1], lines


# -- a picture's caption written inline beside it ---------------------------------------


def _inline_picture(lang: str, depth: int, credit: bool, order: str = "under") -> str:
    """A picture and its caption in ``span`` boxes side by side (opaque classes), *depth*
    levels of ``span`` around the picture, the credit in a box of its own or not; *order*
    ``over`` sets the caption first, ``tail`` writes it straight after the picture."""
    caption, by = CAPTION[lang]
    alt = caption.rstrip(".")
    picture = f"<img src='/p.jpg' alt='{alt}'>"
    for _ in range(depth - 1):
        picture = f"<span class='qzkx'>{picture}</span>"
    line = f"<span class='zzqk'>{caption}</span>" + (f"<span>{by}</span>" if credit else "")
    line = f"<span class='xjqz'>{line}</span>"
    if order == "tail":
        return f"<span class='kqjz'><img src='/p.jpg' alt='{alt}'> {caption}</span>"
    if order == "split":  # the picture's box and the caption's side by side, no box around
        return picture + line
    return f"<span class='kqjz'>{line + picture if order == 'over' else picture + line}</span>"


def inline_caption_cases() -> Iterator[Case]:
    """A picture and its caption in ``span`` boxes side by side, inside a paragraph of
    their own or between paragraphs, or the picture's box and the caption's straight in
    the paragraph: the caption (and its credit) must go."""
    for lang in LANGS:
        caption, by = CAPTION[lang]
        for depth, credit, held in product((1, 2), (False, True), ("p", "between", "p-split")):
            box = _inline_picture(lang, depth, credit, "split" if held == "p-split" else "under")
            if held != "between":
                box = f"<p>{box}</p>"
            yield (
                f"inline-caption-{lang}-{depth}-{'credit' if credit else 'bare'}-{held}",
                page(lang, {1: box}),
                STORY[lang][1],
                [caption, *([by] if credit else [])],
            )


def credit_data_cases() -> Iterator[Case]:
    """A picture and its caption in ``span`` boxes side by side, the caption not telling
    the picture's ``alt`` but closing with the credit the picture's own data states
    (``data-credit``, ``data-mce-source``): the caption and credit must go."""
    for lang, attr, held in product(LANGS, ("data-credit", "data-mce-source"), ("p", "between")):
        caption, by = CAPTION[lang]
        name = by.split(":", 1)[1].strip()
        picture = f"<span class='qzkx'><img src='/p.jpg' alt='x7-{lang}' {attr}='{name}'></span>"
        line = f"<span class='xjqz'><span class='zzqk'>{caption}</span><span>{by}</span></span>"
        box = f"<span class='kqjz'>{picture}{line}</span>"
        if held == "p":
            box = f"<p>{box}</p>"
        yield (
            f"credit-data-{lang}-{attr}-{held}",
            page(lang, {1: box}),
            STORY[lang][1],
            [caption, by],
        )


def credit_data_keep_cases() -> Iterator[Case]:
    """Must not fire: the story's own line in the box beside the picture holding a word
    the picture's data names (a section, one word) or not holding its credit."""
    own = {
        "de": ("Stadtwerke", "Die Stadtwerke zahlen den Zuschuss ab dem ersten April aus."),
        "en": ("district", "The council said the district rates apply from the first of April."),
        "fr": ("subvention", "La ville a précisé que la subvention serait versée en avril."),
        "es": ("ayuntamiento", "El ayuntamiento precisó que la ayuda se pagará en abril."),
    }
    for lang in LANGS:
        word, line = own[lang]
        _, by = CAPTION[lang]
        for attrs in (f"data-section='{word}'", f"data-credit='{by.split(':', 1)[1].strip()}'"):
            picture = f"<span class='qzkx'><img src='/p.jpg' alt='x7' {attrs}></span>"
            box = f"<p><span class='kqjz'>{picture}<span class='xjqz'>{line}</span></span></p>"
            yield (
                f"credit-data-keep-{lang}-{attrs[5:12]}",
                page(lang, {1: box}),
                [*STORY[lang][1], line],
                [],
            )


def inline_caption_keep_cases() -> Iterator[Case]:
    """Must not fire: the story's own line in the box beside the picture (not telling its
    ``alt``), a line telling it written straight after the picture, one over it, one
    written into the paragraph after a picture floated beside it."""
    own = {
        "de": "Der Zuschuss wird ab dem ersten April ausgezahlt, teilte die Stadt mit.",
        "en": "The council said the new rates apply from the first of April onwards.",
        "fr": "La ville a précisé que la subvention serait versée à partir du premier avril.",
        "es": "El ayuntamiento precisó que la ayuda se pagará a partir del uno de abril.",
    }
    for lang in LANGS:
        caption, _ = CAPTION[lang]
        box = _inline_picture(lang, 2, False).replace(caption, own[lang])
        yield (
            f"inline-caption-keep-{lang}-own",
            page(lang, {1: f"<p>{box}</p>"}),
            [*STORY[lang][1], own[lang]],
            [],
        )
        for order in ("tail", "over"):
            box = f"<p>{_inline_picture(lang, 2, False, order)}</p>"
            yield (
                f"inline-caption-keep-{lang}-{order}",
                page(lang, {1: box}),
                [*STORY[lang][1], caption],
                [],
            )
        # a sentence written into the paragraph after a picture floated beside it (its
        # lazy-load copy in ``noscript`` between), telling the ``alt``
        alt = caption.rstrip(".")
        for picture in (
            f"<img src='/p.jpg' alt='{alt}'><noscript><img src='/p.jpg' alt='{alt}'></noscript>",
            f"<span class='qzkx'><img src='/p.jpg' alt='{alt}'></span>",
        ):
            yield (
                f"inline-caption-keep-{lang}-floated-{picture[1:5]}",
                page(lang, {1: f"<p>{picture}{caption}</p>"}),
                [*STORY[lang][1], caption],
                [],
            )


# -- the page's title group -------------------------------------------------------------

STANDFIRST = {
    "de": "Nach langem Streit im Rathaus steht fest, wo die neuen Leitungen verlegt werden und wer dafür zahlt.",
    "en": "After a long row at the town hall it is settled where the new pipes go and who pays for them.",
    "fr": "Après un long débat à la mairie, on sait désormais où passeront les canalisations et qui paiera.",
    "es": "Tras un largo debate en el ayuntamiento ya se sabe por dónde irán las tuberías y quién las pagará.",
}
KICKER = {"de": "Energie", "en": "Energy", "fr": "Énergie", "es": "Energía"}
STAMP = {
    "de": "Veröffentlicht am 5. März 2024, 14:26 Uhr, Karin Vogt",
    "en": "Published 5 March 2024, 14:26, Karin Vogt",
    "fr": "Publié le 5 mars 2024 à 14h26, Karin Vogt",
    "es": "Publicado el 5 de marzo de 2024, 14:26, Karin Vogt",
}


def grouped_page(lang: str, head: str, lines: list[str], after: str = "") -> str:
    """The story's page in plain boxes: *head* then the story's *lines* in one ``div``
    (the container), *after* the lines."""
    headline, _ = STORY[lang]
    body = (
        f"<div class='q1'>{nav(lang)}</div><div class='q3'><div class='b2'>{head}"
        f"{paras(lines)}{after}</div></div>{foot(lang)}"
    )
    return shell(body, headline, lang)


def title_group_cases() -> Iterator[Case]:
    """The page's ``hgroup`` (kicker, ``h1``, standfirst) inside the story's container, a
    stamp line under it or not: kicker, standfirst and stamp must go."""
    for lang in LANGS:
        headline, lines = STORY[lang]
        group = (
            f"<hgroup><p>{KICKER[lang]}</p><h1>{headline}</h1><p>{STANDFIRST[lang]}</p></hgroup>"
        )
        for stamped in (False, True):
            head = group + (f"<div class='k6'>{STAMP[lang]}</div>" if stamped else "")
            yield (
                f"title-group-{lang}-{'stamp' if stamped else 'bare'}",
                grouped_page(lang, head, lines),
                lines,
                [STANDFIRST[lang], *([STAMP[lang]] if stamped else [])],
            )


def title_group_keep_cases() -> Iterator[Case]:
    """Must not fire: an ``hgroup`` of a subheading and its tagline inside the story (no
    ``h1``); the story's first paragraphs inside the ``h1``'s ``hgroup``."""
    for lang in LANGS:
        headline, lines = STORY[lang]
        sub = f"<hgroup><h2>{KICKER[lang]}</h2><p>{STANDFIRST[lang]}</p></hgroup>"
        html = grouped_page(lang, f"<h1>{headline}</h1>", lines[:3], sub + paras(lines[3:]))
        yield f"title-group-keep-{lang}-sub", html, [*lines, STANDFIRST[lang]], []
        head = f"<hgroup><h1>{headline}</h1>{paras(lines[:4])}</hgroup>"
        yield f"title-group-keep-{lang}-story", grouped_page(lang, head, lines[4:]), lines, []


#: A headline of two words, which a subheading of the story may say too
#: (:func:`headline_box_keep_cases`).
SHORT_HEADLINE = {
    "de": "Die Entscheidung",
    "en": "The decision",
    "fr": "La décision",
    "es": "La decisión",
}


def headline_box_cases() -> Iterator[Case]:
    """The page's headline as the title of a box inside the story's container, after its
    second or its last paragraph: the title must go."""
    for lang, (where, build), name in product(LANGS, product((1, 5), range(4)), NAMES[:2]):
        headline, lines = STORY[lang]
        if build == 0:  # an audio player: a linked picture, then its title
            box = (
                f"<div class='{name}'><div><a href='javascript:void(0)' title='Audio'>"
                f"<img src='/media/{where}.jpg' alt=''></a></div><h2>{headline}</h2></div>"
            )
        elif build == 1:  # a card: the title in a box of its own
            box = f"<div class='{name}'><p>{headline}</p></div>"
        elif build == 2:  # a line in the story's own element
            box = f"<p>{headline}</p>"
        else:  # a list of the day's news, opening with the page's story
            box = f"<div class='{name}'><p>&gt; {headline}</p><p>&gt; {SHORT_HEADLINE[lang]}</p></div>"
        yield (
            f"headline-box-{lang}-{where}-{build}-{name}",
            page(lang, {where: box}),
            lines,
            [headline],
        )


def headline_box_keep_cases() -> Iterator[Case]:
    """Must not fire: a sentence saying the headline and more, after the story's second
    paragraph; a two-word headline said again by a subheading of the story."""
    for lang in LANGS:
        headline, lines = STORY[lang]
        quoting = f"{headline}: {lines[2][0].lower()}{lines[2][1:]}"
        html = page(lang, {1: f"<p>{quoting}</p>"})
        yield f"headline-box-keep-{lang}-sentence", html, [*lines, quoting], []
        short = SHORT_HEADLINE[lang]
        html = page(lang, {2: f"<h2>{short}</h2>"}).replace(f">{headline}<", f">{short}<")
        yield f"headline-box-keep-{lang}-short", html, [*lines, short], []


#: A title over a run of links, in the page's language (:func:`link_run_title_cases`).
RUN_TITLE = {
    "de": ("Mehr zum Thema:", "Weiterlesen", "Von"),
    "en": ("More on this topic:", "Read more", "By"),
    "fr": ("À lire aussi :", "Lire la suite", "Par"),
    "es": ("Más sobre este tema:", "Leer más", "Por"),
}


def link_run(lang: str, build: int) -> str:
    """A run of three links to other stories: list items, paragraphs, or cards."""
    _, more, by = RUN_TITLE[lang]
    heads = [STORY[other][0] for other in LANGS if other != lang]
    links = [f"<a href='/news/2024/0{i + 1}/story-{i}.html'>{h}</a>" for i, h in enumerate(heads)]
    if build == 0:
        return "<ul>" + "".join(f"<li>{a}</li>" for a in links) + "</ul>"
    if build == 1:
        return "".join(f"<p>{a}</p>" for a in links)
    return "".join(
        f"<div class='k{i}'><div>{more}</div>{a}<p>{by} <a href='/autor/{i}'>Karin Vogt</a></p></div>"
        for i, a in enumerate(links)
    )


def link_run_title_cases() -> Iterator[Case]:
    """A paragraph ending with a colon over a run of links left out, after the story's
    second or last paragraph: the title must go."""
    for lang, where, build in product(LANGS, (1, 5), range(3)):
        _, lines = STORY[lang]
        title = RUN_TITLE[lang][0]
        html = page(lang, {where: f"<p>{title}</p>{link_run(lang, build)}"})
        yield f"link-run-title-{lang}-{where}-{build}", html, lines, [title]


def link_run_title_keep_cases() -> Iterator[Case]:
    """Must not fire: the line over one link with the story after it, over pictures and
    then a run of links, over a list of the story's own."""
    for lang in LANGS:
        _, lines = STORY[lang]
        title = RUN_TITLE[lang][0]
        one = f"<p>{title}</p><p><a href='https://www.example.org/report.pdf'>{STORY[lang][0]}</a></p>"
        yield f"link-run-title-keep-{lang}-one", page(lang, {1: one}), [*lines, title], []
        pictures = f"<p>{title}</p><div><img src='/a.jpg' alt=''><img src='/b.jpg' alt=''></div>"
        html = page(lang, {5: pictures + link_run(lang, 1)})
        yield f"link-run-title-keep-{lang}-pictures", html, [*lines, title], []
        items = [line.split(",")[0] for line in lines[2:5]]
        own = f"<p>{title}</p><ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>"
        yield f"link-run-title-keep-{lang}-list", page(lang, {1: own}), [*lines, title, *items], []


#: Credits naming who contributed to the report (:func:`credit_line_cases`), and
#: story sentences that say such words (:func:`credit_line_keep_cases`).
CREDITS = {
    "de": ["mit dpa", "mit Material von dpa/AFP"],
    "en": [
        "Karin Vogt and Tom Reid contributed to this report.",
        "Additional reporting by Karin Vogt",
        "Associated Press writers Karin Vogt and Tom Reid contributed reporting.",
    ],
}
CREDIT_KEEP = {
    "de": "Mit dem Bau soll im Frühjahr begonnen werden.",
    "en": "Three universities contributed to the report the utility published.",
}


def credit_line_cases() -> Iterator[Case]:
    """A contributors' credit after the story's last paragraph: it must go."""
    for lang, credits in CREDITS.items():
        _, lines = STORY[lang]
        for i, credit in enumerate(credits):
            for build in (
                f"<p>{credit}</p>",
                f"<p><em>{credit}</em></p>",
                f"<div class='x7'>{credit}</div>",
            ):
                yield (
                    f"credit-line-{lang}-{i}-{build[1:2]}{build[4:6]}",
                    page(lang, {5: build}),
                    lines,
                    [credit],
                )


def credit_line_keep_cases() -> Iterator[Case]:
    """Must not fire: the story's last sentence about another report's contributors, or
    one opening with "Mit"."""
    for lang, line in CREDIT_KEEP.items():
        _, lines = STORY[lang]
        yield f"credit-line-keep-{lang}", page(lang, {5: f"<p>{line}</p>"}), [*lines, line], []


#: A link's note for screen readers only, in each language of :data:`STORY`.
HIDDEN_NOTE = {
    "de": "(öffnet im neuen Fenster)",
    "en": "(opens in a new window)",
    "fr": "(s'ouvre dans une nouvelle fenêtre)",
    "es": "(se abre en una nueva ventana)",
}
#: How a note is hidden: a class or an inline style, as the span's attribute.
HIDDEN_BUILDS = [
    "class='sr-only'",
    "class='visually-hidden'",
    "class='screen-reader-text'",
    "class='u-visually-hidden'",
    "class='x-vh'",
    "style='position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap'",
    "style='clip-path: inset(50%); position: absolute'",
    "style='position:absolute;width:1px;height:1px;margin:-1px;overflow:hidden'",
]
#: Spans that show the link's words: names holding the letters, clips that show.
SHOWN_BUILDS = [
    "class='sr-only-focusable'",
    "class='offscreen-link'",
    "class='vh-label'",
    "style='position:absolute;clip:rect(0px, 640px, 80px, 0px)'",
    "style='overflow:hidden;clip-path: inset(0 0 0 0)'",
    "style='width:1px;overflow:visible'",
]


def _linked(line: str, inner: str) -> str:
    """*line* with its third and fourth words in a link, *inner* (markup with ``{}`` for
    the link's words) inside the link."""
    words = line.split(" ")
    link = inner.format(" ".join(words[2:4]))
    return f"{' '.join(words[:2])} <a href='/projekt/{len(line)}'>{link}</a> {' '.join(words[4:])}"


def _linked_page(lang: str, inner: str) -> str:
    html = page(lang, {})
    for i, line in enumerate(STORY[lang][1]):
        if i % 2:
            html = html.replace(f"<p>{line}</p>", f"<p>{_linked(line, inner)}</p>")
    return html


def hidden_note_cases() -> Iterator[Case]:
    """Links in the story holding a note for screen readers only: the notes must go."""
    for lang, note in HIDDEN_NOTE.items():
        _, lines = STORY[lang]
        for i, attr in enumerate(HIDDEN_BUILDS):
            inner = "{}" + f"<span {attr}> {note}</span>"
            yield f"hidden-note-{lang}-{i}", _linked_page(lang, inner), lines, [note]


def hidden_note_keep_cases() -> Iterator[Case]:
    """Must not fire: the link's own words in a span whose name holds the letters only or
    whose clip shows it."""
    for lang in HIDDEN_NOTE:
        _, lines = STORY[lang]
        for i, attr in enumerate(SHOWN_BUILDS):
            yield (
                f"hidden-note-keep-{lang}-{i}",
                _linked_page(lang, f"<span {attr}>{{}}</span>"),
                lines,
                [],
            )


#: A box of teaser cards (:func:`card_kicker_cases`): its title, and each card's kicker
#: and line.
CARDS = {
    "de": (
        "Meistgelesen",
        [
            ("SKANDAL", "Minister tritt nach Affäre zurück"),
            ("ZEITREISE", "Forscher finden alte Karte"),
            ("HITZE", "Rekordsommer in der Stadt"),
        ],
    ),
    "en": (
        "Most read in news",
        [
            ("RANDY ANDY", "Prince parties in unearthed pictures"),
            ("TIME TRAVELLER", "Theorists spot a face in old photo"),
            ("EYE POPPING", "Record heat in the city"),
        ],
    ),
    "fr": (
        "Les plus lus",
        [
            ("SCANDALE", "Le ministre démissionne après l'affaire"),
            ("VOYAGE", "Des chercheurs trouvent une carte"),
            ("CANICULE", "Été record en ville"),
        ],
    ),
    "es": (
        "Lo más leído",
        [
            ("ESCÁNDALO", "Dimite el ministro tras el caso"),
            ("VIAJE", "Hallan un mapa antiguo"),
            ("CALOR", "Verano récord en la ciudad"),
        ],
    ),
}


def _cards(lang: str, heading: str, overlay: bool) -> str:
    title, cards = CARDS[lang]
    out = []
    for n, (kicker, line) in enumerate(cards):
        href = f"/news/{n + 1}0452/other-story-{n}/"
        cover = f"<a href='{href}' class='o'></a>" if overlay else ""
        out.append(
            f"<div class='c'><div class='p'><a href='{href}'><img src='/t{n}.jpg' alt=''></a></div>"
            f"<div class='t'><{heading}>{kicker}</{heading}><span>{line}</span></div>{cover}</div>"
        )
    return f"<div class='x7'><div><h3>{title}</h3></div><div class='r'>{''.join(out)}</div></div>"


def card_kicker_cases() -> Iterator[Case]:
    """A box of teaser cards inside the story's container, each a picture linking another
    story, a kicker set as a heading and a line, the card covered by an empty link or
    not: the box's title, the kickers and the lines must go."""
    for lang, heading, overlay, at in product(LANGS, ("h3", "h4"), (True, False), (1, 5)):
        title, cards = CARDS[lang]
        drop = [title, *(k for k, _ in cards), *(line for _, line in cards)]
        html = page(lang, {at: _cards(lang, heading, overlay)})
        yield (
            f"card-kicker-{lang}-{heading}-{'cover' if overlay else 'bare'}-at{at}",
            html,
            STORY[lang][1],
            drop,
        )


def card_kicker_keep_cases() -> Iterator[Case]:
    """Must not fire: the story's subheading beside its picture, the picture linked to
    its full size, to the page itself or not linked, the story going on under it; a
    list article whose items (a heading, a picture linking a shop, a short line) are most
    of the story."""
    for lang in LANGS:
        headline, lines = STORY[lang]
        sub = headline.split(" ")[0] + " " + CARDS[lang][1][0][1]
        for name, link in (("file", "/p-large.jpg"), ("self", "#top"), ("none", None)):
            picture = "<img src='/p.jpg' alt=''>"
            if link:
                picture = f"<a href='{link}'>{picture}</a>"
            box = f"<div class='x7'><div class='p'>{picture}</div><h3>{sub}</h3></div>"
            yield f"card-kicker-keep-{lang}-{name}", page(lang, {2: box}), [*lines, sub], []
        # a list article: its items, each a heading, a picture linking a shop and a short
        # line, are most of the story
        items = [(k.title(), line) for k, line in CARDS[lang][1]] + [
            (headline.split(" ")[0], lines[0].split(",")[0])
        ]
        listed = "".join(
            f"<div class='i'><h2>{head}</h2><a href='https://shop.example.com/p/{n}'>"
            f"<img src='/s{n}.jpg' alt=''></a><p class='d'>{line}</p></div>"
            for n, (head, line) in enumerate(items)
        )
        html = page(lang, {0: listed}).replace("".join(f"<p>{line}</p>" for line in lines[1:]), "")
        keep = [lines[0], *(h for h, _ in items), *(line for _, line in items)]
        yield f"card-kicker-keep-{lang}-list-article", html, keep, []


CLASSES: dict[str, Callable[[], Iterator[Case]]] = {
    "inbody": inbody_cases,
    "inbody-mixed": mixed_cases,
    "inbody-keep": keep_cases,
    "summary-box": summary_cases,
    "summary-box-keep": summary_keep_cases,
    "call-buttons": call_cases,
    "call-buttons-keep": call_keep_cases,
    "quote-wrapped": quote_cases,
    "inline-caption": inline_caption_cases,
    "inline-caption-keep": inline_caption_keep_cases,
    "title-group": title_group_cases,
    "title-group-keep": title_group_keep_cases,
    "headline-box": headline_box_cases,
    "headline-box-keep": headline_box_keep_cases,
    "link-run-title": link_run_title_cases,
    "link-run-title-keep": link_run_title_keep_cases,
    "credit-line": credit_line_cases,
    "credit-line-keep": credit_line_keep_cases,
    "hidden-note": hidden_note_cases,
    "hidden-note-keep": hidden_note_keep_cases,
    "credit-data": credit_data_cases,
    "credit-data-keep": credit_data_keep_cases,
    "card-kicker": card_kicker_cases,
    "card-kicker-keep": card_kicker_keep_cases,
}
