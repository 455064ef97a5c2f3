"""Authoring script of the hold-out set (written after the rules were frozen; run
`python build_holdout.py` here to regenerate articles.jsonl and changes.jsonl)."""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from authoring import LabelledSet  # noqa: E402

LABELLED = LabelledSet()
art, chg = LABELLED.art, LABELLED.chg


K, I, M, D, E = "people_killed", "people_injured", "people_missing", "people_displaced", \
    "people_evacuated"

art("h1a", "h1", "wire-en", "2024-11-11T06:00:00Z", "en",
    "Typhoon Toraji has left at least 18 dead and 7 missing in the northern Philippines, disaster "
    "officials said on Monday. About 250,000 residents fled to evacuation centres, and damage to "
    "crops was estimated at 1.4 billion pesos.",
    [("at least 18", 18, K, "at_least"), ("7", 7, M, "exact"), ("About 250,000", 250000, D, "about"),
     ("1.4 billion pesos", 1.4e9, "money", "exact")])
art("h1b", "h1", "diario-es", "2024-11-12T08:00:00Z", "es",
    "El tifón Toraji ha causado la muerte de 26 personas en Filipinas, según la Oficina de Defensa "
    "Civil, mientras que otras 9 siguen desaparecidas.",
    [("26", 26, K, "exact"), ("9", 9, M, "exact")])
art("h1c", "h1", "journal-fr", "2024-11-12T08:45:00Z", "fr",
    "Aux Philippines, le typhon Toraji a fait 31 morts selon la police nationale. Plus de 300 000 "
    "personnes ont dû quitter leur domicile.",
    [("31", 31, K, "exact"), ("Plus de 300 000", 300000, D, "over")])
chg("h1", "h1a", "h1b", K, "rise")
chg("h1", "h1b", "h1c", K, "disagreement")
chg("h1", "h1a", "h1b", M, "rise")
chg("h1", "h1a", "h1c", D, "rise")

art("h2a", "h2", "diario-es", "2024-02-03T20:00:00Z", "es",
    "Los incendios forestales en la región de Valparaíso dejan al menos 46 fallecidos, informó el "
    "presidente Gabriel Boric. Más de 1.100 viviendas resultaron destruidas y unas 43.000 hectáreas "
    "han ardido.",
    [("al menos 46", 46, K, "at_least"), ("Más de 1.100", 1100, "count", "over"),
     ("unas 43.000 hectáreas", 430, "area_km2", "about")])
art("h2b", "h2", "wire-en", "2024-02-04T14:00:00Z", "en",
    "The death toll from wildfires raging around Viña del Mar in Chile climbed to 99 on Sunday, and "
    "officials warned it could rise further. Some 1,600 people have lost their homes.",
    [("99", 99, K, "exact"), ("Some 1,600", 1600, D, "about")])
art("h2c", "h2", "zeitung-de", "2024-02-05T09:00:00Z", "de",
    "Bei den Waldbränden in Chile sind mindestens 112 Menschen ums Leben gekommen. Rund 200 "
    "Personen gelten noch als vermisst.",
    [("mindestens 112", 112, K, "at_least"), ("Rund 200", 200, M, "about")])
chg("h2", "h2a", "h2b", K, "rise")
chg("h2", "h2b", "h2c", K, "rise")

art("h3a", "h3", "wire-en", "2022-08-26T10:00:00Z", "en",
    "Monsoon floods have killed 937 people in Pakistan since mid-June, including 343 children, the "
    "National Disaster Management Authority said. Nearly 33 million people have been affected.",
    [("937", 937, K, "exact"), ("343", 343, K, "exact"), ("Nearly 33 million", 33e6, "count", "under")])
art("h3b", "h3", "news-ar", "2022-08-29T10:00:00Z", "ar",
    "أعلنت السلطات الباكستانية ارتفاع عدد ضحايا الفيضانات إلى 1061 قتيلا منذ يونيو، فيما تضرر أكثر "
    "من 33 مليون شخص.",
    [("1061", 1061, K, "exact"), ("أكثر من 33 مليون", 33e6, "count", "over")])
art("h3c", "h3", "journal-fr", "2022-09-02T10:00:00Z", "fr",
    "Au Pakistan, les inondations ont fait 1 208 morts, dont 416 enfants, et plus de 6 000 blessés, "
    "selon les autorités.",
    [("1 208", 1208, K, "exact"), ("416", 416, K, "exact"), ("plus de 6 000", 6000, I, "over")])
chg("h3", "h3a", "h3b", K, "rise")
chg("h3", "h3b", "h3c", K, "rise")
chg("h3", "h3a", "h3c", K, "rise")  # children: 343 -> 416
chg("h3", "h3a", "h3b", "count", "rise")

art("h4a", "h4", "news-ar", "2024-06-18T12:00:00Z", "ar",
    "توفي ما لا يقل عن 550 حاجا خلال موسم الحج هذا العام بسبب الحر الشديد، وفق دبلوماسيين.",
    [("ما لا يقل عن 550", 550, K, "at_least")])
