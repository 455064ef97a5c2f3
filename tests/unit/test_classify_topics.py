"""Topics: the shipped model loads, predicts calibrated multi-label IPTC codes, in 5 languages."""

from __future__ import annotations

import pytest

from wirewatch.classify.topic_features import TopicFeatures
from wirewatch.classify.topics import TopicClassifier
from wirewatch.model import Article, RawArticle

CONFLICT, DISASTER, SPORT, ECONOMY, WEATHER = ("medtop:16000000", "medtop:03000000",
                                              "medtop:15000000", "medtop:04000000",
                                              "medtop:17000000")
SCIENCE, HEALTH, POLITICS = "medtop:13000000", "medtop:07000000", "medtop:11000000"


@pytest.fixture(scope="module")
def classifier() -> TopicClassifier:
    return TopicClassifier.load()


def codes(classifier: TopicClassifier, text: str) -> list[str]:
    return [p.code for p in classifier.predict(text)]


def test_features_are_language_neutral() -> None:
    features = TopicFeatures()
    assert "earth~" in features.tokens("Earthquakes hit the region")
    assert "حرب" in features.tokens("والحرب مستمرة")  # glued conjunction and article removed
    assert features.tokens("Séisme") == features.tokens("seisme")


@pytest.mark.parametrize("text,expected", [
    ("Troops and tanks pushed the offensive as air strikes hit the front line; a ceasefire failed.", CONFLICT),
    ("Les combats et les frappes aériennes se poursuivent malgré le cessez-le-feu, l'armée avance.", CONFLICT),
    ("Ataques aéreos y combates entre el ejército y los rebeldes pese a la tregua.", CONFLICT),
    ("Die Armee meldet heftige Kämpfe und Luftangriffe an der Front, die Waffenruhe hält nicht.", CONFLICT),
    ("قصف وغارات جوية واشتباكات بين الجيش والمسلحين رغم وقف إطلاق النار", CONFLICT),
    ("A magnitude 7 earthquake collapsed buildings; rescuers search the rubble for survivors.", DISASTER),
    ("Un séisme a fait 80 morts, les secours fouillent les décombres.", DISASTER),
    ("The striker scored twice and the team won the league match 2-1.", SPORT),
    ("The central bank raised interest rates as inflation stayed high; shares fell.", ECONOMY),
    ("Forecasters warn of heavy snow, strong winds and freezing temperatures this weekend.", WEATHER),
    ("The messaging app added encryption for group calls; users can now hide their phone number.", SCIENCE),
    ("L'application de paiement mobile a été piratée et les données des utilisateurs ont fuité.", SCIENCE),
    ("Le prix du riz a doublé et les commerçants se plaignent de la baisse de leurs ventes.", ECONOMY),
    ("Les médecins de l'hôpital manquent de médicaments et les patients attendent des heures.", HEALTH),
    ("The opposition rejected the election results and the president dissolved parliament.", POLITICS),
])
def test_top_topic(classifier: TopicClassifier, text: str, expected: str) -> None:
    assert codes(classifier, text)[0] == expected


@pytest.mark.parametrize("word", ["said", "the", "which", "dans", "qui", "und", "que", "في"])
def test_function_words_carry_no_topic(classifier: TopicClassifier, word: str) -> None:
    # A long article has hundreds of them: with topic weights they decided its topic.
    assert word not in classifier.vocabulary


def test_scores_are_probabilities_and_labels_english(classifier: TopicClassifier) -> None:
    predictions = classifier.predict("Floods killed 20 people after heavy rain and storms.")
    assert all(0 < p.score <= 1 for p in predictions)
    assert sum(classifier.probabilities("anything at all")) == pytest.approx(1.0, abs=1e-4)
    assert predictions[0].label in {"disaster, accident and emergency incident", "weather"}


def test_every_article_gets_a_topic(classifier: TopicClassifier) -> None:
    raw = RawArticle(id="a", url="u", outlet="o", published_at="2024-01-01T00:00:00Z",
                     content_type="text/plain", body="")
    article = classifier(Article(raw=raw, text="", title=""))
    assert len(article.topics) >= 1
    assert article.topics[0].code.startswith("medtop:")


def test_second_level_where_the_text_names_it(classifier: TopicClassifier) -> None:
    text = ("A strong earthquake struck the region. The earthquake destroyed homes and rescuers "
            "searched the rubble after the earthquake for survivors.")
    predictions = classifier.predict(text)
    top = {p.code for p in predictions[:1]}
    second = [p for p in predictions if p.code not in TOP_LEVEL_CODES]
    assert DISASTER in top
    assert second and all(0 < p.score <= predictions[0].score for p in second)


def test_no_second_level_without_evidence(classifier: TopicClassifier) -> None:
    predictions = classifier.predict("The team won.")
    assert all(p.code in TOP_LEVEL_CODES for p in predictions)


TOP_LEVEL_CODES = {"medtop:01000000", "medtop:16000000", "medtop:02000000", "medtop:03000000",
                   "medtop:04000000", "medtop:05000000", "medtop:06000000", "medtop:07000000",
                   "medtop:08000000", "medtop:09000000", "medtop:10000000", "medtop:11000000",
                   "medtop:12000000", "medtop:13000000", "medtop:14000000", "medtop:15000000",
                   "medtop:17000000"}
