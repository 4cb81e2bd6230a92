# ruff: noqa: E501  (page markup and sentences read better unbroken)
"""Red-team pages built by page builders and CMS block editors (issue 9), for ``redteam.py``.

Blogs and institutional sites are often laid out by a page builder or a block editor,
where the story's paragraphs do not sit as siblings in one container: each heading,
paragraph and picture is a module of its own, wrapped in a chain of layout elements
(section > row > column > module > inner), and a widget column (recent posts,
categories, a newsletter form, a tag cloud) is built from the same modules beside it.
Each class here builds such pages in three languages, several lengths and nesting
depths, with class names in several variants (so that nothing keys on one builder's
names), and says which story lines must stay and which boilerplate lines must go:

- builder-modules: every paragraph its own module (Elementor-, WPBakery-, Divi-shaped
  wrapper chains), story and widget column in one row;
- builder-split: a story cut into several text modules (one to three paragraphs each)
  separated by picture, quote and embed modules, in sections of their own;
- builder-single: the whole story (two to six paragraphs) in one text module;
- block-groups: a block editor's groups and columns (``wp-block-group``,
  ``wp-block-columns``) among the story's own paragraphs;
- two-column: a wide story column beside a widget column (Bootstrap grid or named
  columns), the story's paragraphs in cards or plain;
- institutional: a page of ``<section>`` per topic with h2s, accordions (``<details>``)
  and a contact box beside it;
- field-wrappers: a CMS's field wrappers (``field--name-body > field__item``) and
  paragraph entities, each holding one or two of the story's paragraphs;
- builder-teasers (must not fire): a builder page with a grid of other posts (title,
  excerpt, link) under the story; the excerpts must stay out of the body;
- builder-notfire (must not fire): one to three prose boxes named like widgets (a
  newsletter, a donation call, a membership offer; with a form or not) right under the
  headline, before a story of two to five paragraphs in a plain container, and a widget
  column beside it: the boxes stay out;
- section-rows: a story cut into sections by rows of ads, each section a layout row >
  column > wrapper(s) > named text container (its first one with a modifier of its
  own), the first section longest, an ad column beside the later ones or not;
- section-rows-notfire (must not fire): rows built like the sections after the story,
  holding the named container all the same: a teaser (a linked heading over an excerpt),
  the next story in rows built alike (its ``h1`` in its first row) or in an ``article``;
- section-rows-opaque, section-rows-opaque-notfire: those two classes' pages with every
  class word and id made an opaque token (``bench/body_bare.py``'s ``opaque``): the
  rows and boxes repeat their classes, no word names a body;
- side-teaser-rows: a story cut by ad rows into rows each of the story's column beside a
  side box (headlines in the first, teasers as ``article`` elements in the later ones):
  every section is the story's;
- side-teaser-rows-notfire (must not fire): the later rows' teasers in a column classed
  otherwise than the first row's side box: those rows are others', their text stays out;
- side-teaser-rows-opaque, side-teaser-rows-opaque-notfire: the same, class words opaque;
- read-all: the story's first one to three paragraphs (``div``s classed as the story's
  paragraphs, the first with a modifier) beside the wrapper holding the rest, an embed or
  an empty ad list between them or not;
- read-all-notfire (must not fire): after that wrapper, a teaser's excerpt classed
  otherwise, and past a box of links a paragraph classed as the story's (the next
  story's first).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from itertools import product

Case = tuple[str, str, list[str], list[str]]  # name, html, must keep, must drop

LANGS = ("de", "en", "fr")

STORY = {
    "de": (
        "Wie unser Verein den Stadtpark in einem Sommer neu bepflanzt hat",
        [
            "Im vergangenen Frühjahr haben sich mehr als sechzig Mitglieder unseres Vereins "
            "vorgenommen, die verwilderten Beete im Stadtpark wieder in einen Garten zu verwandeln.",
            "Die Stadt stellte uns die Flächen kostenlos zur Verfügung, verlangte aber einen Plan, "
            "wie die Beete auch in den kommenden Jahren gepflegt werden sollen.",
            "Wir haben uns für heimische Stauden entschieden, weil sie wenig Wasser brauchen, "
            "Insekten Nahrung bieten und auch trockene Sommer ohne Schaden überstehen.",
            "Jeden Samstag trafen sich zwischen zehn und zwanzig Freiwillige, um Unkraut zu jäten, "
            "Erde aufzufüllen und die jungen Pflanzen nach dem Plan der Gärtnerin zu setzen.",
            "Die Kinder der benachbarten Grundschule haben ein eigenes Beet bekommen, auf dem sie "
            "Kräuter, Sonnenblumen und Kürbisse ziehen und jede Woche ihre Beobachtungen notieren.",
            "Schwierig war vor allem der Juli, als es drei Wochen lang nicht regnete und wir das "
            "Wasser in Kanistern aus dem Gemeindehaus zum Park tragen mussten.",
            "Ein Gartenbaubetrieb aus dem Nachbarort hat uns Werkzeug geliehen und zwei Fachleute "
            "geschickt, die uns gezeigt haben, wie man Stauden richtig teilt und verpflanzt.",
            "Im September kamen fast vierhundert Gäste zum Erntefest, bei dem die Kinder ihre "
            "Kürbisse verkauften und der Erlös an die Schulbibliothek ging.",
            "Für das nächste Jahr planen wir eine Blumenwiese am Teich und suchen dafür noch "
            "Paten, die eine Fläche von einigen Quadratmetern übernehmen möchten.",
            "Wer mitmachen möchte, ist herzlich eingeladen: Wir treffen uns weiterhin jeden "
            "Samstagvormittag am Eingang beim alten Musikpavillon, Handschuhe bringen wir mit.",
        ],
    ),
    "en": (
        "How our association replanted the town park in a single summer",
        [
            "Last spring more than sixty members of our association set out to turn the "
            "overgrown flower beds of the town park back into a garden that people would visit.",
            "The council let us use the beds free of charge, but it asked for a plan showing how "
            "they would be looked after in the years to come, not only this summer.",
            "We chose native perennials because they need little water, feed bees and butterflies, "
            "and survive dry summers without much harm, which matters more every year.",
            "Every Saturday between ten and twenty volunteers came to pull weeds, bring in fresh "
            "soil and set out the young plants following the gardener's careful plan.",
            "The children of the primary school next door were given a bed of their own, where "
            "they grow herbs, sunflowers and pumpkins and write down what they see each week.",
            "July was the hardest month: it did not rain for three weeks, and we carried water in "
            "canisters from the parish hall to the park every single evening.",
            "A nursery from the next village lent us tools and sent two of its gardeners, who "
            "showed us how to divide and move perennials without losing a season.",
            "In September almost four hundred guests came to the harvest fair, where the children "
            "sold their pumpkins and the money went to the school library.",
            "Next year we plan a wildflower meadow by the pond, and we are still looking for "
            "sponsors willing to take care of a few square metres of it each.",
            "Anyone who wants to join is welcome: we still meet every Saturday morning at the "
            "entrance by the old bandstand, and we bring the gloves for everyone.",
        ],
    ),
    "fr": (
        "Comment notre association a replanté le parc municipal en un seul été",
        [
            "Au printemps dernier, plus de soixante membres de notre association ont décidé de "
            "transformer les massifs abandonnés du parc municipal en un vrai jardin.",
            "La mairie nous a confié les parcelles gratuitement, mais elle a demandé un plan "
            "expliquant comment elles seraient entretenues pendant les années suivantes.",
            "Nous avons choisi des vivaces locales, parce qu'elles demandent peu d'eau, nourrissent "
            "les insectes et supportent les étés secs sans trop de dommages.",
            "Chaque samedi, entre dix et vingt bénévoles venaient désherber, apporter de la terre "
            "et planter les jeunes pousses en suivant le plan de la jardinière.",
            "Les enfants de l'école primaire voisine ont reçu leur propre massif, où ils cultivent "
            "des herbes, des tournesols et des citrouilles et notent leurs observations.",
            "Le mois de juillet a été le plus difficile : il n'a pas plu pendant trois semaines et "
            "nous avons porté l'eau dans des bidons depuis la salle paroissiale.",
            "Une pépinière du village voisin nous a prêté des outils et envoyé deux jardiniers, "
            "qui nous ont montré comment diviser et replanter les vivaces.",
            "En septembre, près de quatre cents visiteurs sont venus à la fête des récoltes, où "
            "les enfants ont vendu leurs citrouilles au profit de la bibliothèque.",
            "L'an prochain, nous prévoyons une prairie fleurie près de l'étang et cherchons encore "
            "des parrains prêts à s'occuper de quelques mètres carrés chacun.",
            "Toute personne qui souhaite participer est la bienvenue : nous nous retrouvons chaque "
            "samedi matin à l'entrée près du vieux kiosque à musique.",
        ],
    ),
}

#: Subheadings a story may carry between its paragraphs.
SUBHEADS = {
    "de": ["Der Plan", "Die Arbeit", "Wie es weitergeht"],
    "en": ["The plan", "The work", "What comes next"],
    "fr": ["Le projet", "Le travail", "La suite"],
}
QUOTE = {
    "de": "„Ein Garten ist nie fertig, und genau das macht ihn zu einem Ort für alle.“",
    "en": "“A garden is never finished, and that is exactly what makes it a place for everyone.”",
    "fr": "« Un jardin n'est jamais fini, et c'est ce qui en fait un lieu pour tous. »",
}
NAV = {
    "de": ["Startseite", "Über uns", "Projekte", "Termine", "Blog", "Kontakt"],
    "en": ["Home", "About us", "Projects", "Events", "Blog", "Contact"],
    "fr": ["Accueil", "Qui sommes-nous", "Projets", "Agenda", "Blog", "Contact"],
}
#: Titles of other posts (recent posts widget, teaser grid).
OTHERS = {
    "de": [
        "Rückblick auf das Frühlingsfest am Teich",
        "Zehn Tipps für einen insektenfreundlichen Balkon",
        "Neue Obstbäume für die Streuobstwiese gepflanzt",
        "Jahreshauptversammlung wählt neuen Vorstand",
        "Warum wir im Herbst keine Blätter mehr wegräumen",
        "Der Schulgarten bekommt ein Gewächshaus",
    ],
    "en": [
        "Looking back at the spring fair by the pond",
        "Ten tips for a balcony that bees will love",
        "New fruit trees planted in the old orchard",
        "Annual meeting elects a new board",
        "Why we no longer rake leaves in autumn",
        "The school garden gets a greenhouse",
    ],
    "fr": [
        "Retour sur la fête du printemps au bord de l'étang",
        "Dix conseils pour un balcon qui plaît aux abeilles",
        "De nouveaux arbres fruitiers plantés dans le verger",
        "L'assemblée générale élit un nouveau bureau",
        "Pourquoi nous ne ramassons plus les feuilles en automne",
        "Le jardin de l'école reçoit une serre",
    ],
}
#: One-sentence excerpts of the other posts, as a teaser grid shows them.
EXCERPTS = {
    "de": [
        "Bei strahlendem Wetter kamen am Sonntag viele Familien zum Teich, um mit uns den "
        "Frühling zu feiern und die ersten Blüten zu bestaunen.",
        "Schon wenige Töpfe mit den richtigen Pflanzen machen aus einem kleinen Balkon eine "
        "Tankstelle für Wildbienen, Hummeln und Schmetterlinge.",
        "Zwölf alte Sorten haben wir auf der Wiese hinter dem Friedhof gesetzt, dank einer "
        "Spende der örtlichen Sparkasse und vieler fleißiger Hände.",
    ],
    "en": [
        "In bright sunshine many families came to the pond on Sunday to celebrate spring with "
        "us and to admire the first blossoms of the year.",
        "Just a few pots with the right plants turn a small balcony into a filling station for "
        "wild bees, bumblebees and butterflies all summer long.",
        "We planted twelve old varieties in the meadow behind the cemetery, thanks to a gift "
        "from the local savings bank and many willing hands.",
    ],
    "fr": [
        "Sous un grand soleil, de nombreuses familles sont venues dimanche au bord de l'étang "
        "pour fêter le printemps avec nous et admirer les premières fleurs.",
        "Quelques pots avec les bonnes plantes suffisent pour faire d'un petit balcon une "
        "station-service pour les abeilles sauvages et les papillons.",
        "Nous avons planté douze variétés anciennes dans le pré derrière le cimetière, grâce à "
        "un don de la caisse d'épargne locale et à de nombreux bénévoles.",
    ],
}
CATEGORIES = {
    "de": ["Gartenpraxis", "Vereinsleben", "Naturschutz", "Veranstaltungen"],
    "en": ["Gardening", "Club life", "Nature", "Events"],
    "fr": ["Jardinage", "Vie associative", "Nature", "Événements"],
}
TAGS = {
    "de": ["Stauden", "Ehrenamt", "Schulgarten", "Wildbienen", "Kompost", "Teich"],
    "en": ["perennials", "volunteering", "school garden", "wild bees", "compost", "pond"],
    "fr": ["vivaces", "bénévolat", "jardin scolaire", "abeilles", "compost", "étang"],
}
NEWSLETTER = {
    "de": (
        "Newsletter",
        "Melden Sie sich für unseren Newsletter an und erfahren Sie einmal im Monat, welche "
        "Termine, Pflanzaktionen und Vorträge in unserem Verein anstehen.",
        "Abonnieren",
    ),
    "en": (
        "Newsletter",
        "Sign up for our newsletter and find out once a month which dates, planting days and "
        "talks are coming up at our association, with no spam ever.",
        "Subscribe",
    ),
    "fr": (
        "Lettre d'information",
        "Inscrivez-vous à notre lettre d'information pour savoir chaque mois quelles dates, "
        "journées de plantation et conférences sont prévues dans notre association.",
        "S'abonner",
    ),
}
ABOUT = {
    "de": "Der Gartenverein Musterstadt e. V. pflegt seit 1987 öffentliche Grünflächen, "
    "betreut Schulgärten und setzt sich für mehr Artenvielfalt in der Stadt ein.",
    "en": "The Townsville Garden Association has looked after public green spaces since 1987, "
    "runs school gardens and works for more wildlife in the town.",
    "fr": "L'association des jardins de Villeneuve entretient depuis 1987 les espaces verts "
    "publics, anime des jardins scolaires et œuvre pour la biodiversité en ville.",
}
COOKIE = {
    "de": "Diese Website verwendet Cookies, um Ihnen das beste Erlebnis zu bieten.",
    "en": "This website uses cookies to give you the best experience on our site.",
    "fr": "Ce site utilise des cookies pour vous offrir la meilleure expérience possible.",
}
COPYRIGHT = {
    "de": "© 2024 Gartenverein Musterstadt e. V. Alle Rechte vorbehalten.",
    "en": "© 2024 Townsville Garden Association. All rights reserved.",
    "fr": "© 2024 Association des jardins de Villeneuve. Tous droits réservés.",
}
CONTACT = {
    "de": (
        "Kontakt",
        "Gartenverein Musterstadt e. V., Lindenweg 12, 12345 Musterstadt",
        "Telefon 0123 456789, Sprechzeiten dienstags und donnerstags von 9 bis 12 Uhr",
    ),
    "en": (
        "Contact",
        "Townsville Garden Association, 12 Linden Lane, Townsville TS1 2AB",
        "Telephone 0123 456789, office hours Tuesdays and Thursdays from 9 am to noon",
    ),
    "fr": (
        "Contact",
        "Association des jardins de Villeneuve, 12 allée des Tilleuls, 75000 Villeneuve",
        "Téléphone 01 23 45 67 89, permanence le mardi et le jeudi de 9 h à 12 h",
    ),
}
MORE = {"de": "Weiterlesen", "en": "Read more", "fr": "Lire la suite"}

#: Class-name schemes of page builders, each in variants (the builder's own names, a
#: renamed copy, neutral names): section, row/container, column, module, module's inner,
#: and the wrapper (or none) between a column and its modules.
SCHEMES = {
    "elementor": [
        (
            "elementor-section elementor-top-section",
            "elementor-container",
            "elementor-column elementor-col-{w}",
            "elementor-widget elementor-widget-{kind}",
            "elementor-widget-container",
            "elementor-widget-wrap",
        ),
        (
            "e-con e-parent",
            "e-con-inner",
            "e-con e-child e-col-{w}",
            "e-widget e-widget-{kind}",
            "e-widget-container",
            "",
        ),
        (
            "blk-section",
            "blk-container",
            "blk-col blk-col-{w}",
            "blk-widget blk-{kind}",
            "blk-widget-inner",
            "blk-widgets",
        ),
    ],
    "vc": [
        (
            "vc_section",
            "vc_row wpb_row vc_row-fluid",
            "wpb_column vc_column_container vc_col-sm-{w}",
            "wpb_{kind}_column wpb_content_element",
            "wpb_wrapper",
            "vc_column-inner",
        ),
        ("x-section", "x-row", "x-col x-col-{w}", "x-module x-{kind}", "x-wrapper", ""),
    ],
    "divi": [
        (
            "et_pb_section et_section_regular",
            "et_pb_row",
            "et_pb_column et_pb_column_{w}",
            "et_pb_module et_pb_{kind}",
            "et_pb_text_inner",
            "",
        ),
        (
            "fl-row",
            "fl-row-content-wrap",
            "fl-col fl-col-{w}",
            "fl-module fl-module-{kind}",
            "fl-module-content",
            "fl-col-content",
        ),
        ("s1", "s2", "s3 w{w}", "s4 {kind}", "s5", ""),
    ],
}


def paras(lines: list[str], tag: str = "p") -> str:
    return "".join(f"<{tag}>{line}</{tag}>" for line in lines)


def nav(lang: str) -> str:
    items = "".join(f"<li><a href='/{i}/'>{w}</a></li>" for i, w in enumerate(NAV[lang]))
    return f"<header class='site-header'><nav><ul>{items}</ul></nav></header>"


def foot(lang: str, tag: str = "footer") -> str:
    links = "".join(f"<li><a href='/f{i}'>{w}</a></li>" for i, w in enumerate(NAV[lang]))
    return (
        f"<{tag} class='site-footer'><div class='about'><p>{ABOUT[lang]}</p></div>"
        f"<ul>{links}</ul><p>{COPYRIGHT[lang]}</p></{tag}>"
    )


def cookie(lang: str) -> str:
    return f"<div class='cookie-line'><p>{COOKIE[lang]} <a href='/privacy'>OK</a></p></div>"


def shell(body: str, title: str, lang: str) -> str:
    return (
        f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'>"
        f"<title>{title}</title></head><body>{body}</body></html>"
    )


def widgets(lang: str, wrap: Callable[[str, str], str]) -> tuple[str, list[str]]:
    """A widget column's widgets (recent posts, categories, newsletter, tag cloud), each
    wrapped by *wrap(kind, html)*, and the lines that must stay out of the body."""
    recent = "".join(f"<li><a href='/p/{i}'>{t}</a></li>" for i, t in enumerate(OTHERS[lang][:4]))
    cats = "".join(
        f"<li><a href='/c/{i}'>{c}</a> (12)</li>" for i, c in enumerate(CATEGORIES[lang])
    )
    head, blurb, button = NEWSLETTER[lang]
    cloud = " ".join(f"<a href='/t/{i}'>{t}</a>" for i, t in enumerate(TAGS[lang]))
    parts = [
        wrap("recent", f"<h3>{NAV[lang][4]}</h3><ul>{recent}</ul>"),
        wrap("categories", f"<ul>{cats}</ul>"),
        wrap(
            "newsletter",
            f"<h3>{head}</h3><p>{blurb}</p><form><input type='email' name='m'>"
            f"<button>{button}</button></form>",
        ),
        wrap("tags", f"<div class='cloud'>{cloud}</div>"),
    ]
    return "".join(parts), [OTHERS[lang][1], blurb, CATEGORIES[lang][2]]


def boiler(lang: str) -> list[str]:
    """Lines of the page's chrome that must stay out of every body."""
    return [ABOUT[lang], COPYRIGHT[lang], COOKIE[lang]]


