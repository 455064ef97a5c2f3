"""Main text out of HTML (stage ``extract_main_text``).

trafilatura is the base, tuned on the article-extraction benchmark (``bench/eval_cleaning.py``):

* ``include_comments=False``: comment threads are not the article (and trafilatura keeps an
  Arabic comment heading otherwise);
* ``fast=True`` (no readability/jusText fallback comparison) for speed, and then a fallback of
  our own that is cheaper because it is rare: when the text trafilatura kept is short against the
  page's own paragraph text (a cheap regex count) and the page has an ``<article>`` element, the
  element is flattened to lines and put through the page-text body finder (``chrome``); that
  text wins when trafilatura kept less than half of it and what trafilatura kept is inside it
  (some sites split one article over several containers and trafilatura keeps the first);
* a tidy pass over the result with the chrome lexicon of ``chrome_lexicon``: in-body chrome lines
  (share prompts, "read also" teasers, credits, subscription pitches) are dropped and the text is
  cut at a line that opens a post-article section in its last part; a result that is mostly
  short lines (a site menu) goes through the page-text body finder.

text/plain passes through unchanged (``strip_boilerplate`` handles page text).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

import trafilatura

from wirewatch.clean.chrome import ChromeLexicon
from wirewatch.model import Article

_OG_TITLE = re.compile(
    r"<meta\s[^>]*?(?:property|name)\s*=\s*[\"'](?:og:title|twitter:title)[\"'][^>]*?content\s*=\s*"
    r"(?:\"([^\"]*)\"|'([^']*)')|<meta\s[^>]*?content\s*=\s*(?:\"([^\"]*)\"|'([^']*)')[^>]*?"
    r"(?:property|name)\s*=\s*[\"'](?:og:title|twitter:title)[\"']", re.I)
_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.I | re.S)
_TITLE_SEPARATORS = re.compile(r"\s+[|\-–—:·»]\s+")
# <p> elements as ``<p[\s>].*?</p>`` (re.S | re.I) would match them, found as an opening then
# the first closing after it: the lazy pattern walked every character of the page (~0.9 ms a
# page); two searches per element find the same spans (~0.08 ms). Under re.I ``p`` matches
# only p and P, and ``<``, ``/``, ``>`` only themselves.
_PARAGRAPH_OPEN = re.compile(r"<[pP][\s>]")
_PARAGRAPH_CLOSE = re.compile(r"</[pP]>")
_TAGS = re.compile(r"<[^>]+>")
_ARTICLE_TAG = re.compile(r"<article[\s>]", re.I)
_CREDIT = re.compile(
    r"^\(?(reporting|writing|editing|additional reporting|compiled|produced|translated|fotos?|"
    r"photos?|images?|video|source|sources|credits?|quelle|fuente|источник|المصدر|来源|來源)"
    r"\b[^.]{0,120}?(by|:|：)", re.I)
_SHORT_LINE_WORDS = 6
_WRITE_TO = re.compile(r"^(write to|contact|email|e-mail)\b.{0,80}@\S+\.\w+", re.I)


@dataclass(frozen=True, slots=True)
class ExtractionSettings:
    recall_fallback_share: float = 0.5  # look for more text below this share of <p> text
    fallback_containment: float = 0.8  # share of trafilatura's 4-grams the fallback must hold
    min_paragraph_chars: int = 60  # <p> elements shorter than this are not counted
    end_cut_after_share: float = 0.5  # a section opener past this share of the text cuts it
    menu_short_line_share: float = 0.7  # a result with more short lines than this is a menu


@dataclass(frozen=True, slots=True)
class Extracted:
    text: str
    title: str


class HtmlExtractor:
    """trafilatura, its recall fallback, and the tidy pass."""

    def __init__(self, settings: ExtractionSettings | None = None) -> None:
        self.settings = settings or ExtractionSettings()
        self.lexicon = ChromeLexicon()

    def extract(self, html: str) -> Extracted:
        text = _trafilatura(html, fast=True) or ""
        if _ARTICLE_TAG.search(html) and len(text) < self.settings.recall_fallback_share * _paragraph_chars(
                html, self.settings.min_paragraph_chars):
            text = self._article_element_fallback(html, text)
        head = html[:200_000]  # the og:title and <title> scans, done once for both uses
        og_titles, title_tag = list(_OG_TITLE.finditer(head)), _TITLE.search(head)
        title = _page_title(og_titles[:1], title_tag)
        return Extracted(text=self.tidy(text, title, titles=_title_variants(og_titles, title_tag)),
                         title=title)

    def _article_element_fallback(self, html: str, text: str) -> str:
        """The page's largest ``<article>`` as page text, when it holds much more than ``text``."""
        lines = article_element_lines(html)
        if not lines:
            return text
        page_text = "\n".join(lines)
        share = self.settings.recall_fallback_share
        if share >= 0 and len(text) >= share * len(page_text):
            # The stripper keeps a subsequence of these (non-empty, space-normalised) lines, so
            # its text is never longer than theirs: the test below would keep ``text`` too.
            return text
        candidate = _page_text_stripper().strip(page_text).text.replace("\n\n", "\n")
        if len(text) >= share * len(candidate):
            return text
        kept, found = _word_4grams(text), _word_4grams(candidate)
        if kept and len(kept & found) >= self.settings.fallback_containment * len(kept):
            return candidate
        return text

    def tidy(self, text: str, title: str = "", *, titles: frozenset[str] = frozenset()) -> str:
        """Residual chrome out of trafilatura's text. ``titles``: normalised forms of the
        page's title; a line that repeats one is the headline, not the body."""
        lines = [line.strip() for line in text.splitlines()]
        lines = [line for line in lines if line]
        if not lines:
            return ""
        short = sum(len(line.split()) < _SHORT_LINE_WORDS for line in lines)
        if len(lines) >= 20 and short > self.settings.menu_short_line_share * len(lines):
            return self._body_of_menu(lines)
        titles = titles | ({_norm_title(title)} if title else set())
        if lines and _norm_title(lines[0]) in titles:
            lines = lines[1:]
        total = sum(len(line) for line in lines)
        kept: list[str] = []
        seen_chars = 0
        kind_of = self.lexicon.kind  # line by line: none for the lines after an end cut
        for line in lines:
            kind = kind_of(line)
            seen_chars += len(line)
            if kind == "end" and seen_chars > self.settings.end_cut_after_share * total:
                break
            if kind is not None or _norm_title(line) in titles or _dropped_line(line):
                continue
            kept.append(line)
        return "\n".join(kept)

    def _body_of_menu(self, lines: list[str]) -> str:
        stripper = _page_text_stripper()
        return stripper.strip("\n".join(lines)).text.replace("\n\n", "\n")


