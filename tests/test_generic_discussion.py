"""Readers' discussions beside a story (:mod:`newscrawl.extraction.discussion`): a run
of posts, each opened by a header line with its writer's name and a time stamp, is no
story when the prose outside it tells the page's headline. Pages in fixtures/structures/
(see its README)."""

from __future__ import annotations

from newscrawl.extraction.generic_body import extract_body
from newscrawl.extraction.html import selector
from newscrawl.extraction.walk import Walker

from .conftest import FIXTURES

URL = "https://www.example.de/lokales/haushalt.html"
PAGES = FIXTURES / "structures"


def body_of(html: str) -> str:
    return extract_body(selector(html).root, URL).body.body


def page(name: str) -> str:
    return (PAGES / name).read_text(encoding="utf-8")


def test_short_story_beside_a_longer_comment_list_is_the_story() -> None:
    """A one-paragraph story under its ``h1`` in one column, a list of three comments
    (neutrally named) in the column before it, the first comment longer than the story:
    the comment list was the body, the story was lost."""
    body = body_of(page("story-beside-longer-comment-list.html"))
    assert body.count("Der Stadtrat hat am Dienstag nach langer Debatte") == 1
    assert "Ich wohne seit über zwanzig Jahren" not in body
    assert "anwohner_77" not in body


def test_comments_outweighing_the_story_stay_out() -> None:
    """Six comments, each an ``article`` with a writer and a time in its header, after a
    two-paragraph story in its ``main``: the comments were joined to the story."""
    body = body_of(page("story-then-longer-comments.html"))
    assert "The city council approved the new budget on Tuesday" in body
    assert "Councillors argued for almost four hours" in body
    assert "I have lived downtown for more than twenty years" not in body
    assert "Comments (6)" not in body


def test_a_thread_page_keeps_its_posts() -> None:
    """Must not fire: a forum thread's own page, its posts the only prose under its
    headline."""
    body = body_of(page("thread-page-posts.html"))
    assert "Ich wohne seit über zwanzig Jahren in der Innenstadt" in body
    assert "Das sehe ich anders" in body


STORY = [
    "The city council approved the new budget on Tuesday after a long debate about "
    "schools, roads and the water pipes that have waited for repairs for decades.",
    "Councillors argued for almost four hours before the vote, which passed seven to two "
    "after several residents spoke against the plan during the public session.",
]
HEAD = "<h1>City council approves new budget for schools and roads</h1>"


def test_embedded_posts_closed_by_their_writer_stay_in_the_story() -> None:
    """Must not fire: posts quoted in the story (an embedded post's text, then its
    "— Name (@name) May 5, 2024" line) are built like a run of posts with names and
    stamps, but their name line closes each post instead of opening it."""
    quotes = "".join(
        f"<blockquote class='embed'><p>{text} pic.example.com/x{i}</p>"
        f"<p>— {who} (@{who.lower()}) March {i + 2}, 2024</p></blockquote>"
        for i, (who, text) in enumerate(
            [
                ("Anna", "Finally the council approved a budget for the schools"),
                ("Ben", "Four hours of debate on the budget and the roads"),
                ("Clara", "Parking fees up again in the new budget for the roads"),
            ]
        )
    )
    html = f"<html><body><main><article>{HEAD}<p>{STORY[0]}</p>{quotes}<p>{STORY[1]}</p></article></main></body></html>"  # noqa: E501
    body = body_of(html)
    assert all(line in body for line in STORY)
    assert "Four hours of debate on the budget and the roads" in body


def test_interview_with_named_speakers_is_the_story() -> None:
    """Must not fire: an interview, each answer opened by a short line with the speaker's
    name and a time in the recording, one writer throughout."""
    answers = "".join(
        f"<div class='qa'><div class='who'>Mayor Müller, 0{i}:1{i}</div><p>{line}</p></div>"
        for i, line in enumerate(STORY * 2)
    )
    html = f"<html><body><main>{HEAD}<p>{STORY[0]}</p>{answers}</main></body></html>"
    body = body_of(html)
    assert body.count(STORY[1]) >= 2


