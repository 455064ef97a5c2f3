"""Build the wirewatch Grafana dashboard: ``python deploy/grafana/build_dashboard.py``.

The dashboard is code: this module is its source and ``dashboards/wirewatch.json`` is its
output, committed so that Grafana provisioning (and people without Python) can use it as is.
``tests/unit/test_deploy.py`` fails when the committed JSON differs from what this module
builds, and ``tests/integration/test_prometheus.py`` runs every query below against a real
Prometheus scraping a live worker: each must return data from a short run.

Standard library only, on purpose: a dashboard generator should not need a dependency that can
drift from the Grafana version in docker-compose.yml (schema version 39 = Grafana 10.4/11).

Query conventions:
- ``$__rate_interval`` in every ``rate``/``increase`` over a panel's time step (Grafana sets it
  from the datasource's scrape interval; the integration test substitutes a fixed window).
- ``or on() vector(0)`` only where "no series" honestly means zero and a blank panel would worry
  someone: dead letters, broker errors, workers up (no target discovered = no worker up).
- The input topic is matched as ``.*articles[.]raw[.]v1`` so a topic prefix does not hide it.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

OUTPUT = Path(__file__).resolve().parent / "dashboards" / "wirewatch.json"
DATASOURCE = {"type": "prometheus", "uid": "${datasource}"}
DEFAULT_DATASOURCE_UID = "wirewatch-prometheus"  # provisioning/datasources/prometheus.yml
RAW_TOPIC = 'topic=~".*articles[.]raw[.]v1"'
# Lag of the agents' input topics only: workers also report the partitions Faust assigns them
# for its own bookkeeping (table changelogs, the assignor topic), which are not input backlog.
LAG = 'wirewatch_consumer_lag_messages{topic!~".*(-changelog|__assignor-__leader)"}'
END_TO_END_SLO_SECONDS = 5  # same as the WirewatchEndToEndLatencyHigh alert
QUANTILES = (("p50", "0.5"), ("p95", "0.95"), ("p99", "0.99"))

Panel = dict[str, Any]


def target(expr: str, legend: str = "", ref: str = "A") -> dict[str, Any]:
    return {"refId": ref, "datasource": DATASOURCE, "expr": expr, "legendFormat": legend,
            "range": True, "instant": False}


def targets(*pairs: tuple[str, str]) -> list[dict[str, Any]]:
    """Several queries in one panel: (expr, legend) pairs, refIds A, B, C..."""
    return [target(expr, legend, chr(ord("A") + i)) for i, (expr, legend) in enumerate(pairs)]


def timeseries(title: str, description: str, queries: list[dict[str, Any]], unit: str,
               *, stack: bool = False, threshold: float | None = None) -> Panel:
    custom: dict[str, Any] = {"drawStyle": "line", "lineWidth": 1, "fillOpacity": 10,
                              "showPoints": "never", "spanNulls": False,
                              "stacking": {"mode": "normal" if stack else "none", "group": "A"}}
    steps: list[dict[str, Any]] = [{"color": "green", "value": None}]
    if threshold is not None:
        custom["thresholdsStyle"] = {"mode": "line"}
        steps.append({"color": "red", "value": threshold})
    return {
        "type": "timeseries", "title": title, "description": description,
        "datasource": DATASOURCE, "targets": queries,
        "fieldConfig": {"defaults": {"unit": unit, "min": 0, "custom": custom,
                                     "thresholds": {"mode": "absolute", "steps": steps}},
                        "overrides": []},
        "options": {"legend": {"displayMode": "list", "placement": "bottom", "showLegend": True},
                    "tooltip": {"mode": "multi", "sort": "desc"}},
    }


def stat(title: str, description: str, expr: str, unit: str,
         steps: list[tuple[str, float | None]], *, no_value: str = "") -> Panel:
    defaults: dict[str, Any] = {
        "unit": unit, "decimals": 2 if unit in ("ops", "percentunit") else 0,
        "thresholds": {"mode": "absolute", "steps": [{"color": c, "value": v} for c, v in steps]}}
    if no_value:
        defaults["noValue"] = no_value
    return {
        "type": "stat", "title": title, "description": description,
        "datasource": DATASOURCE, "targets": [target(expr)],
        "fieldConfig": {"defaults": defaults, "overrides": []},
        "options": {"reduceOptions": {"calcs": ["lastNotNull"], "fields": "", "values": False},
                    "colorMode": "value", "graphMode": "area", "justifyMode": "auto",
                    "textMode": "auto", "orientation": "auto"},
    }


def piechart(title: str, description: str, expr: str, legend: str) -> Panel:
    return {
        "type": "piechart", "title": title, "description": description,
        "datasource": DATASOURCE, "targets": [target(expr, legend)],
        "fieldConfig": {"defaults": {"unit": "short"}, "overrides": []},
        "options": {"reduceOptions": {"calcs": ["lastNotNull"], "fields": "", "values": False},
                    "pieType": "donut",
                    "legend": {"displayMode": "table", "placement": "right", "showLegend": True,
                               "values": ["value", "percent"]},
                    "tooltip": {"mode": "single", "sort": "none"}},
    }


def quantile_queries(metric: str, by: str = "") -> list[dict[str, Any]]:
    """p50, p95 and p99 of a histogram, optionally split by one label."""
    group = f"le, {by}" if by else "le"
    legend = f"{{{{{by}}}}} " if by else ""
    return targets(*(
        (f"histogram_quantile({q}, sum by ({group}) (rate({metric}_bucket[$__rate_interval])))",
         f"{legend}{name}") for name, q in QUANTILES))


def stage_quantile(name: str, q: str) -> Panel:
    return timeseries(
        f"Stage latency {name} by stage",
        f"The {name} time one pipeline stage spends on one article "
        "(wirewatch_stage_duration_seconds).",
        [target("histogram_quantile(" + q + ", sum by (le, stage) "
                "(rate(wirewatch_stage_duration_seconds_bucket[$__rate_interval])))", "{{stage}}")],
        "s")


def flow_row() -> list[tuple[int, int, Panel]]:
    return [
        (6, 4, stat("Input", "Raw articles consumed per second, all workers.",
                    f"sum(rate(wirewatch_messages_total{{{RAW_TOPIC}}}[$__rate_interval]))", "ops",
                    [("green", None)])),
        (6, 4, stat("Consumer lag", "Messages behind on the agents' input topics, all "
                    "partitions (fetch high watermark minus position).",
                    f"sum({LAG})", "short",
                    [("green", None), ("orange", 100), ("red", 1000)])),
        (6, 4, stat("Since last input", "Seconds since any worker consumed a raw article "
                    "(alert WirewatchNoInput at 15 minutes). 'never' before the first one.",
                    "time() - max(wirewatch_last_input_timestamp_seconds > 0)", "s",
                    [("green", None), ("orange", 300), ("red", 900)], no_value="never")),
        (6, 4, stat("Dead letters (1h)", "Messages sent to the dead-letter topic in the last hour.",
                    "sum(increase(wirewatch_dead_letters_total[1h])) or on() vector(0)", "short",
                    [("green", None), ("orange", 1), ("red", 10)])),
        (12, 8, timeseries(
            "Messages consumed by topic and outcome",
            "wirewatch_messages_total: processed and dead_lettered on the raw topic, enriched "
            "after copy linking, observed for figure observations.",
            [target("sum by (topic, outcome) (rate(wirewatch_messages_total[$__rate_interval]))",
                    "{{topic}} {{outcome}}")], "ops")),
        (12, 8, timeseries(
            "Messages produced by topic", "wirewatch_produced_total, acknowledged by the broker.",
            [target("sum by (topic) (rate(wirewatch_produced_total[$__rate_interval]))",
                    "{{topic}}")], "ops")),
        (24, 8, timeseries(
            "Consumer lag by partition",
            "Per assigned partition: fetch high watermark minus position, measured every 5 s "
            "by the worker that owns it. Growing lines mean the workers fall behind.",
            [target(f"sum by (topic, partition) ({LAG})",
                    "{{topic}}[{{partition}}]")], "short", stack=True)),
    ]


def latency_row() -> list[tuple[int, int, Panel]]:
    return [
        (8, 8, stage_quantile("p50", "0.5")),
        (8, 8, stage_quantile("p95", "0.95")),
        (8, 8, stage_quantile("p99", "0.99")),
        (12, 8, timeseries(
            "Pipeline latency p50 / p95 / p99",
            "All stages of one article (wirewatch_pipeline_duration_seconds).",
            quantile_queries("wirewatch_pipeline_duration_seconds"), "s")),
        (12, 8, timeseries(
            "End-to-end latency p50 / p95 / p99",
            "From the raw article's broker timestamp to its enriched article being produced "
            f"(wirewatch_end_to_end_latency_seconds). Red line: the {END_TO_END_SLO_SECONDS} s "
            "p99 SLO of alert WirewatchEndToEndLatencyHigh.",
            quantile_queries("wirewatch_end_to_end_latency_seconds"), "s",
            threshold=END_TO_END_SLO_SECONDS)),
    ]


def quality_row() -> list[tuple[int, int, Panel]]:
    return [
        (12, 8, timeseries(
            "Dead letters by reason and stage",
            "Messages sent to articles.dlq.v1 per second (wirewatch_dead_letters_total). "
            "Zero when nothing was dead-lettered.",
            [target("sum by (reason, stage) (rate(wirewatch_dead_letters_total[$__rate_interval]))"
                    " or on() vector(0)", "{{reason}} @ {{stage}}")], "ops", stack=True)),
        (12, 8, piechart(
            "Language mix (since workers started)",
            "Enriched articles by identified language (wirewatch_articles_by_language_total); "
            "languages outside the bounded label set count as 'other'.",
            "sum by (language) (wirewatch_articles_by_language_total)", "{{language}}")),
        (12, 8, timeseries(
            "Figure changes by unit and kind",
            "Figure change events per second (wirewatch_figure_changes_total): a reported "
            "figure revised, by its unit.",
            [target("sum by (unit, kind) (rate(wirewatch_figure_changes_total[$__rate_interval]))",
                    "{{unit}} {{kind}}")], "ops", stack=True)),
        (12, 8, timeseries(
            "Figure observations by unit",
            "Reported figures extracted per second (wirewatch_figure_observations_total).",
            [target("sum by (unit) (rate(wirewatch_figure_observations_total"
                    "[$__rate_interval]))", "{{unit}}")], "ops", stack=True)),
        (12, 8, timeseries(
            "Duplicates linked",
            "Articles linked to an earlier copy of the same story, per second "
            "(wirewatch_duplicates_linked_total).",
            [target("sum(rate(wirewatch_duplicates_linked_total[$__rate_interval]))",
                    "linked")], "ops")),
        (12, 8, timeseries(
            "State table keys", "Keys held in each state table, summed over workers "
            "(wirewatch_table_keys).",
            [target("sum by (table) (wirewatch_table_keys)", "{{table}}")], "short")),
    ]


def workers_row() -> list[tuple[int, int, Panel]]:
    return [
        (6, 8, stat("Workers up", "Worker targets Prometheus scraped successfully "
                    "(0 also when no worker is discovered at all).",
                    'sum(up{job="wirewatch"}) or on() vector(0)', "short",
                    [("red", None), ("green", 1)])),
        (6, 8, stat("Rebalances (1h)", "Consumer-group rebalances seen by all workers in the "
                    "last hour (alert WirewatchRebalanceStorm above 6 in 15 minutes).",
                    "sum(increase(wirewatch_rebalances_total[1h]))", "short",
                    [("green", None), ("orange", 3), ("red", 7)])),
        (12, 8, timeseries(
            "Worker up by instance",
            "1 while Prometheus scrapes the worker (up) and the worker reports itself "
            "connected (wirewatch_worker_up).",
            targets(('max by (instance) (up{job="wirewatch"})', "{{instance}} scrape"),
                    ("max by (instance) (wirewatch_worker_up)", "{{instance}} worker")),
            "short")),
        (8, 8, timeseries(
            "Resident memory by worker", "process_resident_memory_bytes of each worker process.",
            [target('sum by (instance) (process_resident_memory_bytes{job="wirewatch"})',
                    "{{instance}}")], "bytes")),
        (8, 8, timeseries(
            "CPU by worker", "Cores used by each worker process (process_cpu_seconds_total).",
            [target('sum by (instance) (rate(process_cpu_seconds_total{job="wirewatch"}'
                    '[$__rate_interval]))', "{{instance}}")], "percentunit")),
        (8, 8, timeseries(
            "Broker errors by operation",
            "Errors talking to the broker per second (wirewatch_broker_errors_total). Zero "
            "when there were none.",
            [target("sum by (operation) (rate(wirewatch_broker_errors_total[$__rate_interval]))"
                    " or on() vector(0)", "{{operation}}")], "ops")),
    ]


ROWS = (("Flow", flow_row), ("Latency", latency_row), ("Quality", quality_row),
        ("Workers", workers_row))


def layout() -> list[Panel]:
    """Rows of panels on Grafana's 24-column grid, left to right, wrapping."""
    panels: list[Panel] = []
    y = 0
    next_id = 1
    for title, build in ROWS:
        panels.append({"type": "row", "title": title, "collapsed": False, "id": next_id,
                       "gridPos": {"h": 1, "w": 24, "x": 0, "y": y}, "panels": []})
        next_id += 1
        y += 1
        x, line_height = 0, 0
        for width, height, panel in build():
            if x + width > 24:
                x, y, line_height = 0, y + line_height, 0
            panels.append({"id": next_id, "gridPos": {"h": height, "w": width, "x": x, "y": y},
                           **panel})
            next_id += 1
            x += width
            line_height = max(line_height, height)
        y += line_height
    return panels


