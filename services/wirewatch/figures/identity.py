"""Figure keys: when two observations measure the same thing.

The rule: ``figure_key = "<unit>|<place>|<subject class>"``.

- ``unit`` is the canonical unit from the closed vocabulary of ``figures.extract``
  (``people_killed``, ``hostages``, ``money``, ...), already language-independent.
- ``place`` is the resolved place of the figure: when the observation's place names one of
  ``article.places`` (same normalised name), that mention's GeoNames id (``g<id>``), or its
  country code (``c<CC>``) when the mention is a country; otherwise the shipped multilingual
  gazetteer (``figures.places``: "Gaza", "غزة", "bande de Gaza" -> ``g281133``); otherwise the
  normalised place string (``n<name>``). When the figure's sentence names no place, or names
  one that does not resolve, extraction has already put the place of the article's title/lead
  there if that resolves (``extract.lead_place``); when the article names no
  known place at all, ``s<story id>`` (the earliest near-copy, else the article id) scopes
  the figure to its own story, so unplaced tolls of unrelated stories never meet.
- a place inside a known country (a city, a region, the Gaza Strip) keys by the **country**
  (``cPS``), and the place itself becomes the observation's ``area`` (``g281133``). Outlets
  name one toll at different levels ("in Venezuela", "in Bolívar state", "in Angostura"), so
  a key at city level split one figure into several; ``FigureHistory`` compares two reports
  of a key only when their areas are compatible: the same area, or one of them names none
  (a country-level report), or one a city and the other a first-level region (the gazetteer does
  not know which region a city lies in). Tolls of two different cities, or of two regions, of
  one country are never compared.
- ``subject class`` is a small language-independent class of who is counted, for people units:
  ``people`` (the default: people, Palestinians, civilians, "death toll"), ``children``,
  ``women``, ``combatants``, ``journalists``, ``bodies`` (remains, bodies). For other units it
  is the subject's head noun (``population``, ``resolution``), with the currency for money;
  counts of people are ``people`` and common counted things have one class in every language
  (``trucks``, ``homes``, ``buildings``, ``households``, ``schools``, ``hospitals``, ``cases``);
  with no subject at all (a bare distance, a count of nothing named) it is ``-@<story id>``,
  so such figures are compared within their story only. A people figure of one day or week ("in the
  past 24 hours", "binnen 24 Stunden", "خلال 24 ساعة", "in the past week", and no
  "toll"/"total"/"since" in its
  sentence) gets ``:day`` (``people:day``): a day's count is not a running total; so does a
  count of the seriously injured (``:serious``), and a sub-count of another figure of the article
  ("21 killed, including 17 workers", ``part_of``) gets ``:part``.

So "over 32,000 Palestinians killed in Gaza" and "Gaza death toll passes 32,000" both key
``people_killed|cPS|people`` with area ``g281133``; the killed count in Israel keys
``people_killed|cIL|people``;
an English, French and Arabic report of one earthquake's toll share
``people_killed|cTR|people``. The near-copy ``article.story_id`` is deliberately not part of the
key: reports of one toll by different outlets are not near-copies, and one story's toll must
be comparable across outlets and languages. The window of ``FigureHistory`` (30 days by
default) stands in for "the same event".
"""

from __future__ import annotations

import re

from wirewatch.figures import lexicon as lx
from wirewatch.figures.extract import PEOPLE_UNITS
from wirewatch.figures.numbers import arabic_forms, strip_arabic
from wirewatch.figures.places import gazetteer, normalise_place
from wirewatch.model import Article, FigureObservation, PlaceMention


def figure_key(article: Article, observation: FigureObservation) -> str:
    """The identity of the figure an observation measures (see the module docstring)."""
    place, _ = place_parts(observation.place, article.places)
    if place == "-":
        place = f"s{article.story_id or article.id}"
    subject = subject_class(observation, article.text)
    if subject == "-":  # a distance or a count of nothing named: only within its story
        subject = f"-@{article.story_id or article.id}"
    return f"{observation.unit}|{place}|{subject}"


def figure_area(article: Article, observation: FigureObservation) -> str | None:
    """The place below the key's country the figure is about (``g<id>``), or None."""
    return place_parts(observation.place, article.places)[1]


def place_parts(place: str | None, mentions: list[PlaceMention]) -> tuple[str, str | None]:
    """(the key's place, the area within it): a city or region of a known country keys by the
    country (``cPS``) with the city as area (``g281133``); a country keys by itself, no area;
    a place of no known country keys by itself (``n…``, ``g…``), no area."""
    key = place_key(place, mentions)
    if key[0] not in "gnr":
        return key, None
    country = _mention_country(place, mentions) or gazetteer().country_of(key)
    return (f"c{country.upper()}", key) if country else (key, None)


def _mention_country(place: str | None, mentions: list[PlaceMention]) -> str | None:
    norm = normalise_place(place or "")
    for mention in mentions:
        if normalise_place(mention.name) == norm and mention.country_code:
            return mention.country_code
    return None


