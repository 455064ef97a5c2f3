from __future__ import annotations

import pytest

from wirewatch.settings import Settings


def test_defaults_talk_to_the_embedded_broker():
    settings = Settings.from_env({})
    assert settings.bootstrap_servers == "127.0.0.1:19092"
    assert settings.topic("articles.raw.v1") == "articles.raw.v1"


def test_environment_overrides_with_types():
    settings = Settings.from_env({"WIREWATCH_PARTITIONS": "12", "WIREWATCH_TOPIC_PREFIX": "t.",
                                  "WIREWATCH_STAGES_ENABLED": "false",
                                  "WIREWATCH_STAGE_BUDGET_MS": "150.5",
                                  "WIREWATCH_BROKER_URL": "kafka://a:1,kafka://b:2"})
    assert settings.partitions == 12 and settings.stages_enabled is False
    assert settings.stage_budget_ms == 150.5
    assert settings.topic("x.v1") == "t.x.v1"
    assert settings.bootstrap_servers == "a:1,b:2"


def test_a_bad_value_is_a_clear_error():
    with pytest.raises(SystemExit, match="WIREWATCH_PARTITIONS"):
        Settings.from_env({"WIREWATCH_PARTITIONS": "many"})


def test_passwords_are_not_printed():
    table = dict(Settings(sasl_password="s3cret").as_table())
    assert table["WIREWATCH_SASL_PASSWORD"] == "***"
