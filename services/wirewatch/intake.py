"""From raw message bytes to a ``RawArticle``, or a rejection with a reason code.

Shared by the stream (which dead-letters rejections) and ``wirewatch enrich`` (which reports
them on stderr). Reason codes are part of the ``articles.dlq.v1`` contract:

- ``oversized``: the message exceeds ``WIREWATCH_MAX_MESSAGE_BYTES``, or its body exceeds
  ``WIREWATCH_MAX_BODY_CHARS`` (the broker enforces no size limit of its own), or its output
  was refused by the broker as too large (``stage`` = ``publish``). The dead letter keeps the
  first ``WIREWATCH_MAX_MESSAGE_BYTES`` of the value, with its full size and SHA-256.
- ``invalid_utf8``: the bytes are not UTF-8.
- ``invalid_json``: not JSON, or nested too deeply to parse.
- ``schema_violation``: JSON that does not match the raw article contract.
- ``stage_error``: a pipeline stage raised (``stage`` names it).
- ``stage_timeout``: a pipeline stage exceeded ``WIREWATCH_STAGE_BUDGET_MS``.
"""

from __future__ import annotations

import orjson

from wirewatch.model import ContractError, RawArticle

REASONS = ("oversized", "invalid_utf8", "invalid_json", "schema_violation", "stage_error",
           "stage_timeout")


class Rejected(Exception):
    """A message that cannot be processed; ``reason`` is one of ``REASONS``."""

    def __init__(self, reason: str, stage: str, error: str) -> None:
        super().__init__(f"{reason} at {stage}: {error}")
        self.reason = reason
        self.stage = stage
        self.error = error


def decode_raw_article(value: bytes | None, *, max_message_bytes: int,
                       max_body_chars: int) -> RawArticle:
    """Decode one ``articles.raw.v1`` message, or raise ``Rejected``."""
    if value is None:
        raise Rejected("schema_violation", "decode", "empty message (null value)")
    if len(value) > max_message_bytes:
        raise Rejected("oversized", "decode",
                       f"message is {len(value)} bytes, limit {max_message_bytes}")
    try:
        text = value.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise Rejected("invalid_utf8", "decode", str(exc)) from None
    try:
        data = orjson.loads(text)
    except orjson.JSONDecodeError as exc:
        raise Rejected("invalid_json", "decode", str(exc)[:500]) from None
    try:
        article = RawArticle.from_dict(data)
    except ContractError as exc:
        raise Rejected("schema_violation", "validate", str(exc)) from None
    if len(article.body) > max_body_chars:
        raise Rejected("oversized", "validate",
                       f"body is {len(article.body)} characters, limit {max_body_chars}")
    return article