def nest(html: str, depth: int, name: str = "wrap") -> str:
    for i in range(depth):
        html = f"<div class='{name}-{i}'>{html}</div>"
    return html


# -- builder modules: every paragraph its own module ----------------------------------


def module_html(scheme: tuple[str, ...], kind: str, inner: str) -> str:
    module, inside = scheme[3], scheme[4]
    return f"<div class='{module.format(kind=kind)}'><div class='{inside}'>{inner}</div></div>"


def column_html(scheme: tuple[str, ...], width: str, modules: str, depth: int) -> str:
    col = scheme[2].format(w=width)
    if scheme[5]:
        modules = f"<div class='{scheme[5]}'>{modules}</div>"
    return f"<div class='{col}'>{nest(modules, depth, 'col-wrap')}</div>"


def story_modules(
    scheme: tuple[str, ...], lang: str, lines: list[str], per: int, media: bool
) -> str:
    """The story as modules: *per* paragraphs a text module, a subheading module, and
    (with *media*) picture and quote modules between them."""
    out = []
    for i in range(0, len(lines), per):
        if i and i // per == 2:
            out.append(module_html(scheme, "heading", f"<h2>{SUBHEADS[lang][1]}</h2>"))
        out.append(module_html(scheme, "text", paras(lines[i : i + per])))
        if media and i == per:
            out.append(module_html(scheme, "image", "<img src='/img/beet.jpg' alt=''>"))
        if media and i == 2 * per:
            out.append(module_html(scheme, "quote", f"<blockquote>{QUOTE[lang]}</blockquote>"))
    return "".join(out)


