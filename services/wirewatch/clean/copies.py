"""Copies and near-copies of one wire story: MinHash signatures and LSH banding over a store.

``fingerprint_text`` (a pipeline stage) gives each article a datasketch MinHash signature of its
clean text: word 3-shingles (character 4-shingles for scripts written without spaces), lower
case, NFKC, so chrome-free copies with a new headline, a trimmed paragraph or an edited word
still share most shingles.

``CopyIndex.link`` finds earlier articles whose signatures agree on a whole LSH band and keeps
those similar enough: estimated Jaccard similarity, or containment (shared shingles over the
smaller text's, from the Jaccard estimate and the two shingle counts), since a copy trimmed to
half of the story has a Jaccard of one half but is all contained in the original. It links the
article to the story's first article. All state
lives in ``store`` (a Faust table in the stream, a dict offline), JSON-ready:

* ``sig:{article_id}`` -> ``{"sig": [...], "n": shingles, "root": id, "day": n}``: the
  signature, its shingle count, and the story's first article (what a redelivered article is
  answered with);
* ``expiry`` -> n: the first day not yet dropped. State is bounded by the window.

The band index (band number and values -> articles whose band has those values) and the per-day
lists are derived from the signatures in memory: see ``CopyIndex``.

Days are counted from the article's ``published_at`` (event time), so the stream and ``wirewatch
enrich`` agree on the same ordered input. Every write assigns a new value: Faust tables only see
assignments.
"""

from __future__ import annotations

import functools
import hashlib
import re
import unicodedata
import zlib
from dataclasses import dataclass
from datetime import datetime, timezone

import numpy as np

from wirewatch.model import Article
from wirewatch.state import Store

NUM_PERM = 128
# Signatures live in the store across restarts and upgrades: the hashing scheme is named, not
# left to datasketch's default (datasketch 2.0 introduced schemes; 1.x signatures differ).
MINHASH_SCHEME = "affine32"
_WORD = re.compile(r"\w+")
_WIDE_SCRIPT = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af\u0e00-\u0e7f]")


@dataclass(frozen=True, slots=True)
class ShingleSettings:
    words: int = 3  # word shingle length
    chars: int = 4  # character shingle length, for scripts written without spaces


@functools.cache
def _permutations() -> tuple[object, object]:
    """datasketch's permutations for ``NUM_PERM`` and seed 1, made once per process."""
    from datasketch import MinHash

    return MinHash(num_perm=NUM_PERM, seed=1, scheme=MINHASH_SCHEME).permutations


# CRC-32 of a shingle: stable across processes (unlike ``hash``) and ten times cheaper than a
# cryptographic digest; datasketch's affine permutations spread it over the hash space. The C
# function itself, not a Python wrapper: datasketch calls it once per shingle.
_hash32 = zlib.crc32


def shingles(text: str, settings: ShingleSettings = ShingleSettings()) -> set[bytes]:
    """The set of shingles of a clean text."""
    text = unicodedata.normalize("NFKC", text).lower()
    tokens = _WORD.findall(text)
    wide = len(_WIDE_SCRIPT.findall(text[:2000]))
    if wide > 0.3 * min(len(text), 2000):
        chars = "".join(tokens)
        n = settings.chars
        return {chars[i:i + n].encode() for i in range(max(1, len(chars) - n + 1))} if chars else set()
    n = settings.words
    return {" ".join(tokens[i:i + n]).encode() for i in range(max(1, len(tokens) - n + 1))} if tokens else set()


def shingle_count(text: str, settings: ShingleSettings = ShingleSettings()) -> int:
    """About ``len(shingles(text))`` (repeated shingles counted), without building the set."""
    tokens = _WORD.findall(text)
    wide = len(_WIDE_SCRIPT.findall(text[:2000]))
    if wide > 0.3 * min(len(text), 2000):
        return max(0, sum(map(len, tokens)) - settings.chars + 1)
    return max(0, len(tokens) - settings.words + 1)


def minhash_signature(text: str) -> list[int]:
    """The datasketch MinHash signature (``NUM_PERM`` ints) of a text's shingles; [] if none."""
    from datasketch import MinHash

    found = shingles(text)
    if not found:
        return []
    minhash = MinHash(num_perm=NUM_PERM, hashfunc=_hash32, permutations=_permutations(),
                      scheme=MINHASH_SCHEME)
    minhash.update_batch(list(found))
    return [int(v) for v in minhash.hashvalues]


