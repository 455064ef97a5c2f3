"""Site chrome removal from page text (stage ``strip_boilerplate``).

Producers often send a page already flattened to text: nav bars glued to titles ("World
NewsWorld press"), share prompts, related-story lists, cookie notices and footers, in the page's
language or another. No extractor handles that without markup, so this works on lines:

1. every line gets a score from features that need no markup: its length (words, or characters
   for scripts written without spaces), sentence punctuation, stop-word density in the page's
   language, nav-like shape (words glued together, separators, Title Case lists) and a
   multilingual lexicon of chrome phrases (``chrome_lexicon``). Body lines score their length,
   chrome lines a penalty; lines that open post-article sections ("Related articles",
   "اترك تعليقاً") a large one;
2. the body is the run of lines with the largest total score (a maximum-sum subarray, the
   Body Text Extraction idea): short chrome inside it is bridged, the sections around it are not;
3. inside the body, in-body chrome (advertisement labels, "read also" teasers, bylines and
   timestamps, share buttons) is dropped; the headline just above the body becomes the title;
4. short or non-body lines that an outlet repeats across its articles are learned online (a
   bounded table, in memory) and treated as chrome in that outlet's later articles (body-like
   lines never are: a live story's lede repeats across its updates).

Text extracted from HTML by trafilatura is already clean: this stage leaves it alone.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from dataclasses import dataclass
from typing import Literal

from wirewatch.clean.chrome_lexicon import (END, END_PATTERNS, NOISE, PATTERN_KEYWORDS, PATTERNS,
                                            normalise_phrase)
from wirewatch.model import Article

LineKind = Literal["end", "noise"]

_SENTENCE_END = re.compile(r"[.!?。！？؟…:;]['\"”’»)\]]*\s*$")
_WIDE_SCRIPT = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af\u0e00-\u0e7f]")
_GLUED = re.compile(r"[a-zà-ÿ][A-Z]")
_SEPARATORS = re.compile(r"\s[|»›•·/]\s|^[|»›•·>]|\s[|»›•·]$")
_WORD = re.compile(r"\w+")
_DATE_WORD = re.compile(
    r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|mon|tue|wed|thu|fri|sat|sun|"
    r"[a-z]*day|am|pm|a|p|m|gmt|utc|ist|est|edt|bst|cet|updated|published|posted|on|at", re.I)
_WORD = re.compile(r"[^\W\d_]+")


def _is_date_only(text: str) -> bool:
    """A line of dates, times and their words only ("Updated 7 Oct 2024, 14:05 GMT").

    Word by word rather than one regex over the line: the single pattern this replaces
    backtracked exponentially on hostile lines such as "1.1.1.1...x".
    """
    if len(text) > 200:
        return False
    return all(_DATE_WORD.fullmatch(word) for word in _WORD.findall(text))
_BYLINE = re.compile(r"^(by|von|par|por|от|автор|بقلم|written by|words by)\s+(\S+\s*){1,5}$", re.I)

# ISO 639-1 -> jusText stoplist name (stop-word density is a line feature).
STOPLISTS = {
    "en": "English", "fr": "French", "es": "Spanish", "de": "German", "ru": "Russian",
    "ar": "Arabic", "it": "Italian", "pt": "Portuguese", "nl": "Dutch", "pl": "Polish",
    "tr": "Turkish", "uk": "Ukrainian", "sv": "Swedish", "da": "Danish", "fi": "Finnish",
    "cs": "Czech", "ro": "Romanian", "hu": "Hungarian", "el": "Greek", "bg": "Bulgarian",
    "fa": "Persian", "id": "Indonesian", "vi": "Vietnamese", "ca": "Catalan", "hr": "Croatian",
    "sr": "Serbian", "sk": "Slovak", "sl": "Slovenian", "he": "Hebrew", "hi": "Hindi",
    "ur": "Urdu", "sw": "Swahili", "no": "Norwegian_Bokmal", "ms": "Malay", "ko": "Korean",
    "bn": "Bengali",
}


class ChromeLexicon:
    """Whole-line and line-prefix lookup of the phrases in ``chrome_lexicon``."""

    PREFIX_SLACK_WORDS = 6
    END_PATTERN_MAX_CHARS = 120  # comment headers ("Ann on May 2, 2019 at 4 pm said:") are short
    PREFIX_SLACK_CHARS = 20

    def __init__(self) -> None:
        self.exact: dict[str, LineKind] = {}
        self.prefix: dict[str, LineKind] = {}
        for kind, table in (("noise", NOISE), ("end", END)):
            for phrases in table.values():
                for phrase in phrases:
                    whole_only = phrase.startswith("=")
                    key = normalise_phrase(phrase.lstrip("="))
                    if not key:
                        continue
                    self.exact.setdefault(key, kind)  # type: ignore[arg-type]
                    if not whole_only:
                        self.prefix.setdefault(key, kind)  # type: ignore[arg-type]
        self.max_prefix_words = max(len(p.split()) for p in self.prefix)
        self.patterns = re.compile("|".join(f"(?:{p})" for p in PATTERNS))
        self.pattern_keywords = re.compile(PATTERN_KEYWORDS)
        self.end_patterns = re.compile("|".join(f"(?:{p})" for p in END_PATTERNS), re.I)

    def kind(self, line: str) -> LineKind | None:
        """``end`` for a whole line that opens a post-article section, ``noise`` for other
        chrome (including a short line that starts with a section phrase: "Related: <link>"),
        None for anything else."""
        norm = normalise_phrase(line)
        if not norm:
            return "noise" if line.strip() else None
        found = self.exact.get(norm)
        if found:
            return found
        if len(line) <= self.END_PATTERN_MAX_CHARS and self.end_patterns.search(line):
            return "end"
        words = norm.split()
        if len(words) <= self.max_prefix_words + self.PREFIX_SLACK_WORDS:
            for n in range(min(len(words) - 1, self.max_prefix_words), 0, -1):
                if " ".join(words[:n]) in self.prefix and len(words) <= n + self.PREFIX_SLACK_WORDS:
                    return "noise"
        if _WIDE_SCRIPT.search(norm[:1]) and len(norm) <= 8 + self.PREFIX_SLACK_CHARS:
            for n in range(min(len(norm) - 1, 8), 1, -1):
                if norm[:n] in self.prefix:
                    return "noise"
        if self.pattern_keywords.search(norm) and self.patterns.search(norm):
            return "noise"
        return None


@dataclass(frozen=True, slots=True)
class LineFeatures:
    text: str
    words: float  # words, or characters / 2 in scripts written without spaces
    sentence_end: bool
    stopword_ratio: float | None  # None when the language has no stoplist
    title_case: float  # share of words that start with a capital (0 in caseless scripts)
    navlike: bool
    kind: LineKind | None


@dataclass(frozen=True, slots=True)
class StrippedText:
    title: str
    text: str


@dataclass(frozen=True, slots=True)
class ChromeSettings:
    first_segment_share: float = 0.15  # an earlier segment wins with this share of the best
    short_penalty: float = 3.0  # a line that is not body text: this, plus half its words
    min_body_words: float = 8.0  # a line shorter than this needs sentence punctuation
    min_stopword_ratio: float = 0.12  # below this a long line reads as a list of names
    body_stopword_ratio: float = 0.28  # at or above this a long unpunctuated line is body
    link_title_case: float = 0.6  # Title Case share above which an unpunctuated line is a link
    outlet_repeat_threshold: int = 3  # a line seen in this many articles of an outlet is chrome
    outlet_table_size: int = 50_000  # (outlet, line) entries kept, least recently seen evicted
    outlet_max_learned_words: int = 8  # longer body-like lines are never learned as chrome


class BoilerplateStripper:
    """The ``strip_boilerplate`` stage: page text in, article body (and headline) out."""

    def __init__(self, settings: ChromeSettings | None = None, *, learn_outlets: bool = True) -> None:
        from wirewatch.clean.language import LanguageIdentifier

        self.settings = settings or ChromeSettings()
        self.lexicon = ChromeLexicon()
        self.languages = LanguageIdentifier()
        self.stoplists: dict[str, frozenset[str]] = {}
        self.learn_outlets = learn_outlets
        self.outlet_lines: OrderedDict[int, int] = OrderedDict()  # hash((outlet, line)) -> articles
        self.counted_articles: OrderedDict[str, None] = OrderedDict()  # redelivery counts once

    def __call__(self, article: Article) -> Article:
        if article.raw.content_type == "text/html":
            return article
        stripped = self.strip(article.text, outlet=article.raw.outlet, title=article.title,
                              article_id=article.id)
        article.text = stripped.text
        if not article.title and stripped.title:
            article.title = stripped.title
        return article

    def strip(self, text: str, *, outlet: str | None = None, title: str = "",
              article_id: str | None = None) -> StrippedText:
        """Body and headline of one page's text. ``outlet`` turns on the outlet's memory of
        repeated lines; ``article_id`` makes a redelivered article count once in it."""
        lines = [" ".join(line.split()) for line in text.splitlines()]
        lines = [line for line in lines if line]
        if not lines:
            return StrippedText(title="", text="")
        language = self.languages.guess(_longest_lines(lines, chars=600)).code  # for the stoplist
        distinct = {line: self.features(line, language) for line in dict.fromkeys(lines)}
        features = [distinct[line] for line in lines]
        features = self._apply_outlet_memory(features, outlet, article_id)
        scores = [self.score(f) for f in features]
        start, end = self._body_run(scores)
        if start > end:  # nothing reads as body: keep every line that is not chrome
            start, end = 0, len(lines) - 1
        if start < end and _headline_like(features[start]):
            start += 1  # the body run opened on its headline
        headline = self._headline(features, start, title)
        body = [f.text for f in features[start:end + 1] if self._keep_in_body(f, title or headline)]
        return StrippedText(title=headline, text="\n\n".join(body))

    # --- features and scores -------------------------------------------------------------

    def features(self, line: str, language: str) -> LineFeatures:
        tokens = _WORD.findall(line.lower())
        words: float = len(line.split())
        wide = len(_WIDE_SCRIPT.findall(line))
        if wide > len(line) * 0.3:
            words = max(words, wide / 2)
        stoplist = self._stoplist(language)
        ratio = (sum(t in stoplist for t in tokens) / len(tokens)) if stoplist and tokens else None
        sentence_end = bool(_SENTENCE_END.search(line))
        title_case = _title_case(line) if not sentence_end and words >= 4 else 0.0  # used only then
        return LineFeatures(text=line, words=words, sentence_end=sentence_end,
                            stopword_ratio=ratio, title_case=title_case,
                            navlike=_navlike(line, words, sentence_end), kind=self.lexicon.kind(line))

    def _body_run(self, scores: list[float | None]) -> tuple[int, int]:
        """The best run inside the first segment (between section openers) that holds a
        strong one: comments and related stories come after the article and can be longer."""
        runs: list[tuple[float, int, int]] = []
        segment_start = 0
        for i in range(len(scores) + 1):
            if i == len(scores) or scores[i] is None:
                if i > segment_start:
                    part = [x or 0.0 for x in scores[segment_start:i]]
                    start, end = _max_sum_run(part)
                    if start <= end:
                        runs.append((sum(part[start:end + 1]), segment_start + start, segment_start + end))
                segment_start = i + 1
        if not runs:
            return 0, -1
        best = max(r[0] for r in runs)
        for total, start, end in runs:
            if total >= self.settings.first_segment_share * best:
                return start, end
        return 0, -1

    def score(self, f: LineFeatures) -> float | None:
        """A line's body score; None for a line that opens a post-article section."""
        s = self.settings
        if f.kind == "end":
            return None
        if f.kind == "noise":
            return 0.0
        if f.navlike:
            return -(s.short_penalty + min(f.words, 20.0) / 2)
        ratio = f.stopword_ratio
        wordy = ratio is None or ratio >= s.min_stopword_ratio
        if f.words >= s.min_body_words and (f.sentence_end or (ratio or 0) >= s.body_stopword_ratio):
            return min(f.words, 80.0) * (1.0 if wordy else 0.5)
        if f.sentence_end and f.words >= 4 and wordy:
            return f.words / 2
        if f.title_case >= s.link_title_case and f.words >= 4 and not f.sentence_end:
            return -(s.short_penalty + min(f.words, 20.0) / 2)  # a list of story links
        return -s.short_penalty

    def _keep_in_body(self, f: LineFeatures, title: str) -> bool:
        if f.kind is not None or f.navlike:
            return False
        if title and f.text == title:
            return False
        return not (_is_date_only(f.text) or _BYLINE.match(f.text))

    def _headline(self, features: list[LineFeatures], start: int, title: str) -> str:
        """The line just above the body that reads like a headline, if any."""
        for f in reversed(features[max(0, start - 4):start]):
            if f.kind == "end":
                break
            if f.kind == "noise" or _is_date_only(f.text) or _BYLINE.match(f.text):
                continue
            if title and f.text == title:
                return title
            if _headline_like(f):
                return f.text
        return ""

    def _learnable(self, f: LineFeatures) -> bool:
        """A repeated line may be chrome only if it does not read as body text: the lede of a
        live story repeats across its updates and must stay."""
        score = self.score(f)
        return f.words < self.settings.outlet_max_learned_words or score is None or score <= 0

    def _stoplist(self, language: str) -> frozenset[str]:
        if language not in self.stoplists:
            name = STOPLISTS.get(language)
            if name is None:
                self.stoplists[language] = frozenset()
            else:
                import justext

                self.stoplists[language] = frozenset(justext.get_stoplist(name))
        return self.stoplists[language]

    # --- lines an outlet repeats ---------------------------------------------------------

    def _apply_outlet_memory(self, features: list[LineFeatures], outlet: str | None,
                             article_id: str | None) -> list[LineFeatures]:
        """Count each line once per article of ``outlet``; repeated ones become noise."""
        if not self.learn_outlets or not outlet:
            return features
        result = []
        if article_id is not None:
            if article_id in self.counted_articles:
                features_to_count: list[LineFeatures] = []
            else:
                self.counted_articles[article_id] = None
                if len(self.counted_articles) > self.settings.outlet_table_size:
                    self.counted_articles.popitem(last=False)
                features_to_count = features
        else:
            features_to_count = features
        keys = {f.text: hash((outlet, f.text)) for f in features}  # in-process memory only
        for f in dict.fromkeys(features_to_count):
            key = keys[f.text]
            seen = self.outlet_lines.pop(key, 0)
            self.outlet_lines[key] = seen + 1
            if len(self.outlet_lines) > self.settings.outlet_table_size:
                self.outlet_lines.popitem(last=False)
        for f in features:
            seen = self.outlet_lines.get(keys[f.text], 0)
            if f.kind is None and seen > self.settings.outlet_repeat_threshold and self._learnable(f):
                f = LineFeatures(f.text, f.words, f.sentence_end, f.stopword_ratio, f.title_case,
                                 f.navlike, "noise")
            result.append(f)
        return result


