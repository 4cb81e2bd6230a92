"""Structures seen on unseen European pages, written in other languages and markups than
the first fixtures: consent layers (by role, tag, inline position, buttons at the page's
edge, the European consent tools' names), list articles and live blogs, ruby readings and
visible date stamps. Each must-fire case has a must-not-fire case beside it. Full pages
are in fixtures/structures/ (see its README); the others are built here."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from lxml.html import HtmlElement

from newscrawl.extraction.generic import generic_article
from newscrawl.extraction.generic_body import extract_body
from newscrawl.extraction.html import selector
from newscrawl.extraction.metadata import page_normaliser

from .conftest import FIXTURES

PAGES = FIXTURES / "structures"
URL = "https://www.example.eu/politik/2024/10/budget.html"

STORY = {
    "fr": [
        "Le conseil municipal a adopté mardi le nouveau budget, qui prévoit des fonds "
        "pour les écoles, les routes et la rénovation longtemps reportée des "
        "canalisations d'eau.",
        "Les élus ont débattu près de quatre heures avant de l'approuver par sept voix "
        "contre deux, plusieurs habitants s'étant opposés au projet.",
        "Le maire a déclaré que le plus gros budget de l'histoire de la ville serait "
        "équilibré par des frais administratifs réduits et un stationnement plus cher.",
    ],
    "it": [
        "Il consiglio comunale ha approvato martedì il nuovo bilancio, che prevede fondi "
        "per le scuole, le strade e il rifacimento a lungo rinviato delle tubature "
        "dell'acqua.",
        "I consiglieri hanno discusso per quasi quattro ore prima di approvarlo con sette "
        "voti a favore e due contrari, dopo le proteste di alcuni residenti.",
        "Il sindaco ha detto che il bilancio più grande della storia della città sarà "
        "compensato da minori costi amministrativi e parcheggi più cari in centro.",
    ],
    "es": [
        "El ayuntamiento aprobó el martes el nuevo presupuesto, que incluye fondos para "
        "escuelas, carreteras y la renovación largamente aplazada de las tuberías de "
        "agua.",
        "Los concejales debatieron durante casi cuatro horas antes de aprobarlo por siete "
        "votos contra dos, después de que varios vecinos se opusieran al plan.",
        "El alcalde dijo que el mayor presupuesto de la historia de la ciudad se "
        "equilibrará con menores gastos administrativos y aparcamientos más caros en el "
        "centro.",
    ],
    "nl": [
        "De gemeenteraad heeft dinsdag de nieuwe begroting aangenomen, met geld voor "
        "scholen, wegen en de lang uitgestelde vernieuwing van de waterleidingen.",
        "De raadsleden debatteerden bijna vier uur voordat ze met zeven tegen twee "
        "stemmen instemden, nadat enkele bewoners bezwaar hadden gemaakt.",
        "De burgemeester zei dat de grootste begroting in de geschiedenis van de stad "
        "wordt gedekt door lagere bestuurskosten en duurder parkeren in het centrum.",
    ],
    "pl": [
        "Rada miasta przyjęła we wtorek nowy budżet, który przewiduje środki na szkoły, "
        "drogi i długo odkładaną wymianę wodociągów w starej części miasta.",
        "Radni debatowali prawie cztery godziny, zanim przyjęli go siedmioma głosami "
        "przeciwko dwóm, po tym jak kilku mieszkańców sprzeciwiło się planowi.",
        "Burmistrz powiedział, że największy budżet w historii miasta zostanie "
        "zrównoważony niższymi kosztami administracji i droższym parkowaniem w centrum.",
    ],
    "sv": [
        "Kommunfullmäktige antog på tisdagen den nya budgeten, som ger pengar till "
        "skolor, vägar och den länge uppskjutna renoveringen av vattenledningarna.",
        "Ledamöterna debatterade i nästan fyra timmar innan de röstade ja med sju röster "
        "mot två, sedan flera invånare hade protesterat mot planen.",
        "Kommunalrådet sade att den största budgeten i stadens historia ska balanseras "
        "med lägre förvaltningskostnader och dyrare parkering i centrum.",
    ],
}

CONSENT = {
    "fr": [
        "Nous utilisons des cookies et des technologies similaires pour stocker et "
        "accéder à des informations sur votre appareil, et nous traitons des données "
        "personnelles telles que des identifiants uniques.",
        "Avec votre accord, nous et nos partenaires utilisons ces données pour mesurer "
        "l'audience, personnaliser les contenus et la publicité, et développer et "
        "améliorer nos services.",
        "Certains partenaires traitent vos données sur la base de leur intérêt légitime, "
        "auquel vous pouvez vous opposer ; vous pouvez retirer votre consentement à tout "
        "moment dans les paramètres.",
        "Le traitement sert à la mesure de l'audience, au développement et à "
        "l'amélioration des offres ainsi qu'à la sélection et à la mesure de publicités "
        "et de contenus personnalisés.",
    ],
    "it": [
        "Noi e i nostri partner utilizziamo cookie e tecnologie simili per archiviare e "
        "accedere a informazioni sul tuo dispositivo e trattiamo dati personali come "
        "identificatori univoci.",
        "Con il tuo consenso possiamo utilizzare questi dati per misurare il pubblico, "
        "personalizzare contenuti e annunci pubblicitari e sviluppare e migliorare i "
        "nostri servizi.",
        "Alcuni partner trattano i tuoi dati sulla base di un legittimo interesse, al "
        "quale puoi opporti; puoi revocare il consenso in qualsiasi momento nelle "
        "impostazioni sulla privacy.",
        "Il trattamento serve alla misurazione del pubblico, allo sviluppo e al "
        "miglioramento delle offerte e alla selezione e misurazione di annunci e "
        "contenuti personalizzati.",
    ],
    "es": [
        "Nosotros y nuestros socios utilizamos cookies y tecnologías similares para "
        "almacenar y acceder a información en su dispositivo, y tratamos datos personales "
        "como identificadores únicos.",
        "Con su consentimiento podemos utilizar estos datos para medir la audiencia, "
        "personalizar contenidos y anuncios, y desarrollar y mejorar nuestros servicios y "
        "productos.",
        "Algunos socios tratan sus datos sobre la base de un interés legítimo, al que "
        "puede oponerse; puede retirar su consentimiento en cualquier momento en la "
        "configuración de privacidad.",
        "El tratamiento sirve para medir la audiencia, desarrollar y mejorar ofertas y "
        "seleccionar y medir anuncios y contenidos personalizados para cada usuario de la "
        "web.",
    ],
    "nl": [
        "Wij en onze partners gebruiken cookies en vergelijkbare technieken om informatie "
        "op uw apparaat op te slaan en te lezen, en wij verwerken persoonsgegevens zoals "
        "unieke kenmerken.",
        "Met uw toestemming kunnen wij deze gegevens gebruiken om het bereik te meten, "
        "inhoud en advertenties te personaliseren en onze diensten te ontwikkelen en te "
        "verbeteren.",
        "Sommige partners verwerken uw gegevens op basis van een gerechtvaardigd belang, "
        "waartegen u bezwaar kunt maken; u kunt uw toestemming altijd intrekken in de "
        "privacy-instellingen.",
        "De verwerking dient voor het meten van bereik, het ontwikkelen en verbeteren van "
        "aanbiedingen en het kiezen en meten van gepersonaliseerde advertenties en "
        "inhoud.",
    ],
    "pl": [
        "My i nasi partnerzy używamy plików cookie i podobnych technologii do "
        "przechowywania informacji na Twoim urządzeniu i uzyskiwania do nich dostępu oraz "
        "przetwarzamy dane osobowe.",
        "Za Twoją zgodą możemy wykorzystywać te dane do pomiaru oglądalności, "
        "personalizacji treści i reklam oraz do rozwijania i ulepszania naszych usług i "
        "produktów.",
        "Niektórzy partnerzy przetwarzają Twoje dane na podstawie prawnie uzasadnionego "
        "interesu, wobec czego możesz wnieść sprzeciw; zgodę możesz wycofać w każdej "
        "chwili w ustawieniach.",
        "Przetwarzanie służy pomiarowi oglądalności, rozwojowi i ulepszaniu ofert oraz "
        "wyborowi i pomiarowi spersonalizowanych reklam i treści dla każdego użytkownika.",
    ],
    "sv": [
        "Vi och våra partner använder kakor och liknande tekniker för att lagra och läsa "
        "information på din enhet, och vi behandlar personuppgifter som unika "
        "identifierare.",
        "Med ditt samtycke kan vi använda dessa uppgifter för att mäta publiken, anpassa "
        "innehåll och annonser samt utveckla och förbättra våra tjänster och produkter.",
        "Vissa partner behandlar dina uppgifter med stöd av ett berättigat intresse, som "
        "du kan invända mot; du kan när som helst återkalla ditt samtycke i "
        "inställningarna för integritet.",
        "Behandlingen används för att mäta räckvidd, utveckla och förbättra erbjudanden "
        "samt välja och mäta anpassade annonser och innehåll för varje besökare på "
        "webbplatsen.",
    ],
}
BUTTONS = {
    "fr": ("Tout accepter", "Tout refuser", "Paramétrer"),
    "it": ("Accetta tutto", "Rifiuta", "Personalizza"),
    "es": ("Aceptar todo", "Rechazar", "Configurar"),
    "nl": ("Alles accepteren", "Weigeren", "Instellingen"),
    "pl": ("Akceptuję", "Odrzuć", "Ustawienia"),
    "sv": ("Godkänn alla", "Neka", "Inställningar"),
}
LANGS = list(STORY)


def root_of(html: str) -> HtmlElement:
    element: HtmlElement = selector(html).root
    return element


def body_of(html: str, url: str = URL) -> str:
    return extract_body(root_of(html), url).body.body


def paras(texts: list[str]) -> str:
    return "".join(f"<p>{t}</p>" for t in texts)


def buttons(lang: str) -> str:
    return "<div class='b'>" + "".join(f"<button>{b}</button>" for b in BUTTONS[lang]) + "</div>"


def page(lang: str, first: str = "", last: str = "", landmark: bool = False) -> str:
    """A story with or without ``main``/``article`` around it, a layer first or last in
    the ``body``."""
    story = f"<div class='text'>{paras(STORY[lang])}</div>"
    if landmark:
        story = f"<main><article>{story}</article></main>"
    return f"""<html lang="{lang}"><head><title>Budget 2024</title></head><body>{first}
    <div class="top"><a href="/">Home</a> <a href="/p">P</a></div>
    <div class="wrap">{story}</div><div class="bottom"><p>Contact</p></div>{last}</body></html>"""


def story_of(lang: str) -> str:
    return "\n\n".join(STORY[lang])


# --- consent layers: full pages ----------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "lang"),
    [
        ("consent-fixed-overlay.html", "fr"),
        ("consent-edge-layer.html", "it"),
        ("consent-edge-layer-wrapped.html", "nl"),
    ],
)
def test_unnamed_consent_layer_never_the_story(name: str, lang: str) -> None:
    """A layer pinned to the viewport by its inline style, or first/last in the page
    with buttons beside its prose while ``main``/``article`` holds the story: named
    nothing a word list knows."""
    assert body_of((PAGES / name).read_text(encoding="utf-8")) == story_of(lang)


@pytest.mark.parametrize(
    ("name", "lang"), [("story-edge-buttons.html", "es"), ("story-fixed-shell.html", "sv")]
)
def test_story_with_buttons_or_in_a_fixed_shell_is_read(name: str, lang: str) -> None:
    """Must not fire: a story last in the page with its share buttons (one promo card in
    an ``article`` does not vouch for another story), and a page whose every part is in a
    fixed app shell (with buttons)."""
    assert body_of((PAGES / name).read_text(encoding="utf-8")) == story_of(lang)


def test_fixed_panel_holding_the_story_article_is_read() -> None:
    """Must not fire: a fixed reader panel holding the story's ``article``."""
    panel = (
        "<div class='reader' style='position: fixed; top: 0'>"
        f"<article><h1>Budget</h1>{paras(STORY['nl'])}</article></div>"
    )
    html = page("nl", last=panel).replace(
        f"<div class='text'>{paras(STORY['nl'])}</div>",
        f"<div class='note'><p>{CONSENT['sv'][0]}</p></div>",
    )
    assert body_of(html) == story_of("nl")


