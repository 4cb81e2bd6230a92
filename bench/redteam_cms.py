# ruff: noqa: E501  (page markup and sentences read better unbroken)
"""Red-team pages as common CMSes and site generators build them, for ``redteam.py``.

Most of the unseen web is written by a handful of CMSes and themes, each with the chrome
it typically puts around and inside a story. Each class builds one CMS's single-post page
in six languages (de, en, fr, nl, it, es), with a short story (three paragraphs) and a long
one (six paragraphs, a subheading, a list and a quote), and in two variants of its chrome:

- cms-wordpress: a classic theme (``.entry-header``/``.entry-meta``/``.entry-content``),
  Jetpack share buttons and related posts inside the content, a categories/tags footer,
  an author box, "previous/next post" navigation, comments and the reply form, a widget
  sidebar (recent posts, archives, categories);
- cms-gutenberg: a block theme (``wp-block-group``, ``wp-block-columns``, quote, image with
  figcaption, embed), post terms, post navigation links, block comments, a "more posts" grid;
- cms-drupal: ``node__content`` > ``field--name-body``, breadcrumbs, tags field, a views
  block of related articles below the node or in the sidebar;
- cms-typo3: an institutional page of content elements (``frame-default``/``ce-bodytext``)
  with a section menu and a contact box, or a ministry's or university's press release in
  the news extension (``news-single``) with related links, a back link and a
  "press contact" box;
- cms-joomla: ``item-page`` with the ``article-info`` dl, tags, ``pagenav`` and modules;
- cms-ghost: ``gh-content`` with ``kg-card`` cards, a subscribe button card, a footer CTA
  and read-more cards;
- cms-substack: a newsletter post with a subscribe widget in the middle, a share button,
  like/comment/restack bars and the discussion;
- cms-medium: a Medium-like post with its author/follow/clap bars and "more from" lists;
- cms-blogger: ``post-body`` (paragraphs or ``<br>``-separated text), ``post-footer`` with
  share links and labels, comments, ``blog-pager`` and the archive sidebar;
- cms-static: a Hugo (PaperMod-like, with a table of contents) or Jekyll (minima) post;
- cms-keep (must not fire): stories whose content looks like chrome — a story about cookie
  banners, one about a newsletter launch, a post whose story is a list of links, a short
  press release — in the same CMS markups;
- cms-tail-line: a WordPress post with a loose paragraph in its ``article`` past the
  post's footer of category and tag links and its author box (a note over the comments);
- cms-tail-keep (must not fire): the same paragraph right after the story's
  ``entry-content``, no box of links between: the story's last paragraph;
- cms-author-note: a WordPress post whose story closes, in a plain ``p`` like its
  paragraphs, with a note on its author opening with the byline's name (a bio and an
  address): it must go;
- cms-author-keep (must not fire): the same post closing with a paragraph of the story
  credited to its author in brackets at its end: it stays;
- cms-header-furniture: a WordPress post whose content opens with a kicker, a reading
  time and a stamp line of times, each in an element of a class of its own: they must go;
- cms-header-keep (must not fire): the same post opening with a result and its score
  table in plain ``p`` like the story's paragraphs: they stay;
- cms-linkboxes (must not fire): a story with link boxes beside it that are no roundup it
  cites — a "further reading" list of the site's own stories, one partner site's stories,
  an "around the web" box under its heading, a blogroll of other sites in a sidebar.

Each page says which story lines must stay (paragraphs, subheadings, list items, quotes)
and which chrome lines must go.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from itertools import product
from typing import Any

from bench.redteam_inbody import STORY as BASE_STORY

Case = tuple[str, str, list[str], list[str]]  # name, html, must keep, must drop
Content = tuple[str, list[tuple[str, str]], list[str]]  # headline, blocks, must keep

LANGS = ("de", "en", "fr", "nl", "it", "es")

EXTRA_STORY = {
    "nl": (
        "Energiebedrijf breidt warmtenet uit naar drie wijken",
        [
            "Het gemeentelijke energiebedrijf wil de komende vijf jaar het warmtenet uitbreiden "
            "naar drie wijken en daarmee bijna vierduizend extra woningen aansluiten.",
            "De raad van commissarissen keurde het plan maandag goed, nadat uit een studie was "
            "gebleken dat de leidingen in de dichtbebouwde wijken rendabel kunnen worden beheerd.",
            "Voor de bewoners betekent de uitbreiding eerst opengebroken straten: er wordt per "
            "deel gewerkt en elk stuk mag volgens het bedrijf hooguit drie maanden duren.",
            "Huiseigenaren die aangesloten willen worden, kunnen tot eind maart een aanvraag "
            "indienen; de gemeente betaalt een deel van de kosten van de aansluiting.",
            "Critici wijzen erop dat de warmte voorlopig nog deels met gas wordt opgewekt en "
            "vragen om een bindend tijdschema voor de overstap naar duurzame bronnen.",
            "Het bedrijf kondigde aan in het najaar een plan te presenteren voor een grote "
            "warmtepomp bij de rioolwaterzuivering, die een deel van de vraag moet dekken.",
        ],
    ),
    "it": (
        "L'azienda municipale estende la rete di teleriscaldamento a tre quartieri",
        [
            "L'azienda energetica del comune estenderà nei prossimi cinque anni la rete di "
            "teleriscaldamento a tre quartieri, collegando quasi quattromila abitazioni in più.",
            "Il consiglio di amministrazione ha approvato il piano lunedì, dopo che uno studio "
            "aveva dimostrato che le condutture nei quartieri più densi possono rendere.",
            "Per i residenti i lavori significheranno prima di tutto cantieri: le strade saranno "
            "aperte a tratti e ognuno dovrebbe durare al massimo tre mesi, secondo l'azienda.",
            "I proprietari che vogliono allacciarsi possono presentare domanda entro la fine di "
            "marzo, e il comune pagherà una parte del costo dell'allacciamento.",
            "I critici osservano che per ora una parte del calore sarà ancora prodotta con il gas "
            "e chiedono un calendario vincolante per il passaggio alle fonti rinnovabili.",
            "L'azienda ha annunciato che in autunno presenterà un progetto per una grande pompa "
            "di calore al depuratore, che dovrebbe coprire una parte del fabbisogno.",
        ],
    ),
}
STORY = {**BASE_STORY, **EXTRA_STORY}

#: The long story's subheading, list items and quote.
SUB = {
    "de": "Was die Anwohner jetzt wissen müssen",
    "en": "What residents need to know now",
    "fr": "Ce que les riverains doivent savoir",
    "nl": "Wat bewoners nu moeten weten",
    "it": "Che cosa devono sapere i residenti",
    "es": "Lo que los vecinos deben saber ahora",
}
LIST = {
    "de": [
        "Die Bauarbeiten beginnen im April im Nordviertel.",
        "Anträge auf einen Anschluss sind bis Ende März möglich.",
        "Der Zuschuss deckt bis zu vierzig Prozent der Kosten.",
    ],
    "en": [
        "Work starts in April in the northern district.",
        "Applications for a connection are open until the end of March.",
        "The grant covers up to forty per cent of the cost.",
    ],
    "fr": [
        "Les travaux commencent en avril dans le quartier nord.",
        "Les demandes de raccordement sont ouvertes jusqu'à fin mars.",
        "La subvention couvre jusqu'à quarante pour cent du coût.",
    ],
    "nl": [
        "De werkzaamheden beginnen in april in de noordelijke wijk.",
        "Aanvragen voor een aansluiting kunnen tot eind maart.",
        "De subsidie dekt tot veertig procent van de kosten.",
    ],
    "it": [
        "I lavori iniziano ad aprile nel quartiere nord.",
        "Le domande di allacciamento sono aperte fino a fine marzo.",
        "Il contributo copre fino al quaranta per cento dei costi.",
    ],
    "es": [
        "Las obras empiezan en abril en el barrio norte.",
        "Las solicitudes de conexión se pueden presentar hasta finales de marzo.",
        "La ayuda cubre hasta el cuarenta por ciento del coste.",
    ],
}
QUOTE = {
    "de": "Wir wollen, dass in zehn Jahren kein Haus in diesen Vierteln mehr mit Öl heizt.",
    "en": "We want no house in these districts to be heated with oil ten years from now.",
    "fr": "Nous voulons que dans dix ans plus aucune maison de ces quartiers ne se chauffe au fioul.",
    "nl": "Wij willen dat over tien jaar geen huis in deze wijken nog met olie wordt verwarmd.",
    "it": "Vogliamo che fra dieci anni nessuna casa di questi quartieri si scaldi ancora a gasolio.",
    "es": "Queremos que dentro de diez años ninguna casa de estos barrios se caliente con gasóleo.",
}

#: Chrome words per language (labels CMSes localise): a text or a list of texts per key.
L: dict[str, dict[str, Any]] = {
    "de": {
        "nav": ["Startseite", "Aktuelles", "Themen", "Über uns", "Kontakt"],
        "share": "Teilen mit:",
        "related": "Ähnliche Beiträge",
        "tags": "Schlagwörter:",
        "cats": "Veröffentlicht in",
        "prev": "Vorheriger Beitrag",
        "next": "Nächster Beitrag",
        "reply": "Schreibe einen Kommentar",
        "notes": "Deine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert.",
        "recent": "Neueste Beiträge",
        "archives": "Archiv",
        "categories": "Kategorien",
        "month": "März 2024",
        "bio": "Anna Berg schreibt seit zwölf Jahren über Energie, Verkehr und Stadtplanung in der Region.",
        "posts": [
            "Neue Radwege entlang des Kanals freigegeben",
            "Bibliothek verlängert ihre Öffnungszeiten am Wochenende",
            "Zwei Schulen erhalten neue Sporthallen bis zum Sommer",
        ],
        "comment": "Endlich passiert hier etwas, wir warten in unserer Straße seit Jahren auf einen Anschluss.",
        "comment2": "Und wer zahlt am Ende die Baustellen, wenn die Kosten wieder steigen wie beim letzten Projekt?",
        "cta": "Abonnieren Sie unseren Newsletter und verpassen Sie keinen Beitrag mehr aus dem Viertel.",
        "contact": "Pressekontakt",
        "crumbs": "Sie sind hier:",
        "back": "Zurück zur Übersicht",
        "more": "Weitere Artikel",
        "readmore": "Weiterlesen",
        "contact_line": "Telefon: +49 211 837-1234, E-Mail: presse@example.org",
    },
    "en": {
        "nav": ["Home", "News", "Topics", "About", "Contact"],
        "share": "Share this:",
        "related": "Related",
        "tags": "Tagged",
        "cats": "Posted in",
        "prev": "Previous post",
        "next": "Next post",
        "reply": "Leave a Reply",
        "notes": "Your email address will not be published. Required fields are marked *",
        "recent": "Recent Posts",
        "archives": "Archives",
        "categories": "Categories",
        "month": "March 2024",
        "bio": "Anna Berg has been writing about energy, transport and planning in the region for twelve years.",
        "posts": [
            "New cycle lanes open along the canal",
            "Library extends its weekend opening hours",
            "Two schools to get new sports halls by summer",
        ],
        "comment": "Finally something is happening, our street has been waiting for a connection for years.",
        "comment2": "And who pays for the roadworks in the end when the costs go up again like last time?",
        "cta": "Subscribe to our newsletter and never miss another post from the neighbourhood.",
        "contact": "Press contact",
        "crumbs": "You are here:",
        "back": "Back to overview",
        "more": "More articles",
        "readmore": "Read more",
        "contact_line": "Phone: +44 20 7946 0123, Email: press@example.org",
    },
    "fr": {
        "nav": ["Accueil", "Actualités", "Thèmes", "À propos", "Contact"],
        "share": "Partager :",
        "related": "Articles similaires",
        "tags": "Étiquettes :",
        "cats": "Publié dans",
        "prev": "Article précédent",
        "next": "Article suivant",
        "reply": "Laisser un commentaire",
        "notes": "Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *",
        "recent": "Articles récents",
        "archives": "Archives",
        "categories": "Catégories",
        "month": "mars 2024",
        "bio": "Anna Berg écrit depuis douze ans sur l'énergie, les transports et l'urbanisme de la région.",
        "posts": [
            "De nouvelles pistes cyclables ouvrent le long du canal",
            "La médiathèque élargit ses horaires le week-end",
            "Deux écoles auront un nouveau gymnase d'ici l'été",
        ],
        "comment": "Enfin quelque chose bouge, notre rue attend un raccordement depuis des années.",
        "comment2": "Et qui paiera les chantiers à la fin si les coûts augmentent encore comme la dernière fois ?",
        "cta": "Abonnez-vous à notre lettre d'information pour ne plus manquer aucun article du quartier.",
        "contact": "Contact presse",
        "crumbs": "Vous êtes ici :",
        "back": "Retour à la liste",
        "more": "Plus d'articles",
        "readmore": "Lire la suite",
        "contact_line": "Téléphone : +33 1 23 45 67 89, Courriel : presse@example.org",
    },
    "nl": {
        "nav": ["Home", "Nieuws", "Thema's", "Over ons", "Contact"],
        "share": "Delen:",
        "related": "Gerelateerd",
        "tags": "Tags:",
        "cats": "Geplaatst in",
        "prev": "Vorig bericht",
        "next": "Volgend bericht",
        "reply": "Geef een reactie",
        "notes": "Je e-mailadres wordt niet gepubliceerd. Vereiste velden zijn gemarkeerd met *",
        "recent": "Recente berichten",
        "archives": "Archieven",
        "categories": "Categorieën",
        "month": "maart 2024",
        "bio": "Anna Berg schrijft al twaalf jaar over energie, verkeer en ruimtelijke ordening in de regio.",
        "posts": [
            "Nieuwe fietspaden langs het kanaal geopend",
            "Bibliotheek verruimt openingstijden in het weekend",
            "Twee scholen krijgen voor de zomer een nieuwe gymzaal",
        ],
        "comment": "Eindelijk gebeurt er iets, in onze straat wachten we al jaren op een aansluiting.",
        "comment2": "En wie betaalt uiteindelijk de werkzaamheden als de kosten weer stijgen zoals de vorige keer?",
        "cta": "Abonneer je op onze nieuwsbrief en mis nooit meer een bericht uit de buurt.",
        "contact": "Persvoorlichting",
        "crumbs": "U bent hier:",
        "back": "Terug naar overzicht",
        "more": "Meer artikelen",
        "readmore": "Lees verder",
        "contact_line": "Telefoon: +31 20 123 4567, E-mail: pers@example.org",
    },
    "it": {
        "nav": ["Home", "Notizie", "Temi", "Chi siamo", "Contatti"],
        "share": "Condividi:",
        "related": "Articoli correlati",
        "tags": "Tag:",
        "cats": "Pubblicato in",
        "prev": "Articolo precedente",
        "next": "Articolo successivo",
        "reply": "Lascia un commento",
        "notes": "Il tuo indirizzo email non sarà pubblicato. I campi obbligatori sono contrassegnati *",
        "recent": "Articoli recenti",
        "archives": "Archivi",
        "categories": "Categorie",
        "month": "marzo 2024",
        "bio": "Anna Berg scrive da dodici anni di energia, trasporti e urbanistica nella regione.",
        "posts": [
            "Aperte nuove piste ciclabili lungo il canale",
            "La biblioteca allunga gli orari del fine settimana",
            "Due scuole avranno una nuova palestra entro l'estate",
        ],
        "comment": "Finalmente si muove qualcosa, nella nostra via aspettiamo l'allacciamento da anni.",
        "comment2": "E chi paga alla fine i cantieri se i costi salgono di nuovo come l'ultima volta?",
        "cta": "Iscriviti alla nostra newsletter per non perdere più nessun articolo del quartiere.",
        "contact": "Ufficio stampa",
        "crumbs": "Ti trovi qui:",
        "back": "Torna all'elenco",
        "more": "Altri articoli",
        "readmore": "Leggi tutto",
        "contact_line": "Telefono: +39 06 1234 5678, Email: stampa@example.org",
    },
    "es": {
        "nav": ["Inicio", "Noticias", "Temas", "Quiénes somos", "Contacto"],
        "share": "Compartir:",
        "related": "Relacionado",
        "tags": "Etiquetas:",
        "cats": "Publicado en",
        "prev": "Entrada anterior",
        "next": "Entrada siguiente",
        "reply": "Deja una respuesta",
        "notes": "Tu dirección de correo electrónico no será publicada. Los campos obligatorios están marcados con *",
        "recent": "Entradas recientes",
        "archives": "Archivos",
        "categories": "Categorías",
        "month": "marzo 2024",
        "bio": "Anna Berg escribe desde hace doce años sobre energía, transporte y urbanismo en la región.",
        "posts": [
            "Abren nuevos carriles bici junto al canal",
            "La biblioteca amplía su horario del fin de semana",
            "Dos colegios tendrán nuevo polideportivo antes del verano",
        ],
        "comment": "Por fin se mueve algo, en nuestra calle llevamos años esperando una conexión.",
        "comment2": "¿Y quién paga al final las obras si los costes vuelven a subir como la última vez?",
        "cta": "Suscríbete a nuestro boletín y no te pierdas ninguna entrada más del barrio.",
        "contact": "Contacto de prensa",
        "crumbs": "Está usted aquí:",
        "back": "Volver al listado",
        "more": "Más artículos",
        "readmore": "Leer más",
        "contact_line": "Teléfono: +34 91 123 45 67, Correo: prensa@example.org",
    },
}


def story(lang: str, long: bool) -> Content:
    """The headline, the story's blocks as (kind, text), and the lines that must stay."""
    title, lines = STORY[lang]
    if not long:
        blocks = [("p", line) for line in lines[:3]]
        return title, blocks, lines[:3]
    blocks = [("p", lines[0]), ("p", lines[1]), ("h2", SUB[lang]), ("p", lines[2])]
    blocks += [("ul", "\n".join(LIST[lang])), ("p", lines[3]), ("quote", QUOTE[lang])]
    blocks += [("p", lines[4]), ("p", lines[5])]
    return title, blocks, [*lines, SUB[lang], *LIST[lang], QUOTE[lang]]


