"""Consumer tuning that Faust does not expose as a setting.

Faust creates its worker consumer with ``fetch_max_wait_ms=1500`` hard-coded. Tansu answers a
fetch only when that wait has passed, even when records are there, so every hop of an article
waited up to 1.5 s (measured: one message reached a waiting consumer after 1,232 ms at 1500,
38 ms at 100, 8 ms at 10). ``WIREWATCH_FETCH_MAX_WAIT_MS`` sets it; on Apache Kafka, which
answers as soon as data arrives, a small value only costs a few more empty fetches.
"""

from __future__ import annotations

from typing import Any

from faust.transport.drivers.aiokafka import AIOKafkaConsumerThread

_ORIGINAL = AIOKafkaConsumerThread._create_worker_consumer


def set_fetch_max_wait(milliseconds: int) -> None:
    """Make every Faust worker consumer created from now on wait at most ``milliseconds``."""

    def create_worker_consumer(self: Any, transport: Any) -> Any:
        consumer = _ORIGINAL(self, transport)
        consumer._fetch_max_wait_ms = milliseconds
        return consumer

    AIOKafkaConsumerThread._create_worker_consumer = create_worker_consumer  # type: ignore[method-assign]
