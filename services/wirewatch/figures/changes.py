"""Figure history and change events, over a key-value store. Placeholder."""

from __future__ import annotations

from wirewatch.model import FigureChange, FigureObservationEvent
from wirewatch.state import Store


class FigureHistory:
    def __init__(self, store: Store, *, window_days: float = 30.0) -> None:
        self.store = store
        self.window_days = window_days

    def observe(self, event: FigureObservationEvent, *, detected_at: str) -> list[FigureChange]:
        return []