def builder_page(
    scheme: tuple[str, ...], lang: str, *, n: int, per: int, depth: int, media: bool, side: str
) -> tuple[str, list[str], list[str]]:
    headline, lines = STORY[lang]
    story = lines[:n]
    title = module_html(scheme, "heading", f"<h1>{headline}</h1>")
    meta = module_html(scheme, "post-info", "<span>12.03.2024</span> <span>Redaktion</span>")
    modules = title + meta + story_modules(scheme, lang, story, per, media)
    side_html, drop = widgets(lang, lambda kind, html: module_html(scheme, kind, html))
    if side == "beside":  # one row, story column and widget column
        row = column_html(scheme, "66", modules, depth) + column_html(
            scheme, "33", side_html, depth
        )
        content = f"<div class='{scheme[0]}'><div class='{scheme[1]}'>{row}</div></div>"
    elif side == "below":  # widgets in a section of their own under the story
        content = "".join(
            f"<div class='{scheme[0]}'><div class='{scheme[1]}'>{column_html(scheme, '100', m, depth)}</div></div>"
            for m in (modules, side_html)
        )
    else:  # a section per module group: headline, then the story, then the widgets
        content = "".join(
            f"<div class='{scheme[0]}'><div class='{scheme[1]}'>{column_html(scheme, w, m, depth)}</div></div>"
            for w, m in (
                ("100", title + meta),
                ("100", story_modules(scheme, lang, story, per, media)),
                ("33", side_html),
            )
        )
    body = f"{cookie(lang)}{nav(lang)}<div class='site-content'>{content}</div>{foot(lang)}"
    return shell(body, headline, lang), story, drop + boiler(lang)


