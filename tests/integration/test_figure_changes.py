"""Figure changes on the real broker: out-of-order and duplicated articles, exact events."""

from __future__ import annotations

import time

import orjson
import pytest

from tests.harness import (WorkerProcess, consume_until, create_topics, produce, raw_article, run,
                           settings_for_test, wait_for, worker_env)
from wirewatch.offline import OfflineEnricher
from wirewatch.pipeline import build_pipeline
from wirewatch.settings import Settings
from wirewatch.stream import topics

pytestmark = pytest.mark.integration

STORY = ("A strong earthquake struck northern Morocco near Al Hoceima on Friday night. "
         "{toll} according to the interior ministry. Rescue teams were still searching "
         "collapsed buildings in mountain villages on Saturday.")

# Published order: a (08:00) < late (10:00) < b (12:00), two hours apart (rises, not
# disagreements between outlets); delivered a, b, late, b again.
ARTICLES = {
    "quake-a": ("2026-09-12T08:00:00Z", "harbor-gazette",
                "At least 120 people were killed in Morocco,"),
    "quake-b": ("2026-09-12T12:00:00Z", "le-courrier-du-lac",
                "More than 600 people were killed in Morocco,"),
    "quake-late": ("2026-09-12T10:00:00Z", "al-wadi-news",
                   "At least 300 people were killed in Morocco,"),
}
DELIVERY = ["quake-a", "quake-b", "quake-late", "quake-b"]


def record(article_id: str) -> dict:
    published_at, outlet, toll = ARTICLES[article_id]
    return raw_article(article_id, STORY.format(toll=toll), published_at=published_at,
                       outlet=outlet)


def expected_change_ids() -> set[str]:
    enricher = OfflineEnricher(build_pipeline(), Settings())
    ids: set[str] = set()
    for article_id in DELIVERY:
        ids |= {c.id for c in enricher.enrich(orjson.dumps(record(article_id))).changes}
    return ids


def test_out_of_order_and_duplicated_articles_yield_exactly_the_expected_changes(broker,
                                                                                 topic_prefix,
                                                                                 tmp_path):
    expected = expected_change_ids()
    assert expected, "the offline pipeline should flag changes in this story"
    settings = settings_for_test(broker, topic_prefix)
    run(create_topics(settings))
    worker = WorkerProcess(worker_env(settings), tmp_path / "worker.log")
    worker.start()
    try:
        enriched_topic = settings.topic(topics.ENRICHED)
        for count, article_id in enumerate(DELIVERY, 1):
            value = orjson.dumps(record(article_id))
            run(produce(broker.bootstrap, settings.topic(topics.RAW),
                        [(article_id.encode(), value)]))
            run(consume_until(broker.bootstrap, enriched_topic,
                              done=lambda vs, n=count: len(vs) >= n, timeout_s=90))
        changes = run(consume_until(broker.bootstrap, settings.topic(topics.CHANGES),
                                    done=lambda vs: {v["id"] for v in vs} >= expected,
                                    timeout_s=30)).values()
        # anything late would show up here
        changes = run(consume_until(broker.bootstrap, settings.topic(topics.CHANGES),
                                    done=lambda vs: False, timeout_s=3)).values()
    finally:
        worker.stop()
    ids = [c["id"] for c in changes]
    assert set(ids) == expected, (changes, worker.log_text()[-2000:])
    assert len(ids) == len(set(ids)), "the duplicated article must not emit events again"
    by_current = {c["current"]["article_id"] for c in changes}
    assert "quake-late" in by_current or any(c["previous"]["article_id"] == "quake-late"
                                            for c in changes)
    for change in changes:
        assert change["kind"] in ("rise", "fall", "disagreement")
        assert change["figure_key"] and change["previous"]["outlet"]


def test_figure_keys_of_stories_long_past_are_swept_and_the_worker_goes_on(broker, topic_prefix,
                                                                           tmp_path):
    settings = settings_for_test(broker, topic_prefix)
    run(create_topics(settings))
    worker = WorkerProcess(worker_env(settings, WIREWATCH_FIGURE_SWEEP_INTERVAL_S="0.5"),
                           tmp_path / "worker.log")
    worker.start()
    stories = [("old-quake", "2026-01-10T09:00:00Z", "At least 120 people were killed in Morocco,"),
               ("new-quake", "2026-06-10T09:00:00Z", "At least 40 people were killed in Turkey,"),
               ("after-sweep", "2026-06-10T10:00:00Z", "At least 45 people were killed in Turkey,")]
    try:
        enriched_topic = settings.topic(topics.ENRICHED)
        for count, (article_id, published_at, toll) in enumerate(stories, 1):
            value = orjson.dumps(raw_article(article_id, STORY.format(toll=toll),
                                             published_at=published_at, outlet="harbor-gazette"))
            run(produce(broker.bootstrap, settings.topic(topics.RAW),
                        [(article_id.encode(), value)]))
            run(consume_until(broker.bootstrap, enriched_topic,
                              done=lambda vs, n=count: len(vs) >= n, timeout_s=90))
            time.sleep(1.0)  # the sweep interval passes: the next observation runs a sweep
        swept = wait_for(lambda: "figure history swept" in worker.log_text(), 30)
        assert swept, worker.log_text()[-2000:]
    finally:
        worker.stop()
    assert "Traceback" not in worker.log_text()
