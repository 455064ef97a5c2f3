"""The dashboard and the alert rules against a real Prometheus scraping a live worker.

One run for the module: the embedded broker, one ``wirewatch worker``, Debian's ``prometheus``
on a free loopback port with the project's own scrape config (``deploy/prometheus/
prometheus.yml``) rendered into a temporary copy: the DNS discovery replaced by the live
worker's address, 1 s scrape and rule-evaluation intervals, the shipped alert rules loaded.
The worker processes the sample feed (``wirewatch publish --samples``), then a second wave
(revised copies of the samples, and a few malformed messages that must be dead-lettered), so
that every counter has moved while Prometheus was watching.

Then, at one fixed evaluation instant after two scrapes have seen the final counts:
- every PromQL expression of every dashboard panel parses and returns at least one series with
  a finite value (a panel nobody can fill is a defect);
- every alert expression parses, and a healthy run raises no alert;
- killing the worker sends ``WirewatchWorkerDown`` pending in the real rule engine.

Prometheus missing: the test fails in CI (``make test`` installs it with
``scripts/install-prometheus.sh``) and skips elsewhere with that hint.
"""

from __future__ import annotations

import json
import math
import os
import re
import shutil
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterator

import orjson
import pytest
import yaml

from tests.harness import (EmbeddedBroker, WorkerProcess, free_port, missing_outside_ci, produce,
                           run, settings_for_test, worker_env)
from tests.harness import wait_for as harness_wait_for
from wirewatch.samples import load_sample_feed
from wirewatch.stream import topics

pytestmark = pytest.mark.integration

REPO = Path(__file__).resolve().parents[2]
PROMETHEUS_DIR = REPO / "deploy" / "prometheus"
DASHBOARD = REPO / "deploy" / "grafana" / "dashboards" / "wirewatch.json"
SCRAPE_SECONDS = 1
# Grafana's built-in variables, replaced by fixed windows that suit a 1 s scrape interval.
GRAFANA_VARIABLES = {"$__rate_interval": "1m", "$__interval": "5s", "$__range": "10m"}
MALFORMED = [(b"prom-bad-json", b"{not json"), (b"prom-bad-schema", b'{"id": "x", "body": 3}'),
             (b"prom-bad-utf8", b"\xff\xfe\xfd")]


# -- what is tested: read from the shipped files ---------------------------------------------

def dashboard_queries() -> list[tuple[str, str]]:
    """(``row/panel/refId``, expr) for every target of every panel of the dashboard."""
    found = []
    row = "-"
    for panel in json.loads(DASHBOARD.read_text(encoding="utf-8"))["panels"]:
        if panel["type"] == "row":
            row = panel["title"]
            continue
        for target in panel.get("targets", []):
            found.append((f"{row}/{panel['title']}/{target['refId']}", target["expr"]))
    return found


def alert_rules() -> list[tuple[str, str]]:
    """(alert name, expr) for every rule of every rules file."""
    found = []
    for path in sorted((PROMETHEUS_DIR / "rules").glob("*.yml")):
        for group in yaml.safe_load(path.read_text(encoding="utf-8"))["groups"]:
            for rule in group["rules"]:
                found.append((rule.get("alert") or rule["record"], rule["expr"]))
    return found


def substitute_grafana_variables(expr: str) -> str:
    for name, value in GRAFANA_VARIABLES.items():
        expr = expr.replace(name, value)
    leftover = re.findall(r"\$\{?\w+", expr)
    assert not leftover, f"unknown dashboard variable {leftover} in {expr!r}"
    return expr


def render_config(target: str, prometheus_port: int, tmp: Path) -> Path:
    """The shipped config, pointed at ``target``, with absolute rule paths and 1 s intervals."""
    config = yaml.safe_load((PROMETHEUS_DIR / "prometheus.yml").read_text(encoding="utf-8"))
    config["global"]["scrape_interval"] = f"{SCRAPE_SECONDS}s"
    config["global"]["evaluation_interval"] = f"{SCRAPE_SECONDS}s"
    config["rule_files"] = [str(PROMETHEUS_DIR / pattern) for pattern in config["rule_files"]]
    jobs = {job["job_name"]: job for job in config["scrape_configs"]}
    worker_job = jobs["wirewatch"]
    worker_job.pop("dns_sd_configs")
    worker_job["static_configs"] = [{"targets": [target]}]
    jobs["prometheus"]["static_configs"] = [{"targets": [f"127.0.0.1:{prometheus_port}"]}]
    path = tmp / "prometheus.yml"
    path.write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")
    return path


