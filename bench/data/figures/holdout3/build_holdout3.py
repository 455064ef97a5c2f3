"""Authoring script of the third hold-out set (written after the third round of fixes, scored
once blind; `python build_holdout3.py` here regenerates articles.jsonl and changes.jsonl)."""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from authoring import LabelledSet  # noqa: E402

LABELLED = LabelledSet()
art, chg = LABELLED.art, LABELLED.chg


K, I, M, DET, E = "people_killed", "people_injured", "people_missing", "people_detained", \
    "people_evacuated"

art("k1a", "k1", "wire-en", "2024-09-28T10:00:00Z", "en",
    "Floods and landslides triggered by heavy rain have killed at least 66 people in Nepal, while "
    "69 others are missing, police said on Saturday.",
    [("at least 66", 66, K, "at_least"), ("69", 69, M, "exact")])
art("k1b", "k1", "news-ar", "2024-09-29T10:00:00Z", "ar",
    "ارتفع عدد قتلى الفيضانات في نيبال إلى 170 شخصا، فيما لا يزال 42 شخصا في عداد المفقودين.",
    [("170", 170, K, "exact"), ("42", 42, M, "exact")])
art("k1c", "k1", "journal-fr", "2024-09-30T10:00:00Z", "fr",
    "Au Népal, les inondations ont fait au moins 209 morts et 29 disparus, selon un nouveau bilan.",
    [("au moins 209", 209, K, "at_least"), ("29", 29, M, "exact")])
chg("k1", "k1a", "k1b", K, "rise")
chg("k1", "k1b", "k1c", K, "rise")
chg("k1", "k1a", "k1b", M, "fall")
chg("k1", "k1b", "k1c", M, "fall")

art("k2a", "k2", "journal-fr", "2024-07-01T10:00:00Z", "fr",
    "Au Soudan, l'épidémie de choléra a fait 78 morts depuis le 22 juin, sur 2 400 cas recensés, "
    "selon le ministère de la Santé.",
    [("78", 78, K, "exact"), ("2 400", 2400, "count", "exact")])
art("k2b", "k2", "wire-en", "2024-07-20T10:00:00Z", "en",
    "A cholera outbreak in Sudan has killed at least 22 people in the past week.",
    [("at least 22", 22, K, "at_least")])  # a week's count: not the running total of k2a

art("k3a", "k3", "wire-en", "2024-07-19T12:00:00Z", "en",
    "At least 105 people have been killed in clashes between police and protesters in Bangladesh, "
    "hospital officials said. Authorities imposed a nationwide curfew and deployed 2,000 soldiers.",
    [("At least 105", 105, K, "at_least"), ("2,000", 2000, "count", "exact")])
art("k3b", "k3", "diario-es", "2024-07-21T12:00:00Z", "es",
    "La cifra de muertos en las protestas de Bangladés supera los 150, según recuentos de la prensa "
    "local. Más de 500 personas han sido detenidas.",
    [("supera los 150", 150, K, "over"), ("Más de 500", 500, DET, "over")])
art("k3c", "k3", "zeitung-de", "2024-07-23T12:00:00Z", "de",
    "In Bangladesch sind bei den Unruhen nach Angaben von Krankenhäusern mindestens 174 Menschen "
    "getötet worden. Die Polizei nahm mehr als 2.500 Menschen fest.",
    [("mindestens 174", 174, K, "at_least"), ("mehr als 2.500", 2500, DET, "over")])
chg("k3", "k3a", "k3b", K, "rise")
chg("k3", "k3b", "k3c", K, "rise")
chg("k3", "k3b", "k3c", DET, "rise")

art("k4a", "k4", "wire-en", "2024-03-12T10:00:00Z", "en",
    "The United States will provide an additional $53 million in aid to Palestinians, and about "
    "100 trucks entered Gaza on Monday, down from 500 a day before the war.",
    [("$53 million", 53e6, "money", "exact"), ("about 100", 100, "count", "about")])
art("k4b", "k4", "news-ar", "2024-03-13T10:00:00Z", "ar",
    "دخلت 157 شاحنة مساعدات إلى قطاع غزة يوم الثلاثاء، وفق الأمم المتحدة.",
    [("157", 157, "count", "exact")])
chg("k4", "k4a", "k4b", "count", "rise")

art("k5a", "k5", "wire-en", "2024-01-02T08:00:00Z", "en",
    "A powerful earthquake on Japan's west coast has killed at least 48 people, and tens of "
    "thousands of homes are without power.",
    [("at least 48", 48, K, "at_least")])
art("k5b", "k5", "journal-fr", "2024-01-03T08:00:00Z", "fr",
    "Le bilan du séisme au Japon s'élève à 64 morts, selon les autorités de la préfecture "
    "d'Ishikawa.",
    [("64", 64, K, "exact")])
art("k5c", "k5", "zeitung-de", "2024-01-05T08:00:00Z", "de",
    "Die Zahl der Todesopfer nach dem Erdbeben in Japan ist auf 92 gestiegen; 242 Menschen werden "
    "noch vermisst.",
    [("92", 92, K, "exact"), ("242", 242, M, "exact")])
art("k5d", "k5", "diario-es", "2024-01-09T08:00:00Z", "es",
    "El terremoto de Japón deja ya 202 muertos y 102 desaparecidos, informaron las autoridades de "
    "Ishikawa.",
    [("202", 202, K, "exact"), ("102", 102, M, "exact")])
for p, c in (("k5a", "k5b"), ("k5b", "k5c"), ("k5c", "k5d")):
    chg("k5", p, c, K, "rise")
chg("k5", "k5c", "k5d", M, "fall")

art("k6a", "k6", "journal-fr", "2024-04-10T10:00:00Z", "fr",
    "La loi n° 2024-120 du 16 février 2024 entre en vigueur le 1er mars. Le texte compte 45 "
    "articles et a été adopté par 310 voix contre 230.",
    [("45", 45, "count", "exact"), ("310", 310, "votes", "exact")])
art("k6b", "k6", "diario-es", "2024-04-10T10:00:00Z", "es",
    "El Real Decreto 4/2024, publicado en el BOE número 85, entra en vigor a las 00:00 horas del 1 "
    "de mayo.",
    [])
art("k6c", "k6", "news-ar", "2024-04-10T10:00:00Z", "ar",
    "صدر المرسوم رقم 15 لسنة 2024 في العدد 12 من الجريدة الرسمية بتاريخ 3 أبريل.",
    [])

art("k7a", "k7", "wire-en", "2024-10-09T10:00:00Z", "en",
    "More than 5.5 million people in Florida were under evacuation orders as Hurricane Milton "
    "approached, and 3.4 million homes lost power.",
    [("More than 5.5 million", 5.5e6, E, "over"), ("3.4 million", 3.4e6, "count", "exact")])
art("k7b", "k7", "zeitung-de", "2024-10-10T10:00:00Z", "de",
    "Durch Hurrikan „Milton“ sind in Florida mindestens zehn Menschen ums Leben gekommen. Mehr als "
    "drei Millionen Haushalte waren ohne Strom.",
    [("mindestens zehn", 10, K, "at_least"), ("Mehr als drei Millionen", 3e6, "count", "over")])
art("k7c", "k7", "wire-en", "2024-10-11T10:00:00Z", "en",
    "Milton's death toll in Florida rose to 16, and insured losses were estimated at up to $60 "
    "billion.",
    [("16", 16, K, "exact"), ("up to $60", 60e9, "money", "up_to")])
chg("k7", "k7b", "k7c", K, "rise")

LABELLED.write(HERE)