def render(
    blocks: list[tuple[str, str]],
    *,
    p: str = "<p>{}</p>",
    h2: str = "<h2>{}</h2>",
    quote: str = "<blockquote><p>{}</p></blockquote>",
    ul: str = "<ul>{}</ul>",
    li: str = "<li>{}</li>",
) -> list[str]:
    out = []
    for kind, text in blocks:
        if kind == "p":
            out.append(p.format(text))
        elif kind == "h2":
            out.append(h2.format(text))
        elif kind == "quote":
            out.append(quote.format(text))
        elif kind == "raw":
            out.append(text)  # a box written into the story's container as it is
        else:
            out.append(ul.format("".join(li.format(t) for t in text.split("\n"))))
    return out


def shell(body: str, title: str, lang: str, bodyclass: str = "", head: str = "") -> str:
    return (
        f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'>"
        f"<title>{title} – Quartiersblog</title>{head}</head><body class='{bodyclass}'>{body}</body></html>"
    )


def menu(lang: str, cls: str = "menu") -> str:
    items = "".join(
        f"<li class='menu-item'><a href='/{i}/'>{w}</a></li>" for i, w in enumerate(L[lang]["nav"])
    )
    return f"<ul class='{cls}'>{items}</ul>"


def post_list(lang: str, excerpt: bool = False) -> str:
    c = L[lang]
    rows = []
    for i, t in enumerate(c["posts"]):
        ex = f"<p class='excerpt'>{STORY[lang][1][5 - i][:90]}…</p>" if excerpt else ""
        rows.append(f"<li><a href='/2024/03/post-{i}/'>{t}</a>{ex}</li>")
    return "<ul>" + "".join(rows) + "</ul>"


# -- WordPress classic ----------------------------------------------------------------


