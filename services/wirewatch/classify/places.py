"""Places (stage ``find_places``): countries, regions and cities with ISO codes and GeoNames ids.

How a place is found, in order:
1. The title and text are folded (``textfold``: no diacritics, no case, one form per Arabic
   letter, same offsets) and run through the gazetteer's Aho-Corasick automaton.
2. Each hit is checked at its edges: a whole word (Arabic: clitics such as و ب ل ال may be
   glued in front, adjective endings such as ي ية يين behind a country), a capital initial
   for Latin names, exact spelling for acronyms such as "US". Overlaps go to the longest.
3. People are not places: a city (or a name that is also a first name, like "Jordan") next to
   another capitalised word ("Lloyd Austin", "Austin Smith", "Real Madrid", "Washington
   Post") or after a title ("Secretary Austin") is dropped, and so is every later bare
   mention of the same name in the article ("Austin's planned meeting").
4. Ambiguous names go to the candidate whose country the article mentions elsewhere, then
   to countries, capitals and bigger cities ("Georgia" is the country unless the US is in
   the story; "Gaza" is the Gaza Strip, PS).
5. Small cities and first-level subdivisions are kept only when their country is in the
   story too, or when they are big (100k+) and their name is not a common word.
6. Every kept place's country is added ("Rafah" gives PS), and places are ranked by
   mentions (demonyms like "Israeli" count half) and by how early they first appear.
"""

from __future__ import annotations

import json
import math
import unicodedata
from importlib import resources
from dataclasses import dataclass

from wirewatch.classify.gazetteer import Gazetteer, GazetteerPlace, Surface
from wirewatch.classify.textfold import SEPARATOR, strip_marks
from wirewatch.model import Article, PlaceMention

ARABIC_CLITICS = frozenset({"و", "ف", "ب", "ل", "ك", "ال", "وال", "بال", "فال", "كال", "لل",
                            "وب", "ول", "فب", "فل", "وبال", "ولل", "فلل", "وك"})
ARABIC_COUNTRY_ENDINGS = frozenset({"ي", "يه", "يون", "يين", "يان", "يا", "ه", "ون", "ين",
                                    "ان", "يات"})
MAX_LATIN_DEMONYM_ENDING = 5
GLUED_PREPOSITIONS = frozenset({"ب", "ل", "بال", "لل", "وب", "ول", "فب", "وبال"})
BIG_CITY = 100_000  # kept without their country in the story (alias match)
BIG_PRIMARY_CITY = 40_000  # the same when the text has the city's main name ("Venice")
PLACE_DESCRIPTORS = frozenset({"City", "Province", "State", "Governorate", "Region", "District",
                               "County", "Valley", "Strip", "Bay", "Crossing", "Border",
                               "Airport", "Port", "Camp", "Area", "Metro"})


@dataclass(slots=True)
class Hit:
    """One checked match of a surface in the folded text."""

    start: int
    end: int  # exclusive
    surface: Surface
    demonym: bool
    candidates: list[int]
    place: int | None = None  # the chosen candidate, set by disambiguation
    after_locative: bool = False  # "في رفح", "برفح": Arabic cities count only with one


def _word_start(folded: str, start: int) -> int:
    while start > 0 and folded[start - 1].isalnum():
        start -= 1
    return start


def _word_end(folded: str, end: int) -> int:
    while end < len(folded) and folded[end].isalnum():
        end += 1
    return end


def _previous_word(text: str, start: int) -> str:
    """The token right before ``start`` if only one space separates them, else ''."""
    if start < 2 or text[start - 1] != " " or not text[start - 2].isalnum() and \
            text[start - 2] not in ".'":
        return ""
    i = start - 2
    while i > 0 and not text[i - 1].isspace():
        i -= 1
    return text[i:start - 1]


def _next_word(text: str, end: int) -> str:
    if end + 1 >= len(text) or text[end] != " ":
        return ""
    j = end + 1
    while j < len(text) and (text[j].isalnum() or text[j] in "-'"):
        j += 1
    return text[end + 1:j]


def _common_words() -> dict[str, frozenset[str]]:
    """Per language, words the topic training sentences use as ordinary words
    (bench/train_topics.py writes them)."""
    path = resources.files("wirewatch") / "data" / "classify" / "common_words.json"
    if not path.is_file():
        return {}
    words = json.loads(path.read_text(encoding="utf-8"))["words"]
    return {lang: frozenset(ws) for lang, ws in words.items()}


def _display_name(name: str) -> str:
    """GeoNames' "Rafaḩ" as "Rafah": marks outside Latin-1 are dropped, é and ü are kept."""
    if all(ord(c) < 0x250 for c in name) and all(ord(c) < 0x100 for c in name):
        return name
    out = []
    for char in name:
        if ord(char) < 0x100:
            out.append(char)
        else:
            out.append("".join(c for c in unicodedata.normalize("NFKD", char)
                               if not unicodedata.combining(c)))
    return "".join(out)