REVIEW = [
    "We tested the ProDrill 18V for four weeks on the building site and in the workshop, "
    "from assembling furniture to drilling holes for wall plugs in concrete.",
    "The tool sits well in the hand and drives long screws into wood without effort, only "
    "drilling into concrete takes it to its limits, as one would expect.",
]
REVIEW_HEAD = "<h1>Tested: the ProDrill 18V wins over home users on the building site</h1>"
BLURB = (
    "The ProDrill 18V is a compact cordless drill driver for home users and professionals, "
    "whose brushless motor and ergonomic grip give safe control on the building site."
)
FEATURES = "".join(
    f"<li>{f}</li>"
    for f in (
        "Brushless motor with up to 60 Nm of torque for hard screwing jobs",
        "Two-speed gearbox with 0-450 and 0-1800 revolutions per minute",
        "Two batteries of 4.0 Ah each with charge indicator included",
    )
)
PRODUCT = "itemscope itemtype='https://schema.org/Product'"


def test_shop_box_marked_as_product_stays_out_of_the_review() -> None:
    """A review in its ``main``, then a shop box the page marks as a ``Product`` (its
    name, description, features, price and buttons) naming the reviewed product: the box
    was joined to the story."""
    box = (
        f"<div class='produkt' {PRODUCT}><h3>ProDrill 18V</h3><p itemprop='description'>"
        f"{BLURB}</p><ul>{FEATURES}</ul><button>Add to cart</button></div>"
    )
    paras = "".join(f"<p>{p}</p>" for p in REVIEW)
    body = body_of(f"<html><body><main><div>{REVIEW_HEAD}{paras}</div>{box}</main></body></html>")
    assert all(p in body for p in REVIEW)
    assert BLURB not in body
    assert "Brushless motor" not in body


def test_review_inside_its_product_markup_stays() -> None:
    """Must not fire: the review's text inside the ``Product`` element as its
    ``reviewBody``, and a shop page whose description is its only prose."""
    paras = "".join(f"<p>{p}</p>" for p in REVIEW)
    html = (
        f"<html><body><main>{REVIEW_HEAD}<p>{BLURB}</p><div {PRODUCT}><div itemprop='review'"
        f"><div itemprop='reviewBody'>{paras}</div></div></div></main></body></html>"
    )
    assert all(p in body_of(html) for p in REVIEW)
    shop = (
        f"<html><body><main><h1>ProDrill 18V cordless drill driver</h1><div {PRODUCT}>"
        f"<p itemprop='description'>{BLURB}</p><ul>{FEATURES}</ul></div></main></body></html>"
    )
    assert BLURB in body_of(shop)


UPDATES = [
    "Police closed the bridge after a lorry lost its load on the northern approach.",
    "Engineers are checking the bridge deck for damage before it can reopen to traffic.",
    "Buses are diverted through the old town, adding twenty minutes to most journeys.",
    "The bridge has reopened in both directions, police say the lorry has been towed away.",
]
LIVE_HEAD = "<h1>Live: bridge closed after lorry loses its load</h1>"
LIVE_INTRO = "<p>The main bridge is closed after a lorry lost its load. We report live.</p>"


def test_live_entries_each_with_its_reporter_stay_the_story() -> None:
    """Must not fire: a live blog's entries, each opened by a time and its reporter's
    name (the names differing, as a discussion's do), with no title over them or under
    one; they tell the headline."""
    reporters = ["Anna Wolf", "Ben Kurz", "Clara Stein", "David Roth"]
    entries = "".join(
        f"<div class='entry'><div class='meta'>{9 + i}:{i}5 · {who}</div><p>{text}</p></div>"
        for i, (who, text) in enumerate(zip(reporters, UPDATES, strict=True))
    )
    for title in ("", "<h2>All updates</h2>"):
        html = (
            f"<html><body><main><article>{LIVE_HEAD}{LIVE_INTRO}<div class='live'>{title}"
            f"{entries}</div></article></main></body></html>"
        )
        body = body_of(html)
        assert all(text in body for text in UPDATES), title


def shop_box(price: str = "Price incl. VAT 129,99 €") -> str:
    """A shop box with no ``Product`` markup: its name, picture, description, features,
    and a row of its price and buttons."""
    return (
        f"<div class='p3q'><h3>ProDrill 18V</h3><img src='/drill.jpg'><p>{BLURB}</p>"
        f"<ul>{FEATURES}</ul><div class='row'><span>{price}</span><button>Add to cart"
        "</button><a href='#' role='button'>Wish list</a></div></div>"
    )


