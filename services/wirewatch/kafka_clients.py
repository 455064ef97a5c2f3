"""Connection options shared by every plain aiokafka client (publish, tail, live view, admin,
readiness probes), so that the SASL/SSL settings reach all of them, not only Faust."""

from __future__ import annotations

from typing import Any

from wirewatch.settings import Settings

SECURITY_PROTOCOLS = ("PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL")


def client_options(settings: Settings) -> dict[str, Any]:
    """Keyword arguments for AIOKafkaProducer/Consumer/AdminClient/Client."""
    protocol = (settings.security_protocol or "PLAINTEXT").upper()
    if protocol not in SECURITY_PROTOCOLS:
        raise SystemExit(f"error: WIREWATCH_SECURITY_PROTOCOL={settings.security_protocol!r}: "
                         f"use one of {', '.join(SECURITY_PROTOCOLS)}")
    if protocol == "PLAINTEXT":
        return {}
    options: dict[str, Any] = {"security_protocol": protocol}
    if protocol.endswith("SSL"):
        from aiokafka.helpers import create_ssl_context

        options["ssl_context"] = create_ssl_context(cafile=settings.ssl_cafile or None)
    if protocol.startswith("SASL"):
        options.update(sasl_mechanism=settings.sasl_mechanism or "PLAIN",
                       sasl_plain_username=settings.sasl_username,
                       sasl_plain_password=settings.sasl_password)
    return options