def fingerprint_text(article: Article) -> Article:
    article.fingerprint = minhash_signature(article.text)
    return article


def estimated_jaccard(a: list[int], b: list[int]) -> float:
    if not a or len(a) != len(b):
        return 0.0
    return sum(x == y for x, y in zip(a, b)) / len(a)


def estimated_containment(jaccard: float, size_a: int, size_b: int) -> float:
    """|A & B| / min(|A|, |B|) from J = |A & B| / |A | B|: |A & B| = J (|A| + |B|) / (1 + J)."""
    smaller = min(size_a, size_b)
    if smaller <= 0:
        return 0.0
    return min(1.0, jaccard * (size_a + size_b) / (1 + jaccard) / smaller)


@dataclass(frozen=True, slots=True)
class CopySettings:
    bands: int = 32  # LSH bands of ``rows`` values each: bands * rows <= NUM_PERM; 32 x 2 makes
    rows: int = 2  # a candidate of 95% of pairs at Jaccard 0.3, of 2% at Jaccard 0.02
    min_jaccard: float = 0.4  # estimated Jaccard that makes a candidate a copy
    min_containment: float = 0.7  # or: the share of the smaller text found in the other
    min_shingles: int = 8  # texts shorter than this (in shingles) are not linked
    max_bucket: int = 64  # per band, only the earliest entries are candidates: a band shared by
    # hundreds of articles is a template sentence, and a story's first copy is among the earliest
    max_candidates: int = 256  # bounds the comparisons per article whatever the input


