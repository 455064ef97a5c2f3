"""SASL/SSL settings reach the plain clients and Faust alike."""

from __future__ import annotations

import ssl

import pytest

from wirewatch.kafka_clients import client_options
from wirewatch.settings import Settings
from wirewatch.stream.app import _credentials


def test_plaintext_adds_nothing():
    assert client_options(Settings()) == {} and _credentials(Settings()) is None


def test_sasl_ssl_gives_context_mechanism_and_credentials():
    settings = Settings(security_protocol="sasl_ssl", sasl_mechanism="SCRAM-SHA-256",
                        sasl_username="desk", sasl_password="pw")
    options = client_options(settings)
    assert options["security_protocol"] == "SASL_SSL"
    assert isinstance(options["ssl_context"], ssl.SSLContext)
    assert (options["sasl_mechanism"], options["sasl_plain_username"],
            options["sasl_plain_password"]) == ("SCRAM-SHA-256", "desk", "pw")
    assert _credentials(settings).mechanism.value == "SCRAM-SHA-256"


def test_sasl_plaintext_has_no_ssl_context():
    options = client_options(Settings(security_protocol="SASL_PLAINTEXT", sasl_username="u"))
    assert "ssl_context" not in options and options["sasl_mechanism"] == "PLAIN"


def test_an_unknown_protocol_is_a_clear_error():
    with pytest.raises(SystemExit, match="WIREWATCH_SECURITY_PROTOCOL"):
        client_options(Settings(security_protocol="TLS"))
