"""Hostile input through a real worker: a few hundred bad messages, 20 MB ones included.

Each lands on the DLQ with an acceptable reason code or comes out enriched; the worker does
not crash; afterwards a good article on every partition comes out within 2 s.
"""

from __future__ import annotations

import time
from collections import Counter

import orjson
import pytest
from aiokafka import AIOKafkaProducer

from bench.hostile import OK, generate, good_article
from tests.e2e.test_faults import read_records, wait_for
from tests.harness import consume_until, create_topics, produce, run, settings_for_test
from tests.unit.test_hostile_input import KNOWN_SLOW
from wirewatch.stream import topics

pytestmark = pytest.mark.e2e

GOOD_BODY = ("Flood waters rose in the lower town on Monday, officials said.\n\nEmergency crews "
             "evacuated residents from three streets near the river, and the regional council "
             "opened two shelters in school gymnasiums for the night.\n\nForecasters expect the "
             "water to recede by Wednesday as the rain moves east.")


async def produce_one_per_partition(bootstrap: str, topic: str, partitions: int) -> dict[str, float]:
    """A good article on every partition; id -> time its produce was acknowledged."""
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all")
    await producer.start()
    acked: dict[str, float] = {}
    try:
        for partition in range(partitions):
            article = good_article(f"good-after-{partition}", GOOD_BODY + f" Update {partition}.")
            await producer.send_and_wait(topic, key=article["id"].encode(),
                                         value=orjson.dumps(article), partition=partition)
            acked[article["id"]] = time.time()
    finally:
        await producer.stop()
    return acked


@pytest.mark.timeout(400)
def test_hostile_messages_through_a_worker_then_a_good_article_within_2s(own_broker, topic_prefix,
                                                                          worker_group):
    settings = settings_for_test(own_broker, topic_prefix, partitions=6)
    run(create_topics(settings))
    messages = list(generate(300, seed=11, skip_kinds=frozenset(KNOWN_SLOW)))
    assert sum(m.kind == "huge_20mb" for m in messages) == 3
    by_key = {m.key: m for m in messages}
    group = worker_group(settings)
    worker = group.add()
    run(produce(own_broker.bootstrap, settings.topic(topics.RAW),
                ((m.key, m.value) for m in messages)))

    assert len(by_key) == len(messages), "message keys must be unique"

    def missing() -> set[bytes]:
        dlq = read_records(own_broker.bootstrap, settings.topic(topics.DLQ), settle_s=0.5)
        enriched = read_records(own_broker.bootstrap, settings.topic(topics.ENRICHED),
                                settle_s=0.5)
        return set(by_key) - {r.key for r in dlq} - {r.key for r in enriched}

    wait_for(lambda: not missing(), 180, interval_s=3)
    unaccounted = dict(Counter(by_key[k].kind for k in missing()))
    dlq_records = read_records(own_broker.bootstrap, settings.topic(topics.DLQ), settle_s=0.5)
    dlq = [orjson.loads(r.value) for r in dlq_records]
    enriched_keys = {r.key for r in
                     read_records(own_broker.bootstrap, settings.topic(topics.ENRICHED),
                                  settle_s=0.5)}
    wrong = []
    for kafka_record, record in zip(dlq_records, dlq):
        message = by_key.get(kafka_record.key)
        if message and record["reason"] not in message.expected:
            wrong.append(f"{message.kind}: {record['reason']} ({record['error'][:100]})")
    for key in enriched_keys:
        message = by_key.get(key)
        if message and OK not in message.expected:
            wrong.append(f"{message.kind}: processed, expected {sorted(message.expected)}")

    acked = run(produce_one_per_partition(own_broker.bootstrap, settings.topic(topics.RAW),
                                          settings.partitions))
    out = run(consume_until(own_broker.bootstrap, settings.topic(topics.ENRICHED),
                            done=lambda vs: set(acked) <= {v["id"] for v in vs}, timeout_s=30))
    latency = {r.key.decode(): r.timestamp / 1000 - acked[r.key.decode()]
               for r in out.records if r.key and r.key.decode() in acked}
    print(f"\n[hostile stream] {len(messages)} messages: "
          f"{dict(Counter(d['reason'] for d in dlq))} dead-lettered, "
          f"{len(enriched_keys & set(by_key))} processed; worker alive={worker.alive()}, "
          f"starts={worker.starts}; good article latency after them (s): "
          f"{ {k: round(v, 2) for k, v in sorted(latency.items())} }; neither dead-lettered "
          f"nor enriched: {unaccounted}")
    assert not unaccounted, f"neither dead-lettered nor enriched after 180 s: {unaccounted}"
    assert not wrong, "\n".join(wrong[:20])
    assert worker.alive() and worker.starts == 1, "the worker must not crash"
    assert set(latency) == set(acked), f"good articles missing: {set(acked) - set(latency)}"
    assert max(latency.values()) <= 2.0, f"partition stalled: {latency}"
    assert not group.tracebacks(), group.tracebacks()[0]