def wordpress(lang: str, long: bool, variant: int, content: Content | None = None) -> Case:
    c = L[lang]
    title, blocks, keep = content or story(lang, long)
    drop = [c["share"], c["bio"], c["posts"][0], c["posts"][1]]
    share = "".join(
        f"<li class='share-{n.lower()}'><a rel='nofollow noopener noreferrer' class='share-{n.lower()} sd-button share-icon' href='?share={n.lower()}&amp;nb=1' target='_blank'><span>{n}</span></a></li>"
        for n in ("Facebook", "X", "WhatsApp", "Email")
    )
    related = "".join(
        f"<div class='jp-relatedposts-post jp-relatedposts-post{i}' data-post-id='{40 + i}'><h4 class='jp-relatedposts-post-title'><a class='jp-relatedposts-post-a' href='/2024/03/post-{i}/'>{t}</a></h4><p class='jp-relatedposts-post-date'>{c['month']}</p><p class='jp-relatedposts-post-context'>{c['cats']} &quot;{c['nav'][1]}&quot;</p></div>"
        for i, t in enumerate(c["posts"])
    )
    entry = (
        "".join(render(blocks))
        + f"<div class='sharedaddy sd-sharing-enabled'><div class='robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing'><h3 class='sd-title'>{c['share']}</h3><div class='sd-content'><ul>{share}<li class='share-end'></li></ul></div></div></div>"
        + "<div class='sharedaddy sd-block sd-like jetpack-likes-widget-wrapper jetpack-likes-widget-unloaded'><div class='likes-widget-placeholder post-likes-widget-placeholder'><span class='loading'>…</span></div></div>"
        + f"<div id='jp-relatedposts' class='jp-relatedposts'><h3 class='jp-relatedposts-headline'><em>{c['related']}</em></h3><div class='jp-relatedposts-items jp-relatedposts-items-visual'>{related}</div></div>"
    )
    comments = ""
    if variant:
        drop += [c["comment"], c["comment2"], c["notes"]]
        items = "".join(
            f"<li id='comment-{i}' class='comment even thread-even depth-1'><article id='div-comment-{i}' class='comment-body'><footer class='comment-meta'><div class='comment-author vcard'><img class='avatar' src='/a.png' height='32' width='32'><b class='fn'>{who}</b> <span class='says'>:</span></div><div class='comment-metadata'><a href='#comment-{i}'><time datetime='2024-03-12T10:1{i}:00+00:00'>12.03.2024, 10:1{i}</time></a></div></footer><div class='comment-content'><p>{txt}</p></div><div class='reply'><a rel='nofollow' class='comment-reply-link' href='?replytocom={i}'>Reply</a></div></article></li>"
            for i, (who, txt) in enumerate((("Peter", c["comment"]), ("Marta K.", c["comment2"])))
        )
        comments = (
            f"<div id='comments' class='comments-area'><h2 class='comments-title'>2 × “{title}”</h2><ol class='comment-list'>{items}</ol>"
            f"<div id='respond' class='comment-respond'><h3 id='reply-title' class='comment-reply-title'>{c['reply']}</h3><form action='/wp-comments-post.php' method='post' id='commentform' class='comment-form'><p class='comment-notes'><span id='email-notes'>{c['notes']}</span></p><p class='comment-form-comment'><label for='comment'>Comment</label><textarea id='comment' name='comment'></textarea></p><p class='comment-form-author'><label for='author'>Name *</label><input id='author' name='author' type='text'></p><p class='form-submit'><input name='submit' type='submit' id='submit' class='submit' value='OK'></p></form></div></div>"
        )
    article = (
        f"<article id='post-123' class='post-123 post type-post status-publish format-standard has-post-thumbnail hentry category-news tag-energie'>"
        f"<header class='entry-header'><h1 class='entry-title'>{title}</h1><div class='entry-meta'><span class='posted-on'><a href='/2024/03/12/post/' rel='bookmark'><time class='entry-date published' datetime='2024-03-12T09:00:00+00:00'>12.03.2024</time></a></span><span class='byline'> <span class='author vcard'><a class='url fn n' href='/author/anna/'>Anna Berg</a></span></span></div></header>"
        f"<div class='post-thumbnail'><img src='/wp-content/uploads/2024/03/heat.jpg' class='attachment-post-thumbnail wp-post-image' alt=''></div>"
        f"<div class='entry-content'>{entry}</div>"
        f"<footer class='entry-footer'><span class='cat-links'>{c['cats']} <a href='/category/news/' rel='category tag'>{c['nav'][1]}</a></span><span class='tags-links'>{c['tags']} <a href='/tag/energie/' rel='tag'>Energie</a>, <a href='/tag/stadt/' rel='tag'>Stadtwerke</a></span></footer>"
        f"<div class='author-info'><div class='author-avatar'><img class='avatar' src='/a.png' width='60' height='60'></div><div class='author-description'><h2 class='author-title'>Anna Berg</h2><p class='author-bio'>{c['bio']} <a class='author-link' href='/author/anna/' rel='author'>{c['more']}</a></p></div></div>"
        "</article>"
        f"<nav class='navigation post-navigation' aria-label='Posts'><h2 class='screen-reader-text'>Post navigation</h2><div class='nav-links'><div class='nav-previous'><a href='/2024/03/post-0/' rel='prev'><span class='meta-nav'>{c['prev']}</span> <span class='post-title'>{c['posts'][0]}</span></a></div><div class='nav-next'><a href='/2024/03/post-2/' rel='next'><span class='meta-nav'>{c['next']}</span> <span class='post-title'>{c['posts'][2]}</span></a></div></div></nav>"
        + comments
    )
    sidebar = (
        "<aside id='secondary' class='widget-area'>"
        "<section id='search-2' class='widget widget_search'><form role='search' class='search-form'><input type='search' class='search-field'><input type='submit' class='search-submit' value='Search'></form></section>"
        f"<section id='recent-posts-2' class='widget widget_recent_entries'><h2 class='widget-title'>{c['recent']}</h2>{post_list(lang)}</section>"
        f"<section id='archives-2' class='widget widget_archive'><h2 class='widget-title'>{c['archives']}</h2><ul><li><a href='/2024/03/'>{c['month']}</a></li><li><a href='/2024/02/'>02/2024</a></li></ul></section>"
        f"<section id='categories-2' class='widget widget_categories'><h2 class='widget-title'>{c['categories']}</h2><ul><li class='cat-item'><a href='/category/news/'>{c['nav'][1]}</a></li><li class='cat-item'><a href='/category/themen/'>{c['nav'][2]}</a></li></ul></section>"
        "</aside>"
    )
    body = (
        f"<div id='page' class='site'><a class='skip-link screen-reader-text' href='#content'>Skip to content</a>"
        f"<header id='masthead' class='site-header'><div class='site-branding'><p class='site-title'><a href='/' rel='home'>Quartiersblog</a></p><p class='site-description'>{c['nav'][2]}</p></div><nav id='site-navigation' class='main-navigation'>{menu(lang)}</nav></header>"
        f"<div id='content' class='site-content'><div id='primary' class='content-area'><main id='main' class='site-main'>{article}</main></div>{sidebar}</div>"
        "<footer id='colophon' class='site-footer'><div class='site-info'><a href='https://wordpress.org/'>Proudly powered by WordPress</a></div></footer></div>"
    )
    return (
        f"wp-{lang}-{'long' if long else 'short'}-v{variant}",
        shell(body, title, lang, "post-template-default single single-post postid-123"),
        keep,
        drop,
    )


# -- WordPress block theme (Gutenberg) -------------------------------------------------


def gutenberg(lang: str, long: bool, variant: int, content: Content | None = None) -> Case:
    c = L[lang]
    title, blocks, keep = content or story(lang, long)
    drop = [c["posts"][0], c["posts"][1], c["comment"], c["notes"]]
    parts = render(
        blocks,
        h2="<h2 class='wp-block-heading'>{}</h2>",
        quote="<blockquote class='wp-block-quote is-layout-flow'><p>{}</p><cite>Anna Berg</cite></blockquote>",
        ul="<ul class='wp-block-list'>{}</ul>",
    )
    image = "<figure class='wp-block-image size-large'><img src='/wp-content/uploads/heat-1024x683.jpg' alt='' class='wp-image-77'><figcaption class='wp-element-caption'>Foto: Anna Berg</figcaption></figure>"
    embed = "<figure class='wp-block-embed is-type-video is-provider-youtube wp-block-embed-youtube wp-embed-aspect-16-9 wp-has-aspect-ratio'><div class='wp-block-embed__wrapper'><iframe title='Video' width='640' height='360' src='https://www.youtube.com/embed/x1'></iframe></div></figure>"
    if variant and long:
        # a columns block holding a paragraph beside the list, a group with a background
        parts = [
            *parts[:3],
            image,
            f"<div class='wp-block-columns is-layout-flex'><div class='wp-block-column is-layout-flow'>{parts[3]}</div><div class='wp-block-column is-layout-flow'>{parts[4]}</div></div>",
            f"<div class='wp-block-group has-pale-cyan-blue-background-color has-background is-layout-constrained'>{parts[5]}{parts[6]}</div>",
            embed,
            *parts[7:],
        ]
    else:
        parts = [parts[0], image, *parts[1:-1], embed, parts[-1]]
    more = "".join(
        f"<li class='wp-block-post post-{40 + i} post type-post'><h3 class='wp-block-post-title'><a href='/2024/03/post-{i}/'>{t}</a></h3><div class='wp-block-post-date'><time datetime='2024-03-0{i + 1}'>0{i + 1}.03.2024</time></div></li>"
        for i, t in enumerate(c["posts"])
    )
    main = (
        "<main class='wp-block-group is-layout-constrained'>"
        f"<div class='wp-block-group is-layout-flow'><h1 class='wp-block-post-title'>{title}</h1>"
        "<div class='wp-block-group is-layout-flex'><div class='wp-block-post-date'><time datetime='2024-03-12T09:00:00+00:00'>12.03.2024</time></div><div class='wp-block-post-author-name'><a href='/author/anna/'>Anna Berg</a></div></div></div>"
        "<figure class='wp-block-post-featured-image'><img src='/heat.jpg' alt=''></figure>"
        f"<div class='entry-content wp-block-post-content is-layout-constrained'>{''.join(parts)}</div>"
        f"<div class='wp-block-group is-layout-flex'><div class='taxonomy-category wp-block-post-terms'><a href='/category/news/' rel='tag'>{c['nav'][1]}</a></div><div class='taxonomy-post_tag wp-block-post-terms'><span class='wp-block-post-terms__prefix'>{c['tags']} </span><a href='/tag/energie/' rel='tag'>Energie</a></div></div>"
        f"<nav class='wp-block-group is-layout-flex' aria-label='Posts'><div class='post-navigation-link-previous wp-block-post-navigation-link'><span class='wp-block-post-navigation-link__label'>{c['prev']}</span> <a href='/2024/03/post-0/' rel='prev'>{c['posts'][0]}</a></div><div class='post-navigation-link-next wp-block-post-navigation-link'><span class='wp-block-post-navigation-link__label'>{c['next']}</span> <a href='/2024/03/post-2/' rel='next'>{c['posts'][2]}</a></div></nav>"
        f"<div class='wp-block-comments'><h2 class='wp-block-heading'>{c['reply']}</h2><ol class='wp-block-comment-template'><li id='comment-3' class='comment even thread-even depth-1'><div class='wp-block-columns is-layout-flex'><div class='wp-block-column is-layout-flow'><div class='wp-block-comment-author-name'>Peter</div><div class='wp-block-comment-date'><time datetime='2024-03-12T10:14:00+00:00'>12.03.2024</time></div><div class='wp-block-comment-content'><p>{c['comment']}</p></div><div class='wp-block-comment-reply-link'><a class='comment-reply-link' href='?replytocom=3'>Reply</a></div></div></div></li></ol>"
        f"<div id='respond' class='comment-respond wp-block-post-comments-form'><form id='commentform' class='comment-form'><p class='comment-notes'><span id='email-notes'>{c['notes']}</span></p><p class='comment-form-comment'><textarea id='comment' name='comment'></textarea></p><p class='form-submit wp-block-button'><input type='submit' class='wp-block-button__link' value='OK'></p></form></div></div>"
        f"<div class='wp-block-group is-layout-constrained'><h2 class='wp-block-heading'>{c['more']}</h2><div class='wp-block-query is-layout-flow'><ul class='wp-block-post-template is-layout-grid'>{more}</ul></div></div>"
        "</main>"
    )
    body = (
        "<div class='wp-site-blocks'><header class='wp-block-template-part'><div class='wp-block-group is-layout-flex'><p class='wp-block-site-title'><a href='/' rel='home'>Quartiersblog</a></p>"
        f"<nav class='wp-block-navigation is-layout-flex'>{menu(lang, 'wp-block-navigation__container')}</nav></div></header>"
        f"{main}<footer class='wp-block-template-part'><div class='wp-block-group'><p class='has-small-font-size'>Designed with WordPress</p></div></footer></div>"
    )
    return (
        f"gb-{lang}-{'long' if long else 'short'}-v{variant}",
        shell(
            body,
            title,
            lang,
            "wp-singular post-template-default single single-post wp-theme-twentytwentyfour",
        ),
        keep,
        drop,
    )


# -- Drupal -----------------------------------------------------------------------------


