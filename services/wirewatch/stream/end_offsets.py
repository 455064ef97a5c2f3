"""Exact end offsets for Faust's table recovery, on brokers that report them per batch.

The embedded broker answers ListOffsets "latest" with the first offset of a partition's newest
record *batch* + 1, not the offset after its last record (``../shared/PLATFORM.md``); the high
watermark in a fetch response is right. Faust's table recovery reads each changelog partition
up to that end offset, so with batches of several records it stopped short and tables came
back incomplete. Faust's producer writes one record per batch to dodge this (one produce
request per changelog write); this correction is the safety net that would let it batch.

``install`` wraps ``AIOKafkaConsumerThread._highwaters`` (what recovery asks for the end of
each changelog partition): after the broker's answer, one fetch per partition from the last
offset it reported gives the fetch high watermark, and the larger of the two is returned. On a
broker whose end offsets are exact (Apache Kafka) both agree, so the code stays broker-neutral;
the cost is one short-lived consumer per recovery (tens of milliseconds).
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any, Callable, Mapping

from aiokafka import AIOKafkaConsumer, TopicPartition

LOG = logging.getLogger(__name__)
_INSTALLED_ATTR = "_wirewatch_exact_end_offsets"
FETCH_TIMEOUT_S = 5.0


async def exact_end_offsets(client: Any, reported: Mapping[Any, int],
                            timeout_s: float = FETCH_TIMEOUT_S) -> dict[Any, int]:
    """``reported`` end offsets, corrected by one fetch per non-empty partition.

    ``client`` is the ``AIOKafkaClient`` of a running consumer: the probe connects with the
    same servers and security settings. A partition whose fetch gives no answer in time keeps
    the reported offset (what Faust would have used anyway).
    """
    wanted = {tp: offset for tp, offset in reported.items() if offset and offset > 0}
    if not wanted:
        return dict(reported)
    probe = AIOKafkaConsumer(
        bootstrap_servers=client._bootstrap_servers, enable_auto_commit=False,
        auto_offset_reset="earliest", security_protocol=client._security_protocol,
        ssl_context=client._ssl_context, sasl_mechanism=client._sasl_mechanism,
        sasl_plain_username=client._sasl_plain_username,
        sasl_plain_password=client._sasl_plain_password)
    by_tp = {TopicPartition(tp.topic, tp.partition): tp for tp in wanted}
    corrected = dict(reported)
    await probe.start()
    try:
        probe.assign(list(by_tp))
        for tp, original in by_tp.items():
            probe.seek(tp, wanted[original] - 1)
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout_s
        pending = set(by_tp)
        while pending and loop.time() < deadline:
            await probe.getmany(*pending, timeout_ms=200)
            pending = {tp for tp in pending if probe.highwater(tp) is None}
        for tp, original in by_tp.items():
            highwater = probe.highwater(tp)
            if highwater is not None and highwater > wanted[original]:
                LOG.info("end offset of %s corrected from %d to %d", original,
                         wanted[original], highwater)
                corrected[original] = highwater
    finally:
        await probe.stop()
    return corrected


def install() -> None:
    """Wrap ``AIOKafkaConsumerThread._highwaters`` once per process."""
    from faust.transport.drivers.aiokafka import AIOKafkaConsumerThread

    if getattr(AIOKafkaConsumerThread, _INSTALLED_ATTR, False):
        return
    original: Callable[..., Any] = AIOKafkaConsumerThread._highwaters

    async def _highwaters(self: Any, partitions: Any) -> Mapping[Any, int]:
        reported = await original(self, partitions)
        if self.consumer.in_transaction:
            return reported
        return await exact_end_offsets(self._ensure_consumer()._client, reported)

    AIOKafkaConsumerThread._highwaters = _highwaters  # type: ignore[method-assign]
    setattr(AIOKafkaConsumerThread, _INSTALLED_ATTR, True)