def builder_module_cases() -> Iterator[Case]:
    for builder, schemes in SCHEMES.items():
        for v, scheme in enumerate(schemes):
            for lang in LANGS:
                for n, depth, side in (
                    (4, 0, "beside"),
                    (6, 1, "below"),
                    (10, 2, "beside"),
                    (5, 0, "sections"),
                ):
                    html, keep, drop = builder_page(
                        scheme, lang, n=n, per=1, depth=depth, media=False, side=side
                    )
                    yield f"modules-{builder}{v}-{lang}-{n}p-d{depth}-{side}", html, keep, drop


def builder_split_cases() -> Iterator[Case]:
    for builder, schemes in SCHEMES.items():
        for v, scheme in enumerate(schemes):
            for lang in LANGS:
                for n, per, depth, side in (
                    (6, 2, 0, "beside"),
                    (9, 3, 1, "sections"),
                    (8, 2, 2, "below"),
                    (4, 1, 0, "sections"),
                ):
                    html, keep, drop = builder_page(
                        scheme, lang, n=n, per=per, depth=depth, media=True, side=side
                    )
                    yield (
                        f"split-{builder}{v}-{lang}-{n}p-{per}per-d{depth}-{side}",
                        html,
                        keep,
                        drop,
                    )


def builder_single_cases() -> Iterator[Case]:
    """The whole story in one text module (a builder's "post content" module), beside,
    above or apart from the widget column: short stories hold less than the page's chrome."""
    for builder, schemes in SCHEMES.items():
        for v, scheme in enumerate(schemes):
            for lang in LANGS:
                for n, side in ((2, "beside"), (3, "below"), (4, "sections"), (6, "beside")):
                    html, keep, drop = builder_page(
                        scheme, lang, n=n, per=n, depth=v % 2, media=False, side=side
                    )
                    yield f"single-{builder}{v}-{lang}-{n}p-{side}", html, keep, drop


# -- block editor: groups and columns among the story's paragraphs -------------------

BLOCK_NAMES = [
    (
        "wp-block-group",
        "wp-block-group__inner-container",
        "wp-block-columns",
        "wp-block-column",
        "entry-content",
    ),
    ("blk-group", "blk-group-inner", "blk-cols", "blk-col", "post-body"),
    ("g", "gi", "cols", "col", "inhalt"),
]