def drupal(lang: str, long: bool, variant: int, content: Content | None = None) -> Case:
    c = L[lang]
    title, blocks, keep = content or story(lang, long)
    drop = (
        [c["posts"][0], c["posts"][1], *(STORY[lang][1][5 - i][:80] for i in range(3))]
        if not long
        else [c["posts"][0], c["posts"][1]]
    )
    rows = "".join(
        f"<div class='views-row'><div class='views-field views-field-title'><span class='field-content'><a href='/node/{40 + i}' hreflang='{lang}'>{t}</a></span></div>"
        f"<div class='views-field views-field-created'><span class='field-content'><time datetime='2024-03-0{i + 1}T12:00:00Z'>0{i + 1}.03.2024</time></span></div>"
        + (
            f"<div class='views-field views-field-body'><div class='field-content'>{STORY[lang][1][5 - i][:80]}…</div></div>"
            if not long
            else ""
        )
        + "</div>"
        for i, t in enumerate(c["posts"])
    )
    related = f"<div class='views-element-container block block-views block-views-blockrelated-content-block-1' id='block-views-block-related-content-block-1'><h2>{c['related']}</h2><div><div class='view view-related-content view-id-related_content view-display-id-block_1 js-view-dom-id-5f1'><div class='view-content'>{rows}</div></div></div></div>"
    node = (
        "<article role='article' about='/node/123' class='node node--type-article node--promoted node--view-mode-full'>"
        "<footer class='node__meta'><div class='node__submitted'><span class='field field--name-uid field--type-entity-reference field--label-hidden'><span>Anna Berg</span></span> <span class='field field--name-created field--type-created field--label-hidden'><time datetime='2024-03-12T09:00:00+01:00'>Di., 12.03.2024 - 09:00</time></span></div></footer>"
        "<div class='node__content'>"
        "<div class='field field--name-field-image field--type-image field--label-hidden field__item'><img loading='lazy' src='/sites/default/files/2024-03/heat.jpg' width='1200' height='800' alt=''></div>"
        f"<div class='clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item'>{''.join(render(blocks))}</div>"
        f"<div class='field field--name-field-tags field--type-entity-reference field--label-above'><div class='field__label'>{c['tags'].rstrip(':')}</div><div class='field__items'><div class='field__item'><a href='/taxonomy/term/4' hreflang='{lang}'>Energie</a></div><div class='field__item'><a href='/taxonomy/term/5'>Stadtwerke</a></div></div></div>"
        "</div></article>"
    )
    crumbs = f"<div class='region region-breadcrumb'><nav class='breadcrumb' role='navigation' aria-labelledby='system-breadcrumb'><h2 id='system-breadcrumb' class='visually-hidden'>Breadcrumb</h2><ol><li><a href='/'>{c['nav'][0]}</a></li><li><a href='/news'>{c['nav'][1]}</a></li></ol></nav></div>"
    page_main = f"<div id='block-page-title' class='block block-core block-page-title-block'><h1 class='page-title'><span class='field field--name-title field--type-string field--label-hidden'>{title}</span></h1></div><div id='block-mainpagecontent' class='block block-system block-system-main-block'>{node}</div>"
    if variant:
        layout = f"<main role='main'><div class='layout-content'><div class='region region-content'>{page_main}{related}</div></div></main>"
    else:
        layout = f"<main role='main'><div class='layout-content'><div class='region region-content'>{page_main}</div></div><aside class='layout-sidebar-second' role='complementary'><div class='region region-sidebar-second'>{related}</div></aside></main>"
    body = (
        "<div class='dialog-off-canvas-main-canvas' data-off-canvas-main-canvas><div class='layout-container'>"
        f"<header role='banner'><div class='region region-header'><a href='/' rel='home' class='site-logo'>Quartier</a></div><div class='region region-primary-menu'><nav role='navigation' id='block-main-menu'>{menu(lang, 'menu menu--main')}</nav></div></header>"
        f"{crumbs}{layout}<footer role='contentinfo'><div class='region region-footer'><span>Powered by <a href='https://www.drupal.org'>Drupal</a></span></div></footer></div></div>"
    )
    return (
        f"drupal-{lang}-{'long' if long else 'short'}-v{variant}",
        shell(body, title, lang, "path-node page-node-type-article"),
        keep,
        drop,
    )


# -- TYPO3 --------------------------------------------------------------------------------


def typo3(lang: str, long: bool, variant: int, content: Content | None = None) -> Case:
    c = L[lang]
    title, blocks, keep = content or story(lang, long)
    contact = (
        f"<div id='c900' class='frame frame-default frame-type-text frame-layout-0 contact-box'><header><h3>{c['contact']}</h3></header>"
        f"<div class='ce-bodytext'><p>Dr. Maria Schulte<br>{c['nav'][4]}</p><p>{c['contact_line']}</p></div></div>"
    )
    drop = [c["contact_line"], c["posts"][0]]
    subnav = (
        "<nav class='subnav'><ul>"
        + "".join(f"<li><a href='/s/{i}/'>{t}</a></li>" for i, t in enumerate(c["posts"]))
        + "</ul></nav>"
    )
    crumbs = f"<div class='breadcrumb'><span class='label'>{c['crumbs']}</span><ol><li><a href='/'>{c['nav'][0]}</a></li><li><a href='/presse/'>{c['nav'][1]}</a></li><li class='active'>{title[:30]}</li></ol></div>"
    if variant == 0:
        # an institutional page of content elements, one frame per heading
        frames: list[tuple[str, list[str]]] = []
        cur: list[str] = []
        head = ""
        for kind, html in zip([k for k, _ in blocks], render(blocks), strict=True):
            if kind == "h2":
                frames.append((head, cur))
                head, cur = html, []
            else:
                cur.append(html)
        frames.append((head, cur))
        out = [
            f"<div id='c100' class='frame frame-default frame-type-header frame-layout-0'><header><h1 class=''>{title}</h1></header></div>"
        ]
        for n, (head, elems) in enumerate(frames, 1):
            h = f"<header>{head}</header>" if head else ""
            if n == 1:
                out.append(
                    f"<div id='c10{n}' class='frame frame-default frame-type-textpic frame-layout-0'>{h}<div class='ce-textpic ce-right ce-intext'><div class='ce-gallery' data-ce-columns='1' data-ce-images='1'><div class='ce-row'><div class='ce-column'><figure class='image'><img class='image-embed-item' src='/fileadmin/_processed_/heat.jpg' width='300' height='200' alt=''><figcaption class='image-caption'>Foto: Stadtwerke</figcaption></figure></div></div></div><div class='ce-bodytext'>{''.join(elems)}</div></div></div>"
                )
            else:
                out.append(
                    f"<div id='c10{n}' class='frame frame-default frame-type-text frame-layout-0'>{h}<div class='ce-bodytext'>{''.join(elems)}</div></div>"
                )
        main = "".join(out)
        name = "ce"
    else:
        # a ministry's or university's press release in the news extension
        related = "".join(
            f"<li><a href='/presse/{i}/'>{t}</a></li>" for i, t in enumerate(c["posts"][:2])
        )
        main = (
            "<div class='news news-single'><div class='article' itemscope='itemscope' itemtype='http://schema.org/Article'>"
            f"<div class='header'><h1 itemprop='headline'>{title}</h1></div>"
            f"<div class='footer'><p><span class='news-list-date'><time itemprop='datePublished' datetime='2024-03-12'>12.03.2024</time></span> <span class='news-list-category'>{c['nav'][1]}</span></p></div>"
            "<div class='news-img-wrap'><div class='outer'><div class='mediaelement mediaelement-image'><img src='/fileadmin/heat.jpg' width='500' height='300' alt=''></div><p class='news-img-caption'>Foto: Pressestelle</p></div></div>"
            f"<div class='news-text-wrap' itemprop='articleBody'>{''.join(render(blocks))}</div>"
            f"<div class='news-related-wrap'><div class='news-related news-related-links'><h4>{c['related']}</h4><ul>{related}</ul></div></div>"
            f"<div class='news-backlink-wrap'><a href='/presse/'>{c['back']}</a></div></div></div>"
        )
        drop.append(c["back"])
        name = "news"
    body = (
        f"<div class='page'><header class='page-header'><a class='logo' href='/'><img src='/logo.svg' alt='Ministerium'></a><nav class='mainnav'>{menu(lang)}</nav></header>{crumbs}"
        f"<div class='container'><div class='row'><div class='col-md-3 col-subnav'>{subnav}</div><main class='col-md-6 maincontent' id='content'><!--TYPO3SEARCH_begin-->{main}<!--TYPO3SEARCH_end--></main>"
        f"<aside class='col-md-3 col-aside'>{contact}</aside></div></div>"
        "<footer class='page-footer'><ul><li><a href='/impressum/'>Impressum</a></li><li><a href='/datenschutz/'>Datenschutz</a></li><li><a href='/barrierefreiheit/'>Barrierefreiheit</a></li></ul></footer></div>"
    )
    return (
        f"typo3-{name}-{lang}-{'long' if long else 'short'}",
        shell(body, title, lang),
        keep,
        drop,
    )


# -- Joomla ---------------------------------------------------------------------------------


def joomla(lang: str, long: bool, variant: int, content: Content | None = None) -> Case:
    c = L[lang]
    title, blocks, keep = content or story(lang, long)
    drop = [c["posts"][0], c["posts"][1], "1234"]
    item = (
        f"<div class='item-page' itemscope itemtype='https://schema.org/Article'><meta itemprop='inLanguage' content='{lang}'>"
        f"<div class='page-header'><h2 itemprop='headline'>{title}</h2></div>"
        "<dl class='article-info text-muted'><dt class='article-info-term'>Details</dt>"
        "<dd class='createdby' itemprop='author' itemscope itemtype='https://schema.org/Person'><span itemprop='name'>Anna Berg</span></dd>"
        f"<dd class='category-name'><a href='/aktuelles' itemprop='genre'>{c['nav'][1]}</a></dd>"
        "<dd class='published'><span class='icon-calendar' aria-hidden='true'></span><time datetime='2024-03-12T09:00:00+01:00' itemprop='datePublished'>12. 03. 2024</time></dd>"
        "<dd class='hits'><span class='icon-eye' aria-hidden='true'></span><meta itemprop='interactionCount' content='UserPageVisits:1234'>1234</dd></dl>"
        f"<div itemprop='articleBody' class='com-content-article__body'>{''.join(render(blocks))}</div>"
        "<ul class='tags list-inline'><li class='list-inline-item tag-2 tag-list0'><a href='/tags/energie' class='label label-info'>Energie</a></li></ul>"
        f"<ul class='pager pagenav'><li class='previous'><a class='hasTooltip' title='{c['posts'][2]}' href='/aktuelles/12' rel='prev'><span class='icon-chevron-left'></span> {c['prev']}</a></li><li class='next'><a href='/aktuelles/14' rel='next'>{c['next']} <span class='icon-chevron-right'></span></a></li></ul></div>"
    )
    modules = (
        f"<div class='moduletable'><h3>{c['recent']}</h3><ul class='latestnews mod-list'>"
        + "".join(
            f"<li itemscope itemtype='https://schema.org/Article'><a href='/aktuelles/{i}' itemprop='url'><span itemprop='name'>{t}</span></a></li>"
            for i, t in enumerate(c["posts"])
        )
        + "</ul></div>"
        + f"<div class='moduletable'><h3>{c['categories']}</h3><ul class='categories-module mod-list'><li><h4><a href='/aktuelles'>{c['nav'][1]}</a></h4></li><li><h4><a href='/themen'>{c['nav'][2]}</a></h4></li></ul></div>"
    )
    crumbs = f"<ul itemscope itemtype='https://schema.org/BreadcrumbList' class='breadcrumb'><li class='active'>{c['crumbs']} &#160;</li><li itemprop='itemListElement' itemscope itemtype='https://schema.org/ListItem'><a itemprop='item' href='/' class='pathway'><span itemprop='name'>{c['nav'][0]}</span></a><span class='divider'>/</span><meta itemprop='position' content='1'></li></ul>"
    if variant:
        layout = f"<table class='layout' width='100%'><tr><td class='left' width='200'>{modules}</td><td class='main'>{crumbs}<div id='system-message-container'></div>{item}</td></tr></table>"
    else:
        layout = f"<div class='container'><div class='row'><main id='content' role='main' class='span9'>{crumbs}<div id='system-message-container'></div>{item}</main><div id='aside' class='span3'>{modules}</div></div></div>"
    body = f"<header class='header'><a class='brand' href='/'>Verein</a><nav class='navigation'>{menu(lang, 'nav menu nav-pills mod-list')}</nav></header>{layout}<footer class='footer'><p>&copy; 2024 Verein</p></footer>"
    return (
        f"joomla-{lang}-{'long' if long else 'short'}-v{variant}",
        shell(body, title, lang, "site com_content view-article layout-blog"),
        keep,
        drop,
    )


# -- Ghost ------------------------------------------------------------------------------------


