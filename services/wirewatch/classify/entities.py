"""People and organisations (stage ``find_entities``): fast rules, every language.

Why rules and not a statistical NER: the whole classify stage has 10 ms per 3 KB article on one
core; spaCy's small English pipeline takes about 40 ms with every component on, PyPI carries
spaCy models only for some languages (and only as third-party re-uploads for English), and the
other NER libraries download models at run time. These rules take well under a millisecond.

Latin-script text: runs of capitalised words ("Lloyd Austin", "Bank of Japan") are candidates.
A run is an organisation when it is a known one, an acronym, or holds an organisation word
("Ministry", "Bank", "Union", "Forces", ...); a person when it has two to four name words, or one
word right after a title ("President Biden"). Places found by ``find_places`` and place-like
words are left out. A bare surname later in the article ("Austin's planned meeting") is the
person named in full earlier ("Lloyd Austin"): names are normalised to their longest form.
Arabic has no capitals: organisations come from a shipped list, people from the two words after
a title ("الرئيس ..."), which is rough; see bench/eval_entities.py for the measured quality.
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from importlib import resources
from typing import Any

from wirewatch.classify.textfold import TextFolder, strip_marks
from wirewatch.model import Article, NamedEntity

TOKEN = re.compile(r"[^\W\d_][\w'’\-]*\.?|\d+")
ARABIC_WORD = re.compile(r"[\u0600-\u06ff]+")
PLACE_WORDS = frozenset({"Strip", "City", "Coast", "Island", "Islands", "Republic", "Sea", "Ocean",
                         "River", "Mountains", "Square", "Reef", "Valley", "Street", "Road",
                         "Province", "State", "County", "District", "Region", "Bay", "Lake",
                         "Desert", "Gulf", "Peninsula", "Mosque", "Church", "Cathedral", "Stadium",
                         "Airport", "Station", "Bridge", "Park", "República", "Republik",
                         "République", "Atlas", "Olympiastadion", "Stadion", "Stade", "Estadio"})
ARABIC_STOPWORDS = frozenset({"في", "من", "الى", "على", "عن", "ان", "قال", "قالت", "يوم", "الذي",
                              "التي", "مع", "بعد", "قبل", "خلال", "بين", "حول", "و", "اكثر", "اقل",
                              "كل", "بعض", "هذا", "هذه", "ذلك", "تلك", "انه", "انها", "لا", "لم",
                              "لن", "قد", "كان", "كانت", "منذ", "حتى", "عند", "بان", "بانه"})
MAX_NAME_WORDS = 4
_INITIALS = re.compile(r"(?:[A-Z]\.)+")
_ABBREVIATION = re.compile(r"(?:[A-Z]\.)+|[A-Z][a-z]{0,2}\.")
_ACRONYM = re.compile(r"[A-Z]{2,6}")
_POSSESSIVES = ("'s", "’s", "'", "’")
TITLE_ENDINGS = ("minister", "ministerin", "kanzler", "kanzlerin", "präsident", "präsidentin",
                 "sekretär", "sekretärin", "sprecher", "sprecherin", "trainer", "chef")
GERMAN_NOUN_ENDINGS = ("ung", "heit", "keit", "schaft", "kräfte", "isch", "ische", "ischen",
                       "ischer", "abend", "morgen", "tag", "en", "e")


@dataclass(slots=True)
class Span:
    words: list[str]
    start: int
    titled: bool  # right after a person title


def _load_extra() -> dict[str, Any]:
    path = resources.files("wirewatch") / "data" / "classify" / "entities_extra.json"
    return json.loads(path.read_text(encoding="utf-8"))


def _country_names(places_extra: dict[str, Any]) -> frozenset[str]:
    """Country names in en/fr/es/de and the project's aliases, folded: never people."""
    import gettext

    import pycountry

    fold = TextFolder().key
    names = {fold(a) for aliases in places_extra["country_aliases"].values() for a in aliases}
    names |= {fold(s) for row in places_extra["places_extra"] for s in row["surfaces"]}
    for locale in ("fr", "es", "de"):
        translation = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[locale],
                                          fallback=True)
        for country in pycountry.countries:
            names.add(fold(translation.gettext(country.name)))
            names.add(fold(country.name))
    return frozenset(names)


def _clean(word: str) -> str:
    if word.endswith(_POSSESSIVES):
        for suffix in _POSSESSIVES:
            if word.endswith(suffix):
                return word[: -len(suffix)]
    if not word.endswith("."):
        return word  # nothing to strip
    return word.rstrip(".") if not _INITIALS.fullmatch(word) else word


def _known_names_pattern(names: list[str]) -> re.Pattern[str]:
    r"""``(?<!\w)(name|...)(?!\w)``, in the form the regex engine scans fast (see above)."""
    if all(name[:1] not in ("", "\n") for name in names):
        return re.compile("(" + "|".join(re.escape(n[:1]) + r"(?<!\w.)" + re.escape(n[1:]) for n in names)
                          + r")(?!\w)")
    return re.compile(r"(?<!\w)(" + "|".join(re.escape(n) for n in names) + r")(?!\w)")


