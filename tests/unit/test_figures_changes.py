"""FigureHistory: published-order comparison, qualifier tolerance, disagreement, idempotency."""

from __future__ import annotations

import json

from wirewatch.figures.changes import FigureHistory, interval
from wirewatch.model import FigureObservation, FigureObservationEvent

KEY = "people_killed|g281133|people"


def event(n: int, value: float | list[float], *, qualifier: str = "exact",
          at: str = "2024-03-25T10:00:00Z", outlet: str = "outlet-a",
          key: str = KEY, area: str | None = None) -> FigureObservationEvent:
    obs = FigureObservation(span=f"{value}", start=0, end=len(f"{value}"), value=value,
                            qualifier=qualifier, unit="people_killed", subject="people",
                            place="Gaza", source="health ministry")  # type: ignore[arg-type]
    return FigureObservationEvent(id=f"art{n}:0-5", figure_key=key, article_id=f"art{n}",
                                  outlet=outlet, published_at=at, observation=obs, area=area)


def hours(h: int) -> str:
    return f"2024-03-{25 + h // 24:02d}T{h % 24:02d}:00:00Z"


def test_rise_and_fall_with_delta() -> None:
    history = FigureHistory({})
    assert history.observe(event(1, 1100, at=hours(0)), detected_at="t1") == []
    [rise] = history.observe(event(2, 1200, at=hours(5)), detected_at="t2")
    assert rise.kind == "rise" and rise.delta == 100 and rise.delta_pct == 9.09
    assert (rise.previous.value, rise.current.value) == (1100.0, 1200.0)
    assert (rise.unit, rise.place, rise.source) == ("people_killed", "Gaza", "health ministry")
    [fall] = history.observe(event(3, 900, at=hours(10)), detected_at="t3")
    assert fall.kind == "fall" and fall.delta == -300


def test_qualifiers_allow_nearby_values() -> None:
    history = FigureHistory({})
    history.observe(event(1, 32000, qualifier="over", at=hours(0)), detected_at="t")
    assert history.observe(event(2, 32070, at=hours(5)), detected_at="t") == []
    history = FigureHistory({})
    history.observe(event(1, 250, qualifier="about", at=hours(0)), detected_at="t")
    assert history.observe(event(2, 253, at=hours(5)), detected_at="t") == []
    [rise] = history.observe(event(3, 300, at=hours(9)), detected_at="t")
    assert rise.kind == "rise"


def test_intervals() -> None:
    assert interval(250, "about") == (245, 255)
    lo, hi = interval(32000, "over")
    assert 32000 < lo and hi == 33000
    assert interval([10, 15], "exact") == (10, 15)
    assert interval(100, "up_to") == (0, 100)


def test_disagreement_between_outlets_at_the_same_time() -> None:
    history = FigureHistory({})
    history.observe(event(1, 1200, at=hours(0), outlet="a"), detected_at="t")
    [change] = history.observe(event(2, 1500, at="2024-03-25T00:20:00Z", outlet="b"),
                               detected_at="t")
    assert change.kind == "disagreement"


def test_out_of_order_is_compared_in_published_order() -> None:
    history = FigureHistory({})
    history.observe(event(1, 100, at=hours(0)), detected_at="t")
    history.observe(event(3, 300, at=hours(20)), detected_at="t")  # rise 100 -> 300
    late = history.observe(event(2, 200, at=hours(10)), detected_at="t")
    pairs = [(c.previous.value, c.current.value, c.kind) for c in late]
    assert pairs == [(100.0, 200.0, "rise"), (200.0, 300.0, "rise")]


def test_redelivery_returns_the_same_events() -> None:
    store: dict = {}
    history = FigureHistory(store)
    history.observe(event(1, 100, at=hours(0)), detected_at="t1")
    first = history.observe(event(2, 200, at=hours(5)), detected_at="t2")
    assert len(first) == 1
    json.dumps(store)  # JSON-ready state (a Faust table value)
    again = FigureHistory(store).observe(event(2, 200, at=hours(5)), detected_at="t9")
    assert again == first  # same ids, same detected_at
    assert FigureHistory(store).observe(event(1, 100, at=hours(0)), detected_at="t9") == []


def test_change_ids_are_deterministic() -> None:
    ids = []
    for _ in range(2):
        history = FigureHistory({})
        history.observe(event(1, 100, at=hours(0)), detected_at="x")
        ids.append(history.observe(event(2, 200, at=hours(5)), detected_at="y")[0].id)
    assert ids[0] == ids[1]


def test_same_article_is_not_compared_with_itself() -> None:
    history = FigureHistory({})
    first = event(1, 100, at=hours(0))
    second = event(1, 200, at=hours(0))
    second.id = "art1:40-45"
    history.observe(first, detected_at="t")
    assert history.observe(second, detected_at="t") == []


def test_window_expiry_and_cap() -> None:
    store: dict = {}
    history = FigureHistory(store, window_days=1.0, max_history=5)
    for n in range(20):
        history.observe(event(n, 100 + n * 50, at=hours(n * 2)), detected_at="t")
    assert len(store[KEY]["obs"]) <= 5
    assert len(store[KEY]["emitted"]) <= 20
    too_old = history.observe(event(99, 5, at=hours(0)), detected_at="t")
    assert too_old == []


