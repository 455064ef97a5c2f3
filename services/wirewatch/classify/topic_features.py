"""The features of the topic model, shared by training (bench/train_topics.py) and run time.

Language-neutral by construction: every language's words go into one vocabulary, so one linear
model covers them all. A text becomes folded word tokens (no case, no diacritics, one form per
Arabic letter: ``textfold``), plus for each longer word its first five letters (a crude stem
that joins "earthquakes" and "earthquake", "israelischen" and "israelische"), plus for Arabic
the word without its glued article or conjunction ("والحرب" -> "حرب"), plus character pairs
for Chinese and Japanese runs (no spaces there).
"""

from __future__ import annotations

import re
from typing import Iterator

from wirewatch.classify.textfold import TextFolder, strip_marks

WORD = re.compile(r"[^\W\d_]{2,}", re.UNICODE)
CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")
NON_LATIN = re.compile(r"[\u0600-\u06ff\u3040-\u30ff\u3400-\u9fff]")
ARABIC_PREFIXES = ("وال", "بال", "فال", "كال", "لل", "ال", "و", "ب", "ل", "ف")
STEM = 5
MAX_CHARS = 4000  # the lead of an article says what it is about; the rest costs time


def _arabic_bare(token: str) -> str | None:
    for prefix in ARABIC_PREFIXES:
        if token.startswith(prefix) and len(token) - len(prefix) >= 3:
            return token[len(prefix):]
    return None


def _cjk_pairs(token: str) -> Iterator[str]:
    for i in range(len(token) - 1):
        yield token[i:i + 2]


class TopicFeatures:
    """Text -> feature strings. Stateless apart from the folding table built once."""

    def __init__(self, folder: TextFolder | None = None) -> None:
        self.folder = folder or TextFolder()

    def tokens(self, text: str) -> list[str]:
        """The feature strings of ``text`` (with repeats: counts matter)."""
        folded = self.folder.fold(strip_marks(text[:MAX_CHARS]))
        if not NON_LATIN.search(folded):  # fast path: no Arabic or CJK, no per-word branching
            words = WORD.findall(folded)
            return words + [w[:STEM] + "~" for w in words if len(w) > STEM + 1]
        features: list[str] = []
        add = features.append
        for token in WORD.findall(folded):
            first = token[0]
            if "\u0600" <= first <= "\u06ff":
                add(token)
                bare = _arabic_bare(token)
                if bare:
                    add(bare)
            elif CJK.match(first):
                features.extend(_cjk_pairs(token))
            else:
                add(token)
                if len(token) > STEM + 1:
                    add(token[:STEM] + "~")
        return features