art("h4b", "h4", "wire-en", "2024-06-19T12:00:00Z", "en",
    "More than 1,000 pilgrims died during this year's Hajj in Saudi Arabia as temperatures reached "
    "51.8 degrees Celsius, according to an AFP tally.",
    [("More than 1,000", 1000, K, "over")])
art("h4c", "h4", "journal-fr", "2024-06-23T12:00:00Z", "fr",
    "Le bilan des décès pendant le hajj s'élève à 1 301, a annoncé l'Arabie saoudite, qui précise "
    "que 83 % des victimes n'avaient pas de permis.",
    [("1 301", 1301, K, "exact"), ("83 %", 83, "percent", "exact")])
chg("h4", "h4a", "h4b", K, "rise")
chg("h4", "h4b", "h4c", K, "rise")

art("h5a", "h5", "zeitung-de", "2024-06-03T10:00:00Z", "de",
    "Beim Hochwasser in Bayern sind mindestens vier Menschen ums Leben gekommen. Rund 3.000 "
    "Einsatzkräfte sind im Einsatz, mehr als 600 Menschen mussten ihre Häuser verlassen.",
    [("mindestens vier", 4, K, "at_least"), ("Rund 3.000", 3000, "count", "about"),
     ("mehr als 600", 600, E, "over")])
art("h5b", "h5", "wire-en", "2024-06-04T10:00:00Z", "en",
    "Floods in southern Germany have killed at least five people, and one firefighter is still "
    "missing, police said.",
    [("at least five", 5, K, "at_least"), ("one", 1, M, "exact")])
art("h5c", "h5", "zeitung-de", "2024-06-05T10:00:00Z", "de",
    "Die Zahl der Todesopfer des Hochwassers in Süddeutschland ist auf sechs gestiegen.",
    [("sechs", 6, K, "exact")])
chg("h5", "h5a", "h5b", K, "rise")
chg("h5", "h5b", "h5c", K, "rise")

art("h6a", "h6", "diario-es", "2023-10-26T18:00:00Z", "es",
    "El huracán Otis dejó 27 muertos y 4 desaparecidos en Acapulco, informó la gobernadora de "
    "Guerrero. Unas 220.000 viviendas resultaron dañadas.",
    [("27", 27, K, "exact"), ("4", 4, M, "exact"), ("Unas 220.000", 220000, "count", "about")])
art("h6b", "h6", "wire-en", "2023-10-29T18:00:00Z", "en",
    "The death toll from Hurricane Otis in Acapulco has risen to 43, with 47 people still missing, "
    "Mexico's government said.",
    [("43", 43, K, "exact"), ("47", 47, M, "exact")])
art("h6c", "h6", "diario-es", "2023-11-01T18:00:00Z", "es",
    "Las autoridades de Guerrero elevaron a 48 la cifra de muertos por el huracán Otis en Acapulco "
    "y a 58 la de desaparecidos.",
    [("48", 48, K, "exact"), ("58", 58, M, "exact")])
for p, c in (("h6a", "h6b"), ("h6b", "h6c")):
    chg("h6", p, c, K, "rise")
    chg("h6", p, c, M, "rise")

art("h7a", "h7", "wire-en", "2024-05-01T10:00:00Z", "en",
    "The European Union pledged €2.5 billion to Egypt on Sunday, and the IMF expanded its loan to "
    "$8 billion. Egypt's annual inflation slowed to 32.5% in April, the statistics agency said. The "
    "deal was signed at 10:30 in Cairo, on the 5th floor of the ministry.",
    [("€2.5 billion", 2.5e9, "money", "exact"), ("$8 billion", 8e9, "money", "exact"),
     ("32.5%", 32.5, "percent", "exact")])
art("h7b", "h7", "news-ar", "2024-05-10T10:00:00Z", "ar",
    "تراجع معدل التضخم السنوي في مصر إلى 32.5 بالمئة في أبريل، بحسب الجهاز المركزي للتعبئة العامة "
    "والإحصاء.",
    [("32.5 بالمئة", 32.5, "percent", "exact")])

art("h8a", "h8", "journal-fr", "2024-03-10T10:00:00Z", "fr",
    "Une explosion dans un immeuble de Marseille a fait 3 blessés graves et 8 blessés légers dans la "
    "nuit de samedi à dimanche. 45 habitants ont été évacués.",
    [("3", 3, I, "exact"), ("8", 8, I, "exact"), ("45", 45, E, "exact")])
art("h8b", "h8", "journal-fr", "2024-03-10T16:00:00Z", "fr",
    "Le bilan de l'explosion à Marseille s'est alourdi : un mort et 12 blessés. Une centaine de "
    "personnes ont été évacuées.",
    [("un", 1, K, "exact"), ("12", 12, I, "exact"), ("centaine", 100, E, "about")])
chg("h8", "h8a", "h8b", I, "rise")
chg("h8", "h8a", "h8b", E, "rise")

LABELLED.write(HERE)
