"""Dead-letter records: the original bytes, why they failed and where they came from."""

from __future__ import annotations

import base64
import hashlib
from dataclasses import asdict
from typing import Any

from wirewatch.model import DeadLetter


def _encode(data: bytes | None) -> tuple[str | None, str]:
    if data is None:
        return None, "utf-8"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return base64.b64encode(data).decode("ascii"), "base64"


def dead_letter(*, key: bytes | None, value: bytes | None, reason: str, stage: str, error: str,
                topic: str, partition: int, offset: int, failed_at: str,
                article_id: str | None = None, max_value_bytes: int | None = None,
                ) -> dict[str, Any]:
    """The ``articles.dlq.v1`` message for one failed input message.

    A value over ``max_value_bytes`` (an oversized input) keeps only its first
    ``max_value_bytes``, with ``value_size`` and ``value_sha256`` of the whole: the dead letter
    must itself fit in a message, and the hash still identifies the original.
    """
    extra: dict[str, Any] = {}
    if value is not None and max_value_bytes is not None and len(value) > max_value_bytes:
        extra = {"value_truncated": True, "value_size": len(value),
                 "value_sha256": hashlib.sha256(value).hexdigest()}
        value = value[:max_value_bytes]
    value_text, encoding = _encode(value)
    key_text, key_encoding = _encode(key)
    record = DeadLetter(reason=reason, stage=stage, error=error[:2000], topic=topic,
                        partition=partition, offset=offset, failed_at=failed_at, key=key_text,
                        value=value_text, encoding=encoding,  # type: ignore[arg-type]
                        key_encoding=key_encoding, article_id=article_id)  # type: ignore[arg-type]
    return {**asdict(record), **extra}
