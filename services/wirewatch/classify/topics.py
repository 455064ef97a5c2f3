"""IPTC Media Topics (stage ``classify_topics``): a linear model trained by the project.

The model (``data/classify/topics_model.npz`` + ``topics_vocab.json``) is built by
``bench/train_topics.py`` (``make train-topics``) from openly licensed sentences (SIB-200,
Japanese Wikinews), the IPTC vocabulary's labels and definitions, and project-written lexicons
and paragraphs under ``training/topics/``. At run time it needs numpy only: features
(``topic_features``) -> log counts, L2-normalised -> one matrix product -> softmax with the
temperature fitted on held-out data -> every topic whose probability passes ``threshold``
(always at least the best one). The model does not change at run time.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from importlib import resources

import numpy as np

from wirewatch.classify.topic_features import TopicFeatures
from wirewatch.model import Article, TopicLabel

MODEL_FILE = "topics_model.npz"
VOCAB_FILE = "topics_vocab.json"


@dataclass(frozen=True, slots=True)
class TopicPrediction:
    code: str
    label: str
    score: float


class TopicClassifier:
    """Multi-label IPTC top-level topics with calibrated probabilities."""

    def __init__(self, vocabulary: dict[str, int], weights: np.ndarray, bias: np.ndarray,
                 codes: list[str], labels: list[str], temperature: float = 1.0,
                 threshold: float = 0.3) -> None:
        self.vocabulary = vocabulary
        self.weights = weights.astype(np.float32)
        self.bias = bias.astype(np.float32)
        self.codes = codes
        self.labels = labels
        self.temperature = temperature
        self.threshold = threshold
        self.features = TopicFeatures()

    @classmethod
    def load(cls) -> "TopicClassifier":
        folder = resources.files("wirewatch") / "data" / "classify"
        meta = json.loads((folder / VOCAB_FILE).read_text(encoding="utf-8"))
        with (folder / MODEL_FILE).open("rb") as handle:
            arrays = np.load(handle)
            weights, bias = arrays["weights"], arrays["bias"]
        vocabulary = {feature: i for i, feature in enumerate(meta["features"])}
        return cls(vocabulary, weights, bias, meta["codes"], meta["labels"],
                   meta.get("temperature", 1.0), meta.get("threshold", 0.3))

    def __call__(self, article: Article) -> Article:
        text = f"{article.title}\n{article.title}\n{article.text}" if article.title else article.text
        article.topics = [TopicLabel(p.code, p.label, p.score) for p in self.predict(text)]
        return article

    def probabilities(self, text: str) -> np.ndarray:
        """One probability per top-level topic (they sum to 1)."""
        vocabulary = self.vocabulary
        counts = {vocabulary[t]: n for t, n in Counter(self.features.tokens(text)).items()
                  if t in vocabulary}
        logits = self.bias.copy()
        if counts:
            indexes = np.fromiter(counts.keys(), dtype=np.int64, count=len(counts))
            values = np.log1p(np.fromiter(counts.values(), dtype=np.float32, count=len(counts)))
            values /= np.sqrt(np.dot(values, values))
            logits += values @ self.weights[indexes]
        logits /= self.temperature
        logits -= logits.max()
        exp = np.exp(logits)
        return exp / exp.sum()

    def predict(self, text: str) -> list[TopicPrediction]:
        probs = self.probabilities(text)
        order = np.argsort(-probs)
        chosen = [i for i in order if probs[i] >= self.threshold] or [int(order[0])]
        return [TopicPrediction(self.codes[i], self.labels[i], round(float(probs[i]), 3))
                for i in chosen]
