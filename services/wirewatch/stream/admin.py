"""Topic creation with the plain Kafka admin API (works on Apache Kafka and on Tansu)."""

from __future__ import annotations

from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.errors import TopicAlreadyExistsError

from wirewatch.kafka_clients import client_options
from wirewatch.settings import Settings
from wirewatch.stream import topics


def topic_layout(settings: Settings) -> dict[str, int]:
    """Every topic wirewatch uses, with its partition count."""
    layout = {settings.topic(name): settings.partitions for name in topics.PUBLIC}
    layout[settings.topic(topics.LINKING)] = 1
    return layout


async def ensure_topics(settings: Settings, layout: dict[str, int] | None = None) -> list[str]:
    """Create the topics that do not exist yet; return the names created."""
    layout = layout or topic_layout(settings)
    admin = AIOKafkaAdminClient(bootstrap_servers=settings.bootstrap_servers,
                                request_timeout_ms=10000, **client_options(settings))
    await admin.start()
    try:
        existing = set(await admin.list_topics())
        missing = [NewTopic(name, partitions, 1) for name, partitions in layout.items()
                   if name not in existing]
        if not missing:
            return []
        try:
            await admin.create_topics(missing)
        except TopicAlreadyExistsError:
            pass
        return [t.name for t in missing]
    finally:
        await admin.close()
