"""The durable embedded broker (Tansu on S3 served by SeaweedFS): kill -9 it mid-stream, 3 times.

Nothing may be lost: messages, committed offsets (the worker resumes, it does not start over)
and tables (figure history: the change events equal those of an uninterrupted history).
"""

from __future__ import annotations

import asyncio
import os
import random
import signal
import time
from pathlib import Path
from typing import Any, Iterator

import orjson
import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition

from tests.e2e.test_faults import (account, change_contents, figure_corpus, in_background,
                                   join_or_raise, place_partition, read_all, read_records,
                                   reference_changes_from_observations, wait_all_accounted,
                                   wait_for)
from tests.harness import EmbeddedBroker, create_topics, free_port, run, settings_for_test
from wirewatch import broker as broker_lib
from wirewatch import broker_durable
from wirewatch.stream import topics

pytestmark = pytest.mark.e2e

ARTICLES = int(os.environ.get("WIREWATCH_DURABLE_ARTICLES", "900"))
KILLS = 3


class DurableBroker(EmbeddedBroker):
    data_dir: Path

    def start(self) -> None:
        broker_lib.start(self.settings(), durable=True, data_dir=self.data_dir)


@pytest.fixture
def durable_broker(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DurableBroker]:
    state = tmp_path_factory.mktemp("durable-broker")
    embedded = DurableBroker(port=free_port(), state_dir=state)
    embedded.data_dir = state / "data"
    embedded.start()
    try:
        yield embedded
    finally:
        embedded.stop()
        assert broker_durable.running_pid(embedded.settings()) is None, "SeaweedFS left running"


async def produce_through_outages(bootstrap: str, topic: str, articles: list[dict[str, Any]],
                                  partitions: int, rate_per_s: float) -> int:
    """Produce every article at least once, retrying through broker restarts."""
    started = time.monotonic()
    producer = None
    for n, article in enumerate(articles):
        while True:
            try:
                if producer is None:
                    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all",
                                                request_timeout_ms=5000)
                    await producer.start()
                await producer.send_and_wait(topic, key=article["id"].encode(),
                                             value=orjson.dumps(article),
                                             partition=place_partition(article, partitions))
                break
            except Exception:  # noqa: BLE001 - broker down: reconnect and send again
                if producer is not None:
                    try:
                        await producer.stop()
                    except Exception:  # noqa: BLE001
                        pass
                producer = None
                await asyncio.sleep(0.5)
        ahead = started + (n + 1) / rate_per_s - time.monotonic()
        if ahead > 0:
            await asyncio.sleep(ahead)
    if producer is not None:
        await producer.stop()
    return len(articles)


async def committed_offsets(bootstrap: str, group: str, topic: str,
                            partitions: int) -> dict[int, int | None]:
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, group_id=group,
                                enable_auto_commit=False)
    await consumer.start()
    try:
        return {p: await consumer.committed(TopicPartition(topic, p)) for p in range(partitions)}
    finally:
        await consumer.stop()


@pytest.mark.timeout(600)
def test_durable_broker_killed_three_times_loses_nothing(durable_broker, topic_prefix,
                                                         worker_group):
    rng = random.Random(int(os.environ.get("WIREWATCH_FAULT_SEED", str(int(time.time())))))
    settings = settings_for_test(durable_broker, topic_prefix, partitions=6)
    run(create_topics(settings))
    articles = figure_corpus(ARTICLES, prefix="d", places=60)
    ids = {a["id"] for a in articles}
    group = worker_group(settings)
    worker = group.add()
    producer = in_background(produce_through_outages, durable_broker.bootstrap,
                             settings.topic(topics.RAW), articles, settings.partitions,
                             ARTICLES / 45.0)
    started = time.monotonic()
    assert wait_for(lambda: "article enriched" in group.logs(), 120), group.logs()[-3000:]
    kills = []
    for _ in range(KILLS):
        time.sleep(rng.uniform(4.0, 9.0))
        pid = durable_broker.pid()
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)  # started by this process: reap it, or its pid still looks alive
        kills.append(round(time.monotonic() - started, 1))
        time.sleep(0.5)
        durable_broker.start()
    join_or_raise(producer, 240)
    enriched, dlq = wait_all_accounted(durable_broker.bootstrap, settings, ids, timeout_s=300)
    changes = read_all(durable_broker.bootstrap, settings.topic(topics.CHANGES), settle_s=2)
    observations = read_records(durable_broker.bootstrap, settings.topic(topics.OBSERVATIONS),
                                settle_s=1)
    raw_count = len(read_records(durable_broker.bootstrap, settings.topic(topics.RAW),
                                 settle_s=1))
    committed: dict[int, int | None] = {}

    def all_committed() -> bool:
        committed.update(run(committed_offsets(durable_broker.bootstrap, settings.app_id,
                                               settings.topic(topics.RAW), settings.partitions)))
        return sum(v or 0 for v in committed.values()) >= raw_count

    all_committed_in_time = wait_for(all_committed, 30, interval_s=3)
    reference = reference_changes_from_observations(observations)
    report = account("durable broker", ids, enriched, dlq, broker_kills=len(kills),
                     kill_times_s=kills, raw_records=raw_count,
                     committed_total=sum(v or 0 for v in committed.values()),
                     worker_alive=worker.alive(), changes=len({c["id"] for c in changes}),
                     reference_changes=len(reference))

    assert not report["lost_ids"], f"lost {report['lost']}: {report['lost_ids'][:20]}"
    assert {v["id"] for v in enriched} == ids
    assert worker.alive() and worker.starts == 1, "the worker must ride out broker restarts"
    print(f"[durable broker] committed offsets {committed}; all {raw_count} committed within "
          f"30 s of the end: {all_committed_in_time}")
    # intact = the group resumed from its committed offsets after every restart (no start-over);
    # the last few inputs per partition may still await a commit (redelivered, never lost)
    assert sum(v or 0 for v in committed.values()) >= raw_count * 0.9, (
        f"committed offsets {committed} lag far behind the {raw_count} raw records")
    assert report["duplicates"] < len(ids) / 2, "offsets were lost: the stream started over"
    assert reference, "the corpus should make the figure history emit changes"
    assert set(reference) == {c["id"] for c in changes}, "figure history table lost state"
    assert not [k for k, v in change_contents(changes).items() if len(v) > 1]