# --- consent layers: markups, every language ----------------------------------------------

LAYERS = {
    # fixed by the inline position (fixtures above) and the buttons at the edge
    "fixed-style": "<div class='x' style='position:fixed;bottom:0;z-index:99999'>{}</div>",
    # passed at once (regression tests)
    "dialog-element": "<dialog open>{}</dialog>",
    "alertdialog": "<div role='alertdialog' class='ab12'>{}</div>",
    "aria-modal-inner": "<div class='ov'><div class='ov__in' aria-modal='true'>{}</div></div>",
    "noscript": "<noscript>{}</noscript>",
}


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("landmark", [False, True], ids=["bare", "landmark"])
@pytest.mark.parametrize("layer", list(LAYERS))
def test_consent_markups_never_the_story(layer: str, landmark: bool, lang: str) -> None:
    text = paras(CONSENT[lang]) + buttons(lang)
    markup = LAYERS[layer].format(text)
    assert body_of(page(lang, first=markup, landmark=landmark)) == story_of(lang)
    assert body_of(page(lang, last=markup, landmark=landmark)) == story_of(lang)


@pytest.mark.parametrize("lang", LANGS)
def test_consent_in_iframe_srcdoc_never_read(lang: str) -> None:
    """Passed at once: a banner in an ``<iframe srcdoc>`` is an attribute, not text."""
    doc = (paras(CONSENT[lang]) + buttons(lang)).replace('"', "&quot;")
    assert body_of(page(lang, first=f'<iframe srcdoc="{doc}"></iframe>')) == story_of(lang)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("edge", ["first", "last"])
