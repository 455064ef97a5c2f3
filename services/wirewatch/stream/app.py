"""The Faust app: three thin agents around the pure core.

    articles.raw.v1 (N partitions, key = article id)
        -> agent ``enrich``: decode (or dead-letter), run the pipeline, produce
           figure observations to figures.observations.v1 (key = figure key) and the
           processed article to wirewatch.linking.v1
    wirewatch.linking.v1 (1 partition)
        -> agent ``link_copies``: CopyIndex over the ``copies`` table sets ``duplicate_of``,
           produce to articles.enriched.v1 (key = article id)
    figures.observations.v1 (N partitions, key = figure key)
        -> agent ``track_figures``: FigureHistory over the ``figure_history`` table,
           produce change events to figures.changes.v1 (key = figure key)

Why a one-partition linking topic: copies of one wire story arrive under different ids, so on
different partitions and workers; they can only be compared where they meet. Linking costs well
under a millisecond per article against tens for the pipeline, so one partition carries far more
than this machine can enrich; the heavy stages still scale out with the raw topic's partitions.

Delivery guarantee: at-least-once. An input offset is committed only after every message it
caused was acknowledged by the broker (each agent awaits the acks of its outputs, produced in
batches by ``stream/output.py``; Faust flushes its own producer, which writes the table
changelogs, before it commits). A worker killed at any moment redelivers what it
had not committed; outputs carry deterministic ids (article id, observation id, change id), so a
redelivered article yields the same messages again and consumers de-duplicate by ``id``.
Tansu has no idempotent producer nor transactions, so exactly-once is not on offer.
"""

from __future__ import annotations

import asyncio
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

import faust
import orjson
from aiokafka.errors import KafkaError
from aiokafka.partitioner import DefaultPartitioner
from prometheus_client import CollectorRegistry, GCCollector, PlatformCollector, ProcessCollector

from wirewatch import __version__
from wirewatch.clean.copies import CopyIndex
from wirewatch.figures.changes import FigureHistory
from wirewatch.intake import Rejected
from wirewatch.kafka_clients import client_options
from wirewatch.logs import get_logger
from wirewatch.model import Article, FigureObservationEvent, RawArticle
from wirewatch.pipeline import build_pipeline
from wirewatch.processing import ArticleProcessor, Processed
from wirewatch.settings import Settings
from wirewatch.stream import topics
from wirewatch.stream.dlq import dead_letter
from wirewatch.stream.metrics import Metrics, language_label
from wirewatch.stream.output import OutputProducer
from wirewatch.stream.tables import TableStore

log = get_logger("wirewatch.stream")
_PARTITIONER = DefaultPartitioner()  # how Faust's producer places a keyed message


def utc_now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def new_registry() -> CollectorRegistry:
    registry = CollectorRegistry()
    ProcessCollector(registry=registry)
    PlatformCollector(registry=registry)
    GCCollector(registry=registry)
    return registry


def faust_app(settings: Settings) -> faust.App:
    """A Faust app configured for a Kafka-protocol broker (settings measured on Tansu)."""
    from wirewatch.stream import end_offsets, faust_fix, tuning

    faust_fix.install()
    end_offsets.install()
    tuning.set_fetch_max_wait(settings.fetch_max_wait_ms)
    return faust.App(
        settings.app_id,
        broker=settings.broker_url,
        broker_credentials=_credentials(settings),
        topic_partitions=settings.partitions,
        topic_replication_factor=1,
        topic_allow_declare=True,
        processing_guarantee="at_least_once",
        broker_session_timeout=settings.session_timeout_s,
        broker_heartbeat_interval=settings.heartbeat_interval_s,
        # Faust's producer writes only the table changelogs (outputs: ``stream/output.py``),
        # one record per batch: Tansu's end offsets are then exact without help, the
        # configuration the kill storms were proven on; ``end_offsets`` corrects them anyway
        producer_max_batch_size=1,
        table_standby_replicas=0,  # a standby replays the other workers' changelogs: on 2 cores
        # that doubled broker CPU per article; recovery reads the changelog instead
        producer_acks=-1,
        # Faust's default is 20 minutes: a produce request the broker never answered held its
        # partition (and the agent awaiting the ack) that long. After this, aiokafka fails the
        # batch and ``_deliver`` sends it again (at-least-once; ids make a duplicate harmless).
        producer_request_timeout=settings.produce_timeout_s,
        # an enriched article or a dead letter of an input at the size limit must fit
        producer_max_request_size=int(settings.max_message_bytes * 1.4) + 65_536,
        # and be fetched: a broker that does not return a record larger than the fetch size
        # would stall that partition
        consumer_max_fetch_size=int(settings.max_message_bytes * 1.4) + 65_536,
        consumer_auto_offset_reset="earliest",
        stream_wait_empty=False,
        web_enabled=True,
        web_host="127.0.0.1",
        web_bind="127.0.0.1",
        web_port=settings.web_port,
        datadir=f"{settings.state_dir}/faust-{settings.app_id}-{settings.web_port}",
        store="memory://",
        table_cleanup_interval=60.0,
        worker_redirect_stdouts=False,
    )