def block_story(names: tuple[str, ...], lang: str, lines: list[str], shape: int) -> str:
    group, inner, cols, col, _ = names
    p = lines
    if shape == 0:  # intro loose, then a group, then two columns, then loose
        half = len(p) // 2
        return (
            paras(p[:1])
            + f"<div class='{group}'><div class='{inner}'>{paras(p[1:half])}</div></div>"
            + f"<div class='{cols}'><div class='{col}'>{paras(p[half : half + 1])}</div>"
            f"<div class='{col}'>{paras(p[half + 1 : half + 2])}</div></div>"
            + paras(p[half + 2 :])
        )
    if shape == 1:  # every paragraph in a group of its own, a picture between
        out = []
        for i, line in enumerate(p):
            out.append(f"<div class='{group}'><div class='{inner}'><p>{line}</p></div></div>")
            if i == 1:
                out.append(
                    "<figure class='wp-block-image'><img src='/a.jpg' alt=''><figcaption>Foto</figcaption></figure>"
                )
        return "".join(out)
    # columns of two paragraphs each, each column's text in a group
    out = []
    for i in range(0, len(p), 2):
        cells = "".join(
            f"<div class='{col}'><div class='{group}'><div class='{inner}'><p>{line}</p></div></div></div>"
            for line in p[i : i + 2]
        )
        out.append(f"<div class='{cols}'>{cells}</div>")
    return "".join(out)


def block_group_cases() -> Iterator[Case]:
    for v, names in enumerate(BLOCK_NAMES):
        for lang in LANGS:
            headline, lines = STORY[lang]
            for n, shape, aside in (
                (5, 0, True),
                (8, 1, True),
                (6, 2, False),
                (10, 0, False),
                (4, 1, False),
            ):
                story = lines[:n]
                content = block_story(names, lang, story, shape)
                art = (
                    f"<article class='post'><header><h1>{headline}</h1><p class='meta'>12.03.2024</p></header>"
                    f"<div class='{names[4]}'>{content}</div></article>"
                )
                drop = boiler(lang)
                if aside:
                    side, more = widgets(
                        lang,
                        lambda kind, html: (
                            f"<section class='widget widget_{kind}'>{html}</section>"
                        ),
                    )
                    art = f"<div class='content-area'><main>{art}</main></div><aside class='sidebar'>{side}</aside>"
                    drop += more
                body = f"{cookie(lang)}{nav(lang)}<div class='site'>{art}</div>{foot(lang)}"
                yield (
                    f"blocks-{v}-{lang}-{n}p-s{shape}-{'aside' if aside else 'plain'}",
                    shell(body, headline, lang),
                    story,
                    drop,
                )


# -- two columns: a wide story column and a widget column ---------------------------

GRIDS = [
    ("container", "row", "col-md-8", "col-md-4"),
    ("container-fluid", "row g-4", "col-lg-9 col-12", "col-lg-3 col-12"),
    ("grid", "grid-x", "cell large-8", "cell large-4"),
    ("wrap", "cols", "main-col", "side-col"),
]


def two_column_cases() -> Iterator[Case]:
    for v, (box, row, wide, narrow) in enumerate(GRIDS):
        for lang in LANGS:
            headline, lines = STORY[lang]
            for n, cards, depth in ((4, False, 0), (7, True, 1), (10, False, 2), (5, True, 0)):
                story = lines[:n]
                if cards:  # each paragraph in a card of its own
                    text = "".join(
                        f"<div class='card mb-3'><div class='card-body'><p class='card-text'>{line}</p></div></div>"
                        for line in story
                    )
                else:
                    text = paras(story)
                left = f"<h1>{headline}</h1><p class='small'>12.03.2024</p>{nest(text, depth)}"
                side, drop = widgets(
                    lang,
                    lambda kind, html: (
                        f"<div class='card widget-{kind}'><div class='card-body'>{html}</div></div>"
                    ),
                )
                grid = f"<div class='{box}'><div class='{row}'><div class='{wide}'>{left}</div><div class='{narrow}'>{side}</div></div></div>"
                body = f"{cookie(lang)}{nav(lang)}{grid}{foot(lang)}"
                yield (
                    f"twocol-{v}-{lang}-{n}p-{'cards' if cards else 'plain'}-d{depth}",
                    shell(body, headline, lang),
                    story,
                    drop + boiler(lang),
                )


# -- institutional: a section per topic, accordions, a contact box --------------------


def institutional_cases() -> Iterator[Case]:
    for lang in LANGS:
        headline, lines = STORY[lang]
        heads = SUBHEADS[lang]
        for n in (4, 6, 9):
            story = lines[:n]
            for shape in ("sections", "details", "mixed"):
                for contact in ("aside", "section"):
                    if shape == "sections":
                        parts = [
                            f"<section class='topic'><h2>{heads[i % 3]}</h2>{paras(story[i : i + 2])}</section>"
                            for i in range(0, n, 2)
                        ]
                    elif shape == "details":
                        parts = [paras(story[:1])] + [
                            f"<details><summary>{heads[i % 3]}</summary><p>{line}</p></details>"
                            for i, line in enumerate(story[1:])
                        ]
                    else:
                        parts = [f"<section><h2>{heads[0]}</h2>{paras(story[:2])}</section>"] + [
                            f"<div class='accordion-item'><h3 class='accordion-header'><button>{heads[i % 3]}</button></h3>"
                            f"<div class='accordion-collapse collapse'><div class='accordion-body'><p>{line}</p></div></div></div>"
                            for i, line in enumerate(story[2:])
                        ]
                    title, address, phone = CONTACT[lang]
                    box = f"<h2>{title}</h2><p>{address}</p><p>{phone}</p><p><a href='mailto:info@example.org'>info@example.org</a></p>"
                    main = f"<h1>{headline}</h1>{''.join(parts)}"
                    if contact == "aside":
                        page = f"<main class='page'><div class='content'>{main}</div><aside class='contact'>{box}</aside></main>"
                    else:
                        page = f"<main class='page'><div class='content'>{main}</div><section class='contact-box'>{box}</section></main>"
                    body = f"{cookie(lang)}{nav(lang)}{page}{foot(lang)}"
                    yield (
                        f"inst-{lang}-{n}p-{shape}-{contact}",
                        shell(body, headline, lang),
                        story,
                        [address, phone, *boiler(lang)],
                    )


# -- CMS field wrappers --------------------------------------------------------------

FIELDS = [
    (
        "field field--name-body field--type-text-with-summary",
        "field__item",
        "paragraph paragraph--type--text",
        "field field--name-field-text",
    ),
    ("field-name-body", "field-items", "paragraphs-item-text", "field-name-field-text"),
    ("fld fld-body", "fld-item", "ent ent-text", "fld fld-text"),
]


