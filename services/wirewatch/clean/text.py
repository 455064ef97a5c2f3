"""Unicode repair and normalisation (stage ``repair_text``).

What comes out is the article's final ``text``: later stages (figures) record offsets into it,
so nothing after this stage rewrites it. In order:

1. Arabic misread as Windows-1256 (``ط§ظ„...``: every other letter ط or ظ) is read back as
   UTF-8, line by line. ftfy does not know this case and makes it worse, so it runs first;
2. ftfy's full repair (mojibake, HTML entities, C1 controls) when its badness check finds
   something to repair, with curly quotes kept; otherwise only its cheap fixes (Latin
   ligatures, full-width ASCII, half-width katakana), which is most text and a third the cost;
3. NFC; control and invisible characters dropped (zero-width space, BOM, soft hyphen, bidi
   controls; ZWNJ and ZWJ stay, Persian and Indic spelling needs them); every kind of
   no-break or typographic space made a plain space; spaces within a line collapsed;
   paragraphs separated by exactly one blank line.
"""

from __future__ import annotations

import html
import re
import unicodedata

import ftfy
from ftfy.badness import is_bad
from ftfy.fixes import fix_character_width, fix_latin_ligatures

from wirewatch.model import Article

_FTFY = ftfy.TextFixerConfig(uncurl_quotes=False)
_CP1256_MARKERS = re.compile(r"[طظ]")
_ARABIC_LETTERS = re.compile(r"[\u0600-\u06ff]")
_INVISIBLE = re.compile(
    "[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\u200b\u200e\u200f\u202a-\u202e"
    "\u2060-\u2064\u2066-\u2069\ufeff\ufff9-\ufffb]")
_SPACES = re.compile(r"[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
_LINE_BREAKS = re.compile(r"\r\n?|[\u2028\u2029\u0085\u000b\u000c]")
_BLANK_LINES = re.compile(r"\n{3,}")
_ENTITY = re.compile(r"&(#\d+|#x[0-9a-fA-F]+|[a-zA-Z]{2,8});")


def repair_text(article: Article) -> Article:
    article.text = clean_text(article.text)
    article.title = " ".join(clean_text(article.title).split())
    return article


def clean_text(text: str) -> str:
    """Repaired, NFC, invisible characters out, one space between words, one blank line
    between paragraphs."""
    if not text:
        return ""
    text = _LINE_BREAKS.sub("\n", text)
    if not text.isascii():
        text = repair_cp1256_arabic(text)
        text = ftfy.fix_text(text, _FTFY) if is_bad(text) else _cheap_fixes(text)
    elif "&" in text:
        text = _ENTITY.sub(lambda m: html.unescape(m.group(0)), text)
    text = unicodedata.normalize("NFC", text)
    text = _INVISIBLE.sub("", text)
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()


def _cheap_fixes(text: str) -> str:
    text = fix_character_width(fix_latin_ligatures(text))
    if "&" in text and "<" not in text:
        text = _ENTITY.sub(lambda m: html.unescape(m.group(0)), text)
    return text


def repair_cp1256_arabic(text: str) -> str:
    """Lines of UTF-8 Arabic that were decoded as Windows-1256, read back as UTF-8."""
    if "ط" not in text and "ظ" not in text:
        return text
    return "\n".join(_repair_line(line) for line in text.split("\n"))


def _repair_line(line: str) -> str:
    arabic = len(_ARABIC_LETTERS.findall(line))
    if arabic < 4 or len(_CP1256_MARKERS.findall(line)) < 0.35 * arabic:
        return line
    try:
        return line.encode("cp1256").decode("utf-8")
    except UnicodeError:
        return line
