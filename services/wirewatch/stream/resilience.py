"""A broker probe in every worker: outages show in logs and metrics; an empty broker gets topics.

Faust and aiokafka ride out a broker that stalls or restarts, but quietly: a frozen broker
(SIGSTOP, a long GC pause, a network partition) leaves connections open and requests pending,
so nothing is logged and no metric moves for tens of seconds. And a memory-mode broker that
restarts comes back empty: without its topics, the worker's fetches and sends fail forever.

Every ``PROBE_INTERVAL_S`` the probe lists the broker's topics with a short timeout:

- a failure counts ``wirewatch_broker_errors_total{operation="probe"}``, sets
  ``wirewatch_broker_reachable`` to 0 and logs ``broker unreachable`` (once per outage, then
  every ``REPEAT_LOG_S``);
- the first success after that logs ``broker reachable again`` with the outage's length;
- when topics that wirewatch declares are missing (the broker came back empty), they are
  recreated (``topics recreated``, ``wirewatch_topics_recreated_total``).
"""

from __future__ import annotations

import asyncio
import time
from typing import Any

from aiokafka.admin import AIOKafkaAdminClient
from prometheus_client import Counter, Gauge

from wirewatch.kafka_clients import client_options
from wirewatch.logs import get_logger
from wirewatch.settings import Settings
from wirewatch.stream.admin import ensure_topics, topic_layout

log = get_logger("wirewatch.resilience")

PROBE_INTERVAL_S = 2.0
PROBE_TIMEOUT_S = 3.0
REPEAT_LOG_S = 10.0


class BrokerProbe:
    """Periodic reachability check; one per worker process (state lives on the instance)."""

    def __init__(self, settings: Settings, service: Any) -> None:
        self.settings = settings
        self.service = service
        registry = service.registry
        self.reachable = Gauge("wirewatch_broker_reachable",
                               "1 if the last broker probe succeeded, 0 during an outage",
                               registry=registry)
        self.recreated = Counter("wirewatch_topics_recreated_total",
                                 "Topics recreated after the broker came back without them",
                                 registry=registry)
        service.metrics.broker_errors.labels("probe")
        self.reachable.set(1)
        self.down_since: float | None = None
        self.last_logged = 0.0

    def install(self) -> None:
        self.service.app.timer(interval=PROBE_INTERVAL_S)(self.probe)

    async def probe(self) -> None:
        try:
            existing = await asyncio.wait_for(self._list_topics(), PROBE_TIMEOUT_S)
        except Exception as exc:  # noqa: BLE001 - any failure is an outage
            self._failed(exc)
            return
        self._succeeded()
        missing = set(topic_layout(self.settings)) - existing
        if missing:
            await self._recreate(sorted(missing))

    async def _list_topics(self) -> set[str]:
        admin = AIOKafkaAdminClient(bootstrap_servers=self.settings.bootstrap_servers,
                                    request_timeout_ms=int(PROBE_TIMEOUT_S * 1000),
                                    **client_options(self.settings))
        try:
            await admin.start()
            return set(await admin.list_topics())
        finally:
            await admin.close()

    def _failed(self, exc: BaseException) -> None:
        now = time.monotonic()
        self.service.metrics.broker_errors.labels("probe").inc()
        self.reachable.set(0)
        if self.down_since is None:
            self.down_since = now
        if now - self.last_logged >= REPEAT_LOG_S or self.last_logged < self.down_since:
            self.last_logged = now
            log.warning("broker unreachable", stage="probe", outcome="outage",
                        broker=self.settings.broker_url, error=type(exc).__name__,
                        outage_s=round(now - self.down_since, 1))

    def _succeeded(self) -> None:
        self.reachable.set(1)
        if self.down_since is not None:
            log.warning("broker reachable again", stage="probe", outcome="recovered",
                        broker=self.settings.broker_url,
                        outage_s=round(time.monotonic() - self.down_since, 1))
            self.down_since = None

    async def _recreate(self, missing: list[str]) -> None:
        try:
            created = await ensure_topics(self.settings)
        except Exception as exc:  # noqa: BLE001 - try again at the next probe
            log.warning("topics missing, recreation failed", stage="probe", outcome="error",
                        topics=missing, error=repr(exc)[:300])
            return
        if created:
            self.recreated.inc(len(created))
            log.warning("topics recreated", stage="probe", outcome="recreated", topics=created,
                        reason="the broker came back without them (memory storage restarted?)")


def install_broker_probe(settings: Settings, service: Any) -> BrokerProbe:
    probe = BrokerProbe(settings, service)
    probe.install()
    return probe