def test_confirmed_events_are_not_emitted_again() -> None:
    store: dict = {}
    history = FigureHistory(store)
    history.observe(event(1, 100, at=hours(0)), detected_at="t1")
    second = event(2, 200, at=hours(5))
    assert len(history.observe(second, detected_at="t2")) == 1
    history.confirm(second)  # the broker acknowledged the events
    assert FigureHistory(store).observe(second, detected_at="t9") == []
    history.confirm(event(7, 1, at=hours(1)))  # unknown observation: nothing to confirm


def test_same_number_with_qualifiers_that_do_not_overlap_is_a_rise() -> None:
    history = FigureHistory({})
    history.observe(event(1, 33_000_000, qualifier="under", at=hours(0)), detected_at="t")
    [change] = history.observe(event(2, 33_000_000, qualifier="over", at=hours(30)),
                               detected_at="t")
    assert change.kind == "rise" and change.delta == 0


def test_a_confirmed_observation_keeps_no_copy_of_its_events() -> None:
    store: dict = {}
    history = FigureHistory(store)
    first, second = event(1, 1100, at=hours(0)), event(2, 1200, at=hours(5))
    history.observe(first, detected_at="t1")
    history.confirm(first)
    assert history.observe(second, detected_at="t2")
    assert store[KEY]["emitted"][second.id]["changes"]  # kept until delivered
    history.confirm(second)
    assert store[KEY]["emitted"][second.id] == {"t": store[KEY]["emitted"][first.id]["t"] + 5 * 3600,
                                                 "delivered": True}
    assert history.observe(second, detected_at="t3") == []


def test_reports_of_two_areas_are_not_compared_but_a_country_report_is_with_both() -> None:
    history = FigureHistory({})
    assert history.observe(event(1, 20, at=hours(0), area="g281102"), detected_at="t") == []
    assert history.observe(event(2, 500, at=hours(5), area="g281133"), detected_at="t") == []
    [rise] = history.observe(event(3, 900, at=hours(10)), detected_at="t")  # the whole country
    assert (rise.previous.article_id, rise.kind) == ("art2", "rise")
    [fall] = history.observe(event(4, 30, at=hours(12), area="g281102"), detected_at="t")
    assert (fall.previous.article_id, fall.kind) == ("art3", "fall")  # the latest comparable


def test_keys_not_observed_for_twice_the_window_are_swept() -> None:
    store: dict = {}
    history = FigureHistory(store, window_days=30)
    history.observe(event(1, 100, at="2024-01-01T00:00:00Z", key="old"), detected_at="t")
    history.observe(event(2, 100, at="2024-02-20T00:00:00Z", key="recent"), detected_at="t")
    assert history.stale_keys() == []  # 50 days: within twice the window
    history.observe(event(3, 100, at="2024-03-05T00:00:00Z", key="new"), detected_at="t")
    assert history.stale_keys() == ["old"]  # 64 days
    assert history.sweep() == 1 and sorted(store) == ["new", "recent"]


def test_an_article_s_later_reports_of_a_key_are_not_compared() -> None:
    """"30 dead ... 22 on Abaco, 8 on Grand Bahama": the first report speaks for the article."""
    history = FigureHistory({})
    history.observe(event(1, 20, at=hours(0)), detected_at="t")
    first = event(2, 30, at=hours(30))
    later = event(2, 8, at=hours(30))
    later.id = "art2:40-41"
    later.observation.start = 40
    [rise] = history.observe(first, detected_at="t")
    assert rise.kind == "rise" and rise.current.value == 30
    assert history.observe(later, detected_at="t") == []
    [next_rise] = history.observe(event(3, 35, at=hours(60)), detected_at="t")
    assert next_rise.previous.value == 30


def test_a_city_and_a_region_of_one_country_are_compared_two_cities_are_not() -> None:
    history = FigureHistory({})
    history.observe(event(1, 47, at=hours(0), area="g12165956"), detected_at="t")
    assert history.observe(event(2, 90, at=hours(10), area="g1275004"), detected_at="t") == []
    [rise] = history.observe(event(3, 95, at=hours(30), area="rIN-TN"), detected_at="t")
    assert rise.kind == "rise" and rise.previous.value == 90


def test_two_lower_bounds_at_the_same_time_do_not_disagree() -> None:
    """"more than 10,000" and "more than 15,000" an hour apart can both be true; "at least 2,000"
    against "nearly 3,000" are two estimates that differ."""
    history = FigureHistory({})
    history.observe(event(1, 10000, qualifier="over", at=hours(0)), detected_at="t")
    assert history.observe(event(2, 15000, qualifier="over", at=hours(0), outlet="outlet-b"),
                           detected_at="t") == []
    history = FigureHistory({})
    history.observe(event(1, 3000, qualifier="under", at=hours(0)), detected_at="t")
    [disagreement] = history.observe(event(2, 2000, qualifier="at_least", at=hours(0),
                                           outlet="outlet-b"), detected_at="t")
    assert disagreement.kind == "disagreement"


def test_a_lower_bound_then_a_larger_value_later_is_still_a_rise() -> None:
    history = FigureHistory({})
    history.observe(event(1, 10000, qualifier="over", at=hours(0)), detected_at="t")
    [rise] = history.observe(event(2, 15000, qualifier="over", at=hours(30)), detected_at="t")
    assert rise.kind == "rise"