# -- processes --------------------------------------------------------------------------------

def prometheus_binary() -> str:
    found = shutil.which("prometheus")
    if found:
        return found
    message = ("prometheus is not installed: run `bash scripts/install-prometheus.sh` as root "
               "(`make test` does)")
    missing_outside_ci(message)


@dataclass
class Prometheus:
    port: int
    proc: subprocess.Popen
    log_path: Path

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def api(self, path: str, **params: Any) -> dict[str, Any]:
        """GET ``/api/v1/<path>``; Prometheus' error body is returned, not raised."""
        query = urllib.parse.urlencode(params)
        try:
            with urllib.request.urlopen(f"{self.url}/api/v1/{path}?{query}", timeout=10) as r:
                return json.loads(r.read())
        except urllib.error.HTTPError as exc:
            return json.loads(exc.read())

    def query(self, expr: str, at: float | None = None) -> dict[str, Any]:
        params: dict[str, Any] = {"query": expr}
        if at is not None:
            params["time"] = f"{at:.3f}"
        return self.api("query", **params)

    def vector(self, expr: str) -> list[dict[str, Any]]:
        answer = self.query(expr)
        assert answer["status"] == "success", answer
        return answer["data"]["result"]

    def log_text(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""


def start_prometheus(config: Path, tmp: Path, port: int) -> Prometheus:
    log_path = tmp / "prometheus.log"
    proc = subprocess.Popen(
        [prometheus_binary(), f"--config.file={config}", f"--storage.tsdb.path={tmp / 'tsdb'}",
         f"--web.listen-address=127.0.0.1:{port}", "--log.level=warn",
         "--storage.tsdb.retention.time=1h"],
        stdout=log_path.open("wb"), stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
        start_new_session=True)
    prometheus = Prometheus(port, proc, log_path)

    def ready() -> bool:
        try:
            with urllib.request.urlopen(f"{prometheus.url}/-/ready", timeout=2) as answer:
                return answer.status == 200
        except OSError:
            return False

    wait_for(ready, 30, "Prometheus ready", prometheus.log_text)
    return prometheus


def stop_process(proc: subprocess.Popen, timeout_s: float = 10.0) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=timeout_s)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def wait_for(predicate: Callable[[], Any], timeout_s: float, what: str,
             diagnostics: Callable[[], str] = lambda: "") -> Any:
    value = harness_wait_for(predicate, timeout_s, interval_s=0.25)
    if not value:
        pytest.fail(f"timed out after {timeout_s:.0f}s waiting for {what}\n{diagnostics()[-4000:]}")
    return value


def scrape_worker(port: int) -> dict[tuple[str, tuple], float]:
    """The worker's own /metrics, as {(sample name, sorted labels): value}."""
    from prometheus_client.parser import text_string_to_metric_families

    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=2) as answer:
            text = answer.read().decode()
    except OSError:
        return {}
    return {(s.name, tuple(sorted(s.labels.items()))): s.value
            for family in text_string_to_metric_families(text) for s in family.samples}


def total(samples: dict[tuple[str, tuple], float], name: str, **labels: str) -> float:
    wanted = set(labels.items())
    return sum(v for (n, ls), v in samples.items() if n == name and wanted <= set(ls))


