"""Figure history and change events, over a key-value store (a Faust table or a dict).

``FigureHistory.observe`` takes one observation of a figure (keyed by figure key) and returns
the change events it makes, comparing observations in published-time order:

- each report is an interval: ``exact`` v = [v, v]; ``about`` v = v ± max(2 %, half the rounding
  unit) (at most ± 10 %); ``over`` v = (v, v + r]; ``at_least`` v = [v, v + r]; ``under`` v =
  [v - r/2, v) ("nearly 6,000" = 5,500 to 5,999); ``up_to`` v = [0, v]; a range [lo, hi] =
  [lo, hi]. ``r`` is the rounding unit of v (1,200 -> 100; 32,000 -> 1,000; 250 -> 10), at most
  a tenth of v. So "over 32,000" then "32,070" is no change, and "around 250" then "253" is no
  change.
- a new report is compared with the latest earlier report of another article, and, when it
  arrives late, with the earliest later report of another article; in both cases only with a
  report whose ``area`` is compatible (the same city or region, either about the whole
  country, or one a city and the other a region: see ``figures.identity``). Overlapping intervals: no
  change. Otherwise ``disagreement`` when the two come from different outlets within
  ``same_time_hours`` of each other and both cannot be true at once (two lower bounds, or a
  lower bound and a larger exact value, can: "more than 10,000" and "more than 15,000"),
  else ``rise`` or ``fall``.
- an article repeating a value it already gave (title and body) is recorded, not compared again;
  so is any later report of the key in the same article: an article's first report of a figure
  speaks for it ("30 dead ... 22 on Abaco, 8 on Grand Bahama" when the key cannot tell the
  islands apart), and only first reports are compared with.
- change ids are ``sha1(figure_key | previous id | current id | kind)``: the same pair always
  gives the same id, whoever computes it.

Idempotency (the stream is at-least-once): the change events returned for an observation id are
stored with it, and a redelivered observation gets exactly the same events back (same ids, same
``detected_at``) until ``confirm`` records that they reached the broker; after that, the same
observation again yields no event. Bounded state: observations older than ``window_days``
before the newest are dropped, at most ``max_history`` per key; the ids of the observations
seen (with their events until delivered) are kept for twice the window, at most
``16 * max_history`` per key: a redelivery later than that is taken for a new report. Keys not observed for twice the window are swept away
(``stale_keys``, ``sweep``), so the number of keys is bounded by the window too.
"""

from __future__ import annotations

import hashlib
import math
from datetime import datetime, timezone
from typing import Any, Iterable

import orjson

from wirewatch.model import FigureChange, FigureObservationEvent, FigureReport
from wirewatch.state import Store

DAY_SECONDS = 86_400.0


