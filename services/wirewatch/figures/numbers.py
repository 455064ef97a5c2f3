"""Numerals in digits and in words, per language (en, fr, es, de, ar).

Everything here is a pure function over immutable tables built at import time.

Offsets: ``to_ascii_digits`` maps Arabic-Indic and Persian digits and the Arabic separators
one character to one character, so offsets found in its output are offsets into the input.

Digit grouping (``parse_digits``): "32,000", "32.000", "32 000" (space, no-break space or
narrow no-break space), "1,2" and "1.2". A separator followed by exactly three digits is a
thousands separator when the language groups with it (``,`` in en/ar/und; ``.`` in
fr/es/de/it/pt/nl) or when it occurs more than once; otherwise it is a decimal mark.
"""

from __future__ import annotations

import re
import unicodedata
from types import MappingProxyType
from typing import Mapping

ARABIC_INDIC = "٠١٢٣٤٥٦٧٨٩"
PERSIAN = "۰۱۲۳۴۵۶۷۸۹"
DIGIT_TABLE = str.maketrans(
    ARABIC_INDIC + PERSIAN + "\u066c\u066b\u00a0\u202f\u2009",  # ٬ thousands, ٫ decimal, spaces
    "0123456789" * 2 + ",.   ",
)

# Languages whose thousands separator is a dot (decimal mark a comma).
DOT_GROUPING = frozenset({"fr", "es", "de", "it", "pt", "nl", "id", "tr", "da", "pl"})


def to_ascii_digits(text: str) -> str:
    """Same-length copy of ``text`` with ASCII digits and separators."""
    return text.translate(DIGIT_TABLE)


def parse_digits(raw: str, language: str) -> float | None:
    """The value of a digit numeral such as "32,000", "1.2", "32 000", "1,2"; None if malformed."""
    s = raw.replace(" ", "")
    if not s:
        return None
    dots, commas = s.count("."), s.count(",")
    if dots and commas:  # the last one is the decimal mark
        decimal = "." if s.rfind(".") > s.rfind(",") else ","
        group = "," if decimal == "." else "."
        s = s.replace(group, "").replace(decimal, ".")
    elif dots or commas:
        sep = "." if dots else ","
        parts = s.split(sep)
        grouped = all(len(p) == 3 for p in parts[1:]) and 1 <= len(parts[0]) <= 3
        if grouped and (len(parts) > 2 or _groups_with(sep, language)):
            s = "".join(parts)
        elif len(parts) == 2:
            s = parts[0] + "." + parts[1]
        else:
            return None
    try:
        return float(s)
    except ValueError:
        return None


def _groups_with(sep: str, language: str) -> bool:
    if sep == ".":
        return language in DOT_GROUPING
    return language not in DOT_GROUPING or language == "es"  # es: "32,000" common in the Americas


_ARABIC_CHAR = re.compile("[\u0600-\u06ff]")


def strip_arabic(token: str) -> str:
    """Arabic token without diacritics/tatweel, alef variants folded, final ta marbuta kept."""
    if not _ARABIC_CHAR.search(token):
        return token
    out = []
    for ch in token:
        if ch == "\u0640" or unicodedata.category(ch) == "Mn":
            continue
        out.append({"أ": "ا", "إ": "ا", "آ": "ا", "ى": "ي"}.get(ch, ch))
    return "".join(out)


ARABIC_PREFIXES = ("وال", "بال", "فال", "كال", "لل", "ال", "و", "ب", "ف", "ل")


def arabic_forms(token: str) -> tuple[str, ...]:
    """The token and its forms with a clitic prefix removed (longest prefix first)."""
    forms = [token]
    for p in ARABIC_PREFIXES:
        if token.startswith(p) and len(token) - len(p) >= 2:
            forms.append(token[len(p):])
    return tuple(forms)


def _table(pairs: dict[str, float]) -> Mapping[str, float]:
    return MappingProxyType(pairs)