def test_unnamed_layer_with_buttons_at_the_edge(edge: str, lang: str) -> None:
    """Fixed: a neutral-named layer with buttons first or last in the page, the story in
    ``main``/``article``. Must not fire without a ``main``/``article`` to vouch for the
    story: the same page bare still reads its longest prose (no story to tell apart)."""
    layer = f"<div class='m1'><div class='m2'>{paras(CONSENT[lang])}{buttons(lang)}</div></div>"
    assert body_of(page(lang, landmark=True, **{edge: layer})) == story_of(lang)


@pytest.mark.parametrize(
    "name",
    [
        "id='axeptio_overlay' class='axeptio_mount'",
        "id='tarteaucitronRoot'",
        "class='sd-cmp-1a2b'",
        "id='appconsent'",
        "class='coi-banner__page'",
        "id='coiOverlay'",
        "class='fides-banner'",
        "class='truendo_container'",
        "id='lgcookieslaw_banner'",
        "class='wpcc-container'",
        "class='cc-banner'",
        "class='ch2-container'",
        "class='ciasteczka-info'",
        "class='kakor-banner'",
    ],
)
def test_european_consent_tools_named_layers(name: str) -> None:
    """Fixed: the layers of European consent tools and Polish/Swedish cookie names."""
    for lang in LANGS:
        layer = f"<div {name}><div class='c1'>{paras(CONSENT[lang])}</div></div>"
        assert body_of(page(lang, first=layer)) == story_of(lang), lang


