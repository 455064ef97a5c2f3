"""Copy linking: exact and near copies, distinct stories, redelivery, JSON state, expiry."""

from __future__ import annotations

import json

from wirewatch.clean.copies import NUM_PERM, CopyIndex, fingerprint_text, minhash_signature
from wirewatch.model import Article, RawArticle

STORY = [
    "Dock workers at the country's largest port extended their strike on Wednesday, leaving dozens "
    "of grain ships waiting at anchor and traders scrambling for alternatives.",
    "The union said talks with the port authority had broken down over pay and shift lengths, and "
    "that the walkout would continue until a new offer was tabled.",
    "Exporters estimate the stoppage has already delayed shipments of about 400,000 tonnes of wheat "
    "and maize, according to an industry association.",
    "The transport minister urged both sides to return to the table and said the government was "
    "ready to mediate, but ruled out using the army to load ships.",
    "Grain prices on the local exchange rose for a third day, with wheat for March delivery up "
    "2.4 percent by midday.",
]
OTHER_STORY = [
    "Farmers in the northern provinces have begun harvesting an early crop of maize after weeks of "
    "warm weather, the agriculture ministry said on Thursday.",
    "Officials expect the harvest to be about ten percent larger than last year's, which was cut "
    "short by drought, and said storage capacity would be tight.",
    "Grain traders said the larger crop could ease prices later in the year, once the port strike "
    "that has halted exports is resolved.",
    "The ministry said it would release emergency storage funds to cooperatives next week.",
]


def article(article_id: str, text: str, published_at: str = "2024-03-01T10:00:00Z") -> Article:
    raw = RawArticle(id=article_id, url=f"https://example.org/{article_id}", outlet="example",
                     published_at=published_at, content_type="text/plain", body=text)
    return fingerprint_text(Article(raw=raw, text=text))


def test_signature_is_a_json_ready_minhash() -> None:
    signature = minhash_signature("\n\n".join(STORY))
    assert len(signature) == NUM_PERM and all(isinstance(v, int) for v in signature)
    assert signature == minhash_signature("\n\n".join(STORY))
    assert minhash_signature("") == []


def test_exact_and_near_copies_link_to_the_first_article_distinct_stories_do_not() -> None:
    index = CopyIndex({})
    original = index.link(article("a", "\n\n".join(STORY)))
    exact = index.link(article("b", "\n\n".join(STORY), "2024-03-01T11:00:00Z"))
    edited = STORY[:4]  # trimmed, a dateline, a word changed, chrome left in
    edited[0] = "LONDON (Reuters) - " + edited[0].replace("extended", "prolonged")
    near = index.link(article("c", "\n\n".join([*edited[:2], "Share this article", *edited[2:]]),
                              "2024-03-01T12:00:00Z"))
    other = index.link(article("d", "\n\n".join(OTHER_STORY), "2024-03-01T13:00:00Z"))
    assert (original.duplicate_of, original.story_id) == (None, "a")
    assert (exact.duplicate_of, exact.story_id) == ("a", "a")
    assert (near.duplicate_of, near.story_id) == ("a", "a")
    assert (other.duplicate_of, other.story_id) == (None, "d")


def test_a_copy_of_a_copy_links_to_the_first_article() -> None:
    index = CopyIndex({})
    index.link(article("a", "\n\n".join(STORY[:3])))
    index.link(article("b", "\n\n".join(STORY[:4]), "2024-03-01T11:00:00Z"))
    third = index.link(article("c", "\n\n".join(STORY[1:5]), "2024-03-01T12:00:00Z"))
    assert third.duplicate_of == "a"


def test_a_copy_trimmed_to_half_is_still_a_copy() -> None:
    index = CopyIndex({})
    index.link(article("a", "\n\n".join(STORY)))
    assert index.link(article("b", "\n\n".join(STORY[:2]), "2024-03-01T11:00:00Z")).duplicate_of == "a"


def test_redelivery_gets_the_same_answer_and_state_is_json() -> None:
    store: dict = {}
    index = CopyIndex(store)
    index.link(article("a", "\n\n".join(STORY)))
    first = index.link(article("b", "\n\n".join(STORY), "2024-03-01T11:00:00Z")).duplicate_of
    again = CopyIndex(json.loads(json.dumps(store)))  # as recovered from a changelog
    assert again.link(article("b", "\n\n".join(STORY), "2024-03-01T11:00:00Z")).duplicate_of == first == "a"
    assert again.link(article("a", "\n\n".join(STORY))).duplicate_of is None


def test_short_or_empty_texts_are_their_own_story() -> None:
    index = CopyIndex({})
    for n in range(2):
        linked = index.link(article(f"s{n}", "Live updates"))
        assert (linked.duplicate_of, linked.story_id) == (None, f"s{n}")


def test_entries_expire_with_the_window() -> None:
    store: dict = {}
    index = CopyIndex(store, window_days=2)
    index.link(article("a", "\n\n".join(STORY), "2024-03-01T10:00:00Z"))
    size_after_one = len(store)
    late_copy = index.link(article("b", "\n\n".join(STORY), "2024-03-09T10:00:00Z"))
    assert late_copy.duplicate_of is None
    assert "sig:a" not in store and not any(key.startswith("day:19783") for key in store)
    assert len(store) <= size_after_one
    index.link(article("old", "\n\n".join(OTHER_STORY), "2024-02-01T10:00:00Z"))
    assert "sig:old" not in store  # older than the window: linked, not remembered


def test_chinese_near_copy() -> None:
    text = ("市议会周二投票批准沿河修建新的防洪系统，此前老城区已经连续两个冬天遭受洪水侵袭，许多商店和住宅严重受损。"
            "市长在投票后对记者表示，该项目将耗资约四千五百万欧元，预计在明年年底之前完工，施工期间部分道路将临时封闭。"
            "在洪水中失去住所的居民对这一决定表示欢迎，但他们希望工程能够在下一个雨季到来之前尽快开工。")
    index = CopyIndex({})
    index.link(article("a", text))
    assert index.link(article("b", "新华社电 " + text[:-20], "2024-03-01T11:00:00Z")).duplicate_of == "a"
