"""Decoding raw messages: every kind of bad input gets its reason code."""

from __future__ import annotations

import base64

import orjson
import pytest

from wirewatch.intake import REASONS, Rejected, decode_raw_article
from wirewatch.stream.dlq import dead_letter

LIMITS = dict(max_message_bytes=10_000, max_body_chars=5_000)
GOOD = {"id": "a1", "url": "https://example.org/a1", "outlet": "ex", "content_type": "text/plain",
        "published_at": "2024-03-26T09:00:00Z", "body": "Some text."}


def reason_of(value: bytes | None) -> tuple[str, str]:
    with pytest.raises(Rejected) as info:
        decode_raw_article(value, **LIMITS)
    assert info.value.reason in REASONS
    return info.value.reason, info.value.stage


def test_a_good_message_decodes():
    article = decode_raw_article(orjson.dumps({**GOOD, "title": "T"}), **LIMITS)
    assert article.id == "a1" and article.title == "T" and article.language is None


@pytest.mark.parametrize("value, reason, stage", [
    (None, "schema_violation", "decode"),
    (b"x" * 10_001, "oversized", "decode"),
    (b"\xff\xfe\x00", "invalid_utf8", "decode"),
    (b"{not json", "invalid_json", "decode"),
    (b"[" * 5000 + b"]" * 5000, "invalid_json", "decode"),
    (b"[1, 2]", "schema_violation", "validate"),
    (orjson.dumps({**GOOD, "id": 7}), "schema_violation", "validate"),
    (orjson.dumps({**GOOD, "id": ""}), "schema_violation", "validate"),
    (orjson.dumps({k: v for k, v in GOOD.items() if k != "body"}), "schema_violation", "validate"),
    (orjson.dumps({**GOOD, "content_type": "application/pdf"}), "schema_violation", "validate"),
    (orjson.dumps({**GOOD, "title": ["x"]}), "schema_violation", "validate"),
    (orjson.dumps({**GOOD, "body": "y" * 6000}), "oversized", "validate"),
])
def test_bad_messages_are_rejected_with_a_reason(value, reason, stage):
    assert reason_of(value) == (reason, stage)


def test_dead_letter_keeps_the_original_bytes():
    record = dead_letter(key=b"k\xff", value=b"\x00\xffbinary", reason="invalid_utf8",
                         stage="decode", error="bad", topic="articles.raw.v1", partition=2,
                         offset=41, failed_at="2026-01-01T00:00:00Z")
    assert record["encoding"] == "base64" and record["key_encoding"] == "base64"
    assert base64.b64decode(record["value"]) == b"\x00\xffbinary"
    assert base64.b64decode(record["key"]) == b"k\xff"
    text = dead_letter(key=b"k", value=b'{"a": 1}', reason="schema_violation", stage="validate",
                       error="e", topic="t", partition=0, offset=0, failed_at="x")
    assert text["value"] == '{"a": 1}' and text["encoding"] == "utf-8" and text["key"] == "k"


def test_an_oversized_value_is_truncated_with_its_size_and_hash():
    import hashlib

    value = b"x" * 5000
    record = dead_letter(key=b"k", value=value, reason="oversized", stage="decode", error="big",
                         topic="t", partition=0, offset=1, failed_at="x", max_value_bytes=1000)
    assert record["value"] == "x" * 1000 and record["value_truncated"] is True
    assert record["value_size"] == 5000
    assert record["value_sha256"] == hashlib.sha256(value).hexdigest()
