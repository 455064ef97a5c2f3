"""The project's own Prometheus metrics (Faust's sensor uses milliseconds and no prefix).

Low cardinality by design: labels are topic names, outcomes, stage names, reason codes, units
and change kinds (closed sets), partition numbers, and a bounded set of language codes
(anything outside ``LANGUAGE_LABELS`` is counted as ``other``). No article ids, no outlets.
"""

from __future__ import annotations

from typing import Iterable

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram

LATENCY_BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)
STAGE_BUCKETS = (0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25,
                 0.5, 1.0, 2.5)
LANGUAGE_LABELS = frozenset(
    "ar bg cs da de el en es fa fi fr he hi hr hu id it ja ko nl no pl pt ro ru sk sv th tr uk "
    "ur vi zh und".split()
)


# Label sets known in advance, exported at 0 from the start (``Metrics.prime``). A labelled
# counter is otherwise born at its first increment, and ``rate``/``increase`` never see that
# step: the first dead letter of a kind would show as 0 on the dashboard and in the alerts.
DECODE_DEAD_LETTERS = (  # (reason, stage) pairs raised by wirewatch.intake before the pipeline
    ("schema_violation", "decode"), ("oversized", "decode"), ("invalid_utf8", "decode"),
    ("invalid_json", "decode"), ("schema_violation", "validate"), ("oversized", "validate"))
STAGE_DEAD_LETTER_REASONS = ("stage_error", "stage_timeout")  # raised by a pipeline stage
BROKER_OPERATIONS = ("lag",)


def language_label(code: str) -> str:
    return code if code in LANGUAGE_LABELS else "other"


class Metrics:
    """All metrics of one worker process, registered on ``registry``."""

    def __init__(self, registry: CollectorRegistry, *, stages: Iterable[str] = ()) -> None:
        self.registry = registry
        self.messages = Counter(
            "wirewatch_messages_total", "Messages consumed, by topic and outcome "
            "(enriched, duplicate_input, dead_lettered, observed)",
            ["topic", "outcome"], registry=registry)
        self.produced = Counter(
            "wirewatch_produced_total", "Messages produced, by topic", ["topic"],
            registry=registry)
        self.stage_seconds = Histogram(
            "wirewatch_stage_duration_seconds", "Time spent in one pipeline stage per article",
            ["stage"], buckets=STAGE_BUCKETS, registry=registry)
        self.pipeline_seconds = Histogram(
            "wirewatch_pipeline_duration_seconds", "Time spent in the whole pipeline per article",
            buckets=STAGE_BUCKETS, registry=registry)
        self.end_to_end_seconds = Histogram(
            "wirewatch_end_to_end_latency_seconds",
            "From the raw article's broker timestamp to its enriched article being produced",
            buckets=LATENCY_BUCKETS, registry=registry)
        self.dead_letters = Counter(
            "wirewatch_dead_letters_total", "Messages sent to the dead-letter topic",
            ["reason", "stage"], registry=registry)
        self.figure_observations = Counter(
            "wirewatch_figure_observations_total", "Reported figures extracted, by unit",
            ["unit"], registry=registry)
        self.figure_changes = Counter(
            "wirewatch_figure_changes_total", "Figure change events emitted, by kind and unit",
            ["kind", "unit"], registry=registry)
        self.duplicates_linked = Counter(
            "wirewatch_duplicates_linked_total",
            "Articles linked to an earlier copy of the same story", registry=registry)
        self.languages = Counter(
            "wirewatch_articles_by_language_total", "Enriched articles by identified language",
            ["language"], registry=registry)
        self.table_keys = Gauge(
            "wirewatch_table_keys", "Keys held in a state table by this worker", ["table"],
            registry=registry)
        self.consumer_lag = Gauge(
            "wirewatch_consumer_lag_messages",
            "Fetch high watermark minus position, per assigned partition",
            ["topic", "partition"], registry=registry)
        self.worker_up = Gauge(
            "wirewatch_worker_up", "1 while the worker runs and is connected",
            registry=registry)
        self.rebalances = Counter(
            "wirewatch_rebalances_total", "Consumer group rebalances seen by this worker",
            registry=registry)
        self.broker_errors = Counter(
            "wirewatch_broker_errors_total", "Errors talking to the broker, by operation",
            ["operation"], registry=registry)
        self.last_input_timestamp = Gauge(
            "wirewatch_last_input_timestamp_seconds",
            "Unix time of the last raw article consumed", registry=registry)
        self.prime(stages)

    def prime(self, stages: Iterable[str] = ()) -> None:
        """Export the known label sets at 0 (see ``DECODE_DEAD_LETTERS``); ``stages`` are the
        pipeline's stage names, for stage errors, stage timeouts and stage latency."""
        for reason, stage in DECODE_DEAD_LETTERS:
            self.dead_letters.labels(reason, stage)
        for stage in stages:
            self.stage_seconds.labels(stage)
            for reason in STAGE_DEAD_LETTER_REASONS:
                self.dead_letters.labels(reason, stage)
        for operation in BROKER_OPERATIONS:
            self.broker_errors.labels(operation)
