"""``wirewatch worker``: one Faust worker process with its Prometheus endpoint."""

from __future__ import annotations

import asyncio

import faust
from prometheus_client import start_http_server

from wirewatch.broker import BrokerError, wait_until_ready
from wirewatch.kafka_clients import client_options
from wirewatch.logs import configure_logging, get_logger
from wirewatch.settings import Settings
from wirewatch.stream.admin import ensure_topics
from wirewatch.stream.app import StreamService
from wirewatch.stream.resilience import install_broker_probe

log = get_logger("wirewatch.worker")


def run_worker(settings: Settings) -> int:
    configure_logging(settings.log_level)
    try:
        asyncio.run(_prepare(settings))
    except BrokerError as exc:
        log.error("broker unreachable", stage="startup", outcome="failed", error=str(exc))
        raise SystemExit(f"error: {exc}. Start one with `wirewatch broker start` or set "
                         f"WIREWATCH_BROKER_URL.") from None
    service = StreamService(settings)
    install_broker_probe(settings, service)
    start_http_server(settings.metrics_port, addr=settings.metrics_host, registry=service.registry)
    service.metrics.worker_up.set(1)
    log.info("worker starting", stage="startup", outcome="ok", broker=settings.broker_url,
             metrics=f"http://{settings.metrics_host}:{settings.metrics_port}/metrics")
    worker = faust.Worker(service.app, loglevel=settings.log_level.lower(),
                          override_logging=False, redirect_stdouts=False)
    worker.execute_from_commandline()
    return 0


async def _prepare(settings: Settings) -> None:
    await wait_until_ready(settings.bootstrap_servers, timeout_s=10.0,
                           **client_options(settings))
    created = await ensure_topics(settings)
    if created:
        log.info("topics created", stage="startup", outcome="ok", topics=created)
