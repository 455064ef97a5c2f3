"""One settings object, read from ``WIREWATCH_*`` environment variables.

Every variable is listed in the README's configuration table; ``wirewatch config`` prints the
values in force. With none set, every command talks to the embedded broker's default address.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any, Mapping

PREFIX = "WIREWATCH_"


def _default_state_dir() -> str:
    return str(Path(os.environ.get("XDG_STATE_HOME", Path.home() / ".local" / "state")) / "wirewatch")


@dataclass(frozen=True, slots=True)
class Settings:
    """Configuration of every wirewatch command. Field ``x`` is read from ``WIREWATCH_X``."""

    broker_url: str = "kafka://127.0.0.1:19092"
    topic_prefix: str = ""
    partitions: int = 6
    app_id: str = "wirewatch"
    metrics_host: str = "127.0.0.1"
    metrics_port: int = 9464
    web_port: int = 6066
    log_level: str = "INFO"
    max_message_bytes: int = 5_000_000
    max_body_chars: int = 2_000_000
    stage_budget_ms: float = 5_000.0
    copy_window_days: float = 7.0
    figure_window_days: float = 30.0
    figure_sweep_interval_s: float = 60.0
    session_timeout_s: float = 6.0
    fetch_max_wait_ms: int = 20
    produce_timeout_s: float = 60.0
    batch_max: int = 64
    batch_wait_ms: float = 5.0
    heartbeat_interval_s: float = 1.0
    state_dir: str = _default_state_dir()
    broker_port: int = 19092
    stages_enabled: bool = True
    security_protocol: str = "PLAINTEXT"
    sasl_mechanism: str = ""
    sasl_username: str = ""
    sasl_password: str = ""
    ssl_cafile: str = ""

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Settings:
        env = os.environ if environ is None else environ
        values: dict[str, Any] = {}
        for f in fields(cls):
            raw = env.get(PREFIX + f.name.upper())
            if raw is None or raw == "":
                continue
            values[f.name] = _parse(f.name, raw, type(f.default))
        return cls(**values)

    def topic(self, name: str) -> str:
        """The full name of a topic, with the configured prefix (``articles.raw.v1``...)."""
        return f"{self.topic_prefix}{name}"

    @property
    def bootstrap_servers(self) -> str:
        """``host:port[,host:port]`` for aiokafka, from ``broker_url``."""
        return ",".join(u.split("://", 1)[-1] for u in self.broker_url.split(","))

    def as_table(self) -> list[tuple[str, str]]:
        shown = []
        for f in fields(self):
            value = getattr(self, f.name)
            if "password" in f.name and value:
                value = "***"
            shown.append((PREFIX + f.name.upper(), str(value)))
        return shown


def _parse(name: str, raw: str, kind: type) -> Any:
    try:
        if kind is bool:
            lowered = raw.strip().lower()
            if lowered in ("1", "true", "yes", "on"):
                return True
            if lowered in ("0", "false", "no", "off"):
                return False
            raise ValueError(raw)
        return kind(raw)
    except ValueError:
        raise SystemExit(f"error: {PREFIX}{name.upper()}={raw!r} is not a valid "
                         f"{kind.__name__}") from None