def field_cases() -> Iterator[Case]:
    for v, (body_f, item, para_ent, text_f) in enumerate(FIELDS):
        for lang in LANGS:
            headline, lines = STORY[lang]
            for n, per, tags in ((4, 4, True), (6, 1, True), (9, 2, False), (5, 1, False)):
                story = lines[:n]
                if per == n:  # one body field
                    content = (
                        f"<div class='{body_f}'><div class='{item}'>{paras(story)}</div></div>"
                    )
                else:  # paragraph entities, each a text field with one or two paragraphs
                    ents = "".join(
                        f"<div class='{para_ent}'><div class='{text_f}'><div class='{item}'>{paras(story[i : i + per])}</div></div></div>"
                        for i in range(0, n, per)
                    )
                    content = f"<div class='field field--name-field-paragraphs'><div class='field__items'>{ents}</div></div>"
                extra = ""
                if tags:
                    links = "".join(
                        f"<div class='{item}'><a href='/t/{i}'>{t}</a></div>"
                        for i, t in enumerate(TAGS[lang])
                    )
                    extra = f"<div class='field field--name-field-tags'><div class='field__label'>Tags</div><div class='field__items'>{links}</div></div>"
                side, drop = widgets(
                    lang,
                    lambda kind, html: (
                        f"<div class='block block-{kind}'><div class='content'>{html}</div></div>"
                    ),
                )
                node = (
                    f"<article class='node node--type-article'><h1 class='page-title'><span>{headline}</span></h1>"
                    f"<div class='node__meta'>12.03.2024</div><div class='node__content'>{content}{extra}</div></article>"
                )
                page = f"<div class='layout-container'><main><div class='region-content'>{node}</div></main><aside class='region-sidebar'>{side}</aside></div>"
                body = f"{cookie(lang)}{nav(lang)}{page}{foot(lang)}"
                yield (
                    f"fields-{v}-{lang}-{n}p-{per}per",
                    shell(body, headline, lang),
                    story,
                    drop + boiler(lang),
                )


# -- must not fire: a teaser grid of other posts under a builder-made story ----------


def teaser_grid(lang: str, scheme: tuple[str, ...]) -> str:
    cards = "".join(
        f"<div class='{scheme[2].format(w='33')}'>"
        + module_html(
            scheme,
            "post",
            f"<img src='/t{i}.jpg' alt=''><h3><a href='/p/{i}'>{OTHERS[lang][i]}</a></h3>"
            f"<p>{EXCERPTS[lang][i]}</p><a href='/p/{i}'>{MORE[lang]}</a>",
        )
        + "</div>"
        for i in range(3)
    )
    return f"<div class='{scheme[0]}'><div class='{scheme[1]}'>{cards}</div></div>"


def builder_teaser_cases() -> Iterator[Case]:
    for builder, schemes in SCHEMES.items():
        for v, scheme in enumerate(schemes):
            for lang in LANGS:
                headline, lines = STORY[lang]
                for n, per in ((4, 1), (7, 2), (10, 1)):
                    story = lines[:n]
                    title = module_html(scheme, "heading", f"<h1>{headline}</h1>")
                    modules = title + story_modules(scheme, lang, story, per, per == 2)
                    section = f"<div class='{scheme[0]}'><div class='{scheme[1]}'>{column_html(scheme, '100', modules, 0)}</div></div>"
                    body = f"{nav(lang)}<div class='site-content'>{section}{teaser_grid(lang, scheme)}</div>{foot(lang)}"
                    drop = [EXCERPTS[lang][0], EXCERPTS[lang][2], OTHERS[lang][1], *boiler(lang)]
                    yield (
                        f"teasers-{builder}{v}-{lang}-{n}p-{per}per",
                        shell(body, headline, lang),
                        story,
                        drop,
                    )


#: Prose blurbs of boxes a site sets under a headline: a newsletter, a donation call, a
#: membership offer.
PROMOS = {
    "de": [
        NEWSLETTER["de"][1],
        "Unterstützen Sie unsere Arbeit mit einer Spende: Schon zehn Euro im Monat helfen uns, "
        "Saatgut, Werkzeug und Erde für die öffentlichen Beete zu kaufen.",
        "Werden Sie Mitglied im Verein: Für einen kleinen Jahresbeitrag erhalten Sie unser Heft, "
        "ermäßigten Eintritt zu allen Vorträgen und eine Einladung zum Sommerfest.",
    ],
    "en": [
        NEWSLETTER["en"][1],
        "Support our work with a donation: just ten pounds a month helps us buy seeds, tools "
        "and soil for the public flower beds of the town.",
        "Become a member of the association: for a small yearly fee you get our magazine, "
        "reduced entry to all talks and an invitation to the summer party.",
    ],
    "fr": [
        NEWSLETTER["fr"][1],
        "Soutenez notre travail par un don : dix euros par mois suffisent pour acheter des "
        "graines, des outils et de la terre pour les massifs publics.",
        "Devenez membre de l'association : pour une petite cotisation annuelle, vous recevez "
        "notre revue, une entrée réduite aux conférences et une invitation à la fête d'été.",
    ],
}


def builder_notfire_cases() -> Iterator[Case]:
    """Must not fire: prose boxes named like widgets right under the headline, before a
    story in a plain container, and a widget column beside it: the boxes stay out."""
    for lang in LANGS:
        headline, lines = STORY[lang]
        for k, n, form in product((1, 2, 3), (2, 3, 5), (False, True)):
            story = lines[:n]
            boxes = "".join(
                f"<div class='widget widget-promo-{i}'><p>{PROMOS[lang][i]}</p>"
                + ("<form><input type='email' name='m'><button>OK</button></form>" if form else "")
                + "</div>"
                for i in range(k)
            )
            side, drop = widgets(
                lang, lambda kind, html: f"<div class='widget widget-{kind}'>{html}</div>"
            )
            column = f"<div class='col-main'><h1>{headline}</h1>{boxes}<div class='entry'>{paras(story)}</div></div>"
            body = f"{nav(lang)}<div class='cols'>{column}<div class='col-side'>{side}</div></div>{foot(lang)}"
            name = f"notfire-{lang}-{k}box-{n}p-{'form' if form else 'plain'}"
            yield (
                name,
                shell(body, headline, lang),
                story,
                [*PROMOS[lang][:k], *drop, *boiler(lang)],
            )


# -- a story cut into sections by rows of ads -----------------------------------------