@pytest.mark.parametrize(
    "name", ["class='privacy-banner'", "id='privacy-popup'", "class='privacy-overlay__in'"]
)
def test_privacy_layer_names(name: str) -> None:
    """Fixed: "privacy" beside a word for a layer laid over the page names a consent
    layer, as "cookie" beside a notice word does."""
    for lang in LANGS:
        layer = f"<div {name}><div class='c1'>{paras(CONSENT[lang])}</div></div>"
        assert body_of(page(lang, first=layer)) == story_of(lang), lang


@pytest.mark.parametrize("name", ["privacy-notice", "privacy-policy", "privacy-text"])
def test_privacy_page_text_is_read(name: str) -> None:
    """Must not fire: a privacy notice or policy is a page's own text."""
    html = page("nl").replace("class='text'", f"class='{name}'")
    assert body_of(html) == story_of("nl")


def test_component_and_recipe_names_are_not_consent_layers() -> None:
    """Must not fire: "cmp-" is also a component library's prefix ("cmp-text"), and
    "kakor" (cakes) names a recipe's list without a notice word."""
    html = page("fr").replace("class='text'", "class='cmp-container cmp-text'")
    assert body_of(html) == story_of("fr")
    html = page("sv").replace("class='text'", "class='kakor-recept'")
    assert body_of(html) == story_of("sv")


# --- list articles and live blogs (passed at once: regression tests) ----------------------

ITEMS_PL = [
    ("Anna Kowalska", "założyła bank żywności w swoim garażu, który dziś karmi trzysta rodzin"),
    ("Marek Nowak", "od dwudziestu lat prowadzi załogę łodzi ratunkowej w porcie miejskim"),
    ("Ewa Wiśniewska", "posadziła cztery tysiące drzew wzdłuż rzeki i przekonała radę miasta"),
    ("Piotr Zieliński", "uczy za darmo czytania dorosłych w wieczornej szkole przy bibliotece"),
    ("Zofia Lewandowska", "otworzyła pierwszą nocną przychodnię dla pracowników zmianowych"),
]
INTRO_PL = (
    "Co roku prosimy czytelników o wskazanie osób, które zmieniły nasze miasto na lepsze. "
    "Oto piątka tegorocznych laureatów, wybranych spośród ponad trzystu zgłoszeń."
)
ASIDE_PL = (
    "<aside><h2>Czytaj także</h2><ul>"
    + "".join(
        f"<li><a href='/a{i}'>Nowe ceny biletów na prom od maja {i}</a></li>" for i in range(5)
    )
    + "</ul></aside>"
)


def list_page(heading: str, wrap: str | None, short: bool) -> str:
    """A list article: intro, then numbered items under ``h2``/``h3``, each with a photo,
    flat in the ``article`` or each in a wrapper (``li`` in an ``ol``)."""
    items = ""
    for number, (name, text) in enumerate(ITEMS_PL, 1):
        sentence = (
            f"{text}." if short else f"{name.split()[0]} {text}, a w tym roku jeszcze więcej."
        )
        item = (
            f"<{heading}>{number}. {name}</{heading}><figure><img src='/i{number}.jpg'>"
            f"<figcaption>Fot. Redakcja</figcaption></figure><p>{sentence}</p>"
        )
        items += f"<{wrap}>{item}</{wrap}>" if wrap else item
    if wrap == "li":
        items = f"<ol class='ranking'>{items}</ol>"
    return f"""<html lang="pl"><head><title>Ludzie roku</title></head><body>
    <header><nav><a href='/'>Start</a> <a href='/miasto'>Miasto</a></nav></header>
    <main><article><h1>Pięcioro ludzi, którzy zmienili miasto</h1>
    <p class='lead'>{INTRO_PL}</p>{items}</article>{ASIDE_PL}</main>
    <footer><p>Kontakt</p></footer></body></html>"""


@pytest.mark.parametrize("short", [False, True], ids=["sentences", "short"])
@pytest.mark.parametrize("wrap", [None, "section", "div", "li"])
@pytest.mark.parametrize("heading", ["h2", "h3"])
def test_numbered_list_article_keeps_every_item(
    heading: str, wrap: str | None, short: bool
) -> None:
    body = body_of(list_page(heading, wrap, short), "https://www.example.pl/miasto/2024/12/ludzie")
    missing = [name for name, _ in ITEMS_PL if name not in body]
    assert not missing, missing
    assert body.index(INTRO_PL[:40]) < body.index(ITEMS_PL[0][0])
    assert "Nowe ceny" not in body