_EN = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "thousand": 1e3,
    "million": 1e6, "billion": 1e9, "trillion": 1e12, "dozen": 12,
}
_FR = {
    "zéro": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6,
    "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13,
    "quatorze": 14, "quinze": 15, "seize": 16, "vingt": 20, "vingts": 20, "trente": 30,
    "quarante": 40, "cinquante": 50, "soixante": 60, "cent": 100, "cents": 100,
    "mille": 1e3, "million": 1e6, "millions": 1e6, "milliard": 1e9, "milliards": 1e9,
}
_ES = {
    "cero": 0, "uno": 1, "una": 1, "un": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5,
    "seis": 6, "siete": 7, "ocho": 8, "nueve": 9, "diez": 10, "once": 11, "doce": 12,
    "trece": 13, "catorce": 14, "quince": 15, "dieciséis": 16, "diecisiete": 17,
    "dieciocho": 18, "diecinueve": 19, "veinte": 20, "veintiuno": 21, "veintidós": 22,
    "veintitrés": 23, "veinticuatro": 24, "veinticinco": 25, "treinta": 30, "cuarenta": 40,
    "cincuenta": 50, "sesenta": 60, "setenta": 70, "ochenta": 80, "noventa": 90,
    "cien": 100, "ciento": 100, "doscientos": 200, "doscientas": 200, "trescientos": 300,
    "trescientas": 300, "cuatrocientos": 400, "cuatrocientas": 400, "quinientos": 500,
    "quinientas": 500, "seiscientos": 600, "setecientos": 700, "ochocientos": 800,
    "novecientos": 900, "mil": 1e3, "millón": 1e6, "millones": 1e6, "billón": 1e12,
}
_DE_UNITS = {
    "null": 0, "ein": 1, "eins": 1, "eine": 1, "einer": 1, "einem": 1, "einen": 1, "zwei": 2,
    "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9,
    "zehn": 10, "elf": 11, "zwölf": 12, "dreizehn": 13, "vierzehn": 14, "fünfzehn": 15,
    "sechzehn": 16, "siebzehn": 17, "achtzehn": 18, "neunzehn": 19, "zwanzig": 20,
    "dreißig": 30, "vierzig": 40, "fünfzig": 50, "sechzig": 60, "siebzig": 70,
    "achtzig": 80, "neunzig": 90,
}
_DE = {**_DE_UNITS, "hundert": 100, "tausend": 1e3, "million": 1e6, "millionen": 1e6,
       "milliarde": 1e9, "milliarden": 1e9, "mio": 1e6, "mrd": 1e9}
