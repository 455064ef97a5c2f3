"""Reported figures (stage ``extract_figures``): every figure in an article's clean text.

A figure is a number (digits or words, en/fr/es/de/ar) that counts something this module knows
how to name. Numbers with no unit are dropped: a false toll is worse than a missed one. Dates,
times, years, ages, durations, ordinals, phone numbers and labels ("Resolution 2728", "page 3")
are never figures.

Unit vocabulary (closed; ``FigureObservation.unit``):

=================  ==============================================================
people_killed      killed, dead, deaths, death toll, morts, muertos, Tote, قتلى, شهداء
people_injured     injured, wounded, blessés, heridos, Verletzte, جرحى
people_missing     missing, disparus, desaparecidos, vermisst, مفقودين
people_displaced   displaced, refugees, fled, déplacés, desplazados, vertrieben, نازحين
people_detained    arrested, detained, prisoners, détenus, detenidos, festgenommen, معتقلين
hostages           hostages, abducted, otages, rehenes, Geiseln, رهائن
people_evacuated   evacuated, évacués, evacuados, evakuiert, إجلاء
votes              a vote tally ("passed 14-0": value = votes in favour, ``tally`` filled)
money              an amount with ``currency`` (ISO 4217: "$1.2bn" = 1.2e9 USD)
percent            "52%", "per cent", "Prozent", "في المئة" (value in percent points)
fraction           "a third of Gaza's population" = 0.3333
distance_km        distances, converted to km (miles too)
area_km2           areas, converted to km² (hectares, acres too)
count              other counted things written in digits ("4,000 homes"), value >= 2
=================  ==============================================================

Qualifiers: ``exact``; ``about`` (around, some, environ, unos, rund, حوالي); ``over`` (more
than, over, plus de, más de, mehr als, أكثر من, "passes"); ``at_least`` (at least, au moins,
al menos, mindestens, لا يقل عن); ``under`` (nearly, almost, fewer than, près de, casi, fast,
أقل من); ``up_to`` (up to, jusqu'à, hasta, bis zu). A range "10-15" or "between 10 and 15" has
``value`` [lo, hi].

``span`` runs from the qualifier (if any) to the end of the numeral with its scale word and
unit marker ("over 32,000", "$1.2 billion", "52%", "14-0"); ``subject`` is the counted noun
phrase as written; ``place`` is where, if the sentence says so ("in Gaza", "Gaza's", "في غزة",
or a place from ``article.places`` named next to the figure), else the known place the title
or lead is about (``lead_place``); ``source`` is who says so.

Cost: sentences without a digit or a number word are skipped with one regex search; each
sentence is scanned at most ``MAX_SENTENCE_CHARS`` characters; no regex on article text has a
nested quantifier.
"""

from __future__ import annotations

import bisect
import math
import re
from dataclasses import dataclass

from wirewatch.figures import lexicon as lx
from wirewatch.figures.numbers import (
    APPROXIMATE_NOUNS, CONNECTORS, NUMBER_WORDS, SCALES, arabic_forms, combine_words,
    parse_digits, strip_arabic, to_ascii_digits, word_value,
)
from wirewatch.figures.places import normalise_place as normalise
from wirewatch.model import Article, FigureObservation, PlaceMention, VoteTally

MAX_FIGURE = 1e15  # larger numbers in text are digit runs, not reported figures

UNITS = ("people_killed", "people_injured", "people_missing", "people_displaced",
         "people_detained", "hostages", "people_evacuated", "votes", "money", "percent",
         "fraction", "distance_km", "area_km2", "count")
PEOPLE_UNITS = frozenset(UNITS[:7])

MAX_SENTENCE_CHARS = 1500
_TOKEN_RE = re.compile(r"\d{1,3}(?: \d{3})+(?!\d)|\d+(?:[.,]\d+)*|[^\W\d_]+|[^\w\s]")
_SENTENCE_END_RE = re.compile(r"\n+|[.!?؟]\s+")
_SENTENCE_END_AFTER = re.compile(r"[a-z\u00df-\u00ff\u0600-\u06ff)\]\"'”’%]")
_HAS_DIGIT_RE = re.compile(r"\d")
_NEEDS_ASCII_RE = re.compile(
    "[\u0660-\u0669\u06f0-\u06f9\u066b\u066c\u00a0\u202f\u2009\u064b-\u0652\u0670]")
_SHORT_STEM_ENDINGS = "(?:s|d|e|es|ed|ing|ée|ées|n)?"


def _cue_pattern(lang: str) -> re.Pattern[str]:
    """One regex per language: fullmatch on a token, ``lastgroup`` is the people unit."""
    groups = []
    for unit, stems in lx.UNIT_STEMS[lang].items():
        alts = []
        for stem in stems:
            if " " in stem:
                continue
            if lang != "ar" and len(stem) <= 4:
                alts.append(re.escape(stem) + _SHORT_STEM_ENDINGS)
            else:
                alts.append(re.escape(stem) + r"\w*")
        head = lx.COMPOUND_HEADS.get(lang, {}).get(unit)
        if head:
            alts.append(r"\w{3,}" + head)
        groups.append(f"(?P<{unit}>{'|'.join(alts)})")
    return re.compile("|".join(groups))


# A group named by what happened to it before ("detainees", "hostages") that then died,
# was hurt or went missing: the later fate is what the figure counts.
_GROUP_UNITS = frozenset({"people_detained", "hostages", "people_displaced", "people_evacuated"})
_FATE_UNITS = frozenset({"people_killed", "people_injured", "people_missing"})


_CUE_PATTERNS = {lang: _cue_pattern(lang) for lang in lx.LANGUAGES}


def _cue_phrases(lang: str) -> dict[str, tuple[tuple[str, list[str]], ...]]:
    """Multi-word cues by their first word: (unit, words) in lexicon order."""
    by_first: dict[str, list[tuple[str, list[str]]]] = {}
    for unit, stems in lx.UNIT_STEMS[lang].items():
        for stem in stems:
            if " " in stem:
                words = stem.split(" ")
                by_first.setdefault(words[0], []).append((unit, words))
    return {first: tuple(phrases) for first, phrases in by_first.items()}


_CUE_PHRASES = {lang: _cue_phrases(lang) for lang in lx.LANGUAGES}
_WORD_RE = re.compile(r"[^\W\d_]+")
_CLAUSE_PUNCT = frozenset({",", ";", ":", "(", ")", "،", "؛", "—", "–", "\"", "“", "”", "«",
                           "»", ".", "!", "?", "؟"})
_DASHES = frozenset({"-", "–", "—"})
_QUOTES = frozenset({"'", "’"})
_PLURAL_SCALES = frozenset({"millions", "milliards", "millones", "millionen", "milliarden",
                            "الاف", "ملايين", "مليارات", "billions"})
_TALLY_RE = re.compile(r"(?<![\d\-–—.,/])(\d{1,3}) ?[-–—] ?(\d{1,3})(?: ?[-–—] ?(\d{1,3}))?"
                       r"(?![\d\-–—/]|[.,]\d)")
_TALLY_TO_RE = re.compile(
    r"\b(\d{1,3}) (?:votes? |voix |votos |Stimmen )?(?:to|against|zu|gegen|contre|contra) "
    r"(\d{1,3})\b(?! ?%)")
_VOTED_RE = re.compile(r"(?i)(?:voted|vote of|votó|voté) $")
# ``match`` at a tally's start: a vote noun after its first or its second number
_TALLY_NOUN_RE = re.compile(r"(?i)\d+ (?:votes?|voix|votos|stimmen) |\d+ \w+ \d+ "
                            r"(?:votes?|voix|votos|stimmen|gegenstimmen)\b")
_ABSTAIN_RE = re.compile(
    r"(?:with )?(\d{1,3}|no|one|two|three|four|five|une?|dos|tres|zwei|drei|eine?) "
    r"(?:abstentions?|abstained|abstenciones|abstención|Enthaltungen|Enthaltung)", re.I)
_SMALL_WORDS = {"no": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "un": 1,
                "une": 1, "dos": 2, "tres": 3, "zwei": 2, "drei": 3, "ein": 1, "eine": 1}
