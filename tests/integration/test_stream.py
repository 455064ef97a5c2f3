"""The stream on the real embedded broker, with one real worker process."""

from __future__ import annotations

import base64

import orjson
import pytest

from tests.harness import (WorkerProcess, consume_until, create_topics, produce, raw_article,
                           run, settings_for_test, worker_env)
from wirewatch.stream import topics

pytestmark = pytest.mark.integration

GOOD_TEXT = ("Heavy rain flooded the lower town on Monday, the mayor said.\n\n"
             "Emergency crews evacuated residents from three streets near the river, and the "
             "regional council opened two shelters in school gymnasiums for the night.\n\n"
             "Forecasters expect the water to recede by Wednesday.")


@pytest.fixture
def worker(broker, topic_prefix, tmp_path):
    settings = settings_for_test(broker, topic_prefix, max_message_bytes=200_000)
    run(create_topics(settings))
    proc = WorkerProcess(worker_env(settings, WIREWATCH_MAX_MESSAGE_BYTES="200000"),
                         tmp_path / "worker.log")
    proc.start()
    yield settings, proc
    proc.stop()
    assert "Traceback" not in proc.log_text(), proc.log_text()[-3000:]


def test_good_articles_come_out_enriched_and_bad_ones_dead_lettered(worker, broker):
    settings, proc = worker
    good = [raw_article(f"good-{i}", f"{GOOD_TEXT}\n\nUpdate number {i} of the day.")
            for i in range(5)]
    html = raw_article("html-1", f"<html><body><nav>Home | World</nav><article><h1>Flood</h1>"
                       f"<p>{GOOD_TEXT}</p></article><footer>Contact us</footer></body></html>",
                       content_type="text/html")
    bad: list[tuple[bytes | None, bytes | None, str]] = [
        (b"bad-json", b"{not json", "invalid_json"),
        (b"bad-utf8", b'{"id": "\xff\xfe"}', "invalid_utf8"),
        (b"bad-schema", orjson.dumps({"id": "x", "body": 3}), "schema_violation"),
        (b"bad-type", orjson.dumps({**raw_article("ct", "x"), "content_type": "image/png"}),
         "schema_violation"),
        (b"bad-big", orjson.dumps(raw_article("big", "x" * 300_000)), "oversized"),
        (b"bad-null", None, "schema_violation"),
    ]
    messages = [(r["id"].encode(), orjson.dumps(r)) for r in good + [html]]
    messages += [(k, v) for k, v, _ in bad]
    messages.append((b"good-last", orjson.dumps(raw_article("good-last", GOOD_TEXT + " Last."))))
    run(produce(broker.bootstrap, settings.topic(topics.RAW), messages))

    expected = {r["id"] for r in good} | {"html-1", "good-last"}
    enriched = run(consume_until(broker.bootstrap, settings.topic(topics.ENRICHED),
                                 done=lambda vs: expected <= {v["id"] for v in vs},
                                 timeout_s=90)).values()
    assert expected <= {v["id"] for v in enriched}, proc.log_text()[-3000:]
    by_id = {v["id"]: v for v in enriched}
    assert "Emergency crews evacuated" in by_id["html-1"]["text"]
    assert "Contact us" not in by_id["html-1"]["text"]
    for value in enriched:
        assert value["pipeline_version"] and value["processed_at"]

    dlq = run(consume_until(broker.bootstrap, settings.topic(topics.DLQ),
                            done=lambda vs: len(vs) >= len(bad), timeout_s=30)).values()
    reasons = {d["key"]: d for d in dlq}
    for key, value, reason in bad:
        letter = reasons[key.decode()]
        assert letter["reason"] == reason, letter
        assert letter["topic"] == settings.topic(topics.RAW)
        assert letter["stage"] in ("decode", "validate")
        if value is None:
            assert letter["value"] is None
        elif letter.get("value_truncated"):
            assert reason == "oversized" and letter["value_size"] == len(value)
            assert value.startswith(letter["value"].encode())
        elif letter["encoding"] == "base64":
            assert base64.b64decode(letter["value"]) == value
        else:
            assert letter["value"].encode() == value


def test_exact_copies_on_different_partitions_are_linked(worker, broker):
    settings, proc = worker
    first = raw_article("wire-a", GOOD_TEXT, published_at="2024-03-26T09:00:00Z",
                        outlet="outlet-a")
    copies = [raw_article(f"wire-copy-{i}", GOOD_TEXT, published_at="2024-03-26T10:00:00Z",
                          outlet=f"outlet-{i}") for i in range(6)]
    run(produce(broker.bootstrap, settings.topic(topics.RAW),
                [(b"wire-a", orjson.dumps(first))]))
    run(consume_until(broker.bootstrap, settings.topic(topics.ENRICHED),
                      done=lambda vs: any(v["id"] == "wire-a" for v in vs), timeout_s=60))
    run(produce(broker.bootstrap, settings.topic(topics.RAW),
                [(c["id"].encode(), orjson.dumps(c)) for c in copies]))
    ids = {c["id"] for c in copies}
    enriched = run(consume_until(broker.bootstrap, settings.topic(topics.ENRICHED),
                                 done=lambda vs: ids <= {v["id"] for v in vs},
                                 timeout_s=60)).values()
    by_id = {v["id"]: v for v in enriched}
    assert by_id["wire-a"]["duplicate_of"] is None
    for article_id in ids:
        assert by_id[article_id]["duplicate_of"] == "wire-a", by_id[article_id]