def ghost(lang: str, long: bool, variant: int, content: Content | None = None) -> Case:
    c = L[lang]
    title, blocks, keep = content or story(lang, long)
    drop = [c["cta"], c["posts"][0], c["posts"][1]]
    parts = render(blocks, quote="<blockquote class='kg-blockquote-alt'>{}</blockquote>")
    image = "<figure class='kg-card kg-image-card kg-card-hascaption'><img src='/content/images/2024/03/heat.jpg' class='kg-image' alt='' loading='lazy' width='2000' height='1333'><figcaption><span style='white-space: pre-wrap;'>Foto: Anna Berg</span></figcaption></figure>"
    button = f"<div class='kg-card kg-button-card kg-align-center'><a href='#/portal/signup' class='kg-btn kg-btn-accent'>{c['nav'][4]}</a></div>"
    bookmark = f"<figure class='kg-card kg-bookmark-card'><a class='kg-bookmark-container' href='https://example.net/2024/post/'><div class='kg-bookmark-content'><div class='kg-bookmark-title'>{c['posts'][1]}</div><div class='kg-bookmark-metadata'><img class='kg-bookmark-icon' src='/icon.png' alt=''><span class='kg-bookmark-author'>Quartiersblog</span></div></div></a></figure>"
    parts = [parts[0], image, *parts[1:-1], button if variant else bookmark, parts[-1]]
    cards = "".join(
        f"<article class='post-card post'><a class='post-card-image-link' href='/post-{i}/'><img class='post-card-image' src='/p{i}.jpg' alt=''></a><div class='post-card-content'><a class='post-card-content-link' href='/post-{i}/'><header class='post-card-header'><h2 class='post-card-title'>{t}</h2></header><div class='post-card-excerpt'>{STORY[lang][1][5][:70]}…</div></a><footer class='post-card-meta'><time class='post-card-meta-date' datetime='2024-03-0{i + 1}'>Mar {i + 1}, 2024</time><span class='post-card-meta-length'>3 min</span></footer></div></article>"
        for i, t in enumerate(c["posts"])
    )
    if long:
        drop.remove(c["posts"][1]) if not variant else None
    else:
        drop.append(STORY[lang][1][5][:70])
    main = (
        "<main id='site-main' class='site-main'><article class='article post tag-energie'>"
        f"<header class='article-header gh-canvas'><div class='article-tag post-card-tags'><span class='post-card-primary-tag'><a href='/tag/energie/'>Energie</a></span></div><h1 class='article-title'>{title}</h1>"
        "<div class='article-byline'><section class='article-byline-content'><ul class='author-list'><li class='author-list-item'><a href='/author/anna/' class='author-avatar'><img class='author-profile-image' src='/anna.jpg' alt='Anna Berg'></a></li></ul><div class='article-byline-meta'><h4 class='author-name'><a href='/author/anna/'>Anna Berg</a></h4><div class='byline-meta-content'><time class='byline-meta-date' datetime='2024-03-12'>12 Mar 2024</time><span class='byline-reading-time'><span class='bull'>&bull;</span> 4 min</span></div></div></section></div>"
        "<figure class='article-image'><img src='/content/images/2024/03/cover.jpg' alt=''></figure></header>"
        f"<section class='gh-content gh-canvas'>{''.join(parts)}</section>"
        "<section class='article-comments gh-canvas'></section></article></main>"
    )
    body = (
        "<div class='viewport'><header id='gh-head' class='gh-head outer'><div class='gh-head-inner inner'><div class='gh-head-brand'><a class='gh-head-logo' href='/'>Quartiersblog</a></div>"
        f"<nav class='gh-head-menu'>{menu(lang, 'nav')}</nav><div class='gh-head-actions'><a class='gh-head-button' href='#/portal/signup' data-portal='signup'>{c['nav'][4]}</a></div></div></header>"
        f"<div class='site-content'>{main}"
        f"<section class='footer-cta outer'><div class='inner'><h2 class='footer-cta-title'>{c['cta']}</h2><a class='footer-cta-button' href='#/portal' data-portal><div class='footer-cta-input'>you@example.com</div><span>OK</span></a></div></section>"
        f"<aside class='read-more-wrap outer'><div class='read-more inner'>{cards}</div></aside></div>"
        "<footer class='site-footer outer'><div class='inner'><section class='copyright'><a href='/'>Quartiersblog</a> &copy; 2024</section><div class='gh-powered-by'><a href='https://ghost.org/' target='_blank' rel='noopener'>Powered by Ghost</a></div></div></footer></div>"
    )
    return (
        f"ghost-{lang}-{'long' if long else 'short'}-v{variant}",
        shell(body, title, lang, "post-template tag-energie"),
        keep,
        drop,
    )


# -- Substack-like newsletter ----------------------------------------------------------------


def substack(lang: str, long: bool, variant: int, content: Content | None = None) -> Case:
    c = L[lang]
    title, blocks, keep = content or story(lang, long)
    drop = [c["cta"], c["comment"], "Restack"]
    parts = render(blocks, h2="<h2 class='header-anchor-post'>{}</h2>")
    widget = (
        f"<div class='subscription-widget-wrap-editor' data-attrs='{{&quot;url&quot;:&quot;https://x.substack.com/subscribe&quot;}}' data-component-name='SubscribeWidgetToDOM'><div class='subscription-widget show-subscribe'><div class='preamble'><p class='cta-caption'>{c['cta']}</p></div>"
        "<form class='subscription-widget-subscribe'><input type='email' class='email-input' name='email' placeholder='you@example.com'><input type='submit' class='button primary' value='OK'><div class='fake-input-wrapper'></div></form></div></div>"
    )
    sharebtn = f"<p class='button-wrapper' data-attrs='{{&quot;url&quot;:&quot;https://x.substack.com/p/post?utm_source=substack&amp;utm_medium=email&amp;utm_content=share&amp;action=share&quot;}}' data-component-name='ButtonCreateButton'><a class='button primary' href='https://x.substack.com/p/post?utm_source=substack&amp;utm_medium=email&amp;utm_content=share&amp;action=share'><span>{c['share'].rstrip(': ')}</span></a></p>"
    mid = 2 if variant else 1
    parts = [*parts[:mid], widget, *parts[mid:], sharebtn]
    ufi = (
        "<div class='post-ufi'><div class='like-button-container post-ufi-button style-button'><a role='button' class='post-ufi-button style-button has-label with-border'><svg></svg><div class='label'>42</div></a></div>"
        "<a role='button' href='/p/post/comments' class='post-ufi-button style-button post-ufi-comment-button has-label with-border'><svg></svg><div class='label'>7</div></a>"
        "<a role='button' class='post-ufi-button style-button has-label with-border'><svg></svg><div class='label'>Restack</div></a>"
        f"<div class='post-ufi-button style-button has-label with-border'><div class='label'>{c['share'].rstrip(': ')}</div></div></div>"
    )
    comments = (
        f"<div class='comments-page'><div class='container'><h4 class='comments-heading'>Discussion</h4><div class='comment-list'><div class='comment'><div class='comment-content'><div class='comment-meta'><a href='/@peter' class='commenter-name'>Peter</a> <a href='/p/post/comment/1' class='comment-timestamp'>Mar 12</a></div>"
        f"<div class='comment-body'><p>{c['comment']}</p></div><div class='comment-actions'><a class='comment-action'>Like (3)</a><a class='comment-action'>Reply</a></div></div></div></div></div></div>"
    )
    main = (
        "<div id='main' class='main typography use-theme-bg'><div class='single-post-container'><div class='container'><div class='single-post'><div class='post-wrapper'>"
        f"<article class='typography newsletter-post post'><div class='post-header'><h1 class='post-title published'>{title}</h1><h3 class='subtitle'>{c['nav'][2]} · 12</h3>"
        f"<div class='post-meta'><div class='byline-wrapper'><a href='https://substack.com/@anna' class='pencraft'>Anna Berg</a><div class='post-date' title='2024-03-12T09:00:00.000Z'>Mar 12, 2024</div></div>{ufi}</div></div>"
        f"<div class='available-content'><div dir='auto' class='body markup'>{''.join(parts)}</div></div>"
        f"<div class='post-footer'>{ufi}</div></article></div></div>"
        f"<div class='single-post-section'><div class='container'><div class='subscribe-footer'><p class='subscribe-footer-title'>{c['cta']}</p><form><input type='email'><input type='submit' value='OK'></form></div></div></div>"
        f"{comments}</div></div></div>"
    )
    body = f"<div class='topbar'><a class='navbar-title-link' href='/'>Quartiersbrief</a><button class='button primary subscribe-btn'>{c['nav'][4]}</button><button>Sign in</button></div>{main}<div class='footer-wrap'><div class='footer'>&copy; 2024 Anna Berg · Privacy ∙ Terms ∙ Collection notice</div></div>"
    return (
        f"substack-{lang}-{'long' if long else 'short'}-v{variant}",
        shell(body, title, lang),
        keep,
        drop,
    )


# -- Medium-like ------------------------------------------------------------------------------


def medium(lang: str, long: bool, variant: int, content: Content | None = None) -> Case:
    c = L[lang]
    title, blocks, keep = content or story(lang, long)
    bio = c["bio"]
    drop = [bio, c["posts"][0], c["posts"][1]]
    parts = render(
        blocks,
        p="<p class='pw-post-body-paragraph mt mu gv mv b mw mx'>{}</p>",
        h2="<h2 class='pw-post-body-paragraph nl nm gv bf nn'>{}</h2>",
        quote="<blockquote class='oa ob oc'><p class='od oe gv of b'>{}</p></blockquote>",
        ul="<ul class=''>{}</ul>",
        li="<li class='mt mu gv mv b pp'>{}</li>",
    )
    bar = "<div class='speechify-ignore ab cp'><div class='ab q'><div class='pw-multi-vote-count'>1.2K</div></div><div class='ab q'><span class='pw-responses-count'>24</span></div><button aria-label='Listen'>Listen</button><button aria-label='Share'>Share</button></div>"
    more = "".join(
        f"<div class='ab' role='link'><h2 class='be pk'>{t}</h2><div class='h k'><h3 class='be b'>{STORY[lang][1][5][:60]}…</h3></div><span>4 min read</span></div>"
        for t in c["posts"]
    )
    if not long:
        drop.append(STORY[lang][1][5][:60])
    article = (
        "<article><div class='l'><div class='l'><section><div><div class='ft fu fv fw fx'><div class='ab ca'><div class='ch bg ey ez fa fb'>"
        f"<div><h1 id='a1b2' class='pw-post-title gr gs gt be gu gv gw gx'>{title}</h1></div>"
        "<div class='speechify-ignore ab cp'><div class='ab'><a href='/@anna' rel='noopener follow'><img alt='Anna Berg' class='l eq by' src='/anna.jpg' width='44' height='44'></a>"
        "<div class='bm bg l'><span class='be b bf z bj'><a class='af ag' href='/@anna' rel='noopener follow'>Anna Berg</a></span> · <span><button class='be b'>Follow</button></span>"
        "<div class='l'><span class='be b'>Published in <a href='/quartier'>Quartier</a></span> · <span data-testid='storyReadTime'>6 min read</span> · <span data-testid='storyPublishDate'>Mar 12, 2024</span></div></div></div></div>"
        f"{bar}{''.join(parts)}</div></div></div></div></section></div></div></article>"
    )
    after = (
        f"<div class='ab ca'>{bar}</div><div class='ab ca'><div class='written-by'><a href='/@anna'><img src='/anna.jpg' alt='Anna Berg' width='72'></a><h2 class='be'>Written by Anna Berg</h2><span>1.2K Followers</span><p class='be b'>{bio}</p><button>Follow</button></div></div>"
        f"<div class='ab ca'><h2 class='be'>More from Anna Berg</h2>{more}</div>"
        "<div class='footer'><a href='/help'>Help</a><a href='/status'>Status</a><a href='/about'>About</a><a href='/careers'>Careers</a><a href='/privacy'>Privacy</a><a href='/terms'>Terms</a><a href='/text-to-speech'>Text to speech</a></div>"
    )
    header = "<div class='ab'><nav class='ab'><a href='/' aria-label='Homepage'>M</a><div class='search'><input placeholder='Search'></div><a href='/new-story'>Write</a><a href='/m/signin'>Sign in</a></nav></div>"
    body = f"<div id='root'><div class='a b c'>{header}<div class='l'>{article}{after if variant else after.replace(more, '')}</div></div></div>"
    if not variant:
        drop = [d for d in drop if d in body]
    return (
        f"medium-{lang}-{'long' if long else 'short'}-v{variant}",
        shell(body, title, lang),
        keep,
        drop,
    )


