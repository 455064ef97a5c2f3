"""Exact end offsets on the real broker: what Faust's table recovery reads changelogs up to."""

from __future__ import annotations

import pytest
from aiokafka import AIOKafkaConsumer
from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from faust.types import TP

from tests.harness import produce, run
from wirewatch.stream.end_offsets import exact_end_offsets

pytestmark = pytest.mark.integration


async def _end_offsets(bootstrap: str, topic: str) -> tuple[int, int]:
    """(the broker's ListOffsets answer, the corrected one) for partition 0 of ``topic``."""
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False)
    await consumer.start()
    try:
        from aiokafka import TopicPartition

        reported = (await consumer.end_offsets([TopicPartition(topic, 0)]))[
            TopicPartition(topic, 0)]
        corrected = await exact_end_offsets(consumer._client, {TP(topic, 0): reported})
        return reported, corrected[TP(topic, 0)]
    finally:
        await consumer.stop()


def test_end_offset_after_multi_record_batches_is_exact(broker, topic_prefix) -> None:
    topic = f"{topic_prefix}changelog"

    async def create() -> None:
        admin = AIOKafkaAdminClient(bootstrap_servers=broker.bootstrap)
        await admin.start()
        try:
            await admin.create_topics([NewTopic(topic, num_partitions=1, replication_factor=1)])
        finally:
            await admin.close()

    run(create())
    # one producer, linger 5 ms: the 40 records travel in a few multi-record batches
    run(produce(broker.bootstrap, topic, [(b"k%d" % n, b"v%d" % n) for n in range(40)]))
    reported, corrected = run(_end_offsets(broker.bootstrap, topic))
    assert corrected == 40
    assert reported <= corrected  # the embedded broker reports less: its newest batch's start


def test_empty_partitions_are_left_alone() -> None:
    assert run(exact_end_offsets(object(), {TP("t", 0): 0})) == {TP("t", 0): 0}
