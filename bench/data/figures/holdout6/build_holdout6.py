"""Authoring script of the sixth hold-out set (written blind after the sixth round of fixes;
`python build_holdout6.py` here regenerates articles.jsonl and changes.jsonl).

Project-written news items loosely following the shape of public reporting (the Kaffrine bus
collision in Senegal, the Marapi eruption in West Sumatra, the April 2024 floods in Oman and the
UAE, the Morbi bridge collapse, dengue in Bangladesh in 2023, the Tamara women's prison riot in
Honduras, the Kallakurichi methanol poisoning, the tsunami warnings after the July 2025 Kamchatka
earthquake, Mexico's 2024 presidential election, the censure of the Barnier government, the
Tbilisi protests of late 2024, the Hathras stampede, Typhoon Yagi in Vietnam, the Mana avalanche
in Uttarakhand); the numbers are not a record of fact, and the last story is made-up briefs.

Change events are labelled on the timeline of `published_at` (the order in which the evaluation
replays the set), not on the order of the file: the late-arriving articles t4d and t12d come
after articles published later than they were, and slot into the timeline where they were
published. A report is compared with the latest earlier report of the same figure (same
quantity, same place, same group of people) from another article within 30 days; one event line
per (previous, current, unit, kind), as in the earlier sets.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from authoring import DET, D, E, H, I, K, M, LabelledSet  # noqa: E402,F401

LABELLED = LabelledSet()
art, chg = LABELLED.art, LABELLED.chg

# t1 Two buses collide near Kaffrine, Senegal -----------------------------------------------------
art("t1a", "t1", "journal-fr", "2023-01-08T09:00:00Z", "fr",
    "Sénégal : au moins 39 morts et 87 blessés dans une collision entre deux bus près de "
    "Kaffrine, dans le centre du pays, a annoncé le président Macky Sall, qui a décrété un deuil "
    "national de trois jours. L'accident s'est produit vers 3 h 30 sur la route nationale 1.",
    [("au moins 39", 39, K, "at_least"), ("87", 87, I, "exact")])
art("t1b", "t1", "wire-en", "2023-01-08T09:40:00Z", "en",
    "Forty people were killed and 78 injured when two buses collided head-on near the village of "
    "Gniby in Senegal's Kaffrine region early on Sunday, the interior ministry said. One of the "
    "buses burst a tyre and swerved into the oncoming lane, the public prosecutor said.",
    [("Forty", 40, K, "exact"), ("78", 78, I, "exact")])
art("t1c", "t1", "news-ar", "2023-01-08T15:00:00Z", "ar",
    "أعلنت وزارة الداخلية السنغالية ارتفاع عدد المصابين في حادث تصادم حافلتين قرب مدينة كفرين وسط "
    "البلاد إلى 101 مصاب، فيما استقرت حصيلة القتلى عند 40 قتيلا. وقال الرئيس ماكي سال إن الحكومة "
    "ستشدد الرقابة على حافلات نقل الركاب.",
    [("101", 101, I, "exact"), ("40", 40, K, "exact")])
art("t1d", "t1", "diario-es", "2023-01-09T10:00:00Z", "es",
    "Se eleva a 41 el número de muertos en el choque de dos autobuses en Senegal, tras el "
    "fallecimiento de un herido en el hospital de Kaffrine, informaron las autoridades "
    "sanitarias. Unos 20 heridos siguen en estado grave.",
    [("41", 41, K, "exact"),
     ("Unos 20", 20, I, "about")])  # injured in serious condition: a sub-count
chg("t1", "t1a", "t1b", I, "disagreement")  # 87 vs 78, 40 minutes apart; 40 is at least 39
chg("t1", "t1b", "t1c", I, "rise")  # the toll stays at 40 (English, then Arabic)
chg("t1", "t1c", "t1d", K, "rise")

# t2 Eruption of Mount Marapi, West Sumatra: climbers and villagers are different groups ----------
art("t2a", "t2", "wire-en", "2023-12-04T06:00:00Z", "en",
    "Eleven climbers were found dead near the crater of Mount Marapi in Indonesia's West Sumatra "
    "province after the volcano erupted on Sunday, a search and rescue official said on Monday. "
    "Twelve others are still missing, and 49 of the 75 climbers registered on the mountain have "
    "been evacuated, some of them with burns.",
    [("Eleven", 11, K, "exact"), ("Twelve", 12, M, "exact"), ("49", 49, E, "exact"),
     ("75", 75, "count", "exact")])
art("t2b", "t2", "zeitung-de", "2023-12-04T14:00:00Z", "de",
    "Indonesien: Nach dem Ausbruch des Vulkans Marapi auf Sumatra ist die Zahl der toten "
    "Bergsteiger auf 22 gestiegen. Zehn Menschen würden noch vermisst, teilten die Rettungskräfte "
    "am Montag mit. Schlechtes Wetter und neue Eruptionen erschwerten die Suche.",
    [("22", 22, K, "exact"), ("Zehn", 10, M, "exact")])
art("t2c", "t2", "journal-fr", "2023-12-05T08:00:00Z", "fr",
    "Indonésie : le bilan de l'éruption du Marapi s'alourdit à 23 morts après la découverte du "
    "corps du dernier randonneur porté disparu, ont annoncé les secouristes. Plus de 1 000 "
    "habitants des villages situés au pied du volcan ont été évacués.",
    [("23", 23, K, "exact"), ("Plus de 1 000", 1000, E, "over")])
art("t2d", "t2", "news-ar", "2023-12-05T08:30:00Z", "ar",
    "قالت فرق الإنقاذ الإندونيسية إن 22 متسلقا لقوا حتفهم جراء ثوران بركان مارابي في إقليم سومطرة "
    "الغربية، وإن عمليات البحث ستتواصل رغم استمرار تساقط الرماد البركاني على القرى المجاورة.",
    [("22", 22, K, "exact")])
chg("t2", "t2a", "t2b", K, "rise")
chg("t2", "t2a", "t2b", M, "fall")
chg("t2", "t2b", "t2c", K, "rise")  # the villagers evacuated are not the 49 climbers
chg("t2", "t2c", "t2d", K, "disagreement")  # 23 vs 22, 30 minutes apart

# t3 Flash floods in Oman and the UAE: two countries, a wilayat, and sub-counts ------------------
art("t3a", "t3", "wire-en", "2024-04-15T10:00:00Z", "en",
    "Flash floods after torrential rain have killed at least 12 people in Oman, including nine "
    "schoolchildren whose vehicle was swept away in the wilayat of Samad A'Shan, the National "
    "Committee for Emergency Management said on Monday. Rescue teams were searching for two "
    "people still missing.",
    [("at least 12", 12, K, "at_least"), ("nine", 9, K, "exact"), ("two", 2, M, "exact")])
art("t3b", "t3", "news-ar", "2024-04-16T09:00:00Z", "ar",
    "ارتفعت حصيلة ضحايا المنخفض الجوي في سلطنة عمان إلى 18 قتيلا، بينهم 10 طلاب، وفق اللجنة "
    "الوطنية لإدارة الحالات الطارئة. وفي الإمارات، أدت الأمطار الغزيرة إلى إلغاء أكثر من 300 رحلة "
    "في مطار دبي الدولي.",
    [("18", 18, K, "exact"), ("10", 10, K, "exact"), ("أكثر من 300", 300, "count", "over")])
art("t3c", "t3", "journal-fr", "2024-04-17T08:00:00Z", "fr",
    "Émirats arabes unis : un homme de 70 ans est mort dans sa voiture emportée par les eaux à "
    "Ras al-Khaïmah, après les pluies les plus fortes enregistrées dans le pays depuis 1949. Dans "
    "le sultanat d'Oman voisin, le bilan s'établit désormais à 19 morts.",
    [("19", 19, K, "exact")])
art("t3d", "t3", "diario-es", "2024-04-18T10:00:00Z", "es",
    "Suman ya cuatro los muertos en Emiratos Árabes Unidos por las inundaciones, tres de ellos "
    "trabajadores filipinos, mientras Dubái intenta recuperar la normalidad. En Omán, las "
    "autoridades elevaron el balance a 21 fallecidos.",
    [("cuatro", 4, K, "exact"), ("tres", 3, K, "exact"), ("21", 21, K, "exact")])
art("t3e", "t3", "zeitung-de", "2024-04-18T10:30:00Z", "de",
    "Nach den Unwettern am Golf sind in Oman nach Behördenangaben 20 Menschen ums Leben gekommen, "
    "in den Vereinigten Arabischen Emiraten vier. In Dubai fiel innerhalb von 24 Stunden so viel "
    "Regen wie sonst in eineinhalb Jahren.",
    [("20", 20, K, "exact"), ("vier", 4, K, "exact")])
chg("t3", "t3a", "t3b", K, "rise")  # Oman 12 -> 18, schoolchildren 9 -> 10
chg("t3", "t3b", "t3c", K, "rise")  # Oman 18 -> 19; the UAE man has no number
chg("t3", "t3c", "t3d", K, "rise")  # Oman 19 -> 21; the UAE's 4 is first reported here
chg("t3", "t3d", "t3e", K, "disagreement")  # Oman 21 vs 20, 30 minutes apart; UAE 4 both

# t4 Suspension bridge collapse in Morbi, Gujarat (t4d arrives late) -----------------------------
art("t4a", "t4", "wire-en", "2022-10-30T15:30:00Z", "en",
    "At least 60 people were killed when a 140-year-old suspension bridge collapsed into the "
    "Machchhu river in Morbi, in India's western state of Gujarat, on Sunday evening, a state "
    "minister said. Hundreds of people were on the bridge, which had reopened four days earlier "
    "after repairs. The state government announced compensation of 400,000 rupees for the family "
    "of each victim.",
    [("At least 60", 60, K, "at_least"), ("400,000 rupees", 400000, "money", "exact")])
art("t4b", "t4", "journal-fr", "2022-10-31T02:00:00Z", "fr",
    "Inde : au moins 132 morts dans l'effondrement d'une passerelle suspendue à Morbi, dans "
    "l'État du Gujarat, selon les autorités. Parmi les victimes figurent au moins 47 enfants. "
    "Quelque 170 personnes ont été secourues par les pompiers et l'armée pendant la nuit.",
    [("au moins 132", 132, K, "at_least"), ("au moins 47", 47, K, "at_least"),
     ("Quelque 170", 170, "count", "about")])
art("t4c", "t4", "news-ar", "2022-10-31T09:00:00Z", "ar",
    "ارتفعت حصيلة ضحايا انهيار الجسر المعلق في مدينة موربي بولاية غوجارات غربي الهند إلى 134 "
    "قتيلا، وأعلنت الشرطة توقيف 9 أشخاص، بينهم مديران في الشركة المكلفة بصيانة الجسر وعدد من حراس "
    "التذاكر.",
    [("134", 134, K, "exact"), ("9", 9, DET, "exact")])
art("t4d", "t4", "diario-es", "2022-10-30T20:00:00Z", "es",  # late: published before t4b
    "Al menos 91 personas murieron al desplomarse un puente colgante en la ciudad de Morbi, en el "
    "oeste de la India, según el ministro del Interior del estado de Gujarat. Más de 400 personas "
    "se encontraban sobre el puente en el momento del derrumbe, celebrando las fiestas de Diwali.",
    [("Al menos 91", 91, K, "at_least"), ("Más de 400", 400, "count", "over")])
art("t4e", "t4", "zeitung-de", "2022-11-01T09:00:00Z", "de",
    "Nach dem Einsturz einer Hängebrücke im indischen Morbi ist die Zahl der Toten auf 135 "
    "gestiegen. Unter den Opfern sind nach Polizeiangaben 47 Kinder. Die Brücke war erst vier "
    "Tage zuvor nach monatelangen Reparaturen wieder geöffnet worden.",
    [("135", 135, K, "exact"), ("47", 47, K, "exact")])
chg("t4", "t4a", "t4d", K, "rise")
chg("t4", "t4d", "t4b", K, "rise")  # people on the bridge and people rescued: other figures
# t4b -> t4c: 134 is at least 132, no change
chg("t4", "t4c", "t4e", K, "rise")  # children: at least 47, then 47 (no change)

# t5 Dengue in Bangladesh: the country and the capital -------------------------------------------
art("t5a", "t5", "wire-en", "2023-08-01T10:00:00Z", "en",
    "Dengue has killed 247 people in Bangladesh so far this year, including 178 in the capital "
    "Dhaka, the Directorate General of Health Services said on Tuesday. More than 2,600 patients "
    "were admitted to hospitals in the past 24 hours, a record for a single day.",
    [("247", 247, K, "exact"), ("178", 178, K, "exact"),
     ("More than 2,600", 2600, "count", "over")])
art("t5b", "t5", "diario-es", "2023-08-20T10:00:00Z", "es",
    "Son ya 410 los fallecidos por dengue en Bangladés en lo que va de año, 270 de ellos en Daca, "
    "según la Dirección General de Servicios de Salud, que contabiliza más de 85.000 "
    "hospitalizados desde enero. Los hospitales de la capital están desbordados.",
    [("410", 410, K, "exact"), ("270", 270, K, "exact"),
     ("más de 85.000", 85000, "count", "over")])
art("t5c", "t5", "zeitung-de", "2023-09-05T08:00:00Z", "de",
    "Bangladesch erlebt den schwersten Dengue-Ausbruch seit Beginn der Aufzeichnungen im Jahr "
    "2000: Seit Jahresbeginn starben 682 Menschen an dem Fieber, mehr als 135.000 wurden in "
    "Krankenhäuser eingeliefert, wie die Gesundheitsbehörde mitteilte.",
    [("682", 682, K, "exact"), ("mehr als 135.000", 135000, "count", "over")])
art("t5d", "t5", "journal-fr", "2023-09-30T10:00:00Z", "fr",
    "Bangladesh : la dengue a fait plus de 1 000 morts depuis janvier, un record, selon les "
    "autorités sanitaires. Près de 200 000 personnes ont été hospitalisées, dont une majorité "
    "dans la région de Dacca.",
    [("plus de 1 000", 1000, K, "over"), ("Près de 200 000", 200000, "count", "under")])
chg("t5", "t5a", "t5b", K, "rise")  # Bangladesh and Dhaka; admissions in a day are another figure
chg("t5", "t5b", "t5c", K, "rise")
chg("t5", "t5b", "t5c", "count", "rise")  # hospitalised since January
chg("t5", "t5c", "t5d", K, "rise")
chg("t5", "t5c", "t5d", "count", "rise")

# t6 Riot in the women's prison of Tamara, Honduras ----------------------------------------------
art("t6a", "t6", "diario-es", "2023-06-20T18:00:00Z", "es",
    "Murieron 41 reclusas este martes en un motín en el Centro Femenino de Adaptación Social de "
    "Támara, a unos 25 kilómetros de Tegucigalpa, informó Medicina Forense. 26 de las víctimas "
    "murieron calcinadas y el resto por heridas de bala y de arma blanca. Siete internas heridas "
    "fueron trasladadas al Hospital Escuela.",
    [("41", 41, K, "exact"), ("unos 25 kilómetros", 25, "distance_km", "about"),
     ("26", 26, K, "exact"), ("Siete", 7, I, "exact")])
art("t6b", "t6", "wire-en", "2023-06-20T18:40:00Z", "en",
    "Forty-one women were killed in a riot at a women's prison in Tamara, north-west of the "
    "Honduran capital, on Tuesday, after members of one gang stormed a rival cell block, "
    "officials said. Most of the victims were burned to death; others were shot. Seven inmates "
    "were being treated in hospital.",
    [("Forty-one", 41, K, "exact"), ("Seven", 7, I, "exact")])
art("t6c", "t6", "agencia-es", "2023-06-21T14:00:00Z", "es",
    "Asciende a 46 el número de reclusas fallecidas en la masacre de la cárcel de mujeres de "
    "Támara, tras la muerte de varias heridas en el hospital, informó el Ministerio Público. La "
    "presidenta Xiomara Castro anunció la intervención del sistema penitenciario.",
    [("46", 46, K, "exact")])
art("t6d", "t6", "journal-fr", "2023-06-21T15:00:00Z", "fr",
    "Honduras : 46 détenues ont été tuées dans la prison pour femmes de Támara, selon le parquet. "
    "Lors d'une fouille, les militaires ont saisi 18 armes à feu, des machettes et des grenades.",
    [("46", 46, K, "exact"), ("18", 18, "count", "exact")])
art("t6e", "t6", "news-ar", "2023-06-22T09:00:00Z", "ar",
    "قالت السلطات في هندوراس إن 46 سجينة قتلن في أعمال الشغب التي شهدها سجن النساء في تامارا، "
    "وإنها نقلت أكثر من 100 سجينة إلى سجن آخر بعد أن تولى الجيش إدارة السجون.",
    [("46", 46, K, "exact"), ("أكثر من 100", 100, "count", "over")])
chg("t6", "t6b", "t6c", K, "rise")  # then 46 in French and Arabic: no change

# t7 Methanol poisoning in Kallakurichi, Tamil Nadu: the district and the Karunapuram colony ------
art("t7a", "t7", "wire-en", "2024-06-20T06:00:00Z", "en",
    "At least 29 people have died after drinking illicit liquor laced with methanol in "
    "Kallakurichi district of India's southern Tamil Nadu state, officials said on Thursday. More "
    "than 100 others were being treated in hospitals in Kallakurichi, Salem and Puducherry.",
    [("At least 29", 29, K, "at_least"),
     ("More than 100", 100, I, "over")])  # poisoned and in hospital: the casualties who survived
art("t7b", "t7", "news-ar", "2024-06-20T15:00:00Z", "ar",
    "ارتفع عدد ضحايا الكحول المغشوش في منطقة كالاكوريتشي بولاية تاميل نادو جنوبي الهند إلى 40 "
    "قتيلا، بينهم 24 من سكان حي كارونابورام، وفق ما أعلنته السلطات المحلية.",
    [("40", 40, K, "exact"), ("24", 24, K, "exact")])
art("t7c", "t7", "journal-fr", "2024-06-21T09:00:00Z", "fr",
    "Inde : au moins 47 personnes sont mortes après avoir bu de l'alcool frelaté dans le district "
    "de Kallakurichi, au Tamil Nadu. Dans le seul quartier de Karunapuram, 29 habitants sont "
    "décédés. La police a arrêté 4 personnes soupçonnées d'avoir vendu l'alcool.",
    [("au moins 47", 47, K, "at_least"), ("29", 29, K, "exact"), ("4", 4, DET, "exact")])
art("t7d", "t7", "zeitung-de", "2024-06-22T09:00:00Z", "de",
    "Die Zahl der Todesopfer durch gepanschten Schnaps im südindischen Bundesstaat Tamil Nadu ist "
    "auf 55 gestiegen. Mehr als 150 Menschen werden noch in Krankenhäusern behandelt, 30 von "
    "ihnen in kritischem Zustand. Die Polizei nahm bislang 7 Verdächtige fest.",
    [("55", 55, K, "exact"), ("Mehr als 150", 150, I, "over"), ("30", 30, I, "exact"),
     ("7", 7, DET, "exact")])
art("t7e", "t7", "diario-es", "2024-06-26T10:00:00Z", "es",
    "Son ya 63 los fallecidos por beber alcohol adulterado en el estado indio de Tamil Nadu, "
    "según el Gobierno regional, que ha ordenado una investigación judicial. Otros 88 afectados "
    "siguen hospitalizados.",
    [("63", 63, K, "exact"), ("88", 88, I, "exact")])
chg("t7", "t7a", "t7b", K, "rise")
chg("t7", "t7b", "t7c", K, "rise")  # the district 40 -> 47, Karunapuram 24 -> 29
chg("t7", "t7c", "t7d", K, "rise")
chg("t7", "t7a", "t7d", I, "rise")  # still in hospital; the 30 critical are a sub-count
chg("t7", "t7c", "t7d", DET, "rise")
chg("t7", "t7d", "t7e", K, "rise")
chg("t7", "t7d", "t7e", I, "fall")

# t8 Tsunami warnings after the Kamchatka earthquake: Japan, Severo-Kurilsk, Honolulu -----------
art("t8a", "t8", "wire-en", "2025-07-30T01:30:00Z", "en",
    "Japan issued tsunami warnings for much of its Pacific coast after a magnitude 8.7 earthquake "
    "struck off Russia's Kamchatka Peninsula, and authorities told nearly 900,000 people in 133 "
    "municipalities to move to higher ground, public broadcaster NHK said. The quake struck at "
    "8:25 a.m. local time.",
    [("nearly 900,000", 900000, E, "under"), ("133", 133, "count", "exact")])
art("t8b", "t8", "journal-fr", "2025-07-30T03:00:00Z", "fr",
    "Séisme au large du Kamtchatka : le Japon a ordonné l'évacuation de 1,9 million de personnes "
    "dans 21 préfectures du littoral Pacifique, selon l'Agence de gestion des incendies et des "
    "catastrophes. À Severo-Kourilsk, dans la région russe de Sakhaline, quelque 2 000 habitants "
    "ont été évacués vers les hauteurs après l'arrivée d'une première vague.",
    [("1,9 million", 1.9e6, E, "exact"), ("21", 21, "count", "exact"),
     ("quelque 2 000", 2000, E, "about")])
art("t8c", "t8", "news-ar", "2025-07-30T03:30:00Z", "ar",
    "أعلنت السلطات اليابانية إجلاء حوالي مليوني شخص من المناطق الساحلية المطلة على المحيط الهادئ "
    "بعد الزلزال الذي ضرب قبالة شبه جزيرة كامتشاتكا الروسية. وفي منطقة سخالين الروسية، أُجلي أكثر "
    "من 2700 شخص من مدينة سيفيرو-كوريلسك، وفق حاكم المنطقة.",
    [("حوالي مليوني", 2e6, E, "about"), ("أكثر من 2700", 2700, E, "over")])
art("t8d", "t8", "zeitung-de", "2025-07-30T09:00:00Z", "de",
    "Nach dem schweren Erdbeben vor Kamtschatka hat Japan die Tsunami-Warnungen für die "
    "Pazifikküste herabgestuft. In der Präfektur Mie starb eine 58-jährige Frau, als ihr Auto auf "
    "der Fahrt ins Landesinnere von einer Klippe stürzte. In Hawaii hatten die Behörden zuvor "
    "rund 16.000 Menschen aus den Küstengebieten von Honolulu in Sicherheit gebracht.",
    [("rund 16.000", 16000, E, "about")])
art("t8e", "t8", "diario-es", "2025-07-30T10:00:00Z", "es",
    "Se redujo a 1,5 millones el número de personas bajo orden de evacuación en Japón, cuando el "
    "mar empezaba a calmarse, informó la Agencia de Gestión de Incendios y Desastres. Las "
    "primeras olas llegaron a Hokkaido a media mañana.",
    [("1,5 millones", 1.5e6, E, "exact")])
chg("t8", "t8a", "t8b", E, "rise")  # Japan; prefectures and municipalities are other figures
chg("t8", "t8b", "t8c", E, "disagreement")  # Severo-Kurilsk 2,000 vs more than 2,700, 30 minutes
# (Japan: about 2 million in t8c agrees with 1.9 million in t8b)
chg("t8", "t8c", "t8e", E, "fall")  # Japan; Honolulu is another place

# t9 Mexico's presidential election: quick count, preliminary count, official count ---------------
art("t9a", "t9", "diario-es", "2024-06-03T06:00:00Z", "es",
    "Claudia Sheinbaum será la primera presidenta de México: según el conteo rápido del Instituto "
    "Nacional Electoral, obtuvo entre el 58,3 % y el 60,7 % de los votos, mientras que Xóchitl "
    "Gálvez se quedó en torno al 27,5 %. La participación fue de alrededor del 60 %.",
    [("entre el 58,3 % y el 60,7 %", [58.3, 60.7], "percent", "exact"),
     ("en torno al 27,5 %", 27.5, "percent", "about"),
     ("alrededor del 60 %", 60, "percent", "about")])
art("t9b", "t9", "wire-en", "2024-06-03T06:30:00Z", "en",
    "Claudia Sheinbaum won Mexico's presidential election by a landslide, taking 58.8% of the "
    "vote against 28.1% for opposition candidate Xóchitl Gálvez, according to the preliminary "
    "count with more than 80% of tally sheets counted. Sheinbaum, 61, a former mayor of Mexico "
    "City, will take office on Oct. 1.",
    [("58.8%", 58.8, "percent", "exact"), ("28.1%", 28.1, "percent", "exact"),
     ("more than 80%", 80, "percent", "over")])
art("t9c", "t9", "journal-fr", "2024-06-07T10:00:00Z", "fr",
    "Mexique : Claudia Sheinbaum est élue avec 59,8 % des voix, selon le décompte officiel de "
    "l'Institut national électoral, soit près de 36 millions de suffrages. Sa rivale Xóchitl "
    "Gálvez obtient 27,4 %. La participation s'élève à 61 %.",
    [("59,8 %", 59.8, "percent", "exact"), ("près de 36 millions", 36e6, "votes", "under"),
     ("27,4 %", 27.4, "percent", "exact"), ("61 %", 61, "percent", "exact")])
art("t9d", "t9", "news-ar", "2024-06-07T11:00:00Z", "ar",
    "أعلنت الهيئة الوطنية للانتخابات في المكسيك فوز كلاوديا شينباوم بالرئاسة بنسبة 59.8 في المئة "
    "من الأصوات، في حين حصلت منافستها سوتشيل غالفيس على 27.4 في المئة، وبلغت نسبة المشاركة 61 في "
    "المئة.",
    [("59.8 في المئة", 59.8, "percent", "exact"), ("27.4 في المئة", 27.4, "percent", "exact"),
     ("61 في المئة", 61, "percent", "exact")])
art("t9e", "t9", "zeitung-de", "2024-06-07T12:00:00Z", "de",
    "Mexiko: Nach dem amtlichen Endergebnis hat Claudia Sheinbaum die Präsidentschaftswahl mit "
    "59,8 Prozent der Stimmen gewonnen. Die Kandidatin der Opposition kam auf 27,4 Prozent. "
    "Sheinbaum tritt ihr Amt am 1. Oktober an.",
    [("59,8 Prozent", 59.8, "percent", "exact"), ("27,4 Prozent", 27.4, "percent", "exact")])
# t9a -> t9b: 58.8 lies in the quick-count range, 28.1 is around 27.5: no change
chg("t9", "t9b", "t9c", "percent", "rise")  # Sheinbaum 58.8 -> 59.8
chg("t9", "t9b", "t9c", "percent", "fall")  # Galvez 28.1 -> 27.4
# turnout: around 60% (t9a), then 61%: no change

# t10 The censure of the Barnier government: the same tally in three languages --------------------
art("t10a", "t10", "journal-fr", "2024-12-04T19:30:00Z", "fr",
    "La motion de censure déposée par la gauche a été adoptée par 331 voix mercredi soir à "
    "l'Assemblée nationale : le gouvernement de Michel Barnier est renversé, trois mois après sa "
    "nomination. Une telle chute n'était plus arrivée depuis 1962.",
    [("331", 331, "votes", "exact")])
art("t10b", "t10", "wire-en", "2024-12-04T19:45:00Z", "en",
    "French lawmakers ousted Prime Minister Michel Barnier's government on Wednesday, with 331 "
    "deputies backing a no-confidence motion, the first successful one since 1962. Barnier, 73, "
    "is expected to tender his resignation on Thursday.",
    [("331", 331, "votes", "exact")])
art("t10c", "t10", "news-ar", "2024-12-05T07:00:00Z", "ar",
    "صوت 331 نائبا في الجمعية الوطنية الفرنسية لصالح مذكرة حجب الثقة عن حكومة ميشال بارنييه، "
    "لتصبح أقصر الحكومات عمرا في تاريخ الجمهورية الخامسة.",
    [("331", 331, "votes", "exact")])
# no change

# t11 Protests in Tbilisi: detained, injured police officers, injured protesters -----------------
art("t11a", "t11", "wire-en", "2024-12-01T10:00:00Z", "en",
    "Georgian police have detained 107 people since protests erupted in Tbilisi on Thursday over "
    "the government's decision to suspend talks on joining the European Union, the interior "
    "ministry said on Sunday. Ten police officers have been injured, the ministry said.",
    [("107", 107, DET, "exact"), ("Ten", 10, I, "exact")])
art("t11b", "t11", "journal-fr", "2024-12-02T09:00:00Z", "fr",
    "Géorgie : plus de 220 manifestants ont été interpellés en quatre nuits de manifestations "
    "pro-européennes à Tbilissi, selon le ministère de l'Intérieur, qui fait état de 113 "
    "policiers blessés depuis jeudi. La présidente Salomé Zourabichvili refuse de quitter son "
    "poste.",
    [("plus de 220", 220, DET, "over"), ("113", 113, I, "exact")])
art("t11c", "t11", "zeitung-de", "2024-12-02T09:30:00Z", "de",
    "Georgien: Bei den proeuropäischen Protesten in Tiflis sind seit Donnerstag 224 Menschen "
    "festgenommen worden, teilte das Innenministerium mit. Die Opposition spricht von mehr als "
    "100 verletzten Demonstranten, viele von ihnen durch Gummigeschosse.",
    [("224", 224, DET, "exact"), ("mehr als 100", 100, I, "over")])
art("t11d", "t11", "news-ar", "2024-12-05T09:00:00Z", "ar",
    "ارتفع عدد الموقوفين خلال الاحتجاجات المؤيدة لأوروبا في جورجيا إلى ٢٩٣ شخصا منذ يوم الخميس "
    "الماضي، وفق وزارة الداخلية، التي قالت إن 143 شرطيا أصيبوا خلال المواجهات في تبليسي.",
    [("٢٩٣", 293, DET, "exact"), ("143", 143, I, "exact")])
art("t11e", "t11", "diario-es", "2024-12-05T09:20:00Z", "es",
    "La policía georgiana ha detenido a unas 400 personas desde el comienzo de las protestas, "
    "según la Defensoría del Pueblo de Georgia, que denuncia malos tratos a decenas de detenidos.",
    [("unas 400", 400, DET, "about")])
chg("t11", "t11a", "t11b", DET, "rise")
chg("t11", "t11a", "t11b", I, "rise")  # police officers 10 -> 113
# t11b -> t11c: 224 is more than 220; the injured protesters are another group than the police
chg("t11", "t11c", "t11d", DET, "rise")
chg("t11", "t11b", "t11d", I, "rise")  # police officers 113 -> 143
chg("t11", "t11d", "t11e", DET, "disagreement")  # ministry vs ombudsman, 20 minutes apart

# t12 Stampede at a religious gathering in Hathras, Uttar Pradesh (t12d arrives late) ------------
art("t12a", "t12", "wire-en", "2024-07-02T12:30:00Z", "en",
    "At least 27 people, most of them women, were killed in a stampede at a religious gathering "
    "in Hathras district of India's Uttar Pradesh state on Tuesday, police said. The bodies were "
    "taken to a hospital in neighbouring Etah.",
    [("At least 27", 27, K, "at_least")])
art("t12b", "t12", "journal-fr", "2024-07-02T16:00:00Z", "fr",
    "Inde : au moins 87 morts dans une bousculade lors d'un rassemblement religieux dans l'Uttar "
    "Pradesh, selon les autorités locales. Plus de 250 000 fidèles s'étaient réunis sous une "
    "tente alors que seules 80 000 personnes avaient été autorisées, selon la police.",
    [("au moins 87", 87, K, "at_least"), ("Plus de 250 000", 250000, "count", "over"),
     ("80 000", 80000, "count", "exact")])
art("t12c", "t12", "news-ar", "2024-07-03T06:00:00Z", "ar",
    "ارتفعت حصيلة ضحايا التدافع خلال تجمع ديني في منطقة هاثراس بولاية أوتار براديش شمالي الهند "
    "إلى 116 قتيلا، بينهم 7 أطفال و108 نساء، وفق ما أعلنته حكومة الولاية صباح الأربعاء.",
    [("116", 116, K, "exact"), ("7", 7, K, "exact"), ("108", 108, K, "exact")])
art("t12d", "t12", "zeitung-de", "2024-07-02T20:00:00Z", "de",  # late: published before t12c
    "Bei einer Massenpanik nach einer Predigt im nordindischen Bundesstaat Uttar Pradesh sind 107 "
    "Menschen ums Leben gekommen, darunter mindestens 7 Kinder. 28 Verletzte werden in "
    "Krankenhäusern behandelt, teilten die Behörden mit.",
    [("107", 107, K, "exact"), ("mindestens 7", 7, K, "at_least"), ("28", 28, I, "exact")])
art("t12e", "t12", "diario-es", "2024-07-03T06:30:00Z", "es",
    "Asciende a 121 el número de muertos en la estampida de Hathras, en el norte de la India, "
    "entre ellos 112 mujeres, según la Policía, que busca al predicador que organizó el encuentro.",
    [("121", 121, K, "exact"), ("112", 112, K, "exact")])
chg("t12", "t12a", "t12b", K, "rise")
chg("t12", "t12b", "t12d", K, "rise")  # attendance figures are counts, not compared with the dead
chg("t12", "t12d", "t12c", K, "rise")  # children: at least 7, then 7
chg("t12", "t12c", "t12e", K, "disagreement")  # 116 vs 121 (women 108 vs 112), 30 minutes apart

# t13 Typhoon Yagi: Vietnam, Hainan, Lao Cai province and the village of Lang Nu -----------------
art("t13a", "t13", "wire-en", "2024-09-07T12:00:00Z", "en",
    "Typhoon Yagi made landfall in northern Vietnam on Saturday with winds of up to 149 km/h, "
    "after killing 4 people on China's Hainan island, where it cut power to about 830,000 "
    "households. In Vietnam, 3 people were killed and 78 injured, the government said, and "
    "authorities planned to evacuate up to 50,000 people from low-lying coastal areas.",
    [("4", 4, K, "exact"), ("about 830,000", 830000, "count", "about"), ("3", 3, K, "exact"),
     ("78", 78, I, "exact"), ("up to 50,000", 50000, E, "up_to")])
art("t13b", "t13", "journal-fr", "2024-09-09T10:00:00Z", "fr",
    "Vietnam : le typhon Yagi et les inondations qui ont suivi ont fait au moins 59 morts, selon "
    "les autorités. Dans la province de Cao Bang, un bus transportant 20 personnes a été emporté "
    "par un glissement de terrain. Plus de 40 personnes sont portées disparues.",
    [("au moins 59", 59, K, "at_least"), ("20", 20, "count", "exact"),
     ("Plus de 40", 40, M, "over")])
art("t13c", "t13", "zeitung-de", "2024-09-10T14:00:00Z", "de",
    "Vietnam: Die Zahl der Todesopfer nach Taifun „Yagi“ ist auf 141 gestiegen, 69 Menschen "
    "werden vermisst. Im Dorf Lang Nu in der Provinz Lao Cai begrub eine Sturzflut 37 Häuser; "
    "dort kamen mindestens 30 Menschen ums Leben.",
    [("141", 141, K, "exact"), ("69", 69, M, "exact"), ("37", 37, "count", "exact"),
     ("mindestens 30", 30, K, "at_least")])
art("t13d", "t13", "news-ar", "2024-09-11T09:00:00Z", "ar",
    "ارتفعت حصيلة ضحايا الإعصار ياغي والفيضانات التي أعقبته في فيتنام إلى 197 قتيلا، بينهم 87 في "
    "إقليم لاو كاي وحده، فيما لا يزال 125 شخصا في عداد المفقودين، حسب وزارة الزراعة الفيتنامية.",
    [("197", 197, K, "exact"), ("87", 87, K, "exact"), ("125", 125, M, "exact")])
art("t13e", "t13", "diario-es", "2024-09-12T10:00:00Z", "es",
    "Suman ya 233 los muertos por el tifón Yagi en Vietnam, 48 de ellos en la aldea de Lang Nu, "
    "en la provincia de Lao Cai, arrasada por un alud de lodo. Otras 103 personas siguen "
    "desaparecidas en el país, según el Ministerio de Agricultura.",
    [("233", 233, K, "exact"), ("48", 48, K, "exact"), ("103", 103, M, "exact")])
art("t13f", "t13", "wire-en", "2024-09-12T10:30:00Z", "en",
    "Vietnam's death toll from Typhoon Yagi and the floods and landslides that followed rose to "
    "226 on Thursday, with 104 people still missing, the disaster management agency said. Damage "
    "is estimated at around $1.6 billion.",
    [("226", 226, K, "exact"), ("104", 104, M, "exact"),
     ("around $1.6 billion", 1.6e9, "money", "about")])
chg("t13", "t13a", "t13b", K, "rise")  # Vietnam 3 -> 59; Hainan's 4 is another place
chg("t13", "t13b", "t13c", K, "rise")
chg("t13", "t13b", "t13c", M, "rise")
chg("t13", "t13c", "t13d", K, "rise")  # Vietnam; Lao Cai province is first reported here
chg("t13", "t13c", "t13d", M, "rise")
chg("t13", "t13d", "t13e", K, "rise")  # Vietnam 197 -> 233
chg("t13", "t13c", "t13e", K, "rise")  # Lang Nu village: at least 30 -> 48
chg("t13", "t13d", "t13e", M, "fall")
chg("t13", "t13e", "t13f", K, "disagreement")  # 233 vs 226, 30 minutes apart
chg("t13", "t13e", "t13f", M, "disagreement")  # 103 vs 104

# t14 Avalanche at a road workers' camp near Mana, Uttarakhand -----------------------------------
art("t14a", "t14", "wire-en", "2025-02-28T10:00:00Z", "en",
    "An avalanche buried a camp of road construction workers near the village of Mana in India's "
    "Uttarakhand state on Friday, and 41 workers are missing, officials said. Rescuers pulled out "
    "16 workers alive. The camp, high in the Himalayas near the border with Tibet, housed 57 "
    "labourers.",
    [("41", 41, M, "exact"), ("16", 16, "count", "exact"), ("57", 57, "count", "exact")])
art("t14b", "t14", "journal-fr", "2025-02-28T17:00:00Z", "fr",
    "Inde : 33 ouvriers ont été secourus après l'avalanche qui a enseveli leur campement près de "
    "Mana, dans l'Himalaya ; 22 sont toujours portés disparus, selon l'armée, qui a déployé des "
    "hélicoptères dès que la neige a cessé.",
    [("33", 33, "count", "exact"), ("22", 22, M, "exact")])
art("t14c", "t14", "diario-es", "2025-03-01T09:00:00Z", "es",
    "Mueren cuatro de los obreros rescatados tras la avalancha en el norte de la India, mientras "
    "los equipos de rescate buscan aún a ocho trabajadores sepultados bajo la nieve. Ya son 49 "
    "los rescatados con vida, informó el Ejército.",
    [("cuatro", 4, K, "exact"), ("ocho", 8, M, "exact"), ("49", 49, "count", "exact")])
art("t14d", "t14", "zeitung-de", "2025-03-01T09:40:00Z", "de",
    "Lawinenunglück im Himalaya: 52 Arbeiter sind lebend geborgen worden, 5 werden noch vermisst, "
    "teilte die Armee mit. Vier der Geretteten erlagen im Krankenhaus ihren Verletzungen.",
    [("52", 52, "count", "exact"), ("5", 5, M, "exact"), ("Vier", 4, K, "exact")])
art("t14e", "t14", "news-ar", "2025-03-02T12:00:00Z", "ar",
    "انتهت عمليات البحث في موقع الانهيار الثلجي قرب قرية مانا بولاية أوتاراخند الهندية بعد العثور "
    "على جثث آخر العمال المفقودين، لترتفع حصيلة القتلى إلى ثمانية عمال، حسب الجيش الهندي.",
    [("ثمانية", 8, K, "exact")])
chg("t14", "t14a", "t14b", "count", "rise")  # rescued 16 -> 33; the 57 in the camp: another figure
chg("t14", "t14a", "t14b", M, "fall")
chg("t14", "t14b", "t14c", "count", "rise")
chg("t14", "t14b", "t14c", M, "fall")
chg("t14", "t14c", "t14d", "count", "disagreement")  # rescued 49 vs 52, 40 minutes apart
chg("t14", "t14c", "t14d", M, "disagreement")  # missing 8 vs 5; dead 4 in both
chg("t14", "t14d", "t14e", K, "rise")

# t15 Briefs: mostly things that are not figures --------------------------------------------------
art("t15a", "t15", "local-en", "2024-10-15T09:00:00Z", "en",
    "Town briefs - A magnitude 3.8 earthquake rattled windows in Hollister at 11:42 p.m. on "
    "Monday; no injuries were reported. The city council voted 4-1 to keep the 1926 Carnegie "
    "library open on Sundays, at a cost of $180,000 a year. Dozens of residents attended, and "
    "Mayor Jane Ortiz, 56, thanked volunteers who have run the reading room for 12 years.",
    [("4-1", 4, "votes", "exact"), ("$180,000", 180000, "money", "exact")])
art("t15b", "t15", "zeitung-de", "2024-12-16T16:00:00Z", "de",
    "Kurz gemeldet - Der Bundestag hat Bundeskanzler Olaf Scholz am 16. Dezember das Vertrauen "
    "entzogen: 207 Abgeordnete stimmten für ihn, 394 gegen ihn, 116 enthielten sich. Die Sitzung "
    "begann um 13 Uhr. Der 66-jährige Kanzler strebt eine Neuwahl am 23. Februar 2025 an.",
    [("207", 207, "votes", "exact")])  # a tally is one figure: the votes in favour
art("t15c", "t15", "journal-fr", "2024-07-15T08:00:00Z", "fr",
    "En bref - Le feu d'artifice du 14 juillet, tiré à 23 h depuis le pont de Bercy, a attiré des "
    "dizaines de milliers de spectateurs. La préfecture de police avait mobilisé 2 500 policiers "
    "et gendarmes. Un homme de 34 ans a été interpellé pour des tirs de mortiers d'artifice.",
    [("2 500", 2500, "count", "exact")])
art("t15d", "t15", "news-ar", "2024-11-03T08:00:00Z", "ar",
    "سجل المركز الوطني للرصد الزلزالي هزة أرضية بقوة 4.5 درجات على مقياس ريختر في الساعة 2:10 فجر "
    "الأحد، شعر بها العشرات من سكان المدينة، ولم ترد أنباء عن إصابات. ويبلغ عمر المبنى البلدي "
    "القديم أكثر من 80 عاما.",
    [])
art("t15e", "t15", "diario-es", "2024-11-20T09:00:00Z", "es",
    "Breves - El pleno municipal aprobó el miércoles, por 14 votos a favor y 11 en contra, la "
    "ampliación del carril bici, que respaldó el 62 % de los vecinos en la consulta de octubre. "
    "Las obras empezarán en 2025 y durarán 8 meses.",
    [("14", 14, "votes", "exact"), ("62 %", 62, "percent", "exact")])

if __name__ == "__main__":
    LABELLED.write(HERE, details=True)
