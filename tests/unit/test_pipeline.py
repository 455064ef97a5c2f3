"""The pipeline runs named stages in order, times them, and names the one that fails."""

from __future__ import annotations

import time

import orjson
import pytest

from wirewatch.intake import Rejected
from wirewatch.model import Article, RawArticle
from wirewatch.pipeline import Pipeline, Stage, StageBudgetExceeded, StageError, build_pipeline
from wirewatch.processing import ArticleProcessor, observation_id


def article(body: str = "Text.") -> Article:
    return Article(RawArticle("a", "u", "o", "2024-01-01T00:00:00Z", "text/plain", body))


def upper(a: Article) -> Article:
    a.text = a.raw.body.upper()
    return a


def boom(a: Article) -> Article:
    raise ValueError("broken")


def slow(a: Article) -> Article:
    time.sleep(0.05)
    return a


def test_stages_run_in_order_and_are_timed():
    result = Pipeline([Stage("upper", upper), Stage("slow", slow)]).run(article("abc"))
    assert result.article.text == "ABC"
    assert list(result.timings) == ["upper", "slow"] and result.timings["slow"] >= 0.04


def test_a_failing_stage_is_named():
    with pytest.raises(StageError) as info:
        Pipeline([Stage("upper", upper), Stage("boom", boom)]).run(article())
    assert info.value.stage == "boom" and isinstance(info.value.cause, ValueError)


def test_the_time_budget_is_enforced():
    with pytest.raises(StageBudgetExceeded):
        Pipeline([Stage("slow", slow)], budget_ms=10).run(article())


def test_processor_turns_failures_into_dlq_reasons():
    processor = ArticleProcessor(Pipeline([Stage("boom", boom)]), max_message_bytes=10_000,
                                 max_body_chars=1000)
    good = orjson.dumps({"id": "a", "url": "u", "outlet": "o", "content_type": "text/plain",
                         "published_at": "2024-01-01T00:00:00Z", "body": "x"})
    with pytest.raises(Rejected) as info:
        processor.process(good)
    assert (info.value.reason, info.value.stage) == ("stage_error", "boom")
    slow_processor = ArticleProcessor(Pipeline([Stage("slow", slow)], budget_ms=10),
                                      max_message_bytes=10_000, max_body_chars=1000)
    with pytest.raises(Rejected) as info:
        slow_processor.process(good)
    assert (info.value.reason, info.value.stage) == ("stage_timeout", "slow")


def test_the_production_pipeline_lists_its_stages_in_order():
    names = build_pipeline().stage_names
    assert names[:4] == ["extract_main_text", "strip_boilerplate", "repair_text",
                         "identify_language"]
    assert names.index("find_places") < names.index("extract_figures")
    assert build_pipeline(enabled=False).stage_names == []


def test_observation_ids_are_deterministic():
    assert observation_id("a", 1, 5, "people_killed") == observation_id("a", 1, 5, "people_killed")
    assert observation_id("a", 1, 5, "people_killed") != observation_id("b", 1, 5, "people_killed")