def _navlike(line: str, words: float, sentence_end: bool) -> bool:
    """Nav bars and breadcrumbs: short unpunctuated lines with glued words or separators."""
    if sentence_end or words > 15:
        return False
    return bool((words <= 8 and _GLUED.search(line)) or _SEPARATORS.search(line))


def _headline_like(f: LineFeatures) -> bool:
    """Short, unpunctuated (a question or exclamation is fine), not chrome."""
    if f.navlike or f.kind is not None or not 3 <= f.words <= 30:
        return False
    return not f.sentence_end or (f.words <= 20 and f.text.rstrip("'\"”’»)")[-1:] in "?!")


_CAPITAL_START = re.compile(r"(?<!\S)[A-ZÀ-ÖØ-ÞĀ-ſА-ЯЁΑ-Ω]")
_LOWER_START = re.compile(r"(?<!\S)[a-zß-öø-ÿа-яёα-ω]")


def _title_case(line: str) -> float:
    """Share of cased words (Latin, Cyrillic, Greek) that start with a capital letter."""
    capitals = len(_CAPITAL_START.findall(line))
    cased = capitals + len(_LOWER_START.findall(line))
    return capitals / cased if cased else 0.0


def _longest_lines(lines: list[str], chars: int = 2000) -> str:
    """The page's longest lines, which are its body more often than its chrome."""
    picked, total = [], 0
    for line in sorted(lines, key=len, reverse=True):
        picked.append(line)
        total += len(line)
        if total >= chars:
            break
    return " ".join(picked)


def _max_sum_run(scores: list[float]) -> tuple[int, int]:
    """(start, end) of the contiguous run with the largest sum; start > end when all <= 0."""
    best, best_start, best_end = 0.0, 0, -1
    running, run_start = 0.0, 0
    for i, value in enumerate(scores):
        if running <= 0:
            running, run_start = value, i
        else:
            running += value
        if running > best:
            best, best_start, best_end = running, run_start, i
    return best_start, best_end