UPDATES_IT = [
    "Il ponte riaprirà alle auto alle diciotto di questa sera, ha confermato il comune.",
    "Gli autobus torneranno sul percorso del ponte da domani mattina, dice l'azienda.",
    "Una piccola folla si è radunata dietro le transenne per assistere alla cerimonia.",
    "Il conto finale dei lavori è arrivato a quarantuno milioni di euro, più del previsto.",
    "Gli agenti sono già schierati a entrambi gli accessi per regolare il traffico.",
    "Il sindaco ha parlato di una giornata che la città aspettava da più di due anni.",
]
STAMPS = {
    "time": "<time datetime='2024-03-05T{0}:00:00+01:00'>{0}:00</time>",
    "heading-time": "<h3><time>{0}:00</time> Aggiornamento</h3>",
    "span": "<span class='ts'>{0}:00</span>",
    "strong": "<p><strong>{0}.00</strong></p>",
}


def live_page(tag: str, stamp: str, in_article: bool, long_entry: bool) -> str:
    """A live blog, newest first: updates as ``tag`` elements with a stamp header and a
    share button, one of them far longer when *long_entry*."""
    feed_tag = "ol" if tag == "li" else "div"
    entries = ""
    for i, update in enumerate(UPDATES_IT):
        text = " ".join([update] * 8) if long_entry and i == 2 else update
        head = STAMPS[stamp].format(18 - i)
        entries += f"<{tag} class='entry'>{head}<p>{text}</p><button>Condividi</button></{tag}>"
    inner = (
        "<h1>Diretta: il ponte riapre</h1><p class='summary'>Il ponte del porto riapre oggi "
        f"dopo due anni di lavori.</p><{feed_tag} class='feed'>{entries}</{feed_tag}>"
    )
    story = f"<article>{inner}</article>" if in_article else f"<div class='c'>{inner}</div>"
    aside = (
        "<aside><h2>Leggi anche</h2><ul>"
        + "".join(
            f"<li><a href='/x{i}'>Tariffe dei traghetti in aumento da maggio {i}</a></li>"
            for i in range(5)
        )
        + "</ul></aside>"
    )
    return f"""<html lang="it"><head><title>Diretta</title></head><body>
    <header><nav><a href='/'>Home</a></nav></header><main>{story}{aside}</main>
    <footer>Contatti</footer></body></html>"""


@pytest.mark.parametrize("long_entry", [False, True], ids=["even", "one-long"])
@pytest.mark.parametrize("in_article", [True, False], ids=["article", "div"])
@pytest.mark.parametrize("stamp", list(STAMPS))
@pytest.mark.parametrize("tag", ["article", "li", "div", "section"])
def test_live_blog_with_stamp_headers_keeps_every_update(
    tag: str, stamp: str, in_article: bool, long_entry: bool
) -> None:
    html = live_page(tag, stamp, in_article, long_entry)
    body = body_of(html, "https://www.example.it/cronaca/2024/03/05/diretta")
    missing = [i for i, text in enumerate(UPDATES_IT) if text[:40] not in body]
    assert not missing, missing
    assert "Tariffe" not in body


# --- ruby readings (passed at once: regression tests) --------------------------------------

JA = (
    "市議会は火曜日、新しい予算案を可決した。学校や道路の整備に加え、長年先送りされてきた"
    "上下水道の改修費用が盛り込まれている。"
)


@pytest.mark.parametrize(
    ("ruby", "base"),
    [
        ("<ruby>子<rt>こ</rt>供<rt>ども</rt></ruby>", "子供"),  # a reading per character
        ("<ruby>子供<rtc><rt>こども</rt></rtc></ruby>", "子供"),  # a reading container
        ("<ruby><rb>子供</rb><rt>こども</rt></ruby>", "子供"),  # marked base, no <rp>
        ("<ruby>子供<rt><span>こども</span></rt></ruby>", "子供"),  # markup in the reading
        ("<RUBY>子供<RT>こども</RT></RUBY>", "子供"),  # upper case tags
        ("<ruby>孩子<rt>hái zi</rt></ruby>", "孩子"),  # pinyin over Chinese
        ("<ruby>子供<rp>(</rp><rt>こども</rt><rp>)</rp></ruby>", "子供(こども)"),  # with <rp>
    ],
)
def test_ruby_variants_read_as_their_plain_text(ruby: str, base: str) -> None:
    story = (
        "".join(f"<p>{JA}</p>" for _ in range(3)) + f"<p>{ruby}たちへの支援も拡充される。{JA}</p>"
    )
    html = (
        f"<html lang='ja'><head><title>t</title></head><body><main><article><h1>{ruby}の予算</h1>"
        f"<div>{story}</div></article></main></body></html>"
    )
    page = generic_article(root_of(html), "https://news.example.jp/2024/10/story.html")
    assert f"{base}たちへの支援も拡充される。" in page.body.body
    assert page.headline == f"{base}の予算"


# --- visible date stamps (passed at once: regression tests) -------------------------------

STAMPS_EU = [
    ("fr", "Publié le 3 mars 2024 à 14h05"),
    ("fr", "Le 03/03/2024 à 14:05"),
    ("fr", "mardi 3 mars 2024"),
    ("it", "Pubblicato il 3 marzo 2024 alle 14:05"),
    ("it", "03/03/2024 ore 14:05"),
    ("es", "Publicado el 3 de marzo de 2024 a las 14:05"),
    ("es", "03/03/2024 14:05 h"),
    ("nl", "Gepubliceerd op 3 maart 2024 om 14:05"),
    ("nl", "di 3 mrt 2024"),
    ("pl", "Opublikowano: 3 marca 2024, 14:05"),
    ("pl", "niedziela, 3 marca 2024"),
    ("sv", "Publicerad 3 mars 2024 kl. 14.05"),
    ("sv", "2024-03-03 14:05"),
]


