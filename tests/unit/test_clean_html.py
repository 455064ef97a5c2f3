"""Main text from HTML: trafilatura plus the tidy pass, titles, the <article> fallback."""

from __future__ import annotations

from wirewatch.clean.html import HtmlExtractor, extract_main_text, page_title, visible_lines
from wirewatch.model import Article, RawArticle

BODY = [
    "Dock workers at the country's largest port extended their strike on Wednesday, leaving dozens "
    "of grain ships waiting at anchor and traders scrambling for alternatives.",
    "The union said talks with the port authority had broken down over pay and shift lengths, and "
    "that the walkout would continue until a new offer was tabled.",
    "Exporters estimate the stoppage has already delayed shipments of about 400,000 tonnes of wheat "
    "and maize, according to an industry association.",
]

PAGE = f"""<html><head><title>Port strike halts grain exports | Example News</title>
<meta property="og:title" content="Port strike halts grain exports for a third day"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Port strike halts grain exports for a third day</h1>
<p>{BODY[0]}</p><p>Share this article</p><p>{BODY[1]}</p><p>{BODY[2]}</p>
<p>Reporting by Jane Doe; Editing by John Smith</p></article>
<section class="comments"><h3>اترك تعليقاً</h3><p>Great article, thanks for sharing this with us all.</p></section>
<footer>© 2024 Example News. All rights reserved.</footer></body></html>"""


def test_html_page_gives_body_and_title() -> None:
    raw = RawArticle(id="a", url="https://example.org/a", outlet="example", published_at="2024-03-01T10:00:00Z",
                     content_type="text/html", body=PAGE)
    article = extract_main_text(Article(raw=raw))
    assert article.title == "Port strike halts grain exports for a third day"
    assert article.text.split("\n") == BODY


def test_plain_text_passes_through() -> None:
    raw = RawArticle(id="a", url="u", outlet="o", published_at="2024-03-01T10:00:00Z",
                     content_type="text/plain", body="World NewsWorld press\nBody.", title="Given")
    article = extract_main_text(Article(raw=raw))
    assert (article.text, article.title) == ("World NewsWorld press\nBody.", "Given")


def test_tidy_drops_chrome_lines_and_cuts_at_a_late_section_opener() -> None:
    extractor = HtmlExtractor()
    text = "\n".join([BODY[0], "Advertisement", BODY[1], "Read more: Other story here", BODY[2],
                      "Related articles", "Some other story headline"])
    assert extractor.tidy(text).split("\n") == BODY


def test_page_title_prefers_og_title_then_strips_the_site_name() -> None:
    assert page_title(PAGE) == "Port strike halts grain exports for a third day"
    assert page_title("<title>Port strike halts exports | Example News</title>") == "Port strike halts exports"
    assert page_title("<p>no title</p>") == ""


def test_visible_lines_one_per_block() -> None:
    from wirewatch.clean.html import parse_html

    root = parse_html("<div>One <b>two</b></div><script>x()</script><p>Three</p>")
    assert visible_lines(root) == ["One two", "Three"]


def test_tidy_drops_a_first_line_that_repeats_the_title_and_publisher_trailers() -> None:
    from wirewatch.clean.html import title_variants

    page = "<title>Milan Design Week 2018 | Light installation for FLOS | Example</title>"
    titles = title_variants(page)
    text = "\n".join(["Milan Design Week 2018 | Light installation for FLOS", *BODY,
                      "Write to Jane Doe at jane.doe@example.com",
                      "This copy is for your personal, non-commercial use only.",
                      "Thanks for signing up!"])
    assert HtmlExtractor().tidy(text, titles=titles).split("\n") == BODY


def test_paragraph_spans_are_those_of_the_lazy_regex() -> None:
    import re

    from wirewatch.clean.html import _paragraphs

    reference = re.compile(r"<p[\s>].*?</p>", re.S | re.I)
    pages = [
        "", "<p>", "</p>", "<p></p>", "<P>a</P><p\tb</p>", "<p>a<p>b</p>c</p>", "<param>x</p><p>y",
        "<p\u00a0>x</P ><p>y</p>", "<pre>x</pre><p class=a>one</p>\n<P\n>two</p><p>open",
        "<p>x</p" + "<p>y" * 5, "<<p>>a</p></p>", "<p>é İ ſ K</P>",
    ]
    for page in pages:
        assert _paragraphs(page) == [m.group(0) for m in reference.finditer(page)], page