# -- Blogger ------------------------------------------------------------------------------------


def blogger(lang: str, long: bool, variant: int, content: Content | None = None) -> Case:
    c = L[lang]
    title, blocks, keep = content or story(lang, long)
    drop = [c["comment"], c["comment2"], "Post Comments (Atom)", "BlogThis!"]
    if variant:
        # the classic editor's text: <div>s and <br>s, no <p>
        parts = render(
            blocks,
            p="{}<br /><br />",
            h2="<b>{}</b><br /><br />",
            quote="<blockquote>{}</blockquote>",
            ul="<ul>{}</ul>",
        )
        text = f"<div dir='ltr' style='text-align: left;' trbidi='on'><div class='separator' style='clear: both; text-align: center;'><a href='https://blogger.googleusercontent.com/img/a.jpg' style='margin-left: 1em; margin-right: 1em;'><img border='0' height='240' src='https://blogger.googleusercontent.com/img/a.jpg' width='320' /></a></div>{''.join(parts)}</div>"
    else:
        text = "".join(
            render(blocks, p="<p style='text-align: justify;'>{}</p>", h2="<h3>{}</h3>")
        )
    post = (
        "<div class='date-outer'><h2 class='date-header'><span>12.03.2024</span></h2><div class='date-posts'><div class='post-outer'>"
        "<div class='post hentry uncustomized-post-template' itemprop='blogPost' itemscope='itemscope' itemtype='http://schema.org/BlogPosting'>"
        f"<a name='7312'></a><h3 class='post-title entry-title' itemprop='name'>{title}</h3><div class='post-header'><div class='post-header-line-1'></div></div>"
        f"<div class='post-body entry-content' id='post-body-7312' itemprop='description articleBody'>{text}<div style='clear: both;'></div></div>"
        "<div class='post-footer'><div class='post-footer-line post-footer-line-1'><span class='post-author vcard'>Posted by <span class='fn' itemprop='author' itemscope='itemscope' itemtype='http://schema.org/Person'><a class='g-profile' href='https://www.blogger.com/profile/1' rel='author'><span itemprop='name'>Anna Berg</span></a></span></span> "
        "<span class='post-timestamp'>at <meta content='https://quartier.blogspot.com/2024/03/post.html' itemprop='url'><a class='timestamp-link' href='https://quartier.blogspot.com/2024/03/post.html' rel='bookmark'><abbr class='published' itemprop='datePublished' title='2024-03-12T09:00:00+01:00'>09:00</abbr></a></span> "
        "<span class='post-comment-link'></span><span class='post-icons'><span class='item-control blog-admin pid-1'><a href='https://www.blogger.com/post-edit.g?blogID=1&amp;postID=7312' title='Edit Post'><img alt='' class='icon-action' height='18' src='https://resources.blogblog.com/img/icon18_edit_allbkg.gif' width='18'></a></span></span>"
        "<div class='post-share-buttons goog-inline-block'><a class='goog-inline-block share-button sb-email' href='https://www.blogger.com/share-post.g?blogID=1&amp;postID=7312&amp;target=email' target='_blank' title='Email This'><span class='share-button-link-text'>Email This</span></a><a class='goog-inline-block share-button sb-blog' href='https://www.blogger.com/share-post.g?target=blog' title='BlogThis!'><span class='share-button-link-text'>BlogThis!</span></a><a class='goog-inline-block share-button sb-facebook' href='https://www.blogger.com/share-post.g?target=facebook' title='Share to Facebook'><span class='share-button-link-text'>Share to Facebook</span></a></div></div>"
        "<div class='post-footer-line post-footer-line-2'><span class='post-labels'>Labels: <a href='https://quartier.blogspot.com/search/label/Energie' rel='tag'>Energie</a>, <a href='https://quartier.blogspot.com/search/label/Stadt' rel='tag'>Stadt</a></span></div></div></div>"
        "<div class='comments' id='comments'><a name='comments'></a><h4>2 comments:</h4><div id='Blog1_comments-block-wrapper'><dl class='avatar-comment-indent' id='comments-block'>"
        f"<dt class='comment-author' id='c1'><a name='c1'></a><a href='https://www.blogger.com/profile/2' rel='nofollow'>Peter</a> said...</dt><dd class='comment-body' id='Blog1_cmt-1'><p>{c['comment']}</p></dd><dd class='comment-footer'><span class='comment-timestamp'><a href='#c1' title='comment permalink'>12.03.2024, 10:14</a></span></dd>"
        f"<dt class='comment-author' id='c2'><a name='c2'></a>Anonymous said...</dt><dd class='comment-body' id='Blog1_cmt-2'><p>{c['comment2']}</p></dd><dd class='comment-footer'><span class='comment-timestamp'><a href='#c2'>12.03.2024, 11:02</a></span></dd>"
        "</dl></div><p class='comment-footer'><a href='https://www.blogger.com/comment/fullpage/post/1/7312' onclick=''>Post a Comment</a></p></div>"
        "</div></div></div>"
    )
    pager = "<div class='blog-pager' id='blog-pager'><span id='blog-pager-newer-link'><a class='blog-pager-newer-link' href='/2024/03/newer.html' title='Newer Post'>Newer Post</a></span><span id='blog-pager-older-link'><a class='blog-pager-older-link' href='/2024/03/older.html' title='Older Post'>Older Post</a></span><a class='home-link' href='/'>Home</a></div><div class='clear'></div><div class='post-feeds'><div class='feed-links'>Subscribe to: <a class='feed-link' href='/feeds/1/comments/default' target='_blank' type='application/atom+xml'>Post Comments (Atom)</a></div></div>"
    archive = "".join(
        f"<li><a href='/2024/03/p{i}.html'>{t}</a></li>" for i, t in enumerate(c["posts"])
    )
    sidebar = (
        "<div class='sidebar section' id='sidebar'><div class='widget Profile' data-version='1' id='Profile1'><h2>About Me</h2><div class='widget-content'><a href='https://www.blogger.com/profile/1'><img alt='My photo' class='profile-img' height='80' src='/me.jpg' width='80'></a>"
        f"<dl class='profile-datablock'><dt class='profile-data'><a class='profile-name-link g-profile' href='https://www.blogger.com/profile/1' rel='author'>Anna Berg</a></dt><dd class='profile-textblock'>{c['bio']}</dd></dl></div></div>"
        f"<div class='widget BlogArchive' data-version='1' id='BlogArchive1'><h2>Blog Archive</h2><div class='widget-content'><div id='ArchiveList'><ul class='hierarchy'><li class='archivedate expanded'><a class='toggle' href='javascript:void(0)'><span class='zippy toggle-open'>▼&#160;</span></a><a class='post-count-link' href='/2024/'>2024</a> <span class='post-count' dir='ltr'>(12)</span><ul class='posts'>{archive}</ul></li></ul></div></div></div></div>"
    )
    drop += [c["bio"], c["posts"][0]]
    body = (
        "<div class='content'><div class='content-outer'><header><div class='header-outer'><div class='Header widget' id='Header1'><h1 class='title'><a href='https://quartier.blogspot.com/'>Quartiersblog</a></h1><p class='description'><span>"
        + c["nav"][2]
        + "</span></p></div></div></header>"
        f"<div class='main-inner'><div class='columns fauxcolumns'><div class='column-center-outer'><div class='column-center-inner'><div class='main section' id='main'><div class='widget Blog' data-version='1' id='Blog1'><div class='blog-posts hfeed'>{post}</div>{pager}</div></div></div></div>"
        f"<div class='column-right-outer'><div class='column-right-inner'><aside>{sidebar}</aside></div></div></div></div>"
        "<footer><div class='footer-outer'><div class='widget Attribution' id='Attribution1'><div class='widget-content' style='text-align: center;'>Powered by <a href='https://www.blogger.com' target='_blank'>Blogger</a>.</div></div></div></footer></div></div>"
    )
    return (
        f"blogger-{lang}-{'long' if long else 'short'}-v{variant}",
        shell(body, title, lang, "variant-indie"),
        keep,
        drop,
    )


# -- Hugo / Jekyll ---------------------------------------------------------------------------------


def static(lang: str, long: bool, variant: int, content: Content | None = None) -> Case:
    c = L[lang]
    title, blocks, keep = content or story(lang, long)
    drop = [c["posts"][0], c["posts"][2], "Powered by"]
    if variant == 0:
        # Hugo with a PaperMod-like theme: a table of contents, tags, prev/next, share icons
        slug = "sub"
        parts = render(
            blocks,
            h2=f"<h2 id='{slug}'>{{}}<a hidden class='anchor' aria-hidden='true' href='#{slug}'>#</a></h2>",
        )
        toc = (
            f"<div class='toc'><details open><summary accesskey='c' title='(Alt + C)'><span class='details'>Table of Contents</span></summary><div class='inner'><ul><li><a href='#{slug}' aria-label='{SUB[lang]}'>{SUB[lang]}</a></li></ul></div></details></div>"
            if long
            else ""
        )
        if long:
            drop.append("Table of Contents")
        share = (
            "<div class='share-buttons'>"
            + "".join(
                f"<a target='_blank' rel='noopener noreferrer' aria-label='share on {n}' href='https://{n.lower()}.com/share?url=x'><svg viewBox='0 0 512 512'></svg></a>"
                for n in ("X", "LinkedIn", "Reddit", "Facebook", "WhatsApp", "Telegram")
            )
            + "</div>"
        )
        main = (
            "<main class='main'><article class='post-single'><header class='post-header'><div class='breadcrumbs'><a href='/'>"
            + c["nav"][0]
            + "</a>&nbsp;»&nbsp;<a href='/posts/'>Posts</a></div>"
            f"<h1 class='post-title entry-hint-parent'>{title}</h1><div class='post-meta'><span title='2024-03-12 09:00:00 +0100 CET'>12.03.2024</span>&nbsp;·&nbsp;4 min&nbsp;·&nbsp;Anna Berg</div></header>{toc}"
            f"<div class='post-content'>{''.join(parts)}</div>"
            f"<footer class='post-footer'><ul class='post-tags'><li><a href='/tags/energie/'>Energie</a></li><li><a href='/tags/stadt/'>Stadt</a></li></ul>"
            f"<nav class='paginav'><a class='prev' href='/posts/p0/'><span class='title'>« {c['prev']}</span><br><span>{c['posts'][0]}</span></a><a class='next' href='/posts/p2/'><span class='title'>{c['next']} »</span><br><span>{c['posts'][2]}</span></a></nav>{share}</footer></article></main>"
        )
        header = f"<header class='header'><nav class='nav'><div class='logo'><a href='/' accesskey='h' title='Anna Berg (Alt + H)'>Anna Berg</a></div><ul id='menu'><li><a href='/posts/'><span>Posts</span></a></li><li><a href='/tags/'><span>Tags</span></a></li><li><a href='/about/'><span>{c['nav'][3]}</span></a></li></ul></nav></header>"
        footer = "<footer class='footer'><span>&copy; 2024 <a href='/'>Anna Berg</a></span> · <span>Powered by <a href='https://gohugo.io/' rel='noopener noreferrer' target='_blank'>Hugo</a> &amp; <a href='https://github.com/adityatelange/hugo-PaperMod/' rel='noopener' target='_blank'>PaperMod</a></span></footer>"
        body = f"{header}{main}{footer}"
        bodyclass = "list"
    else:
        # Jekyll minima: the post, then the site footer with its description
        drop = [c["bio"]]
        parts = render(blocks)
        main = (
            "<main class='page-content' aria-label='Content'><div class='wrapper'><article class='post h-entry' itemscope itemtype='http://schema.org/BlogPosting'>"
            f"<header class='post-header'><h1 class='post-title p-name' itemprop='name headline'>{title}</h1><p class='post-meta'><time class='dt-published' datetime='2024-03-12T09:00:00+01:00' itemprop='datePublished'>Mar 12, 2024</time> • <span itemprop='author' itemscope itemtype='http://schema.org/Person'><span class='p-author h-card' itemprop='name'>Anna Berg</span></span></p></header>"
            f"<div class='post-content e-content' itemprop='articleBody'>{''.join(parts)}</div><a class='u-url' href='/2024/03/12/post.html' hidden></a></article></div></main>"
        )
        header = (
            "<header class='site-header' role='banner'><div class='wrapper'><a class='site-title' rel='author' href='/'>Anna Berg</a><nav class='site-nav'><div class='trigger'><a class='page-link' href='/about/'>"
            + c["nav"][3]
            + "</a></div></nav></div></header>"
        )
        footer = (
            "<footer class='site-footer h-card'><data class='u-url' href='/'></data><div class='wrapper'><h2 class='footer-heading'>Anna Berg</h2><div class='footer-col-wrapper'>"
            "<div class='footer-col footer-col-1'><ul class='contact-list'><li class='p-name'>Anna Berg</li><li><a class='u-email' href='mailto:anna@example.org'>anna@example.org</a></li></ul></div>"
            f"<div class='footer-col footer-col-3'><p>{c['bio']}</p></div></div></div></footer>"
        )
        body = f"{header}{main}{footer}"
        bodyclass = ""
    return (
        f"static-{'hugo' if variant == 0 else 'jekyll'}-{lang}-{'long' if long else 'short'}",
        shell(body, title, lang, bodyclass),
        keep,
        drop,
    )