_BLOCK_TAGS = frozenset("""
address article aside blockquote body br caption dd details dialog div dl dt fieldset figcaption
figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody
td tfoot th thead tr ul option select button label legend menu
""".split())
_DROPPED_TAGS = frozenset("script style noscript template head svg iframe object canvas".split())
_WORDS = re.compile(r"\w+")


def parse_html(html: str):  # type: ignore[no-untyped-def]
    """An lxml document, or None when the page does not parse."""
    import lxml.html

    try:
        parser = lxml.html.HTMLParser(encoding="utf-8")
        return lxml.html.document_fromstring(html.encode("utf-8", "replace"), parser=parser)
    except Exception:  # noqa: BLE001 - lxml raises several types on broken pages
        return None


def visible_lines(root) -> list[str]:  # type: ignore[no-untyped-def]
    """An element's visible text, one line per block element; scripts and styles dropped."""
    lines: list[str] = []
    current: list[str] = []

    def flush() -> None:
        line = " ".join("".join(current).split())
        if line:
            lines.append(line)
        current.clear()

    def walk(node) -> None:  # type: ignore[no-untyped-def]
        tag = node.tag.lower() if isinstance(node.tag, str) else ""
        if not tag or tag in _DROPPED_TAGS:
            if node.tail:
                current.append(node.tail)
            return
        block = tag in _BLOCK_TAGS
        if block:
            flush()
        if node.text:
            current.append(node.text)
        for child in node:
            walk(child)
        if block:
            flush()
        if node.tail:
            current.append(node.tail)

    walk(root)
    flush()
    return lines


def article_element_lines(html: str) -> list[str]:
    """Visible lines of the page's largest ``<article>`` element (none when it has none)."""
    if not _ARTICLE_TAG.search(html):
        return []
    root = parse_html(html)
    articles = root.xpath("//article") if root is not None else []
    if not articles:
        return []
    largest = max(articles, key=lambda element: len(element.text_content()))
    return visible_lines(largest)