def test_shop_box_built_as_one_stays_out_of_the_review() -> None:
    """A shop box the page does not mark (a price beside buttons, a picture, a description
    and features) naming the reviewed product, after the review or inside its
    ``article``: the box was joined to the story."""
    paras = "".join(f"<p>{p}</p>" for p in REVIEW)
    for price in ("Price incl. VAT 129,99 €", "$129.99", "CHF 129.90"):
        for html in (
            f"<main><div>{REVIEW_HEAD}{paras}</div>{shop_box(price)}</main>",
            f"<article>{REVIEW_HEAD}<div>{paras[: len(paras) // 2]}</div>{shop_box(price)}"
            "</article>",
        ):
            body = body_of(f"<html><body>{html}</body></html>")
            assert REVIEW[0] in body
            assert BLURB not in body
            assert "Brushless motor" not in body


PRICED = [
    "We tested the ProDrill 18V for four weeks; at €129 it costs less than most rivals "
    "with a brushless motor and two batteries in the box.",
    "The stronger model with a hammer function sells for $179, which buys more power in "
    "concrete but adds half a kilogram to every job.",
    "Our verdict: at this price the ProDrill 18V is a clear recommendation for home users "
    "on the building site.",
]


def test_prices_in_the_story_keep_it_whole() -> None:
    """Must not fire: a review whose sentences quote prices, its picture and a row of
    share buttons in the same column, and its verdict box (a picture, a short sentence
    with the price beside a share button); a list article of products, each with a
    picture, a price in a sentence and a link to a shop; a deal story, its standfirst
    above, whose short price line sits beside a button in its text, with its picture."""
    share = "<div class='share'><button>Share</button><button>Print</button></div>"
    paras = "".join(f"<p>{p}</p>" for p in PRICED)
    verdict = (
        f"<div class='verdict'><img src='/v.jpg'><p>{REVIEW[-1]}</p><div><p>At €129 a bargain."
        "</p><button>Share</button></div></div>"
    )
    review = (
        f"<main><article>{REVIEW_HEAD}<div><img src='/a.jpg'>{paras}{share}</div>{verdict}"
        "</article></main>"
    )
    body = body_of(f"<html><body>{review}</body></html>")
    assert all(p in body for p in [*PRICED, REVIEW[-1], "At €129 a bargain."])
    items = "".join(
        f"<div class='item'><h2>{i + 1}. Drill</h2><img src='/{i}.jpg'><p>{p}</p>"
        f"<a href='https://shop.example.com/{i}'>Buy at the shop</a></div>"
        for i, p in enumerate(PRICED)
    )
    heading = "<h1>The best ProDrill 18V drills for home users on the building site</h1>"
    listing = f"<main>{heading}{items}</main>"
    assert all(p in body_of(f"<html><body>{listing}</body></html>") for p in PRICED)
    deal = (
        f"<main><header>{REVIEW_HEAD}<p>{REVIEW[0]}</p></header><div class='text'>"
        f"<img src='/d.jpg'>{paras}"
        "<div><span>Now €99 instead of €129</span><button>Go to deal</button></div>"
        "</div></main>"
    )
    body = body_of(f"<html><body>{deal}</body></html>")
    assert all(p in body for p in PRICED)


LONE = (  # longer than the story: its weight pulled it into the body
    "I have lived downtown for more than twenty years and all I can say is that the people "
    "at city hall obviously never take the bus. Every year something is promised, every "
    "year it is postponed, and in the end the residents foot the bill once again. My "
    "neighbours feel the same way, we collected signatures years ago, but nobody ever got "
    "back to us or even bothered to send a reply to the letter we wrote."
)


