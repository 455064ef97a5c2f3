"""The benchmark's corpus generator: deterministic, valid raw articles, every language, real work."""

from __future__ import annotations

import re
from pathlib import Path

from bench import corpus
from wirewatch.model import RawArticle


def test_text_articles_are_deterministic_and_valid_raw_articles() -> None:
    first = list(corpus.text_articles(60))
    again = list(corpus.text_articles(60))
    assert first == again
    assert len({a["id"] for a in first}) == 60
    for article in first:
        raw = RawArticle.from_dict(article)
        assert raw.content_type == "text/plain"
        assert 2000 <= len(raw.body) <= 4500


def test_languages_figures_and_chrome_are_all_present() -> None:
    articles = list(corpus.text_articles(50))
    heads = {a["body"].split("\n\n")[0] for a in articles}
    assert any(re.search(r"[\u0600-\u06ff]", a["body"]) for a in articles)  # Arabic
    assert any("Startseite" in a["body"] or "Anzeige" in a["body"] for a in articles)  # German
    assert any("Portada" in a["body"] or "Compartir" in a["body"] for a in articles)  # Spanish
    assert any("Accueil" in a["body"] or "Partager" in a["body"] for a in articles)  # French
    assert all(re.search(r"\d", a["body"]) for a in articles)  # reported figures
    assert len(heads) > 5  # chrome varies from page to page


def test_one_article_in_twenty_is_a_wire_copy_under_another_id() -> None:
    articles = list(corpus.text_articles(4 * corpus.COPY_EVERY))
    copy = articles[3 * corpus.COPY_EVERY + 7]
    source = articles[6]
    assert copy["body"] == source["body"] and copy["id"] != source["id"]
    assert copy["published_at"] > source["published_at"]


def test_start_offsets_continue_the_same_sequence() -> None:
    whole = list(corpus.text_articles(30))
    assert list(corpus.text_articles(10, start=20)) == whole[20:]


def test_html_pages_are_cycled_under_distinct_ids(tmp_path: Path) -> None:
    pages = [("p1", "https://a.example/1", "<html><body><p>One</p></body></html>"),
             ("p2", "https://a.example/2", "<html><body><p>Two</p></body></html>")]
    articles = list(corpus.html_articles(5, pages))
    assert [a["url"] for a in articles][:3] == ["https://a.example/1", "https://a.example/2",
                                               "https://a.example/1"]
    assert len({a["id"] for a in articles}) == 5
    assert all(RawArticle.from_dict(a).content_type == "text/html" for a in articles)
    assert corpus.html_pages(tmp_path) == []  # absent data: no pages, no error
