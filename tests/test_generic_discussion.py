"""Readers' discussions beside a story (:mod:`newscrawl.extraction.discussion`): a run
of posts, each opened by a header line with its writer's name and a time stamp, is no
story when the prose outside it tells the page's headline. Pages in fixtures/structures/
(see its README)."""

from __future__ import annotations

from newscrawl.extraction.discussion import _story_h1
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


STORM_HEAD = "<h1>Live: storms sweep southern England, thousands of homes without power</h1>"
STORM_INTRO = (
    "<p>Severe storms are sweeping across southern England and thousands of homes have been "
    "without power since the night. Follow the latest here.</p>"
)
STORM = [  # entries of the day's other news: none tells the headline
    "Firefighters report more than two hundred callouts since midnight, mostly for flooded "
    "cellars and fallen trees blocking roads.",
    "A bridge on the motorway between Reading and Bristol has been closed because the river "
    "beneath it has risen sharply.",
    "The Met Office has extended its warning until the evening and expects further heavy rain "
    "over Devon and Cornwall.",
    "Several schools will stay closed on Monday, the county council said; parents are being "
    "informed by text message.",
]
WRITERS = ["Sarah Mills", "Tom Baker", "Priya Shah", "James Reid"]
NEWEST_FIRST = ["16.05 BST", "15.28 BST", "14.51 BST", "13.14 BST"]
DATED = [f"12 March 2024, {s}" for s in NEWEST_FIRST]
COMMENTS = [
    LONE,
    "I see it differently, the city has achieved quite a lot in recent years, even if many "
    "things move slower than we would like and the communication has been poor.",
    "Who ends up paying the parking fees? The commuters who have no other choice, because "
    "the last bus leaves at eight in the evening and nothing runs at weekends.",
    "Thanks for the report, finally someone writes in detail about what actually happens in "
    "those sessions and who voted which way.",
]
READERS = ["K. Berger", "maxmuster", "Lisa B.", "oldtown"]


def posts_run(title: str, names: list[str], stamps: list[str], texts: list[str]) -> str:
    """A run of posts, each opened by its writer's name and a stamp, under *title*."""
    posts = "".join(
        f"<article class='entry'><p class='by'><span>{name}</span> · <time>{stamp}</time></p>"
        f"<p>{text}</p></article>"
        for name, stamp, text in zip(names, stamps, texts, strict=True)
    )
    return f"<div class='run'>{title}{posts}</div>"


def live_page(run: str, head: str = "", byline: str = "", after: str = "") -> str:
    return (
        f"<html><head>{head}</head><body><main><article>{STORM_HEAD}{byline}{STORM_INTRO}"
        f"{run}{after}</article></main></body></html>"
    )


def story_page(run: str, head: str = "", byline: str = "") -> str:
    story = "".join(f"<p>{line}</p>" for line in STORY)
    return (
        f"<html><head>{head}</head><body><main><article>{HEAD}{byline}<div class='text'>"
        f"{story}</div>{run}</article></main></body></html>"
    )


def test_live_entries_at_bare_times_newest_first_stay_under_a_title() -> None:
    """A live blog with no markup and no byline: its entries, each opened by a different
    reporter's name and a bare time of day, newest first, under a title of their own
    ("Latest updates") and not telling the headline, were taken for readers' comments:
    the body was the intro alone."""
    body = body_of(live_page(posts_run("<h2>Latest updates</h2>", WRITERS, NEWEST_FIRST, STORM)))
    assert all(text in body for text in STORM)


def test_comments_with_their_day_or_counted_stay_out() -> None:
    """Must not fire: readers' comments built the same way under the story go when their
    stamps carry the day, when their bare times run oldest first, or when their title
    counts them ("Comments (4)") over bare times newest first."""
    oldest_first = NEWEST_FIRST[::-1]
    for title, stamps in (
        ("<h2>Comments</h2>", DATED),
        ("<h2>Comments</h2>", oldest_first),
        ("<h2>Comments (4)</h2>", NEWEST_FIRST),
        ("<h2>4 comments</h2>", NEWEST_FIRST),
    ):
        body = body_of(story_page(posts_run(title, READERS, stamps, COMMENTS)))
        assert all(line in body for line in STORY), (title, stamps)
        assert not any(text in body for text in COMMENTS), (title, stamps)


LIVE_LD = (
    '<script type="application/ld+json">{"@context":"https://schema.org",'
    '"@type":"LiveBlogPosting","headline":"Live: storms","liveBlogUpdate":[]}</script>'
)


