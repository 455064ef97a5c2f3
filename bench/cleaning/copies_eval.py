"""A copy-linking test set, generated at eval time from shared news data, and its scores.

Stories are MasakhaNEWS test articles (eval only: English, French, Hausa, Swahili; read from
``../shared/data/topics/eval_only``, nothing written). For each language and topic, some
stories are *originals*: each gets one or two near-copies with the edits a wire story goes
through when other outlets republish it (all of them drawn at random, several per copy):

* a dateline or byline put in front, an editor's note or "Additional reporting by" line after;
* the last paragraph(s) trimmed (up to half the story), or one middle paragraph dropped;
* a local paragraph inserted (a sentence from another story);
* word edits (said -> says, a word dropped or doubled) on a few percent of the words;
* chrome left in by the republisher (share prompts, "Read more: <other headline>");
* straight quotes for curly ones, paragraphs rewrapped; or an exact repost.

The other stories of the same topic are distinct stories (they must stay unlinked), and a
third of them are *follow-ups*: a distinct story that reuses one background paragraph of an
original. Articles arrive in time order, originals before their copies.

A link is correct when ``duplicate_of`` is the original of the copy's story. Precision is
correct links over all links made; recall is correct links over near-copies.
"""

from __future__ import annotations

import json
import random
import re
import time
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from bench.cleaning import shared_data_dir

_SENTENCE = re.compile(r"(?<=[.!?])\s+")


@dataclass(frozen=True, slots=True)
class Item:
    id: str
    text: str
    published_at: str
    original: str | None  # id of the story's original, for near-copies


def load_stories() -> dict[tuple[str, str], list[str]]:
    """{(language, topic): [text, ...]} of MasakhaNEWS stories long enough to be articles."""
    path = shared_data_dir() / "topics" / "eval_only" / "masakhanews_test.jsonl"
    if not path.exists():
        raise FileNotFoundError(f"{path} not found")
    stories: dict[tuple[str, str], list[str]] = defaultdict(list)
    with path.open(encoding="utf-8") as rows:
        for line in rows:
            row = json.loads(line)
            text = row["text"].strip()
            if len(text) >= 800 and len(paragraphs(text)) >= 3:
                stories[(row["lang"], row["label"])].append(text)
    return stories


def paragraphs(text: str) -> list[str]:
    parts = [p.strip() for p in re.split(r"\n\s*\n|\n", text) if p.strip()]
    if len(parts) >= 3:
        return parts
    sentences = _SENTENCE.split(text)  # one-block stories: three sentences a paragraph
    return [" ".join(sentences[i:i + 3]) for i in range(0, len(sentences), 3)]


DATELINES = ["LONDON (Reuters) - ", "NAIROBI, Kenya (AP) — ", "By Staff Reporter\n\n", "PARIS (AFP) - ",
             "ABUJA — ", "By Our Correspondent\n\n"]
TRAILERS = ["Additional reporting by Jane Doe; Editing by John Smith", "(Editor's note: this story has been updated.)",
            "This article was originally published by a news agency.", "Copyright 2024 The Associated Press."]
CHROME = ["Share this article", "Advertisement", "Read more: {headline}", "Follow us on Twitter",
          "Related: {headline}", "Click here to subscribe to our newsletter."]
WORD_EDITS = {"said": "says", "says": "said", "told": "said to", "also": "", "very": "", "the": "the",
              "but": "however", "after": "following", "because": "as", "about": "around", "dit": "a déclaré"}


