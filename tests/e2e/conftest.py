"""Fixtures of the fault suite: a private broker per test, worker groups that are always stopped.

Tests that stop, kill or freeze the broker must never touch the session-scoped ``broker``
fixture (other tests share it): they take ``own_broker`` instead, on its own free port and
state directory, stopped (and SIGCONT-ed first, in case a test froze it) in a finally block.
"""

from __future__ import annotations

import os
import signal
from pathlib import Path
from typing import Iterator

import pytest

from tests.harness import EmbeddedBroker, WorkerProcess, free_port, worker_env
from wirewatch.settings import Settings


@pytest.fixture
def own_broker(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EmbeddedBroker]:
    """A memory-mode Tansu broker for one test only."""
    embedded = EmbeddedBroker(port=free_port(), state_dir=tmp_path_factory.mktemp("own-broker"))
    embedded.start()
    try:
        yield embedded
    finally:
        pid = embedded.pid()
        if pid is not None:
            try:
                os.kill(pid, signal.SIGCONT)  # a frozen broker cannot honour SIGTERM
            except ProcessLookupError:
                pass
        embedded.stop()


class WorkerGroup:
    """Worker processes of one consumer group; ``stop_all`` ends every one that is alive."""

    def __init__(self, settings: Settings, log_dir: Path) -> None:
        self.settings = settings
        self.log_dir = log_dir
        self.workers: list[WorkerProcess] = []
        self.metrics_ports: list[int] = []

    def add(self, **extra_env: str) -> WorkerProcess:
        metrics_port = free_port()
        env = worker_env(self.settings, metrics_port=metrics_port, **extra_env)
        worker = WorkerProcess(env, self.log_dir / f"worker-{len(self.workers)}.log")
        self.workers.append(worker)
        self.metrics_ports.append(metrics_port)
        worker.start()
        return worker

    def stop_all(self) -> None:
        for worker in self.workers:
            try:
                worker.stop()
            finally:
                worker.kill()

    def logs(self) -> str:
        return "\n".join(w.log_text() for w in self.workers)

    def tracebacks(self) -> list[str]:
        """Python tracebacks in the worker logs (each with a few lines of context)."""
        found = []
        for worker in self.workers:
            text = worker.log_text()
            start = text.find("Traceback")
            if start >= 0:
                found.append(f"{worker.log_path.name}: {text[max(0, start - 300):start + 2500]}")
        return found


@pytest.fixture
def worker_group(tmp_path: Path) -> Iterator[callable]:
    """``worker_group(settings)`` makes a group; every group is stopped when the test ends."""
    groups: list[WorkerGroup] = []

    def make(settings: Settings) -> WorkerGroup:
        group = WorkerGroup(settings, tmp_path / f"group-{len(groups)}")
        groups.append(group)
        return group

    try:
        yield make
    finally:
        for group in groups:
            group.stop_all()