def _word_4grams(text: str) -> set[str]:
    tokens = _WORDS.findall(text)
    return {" ".join(tokens[i:i + 4]) for i in range(max(1, len(tokens) - 3))}


def _dropped_line(line: str) -> bool:
    """Credits, bylines and contact lines left in the text (times, datelines and URLs stay:
    live blogs and listings need them)."""
    from wirewatch.clean.chrome import _BYLINE

    return bool(_CREDIT.match(line) or _WRITE_TO.match(line) or _BYLINE.match(line))


def _norm_title(text: str) -> str:
    return " ".join(_WORDS.findall(text.lower()))


def title_variants(html: str) -> frozenset[str]:
    """Normalised og:title, twitter:title, <title>, and runs of <title>'s parts between separators."""
    head = html[:200_000]
    return _title_variants(list(_OG_TITLE.finditer(head)), _TITLE.search(head))


def _title_variants(og_titles: list[re.Match[str]], match: re.Match[str] | None) -> frozenset[str]:
    import html as entities

    found: set[str] = set()
    for og in og_titles:
        found.add(next(g for g in og.groups() if g is not None))
    if match:
        whole = entities.unescape(_TAGS.sub(" ", match.group(1)))
        parts = _TITLE_SEPARATORS.split(whole)
        found.add(whole)
        for k in range(1, len(parts) + 1):  # "Section | Headline | Site": every prefix and suffix run
            found.add(" ".join(parts[:k]))
            found.add(" ".join(parts[-k:]))
    return frozenset(n for n in (_norm_title(entities.unescape(t)) for t in found) if len(n.split()) >= 3)


def _trafilatura(html: str, **options: bool) -> str | None:
    return trafilatura.extract(html, include_comments=False, **options)


def page_title(html: str) -> str:
    """The page's headline: og:title (or twitter:title), else <title> without the site name.

    A regex over the page head, not trafilatura's metadata pass, which parses the page a second
    time (about half of the extraction's cost) for the same answer on news pages.
    """
    head = html[:200_000]
    og = _OG_TITLE.search(head)
    return _page_title([og] if og else [], _TITLE.search(head))


def _page_title(og_titles: list[re.Match[str]], match: re.Match[str] | None) -> str:
    """``page_title`` from the page's first og:title match (if any) and its <title> match."""
    import html as entities

    if og_titles:
        found = next(g for g in og_titles[0].groups() if g is not None)
        title = " ".join(entities.unescape(found).split())
        if title:
            return title
    if not match:
        return ""
    title = " ".join(entities.unescape(_TAGS.sub(" ", match.group(1))).split())
    parts = _TITLE_SEPARATORS.split(title)
    return max(parts, key=len) if len(parts) > 1 else title


def _paragraph_chars(html: str, min_chars: int) -> int:
    """Characters of visible text in the page's long ``<p>`` elements (a cheap regex count)."""
    total = 0
    for paragraph in _paragraphs(html):
        length = len(" ".join(_TAGS.sub(" ", paragraph).split()))
        if length >= min_chars:
            total += length
    return total


def _paragraphs(html: str) -> list[str]:
    r"""The spans ``<p[\s>].*?</p>`` (re.S | re.I) matches, in order, without overlap.

    Once an opening has no closing after it, no later opening has one either: the scan stops.
    """
    found: list[str] = []
    opening, closing = _PARAGRAPH_OPEN.search, _PARAGRAPH_CLOSE.search
    position = 0
    while (start := opening(html, position)) is not None:
        end = closing(html, start.end())
        if end is None:
            break
        found.append(html[start.start():end.end()])
        position = end.end()
    return found


@functools.cache
def _extractor() -> HtmlExtractor:
    """One extractor per process (the lexicon is built once)."""
    return HtmlExtractor()


@functools.cache
def _page_text_stripper():  # type: ignore[no-untyped-def]
    from wirewatch.clean.chrome import BoilerplateStripper

    return BoilerplateStripper(learn_outlets=False)


def prepare() -> None:
    """Build the extractor and the fallback's page-text stripper now (about a second), not on
    the first page that needs them."""
    _extractor()
    _page_text_stripper()


def extract_main_text(article: Article) -> Article:
    raw = article.raw
    if raw.content_type == "text/html":
        extracted = _extractor().extract(raw.body)
        article.text = extracted.text
        if not article.title:
            article.title = (raw.title or extracted.title or "").strip()
    else:
        article.text = raw.body
    if raw.title and not article.title:
        article.title = raw.title.strip()
    return article
