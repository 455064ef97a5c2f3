"""Language identification accuracy on SIB-200 parallel sentences (38 languages).

Three views of the same data: single sentences, "articles" (8 consecutive sentences of one
language joined into paragraphs) and "titles" (a sentence's first 8 words). Accuracy counts
``und`` as a miss; the und rate is printed beside it.
"""

from __future__ import annotations

import json
import time
from collections import defaultdict
from dataclasses import dataclass
from typing import Callable

from bench.cleaning import shared_data_dir

# SIB-200 (FLORES) language codes -> ISO 639-1.
SIB_TO_ISO = {
    "eng_Latn": "en", "fra_Latn": "fr", "spa_Latn": "es", "deu_Latn": "de", "arb_Arab": "ar",
    "ary_Arab": "ar", "arz_Arab": "ar", "por_Latn": "pt", "ita_Latn": "it", "nld_Latn": "nl",
    "cat_Latn": "ca", "rus_Cyrl": "ru", "ukr_Cyrl": "uk", "pol_Latn": "pl", "ces_Latn": "cs",
    "ron_Latn": "ro", "ell_Grek": "el", "bul_Cyrl": "bg", "hun_Latn": "hu", "swe_Latn": "sv",
    "dan_Latn": "da", "fin_Latn": "fi", "tur_Latn": "tr", "pes_Arab": "fa", "heb_Hebr": "he",
    "hin_Deva": "hi", "ben_Beng": "bn", "urd_Arab": "ur", "zho_Hans": "zh", "zho_Hant": "zh",
    "jpn_Jpan": "ja", "kor_Hang": "ko", "vie_Latn": "vi", "ind_Latn": "id", "tha_Thai": "th",
    "swh_Latn": "sw", "hau_Latn": "ha", "amh_Ethi": "am",
}


@dataclass(frozen=True, slots=True)
class LabelledText:
    text: str
    language: str  # ISO 639-1
    source: str  # the SIB-200 code


def load_sets(per_language: int = 40) -> dict[str, list[LabelledText]]:
    """{view: texts}; ``per_language`` sentences (and as many articles) per SIB-200 language."""
    path = shared_data_dir() / "topics" / "sib200.jsonl"
    if not path.exists():
        raise FileNotFoundError(f"{path} not found")
    by_lang: dict[str, list[str]] = defaultdict(list)
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            row = json.loads(line)
            if row.get("source") == "sib200" and row["lang"] in SIB_TO_ISO:
                by_lang[row["lang"]].append(row["text"])
    sets: dict[str, list[LabelledText]] = {"sentences": [], "articles": [], "titles": []}
    for lang, texts in sorted(by_lang.items()):
        iso = SIB_TO_ISO[lang]
        for text in texts[:per_language]:
            sets["sentences"].append(LabelledText(text, iso, lang))
            sets["titles"].append(LabelledText(" ".join(text.split()[:8]), iso, lang))
        for i in range(per_language):
            chunk = texts[(i * 8) % len(texts):(i * 8) % len(texts) + 8]
            body = "\n\n".join(" ".join(chunk[j:j + 2]) for j in range(0, len(chunk), 2))
            sets["articles"].append(LabelledText(body, iso, lang))
    return sets


def evaluate(name: str, guess: Callable[[str], str], texts: list[LabelledText]) -> dict[str, object]:
    started = time.perf_counter()
    answers = [guess(t.text) for t in texts]
    elapsed = time.perf_counter() - started
    correct = sum(a == t.language for a, t in zip(answers, texts))
    und = sum(a == "und" for a in answers)
    errors: dict[str, int] = defaultdict(int)
    for a, t in zip(answers, texts):
        if a != t.language:
            errors[f"{t.source}->{a}"] += 1
    worst = sorted(errors.items(), key=lambda kv: -kv[1])[:6]
    return {"system": name, "n": len(texts), "accuracy": correct / len(texts),
            "und_rate": und / len(texts), "ms_per_text": 1000 * elapsed / len(texts),
            "errors": worst}


def systems() -> dict[str, Callable[[str], str]]:
    """wirewatch's identifier and the alternatives it was compared with."""
    from wirewatch.clean.language import LanguageIdentifier

    identifier = LanguageIdentifier()
    found: dict[str, Callable[[str], str]] = {"wirewatch (fastText+py3langid)": lambda t: identifier.guess(t).code}
    try:
        import py3langid

        found["py3langid"] = lambda t: py3langid.classify(t)[0]
    except ImportError:
        pass
    return found
