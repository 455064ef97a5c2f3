"""Shared helpers for the cleaning evaluations: data location, the benchmark's metric, flattening.

Data is read from ``../shared/data`` (or ``$WIREWATCH_SHARED_DATA``) at eval time and never
copied into the repository.
"""

from __future__ import annotations

import gzip
import json
import os
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

REPO_ROOT = Path(__file__).resolve().parents[2]


def shared_data_dir() -> Path:
    env = os.environ.get("WIREWATCH_SHARED_DATA")
    return Path(env) if env else (REPO_ROOT / "../shared/data").resolve()


def benchmark_dir() -> Path | None:
    path = shared_data_dir() / "article-extraction-benchmark"
    return path if (path / "ground-truth.json").exists() else None


@dataclass(frozen=True, slots=True)
class BenchmarkPage:
    id: str
    url: str
    html: str
    gold: str


def load_benchmark() -> list[BenchmarkPage]:
    """The 181 pages of the article-extraction benchmark, sorted by id."""
    root = benchmark_dir()
    if root is None:
        raise FileNotFoundError("article-extraction-benchmark not found under shared data")
    truth = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    pages = []
    for page_id in sorted(truth):
        raw = gzip.decompress((root / "html" / f"{page_id}.html.gz").read_bytes())
        pages.append(BenchmarkPage(page_id, truth[page_id].get("url", ""), decode_html(raw),
                                   truth[page_id]["articleBody"]))
    return pages


def decode_html(raw: bytes) -> str:
    """Bytes -> str: utf-8 when the bytes are utf-8, else trafilatura's charset guess.

    (trafilatura's own guess misreads four utf-8 pages of the benchmark as cp1252; every
    system is given the same decoded string.)
    """
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        from trafilatura.utils import decode_file

        return decode_file(raw)


# --- the benchmark's metric (see ../shared/data/README.md) -------------------------------

_TOKEN_RE = re.compile(r"\w+", re.UNICODE)


def shingles(text: str, n: int = 4) -> Counter[str]:
    tokens = _TOKEN_RE.findall(text or "")
    grams = (" ".join(tokens[i:i + n]) for i in range(max(1, len(tokens) - n + 1)))
    return Counter(g for g in grams if g)


def page_scores(gold: str, predicted: str) -> tuple[float, float, float]:
    """(tp, fp, fn) over 4-token shingles with counts, normalised to sum to 1."""
    true, pred = shingles(gold), shingles(predicted)
    tp = fp = fn = 0
    for key in true.keys() | pred.keys():
        t, p = true.get(key, 0), pred.get(key, 0)
        tp += min(t, p)
        fp += max(0, p - t)
        fn += max(0, t - p)
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


@dataclass(frozen=True, slots=True)
class Score:
    precision: float
    recall: float

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def score(pairs: Iterable[tuple[str, str]]) -> Score:
    """Mean precision over pages with predicted shingles, mean recall over pages with gold."""
    precisions, recalls = [], []
    for gold, predicted in pairs:
        tp, fp, fn = page_scores(gold, predicted)
        if tp + fp > 0:
            precisions.append(tp / (tp + fp))
        if tp + fn > 0:
            recalls.append(tp / (tp + fn))
    mean = lambda xs: sum(xs) / len(xs) if xs else 0.0  # noqa: E731
    return Score(mean(precisions), mean(recalls))


# --- flattening a page to its visible text, one line per block ----------------------------


def flatten_html(html: str) -> str:
    """A page's visible text, one line per block element (the seed's case: text/plain)."""
    from wirewatch.clean.html import parse_html, visible_lines

    root = parse_html(html)
    return "\n".join(visible_lines(root)) if root is not None else ""