_AR = {
    "صفر": 0, "واحد": 1, "واحده": 1, "واحدة": 1, "اثنان": 2, "اثنين": 2, "اثنتان": 2,
    "اثنتين": 2, "ثلاث": 3, "ثلاثة": 3, "ثلاثه": 3, "اربع": 4, "اربعة": 4, "خمس": 5,
    "خمسة": 5, "ست": 6, "ستة": 6, "سبع": 7, "سبعة": 7, "ثماني": 8, "ثمانية": 8, "ثمان": 8,
    "تسع": 9, "تسعة": 9, "عشر": 10, "عشرة": 10, "عشرون": 20, "عشرين": 20,
    "ثلاثون": 30, "ثلاثين": 30, "اربعون": 40, "اربعين": 40, "خمسون": 50, "خمسين": 50,
    "ستون": 60, "ستين": 60, "سبعون": 70, "سبعين": 70, "ثمانون": 80, "ثمانين": 80,
    "تسعون": 90, "تسعين": 90, "مئة": 100, "مائة": 100, "مئتان": 200, "مئتين": 200,
    "مائتين": 200, "ثلاثمئة": 300, "ثلاثمائة": 300, "اربعمئة": 400, "اربعمائة": 400,
    "خمسمئة": 500, "خمسمائة": 500, "الف": 1e3, "الاف": 1e3, "الفا": 1e3, "الفين": 2e3,
    "الفان": 2e3, "مليون": 1e6, "ملايين": 1e6, "مليار": 1e9, "مليارات": 1e9,
    # duals: "ملياري يورو" is two billion euros
    "الفي": 2e3, "مليوني": 2e6, "مليونين": 2e6, "ملياري": 2e9, "مليارين": 2e9,
}
NUMBER_WORDS: Mapping[str, Mapping[str, float]] = MappingProxyType({
    "en": _table(_EN), "fr": _table(_FR), "es": _table(_ES), "de": _table(_DE),
    "ar": _table(_AR),
})
# Words that join the parts of one numeral ("thirty-two", "treinta y dos", "خمسة وعشرين").
CONNECTORS: Mapping[str, frozenset[str]] = MappingProxyType({
    "en": frozenset({"and", "-"}), "fr": frozenset({"et", "-"}), "es": frozenset({"y"}),
    "de": frozenset({"und"}), "ar": frozenset(),
})
# Scale words that multiply a preceding digit numeral ("1.2 million", "$5bn", "32 ألف").
SCALES: Mapping[str, float] = MappingProxyType({
    "thousand": 1e3, "million": 1e6, "millions": 1e6, "billion": 1e9, "billions": 1e9,
    "trillion": 1e12, "bn": 1e9, "m": 1e6, "mn": 1e6, "k": 1e3, "mille": 1e3,
    "milliard": 1e9, "milliards": 1e9, "mil": 1e3, "millón": 1e6, "millones": 1e6,
    "tausend": 1e3, "millionen": 1e6, "mio": 1e6, "milliarde": 1e9, "milliarden": 1e9,
    "mrd": 1e9, "md": 1e9, "mds": 1e9, "الف": 1e3, "الفا": 1e3, "الاف": 1e3, "مليون": 1e6,
    "ملايين": 1e6, "مليار": 1e9, "مليارات": 1e9,
})
# French/Spanish/German approximate nouns: "une trentaine de morts" = about 30.
APPROXIMATE_NOUNS: Mapping[str, float] = MappingProxyType({
    "dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30,
    "quarantaine": 40, "cinquantaine": 50, "soixantaine": 60, "centaine": 100,
    "decena": 10, "docena": 12, "veintena": 20, "treintena": 30, "centenar": 100,
    "dutzend": 12,
})
_DE_COMPOUND = re.compile(
    r"(?:(\w{0,30}?)tausend)?(?:(\w{0,12}?)hundert)?(?:(\w{1,8}?)und)?(\w{0,10})")


def word_value(token: str, language: str) -> float | None:
    """Value of one number word in ``language`` (German compounds included), else None."""
    table = NUMBER_WORDS.get(language)
    if table is None:
        return None
    if language == "ar":
        for form in arabic_forms(token):
            if form in table:
                return table[form]
        return None
    value = table.get(token)
    if value is None and language == "de" and 6 < len(token) <= 60:
        return _german_compound(token)
    return value


def _german_compound(token: str) -> float | None:
    """"zweiunddreißig" = 32, "dreihundertfünfzig" = 350, "zweitausend" = 2000."""
    m = _DE_COMPOUND.fullmatch(token)
    if not m:
        return None
    thousands, hundreds, unit, rest = m.groups()
    total = 0.0
    if thousands is not None:
        t = _DE_UNITS.get(thousands, None) if thousands else 1
        if t is None:
            t = _german_compound(thousands)
        if t is None:
            return None
        total += t * 1000
    if hundreds is not None:
        h = _DE_UNITS.get(hundreds, None) if hundreds else 1
        if h is None:
            return None
        total += h * 100
    if unit is not None:
        u = _DE_UNITS.get(unit)
        if u is None or u >= 10:
            return None
        total += u
    if rest:
        r = _DE_UNITS.get(rest)
        if r is None:
            return None
        total += r
    if total == 0 or (thousands is None and hundreds is None and unit is None):
        return None
    return total


def combine_words(values: list[float]) -> float:
    """Combine a run of number-word values: [30, 2, 1000] = 32,000; [1000, 1e6] = 1e9."""
    total, current = 0.0, 0.0
    prev = None
    for v in values:
        if v == 100:
            current = (current or 1) * 100
        elif v >= 1000:
            if total + current == 0:
                total = v
            elif total + current < v:
                total = (total + current) * v
            else:
                total += (current or 1) * v
            current = 0
        elif v == 20 and prev == 4:  # quatre-vingts
            current = current - 4 + 80
        else:
            current += v
        prev = v
    return total + current