class CopyIndex:
    """Links an article to the earliest copy seen of the same story; state in ``store``.

    Only ``sig:{id}`` entries (and the ``expiry`` cursor) are stored: one write per article.
    The LSH band index and the per-day lists are derived from them in memory, built on first
    use and again after ``reset()`` (the stream calls it when the linking partition is
    assigned, since another worker may have linked articles meanwhile). Writing the band lists
    to a changelog cost ~35 records per article and dominated the worker's CPU.
    """

    def __init__(self, store: Store, *, window_days: float = 7.0,
                 settings: CopySettings | None = None) -> None:
        self.store = store
        self.window_days = window_days
        self.settings = settings or CopySettings()
        self._bands: dict[bytes, list[tuple[str, int]]] | None = None
        self._days: dict[int, list[str]] = {}
        self._held: dict[str, tuple[np.ndarray, int]] = {}  # id -> (signature, shingle count)

    def reset(self) -> None:
        """Forget the derived index; the next ``link`` rebuilds it from the store."""
        self._bands = None
        self._days = {}
        self._held = {}

    def link(self, article: Article) -> Article:
        """Sets ``duplicate_of`` (the story's first article, or None) and ``story_id``."""
        known = self.store.get(f"sig:{article.id}")
        if known is not None:  # redelivery: the same answer as the first time
            root = known["root"]
        else:
            root = self._link_new(article)
        article.duplicate_of = root if root != article.id else None
        article.story_id = root
        return article

    def _index(self) -> dict[bytes, list[tuple[str, int]]]:
        if self._bands is None:
            self._bands, self._days, self._held = {}, {}, {}
            for key in list(self.store):
                if isinstance(key, str) and key.startswith("sig:"):
                    entry = self.store.get(key)
                    if entry is not None:
                        self._add(key[4:], entry["sig"], entry["n"], entry["day"])
        return self._bands

    def _add(self, article_id: str, signature: list[int], size: int, day: int,
             keys: list[bytes] | None = None) -> None:
        bands = self._bands if self._bands is not None else {}
        for key in keys or self._band_keys(signature):
            bands.setdefault(key, []).append((article_id, day))
        self._days.setdefault(day, []).append(article_id)
        self._held[article_id] = (np.asarray(signature, dtype=np.uint32), size)

    def _link_new(self, article: Article) -> str:
        signature = article.fingerprint
        size = shingle_count(article.text)
        if len(signature) != NUM_PERM or size < self.settings.min_shingles:
            return article.id
        day = _day_number(article.raw.published_at)
        self._index()
        self._expire(day)
        keys = self._band_keys(signature)
        root, root_day = article.id, None
        for candidate_id in self._similar(signature, size, self._candidates(keys, day, article.id)):
            entry = self.store.get(f"sig:{candidate_id}")
            if entry is None:
                continue
            candidate_root = entry["root"]
            root_entry = self.store.get(f"sig:{candidate_root}")
            candidate_day = root_entry["day"] if root_entry else entry["day"]
            if root_day is None or (candidate_day, candidate_root) < (root_day, root):
                root, root_day = candidate_root, candidate_day
        cursor = self.store.get("expiry")
        if cursor is None or day >= cursor:  # older than the window: linked, not remembered
            self._remember(article.id, signature, size, root, day, keys)
        return root

    def _similar(self, signature: list[int], size: int, candidates: list[str]) -> list[str]:
        """The candidates similar enough to be copies, in order.

        ``estimated_jaccard`` over all candidates at once: one array comparison instead of a
        Python loop over 128 values per candidate (up to 256 candidates per article).
        """
        held = [(c, self._held[c]) for c in candidates if c in self._held]
        if not held:
            return []
        matrix = np.stack([held_signature for _, (held_signature, _) in held])
        agreeing = np.count_nonzero(matrix == np.asarray(signature, dtype=np.uint32), axis=1)
        jaccard = agreeing / len(signature)
        sizes = np.fromiter((held_size for _, (_, held_size) in held), dtype=np.float64,
                            count=len(held))
        smaller = np.minimum(sizes, size)
        # estimated_containment, element-wise (the same float operations, in the same order)
        containment = np.where(smaller > 0, np.minimum(
            1.0, jaccard * (size + sizes) / (1 + jaccard) / np.maximum(smaller, 1)), 0.0)
        keep = (jaccard >= self.settings.min_jaccard) | (
            containment >= self.settings.min_containment)
        return [candidate_id for (candidate_id, _), kept in zip(held, keep.tolist()) if kept]

    def _band_keys(self, signature: list[int]) -> list[bytes]:
        """One key per LSH band: the band's number and its ``rows`` values as bytes.

        In memory only (never stored), so the key needs no hashing of its own.
        """
        rows = self.settings.rows
        width = 4 * rows
        blob = np.asarray(signature[:self.settings.bands * rows], dtype=np.uint32).tobytes()
        return [bytes((band,)) + blob[band * width:(band + 1) * width]
                for band in range(self.settings.bands)]

    def _candidates(self, keys: list[bytes], day: int, own_id: str) -> list[str]:
        """Ids sharing a band with the article, within the window, first seen first."""
        oldest = day - self.window_days
        bands = self._index()
        found: dict[str, None] = {}
        for key in keys:
            for candidate_id, candidate_day in bands.get(key, ())[:self.settings.max_bucket]:
                if candidate_id != own_id and candidate_day >= oldest:
                    found[candidate_id] = None
            if len(found) >= self.settings.max_candidates:
                break
        return list(found)[:self.settings.max_candidates]

    def _remember(self, article_id: str, signature: list[int], size: int, root: str,
                  day: int, keys: list[bytes]) -> None:
        self.store[f"sig:{article_id}"] = {"sig": signature, "n": size, "root": root, "day": day}
        self._add(article_id, signature, size, day, keys)
        if self.store.get("expiry") is None:
            self.store["expiry"] = day

    def _expire(self, today: int) -> None:
        """Drop every entry of the days that have left the window (event time)."""
        cursor = self.store.get("expiry")
        if cursor is None:
            return
        last_kept = today - int(self.window_days) - 1
        if cursor >= last_kept:
            return
        bands = self._index()
        while cursor < last_kept:
            for article_id in self._days.pop(cursor, []):
                entry = self.store.get(f"sig:{article_id}")
                if entry is None:
                    continue
                for key in self._band_keys(entry["sig"]):
                    left = [e for e in bands.get(key, ()) if e[0] != article_id]
                    if left:
                        bands[key] = left
                    else:
                        bands.pop(key, None)
                del self.store[f"sig:{article_id}"]
                self._held.pop(article_id, None)
            cursor += 1
        self.store["expiry"] = cursor


def _day_number(published_at: str) -> int:
    """Days since the epoch of an ISO 8601 time (UTC when it has no zone)."""
    try:
        moment = datetime.fromisoformat(published_at.replace("Z", "+00:00"))
    except ValueError:
        return 0
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return int(moment.timestamp() // 86400)