@pytest.mark.parametrize("where", ["under-headline", "after-story"])
@pytest.mark.parametrize(("lang", "stamp"), STAMPS_EU)
def test_visible_stamp_dates_the_page(lang: str, stamp: str, where: str) -> None:
    """A page with no date in its metadata or URL: the stamp under the headline or after
    the story gives the day."""
    line = f"<div class='meta'><span>{stamp}</span></div>"
    before, after = (line, "") if where == "under-headline" else ("", line)
    html = (
        f"<html lang='{lang}'><head><title>Budget</title></head><body><header><nav>"
        f"<a href='/'>A</a></nav></header><main><article><h1>Budget 2024</h1>{before}"
        f"<div class='content'>{paras(STORY[lang])}</div>{after}</article></main>"
        "<footer>c</footer></body></html>"
    )
    page = generic_article(root_of(html), "https://www.example.eu/politik/budget-adopte")
    published = [d.raw for d in page.dates if d.field == "datePublished"]
    assert published, page.dates
    result = page_normaliser(lang).normalise(published[0], datetime(2024, 12, 1, tzinfo=UTC))
    assert (result.value or "")[:10] == "2024-03-03", result


@pytest.mark.parametrize(
    ("lang", "stamp", "zone"),
    [
        ("fr", "Le 03/03/2024 à 14h05", "+01:00"),
        ("it", "03/03/2024 ore 14:05", "+01:00"),
        ("nl", "03-03-2024 om 14:05", "+01:00"),
        ("pl", "03.03.2024 o godz. 14:05", "+01:00"),
        ("sv", "2024-03-03 kl. 14.05", "+01:00"),
    ],
)
def test_numeric_stamp_keeps_its_time_after_a_joining_word(
    lang: str, stamp: str, zone: str
) -> None:
    """Fixed: the word joining a numeric date to its time ("à", "ore", "om", "o godz.",
    "kl.") no longer cuts the time off."""
    html = (
        f"<html lang='{lang}'><head><title>Budget</title></head><body><main><article>"
        f"<h1>Budget 2024</h1><div class='meta'><span>{stamp}</span></div>"
        f"<div class='content'>{paras(STORY[lang])}</div></article></main></body></html>"
    )
    page = generic_article(root_of(html), "https://www.example.eu/politik/budget-adopte")
    raw = next(d.raw for d in page.dates if d.field == "datePublished")
    result = page_normaliser(lang).normalise(raw, datetime(2024, 12, 1, tzinfo=UTC))
    assert result.value == f"2024-03-03T14:05:00{zone}"


def stamp_page(lang: str, stamp: str) -> str:
    return (
        f"<html lang='{lang}'><head><title>Budget</title></head><body><main><article>"
        f"<h1>Budget 2024</h1><div class='meta'><span>{stamp}</span></div>"
        f"<div class='content'>{paras(STORY['nl'])}</div></article></main></body></html>"
    )


@pytest.mark.parametrize(
    ("lang", "stamp"),
    [
        ("cs", "Publikováno 3. 3. 2024 14:05"),
        ("da", "Publiceret 3. marts 2024 kl. 14.05"),
        ("da", "Publiceret den 3. marts 2024"),
        ("fi", "Julkaistu 3.3.2024 klo 14.05"),
        ("ro", "Publicat 3 martie 2024, 14:05"),
        ("hr", "Objavljeno 3. ožujka 2024. u 14:05"),
        ("hu", "Közzétéve: 2024. március 3. 14:05"),
        ("sv", "Publicerad 3 mars 2024"),
    ],
)
def test_publication_label_of_more_eu_languages(lang: str, stamp: str) -> None:
    """Fixed: the publication labels of more EU languages. Unknown, they stayed in the
    stamp ("Publiceret 3. marts …"): the Czech and Danish pages had no date at all, the
    others their day from the unlabelled stamp or htmldate."""
    page = generic_article(root_of(stamp_page(lang, stamp)), URL)
    raw = next(d.raw for d in page.dates if d.field == "datePublished")
    assert page.date_source == "stamp-labelled"
    result = page_normaliser(lang).normalise(raw, datetime(2024, 12, 1, tzinfo=UTC))
    assert (result.value or "")[:10] == "2024-03-03"


@pytest.mark.parametrize(
    ("lang", "stamp"),
    [
        ("da", "Opdateret 5. marts 2024"),
        ("sv", "Uppdaterad 5 mars 2024"),
        ("cs", "Aktualizováno 5. 3. 2024"),
        ("pt", "Atualizado 05/03/2024"),
    ],
)
def test_modification_label_of_more_eu_languages_is_no_publication_stamp(
    lang: str, stamp: str
) -> None:
    """Must not fire: a modification stamp alone is not read as the publication stamp
    (the Portuguese one was, before its label was known)."""
    page = generic_article(root_of(stamp_page(lang, stamp)), URL)
    published = any(d.field == "datePublished" for d in page.dates)
    # (``date_source`` is the modification date's when there is no publication date.)
    assert not published or page.date_source not in ("stamp", "stamp-labelled")