def _credentials(settings: Settings) -> Any:
    """Faust's credentials from the same settings as ``kafka_clients.client_options``."""
    options = client_options(settings)
    if not options:
        return None
    context = options.get("ssl_context")
    if options["security_protocol"].startswith("SASL"):
        return faust.SASLCredentials(username=settings.sasl_username,
                                     password=settings.sasl_password,
                                     mechanism=options["sasl_mechanism"], ssl_context=context)
    return faust.SSLCredentials(context)


class StreamService:
    """The app, its topics, tables, agents and metrics for one worker process."""

    def __init__(self, settings: Settings, *, registry: CollectorRegistry | None = None) -> None:
        self.settings = settings
        self.registry = registry or new_registry()
        self.processor = ArticleProcessor(
            build_pipeline(enabled=settings.stages_enabled, budget_ms=settings.stage_budget_ms),
            max_message_bytes=settings.max_message_bytes, max_body_chars=settings.max_body_chars)
        self.metrics = Metrics(self.registry, stages=self.processor.pipeline.stage_names)
        self.processor.pipeline.warm_up()
        self.processor.pipeline.freeze_loaded_state()
        self.executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="pipeline")
        self._last_sweep = time.monotonic()
        self.output = OutputProducer(settings)
        self.app = faust_app(settings)
        self._declare()

    def _topic(self, name: str, partitions: int | None = None) -> faust.TopicT:
        return self.app.topic(self.settings.topic(name), key_type=bytes, value_type=bytes,
                              key_serializer="raw", value_serializer="raw",
                              partitions=partitions or self.settings.partitions)

    def _declare(self) -> None:
        app = self.app
        self.raw = self._topic(topics.RAW)
        self.enriched = self._topic(topics.ENRICHED)
        self.dlq = self._topic(topics.DLQ)
        self.linking = self._topic(topics.LINKING, partitions=1)
        self.observations = self._topic(topics.OBSERVATIONS)
        self.changes = self._topic(topics.CHANGES)
        # outputs are produced by name through ``self.output`` (the topics above declare them)
        self._enriched_name = self.enriched.get_topic_name()
        self._dlq_name = self.dlq.get_topic_name()
        self._linking_name = self.linking.get_topic_name()
        self._observations_name = self.observations.get_topic_name()
        self._changes_name = self.changes.get_topic_name()
        self.copies_table = app.Table("copies", default=None, partitions=1,
                                      key_type=str, value_type=None)
        self.history_table = app.Table("figure_history", default=None,
                                       partitions=self.settings.partitions,
                                       key_type=str, value_type=None)
        # both classes assign every change (never mutate what they read): no write-back
        self.copy_index = CopyIndex(TableStore(self.copies_table, write_back=False),
                                    window_days=self.settings.copy_window_days)
        self.figure_history = FigureHistory(TableStore(self.history_table, write_back=False),
                                            window_days=self.settings.figure_window_days)
        app.agent(self.raw, name="enrich")(self._enrich_agent)
        app.agent(self.linking, name="link_copies")(self._link_agent)
        app.agent(self.observations, name="track_figures")(self._figures_agent)
        app.timer(interval=5.0)(self._observe_lag)
        app.on_partitions_assigned.connect(self._on_assigned)
        app.on_before_shutdown.connect(self._on_shutdown)

    # -- agents: decode, call the pure code, produce, count ------------------------------
    # Each agent takes its input in batches (at most ``batch_max`` messages, waiting at most
    # ``batch_wait_ms`` for them): one hop to the pipeline thread, one table flush and one wait
    # for the broker's acks per batch instead of per message. Faust acks a batch's input
    # offsets only when the agent's body has returned, so the guarantee is unchanged.

    async def _enrich_agent(self, stream: faust.StreamT) -> None:
        async for events in stream.take_events(self.settings.batch_max, self._batch_wait_s):
            await self.handle_raw_batch([event.message for event in events])

    async def _link_agent(self, stream: faust.StreamT) -> None:
        async for events in stream.take_events(self.settings.batch_max, self._batch_wait_s):
            await self.handle_linking_batch([event.message for event in events])

    async def _figures_agent(self, stream: faust.StreamT) -> None:
        async for events in stream.take_events(self.settings.batch_max, self._batch_wait_s):
            await self.handle_observation_batch([event.message for event in events])

    @property
    def _batch_wait_s(self) -> float:
        return max(self.settings.batch_wait_ms, 0.1) / 1000.0

    async def handle_raw_batch(self, messages: list[Any]) -> None:
        self.metrics.last_input_timestamp.set(time.time())
        decoded: list[tuple[Any, Article]] = []
        for message in messages:
            try:
                decoded.append((message, self.processor.decode(message.value)))
            except Rejected as rejected:
                await self._dead_letter(message, rejected, None)
        loop = asyncio.get_running_loop()
        outcomes = await loop.run_in_executor(self.executor, self.processor.run_each,
                                              [article for _, article in decoded])
        deliveries: list[Delivery] = []
        for (message, article), outcome in zip(decoded, outcomes):
            if isinstance(outcome, Rejected):
                await self._dead_letter(message, outcome, article.id)
                continue
            for name, seconds in outcome.timings.items():
                self.metrics.stage_seconds.labels(name).observe(seconds)
            self.metrics.pipeline_seconds.observe(sum(outcome.timings.values()))
            deliveries.append(Delivery(message, article.id,
                                       self._outputs_of(outcome, message.timestamp)))
        raw_topic = self.settings.topic(topics.RAW)
        for delivery in await self._deliver(deliveries):
            self.metrics.messages.labels(raw_topic, "processed").inc()
            log.debug("article processed", article_id=delivery.article_id, stage="pipeline",
                      outcome="ok")

    def _outputs_of(self, processed: Processed, ingested_at: float | None) -> list[Output]:
        out: list[Output] = []
        for obs in processed.observations:
            out.append((self._observations_name, obs.figure_key, orjson.dumps(obs)))
            self.metrics.figure_observations.labels(obs.observation.unit).inc()
        article = processed.article
        payload = {
            "article": article.to_enriched(processed_at=utc_now(), pipeline_version=__version__),
            "fingerprint": article.fingerprint,
            "ingested_at": ingested_at,
        }
        out.append((self._linking_name, article.id, orjson.dumps(payload)))
        return out

    async def handle_linking_batch(self, messages: list[Any]) -> None:
        store = self.copy_index.store
        deliveries: list[Delivery] = []
        for message in messages:
            payload = orjson.loads(message.value)
            enriched = payload["article"]
            article = _article_for_linking(enriched, payload["fingerprint"])
            store.partition = message.partition  # type: ignore[attr-defined]
            self.copy_index.link(article)
            enriched["duplicate_of"] = article.duplicate_of
            enriched["story_id"] = article.story_id
            deliveries.append(Delivery(message, article.id,
                                       [(self._enriched_name, article.id,
                                         orjson.dumps(enriched))],
                                       context=payload))
        store.flush()  # type: ignore[attr-defined]
        linking_topic = self.settings.topic(topics.LINKING)
        now = time.time()
        for delivery in await self._deliver(deliveries, headers=self._version_header):
            payload = delivery.context
            enriched = payload["article"]
            if enriched["duplicate_of"]:
                self.metrics.duplicates_linked.inc()
            if payload.get("ingested_at"):
                self.metrics.end_to_end_seconds.observe(max(0.0, now - payload["ingested_at"]))
            self.metrics.languages.labels(language_label(enriched["language"])).inc()
            self.metrics.messages.labels(linking_topic, "enriched").inc()
            log.info("article enriched", article_id=delivery.article_id, stage="publish",
                     outcome="enriched", duplicate_of=enriched["duplicate_of"],
                     language=enriched["language"])

    async def handle_observation_batch(self, messages: list[Any]) -> None:
        store = self.figure_history.store
        detected_at = utc_now()
        deliveries: list[Delivery] = []
        for message in messages:
            try:
                event = FigureObservationEvent.from_dict(orjson.loads(message.value))
            except (orjson.JSONDecodeError, KeyError, TypeError, ValueError) as exc:
                await self._dead_letter(message, Rejected("schema_violation", "track_figures",
                                                          repr(exc)), None)
                continue
            store.partition = message.partition  # type: ignore[attr-defined]
            changes = self.figure_history.observe(event, detected_at=detected_at)
            deliveries.append(Delivery(
                message, event.article_id,
                [(self._changes_name, c.figure_key, orjson.dumps(c)) for c in changes],
                context=(event, changes)))
        observations_topic = self.settings.topic(topics.OBSERVATIONS)
        for delivery in await self._deliver(deliveries):
            event, changes = delivery.context
            store.partition = delivery.message.partition  # type: ignore[attr-defined]
            self.figure_history.confirm(event)
            for change in changes:
                self.metrics.figure_changes.labels(change.kind, event.observation.unit).inc()
                log.info("figure change", article_id=event.article_id, stage="track_figures",
                         outcome=change.kind, figure_key=change.figure_key, change_id=change.id)
            self.metrics.messages.labels(observations_topic, "observed").inc()
        # the history (observations and confirmations) becomes durable once, after the events
        # reached the broker: a crash before this point re-derives the same events (same ids)
        store.flush()  # type: ignore[attr-defined]
        if time.monotonic() - self._last_sweep > self.settings.figure_sweep_interval_s:
            self._sweep_figure_history()

    def _sweep_figure_history(self) -> None:
        """Delete the figure keys no report can be compared with any more (bounded state).

        Only keys of this worker's own observation partitions: a key's changelog partition is
        the partition its observations were produced to (the default partitioner on the key).
        """
        self._last_sweep = time.monotonic()
        store = self.figure_history.store
        topic = self.settings.topic(topics.OBSERVATIONS)
        owned = {tp.partition for tp in self.app.consumer.assignment() if tp.topic == topic}
        partitions = list(range(self.settings.partitions))
        swept = 0
        for key in self.figure_history.stale_keys():
            partition = _PARTITIONER(key.encode(), partitions, partitions)
            if partition in owned:
                store.partition = partition  # type: ignore[attr-defined]
                del store[key]
                swept += 1
        store.flush()  # type: ignore[attr-defined]
        if swept:
            log.info("figure history swept", stage="track_figures", outcome="swept", keys=swept)

    # -- plumbing -------------------------------------------------------------------------

    _version_header = [("wirewatch-pipeline-version", __version__.encode())]

    async def _deliver(self, deliveries: list[Delivery],
                       headers: list[tuple[str, bytes]] | None = None) -> list[Delivery]:
        """Produce every delivery's outputs, wait for every ack; return the deliveries done.

        A delivery the broker refuses for good (a message too large for it) dead-letters its
        input at stage ``publish``. A retriable error (the broker away) is retried with backoff
        for as long as it takes: the input is neither committed nor lost meanwhile.
        """
        done: list[Delivery] = []
        waiting = deliveries
        backoff_s = 0.2
        while waiting:
            sent = [(d, await self._send(d.outputs, headers)) for d in waiting]
            retry: list[Delivery] = []
            for delivery, futures in sent:
                error = await _first_error(futures)
                if error is None:
                    done.append(delivery)
                    self._count_produced(delivery.outputs)
                elif error.retriable:
                    retry.append(delivery)
                else:
                    await self._dead_letter(delivery.message,
                                            Rejected("oversized", "publish", repr(error)),
                                            delivery.article_id)
            if retry:
                backoff_s = await self._retry_after(backoff_s, "produce failed, retrying",
                                                    messages=len(retry))
            waiting = retry
        return done

    async def _retry_after(self, backoff_s: float, event: str, **fields: Any) -> float:
        """Count and log a retriable produce failure, wait; the next wait (doubling, <= 5 s)."""
        self.metrics.broker_errors.labels("produce").inc()
        log.warning(event, stage="publish", outcome="retry", backoff_s=backoff_s, **fields)
        await asyncio.sleep(backoff_s)
        return min(backoff_s * 2, 5.0)

    async def _send(self, outputs: list[Output],
                    headers: list[tuple[str, bytes]] | None) -> list[asyncio.Future]:
        futures = []
        for topic, key, value in outputs:
            key_bytes = key.encode() if isinstance(key, str) else key
            futures.append(await self.output.send(topic, key_bytes, value, headers))
        return futures

    def _count_produced(self, outputs: list[Output]) -> None:
        """Once the broker acknowledged them."""
        for topic, _, _ in outputs:
            self.metrics.produced.labels(topic).inc()

    async def _dead_letter(self, message: Any, rejected: Rejected, article_id: str | None) -> None:
        record = dead_letter(key=message.key, value=message.value, reason=rejected.reason,
                             stage=rejected.stage, error=rejected.error, topic=message.topic,
                             partition=message.partition, offset=message.offset,
                             failed_at=utc_now(), article_id=article_id,
                             max_value_bytes=self.settings.max_message_bytes)
        outputs: list[Output] = [(self._dlq_name, message.key, orjson.dumps(record))]
        backoff_s = 0.2
        while (error := await _first_error(await self._send(outputs, None))) is not None:
            if not error.retriable:
                raise error  # a dead letter the broker refuses for good is worth a crash
            backoff_s = await self._retry_after(backoff_s, "dead letter not produced, retrying")
        self._count_produced(outputs)
        self.metrics.dead_letters.labels(rejected.reason, rejected.stage).inc()
        self.metrics.messages.labels(message.topic, "dead_lettered").inc()
        log.warning("dead-lettered", article_id=article_id, stage=rejected.stage,
                    outcome=rejected.reason, error=rejected.error[:300],
                    partition=message.partition, offset=message.offset)

    async def _observe_lag(self) -> None:
        consumer = self.app.consumer
        self.metrics.worker_up.set(1)
        self.metrics.table_keys.labels("copies").set(len(self.copies_table))
        self.metrics.table_keys.labels("figure_history").set(len(self.history_table))
        for tp in consumer.assignment():
            try:
                position = await consumer.position(tp)
                highwater = consumer.highwater(tp)
            except Exception:  # noqa: BLE001 - lag is best effort; count and move on
                self.metrics.broker_errors.labels("lag").inc()
                continue
            if position is not None and highwater is not None:
                self.metrics.consumer_lag.labels(tp.topic, str(tp.partition)).set(
                    max(0, highwater - position))

    async def _on_shutdown(self, sender: Any, **_: Any) -> None:
        await self.output.stop()

    async def _on_assigned(self, sender: Any, assigned: Any = None, **_: Any) -> None:
        self.metrics.rebalances.inc()
        self.metrics.consumer_lag.clear()
        self.copy_index.reset()  # another worker may have linked articles meanwhile
        log.info("partitions assigned", stage="rebalance", outcome="assigned",
                 partitions=sorted(f"{tp.topic}:{tp.partition}" for tp in (assigned or ())))


Output = tuple[str, str | bytes, bytes]  # (topic name, key, value)


@dataclass(slots=True)
class Delivery:
    """The outputs one input message caused, produced together; ``context`` is the agent's."""

    message: Any
    article_id: str | None
    outputs: list[Output]
    context: Any = None


async def _first_error(futures: list[asyncio.Future]) -> KafkaError | None:
    """Wait for every future; the first Kafka error among them, if any (others propagate)."""
    first = None
    for outcome in await asyncio.gather(*futures, return_exceptions=True):
        if isinstance(outcome, KafkaError):
            first = first or outcome
        elif isinstance(outcome, BaseException):
            raise outcome
    return first


def _article_for_linking(enriched: dict[str, Any], fingerprint: list[int]) -> Article:
    raw = RawArticle(id=enriched["id"], url=enriched["url"], outlet=enriched["outlet"],
                     published_at=enriched["published_at"], content_type="text/plain", body="")
    return Article(raw=raw, text=enriched["text"], title=enriched["title"],
                   language=enriched["language"], fingerprint=fingerprint)