def test_list_of_products_built_as_shop_boxes_stays() -> None:
    """Must not fire: a list article of products, each item built as a shop box (a
    picture, a description, a row of its price and a button), under an intro telling the
    headline: boxes built alike are the list's items."""
    intro = (
        "We tested a dozen cordless drills on the building site; these are the best "
        "ProDrill 18V rivals for home users, from cheap to professional."
    )
    descs = [
        "The ProDrill 18V is our winner: a brushless motor, two batteries and a sturdy case "
        "for home users on the building site.",
        "The BudgetDrill 12V is the cheapest drill in the test and still drives long screws "
        "into soft wood without effort.",
        "The ProHammer 18V adds a hammer function for concrete, at the price of half a "
        "kilogram more on every job.",
    ]
    items = "".join(
        f"<div class='item'><h2>{i + 1}. Drill</h2><img src='/{i}.jpg'><p>{d}</p><div "
        f"class='row'><span>€{99 + i * 30}</span><button>Buy</button></div></div>"
        for i, d in enumerate(descs)
    )
    heading = "<h1>The best ProDrill 18V rivals for home users on the building site</h1>"
    body = body_of(f"<html><body><main>{heading}<p>{intro}</p>{items}</main></body></html>")
    assert all(d in body for d in descs)


def test_a_lone_comment_under_a_title_counting_one_stays_out() -> None:
    """A single reader's post (its writer and time in a header line) under a box title
    that counts one post ("Comments (1)", "1 Kommentar"), after the story or in a column
    before it: the post was joined to the story."""
    story = "".join(f"<p>{line}</p>" for line in STORY)
    for title in ("Comments (1)", "1 Kommentar"):
        for shape in ("article", "li"):
            if shape == "article":
                post = (
                    f"<article><header><span>oldtown</span> · <time>12.03.2024 14:05</time>"
                    f"</header><p>{LONE}</p><footer><button>Reply</button></footer></article>"
                )
            else:
                post = (
                    f"<ol><li><div class='meta'><b>oldtown</b> <time>12.03.2024 14:05</time>"
                    f"</div><div class='txt'><p>{LONE}</p></div><a href='#r'>Reply</a></li></ol>"
                )
            box = f"<section class='k7x'><h2>{title}</h2>{post}</section>"
            for html in (
                f"<main><div class='story'>{HEAD}{story}</div>{box}</main>",
                f"<div class='cols'><div>{box}</div><div>{HEAD}{story}</div></div>",
            ):
                body = body_of(f"<html><body>{html}</body></html>")
                assert all(line in body for line in STORY)
                assert LONE not in body


def test_a_lone_signed_part_of_the_story_stays() -> None:
    """Must not fire: one post-like part of the story, its writer and time in a header
    line, under a title that counts nothing ("Kommentar", an editor's comment beside the
    report) or under one that counts one but tells the headline ("Update 1")."""
    story = "".join(f"<p>{line}</p>" for line in STORY)
    comment = (
        "<section><h2>Kommentar</h2><div class='c'><div class='by'>Anna Wolf, 12.03.2024 "
        f"14:05</div><p>{LONE}</p></div></section>"
    )
    update = (
        "The council will vote on the budget for schools and roads again next week after "
        "the mayor asked for changes to the plan for the water pipes."
    )
    updated = (
        "<section><h2>Update 1</h2><div class='c'><div class='by'>Anna Wolf, 12.03.2024 "
        f"14:05</div><p>{update}</p></div></section>"
    )
    for part, text in ((comment, LONE), (updated, update)):
        html = f"<html><body><main><article>{HEAD}{story}{part}</article></main></body></html>"
        body = body_of(html)
        assert all(line in body for line in STORY)
        assert text in body


def test_walk_notes_every_typed_element_of_its_path() -> None:
    """The walk notes the elements with an ``itemtype`` that a paragraph's chain may hold
    (the product boxes are looked for among them): one with that attribute alone, one
    with others, one with a state attribute, the body itself and the walk root's
    ancestors; an element it skips (hidden) holds no paragraph and is not noted."""
    html = (
        "<html itemscope itemtype='https://schema.org/WebPage'><body itemtype='x/Body'>"
        "<div itemtype='x/Alone'><p>One paragraph of text.</p></div>"
        "<div class='box' itemscope itemtype='x/Several'><p>Another one.</p></div>"
        "<div role='region' itemtype='x/Role'><p>A third paragraph.</p></div>"
        "<div hidden itemtype='x/Hidden'><p>Not shown.</p></div>"
        "<div class='plain'><p>No type here.</p></div></body></html>"
    )
    root = selector(html.encode()).root
    body = root.find("body")
    assert body is not None
    walker = Walker()
    walker.walk(body)
    assert [e.get("itemtype") for e in walker.typed] == [
        "https://schema.org/WebPage",
        "x/Body",
        "x/Alone",
        "x/Several",
        "x/Role",
    ]