def test_live_entries_of_a_page_that_calls_itself_a_live_blog_stay() -> None:
    """A page that calls itself a live blog (``LiveBlogPosting`` in its JSON-LD or its
    microdata, ``liveBlogUpdate`` items): its entries, with a day in their stamps, under
    a title that counts nothing, stay the story."""
    run = posts_run("<h2>Latest updates</h2>", WRITERS, DATED, STORM)
    assert all(text in body_of(live_page(run, head=LIVE_LD)) for text in STORM)
    marked = run.replace(
        "<article class='entry'>",
        "<article class='entry' itemprop='liveBlogUpdate' itemscope "
        "itemtype='https://schema.org/BlogPosting'>",
    )
    assert all(text in body_of(live_page(marked)) for text in STORM)


def test_comments_under_a_live_blog_stay_out() -> None:
    """Must not fire: readers' comments under a title that counts them, after the
    entries of a page that calls itself a live blog, still go; the entries, shorter than
    the comments, stay (the comments no longer outweigh them in the story's container)."""
    entries = posts_run("", WRITERS, NEWEST_FIRST, STORM)
    comments = posts_run("<h2>Comments (4)</h2>", READERS, DATED, COMMENTS)
    body = body_of(live_page(entries, head=LIVE_LD, after=comments))
    assert all(text in body for text in STORM)
    assert not any(text in body for text in COMMENTS)


def test_live_entries_by_the_reporters_of_the_byline_stay() -> None:
    """A live blog with no markup whose entries (stamps with their day, under a title
    that counts nothing) are written by the reporters its byline names: the story."""
    byline = "<p class='author'>By Sarah Mills, Tom Baker, Priya Shah and James Reid</p>"
    run = posts_run("<h2>Latest updates</h2>", WRITERS, DATED, STORM)
    assert all(text in body_of(live_page(run, byline=byline)) for text in STORM)


def test_comments_by_others_than_the_byline_stay_out() -> None:
    """Must not fire: readers' comments under a story whose byline names its writer, one
    comment by that writer among them (a reply), still go."""
    byline = "<p class='author'>By Sarah Mills</p>"
    names = ["Sarah Mills", *READERS[1:]]
    body = body_of(story_page(posts_run("<h2>Comments</h2>", names, DATED, COMMENTS), "", byline))
    assert all(line in body for line in STORY)
    assert not any(text in body for text in COMMENTS)


def comment_ld(texts: list[str]) -> str:
    listed = ",".join(
        f'{{"@type":"Comment","author":{{"name":"{name}"}},"text":"{text}"}}'
        for name, text in zip(READERS, texts, strict=False)
    )
    return (
        '<script type="application/ld+json">{"@context":"https://schema.org",'
        f'"@type":"NewsArticle","headline":"City council","comment":[{listed}]}}</script>'
    )


def test_comments_the_json_ld_lists_stay_out_untitled() -> None:
    """Readers' comments with no title over them, which the page's JSON-LD lists as its
    ``comment`` items (schema.org ``Comment`` with their text): they were joined to the
    story."""
    run = posts_run("", READERS, DATED, COMMENTS)
    body = body_of(story_page(run, head=comment_ld(COMMENTS)))
    assert all(line in body for line in STORY)
    assert not any(text in body for text in COMMENTS)


def test_json_ld_comments_not_shown_mark_no_post() -> None:
    """Must not fire: a live blog whose JSON-LD lists readers' comments that the page does
    not show (loaded later): its untitled entries stay."""
    run = posts_run("", WRITERS, NEWEST_FIRST, STORM)
    body = body_of(live_page(run, head=comment_ld(COMMENTS)))
    assert all(text in body for text in STORM)


def test_other_posts_after_a_story_stay_out_beside_a_discussion() -> None:
    """Must not fire: a run of three short posts of other stories after the story, inside
    its ``article`` with a readers' discussion: set beside the story's own text (the
    discussion not counted) the run is still short, so no entries of the story."""
    others = "".join(
        f"<article><h3>Other story {i}</h3><p>{text}</p></article>"
        for i, text in enumerate(UPDATES[:3])
    )
    story = "".join(f"<p>{line}</p>" for line in STORY * 2)
    comments = posts_run("<h2>Comments (4)</h2>", READERS, DATED, COMMENTS)
    html = (
        f"<html><body><main><article>{HEAD}<div class='text'>{story}</div>"
        f"<div class='more'>{others}</div>{comments}</article></main></body></html>"
    )
    body = body_of(html)
    assert all(line in body for line in STORY)
    assert not any(text in body for text in COMMENTS)
    assert not any(text in body for text in UPDATES[:3])