class EntityFinder:
    """Finds and normalises the people and organisations of an article."""

    def __init__(self, extra: dict[str, Any], demonyms: list[str],
                 place_names: frozenset[str] = frozenset(),
                 common_words: frozenset[str] = frozenset()) -> None:
        self.folder = TextFolder()
        # the folded key of a word or name, memoised: runs meet the same words again and again
        self._key = functools.lru_cache(maxsize=1 << 16)(self.folder.key)
        titles = extra["person_titles"]
        self.titles = frozenset(t.split()[-1] for t in titles)
        self.org_words = frozenset(extra["org_words"])
        self.known_orgs = frozenset(extra["known_orgs"])
        # (?<!\w)(name|...)(?!\w), with the look-behind moved after each name's first character
        # ("U(?<!\w.)N": no word character before the "U"; "." takes any first character but a
        # newline, so a list with a name opening with one keeps the plain form): every branch
        # then opens with a literal, and the regex engine skips the positions no name starts
        # at instead of trying the look-behind at each.
        self.known_org_pattern = _known_names_pattern(sorted(self.known_orgs, key=len, reverse=True))
        self.not_names = frozenset(extra["not_names"])
        self.connectors = frozenset(extra["connectors"])
        # longest first, ties alphabetically: set order varies with PYTHONHASHSEED, and the
        # same article must give the same output in every process
        self.arabic_orgs = sorted({self.folder.key(o) for o in extra["arabic_orgs"]},
                                  key=lambda k: (-len(k), k))
        self.demonym_stems = frozenset(self.folder.key(d) for d in demonyms)
        self._long_stems = frozenset(s for s in self.demonym_stems if len(s) >= 4)
        self.place_names = place_names  # folded country names in many languages
        self.common_words = common_words  # folded words of the topic model's vocabulary
        self.arabic_titles = frozenset(self.folder.key(t).split()[-1]
                                       for t in extra["arabic_person_titles"])

    @classmethod
    def load(cls) -> "EntityFinder":
        folder = resources.files("wirewatch") / "data" / "classify"
        places = json.loads((folder / "places_extra.json").read_text(encoding="utf-8"))
        demonyms = [d for names in places["demonyms"].values()
                    for d in names if d[:1].isascii() or "\u00c0" <= d[:1] <= "\u024f"]
        vocabulary = json.loads((folder / "topics_vocab.json").read_text(encoding="utf-8"))
        common = frozenset(f for f in vocabulary["features"] if not f.endswith("~"))
        return cls(_load_extra(), demonyms + ["US", "UK"], _country_names(places), common)

    def __call__(self, article: Article) -> Article:
        people, organizations = self.find(article.title, article.text, article.language,
                                          [p.name for p in article.places])
        article.people = [NamedEntity(n) for n in people]
        article.organizations = [NamedEntity(n) for n in organizations]
        return article

    def find(self, title: str, text: str, language: str = "und",
             place_names: list[str] | None = None) -> tuple[list[str], list[str]]:
        body = f"{title}.\n{text}" if title else text
        if language == "ar":
            return self._find_arabic(body)
        places = {self._key(n) for n in place_names or []}
        people: list[str] = []
        organizations: list[str] = []
        for match in self.known_org_pattern.finditer(body):
            if match.group() not in organizations:
                organizations.append(match.group())
        for span in self._spans(body):
            name = " ".join(span.words)
            kind = self._kind(span, name, places, language)
            if kind == "org":
                org = self._org_name(span, places)
                if org not in organizations and not any(org in o for o in organizations):
                    organizations = [o for o in organizations if o not in org] + [org]
            elif kind == "person":
                people.append(name)
        return self._normalised_people(people, organizations), organizations

    # -- Latin script ----------------------------------------------------------------------
    def _spans(self, text: str) -> list[Span]:
        spans: list[Span] = []
        words: list[str] = []
        start = 0
        titled = False
        previous_end = -1
        previous_word = ""
        for match in TOKEN.finditer(text):
            word = match.group()
            capital = word[:1].isupper()
            if not words:  # no run open: only a capitalised word opens one (most words do not)
                if capital:
                    words, start = [word], match.start()
                    titled = self._is_title(_clean(previous_word)) and previous_end + 1 == match.start()
                previous_end = match.end()
                previous_word = word
                continue
            joined = match.start() == previous_end + 1 and text[previous_end] == " " \
                and not self._ends_sentence(previous_word)
            if joined and capital and self._is_title(_clean(previous_word)):
                spans.append(Span(words, start, titled))  # "Defense Secretary | Lloyd Austin"
                words, start, titled = [word], match.start(), True
            elif joined and (capital or word in self.connectors):
                words.append(word)
            else:
                spans.append(Span(words, start, titled))
                words = []
                if capital:
                    words, start = [word], match.start()
                    titled = self._is_title(_clean(previous_word)) and previous_end + 1 == match.start()
            previous_end = match.end()
            previous_word = word
        if words:
            spans.append(Span(words, start, titled))
        return [s for s in (self._trimmed(s) for s in spans) if s.words]

    def _is_title(self, word: str) -> bool:
        """A person title, German compounds too ("Verteidigungsminister", "Bundeskanzler")."""
        return word in self.titles or (len(word) > 8 and word.lower().endswith(TITLE_ENDINGS))

    @staticmethod
    def _ends_sentence(word: str) -> bool:
        return word.endswith(".") and not _ABBREVIATION.fullmatch(word)

    def _trimmed(self, span: Span) -> Span:
        words = [_clean(w) for w in span.words]
        titled = span.titled
        while words and (words[0] in self.not_names or self._is_title(words[0])
                         or self._adjective(words[0])):
            titled = titled or self._is_title(words[0])
            words = words[1:]
        while words and (words[-1] in self.connectors or self._is_title(words[-1])):
            words = words[:-1]
        return Span(words, span.start, titled)

    def _adjective(self, word: str) -> bool:
        """A demonym or place adjective opening a run: "Israeli", "Russische", "US"."""
        key = self._key(word)
        return key in self.demonym_stems or any(
            key[:n] in self._long_stems for n in range(4, len(key) + 1))

    def _kind(self, span: Span, name: str, places: set[str], language: str) -> str:
        words = span.words
        while len(words) > 1 and self._key(words[0]) in places:
            words = words[1:]  # "Morocco High Atlas", "Brasiliens Gericht"
        name = " ".join(words)
        if name in self.known_orgs or (len(words) > 1 and any(self._org_word(w) for w in words)):
            return "org"
        if len(words) == 1 and _ACRONYM.fullmatch(words[0]) and words[0] not in self.not_names:
            return "org" if self._key(name) not in places else "none"
        key = self._key(name)
        if key in places or key in self.place_names or any(w in PLACE_WORDS for w in words):
            return "none"
        if name in self.not_names:
            return "none"
        if 2 <= len(words) <= MAX_NAME_WORDS and words[0] not in self.connectors:
            if language == "de" and not span.titled and self._german_nouns(words):
                return "none"  # German capitalises nouns: "Russische Drohnen", "Glas Wein"
            return "person"
        if len(words) == 1:
            return "person" if span.titled else "single"
        return "none"

    def _german_nouns(self, words: list[str]) -> bool:
        """A run of German nouns, not a name: a word the topic vocabulary knows, a noun or
        adjective ending, an article inside ("Dialog der Religionen")."""
        if words[0].lower().endswith(GERMAN_NOUN_ENDINGS):
            return True
        if any(w in ("der", "des", "den", "dem") for w in words) and "von" not in words:
            return True
        return any(self._key(w) in self.common_words for w in words if w[:1].isupper())

    def _org_word(self, word: str) -> bool:
        """"Bank", and in German compounds "Zentralbank", "Wetterdienst"."""
        return word in self.org_words or (len(word) > 8 and word.lower().endswith(
            ("bank", "dienst", "gericht", "ministerium", "partei", "verband", "behörde", "amt")))

    def _org_name(self, span: Span, places: set[str]) -> str:
        words = span.words
        while len(words) > 1 and self._key(words[0]) in places:
            words = words[1:]
        return " ".join(words)

    @staticmethod
    def _normalised_people(people: list[str], organizations: list[str]) -> list[str]:
        """Full names once each. A bare surname or first name ("Austin's planned meeting") is
        never reported on its own: it is the person named in full, or nobody we can name."""
        full: list[str] = []
        for name in people:
            if name not in full and not any(name in other.split() for other in full):
                if any(name in o for o in organizations):
                    continue
                full = [f for f in full if f not in name.split()]
                full.append(name)
        return full

    # -- Arabic ----------------------------------------------------------------------------
    def _find_arabic(self, text: str) -> tuple[list[str], list[str]]:
        """Names as the article spells them: matched on folded text, cut from the original
        (``fold`` keeps offsets; only vowel marks are stripped first)."""
        original = strip_marks(text)
        folded = self.folder.fold(original)
        organizations: list[str] = []
        for org in self.arabic_orgs:
            at = folded.find(org)
            if at >= 0 and not any(org in self.folder.fold(o) for o in organizations):
                organizations.append(original[at:at + len(org)])
        words = list(ARABIC_WORD.finditer(folded))
        people: list[str] = []
        for i, match in enumerate(words):
            if match.group() not in self.arabic_titles:
                continue
            j = i + 1
            while j < len(words) and j < i + 3 and words[j].group().startswith("ال"):
                j += 1  # "الرئيس الفرنسي السابق ..." : adjectives before the name
            name = []
            for candidate in words[j:j + 2]:
                word = candidate.group()
                if word in ARABIC_STOPWORDS or word.startswith("ال") or len(word) < 3:
                    break
                name.append(candidate)
            if not name:
                continue
            spelled = original[name[0].start():name[-1].end()]
            folded_name = folded[name[0].start():name[-1].end()]
            if spelled not in people and not any(folded_name in self.folder.fold(o)
                                                 for o in organizations):
                people.append(spelled)
        return people, organizations
