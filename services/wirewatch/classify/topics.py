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
MIN_SECOND_LEVEL_HITS = 2


@dataclass(frozen=True, slots=True)
class TopicPrediction:
    code: str
    label: str
    score: float


class TopicClassifier:
    """Multi-label IPTC top-level topics with calibrated probabilities."""

    def __init__(self, vocabulary: dict[str, int], weights: np.ndarray, bias: np.ndarray,
                 codes: list[str], labels: list[str], temperature: float = 1.0,
                 threshold: float = 0.3, second_level: dict[str, dict] | None = None) -> None:
        self.vocabulary = vocabulary
        self.weights = weights.astype(np.float32)
        self.bias = bias.astype(np.float32)
        self.codes = codes
        self.labels = labels
        self.temperature = temperature
        self.threshold = threshold
        self.features = TopicFeatures()
        self.second_level = second_level or {}
        self.second_level_keys: dict[str, list[str]] = {}
        for code, entry in self.second_level.items():
            for key in entry["keys"]:
                self.second_level_keys.setdefault(key, []).append(code)
        self.phrase_starts = frozenset(k.split()[0] for k in self.second_level_keys if " " in k)

    @classmethod
    def load(cls) -> "TopicClassifier":
        folder = resources.files("wirewatch") / "data" / "classify"
        meta = json.loads((folder / VOCAB_FILE).read_text(encoding="utf-8"))
        with (folder / MODEL_FILE).open("rb") as handle:
            arrays = np.load(handle)
            weights, bias = arrays["weights"], arrays["bias"]
        vocabulary = {feature: i for i, feature in enumerate(meta["features"])}
        return cls(vocabulary, weights, bias, meta["codes"], meta["labels"],
                   meta.get("temperature", 1.0), meta.get("threshold", 0.3),
                   meta.get("second_level"))

    def __call__(self, article: Article) -> Article:
        text = f"{article.title}\n{article.title}\n{article.text}" if article.title else article.text
        article.topics = [TopicLabel(p.code, p.label, p.score) for p in self.predict(text)]
        return article

    def probabilities(self, text: str) -> np.ndarray:
        """One probability per top-level topic (they sum to 1)."""
        return self._probabilities(self.features.tokens(text))

    def _probabilities(self, tokens: list[str]) -> np.ndarray:
        vocabulary = self.vocabulary
        counts = {vocabulary[t]: n for t, n in Counter(tokens).items() if t in vocabulary}
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
        tokens = self.features.tokens(text)
        probs = self._probabilities(tokens)
        order = np.argsort(-probs)
        chosen = [i for i in order if probs[i] >= self.threshold] or [int(order[0])]
        top = [TopicPrediction(self.codes[i], self.labels[i], round(float(probs[i]), 3))
               for i in chosen]
        return top + self.second_level_topics(tokens, top)

    def second_level_topics(self, tokens: list[str], top: list[TopicPrediction]) -> list[TopicPrediction]:
        """Level-2 topics under a chosen top-level one, where the text names them at least
        twice through the IPTC labels of the topic or its descendants (in en/fr/es/de/ar)."""
        parents = {p.code: p.score for p in top}
        words = [t for t in tokens if t[-1] != "~"]
        found: Counter[str] = Counter()
        for word, count in Counter(words).items():
            for code in self.second_level_keys.get(word, ()):
                found[code] += count
        for i, word in enumerate(words):
            if word in self.phrase_starts:
                for size in (2, 3):
                    for code in self.second_level_keys.get(" ".join(words[i:i + size]), ()):
                        found[code] += 1
        return [TopicPrediction(code, self.second_level[code]["label"],
                                round(parents[self.second_level[code]["parent"]] * n / (n + 1), 3))
                for code, n in found.most_common()
                if n >= MIN_SECOND_LEVEL_HITS and self.second_level[code]["parent"] in parents]
