"""Authoring script of the fifth hold-out set (written blind after the fifth round of fixes;
`python build_holdout5.py` here regenerates articles.jsonl and changes.jsonl).

Project-written news items loosely following the shape of public reporting (the Odisha triple
train crash, the Kakhovka dam breach, the Ikoyi tower collapse in Lagos, the West Texas measles
outbreak, the Cutro shipwreck, Hurricane Dorian in the Bahamas, Ireland's March 2024
referendums, the Paris SUV parking vote, the Hwaseong battery-factory fire, the Kuriga school
kidnapping, a fire in a Rohingya camp in Cox's Bazar, the 2022 drought in Somalia, Cyclone
Remal); the numbers are not a record of fact, and the last story is made-up local briefs.

Change events are labelled on the timeline of `published_at` (the order in which the evaluation
replays the set), not on the order of the file: the late-arriving articles q1f, q3e, q5f and q10e
come after articles published later than they were, and slot into the timeline where they were
published. A report is compared with the latest earlier report of the same figure (same
quantity, same place, same group of people) from another article within 30 days.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from authoring import DET, D, E, H, I, K, M, LabelledSet  # noqa: E402,F401

LABELLED = LabelledSet()
art, chg = LABELLED.art, LABELLED.chg

MILE_KM = 1.609344

# q1 Triple train crash near Balasore, Odisha (q1f arrives late) --------------------------------
art("q1a", "q1", "wire-en", "2023-06-02T16:30:00Z", "en",
    "At least 50 people were killed and more than 350 injured when a passenger train derailed and "
    "hit a goods train near Balasore in India's eastern state of Odisha on Friday evening, "
    "officials said. A second passenger train then ran into the wreckage, a railway spokesman "
    "said. The crash happened at about 6:50 p.m. local time.",
    [("At least 50", 50, K, "at_least"), ("more than 350", 350, I, "over")])
art("q1b", "q1", "journal-fr", "2023-06-03T03:00:00Z", "fr",
    "Inde : au moins 233 morts et plus de 900 blessés dans une collision entre trois trains dans "
    "l'État d'Odisha, selon le chef des services de secours de l'État. Quelque 200 ambulances et "
    "45 équipes médicales mobiles ont été dépêchées près de la gare de Bahanaga.",
    [("au moins 233", 233, K, "at_least"), ("plus de 900", 900, I, "over"),
     ("Quelque 200", 200, "count", "about"), ("45", 45, "count", "exact")])
art("q1c", "q1", "news-ar", "2023-06-03T09:00:00Z", "ar",
    "ارتفعت حصيلة ضحايا حادث القطارات في ولاية أوديشا شرقي الهند إلى 288 قتيلا وأكثر من 1000 "
    "مصاب، بحسب ما أعلنت وزارة السكك الحديدية الهندية صباح السبت، فيما أعلن رئيس الوزراء ناريندرا "
    "مودي أنه سيزور موقع الحادث.",
    [("288", 288, K, "exact"), ("أكثر من 1000", 1000, I, "over")])
art("q1d", "q1", "wire-en", "2023-06-03T09:40:00Z", "en",
    "UPDATE 2 - The death toll from Friday's triple train crash in Odisha stands at 288, the "
    "railway ministry said on Saturday, making it India's deadliest rail disaster in more than two "
    "decades. Rescue work at the site has ended, officials said.",
    [("288", 288, K, "exact")])  # same toll as q1c 40 minutes earlier: no change
art("q1e", "q1", "zeitung-de", "2023-06-04T10:00:00Z", "de",
    "Indien: Nach dem schweren Zugunglück im Bundesstaat Odisha haben die Behörden die Zahl der "
    "Toten auf 275 nach unten korrigiert. Einige Leichen seien doppelt gezählt worden, sagte der "
    "Chefsekretär des Bundesstaats. 1.175 Menschen wurden verletzt, mehr als 100 von ihnen liegen "
    "noch im Krankenhaus.",
    [("275", 275, K, "exact"), ("1.175", 1175, I, "exact"),
     ("mehr als 100", 100, I, "over")])  # injured still in hospital: a sub-count
art("q1f", "q1", "diario-es", "2023-06-02T22:00:00Z", "es",  # late: published before q1b
    "Se eleva a 120 la cifra de muertos y a más de 600 la de heridos en el choque de tres trenes "
    "cerca de Balasore, en el estado indio de Odisha, según la agencia PTI, que cita fuentes "
    "ferroviarias. Es uno de los peores accidentes ferroviarios en la India desde 1995.",
    [("120", 120, K, "exact"), ("más de 600", 600, I, "over")])
chg("q1", "q1a", "q1f", K, "rise")
chg("q1", "q1a", "q1f", I, "rise")
chg("q1", "q1f", "q1b", K, "rise")
chg("q1", "q1f", "q1b", I, "rise")
chg("q1", "q1b", "q1c", K, "rise")
chg("q1", "q1b", "q1c", I, "rise")
chg("q1", "q1d", "q1e", K, "fall")  # revised down: bodies counted twice
chg("q1", "q1c", "q1e", I, "rise")  # q1d has no injured figure

# q2 Kakhovka dam breach: the two banks and a town are different figures -----------------------
art("q2a", "q2", "wire-en", "2023-06-06T14:00:00Z", "en",
    "Ukraine said it had evacuated around 1,300 people from towns and villages on the right bank "
    "of the Dnipro after the Nova Kakhovka dam was breached early on Tuesday. About 16,000 people "
    "live in the area at critical risk of flooding, the regional governor said, and up to 80 "
    "settlements could be flooded.",
    [("around 1,300", 1300, E, "about"), ("About 16,000", 16000, "count", "about"),
     ("up to 80", 80, "count", "up_to")])
art("q2b", "q2", "journal-fr", "2023-06-07T09:00:00Z", "fr",
    "Ukraine : plus de 1 800 personnes ont été évacuées de la rive droite du Dniepr après la "
    "destruction du barrage de Kakhovka, selon le gouverneur de la région de Kherson. Sur la rive "
    "gauche, occupée par la Russie, les autorités installées par Moscou affirment avoir évacué "
    "1 274 personnes, dont 900 dans la ville de Hola Prystan.",
    [("plus de 1 800", 1800, E, "over"), ("1 274", 1274, E, "exact"), ("900", 900, E, "exact")])
art("q2c", "q2", "zeitung-de", "2023-06-08T10:00:00Z", "de",
    "Nach der Zerstörung des Kachowka-Staudamms sind auf dem von Kiew kontrollierten Ufer "
    "inzwischen mehr als 2.700 Menschen in Sicherheit gebracht worden. In der besetzten Stadt Nowa "
    "Kachowka ertranken nach Angaben der Besatzungsbehörden 5 Menschen.",
    [("mehr als 2.700", 2700, E, "over"), ("5", 5, K, "exact")])
art("q2d", "q2", "news-ar", "2023-06-09T12:00:00Z", "ar",
    "قالت السلطات الأوكرانية إنها أجلت أكثر من 3000 شخص من المناطق التي غمرتها المياه في إقليم "
    "خيرسون بعد تدمير سد كاخوفكا، وإن 4 أشخاص لقوا حتفهم على الضفة الخاضعة لسيطرة كييف. وفي مدينة "
    "نوفا كاخوفكا الواقعة تحت السيطرة الروسية، ارتفع عدد الغرقى إلى ثمانية، وفق السلطات المعينة من "
    "موسكو.",
    [("أكثر من 3000", 3000, E, "over"), ("4", 4, K, "exact"), ("ثمانية", 8, K, "exact")])
chg("q2", "q2a", "q2b", E, "rise")  # right bank; the left bank and Hola Prystan are other figures
chg("q2", "q2b", "q2c", E, "rise")
chg("q2", "q2c", "q2d", E, "rise")
chg("q2", "q2c", "q2d", K, "rise")  # Nova Kakhovka 5 -> 8; the 4 on the right bank is new

# q3 Tower collapse in Ikoyi, Lagos (q3e arrives late) ------------------------------------------
art("q3a", "q3", "local-en", "2021-11-01T19:00:00Z", "en",
    "LOCAL NEWS - A high-rise building under construction on Gerrard Road in Ikoyi collapsed on "
    "Monday afternoon with dozens of workers believed to be inside. At least 3 people were killed "
    "and nine people were pulled out alive, the Lagos State Emergency Management Agency said. The "
    "agency's emergency line, 767, received the first call at 2:45 p.m.",
    [("At least 3", 3, K, "at_least"), ("nine", 9, "count", "exact")])
art("q3b", "q3", "wire-en", "2021-11-02T12:00:00Z", "en",
    "The death toll from the collapse of a high-rise under construction in the upmarket Ikoyi "
    "district of Lagos has risen to 6, emergency officials said on Tuesday. Relatives said more "
    "than 40 workers were still unaccounted for, among them the developer's managing director.",
    [("6", 6, K, "exact"), ("more than 40", 40, M, "over")])
art("q3c", "q3", "journal-fr", "2021-11-03T10:00:00Z", "fr",
    "Nigeria : le bilan de l'effondrement d'un immeuble en construction à Ikoyi, quartier huppé de "
    "Lagos, s'élève à 22 morts, selon l'agence de gestion des urgences de l'État. Neuf personnes "
    "ont été retrouvées vivantes depuis lundi. Le gouverneur a ordonné une enquête indépendante.",
    [("22", 22, K, "exact"), ("Neuf", 9, "count", "exact")])
art("q3d", "q3", "news-ar", "2021-11-04T09:00:00Z", "ar",
    "ارتفع عدد قتلى انهيار المبنى قيد الإنشاء في حي إيكويي الراقي بمدينة لاغوس النيجيرية إلى ٣٦ "
    "قتيلا، وقالت فرق الإنقاذ إن 15 عاملا لا يزالون في عداد المفقودين تحت الأنقاض.",
    [("٣٦", 36, K, "exact"), ("15", 15, M, "exact")])  # Eastern Arabic digits
art("q3e", "q3", "wire-en", "2021-11-03T09:20:00Z", "en",  # late: published before q3c
    "UPDATE - Rescuers have recovered 20 bodies from the rubble of the collapsed tower in Ikoyi, "
    "Lagos, an emergency services spokesman said on Wednesday morning. Excavators worked through "
    "the night.",
    [("20", 20, K, "exact")])
chg("q3", "q3a", "q3b", K, "rise")
chg("q3", "q3b", "q3e", K, "rise")
chg("q3", "q3e", "q3c", K, "disagreement")  # 20 vs 22, two outlets 40 minutes apart
chg("q3", "q3c", "q3d", K, "rise")
chg("q3", "q3b", "q3d", M, "fall")  # the nine rescued (q3a, q3c) are unchanged

# q4 Measles in West Texas: Texas, Gaines County, New Mexico and the hospitalised -------------
art("q4a", "q4", "wire-en", "2025-02-25T20:00:00Z", "en",
    "A measles outbreak in West Texas has grown to 124 cases, most of them in unvaccinated "
    "children, state health officials said on Tuesday. Gaines County, home to a close-knit "
    "Mennonite community, accounts for 80 cases. 18 patients have been hospitalised since late "
    "January.",
    [("124", 124, "count", "exact"), ("80", 80, "count", "exact"), ("18", 18, "count", "exact")])
art("q4b", "q4", "diario-es", "2025-02-26T18:00:00Z", "es",
    "Muere un niño en edad escolar por sarampión en Texas, la primera muerte por esta enfermedad "
    "en Estados Unidos desde 2015. El menor no estaba vacunado, informaron las autoridades "
    "sanitarias, que cifran el brote en 124 casos en el oeste del estado. Más de 20 pacientes han "
    "sido hospitalizados.",
    [("124", 124, "count", "exact"), ("Más de 20", 20, "count", "over")])
art("q4c", "q4", "zeitung-de", "2025-02-28T17:00:00Z", "de",
    "Der Masernausbruch im Westen von Texas ist auf 146 Fälle angewachsen. Allein im Bezirk Gaines "
    "County wurden 85 Fälle gezählt. Im benachbarten Bundesstaat New Mexico meldeten die Behörden "
    "9 Fälle. Ein Schulkind war am Mittwoch an den Masern gestorben.",
    [("146", 146, "count", "exact"), ("85", 85, "count", "exact"), ("9", 9, "count", "exact")])
art("q4d", "q4", "wire-en", "2025-03-04T19:00:00Z", "en",
    "Texas has now recorded 159 measles cases in the outbreak, including 97 in Gaines County, and "
    "29 patients have been hospitalised, according to the state health department. Neighbouring "
    "New Mexico has 10 cases. Two people have died: a school-age child in Lubbock and an "
    "unvaccinated adult in Lea County, New Mexico.",
    [("159", 159, "count", "exact"), ("97", 97, "count", "exact"), ("29", 29, "count", "exact"),
     ("10", 10, "count", "exact"), ("Two", 2, K, "exact")])
art("q4e", "q4", "news-ar", "2025-03-07T18:00:00Z", "ar",
    "ارتفع عدد الإصابات بالحصبة في ولاية تكساس الأمريكية إلى 198 حالة، وفق السلطات الصحية، في "
    "أكبر تفش للمرض في الولاية منذ نحو 30 عاما. ودعت السلطات الآباء إلى تطعيم أطفالهم.",
    [("198", 198, "count", "exact")])
chg("q4", "q4a", "q4b", "count", "rise")  # hospitalised 18 -> more than 20 (Texas cases: 124 both)
chg("q4", "q4b", "q4c", "count", "rise")  # Texas cases
chg("q4", "q4a", "q4c", "count", "rise")  # Gaines County cases (q4b has none)
chg("q4", "q4c", "q4d", "count", "rise")  # Texas, Gaines County, New Mexico
chg("q4", "q4b", "q4d", "count", "rise")  # hospitalised (q4c has none)
chg("q4", "q4d", "q4e", "count", "rise")  # Texas

# q5 Shipwreck off Cutro, Calabria (q5f arrives late) ------------------------------------------
art("q5a", "q5", "journal-fr", "2023-02-26T10:00:00Z", "fr",
    "Italie : au moins 43 migrants, dont douze enfants, sont morts dans le naufrage de leur "
    "embarcation près de Steccato di Cutro, en Calabre, selon les garde-côtes. 80 personnes ont "
    "été secourues.",
    [("au moins 43", 43, K, "at_least"), ("douze", 12, K, "exact"), ("80", 80, "count", "exact")])
art("q5b", "q5", "wire-en", "2023-02-26T16:00:00Z", "en",
    "The death toll from the shipwreck off Italy's Calabria coast rose to 59, including 12 "
    "children, the interior minister said. About 80 people survived. The boat, which had set off "
    "from Turkey four days earlier, was carrying around 180 people, survivors told rescuers.",
    [("59", 59, K, "exact"), ("12", 12, K, "exact"), ("About 80", 80, "count", "about"),
     ("around 180", 180, "count", "about")])
art("q5c", "q5", "news-ar", "2023-02-26T16:45:00Z", "ar",
    "ارتفعت حصيلة ضحايا غرق قارب للمهاجرين قبالة سواحل إقليم كالابريا جنوبي إيطاليا إلى 62 قتيلا، "
    "بينهم 12 طفلا، بحسب خفر السواحل الإيطالي. وكان القارب قد أبحر من تركيا قبل أربعة أيام.",
    [("62", 62, K, "exact"), ("12", 12, K, "exact")])
art("q5d", "q5", "zeitung-de", "2023-02-28T09:00:00Z", "de",
    "Nach dem Bootsunglück vor der Küste Kalabriens ist die Zahl der Toten auf 64 gestiegen, "
    "darunter 14 Kinder. Mehr als 30 Menschen werden noch vermisst. Die Staatsanwaltschaft in "
    "Crotone ermittelt gegen mutmaßliche Schlepper.",
    [("64", 64, K, "exact"), ("14", 14, K, "exact"), ("Mehr als 30", 30, M, "over")])
art("q5e", "q5", "diario-es", "2023-03-05T10:00:00Z", "es",
    "Suman ya 72 los muertos del naufragio de Cutro, en el sur de Italia, tras el hallazgo de "
    "nuevos cuerpos en la playa, entre ellos el de un niño de unos 3 años. Los equipos de rescate "
    "siguen buscando a unos 20 desaparecidos.",
    [("72", 72, K, "exact"), ("unos 20", 20, M, "about")])
art("q5f", "q5", "wire-en", "2023-02-26T07:30:00Z", "en",  # late: published before q5a
    "BRIEF - At least 27 bodies have washed up on a beach in Calabria, southern Italy, after a "
    "wooden boat carrying migrants broke apart in rough seas near Crotone before dawn on Sunday, "
    "the coastguard said.",
    [("At least 27", 27, K, "at_least")])
chg("q5", "q5f", "q5a", K, "rise")
chg("q5", "q5a", "q5b", K, "rise")  # children 12 in both; 80 rescued ~ about 80 survivors
chg("q5", "q5b", "q5c", K, "disagreement")  # 59 vs 62, English and Arabic 45 minutes apart
chg("q5", "q5c", "q5d", K, "rise")  # all 62 -> 64, children 12 -> 14
chg("q5", "q5d", "q5e", K, "rise")
chg("q5", "q5d", "q5e", M, "fall")

# q6 Hurricane Dorian: the Bahamas, Abaco, Grand Bahama and Marsh Harbour ----------------------
art("q6a", "q6", "wire-en", "2019-09-02T22:00:00Z", "en",
    "Hurricane Dorian has killed at least five people in the Bahamas, Prime Minister Hubert Minnis "
    "said on Monday, as the Category 5 storm lingered over Grand Bahama with sustained winds of "
    "165 mph. Thousands of homes on the Abaco Islands were damaged.",
    [("at least five", 5, K, "at_least")])
art("q6b", "q6", "journal-fr", "2019-09-03T20:00:00Z", "fr",
    "Bahamas : l'ouragan Dorian a fait au moins sept morts, selon le Premier ministre. Jusqu'à "
    "13 000 maisons auraient été détruites ou gravement endommagées, a indiqué la Croix-Rouge, et "
    "62 000 personnes auront besoin d'eau potable.",
    [("au moins sept", 7, K, "at_least"), ("Jusqu'à 13 000", 13000, "count", "up_to"),
     ("62 000", 62000, "count", "exact")])
art("q6c", "q6", "diario-es", "2019-09-05T12:00:00Z", "es",
    "Se eleva a 20 la cifra de muertos por el huracán Dorian en Bahamas, informó el ministro de "
    "Salud, quien advirtió de que el balance final será mucho mayor. Unas 70.000 personas "
    "necesitan asistencia inmediata, según la ONU.",
    [("20", 20, K, "exact"), ("Unas 70.000", 70000, "count", "about")])
art("q6d", "q6", "wire-en", "2019-09-06T14:00:00Z", "en",
    "The official death toll from Hurricane Dorian in the Bahamas rose to 30 on Friday: 22 people "
    "died on the Abaco Islands and 8 on Grand Bahama, the health minister said. At least 12 of the "
    "dead were found in Marsh Harbour, Abaco's largest town.",
    [("30", 30, K, "exact"), ("22", 22, K, "exact"), ("8", 8, K, "exact"),
     ("At least 12", 12, K, "at_least")])
art("q6e", "q6", "zeitung-de", "2019-09-09T09:00:00Z", "de",
    "Auf den Bahamas ist die Zahl der Toten nach Hurrikan „Dorian“ auf 44 gestiegen. Allein auf "
    "den Abaco-Inseln starben 36 Menschen, auf Grand Bahama 8. Rund 2.500 Menschen gelten nach "
    "Angaben der Katastrophenschutzbehörde noch als vermisst.",
    [("44", 44, K, "exact"), ("36", 36, K, "exact"), ("8", 8, K, "exact"),
     ("Rund 2.500", 2500, M, "about")])
art("q6f", "q6", "news-ar", "2019-09-13T10:00:00Z", "ar",
    "خفضت السلطات في جزر البهاما عدد المفقودين جراء الإعصار دوريان إلى 1300 شخص، فيما ارتفعت حصيلة "
    "القتلى إلى 50 قتيلا، وفق الناطق باسم الحكومة.",
    [("1300", 1300, M, "exact"), ("50", 50, K, "exact")])
art("q6g", "q6", "wire-en", "2019-09-13T10:30:00Z", "en",
    "About 1,300 people are still listed as missing in the Bahamas after Hurricane Dorian, a "
    "government spokesman said on Friday, cautioning that many of them may be in shelters. The "
    "official death toll stands at 50.",
    [("About 1,300", 1300, M, "about"), ("50", 50, K, "exact")])  # agrees with q6f: no change
chg("q6", "q6a", "q6b", K, "rise")
chg("q6", "q6b", "q6c", K, "rise")  # the homes and the people in need are other figures
chg("q6", "q6c", "q6d", K, "rise")
chg("q6", "q6d", "q6e", K, "rise")  # Bahamas 30 -> 44, Abaco 22 -> 36; Grand Bahama stays at 8
chg("q6", "q6e", "q6f", K, "rise")
chg("q6", "q6e", "q6f", M, "fall")

# q7 Ireland's referendums on family and care: tallies, then official results --------------------
art("q7a", "q7", "wire-en", "2024-03-09T11:00:00Z", "en",
    "Early tallies suggest Irish voters have heavily rejected both proposed changes to the "
    "constitution's references to the family and to women in the home. The No side was on around "
    "60% for the family amendment, tallymen at Dublin's count centre said, and turnout was "
    "estimated at around 50%. Counting began at 9 a.m.",
    [("around 60%", 60, "percent", "about"), ("around 50%", 50, "percent", "about")])
art("q7b", "q7", "journal-fr", "2024-03-09T19:00:00Z", "fr",
    "Irlande : les électeurs ont rejeté à 67,7 % l'amendement sur la famille et à 73,9 % celui sur "
    "les aidants, selon les résultats officiels. La participation s'est établie à 44,4 %. Le "
    "Premier ministre a reconnu une « défaite nette ».",
    [("67,7 %", 67.7, "percent", "exact"), ("73,9 %", 73.9, "percent", "exact"),
     ("44,4 %", 44.4, "percent", "exact")])
art("q7c", "q7", "zeitung-de", "2024-03-09T19:30:00Z", "de",
    "Irland: Die Wählerinnen und Wähler haben beide Verfassungsänderungen deutlich abgelehnt. "
    "Gegen die neue Definition der Familie stimmten 67,7 Prozent, gegen die Änderung zur Pflege "
    "73,9 Prozent. Die Wahlbeteiligung lag bei 44,4 Prozent.",
    [("67,7 Prozent", 67.7, "percent", "exact"), ("73,9 Prozent", 73.9, "percent", "exact"),
     ("44,4 Prozent", 44.4, "percent", "exact")])
art("q7d", "q7", "news-ar", "2024-03-10T08:00:00Z", "ar",
    "رفض الناخبون في أيرلندا تعديلين دستوريين في استفتاء أجري يوم الجمعة، إذ صوت 67.7 في المئة ضد "
    "تعديل تعريف الأسرة، و73.9 في المئة ضد تعديل يتعلق بالرعاية، وبلغت نسبة المشاركة 44.4 في "
    "المئة.",
    [("67.7 في المئة", 67.7, "percent", "exact"), ("73.9 في المئة", 73.9, "percent", "exact"),
     ("44.4 في المئة", 44.4, "percent", "exact")])
chg("q7", "q7a", "q7b", "percent", "rise")  # No on the family amendment, tally -> result
chg("q7", "q7a", "q7b", "percent", "fall")  # turnout; the care amendment is first seen in q7b

# q8 Paris vote on SUV parking fees, then the city council ---------------------------------------
art("q8a", "q8", "journal-fr", "2024-02-04T21:00:00Z", "fr",
    "Paris : les électeurs ont approuvé à 54,55 % le triplement du tarif de stationnement pour les "
    "SUV et les voitures lourdes, lors d'une votation citoyenne marquée par une participation de "
    "5,68 %. La mesure doit entrer en vigueur le 1er septembre.",
    [("54,55 %", 54.55, "percent", "exact"), ("5,68 %", 5.68, "percent", "exact")])
art("q8b", "q8", "wire-en", "2024-02-04T21:30:00Z", "en",
    "Parisians voted on Sunday to triple parking fees for SUVs, with 54.55% backing the measure, "
    "City Hall said. Turnout was just 5.68% of the 1.3 million registered voters. Parking an SUV "
    "in central Paris will cost 18 euros an hour.",
    [("54.55%", 54.55, "percent", "exact"), ("5.68%", 5.68, "percent", "exact"),
     ("1.3 million", 1.3e6, "count", "exact"), ("18 euros", 18, "money", "exact")])
art("q8c", "q8", "diario-es", "2024-02-05T09:00:00Z", "es",
    "París aprueba en consulta ciudadana triplicar el precio del aparcamiento para los SUV: el "
    "54,55 % de los votantes apoyó la medida, con una participación del 5,68 %. La hora de "
    "estacionamiento en el centro costará 18 euros.",
    [("54,55 %", 54.55, "percent", "exact"), ("5,68 %", 5.68, "percent", "exact"),
     ("18 euros", 18, "money", "exact")])
art("q8d", "q8", "zeitung-de", "2024-05-14T16:00:00Z", "de",
    "Der Pariser Stadtrat hat die höheren Parkgebühren für schwere Autos mit 98 zu 52 Stimmen "
    "beschlossen. Ab dem 1. Oktober kostet eine Stunde Parken im Zentrum für SUV 18 Euro statt 6 "
    "Euro.",
    [("98", 98, "votes", "exact"), ("18 Euro", 18, "money", "exact"),
     ("6 Euro", 6, "money", "exact")])
art("q8e", "q8", "wire-en", "2024-05-14T16:20:00Z", "en",
    "Paris city council on Tuesday approved the higher parking rates for heavy cars by 96 votes to "
    "52, following February's citizens' vote. The new rates apply from October 1.",
    [("96 votes to 52", 96, "votes", "exact")])
# the share and the turnout agree in three languages: no change
chg("q8", "q8d", "q8e", "votes", "disagreement")  # 98 vs 96 in favour, 20 minutes apart

# q9 Fire at a battery factory in Hwaseong ------------------------------------------------------
art("q9a", "q9", "wire-en", "2024-06-24T05:30:00Z", "en",
    "FLASH - One worker was killed and 21 are missing after a fire broke out at a lithium battery "
    "factory in Hwaseong, south of Seoul, fire officials said on Monday. Explosions of battery "
    "cells hampered firefighting.",
    [("One", 1, K, "exact"), ("21", 21, M, "exact")])
art("q9b", "q9", "zeitung-de", "2024-06-24T10:00:00Z", "de",
    "Bei einem Brand in einer Batteriefabrik in Hwaseong südlich von Seoul sind 22 Menschen ums "
    "Leben gekommen, darunter 18 Arbeiter aus China. Acht Menschen wurden verletzt, zwei von ihnen "
    "schwer, teilte die Feuerwehr mit.",
    [("22", 22, K, "exact"), ("18", 18, K, "exact"), ("Acht", 8, I, "exact"),
     ("zwei", 2, I, "exact")])
art("q9c", "q9", "journal-fr", "2024-06-24T10:30:00Z", "fr",
    "Corée du Sud : 21 morts dans l'incendie d'une usine de batteries au lithium à Hwaseong, dont "
    "17 ouvriers chinois, selon les pompiers. Les secours recherchent encore 2 personnes, et 8 "
    "blessés ont été hospitalisés.",
    [("21", 21, K, "exact"), ("17", 17, K, "exact"), ("2", 2, M, "exact"), ("8", 8, I, "exact")])
art("q9d", "q9", "news-ar", "2024-06-25T08:00:00Z", "ar",
    "ارتفعت حصيلة ضحايا الحريق الذي اندلع في مصنع للبطاريات في مدينة هواسونغ جنوب سيول إلى 23 "
    "قتيلا، بينهم 17 عاملا صينيا، بعد العثور على جثتي آخر المفقودين، وفق ما أعلنته فرق الإطفاء "
    "الكورية الجنوبية.",
    [("23", 23, K, "exact"), ("17", 17, K, "exact")])
art("q9e", "q9", "diario-es", "2024-06-25T12:00:00Z", "es",
    "La policía surcoreana registró este martes la sede de la empresa propietaria de la fábrica de "
    "baterías de Hwaseong, donde un incendio dejó 23 muertos el lunes. El fuego se inició a las "
    "10:31 en un almacén donde se guardaban unas 35.000 baterías de litio.",
    [("23", 23, K, "exact"), ("unas 35.000", 35000, "count", "about")])
chg("q9", "q9a", "q9b", K, "rise")
chg("q9", "q9b", "q9c", K, "disagreement")  # 22 vs 21 (Chinese workers 18 vs 17), 30 minutes
chg("q9", "q9a", "q9c", M, "fall")  # injured: 8 in q9b and q9c, no change
chg("q9", "q9c", "q9d", K, "rise")

# q10 Kuriga school kidnapping (q10e arrives late); Sokoto is another place ---------------------
art("q10a", "q10", "wire-en", "2024-03-07T18:00:00Z", "en",
    "At least 287 pupils and staff were abducted by gunmen from a school in the town of Kuriga, in "
    "Nigeria's Kaduna state, a teacher who escaped told the state governor on Thursday. The pupils "
    "are aged between 8 and 15, parents said.",
    [("At least 287", 287, H, "at_least")])
art("q10b", "q10", "journal-fr", "2024-03-08T09:00:00Z", "fr",
    "Nigeria : 25 élèves enlevés à Kuriga ont réussi à s'échapper, a indiqué vendredi le "
    "gouverneur de l'État de Kaduna. Selon les autorités locales, les ravisseurs détiennent encore "
    "environ 250 personnes.",
    [("25", 25, "count", "exact"), ("environ 250", 250, H, "about")])
art("q10c", "q10", "news-ar", "2024-03-09T10:00:00Z", "ar",
    "قال مسؤولون محليون في ولاية كادونا النيجيرية إن عدد المختطفين من مدرسة كوريغا هو 137 تلميذا "
    "وموظفا، بعد مراجعة القوائم مع أولياء الأمور. وفي ولاية سوكوتو المجاورة، خطف مسلحون 15 طالبا "
    "من مدرسة قرآنية ليل الجمعة.",
    [("137", 137, H, "exact"), ("15", 15, H, "exact")])
art("q10d", "q10", "diario-es", "2024-03-24T08:00:00Z", "es",
    "Liberados los 137 alumnos y empleados secuestrados hace más de dos semanas en una escuela de "
    "Kuriga, en el norte de Nigeria, informó el gobernador de Kaduna. Ninguno de ellos sufrió "
    "daños.",
    [("137", 137, "count", "exact")])  # released, as s5f: not the hostages still held
art("q10e", "q10", "wire-en", "2024-03-07T12:00:00Z", "en",  # late: published before q10a
    "BRIEF - Gunmen abducted more than 100 pupils from a school in Kuriga, in northwest Nigeria's "
    "Kaduna state, on Thursday morning, residents said. Security forces were deployed to the area.",
    [("more than 100", 100, H, "over")])
chg("q10", "q10e", "q10a", H, "rise")
chg("q10", "q10a", "q10b", H, "fall")
chg("q10", "q10b", "q10c", H, "fall")  # Sokoto's 15 are another kidnapping

# q11 Fire in a Rohingya camp, Cox's Bazar ------------------------------------------------------
art("q11a", "q11", "wire-en", "2023-03-05T12:00:00Z", "en",
    "A fire tore through a Rohingya refugee camp in Cox's Bazar, Bangladesh, on Sunday afternoon, "
    "destroying around 2,000 shelters and leaving about 12,000 people homeless, a refugee official "
    "said. No deaths were reported. The blaze broke out at about 2:45 p.m. in Camp 11 at "
    "Balukhali.",
    [("around 2,000", 2000, "count", "about"), ("about 12,000", 12000, D, "about")])
art("q11b", "q11", "diario-es", "2023-03-05T20:00:00Z", "es",
    "Más de 15.000 refugiados rohinyás se han quedado sin techo tras el incendio de un campo en "
    "Cox's Bazar, en el sureste de Bangladés. Según el comisionado para los refugiados, el fuego "
    "destruyó 2.800 refugios, 35 mezquitas y 21 centros de enseñanza.",
    [("Más de 15.000", 15000, D, "over"), ("2.800", 2800, "count", "exact"),
     ("35", 35, "count", "exact"), ("21", 21, "count", "exact")])
art("q11c", "q11", "zeitung-de", "2023-03-06T09:00:00Z", "de",
    "Nach dem Großbrand im Lager 11 in Balukhali sind rund 15.000 Rohingya obdachlos. In den "
    "Lagern des Bezirks Cox's Bazar leben fast 1 Million Geflüchtete aus Myanmar, die meisten seit "
    "2017.",
    [("rund 15.000", 15000, D, "about"), ("fast 1 Million", 1e6, "count", "under")])
art("q11d", "q11", "news-ar", "2023-03-06T11:00:00Z", "ar",
    "قالت الأمم المتحدة إن الحريق الذي اندلع في مخيم بالوخالي للاجئين الروهينغا دمر 2800 مأوى وترك "
    "أكثر من 15 ألف لاجئ بلا مأوى، وإنها تعمل مع السلطات البنغلادشية لتوفير الخيام والغذاء.",
    [("2800", 2800, "count", "exact"), ("أكثر من 15 ألف", 15000, D, "over")])
chg("q11", "q11a", "q11b", D, "rise")
chg("q11", "q11a", "q11b", "count", "rise")  # shelters; then 15,000 and 2,800 repeated: no change

# q12 Drought in Somalia: the country and the town of Baidoa -------------------------------------
art("q12a", "q12", "wire-en", "2022-08-10T10:00:00Z", "en",
    "Drought has forced more than 1 million people in Somalia from their homes since January 2021, "
    "the UN refugee agency said on Wednesday. In the town of Baidoa, in Bay region, around 500,000 "
    "displaced people are sheltering in more than 500 makeshift camps. The UN's $1.46 billion "
    "humanitarian appeal for Somalia is only 48% funded.",
    [("more than 1 million", 1e6, D, "over"), ("around 500,000", 500000, D, "about"),
     ("more than 500", 500, "count", "over"), ("$1.46 billion", 1.46e9, "money", "exact"),
     ("48%", 48, "percent", "exact")])
art("q12b", "q12", "journal-fr", "2022-09-05T10:00:00Z", "fr",
    "Somalie : la sécheresse a poussé plus de 1 million de personnes à quitter leur foyer, et 7,8 "
    "millions d'habitants en subissent les effets, selon l'ONU. Au moins 730 enfants sont morts "
    "dans des centres de nutrition entre janvier et juillet, selon l'Unicef.",
    [("plus de 1 million", 1e6, D, "over"), ("7,8 millions", 7.8e6, "count", "exact"),
     ("Au moins 730", 730, K, "at_least")])
art("q12c", "q12", "news-ar", "2022-09-06T12:00:00Z", "ar",
    "حذرت الأمم المتحدة من أن المجاعة باتت وشيكة في منطقتي بور هكبة وبيدوا بإقليم باي جنوبي "
    "الصومال، مشيرة إلى أن حوالي 1.5 مليون طفل يعانون من سوء التغذية الحاد، وأن أكثر من مليون شخص "
    "نزحوا بسبب الجفاف.",
    [("حوالي 1.5 مليون", 1.5e6, "count", "about"), ("أكثر من مليون", 1e6, D, "over")])
art("q12d", "q12", "zeitung-de", "2022-09-20T10:00:00Z", "de",
    "Somalia: Die Zahl der Menschen, die wegen der Dürre ihre Heimat verlassen mussten, ist nach "
    "UN-Angaben auf rund 1,3 Millionen gestiegen. In der Stadt Baidoa haben inzwischen mehr als "
    "600.000 Vertriebene Zuflucht gesucht.",
    [("rund 1,3 Millionen", 1.3e6, D, "about"), ("mehr als 600.000", 600000, D, "over")])
# Somalia: more than 1 million three times (no change), then about 1.3 million. Baidoa: the
# earlier report (q12a, 10 August) is 41 days before q12d, outside the 30-day window.
chg("q12", "q12c", "q12d", D, "rise")

# q13 Cyclone Remal: Bangladesh, West Bengal, Kolkata, Mizoram -----------------------------------
art("q13a", "q13", "wire-en", "2024-05-26T08:00:00Z", "en",
    "Bangladesh has evacuated nearly 800,000 people from low-lying coastal areas as Cyclone Remal "
    "barrels towards the coast, the disaster management ministry said on Sunday. The storm is "
    "expected to make landfall near Mongla port at around midnight with gusts of up to 135 km/h.",
    [("nearly 800,000", 800000, E, "under")])
art("q13b", "q13", "journal-fr", "2024-05-27T09:00:00Z", "fr",
    "Le cyclone Remal a fait au moins 10 morts au Bangladesh et 6 en Inde, dans l'État du "
    "Bengale-Occidental, selon les autorités. Plus de 1 million de personnes avaient été évacuées "
    "au Bangladesh avant l'arrivée de la tempête.",
    [("au moins 10", 10, K, "at_least"), ("6", 6, K, "exact"),
     ("Plus de 1 million", 1e6, E, "over")])
art("q13c", "q13", "news-ar", "2024-05-28T08:00:00Z", "ar",
    "ارتفعت حصيلة ضحايا الإعصار ريمال في بنغلاديش إلى 16 قتيلا، بحسب وزارة إدارة الكوارث. وفي "
    "ولاية البنغال الغربية الهندية لقي 6 أشخاص حتفهم، بينهم 2 في مدينة كولكاتا، حيث انهارت جدران "
    "وأشجار بفعل الرياح.",
    [("16", 16, K, "exact"), ("6", 6, K, "exact"), ("2", 2, K, "exact")])
art("q13d", "q13", "diario-es", "2024-05-28T08:40:00Z", "es",
    "Son ya doce los muertos por el ciclón Remal en Bangladés, según la agencia local de noticias, "
    "mientras miles de personas regresan a sus hogares destruidos en la costa.",
    [("doce", 12, K, "exact")])
art("q13e", "q13", "zeitung-de", "2024-05-29T10:00:00Z", "de",
    "Im indischen Bundesstaat Westbengalen ist die Zahl der Todesopfer des Zyklons „Remal“ auf 7 "
    "gestiegen, darunter 2 in Kolkata. Im nordöstlichen Bundesstaat Mizoram kamen bei Erdrutschen "
    "nach den Regenfällen mindestens 27 Menschen ums Leben.",
    [("7", 7, K, "exact"), ("2", 2, K, "exact"), ("mindestens 27", 27, K, "at_least")])
chg("q13", "q13a", "q13b", E, "rise")
chg("q13", "q13b", "q13c", K, "rise")  # Bangladesh 10 -> 16; West Bengal stays at 6
chg("q13", "q13c", "q13d", K, "disagreement")  # Bangladesh 16 vs 12, 40 minutes apart
chg("q13", "q13c", "q13e", K, "rise")  # West Bengal 6 -> 7; Kolkata stays at 2; Mizoram is new

# q14 Briefs and local news: mostly things that are not figures ----------------------------------
art("q14a", "q14", "local-en", "2024-06-11T10:00:00Z", "en",
    "City briefs - The Oakdale school board voted 5-2 on Monday night to close the 1962 Lincoln "
    "Elementary building at the end of the school year. The meeting started at 6:30 p.m. and ran "
    "for more than three hours; dozens of parents spoke. Board member Tom Reyes, 47, said repairs "
    "would cost $2.3 million. Pupils aged 6 to 11 will move to the Jefferson campus, 2 miles away.",
    [("5-2", 5, "votes", "exact"), ("$2.3 million", 2.3e6, "money", "exact"),
     ("2 miles", round(2 * MILE_KM, 3), "distance_km", "exact")])
art("q14b", "q14", "journal-fr", "2024-06-12T06:00:00Z", "fr",
    "En bref - Un séisme de magnitude 4,9 a été ressenti vers 3 h 15 dans les Pyrénées-Orientales, "
    "suivi de dizaines de répliques. Le maire de Prades, 61 ans, a indiqué qu'aucune victime "
    "n'était à déplorer. L'église du village, construite en 1742, a été fermée par précaution.",
    [])
art("q14c", "q14", "diario-es", "2024-05-15T09:00:00Z", "es",
    "Breves - El pleno del Ayuntamiento de Zaragoza aprobó el martes 14 de mayo, por 16 votos a "
    "favor y 15 en contra, la nueva ordenanza de terrazas, que entrará en vigor en 2025. Decenas "
    "de vecinos protestaron a las puertas del consistorio desde las 9:00. La concejala de "
    "Urbanismo, de 45 años, defendió la norma.",
    [("16", 16, "votes", "exact")])
art("q14d", "q14", "zeitung-de", "2024-06-10T08:00:00Z", "de",
    "Kurz gemeldet - Beim Bürgerentscheid in Regensburg über den Bau einer Stadtbahn haben sich am "
    "9. Juni 53,8 Prozent der Wählerinnen und Wähler gegen das Projekt ausgesprochen. Die "
    "Wahlbeteiligung lag bei 61 Prozent. Dutzende Unterstützer versammelten sich am Abend vor dem "
    "Alten Rathaus, das im 13. Jahrhundert erbaut wurde.",
    [("53,8 Prozent", 53.8, "percent", "exact"), ("61 Prozent", 61, "percent", "exact")])
art("q14e", "q14", "news-ar", "2024-06-12T09:00:00Z", "ar",
    "سجل مرصد الزلازل هزة أرضية بقوة 5.2 درجات على مقياس ريختر قرب مدينة إربد شمالي الأردن في "
    "الساعة الثامنة وعشر دقائق صباحا. وقال رئيس البلدية، البالغ من العمر 58 عاما، إن العشرات من "
    "السكان خرجوا إلى الشوارع، وإن 3 أشخاص أصيبوا بجروح طفيفة أثناء التدافع.",
    [("3", 3, I, "exact")])

if __name__ == "__main__":
    LABELLED.write(HERE, details=True)