# -- must not fire: stories that look like chrome ----------------------------------------------

KEEP_STORIES: dict[str, dict[str, Content]] = {
    "cookies": {
        "en": (
            "Why the cookie banner on your favourite site is about to change",
            [
                (
                    "p",
                    "From next month, sites that show a cookie banner must offer a button to reject all cookies that is as easy to find as the one to accept them.",
                ),
                (
                    "p",
                    "The data protection authority says most banners it checked last year hid the refusal behind a second layer of settings, which it considers unlawful.",
                ),
                ("h2", "What changes for readers"),
                (
                    "ul",
                    "A reject all button must sit beside accept all.\nSettings may no longer be pre-ticked for advertising partners.\nWithdrawing consent must be as easy as giving it.",
                ),
                (
                    "p",
                    "Publishers warn that fewer accepted cookies will mean less advertising revenue, while consumer groups welcome the rules as overdue.",
                ),
            ],
            [],
        ),
        "de": (
            "Warum sich das Cookie-Banner auf vielen Seiten bald ändert",
            [
                (
                    "p",
                    "Ab dem kommenden Monat müssen Webseiten mit Cookie-Banner eine Schaltfläche zum Ablehnen aller Cookies anbieten, die so leicht zu finden ist wie die zum Akzeptieren.",
                ),
                (
                    "p",
                    "Die Datenschutzbehörde hatte im vergangenen Jahr festgestellt, dass die meisten Banner die Ablehnung hinter einer zweiten Ebene mit Einstellungen versteckten.",
                ),
                ("h2", "Was sich für Leser ändert"),
                (
                    "ul",
                    "Alle ablehnen muss neben Alle akzeptieren stehen.\nWerbepartner dürfen nicht mehr vorausgewählt sein.\nDer Widerruf der Einwilligung muss so einfach sein wie die Zustimmung.",
                ),
                (
                    "p",
                    "Verlage warnen vor sinkenden Werbeeinnahmen, Verbraucherschützer begrüßen die Regeln als längst überfällig.",
                ),
            ],
            [],
        ),
        "fr": (
            "Pourquoi le bandeau cookies de vos sites préférés va changer",
            [
                (
                    "p",
                    "Dès le mois prochain, les sites qui affichent un bandeau cookies devront proposer un bouton pour tout refuser aussi visible que celui pour tout accepter.",
                ),
                (
                    "p",
                    "L'autorité de protection des données a constaté l'an dernier que la plupart des bandeaux cachaient le refus derrière une seconde couche de paramètres.",
                ),
                ("h2", "Ce qui change pour les lecteurs"),
                (
                    "ul",
                    "Le bouton tout refuser doit figurer à côté de tout accepter.\nLes partenaires publicitaires ne peuvent plus être précochés.\nRetirer son consentement doit être aussi simple que le donner.",
                ),
                (
                    "p",
                    "Les éditeurs craignent une baisse des recettes publicitaires, les associations de consommateurs saluent des règles attendues depuis longtemps.",
                ),
            ],
            [],
        ),
    },
    "newsletter": {
        "en": (
            "We are launching a weekly newsletter for the neighbourhood",
            [
                (
                    "p",
                    "Starting in April, we will send a newsletter every Friday with the week's posts, the council's decisions and the dates of the coming events.",
                ),
                (
                    "p",
                    "You can subscribe with your email address on the newsletter page, and you can unsubscribe at any time with the link at the bottom of each issue.",
                ),
                (
                    "p",
                    "The newsletter is free and carries no advertising; it is paid for by the members of our association, as this blog has been since it started.",
                ),
            ],
            [],
        ),
        "de": (
            "Wir starten einen wöchentlichen Newsletter für das Viertel",
            [
                (
                    "p",
                    "Ab April verschicken wir jeden Freitag einen Newsletter mit den Beiträgen der Woche, den Beschlüssen des Stadtrats und den Terminen der nächsten Veranstaltungen.",
                ),
                (
                    "p",
                    "Sie können ihn auf der Newsletter-Seite mit Ihrer E-Mail-Adresse abonnieren und jederzeit über den Link am Ende jeder Ausgabe wieder abbestellen.",
                ),
                (
                    "p",
                    "Der Newsletter ist kostenlos und enthält keine Werbung; er wird wie dieser Blog seit seinen Anfängen von den Mitgliedern unseres Vereins bezahlt.",
                ),
            ],
            [],
        ),
        "fr": (
            "Nous lançons une lettre d'information hebdomadaire pour le quartier",
            [
                (
                    "p",
                    "À partir d'avril, nous enverrons chaque vendredi une lettre avec les articles de la semaine, les décisions du conseil et les dates des prochains événements.",
                ),
                (
                    "p",
                    "Vous pouvez vous abonner avec votre adresse e-mail sur la page de la lettre et vous désabonner à tout moment grâce au lien en bas de chaque numéro.",
                ),
                (
                    "p",
                    "La lettre est gratuite et sans publicité ; elle est financée par les membres de notre association, comme ce blog depuis ses débuts.",
                ),
            ],
            [],
        ),
    },
    "links": {
        "en": (
            "Links of the week: heat pumps, bike lanes and a very old library",
            [
                ("p", "Here is what I read this week and think is worth your time."),
                (
                    "ul",
                    "How a small town replaced its gas boilers with one large heat pump\nThe cycle lane that halved accidents on a busy road\nA library that has lent books from the same building since 1650\nWhy the new tram line is two years late\nWhat the census says about our neighbourhood",
                ),
            ],
            [],
        ),
        "de": (
            "Lesetipps der Woche: Wärmepumpen, Radwege und eine sehr alte Bibliothek",
            [
                ("p", "Das habe ich diese Woche gelesen und finde, es lohnt sich."),
                (
                    "ul",
                    "Wie eine Kleinstadt ihre Gaskessel durch eine große Wärmepumpe ersetzt hat\nDer Radweg, der die Unfälle an einer Hauptstraße halbiert hat\nEine Bibliothek, die seit 1650 im selben Gebäude Bücher verleiht\nWarum die neue Straßenbahn zwei Jahre Verspätung hat\nWas der Zensus über unser Viertel sagt",
                ),
            ],
            [],
        ),
        "fr": (
            "Les liens de la semaine : pompes à chaleur, pistes cyclables et une très vieille bibliothèque",
            [
                ("p", "Voici ce que j'ai lu cette semaine et qui vaut votre temps."),
                (
                    "ul",
                    "Comment une petite ville a remplacé ses chaudières à gaz par une grande pompe à chaleur\nLa piste cyclable qui a divisé par deux les accidents sur une route passante\nUne bibliothèque qui prête des livres dans le même bâtiment depuis 1650\nPourquoi le nouveau tramway a deux ans de retard\nCe que le recensement dit de notre quartier",
                ),
            ],
            [],
        ),
    },
    "release": {
        "de": (
            "Ministerium fördert Forschung zu Großwärmepumpen mit zwei Millionen Euro",
            [
                (
                    "p",
                    "Das Ministerium für Wirtschaft und Energie fördert ein Forschungsprojekt der Technischen Universität zu Großwärmepumpen in Klärwerken mit zwei Millionen Euro.",
                ),
                (
                    "p",
                    "Die Forschenden wollen bis 2027 zeigen, wie die Wärme aus gereinigtem Abwasser ganze Stadtteile versorgen kann; die Ministerin übergab den Förderbescheid am Dienstag.",
                ),
            ],
            [],
        ),
        "en": (
            "Ministry funds research into large heat pumps with two million euros",
            [
                (
                    "p",
                    "The Ministry for Economy and Energy is funding a research project of the Technical University on large heat pumps at sewage works with two million euros.",
                ),
                (
                    "p",
                    "The researchers want to show by 2027 how heat from treated waste water can supply whole districts; the minister handed over the grant on Tuesday.",
                ),
            ],
            [],
        ),
        "fr": (
            "Le ministère finance la recherche sur les grandes pompes à chaleur à hauteur de deux millions d'euros",
            [
                (
                    "p",
                    "Le ministère de l'Économie et de l'Énergie finance à hauteur de deux millions d'euros un projet de recherche de l'université technique sur les grandes pompes à chaleur.",
                ),
                (
                    "p",
                    "Les chercheurs veulent montrer d'ici 2027 comment la chaleur des eaux usées traitées peut alimenter des quartiers entiers ; la ministre a remis la décision mardi.",
                ),
            ],
            [],
        ),
    },
}

#: Which CMS markups each must-not-fire story is put in (builder, variant).
KEEP_IN: dict[str, list[tuple[str, int]]] = {
    "cookies": [("wordpress", 1), ("gutenberg", 0), ("drupal", 1), ("ghost", 1)],
    "newsletter": [("ghost", 1), ("substack", 1), ("wordpress", 0), ("blogger", 0)],
    "links": [
        ("static", 0),
        ("static", 1),
        ("wordpress", 0),
        ("blogger", 0),
        ("blogger", 1),  # the intro written straight into the post body, <br>s after it
        # the story's prose is one line: the comments, related excerpts and "more from"
        # lists beside it hold more prose than the story
        ("wordpress", 1),
        ("drupal", 1),
        ("medium", 1),
    ],
    "release": [("typo3", 1), ("typo3", 0), ("joomla", 0), ("drupal", 0)],
}


#: The sites a links-of-the-week story's items point to (one cited twice, as roundups do).
LINK_HOSTS = ("example.net", "www.example.com", "news.example.edu", "example.info")


def keep_content(kind: str, lang: str) -> Content:
    title, blocks, _ = KEEP_STORIES[kind][lang]
    keep = [line for _, text in blocks for line in text.split("\n")]
    if kind == "links":
        # each list item links to the story it names
        blocks = [
            (
                k,
                "\n".join(
                    f"<a href='https://{LINK_HOSTS[i % len(LINK_HOSTS)]}/{i}/'>{t}</a>"
                    for i, t in enumerate(text.split("\n"))
                )
                if k == "ul"
                else text,
            )
            for k, text in blocks
        ]
    return title, blocks, keep


BUILDERS: dict[str, Callable[..., Case]] = {
    "wordpress": wordpress,
    "gutenberg": gutenberg,
    "drupal": drupal,
    "typo3": typo3,
    "joomla": joomla,
    "ghost": ghost,
    "substack": substack,
    "medium": medium,
    "blogger": blogger,
    "static": static,
}