class FigureHistory:
    """Per figure key: the recent observations in published order and the events they made."""

    def __init__(self, store: Store, window_days: float = 30.0, *, max_history: int = 64,
                 same_time_hours: float = 1.0) -> None:
        self.store = store
        self.window_days = window_days
        self.max_history = max_history
        # observation ids remembered per key: a redelivered observation is recognised only
        # while its id is here. Redelivery after a kill can come hundreds of observations of
        # one key later (a partition's commits stall until a rebalance); 256 was too few
        # (the kill storm then emitted events an uninterrupted run does not)
        self.remembered = 16 * max_history
        self.same_time_seconds = same_time_hours * 3600.0
        self.newest_seen = 0.0  # the latest published time observed by this instance

    def observe(self, event: FigureObservationEvent, *, detected_at: str) -> list[FigureChange]:
        key = event.figure_key
        self.newest_seen = max(self.newest_seen, parse_time(event.published_at))
        state = _copy_state(self.store.get(key))
        emitted: dict[str, Any] = state["emitted"]
        if event.id in emitted:
            if emitted[event.id].get("delivered"):
                return []  # the same article again: its events already reached consumers
            return [FigureChange.from_dict(c) for c in emitted[event.id]["changes"]]
        record = _record(event)
        history: list[dict[str, Any]] = state["obs"]
        newest = max((o["t"] for o in history), default=record["t"])
        cutoff = max(newest, record["t"]) - self.window_days * DAY_SECONDS
        history[:] = [o for o in history if o["t"] >= cutoff]
        repeated = any(o["article_id"] == record["article_id"] and o["value"] == record["value"]
                       and o["qualifier"] == record["qualifier"] for o in history)
        # an article's first report of a figure speaks for it: "30 dead in the Bahamas ...
        # 22 on Abaco, 8 on Grand Bahama" (places the key cannot tell apart) is one report
        record["later"] = any(o["article_id"] == record["article_id"] and
                              o.get("start", 0) < record["start"] for o in history)
        if record["t"] < newest - self.window_days * DAY_SECONDS:
            changes: list[FigureChange] = []  # too old to compare with anything kept
        elif repeated or record["later"]:  # said twice (title and body), or a later figure
            changes = []
            history.append(record)
            history.sort(key=lambda o: (o["t"], o["id"]))
        else:
            history.append(record)
            history.sort(key=lambda o: (o["t"], o["id"]))
            changes = self._compare(key, history, record, detected_at)
        # orjson's dict of a dataclass is dataclasses.asdict's, five times faster
        emitted[event.id] = {"t": record["t"],
                             "changes": [orjson.loads(orjson.dumps(c)) for c in changes]}
        self._expire(state)
        self.store[key] = state
        return changes

    def confirm(self, event: FigureObservationEvent) -> None:
        """Record that the events of ``event`` reached the broker.

        Until then, a redelivered observation gets its stored events back: the worker may have
        died after updating the table and before producing them. Once confirmed, the same
        observation delivered again yields no event at all. The stream confirms after the
        broker acknowledged the events; ``wirewatch enrich`` confirms at once.
        """
        state = self.store.get(event.figure_key)
        if not isinstance(state, dict) or event.id not in state.get("emitted", {}):
            return
        if state["emitted"][event.id].get("delivered"):
            return
        state = _copy_state(state)
        # once delivered, the events themselves are never needed again: only the fact is kept
        # (the stored events made each key's state, and every changelog write of it, large)
        state["emitted"][event.id] = {"t": state["emitted"][event.id]["t"], "delivered": True}
        self.store[event.figure_key] = state

    # comparison ---------------------------------------------------------------------------
    def _compare(self, key: str, history: list[dict[str, Any]], new: dict[str, Any],
                 detected_at: str) -> list[FigureChange]:
        at = history.index(new)
        previous = _nearest(reversed(history[:at]), new)
        following = _nearest(history[at + 1:], new)
        out = []
        for earlier, later in ((previous, new), (new, following)):
            if earlier is None or later is None:
                continue
            change = self._change(key, earlier, later, detected_at)
            if change is not None:
                out.append(change)
        return out

    def _change(self, key: str, a: dict[str, Any], b: dict[str, Any],
                detected_at: str) -> FigureChange | None:
        lo_a, hi_a = interval(a["value"], a["qualifier"])
        lo_b, hi_b = interval(b["value"], b["qualifier"])
        if lo_a <= hi_b and lo_b <= hi_a:
            return None
        va, vb = midpoint(a["value"]), midpoint(b["value"])
        if abs(b["t"] - a["t"]) <= self.same_time_seconds and a["outlet"] != b["outlet"]:
            if _bounds_agree(a, b):
                return None  # "more than 10,000" and "more than 15,000" at once: both true
            kind = "disagreement"
        else:  # by the intervals: "nearly 33 million" then "more than 33 million" is a rise
            kind = "rise" if (lo_b + hi_b) > (lo_a + hi_a) else "fall"
        delta = vb - va
        return FigureChange(
            id=change_id(key, a["id"], b["id"], kind), figure_key=key,
            kind=kind,  # type: ignore[arg-type]
            previous=_report(a), current=_report(b), delta=round(delta, 6),
            delta_pct=round(delta / va * 100.0, 2) if va else None, detected_at=detected_at,
            unit=b["unit"], subject=b["subject"] or a["subject"],
            place=b["place"] or a["place"], source=b["source"])

    def stale_keys(self) -> list[str]:
        """Keys whose newest observation is more than twice the window older than the newest
        observation seen: nothing can be compared with them any more, and a redelivery that
        late is answered with no events anyway. A key is otherwise trimmed only when it is
        observed again, so without this sweep the keys of old stories would stay for ever.
        The caller deletes them (the stream must say which changelog partition each is in)."""
        if not self.newest_seen:
            return []
        cutoff = self.newest_seen - 2 * self.window_days * DAY_SECONDS
        stale = []
        for key in list(self.store):
            state = self.store.get(key)
            if not isinstance(state, dict):
                continue
            times = [o["t"] for o in state.get("obs", ())]
            times += [e["t"] for e in state.get("emitted", {}).values()]
            if not times or max(times) < cutoff:
                stale.append(key)
        return stale

    def sweep(self) -> int:
        """Delete the stale keys (``wirewatch enrich``'s plain dict); return how many."""
        stale = self.stale_keys()
        for key in stale:
            del self.store[key]
        return len(stale)

    # bounded state ------------------------------------------------------------------------
    def _expire(self, state: dict[str, Any]) -> None:
        history = state["obs"]
        if history:
            newest = history[-1]["t"]
            cutoff = newest - self.window_days * DAY_SECONDS
            history[:] = [o for o in history if o["t"] >= cutoff][-self.max_history:]
            emitted = state["emitted"]
            if len(emitted) <= self.remembered * 5 // 4:
                return  # trimmed in steps: sorting every observation's key state is costly
            keep_after = newest - 2 * self.window_days * DAY_SECONDS
            items = sorted(((v["t"], k) for k, v in emitted.items() if v["t"] >= keep_after))
            kept = {k for _, k in items[-self.remembered:]}
            for k in list(emitted):
                if k not in kept:
                    del emitted[k]


def change_id(key: str, previous_id: str, current_id: str, kind: str) -> str:
    return hashlib.sha1(f"{key}|{previous_id}|{current_id}|{kind}".encode()).hexdigest()[:24]


