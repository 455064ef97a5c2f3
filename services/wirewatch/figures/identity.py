"""Figure keys: when two observations measure the same thing. Placeholder."""

from __future__ import annotations

from wirewatch.model import Article, FigureObservation


def figure_key(article: Article, observation: FigureObservation) -> str:
    return f"{observation.unit}|{(observation.place or '').lower()}"
