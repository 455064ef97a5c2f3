"""Training and evaluation data of the topic model (shared by train_topics.py and eval_topics.py).

Sources, and what each may be used for (see ../shared/data/topics/README.md):
- SIB-200 (CC BY-SA 4.0): sentences in 38 languages, 6 usable labels (geography is dropped: it
  maps poorly to IPTC). Split by sentence id (the source's own split is by id, the same in
  every language, so translations never straddle train and test).
- Japanese Wikinews (CC BY-SA 4.0): politics / economy articles.
- IPTC Media Topics vocabulary (CC BY 4.0): every concept's labels in en/fr/es/de/ar and its
  English definition become short documents of its top-level topic.
- Project-written, under training/topics/: lexicons (sampled into synthetic documents) and
  news paragraphs.
- MasakhaNEWS test: EVALUATION ONLY, never read by training.
"""

from __future__ import annotations

import csv
import json
import os
import random
import zlib
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
TRAINING = REPO / "training" / "topics"
TOP_LEVEL = {
    "medtop:01000000": "arts, culture, entertainment and media",
    "medtop:16000000": "conflict, war and peace",
    "medtop:02000000": "crime, law and justice",
    "medtop:03000000": "disaster, accident and emergency incident",
    "medtop:04000000": "economy, business and finance",
    "medtop:05000000": "education",
    "medtop:06000000": "environment",
    "medtop:07000000": "health",
    "medtop:08000000": "human interest",
    "medtop:09000000": "labour",
    "medtop:10000000": "lifestyle and leisure",
    "medtop:11000000": "politics and government",
    "medtop:12000000": "religion",
    "medtop:13000000": "science and technology",
    "medtop:14000000": "society",
    "medtop:15000000": "sport",
    "medtop:17000000": "weather",
}
CODES = list(TOP_LEVEL)
SIB_LANGS = {"eng_Latn": "en", "fra_Latn": "fr", "spa_Latn": "es", "deu_Latn": "de",
             "arb_Arab": "ar", "ary_Arab": "ar", "arz_Arab": "ar"}
SYNTHETIC_PER_TOPIC_AND_LANGUAGE = 80

# Neutral news words mixed into synthetic documents so that they carry no topic.
FILLERS = {
    "en": "said|on|Tuesday|Monday|according|to|officials|the|a|of|in|and|after|week|people|report|"
          "told|reporters|year|last|new|two|first|statement|city|country|local|more|than|its|was|"
          "were|has|have|will|would|could|about|over|since|while",
    "fr": "a|déclaré|mardi|lundi|selon|les|responsables|le|la|de|des|dans|et|après|semaine|"
          "personnes|rapport|journalistes|année|dernier|nouveau|deux|premier|communiqué|ville|pays|"
          "local|plus|que|est|sont|ont|sera|pourrait|sur|depuis|alors|qui",
    "es": "dijo|el|martes|lunes|según|los|responsables|la|de|del|en|y|tras|semana|personas|"
          "informe|periodistas|año|pasado|nuevo|dos|primer|comunicado|ciudad|país|local|más|que|"
          "es|son|han|será|podría|sobre|desde|mientras|quien",
    "de": "sagte|am|Dienstag|Montag|laut|die|Behörden|der|das|von|in|und|nach|Woche|Menschen|"
          "Bericht|Reportern|Jahr|vergangenen|neue|zwei|ersten|Erklärung|Stadt|Land|örtlichen|"
          "mehr|als|ist|sind|haben|wird|könnte|über|seit|während|wer",
    "ar": "قال|يوم|الثلاثاء|الاثنين|وفقا|المسؤولين|في|من|على|إلى|بعد|الأسبوع|الناس|تقرير|"
          "للصحفيين|العام|الماضي|جديد|اثنين|أول|بيان|المدينة|البلاد|المحلية|أكثر|التي|الذي|كان|"
          "كانت|قد|سوف|حول|منذ|بينما|وقال|أن|هذا|هذه",
}