_SOURCE_PATTERNS: dict[str, tuple[re.Pattern[str], ...]] = {
    "en": (re.compile(r"\b(?i:according to) ([^,.;:()“”\"]{3,80})"),
           re.compile(r"\b(?:citing|per) ([^,.;:()“”\"]{3,60})"),
           re.compile(r"(?:^|[,“”\"] ?)((?:[Tt]he )?[A-Z][^,.;:“”\"]{2,60}?) "
                      r"(?:said|says|reported|reports|told|announced|estimated|estimates)\b"),
           re.compile(r"\b(?:said|says|reported) ((?:the )[^,.;:“”\"]{3,60})")),
    "fr": (re.compile(r"\b(?i:selon|d['’]après) ([^,.;:()«»\"]{3,80})"),
           re.compile(r"\b(?:a|ont) (?:indiqué|déclaré|annoncé|précisé|affirmé|rapporté) "
                      r"((?:l[ea] |les |l['’])[^,.;:«»\"]{3,60})")),
    "es": (re.compile(r"\b(?i:según|de acuerdo con) ([^,.;:()«»\"]{3,80})"),
           re.compile(r"\b(?:informó|informaron|dijo|indicó|señaló|afirmó) "
                      r"((?:el |la |los |las )[^,.;:«»\"]{3,60})")),
    "de": (re.compile(r"\b(?i:laut|nach Angaben(?: von| des| der)?) ([^,.;:()„“\"]{3,80})"),
           re.compile(r"([^,.;:„“\"]{3,60}) zufolge"),
           re.compile(r"\b(?:teilte|teilten|sagte|sagten|meldete|meldeten) "
                      r"((?:der |die |das )[^,.;:„“\"]{3,60})")),
    "ar": (re.compile(r"(?:بحسب|حسب|وفقا ل|وفقاً ل|وفق|نقلا عن|نقلاً عن)\s*([^،,.؛:()«»\"]{3,80})"),
           re.compile(r"(?:قالت|أعلنت|أفادت|ذكرت|قال|أعلن|أفاد|ذكر)\s+([^،,.؛:()«»\"]{3,60})")),
}
_PLACE_PREPOSITIONS = frozenset({"in", "on", "at", "across", "near", "throughout", "inside",
                                 "over", "into", "à", "au", "aux", "dans", "en", "sur", "im",
                                 "nahe", "bei", "über", "sobre", "في", "على", "داخل", "شمال",
                                 "جنوب", "وسط"})
_SUBJECT_STOPS = frozenset({"in", "on", "at", "of", "from", "to", "and", "or", "by", "with",
                            "according", "selon", "según", "laut", "بحسب", "حسب", "وفق",
                            "وفقا", "à", "en", "dans", "au", "aux", "et", "y", "und", "im",
                            "bei", "de", "del", "der", "des", "du", "في", "من", "الى", "إلى"})
_CONJUNCTIONS = frozenset({"and", "et", "y", "und", "while", "but", "as", "mais", "pero",
                           "aber", "whereas", "و"})
_ANOTHER = frozenset({"another", "other", "further", "additional", "autres", "otros", "otras",
                      "weitere", "including", "dont", "darunter", "منهم", "بينهم", "among"})
_AR_NOT_NOUNS = frozenset({"في", "الى", "على", "عن", "مع", "او", "ثم", "حتى", "منذ", "بعد",
                           "قبل", "خلال", "بين", "الف", "نحو", "حوالي", "الذي", "التي", "ان",
                           "يوم", "عاما", "بالمئه", "بالمئة", "المئه", "المئة"})
_DIRECTIONS = frozenset({"western", "eastern", "northern", "southern", "central", "northwestern",
                         "northeastern", "southwestern", "southeastern", "north", "south",
                         "east", "west", "coastal", "rural", "occupied"})
_AREA_WORDS = frozenset({"province", "region", "state", "city", "district", "governorate",
                         "town", "village", "provincia", "región", "ciudad", "estado",
                         "province", "région", "ville", "département", "provinz", "stadt",
                         "bundesstaat", "gouvernement", "county", "municipality", "état",
                         "etat", "comté", "condado", "departamento", "municipio", "landkreis",
                         "kreis", "bezirk", "territory", "territoire"})
# Words right before a number that end a "toll ... rose to" phrase.
_ONE_WORDS = frozenset({"one", "un", "une", "uno", "una", "ein", "eine", "einer"})
_TOLL_LINKS = frozenset({"to", "at", "auf", "à", "a", "en", "الى", "إلى", "بلغت", "reached"})
_NAME_QUOTES = frozenset({"„", "“", "”", "«", "»", "\""})
_DATE_LINKS = frozenset({"de", "del", ".", ",", "of", "-", "/"})
_VOTE_NOUNS = frozenset({"votes", "vote", "votos", "voto", "voix", "stimmen", "صوتا", "صوت",
                         "اصوات", "ballots", "suffrages", "sufragios"})
_WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                       "sunday", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
                       "house", "senate", "assembly", "council", "court", "hospital", "office",
                       "government", "police", "army", "ministry", "statement", "parliament",
                       "dimanche", "lunes", "martes", "miércoles", "jueves", "viernes",
                       "sábado", "domingo", "ramadan", "congress", "parliament", "april",
                       "may", "june", "the", "this", "that", "his", "her", "their", "its"})
_AR_QUALIFIER_STARTS = frozenset(q[0] for q in lx.QUALIFIERS_BEFORE["ar"])
_LATIN_ARTICLES = frozenset({"the", "la", "le", "les", "l", "el", "der", "die", "das", "dem",
                             "den", "des"})


class _Tok:
    __slots__ = ("text", "low", "start", "end", "kind")

    def __init__(self, text: str, low: str, start: int, end: int, kind: str) -> None:
        self.text, self.low, self.start, self.end, self.kind = text, low, start, end, kind


@dataclass(slots=True)
class _Numeral:
    first: int  # token index of the numeral's first token
    last: int  # token index after the numeral (scale word included)
    value: float
    in_words: bool


MAX_FIGURES_PER_ARTICLE = 200  # a news article reports a few dozen at most; a list of 50,000
# "N killed" lines is an attack, and each figure becomes a message of its own downstream


def extract_figures(article: Article) -> Article:
    """Fill ``article.figures`` from ``article.text`` (the first ``MAX_FIGURES_PER_ARTICLE``)."""
    figures = find_figures(article.text, article.language, article.places)
    article.figures = figures[:MAX_FIGURES_PER_ARTICLE]
    return article


def find_figures(text: str, language: str = "und",
                 places: list[PlaceMention] | None = None) -> list[FigureObservation]:
    """Every figure in ``text`` (see the module docstring), in text order."""
    lang = language if language in lx.LANGUAGES else "en"
    norm = _NEEDS_ASCII_RE.sub(_ascii_char, text)
    out: list[FigureObservation] = []
    facts: dict[str, bool] = {}  # article-level answers, computed once on first need
    for start, end in _sentences(norm):
        chunk = norm[start:end]
        if not _HAS_DIGIT_RE.search(chunk) and not _has_number_word(chunk, lang):
            continue
        out.extend(_SentenceReader(text, norm, start, end, lang, places or [],
                                   facts).figures())
    if out:
        _fill_places(out, text, lang, places or [])
    return out


def _fill_places(figures: list[FigureObservation], text: str, lang: str,
                 places: list[PlaceMention]) -> None:
    """A figure whose sentence names no place (or one that does not resolve, or one in a
    country the article never mentions) takes the place of the article's title/lead when that
    resolves: "Turkey quake toll rises ... 5,894 killed"; else the article's most prominent
    place from the classify stage (which reads the whole article in every language)."""
    from wirewatch.figures.places import gazetteer

    known = {normalise(p.name) for p in places}
    countries = {p.country_code.upper() for p in places if p.country_code}

    def trusted(name: str | None) -> bool:
        if not name:
            return False
        if normalise(name) in known:
            return True
        found = gazetteer().resolve(name)
        if not found:
            return False
        country = gazetteer().country_of(found)  # "الضفة" read as the West Bank in a story
        return not countries or country is None or country.upper() in countries  # on Ukraine

    lead: str | None | bool = False
    for f in figures:
        if trusted(f.place):
            continue
        if lead is False:
            lead = lead_place(text, lang, places)
            if not trusted(lead):
                lead = max(places, key=lambda p: p.score).name if places else None
        if lead:
            f.place = lead


def _ascii_char(m: re.Match[str]) -> str:
    char = m.group()
    if "\u064b" <= char <= "\u0652" or char == "\u0670":
        return "\u0640"  # a vowel mark inside a word ("أُجلي"), as a letter-class tatweel: the
        # word stays one token, and strip_arabic drops it
    return to_ascii_digits(char)


# Words that make a sentence worth reading: number words of 2 and more ("un", "one", "ein" are
# mostly articles; they count only before a casualty noun, which is a trigger itself).
_TRIGGER_WORDS = {lang: frozenset(w for w, v in NUMBER_WORDS[lang].items() if v >= 2)
                  | frozenset(lx.FRACTIONS) | frozenset(APPROXIMATE_NOUNS)
                  | lx.PERSON_NOUNS_ONE for lang in lx.LANGUAGES}


