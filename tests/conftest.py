"""Fixtures shared by every test layer: the real embedded broker, per-test topics."""

from __future__ import annotations

import os
import uuid
from pathlib import Path

import pytest

from tests.harness import EmbeddedBroker, free_port, require_shared

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("WIREWATCH_SHARED_DATA", REPO.parent / "shared"))


@pytest.fixture(scope="session")
def broker(tmp_path_factory: pytest.TempPathFactory):
    """One Tansu broker for the session, on a free loopback port, stopped at the end."""
    state = tmp_path_factory.mktemp("broker")
    embedded = EmbeddedBroker(port=free_port(), state_dir=state)
    embedded.start()
    yield embedded
    embedded.stop()


@pytest.fixture
def topic_prefix() -> str:
    """Each test gets its own topics (and consumer group) through a unique prefix."""
    return f"t{uuid.uuid4().hex[:10]}."


@pytest.fixture
def seed_text() -> str:
    return require_shared(SHARED / "samples" / "seed-article.txt").read_text(encoding="utf-8")
