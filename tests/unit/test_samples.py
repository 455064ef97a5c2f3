"""The shipped sample feed: enough articles, languages and formats, well ordered, up to date."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest

from wirewatch.model import RawArticle
from wirewatch.samples import load_sample_expectations, load_sample_feed, sample_feed_path
from wirewatch.samples.build_feed import load_sources, render_feed

# Every sample outlet writes in one language; the feed's `language` hint is optional.
OUTLET_LANGUAGE = {
    "harbor-gazette": "en",
    "northshore-herald": "en",
    "coastline-daily": "en",
    "le-courrier-du-lac": "fr",
    "diario-del-valle": "es",
    "rheinblick": "de",
    "al-wadi-news": "ar",
}


@pytest.fixture(scope="module")
def feed() -> list[dict[str, Any]]:
    return load_sample_feed()


def test_feed_ships_inside_the_package() -> None:
    path = sample_feed_path()
    assert path.is_file()
    assert path.parent.name == "samples"


def test_at_least_30_articles(feed: list[dict[str, Any]]) -> None:
    assert len(feed) >= 30


def test_at_least_4_languages(feed: list[dict[str, Any]]) -> None:
    languages = Counter(OUTLET_LANGUAGE[a["outlet"]] for a in feed)
    assert len(languages) >= 4, languages
    assert all(count >= 3 for count in languages.values()), languages


def test_language_hints_match_the_outlet(feed: list[dict[str, Any]]) -> None:
    for article in feed:
        if "language" in article:
            assert article["language"] == OUTLET_LANGUAGE[article["outlet"]], article["id"]


def test_both_content_types(feed: list[dict[str, Any]]) -> None:
    assert {a["content_type"] for a in feed} == {"text/html", "text/plain"}


def test_unique_ids(feed: list[dict[str, Any]]) -> None:
    ids = [a["id"] for a in feed]
    assert len(ids) == len(set(ids))


def test_sorted_by_published_at(feed: list[dict[str, Any]]) -> None:
    times = [a["published_at"] for a in feed]
    assert times == sorted(times)  # all UTC "Z" with the same layout, so text order is time order


def test_every_line_is_a_raw_article(feed: list[dict[str, Any]]) -> None:
    for article in feed:
        assert RawArticle.from_dict(article).to_dict() == article


def test_bodies_are_one_to_four_kilobytes(feed: list[dict[str, Any]]) -> None:
    for article in feed:
        assert 1000 <= len(article["body"].encode("utf-8")) <= 4096, article["id"]


def test_html_bodies_are_full_pages(feed: list[dict[str, Any]]) -> None:
    for article in feed:
        if article["content_type"] == "text/html":
            body = article["body"]
            for tag in ("<html", "<header", "<nav", "<article", "<footer"):
                assert tag in body, (article["id"], tag)


def test_feed_is_built_from_the_sources() -> None:
    expected = render_feed(load_sources())
    assert sample_feed_path().read_text(encoding="utf-8") == expected, (
        "feed.jsonl is stale: run python -m wirewatch.samples.build_feed")


def test_wire_copy_shares_the_wire_text(feed: list[dict[str, Any]]) -> None:
    by_id = {a["id"]: a for a in feed}
    wire_sentence = "cutting its forecast to 8.9 million tonnes"
    for copy_id in ("sample-006", "sample-007", "sample-008"):
        assert wire_sentence in by_id[copy_id]["body"]


def test_expectations_quote_the_articles(feed: list[dict[str, Any]]) -> None:
    by_id = {a["id"]: a for a in feed}
    expected = load_sample_expectations()
    quoted = [r for series in expected["figure_series"] for r in series["reports"]]
    quoted += expected["votes"] + expected["not_votes"] + expected["money"]
    for item in quoted:
        assert item["text"] in by_id[item["id"]]["body"], (item["id"], item["text"])
    for series in expected["figure_series"]:
        ids = {r["id"] for r in series["reports"]}
        for change in series.get("expected_changes", []):
            assert {change["previous"], change["current"]} <= ids


def test_expectations_cover_every_article_language(feed: list[dict[str, Any]]) -> None:
    languages = load_sample_expectations()["languages"]
    assert languages == {a["id"]: OUTLET_LANGUAGE[a["outlet"]] for a in feed}


def test_expected_copies_share_the_original_wire_text(feed: list[dict[str, Any]]) -> None:
    by_id = {a["id"]: a for a in feed}
    for copy_id, link in load_sample_expectations()["copies"].items():
        original = by_id[link["duplicate_of"]]
        assert original["published_at"] < by_id[copy_id]["published_at"]