@dataclass(frozen=True, slots=True)
class Example:
    text: str
    codes: tuple[str, ...]
    lang: str
    source: str
    held_out: bool


def shared_data() -> Path:
    return Path(os.environ.get("WIREWATCH_SHARED_DATA", REPO / ".." / "shared" / "data")).resolve()


def _jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def _held_out_by_key(key: str, share: float = 0.2) -> bool:
    return (zlib.crc32(key.encode()) % 1000) < share * 1000


def sib200() -> list[Example]:
    out = []
    for row in _jsonl(shared_data() / "topics" / "sib200.jsonl"):
        if row["label"] == "geography":
            continue
        lang = SIB_LANGS.get(row["lang"], row["lang"])
        out.append(Example(row["text"], tuple(row["iptc"]), lang, "sib200",
                           row["split"] == "test"))
    return out


def wikinews_ja() -> list[Example]:
    return [Example(f"{row['title'] or ''}\n{row['text']}", tuple(row["iptc"]), "ja",
                    "wikinews_ja", row["split"] == "test")
            for row in _jsonl(shared_data() / "topics" / "wikinews_ja.jsonl")]


def vocabulary_documents() -> list[Example]:
    """Every IPTC concept's labels (5 languages) and definition, as its top-level topic."""
    out = []
    path = shared_data() / "topics" / "iptc_media_topics.tsv"
    with path.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            code = row["top_level"]
            if code not in TOP_LEVEL:
                continue
            for lang in ("en", "fr", "es", "de", "ar"):
                label = row[f"prefLabel_{lang}"]
                if label:
                    out.append(Example(label, (code,), lang, "iptc_labels", False))
            if row["definition_en"]:
                out.append(Example(f"{row['prefLabel_en']}. {row['definition_en']}", (code,), "en",
                                   "iptc_definitions", False))
    return out


def lexicon() -> dict[tuple[str, str], list[str]]:
    """(qcode, lang) -> the project-written terms."""
    terms: dict[tuple[str, str], list[str]] = {}
    for line in (TRAINING / "lexicon.txt").read_text(encoding="utf-8").splitlines():
        if not line.startswith("medtop:"):
            continue
        head, _, body = line.partition(": ")
        code, lang = head.split()
        terms[(code, lang)] = [t.strip() for t in body.split("|") if t.strip()]
    return terms


def lexicon_documents(seed: int = 13) -> list[Example]:
    """Synthetic bag-of-words documents: 3-8 topic terms among 4-12 neutral words."""
    rng = random.Random(seed)
    out = []
    for (code, lang), terms in sorted(lexicon().items()):
        fillers = FILLERS[lang].split("|")
        for n in range(SYNTHETIC_PER_TOPIC_AND_LANGUAGE):
            words = rng.sample(terms, k=min(len(terms), rng.randint(3, 8)))
            words += rng.choices(fillers, k=rng.randint(4, 12))
            rng.shuffle(words)
            out.append(Example(" ".join(words), (code,), lang, "project_lexicon",
                               _held_out_by_key(f"{code}{lang}{n}")))
    return out


def project_paragraphs() -> list[Example]:
    path = TRAINING / "paragraphs.jsonl"
    if not path.exists():
        return []
    return [Example(row["text"], tuple(row["iptc"]), row["lang"], "project_paragraphs",
                    _held_out_by_key(row["text"]))
            for row in _jsonl(path)]


def training_examples() -> list[Example]:
    return sib200() + wikinews_ja() + vocabulary_documents() + lexicon_documents() \
        + project_paragraphs()


def masakhanews() -> list[Example]:
    """EVALUATION ONLY."""
    return [Example(f"{row['title'] or ''}\n{row['text']}", tuple(row["iptc"]), row["lang"],
                    "masakhanews", True)
            for row in _jsonl(shared_data() / "topics" / "eval_only" / "masakhanews_test.jsonl")]


def labelled_set() -> list[dict]:
    """The project's own multilingual labelled articles (bench/data/classify/articles.jsonl)."""
    return _jsonl(REPO / "bench" / "data" / "classify" / "articles.jsonl")