# --- the story beside a longer list -----------------------------------------------------

BULLETS = [
    "Le conseil municipal a adopté mardi le nouveau budget, qui prévoit des fonds pour les "
    "écoles et les routes.",
    "Les élus ont débattu près de quatre heures avant de l'approuver par sept voix contre "
    "deux, malgré les protestations.",
    "Le maire a déclaré que le plus gros budget de l'histoire de la ville serait équilibré "
    "par des frais réduits.",
    "Les travaux sur les canalisations commenceront au printemps et dureront au moins trois "
    "ans selon la mairie.",
]


def test_story_after_a_longer_feature_list_is_read() -> None:
    """Fixed: a product's feature list (list items, no sentences) before the review's
    paragraphs in the same ``article``, holding more text: the items made the list the
    story's prose and the review's paragraphs a box after it; the body was the list
    alone."""
    body = body_of((PAGES / "story-after-feature-list.html").read_text(encoding="utf-8"))
    assert all(p in body for p in STORY["fr"])


def test_story_told_in_bullets_keeps_its_closing_box_out() -> None:
    """Must not fire: a story written as list items, with a closing box of one short
    paragraph (less than half the items' text): the box stays out."""
    box = (
        "<div class='promo'><p>Abonnez-vous à notre lettre d'information pour recevoir "
        "chaque matin l'essentiel de l'actualité locale.</p></div>"
    )
    items = "".join(f"<li>{b}</li>" for b in BULLETS)
    html = (
        "<html lang='fr'><head><title>T</title></head><body><main><article><h1>Budget</h1>"
        f"<div class='c'><ul>{items}</ul>{box}</div></article></main></body></html>"
    )
    body = body_of(html)
    assert all(b in body for b in BULLETS)
    assert "Abonnez" not in body


FEATURES = [
    "Écran OLED de 6,1 pouces avec une luminosité maximale de 2000 nits, idéal en plein soleil",
    "Processeur octa-cœur gravé en 3 nm, 8 Go de mémoire vive et 256 Go de stockage",
    "Batterie de 4500 mAh avec charge rapide de 45 W et recharge sans fil compatible Qi2",
    "Triple capteur photo de 50 mégapixels avec stabilisation optique et zoom optique x3",
    "Certification IP68 contre l'eau et la poussière, châssis en aluminium recyclé",
    "Mises à jour du système garanties pendant sept ans, double SIM et eSIM, Wi-Fi 7",
    "Haut-parleurs stéréo, lecteur d'empreintes sous l'écran et reconnaissance faciale",
    "Livré avec un câble USB-C, sans chargeur, dans un emballage entièrement recyclable",
]


def feature_page(items: list[str]) -> str:
    features = "".join(f"<li>{f}</li>" for f in items)
    return (
        "<html lang='fr'><head><title>Test</title></head><body><header><nav>"
        "<a href='/'>Accueil</a></nav></header><main><article><h1>Test du téléphone</h1>"
        f"<div class='c'>{paras(STORY['fr'])}</div></article><div class='specs'>"
        f"<h2>Caractéristiques</h2><ul>{features}</ul></div></main>"
        "<footer>Mentions</footer></body></html>"
    )


def test_story_beside_a_longer_feature_list_is_read() -> None:
    """Fixed: a feature list (items that are no sentences) beside the story's ``article``,
    holding more text, scored as prose and won: the body was the list alone. Such an item
    scores half a paragraph's points."""
    body = body_of(feature_page(FEATURES))
    assert all(p in body for p in STORY["fr"])


def test_list_of_sentences_still_scores_as_prose() -> None:
    """Must not fire: list items that end as sentences are prose: a long list of them
    beside a short paragraph is still the story."""
    items = [f"{b} Selon la mairie, le calendrier reste inchangé." for b in BULLETS * 2]
    html = feature_page(items).replace(paras(STORY["fr"]), f"<p>{STORY['fr'][0]}</p>")
    body = body_of(html)
    assert all(i in body for i in items)


@pytest.mark.parametrize(
    ("lang", "stamp", "value"),
    [
        ("sv", "Publicerad 3 mars 2024 kl. 14.05", "2024-03-03T14:05:00+01:00"),
        ("sl", "3. marec 2024 ob 14.05", "2024-03-03T14:05:00+01:00"),
        ("hr", "3. ožujka 2024. u 14:05", "2024-03-03T14:05:00+01:00"),
    ],
)
def test_month_name_stamp_with_a_joining_word_the_parser_does_not_know(
    lang: str, stamp: str, value: str
) -> None:
    """Fixed: dateparser does not read "kl." (Swedish) or "ob" (Slovenian) before a time:
    the Swedish stamp fell back to htmldate's day, the Slovenian page had no date. The
    word is dropped before the time for it."""
    page = generic_article(root_of(stamp_page(lang, stamp)), URL)
    raw = next(d.raw for d in page.dates if d.field == "datePublished")
    result = page_normaliser(lang).normalise(raw, datetime(2024, 12, 1, tzinfo=UTC))
    assert result.value == value