CART = "<a href='https://shop.example.com/cart/add/1044'>Add to cart</a>"


def test_shop_box_with_a_plain_cart_link_stays_out() -> None:
    """A shop box the page does not mark whose "add to cart" is a plain link into the
    shop (no button), after the review or inside its ``article``: the box was joined to
    the story."""
    box = (
        f"<div class='p3q'><h3>ProDrill 18V</h3><img src='/drill.jpg'><p>{BLURB}</p>"
        f"<ul>{FEATURES}</ul><div class='row'><span>$129.99</span>{CART}</div></div>"
    )
    paras = "".join(f"<p>{p}</p>" for p in REVIEW)
    for html in (
        f"<main><div>{REVIEW_HEAD}{paras}</div>{box}</main>",
        f"<article>{REVIEW_HEAD}<div>{paras}</div>{box}</article>",
    ):
        body = body_of(f"<html><body>{html}</body></html>")
        assert all(p in body for p in REVIEW)
        assert BLURB not in body
        assert "Brushless motor" not in body


def test_prices_beside_plain_shop_links_in_the_story_stay() -> None:
    """Must not fire: a list article whose items (a picture, a description, a price line
    beside a plain link to the shop) are built alike, and a deal story whose price line
    beside a plain link sits in its text with its picture."""
    intro = (
        "We tested a dozen cordless drills on the building site; these are the best "
        "ProDrill 18V rivals for home users, from cheap to professional."
    )
    items = "".join(
        f"<div class='item'><h2>{i + 1}. Drill</h2><img src='/{i}.jpg'><p>{p}</p><div "
        f"class='row'><span>€{99 + i * 30}</span>{CART}</div></div>"
        for i, p in enumerate(PRICED)
    )
    heading = "<h1>The best ProDrill 18V rivals for home users on the building site</h1>"
    body = body_of(f"<html><body><main>{heading}<p>{intro}</p>{items}</main></body></html>")
    assert all(p in body for p in PRICED)
    paras = "".join(f"<p>{p}</p>" for p in PRICED)
    deal = (
        f"<main><header>{REVIEW_HEAD}<p>{REVIEW[0]}</p></header><div class='text'>"
        f"<img src='/d.jpg'>{paras}<div><span>Now €99 instead of €129</span>{CART}</div>"
        "</div></main>"
    )
    body = body_of(f"<html><body>{deal}</body></html>")
    assert all(p in body for p in PRICED)


def split_page(column: str, head: str = "") -> str:
    """The headline and its intro in a band, *column* in a column of its own below."""
    return (
        f"<html><head>{head}</head><body><div class='band'>{STORM_HEAD}{STORM_INTRO}</div>"
        f"<div class='x'><div class='y'>{column}</div></div></body></html>"
    )


def test_live_feed_below_the_headline_band_stays_the_story() -> None:
    """A live blog's entries in a column below the band of its headline and intro, not
    telling the headline (each on the day's other news): the intro under the headline
    was taken for the story. Entries at bare times newest first, or with their day on a
    page that calls itself a live blog, are the story."""
    for column, head in (
        (posts_run("", WRITERS, NEWEST_FIRST, STORM), ""),
        (posts_run("", WRITERS, DATED, STORM), LIVE_LD),
    ):
        body = body_of(split_page(column, head))
        assert all(text in body for text in STORM), head


def test_thread_or_ticker_below_the_headline_band_is_no_live_feed() -> None:
    """Must not fire: below a story's band, a column of readers' posts with their day
    (no live blog mark), or a ticker of stamped one-line items at bare times newest first
    (no prose of their own): the story under the headline stays the story."""
    thread = posts_run("", READERS, DATED, COMMENTS)
    body = body_of(split_page(thread))
    assert "Severe storms are sweeping across southern England" in body
    assert not any(text in body for text in COMMENTS)
    items = [
        "Bridge on the ring road reopened",
        "Parking fees to rise in the centre",
        "Schools stay open on Monday",
        "New bus line to the hospital",
        "Library extends its opening hours",
        "Football club signs a new coach",
        "Water pipes to be replaced in spring",
        "Market moves to the old town square",
    ]
    stamps = [f"{17 - i}.{(50 - i * 7) % 60:02d} BST" for i in range(len(items))]
    ticker = "".join(f"<p>{stamp} · {item}</p>" for stamp, item in zip(stamps, items, strict=True))
    body = body_of(split_page(f"<div class='ticker'>{ticker}</div>"))
    assert "Severe storms are sweeping across southern England" in body