class PlaceFinder:
    """Finds, disambiguates and ranks the places of an article."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        extra = gazetteer.extra
        self.titles = frozenset(extra["titles"])
        self.function_words = frozenset(extra["function_words"])
        self.weak_names = frozenset(gazetteer.folder.key(n) for n in extra["weak_names"])
        self.person_like = frozenset(gazetteer.folder.key(n) for n in extra["person_like_names"])
        self.locatives = frozenset(gazetteer.folder.key(w) for w in extra["locatives"])
        self.common_words = _common_words()

    @classmethod
    def load(cls) -> "PlaceFinder":
        return cls(Gazetteer())

    def __call__(self, article: Article) -> Article:
        article.places = self.find(article.title, article.text, article.language)
        return article

    # -- the steps -----------------------------------------------------------------------
    def find(self, title: str, text: str, language: str = "und") -> list[PlaceMention]:
        original = strip_marks(f"{title}\n\n{text}" if title else text)
        folded, marked = self.gazetteer.folder.fold_marked(original)
        hits = self._checked_hits(original, folded, SEPARATOR + marked + SEPARATOR, language)
        hits = self._drop_people(original, folded, hits, language)
        self._disambiguate(hits)
        hits = self._supported(hits, self.common_words.get(language, frozenset()))
        return self._ranked(hits, len(original))

    def _checked_hits(self, original: str, folded: str, marked: str, language: str) -> list[Hit]:
        hits: list[Hit] = []
        for last, (surface, right) in self.gazetteer.automaton.iter(marked):
            end = last - right  # ``marked`` has one separator in front of the text
            start = end - len(surface.key)
            if surface.plain and not original[start].isupper():
                continue  # the common miss, skipped without a call: "march" for "March"
            hit = self._check(original, folded, start, end, surface, language)
            if hit is not None:
                hits.append(hit)
        hits.sort(key=lambda h: (-(h.end - h.start), h.start))  # longest first
        kept: list[Hit] = []
        taken: set[int] = set()
        for hit in hits:
            span = range(hit.start, hit.end)
            if not taken.intersection(span):
                kept.append(hit)
                taken.update(span)
        kept.sort(key=lambda h: h.start)
        return [h for h in kept if not h.surface.blocker and h.candidates]

    def _check(self, original: str, folded: str, start: int, end: int, surface: Surface,
               language: str) -> Hit | None:
        word_start = _word_start(folded, start)
        word_end = _word_end(folded, end)
        demonym = surface.demonym
        candidates = surface.places
        if surface.arabic:
            if word_start < start and folded[word_start:start] not in ARABIC_CLITICS:
                return None
            if word_end > end:
                if folded[end:word_end] not in ARABIC_COUNTRY_ENDINGS:
                    return None
                candidates = self._countries(surface) + surface.demonym_places
                demonym = True
            return Hit(start, end, surface, demonym, candidates,
                       after_locative=self._after_locative(folded, start, word_start))
        if word_start < start:
            return None
        if start > 1 and folded[start - 1] == "-" and folded[start - 2].isalpha() \
                and not self._countries(surface):
            return None  # the tail of a compound: "Croissant-Rouge", "Hamas-Gaza"
        if word_end > end:
            ending = word_end - end
            if surface.demonym_places and ending <= MAX_LATIN_DEMONYM_ENDING:
                candidates, demonym = surface.demonym_places, True
            elif language == "de" and ending == 1 and folded[end] == "s" \
                    and self._countries(surface):
                candidates = self._countries(surface)  # German genitive: "Israels"
            else:
                return None
        if surface.exact is not None:
            if original[start:end] != surface.exact:
                return None
        elif surface.capitals and not all(original[start + i].isupper()
                                          for i in surface.capitals):
            return None
        return Hit(start, word_end if demonym else end, surface, demonym, candidates)

    def _after_locative(self, folded: str, start: int, word_start: int) -> bool:
        if word_start < start:
            return folded[word_start:start] in GLUED_PREPOSITIONS
        previous = folded[max(0, start - 20):start].rstrip().rsplit(maxsplit=1)
        return bool(previous) and previous[-1] in self.locatives

    def _countries(self, surface: Surface) -> list[int]:
        return [i for i in surface.places if self.gazetteer.places[i].kind == "country"]

    def _drop_people(self, original: str, folded: str, hits: list[Hit],
                     language: str) -> list[Hit]:
        starts = {h.start for h in hits}
        person_keys: set[str] = set()
        for hit in hits:
            if self._looks_like_person(original, folded, hit, starts, language):
                person_keys.add(hit.surface.key)
        return [h for h in hits if h.surface.key not in person_keys]

    def _looks_like_person(self, original: str, folded: str, hit: Hit, starts: set[int],
                           language: str) -> bool:
        surface = hit.surface
        if surface.arabic or language == "de":
            return self._lacks_locative(original, folded, hit)
        if hit.demonym or not surface.capitals or surface.exact:
            return False
        kinds = {self.gazetteer.places[i].kind for i in surface.places}
        person_like = surface.key in self.person_like
        if "country" in kinds and not person_like:
            return False
        previous = _previous_word(original, hit.start)
        if previous in self.titles:
            return True
        capitalised_before = previous[:1].isupper() and "-" not in previous \
            and previous not in self.function_words and (hit.start - len(previous) - 1) not in starts
        if capitalised_before:
            return True
        if "city" in kinds:
            following = _next_word(original, hit.end)
            if following[:1].isupper() and following not in PLACE_DESCRIPTORS \
                    and following not in self.function_words and (hit.end + 1) not in starts:
                return True
        return False

    def _lacks_locative(self, original: str, folded: str, hit: Hit) -> bool:
        """Where capitals do not tell names apart (Arabic, German), a city whose name is also
        a person's ("أوستن", "Austin") needs a locative in front ("في", "in", glued "بـ")."""
        places = self.gazetteer.places
        if hit.demonym or not any(places[i].kind == "city" and self._person_name(places[i])
                                  for i in hit.candidates):
            return False
        return not self._after_locative(folded, hit.start, _word_start(folded, hit.start))

    def _person_name(self, place: GazetteerPlace) -> bool:
        key = self.gazetteer.folder.key(place.name)
        return key in self.weak_names or key in self.person_like

    def _disambiguate(self, hits: list[Hit]) -> None:
        places = self.gazetteer.places
        context: set[str] = set()
        for hit in hits:
            codes = {places[i].country_code for i in hit.candidates}
            if len(codes) == 1:
                context.update(codes)
        for hit in hits:
            primary = hit.surface.primary
            hit.place = max(hit.candidates, key=lambda i: self._prior(places[i], context)
                            + (0.5 if i in primary else 0.0))

    @staticmethod
    def _prior(place: GazetteerPlace, context: set[str]) -> float:
        score = 3.0 if place.country_code in context else 0.0
        if place.kind == "country":
            return score + 2.0 + math.log10(max(place.population, 1)) / 100
        if place.kind == "region":
            return score + 1.0 + math.log10(max(place.population, 1)) / 10
        if place.kind == "subdivision":
            return score + 0.3
        return score + 1.0 + (0.3 if place.capital else 0.0) + math.log10(max(place.population, 1)) / 4

    def _supported(self, hits: list[Hit], common_words: frozenset[str]) -> list[Hit]:
        """Keep countries, big or capital cities, and places whose country the story names."""
        places = self.gazetteer.places
        mentioned_by: dict[str, set[int]] = {}
        for hit in hits:
            code = places[hit.place].country_code  # type: ignore[index]
            if code:
                mentioned_by.setdefault(code, set()).add(hit.place)  # type: ignore[arg-type]
        kept = []
        for hit in hits:
            place = places[hit.place]  # type: ignore[index]
            others = mentioned_by.get(place.country_code or "", set()) - {hit.place}
            common = not hit.demonym and (hit.surface.key in common_words or (
                hit.surface.arabic and hit.surface.key in self.weak_names))
            if others or (place.kind == "country" and not (common and hit.surface.arabic)):
                kept.append(hit)
            elif hit.surface.key in self.weak_names or place.kind == "subdivision" or common:
                continue  # "Most", "Cela", "Ende", "مالي": a word first, a place with support
            elif hit.surface.arabic:
                if place.capital or place.kind == "region" or (
                        place.population >= BIG_CITY and (place.notable or hit.after_locative)):
                    kept.append(hit)  # Arabic city names are often common words: need support
            elif place.capital or place.kind == "region" or place.population >= BIG_CITY \
                    or place.notable \
                    or (hit.place in hit.surface.primary and place.population >= BIG_PRIMARY_CITY):
                kept.append(hit)
        return kept

    def _ranked(self, hits: list[Hit], length: int) -> list[PlaceMention]:
        places = self.gazetteer.places
        weight: dict[int, float] = {}
        first: dict[int, int] = {}
        for hit in hits:
            index = hit.place  # type: ignore[assignment]
            share = 0.5 if hit.demonym else 1.0
            weight[index] = weight.get(index, 0.0) + share
            first.setdefault(index, hit.start)
            country = self.gazetteer.country_index.get(places[index].country_code or "")
            if country is not None and country != index:
                weight[country] = weight.get(country, 0.0) + share / 2
                first.setdefault(country, hit.start)
        mentions = []
        for index, total in weight.items():
            earliness = 1.0 - first[index] / max(length, 1)
            raw = total + 1.5 * earliness
            place = places[index]
            mentions.append(PlaceMention(name=_display_name(place.name),
                                         country_code=place.country_code,
                                         geonames_id=place.geonames_id,
                                         score=round(raw / (raw + 2.0), 3)))
        mentions.sort(key=lambda m: -m.score)
        return mentions
