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
from ftfy.badness import BADNESS_RE, is_bad
from ftfy.chardata import LIGATURES, WIDTH_MAP
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
# Characters the cheap fixes translate; a text with none of them is left as it is.
_CHEAP_FIX_CHARS = re.compile("[" + "".join(re.escape(chr(c)) for c in sorted({*LIGATURES, *WIDTH_MAP})) + "]")
# Every branch of ftfy's badness regex needs, at one of its fixed positions, a character of this
# set (checked at import by ``_badness_hints``, else the prefilter is off): a text without one
# has no mojibake by ftfy's measure, and a match lies within the regex's longest match of one.
_BADNESS_HINT_CHARS = (
    "\x80\x81\x82\x83\x84\x85\x86\x87\x88\x89\x8a\x8b\x8c\x8d\x8e\x8f\x90\x91\x92\x93\x94\x95"
    "\x96\x97\x98\x99\x9a\x9b\x9c\x9d\x9e\x9f\xa0¡¢£¤¥¦§¨©ª«¬®¯°±²³µ¶¸¹º»¼½¾¿ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑ"
    "×ØÙÜÝ÷ĀāĂĄĆČĎĐĒĖĘĚĞĢĪİĶĹĻĽŁŃŅŇŒœŘŚŞŠŢŤŮŰŸŹŻŽƒˆˇ˘˛˜˝΄΅ΒΓΞΟβЂВГРСўҐ‘‚“”„†‡•‰‹›⁄₧€№™∂∆∏∑√∞∩"
    "∫≈≠≡≤≥⌐│┌┐┘├┤┬┼═║╒╓╔╕╖╗╘╙╚╛╜╝╞╟╠╡╢╣╤╥╦╧╨╩╪╫╬▀▄█▌▐░▒▓◊\uf8ff\ufffd")


def _badness_hints(pattern: re.Pattern[str], hints: str) -> tuple[re.Pattern[str], int] | None:
    """A search for ``hints`` and the longest match of ``pattern``, when every branch of
    ``pattern`` has a one-character position drawn only from ``hints``; else None."""
    try:
        from re import _constants as c, _parser as parser  # type: ignore[attr-defined]

        tree = parser.parse(pattern.pattern, pattern.flags)
        if pattern.flags & (re.IGNORECASE | re.MULTILINE) or len(tree.data) != 1 or tree.data[0][0] is not c.BRANCH:
            return None
        allowed = set(hints)

        def explicit(op, av) -> set[str] | None:  # type: ignore[no-untyped-def]
            if op is c.LITERAL:
                return {chr(av)}
            if op is not c.IN:
                return None  # optional or repeated items, anchors, ANY
            chars: set[str] = set()
            for item, arg in av:
                if item is c.LITERAL:
                    chars.add(chr(arg))
                elif item is c.RANGE:
                    chars.update(chr(code) for code in range(arg[0], arg[1] + 1))
                else:
                    return None  # negated sets and categories (\s, \w) are not explicit
            return chars

        local = {c.LITERAL, c.NOT_LITERAL, c.IN, c.ANY}  # each looks at its own character only

        def windowable(op, av) -> bool:  # type: ignore[no-untyped-def]
            if op in local:
                return True
            if op in (c.MAX_REPEAT, c.MIN_REPEAT):
                return all(item in local for item, _ in av[2].data)
            return op is c.AT and av is c.AT_BEGINNING  # not MULTILINE: only at the string's start

        for branch in tree.data[0][1][1]:
            if not all(windowable(op, av) for op, av in branch.data):
                return None
            sets = [explicit(op, av) for op, av in branch.data]
            if not any(chars is not None and chars <= allowed for chars in sets):
                return None
        longest = tree.getwidth()[1]
        if longest >= c.MAXREPEAT or longest > 64:
            return None
        return re.compile("[" + "".join(re.escape(ch) for ch in sorted(allowed)) + "]"), longest
    except Exception:  # noqa: BLE001 - another Python or ftfy: no prefilter, same answers
        return None


_BADNESS_HINTS = _badness_hints(BADNESS_RE, _BADNESS_HINT_CHARS)


def looks_bad(text: str) -> bool:
    """``ftfy.badness.is_bad``, searching only around the characters every match needs.

    A match of at most ``longest`` characters holding a hint at ``p`` lies within
    ``[p - longest + 1, p + longest)``; overlapping windows are searched as one. The regex has
    no lookaround and no ``$``; its ``^`` matches only at the start of the string, whatever
    ``pos`` a search starts at.
    """
    if _BADNESS_HINTS is None:
        return is_bad(text)
    hints, longest = _BADNESS_HINTS
    search = BADNESS_RE.search
    start = end = -1
    for match in hints.finditer(text):
        position = match.start()
        low, high = max(0, position - longest + 1), position + longest
        if low <= end:
            end = high
            continue
        if end >= 0 and search(text, start, end):
            return True
        start, end = low, high
    return end >= 0 and search(text, start, end) is not None


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
        text = ftfy.fix_text(text, _FTFY) if looks_bad(text) else _cheap_fixes(text)
    elif "&" in text:
        text = _ENTITY.sub(lambda m: html.unescape(m.group(0)), text)
    text = unicodedata.normalize("NFC", text)
    text = _INVISIBLE.sub("", text)
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()


def _cheap_fixes(text: str) -> str:
    if _CHEAP_FIX_CHARS.search(text):  # both are str.translate: no-ops without these characters
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