def test_writers_named_far_from_the_headline_are_no_byline() -> None:
    """Must not fire: the comments' writers named on a line far below the headline (a
    box of the most active readers after a long story) are no byline: the comments
    still go."""
    names = ["Karl Berger", "Lisa Brandt", "Max Muster", "Olga Tann"]
    story = "".join(f"<p>{line}</p>" for line in STORY * 5)
    readers = f"<p class='top'>Most active readers: {', '.join(names)}</p>"
    comments = posts_run("<h2>Comments</h2>", names, DATED, COMMENTS)
    comments = comments.replace("<article class='entry'>", "<div class='c'>")
    comments = comments.replace("</article>", "</div>")
    html = (
        f"<html><body><main><article>{HEAD}<div class='text'>{story}</div>{readers}"
        f"{comments}</article></main></body></html>"
    )
    body = body_of(html)
    assert all(line in body for line in STORY)
    assert not any(text in body for text in COMMENTS)


#: Readers' comments that talk of the story's headline (its council, budget, schools).
TELLING = [
    "The council approved a budget for schools and roads again, and again the schools get "
    "the smallest share of the new budget while the roads get everything they asked for.",
    "Good to see the council finally approve a budget for the schools and the roads.",
    "The new budget will not fix the roads, the council has approved plans like this for "
    "years and the schools still wait for their roofs to be repaired.",
    "Agreed.",
    "I asked my councillor about the budget for schools and roads and got no answer, so "
    "much for the council listening to residents before approving new budgets.",
]


def two_line_posts(title: str, names: list[str], stamps: list[str], texts: list[str]) -> str:
    """Posts whose header is two lines, the writer's name over the stamp, in a wrapper
    beside the writer's picture; every class a generated name (none says "comment")."""
    posts = "".join(
        f"<div class='q7 z1'><div class='k3'><img src='/a{i}.png' alt=''></div>"
        f"<div class='m5'><div class='u2'><a href='/u/{i}'>{name}</a></div>"
        f"<div class='d8'>{stamp}</div><div class='t6'>{text}</div></div></div>"
        for i, (name, stamp, text) in enumerate(zip(names, stamps, texts, strict=True))
    )
    return f"<div id='x4'>{title}{posts}</div>"


def test_comments_opened_by_name_over_stamp_telling_the_headline_stay_out() -> None:
    """Readers' comments with no mark (generated class names), each opened by its
    writer's name over its stamp on a line of its own, a short one ("Agreed.") among
    them, talking of the story so that they tell its headline, under a title that counts
    nothing, after a short story: no live blog (no mark, stamps with their day), their
    writers nearly all different, they stay out."""
    names = ["K. Berger", "maxmuster", "Lisa B.", "oldtown", "maxmuster"]
    stamps = [f"{d} days ago at 0{d}:52 am" for d in range(2, 7)]
    run = two_line_posts("<h2>Top rated comments</h2>", names, stamps, TELLING)
    body = body_of(story_page(run))
    assert all(line in body for line in STORY)
    assert not any(text in body for text in TELLING)


def test_live_entries_opened_by_name_over_stamp_stay() -> None:
    """Must not fire: a live blog's entries built the same way (name over stamp), telling
    the headline, stay the story where the page calls itself a live blog, where their
    stamps are bare times of day (newest or oldest first), or where a few reporters write
    them in turn."""
    head = "<h1>Live: council approves new budget for schools and roads</h1>"
    entries = TELLING[:3] + TELLING[4:]
    dated = [f"12 March 2024, {s}" for s in NEWEST_FIRST]
    turns = ["Sarah Mills", "Tom Baker", "Sarah Mills", "Tom Baker"]
    for names, stamps, ld in (
        (WRITERS, dated, LIVE_LD),
        (WRITERS, NEWEST_FIRST, ""),
        (WRITERS, NEWEST_FIRST[::-1], ""),
        (turns, dated, ""),
    ):
        run = two_line_posts("<h2>Latest updates</h2>", names, stamps, entries)
        html = (
            f"<html><head>{ld}</head><body><main><article>{head}<p>The council met on "
            f"Tuesday; follow the latest here.</p>{run}</article></main></body></html>"
        )
        body = body_of(html)
        assert all(text in body for text in entries), (names, stamps, bool(ld))