def rounding_unit(value: float) -> float:
    """1,200 -> 100; 32,000 -> 1,000; 250 -> 10; 7 -> 1; 0.33 -> 0; at most a tenth of the
    value (10 million -> 1 million: "nearly 10 million" is not "anything from 0")."""
    if value != int(value) or value == 0:
        return 0.0
    n, unit = int(abs(value)), 1
    while n % 10 == 0 and n >= 10:
        n //= 10
        unit *= 10
    return float(min(unit, max(1, abs(value) // 10)))


def interval(value: float | list[float], qualifier: str) -> tuple[float, float]:
    """The values a report allows (see the module docstring)."""
    if isinstance(value, list):
        return float(min(value)), float(max(value))
    v = float(value)
    r = rounding_unit(v)
    eps = max(abs(v), 1.0) * 1e-9
    if qualifier == "about":
        tol = min(max(0.02 * abs(v), r / 2), 0.1 * abs(v)) if v else 0.0
        return v - tol, v + tol
    if qualifier == "over":
        return v + eps, v + max(r, 0.02 * abs(v))
    if qualifier == "at_least":
        return v, v + max(r, 0.02 * abs(v))
    if qualifier == "under":
        return v - max(r / 2, 0.02 * abs(v)), v - eps
    if qualifier == "up_to":
        return min(0.0, v), v
    return v, v


def _bounds_agree(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Can both reports be true at once? A lower bound ("more than", "at least") allows any
    larger value and an upper bound ("nearly", "up to") any smaller one. Used for two outlets
    at the same time only: over time, "more than 10,000" then "more than 15,000" is a rise."""
    kinds = {a["qualifier"], b["qualifier"]}
    if not (kinds <= {"over", "at_least", "exact"} or kinds <= {"up_to", "exact"}):
        return False  # "at least 2,000" against "nearly 3,000": two estimates that differ
    lo_a, hi_a = _open_interval(a)
    lo_b, hi_b = _open_interval(b)
    return lo_a <= hi_b and lo_b <= hi_a


def _open_interval(r: dict[str, Any]) -> tuple[float, float]:
    lo, hi = interval(r["value"], r["qualifier"])
    if r["qualifier"] in ("over", "at_least"):
        return lo, math.inf
    if r["qualifier"] in ("under", "up_to"):
        return -math.inf, hi
    return lo, hi


def midpoint(value: float | list[float]) -> float:
    if isinstance(value, list):
        return (float(value[0]) + float(value[-1])) / 2.0
    return float(value)


def parse_time(stamp: str) -> float:
    """Epoch seconds of an ISO 8601 time ("Z" allowed; naive = UTC); 0.0 if malformed."""
    try:
        t = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except (ValueError, AttributeError):
        return 0.0
    if t.tzinfo is None:
        t = t.replace(tzinfo=timezone.utc)
    ts = t.timestamp()
    return ts if math.isfinite(ts) else 0.0


def _nearest(reports: Iterable[dict[str, Any]], new: dict[str, Any]) -> dict[str, Any] | None:
    """The first of ``reports`` (nearest in time first) comparable with ``new``.

    Not "the nearest of the same area first": one story is told at mixed levels (a province,
    then the country, then the province), and its reports must chain in time; measured on the
    hold-out sets, preferring the same area paired reports across the chain and lost events.
    """
    return next((report for report in reports
                 if not report.get("later") and _comparable(report, new)), None)


def _comparable(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Two reports of one key from different articles whose areas do not exclude each other:
    the same city or region, or one of them about the whole country."""
    if a["article_id"] == b["article_id"]:
        return False
    area_a, area_b = a.get("area"), b.get("area")
    if area_a is None or area_b is None or area_a == area_b:
        return True
    # a city and a region of the same country: the gazetteer does not know which region a
    # city lies in, and a toll is reported for "Kallakurichi" and for "Tamil Nadu" alike
    return {area_a[0], area_b[0]} == {"g", "r"}


def _record(event: FigureObservationEvent) -> dict[str, Any]:
    o = event.observation
    value = list(o.value) if isinstance(o.value, list) else float(o.value)
    return {"id": event.id, "t": parse_time(event.published_at), "value": value,
            "qualifier": o.qualifier, "article_id": event.article_id, "outlet": event.outlet,
            "published_at": event.published_at, "span": o.span, "unit": o.unit,
            "subject": o.subject, "place": o.place, "source": o.source, "area": event.area,
            "start": o.start}


def _report(r: dict[str, Any]) -> FigureReport:
    return FigureReport(value=r["value"], qualifier=r["qualifier"], article_id=r["article_id"],
                        outlet=r["outlet"], published_at=r["published_at"], span=r["span"])


def _copy_state(raw: Any) -> dict[str, Any]:
    """A private copy of the stored state (a Faust table value must be re-assigned to persist).

    Shallow: the lists and the dict are new, the records in them are shared, because no record
    already stored is ever mutated (new ones are added, old ones dropped or replaced).
    """
    if not isinstance(raw, dict):
        return {"obs": [], "emitted": {}}
    return {"obs": list(raw.get("obs", [])), "emitted": dict(raw.get("emitted", {}))}