@pytest.mark.parametrize(
    ("lang", "stamp", "value"),
    [
        ("fr", "Publié le 3 mars 2024 à 14h05", "2024-03-03T14:05:00+01:00"),
        ("it", "Pubblicato il 3 marzo 2024 alle 14:05", "2024-03-03T14:05:00+01:00"),
        ("es", "Publicado el 3 de marzo de 2024 a las 14:05", "2024-03-03T14:05:00+00:00"),
        ("pt", "Publicado em 3 de março de 2024, às 14h05", "2024-03-03T14:05:00+00:00"),
        ("nl", "Gepubliceerd op 3 maart 2024 om 14:05", "2024-03-03T14:05:00+01:00"),
        ("de", "Veröffentlicht am 3. März 2024 um 14:05 Uhr", "2024-03-03T14:05:00+01:00"),
    ],
)
def test_labelled_month_name_stamp_keeps_its_time(lang: str, stamp: str, value: str) -> None:
    """Fixed: a labelled stamp with a local month name and a time after a joining word
    ("à", "alle", "a las", "às", "om", "um") was read as a post-meta sentence whose date
    stopped at the year: the time was lost. And "14h05" is read in every language, not
    in French only."""
    page = generic_article(root_of(stamp_page(lang, stamp)), URL)
    raw = next(d.raw for d in page.dates if d.field == "datePublished")
    assert page.date_source == "stamp-labelled"
    result = page_normaliser(lang).normalise(raw, datetime(2024, 12, 1, tzinfo=UTC))
    assert result.value == value


@pytest.mark.parametrize(
    ("lang", "stamp"),
    [
        ("fr", "Publié le 3 mars 2024"),
        ("it", "Pubblicato il 3 marzo 2024"),
        ("es", "Publicado el 3 de marzo de 2024"),
        ("pt", "Publicado em 3 de março de 2024, 2 minutos de leitura"),
        ("nl", "Gepubliceerd op 3 maart 2024 om 14 uur"),
    ],
)
def test_labelled_month_name_stamp_without_a_time_keeps_its_day(lang: str, stamp: str) -> None:
    """Must not fire: no clock after the year (nothing, a reading time, an hour without
    minutes): the stamp stays at day precision."""
    page = generic_article(root_of(stamp_page(lang, stamp)), URL)
    raw = next(d.raw for d in page.dates if d.field == "datePublished")
    result = page_normaliser(lang).normalise(raw, datetime(2024, 12, 1, tzinfo=UTC))
    assert result.value == "2024-03-03", result
    assert result.precision == "day"


@pytest.mark.parametrize(
    ("lang", "stamp", "value"),
    [
        ("da", "Opdateret 5. marts 2024", "2024-03-05"),
        ("da", "Opdateret 5. marts 2024 kl. 14.05", "2024-03-05T14:05:00+01:00"),
        ("sv", "Uppdaterad 5 mars 2024", "2024-03-05"),
        ("it", "Aggiornato il 5 marzo 2024 alle 14:05", "2024-03-05T14:05:00+01:00"),
        ("fr", "Mis à jour le 5 mars 2024 à 14h05", "2024-03-05T14:05:00+01:00"),
    ],
)
def test_modification_stamp_with_a_local_month_is_the_modification_date(
    lang: str, stamp: str, value: str
) -> None:
    """Fixed: a modification label of another language before a local month name gave no
    date at all (only English months were read after it), and htmldate, reading the same
    line unlabelled, made it the publication day (Swedish, French). It is the modification
    date, never the publication date."""
    page = generic_article(root_of(stamp_page(lang, stamp)), URL)
    modified = [d.raw for d in page.dates if d.field == "dateModified"]
    assert modified, page.dates
    result = page_normaliser(lang).normalise(modified[0], datetime(2024, 12, 1, tzinfo=UTC))
    assert result.value == value
    assert not any(d.field == "datePublished" for d in page.dates), page.dates


@pytest.mark.parametrize(
    ("lang", "stamp", "published"),
    [
        ("fr", "Publié le 3 mars 2024 | Mis à jour le 5 mars 2024", "2024-03-03"),
        ("de", "Stand: 05.03.2024 14:05 Uhr", "2024-03-05"),
    ],
)
def test_publication_day_beside_or_without_a_modification_stamp(
    lang: str, stamp: str, published: str
) -> None:
    """Must not fire: a publication stamp beside the modification stamp is still the
    publication date; a German "Stand:" line (the version's date, the publication day on
    a page showing no other date) is still read by htmldate."""
    page = generic_article(root_of(stamp_page(lang, stamp)), URL)
    raw = next(d.raw for d in page.dates if d.field == "datePublished")
    result = page_normaliser(lang).normalise(raw, datetime(2024, 12, 1, tzinfo=UTC))
    assert (result.value or "")[:10] == published, page.dates