#: Names of a section's layout row, its column, an inner wrapper and the named text
#: container (its first section's modifier after the bar).
SECTION_NAMES = [
    ("row", "col-8 order-first", "inner", "body articleBody|-bottom-space"),
    ("grid-row", "column column--wide", "wrapper", "story-body|story-body--first"),
    ("ligne", "colonne", "bloc", "texte-article|debut"),
]
#: Paragraphs per section: the first section longest, the last often one paragraph.
SECTION_SPLITS = ((4, 3, 1), (5, 1), (3, 2, 2, 1), (6, 2))
AD_LABEL = {"de": "Anzeige", "en": "Advertisement", "fr": "Publicité"}


def section_rows_page(
    names: tuple[str, str, str, str], lang: str, split: tuple[int, ...], depth: int, side: bool
) -> tuple[str, list[str], list[str]]:
    """A story whose sections each stand in a layout row > column > wrapper(s) > named
    text container, rows of ads (a label over an empty slot) between them, and (*side*)
    an ad column beside the story's column in the rows after the first."""
    row, col, inner, text = names
    named, first = text.split("|")
    headline, lines = STORY[lang]
    sub = SUBHEADS[lang]
    rows, at = [], 0
    for i, n in enumerate(split):
        part = lines[at : at + n]
        at += n
        head = f"<h2>{sub[i - 1]}</h2>" if 0 < i <= len(sub) else ""
        box = f"<div class='{named} {first if i == 0 else ''}'>{head}{paras(part)}</div>"
        aside = (
            f"<div class='col-4 ad-column'><div class='ad-label'>{AD_LABEL[lang]}</div>"
            "<div class='ad-slot'></div></div>"
            if side and i
            else ""
        )
        rows.append(
            f"<div class='{row}'>{aside}<div class='{col}'>{nest(f'<div class={inner!r}>{box}</div>', depth, 'w')}</div></div>"
        )
    ad = (
        f"<div class='{row}'><div class='ad-break'><span>{AD_LABEL[lang]}</span>"
        "<div class='ad-slot'></div></div></div>"
    )
    story = ad.join(rows)
    body = (
        f"{nav(lang)}<div class='page'><div class='article-header'><h1>{headline}</h1></div>"
        f"<div class='sections'>{story}</div></div>{foot(lang)}"
    )
    keep = lines[:at] + [sub[i - 1] for i in range(1, len(split)) if i <= len(sub)]
    return shell(body, headline, lang), keep, [AD_LABEL[lang], *boiler(lang)]


def section_rows_cases() -> Iterator[Case]:
    """A story cut into sections by rows of ads, each section in a row > column >
    wrapper > named text container built alike: every section is the story's."""
    for v, names in enumerate(SECTION_NAMES):
        for lang in LANGS:
            for split, depth, side in product(SECTION_SPLITS, (0, 2), (False, True)):
                html, keep, drop = section_rows_page(names, lang, split, depth, side)
                label = "-".join(map(str, split))
                yield (
                    f"rows{v}-{lang}-{label}-d{depth}-{'side' if side else 'plain'}",
                    html,
                    keep,
                    drop,
                )


def section_rows_notfire_cases() -> Iterator[Case]:
    """Must not fire: rows built like the story's sections after its last one, holding
    the named text container all the same: a teaser (a linked heading over an excerpt),
    the next story appended in rows built alike (its headline an ``h1`` in its first
    row), or in an ``article`` of its own; all stay out."""
    for v, names in enumerate(SECTION_NAMES):
        row, col, inner, text = names
        named = text.split("|")[0]
        for lang in LANGS:
            for split, kind in product(
                SECTION_SPLITS[:2], ("teaser", "next-rows", "next-article")
            ):
                html, keep, drop = section_rows_page(names, lang, split, 0, False)
                title, excerpt = OTHERS[lang][0], EXCERPTS[lang][0]
                rows = ""
                after = ""
                if kind == "teaser":
                    rows = (
                        f"<div class='{row}'><div class='{col}'><div class='{inner}'>"
                        f"<div class='{named}'><h3><a href='/p/0'>{title}</a></h3>"
                        f"<p>{excerpt}</p></div></div></div></div>"
                    )
                    drops = [excerpt]
                else:
                    first = (
                        f"<div class='{named}'><h1>{title}</h1>{paras(EXCERPTS[lang][:2])}</div>"
                    )
                    rest = f"<div class='{named}'>{paras(EXCERPTS[lang][2:])}</div>"
                    built = "".join(
                        f"<div class='{row}'><div class='{col}'><div class='{inner}'>{box}</div></div></div>"
                        for box in (first, rest)
                    )
                    if kind == "next-rows":
                        rows = built
                    else:
                        after = f"<article class='next'>{built}</article>"
                    drops = list(EXCERPTS[lang])
                marker = "</div></div><footer"
                assert marker in html
                html = html.replace(marker, f"{rows}</div>{after}</div><footer", 1)
                label = "-".join(map(str, split))
                yield f"rows-notfire{v}-{lang}-{label}-{kind}", html, keep, [*drop, *drops]


def side_teaser_rows_page(
    names: tuple[str, str, str, str], lang: str, split: tuple[int, ...], column: str
) -> tuple[str, list[str], list[str]]:
    """A story cut into sections by rows of ads, every row the story's column beside a
    side box: a list of headlines in the first row, teasers (each an ``article``) in the
    later ones, those standing in a column classed *column* (the first row's side box's
    class, or another)."""
    row, col, inner, text = names
    named = text.split("|")[0]
    headline, lines = STORY[lang]
    titles = OTHERS[lang]
    heads = (
        "<ul>"
        + "".join(f"<li><a href='/h/{i}'>{t}</a></li>" for i, t in enumerate(titles[:2]))
        + "</ul>"
    )
    teasers = "".join(
        f"<article class='teaser'><img src='/t{i}.jpg'><a href='/t/{i}'>{t}</a></article>"
        for i, t in enumerate(titles[2:4])
    )
    rows, at = [], 0
    for i, n in enumerate(split):
        part = lines[at : at + n]
        at += n
        side = (
            f"<aside class='side-box'>{heads}</aside>"
            if i == 0
            else f"<aside class='{column}'>{teasers}</aside>"
        )
        rows.append(
            f"<div class='{row}'><div class='{col}'><div class='{inner}'>"
            f"<div class='{named}'>{paras(part)}</div></div></div>{side}</div>"
        )
    ad = "<div class='ad-row'><div class='ad-slot'></div></div>"
    body = (
        f"{nav(lang)}<div class='page'><div class='article-header'><h1>{headline}</h1></div>"
        f"<div class='sections'>{ad.join(rows)}</div></div>{foot(lang)}"
    )
    return shell(body, headline, lang), lines[:at], [*titles[:4], *boiler(lang)]