def dashboard() -> dict[str, Any]:
    return {
        "uid": "wirewatch-overview",
        "title": "wirewatch",
        "description": "Flow, latency, quality and workers of the wirewatch stream "
                       "(generated by deploy/grafana/build_dashboard.py; do not edit the JSON).",
        "tags": ["wirewatch"],
        "timezone": "utc",
        "editable": False,
        "graphTooltip": 1,
        "refresh": "30s",
        "schemaVersion": 39,
        "version": 1,
        "time": {"from": "now-1h", "to": "now"},
        "timepicker": {},
        "annotations": {"list": [{
            "builtIn": 1, "datasource": {"type": "grafana", "uid": "-- Grafana --"},
            "enable": True, "hide": True, "iconColor": "rgba(0, 211, 255, 1)",
            "name": "Annotations & Alerts", "type": "dashboard"}]},
        "links": [],
        "templating": {"list": [{
            "name": "datasource", "label": "Prometheus", "type": "datasource",
            "query": "prometheus", "refresh": 1, "hide": 0, "regex": "",
            "current": {"text": "Prometheus", "value": DEFAULT_DATASOURCE_UID}}]},
        "panels": layout(),
    }


def render() -> str:
    return json.dumps(dashboard(), indent=2, ensure_ascii=False) + "\n"


def main(argv: list[str]) -> int:
    text = render()
    if "--check" in argv:
        if not OUTPUT.exists() or OUTPUT.read_text(encoding="utf-8") != text:
            print(f"{OUTPUT} is stale: run python deploy/grafana/build_dashboard.py",
                  file=sys.stderr)
            return 1
        return 0
    OUTPUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUTPUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