def near_copy(text: str, rng: random.Random, other_text: str) -> str:
    """A republished copy of ``text``: two to four realistic edits, or an exact repost."""
    if rng.random() < 0.1:
        return text
    paras = paragraphs(text)
    edits = rng.sample(["dateline", "trim", "drop", "insert", "words", "chrome", "quotes", "trailer"],
                       k=rng.randint(2, 4))
    if "trim" in edits and len(paras) > 4:
        paras = paras[:len(paras) - rng.randint(1, max(1, len(paras) // 2))]
    if "drop" in edits and len(paras) > 4:
        del paras[rng.randrange(1, len(paras) - 1)]
    if "insert" in edits:
        paras.insert(rng.randrange(1, len(paras) + 1), _SENTENCE.split(other_text)[0])
    if "words" in edits:
        paras = [_edit_words(p, rng, rate=rng.uniform(0.02, 0.08)) for p in paras]
    if "chrome" in edits:
        headline = " ".join(other_text.split()[:8])
        for _ in range(rng.randint(1, 3)):
            paras.insert(rng.randrange(1, len(paras) + 1), rng.choice(CHROME).format(headline=headline))
    if "trailer" in edits:
        paras.append(rng.choice(TRAILERS))
    body = "\n\n".join(paras)
    if "dateline" in edits:
        body = rng.choice(DATELINES) + body
    if "quotes" in edits:
        body = body.replace("“", '"').replace("”", '"').replace("’", "'")
    return body


def _edit_words(paragraph: str, rng: random.Random, rate: float) -> str:
    words = paragraph.split()
    out = []
    for word in words:
        if rng.random() >= rate:
            out.append(word)
            continue
        choice = rng.random()
        if word.lower() in WORD_EDITS:
            replacement = WORD_EDITS[word.lower()]
            if replacement:
                out.append(replacement)
        elif choice < 0.4:
            continue  # dropped
        elif choice < 0.7:
            out.extend([word, word])  # doubled
        else:
            out.append(word.upper() if word.islower() else word.lower())
    return " ".join(out)


def build_set(seed: int, originals_per_group: int = 6, distinct_per_group: int = 9) -> list[Item]:
    """Near-copies and distinct same-topic stories, in arrival (time) order."""
    rng = random.Random(seed)
    stories = load_stories()
    start = datetime(2024, 3, 1, tzinfo=timezone.utc)
    dated: list[tuple[datetime, Item]] = []
    for (language, topic), texts in sorted(stories.items()):
        texts = texts[:]
        rng.shuffle(texts)
        originals = texts[:originals_per_group]
        distinct = texts[originals_per_group:originals_per_group + distinct_per_group]
        if len(originals) < originals_per_group or len(distinct) < 3:
            continue
        group = f"{language}-{topic}"
        for n, text in enumerate(originals):
            when = start + timedelta(hours=rng.uniform(0, 24 * 6))
            original_id = f"{group}-o{n}"
            dated.append((when, Item(original_id, text, _iso(when), None)))
            for c in range(rng.choice([1, 1, 2])):
                copy_when = when + timedelta(hours=rng.uniform(0.1, 30))
                copy = near_copy(text, rng, rng.choice(distinct))
                dated.append((copy_when, Item(f"{group}-o{n}-c{c}", copy, _iso(copy_when), original_id)))
        for n, text in enumerate(distinct):
            when = start + timedelta(hours=rng.uniform(0, 24 * 7))
            if n % 3 == 0:  # a follow-up that reuses a background paragraph of an original
                background = rng.choice(paragraphs(rng.choice(originals)))
                text = text + "\n\n" + background
            dated.append((when, Item(f"{group}-d{n}", text, _iso(when), None)))
    dated.sort(key=lambda pair: (pair[0], pair[1].id))
    return [item for _, item in dated]


def _iso(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass(frozen=True, slots=True)
class CopyScores:
    articles: int
    near_copies: int
    links: int
    correct: int
    ms_fingerprint: float
    ms_link: float

    @property
    def precision(self) -> float:
        return self.correct / self.links if self.links else 0.0

    @property
    def recall(self) -> float:
        return self.correct / self.near_copies if self.near_copies else 0.0


def evaluate(items: list[Item], settings=None) -> CopyScores:  # type: ignore[no-untyped-def]
    from wirewatch.clean.copies import CopyIndex, fingerprint_text
    from wirewatch.model import Article, RawArticle

    index = CopyIndex({}, settings=settings)
    links = correct = 0
    fingerprint_s = link_s = 0.0
    for item in items:
        raw = RawArticle(id=item.id, url=f"https://example.org/{item.id}", outlet="eval",
                         published_at=item.published_at, content_type="text/plain", body=item.text)
        article = Article(raw=raw, text=item.text)
        started = time.process_time()
        fingerprint_text(article)
        fingerprint_s += time.process_time() - started
        started = time.process_time()
        index.link(article)
        link_s += time.process_time() - started
        if article.duplicate_of is not None:
            links += 1
            correct += article.duplicate_of == item.original
    near = sum(item.original is not None for item in items)
    return CopyScores(len(items), near, links, correct, 1000 * fingerprint_s / len(items), 1000 * link_s / len(items))