def side_teaser_rows_cases() -> Iterator[Case]:
    """A story cut by ad rows into rows each of the story's column beside a side box, the
    later side boxes holding teasers as ``article`` elements: every section is the story's,
    the headlines and teasers stay out."""
    for v, names in enumerate(SECTION_NAMES):
        for lang in LANGS:
            for split in SECTION_SPLITS:
                html, keep, drop = side_teaser_rows_page(names, lang, split, "side-box")
                yield f"side{v}-{lang}-{'-'.join(map(str, split))}", html, keep, drop


def side_teaser_rows_notfire_cases() -> Iterator[Case]:
    """Must not fire: the later rows' teasers stand in a column classed otherwise than the
    first row's side box (a teaser list of the row's own, not the side box repeated): the
    rows are others', their text stays out; the first section stays. Two rows only: three
    rows or more of close scores are read as one by the climb to three close rivals (a
    story cut into cards), another rule."""
    for v, names in enumerate(SECTION_NAMES):
        for lang in LANGS:
            for split in (s for s in SECTION_SPLITS if len(s) == 2):
                html, _keep, drop = side_teaser_rows_page(names, lang, split, "more-list")
                _, lines = STORY[lang]
                first, rest = lines[: split[0]], lines[split[0] : sum(split)]
                label = f"side-notfire{v}-{lang}-{'-'.join(map(str, split))}"
                yield label, html, first, [*drop, *rest]


def opaque(cases: Callable[[], Iterator[Case]]) -> Callable[[], Iterator[Case]]:
    """The cases of *cases* with every class word and id made opaque (see
    ``bench/body_bare.py``): the structure repeats as before, no word names a part."""

    def opaque_cases() -> Iterator[Case]:
        from bench.body_bare import perturbed  # noqa: PLC0415 - bench/body_bare imports quality

        for name, html, keep, drop in cases():
            markup = perturbed(html, "opaque")
            assert markup is not None
            yield f"opaque-{name}", markup, keep, drop

    return opaque_cases


# -- the story's first paragraphs before the wrapper of the rest ----------------------

#: Class of the story's paragraphs (a modifier some carry) and of the wrapper of the rest.
READ_ALL_NAMES = [
    ("zn-body__paragraph", "speakable", "zn-body__read-all"),
    ("para", "para--first", "rest-of-story"),
    ("absatz", "absatz-lead", "weiterlesen-box"),
]
#: What stands between the first paragraphs: an embed, an empty ad slot list, nothing.
READ_ALL_BETWEEN = {
    "embed": "<div class='embedded'><div class='raw'></div></div>",
    "ad": "<ul class='ad-list'><li class='ad'></li></ul>",
    "none": "",
}


def read_all_page(
    names: tuple[str, str, str], lang: str, first: int, between: str, after: str = ""
) -> tuple[str, list[str], list[str]]:
    """A story whose *first* paragraphs stand beside the wrapper holding the rest, each a
    ``div`` classed as the wrapper's paragraphs (the first with a modifier), *between*
    boxes among them; *after* follows the wrapper."""
    para, modifier, wrapper = names
    headline, lines = STORY[lang]
    head = [
        f"<div class='{para} {modifier if i == 0 else ''}'>{line}</div>"
        for i, line in enumerate(lines[:first])
    ]
    opening = READ_ALL_BETWEEN[between].join(head)
    rest = "".join(f"<div class='{para}'>{line}</div>" for line in lines[first:])
    body = (
        f"{nav(lang)}<main><h1>{headline}</h1><div class='body-text'><div class='l-container'>"
        f"{opening}<div class='{wrapper}'>{rest}</div>{after}</div></div></main>{foot(lang)}"
    )
    return shell(body, headline, lang), list(lines), boiler(lang)


def read_all_cases() -> Iterator[Case]:
    """The story's first one to three paragraphs before the wrapper of the rest, written
    in its paragraphs' class: every paragraph is the story's."""
    for v, names in enumerate(READ_ALL_NAMES):
        for lang, first, between in product(LANGS, (1, 2, 3), READ_ALL_BETWEEN):
            html, keep, drop = read_all_page(names, lang, first, between)
            yield f"readall{v}-{lang}-{first}first-{between}", html, keep, drop


def read_all_notfire_cases() -> Iterator[Case]:
    """Must not fire: after the wrapper, a teaser's excerpt classed otherwise, and past a
    box of links a paragraph classed as the story's (the next story's first): both go."""
    for v, names in enumerate(READ_ALL_NAMES):
        para = names[0]
        for lang, first in product(LANGS, (1, 3)):
            links = "".join(
                f"<li><a href='/p/{i}'>{t}</a></li>" for i, t in enumerate(OTHERS[lang])
            )
            after = (
                f"<div class='teaser'><p class='excerpt'>{EXCERPTS[lang][0]}</p></div>"
                f"<ul class='more'>{links}</ul><div class='{para}'>{EXCERPTS[lang][1]}</div>"
            )
            html, keep, drop = read_all_page(names, lang, first, "embed", after)
            yield (
                f"readall-notfire{v}-{lang}-{first}first",
                html,
                keep,
                [*drop, EXCERPTS[lang][0], EXCERPTS[lang][1]],
            )


CLASSES: dict[str, Callable[[], Iterator[Case]]] = {
    "builder-modules": builder_module_cases,
    "builder-split": builder_split_cases,
    "builder-single": builder_single_cases,
    "block-groups": block_group_cases,
    "two-column": two_column_cases,
    "institutional": institutional_cases,
    "field-wrappers": field_cases,
    "builder-teasers": builder_teaser_cases,
    "builder-notfire": builder_notfire_cases,
    "section-rows": section_rows_cases,
    "section-rows-notfire": section_rows_notfire_cases,
    "section-rows-opaque": opaque(section_rows_cases),
    "section-rows-opaque-notfire": opaque(section_rows_notfire_cases),
    "side-teaser-rows": side_teaser_rows_cases,
    "side-teaser-rows-notfire": side_teaser_rows_notfire_cases,
    "side-teaser-rows-opaque": opaque(side_teaser_rows_cases),
    "side-teaser-rows-opaque-notfire": opaque(side_teaser_rows_notfire_cases),
    "read-all": read_all_cases,
    "read-all-notfire": read_all_notfire_cases,
}
