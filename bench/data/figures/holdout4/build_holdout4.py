"""Authoring script of the fourth hold-out set (written blind after the fourth round of fixes;
`python build_holdout4.py` here regenerates articles.jsonl and changes.jsonl).

Project-written news items loosely following the shape of public reporting (a landslide in Papua
New Guinea, a ferry sinking off Mozambique, a stadium crush in Indonesia, a heatwave in India,
cholera in Haiti, Kenya's finance bill, French pension strikes, the Los Angeles fires, a Sudan
aid conference, a gold-mine collapse in Venezuela); the numbers are not a record of fact.

Change events are labelled on the timeline of `published_at` (the order in which the evaluation
replays the set), not on the order of the file: the late-arriving articles m2d, m5d and m6e
come after articles published later than they were, and slot into the timeline where they were
published.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from authoring import DET, D, E, I, K, M, LabelledSet  # noqa: E402

LABELLED = LabelledSet()
art, chg = LABELLED.art, LABELLED.chg

ACRE_KM2 = 0.0040468564224

# m1 Landslide in Enga province, Papua New Guinea ---------------------------------------------
art("m1a", "m1", "wire-en", "2024-05-24T08:00:00Z", "en",
    "A massive landslide struck the village of Kaokalam in Enga province in Papua New Guinea's "
    "highlands before dawn on Friday, and more than 100 people are believed to have been killed, "
    "local media reported. Dozens of houses were buried under rocks and mud, and the road to the "
    "provincial capital, Wabag, was cut.",
    [("more than 100", 100, K, "over")])
art("m1b", "m1", "journal-fr", "2024-05-26T07:00:00Z", "fr",
    "Papouasie-Nouvelle-Guinée : le glissement de terrain dans la province d'Enga aurait fait "
    "plus de 670 morts, selon une nouvelle estimation de l'Organisation internationale pour les "
    "migrations (OIM). Quelque 150 maisons ont été ensevelies, et environ 1 250 personnes ont été "
    "déplacées.",
    [("plus de 670", 670, K, "over"), ("Quelque 150", 150, "count", "about"),
     ("environ 1 250", 1250, D, "about")])
art("m1c", "m1", "news-ar", "2024-05-27T06:00:00Z", "ar",
    "أعلن المركز الوطني للكوارث في بابوا غينيا الجديدة أن الانزلاق الأرضي في إقليم إنغا أودى "
    "على الأرجح بحياة أكثر من 2000 شخص، في رسالة وجهها إلى الأمم المتحدة. وقال المركز إن عمليات "
    "الإنقاذ تواجه صعوبات كبيرة بسبب عدم استقرار التربة.",
    [("أكثر من 2000", 2000, K, "over")])
art("m1d", "m1", "wire-en", "2024-05-27T06:40:00Z", "en",
    "The U.N. migration agency said on Monday it was keeping its estimate of about 670 people "
    "killed by the landslide in Papua New Guinea's Enga province, pending a new assessment. About "
    "7,800 people living in the area are affected, the agency said.",
    [("about 670", 670, K, "about"), ("About 7,800", 7800, "count", "about")])
art("m1e", "m1", "zeitung-de", "2024-05-29T09:00:00Z", "de",
    "Papua-Neuguinea: Nach dem verheerenden Erdrutsch in der Provinz Enga haben die Behörden mit "
    "der Evakuierung von rund 7.900 Menschen aus gefährdeten Dörfern begonnen. Die Regierung geht "
    "weiterhin von mehr als 2.000 Toten aus.",
    [("rund 7.900", 7900, E, "about"), ("mehr als 2.000", 2000, K, "over")])
chg("m1", "m1a", "m1b", K, "rise")
chg("m1", "m1b", "m1c", K, "rise")
chg("m1", "m1c", "m1d", K, "disagreement")  # government vs IOM, 40 minutes apart
chg("m1", "m1d", "m1e", K, "rise")

# m2 Ferry sinking off Nampula, Mozambique ------------------------------------------------------
art("m2a", "m2", "wire-en", "2024-04-08T07:00:00Z", "en",
    "At least 90 people drowned when an overcrowded fishing boat that had been converted into a "
    "ferry sank off the coast of Nampula province in northern Mozambique, the provincial "
    "secretary of state said on Monday. The boat was carrying around 130 people to Mozambique "
    "Island, many of them fleeing a cholera scare.",
    [("At least 90", 90, K, "at_least"), ("around 130", 130, "count", "about")])
art("m2b", "m2", "journal-fr", "2024-04-08T07:40:00Z", "fr",
    "Mozambique : le naufrage d'une embarcation surchargée au large de la province de Nampula a "
    "fait 91 morts, dont de nombreux enfants, selon les autorités provinciales. 26 personnes sont "
    "toujours portées disparues.",
    [("91", 91, K, "exact"), ("26", 26, M, "exact")])
# m2a -> m2b: 91 is at least 90, no change (and so no disagreement, 40 minutes apart)
art("m2c", "m2", "diario-es", "2024-04-09T10:00:00Z", "es",
    "Ascienden a 98 los muertos por el naufragio de una embarcación frente a la costa de "
    "Mozambique, según las autoridades de Nampula, que siguen buscando a una docena de "
    "desaparecidos. La embarcación, un antiguo pesquero, no tenía licencia para transportar "
    "pasajeros.",
    [("98", 98, K, "exact"), ("docena", 12, M, "about")])
art("m2d", "m2", "wire-en", "2024-04-07T19:00:00Z", "en",  # late: published before m2a
    "BRIEF - A boat carrying passengers sank off northern Mozambique on Sunday, killing at least "
    "20 people, a district official said. Rescue teams were searching the waters near Lunga.",
    [("at least 20", 20, K, "at_least")])
chg("m2", "m2d", "m2a", K, "rise")
chg("m2", "m2b", "m2c", K, "rise")
chg("m2", "m2b", "m2c", M, "fall")

# m3 Stadium crush in Malang, Indonesia ---------------------------------------------------------
art("m3a", "m3", "wire-en", "2022-10-01T18:30:00Z", "en",
    "FLASH: At least 34 people died in a stampede at a football stadium in Malang, East Java, "
    "after police fired tear gas at fans who invaded the pitch, local police said.",
    [("At least 34", 34, K, "at_least")])
art("m3b", "m3", "wire-en", "2022-10-01T19:15:00Z", "en",
    "UPDATE - The death toll from a crush at Kanjuruhan stadium in Malang, East Java, rose to 127, "
    "including two police officers, the provincial police chief said on Sunday. About 180 people "
    "were being treated in hospitals. Home side Arema FC had lost 2-3 to Persebaya Surabaya; the "
    "stadium holds 38,000 people, but 42,000 tickets had been sold, officials said.",
    [("127", 127, K, "exact"), ("two", 2, K, "exact"), ("About 180", 180, I, "about"),
     ("38,000", 38000, "count", "exact"), ("42,000", 42000, "count", "exact")])
art("m3c", "m3", "zeitung-de", "2022-10-02T08:00:00Z", "de",
    "Indonesiens Regierung hat die Zahl der Toten nach der Massenpanik im Kanjuruhan-Stadion von "
    "Malang auf 125 nach unten korrigiert, weil einige Opfer doppelt gezählt worden seien. Mehr "
    "als 320 Menschen wurden verletzt. Präsident Joko Widodo ordnete eine Untersuchung an.",
    [("125", 125, K, "exact"), ("Mehr als 320", 320, I, "over")])
art("m3d", "m3", "diario-es", "2022-10-03T11:00:00Z", "es",
    "La cifra de muertos en la estampida del estadio Kanjuruhan, en Indonesia, se mantiene en 125, "
    "entre ellos 32 menores de entre 3 y 17 años, informó la Policía. La Federación de Fútbol "
    "suspendió la liga durante una semana.",
    [("125", 125, K, "exact"), ("32", 32, K, "exact")])
art("m3e", "m3", "news-ar", "2022-10-05T09:00:00Z", "ar",
    "ارتفع عدد ضحايا التدافع في ملعب كانجوروهان بمدينة مالانغ الإندونيسية إلى 131 قتيلا، بينهم 33 "
    "طفلا، بعد وفاة عدد من المصابين في المستشفى، وفق السلطات المحلية.",
    [("131", 131, K, "exact"), ("33", 33, K, "exact")])
chg("m3", "m3a", "m3b", K, "rise")  # same outlet within the hour: a rise, not a disagreement
chg("m3", "m3b", "m3c", K, "fall")  # revised down: some victims counted twice
chg("m3", "m3b", "m3c", I, "rise")
chg("m3", "m3d", "m3e", K, "rise")  # all 125 -> 131, children 32 -> 33

# m4 Heatwave in India: Bihar, Uttar Pradesh, Odisha are different figures ----------------------
art("m4a", "m4", "wire-en", "2024-06-01T08:00:00Z", "en",
    "A heatwave has killed at least 14 people in the eastern Indian state of Bihar, officials said "
    "on Saturday, as temperatures in Aurangabad reached 48.2 degrees Celsius. In neighbouring "
    "Uttar Pradesh, 33 polling staff died of suspected heatstroke while on election duty, the "
    "state's chief electoral officer said.",
    [("at least 14", 14, K, "at_least"), ("33", 33, K, "exact")])
art("m4b", "m4", "journal-fr", "2024-06-01T14:00:00Z", "fr",
    "Inde : la canicule a fait au moins 22 morts dans l'État du Bihar, selon les autorités "
    "locales. Le thermomètre a dépassé 45 °C dans 20 districts, et les écoles resteront fermées "
    "jusqu'au 8 juin.",
    [("au moins 22", 22, K, "at_least"), ("20", 20, "count", "exact")])
art("m4c", "m4", "news-ar", "2024-06-02T09:00:00Z", "ar",
    "أعلنت سلطات ولاية أوديشا في شرق الهند وفاة عشرة أشخاص بضربات الشمس، فيما سجلت درجات الحرارة "
    "46.5 درجة مئوية في بعض المناطق، ودعت السكان إلى البقاء في منازلهم خلال ساعات الظهيرة.",
    [("عشرة", 10, K, "exact")])  # Odisha: not compared with Bihar
art("m4d", "m4", "zeitung-de", "2024-06-03T08:00:00Z", "de",
    "Die Hitzewelle in Indien hat im Bundesstaat Uttar Pradesh nach offiziellen Angaben bislang 54 "
    "Menschenleben gefordert, darunter 33 Wahlhelfer. Im benachbarten Bihar stieg die Zahl der "
    "Hitzetoten auf 29. Der Wetterdienst erwartet erst ab Mitte Juni Abkühlung.",
    [("54", 54, K, "exact"), ("33", 33, K, "exact"), ("29", 29, K, "exact")])
art("m4e", "m4", "diario-es", "2024-06-03T08:30:00Z", "es",
    "La ola de calor en la India ha dejado al menos 40 muertos en el estado de Bihar, según "
    "recuentos de la prensa local, mientras los termómetros superan los 45 grados.",
    [("al menos 40", 40, K, "at_least")])
chg("m4", "m4a", "m4b", K, "rise")  # Bihar
chg("m4", "m4b", "m4d", K, "rise")  # Bihar; polling staff in Uttar Pradesh unchanged at 33
chg("m4", "m4d", "m4e", K, "disagreement")  # Bihar, 30 minutes apart

# m5 Cholera in Haiti (m5d arrives late) ---------------------------------------------------------
art("m5a", "m5", "journal-fr", "2022-10-20T10:00:00Z", "fr",
    "Haïti : l'épidémie de choléra a fait au moins 40 morts depuis début octobre, selon le "
    "ministère de la Santé publique. Plus de 1 700 cas suspects ont été recensés. À la prison "
    "civile de Port-au-Prince, 14 détenus sont morts de la maladie.",
    [("au moins 40", 40, K, "at_least"), ("Plus de 1 700", 1700, "count", "over"),
     ("14", 14, K, "exact")])
art("m5b", "m5", "wire-en", "2022-10-28T15:00:00Z", "en",
    "Cholera has killed at least 90 people in Haiti and more than 2,600 suspected cases have been "
    "recorded, the Pan American Health Organization said on Friday. Fuel shortages caused by gang "
    "blockades have left hospitals without power.",
    [("at least 90", 90, K, "at_least"), ("more than 2,600", 2600, "count", "over")])
art("m5c", "m5", "diario-es", "2022-11-07T10:00:00Z", "es",
    "El cólera ha causado ya 160 muertes en Haití y se han registrado más de 6.000 casos "
    "sospechosos, informó el Ministerio de Salud, que pidió ayuda internacional para vacunar a la "
    "población.",
    [("160", 160, K, "exact"), ("más de 6.000", 6000, "count", "over")])
art("m5d", "m5", "news-ar", "2022-11-02T10:00:00Z", "ar",  # late: published before m5c
    "قالت منظمة الصحة للبلدان الأمريكية إن الكوليرا أودت بحياة 115 شخصا على الأقل في هايتي، وإن "
    "عدد الحالات المشتبه بها تجاوز 4 آلاف حالة.",
    [("115", 115, K, "at_least"), ("تجاوز 4 آلاف", 4000, "count", "over")])
chg("m5", "m5a", "m5b", K, "rise")  # Haiti; the 14 prisoners are another figure
chg("m5", "m5a", "m5b", "count", "rise")
chg("m5", "m5b", "m5d", K, "rise")
chg("m5", "m5b", "m5d", "count", "rise")
chg("m5", "m5d", "m5c", K, "rise")
chg("m5", "m5d", "m5c", "count", "rise")

# m6 Kenya's finance bill: the vote and the protests (m6e arrives late) --------------------------
art("m6a", "m6", "wire-en", "2024-06-25T12:30:00Z", "en",
    "Kenya's parliament passed the Finance Bill 2024 by 195 votes to 106 on Tuesday, as protesters "
    "broke into the parliament compound in Nairobi and set part of it on fire. Police opened fire "
    "on the crowds; at least five people were killed, a coalition of rights groups said.",
    [("195 votes to 106", 195, "votes", "exact"), ("at least five", 5, K, "at_least")])
art("m6b", "m6", "diario-es", "2024-06-25T13:10:00Z", "es",
    "El Parlamento de Kenia aprobó la polémica ley de finanzas con 196 votos a favor y 106 en "
    "contra. Al menos 13 personas murieron por disparos de la policía durante las protestas, según "
    "la Asociación Médica de Kenia.",
    [("196", 196, "votes", "exact"), ("Al menos 13", 13, K, "at_least")])
art("m6c", "m6", "news-ar", "2024-06-26T09:00:00Z", "ar",
    "قالت اللجنة الوطنية الكينية لحقوق الإنسان إن 22 شخصا قتلوا خلال الاحتجاجات على قانون المالية "
    "في كينيا، وأصيب أكثر من 100 آخرين، فيما اعتقلت الشرطة 50 متظاهرا.",
    [("22", 22, K, "exact"), ("أكثر من 100", 100, I, "over"), ("50", 50, DET, "exact")])
art("m6d", "m6", "zeitung-de", "2024-07-01T10:00:00Z", "de",
    "Bei den Protesten gegen die Steuerpläne der Regierung in Kenia sind nach Angaben der "
    "staatlichen Menschenrechtskommission 39 Menschen getötet und 361 verletzt worden. Mehr als "
    "600 Demonstranten wurden festgenommen, 32 Menschen gelten als vermisst.",
    [("39", 39, K, "exact"), ("361", 361, I, "exact"), ("Mehr als 600", 600, DET, "over"),
     ("32", 32, M, "exact")])
art("m6e", "m6", "wire-en", "2024-06-27T08:00:00Z", "en",  # late: published before m6d
    "Kenya's President William Ruto said on Wednesday he would withdraw the finance bill, a day "
    "after protests in which at least 23 people were killed, according to the Kenya Medical "
    "Association. The bill aimed to raise 346 billion shillings in new taxes.",
    [("at least 23", 23, K, "at_least"), ("346 billion shillings", 346e9, "money", "exact")])
chg("m6", "m6a", "m6b", "votes", "disagreement")  # 195 vs 196 in favour, 40 minutes apart
chg("m6", "m6a", "m6b", K, "disagreement")
chg("m6", "m6b", "m6c", K, "rise")
chg("m6", "m6c", "m6e", K, "rise")
chg("m6", "m6e", "m6d", K, "rise")
chg("m6", "m6c", "m6d", I, "rise")
chg("m6", "m6c", "m6d", DET, "rise")

# m7 Pension strike in France: police and union counts ------------------------------------------
art("m7a", "m7", "journal-fr", "2023-03-07T17:00:00Z", "fr",
    "Réforme des retraites : 1,28 million de manifestants ont défilé mardi dans toute la France, "
    "dont 81 000 personnes à Paris, selon le ministère de l'Intérieur. C'est un record depuis le "
    "début de la mobilisation, le 19 janvier.",
    [("1,28 million", 1.28e6, "count", "exact"), ("81 000", 81000, "count", "exact")])
art("m7b", "m7", "zeitung-de", "2023-03-07T17:45:00Z", "de",
    "Frankreich: Nach Angaben der Gewerkschaft CGT gingen am Dienstag landesweit 3,5 Millionen "
    "Menschen gegen die Rentenreform auf die Straße, davon 700.000 Menschen in Paris. Das "
    "Innenministerium meldete deutlich niedrigere Zahlen.",
    [("3,5 Millionen", 3.5e6, "count", "exact"), ("700.000", 700000, "count", "exact")])
art("m7c", "m7", "wire-en", "2023-03-08T09:00:00Z", "en",
    "Strikes against France's pension reform disrupted trains and refineries for a second day on "
    "Wednesday. The SNCF cancelled 80% of high-speed trains, and 39% of primary school teachers "
    "walked out on Tuesday, according to the education ministry. Police detained 22 people in "
    "Paris overnight.",
    [("80%", 80, "percent", "exact"), ("39%", 39, "percent", "exact"), ("22", 22, DET, "exact")])
art("m7d", "m7", "diario-es", "2023-03-08T16:00:00Z", "es",
    "Francia: el Ministerio de Educación rebajó al 32,7 % la proporción de maestros de primaria "
    "que secundaron la huelga del martes. Los sindicatos convocaron una nueva jornada de protesta "
    "para el sábado 11 de marzo.",
    [("32,7 %", 32.7, "percent", "exact")])
chg("m7", "m7a", "m7b", "count", "disagreement")  # ministry vs union, France and Paris
chg("m7", "m7c", "m7d", "percent", "fall")  # teachers on strike, revised

# m8 Los Angeles fires: the Eaton and Palisades fires are different figures ----------------------
art("m8a", "m8", "wire-en", "2025-01-08T14:00:00Z", "en",
    "Wind-driven wildfires forced nearly 30,000 people to evacuate in Los Angeles County on "
    "Wednesday. Two people have died in the Eaton fire near Altadena, the county fire chief said, "
    "and the Palisades fire has burned more than 2,900 acres along the coast.",
    [("nearly 30,000", 30000, E, "under"), ("Two", 2, K, "exact"),
     ("more than 2,900 acres", round(2900 * ACRE_KM2, 3), "area_km2", "over")])
art("m8b", "m8", "journal-fr", "2025-01-09T07:00:00Z", "fr",
    "Los Angeles : l'incendie d'Eaton, près d'Altadena, a fait au moins cinq morts, selon les "
    "autorités du comté. Près de 130 000 personnes ont reçu l'ordre d'évacuer. Le feu de Palisades "
    "a détruit plus de 1 000 bâtiments et parcouru près de 6 400 hectares. Des rafales allant "
    "jusqu'à 130 km/h attisent les flammes.",
    [("au moins cinq", 5, K, "at_least"), ("Près de 130 000", 130000, E, "under"),
     ("plus de 1 000", 1000, "count", "over"), ("près de 6 400 hectares", 64, "area_km2", "under")])
art("m8c", "m8", "diario-es", "2025-01-10T08:00:00Z", "es",
    "El incendio de Palisades, en el oeste de Los Ángeles, ha causado al menos 3 muertes, según la "
    "oficina forense del condado. Unas 180.000 personas siguen bajo órdenes de evacuación.",
    [("al menos 3", 3, K, "at_least"), ("Unas 180.000", 180000, E, "about")])
art("m8d", "m8", "zeitung-de", "2025-01-11T09:00:00Z", "de",
    "Die Zahl der Todesopfer des Eaton-Feuers bei Altadena ist auf 16 gestiegen. Das "
    "Palisades-Feuer hat nach Angaben der Feuerwehr bereits mehr als 5.300 Gebäude zerstört.",
    [("16", 16, K, "exact"), ("mehr als 5.300", 5300, "count", "over")])
chg("m8", "m8a", "m8b", K, "rise")  # Eaton
chg("m8", "m8a", "m8b", E, "rise")
chg("m8", "m8a", "m8b", "area_km2", "rise")  # Palisades
chg("m8", "m8b", "m8c", E, "rise")  # the Palisades deaths in m8c are not the Eaton deaths
chg("m8", "m8b", "m8d", K, "rise")  # Eaton
chg("m8", "m8b", "m8d", "count", "rise")  # Palisades buildings

# m9 Sudan aid conference in Paris -----------------------------------------------------------------
art("m9a", "m9", "journal-fr", "2024-04-15T16:00:00Z", "fr",
    "Conférence de Paris : les donateurs ont promis plus de 2 milliards d'euros d'aide pour le "
    "Soudan, a annoncé Emmanuel Macron, un an jour pour jour après le début de la guerre. Selon "
    "l'ONU, 25 millions de personnes ont besoin d'assistance dans le pays.",
    [("plus de 2 milliards d'euros", 2e9, "money", "over"),
     ("25 millions", 25e6, "count", "exact")])
art("m9b", "m9", "wire-en", "2024-04-15T16:30:00Z", "en",
    "Donors meeting in Paris pledged around €2 billion in humanitarian aid for Sudan, France's "
    "foreign minister said. The U.N.'s $2.7 billion appeal for Sudan this year is only 6% funded.",
    [("around €2 billion", 2e9, "money", "about"), ("$2.7 billion", 2.7e9, "money", "exact"),
     ("6%", 6, "percent", "exact")])
art("m9c", "m9", "news-ar", "2024-04-16T08:00:00Z", "ar",
    "تعهد المانحون في مؤتمر باريس الإنساني بتقديم أكثر من ملياري يورو لدعم السودان، الذي نزح فيه "
    "حوالي 8.6 مليون شخص منذ اندلاع الحرب، بحسب الأمم المتحدة.",
    [("أكثر من ملياري يورو", 2e9, "money", "over"), ("حوالي 8.6 مليون", 8.6e6, D, "about")])
art("m9d", "m9", "diario-es", "2024-05-14T10:00:00Z", "es",
    "La ONU advierte de que solo ha recibido el 12 % de los 2.700 millones de dólares que pidió "
    "para Sudán este año, pese a las promesas de la conferencia de París.",
    [("12 %", 12, "percent", "exact"), ("2.700 millones de dólares", 2.7e9, "money", "exact")])
art("m9e", "m9", "wire-en", "2024-06-20T10:00:00Z", "en",
    "The United Nations' humanitarian appeal for Sudan is now 16% funded, OCHA said on Thursday, "
    "as famine spreads in North Darfur.",
    [("16%", 16, "percent", "exact")])
# pledges: more than / around 2 billion euros overlap (no change); the appeal is another figure
chg("m9", "m9b", "m9d", "percent", "rise")  # m9e: more than 30 days after m9d, no change

# m10 Gold-mine collapse in Bolívar, Venezuela -----------------------------------------------------
art("m10a", "m10", "diario-es", "2024-02-21T06:00:00Z", "es",
    "Al menos 16 personas murieron al derrumbarse una mina de oro ilegal en el municipio "
    "Angostura, en el estado Bolívar, en el sur de Venezuela, informó Protección Civil. 15 mineros "
    "fueron rescatados con vida, y decenas de trabajadores seguirían atrapados.",
    [("Al menos 16", 16, K, "at_least"), ("15", 15, "count", "exact")])
art("m10b", "m10", "wire-en", "2024-02-21T17:00:00Z", "en",
    "At least 30 people were killed when an open-pit gold mine collapsed in Venezuela's Bolívar "
    "state, the mayor of Angostura said, as rescuers dug through the mud with their hands. Up to "
    "200 miners may have been working in the pit.",
    [("At least 30", 30, K, "at_least"), ("Up to 200", 200, "count", "up_to")])
art("m10c", "m10", "news-ar", "2024-02-22T09:00:00Z", "ar",
    "أكدت السلطات الفنزويلية مقتل 16 شخصا في انهيار منجم ذهب غير قانوني بولاية بوليفار جنوب "
    "البلاد، مصححة حصيلة سابقة أعلنها رئيس البلدية. ولا يزال نحو 100 عامل في عداد المفقودين.",
    [("16", 16, K, "exact"), ("نحو 100", 100, M, "about")])
art("m10d", "m10", "zeitung-de", "2024-02-23T09:00:00Z", "de",
    "Venezuela: Beim Einsturz einer illegalen Goldmine im Bundesstaat Bolívar sind nach "
    "offiziellen Angaben 16 Menschen ums Leben gekommen, darunter ein 17-jähriger Bergmann. Zwölf "
    "Bergleute gelten noch als vermisst.",
    [("16", 16, K, "exact"), ("Zwölf", 12, M, "exact")])
chg("m10", "m10a", "m10b", K, "rise")  # rescued miners and miners in the pit: other figures
chg("m10", "m10b", "m10c", K, "fall")
chg("m10", "m10c", "m10d", M, "fall")

# m11 Briefs and local news: mostly things that are not figures ------------------------------------
art("m11a", "m11", "wire-en", "2024-07-02T10:00:00Z", "en",
    "Local news - Riverside council met at 7 p.m. on Tuesday to discuss the 2025 budget and "
    "approved a $4.5 million drainage project. Councillor Ana Ruiz, 52, said the town's 1998 flood "
    "plan needed updating after dozens of basements flooded in June. A magnitude 3.2 tremor was "
    "felt at 4:15 a.m.; no one was hurt. Temperatures are forecast to reach 38 degrees on Friday.",
    [("$4.5 million", 4.5e6, "money", "exact")])
art("m11b", "m11", "news-ar", "2024-07-02T12:00:00Z", "ar",
    "أعلنت الأرصاد الجوية أن درجة الحرارة بلغت ٤٩ درجة مئوية في الكويت يوم الثلاثاء 2 يوليو 2024، "
    "وقالت وزارة الصحة إن ١٢ شخصا أصيبوا بضربات شمس، فيما نقل عشرات الأشخاص إلى المستشفيات. وسجل "
    "زلزال بقوة 4.1 درجات على مقياس ريختر عند الساعة 3:20 فجرا.",
    [("١٢", 12, I, "exact")])  # Eastern Arabic digits
art("m11c", "m11", "journal-fr", "2024-05-10T10:00:00Z", "fr",
    "En bref - Le Festival de Cannes s'ouvre le 14 mai 2024 pour sa 77e édition. Le réalisateur "
    "invité d'honneur, âgé de 64 ans, présentera trois films restaurés. La séance d'ouverture "
    "commence à 19 h 30.",
    [])
art("m11d", "m11", "zeitung-de", "2024-10-03T16:00:00Z", "de",
    "Tausende Menschen feierten am 3. Oktober in Schwerin den Tag der Deutschen Einheit. Die Feier "
    "begann um 14 Uhr; der 84-jährige Altbundespräsident hielt eine Rede. Die Polizei war mit "
    "2.300 Beamten im Einsatz.",
    [("2.300", 2300, "count", "exact")])

LABELLED.write(HERE, details=True)
