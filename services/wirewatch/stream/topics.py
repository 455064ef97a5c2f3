"""Topic names. Versioned: within ``.v1`` changes are additive only."""

from __future__ import annotations

RAW = "articles.raw.v1"
ENRICHED = "articles.enriched.v1"
DLQ = "articles.dlq.v1"
OBSERVATIONS = "figures.observations.v1"
CHANGES = "figures.changes.v1"
# Internal: processed articles on their way to copy linking. One partition, so that every
# candidate copy meets every other (see docs in stream/agents.py).
LINKING = "wirewatch.linking.v1"

PUBLIC = (RAW, ENRICHED, DLQ, OBSERVATIONS, CHANGES)
