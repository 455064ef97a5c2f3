"""The producer of the agents' outputs: a plain aiokafka producer that batches.

Faust's own producer writes the table changelogs. The outputs skip Faust's per-message
bookkeeping (sensors, callbacks, its send buffer) and travel in batches: the messages an agent
sends for one input batch go in one produce request per broker. (aiokafka keeps one request in
flight per broker; with one record per batch, as Faust's producer was once configured to keep
the embedded broker's end offsets exact, every message cost a round trip: ``end_offsets.py``.)

Every send returns a future; the agents await all of them before returning, so an input offset
is still committed only after its outputs were acknowledged (``stream/app.py``).
"""

from __future__ import annotations

import asyncio

from aiokafka import AIOKafkaProducer
from aiokafka.errors import KafkaError

from wirewatch.kafka_clients import client_options
from wirewatch.settings import Settings

BATCH_BYTES = 256 * 1024  # well under the consumers' 1 MiB per-partition fetch default


class OutputProducer:
    """Started on first use, so a worker whose broker is still away keeps retrying."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._producer: AIOKafkaProducer | None = None
        self._starting = asyncio.Lock()

    async def _started(self) -> AIOKafkaProducer:
        async with self._starting:
            if self._producer is None:
                settings = self.settings
                producer = AIOKafkaProducer(
                    bootstrap_servers=settings.bootstrap_servers,
                    client_id=f"{settings.app_id}-output",
                    acks="all",
                    linger_ms=0,  # what waits while a request is in flight forms the next batch
                    max_batch_size=BATCH_BYTES,
                    max_request_size=int(settings.max_message_bytes * 1.4) + 65_536,
                    request_timeout_ms=int(settings.produce_timeout_s * 1000),
                    **client_options(settings))
                try:
                    await producer.start()
                except BaseException:
                    await producer.stop()
                    raise
                self._producer = producer
            return self._producer

    async def send(self, topic: str, key: bytes | None, value: bytes,
                   headers: list[tuple[str, bytes]] | None = None) -> asyncio.Future:
        """The future of one message's acknowledgement; a failure to send is a failed future."""
        try:
            producer = await self._started()
            return await producer.send(topic, value=value, key=key, headers=headers)
        except KafkaError as exc:
            failed: asyncio.Future = asyncio.get_running_loop().create_future()
            failed.set_exception(exc)
            return failed

    async def stop(self) -> None:
        if self._producer is not None:
            await self._producer.stop()
            self._producer = None