LEAD_CHARS = 400


def lead_place(text: str, language: str = "und",
               places: list[PlaceMention] | None = None) -> str | None:
    """The place an article's title/lead is about: "in X" first, else the first known place.

    Used by ``figure_key`` for figures whose sentence names no place.
    """
    lang = language if language in lx.LANGUAGES else "en"
    head = _NEEDS_ASCII_RE.sub(_ascii_char, text[:LEAD_CHARS])
    unresolved: list[str] = []
    for start, end in _sentences(head):  # the title first, then the first sentences
        found = _sentence_place(text, head, start, end, lang, places or [], unresolved)
        if found:
            return found
    if unresolved:
        return unresolved[0]
    return _authority_country(head, lang)


def _sentence_place(text: str, head: str, start: int, end: int, lang: str,
                    places: list[PlaceMention], unresolved: list[str]) -> str | None:
    """A known place of one lead sentence: after a preposition first, else any known name."""
    from wirewatch.figures.places import gazetteer

    reader = _SentenceReader(text, head, start, end, lang, places)
    candidates = reader._place_candidates()
    known = [name for _, name in candidates if gazetteer().resolve(name)]
    if known:
        return known[0]
    unresolved.extend(name for _, name in candidates)
    toks = reader.toks
    for k, t in enumerate(toks):
        if t.kind != "w" or len(t.text) < 2 or t.low in lx.MONTHS or t.low in _WEEKDAYS:
            continue
        if not (t.text[0].isupper() or "\u0600" <= t.text[0] <= "\u06ff"):
            continue  # place names start with a capital (or are Arabic)
        for size in (3, 2, 1):  # "Arabie saoudite", "Saudi Arabia", "Chile"
            end = k + size - 1
            if end >= len(toks) or any(x.kind != "w" for x in toks[k:end + 1]):
                continue
            raw = text[t.start:toks[end].end]
            forms = (raw,) + (arabic_forms(raw)[1:] if "\u0600" <= raw[0] <= "\u06ff" else ())
            for form in forms:
                if (form[0].isupper() or "\u0600" <= form[0] <= "\u06ff") and \
                        gazetteer().resolve_major(form):
                    return form
    return None


# "Pakistani authorities", "les autorités pakistanaises", "السلطات الباكستانية": the country of
# the authorities that report is, in practice, where the event is. Used only when the lead names
# no known place; agents such as "Israeli strikes" are deliberately not read this way.
_AUTHORITY_RE = {
    "en": re.compile(r"\b([A-Z][a-z]{3,20}) (?:authorities|government|officials|ministry|police|"
                     r"army|civil defence|civil defense|disaster agency|state media)\b"),
    "fr": re.compile(r"\b(?:autorités|gouvernement|ministère|police|armée|protection civile)"
                     r" ([a-zéèï]{4,20})\b"),
    "es": re.compile(r"\b(?:autoridades|gobierno|ministerio|policía|ejército|protección civil)"
                     r" ([a-záéíóú]{4,20})\b"),
    "de": re.compile(r"\b([a-zäöü]{4,20}(?:ischen|ische|ischer)) (?:Behörden|Regierung|"
                     r"Ministerium|Polizei|Armee|Katastrophenschutz)\b"),
    "ar": re.compile(r"(?:السلطات|الحكومة|وزارة الداخلية|الشرطة|الجيش|الدفاع المدني) "
                     r"(ال[\u0621-\u064a]{3,20})"),
}
_DEMONYM_ENDINGS = (
    ("ischen", ""), ("ische", ""), ("ischer", ""), ("iennes", "ie"), ("iennes", "i"),
    ("iennes", "e"), ("ienne", "ie"), ("aises", ""), ("aise", ""), ("ais", ""), ("ienne", "i"),
    ("enas", "e"), ("enos", "e"), ("íes", ""), ("ese", ""), ("ese", "on"), ("ian", ""),
    ("ian", "ia"), ("ian", "e"), ("an", ""), ("an", "o"), ("an", "a"), ("n", ""), ("i", ""),
    ("ish", "ey"), ("ese", "a"), ("", "istan"), ("", "s"), ("ية", ""), ("ية", "يا"),
    ("ية", "ستان"), ("ية", "ي"), ("ي", ""), ("انية", "ان"), ("", ""),
)


def _authority_country(head: str, lang: str) -> str | None:
    from wirewatch.figures.places import gazetteer

    pattern = _AUTHORITY_RE.get(lang)
    m = pattern.search(head) if pattern else None
    if not m:
        return None
    word = m.group(1)
    if lang == "ar":
        word = strip_arabic(word)[2:]
    for ending, replacement in _DEMONYM_ENDINGS:
        if ending and not word.endswith(ending):
            continue
        stem = word[:len(word) - len(ending)] + replacement
        found = gazetteer().resolve(stem)
        if found and found.startswith("c") and len(stem) > 3:
            return stem[:1].upper() + stem[1:]
    return None


def _has_number_word(chunk: str, lang: str) -> bool:
    low = chunk.lower()
    if lang == "ar":
        low = strip_arabic(low)
        return any(word_value(w, "ar") is not None or w in lx.FRACTIONS
                   for w in _WORD_RE.findall(low))
    found = _WORD_RE.findall(low)
    if not _TRIGGER_WORDS[lang].isdisjoint(found):
        return True
    return lang == "de" and any(w.endswith(("zig", "ßig", "hundert", "tausend")) for w in found)


def _sentences(norm: str) -> list[tuple[int, int]]:
    """Sentence bounds; a long sentence is cut into pieces of at most MAX_SENTENCE_CHARS."""
    bounds: list[tuple[int, int]] = []
    pos = 0
    for m in _SENTENCE_END_RE.finditer(norm):
        at = m.start()
        if norm[at] != "\n":  # a full stop ends a sentence after a small letter or a quote
            if at == 0 or not _SENTENCE_END_AFTER.match(norm, at - 1):
                continue
            at += 1
        _add_bounds(bounds, pos, at, norm)
        pos = m.end()
    _add_bounds(bounds, pos, len(norm), norm)
    return bounds


def _add_bounds(bounds: list[tuple[int, int]], start: int, end: int, norm: str) -> None:
    while end - start > MAX_SENTENCE_CHARS:
        cut = norm.rfind(" ", start, start + MAX_SENTENCE_CHARS)
        cut = cut if cut > start else start + MAX_SENTENCE_CHARS
        bounds.append((start, cut))
        start = cut
    if end > start:
        bounds.append((start, end))