def cms_cases(builder: str) -> Callable[[], Iterator[Case]]:
    def cases() -> Iterator[Case]:
        for lang, long, variant in product(LANGS, (False, True), (0, 1)):
            yield BUILDERS[builder](lang, long, variant)

    return cases


def keep_cases() -> Iterator[Case]:
    for kind, stories in KEEP_STORIES.items():
        for lang in stories:
            for builder, variant in KEEP_IN[kind]:
                _name, html, keep, drop = BUILDERS[builder](
                    lang, False, variant, keep_content(kind, lang)
                )
                yield f"keep-{kind}-{builder}{variant}-{lang}", html, keep, drop


# -- must not fire: link boxes of the site (or one partner) beside a story -------------------

#: Headlines of another site's stories, and the names of a blogroll's sites.
AROUND = [
    "Ten gadgets that will change the way you cook forever",
    "This simple trick helps homeowners cut their heating bills",
    "Doctors are amazed by what this walk does for your knees",
]
ROLL = ["Daring Fireball", "Kottke", "Marginal Notes", "The Old Reader"]


def linkbox_cases() -> Iterator[Case]:
    """A story with link boxes that are no part of it in its container or beside it: a
    "further reading" list of the site's own stories (absolute links to its hosts) right
    after its paragraphs, a box of one partner site's stories, an "around the web" box of
    other sites' stories under its heading, and a blogroll of other sites in a sidebar.
    Their links are links of boxes, not a roundup the story cites: all must go."""
    for lang, (builder, variant) in product(
        LANGS, [("wordpress", 0), ("blogger", 0), ("static", 0), ("static", 1), ("ghost", 1)]
    ):
        c = L[lang]
        title, blocks, keep = story(lang, False)
        own = [
            "https://www.example.org/2024/01/a.html",
            "https://blog.example.org/b/",
            "https://example.org/c/",
        ]
        further = (
            "<ul>"
            + "".join(
                f"<li><a href='{h}'>{t}</a></li>" for h, t in zip(own, c["posts"], strict=True)
            )
            + "</ul>"
        )
        partner = (
            "<ul class='partner'>"
            + "".join(
                f"<li><a href='https://www.partner.example/{i}/'>{t}</a></li>"
                for i, t in enumerate(AROUND)
            )
            + "</ul>"
        )
        around = (
            "<div class='box-web'><h3>Around the web</h3><ul>"
            + "".join(
                f"<li><a href='https://{h}/{i}/'>{t}</a></li>"
                for i, (h, t) in enumerate(zip(LINK_HOSTS, AROUND, strict=False))
            )
            + "</ul></div>"
        )
        if variant == 1 and builder == "static":
            blocks = [*blocks, ("raw", partner), ("raw", around)]
            drop = list(AROUND)
        else:
            blocks = [*blocks, ("raw", further), ("raw", around)]
            drop = [*c["posts"], *AROUND]
        name, html, _, built_drop = BUILDERS[builder](lang, False, variant, (title, blocks, keep))
        roll = (
            "<aside class='blogroll'><h3>Blogroll</h3><ul>"
            + "".join(
                f"<li><a href='https://{h}/'>{n}</a></li>"
                for h, n in zip(LINK_HOSTS, ROLL, strict=False)
            )
            + "</ul></aside>"
        )
        html = (
            html.replace("</main>", "</main>" + roll, 1)
            if "</main>" in html
            else html.replace("</aside>", "</aside>" + roll, 1)
        )
        yield f"linkbox-{name}", html, keep, [*built_drop, *drop, *ROLL]


# -- a loose line in the post beyond the boxes of links after the story ----------------

#: A note a theme prints loose in the post, over the comments (a comment policy).
POLICY = {
    "de": "Bitte achten Sie darauf, dass Ihre Kommentare sachlich und themenbezogen sind; die Verantwortung für den Inhalt liegt allein bei den Verfassern.",
    "en": "Please keep your comments on topic and civil; the responsibility for what they say lies solely with their authors, not with this blog.",
    "fr": "Merci de garder vos commentaires courtois et en rapport avec le sujet ; leurs auteurs sont seuls responsables de ce qu'ils écrivent.",
    "nl": "Houd uw reacties alstublieft zakelijk en bij het onderwerp; de verantwoordelijkheid voor de inhoud ligt alleen bij de schrijvers ervan.",
    "it": "Vi preghiamo di mantenere i commenti pertinenti e civili; la responsabilità del loro contenuto è esclusivamente dei rispettivi autori.",
    "es": "Por favor, mantenga sus comentarios respetuosos y relacionados con el tema; la responsabilidad de su contenido es solo de sus autores.",
}


def tail_line_cases(after_links: bool) -> Callable[[], Iterator[Case]]:
    """A WordPress post with a loose paragraph written into its ``article`` beside the
    story's ``entry-content``: past the post's footer of category and tag links and its
    author box (*after_links*), a note over the comments that must go; right after the
    story's container (must not fire), a paragraph of the story that must stay."""

    def cases() -> Iterator[Case]:
        for lang, long, variant in product(LANGS, (False, True), (0, 1)):
            name, html, keep, drop = wordpress(lang, long, variant)
            line = f"<p>{POLICY[lang]}</p>"
            if after_links:
                html = html.replace("</article>", line + "</article>", 1)
                yield f"tail-{name}", html, keep, [*drop, POLICY[lang]]
            else:
                marker = "<footer class='entry-footer'>"
                assert marker in html
                html = html.replace(marker, line + marker, 1)
                yield f"tail-keep-{name}", html, [*keep, POLICY[lang]], drop

    return cases


# -- a note on the author closing the story, in the story's own paragraphs -------------

#: The author's note a post closes with, naming the post's author (its byline's "Anna
#: Berg") first.
AUTHOR_NOTE = {
    "de": "Anna Berg schreibt seit 2019 für das Quartiersblog über Energie und die Stadtwerke. Sie erreichen sie unter anna@quartiersblog.example.",
    "en": "Anna Berg has written about energy and the town's utilities for this blog since 2019. You can reach her at anna@quartiersblog.example.",
    "fr": "Anna Berg écrit depuis 2019 sur l'énergie et les services municipaux pour ce blog. Vous pouvez la joindre à anna@quartiersblog.example.",
    "nl": "Anna Berg schrijft sinds 2019 voor dit blog over energie en de gemeentebedrijven. U bereikt haar via anna@quartiersblog.example.",
    "it": "Anna Berg scrive dal 2019 per questo blog di energia e di servizi comunali. Potete scriverle a anna@quartiersblog.example.",
    "es": "Anna Berg escribe desde 2019 sobre energía y servicios municipales en este blog. Puede escribirle a anna@quartiersblog.example.",
}
#: A last paragraph of the story closed by its author's credit in brackets (must stay).
CREDITED_END = {
    "de": "Die Arbeiten im dritten Viertel sollen im Herbst beginnen und bis zum Frühjahr dauern, teilte die Stadt am Dienstag mit. (Anna Berg, 12.03.2024)",
    "en": "Work in the third district is to start in the autumn and last until the spring, the town said on Tuesday. (Anna Berg, 12.03.2024)",
    "fr": "Les travaux dans le troisième quartier doivent commencer à l'automne et durer jusqu'au printemps, a indiqué la ville mardi. (Anna Berg, 12.03.2024)",
    "nl": "De werkzaamheden in de derde wijk beginnen in het najaar en duren tot het voorjaar, meldde de gemeente dinsdag. (Anna Berg, 12.03.2024)",
    "it": "I lavori nel terzo quartiere dovrebbero iniziare in autunno e durare fino alla primavera, ha comunicato martedì il comune. (Anna Berg, 12.03.2024)",
    "es": "Las obras en el tercer barrio empezarán en otoño y durarán hasta la primavera, informó el martes el ayuntamiento. (Anna Berg, 12.03.2024)",
}


def author_note_cases(note: bool) -> Callable[[], Iterator[Case]]:
    """A WordPress post whose ``entry-content`` closes, after the story's blocks and in a
    plain ``p`` like its paragraphs, with a note on its author opening with the byline's
    name (*note*: must go), or (must not fire) with a paragraph of the story naming its
    author only in the credit at its end (must stay)."""

    def cases() -> Iterator[Case]:
        for lang, long, variant in product(LANGS, (False, True), (0, 1)):
            name, html, keep, drop = wordpress(lang, long, variant)
            marker = "<div class='sharedaddy"
            assert marker in html
            line = AUTHOR_NOTE[lang] if note else CREDITED_END[lang]
            html = html.replace(marker, f"<p>{line}</p>" + marker, 1)
            if note:
                yield f"note-{name}", html, keep, [*drop, line]
            else:
                yield f"note-keep-{name}", html, [*keep, line], drop

    return cases


# -- the header's furniture in styles of its own before the story ----------------------

#: A kicker, a reading time and a stamp line of times, per language.
FURNITURE = {
    "de": ("Energie", "Lesezeit: 4 Minuten", "Aktualisiert 15.59 | Veröffentlicht 14.14"),
    "en": ("Energy", "Reading time: 4 minutes", "Updated 15.59 | Published 14.14"),
    "fr": ("Énergie", "Temps de lecture : 4 minutes", "Mis à jour 15h59 | Publié 14h14"),
    "nl": ("Energie", "Leestijd: 4 minuten", "Bijgewerkt 15.59 | Gepubliceerd 14.14"),
    "it": ("Energia", "Tempo di lettura: 4 minuti", "Aggiornato 15.59 | Pubblicato 14.14"),
    "es": ("Energía", "Tiempo de lectura: 4 minutos", "Actualizado 15.59 | Publicado 14.14"),
}
#: Short first lines of a story written like its paragraphs: a result and a score table.
SCORE_LINES = ("Nord – Süd 46:70", "Nord 14 11 6 15 — 46", "Süd 18 22 13 17 — 70")


def header_furniture_cases(furniture: bool) -> Callable[[], Iterator[Case]]:
    """A WordPress post whose ``entry-content`` opens, before the story's first
    paragraph, with short lines each in an element of a class of its own (named for
    what it is, or neutral): a kicker, a reading time and a stamp line of times
    (*furniture*: they must go); or (must not fire) with short lines in plain ``p`` like
    the story's paragraphs, a result and its score table, which stay."""

    def cases() -> Iterator[Case]:
        for lang, long, variant in product(LANGS, (False, True), (0, 1)):
            name, html, keep, drop = wordpress(lang, long, variant)
            marker = "<div class='entry-content'>"
            assert marker in html
            if furniture:
                names = ("kicker", "read-time", "stamp") if variant else ("x1a", "x2b", "x3c")
                lines = FURNITURE[lang]
                tags = ("div", "p", "p")
                top = "".join(
                    f"<{t} class='{c}'>{line}</{t}>"
                    for t, c, line in zip(tags, names, lines, strict=True)
                )
                yield (
                    f"furniture-{name}",
                    html.replace(marker, marker + top, 1),
                    keep,
                    [
                        *drop,
                        *lines,
                    ],
                )
            else:
                top = "".join(f"<p>{line}</p>" for line in SCORE_LINES)
                yield (
                    f"furniture-keep-{name}",
                    html.replace(marker, marker + top, 1),
                    [*keep, *SCORE_LINES],
                    drop,
                )

    return cases


CLASSES: dict[str, Callable[[], Iterator[Case]]] = {
    **{f"cms-{name}": cms_cases(name) for name in BUILDERS},
    "cms-keep": keep_cases,
    "cms-linkboxes": linkbox_cases,
    "cms-tail-line": tail_line_cases(True),
    "cms-tail-keep": tail_line_cases(False),
    "cms-author-note": author_note_cases(True),
    "cms-author-keep": author_note_cases(False),
    "cms-header-furniture": header_furniture_cases(True),
    "cms-header-keep": header_furniture_cases(False),
}