BLOG_STORY = [
    "Our goal with hosting quarterly open threads is to give blog readers a chance to "
    "raise questions about the charity or related topics in the comments below.",
    "As always, you are also welcome to email us or to request a call with the staff if "
    "you have feedback or questions you would prefer to discuss privately with us.",
]
BLOG_COMMENTS = [
    (
        "Milan Griffes",
        "12",
        "Any update on how the follow-up paper will affect the "
        "recommendation of the cash transfer charity for the coming giving season?",
    ),
    (
        "Alex Baker",
        "17",
        "Have you written anything about the trade-off between giving "
        "now and investing the money to give more in the future, years from now?",
    ),
    (
        "Gary Miller",
        "18",
        "I skimmed your report on the bus safety programme and did not "
        "see any analysis of the cost of travelling more slowly on the same roads.",
    ),
    (
        "Charles Pritchard",
        "27",
        "Thanks for the open thread. Are there plans to publish "
        "the updated cost-effectiveness model before the end of the year, or later?",
    ),
]


def blog_page(banner: str, site: str = "The Charity Blog", thread: bool = False) -> str:
    """A blog post under the site's name set as an ``h1`` (a banner) and its own ``h1``,
    then its readers' comments as WordPress writes them ("Name on September 12, 2018 at
    4:47 pm said:"), rows told apart by zebra classes (``even`` / ``odd alt``), one with a
    staff reply nested in it; every class word opaque. *thread*: the page is the thread
    (no story outside the comments)."""
    rows = []
    for i, (who, day, text) in enumerate(BLOG_COMMENTS):
        zebra = "qxjz even qkkz" if i % 2 == 0 else "qxjz odd jzjz qkkz"
        reply = (
            "<ul class='kzqj'><li class='qxjz even zkqx'><div class='jqqz'><div class='xjxq'>"
            f"<strong>Catherine (Staff)</strong> on <a href='#c{i}r'>September {day}, 2018 "
            "at 5:23 pm</a> said:</div><p>Hi, we have not reviewed that yet but plan to "
            "consider it as part of our year-end review mentioned in our post.</p></div></li></ul>"
            if i == 0
            else ""
        )
        rows.append(
            f"<li class='{zebra}'><div class='jqqz'><div class='xjxq'><strong>{who}</strong> on "
            f"<a href='#c{i}'>September {day}, 2018 at 4:{10 + i} pm</a> said:</div>"
            f"<p>{text}</p></div>{reply}</li>"
        )
    story = "" if thread else "".join(f"<p>{line}</p>" for line in BLOG_STORY)
    return (
        f"<html><head><title>September open thread - {site}</title>"
        f"<meta property='og:site_name' content='{site}'></head><body>"
        f"<main><div class='zzqx'><h1 class='qjzk'>{banner}</h1></div>"
        "<article><h1 class='kqxj'>September open thread for readers</h1>"
        f"<div class='xqzj'>{story}</div></article>"
        f"<div class='jxkq'><h3>Comments</h3><ul class='zqkx'>{''.join(rows)}</ul></div>"
        "</main></body></html>"
    )


def test_comments_under_a_site_banner_h1_in_zebra_rows_stay_out() -> None:
    """A second ``h1`` naming the site (its ``og:site_name``) above the story's made the
    discussion rule give up, and rows told apart by zebra classes made no run: the
    comments were the body and the story lost."""
    body = body_of(blog_page("The Charity Blog"))
    assert all(line in body for line in BLOG_STORY)
    assert "Any update on how the follow-up paper" not in body
    assert "Have you written anything about the trade-off" not in body


def test_two_h1s_neither_the_sites_name_read_no_discussion() -> None:
    """Must not fire: a second ``h1`` that is not the site's name leaves the story's
    heading untold; the discussion rule reads no discussion."""

    def h1_of(banner: str) -> int | None:
        body = selector(blog_page(banner)).root.find("body")
        assert body is not None
        walker = Walker()
        walker.walk(body)
        return _story_h1(walker.blocks)

    assert h1_of("Latest from the charity") is None
    assert h1_of("The Charity Blog") is not None


def test_a_thread_under_a_site_banner_h1_keeps_its_posts() -> None:
    """Must not fire: the thread's own page (no story outside the comments), under the
    site's banner ``h1``: its posts are the body."""
    body = body_of(blog_page("The Charity Blog", thread=True))
    assert "Any update on how the follow-up paper" in body
    assert "Have you written anything about the trade-off" in body