def place_key(place: str | None, mentions: list[PlaceMention]) -> str:
    """``g<GeoNames id>``, ``c<country code>``, ``n<normalised name>`` or ``-``."""
    if not place:
        return "-"
    norm = normalise_place(place)
    if not norm:
        return "-"
    known = gazetteer().resolve(place)
    if known and known[0] == "r":
        return known  # a region: the classify stage's gazetteer knows cities, not regions
    for mention in mentions:
        if normalise_place(mention.name) != norm:
            continue
        if known and known.startswith("c") and mention.country_code:
            return f"c{mention.country_code.upper()}"
        if mention.geonames_id is not None:
            return f"g{mention.geonames_id}"
        if known is None and mention.country_code:  # a region the gazetteer does not know
            return f"c{mention.country_code.upper()}"
    if known:
        return known
    return "n" + norm


_DAILY_RE = re.compile(
    r"(?i:(?:past|last|previous) 24 hours|in 24 hours|within 24 hours"
    r"|in the past day|(?:in the )?(?:past|last) (?:week|seven days|7 days)|this week"
    r"|(?:la|cette) semaine|(?:la )?semaine dernière|la última semana|esta semana"
    r"|(?:in der )?vergangenen Woche|diese Woche|خلال الأسبوع|الأسبوع الماضي|en 24 heures"
    r"|ces dernières 24 heures|en las últimas 24 horas"
    r"|en 24 horas|binnen 24 Stunden|innerhalb von 24 Stunden|in den vergangenen 24 Stunden"
    r"|خلال 24 ساعة|خلال الساعات ال24|خلال ال24 ساعة)")
_CUMULATIVE_RE = re.compile(
    r"(?i:toll|total|bringing|brings|rose|risen|climbed|since|bilan|balance|cifra|zahl|insgesamt"
    r"|seit|depuis|desde|حصيلة|حصيله|ارتفع|منذ|said on|dijo el|a indiqué)")
_SERIOUS_RE = re.compile(r"(?i:seriously|critically|severely|gravely|grièvement|graves?\b|"
                         r"de gravedad|schwer|schwerst|lebensgefährlich|خطيرة|بجروح خطيرة)")
_SENTENCE_BREAK = re.compile(r"[.!?؟\n]")


def is_daily(text: str, start: int, end: int) -> bool:
    """A figure of one day or week ("in the past 24 hours", "خلال 24 ساعة", "in the past week"),
    not a running total: the
    two are different figures, and comparing them would make false falls. Only explicit
    24-hour phrases count: "killed 128 overnight" / "on Tuesday" is as often one event's toll."""
    lo = max(0, start - 300)
    left = text[lo:start]
    breaks = [m.end() for m in _SENTENCE_BREAK.finditer(left)]
    sentence_start = lo + (breaks[-1] if breaks else 0)
    m = _SENTENCE_BREAK.search(text, end, min(len(text), end + 300))
    sentence = text[sentence_start:m.start() if m else min(len(text), end + 300)]
    if _CUMULATIVE_RE.search(sentence):
        return False
    return bool(_DAILY_RE.search(sentence))


def subject_class(observation: FigureObservation, text: str | None = None) -> str:
    """A language-independent class of what is counted (see the module docstring); with the
    article text, a one-day people figure gets ``:day``."""
    cls = _subject_class(observation)
    if observation.part_of is not None:
        cls += ":part"  # "including 17 workers" is not the toll of all killed
    if text and observation.unit == "people_injured" and _SERIOUS_RE.search(
            text, observation.end, min(len(text), observation.end + 35)):
        cls += ":serious"  # "16 people seriously injured" is not the count of all injured
    if text and observation.unit in PEOPLE_UNITS and \
            is_daily(text, observation.start, observation.end):
        cls += ":day"
    return cls


def _subject_class(observation: FigureObservation) -> str:
    words = _subject_words(observation.subject)
    if observation.unit in PEOPLE_UNITS:
        for word in words:
            for form in arabic_forms(word) if _is_arabic(word) else (word,):
                cls = lx.SUBJECT_CLASSES.get(form)
                if cls == "bodies" and observation.unit == "people_killed":
                    return "people"  # "20 bodies recovered" is the toll; "the remains of 30
                    # hostages" is not the count of hostages
                if cls:
                    return cls
        return "people"
    if observation.tally is not None:
        return "tally"
    head = _head(words)
    if observation.unit == "count" and any(w in lx.PERSON_NOUNS for w in words):
        return "people"  # "33 million people", "33 مليون شخص": one class in every language
    if observation.unit == "count":
        for word in words:
            for form in arabic_forms(word) if _is_arabic(word) else (word,):
                if form in lx.COUNT_CLASSES:
                    return lx.COUNT_CLASSES[form]  # "trucks" = "شاحنة" = "camiones"
    if observation.unit == "money":
        return f"{observation.currency or '-'}:{head}"
    return head


def _subject_words(subject: str | None) -> list[str]:
    if not subject:
        return []
    cleaned = strip_arabic(subject.casefold()).replace("’s", " ").replace("'s", " ")
    return [w.strip(".,;:'’\"") for w in cleaned.split() if w.strip(".,;:'’\"")]


def _head(words: list[str]) -> str:
    content = [w for w in words if w not in lx.OF_WORDS and w not in lx.FUNCTION_WORDS]
    if not content:
        return "-"
    head = content[-1]
    if not _is_arabic(head) and len(head) > 3 and head.endswith("s") and not head.endswith("ss"):
        head = head[:-1]
    return head


def _is_arabic(word: str) -> bool:
    return bool(word) and "\u0600" <= word[0] <= "\u06ff"