def revised_copies(feed: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each sample again under a new id, with one added paragraph: copies to be linked."""
    copies = []
    for record in feed:
        body = record["body"]
        note = "This story was updated with additional reporting."
        if record["content_type"] == "text/html" and "</body>" in body:
            body = body.replace("</body>", f"<p>{note}</p></body>", 1)
        else:
            body = f"{body}\n\n{note}"
        copies.append({**record, "id": f"{record['id']}-rev", "body": body})
    return copies


# -- the run ------------------------------------------------------------------------------------

@dataclass
class Run:
    prometheus: Prometheus
    worker: WorkerProcess
    metrics_port: int
    evaluated_at: float          # the instant every query is evaluated at
    enriched: int
    dead_lettered: int


@pytest.fixture(scope="module")
def live(broker: EmbeddedBroker, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Run]:
    prometheus_binary()  # fail or skip before starting anything
    tmp = tmp_path_factory.mktemp("prometheus")
    prefix = f"prom{os.getpid()}."
    settings = settings_for_test(broker, prefix)
    metrics_port = free_port()
    # A generous stage budget: a cold first article on a busy 2-core machine must not be
    # dead-lettered as stage_timeout here (budgets are tested elsewhere); this test counts.
    env = worker_env(settings, metrics_port=metrics_port, WIREWATCH_STAGE_BUDGET_MS="30000")
    worker = WorkerProcess(env, tmp / "worker.log")
    prometheus_port = free_port()
    config = render_config(f"127.0.0.1:{metrics_port}", prometheus_port, tmp)
    worker.start()
    prometheus = start_prometheus(config, tmp, prometheus_port)
    try:
        yield feed_the_worker(prometheus, worker, settings, env, metrics_port, broker)
    finally:
        stop_process(prometheus.proc)
        worker.stop()


def feed_the_worker(prometheus: Prometheus, worker: WorkerProcess, settings: Any,
                    env: dict[str, str], metrics_port: int, broker: EmbeddedBroker) -> Run:
    def logs() -> str:
        counts = {f"{name}{dict(labels)}": value
                  for (name, labels), value in scrape_worker(metrics_port).items()
                  if name in ("wirewatch_messages_total", "wirewatch_dead_letters_total")}
        return (f"--- worker counts {counts}\n--- worker log\n{worker.log_text()[-3000:]}\n"
                f"--- prometheus\n{prometheus.log_text()}")

    # The worker has joined its group, and Prometheus has scraped it before any input.
    wait_for(lambda: total(scrape_worker(metrics_port), "wirewatch_rebalances_total") >= 1,
             90, "the worker to get its partitions", logs)
    wait_for(lambda: prometheus.vector('up{job="wirewatch"} == 1'), 30,
             "a first successful scrape", logs)

    feed = load_sample_feed()
    published = subprocess.run([sys.executable, "-m", "wirewatch.cli", "publish", "--samples"],
                               env=env, capture_output=True, text=True, timeout=120)
    assert published.returncode == 0, published.stdout + published.stderr
    wait_for(lambda: enriched_count(metrics_port) >= len(feed), 120,
             f"{len(feed)} sample articles enriched", logs)
    time.sleep(3 * SCRAPE_SECONDS)  # the first wave seen by Prometheus: the second one moves rates

    copies = revised_copies(feed)
    raw_topic = settings.topic(topics.RAW)
    run(produce(broker.bootstrap, raw_topic,
                [(r["id"].encode(), orjson.dumps(r)) for r in copies] + MALFORMED))
    expected = len(feed) + len(copies)
    wait_for(lambda: enriched_count(metrics_port) >= expected
             and dead_letter_count(metrics_port) >= len(MALFORMED), 120,
             f"{len(copies)} revised copies enriched and {len(MALFORMED)} dead-lettered", logs)

    # Two scrapes after the last message: Prometheus holds the final counts.
    done_at = time.time()
    wait_for(lambda: prometheus_saw(prometheus, expected, done_at + 2 * SCRAPE_SECONDS), 30,
             "two scrapes with the final counts", logs)
    return Run(prometheus, worker, metrics_port, evaluated_at=time.time(),
               enriched=expected, dead_lettered=len(MALFORMED))


def enriched_count(metrics_port: int) -> float:
    return total(scrape_worker(metrics_port), "wirewatch_messages_total", outcome="enriched")


def dead_letter_count(metrics_port: int) -> float:
    return total(scrape_worker(metrics_port), "wirewatch_dead_letters_total")


def prometheus_saw(prometheus: Prometheus, enriched: int, after: float) -> bool:
    seen = prometheus.vector('sum(wirewatch_messages_total{outcome="enriched"})')
    scraped = prometheus.vector('timestamp(up{job="wirewatch"})')
    return (bool(seen) and float(seen[0]["value"][1]) >= enriched
            and bool(scraped) and float(scraped[0]["value"][1]) >= after)


# -- the checks -----------------------------------------------------------------------------------

@pytest.mark.parametrize("where, expr", dashboard_queries(),
                         ids=[where for where, _ in dashboard_queries()])
def test_dashboard_query_returns_data(live: Run, where: str, expr: str) -> None:
    answer = live.prometheus.query(substitute_grafana_variables(expr), at=live.evaluated_at)
    assert answer["status"] == "success", f"{where}: {expr}\n{answer}"
    series = answer["data"]["result"]
    assert series, f"{where} is empty: {expr}"
    values = [float(s["value"][1]) for s in series]
    assert any(math.isfinite(v) for v in values), f"{where} has no finite value: {series}"
    shown = ", ".join(f"{_legend(s['metric'])}={float(s['value'][1]):.4g}" for s in series[:6])
    print(f"\n{where}: {len(series)} series: {shown}")  # shown with `pytest -s`


def _legend(labels: dict[str, str]) -> str:
    return ",".join(f"{k}={v}" for k, v in sorted(labels.items())
                    if k not in ("job", "instance")) or "-"


@pytest.mark.parametrize("alert, expr", alert_rules(), ids=[name for name, _ in alert_rules()])
def test_alert_expression_parses(live: Run, alert: str, expr: str) -> None:
    answer = live.prometheus.query(expr, at=live.evaluated_at)
    assert answer["status"] == "success", f"{alert}: {expr}\n{answer}"
    print(f"\n{alert}: {len(answer['data']['result'])} series hold")  # shown with `pytest -s`


def test_rules_loaded_and_healthy_run_fires_no_alert(live: Run) -> None:
    """Every rule evaluates without error in the real rule engine; none fires.

    A condition may hold for an instant in the cold burst of this test (end-to-end p99 near
    the SLO while the first article warms the pipeline up); the ``for:`` clauses exist for that,
    so "pending" is allowed here and printed, "firing" is not.
    """
    groups = live.prometheus.api("rules")["data"]["groups"]
    rules = [rule for group in groups for rule in group["rules"]]
    assert {rule["name"] for rule in rules} == {name for name, _ in alert_rules()}
    assert all(rule["health"] == "ok" for rule in rules), rules
    assert live.prometheus.vector('ALERTS{alertstate="firing"}') == []
    pending = [s["metric"]["alertname"] for s in live.prometheus.vector("ALERTS")]
    print(f"\npending on the healthy run: {pending or 'none'}")


def test_the_worker_was_fed_honestly(live: Run) -> None:
    """The dashboard's data comes from real traffic: enriched articles and dead letters,
    and the dead-letter panels count the ones this test sent (none lost to a counter that
    was born at its first increment)."""
    at = live.evaluated_at
    enriched = live.prometheus.query('sum(wirewatch_messages_total{outcome="enriched"})', at=at)
    assert float(enriched["data"]["result"][0]["value"][1]) == live.enriched
    letters = live.prometheus.query("sum by (reason) (wirewatch_dead_letters_total)", at=at)
    counted = {s["metric"]["reason"]: float(s["value"][1]) for s in letters["data"]["result"]}
    assert {"invalid_json", "schema_violation", "invalid_utf8"} <= {
        reason for reason, value in counted.items() if value > 0}
    seen = live.prometheus.query("sum(increase(wirewatch_dead_letters_total[10m]))", at=at)
    assert round(float(seen["data"]["result"][0]["value"][1])) >= live.dead_lettered


def test_worker_killed_sends_worker_down_pending(live: Run) -> None:
    """Last on purpose: it kills the worker. The real rule engine sees the target go down."""
    live.worker.kill()
    wait_for(lambda: live.prometheus.vector(
        'ALERTS{alertname="WirewatchWorkerDown", alertstate="pending"}'), 30,
        "WirewatchWorkerDown pending", live.prometheus.log_text)
    down = live.prometheus.vector('up{job="wirewatch"}')
    assert [float(s["value"][1]) for s in down] == [0.0]