class _SentenceReader:
    """The figures of one sentence: tokens, numerals, then one observation per numeral."""

    def __init__(self, text: str, norm: str, start: int, end: int, lang: str,
                 places: list[PlaceMention], facts: dict[str, bool] | None = None) -> None:
        self.text, self.norm, self.lang, self.places = text, norm, lang, places
        self.facts = facts if facts is not None else {}
        self._vote: bool | None = None
        self._place_names: frozenset[str] | None = None
        self.start, self.end = start, end
        self.toks = self._tokenize()
        self.starts = [t.start for t in self.toks]
        self.used: set[int] = set()
        self.source_cache: str | None | bool = False
        self.previous_people_unit: str | None = None
        self.previous_figure: FigureObservation | None = None
        self.cue_cache: dict[int, str | None] = {}
        self.place_cache: list[tuple[int, str]] | None = None

    # tokens -------------------------------------------------------------------------------
    def _tokenize(self) -> list[_Tok]:
        toks: list[_Tok] = []
        append = toks.append
        arabic = self.lang == "ar"
        for m in _TOKEN_RE.finditer(self.norm, self.start, self.end):
            s = m.group()
            a, b = m.span()
            c = s[0]
            if c.isdigit():
                append(_Tok(s, s, a, b, "d"))
            elif c.isalpha():
                low = s.lower()
                if arabic or "\u0600" <= c <= "\u06ff":
                    low = strip_arabic(low)
                append(_Tok(s, low, a, b, "w"))
            else:
                append(_Tok(s, s, a, b, "p"))
        return toks

    def _low(self, i: int) -> str:
        return self.toks[i].low if 0 <= i < len(self.toks) else ""

    def _forms(self, i: int) -> tuple[str, ...]:
        low = self._low(i)
        if low and "\u0600" <= low[0] <= "\u06ff":
            return arabic_forms(low)
        return (low,)

    # main loop ----------------------------------------------------------------------------
    def figures(self) -> list[FigureObservation]:
        out: list[FigureObservation] = []
        out.extend(self._tallies())
        i = 0
        n = len(self.toks)
        while i < n:
            if i in self.used or (self.toks[i].kind == "w" and not self._maybe_number(i)):
                i += 1
                continue
            fraction = self._fraction(i)
            if fraction is not None:
                out.append(fraction[0])
                i = fraction[1]
                continue
            numeral = self._numeral(i)
            if numeral is None:
                i += 1
                continue
            obs = self._observation(numeral)
            if obs is not None:
                out.append(obs)
            i = max(numeral.last, i + 1)
        out.sort(key=lambda o: o.start)
        return out

    # numerals -----------------------------------------------------------------------------
    def _maybe_number(self, i: int) -> bool:
        low = self.toks[i].low
        if low in NUMBER_WORDS[self.lang] or low in lx.FRACTIONS or low in APPROXIMATE_NOUNS:
            return True
        if self.lang == "ar":
            return any(f in NUMBER_WORDS["ar"] or f in lx.FRACTIONS for f in arabic_forms(low))
        return self.lang == "de" and low.endswith(("zig", "ßig", "hundert", "tausend"))

    def _numeral(self, i: int) -> _Numeral | None:
        tok = self.toks[i]
        if tok.kind == "d":
            value = parse_digits(tok.text, self.lang)
            if value is None:
                return None
            last = i + 1
            scale = self._scale_at(last, adjacent_to=tok)
            if scale:
                value *= scale
                last += 1
            return _Numeral(i, last, value, False)
        if tok.kind == "w":
            return self._word_numeral(i)
        return None

    def _scale_at(self, j: int, *, adjacent_to: _Tok) -> float | None:
        if j >= len(self.toks) or self.toks[j].kind != "w":
            return None
        low = self.toks[j].low
        if low in ("m", "k", "mn"):
            if self.toks[j].start != adjacent_to.end or not (
                    j >= 2 and self.toks[j - 2].text in lx.CURRENCY_SYMBOLS):
                return None  # "$5m" is money; "5 m" is metres
        for form in self._forms(j):
            if form in SCALES:
                return SCALES[form]
        return None

    def _word_numeral(self, i: int) -> _Numeral | None:
        low = self.toks[i].low
        if low in APPROXIMATE_NOUNS:
            return _Numeral(i, i + 1, APPROXIMATE_NOUNS[low], True)
        if self._is_percent_cent(i):
            return None
        value = word_value(low, self.lang)
        if value is None:
            return None
        values = [value]
        j = i + 1
        connectors = CONNECTORS[self.lang]
        while j < len(self.toks):
            v = word_value(self.toks[j].low, self.lang) if self.toks[j].kind == "w" else None
            if v is not None and not self._is_percent_cent(j):
                values.append(v)
                j += 1
                continue
            nxt = word_value(self._low(j + 1), self.lang) if j + 1 < len(self.toks) else None
            if self.toks[j].low in connectors and nxt is not None:
                j += 1
                continue
            break
        if len(values) == 1 and low in _PLURAL_SCALES:
            return None
        if len(values) == 1 and value <= 1 and not (value == 1 and self._one_counted(j)):
            return None  # "un", "one", "ein" are articles unless a casualty noun follows
        return _Numeral(i, j, combine_words(values), True)

    def _one_counted(self, j: int) -> bool:
        """"one dead", "un mort"; "One worker was killed" (a person, then a casualty cue)."""
        if j >= len(self.toks) or self.toks[j].kind != "w":
            return False
        low = self._low(j)
        if low in lx.PERSON_NOUNS_ONE:
            return self._cue(j) is not None
        return low in lx.PERSON_NOUNS_SINGULAR and self._cue_after(
            j + 1, after_person=True) is not None

    def _is_percent_cent(self, i: int) -> bool:
        return self.toks[i].low in lx.PERCENT_SECOND and self._low(i - 1) in lx.PERCENT_WORDS

    # exclusions ---------------------------------------------------------------------------
    def _excluded(self, num: _Numeral) -> bool:
        """Dates, times, years, ages, durations, ordinals, phone numbers, labels."""
        toks, i, j = self.toks, num.first, num.last
        tok = toks[i]
        prev = toks[i - 1] if i > 0 else None
        nxt = toks[j] if j < len(toks) else None
        day_like = num.value == int(num.value) and (
            1 <= num.value <= 31 or 1000 <= num.value <= 2100)  # not "9. Juni 53,8 Prozent"
        if day_like and (self._is_month(i - 1) or self._is_month(j)):
            return True
        if day_like and self._low(i - 1) in _DATE_LINKS and self._is_month(i - 2):
            return True
        if day_like and self._low(j) in _DATE_LINKS and self._is_month(j + 1):
            return True
        if prev is not None and prev.low in ("h", "uhr") and i >= 2 and toks[i - 2].kind == "d":
            return True  # the minutes of "3 h 15", "14 Uhr 30"
        if nxt is not None and nxt.low in lx.TIME_UNITS:
            return True
        if nxt is not None and nxt.text in _DASHES and self._low(j + 1) in lx.TIME_UNITS:
            return True
        if prev is not None and prev.low in lx.LABEL_WORDS and prev.kind == "w":
            return True
        if num.in_words:
            return False
        if prev is not None and prev.end == tok.start:
            if prev.text in ("و", "ب", "ل", "ف"):
                pass  # Arabic clitic glued to digits: "و2059"
            elif prev.kind == "w" or prev.text in ("+", "#", "/", ":", "№"):
                return True
            if prev.text in _DASHES and i >= 2 and toks[i - 2].end == prev.start:
                if toks[i - 2].kind == "w":  # "F-16", "COVID-19"
                    return True
        if nxt is not None and nxt.start == toks[j - 1].end:
            if nxt.kind == "w" and not self._known_suffix(j):
                return True
            if nxt.text in (":", "/") and self._low(j + 1)[:1].isdigit():
                return True
            if nxt.text == "." and self.lang == "de" and j + 1 < len(toks):
                return True  # German ordinal "3. Platz"
        raw = tok.text
        if len(raw) > 1 and raw[0] == "0" and raw[1].isdigit():
            return True  # "0123": phone numbers, codes
        if raw.isdigit() and len(raw) == 4 and 1800 <= int(raw) <= 2100 and j == i + 1:
            if not (nxt is not None and (nxt.low in lx.PERSON_NOUNS or self._cue(j))):
                return True
        if self._phone_like(i):
            return True
        return self._age_like(i, j)

    def _known_suffix(self, j: int) -> bool:
        low = self.toks[j].low
        return (low in SCALES or low in lx.DISTANCE_UNITS or low in lx.AREA_UNITS
                or low in lx.CURRENCY_WORDS or low in ("plus",))

    def _is_month(self, k: int) -> bool:
        if not 0 <= k < len(self.toks):
            return False
        return any(f in lx.MONTHS for f in self._forms(k))

    def _phone_like(self, i: int) -> bool:
        toks = self.toks
        chain = 0
        k = i
        while k + 2 < len(toks) and toks[k + 1].text in ("-", "/", ".") and toks[k + 2].kind == "d" \
                and toks[k + 1].start == toks[k].end:
            chain += 1
            k += 2
        k = i
        while k - 2 >= 0 and toks[k - 1].text in ("-", "/", ".") and toks[k - 2].kind == "d" \
                and toks[k - 1].end == toks[k].start:
            chain += 1
            k -= 2
        if chain >= 2:
            return True
        return chain == 1 and any(t.text == "/" for t in toks[max(0, i - 1):i + 2])

    def _age_like(self, i: int, j: int) -> bool:
        """"John Smith, 45, said" or "Smith (45)"."""
        toks = self.toks
        if i >= 2 and j < len(toks):
            before, after = toks[i - 1].text, toks[j].text
            if (before, after) in ((",", ","), ("(", ")")) and toks[i - 2].text[:1].isupper():
                return True
        return False

    # tallies ------------------------------------------------------------------------------
    def _tallies(self) -> list[FigureObservation]:
        chunk = self.norm[self.start:self.end]
        if not self._vote_sentence():
            return []
        low = chunk.lower()
        out = []
        abstentions = self._abstentions(chunk)
        subject = self._vote_subject(low)
        for m in list(_TALLY_RE.finditer(chunk)) + list(_TALLY_TO_RE.finditer(chunk)):
            if m.re is _TALLY_TO_RE and not _TALLY_NOUN_RE.match(chunk, m.start()) and \
                    not _VOTED_RE.search(chunk, max(0, m.start() - 12), m.start()):
                continue  # "10 to 15" is a range unless a vote noun says it is a tally
            yes, no = int(m.group(1)), int(m.group(2))
            third = m.group(3) if m.re is _TALLY_RE else None
            abstaining = int(third) if third else abstentions
            start, end = self.start + m.start(), self.start + m.end()
            tally = VoteTally(in_favour=yes, against=no, abstaining=abstaining)
            out.append(FigureObservation(
                span=self.text[start:end], start=start, end=end, value=float(yes),
                qualifier="exact", unit="votes", subject=subject,
                place=None, source=self._source(), tally=tally))
            self._mark_used(start, end)
        return out

    def _abstentions(self, chunk: str) -> int | None:
        m = _ABSTAIN_RE.search(chunk)
        if not m:
            return None
        word = m.group(1).lower()
        return int(word) if word.isdigit() else _SMALL_WORDS.get(word)

    @staticmethod
    def _vote_subject(low: str) -> str | None:
        for noun in ("resolution", "résolution", "resolución", "bill", "motion", "law", "loi",
                     "ley", "gesetz", "قرار"):
            if noun in low:
                return noun
        return None

    def _mark_used(self, start: int, end: int) -> None:
        k = bisect.bisect_left(self.starts, start)
        while k < len(self.toks) and self.toks[k].end <= end:
            self.used.add(k)
            k += 1

    # fractions ----------------------------------------------------------------------------
    def _fraction(self, i: int) -> tuple[FigureObservation, int] | None:
        tok = self.toks[i]
        if tok.kind != "w":
            return None
        forms = self._forms(i)
        frac = next((lx.FRACTIONS[f] for f in forms if f in lx.FRACTIONS), None)
        if frac is None:
            return None
        numerator = lx.FRACTION_NUMERATORS.get(self._low(i - 1))
        first = i - 1 if numerator is not None else i
        j = i + 1
        if self.lang != "ar":
            if numerator is None or self._low(j) not in lx.OF_WORDS:
                return None
            j += 1
            if self._low(j) in _QUOTES:
                j += 1
        subject_end = self._phrase_end(j, limit=4)
        if subject_end <= j or any(self._low(k) in lx.TIME_UNITS for k in range(j, subject_end)):
            return None
        value = round((numerator or 1) * frac, 4)
        start, end = self.toks[first].start, self.toks[i].end
        subj_start, subj_end = self.toks[j].start, self.toks[subject_end - 1].end
        place = self._modifier_place(j, subject_end)
        obs = FigureObservation(
            span=self.text[start:end], start=start, end=end, value=value, qualifier="exact",
            unit="fraction", subject=self.text[subj_start:subj_end], place=place,
            source=self._source())
        return obs, subject_end

    def _phrase_end(self, j: int, *, limit: int) -> int:
        """End (token index) of a short noun phrase starting at j: words, "'s", articles."""
        k = j
        while k < len(self.toks) and k - j < limit:
            t = self.toks[k]
            if t.kind == "w" and (k == j or not self._cue(k)) and t.low not in ("to", "and",
                                                                               "et", "y", "und"):
                k += 1
            elif t.text in _QUOTES and k + 1 < len(self.toks) and self.toks[k + 1].low == "s":
                k += 2
            else:
                break
        return k

    # one observation ----------------------------------------------------------------------
    def _observation(self, num: _Numeral) -> FigureObservation | None:
        if not math.isfinite(num.value) or abs(num.value) > MAX_FIGURE:
            return None  # "1e999"-like digit runs: no reported figure is that large
        if self._excluded(num):
            return None
        value: float | list[float] = num.value
        last = num.last
        rng = self._range_end(num)
        if rng is not None:
            value, last = [num.value, rng[0]], rng[1]
            self.used.update(range(num.first, last))
        if self._is_speed(last):
            return None  # "135 km/h" is a speed
        unit, currency, marker_end, factor = self._marked_unit(num.first, last)
        subject_at = marker_end
        after_q, after_len = self._qualifier_after(marker_end)
        qualifier, q_start = self._qualifier(num.first)
        subcount = self._subcount(q_start, last)
        if unit is None:
            subject_at = self._skip_of(last) + after_len
            if any(f in lx.CASE_NOUNS for f in self._forms(subject_at)):
                unit = "count"  # "198 حالة" after "الإصابات": cases of a disease
            else:
                unit = self._people_unit(num.first, subject_at)
        if unit in (None, "count") and (any(f in _VOTE_NOUNS for f in self._forms(subject_at)) or (
                any(f in lx.LEGISLATOR_NOUNS for f in self._forms(subject_at))
                and self._vote_sentence())):
            unit = "votes"  # "331 deputies backing the motion", "صوت 331 نائبا"
        if unit is None:
            unit = self._count_unit(num, subject_at)
        previous = self.previous_figure
        if subcount and previous is not None and unit in (None, "count") \
                and previous.unit != "votes":
            unit = previous.unit  # "21 morts, dont 17 ouvriers", "100 von ihnen"
        if unit is None:
            return None
        if num.in_words and num.value < 10 and unit not in PEOPLE_UNITS:
            return None
        if factor != 1.0:
            value = [v * factor for v in value] if isinstance(value, list) else value * factor
        if num.first < len(self.toks) and self.toks[num.first].low in APPROXIMATE_NOUNS:
            qualifier = "about"
        if after_q is not None:
            qualifier = after_q
        if rng is not None and self._low(q_start - 1) in ("between", "entre", "zwischen", "بين"):
            q_start -= 1
        start = self.toks[q_start].start
        end = self.toks[max(marker_end, last) - 1].end
        subject = self._subject(subject_at, unit)
        if unit in PEOPLE_UNITS:
            self.previous_people_unit = unit
        place = self._place(num.first, unit)
        part_of = None
        if subcount and previous is not None and previous.unit == unit and \
                place == previous.place:  # not "including seven in Poland": a place's own toll
            part_of = previous.start
        obs = FigureObservation(
            span=self.text[start:end], start=start, end=end, value=value,
            qualifier=qualifier, unit=unit, subject=subject, place=place,
            source=self._source(), currency=currency, part_of=part_of)
        if part_of is None:
            self.previous_figure = obs  # "21 killed, including 17 workers and 2 firefighters"
        return obs

    def _subcount(self, q_start: int, last: int) -> bool:
        """Is the figure a part of the one before it ("including 12", "100 of them")?"""
        before = (self._low(q_start - 1),)
        if before in lx.SUBCOUNT_BEFORE or (self._low(q_start - 2), before[0]) in \
                lx.SUBCOUNT_BEFORE:
            return True
        if self.lang == "ar" and any(f in ("بينهم", "منهم") for f in self._forms(q_start - 1)):
            return True
        return (self._low(last),) in lx.SUBCOUNT_AFTER or \
            (self._low(last), self._low(last + 1)) in lx.SUBCOUNT_AFTER

    def _is_speed(self, j: int) -> bool:
        """"135 km/h", "120 mph", "80 km per hour": a speed, not a distance or a count."""
        low = self._low(j)
        if low in ("mph", "kmh", "kph", "knots", "nœuds", "nudos", "knoten"):
            return True
        if low not in lx.DISTANCE_UNITS:
            return False
        nxt = self._low(j + 1)
        return (nxt == "/" and self._low(j + 2) in ("h", "hr", "std")) or \
            (nxt in ("per", "an", "à", "por", "pro") and self._low(j + 2) in (
                "hour", "heure", "l", "hora", "stunde"))

    def _range_end(self, num: _Numeral) -> tuple[float, int] | None:
        """"10-15", "10 to 15", "between 10 and 15": (hi, token index after hi)."""
        j = num.last
        if j + 1 >= len(self.toks):
            return None
        sep = self.toks[j].low
        between = self._low(num.first - 1) in ("between", "entre", "zwischen", "بين")
        if not (sep in _DASHES or sep in ("to", "à", "a", "bis") or
                (between and sep in ("and", "et", "y", "und", "و"))):
            return None
        hi = self._numeral(j + 1)
        if hi is None or hi.in_words != num.in_words or hi.value <= num.value:
            return None
        return hi.value, hi.last

    def _marked_unit(self, first: int, last: int) -> tuple[str | None, str | None, int, float]:
        """Money, percent, distance, area: (unit, currency, token index after marker, factor)."""
        toks = self.toks
        if first > 0 and toks[first - 1].text in lx.CURRENCY_SYMBOLS:
            return "money", lx.CURRENCY_SYMBOLS[toks[first - 1].text], last, 1.0
        j = last
        if j < len(toks) and toks[j].text == "%":
            return "percent", None, j + 1, 1.0
        low = self._low(j)
        if low in lx.PERCENT_WORDS and low not in ("per", "pour", "por", "في"):
            return "percent", None, j + 1, 1.0
        if low in ("per", "pour", "por", "في") and self._low(j + 1) in lx.PERCENT_SECOND | {
                "cent"}:
            return "percent", None, j + 2, 1.0
        k = j
        while self._low(k) in lx.OF_WORDS or self._low(k) in _QUOTES:
            k += 1
        for f in self._forms(k):
            if f in lx.CURRENCY_WORDS:
                return "money", lx.CURRENCY_WORDS[f], k + 1, 1.0
        if low in ("square", "sq") and self._low(j + 1) in lx.DISTANCE_UNITS:
            return "area_km2", None, j + 2, lx.DISTANCE_UNITS[self._low(j + 1)] ** 2
        if low == "km" and j + 1 < len(toks) and toks[j + 1].text in ("2", "²") \
                and toks[j + 1].start == toks[j].end:
            return "area_km2", None, j + 2, 1.0
        if low in lx.AREA_UNITS and low not in ("square", "sq"):
            return "area_km2", None, j + 1, lx.AREA_UNITS[low]
        for f in self._forms(j):
            if f in lx.DISTANCE_UNITS:
                return "distance_km", None, j + 1, lx.DISTANCE_UNITS[f]
        return None, None, last, 1.0

    def _skip_of(self, j: int) -> int:
        while self._low(j) in lx.OF_WORDS or self._low(j) in _QUOTES:
            j += 1
        return j

    # people units -------------------------------------------------------------------------
    def _cue(self, k: int) -> str | None:
        """The people unit a token names ("killed" -> people_killed), else None."""
        if not 0 <= k < len(self.toks) or self.toks[k].kind != "w":
            return None
        cached = self.cue_cache.get(k, False)
        if cached is not False:
            return cached  # type: ignore[return-value]
        found = None
        low = self.toks[k].low
        if low not in lx.NOT_CUES:
            pattern = _CUE_PATTERNS[self.lang]
            for f in self._forms(k):
                m = pattern.fullmatch(f) if self.lang != "ar" else pattern.match(f)
                if m:
                    found = m.lastgroup
                    break
            if found is None:
                for unit, parts in _CUE_PHRASES[self.lang].get(low, ()):
                    if all(self._low(k + n) == p for n, p in enumerate(parts)):
                        found = unit
                        break
        if found is None and self.lang == "de" and low == "fest" and any(
                t.low in ("nahm", "nahmen", "nimmt", "nehmen") for t in self.toks[:k]):
            found = "people_detained"  # "nahm ... 28 Palästinenser fest"
        self.cue_cache[k] = found
        return found

    def _people_unit(self, first: int, after: int) -> str | None:
        """The people unit of the numeral at tokens [first, after), from cues around it."""
        unit = self._people_cue_unit(first, after)
        if unit == "hostages" and any(self._low(k) in lx.FREED_WORDS
                                      for k in range(max(0, first - 4), first)):
            return None  # "Liberados los 137 alumnos secuestrados": freed, no longer hostages
        return unit

    def _people_cue_unit(self, first: int, after: int) -> str | None:
        toks = self.toks
        w1 = after
        if w1 < len(toks):
            cue = self._cue(w1)
            if cue in _GROUP_UNITS:  # "14 détenus sont morts", "3 hostages were killed"
                fate = self._intransitive_after(w1 + 1)
                if fate in _FATE_UNITS:
                    return fate
            if cue == "people_injured" and self._intransitive_after(w1 + 1) == "people_killed":
                return "people_killed"  # "Drei der Verletzten erlagen ...": the injured who died
            if cue == "people_injured" and self._is_patient_stay(w1, w1):
                return None  # "más de 85.000 hospitalizados" in a dengue outbreak: patients
            if cue is not None:
                return cue
        person = self._personhood(w1)
        if person is False:
            before = self._cue_before(first)
            if before is not None and (before[1] == 0 or (
                    before[1] == 1 and self._low(first - 1) == "a")) and self._low(
                    first - 1) not in lx.BLOCKING_PREPOSITIONS:
                return before[0]  # "Murieron 41 reclusas", "detuvo a tres empleados"
            return self._intransitive_after(w1 + 1)
        after_hit = (self._cue_after(w1 + 1, after_person=True) if person
                     else self._cue_after(w1))
        if after_hit is not None and after_hit[0] == "people_injured" and self._is_patient_stay(
                w1, w1 + 1 + after_hit[1] if person else w1 + after_hit[1]):
            return None  # "18 patients have been hospitalised": patients, not injured
        before_hit = self._cue_before(first)
        if before_hit is not None and person and self._low(w1 + 1) in lx.AUXILIARIES and any(
                self._low(k) in _CONJUNCTIONS for k in range(first - before_hit[1] - 4, first)):
            before_hit = None  # "3 were killed and nine people were pulled out alive"
        hits = [h for h in (after_hit, before_hit) if h is not None]
        if hits:
            return min(hits, key=lambda h: h[1])[0]
        if person and any(f in lx.BODY_NOUNS for f in self._forms(w1)):
            return "people_killed"  # "rescuers recovered 20 bodies"
        if self.previous_people_unit and (
                (person and toks[w1].low in lx.OTHERS) or self._low(first - 1) in _ANOTHER
                or (self._low(first - 1) in _CONJUNCTIONS and self._bare_after(w1, person))
                or self._elliptical(first, w1)):
            # "seven in Poland and six in ...", but not "... and nine people were pulled out"
            return self.previous_people_unit
        return None

    def _elliptical(self, first: int, w1: int) -> bool:
        """", in Portugal zwei.", ", auf Grand Bahama 8.": a place, then a bare number that ends
        the clause, after a figure: the number repeats that figure's unit for the place."""
        if w1 < len(self.toks) and self.toks[w1].text not in _CLAUSE_PUNCT and \
                self.toks[w1].text not in (".", "!", "?"):
            return False
        k = first - 1
        while k >= 0 and k > first - 5 and self.toks[k].text[:1].isupper():
            k -= 1
        return k < first - 1 and self._low(k) in _PLACE_PREPOSITIONS and (
            self._low(k - 1) in (",", "،", ";") or self._low(k - 1) in _CONJUNCTIONS)

    def _bare_after(self, w1: int, person: bool | None) -> bool:
        """After "and": nothing but a place or the clause's end follows the number (and its
        person noun): "seven in Poland and six in Romania", "killed 20 men and 30 children";
        not "and nine people were pulled out alive", "et 7,8 millions d'habitants en subissent"."""
        k = w1 + 1 if person else w1
        if k >= len(self.toks) or self.toks[k].text in _CLAUSE_PUNCT:
            return True
        return self._low(k) in _PLACE_PREPOSITIONS and self._low(k + 1) not in lx.AUXILIARIES \
            and not (self._low(k + 1)[:1].islower() and self._low(k + 1) not in _LATIN_ARTICLES
                     and self.lang != "ar" and self.toks[k + 1].text[:1].islower()
                     and self._low(k + 1) not in _DIRECTIONS)

    def _is_patient_stay(self, noun: int, cue: int) -> bool:
        """Patients in hospital, or anyone in hospital in an outbreak's sentence."""
        if not self._low(cue).startswith(lx.HOSPITAL_STEMS):
            return False
        return any(f in lx.PATIENT_NOUNS for f in self._forms(noun)) or self._outbreak()

    def _vote_sentence(self) -> bool:
        if self._vote is None:
            sentence = self.norm[self.start:self.end].lower()
            self._vote = any(stem in sentence for stem in lx.VOTE_CONTEXT)
        return self._vote

    def _outbreak(self) -> bool:
        """Does the article (its first 3,000 characters) report an outbreak? Once per article."""
        if "outbreak" not in self.facts:
            head = self.text[:3000].lower()
            self.facts["outbreak"] = any(word in head for word in lx.OUTBREAK_WORDS)
        return self.facts["outbreak"]

    def _intransitive_after(self, k: int) -> str | None:
        """"116 presos murieron", "78 migrants drowned": a cue right after an unknown noun
        counts unless it is an active transitive verb ("3 strikes killed 5")."""
        while k < len(self.toks) and (self.toks[k].low in lx.FUNCTION_WORDS
                                      or self.toks[k].low in lx.STATE_LINKS):
            k += 1
        cue = self._cue(k)
        if cue is None or self.toks[k].low in lx.TRANSITIVE_CUES:
            return None
        return cue

    def _personhood(self, k: int) -> bool | None:
        """True: people; False: some other thing; None: cannot tell (no noun)."""
        if k >= len(self.toks):
            return None
        t = self.toks[k]
        if t.kind != "w":
            return None
        forms = self._forms(k)
        if any(f in lx.PERSON_NOUNS for f in forms) or self._demonym(t) or (
                t.low in lx.PERSON_NOUNS_SINGULAR and self._low(k - 1) in _ONE_WORDS):
            return True
        if t.low in lx.FUNCTION_WORDS or self._cue(k) is not None:
            return None
        if t.low in _PLACE_PREPOSITIONS or t.low in lx.BLOCKING_PREPOSITIONS:
            return None
        if self.lang == "ar" or (self.lang == "de" and t.text[0].islower()):
            return None
        nxt = k + 1
        if nxt < len(self.toks) and (self._low(nxt) in lx.PERSON_NOUNS or
                                     self._demonym(self.toks[nxt])):
            return True  # "Palestinian civilians", "civils palestiniens"
        return False

    def _demonym(self, t: _Tok) -> bool:
        if t.kind != "w" or "\u0600" <= t.text[0] <= "\u06ff":
            return False
        if self.lang in ("es", "fr") and t.low.endswith(("inos", "íes", "iens", "aouis")):
            return True
        return t.text[0].isupper() and t.low.endswith(lx.DEMONYM_SUFFIXES) and len(t.low) > 4

    def _cue_after(self, j: int, *, after_person: bool = False) -> tuple[str, int] | None:
        """A cue after the numeral: "32,000 Palestinians killed", "250 people taken hostage"."""
        span = 10 if self.lang == "de" else (6 if after_person else 5)
        k, skipped, number_of = j - 1, 0, False
        while k + 1 < min(j + span + skipped, len(self.toks)):
            k += 1
            t = self.toks[k]
            if t.text in (",", "،") and k == j:
                close = self._clause_comma(k + 1)  # "43 migrants, dont douze enfants, sont morts"
                if close is not None and ((self._low(k + 1),) in lx.SUBCOUNT_BEFORE or
                                          self._low(close + 1) in lx.FUNCTION_WORDS):
                    skipped += close - k + 1  # "27 people, most of them women, were killed"
                    k = close
                    continue
            if t.kind == "d" or t.text in _CLAUSE_PUNCT:
                return None
            if t.low in _CONJUNCTIONS and not (after_person and any(
                    self._low(n) in lx.PERSON_NOUNS for n in (k + 1, k + 2))) and not (
                    t.low in lx.STATE_LINKS and self._low(k - 1) in lx.STATE_LINKS):
                return None  # but "97 journalists and media workers", "listed as missing"
            cue = self._cue(k)
            if cue is not None:
                if self.lang == "ar" and t.low.startswith("و") and (k > j or after_person):
                    return None  # "مقتل 30 شخصا وإصابة 200": the cue of the next figure
                return cue, k - j
            if self.lang == "de" or after_person:
                continue
            if t.low in lx.TOLL_HEADS and self._low(k + 1) in lx.OF_WORDS:
                number_of = True  # "46 el número de reclusas fallecidas", "1,5 millones el
                skipped += 3  # número de personas bajo orden de evacuación"
                continue
            if number_of:
                continue
            if self.lang == "ar" and k == j and t.kind == "w":
                continue  # the counted noun right after the number ("22 متسلقا لقوا حتفهم")
            if not (t.low in lx.FUNCTION_WORDS or t.low in lx.PERSON_NOUNS or self._demonym(t)
                    or t.low in lx.STATE_LINKS
                    or t.low in ("in", "near", "from", "at", "à", "en", "dans", "im", "bei")
                    or (t.kind == "w" and t.text[0].isupper())):
                return None
        return None

    def _clause_comma(self, k: int) -> int | None:
        """The comma closing a short inserted clause that starts at token k, if any."""
        for n in range(k, min(k + 8, len(self.toks))):
            if self.toks[n].text in (",", "،"):
                return n
            if self.toks[n].text in _CLAUSE_PUNCT:
                return None
        return None

    def _cue_before(self, first: int) -> tuple[str, int] | None:
        q_len = self._qualifier_length(first)
        k = first - q_len - 1
        if k >= 0 and self.toks[k].text in lx.CURRENCY_SYMBOLS:
            return None
        if k >= 0 and self.toks[k].low in lx.BLOCKING_PREPOSITIONS:
            return None
        commas = 0
        # a running total named far before "rose to 6" / "auf 44 gestiegen" ("The death toll
        # from the collapse of a high-rise ... in Lagos has risen to 6")
        reach = 28 if self._low(k) in _TOLL_LINKS else 16
        for dist, idx in enumerate(range(k, max(-1, k - reach), -1)):
            t = self.toks[idx]
            if t.kind == "d":
                return None
            if t.text in _NAME_QUOTES:
                continue  # "des Zyklons „Remal“ auf 7": quotes around a name end no clause
            if t.text in _CLAUSE_PUNCT:
                if t.text not in (",", "،") or commas == 2:
                    return None
                commas += 1  # "the toll from the riot in Guayaquil, Ecuador, rose to 118"
                continue
            cue = self._cue(idx)
            if cue is not None:
                if commas or dist >= 12:
                    return (cue, dist) if self._names_total(idx) else None
                return cue, dist
        return None

    def _names_total(self, k: int) -> bool:
        """"toll", "bilan", or "the number of dead" / "Zahl der Toten" / "عدد القتلى"."""
        if any(f in lx.TOLL_WORDS for f in self._forms(k)):
            return True
        head = k - 2 if self._low(k - 1) in lx.OF_WORDS else k - 1
        if any(f in lx.TOLL_HEADS for f in self._forms(head)):
            return True
        # "Die Zahl der Menschen, die wegen der Dürre ihre Heimat verlassen mussten, ist ... auf"
        return any(self._low(n) in lx.TOLL_HEADS and self._low(n + 1) in lx.OF_WORDS
                   for n in range(max(0, k - 10), k))

    # count --------------------------------------------------------------------------------
    def _count_unit(self, num: _Numeral, j: int) -> str | None:
        if num.value < 2 or (num.in_words and num.value < 10) or num.value != int(num.value):
            return None
        if self.lang == "ar":
            return self._arabic_count(num, j)
        if j >= len(self.toks) or self.toks[j].kind != "w":
            return None
        t = self.toks[j]
        if t.low in lx.PERSON_NOUNS and t.low not in lx.OTHERS:
            return "count"
        if t.low in lx.NOT_COUNTED or t.low in lx.TIME_UNITS or t.low in lx.FUNCTION_WORDS:
            return None
        if t.low in lx.MONTHS or t.low in lx.LABEL_WORDS:
            return None
        if self.lang == "de":
            return "count" if t.text[0].isupper() else None
        if t.text[0].isupper() and not self._demonym(t):
            return None  # "3 Doors Down", a name
        if t.low.endswith(("s", "x")):
            return "count"
        nxt = self.toks[j + 1] if j + 1 < len(self.toks) else None
        if nxt is not None and nxt.kind == "w" and nxt.text[0].islower() and \
                nxt.low.endswith(("s", "x")) and nxt.low not in lx.NOT_COUNTED and \
                nxt.low not in lx.FUNCTION_WORDS and nxt.low not in lx.TIME_UNITS:
            return "count"  # "2,800 collapsed buildings", "189 member countries"
        return None

    def _arabic_count(self, num: _Numeral, j: int) -> str | None:
        """Digits before an Arabic noun ("60 ألف مشجع"); never words, never a time unit."""
        if num.in_words or j >= len(self.toks) or self.toks[j].kind != "w":
            return None
        forms = self._forms(j)
        if any(f in lx.TIME_UNITS or f in lx.FUNCTION_WORDS or f in lx.MONTHS
               or f in lx.NOT_COUNTED or f in _AR_NOT_NOUNS for f in forms):
            return None
        return "count"

    # qualifiers ---------------------------------------------------------------------------
    def _qualifier_length(self, first: int) -> int:
        return self._qualifier_match(first)[1]

    def _qualifier_match(self, first: int) -> tuple[str, int]:
        table = lx.QUALIFIERS_BEFORE[self.lang]
        end = first
        if end > 0 and self.toks[end - 1].text in lx.CURRENCY_SYMBOLS:
            end -= 1
        best: tuple[str, int] = ("exact", 0)
        for size in range(lx.QUALIFIER_MAX_TOKENS, 0, -1):
            if end - size < 0:
                continue
            words = tuple(self._qualifier_word(k) for k in range(end - size, end))
            if "" in words:
                continue
            if words in table:
                best = (table[words], size)
                break
        return best

    def _qualifier_word(self, k: int) -> str:
        t = self.toks[k]
        if t.kind == "p":
            return ""  # "jusqu'à" is matched as ("jusqu", "à") across the apostrophe below
        if self.lang == "ar" and t.low.startswith("و") and len(t.low) > 2:
            return t.low[1:] if t.low[1:] in _AR_QUALIFIER_STARTS else t.low
        return t.low

    def _qualifier(self, first: int) -> tuple[str, int]:
        """(qualifier, token index where the span starts)."""
        start = first
        if start > 0 and self.toks[start - 1].text in lx.CURRENCY_SYMBOLS:
            start -= 1
        qualifier, size = self._qualifier_match(first)
        if size == 0:
            qualifier, size = self._apostrophe_qualifier(start)
        return qualifier, start - size

    def _apostrophe_qualifier(self, start: int) -> tuple[str, int]:
        """"jusqu'à 100", "plus d'un million": qualifiers split by an apostrophe token."""
        if start >= 3 and self.toks[start - 2].text in _QUOTES:
            pair = (self._low(start - 3), self._low(start - 1))
            q = lx.QUALIFIERS_BEFORE[self.lang].get(pair)
            if q:
                return q, 3
        if start >= 2 and self.toks[start - 1].text in _QUOTES:
            q = lx.QUALIFIERS_BEFORE[self.lang].get(("plus", self._low(start - 2)))
            if self._low(start - 2) == "d" and start >= 3:
                q = lx.QUALIFIERS_BEFORE[self.lang].get((self._low(start - 3), "d"))
                if q:
                    return q, 3
        return "exact", 0

    def _qualifier_after(self, j: int) -> tuple[str | None, int]:
        """("at_least", 2) for "32,000 or more"; (None, 0) when there is none."""
        for size in (2, 1):
            words = tuple(self._low(k) for k in range(j, j + size))
            if words in lx.QUALIFIERS_AFTER:
                return lx.QUALIFIERS_AFTER[words], size
        if j < len(self.toks) and self.toks[j].text in _DASHES and self._low(j + 1) == "plus":
            return "over", 2
        if self.lang == "ar" and (self._low(j + 1), self._low(j + 2)) in lx.QUALIFIERS_AFTER:
            return lx.QUALIFIERS_AFTER[(self._low(j + 1), self._low(j + 2))], 0  # "300 شخص على الأقل"
        return None, 0

    # subject, place, source ---------------------------------------------------------------
    def _subject(self, j: int, unit: str) -> str | None:
        """The counted noun phrase after the numeral, as written ("Palestinians", "people")."""
        j = self._skip_of(j)
        k = j
        while k < len(self.toks) and k - j < 3:
            t = self.toks[k]
            if t.kind != "w" or t.low in _SUBJECT_STOPS:
                break
            if t.low in lx.FUNCTION_WORDS and not (k == j and t.low in lx.PERSON_NOUNS):
                break
            if k > j and self._cue(k) is not None:
                break
            k += 1
            if t.low in lx.PERSON_NOUNS or self._demonym(t):
                break  # "Gazans face famine" -> "Gazans"
        if k == j:
            return None
        start = self.toks[j].start
        back = self._remains_before(j)
        if back is not None:
            start = self.toks[back].start
        return self.text[start:self.toks[k - 1].end]

    def _remains_before(self, j: int) -> int | None:
        """"the remains of around 30 others": index of "remains", so the subject says it."""
        for k in range(j - 1, max(-1, j - 6), -1):
            forms = self._forms(k)
            if any(lx.SUBJECT_CLASSES.get(f) == "bodies" for f in forms):
                return k
            if self.toks[k].text in _CLAUSE_PUNCT:
                return None
        return None

    def _place(self, first: int, unit: str) -> str | None:
        """A place named next to the figure: "in Gaza", "Gaza death toll", "في غزة"."""
        if self.place_cache is None:
            self.place_cache = self._place_candidates()
        if not self.place_cache:
            return None
        return min((abs(k - first), name) for k, name in self.place_cache)[1]

    def _place_candidates(self) -> list[tuple[int, str]]:
        candidates: list[tuple[int, str]] = []
        for k, t in enumerate(self.toks):
            if t.kind != "w" or k in self.used:
                continue
            name = None
            if t.low in _PLACE_PREPOSITIONS or (t.low.startswith("و") and
                                                t.low[1:] in _PLACE_PREPOSITIONS):
                name = self._place_after(k + 1, strict=t.low in (
                    "on", "at", "near", "bei", "im", "am", "au", "aux", "over", "into", "sur",
                    "über", "sobre", "على"))
            elif "\u0600" <= t.text[0] <= "\u06ff":
                if t.text.startswith("ب") and len(t.low) > 3:
                    name = self._resolvable(self.text[t.start + 1:t.end])
            elif t.text[0].isupper() and (self._cue(k + 1) or self._possessive(k)):
                name = self._resolvable(t.text, major=True)  # "Gaza death toll"
            if name:
                candidates.append((k, name))
        return candidates

    def _modifier_place(self, j: int, end: int) -> str | None:
        """A place inside a noun phrase: "Gaza's population", "سكان غزة"."""
        for k in range(j, end):
            name = self._resolvable(self.toks[k].text)
            if name:
                return name
        return None

    def _possessive(self, k: int) -> bool:
        return self._low(k + 1) in _QUOTES and self._low(k + 2) == "s" and \
            self._cue(k + 3) is not None

    def _place_after(self, k: int, *, strict: bool = False) -> str | None:
        """The place named after a preposition: a known place, else (not in German, not after
        "on"/"at") a capitalised name ending the phrase ("in Lahaina")."""
        bare = True  # no article or area word between the preposition and the name
        if self._low(k) in _LATIN_ARTICLES:
            k, bare = k + 1, False
        found = self._known_place_at(k)
        if found:
            return found
        if self._low(k) in _DIRECTIONS:  # "in western Afghanistan" (but "West Bank" above)
            k, bare = k + 1, False
        if self._low(k + 1) in _AREA_WORDS and k < len(self.toks) and \
                self.toks[k].text[:1].isupper():  # "the eastern Indian state of Bihar"
            k, bare = k + 1, False
        if self._low(k) in _AREA_WORDS:  # "la provincia de Valencia"
            k, bare = k + 1, False
            if self._low(k) in lx.OF_WORDS:
                k += 1
            if self._low(k) in _QUOTES:
                k += 1
        if k >= len(self.toks) or self.toks[k].kind != "w":
            return None
        found = self._known_place_at(k)
        if found:
            return found
        t = self.toks[k]
        if strict or self.lang == "ar" or not t.text[0].isupper() or len(t.text) < 3:
            return None
        if self.lang == "de" and not bare:
            return None  # German nouns are capitalised: "in der Stadt" is no place name
        if t.low in lx.MONTHS or t.low in _WEEKDAYS or self._cue(k) is not None:
            return None
        nxt = self.toks[k + 1] if k + 1 < len(self.toks) else None
        if nxt is not None and nxt.kind == "w" and nxt.text[0].isupper():
            return None  # "in Security Council ...": a name, not clearly a place
        return t.text

    def _known_place_at(self, k: int) -> str | None:
        """The longest known place name (up to 3 words) starting at token k."""
        if k >= len(self.toks) or self.toks[k].kind != "w":
            return None
        for size in (3, 2, 1):
            end = k + size - 1
            if end >= len(self.toks):
                continue
            raw = self.text[self.toks[k].start:self.toks[end].end]
            if self._resolvable(raw):
                return raw
        return None

    def _known_place_names(self) -> frozenset[str]:
        """The normalised names of the places the classify stage found (computed once)."""
        if self._place_names is None:
            from wirewatch.figures.places import normalise_place

            self._place_names = frozenset(normalise_place(p.name) for p in self.places)
        return self._place_names

    def _resolvable(self, raw: str, *, major: bool = False) -> str | None:
        from wirewatch.figures.places import gazetteer, normalise_place

        if not raw:
            return None
        is_latin = not ("\u0600" <= raw[0] <= "\u06ff")
        if is_latin and not raw[0].isupper():
            return None
        norm = normalise_place(raw)
        if norm in lx.MONTHS or norm in _WEEKDAYS:
            return None
        if norm in self._known_place_names():
            return raw
        found = gazetteer().resolve_major(raw) if major else gazetteer().resolve(raw)
        return raw if found else None

    def _source(self) -> str | None:
        if self.source_cache is not False:
            return self.source_cache  # type: ignore[return-value]
        chunk = self.text[self.start:self.end]
        found = None
        for pattern in _SOURCE_PATTERNS.get(self.lang, ()):
            m = pattern.search(chunk)
            if m:
                found = _trim_source(m.group(1))
                break
        self.source_cache = found or None
        return self.source_cache


_SOURCE_STOPS = frozenset({"im", "in", "am", "an", "auf", "wurden", "wurde", "seien", "sind",
                           "ist", "hat", "haben", "bei", "nach", "vor", "إن", "ان", "أن", "في",
                           "على", "that", "on", "que", "qu", "dass", "have", "has", "were",
                           "mit"})


def _trim_source(raw: str) -> str | None:
    words = []
    for w in raw.split()[:8]:
        if words and w in _SOURCE_STOPS:
            break
        words.append(w)
    return " ".join(words).strip(" '\"") or None
