"""The `wirewatch` verbs as a user runs them: clear errors, broker lifecycle, publish and tail."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time

import orjson
import pytest

from tests.harness import free_port, worker_env, settings_for_test

pytestmark = pytest.mark.integration


def wirewatch(*args: str, env: dict[str, str], timeout: float = 60, stdin: bytes | None = None,
              ) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "wirewatch.cli", *args], env=env, input=stdin,
                          capture_output=True, timeout=timeout)


def env_for(port: int, state_dir, **extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update({"WIREWATCH_BROKER_URL": f"kafka://127.0.0.1:{port}",
                "WIREWATCH_BROKER_PORT": str(port), "WIREWATCH_STATE_DIR": str(state_dir)})
    env.update(extra)
    return env


def test_commands_say_clearly_when_no_broker_is_reachable(tmp_path):
    env = env_for(free_port(), tmp_path)
    for args in (["publish", "--samples"], ["tail", "articles.enriched.v1"], ["worker"]):
        done = wirewatch(*args, env=env)
        assert done.returncode != 0, args
        err = done.stderr.decode()
        assert "no Kafka broker" in err and "wirewatch broker start" in err, (args, err[-800:])
        assert "Traceback" not in err, err
    status = wirewatch("broker", "status", env=env)
    assert status.returncode == 1 and "unreachable" in status.stdout.decode()


def test_broker_lifecycle_and_a_taken_port(tmp_path):
    port = free_port()
    env = env_for(port, tmp_path)
    started = wirewatch("broker", "start", env=env)
    try:
        assert started.returncode == 0, started.stderr.decode()
        assert (tmp_path / f"broker-{port}.pid").exists()
        assert (tmp_path / f"broker-{port}.log").exists()
        again = wirewatch("broker", "start", env=env)  # idempotent: already running
        assert again.returncode == 0
        assert wirewatch("broker", "status", env=env).returncode == 0
        other_state = tmp_path / "other"
        clash = wirewatch("broker", "start", env=env_for(port, other_state))
        assert clash.returncode == 1 and "already in use" in clash.stderr.decode()
    finally:
        stopped = wirewatch("broker", "stop", env=env)
    assert b"broker stopped" in stopped.stdout
    assert not (tmp_path / f"broker-{port}.pid").exists()
    with socket.socket() as sock:
        assert sock.connect_ex(("127.0.0.1", port)) != 0


def test_publish_samples_then_tail_enriched(broker, topic_prefix, tmp_path):
    settings = settings_for_test(broker, topic_prefix)
    env = worker_env(settings)
    published = wirewatch("publish", "--samples", env=env)
    assert published.returncode == 0, published.stderr.decode()
    assert "rejected 0" in published.stderr.decode()
    worker = subprocess.Popen([sys.executable, "-m", "wirewatch.cli", "worker"], env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                              start_new_session=True)
    try:
        deadline = time.monotonic() + 90
        lines: list[str] = []
        while time.monotonic() < deadline and len(lines) < 5:
            tail = wirewatch("tail", "articles.enriched.v1", "--json", "--max", "5",
                             "--idle-timeout", "3", env=env)
            lines = tail.stdout.decode().splitlines()
        assert len(lines) == 5
        first = orjson.loads(lines[0])
        assert first["id"].startswith("sample-") and first["text"]
        readable = wirewatch("tail", "articles.enriched.v1", "--max", "2", "--idle-timeout", "3",
                             env=env).stdout.decode()
        assert readable.startswith("[") and "sample-" in readable
    finally:
        os.killpg(worker.pid, 15)
        worker.wait(timeout=20)


def test_run_shows_enriched_articles_and_leaves_no_process(tmp_path):
    port = free_port()
    env = env_for(port, tmp_path, WIREWATCH_METRICS_PORT=str(free_port()),
                  WIREWATCH_WEB_PORT=str(free_port()), WIREWATCH_SESSION_TIMEOUT_S="3",
                  WIREWATCH_HEARTBEAT_INTERVAL_S="0.5", COLUMNS="160")
    started = time.monotonic()
    done = wirewatch("run", "--duration", "30", env=env, timeout=120)
    out = done.stdout.decode()
    assert done.returncode == 0, (out[-2000:], done.stderr.decode()[-2000:])
    summary = re.findall(r"enriched (\d+), changes (\d+), DLQ (\d+)", out)
    assert summary and int(summary[-1][0]) >= 30, out[-1500:]
    assert time.monotonic() - started < 90
    assert not (tmp_path / f"broker-{port}.pid").exists()
    leftovers = subprocess.run(["pgrep", "-f", f"tcp://127.0.0.1:{port}"], capture_output=True)
    assert leftovers.stdout == b"", leftovers.stdout
